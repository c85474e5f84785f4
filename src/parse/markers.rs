//! Footnote markers in body text: `[n]`, `[n, m]`, `[n-m]`, `[n–m]`,
//! Unicode superscript digits, HTML `<sup>n</sup>`, `^n` (and Pandoc's
//! `^n^`), `(n)` after a list labelled so, and superscripts saved as plain
//! digits.
//!
//! Owns: recognising a marker and the numbers it cites, and telling markers
//! from editorial brackets (`[sic]`, `[…]`, `[the MKO]`) and stray numbers (a
//! year such as `[1998]`) by what the reference list explains. Must not:
//! resolve numbers to entries.

use std::ops::Range;

use compact_str::ToCompactString;

use super::reflist::{EntryStyle, link_target_len};

/// Fewest letters of a word a superscript past the list's end may follow
/// before a sentence's stop (`events³.`): units are shorter (`sec²`).
const PROSE_WORD: usize = 4;

/// A range `[n-m]` longer than this is not expanded (and not a marker).
const MAX_RANGE_SPAN: u64 = 200;

/// What the reference list explains, to decide which bracketed numbers are
/// markers.
#[derive(Debug, Clone, Default)]
pub struct KnownNumbers {
    pub numbers: foldhash::HashSet<u64>,
    pub max: Option<u64>,
    /// How many lettered notes there are (a wiki's `a`, `b`…): `[a]` is a
    /// marker only when some are.
    pub letters: usize,
}

impl KnownNumbers {
    /// Whether `n` reads as a citation: an entry's number, or a number just
    /// past the end of the list (a missing entry); never a year-like number
    /// that the list does not have.
    #[must_use]
    pub fn accepts(&self, n: u64) -> bool {
        if self.numbers.contains(&n) {
            return true;
        }
        match self.max {
            Some(max) => n >= 1 && n <= max.saturating_add((max / 4).max(3)),
            None => (1..1000).contains(&n),
        }
    }
}

/// A lettered marker at `at` of `s`, as a wiki cites its notes
/// (`people.[a]`, `word[b]`): one or two lower-case letters in brackets,
/// glued to what they follow, with no letter or digit after (`[a]ll` is an
/// editor's). Its length and its letters.
#[must_use]
pub fn lettered_marker(s: &[u8], at: usize) -> Option<(usize, &str)> {
    let glued = at
        .checked_sub(1)
        .and_then(|p| s.get(p))
        .is_some_and(|b| !b.is_ascii_whitespace());
    let len = lettered_len(s.get(at..)?)?;
    let letters = std::str::from_utf8(s.get(at + 1..at + len - 1)?).ok()?;
    glued.then_some((len, letters))
}

/// The length of `[a]` to `[zz]` at the start of `s` when no letter or
/// digit follows it.
fn lettered_len(s: &[u8]) -> Option<usize> {
    let letters = s
        .get(1..)?
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let close = 1 + letters;
    let after = s.get(close + 1);
    ((1..=2).contains(&letters) && s.first() == Some(&b'[') && s.get(close) == Some(&b']'))
        .then_some(close + 1)
        .filter(|_| !after.is_some_and(u8::is_ascii_alphanumeric))
}

/// The place of a note's letters in a lettered list: `a` is 0, `z` 25,
/// `aa` 26.
fn letter_index(letters: &str) -> usize {
    letters
        .bytes()
        .fold(0, |index, b| index * 26 + usize::from(b - b'a') + 1)
        - 1
}

/// A marker found in text: its range and the labels it cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundMarker {
    pub range: Range<usize>,
    pub labels: crate::article::Labels,
}

/// Whether text ends with a name as code writes it, glued to what follows:
/// one or two lower-case letters that are no English word (`x`, `xs`), or
/// a word with `_` or a call or field before it (`row_sums`, `f(x).a`).
fn ends_with_code_name(before: &str) -> bool {
    const SHORT_WORDS: &[&str] = &[
        "a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
        "no", "of", "on", "or", "so", "to", "up", "us", "we",
    ];
    let name_len = before
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b')' | b'('))
        .count();
    let name = before.get(before.len() - name_len..).unwrap_or("");
    // The end of a word with letters beyond ASCII (`durée`) is prose.
    if before
        .get(..before.len() - name_len)
        .and_then(|b| b.chars().next_back())
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let letters = name.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    let short = (1..=2).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_lowercase())
        && !SHORT_WORDS.contains(&letters);
    // `row_sums`, `f(x)`, `self.items`; not `(in French)`, `U.S.`, `e.g.`.
    let b = letters.as_bytes();
    let joined = b.iter().enumerate().any(|(k, &c)| {
        let before = k
            .checked_sub(1)
            .and_then(|p| b.get(p))
            .is_some_and(u8::is_ascii_alphanumeric);
        let field = b
            .get(k + 1..k + 3)
            .is_some_and(|f| f.iter().all(u8::is_ascii_lowercase));
        c == b'_' || (c == b'(' && before) || (c == b'.' && before && field)
    });
    !letters.is_empty() && letters.starts_with(|c: char| c.is_ascii_alphabetic()) && (short || joined)
}

