//! The help overlay: the live keymap, from the same data the keys use. It
//! scrolls with the reader's own keys when the screen is too short for it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::tui::app::App;
use crate::tui::keymap::Keymap;

/// The overlay's lines: each bound action with its keys, then the mouse.
#[must_use]
pub fn lines(keymap: &Keymap) -> Vec<String> {
    let mut lines: Vec<String> = keymap
        .bindings()
        .into_iter()
        .filter(|b| !b.keys.is_empty())
        .map(|b| format!("{:<20} {}", b.keys.join(" "), b.desc))
        .collect();
    lines.push(String::new());
    lines.push(
        "mouse: the wheel scrolls the pane under the pointer; a click selects a marker or entry".to_string(),
    );
    lines
}

/// Draws the overlay centred on `screen`, from line `top` on.
pub fn draw(app: &App, top: usize, screen: Rect, buf: &mut Buffer) {
    let lines = lines(&app.keymap);
    let width = screen.width.saturating_sub(4).min(110);
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(screen.height.saturating_sub(2));
    let rows = usize::from(height.saturating_sub(2));
    app.help_rows.set(rows);
    let top = top.min(lines.len().saturating_sub(rows));
    let title = if rows < lines.len() {
        format!(
            " Keys {}–{} of {}: scroll for more; ? or Esc closes ",
            top + 1,
            (top + rows).min(lines.len()),
            lines.len()
        )
    } else {
        " Keys (? or Esc closes) ".to_string()
    };
    let area = Rect {
        x: screen.x + (screen.width.saturating_sub(width)) / 2,
        y: screen.y + (screen.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    Clear.render(area, buf);
    Paragraph::new(lines.into_iter().skip(top).map(Line::from).collect::<Vec<_>>())
        .block(
            Block::bordered()
                .title(title)
                .border_style(app.theme.focused_border),
        )
        .render(area, buf);
}
