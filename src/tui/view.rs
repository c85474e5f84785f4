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

use crate::article::{Article, BlockKind, Format};
use crate::check::Finding;
use crate::parse::sentences::sentences;

use super::annotations::ArticleNotes;
use super::text::{DisplayBlock, display_block, wrap_block};

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
    /// Columns left blank before each line (a quotation is set in).
    pub indent: usize,
}

/// How far a block quotation is set in, in columns.
pub const QUOTE_INDENT: usize = 2;

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

/// A piece of the article pane: a heading or paragraph, or a part of a very
/// long one (see [`PIECE_BYTES`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Index in `article.blocks`.
    pub block: usize,
    /// The part of the block's range this piece shows.
    pub range: Range<usize>,
}

/// Plain-text paragraphs longer than this are shown as pieces of about this
/// size, cut after a sentence where one ends near, so that wrapping (for a
/// frame, or after a resize) only ever handles the pieces on screen: a
/// one-line paragraph of a megabyte scrolls as fast as a short one.
pub const PIECE_BYTES: usize = 16 * 1024;

/// Everything the article screen remembers.
#[derive(Debug)]
pub struct ArticleView {
    /// Shared with the thread that checks it while it is read.
    pub article: Arc<Article>,
    pub findings: Vec<Finding>,
    /// The headings and paragraphs shown in the article pane, long ones in
    /// pieces.
    pub shown: Vec<Piece>,
    /// For each marker, whether a finding points at it.
    pub marker_flagged: Vec<bool>,
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
        let shown = pieces(&article);
        let mut view = ArticleView {
            selected_reference: (!article.references.is_empty()).then_some(0),
            article,
            findings: Vec::new(),
            shown,
            marker_flagged: Vec::new(),
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
        let at_bottom = self.at_bottom();
        let article = &self.article;
        let mut marker_flagged = vec![false; article.markers.len()];
        let mut reference_findings = vec![Vec::new(); article.references.len()];
        let by_label = crate::article::label_index(&article.references);
        for (i, f) in findings.iter().enumerate() {
            if let Some(flagged) = f.marker.and_then(|m| marker_flagged.get_mut(m as usize)) {
                *flagged = true;
            }
            let reference = f.reference.as_deref().and_then(|l| by_label.get(l)).copied();
            if let Some(list) = reference.and_then(|r| reference_findings.get_mut(r))
                && f.check != crate::check::Check::Numbering
            {
                list.push(i);
            }
        }
        self.findings = findings;
        self.marker_flagged = marker_flagged;
        self.reference_findings = reference_findings;
        // Markers with findings are drawn differently (with a sign, so
        // lines can grow): whoever was at the end stays there.
        self.cache.borrow_mut().blocks.clear();
        if at_bottom {
            self.stay_at_bottom();
        }
    }

    /// Whether the pane was moved to show the article's last row at its
    /// bottom (an article that fits in the pane is at its top instead).
    #[must_use]
    pub fn at_bottom(&self) -> bool {
        self.scroll != ScrollPos::default() && self.scroll == self.last_top()
    }

    /// Shows the last row at the bottom of the pane, without a jump.
    pub fn stay_at_bottom(&mut self) {
        self.scroll = self.last_top();
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
        let range = self.piece_range(i);
        let markers = &self.article.markers;
        let first = markers.partition_point(|m| m.range.start < range.start);
        let flagged: Vec<usize> = markers
            .iter()
            .zip(&self.marker_flagged)
            .skip(first)
            .take_while(|(m, _)| m.range.start < range.end)
            .filter(|(m, flagged)| **flagged && m.range.end <= range.end)
            .map(|(m, _)| m.range.end)
            .collect();
        let kind = self
            .shown
            .get(i)
            .and_then(|p| self.article.blocks.get(p.block))
            .map_or(BlockKind::Paragraph, |b| b.kind);
        let display = display_block(&self.article, &range, kind, &flagged);
        // A quotation is set in, when there is room for it.
        let indent = if kind == BlockKind::Quote && width >= 4 * QUOTE_INDENT {
            QUOTE_INDENT
        } else {
            0
        };
        let lines = wrap_block(&display, width - indent);
        let wrapped = Rc::new(Wrapped {
            display,
            lines,
            indent,
        });
        cache.blocks.insert(i, Rc::clone(&wrapped));
        wrapped
    }

