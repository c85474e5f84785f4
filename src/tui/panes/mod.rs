//! Drawing: one file per pane or popup, and the entry that lays them out.
//! Drawing reads the app and never changes its state (the wrap cache and
//! the pane sizes it records are memory, not state).

pub mod article;
pub mod help;
pub mod library;
pub mod note_editor;
pub mod notes_list;
pub mod rating;
pub mod references;
pub mod status;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::app::{App, Popup};
use super::layout::{Areas, MIN_HEIGHT, MIN_WIDTH};
use super::theme::Theme;
use super::view::Pane;

/// Draws the whole screen.
pub fn draw(app: &App, frame: &mut Frame<'_>) {
    let screen = frame.area();
    let buf = frame.buffer_mut();
    if Areas::too_small(screen) {
        let message = format!(
            "The terminal is too small for ibid: {}×{}, it needs at least {MIN_WIDTH}×{MIN_HEIGHT}. Make the window larger, or press q to quit.",
            screen.width, screen.height
        );
        Paragraph::new(message)
            .wrap(Wrap { trim: true })
            .render(screen, buf);
        return;
    }
    let areas = Areas::new(screen, app.split);
    match &app.view {
        Some(view) => {
            let title = view.article.title_text().unwrap_or(&view.article.path);
            let mut line = crate::display::clean_line(title);
            if let Some(by) = view.article.byline_text() {
                line.push_str(" — ");
                line.push_str(&crate::display::clean_line(by));
            }
            match &view.notes.read_only {
                Some(why) => Line::styled(
                    crate::display::clean_line(&format!(" Notes are read-only: {why}")),
                    app.theme.banner,
                )
                .render(areas.title, buf),
                None => Line::styled(line, app.theme.title).render(areas.title, buf),
            }
            article::draw(view, &app.theme, areas.article, view.focus == Pane::Article, buf);
            references::draw(
                view,
                &app.theme,
                areas.references,
                view.focus == Pane::References,
                buf,
            );
            status::draw_article(app, view, areas.status, buf);
        }
        None => library::draw(app, screen, buf),
    }
    match (&app.popup, &app.view) {
        (Some(Popup::Help { top }), _) => help::draw(app, *top, screen, buf),
        (Some(Popup::Note { claim, input }), Some(view)) => {
            note_editor::draw(view.article.slice(claim), input, &app.theme, screen, buf);
        }
        (
            Some(Popup::Rating {
                label, rating, input, ..
            }),
            _,
        ) => {
            rating::draw(label, *rating, input, &app.theme, screen, buf);
        }
        (Some(Popup::ConfirmDelete(_)), _) => notes_list::draw_confirm(&app.theme, screen, buf),
        (Some(Popup::NotesList(selected)), Some(view)) => {
            notes_list::draw(view, *selected, &app.theme, screen, buf)
        }
        _ => {}
    }
}

/// A rectangle of at most `width`×`height` centred on `screen`.
#[must_use]
pub fn centered(screen: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(screen.width.saturating_sub(2));
    let height = height.min(screen.height.saturating_sub(2));
    Rect {
        x: screen.x + (screen.width - width) / 2,
        y: screen.y + (screen.height - height) / 2,
        width,
        height,
    }
}

/// The bordered box of a pane, highlighted when it has the keys.
#[must_use]
pub fn pane_block<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    Block::bordered().title(title).border_style(if focused {
        theme.focused_border
    } else {
        theme.border
    })
}

/// The inside of a pane's border.
#[must_use]
pub fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}

/// Draws `line` on the first row of `area`, as `line.render` does, a
/// character to a cell when it is all printable ASCII and left-aligned:
/// ratatui reads text grapheme by grapheme, which was most of a frame.
pub fn draw_line(line: &Line<'_>, area: Rect, buf: &mut Buffer) {
    let printable = |s: &str| s.bytes().all(|b| (b' '..=b'~').contains(&b));
    if line.alignment.is_some() || !line.spans.iter().all(|span| printable(&span.content)) {
        line.render(area, buf);
        return;
    }
    let area = area.intersection(buf.area);
    if area.is_empty() || line.spans.iter().all(|span| span.content.is_empty()) {
        return;
    }
    let area = Rect { height: 1, ..area };
    buf.set_style(area, line.style);
    let mut x = area.x;
    for span in &line.spans {
        for byte in span.content.bytes() {
            if x >= area.right() {
                return;
            }
            buf[(x, area.y)].set_char(char::from(byte)).set_style(span.style);
            x += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier, Style};
    use ratatui::text::Span;

    use super::*;

    /// The buffer `line` leaves on a row of `width` cells over a styled
    /// background, drawn by ratatui and by [`draw_line`].
    fn both(line: &Line<'_>, width: u16) -> (Buffer, Buffer) {
        let area = Rect::new(0, 0, 12, 2);
        let mut background = Buffer::empty(area);
        background.set_style(area, Style::new().bg(Color::Blue));
        let row = Rect::new(1, 1, width, 1);
        let mut by_ratatui = background.clone();
        line.render(row, &mut by_ratatui);
        let mut by_us = background;
        draw_line(line, row, &mut by_us);
        (by_ratatui, by_us)
    }

    fn style(n: u8) -> Style {
        match n % 4 {
            0 => Style::new(),
            1 => Style::new().fg(Color::Red),
            2 => Style::new().add_modifier(Modifier::BOLD),
            _ => Style::new().bg(Color::Yellow).remove_modifier(Modifier::DIM),
        }
    }

    proptest! {
        #[test]
        fn a_line_is_drawn_as_ratatui_draws_it(
            spans in proptest::collection::vec(("[ -~]{0,6}", 0u8..4), 0..4),
            line_style in 0u8..4,
            width in 0u16..13,
        ) {
            let line = Line::from(spans.iter().map(|(text, s)| Span::styled(text.clone(), style(*s))).collect::<Vec<_>>())
                .style(style(line_style));
            let (by_ratatui, by_us) = both(&line, width);
            prop_assert_eq!(by_ratatui, by_us);
        }
    }

    #[test]
    fn wide_and_combining_characters_are_left_to_ratatui() {
        for text in ["日本語のテキスト", "cafe\u{301} au lait", "tab\there"] {
            let (by_ratatui, by_us) = both(&Line::styled(text, style(1)), 10);
            assert_eq!(by_ratatui, by_us, "{text}");
        }
    }
}
