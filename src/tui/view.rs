//! The state of one open article: scroll position, current marker, claim
//! cursor, focused pane, selected reference, search, jump list, and the wrap
//! cache the panes draw from.
//!
//! Owns: everything the article screen remembers and the moves actions
//! make. Must not: draw (the panes do) or touch the terminal.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

use crate::article::{Article, BlockKind};
use crate::check::Finding;
use crate::parse::sentences::sentences;

use super::annotations::ArticleNotes;
use super::text::{DisplayBlock, display_block, wrap_ranges};

/// Which pane has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Article,
    References,
}

/// A place in the article pane: a shown block and a row within it (the row
/// after its last line is the blank line between blocks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ScrollPos {
    pub block: usize,
    pub row: usize,
}

/// Where a jump started, to come back to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub scroll: ScrollPos,
    pub marker: Option<usize>,
}

/// Places before jumps, like vim's jump list.
#[derive(Debug, Clone, Default)]
pub struct JumpList {
    entries: Vec<Place>,
    index: usize,
}

impl JumpList {
    /// Remembers `place` before a jump; forward history is dropped.
    pub fn record(&mut self, place: Place) {
        self.entries.truncate(self.index);
        self.entries.push(place);
        self.index = self.entries.len();
    }

    /// The place before the current one; `current` is kept to come forward.
    pub fn back(&mut self, current: Place) -> Option<Place> {
        if self.index == self.entries.len() {
            self.entries.push(current);
        }
        self.index = self
            .index
            .checked_sub(1)?
            .min(self.entries.len().saturating_sub(1));
        if self.entries.get(self.index) == Some(&current) {
            self.index = self.index.checked_sub(1)?;
        }
        self.entries.get(self.index).copied()
    }

    /// The place after the current one, after going back.
    pub fn forward(&mut self) -> Option<Place> {
        if self.index + 1 >= self.entries.len() {
            return None;
        }
        self.index += 1;
        self.entries.get(self.index).copied()
    }
}

/// A block as drawn at one width: its display text and its lines.
#[derive(Debug)]
pub struct Wrapped {
    pub display: DisplayBlock,
    pub lines: Vec<Range<usize>>,
}

/// Wrapped blocks for the current width; cleared when the width changes.
#[derive(Debug, Default)]
pub struct WrapCache {
    width: usize,
    blocks: HashMap<usize, Rc<Wrapped>>,
}

/// The search in progress.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    /// Source ranges of the matches, in order.
    pub matches: Vec<Range<usize>>,
    pub current: Option<usize>,
}

/// Everything the article screen remembers.
#[derive(Debug)]
pub struct ArticleView {
    /// Shared with the thread that checks it while it is read.
    pub article: Arc<Article>,
    pub findings: Vec<Finding>,
    /// Indices of `article.blocks` shown in the article pane.
    pub shown: Vec<usize>,
    /// For each marker, the findings that point at it.
    pub marker_findings: Vec<Vec<usize>>,
    /// For each reference, the findings about it.
    pub reference_findings: Vec<Vec<usize>>,
    pub scroll: ScrollPos,
    pub current_marker: Option<usize>,
    /// The claim cursor: a sentence of the article (source range).
    pub claim: Option<Range<usize>>,
    pub focus: Pane,
    pub selected_reference: Option<usize>,
    /// First entry shown in the reference pane.
    pub reference_top: usize,
    /// How many times Enter has cycled through the selected entry's markers.
    pub cite_cycle: usize,
    pub search: Option<Search>,
    pub jumps: JumpList,
    /// Article pane size (width, height) at the last draw, for page moves.
    pub pane_size: std::cell::Cell<(u16, u16)>,
    /// Reference pane height at the last draw.
    pub reference_height: std::cell::Cell<u16>,
    /// The reader's verdicts and notes on this article, and source ratings.
    pub notes: ArticleNotes,
    cache: RefCell<WrapCache>,
}