    fn width(&self) -> usize {
        usize::from(self.pane_size.get().0).max(1)
    }

    fn height(&self) -> usize {
        usize::from(self.pane_size.get().1).max(1)
    }

    /// The source range piece `i` shows.
    #[must_use]
    pub fn piece_range(&self, i: usize) -> Range<usize> {
        self.shown.get(i).map_or(0..0, |p| p.range.clone())
    }

    /// Whether a blank row follows piece `i`: it ends a block that is not
    /// the last.
    #[must_use]
    pub fn blank_after(&self, i: usize) -> bool {
        match (self.shown.get(i), self.shown.get(i + 1)) {
            (Some(this), Some(next)) => this.block != next.block,
            _ => false,
        }
    }

    /// Rows piece `i` takes, its blank separator included.
    fn rows_of(&self, i: usize) -> usize {
        self.wrapped(i, self.width()).lines.len() + usize::from(self.blank_after(i))
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
        self.stay_at_bottom();
    }

    /// The shown piece holding source offset `at` (at a cut inside a
    /// paragraph, the piece that starts there).
    #[must_use]
    pub fn shown_block_at(&self, at: usize) -> Option<usize> {
        let i = self.shown.partition_point(|p| p.range.end < at);
        let next_starts_here = self.shown.get(i + 1).is_some_and(|n| n.range.start == at)
            && self.shown.get(i).is_some_and(|p| p.range.end == at);
        let i = i + usize::from(next_starts_here);
        (i < self.shown.len()).then_some(i)
    }

    /// Scrolls so that source offset `at` is in view, a third of the way
    /// down when it was not.
    pub fn reveal(&mut self, at: usize) {
        let Some((target, place)) = self.on_screen(at) else {
            return;
        };
        if place != std::cmp::Ordering::Equal {
            self.scroll = self.up_from(target, self.height() / 3);
            self.clamp();
        }
    }

