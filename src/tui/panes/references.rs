//! The reference pane: every entry, wrapped; the selected one highlighted
//! and kept in view, with its reliability notes under it: fields, what it
//! repeats or duplicates, the findings on it in words, its URL and repair,
//! the markers that cite it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::pane_block;
use crate::article::{BlockKind, Reference, one_line};
use crate::display::clean_line;
use crate::parse::fields::Kind;
use crate::tui::text::{display_block, wrap_ranges};
use crate::tui::theme::Theme;
use crate::tui::view::ArticleView;

/// Draws the pane.
pub fn draw(view: &ArticleView, theme: &Theme, area: Rect, focused: bool, buf: &mut Buffer) {
    let title = format!(" References ({}) ", view.article.references.len());
    let block = pane_block(&title, focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    view.reference_height.set(inner.height);
    for (y, (_, line, style)) in rows(view, inner.width, inner.height).into_iter().enumerate() {
        let y = inner.y + u16::try_from(y).unwrap_or(u16::MAX);
        let style = match style {
            RowStyle::Entry => Style::new(),
            RowStyle::Selected => theme.selected,
            RowStyle::Detail => theme.detail,
            RowStyle::Finding => theme.finding,
        };
        super::draw_line(
            &Line::styled(line, style),
            Rect {
                y,
                height: 1,
                ..inner
            },
            buf,
        );
    }
}

/// How a row of the pane is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowStyle {
    Entry,
    Selected,
    Detail,
    Finding,
}

/// The entry under a screen position in the pane, if any.
#[must_use]
pub fn entry_at(view: &ArticleView, pane: Rect, at: Position) -> Option<usize> {
    let y = usize::from(at.y.checked_sub(pane.y)?);
    rows(view, pane.width, pane.height)
        .get(y)
        .map(|(entry, _, _)| *entry)
}

/// The visible rows: (entry, text, style), from a first entry chosen so the
/// selected entry and its notes fit.
fn rows(view: &ArticleView, width: u16, height: u16) -> Vec<(usize, String, RowStyle)> {
    let width = usize::from(width).max(1);
    let height = usize::from(height);
    let refs = &view.article.references;
    let entry_rows = |i: usize| -> Vec<(usize, String, RowStyle)> {
        let Some(r) = refs.get(i) else { return Vec::new() };
        let selected = view.selected_reference == Some(i);
        let shown = display_block(&view.article, &r.body, BlockKind::Paragraph, &[]).text;
        let text = format!("[{}] {}", clean_line(&r.label), one_line(&shown));
        let style = if selected {
            RowStyle::Selected
        } else {
            RowStyle::Entry
        };
        let mut out: Vec<(usize, String, RowStyle)> = wrap_ranges(&text, width)
            .into_iter()
            .filter_map(|l| text.get(l).map(|s| (i, s.to_string(), style)))
            .collect();
        if selected {
            // Notes below the pane's bottom are not wrapped: an entry of a
            // huge article can have hundreds of findings.
            for (note, finding) in notes(view, i, height) {
                if out.len() >= height {
                    break;
                }
                let style = if finding {
                    RowStyle::Finding
                } else {
                    RowStyle::Detail
                };
                for (n, l) in wrap_ranges(&note, width.saturating_sub(4).max(1))
                    .into_iter()
                    .enumerate()
                {
                    if let Some(s) = note.get(l) {
                        let indent = if n == 0 { "  " } else { "    " };
                        out.push((i, format!("{indent}{s}"), style));
                    }
                }
            }
        }
        out
    };
    let selected = view
        .selected_reference
        .unwrap_or(0)
        .min(refs.len().saturating_sub(1));
    let fits_from = |top: usize| (top..=selected).map(|i| entry_rows(i).len()).sum::<usize>() <= height;
    // Keep the first entry the pane had if the selection still fits below
    // it; else put the selection as low as it fits. Only entries that can
    // be on screen are wrapped.
    let anchor = view.reference_top;
    let top = if anchor <= selected && selected - anchor < height && fits_from(anchor) {
        anchor
    } else {
        let mut top = selected;
        let mut used = entry_rows(selected).len();
        while let Some(previous) = top.checked_sub(1) {
            let rows = entry_rows(previous).len();
            if used + rows > height {
                break;
            }
            used += rows;
            top = previous;
        }
        top
    };
    let mut out = Vec::with_capacity(height);
    for i in top..refs.len() {
        out.extend(entry_rows(i));
        if out.len() >= height {
            break;
        }
    }
    out.truncate(height);
    out
}

