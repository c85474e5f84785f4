//! The status line: file, position, marker i of n, findings and notes
//! counts (or what is still being read or checked), the `?` hint; or the
//! search prompt, or a message.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::display::clean_line;
use crate::preview::human_size;
use crate::tui::app::{App, Popup};
use crate::tui::loading::Stage;
use crate::tui::view::ArticleView;

/// Draws the status line of the article screen.
pub fn draw_article(app: &App, view: &ArticleView, area: Rect, buf: &mut Buffer) {
    let marker = match view.current_marker {
        Some(m) => format!("marker {}/{}", m + 1, view.article.markers.len()),
        None => format!("marker -/{}", view.article.markers.len()),
    };
    let findings = view.findings.len();
    let notes = view.notes.count();
    let right = match app.loading.as_ref().map(|l| (l.stage(), l.bytes)) {
        Some((Stage::Reading, bytes)) => format!("reading {}…  ? help ", human_size(bytes)),
        Some((Stage::PreviewOnly, _)) => "preview only  ? help ".to_string(),
        Some((Stage::Checking, _)) => format!(
            "{}%  {marker}  checking…  {notes} note{}  ? help ",
            view.percent(),
            if notes == 1 { "" } else { "s" }
        ),
        None => format!(
            "{}%  {marker}  {findings} finding{}  {notes} note{}  ? help ",
            view.percent(),
            if findings == 1 { "" } else { "s" },
            if notes == 1 { "" } else { "s" }
        ),
    };
    // A path too long keeps its end (the file's name), a message its start.
    let (left, keep_end) = match (&app.popup, &app.status) {
        (Some(Popup::Search(q)), _) => (format!("/{}", clean_line(q)), true),
        (_, Some(message)) => (clean_line(message), false),
        _ => (clean_line(&view.article.path), true),
    };
    draw_line(&left, keep_end, &right, app, area, buf);
}

/// Left text, then right text flush right, in the status style, with a
/// space at least between them: a left text too long is cut, `…` where it
/// is, keeping its end when `keep_end`, else its start.
pub fn draw_line(left: &str, keep_end: bool, right: &str, app: &App, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let right_width = crate::tui::text::width_of(right);
    // One space before the left text and one after it.
    let room = width.saturating_sub(right_width + 2);
    let shown = fit(left, room, keep_end);
    let used = crate::tui::text::width_of(&shown);
    let pad = width.saturating_sub(used + right_width + 1);
    let text = format!(" {shown}{}{right}", " ".repeat(pad));
    Line::styled(text, app.theme.status).render(area, buf);
}

/// `s` in at most `room` columns: whole when it fits, else cut with `…`,
/// its end kept when `keep_end`, else its start.
fn fit(s: &str, room: usize, keep_end: bool) -> String {
    let width = |c: char| crate::tui::text::width_of(c.encode_utf8(&mut [0; 4]));
    if crate::tui::text::width_of(s) <= room {
        return s.to_string();
    }
    if room == 0 {
        return String::new();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    let chars: Box<dyn Iterator<Item = char>> = if keep_end {
        Box::new(s.chars().rev())
    } else {
        Box::new(s.chars())
    };
    for c in chars {
        if used + width(c) > room {
            break;
        }
        used += width(c);
        kept.push(c);
    }
    if keep_end {
        std::iter::once('…').chain(kept.into_iter().rev()).collect()
    } else {
        kept.into_iter().chain(std::iter::once('…')).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn a_long_path_keeps_its_file_name_and_a_message_its_start() {
        assert_eq!(fit("/work/shared/seeds/000_abc.txt", 14, true), "…s/000_abc.txt");
        assert_eq!(fit("move to a claim first: ] or [", 12, false), "move to a c…");
        assert_eq!(fit("short", 12, false), "short");
        assert_eq!(fit("anything", 0, true), "");
    }
}
