//! The article pane: only the visible rows of the wrapped blocks, with
//! markers, findings, the claim, search matches and emphasis styled.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::pane_block;
use crate::article::BlockKind;
use crate::tui::text::{Emphasis, width_of};
use crate::tui::theme::Theme;
use crate::tui::view::ArticleView;

/// A row of the pane: a line of a shown block, or the blank between blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub block: usize,
    pub line: Option<usize>,
}

/// The rows visible from the scroll position, wrapping only those blocks.
#[must_use]
pub fn visible_rows(view: &ArticleView, width: u16, height: u16) -> Vec<Row> {
    let mut rows = Vec::with_capacity(usize::from(height));
    let mut block = view.scroll.block;
    let mut skip = view.scroll.row;
    while rows.len() < usize::from(height) && block < view.shown.len() {
        let lines = view.wrapped(block, usize::from(width)).lines.len();
        for line in 0..lines {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            rows.push(Row {
                block,
                line: Some(line),
            });
            if rows.len() == usize::from(height) {
                return rows;
            }
        }
        if view.blank_after(block) {
            if skip == 0 {
                rows.push(Row { block, line: None });
            } else {
                skip -= 1;
            }
        }
        block += 1;
    }
    rows
}

/// Draws the pane.
pub fn draw(view: &ArticleView, theme: &Theme, area: Rect, focused: bool, buf: &mut Buffer) {
    let block = pane_block(" Article ", focused, theme);
    let area_inner = text_area(block.inner(area));
    block.render(area, buf);
    view.pane_size.set((area_inner.width, area_inner.height));
    for (y, row) in visible_rows(view, area_inner.width, area_inner.height)
        .into_iter()
        .enumerate()
    {
        let Some(line) = row.line else { continue };
        let y = area_inner.y + u16::try_from(y).unwrap_or(u16::MAX);
        if let Some((verdict, _)) = annotation_on_row(view, row.block, line, area_inner.width) {
            let sign = crate::tui::theme::verdict_sign(verdict);
            let gutter = Rect {
                x: area_inner.x.saturating_sub(GUTTER),
                y,
                width: 1,
                height: 1,
            };
            Line::styled(sign, theme.verdict(verdict).add_modifier(Modifier::BOLD)).render(gutter, buf);
        }
        let spans = line_spans(view, theme, row.block, line, area_inner.width);
        super::draw_line(
            &Line::from(spans),
            Rect {
                y,
                height: 1,
                ..area_inner
            },
            buf,
        );
    }
}

/// Columns at the left of the pane for the signs of verdicts and notes.
pub const GUTTER: u16 = 2;

/// Where the text goes inside the pane's border: right of the gutter.
#[must_use]
pub fn text_area(inner: Rect) -> Rect {
    Rect {
        x: inner.x + GUTTER.min(inner.width),
        width: inner.width.saturating_sub(GUTTER),
        ..inner
    }
}

/// A placed annotation's verdict and display range within a block.
type Shown = (Option<crate::notes::Verdict>, Range<usize>);

/// Annotations placed in shown block `block`.
fn annotations_in(view: &ArticleView, block: usize, width: u16) -> Vec<Shown> {
    let source = view.piece_range(block);
    let wrapped = view.wrapped(block, usize::from(width));
    view.notes
        .items
        .iter()
        .filter_map(|item| {
            let r = item.range.as_ref()?;
            (r.start < source.end && r.end > source.start).then(|| {
                let clipped = r.start.max(source.start)..r.end.min(source.end);
                (item.annotation.verdict, wrapped.display.display_range(&clipped))
            })
        })
        .collect()
}

/// The first annotation that shows on a line, for its sign.
fn annotation_on_row(view: &ArticleView, block: usize, line: usize, width: u16) -> Option<Shown> {
    let wrapped = view.wrapped(block, usize::from(width));
    let line = wrapped.lines.get(line)?.clone();
    annotations_in(view, block, width)
        .into_iter()
        .find(|(_, r)| r.start < line.end.max(line.start + 1) && r.end > line.start)
}

