//! Anchoring: tying an annotation to its place in an article's text so that
//! it re-attaches after the article is edited.
//!
//! Owns: the content hash, building an [`Anchor`] from a range, and the
//! cascade that finds an anchor again: same hash → the stored offset; else the
//! exact quote (context, then position, choosing among copies); else the quote
//! with whitespace reflowed; else a bounded fuzzy match scored on quote,
//! context and position. Must not: guess. When the evidence does not single
//! out one place, the annotation is orphaned (kept, shown, never attached to
//! the wrong sentence). Knows nothing of files or terminals.

use std::cell::OnceCell;
use std::ops::Range;

use super::{Anchor, AnchorState};
use crate::parse::sentences::sentences;

/// Characters of context kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 32;
/// Longest quote (in characters) that the fuzzy stage will try to match.
pub const MAX_FUZZY_QUOTE_CHARS: usize = 2_000;
/// A fuzzy match needs at least this similarity on the quote itself ...
const MIN_QUOTE_SIMILARITY: f64 = 0.8;
/// ... and context that agrees on at least one side this well (two
/// unrelated 32-character English snippets score about 0.2 to 0.35).
const MIN_CONTEXT_SIMILARITY: f64 = 0.6;
/// Characters of the old neighbour that, found at a candidate's edge, show
/// that the candidate is that neighbour and not the quote edited.
const NEIGHBOUR_CHARS: usize = 24;
const MIN_NEIGHBOUR_CHARS: usize = 12;
/// Two fuzzy candidates closer than this in score are a tie: orphaned.
const FUZZY_TIE_MARGIN: f64 = 0.05;
/// Shorter quotes are not matched fuzzily (too many look-alikes).
const MIN_FUZZY_QUOTE_CHARS: usize = 12;
/// A quote this short still needs this many characters of context to agree
/// (more than the spaces and full stops every sentence shares).
const MIN_BARE_QUOTE_CHARS: usize = 20;
const MIN_SHORT_QUOTE_CONTEXT: usize = 8;
/// Context agreement (in characters) that counts as a real difference
/// between two copies of a quote; less (a shared space or full stop) is a tie.
const CONTEXT_MARGIN: usize = 4;
/// Exact occurrences considered at most (a quote repeated more is ambiguous).
const MAX_EXACT_CANDIDATES: usize = 1_000;
/// Fuzzy candidates this close (in bytes) to the old offset are all
/// measured; farther ones must share this share of the quote's trigrams.
const NEAR_BYTES: usize = 64 * 1024;
const FAR_SHARED_PERCENT: usize = 70;
/// A fuzzy candidate joins at most this many consecutive sentences.
const MAX_SENTENCES_PER_CANDIDATE: usize = 3;

/// A stable hash of the whole text (FNV-1a, 64 bits, as 16 hex digits):
/// the same on every run and platform.
#[must_use]
pub fn content_hash(text: &str) -> String {
    format!("{:016x}", fnv1a64(text.as_bytes()))
}

/// FNV-1a over bytes, 64 bits.
#[must_use]
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET_BASIS, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME))
}

/// The anchor of `text[range]`: its quote, up to [`CONTEXT_CHARS`] characters
/// on each side, its offset and the text's hash. The range is narrowed to
/// character boundaries and clamped to the text.
#[must_use]
pub fn anchor_for(text: &str, range: Range<usize>) -> Anchor {
    anchor_with_hash(text, range, content_hash(text))
}

/// [`anchor_for`] with the text's [`content_hash`] already known (a reader
/// marking claims on a long article hashes it once, not per claim).
#[must_use]
pub fn anchor_with_hash(text: &str, range: Range<usize>, content_hash: String) -> Anchor {
    let end = text.floor_char_boundary(range.end);
    let start = text.floor_char_boundary(range.start.min(end));
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let prefix_start = before
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let suffix_end = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(i, _)| i);
    Anchor {
        quote: text.get(start..end).unwrap_or("").to_owned(),
        prefix: before.get(prefix_start..).unwrap_or("").to_owned(),
        suffix: after.get(..suffix_end).unwrap_or("").to_owned(),
        offset: start,
        content_hash,
    }
}