/// Finds the markers in `text[range]` of an article whose reference list
/// is labelled in `style`. Superscripts count only when the list is
/// numbered, and `(n)` only when its entries are labelled so; then `n`
/// must be an entry's number, since parentheses hold numbers in prose.
#[must_use]
pub fn find_markers(
    text: &str,
    range: Range<usize>,
    known: &KnownNumbers,
    style: EntryStyle,
) -> Vec<FoundMarker> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let bytes = slice.as_bytes();
    // A marker starts with `[` (or `(`), or with a superscript digit, which
    // starts with 0xC2 (`¹²³`) or 0xE2 (`⁰⁴`…`⁹`): look only there.
    // `<sup>n</sup>` is looked for only in text that has one.
    // So are `^n` superscripts.
    let html = style != EntryStyle::Unnumbered && memchr::memmem::find(bytes, b"<sup>").is_some();
    let caret = style != EntryStyle::Unnumbered && memchr::memchr(b'^', bytes).is_some();
    let starts: Box<dyn Iterator<Item = usize>> = match style {
        EntryStyle::Unnumbered => Box::new(memchr::memchr_iter(b'[', bytes)),
        _ if style == EntryStyle::Paren || html || caret => Box::new(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| matches!(b, b'[' | b'(' | b'<' | b'^' | 0xC2 | 0xE2))
                .map(|(i, _)| i),
        ),
        _ => Box::new(memchr::memchr3_iter(b'[', 0xC2, 0xE2, bytes)),
    };
    let mut found = Vec::new();
    // Characters before this were taken by a run of superscripts.
    let mut resume = 0;
    // The number after the last bracketed marker: `[7]` after `[6]` goes
    // on a run of citations however far past the list's end it is.
    let mut next_in_run: Option<u64> = None;
    for i in starts {
        if i < resume {
            continue;
        }
        let Some(c) = slice.get(i..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        let rest = slice.get(i..).unwrap_or_default();
        let opening = opening_at(slice, i);
        let escaped = c == '[' && opening < i;
        let i = opening;
        // `[a]`: a wiki's lettered note, up to a few past the last.
        if c == '['
            && !escaped
            && known.letters > 0
            && let Some((len, letters)) = lettered_marker(bytes, i)
            && letter_index(letters) < known.letters + (known.letters / 4).max(3)
        {
            resume = i + len;
            found.push(FoundMarker {
                range: range.start + i..range.start + i + len,
                labels: std::iter::once(letters.to_compact_string()).collect(),
            });
            continue;
        }
        let enclosed = match c {
            '[' if escaped => escaped_bracket(slice.get(i..).unwrap_or_default()),
            // `xs[2]`, `row_sums[1]`: an index in code, not a marker.
            '[' if slice.get(..i).is_some_and(ends_with_code_name) => None,
            '[' if rest.starts_with("[\\[") => linked_escaped_bracket(rest),
            // `[Hubble Space Telescope][3]`: a Markdown link by reference
            // when the text defines `[3]:` (a Q&A site's answer cites its
            // sources so, with the definitions as its list).
            '[' if style != EntryStyle::Bracket
                && slice.get(..i).is_some_and(ends_with_link_text)
                && defines_link(text, rest) =>
            {
                None
            }
            // `At [7]King's College`: a text browser's link number (`lynx
            // -dump`) opens a word; `H[2]O`: a subscript inside one. (A
            // marker before a sentence may touch it: `1990.[1]The`,
            // `河流。[1]长江`.) Nor is `^[8]` before `[1]` a marker: lynx
            // writes a superscript link to note 1 so.
            '[' => enclosed_numbers(rest, b']').filter(|(len, _)| {
                let next = rest.get(*len..).and_then(|after| after.chars().next());
                let previous = slice.get(..i).and_then(|before| before.chars().next_back());
                let opens_a_word =
                    previous.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric);
                let inside_a_word = previous.is_some_and(|c| c.is_ascii_alphabetic())
                    && next.is_some_and(|c| c.is_ascii_alphanumeric());
                let superscript_link = previous == Some('^') && next == Some('[');
                !opens_a_word && !inside_a_word && !superscript_link
            }),
            // `5(1)` is a subsection and `km<sup>2</sup>` a power.
            '(' if style == EntryStyle::Paren && !slice.get(..i).is_some_and(follows_unit_or_digit) => {
                enclosed_numbers(rest, b')').filter(|(len, _)| {
                    !opens_an_item(slice.get(..i).unwrap_or(""), rest.get(*len..).unwrap_or(""))
                })
            }
            '<' if !slice.get(..i).is_some_and(follows_unit_or_digit) => html_superscript(rest),
            // `x^2` is a power: a caret marker follows a sentence or clause.
            '^' if slice.get(..i).is_some_and(ends_a_clause) => {
                caret_superscript(rest).map(|(len, n)| (len, vec![n]))
            }
            _ => None,
        };
        if let Some((len, numbers)) = enclosed {
            // `(n)`, `<sup>n</sup>` and `^n` must name an entry: parentheses
            // hold numbers in prose, and a superscript may be a power.
            let cites = |n: &u64| {
                if c == '[' {
                    known.accepts(*n) || next_in_run == Some(*n)
                } else {
                    known.numbers.contains(n)
                }
            };
            if numbers.iter().all(cites) {
                // `[3]–[5]`: IEEE's range cites every entry in it.
                let (len, numbers) = match (c, numbers.as_slice()) {
                    ('[', &[first]) => bracket_range(slice.get(i + len..).unwrap_or_default(), first)
                        .filter(|(_, last)| (first..=*last).all(|n| cites(&n)))
                        .map_or((len, numbers), |(more, last)| {
                            (len + more, (first..=last).collect())
                        }),
                    _ => (len, numbers),
                };
                resume = i + len;
                if c == '[' {
                    next_in_run = numbers.iter().max().and_then(|m| m.checked_add(1));
                }
                // `[1](#footnote-1)`: a blog export's link to the note.
                let len = len + link_target_len(slice.get(i + len..).unwrap_or_default());
                found.push(FoundMarker {
                    range: range.start + i..range.start + i + len,
                    labels: numbers.iter().map(|&n| n.to_compact_string()).collect(),
                });
            }
        } else if let Some(first) = superscript_digit(c) {
            let start = i;
            let mut end = i + c.len_utf8();
            // Each group of digits, and whether a dash joins it to the one
            // before (`⁵⁻⁷`).
            let mut groups = vec![(String::from(first), false)];
            let after = slice.get(end..).unwrap_or("");
            for (k, d) in after.char_indices() {
                let j = start + c.len_utf8() + k;
                let digit_follows = || {
                    slice
                        .get(j + d.len_utf8()..)
                        .and_then(|r| r.chars().next())
                        .and_then(superscript_digit)
                        .is_some()
                };
                if let Some(digit) = superscript_digit(d) {
                    if let Some((g, _)) = groups.last_mut() {
                        g.push(digit);
                    }
                } else if matches!(d, ',' | '˒') && digit_follows() {
                    groups.push((String::new(), false));
                } else if matches!(d, '⁻' | '–' | '-') && digit_follows() {
                    groups.push((String::new(), true));
                } else {
                    break;
                }
                end = j + d.len_utf8();
            }
            resume = end;
            let before = slice.get(..start).unwrap_or("");
            // `kg⁻¹`, `m⁻²`: a unit's negative power.
            let after_unit = before.ends_with(['⁻', '⁺'])
                || follows_unit_or_digit(before)
                || power_of_a_variable(before, slice.get(end..).unwrap_or(""));
            // After a sentence or clause, or before its stop as Nature
            // cites (`events³.`), a number just past the list is a missing
            // entry (`weeks.¹⁴` under 13 entries).
            // A word of prose, not a unit (`m/sec²`, `10 kg²`).
            let word_len = before.chars().rev().take_while(|c| c.is_alphabetic()).count();
            let word_stands_apart = before
                .chars()
                .rev()
                .nth(word_len)
                .is_none_or(|c| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '('));
            let after_clause = ends_with_punctuation(before)
                || (word_len >= PROSE_WORD
                    && word_stands_apart
                    && slice
                        .get(end..)
                        .is_some_and(|after| after.starts_with(['.', ',', ';', ':'])));
            let numbers = superscript_numbers(&groups);
            let cited = |n: &u64| known.numbers.contains(n) || (after_clause && known.accepts(*n));
            if !after_unit
                && !numbers.is_empty()
                && numbers.iter().all(cited)
                && !marks_an_affiliation(slice, start)
            {
                found.push(FoundMarker {
                    range: range.start + start..range.start + end,
                    labels: numbers.iter().map(|&n| n.to_compact_string()).collect(),
                });
            }
        }
    }
    found
}