/// The reliability notes of entry `i`: (line, whether it is a finding).
/// Of its findings, the first `max_findings`: more would fall below a pane
/// of that many rows, and wording each reads the article where it points.
fn notes(view: &ArticleView, i: usize, max_findings: usize) -> Vec<(String, bool)> {
    let a = &view.article;
    let Some(r) = a.references.get(i) else {
        return Vec::new();
    };
    let f = &r.fields;
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut note = |s: String| out.push((clean_line(&s), false));
    if f.kind == Kind::Note {
        note("an explanatory note, not a citation".to_string());
    }
    match (r.ibid_of.and_then(|t| a.references.get(t)), &f.repeat) {
        (Some(target), _) => note(format!("repeats [{}] {}", target.label, short(target))),
        (None, Some(_)) if f.is_author_date_short() => {
            note("a short citation: its full entry is in a list apart".to_string());
        }
        (None, Some(repeat)) => note(format!(
            "{} with nothing to repeat",
            if repeat.op_cit { "op. cit." } else { "Ibid" }
        )),
        (None, None) => {}
    }
    if let Some(first) = r.duplicate_of.and_then(|t| a.references.get(t)) {
        note(format!("same source as [{}] {}", first.label, short(first)));
    }
    if !f.authors.is_empty() {
        note(format!("by {}", f.authors.join("; ")));
    }
    if let Some(t) = &f.title {
        note(format!("“{t}”"));
    }
    let mut place = Vec::new();
    if let Some(c) = &f.container {
        place.push(format!("in {c}"));
    }
    if let Some(d) = &f.date {
        place.push(d.clone());
    }
    if let Some(p) = &f.pages {
        place.push(format!("p. {p}"));
    }
    if !place.is_empty() {
        note(place.join(", "));
    }
    if let Some(d) = &f.accessed {
        note(format!("accessed {d}"));
    }
    for url in &f.urls {
        note(format!("url {}", url.repaired));
        if url.repaired != url.original {
            note(format!("as written: {}", one_line(&url.original)));
        }
    }
    for finding in view.findings_for_reference(i).into_iter().take(max_findings) {
        out.push((clean_line(&format!("! {}", finding.message(a))), true));
    }
    // The first few places: an entry of a huge article can be cited
    // thousands of times, and this is drawn on every frame.
    // Each line once: a one-line article cites an entry many times on it.
    let count = r.cited_by.len();
    let mut lines: Vec<usize> = Vec::new();
    let mut seen = 0;
    for m in r
        .cited_by
        .iter()
        .filter_map(|&m| a.markers.get(m))
        .take(MARKERS_LOOKED_AT)
    {
        let line = a.line_of(m.range.start);
        if lines.last() != Some(&line) {
            if lines.len() == CITING_LINES_SHOWN {
                break;
            }
            lines.push(line);
        }
        seen += 1;
    }
    let mut places: Vec<String> = lines.iter().map(|l| format!("line {l}")).collect();
    if count > seen {
        places.push(format!("and {} more markers", count - seen));
    }
    out.push((
        if count == 0 {
            "cited by no marker".to_string()
        } else {
            format!(
                "cited {count} time{} ({}); Enter goes to each",
                if count == 1 { "" } else { "s" },
                places.join(", ")
            )
        },
        false,
    ));
    let source = r
        .ibid_of
        .and_then(|t| a.references.get(t))
        .unwrap_or(r)
        .source
        .clone();
    let rating = source.as_ref().and_then(|s| view.notes.ratings.get(s));
    out.push((
        match rating {
            Some(rated) => {
                let word = format!("{:?}", rated.rating).to_lowercase();
                match &rated.note {
                    Some(n) => clean_line(&format!("you rated this source {word}: {n}")),
                    None => format!("you rated this source {word}"),
                }
            }
            None if source.is_some() => "not rated yet: r rates this source".to_string(),
            None => "no source to rate".to_string(),
        },
        false,
    ));
    let mut verdicts: Vec<&str> = Vec::new();
    for m in r.cited_by.iter().filter_map(|&m| a.markers.get(m)) {
        if let Some(i) = view.notes.on_claim(&m.sentence) {
            verdicts.push(match view.notes.items[i].annotation.verdict {
                Some(crate::notes::Verdict::Supported) => "supported",
                Some(crate::notes::Verdict::Disputed) => "disputed",
                Some(crate::notes::Verdict::Unverified) => "unverified",
                None => "noted",
            });
        }
    }
    if !verdicts.is_empty() {
        out.push((format!("your claims citing it: {}", verdicts.join(", ")), false));
    }
    out
}

