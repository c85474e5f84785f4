//! The list of the article's notes: each claim's verdict, note and place,
//! orphans included; Enter jumps to the claim. Also the delete question.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::centered;
use crate::display::clean_line;
use crate::notes::AnchorState;
use crate::tui::theme::{Theme, verdict_sign};
use crate::tui::view::ArticleView;

/// Draws the list with `selected` highlighted.
pub fn draw(view: &ArticleView, selected: usize, theme: &Theme, screen: Rect, buf: &mut Buffer) {
    let area = centered(screen, 100, 24);
    Clear.render(area, buf);
    let items = &view.notes.items;
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    let top = selected.saturating_sub(height - 1);
    let mut lines: Vec<Line<'_>> = items
        .iter()
        .enumerate()
        .skip(top)
        .take(height)
        .map(|(i, item)| {
            let a = &item.annotation;
            let place = match (item.state, &item.range) {
                (AnchorState::Orphaned, _) | (_, None) => "orphaned".to_string(),
                (state, Some(r)) => format!(
                    "line {}{}",
                    view.article.line_of(r.start),
                    if state == AnchorState::Moved {
                        ", moved"
                    } else {
                        ""
                    }
                ),
            };
            let quote: String = clean_line(&a.anchor.quote).chars().take(50).collect();
            let note = a
                .note
                .as_deref()
                .map(|n| format!(" — {}", clean_line(n)))
                .unwrap_or_default();
            let text = format!("{} {place}: “{}…”{note}", verdict_sign(a.verdict), quote.trim());
            let style = if i == selected {
                theme.selected
            } else {
                theme.verdict(a.verdict)
            };
            Line::styled(text, style)
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::styled(
            "No notes yet: s d u mark a claim, a writes a note.",
            Style::new(),
        ));
    }
    let title = format!(" Notes ({}) — Enter goes to the claim, Esc closes ", items.len());
    Paragraph::new(lines)
        .block(Block::bordered().title(title).border_style(theme.focused_border))
        .render(area, buf);
}

/// Draws the question before deleting an annotation.
pub fn draw_confirm(theme: &Theme, screen: Rect, buf: &mut Buffer) {
    let area = centered(screen, 60, 3);
    Clear.render(area, buf);
    Paragraph::new("Delete the verdict and note on this claim? y deletes, any other key keeps them")
        .block(Block::bordered().border_style(theme.focused_border))
        .render(area, buf);
}
