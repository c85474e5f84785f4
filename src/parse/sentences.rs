//! Sentence boundaries inside a block, for the claim a marker supports.
//!
//! Owns: splitting with Unicode's sentence rules (`parse::sentence_bounds`),
//! line breaks read as the wrapping they are, and the repairs footnoted
//! prose needs: a marker after the full stop (`."[3]`) belongs to the
//! sentence before it, and abbreviations (`Dr.`, `p.`, `e.g.`, initials) do
//! not end a sentence. Must not: know about references.

use std::ops::Range;
use std::sync::LazyLock;

use super::markers::{enclosed_marker_len, markup, opening_at, superscript_digit};
use super::sentence_bounds::sentence_starts;

/// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "cf", "p", "pp", "vol",
    "no", "fig", "ed", "eds", "al", "gen", "col", "lt", "sgt", "rev", "hon", "gov", "sen", "rep", "inc",
    "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "ca", "approx", "op", "ibid",
];

/// [`ABBREVIATIONS`] for lookups (none is longer than 8 bytes).
static ABBREVIATION_SET: LazyLock<foldhash::HashSet<&'static str>> =
    LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());

/// Longest sentence kept whole, in bytes. Text with no sentence end (a
/// 3 MB line of words) is cut into pieces of at most this length, after a
/// space where there is one, so that what a marker quotes as its sentence
/// (in JSON, in the reader) stays small however long the line.
pub const MAX_SENTENCE_BYTES: usize = 1024;

/// The sentences of `text[range]`, as ranges of `text` that cover it; none
/// longer than [`MAX_SENTENCE_BYTES`].
#[must_use]
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    sentences_around(text, range, &[])
}

/// [`sentences`], with `found`, ranges of `text` holding markers that
/// only the marker finder tells from other numbers: superscripts saved as
/// plain digits (`performance.2 Deliberate`) and numbers in parentheses
/// (`the Republic. (12) And`). Each ends the sentence before it.
#[must_use]
pub fn sentences_around(text: &str, range: Range<usize>, found: &[Range<usize>]) -> Vec<Range<usize>> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut markers = marker_spans(slice);
    let found: Vec<Range<usize>> = found
        .iter()
        .map(|d| d.start - range.start..d.end - range.start)
        .collect();
    if !found.is_empty() {
        markers.extend(found.iter().cloned());
        markers.sort_by_key(|m| m.start);
    }
    // The finder gives its markers in order.
    let found_at = |at: usize| {
        found
            .binary_search_by_key(&at, |m| m.start)
            .ok()
            .and_then(|k| found.get(k))
            .map(ExactSizeIterator::len)
    };
    // A block's line breaks are where its text was wrapped, not where
    // sentences end (Unicode's rules end one at each): read as spaces.
    let unwrapped = memchr::memchr2(b'\n', b'\r', slice.as_bytes()).map(|_| slice.replace(['\n', '\r'], " "));
    let read = unwrapped.as_deref().unwrap_or(slice);
    let mut bounds = match without_marker_markup(read, &markers) {
        Some(masked) => sentence_starts(&masked),
        None => sentence_starts(read),
    };
    for bound in &mut bounds {
        // A bound inside a marker (Unicode puts one after `.[`) moves to
        // the marker's start.
        let k = markers.partition_point(|m| m.end <= *bound);
        if let Some(m) = markers.get(k).filter(|m| m.start < *bound) {
            *bound = m.start;
        }
    }
    bounds.push(slice.len());
    bounds.dedup();
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(bounds.len());
    for pair in bounds.windows(2) {
        let (mut start, end) = (pair[0], pair[1]);
        if let Some(previous) = merged.last_mut() {
            let prev_text = slice.get(previous.clone()).unwrap_or("");
            let this_text = slice.get(start..end).unwrap_or("");
            if ends_with_abbreviation(prev_text)
                && !starts_new_paragraph(prev_text)
                && starts_lower_or_name(this_text)
            {
                previous.end = end;
                continue;
            }
            // A closing guillemet set off by a space (`… lendemain. »`), and
            // markers and closing quotes, at the start of this piece belong
            // to the sentence before it.
            let guillemet = this_text.strip_prefix(['»', '›']).map_or(0, |rest| {
                this_text.len() - rest.trim_start_matches([' ', '\u{a0}']).len()
            });
            let lead = guillemet
                + leading_markers(this_text.get(guillemet..).unwrap_or(""), |at| {
                    found_at(start + guillemet + at)
                });
            if lead > 0 {
                previous.end = start + lead;
                start += lead;
                if slice.get(start..end).is_none_or(|s| s.trim().is_empty()) {
                    previous.end = end;
                    continue;
                }
            }
        }
        merged.push(start..end);
    }
    let mut pieces = Vec::with_capacity(merged.len());
    for sentence in merged {
        split_long(slice, sentence, range.start, &mut pieces);
    }
    pieces
}