/// Kinds of institution an affiliation line names.
const INSTITUTIONS: &[&str] = &[
    "Department",
    "School",
    "University",
    "Institute",
    "Hospital",
    "Faculty",
    "Centre",
    "Center",
    "Laboratory",
    "College",
    "Unit",
    "Division",
];

/// Whether the superscript at `at` in `text` marks an author's
/// affiliation, not a note: in a line that lists the authors (`Amara
/// Nwosu¹, Felix Brandt¹,²`), or opening the line of an institution
/// (`¹ Department of Civil Engineering, …`).
fn marks_an_affiliation(text: &str, at: usize) -> bool {
    let line_start = text.get(..at).and_then(|b| b.rfind('\n')).map_or(0, |n| n + 1);
    let line_end = text
        .get(at..)
        .and_then(|a| a.find('\n'))
        .map_or(text.len(), |n| at + n);
    let Some(line) = text.get(line_start..line_end) else {
        return false;
    };
    // (An institution's line is no sentence: `⁴ The University of Leeds
    // then repeated the work.⁵` cites.)
    let opens_line = text.get(line_start..at).is_some_and(|b| b.trim().is_empty())
        && !line
            .trim_end()
            .ends_with(|c: char| c == '.' || superscript_digit(c).is_some());
    let names_an_institution = || {
        line.split(|c: char| !c.is_alphabetic())
            .any(|w| INSTITUTIONS.contains(&w))
    };
    (opens_line && names_an_institution()) || super::lines::author_list(line).is_some()
}

/// The numbers a run of superscript groups cites, a group joined to the
/// one before by a dash citing all between; none when a group is no number
/// or a range runs backwards or over more than [`MAX_RANGE_SPAN`] entries.
fn superscript_numbers(groups: &[(String, bool)]) -> Vec<u64> {
    let mut numbers: Vec<u64> = Vec::new();
    for (digits, joined) in groups {
        let Ok(n) = digits.parse::<u64>() else {
            return Vec::new();
        };
        match numbers.last().copied() {
            Some(before) if *joined => {
                if n <= before || n - before > MAX_RANGE_SPAN {
                    return Vec::new();
                }
                numbers.extend(before + 1..=n);
            }
            _ => numbers.push(n),
        }
    }
    numbers
}

/// `–[5]` right after a bracket marker citing `first`: the length of the
/// dash and bracket, and the last number of the range, above `first`.
fn bracket_range(after: &str, first: u64) -> Option<(usize, u64)> {
    let dash = after.chars().next().filter(|c| matches!(c, '–' | '-' | '—'))?;
    let bracket = after.get(dash.len_utf8()..)?;
    let (len, numbers) = enclosed_numbers(bracket, b']')?;
    match numbers.as_slice() {
        &[last] if last > first && last - first <= MAX_RANGE_SPAN => Some((dash.len_utf8() + len, last)),
        _ => None,
    }
}

/// Markers whose superscript was lost when the page was saved as text: an
/// entry's number glued to the end of a sentence or clause (`a plot.2 The`,
/// `“…hoax.”3`). Only numbers the list has count, only after punctuation
/// that follows a word (so `3.5` and `No.5` are not markers), and only
/// before a space or the end of the text. After a year, the next word must
/// start a sentence (`in 1945.1 Opponents`) or the text end, since `1945.1`
/// could be a decimal. The parser looks for these only when an article with a
/// numbered list has no other markers.
#[must_use]
pub fn find_flattened_markers(text: &str, range: Range<usize>, known: &KnownNumbers) -> Vec<FoundMarker> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let bytes = slice.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            i += 1;
            continue;
        }
        // `…deficient.7,8`, `…little.10-12`: a list or a range glued on.
        while let Some(joiner) = [",", "-", "–"]
            .iter()
            .find(|j| slice.get(i..).is_some_and(|r| r.starts_with(**j)))
            && bytes.get(i + joiner.len()).is_some_and(u8::is_ascii_digit)
        {
            i += joiner.len();
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        let group = slice.get(start..i).unwrap_or_default();
        let before = slice.get(..start).unwrap_or_default();
        let after = slice.get(i..).unwrap_or_default();
        let ends_there = after.is_empty() || after.starts_with(char::is_whitespace);
        let mut numbers = Vec::new();
        let read = read_numbers(group, |a, b| numbers.extend(a..=b));
        if read.is_some()
            && ends_there
            && group.split([',', '-', '–']).all(|n| n.len() <= 3)
            // In a list or range, a number past the list's end is a
            // missing reference, not a sign that this is no marker.
            && numbers.first().is_some_and(|n| known.numbers.contains(n) || (numbers.len() == 1 && known.accepts(*n) && ends_a_paragraph_or_sentence(after)))
            && (numbers.len() == 1 || numbers.iter().all(|&n| known.accepts(n)))
            && glued_to_a_sentence(before, after)
        {
            found.push(FoundMarker {
                range: range.start + start..range.start + i,
                labels: numbers.iter().map(|n| n.to_compact_string()).collect(),
            });
        }
    }
    found
}

