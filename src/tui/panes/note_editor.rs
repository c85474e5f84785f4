//! The note editor popup: the claim quoted, the note being typed with its
//! cursor, and the keys that save or cancel.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::centered;
use crate::display::clean_line;
use crate::tui::input::TextInput;
use crate::tui::theme::Theme;

/// Draws the editor over `screen` for the claim `quote`.
pub fn draw(quote: &str, input: &TextInput, theme: &Theme, screen: Rect, buf: &mut Buffer) {
    let area = centered(screen, 80, 14);
    Clear.render(area, buf);
    let excerpt: String = clean_line(quote).chars().take(160).collect();
    let mut lines = vec![
        Line::styled(format!("“{}”", excerpt.trim()), theme.detail),
        Line::from(""),
    ];
    lines.extend(text_with_cursor(input));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(" Note on the claim — Enter saves, Esc cancels, Alt-Enter new line; empty deletes ")
                .border_style(theme.focused_border),
        )
        .render(area, buf);
}

/// The input's lines with the cursor drawn reversed.
#[must_use]
pub fn text_with_cursor(input: &TextInput) -> Vec<Line<'static>> {
    let cursor = Style::new().add_modifier(Modifier::REVERSED);
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in input.text.split('\n') {
        let start = offset;
        let end = start + raw.len();
        offset = end + 1;
        let clean = |s: &str| clean_line(s);
        if (start..=end).contains(&input.cursor) {
            let at = input.cursor - start;
            let (before, after) = raw.split_at(at.min(raw.len()));
            let mut chars = after.chars();
            let under = chars
                .next()
                .map_or_else(|| " ".to_string(), |c| clean(&c.to_string()));
            lines.push(Line::from(vec![
                Span::raw(clean(before)),
                Span::styled(under, cursor),
                Span::raw(clean(chars.as_str())),
            ]));
        } else {
            lines.push(Line::from(clean(raw)));
        }
    }
    lines
}