/// Finds `anchor` in `text`: where it is now and how it was found. For
/// several anchors on one text, build a [`Locator`] once instead.
#[must_use]
pub fn locate(text: &str, anchor: &Anchor) -> (AnchorState, Option<Range<usize>>) {
    Locator::new(text).locate(anchor)
}

/// Locates anchors in one text, computing its hash, its whitespace-normalised
/// form and its sentences once, when the first anchor needs them (an
/// article with no notes costs nothing: hashing 100 MB takes 0.1 s).
#[derive(Debug)]
pub struct Locator<'t> {
    text: &'t str,
    hash: OnceCell<String>,
    normalized: OnceCell<Normalized>,
    /// Fuzzy candidates: spans of the normalised text and their lengths in
    /// characters.
    candidates: OnceCell<Vec<(Range<usize>, usize)>>,
}

impl<'t> Locator<'t> {
    #[must_use]
    pub fn new(text: &'t str) -> Self {
        Self {
            text,
            hash: OnceCell::new(),
            normalized: OnceCell::new(),
            candidates: OnceCell::new(),
        }
    }

    /// The cascade: unchanged text, exact quote, reflowed quote, fuzzy match.
    /// `Anchored` only when the exact quote is at the stored offset.
    #[must_use]
    pub fn locate(&self, anchor: &Anchor) -> (AnchorState, Option<Range<usize>>) {
        let text = self.text;
        let at_offset = anchor.offset..anchor.offset + anchor.quote.len();
        if anchor.hash_matches(self.hash.get_or_init(|| content_hash(text)))
            && text.get(at_offset.clone()) == Some(anchor.quote.as_str())
        {
            return (AnchorState::Anchored, Some(at_offset));
        }
        if anchor.quote.trim().is_empty() {
            return (AnchorState::Orphaned, None);
        }
        match self.exact(anchor) {
            Choice::Found(range) => {
                let state = if range.start == anchor.offset {
                    AnchorState::Anchored
                } else {
                    AnchorState::Moved
                };
                return (state, Some(range));
            }
            Choice::Ambiguous => return (AnchorState::Orphaned, None),
            Choice::None => {}
        }
        let reflowed = match self.reflowed(anchor) {
            Choice::None => self.fuzzy(anchor),
            found_or_ambiguous => found_or_ambiguous,
        };
        match reflowed {
            Choice::Found(range) => (AnchorState::Moved, Some(range)),
            Choice::Ambiguous | Choice::None => (AnchorState::Orphaned, None),
        }
    }

    /// Every occurrence of the exact quote, chosen among by context.
    fn exact(&self, anchor: &Anchor) -> Choice {
        let text = self.text;
        let quote = anchor.quote.as_str();
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(i) = text.get(from..).and_then(|rest| rest.find(quote)) {
            let start = from + i;
            found.push(Candidate {
                range: start..start + quote.len(),
                context: context_agreement(text, start..start + quote.len(), &anchor.prefix, &anchor.suffix),
            });
            if found.len() > MAX_EXACT_CANDIDATES {
                return Choice::Ambiguous;
            }
            from = start + quote.chars().next().map_or(1, char::len_utf8);
        }
        choose_exact(found, anchor.offset, quote.chars().count())
    }

    /// The quote with its whitespace collapsed, found in the text with its
    /// whitespace collapsed (a paragraph rewrapped, spaces doubled).
    fn reflowed(&self, anchor: &Anchor) -> Choice {
        let norm = self.normalized();
        let quote = normalize(&anchor.quote).text;
        let quote = quote.trim();
        if quote.is_empty() {
            return Choice::None;
        }
        let prefix = normalize(&anchor.prefix).text;
        let suffix = normalize(&anchor.suffix).text;
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(i) = norm.text.get(from..).and_then(|rest| rest.find(quote)) {
            let start = from + i;
            let range = start..start + quote.len();
            found.push(Candidate {
                context: context_agreement(&norm.text, range.clone(), &prefix, &suffix),
                range: norm.original(range),
            });
            if found.len() > MAX_EXACT_CANDIDATES {
                return Choice::Ambiguous;
            }
            from = start + quote.chars().next().map_or(1, char::len_utf8);
        }
        choose_exact(found, anchor.offset, quote.chars().count())
    }