impl ArticleView {
    /// A view of `article` at its top, with `findings` from the checks.
    #[must_use]
    pub fn new(article: impl Into<Arc<Article>>, findings: Vec<Finding>) -> ArticleView {
        let article = article.into();
        let shown = article
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading))
            .map(|(i, _)| i)
            .collect();
        let mut view = ArticleView {
            selected_reference: (!article.references.is_empty()).then_some(0),
            article,
            findings: Vec::new(),
            shown,
            marker_findings: Vec::new(),
            reference_findings: Vec::new(),
            scroll: ScrollPos::default(),
            current_marker: None,
            claim: None,
            focus: Pane::Article,
            reference_top: 0,
            cite_cycle: 0,
            search: None,
            jumps: JumpList::default(),
            pane_size: std::cell::Cell::new((80, 20)),
            reference_height: std::cell::Cell::new(10),
            notes: ArticleNotes::default(),
            cache: RefCell::new(WrapCache::default()),
        };
        view.set_findings(findings);
        view
    }

    /// Shows `findings` (from checks that finished after the article was
    /// opened) on the markers and entries they are about.
    pub fn set_findings(&mut self, findings: Vec<Finding>) {
        let article = &self.article;
        let mut marker_findings = vec![Vec::new(); article.markers.len()];
        let mut reference_findings = vec![Vec::new(); article.references.len()];
        let by_label = crate::article::label_index(&article.references);
        for (i, f) in findings.iter().enumerate() {
            if let Some(list) = f.marker.and_then(|m| marker_findings.get_mut(m)) {
                list.push(i);
            }
            let reference = f.reference.as_deref().and_then(|l| by_label.get(l)).copied();
            if let Some(list) = reference.and_then(|r| reference_findings.get_mut(r))
                && f.check != "numbering"
            {
                list.push(i);
            }
        }
        self.findings = findings;
        self.marker_findings = marker_findings;
        self.reference_findings = reference_findings;
        // Markers with findings are drawn differently.
        self.cache.borrow_mut().blocks.clear();
    }

    /// Shown block `i` wrapped to `width`, from the cache.
    #[must_use]
    pub fn wrapped(&self, i: usize, width: usize) -> Rc<Wrapped> {
        let mut cache = self.cache.borrow_mut();
        if cache.width != width {
            cache.width = width;
            cache.blocks.clear();
        }
        if let Some(w) = cache.blocks.get(&i) {
            return Rc::clone(w);
        }
        let range = self
            .shown
            .get(i)
            .and_then(|&b| self.article.blocks.get(b))
            .map_or(0..0, |b| b.range.clone());
        let markers = &self.article.markers;
        let first = markers.partition_point(|m| m.range.start < range.start);
        let flagged: Vec<usize> = markers
            .iter()
            .zip(&self.marker_findings)
            .skip(first)
            .take_while(|(m, _)| m.range.start < range.end)
            .filter(|(m, f)| !f.is_empty() && m.range.end <= range.end)
            .map(|(m, _)| m.range.end)
            .collect();
        let display = display_block(&self.article, &range, &flagged);
        let lines = wrap_ranges(&display.text, width);
        let wrapped = Rc::new(Wrapped { display, lines });
        cache.blocks.insert(i, Rc::clone(&wrapped));
        wrapped
    }

    fn width(&self) -> usize {
        usize::from(self.pane_size.get().0).max(1)
    }

    fn height(&self) -> usize {
        usize::from(self.pane_size.get().1).max(1)
    }

    /// Rows block `i` takes, its blank separator included (not after the last).
    fn rows_of(&self, i: usize) -> usize {
        let lines = self.wrapped(i, self.width()).lines.len();
        if i + 1 < self.shown.len() {
            lines + 1
        } else {
            lines
        }
    }

    /// The position `n` rows below `pos`, stopping at the last row.
    fn down_from(&self, mut pos: ScrollPos, mut n: usize) -> ScrollPos {
        while n > 0 {
            let left = self.rows_of(pos.block).saturating_sub(pos.row + 1);
            if n <= left {
                pos.row += n;
                break;
            }
            if pos.block + 1 >= self.shown.len() {
                pos.row += left;
                break;
            }
            n -= left + 1;
            pos = ScrollPos {
                block: pos.block + 1,
                row: 0,
            };
        }
        pos
    }

    /// The position `n` rows above `pos`, stopping at the top.
    fn up_from(&self, mut pos: ScrollPos, mut n: usize) -> ScrollPos {
        while n > 0 {
            if n <= pos.row {
                pos.row -= n;
                break;
            }
            if pos.block == 0 {
                pos.row = 0;
                break;
            }
            n -= pos.row + 1;
            pos.block -= 1;
            pos.row = self.rows_of(pos.block).saturating_sub(1);
        }
        pos
    }

    /// The lowest scroll position: the last row at the bottom of the pane.
    fn last_top(&self) -> ScrollPos {
        let Some(last) = self.shown.len().checked_sub(1) else {
            return ScrollPos::default();
        };
        let end = ScrollPos {
            block: last,
            row: self.rows_of(last).saturating_sub(1),
        };
        self.up_from(end, self.height().saturating_sub(1))
    }

    fn clamp(&mut self) {
        let last = self.last_top();
        if (self.scroll.block, self.scroll.row) > (last.block, last.row) {
            self.scroll = last;
        }
    }

    /// Scrolls the article pane down by `n` rows.
    pub fn scroll_down(&mut self, n: usize) {
        self.scroll = self.down_from(self.scroll, n);
        self.clamp();
    }

    /// Scrolls the article pane up by `n` rows.
    pub fn scroll_up(&mut self, n: usize) {
        self.scroll = self.up_from(self.scroll, n);
    }

    /// Half the article pane's height, at least one row.
    #[must_use]
    pub fn half_page(&self) -> usize {
        (self.height() / 2).max(1)
    }

    /// The article pane's height less one row of overlap.
    #[must_use]
    pub fn page(&self) -> usize {
        self.height().saturating_sub(1).max(1)
    }

    /// Goes to the top of the article.
    pub fn top(&mut self) {
        self.jump_from_here();
        self.scroll = ScrollPos::default();
    }

    /// Goes to the end of the article.
    pub fn bottom(&mut self) {
        self.jump_from_here();
        self.scroll = self.last_top();
    }

    /// The shown block holding source offset `at`.
    #[must_use]
    pub fn shown_block_at(&self, at: usize) -> Option<usize> {
        let i = self
            .shown
            .partition_point(|&b| self.article.blocks.get(b).is_some_and(|b| b.range.end < at));
        (i < self.shown.len()).then_some(i)
    }

    /// Scrolls so that source offset `at` is in view, a third of the way
    /// down when it was not.
    pub fn reveal(&mut self, at: usize) {
        let Some(block) = self.shown_block_at(at) else {
            return;
        };
        let wrapped = self.wrapped(block, self.width());
        let offset = wrapped.display.display_offset(at);
        let row = wrapped.lines.iter().position(|l| l.end >= offset).unwrap_or(0);
        let target = ScrollPos { block, row };
        let bottom = self.down_from(self.scroll, self.height().saturating_sub(1));
        let visible = (self.scroll.block, self.scroll.row) <= (block, row)
            && (block, row) <= (bottom.block, bottom.row);
        if !visible {
            self.scroll = self.up_from(target, self.height() / 3);
            self.clamp();
        }
    }

    /// The source offset at the top of the article pane.
    #[must_use]
    pub fn top_offset(&self) -> usize {
        self.shown
            .get(self.scroll.block)
            .and_then(|&b| self.article.blocks.get(b))
            .map_or(0, |b| b.range.start)
    }

    /// How far through the article the top of the pane is, in percent.
    #[must_use]
    pub fn percent(&self) -> usize {
        if self.shown.is_empty() || self.scroll == self.last_top() {
            return 100;
        }
        let end = self
            .shown
            .last()
            .and_then(|&b| self.article.blocks.get(b))
            .map_or(1, |b| b.range.end.max(1));
        self.top_offset() * 100 / end
    }

    fn here(&self) -> Place {
        Place {
            scroll: self.scroll,
            marker: self.current_marker,
        }
    }

    fn jump_from_here(&mut self) {
        let here = self.here();
        self.jumps.record(here);
    }

    /// Makes marker `m` current: its sentence is the claim, its first entry
    /// is selected, and it is scrolled into view.
    pub fn select_marker(&mut self, m: usize) {
        let Some(marker) = self.article.markers.get(m) else {
            return;
        };
        let (at, sentence, target) = (
            marker.range.start,
            marker.sentence.clone(),
            marker.targets.iter().flatten().next().copied(),
        );
        self.current_marker = Some(m);
        self.claim = Some(sentence);
        if let Some(t) = target {
            self.selected_reference = Some(t);
            self.cite_cycle = 0;
        }
        self.reveal(at);
    }

    /// The next marker after the current one (or after the top of the pane).
    pub fn next_marker(&mut self) {
        let next = match self.current_marker {
            Some(m) => m + 1,
            None => {
                let top = self.top_offset();
                self.article.markers.partition_point(|m| m.range.start < top)
            }
        };
        if next < self.article.markers.len() {
            self.select_marker(next);
        }
    }

    /// The marker before the current one.
    pub fn prev_marker(&mut self) {
        let prev = match self.current_marker {
            Some(m) => m.checked_sub(1),
            None => self.article.markers.len().checked_sub(1),
        };
        if let Some(p) = prev {
            self.select_marker(p);
        }
    }

    /// The claim the note keys act on: the claim cursor, else the current
    /// marker's sentence.
    #[must_use]
    pub fn claim_or_marker_sentence(&self) -> Option<Range<usize>> {
        self.claim.clone().or_else(|| {
            self.current_marker
                .and_then(|m| self.article.markers.get(m))
                .map(|m| m.sentence.clone())
        })
    }

    /// Puts the claim cursor on `range` and scrolls to it (a jump).
    pub fn go_to_claim(&mut self, range: Range<usize>) {
        self.jump_from_here();
        let at = range.start;
        self.current_marker = self.article.markers.iter().position(|m| m.sentence == range);
        self.claim = Some(range);
        self.reveal(at);
    }

    /// Moves the claim cursor to the next (`forward`) or previous sentence.
    pub fn move_claim(&mut self, forward: bool) {
        let from = self
            .claim
            .as_ref()
            .map_or_else(|| self.top_offset(), |c| if forward { c.end } else { c.start });
        let Some(mut block) = self.shown_block_at(from) else {
            return;
        };
        loop {
            let Some(range) = self
                .shown
                .get(block)
                .and_then(|&b| self.article.blocks.get(b))
                .map(|b| b.range.clone())
            else {
                return;
            };
            let spans = sentences(&self.article.text, range);
            let found = if forward {
                spans.into_iter().find(|s| {
                    s.start >= from
                        && self.claim.as_ref() != Some(s)
                        && !self.article.slice(s).trim().is_empty()
                })
            } else {
                spans.into_iter().rev().find(|s| {
                    s.end <= from
                        && self.claim.as_ref() != Some(s)
                        && !self.article.slice(s).trim().is_empty()
                })
            };
            if let Some(sentence) = found {
                let at = sentence.start;
                self.current_marker = self.article.markers.iter().position(|m| m.sentence == sentence);
                self.claim = Some(sentence);
                self.reveal(at);
                return;
            }
            block = match (forward, block.checked_sub(1)) {
                (true, _) if block + 1 < self.shown.len() => block + 1,
                (false, Some(b)) => b,
                _ => return,
            };
        }
    }

    /// Selects the next or previous entry in the reference pane.
    pub fn move_reference(&mut self, forward: bool) {
        let count = self.article.references.len();
        if count == 0 {
            return;
        }
        let next = match (self.selected_reference, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1).min(count - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        self.selected_reference = Some(next);
        self.cite_cycle = 0;
    }

    /// Jumps to the markers citing the selected entry, one per call.
    pub fn cycle_citing_markers(&mut self) {
        let Some(r) = self
            .selected_reference
            .and_then(|i| self.article.references.get(i))
        else {
            return;
        };
        if r.cited_by.is_empty() {
            return;
        }
        let m = r.cited_by[self.cite_cycle % r.cited_by.len()];
        let cycle = self.cite_cycle + 1;
        let selected = self.selected_reference;
        self.jump_from_here();
        self.select_marker(m);
        self.selected_reference = selected;
        self.cite_cycle = cycle;
    }

    /// Starts a search for `query` (case-insensitive) and goes to the first
    /// match after the top of the pane.
    pub fn search(&mut self, query: &str) {
        let matches = if query.is_empty() {
            Vec::new()
        } else {
            self.find_all(query)
        };
        self.search = Some(Search {
            query: query.to_string(),
            matches,
            current: None,
        });
        let top = self.top_offset();
        self.goto_match(|s| {
            s.matches
                .iter()
                .position(|m| m.start >= top)
                .or(if s.matches.is_empty() { None } else { Some(0) })
        });
    }

    fn find_all(&self, query: &str) -> Vec<Range<usize>> {
        let Ok(re) = regex::RegexBuilder::new(&regex::escape(query))
            .case_insensitive(true)
            .build()
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for &b in &self.shown {
            let Some(block) = self.article.blocks.get(b) else {
                continue;
            };
            let text = self.article.slice(&block.range);
            out.extend(
                re.find_iter(text)
                    .map(|m| block.range.start + m.start()..block.range.start + m.end()),
            );
        }
        out
    }

    /// Goes to the next (`forward`) or previous match.
    pub fn search_step(&mut self, forward: bool) {
        self.goto_match(|s| {
            let n = s.matches.len();
            if n == 0 {
                return None;
            }
            Some(match s.current {
                Some(c) if forward => (c + 1) % n,
                Some(c) => (c + n - 1) % n,
                None => 0,
            })
        });
    }

    fn goto_match(&mut self, pick: impl Fn(&Search) -> Option<usize>) {
        let Some(search) = &self.search else { return };
        let Some(i) = pick(search) else { return };
        let Some(at) = search.matches.get(i).map(|m| m.start) else {
            return;
        };
        if let Some(s) = self.search.as_mut() {
            s.current = Some(i);
        }
        self.jump_from_here();
        self.reveal(at);
    }

    /// Goes back in the jump list.
    pub fn jump_back(&mut self) {
        let here = self.here();
        if let Some(place) = self.jumps.back(here) {
            self.go(place);
        }
    }

    /// Goes forward in the jump list.
    pub fn jump_forward(&mut self) {
        if let Some(place) = self.jumps.forward() {
            self.go(place);
        }
    }

    fn go(&mut self, place: Place) {
        self.scroll = place.scroll;
        match place.marker {
            Some(m) => {
                let scroll = place.scroll;
                self.select_marker(m);
                self.scroll = scroll;
            }
            None => {
                self.current_marker = None;
                self.claim = None;
            }
        }
    }

    /// Findings about reference `r`: on the entry itself, or on a marker
    /// that cites it.
    #[must_use]
    pub fn findings_for_reference(&self, r: usize) -> Vec<&Finding> {
        self.reference_findings
            .get(r)
            .map(|list| list.iter().filter_map(|&i| self.findings.get(i)).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{CheckOptions, run_all};
    use crate::parse::parse;

    fn view(text: &str) -> ArticleView {
        let a = parse("a.txt", text.to_string());
        let f = run_all(&a, &CheckOptions::default());
        let v = ArticleView::new(a, f);
        v.pane_size.set((20, 4));
        v
    }

    fn long() -> ArticleView {
        let body: String = (1..=12)
            .map(|n| format!("Paragraph {n} says a thing.[{n}]\n\n"))
            .collect();
        let refs: String = (1..=12)
            .map(|n| format!("[{n}] Roe, Jane. Book {n}. 2001.\n"))
            .collect();
        view(&format!("Title\n\n{body}References\n{refs}"))
    }

    #[test]
    fn scrolling_stops_at_both_ends() {
        let mut v = long();
        v.scroll_up(3);
        assert_eq!(v.scroll, ScrollPos::default());
        v.scroll_down(1000);
        assert_eq!(v.scroll, v.last_top());
        v.scroll_up(1);
        assert!(v.scroll != v.last_top());
    }

    #[test]
    fn next_marker_selects_its_reference_and_scrolls_to_it() {
        let mut v = long();
        for _ in 0..10 {
            v.next_marker();
        }
        assert_eq!(v.current_marker, Some(9));
        assert_eq!(v.selected_reference, Some(9));
        assert!(v.scroll.block >= 7, "{:?}", v.scroll);
        v.prev_marker();
        assert_eq!(v.current_marker, Some(8));
    }

    #[test]
    fn jump_list_goes_back_and_forward() {
        let mut v = long();
        v.bottom();
        let end = v.scroll;
        v.jump_back();
        assert_eq!(v.scroll, ScrollPos::default());
        v.jump_forward();
        assert_eq!(v.scroll, end);
    }

    #[test]
    fn search_finds_matches_case_insensitively_and_cycles() {
        let mut v = long();
        v.search("PARAGRAPH 1");
        let s = v.search.clone().unwrap();
        assert_eq!(s.matches.len(), 4, "1, 10, 11, 12");
        assert_eq!(s.current, Some(0));
        v.search_step(false);
        assert_eq!(v.search.as_ref().unwrap().current, Some(3));
    }

    #[test]
    fn claim_cursor_moves_by_sentence_across_blocks() {
        let mut v = view("T\n\nOne. Two.\n\nThree.\n\nReferences\n[1] Roe.\n");
        v.move_claim(true);
        assert_eq!(v.article.slice(v.claim.as_ref().unwrap()).trim(), "One.");
        v.move_claim(true);
        v.move_claim(true);
        assert_eq!(v.article.slice(v.claim.as_ref().unwrap()).trim(), "Three.");
        v.move_claim(false);
        assert_eq!(v.article.slice(v.claim.as_ref().unwrap()).trim(), "Two.");
    }

    #[test]
    fn enter_cycles_through_citing_markers() {
        let mut v = view("T\n\nA.[1] B.[2] C.[1]\n\nReferences\n[1] Roe.\n[2] Doe.\n");
        v.selected_reference = Some(0);
        v.cycle_citing_markers();
        assert_eq!(v.current_marker, Some(0));
        v.cycle_citing_markers();
        assert_eq!(v.current_marker, Some(2));
        v.cycle_citing_markers();
        assert_eq!(v.current_marker, Some(0));
    }
}
