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
    let left = match (&app.popup, &app.status) {
        (Some(Popup::Search(q)), _) => format!("/{}", clean_line(q)),
        (_, Some(message)) => clean_line(message),
        _ => clean_line(&view.article.path),
    };
    draw_line(&left, &right, app, area, buf);
}

/// Left text, then right text flush right, in the status style.
pub fn draw_line(left: &str, right: &str, app: &App, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let right_width = crate::tui::text::width_of(right);
    let room = width.saturating_sub(right_width + 1);
    let mut shown = String::new();
    let mut used = 0;
    for c in left.chars() {
        let w = crate::tui::text::width_of(c.encode_utf8(&mut [0; 4]));
        if used + w > room {
            break;
        }
        used += w;
        shown.push(c);
    }
    let pad = width.saturating_sub(used + right_width);
    let text = format!(" {shown}{}{right}", " ".repeat(pad.saturating_sub(1)));
    Line::styled(text, app.theme.status).render(area, buf);
}