/// Whether `after`, the text after a lost superscript, is the end of the
/// paragraph or a new sentence: where a number just past the list's end
/// (`study.10`, under nine notes) is a missing note rather than a figure.
fn ends_a_paragraph_or_sentence(after: &str) -> bool {
    let next = after.trim_start().chars().next();
    next.is_none_or(char::is_uppercase)
}

/// Whether digits after `before` and followed by `after` read as a lost
/// superscript: `before` ends in punctuation after a word, or in a year's
/// full stop when `after` starts a new sentence.
fn glued_to_a_sentence(before: &str, after: &str) -> bool {
    let mut back = before.chars().rev();
    let Some(mark) = back.next() else {
        return false;
    };
    if !matches!(mark, '.' | ',' | ';' | ':' | '"' | '”' | '’' | ')') {
        return false;
    }
    let mut prev = back.next();
    // `…hoax.”3`: a closing quote or bracket after the sentence's stop.
    if matches!(mark, '"' | '”' | '’' | ')') && prev.is_some_and(|c| matches!(c, '.' | ',' | '!' | '?')) {
        prev = back.next();
    }
    let trimmed = before.trim_end_matches(|c: char| !c.is_alphanumeric());
    let word = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or("", |(at, _)| trimmed.get(at..).unwrap_or_default());
    match prev {
        Some(c) if c.is_alphabetic() => {
            // Abbreviations that a number follows: `No. 5`, `p.5`, `Fig.3`.
            const BEFORE_NUMBERS: [&str; 14] = [
                "no", "nos", "vol", "p", "pp", "ch", "fig", "art", "sec", "ed", "para", "tab", "eq", "pt",
            ];
            mark != '.' || !BEFORE_NUMBERS.iter().any(|a| word.eq_ignore_ascii_case(a))
        }
        Some(c) if c.is_ascii_digit() => {
            mark == '.'
                && word.len() == 4
                && word.chars().all(|c| c.is_ascii_digit())
                && after.trim_start().chars().next().is_none_or(char::is_uppercase)
        }
        _ => false,
    }
}

/// `[12]`, `[3, 4]`, `[5-7]`, `[5–7]` (or `(12)` and so on, with `close`
/// `)`): the length of the bracket and the numbers it cites; `None` for
/// anything else, or for numbers beyond u64.
fn enclosed_numbers(s: &str, close: u8) -> Option<(usize, Vec<u64>)> {
    let mut numbers = Vec::new();
    let len = read_bracket(s, close, |first, last| numbers.extend(first..=last))?;
    Some((len, numbers))
}

/// The length of the `[…]` marker [`enclosed_numbers`] reads at the start
/// of `s`, with a link target after it (`[1](#footnote-1)`), without
/// collecting its numbers.
#[must_use]
pub fn bracket_len(s: &str) -> Option<usize> {
    if s.starts_with("[\\[") {
        return linked_escaped_bracket(s).map(|(len, _)| len);
    }
    let len = read_bracket(s, b']', |_, _| {})?;
    Some(len + link_target_len(s.get(len..).unwrap_or_default()))
}

/// Reads the bracket at the start of `s`, which `close` ends, giving
/// `cites` the first and last number of each part (the same for a single
/// number): its length, or `None` when it is not a marker (then some parts
/// may have been given).
fn read_bracket(s: &str, close: u8, cites: impl FnMut(u64, u64)) -> Option<usize> {
    // A marker is short: look for its end only in the next 64 bytes.
    let window = s.as_bytes().get(1..s.len().min(66))?;
    let close = memchr::memchr(close, window)? + 1;
    read_numbers(s.get(1..close)?, cites)?;
    Some(close + 1)
}

/// Whether a `(2)` between `before` and `after` numbers an item of a list
/// run into a sentence (`survive: (1) a cipher, (2) a language, or (3) a
/// hoax`) rather than citing a note: it follows a colon, a comma, `and` or
/// `or`, and words in lower case follow it.
fn opens_an_item(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let lower_case_after = after
        .strip_prefix(' ')
        .and_then(|a| a.chars().next())
        .is_some_and(char::is_lowercase);
    let after_a_break =
        before.ends_with([':', ',', ';']) || [" and", " or"].iter().any(|w| before.ends_with(w));
    lower_case_after && after_a_break
}

/// Where a marker whose `[` is at `i` opens: at the backslash before it
/// when a Markdown converter escaped it (`\\[1\\]`).
#[must_use]
pub fn opening_at(s: &str, i: usize) -> usize {
    if i > 0 && s.as_bytes().get(i - 1) == Some(&b'\\') && s.as_bytes().get(i) == Some(&b'[') {
        i - 1
    } else {
        i
    }
}

/// Whether the end of `text` defines the link `marker` (`[3]`) names:
/// `[3]: https://…`, as Markdown writes a link by reference. Only the last
/// 64 kB are searched, where such definitions stand.
fn defines_link(text: &str, marker: &str) -> bool {
    let Some(close) = marker.find(']') else {
        return false;
    };
    let definition = format!("{}: ", marker.get(..=close).unwrap_or_default());
    let tail = text
        .as_bytes()
        .get(text.len().saturating_sub(1 << 16)..)
        .unwrap_or_default();
    memchr::memmem::find(tail, definition.as_bytes()).is_some()
}

/// Whether `before` ends with the bracketed text of a link (`[Hubble
/// Space Telescope]`), which a `[3]` right after refers to a link
/// definition; `[1][2]` are two markers.
fn ends_with_link_text(before: &str) -> bool {
    let Some(inside) = before.strip_suffix(']') else {
        return false;
    };
    let text = inside
        .rfind('[')
        .map_or("", |open| inside.get(open + 1..).unwrap_or(""));
    text.chars().any(char::is_alphabetic)
}