    /// The best of the sentences (and runs of up to three sentences) whose
    /// text is within 20% edits of the quote and whose context agrees on at
    /// least one side, scored on quote, context and position; never the
    /// quote's old neighbour; orphaned below the threshold or when two
    /// places tie.
    fn fuzzy(&self, anchor: &Anchor) -> Choice {
        let norm = self.normalized();
        let quote_norm = normalize(&anchor.quote).text;
        let quote: Vec<char> = quote_norm.trim().chars().collect();
        if quote.len() < MIN_FUZZY_QUOTE_CHARS || quote.len() > MAX_FUZZY_QUOTE_CHARS {
            return Choice::None;
        }
        let quote_grams = TrigramFilter::new(&quote);
        let prefix: Vec<char> = normalize(&anchor.prefix).text.chars().collect();
        let suffix: Vec<char> = normalize(&anchor.suffix).text.chars().collect();
        let text_len = self.text.len().max(1);
        let mut scored: Vec<(f64, Range<usize>, Range<usize>)> = Vec::new();
        for (span, chars) in self.candidates() {
            let longest = quote.len().max(*chars);
            let max_edits = max_edits_for(longest);
            if quote.len().abs_diff(*chars) > max_edits {
                continue;
            }
            let Some(candidate_text) = norm.text.get(span.clone()) else {
                continue;
            };
            // Near the old place, the q-gram lemma (each edit spoils at most
            // three trigrams); farther, most trigrams must be shared, which
            // keeps a search of a long article fast and lets only lightly
            // edited quotes be found far from where they were.
            let trigrams = quote.len().saturating_sub(2);
            let near = norm
                .origin
                .get(span.start)
                .is_some_and(|&at| at.abs_diff(anchor.offset) <= NEAR_BYTES);
            let needed = if near {
                trigrams.saturating_sub(3 * max_edits)
            } else {
                trigrams * FAR_SHARED_PERCENT / 100
            };
            if quote_grams.shared_with(candidate_text) < needed {
                continue;
            }
            let candidate: Vec<char> = candidate_text.chars().collect();
            let longest = quote.len().max(candidate.len());
            let max_edits = max_edits_for(longest);
            let Some(edits) = bounded_levenshtein(&quote, &candidate, max_edits) else {
                continue;
            };
            let quote_similarity = 1.0 - ratio(edits, longest);
            let before = chars_before(&norm.text, span.start, prefix.len());
            let after = chars_after(&norm.text, span.end, suffix.len());
            let (prefix_similarity, suffix_similarity) =
                (similarity(&prefix, &before), similarity(&suffix, &after));
            let context = f64::midpoint(prefix_similarity, suffix_similarity);
            if quote_similarity < MIN_QUOTE_SIMILARITY
                || prefix_similarity.max(suffix_similarity) < MIN_CONTEXT_SIMILARITY
                || is_old_neighbour(&candidate, &prefix, &suffix)
            {
                continue;
            }
            let original = norm.original(span.clone());
            let position = 1.0 - ratio(original.start.abs_diff(anchor.offset), text_len).min(1.0);
            let score = 0.6 * quote_similarity + 0.3 * context + 0.1 * position;
            scored.push((score, span.clone(), original));
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let Some((best_score, best_span, best_original)) = scored.first().cloned() else {
            return Choice::None;
        };
        let rival = scored
            .iter()
            .skip(1)
            .find(|(_, span, _)| span.end <= best_span.start || span.start >= best_span.end);
        match rival {
            Some((score, _, _)) if best_score - score < FUZZY_TIE_MARGIN => Choice::Ambiguous,
            _ => Choice::Found(best_original),
        }
    }

    fn normalized(&self) -> &Normalized {
        self.normalized.get_or_init(|| normalize(self.text))
    }

    /// Sentence spans of the normalised text (trimmed), and runs of up to
    /// [`MAX_SENTENCES_PER_CANDIDATE`] consecutive sentences of a paragraph.
    fn candidates(&self) -> &[(Range<usize>, usize)] {
        self.candidates.get_or_init(|| {
            let text = &self.normalized().text;
            let mut spans = Vec::new();
            let mut paragraph_start = 0;
            for paragraph in text.split("\n\n") {
                let range = paragraph_start..paragraph_start + paragraph.len();
                paragraph_start = range.end + 2;
                let found: Vec<Range<usize>> = sentences(text, range)
                    .into_iter()
                    .filter_map(|s| trim_range(text, s))
                    .collect();
                let chars: Vec<usize> = found
                    .iter()
                    .map(|r| text.get(r.clone()).map_or(0, |s| s.chars().count()))
                    .collect();
                for i in 0..found.len() {
                    let mut run_chars = 0;
                    for (j, run) in found.iter().enumerate().skip(i).take(MAX_SENTENCES_PER_CANDIDATE) {
                        // Sentences of a run are one space apart.
                        run_chars += chars[j] + usize::from(j > i);
                        spans.push((found[i].start..run.end, run_chars));
                    }
                }
            }
            spans
        })
    }
}

impl Anchor {
    fn hash_matches(&self, hash: &str) -> bool {
        !self.content_hash.is_empty() && self.content_hash == hash
    }
}

/// An occurrence of a quote and how many characters of its context agree.
struct Candidate {
    range: Range<usize>,
    context: usize,
}

enum Choice {
    Found(Range<usize>),
    /// Several places fit equally: the caller orphans rather than guesses.
    Ambiguous,
    None,
}

/// Among exact occurrences: the one whose context agrees most (by at least
/// [`CONTEXT_MARGIN`] characters); on a tie, the
/// one at the stored offset, or one clearly nearer to it than the others
/// (less than half the distance); else ambiguous. A short quote is trusted
/// only with some context agreeing.
fn choose_exact(mut found: Vec<Candidate>, offset: usize, quote_chars: usize) -> Choice {
    let Some(best_context) = found.iter().map(|c| c.context).max() else {
        return Choice::None;
    };
    if quote_chars < MIN_BARE_QUOTE_CHARS && best_context < MIN_SHORT_QUOTE_CONTEXT {
        return Choice::None;
    }
    found.retain(|c| c.context + CONTEXT_MARGIN > best_context);
    found.sort_by_key(|c| c.range.start.abs_diff(offset));
    match found.as_slice() {
        [] => Choice::None,
        [only] => Choice::Found(only.range.clone()),
        [nearest, second, ..] => {
            let near = nearest.range.start.abs_diff(offset);
            let far = second.range.start.abs_diff(offset);
            if near == 0 || near.saturating_mul(2) < far {
                Choice::Found(nearest.range.clone())
            } else {
                Choice::Ambiguous
            }
        }
    }
}

/// Whether a fuzzy candidate is the text that used to stand right before or
/// after the quote (the quote deleted, its look-alike neighbour left): the
/// candidate starts with the old suffix or ends with the old prefix.
fn is_old_neighbour(candidate: &[char], prefix: &[char], suffix: &[char]) -> bool {
    let trim = |s: &[char]| -> Vec<char> {
        let start = s.iter().position(|c| !c.is_whitespace()).unwrap_or(s.len());
        let end = s
            .iter()
            .rposition(|c| !c.is_whitespace())
            .map_or(start, |i| i + 1);
        s.get(start..end).unwrap_or_default().to_vec()
    };
    let (prefix, suffix) = (trim(prefix), trim(suffix));
    let head = &suffix[..suffix.len().min(NEIGHBOUR_CHARS)];
    let tail = &prefix[prefix.len().saturating_sub(NEIGHBOUR_CHARS)..];
    (head.len() >= MIN_NEIGHBOUR_CHARS && candidate.starts_with(head))
        || (tail.len() >= MIN_NEIGHBOUR_CHARS && candidate.ends_with(tail))
}

/// Characters of `prefix` that end right before `range`, plus characters of
/// `suffix` that start right after it.
fn context_agreement(text: &str, range: Range<usize>, prefix: &str, suffix: &str) -> usize {
    let before = text.get(..range.start).unwrap_or("");
    let after = text.get(range.end..).unwrap_or("");
    let prefix_agrees = before
        .chars()
        .rev()
        .zip(prefix.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix_agrees = after
        .chars()
        .zip(suffix.chars())
        .take_while(|(a, b)| a == b)
        .count();
    prefix_agrees + suffix_agrees
}

/// A text with whitespace runs collapsed (to one space, or to a blank line
/// when the run holds one), and for each of its bytes the byte of the
/// original it came from.
#[derive(Debug)]
struct Normalized {
    text: String,
    origin: Vec<usize>,
}

impl Normalized {
    /// The original range of a normalised range that starts and ends on
    /// non-whitespace.
    fn original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.origin.get(range.start).copied().unwrap_or(0);
        let last = self
            .text
            .get(range.clone())
            .and_then(|s| s.char_indices().next_back())
            .map(|(i, c)| (range.start + i, c.len_utf8()));
        let end = last.map_or(start, |(i, len)| {
            self.origin.get(i).copied().unwrap_or(start) + len
        });
        start..end
    }
}

fn normalize(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut run: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            let newlines = usize::from(c == '\n');
            run = Some(run.map_or((i, newlines), |(start, n)| (start, n + newlines)));
            continue;
        }
        if let Some((start, newlines)) = run.take() {
            let gap = if newlines >= 2 { "\n\n" } else { " " };
            out.push_str(gap);
            origin.extend(std::iter::repeat_n(start, gap.len()));
        }
        out.push(c);
        origin.extend(i..i + c.len_utf8());
    }
    if let Some((start, _)) = run {
        out.push(' ');
        origin.push(start);
    }
    Normalized { text: out, origin }
}