/// The styled spans of one wrapped line.
fn line_spans(
    view: &ArticleView,
    theme: &Theme,
    block: usize,
    line: usize,
    width: u16,
) -> Vec<Span<'static>> {
    let wrapped = view.wrapped(block, usize::from(width));
    let Some(range) = wrapped.lines.get(line).cloned() else {
        return Vec::new();
    };
    let display = &wrapped.display;
    let source = view.piece_range(block);
    let heading = view
        .shown
        .get(block)
        .and_then(|p| view.article.blocks.get(p.block))
        .is_some_and(|b| b.kind == BlockKind::Heading);
    let base = if heading { theme.heading } else { Style::new() };

    // Styled intervals of the block's display text, later ones on top.
    let mut styled: Vec<(Range<usize>, Style)> = Vec::new();
    for (r, e) in &display.emphasis {
        let modifier = match e {
            Emphasis::Italic => Modifier::ITALIC,
            Emphasis::Bold => Modifier::BOLD,
            Emphasis::Code => Modifier::DIM,
        };
        styled.push((r.clone(), Style::new().add_modifier(modifier)));
    }
    for (verdict, range) in annotations_in(view, block, width) {
        styled.push((range, theme.verdict(verdict)));
    }
    if let Some(claim) = view
        .claim
        .as_ref()
        .filter(|c| c.start < source.end && c.end > source.start)
    {
        let clipped = claim.start.max(source.start)..claim.end.min(source.end);
        styled.push((display.display_range(&clipped), theme.claim));
    }
    // Only the markers and matches that show on this line: a one-line
    // paragraph of a megabyte has thousands.
    let markers = &view.article.markers;
    let first = markers.partition_point(|m| m.range.start < source.start);
    let last = markers.partition_point(|m| m.range.start < source.end).max(first);
    let before_line =
        markers[first..last].partition_point(|m| display.display_offset(m.range.end) <= range.start);
    for (m, marker) in markers
        .iter()
        .enumerate()
        .take(last)
        .skip(first + before_line)
        .take_while(|(_, m)| display.display_offset(m.range.start) < range.end)
    {
        let flagged = view.marker_flagged.get(m).copied().unwrap_or(false);
        let start = display.display_offset(marker.range.start);
        let end = if flagged {
            display.display_offset(marker.range.end)
        } else {
            display.display_end(marker.range.end)
        };
        let style = if view.current_marker == Some(m) {
            theme
                .current_marker
                .patch(if flagged { theme.finding } else { theme.marker })
        } else if flagged {
            theme.finding
        } else {
            theme.marker
        };
        styled.push((start..end.max(start), style));
    }
    if let Some(search) = &view.search {
        let first = search.matches.partition_point(|m| m.start < source.start);
        let last = search
            .matches
            .partition_point(|m| m.start < source.end)
            .max(first);
        let before_line =
            search.matches[first..last].partition_point(|m| display.display_offset(m.end) <= range.start);
        for (i, m) in search
            .matches
            .iter()
            .enumerate()
            .take(last)
            .skip(first + before_line)
            .take_while(|(_, m)| display.display_offset(m.start) < range.end)
        {
            let style = if search.current == Some(i) {
                theme.current_search
            } else {
                theme.search
            };
            styled.push((display.display_range(m), style));
        }
    }

    let mut cuts: Vec<usize> = vec![range.start, range.end];
    for (r, _) in &styled {
        for at in [r.start, r.end] {
            if at > range.start && at < range.end {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    // A quotation's rule, in the columns it is set in by.
    let rule = (wrapped.indent > 0).then(|| {
        Span::styled(
            format!("{QUOTE_RULE:<width$}", width = wrapped.indent),
            Style::new().add_modifier(Modifier::DIM),
        )
    });
    rule.into_iter()
        .chain(cuts.windows(2).filter_map(|w| {
            let (a, b) = (w[0], w[1]);
            let text = display.text.get(a..b)?;
            let style = styled
                .iter()
                .filter(|(r, _)| r.start <= a && b <= r.end && r.start < r.end)
                .fold(base, |s, (_, st)| s.patch(*st));
            Some(Span::styled(text.to_string(), style))
        }))
        .collect()
}

/// The rule drawn down the left of a block quotation.
const QUOTE_RULE: &str = "│";

/// The marker under a screen position in the pane, if any.
#[must_use]
pub fn marker_at(view: &ArticleView, pane: Rect, at: Position) -> Option<usize> {
    let pane = text_area(pane);
    let rows = visible_rows(view, pane.width, pane.height);
    let row = rows.get(usize::from(at.y.checked_sub(pane.y)?))?;
    let line = row.line?;
    let wrapped = view.wrapped(row.block, usize::from(pane.width));
    let range = wrapped.lines.get(line)?.clone();
    let column = usize::from(at.x.checked_sub(pane.x)?).checked_sub(wrapped.indent)?;
    let text = wrapped.display.text.get(range.clone())?;
    let mut used = 0;
    let mut offset = range.end;
    for (i, c) in text.char_indices() {
        used += width_of(c.encode_utf8(&mut [0; 4]));
        if used > column {
            offset = range.start + i;
            break;
        }
    }
    let source = view.piece_range(row.block);
    view.article.markers.iter().position(|m| {
        m.range.start >= source.start && m.range.end <= source.end && {
            let r = wrapped.display.display_range(&m.range);
            r.start <= offset && offset < r.end
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    #[test]
    fn a_quotation_is_set_in_behind_a_rule_and_its_marker_is_found_where_it_shows() {
        let text = "Title\n\nHe said so.\n\n> Vigorous writing is concise. [1]\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n";
        let view = ArticleView::new(parse("a.txt", text.into()), Vec::new());
        let theme = Theme::default();
        let quote = (0..view.shown.len())
            .find(|&i| view.wrapped(i, 40).display.text.starts_with("Vigorous"))
            .expect("the quotation is shown");
        let shown: String = line_spans(&view, &theme, quote, 0, 40)
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(shown, "│ Vigorous writing is concise. [1]");
        // Rows: `He said so.`, a blank, then the quotation.
        let pane = Rect::new(0, 0, 40 + GUTTER, 10);
        let at = |column: usize| {
            let x = GUTTER + u16::try_from(column).unwrap();
            marker_at(&view, pane, Position::new(x, 2))
        };
        let marker = shown[..shown.find("[1]").unwrap()].chars().count();
        assert_eq!(at(marker), Some(0), "the marker is where it is drawn");
        assert_eq!(at(marker - 2), None);
    }
}