/// `\[12\]` at the start of `s`, as Markdown converters (Turndown, and
/// so MarkDownload and Joplin's clipper) escape a page's `[12]`: its length
/// and the numbers it cites.
fn escaped_bracket(s: &str) -> Option<(usize, Vec<u64>)> {
    let inner = s.strip_prefix("\\[")?;
    let close = memchr::memmem::find(inner.as_bytes().get(..inner.len().min(64))?, b"\\]")?;
    let mut numbers = Vec::new();
    read_numbers(inner.get(..close)?, |first, last| numbers.extend(first..=last))?;
    Some((close + 4, numbers))
}

/// `[\[12\]](…#cite_note-12)` at the start of `s`, a wiki's footnote
/// link as those converters write it: its length, link target included,
/// and the numbers it cites.
fn linked_escaped_bracket(s: &str) -> Option<(usize, Vec<u64>)> {
    let (len, numbers) = escaped_bracket(s.get(1..)?)?;
    let text_end = 1 + len + 1;
    (s.as_bytes().get(text_end - 1) == Some(&b']')).then(|| {
        (
            text_end + link_target_len(s.get(text_end..).unwrap_or_default()),
            numbers,
        )
    })
}

/// `<sup>1</sup>`, `<sup>2, 3</sup>` at the start of `s` (HTML superscripts
/// left in a Markdown export or a saved page): its length and the numbers
/// it cites.
fn html_superscript(s: &str) -> Option<(usize, Vec<u64>)> {
    let mut numbers = Vec::new();
    let len = read_html_superscript(s, |first, last| numbers.extend(first..=last))?;
    Some((len, numbers))
}

/// Reads the HTML superscript at the start of `s` as [`read_bracket`]
/// reads a bracket: its length, giving `cites` each part's numbers.
fn read_html_superscript(s: &str, cites: impl FnMut(u64, u64)) -> Option<usize> {
    const OPEN: &str = "<sup>";
    const CLOSE: &str = "</sup>";
    if !s.get(..OPEN.len())?.eq_ignore_ascii_case(OPEN) {
        return None;
    }
    let starts = |s: &str, with: &str| s.get(..with.len()).is_some_and(|p| p.eq_ignore_ascii_case(with));
    let after_open = s.get(OPEN.len()..)?;
    // A link to the note inside it: `<sup><a href="#fn2">2</a></sup>`.
    let link_len = if starts(after_open, "<a ") {
        after_open.bytes().take(256).position(|b| b == b'>')? + 1
    } else {
        0
    };
    let rest = after_open.get(link_len..)?;
    let inner_len = memchr::memmem::find(rest.as_bytes().get(..rest.len().min(64))?, b"</")?;
    let mut after = rest.get(inner_len..)?;
    let mut len = OPEN.len() + link_len + inner_len;
    if link_len > 0 {
        if !starts(after, "</a>") {
            return None;
        }
        after = after.get(4..)?;
        len += 4;
    }
    if !starts(after, CLOSE) {
        return None;
    }
    read_numbers(rest.get(..inner_len)?, cites)?;
    Some(len + CLOSE.len())
}

/// `^1` or Pandoc's `^1^` at the start of `s`: its length and the number
/// it cites; `None` when letters or more digits follow (`^1st`).
fn caret_superscript(s: &str) -> Option<(usize, u64)> {
    let digits = s.get(1..)?.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let n = s.get(1..=digits)?.parse().ok()?;
    let len = 1 + digits + usize::from(s.as_bytes().get(1 + digits) == Some(&b'^'));
    if s.get(len..)?.starts_with(char::is_alphanumeric) {
        return None;
    }
    Some((len, n))
}

/// Whether `before` ends with what ends a sentence or clause, a closing
/// quote or bracket: where a note's number goes.
fn ends_a_clause(before: &str) -> bool {
    before.chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '”' | '’'
        )
    })
}

/// The length of a marker at the start of `s`, `[…]` (with its link
/// target), a wiki's lettered `[a]`, `<sup>…</sup>` or `^n`, without
/// collecting its numbers.
#[must_use]
pub fn enclosed_marker_len(s: &str) -> Option<usize> {
    match s.as_bytes().first()? {
        b'[' => bracket_len(s).or_else(|| lettered_len(s.as_bytes())),
        b'\\' => escaped_bracket(s).map(|(len, _)| len),
        b'<' => read_html_superscript(s, |_, _| {}),
        b'^' => caret_superscript(s).map(|(len, _)| len),
        _ => None,
    }
}

/// The parts of a marker as written (`written` is the whole marker) that
/// are markup around its numbers, relative to its start: the tags of
/// `<sup>1</sup>`, the link of `[1](#footnote-1)`; empty for `[1]`.
#[must_use]
pub fn markup(written: &str) -> [Range<usize>; 2] {
    let end = written.len();
    if written.starts_with('<') {
        // Every tag before the number (`<sup><a href="#fn2">`), and every
        // one after it.
        let mut open = 0;
        while written.get(open..).is_some_and(|rest| rest.starts_with('<')) {
            open = written
                .get(open..)
                .and_then(|rest| rest.find('>'))
                .map_or(end, |i| open + i + 1);
        }
        let close = written
            .get(open..)
            .and_then(|rest| rest.find("</"))
            .map_or(end, |i| open + i);
        [0..open, close..end]
    } else {
        let link = written.find("](").map_or(end, |i| i + 1);
        [link..end, end..end]
    }
}

/// A marker as a reader sees it: without the markup around its numbers
/// and without a Markdown converter's escapes (`[\\[1\\]](#cite_note-1)`
/// is `[1]`).
#[must_use]
pub fn as_shown(written: &str) -> String {
    let [first, second] = markup(written);
    let mut shown = String::with_capacity(written.len());
    for (i, c) in written.char_indices() {
        if !first.contains(&i) && !second.contains(&i) {
            shown.push(c);
        }
    }
    let unlinked = shown
        .strip_prefix('[')
        .and_then(|s| s.strip_suffix(']'))
        .filter(|s| s.starts_with("\\["))
        .unwrap_or(&shown);
    unlinked.replace("\\[", "[").replace("\\]", "]")
}

