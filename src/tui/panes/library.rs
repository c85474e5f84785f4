//! The library screen: the articles of a folder with their counts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::pane_block;
use super::status::draw_line;
use crate::display::clean_line;
use crate::tui::app::App;
use crate::tui::layout::Areas;

/// Draws the list of articles.
pub fn draw(app: &App, screen: Rect, buf: &mut Buffer) {
    let Some(library) = &app.library else { return };
    let areas = Areas::new(screen, app.split);
    let count = library.entries.len();
    Line::styled(
        format!("ibid — {count} article{}", if count == 1 { "" } else { "s" }),
        app.theme.title,
    )
    .render(areas.title, buf);
    let body = Rect {
        y: areas.title.bottom(),
        height: areas.status.y.saturating_sub(areas.title.bottom()),
        ..screen
    };
    let block = pane_block(" Articles ", true, &app.theme);
    let inner = block.inner(body);
    block.render(body, buf);
    let height = usize::from(inner.height).max(1);
    let top = library.selected.saturating_sub(height - 1);
    for (row, (i, entry)) in library
        .entries
        .iter()
        .enumerate()
        .skip(top)
        .take(height)
        .enumerate()
    {
        let a = &entry.article;
        let title = clean_line(a.title_text().unwrap_or(&a.path));
        let text = format!(
            "{title}  —  {} markers · {} references · {} findings  ({})",
            a.markers.len(),
            a.references.len(),
            entry.findings.len(),
            clean_line(&a.path)
        );
        let style = if i == library.selected {
            app.theme.selected
        } else {
            ratatui::style::Style::new()
        };
        let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
        Line::styled(text, style).render(
            Rect {
                y,
                height: 1,
                ..inner
            },
            buf,
        );
    }
    let left = app
        .status
        .clone()
        .unwrap_or_else(|| "Enter opens the article".to_string());
    draw_line(&left, false, "q quit  ? help ", app, areas.status, buf);
}