/// How many lines with markers citing it an entry's notes list.
const CITING_LINES_SHOWN: usize = 10;

/// At most this many of an entry's markers are looked at for their lines,
/// on every frame.
const MARKERS_LOOKED_AT: usize = 1000;

/// `Tillery, Maud — Canal Tolls Rise…`: who and what, briefly.
fn short(r: &Reference) -> String {
    let who = r.fields.authors.first().cloned().unwrap_or_default();
    let what: String = r
        .fields
        .title
        .clone()
        .unwrap_or_default()
        .chars()
        .take(48)
        .collect();
    match (who.is_empty(), what.is_empty()) {
        (false, false) => format!("{who} — {what}"),
        (false, true) => who,
        (true, false) => what,
        (true, true) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `cited …` note of the first entry of `text`.
    fn cited_note(text: &str) -> String {
        let view = ArticleView::new(crate::parse::parse("a.txt", text.into()), Vec::new());
        notes(&view, 0, usize::MAX)
            .into_iter()
            .map(|(note, _)| note)
            .find(|n| n.starts_with("cited"))
            .unwrap()
    }

    #[test]
    fn an_entry_cited_many_times_lists_its_first_ten_places() {
        let body: String = (1..=15).map(|n| format!("Claim {n}.[1]\n\n")).collect();
        let cited = cited_note(&format!(
            "Title\n\n{body}References\n[1] Roe, Jane. A book. 2001.\n"
        ));
        assert_eq!(
            cited,
            "cited 15 times (line 3, line 5, line 7, line 9, line 11, line 13, line 15, line 17, \
             line 19, line 21, and 5 more markers); Enter goes to each"
        );
    }

    #[test]
    fn an_entry_cited_many_times_on_one_line_names_the_line_once() {
        let cited = cited_note(
            "Title\n\nOne.[1] Two.[1] Three.[1]\n\nFour.[1]\n\nReferences\n[1] Roe, Jane. A book. 2001.\n",
        );
        assert_eq!(cited, "cited 4 times (line 3, line 5); Enter goes to each");
    }

    #[test]
    fn an_entry_with_more_findings_than_rows_words_only_as_many_as_fit() {
        // Each sentence names Doe, the author of [2], but cites [1].
        let body: String = (1..=12).map(|n| format!("Doe found {n} cases.[1]\n\n")).collect();
        let text = format!(
            "Title\n\n{body}References\n[1] Roe, Jane. A book. 2001.\n[2] Doe, John. Another book. 2002.\n"
        );
        let article = crate::parse::parse("a.txt", text.into());
        let findings = crate::check::run_all(&article, &crate::check::CheckOptions::default());
        let view = ArticleView::new(article, findings);
        let worded = |max: usize| -> Vec<String> {
            notes(&view, 0, max)
                .into_iter()
                .filter_map(|(note, finding)| finding.then_some(note))
                .collect()
        };
        let all = worded(usize::MAX);
        assert_eq!(all.iter().filter(|n| n.contains("names Doe")).count(), 12);
        assert_eq!(worded(5), all[..5]);
    }
}
