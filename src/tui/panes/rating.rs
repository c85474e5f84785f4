//! The rating popup: choose reliable, mixed, unreliable or unknown for the
//! selected entry's source, then an optional note.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::centered;
use super::note_editor::text_with_cursor;
use crate::notes::Rating;
use crate::tui::input::TextInput;
use crate::tui::theme::Theme;

/// Draws the popup for entry `label`.
pub fn draw(
    label: &str,
    rating: Option<Rating>,
    input: &TextInput,
    theme: &Theme,
    screen: Rect,
    buf: &mut Buffer,
) {
    let area = centered(screen, 70, 10);
    Clear.render(area, buf);
    let mut lines = match rating {
        None => vec![
            Line::from(format!(
                "Rate the source of [{}]:",
                crate::display::clean_line(label)
            )),
            Line::from(""),
            Line::from("r reliable   m mixed   u unreliable   ? unknown   Esc cancels"),
        ],
        Some(r) => vec![
            Line::from(format!(
                "{} — a note if you like, then Enter (Esc cancels):",
                format!("{r:?}").to_lowercase()
            )),
            Line::from(""),
        ],
    };
    if rating.is_some() {
        lines.extend(text_with_cursor(input));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(" Rate source ")
                .border_style(theme.focused_border),
        )
        .render(area, buf);
}