/// Pushes `r` cut into pieces of at most [`MAX_SENTENCE_BYTES`], each ending
/// after the last space that fits, else at the last character boundary that
/// fits, to `pieces`, moved by `offset`.
fn split_long(slice: &str, r: Range<usize>, offset: usize, pieces: &mut Vec<Range<usize>>) {
    let mut start = r.start;
    while r.end - start > MAX_SENTENCE_BYTES {
        let mut cut = slice.floor_char_boundary(start + MAX_SENTENCE_BYTES);
        let window = slice.get(start..cut).unwrap_or("");
        if let Some(space) = window.rfind(char::is_whitespace).filter(|&i| i > 0) {
            let after = window
                .get(space..)
                .and_then(|w| w.chars().next())
                .map_or(1, char::len_utf8);
            cut = start + space + after;
        }
        pieces.push(offset + start..offset + cut);
        start = cut;
    }
    pieces.push(offset + start..offset + r.end);
}

/// Ranges of the bracket, HTML superscript and caret markers in `s`, in
/// order.
fn marker_spans(s: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    for i in memchr::memchr3_iter(b'[', b'<', b'^', s.as_bytes()) {
        // The `^` of `[^1]` is inside the marker already found.
        if spans.last().is_some_and(|m: &Range<usize>| i < m.end) {
            continue;
        }
        let i = opening_at(s, i);
        let rest = s.get(i..).unwrap_or("");
        let len = enclosed_marker_len(rest).or_else(|| footnote_reference_len(rest));
        if let Some(len) = len {
            spans.push(i..i + len);
        }
    }
    spans
}

/// `s` with the markup of its markers blanked out: link targets
/// (`[1](#footnote-1)`) and HTML tags (`<sup>1</sup>`), so that Unicode's
/// rules read `cliffs.[1](#footnote-1) The` and `cliffs.<sup>1</sup> The`
/// as they read `cliffs.[1] The` (the markup's lower-case letters would
/// otherwise keep the sentence going). Superscripts saved as digits are
/// blanked too, and the letters of `[a]` read as digits; `None` when there
/// is nothing to change.
fn without_marker_markup(s: &str, markers: &[Range<usize>]) -> Option<String> {
    let markup: Vec<Range<usize>> = markers
        .iter()
        .flat_map(|m| {
            markup(s.get(m.clone()).unwrap_or_default()).map(|r| m.start + r.start..m.start + r.end)
        })
        .filter(|r| !r.is_empty())
        .collect();
    // A superscript saved as digits is blanked out, as markup is.
    let markup: Vec<Range<usize>> = markup
        .into_iter()
        .chain(
            markers
                .iter()
                .filter(|m| s.as_bytes().get(m.start).is_some_and(u8::is_ascii_digit))
                .cloned(),
        )
        .collect();
    // The letters of a wiki's `[a]`, which would keep the sentence going
    // as markup's do, are read as a number's digits.
    let letters: Vec<Range<usize>> = markers
        .iter()
        .filter(|m| {
            let bytes = s.as_bytes();
            bytes.get(m.start) == Some(&b'[') && bytes.get(m.start + 1).is_some_and(u8::is_ascii_lowercase)
        })
        .map(|m| m.start + 1..m.end - 1)
        .collect();
    if markup.is_empty() && letters.is_empty() {
        return None;
    }
    let mut bytes = s.as_bytes().to_vec();
    for range in markup {
        bytes.get_mut(range).into_iter().flatten().for_each(|b| *b = b' ');
    }
    for range in letters {
        bytes.get_mut(range).into_iter().flatten().for_each(|b| *b = b'0');
    }
    String::from_utf8(bytes).ok()
}

/// The sentence of `sentences` that holds `offset`.
#[must_use]
pub fn sentence_at(sentences: &[Range<usize>], offset: usize) -> Option<Range<usize>> {
    let i = sentences.partition_point(|s| s.end <= offset);
    sentences.get(i).cloned()
}