    /// Where source offset `at` is shown, and whether that is above the
    /// pane (`Less`), in it (`Equal`) or below it (`Greater`).
    fn on_screen(&self, at: usize) -> Option<(ScrollPos, std::cmp::Ordering)> {
        let block = self.shown_block_at(at)?;
        let wrapped = self.wrapped(block, self.width());
        let offset = wrapped.display.display_offset(at);
        let row = wrapped.lines.iter().position(|l| l.end >= offset).unwrap_or(0);
        let bottom = self.down_from(self.scroll, self.height().saturating_sub(1));
        let place = if (block, row) < (self.scroll.block, self.scroll.row) {
            std::cmp::Ordering::Less
        } else if (block, row) > (bottom.block, bottom.row) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        };
        Some((ScrollPos { block, row }, place))
    }

    /// Where marker `m` is shown against the pane, as [`Self::on_screen`].
    fn marker_place(&self, m: usize) -> Option<std::cmp::Ordering> {
        let at = self.article.markers.get(m)?.range.start;
        self.on_screen(at).map(|(_, place)| place)
    }

    /// The source offset at the top of the article pane.
    #[must_use]
    pub fn top_offset(&self) -> usize {
        self.shown.get(self.scroll.block).map_or(0, |p| p.range.start)
    }

    /// How far through the article the top of the pane is, in percent.
    #[must_use]
    pub fn percent(&self) -> usize {
        if self.shown.is_empty() || self.scroll == self.last_top() {
            return 100;
        }
        let end = self.shown.last().map_or(1, |p| p.range.end.max(1));
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

    /// The next marker after the current one; once the reader has scrolled
    /// it out of the pane, the first marker in the pane or below it.
    pub fn next_marker(&mut self) {
        let next = match self.current_on_screen() {
            Some(m) => m + 1,
            None => self.first_marker_where(|place| place != Some(std::cmp::Ordering::Less)),
        };
        if next < self.article.markers.len() {
            self.select_marker(next);
        }
    }

    /// The marker before the current one; once the reader has scrolled it
    /// out of the pane, the last marker in the pane or above it.
    pub fn prev_marker(&mut self) {
        let prev = match self.current_on_screen() {
            Some(m) => m.checked_sub(1),
            None => self
                .first_marker_where(|place| place == Some(std::cmp::Ordering::Greater))
                .checked_sub(1),
        };
        if let Some(p) = prev {
            self.select_marker(p);
        }
    }

    /// The first marker from the top of the pane whose place against the
    /// pane (as [`Self::on_screen`]) `wanted` takes; the number of markers
    /// when none does.
    fn first_marker_where(&self, wanted: impl Fn(Option<std::cmp::Ordering>) -> bool) -> usize {
        let top = self.top_offset();
        let from = self.article.markers.partition_point(|m| m.range.start < top);
        (from..self.article.markers.len())
            .find(|&m| wanted(self.marker_place(m)))
            .unwrap_or(self.article.markers.len())
    }

    /// The current marker, while it is in the pane.
    fn current_on_screen(&self) -> Option<usize> {
        self.current_marker
            .filter(|&m| self.marker_place(m) == Some(std::cmp::Ordering::Equal))
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
        // The entry the claim cites is the one `r` rates.
        if let Some(target) = self.current_marker.and_then(|m| {
            self.article
                .markers
                .get(m)?
                .targets
                .iter()
                .flatten()
                .next()
                .copied()
        }) {
            self.selected_reference = Some(target);
            self.cite_cycle = 0;
        }
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
            let Some(range) = self.shown.get(block).map(|p| p.range.clone()) else {
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

    /// Moves the entry selection by `delta` entries (down when positive),
    /// stopping at the first and last; with none selected, moves from just
    /// above the first (`j` selects the first, `G` the last).
    pub fn move_reference(&mut self, delta: isize) {
        let Some(last) = self.article.references.len().checked_sub(1) else {
            return;
        };
        let next = match self.selected_reference {
            Some(i) => i.saturating_add_signed(delta).min(last),
            None => usize::try_from(delta.saturating_sub(1)).unwrap_or(0).min(last),
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

    /// Starts a search for `query` and goes to the first match after the top
    /// of the pane. Case is ignored unless the query has a capital letter, as
    /// in `less -i`, ripgrep's `--smart-case` and vim's `smartcase`.
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
        self.article
            .text
            .released_during(|| self.find_all_in_blocks(query))
    }

    fn find_all_in_blocks(&self, query: &str) -> Vec<Range<usize>> {
        let Ok(re) = regex::RegexBuilder::new(&regex::escape(query))
            .case_insensitive(!query.chars().any(char::is_uppercase))
            .build()
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // Whole blocks, so that a match across a piece's cut is found.
        let mut blocks: Vec<usize> = self.shown.iter().map(|p| p.block).collect();
        blocks.dedup();
        for b in blocks {
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

/// The headings, paragraphs, quotations and code blocks of `article`, plain-text
/// paragraphs longer than [`PIECE_BYTES`] cut into pieces.
fn pieces(article: &Article) -> Vec<Piece> {
    let mut out = Vec::new();
    for (block, b) in article.blocks.iter().enumerate() {
        if !matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::Heading | BlockKind::Quote | BlockKind::Code
        ) {
            continue;
        }
        let mut start = b.range.start;
        if article.format == Format::Plain {
            while let Some(cut) = piece_cut(article, start..b.range.end) {
                out.push(Piece {
                    block,
                    range: start..cut,
                });
                start = cut;
            }
        }
        out.push(Piece {
            block,
            range: start..b.range.end,
        });
    }
    out
}

/// Where the piece of paragraph text `range` that starts at its start
/// should end, when the rest is longer than [`PIECE_BYTES`]: after the first
/// space past that size that follows a sentence's end (within 4 kB), else
/// after the first space, never inside a marker; else at a character
/// boundary.
fn piece_cut(article: &Article, range: Range<usize>) -> Option<usize> {
    if range.len() <= PIECE_BYTES + PIECE_BYTES / 2 {
        return None;
    }
    let text = &article.text;
    let from = text.ceil_char_boundary(range.start + PIECE_BYTES);
    let outside_marker = |at: &usize| {
        let i = article.markers.partition_point(|m| m.range.end <= *at);
        article.markers.get(i).is_none_or(|m| m.range.start >= *at)
    };
    let mut after_spaces = text
        .get(from..range.end)?
        .match_indices(' ')
        .map(|(i, _)| from + i + 1)
        .filter(outside_marker);
    let first = after_spaces.next();
    let after_sentence = first
        .into_iter()
        .chain(after_spaces)
        .take_while(|&at| at < from + 4096)
        .find(|&at| ends_sentence(text.get(range.start..at).unwrap_or("")));
    let cut = after_sentence.or(first).unwrap_or(from);
    (cut < range.end).then_some(cut)
}

/// Whether `before` ends a sentence: a full stop, question or exclamation
/// mark, perhaps with closing quotes and a bracket marker after it.
fn ends_sentence(before: &str) -> bool {
    let mut t = before.trim_end();
    if t.ends_with(']')
        && let Some(open) = t.rfind('[')
    {
        t = &t[..open];
    }
    t.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{CheckOptions, run_all};
    use crate::parse::parse;

    fn view(text: &str) -> ArticleView {
        let a = parse("a.txt", text.into());
        let f = run_all(&a, &CheckOptions::default());
        let v = ArticleView::new(a, f);
        v.pane_size.set((20, 4));
        v
    }

    #[test]
    fn a_markdown_code_block_is_shown_line_by_line_with_its_indent() {
        let text = "# T\n\nBefore.[^1]\n\n```\nfn a() {\n\tlet b = 2;\n\n    loop {}\n}\n```\n\nAfter.\n\n[^1]: Roe, Jane. A Book. 2001.\n";
        let v = ArticleView::new(parse("a.md", text.into()), Vec::new());
        let rows: Vec<String> = (0..v.shown.len())
            .flat_map(|i| {
                let w = v.wrapped(i, 40);
                w.lines
                    .iter()
                    .map(|r| w.display.text[r.clone()].to_owned())
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(
            rows,
            [
                "Before.[^1]",
                "fn a() {",
                "    let b = 2;",
                "",
                "    loop {}",
                "}",
                "After."
            ]
        );
    }

    #[test]
    fn markdown_list_items_show_their_bullets_and_numbers() {
        let text = "# T\n\nBefore.[^1]\n\n- first\n  - nested\n\n3. third\n4. fourth\n\n[^1]: Roe, Jane. A Book. 2001.\n";
        let v = ArticleView::new(parse("a.md", text.into()), Vec::new());
        let shown: Vec<String> = (0..v.shown.len())
            .map(|i| v.wrapped(i, 40).display.text.clone())
            .collect();
        assert_eq!(
            shown,
            ["Before.[^1]", "• first", "  • nested", "3. third", "4. fourth"]
        );
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

    /// A paragraph of about 100 kB on one line, with a marker with a space
    /// (`[1, 2]`) after every sentence.
    fn one_long_line() -> ArticleView {
        let line: String = (0..2000)
            .map(|i| format!("Sentence {i} of the long line says a thing.[1, 2] "))
            .collect();
        view(&format!(
            "Title\n\n{line}\n\nReferences\n[1] Roe, Jane. A book. 2001.\n[2] Doe, Jo. A paper. 2002.\n"
        ))
    }

    #[test]
    fn a_long_paragraph_is_shown_in_pieces_that_join_without_blank_rows() {
        let mut v = one_long_line();
        assert!(v.shown.len() >= 5, "{} pieces", v.shown.len());
        let block = v.article.blocks[v.shown[0].block].range.clone();
        assert!(
            v.shown
                .iter()
                .all(|p| p.block == v.shown[0].block && p.range.len() < 2 * PIECE_BYTES)
        );
        assert_eq!(
            (v.shown[0].range.start, v.shown.last().unwrap().range.end),
            (block.start, block.end)
        );
        for pair in v.shown.windows(2) {
            assert_eq!(pair[0].range.end, pair[1].range.start, "no text is lost at a cut");
            let piece = v.article.slice(&pair[0].range);
            assert!(
                piece.ends_with(" thing.[1, 2] "),
                "cut after a sentence: {:?}",
                &piece[piece.len() - 20..]
            );
        }
        assert!(v.shown.iter().all(|p| {
            !v.article
                .markers
                .iter()
                .any(|m| m.range.contains(&p.range.start) && m.range.start != p.range.start)
        }));
        assert!((0..v.shown.len()).all(|i| !v.blank_after(i)));
        // Rows run on across a cut: 1,000 rows down is inside the paragraph.
        v.scroll_down(1000);
        assert!(v.scroll.block > 0);
        let top = v.top_offset();
        assert!(top > block.start && top < block.end);
    }

    #[test]
    fn search_finds_a_match_across_a_cut_and_markers_are_found_in_any_piece() {
        let mut v = one_long_line();
        let cut = v.shown[1].range.start;
        let across = v.article.text[cut - 6..cut + 8].to_string();
        v.search(&across);
        let matches = &v.search.as_ref().unwrap().matches;
        assert!(matches.iter().any(|m| m.start < cut && m.end > cut), "{across:?}");
        v.jump_back();
        v.select_marker(v.article.markers.len() - 1);
        assert_eq!(
            v.shown_block_at(v.article.markers.last().unwrap().range.start),
            Some(v.shown.len() - 1)
        );
        assert_eq!(
            v.shown_block_at(cut),
            Some(1),
            "a cut belongs to the piece after it"
        );
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
    fn marker_keys_start_from_the_pane_once_the_reader_has_scrolled_away() {
        let mut v = long();
        for _ in 0..6 {
            v.next_marker();
        }
        assert_eq!(v.current_marker, Some(5));
        v.bottom();
        v.next_marker();
        assert!(
            v.current_marker > Some(5),
            "] after G went back to {:?}",
            v.current_marker
        );
        assert_eq!(
            v.marker_place(v.current_marker.unwrap()),
            Some(std::cmp::Ordering::Equal)
        );
        v.top();
        v.next_marker();
        assert_eq!(
            v.current_marker,
            Some(0),
            "] after g starts at the first marker in the pane"
        );
        v.bottom();
        v.prev_marker();
        assert_eq!(v.current_marker, Some(11), "[ after G is the last marker");
    }

    #[test]
    fn going_to_a_noted_claim_selects_the_entry_it_cites() {
        let mut v = long();
        v.next_marker();
        let claim = v.article.markers[8].sentence.clone();
        v.go_to_claim(claim);
        assert_eq!((v.current_marker, v.selected_reference), (Some(8), Some(8)));
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
        v.search("paragraph 1");
        let s = v.search.clone().unwrap();
        assert_eq!(s.matches.len(), 4, "1, 10, 11, 12");
        assert_eq!(s.current, Some(0));
        v.search_step(false);
        assert_eq!(v.search.as_ref().unwrap().current, Some(3));
    }

    #[test]
    fn a_capital_letter_in_the_query_makes_the_search_match_case() {
        let mut v = long();
        v.search("Paragraph 1");
        assert_eq!(v.search.as_ref().unwrap().matches.len(), 4);
        v.search("PARAGRAPH 1");
        assert!(v.search.as_ref().unwrap().matches.is_empty());
        v.search("SAYS");
        assert!(v.search.as_ref().unwrap().matches.is_empty());
        v.search("says");
        assert_eq!(v.search.as_ref().unwrap().matches.len(), 12);
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
