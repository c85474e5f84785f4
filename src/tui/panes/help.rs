//! The help overlay: the live keymap, from the same data the keys use.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::tui::app::App;

/// Draws the overlay centred on `screen`.
pub fn draw(app: &App, screen: Rect, buf: &mut Buffer) {
    let mut lines: Vec<Line<'_>> = app
        .keymap
        .bindings()
        .into_iter()
        .filter(|b| !b.keys.is_empty())
        .map(|b| Line::from(format!("{:<20} {}", b.keys.join(" "), b.desc)))
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(
        "mouse: the wheel scrolls the pane under the pointer; a click selects a marker or entry",
    ));
    let width = screen.width.saturating_sub(4).min(110);
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(screen.height.saturating_sub(2));
    let area = Rect {
        x: screen.x + (screen.width.saturating_sub(width)) / 2,
        y: screen.y + (screen.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    Clear.render(area, buf);
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .title(" Keys (? or Esc closes) ")
                .border_style(app.theme.focused_border),
        )
        .render(area, buf);
}