/// Length of the markers (and spaces and closing quotes around them) at the
/// start of `s`; zero when it does not start with a marker. `found` gives
/// the length of a marker only the finder knows at an offset of `s`.
fn leading_markers(s: &str, found: impl Fn(usize) -> Option<usize>) -> usize {
    let mut at = 0;
    let mut saw_marker = false;
    loop {
        let rest = s.get(at..).unwrap_or("");
        let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let after = rest.get(spaces..).unwrap_or("");
        if let Some(len) = enclosed_marker_len(after)
            .or_else(|| footnote_reference_len(after))
            .or_else(|| found(at + spaces))
        {
            at += spaces + len;
            saw_marker = true;
        } else if let Some(c) = after
            .chars()
            .next()
            .filter(|&c| superscript_digit(c).is_some() || (saw_marker && matches!(c, '.' | ',' | ';')))
        {
            at += spaces + c.len_utf8();
            saw_marker |= superscript_digit(c).is_some();
        } else {
            return if saw_marker { at } else { 0 };
        }
    }
}

/// `[^label]` at the start of `s`: its length.
fn footnote_reference_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("[^")?;
    let close = rest.find(']')?;
    (close > 0 && !rest.get(..close)?.contains(char::is_whitespace)).then_some(close + 3)
}

fn ends_with_abbreviation(s: &str) -> bool {
    let t = s.trim_end();
    let Some(before_dot) = t.strip_suffix('.') else {
        return false;
    };
    let word = before_dot
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.is_ascii() {
        // The same test without lower-casing into a new string: ASCII
        // lower-casing keeps the length, and no abbreviation is longer than
        // the buffer.
        let mut lower = [0u8; 8];
        let Some(lower) = lower.get_mut(..word.len()) else {
            return false;
        };
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).unwrap_or_default();
        return ABBREVIATION_SET.contains(lower)
            || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic()));
    }
    let word = word.to_lowercase();
    ABBREVIATIONS.contains(&word.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
}

fn starts_new_paragraph(s: &str) -> bool {
    s.ends_with("\n\n")
}