/// Reads `inner`, the inside of a marker (`3, 4`, `5-7`), giving `cites` the
/// first and last number of each part; `None` when it is not all numbers.
fn read_numbers(inner: &str, mut cites: impl FnMut(u64, u64)) -> Option<()> {
    if inner.trim().is_empty() {
        return None;
    }
    let mut cited = false;
    for part in inner.split([',', ';']) {
        let part = part.trim();
        // `[1, p. 23]`, `[2, pp. 4–5; 3, ch. 2]`: where in the work cited.
        if cited && is_locator(part) {
            continue;
        }
        cited = true;
        if let Some((a, b)) = part.split_once(['-', '–', '—']) {
            let (a, b): (u64, u64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
            if b <= a || b - a > MAX_RANGE_SPAN {
                return None;
            }
            cites(a, b);
        } else {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n = part.parse().ok()?;
            cites(n, n);
        }
    }
    Some(())
}

/// Whether a part of a marker says where in the work it cites (`p. 23`,
/// `pp. 4–5`, `ch. 2`, `fig. 3`, `§ 4`) rather than citing another entry.
fn is_locator(part: &str) -> bool {
    const LOCATORS: [&str; 9] = ["p", "pp", "ch", "chap", "fig", "sec", "para", "vol", "note"];
    let word_len = part
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(part.len());
    let (word, rest) = part.split_at(word_len);
    part.starts_with('§')
        || (LOCATORS.iter().any(|l| word.eq_ignore_ascii_case(l))
            && rest
                .trim_start_matches(['.', ' '])
                .starts_with(|c: char| c.is_ascii_digit()))
}

/// The ASCII digit a superscript digit stands for.
#[must_use]
pub fn superscript_digit(c: char) -> Option<char> {
    match c {
        '⁰' => Some('0'),
        '¹' => Some('1'),
        '²' => Some('2'),
        '³' => Some('3'),
        '⁴' => Some('4'),
        '⁵' => Some('5'),
        '⁶' => Some('6'),
        '⁷' => Some('7'),
        '⁸' => Some('8'),
        '⁹' => Some('9'),
        _ => None,
    }
}

/// `m²`, `km³`, `10²`: a superscript after a number (not a year) or a
/// unit is a power.
fn follows_unit_or_digit(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // A year is no base: `abandonné en 2020³` cites.
    let year = word.len() == 4 && word.parse::<u16>().is_ok_and(|y| (1000..=2099).contains(&y));
    (word.ends_with(|c: char| c.is_ascii_digit()) && !year)
        || ["m", "cm", "mm", "km", "ft", "in", "s", "x", "y", "n"].contains(&word.as_str())
}

/// `I² = 0%`, `a² + b²`: a superscript on a single letter that is lower
/// case, or that an operator follows, is a variable's power (`Plan A¹` and
/// `World War I¹` cite). So is one on a term of a formula: two or three
/// letters after an operator (`E = mc²`), or with a Greek letter among
/// them (`σT⁴`).
fn power_of_a_variable(before: &str, after: &str) -> bool {
    const OPERATORS: [char; 11] = ['=', '+', '−', '-', '<', '>', '×', '·', '≈', '≤', '≥'];
    let mut letters = before.chars().rev();
    let (Some(letter), next) = (letters.next(), letters.next()) else {
        return false;
    };
    let single = letter.is_alphabetic() && !next.is_some_and(char::is_alphanumeric);
    if single && (letter.is_lowercase() || after.trim_start().starts_with(OPERATORS)) {
        return true;
    }
    let term_len = before.chars().rev().take_while(|c| c.is_alphabetic()).count();
    let term_start = before
        .char_indices()
        .rev()
        .take(term_len)
        .last()
        .map_or(before.len(), |(i, _)| i);
    let term = before.get(term_start..).unwrap_or("");
    let greek = term
        .chars()
        .any(|c| ('\u{3b1}'..='\u{3c9}').contains(&c) || ('\u{391}'..='\u{3a9}').contains(&c));
    // An operator stands apart (`E = mc²`); a hyphen in a word does not
    // (`post-war¹` cites).
    let lead = before.get(..term_start).unwrap_or("");
    let after_operator = lead.ends_with(char::is_whitespace) && lead.trim_end().ends_with(OPERATORS);
    (2..=3).contains(&term_len) && (greek || after_operator)
}

/// Whether `before` ends a sentence or clause with its punctuation (a
/// closing quotation mark after it too): where a marker of an entry the
/// list lacks may stand, and a power may not.
fn ends_with_punctuation(before: &str) -> bool {
    let stop = |c: Option<char>| c.is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?'));
    let mut chars = before.chars().rev();
    match chars.next() {
        Some('"' | '”' | '’' | '»') => stop(chars.next()),
        last => stop(last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(n: u64) -> KnownNumbers {
        KnownNumbers {
            numbers: (1..=n).collect(),
            max: Some(n),
            letters: 0,
        }
    }

    fn labels(text: &str, list: &KnownNumbers) -> Vec<Vec<String>> {
        find_markers(text, 0..text.len(), list, EntryStyle::Numbered)
            .into_iter()
            .map(|m| m.labels.iter().map(ToString::to_string).collect())
            .collect()
    }

    #[test]
    fn bracket_forms() {
        let got = labels("a[1] b [2, 3] c [4-6] d [7–8].", &known(10));
        assert_eq!(
            got,
            vec![vec!["1"], vec!["2", "3"], vec!["4", "5", "6"], vec!["7", "8"]]
        );
    }

    #[test]
    fn a_locator_after_the_number_is_part_of_the_marker() {
        let got = labels("a[1, p. 23] b [2, pp. 4–5; 3, ch. 2] c [4,§ 6].", &known(10));
        assert_eq!(got, vec![vec!["1"], vec!["2", "3"], vec!["4"]]);
        assert!(labels("[p. 23] [1, page] [1, p.]", &known(10)).is_empty());
    }

    #[test]
    fn an_index_in_code_is_not_a_marker() {
        assert!(labels("xs[2] and x[1], row_sums[3], f(x)[1], self.items[2]", &known(10)).is_empty());
        let prose = "in the U.S.[1] (in French)[2] as it is[3] e.g.[4] Smith[5] one.[6] la durée[7]";
        assert_eq!(labels(prose, &known(10)).len(), 7);
    }

    #[test]
    fn editorial_brackets_and_years_are_not_markers() {
        assert!(labels("the [MKO] said [sic] […] in [1998].", &known(18)).is_empty());
    }

    #[test]
    fn an_authors_affiliation_marks_are_not_markers() {
        let head = "Amara Nwosu¹, Felix Brandt¹,², Siobhan Keane³\n\
                    ¹ Department of Civil Engineering, University of Northmoor, UK\n\
                    ³ Children's Hospital Research Unit, Northmoor, UK";
        assert!(labels(head, &known(3)).is_empty());
        // A sentence's superscript on a line of its own still cites.
        assert_eq!(
            labels("Wastewater tracks infections.¹", &known(3)),
            vec![vec!["1"]]
        );
        assert_eq!(
            labels("¹ The first notes were lost, as the reports say.²", &known(3)).len(),
            2
        );
        assert_eq!(
            labels("² The University of Leeds then repeated the work.³", &known(3)).len(),
            2
        );
    }

    #[test]
    fn a_number_just_past_the_list_is_a_marker() {
        assert_eq!(labels("x [19]", &known(18)), vec![vec!["19"]]);
    }

    #[test]
    fn a_run_of_markers_goes_on_past_the_list() {
        let got = labels("A.[1] B.[4] C.[5] D.[6] E.[7] In [1998] it ended.", &known(3));
        assert_eq!(got, vec![vec!["1"], vec!["4"], vec!["5"], vec!["6"], vec!["7"]]);
        // Alone, far past the list, a number is no marker.
        assert!(labels("E.[7]", &known(3)).is_empty());
    }

    #[test]
    fn huge_numbers_and_ranges_are_not_markers() {
        assert!(labels("[99999999999999999999999] [1-100000]", &known(3)).is_empty());
    }

    #[test]
    fn a_list_numbered_up_to_u64_max_does_not_overflow() {
        let list = KnownNumbers {
            numbers: [u64::MAX].into_iter().collect(),
            max: Some(u64::MAX),
            letters: 0,
        };
        assert!(list.accepts(5));
        assert!(list.accepts(u64::MAX));
        assert!(!list.accepts(0));
    }

    fn flattened(text: &str, list: &KnownNumbers) -> Vec<String> {
        find_flattened_markers(text, 0..text.len(), list)
            .into_iter()
            .map(|m| m.labels.join(","))
            .collect()
    }

    #[test]
    fn lost_superscripts_after_sentences_are_markers() {
        let text = "It began in 1945.1 Opponents called it a plot.2 The ADA agreed, “a hoax.”3 Later,4 it spread in 1950.5";
        assert_eq!(flattened(text, &known(5)), ["1", "2", "3", "4", "5"]);
    }

    #[test]
    fn lost_superscripts_may_be_lists_and_ranges_past_the_lists_end() {
        let text = "It is deficient.7,8 It does little.10-12 Or less,2–3 and 9-10 stays.";
        assert_eq!(flattened(text, &known(11)), ["7,8", "10,11,12", "2,3"]);
        // The first number must name an entry.
        assert!(flattened("Sold in 1999.40-45 more.", &known(11)).is_empty());
        // Alone, a number just past the list ends a sentence or paragraph:
        // a missing note.
        assert_eq!(
            flattened("Smaller than before.12 Then, later.13 and", &known(11)),
            ["12"]
        );
    }

    #[test]
    fn decimals_abbreviations_and_unknown_numbers_are_not_lost_superscripts() {
        let text = "It cost 3.5 million in 1945.2 percent, see No.2 and p.3 or Fig.4 in part.9 of model.10a.";
        assert!(
            flattened(text, &known(5)).is_empty(),
            "{:?}",
            flattened(text, &known(5))
        );
    }

    /// The markers found in `text[range]` under a list of 3 entries, as
    /// written.
    fn as_written(text: &str, range: Range<usize>, style: EntryStyle) -> Vec<&str> {
        find_markers(text, range, &known(3), style)
            .iter()
            .map(|m| &text[m.range.clone()])
            .collect()
    }

    #[test]
    fn a_markdown_link_to_the_note_is_part_of_the_marker() {
        let text = "Cliffs.[1](#footnote-1) The film [2] (1958).";
        let written = as_written(text, 0..text.len(), EntryStyle::Bracket);
        assert_eq!(written, ["[1](#footnote-1)", "[2]"]);
    }

    #[test]
    fn brackets_escaped_by_a_markdown_converter_are_markers() {
        let text = "Dug up.[\\[1\\]](https://en.wikipedia.org/wiki/X#cite_note-1) Paid.\\[2\\] Note.[\\[a\\]](#cite_note-3)";
        let written = as_written(text, 0..text.len(), EntryStyle::Bracket);
        assert_eq!(
            written,
            [
                "[\\[1\\]](https://en.wikipedia.org/wiki/X#cite_note-1)",
                "\\[2\\]"
            ]
        );
        let shown: Vec<String> = written.iter().map(|w| as_shown(w)).collect();
        assert_eq!(shown, ["[1]", "[2]"]);
        assert_eq!(as_shown("[3](#fn3)"), "[3]");
        assert_eq!(enclosed_marker_len("\\[2\\] more"), Some(5));
    }

    #[test]
    fn link_numbers_and_subscripts_glued_to_a_word_are_not_markers() {
        let text = "At [3]King's College, H[2]O was measured.^[4][1] By [Hubble][3]. Done [2].\n\n[3]: https://hubblesite.org/";
        let body = text.find("\n\n").unwrap_or(text.len());
        let written = as_written(text, 0..body, EntryStyle::Numbered);
        assert_eq!(written, ["[1]", "[2]"]);
        // Markers touching the sentence after them, and after a wiki's note.
        let text =
            "Flooded in 1990.[1]The next year. 长江是中国最长的河流。[2]长江。 Found.[a][3] Never [sic][3]";
        let written = as_written(text, 0..text.len(), EntryStyle::Numbered);
        assert_eq!(written, ["[1]", "[2]", "[3]", "[3]"]);
    }

    #[test]
    fn a_list_numbered_in_a_sentence_cites_nothing() {
        let text = "It dates from 1420 (1). Three survive: (1) a cipher, (2) a language, or (3) a hoax. Rugg agreed (2).";
        let written = as_written(text, 0..text.len(), EntryStyle::Paren);
        assert_eq!(written, ["(1)", "(2)"]);
    }

    #[test]
    fn html_superscripts_cite_entries() {
        let text = "Sent.<sup>1</sup> Led.<SUP>2, 3</SUP> Area 5 km<sup>2</sup> and<sup>9</sup>. Linked.<sup><a href=\"#fn2\" id=\"ref2\">2</a></sup>";
        let found: Vec<String> = find_markers(text, 0..text.len(), &known(3), EntryStyle::Numbered)
            .into_iter()
            .map(|m| format!("{}={}", &text[m.range.clone()], m.labels.join(",")))
            .collect();
        assert_eq!(
            found,
            [
                "<sup>1</sup>=1",
                "<SUP>2, 3</SUP>=2,3",
                "<sup><a href=\"#fn2\" id=\"ref2\">2</a></sup>=2"
            ],
            "km<sup>2</sup> is a power, 9 no entry"
        );
        assert!(find_markers(text, 0..text.len(), &known(3), EntryStyle::Unnumbered).is_empty());
    }

    #[test]
    fn lettered_markers_cite_a_wikis_notes_only_when_it_has_some() {
        let text = "Killed 616.[1][a] Fell[b] as [c] said; [a]ll of it.[e] More.[z]";
        let lettered = KnownNumbers {
            letters: 2,
            ..known(1)
        };
        let got: Vec<String> = find_markers(text, 0..text.len(), &lettered, EntryStyle::Numbered)
            .iter()
            .map(|m| m.labels.join(","))
            .collect();
        // `[c]` stands apart and `[a]ll` is an editor's; `[e]` is a few past
        // the last note (missing), `[z]` far past it.
        assert_eq!(got, ["1", "a", "b", "e"]);
        let plain: Vec<String> = find_markers(text, 0..text.len(), &known(1), EntryStyle::Numbered)
            .iter()
            .map(|m| m.labels.join(","))
            .collect();
        assert_eq!(plain, ["1"]);
    }

    #[test]
    fn the_markup_of_an_html_superscript_is_every_tag_around_its_number() {
        assert_eq!(as_shown("<sup><a href=\"#fn2\" id=\"ref2\">2</a></sup>"), "2");
        assert_eq!(as_shown("<sup>3</sup>"), "3");
    }

    #[test]
    fn a_marker_starts_with_its_opening_bracket_tag_or_caret() {
        assert_eq!(enclosed_marker_len("[1] more"), Some(3));
        assert_eq!(enclosed_marker_len("[1](#fn1) more"), Some(9));
        assert_eq!(enclosed_marker_len("<sup>2</sup> more"), Some(12));
        assert_eq!(enclosed_marker_len("^3 more"), Some(2));
        // Digits and a closing bracket after some other character do not
        // make a bracket: `x1]` is no marker, and `^1]` is the caret's `^1`.
        assert_eq!(enclosed_marker_len("x1] more"), None);
        assert_eq!(enclosed_marker_len("^1] more"), Some(2));
        assert_eq!(enclosed_marker_len(""), None);
    }

    #[test]
    fn carets_after_a_clause_cite_entries() {
        let list = known(3);
        let text = "REM in 1953.^1 Dreams,^2^ and x^2 or 10^3, then.^1st and.^9";
        let got: Vec<String> = find_markers(text, 0..text.len(), &list, EntryStyle::Numbered)
            .iter()
            .map(|m| format!("{}={}", &text[m.range.clone()], m.labels.join(",")))
            .collect();
        assert_eq!(
            got,
            ["^1=1", "^2^=2"],
            "powers, ^1st and a number with no entry are not markers"
        );
        assert!(find_markers("A.^1", 0..4, &list, EntryStyle::Unnumbered).is_empty());
    }

    #[test]
    fn parentheses_cite_entries_only_when_the_list_is_so_labelled() {
        let text = "Fish remember (1). A sound (2, 3) in 2008 (2008) (see 4) (9) by section 5(1).";
        let found = |style| -> Vec<String> {
            find_markers(text, 0..text.len(), &known(3), style)
                .into_iter()
                .map(|m| m.labels.join(","))
                .collect()
        };
        assert_eq!(found(EntryStyle::Paren), ["1", "2,3"]);
        assert!(found(EntryStyle::Bracket).is_empty());
    }

    #[test]
    fn superscripts_cite_entries_but_powers_do_not() {
        assert_eq!(
            labels(
                "Israel.¹ Again.²,³ An area of 5 km² and 10², with I² = 0% and R² = 0.9. Past it.⁴ (a + b)⁴ and \"σ\"⁴. Plan A¹ and World War I². Abandoned in 2020³. E = mc², and σT⁴ grows.",
                &known(3)
            ),
            vec![
                vec!["1"],
                vec!["2", "3"],
                vec!["4"],
                vec!["1"],
                vec!["2"],
                vec!["3"]
            ]
        );
        // A unit's negative power; a number past the list before the stop,
        // as Nature cites, is a missing entry.
        assert_eq!(
            labels("In µmol kg⁻¹ and W m⁻². More events⁴. Some⁵ more.", &known(3)),
            vec![vec!["4"]]
        );
        // A unit's power before the stop is none.
        assert!(labels("It fell at 9.8 m/sec². Then 4 sec².", &known(1)).is_empty());
    }

    #[test]
    fn a_short_word_cites_unless_it_is_a_term_of_a_formula() {
        assert_eq!(
            labels("Seen in the EU² and by the UN³.", &known(3)),
            [["2"], ["3"]]
        );
        assert!(labels("So E = mc², and P = σT⁴.", &known(4)).is_empty());
        assert_eq!(
            labels("The post-war¹ and anti-war² years.", &known(2)),
            [["1"], ["2"]]
        );
    }

    #[test]
    fn ranges_cite_every_entry_in_them() {
        assert_eq!(
            labels("Fits [3]–[5], also [2]-[4] and [1], not [6]–[2].", &known(9)),
            vec![
                vec!["3", "4", "5"],
                vec!["2", "3", "4"],
                vec!["1"],
                vec!["6"],
                vec!["2"]
            ]
        );
        assert_eq!(
            labels(
                "No effect.⁵⁻⁷ Weak grounds.¹˒⁵⁻⁸ Far past the list.¹⁸⁻²⁰",
                &known(9)
            ),
            vec![vec!["5", "6", "7"], vec!["1", "5", "6", "7", "8"]]
        );
    }
}