fn trim_range(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = text.get(range.clone())?;
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    (start < end).then_some(start..end)
}

fn chars_before(text: &str, at: usize, n: usize) -> Vec<char> {
    let mut before: Vec<char> = text.get(..at).unwrap_or("").chars().rev().take(n).collect();
    before.reverse();
    before
}

fn chars_after(text: &str, at: usize, n: usize) -> Vec<char> {
    text.get(at..).unwrap_or("").chars().take(n).collect()
}

/// Edits allowed for a fuzzy match between texts whose longer is `longest`
/// characters: 20%.
fn max_edits_for(longest: usize) -> usize {
    longest / 5
}

#[allow(clippy::cast_precision_loss)] // lengths far below 2^52
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// 1 − normalised edit distance; two empty contexts agree.
fn similarity(a: &[char], b: &[char]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    bounded_levenshtein(a, b, longest).map_or(0.0, |d| 1.0 - ratio(d, longest))
}

/// The quote's trigrams as bits of a 64 Kibit set: counting a candidate's
/// trigrams found in it is a prefilter that needs no allocation (a false
/// hit only lets a candidate through to the exact distance).
struct TrigramFilter {
    bits: Vec<u64>,
}

impl TrigramFilter {
    const BITS: usize = 1 << 16;

    fn new(chars: &[char]) -> Self {
        let mut bits = vec![0u64; Self::BITS / 64];
        for w in chars.windows(3) {
            let bit = Self::bit(w[0], w[1], w[2]);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        Self { bits }
    }

    fn bit(a: char, b: char, c: char) -> usize {
        let h = (u64::from(a).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ u64::from(b))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ^ u64::from(c);
        // The top 16 bits of the mixed hash.
        usize::try_from(h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48).unwrap_or(0)
    }

    /// How many of `text`'s trigrams (with repeats) are in the set.
    fn shared_with(&self, text: &str) -> usize {
        let mut chars = text.chars();
        let (Some(mut a), Some(mut b)) = (chars.next(), chars.next()) else {
            return 0;
        };
        let mut shared = 0;
        for c in chars {
            let bit = Self::bit(a, b, c);
            shared += usize::from(self.bits[bit / 64] & (1 << (bit % 64)) != 0);
            (a, b) = (b, c);
        }
        shared
    }
}

/// Levenshtein distance of `a` and `b` if it is at most `limit`; computed in
/// a band of width `2·limit + 1`, so O(len·limit).
fn bounded_levenshtein(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let over = limit + 1;
    let mut previous: Vec<usize> = (0..=b.len()).map(|j| j.min(over)).collect();
    let mut current = vec![over; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        let row = i + 1;
        let lo = row.saturating_sub(limit);
        let hi = (row + limit).min(b.len());
        current.fill(over);
        if lo == 0 {
            current[0] = row.min(over);
        }
        let mut row_min = current[0];
        for j in lo.max(1)..=hi {
            let substitution = previous[j - 1] + usize::from(ca != b[j - 1]);
            let deletion = previous[j] + 1;
            let insertion = current[j - 1] + 1;
            let cell = substitution.min(deletion).min(insertion).min(over);
            current[j] = cell;
            row_min = row_min.min(cell);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.get(b.len()).copied().filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The ferry ran twice a day until 1958. Its last captain kept a log of every \
crossing. The log was lost in a fire in 1971, or so the museum says. A copy survives in the \
county archive.\n\nNobody has checked the copy against the museum's account.";

    fn anchor_on(text: &str, quote: &str) -> Anchor {
        let start = text.find(quote).unwrap();
        anchor_for(text, start..start + quote.len())
    }

    #[test]
    fn content_hash_is_fixed_fnv1a() {
        for (text, hash) in [
            ("", "cbf29ce484222325"),
            ("a", "af63dc4c8601ec8c"),
            ("foobar", "85944171f73967e8"),
        ] {
            assert_eq!(content_hash(text), hash, "{text:?}");
        }
    }

    #[test]
    fn anchor_keeps_32_chars_of_context_on_char_boundaries() {
        let text = format!("{}{}{}", "é".repeat(40), "QUOTE", "ü".repeat(40));
        let start = text.find("QUOTE").unwrap();
        let a = anchor_for(&text, start..start + 5);
        assert_eq!(a.quote, "QUOTE");
        assert_eq!(a.prefix, "é".repeat(32));
        assert_eq!(a.suffix, "ü".repeat(32));
        assert_eq!(a.offset, start);
        // A range inside a character is narrowed to its boundary.
        let b = anchor_for("aé b", 2..4);
        assert_eq!((b.quote.as_str(), b.offset), ("é ", 1));
        // Short context at the text's ends.
        let c = anchor_for("ab", 0..1);
        assert_eq!((c.prefix.as_str(), c.suffix.as_str()), ("", "b"));
    }

    #[test]
    fn cascade_cases() {
        let quote = "Its last captain kept a log of every crossing.";
        let anchor = anchor_on(TEXT, quote);
        let moved = format!("A new opening sentence. {TEXT}");
        let edited = TEXT.replace("Its last captain kept a log", "Its final captain kept a log");
        let reflowed = TEXT.replace("kept a log of every", "kept a log\nof every");
        let deleted = TEXT.replace(quote, "");
        let rewritten = TEXT.replace(quote, "Nobody knows who commanded it at the end.");
        let edited_below = TEXT.replace("Nobody", "No one");
        let table: [(&str, &str, AnchorState, Option<&str>); 7] = [
            (
                "unchanged text uses the offset",
                TEXT,
                AnchorState::Anchored,
                Some(quote),
            ),
            (
                "an edit below keeps it in place",
                &edited_below,
                AnchorState::Anchored,
                Some(quote),
            ),
            (
                "an insertion above moves it",
                &moved,
                AnchorState::Moved,
                Some(quote),
            ),
            (
                "a word changed inside is found fuzzily",
                &edited,
                AnchorState::Moved,
                Some("Its final captain kept a log of every crossing."),
            ),
            (
                "a line break inside is found",
                &reflowed,
                AnchorState::Moved,
                Some("Its last captain kept a log\nof every crossing."),
            ),
            (
                "a deleted sentence is orphaned",
                &deleted,
                AnchorState::Orphaned,
                None,
            ),
            (
                "a rewritten sentence is orphaned",
                &rewritten,
                AnchorState::Orphaned,
                None,
            ),
        ];
        for (name, text, state, expected) in table {
            let (got_state, range) = locate(text, &anchor);
            assert_eq!(got_state, state, "{name}");
            assert_eq!(range.map(|r| &text[r]), expected, "{name}");
        }
    }

    #[test]
    fn duplicated_quote_goes_to_the_copy_whose_context_agrees() {
        let quote = "The log was lost in a fire in 1971, or so the museum says.";
        let anchor = anchor_on(TEXT, quote);
        let text = format!("Summary first. {quote} Then the story.\n\n{TEXT}");
        let (state, range) = locate(&text, &anchor);
        assert_eq!(state, AnchorState::Moved);
        assert_eq!(range.unwrap().start, text.rfind(quote).unwrap());
    }

    #[test]
    fn copies_that_context_and_position_cannot_split_are_orphaned() {
        let anchor = anchor_on(
            "xx Same words here, twice over. yy",
            "Same words here, twice over.",
        );
        let text = "aa Same words here, twice over. bb Same words here, twice over. cc";
        let mut far = anchor.clone();
        far.offset = 19; // equidistant from both copies (3 and 35)
        assert_eq!(locate(text, &far), (AnchorState::Orphaned, None));
    }

    #[test]
    fn short_quote_found_once_without_context_is_not_trusted() {
        let anchor = anchor_on("Before. Yes. After.", "Yes.");
        assert_eq!(
            locate("Something else entirely. Yes. No.", &anchor).0,
            AnchorState::Orphaned
        );
        assert_eq!(
            locate("Something. Before. Yes. After.", &anchor).0,
            AnchorState::Moved
        );
    }

    #[test]
    fn a_deleted_sentence_is_not_moved_onto_its_look_alike_neighbour() {
        let text = "The gulls came back. The survey counted 412 nesting pairs on the rock in 1898. \
The survey counted 389 nesting pairs on the rock in 1904. Nobody counted again.";
        let anchor = anchor_on(text, "The survey counted 412 nesting pairs on the rock in 1898.");
        let deleted = text.replace("The survey counted 412 nesting pairs on the rock in 1898. ", "");
        assert_eq!(locate(&deleted, &anchor), (AnchorState::Orphaned, None));
        let far =
            format!("{deleted}\n\nElsewhere: the survey counted 412 nesting pairs on the rock in 1899.");
        assert_eq!(
            locate(&far, &anchor),
            (AnchorState::Orphaned, None),
            "no context agrees"
        );
    }

    #[test]
    fn bounded_levenshtein_table() {
        let cases = [
            ("kitten", "sitting", 3, Some(3)),
            ("kitten", "sitting", 2, None),
            ("", "abc", 3, Some(3)),
            ("abc", "abc", 0, Some(0)),
            ("flaw", "lawn", 2, Some(2)),
            ("abcdef", "ab", 3, None),
        ];
        for (a, b, limit, expected) in cases {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            assert_eq!(
                bounded_levenshtein(&a, &b, limit),
                expected,
                "{a:?} {b:?} {limit}"
            );
        }
    }

    #[test]
    fn normalized_maps_back_to_original_ranges() {
        let text = "a  b\n\n\nc é\td";
        let n = normalize(text);
        assert_eq!(n.text, "a b\n\nc é d");
        let at = n.text.find("c é d").unwrap();
        assert_eq!(&text[n.original(at..at + "c é d".len())], "c é\td");
    }
}