/// After an abbreviation, the sentence goes on when the next word is lower
/// case, a number, or a capitalised name (`Dr. Smith`, `J. R. Tolkien`).
fn starts_lower_or_name(s: &str) -> bool {
    let Some(first) = s.split_whitespace().next() else {
        return false;
    };
    let c = first.chars().next().unwrap_or(' ');
    c.is_lowercase()
        || c.is_ascii_digit()
        || (c.is_uppercase()
            && first.len() <= 12
            && !matches!(first, "The" | "A" | "An" | "In" | "It" | "This" | "But" | "And"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, 0..text.len())
            .into_iter()
            .map(|r| text[r].trim())
            .collect()
    }

    #[test]
    fn marker_after_full_stop_stays_with_its_sentence() {
        assert_eq!(
            split("He said it.[1] Then left."),
            ["He said it.[1]", "Then left."]
        );
        assert_eq!(split("“It was done.” [2] Then."), ["“It was done.” [2]", "Then."]);
        assert_eq!(
            split("It was done. [3][4] Then."),
            ["It was done. [3][4]", "Then."]
        );
        assert_eq!(split("Done.¹ Then."), ["Done.¹", "Then."]);
        assert_eq!(split("Done.<sup>2</sup> Then."), ["Done.<sup>2</sup>", "Then."]);
        assert_eq!(split("Done.^2 Then.^3^ Now."), ["Done.^2", "Then.^3^", "Now."]);
        assert_eq!(split("Done.[^4] Then."), ["Done.[^4]", "Then."]);
        // A wiki's lettered note after a numbered one.
        assert_eq!(split("Done.[1][a] Then."), ["Done.[1][a]", "Then."]);
        // A link inside the superscript.
        assert_eq!(
            split("Done.<sup><a href=\"#fn2\">2</a></sup> Then."),
            ["Done.<sup><a href=\"#fn2\">2</a></sup>", "Then."]
        );
    }

    #[test]
    fn a_number_in_parentheses_the_finder_read_as_a_marker_ends_the_sentence_before_it() {
        let text = "The lobby wants a war. (12) And the group agrees.";
        let at = text.find("(12)").unwrap();
        let marker = Range {
            start: at,
            end: at + "(12)".len(),
        };
        let pieces: Vec<&str> = sentences_around(text, 0..text.len(), std::slice::from_ref(&marker))
            .into_iter()
            .map(|r| text[r].trim())
            .collect();
        assert_eq!(pieces, ["The lobby wants a war. (12)", "And the group agrees."]);
        // Not read as a marker, it opens the next sentence.
        assert_eq!(
            split(text),
            ["The lobby wants a war.", "(12) And the group agrees."]
        );
    }

    #[test]
    fn a_marker_linking_to_its_note_ends_the_sentence_like_any_marker() {
        assert_eq!(
            split("He said it.[1](#footnote-1) Then left.[2](#footnote-2)"),
            ["He said it.[1](#footnote-1)", "Then left.[2](#footnote-2)"]
        );
    }

    #[test]
    fn abbreviations_fit_the_lower_case_buffer() {
        assert!(
            ABBREVIATIONS
                .iter()
                .all(|a| a.len() <= 8 && *a == a.to_lowercase())
        );
    }

    #[test]
    fn a_hard_wrapped_sentence_runs_across_its_line_breaks() {
        assert_eq!(
            split(
                "Carlyle wrote of books in his\nlectures on heroes,[4] and there are few\nsentences of his that have lasted. Next one."
            ),
            [
                "Carlyle wrote of books in his\nlectures on heroes,[4] and there are few\nsentences of his that have lasted.",
                "Next one."
            ]
        );
    }

    #[test]
    fn a_closing_guillemet_after_a_space_ends_its_sentence() {
        assert_eq!(
            split("Il écrit : « Un livre sans lendemain. »[4] Le livre reste."),
            ["Il écrit : « Un livre sans lendemain. »[4]", "Le livre reste."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Dr. Smith met the U.S. envoy on p. 4 of the report. Next."),
            ["Dr. Smith met the U.S. envoy on p. 4 of the report.", "Next."]
        );
        assert_eq!(
            split("It was J. R. Tolkien who wrote it. Yes."),
            ["It was J. R. Tolkien who wrote it.", "Yes."]
        );
    }

    #[test]
    fn claims_are_not_split_or_misplaced() {
        let table: &[(&str, &[&str])] = &[
            (
                "The U.S. Government agreed. Then it stopped.",
                &["The U.S. Government agreed.", "Then it stopped."],
            ),
            (
                "Officials in the U.S. said so. Others did not.",
                &["Officials in the U.S. said so.", "Others did not."],
            ),
            (
                "Some fruit, e.g. apples, were sold. Others rotted.",
                &["Some fruit, e.g. apples, were sold.", "Others rotted."],
            ),
            (
                "Mr. Smith met Dr. Jones. They talked.",
                &["Mr. Smith met Dr. Jones.", "They talked."],
            ),
            (
                "See Fig. 2 and No. 5 for details. Then stop.",
                &["See Fig. 2 and No. 5 for details.", "Then stop."],
            ),
            (
                "He said \"it is over.\"[3] Then he left.",
                &["He said \"it is over.\"[3]", "Then he left."],
            ),
            (
                "He asked “why?”[4] Nobody answered.",
                &["He asked “why?”[4]", "Nobody answered."],
            ),
            (
                "The cost was 3.5 million. Next one.",
                &["The cost was 3.5 million.", "Next one."],
            ),
            (
                "It ended in 1998.[12][13] After that, silence.",
                &["It ended in 1998.[12][13]", "After that, silence."],
            ),
            (
                "The report [sic] was wrong. Next.",
                &["The report [sic] was wrong.", "Next."],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(&split(text), expected, "{text}");
        }
    }

    #[test]
    fn text_without_a_sentence_end_is_cut_after_spaces() {
        let text = "word ".repeat(1000);
        let all = sentences(&text, 0..text.len());
        assert!(all.len() > 1, "one sentence of {} bytes", text.len());
        assert!(all.iter().all(|r| r.len() <= MAX_SENTENCE_BYTES), "{all:?}");
        assert!(
            all.windows(2).all(|w| w[0].end == w[1].start),
            "pieces cover the text"
        );
        assert!(
            all.iter().all(|r| text[r.clone()].ends_with(' ')),
            "cut after a space"
        );
        assert_eq!(all.last().map(|r| r.end), Some(text.len()));
    }

    #[test]
    fn a_long_word_is_cut_on_a_char_boundary() {
        let text = "é".repeat(2000);
        let all = sentences(&text, 0..text.len());
        assert!(
            all.iter()
                .all(|r| r.len() <= MAX_SENTENCE_BYTES && text.get(r.clone()).is_some())
        );
        assert_eq!(all.last().map(|r| r.end), Some(text.len()));
    }

    #[test]
    fn sentence_at_finds_the_one_holding_an_offset() {
        let text = "One. Two[1]. Three.";
        let all = sentences(text, 0..text.len());
        let at = sentence_at(&all, text.find("[1]").unwrap()).unwrap();
        assert_eq!(text[at].trim(), "Two[1].");
    }
}
