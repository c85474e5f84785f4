//! Splitting a reference list into entries.
//!
//! Owns: recognising entry starts (`[n]`, `(n)`, `n.`, `n)`, `^` and the
//! wiki back links copied with them), finding where each entry ends (the
//! next expected number, across line breaks and blank lines, several entries
//! on one line), keeping trailing prose with its entry, and stopping at a
//! byline, a heading or page furniture. Must not: read fields from an
//! entry's text.

use std::ops::Range;

use compact_str::{CompactString, ToCompactString};
use foldhash::HashSet;

use super::lines::{
    byline_name, is_ad_label, is_back_matter, is_blank, is_download_stamp, is_page_control,
    is_reference_heading, is_title_like, lines_between, trim_range,
};
use super::markers::superscript_digit;

/// How entries announce themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EntryStyle {
    /// `[1] …`
    Bracket,
    /// `(1) …`
    Paren,
    /// `1. …` or `1) …`
    Numbered,
    /// `1 …` (a number and a space; only at line starts)
    Bare,
    /// `^ …` (no number; entries are counted)
    Caret,
    /// No label: one entry per paragraph or line.
    #[default]
    Unnumbered,
}

/// One entry as found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntrySpan {
    /// The whole entry, label included, trimmed.
    pub range: Range<usize>,
    /// The text after the label, trimmed.
    pub body: Range<usize>,
    pub label: CompactString,
    pub number: Option<u64>,
}

/// The entries of a reference list, and a byline found among them.
#[derive(Debug, Clone, Default)]
pub struct ReferenceList {
    pub entries: Vec<EntrySpan>,
    pub byline: Option<Range<usize>>,
    /// How the first entry is labelled, which the body's markers follow.
    pub style: EntryStyle,
    /// How many times the numbering starts again at 1 (a book's notes,
    /// chapter by chapter); the entries after the first start are
    /// labelled by part, `2.1`, `2.2`…
    pub restarts: usize,
    /// Where the body that cites each part after the first starts, when
    /// each part is a list of its own (a chapter's notes under it): the end
    /// of the list before.
    pub part_starts: Vec<usize>,
}

impl ReferenceList {
    /// Whether the entries are numbered (so the body cites their numbers).
    #[must_use]
    pub fn numbered(&self) -> bool {
        self.style != EntryStyle::Unnumbered
    }
}

/// An entry label at the start of `s`: its number (none for `^`), the style,
/// and the length of the label with the spaces after it.
#[must_use]
pub fn entry_label(s: &str) -> Option<(Option<u64>, EntryStyle, usize)> {
    // `- [1] Author …`: a Markdown list of labelled entries.
    let bullet = bullet_len(s);
    let (number, style, len) = label_at(s.get(bullet..)?)?;
    Some((number, style, bullet + len))
}

/// [`entry_label`] after any bullet.
fn label_at(s: &str) -> Option<(Option<u64>, EntryStyle, usize)> {
    let bytes = s.as_bytes();
    let links = back_links(s);
    if links > 0 {
        return Some((None, EntryStyle::Caret, links));
    }
    // `\[1\] Author …`: a Markdown clipper escapes a page's brackets.
    if let Some(rest) = s.strip_prefix("\\[") {
        let digits = digit_run(rest.as_bytes());
        if digits > 0 && rest.get(digits..)?.starts_with("\\]") {
            let n = rest.get(..digits)?.parse().ok()?;
            let after = skip_spaces(s, digits + 4);
            return Some((Some(n), EntryStyle::Bracket, after + back_links(s.get(after..)?)));
        }
    }
    if let Some(n) = footnote_block_label(s) {
        return Some(n);
    }
    match bytes.first()? {
        open @ (b'[' | b'(') => {
            let digits = digit_run(bytes.get(1..)?);
            let (close, style) = if *open == b'[' {
                (b']', EntryStyle::Bracket)
            } else {
                (b')', EntryStyle::Paren)
            };
            if digits == 0 || bytes.get(1 + digits) != Some(&close) {
                return None;
            }
            // `(1)` must be followed by a space: `(2004)` opens no entry.
            if style == EntryStyle::Paren && !bytes.get(digits + 2).is_some_and(u8::is_ascii_whitespace) {
                return None;
            }
            let n = s.get(1..=digits)?.parse().ok()?;
            let mut label_end = digits + 2 + link_target_len(s.get(digits + 2..)?);
            // `[1]: Author …`, as Markdown link definitions write notes.
            if style == EntryStyle::Bracket && bytes.get(label_end) == Some(&b':') {
                label_end += 1;
            }
            let after = skip_spaces(s, label_end);
            Some((Some(n), style, after + back_links(s.get(after..)?)))
        }
        b'0'..=b'9' => {
            let digits = digit_run(bytes);
            if digits > 4 {
                return None;
            }
            // `1` alone on its line, the note's text below it (as Substack
            // and Ghost pages copy): the list's numbering keeps a stray
            // number inside an entry from starting another.
            if digits == s.len() {
                return Some((Some(s.parse().ok()?), EntryStyle::Bare, digits));
            }
            // `1 Grafton, …`: a bare number, a space (a tab, as word
            // processors save notes) or a spaced dash (`1 - Grafton`), and a
            // capital or quote.
            if matches!(bytes.get(digits), Some(b' ' | b'\t')) {
                let mut after = skip_spaces(s, digits + 1);
                if let Some(dash) = s.get(after..).and_then(|rest| rest.strip_prefix(['-', '–', '—']))
                    && dash.starts_with(' ')
                {
                    after = skip_spaces(s, s.len() - dash.len());
                }
                let text = s.get(after..)?;
                if !text.chars().next().is_some_and(starts_entry_text) && !cites_a_code(text) {
                    return None;
                }
                let n = s.get(..digits)?.parse().ok()?;
                return Some((Some(n), EntryStyle::Bare, after));
            }
            // `1- Grafton`: the dash right after the number, as Persian
            // pages number notes (up to three digits: `2019- ` is a year).
            if digits <= 3
                && let Some(rest) = s.get(digits..).and_then(|rest| rest.strip_prefix(['-', '–']))
                && rest.starts_with(' ')
            {
                let after = skip_spaces(s, s.len() - rest.len());
                if !s.get(after..)?.chars().next().is_some_and(starts_entry_text) {
                    return None;
                }
                return Some((Some(s.get(..digits)?.parse().ok()?), EntryStyle::Bare, after));
            }
            if !matches!(bytes.get(digits), Some(b'.' | b')')) {
                return None;
            }
            // The label must be followed by a space, end its line (the
            // entry's text hangs below it), or run into a capital or quote
            // (`1.Smith`, as careless pages write it); not a decimal number.
            // HighWire's journals (bioRxiv, medRxiv) follow the number
            // with a return arrow linking back to the text: `1.↵`.
            let arrow = s.get(digits + 1..)?.starts_with('↵');
            let label_len = digits + 1 + if arrow { '↵'.len_utf8() } else { 0 };
            let glued = s.get(label_len..)?.chars().next();
            if glued.is_some_and(|c| !c.is_ascii_whitespace() && !starts_entry_text(c)) {
                return None;
            }
            let n = s.get(..digits)?.parse().ok()?;
            let after = skip_spaces(s, label_len);
            // Wikipedia-style `1. ^ a b Author …`: the back links belong to
            // the label (as after `[1]`).
            Some((Some(n), EntryStyle::Numbered, after + back_links(s.get(after..)?)))
        }
        _ => superscript_label(s),
    }
}

/// Whether an entry's text may start with `c` after a bare number: a
/// capital or an opening quote (`1 Grafton`, `2 "Title"`), not a word of
/// prose (`3 of them`).
fn starts_entry_text(c: char) -> bool {
    c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '\'')
}

/// Whether an entry's text after a bare number opens with a code's title
/// number and its abbreviation (`2 50 U.S.C. § 4817.`, `7 18 CFR 39.5`),
/// as a law's citation does.
fn cites_a_code(text: &str) -> bool {
    let digits = digit_run(text.as_bytes());
    (1..=3).contains(&digits)
        && text
            .get(digits..)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// `¹ Grafton, …`: an entry numbered with superscript digits, as word
/// processors write notes, read as a bare number.
fn superscript_label(s: &str) -> Option<(Option<u64>, EntryStyle, usize)> {
    let mut number = String::new();
    let mut end = 0;
    for (i, c) in s.char_indices() {
        match superscript_digit(c) {
            Some(digit) if number.len() < 4 => number.push(digit),
            Some(_) => return None,
            None => {
                end = i;
                break;
            }
        }
    }
    if number.is_empty() || !s.get(end..)?.starts_with([' ', '\t']) {
        return None;
    }
    let after = skip_spaces(s, end);
    let next = s.get(after..)?.chars().next()?;
    if !starts_entry_text(next) {
        return None;
    }
    Some((Some(number.parse().ok()?), EntryStyle::Bare, after))
}

/// The length of a Markdown link target right after a label or marker
/// (`[1](#footnote-anchor-1)`, as blog exports write notes): a `(…)` with no
/// space inside; 0 when there is none.
#[must_use]
pub fn link_target_len(s: &str) -> usize {
    if !s.starts_with('(') {
        return 0;
    }
    match s.find([')', ' ', '\t', '\n']) {
        Some(end) if s.as_bytes().get(end) == Some(&b')') && end > 1 => end + 1,
        _ => 0,
    }
}

/// `[Footnote 3: Servius on …]`: a note as Project Gutenberg's books set
/// it under the paragraph that cites it, its number and where its text
/// starts.
fn footnote_block_label(s: &str) -> Option<(Option<u64>, EntryStyle, usize)> {
    const OPENING: &str = "[footnote ";
    let head = s.get(..OPENING.len())?;
    if !head.eq_ignore_ascii_case(OPENING) {
        return None;
    }
    let rest = s.get(OPENING.len()..)?;
    let digits = digit_run(rest.as_bytes());
    if digits == 0 || rest.as_bytes().get(digits) != Some(&b':') {
        return None;
    }
    let n = rest.get(..digits)?.parse().ok()?;
    Some((
        Some(n),
        EntryStyle::Bracket,
        skip_spaces(s, OPENING.len() + digits + 1),
    ))
}

/// Whether a line opens a note as Project Gutenberg's books set it
/// (`[Footnote 3: …]`).
#[must_use]
pub fn opens_footnote_block(s: &str) -> bool {
    footnote_block_label(s).is_some()
}

fn digit_run(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

fn skip_spaces(s: &str, from: usize) -> usize {
    from + s
        .get(from..)
        .map_or(0, |rest| rest.len() - rest.trim_start().len())
}

/// Length of the back links that start `s`, as copied from a wiki page:
/// `^ a b c `, `↑ `, `Jump up ^ `, `^ Jump up to: a b ` (0 when there are
/// none). Letters count only after a caret, arrow or `Jump up`. Firefox
/// saving a page as text writes the label's own link after it
/// (`[1] <#_ftnref1> `).
fn back_links(s: &str) -> usize {
    if let Some(anchor) = s.strip_prefix("<#") {
        let head = anchor.get(..anchor.len().min(64)).unwrap_or(anchor);
        return match head.find(['>', ' ']) {
            Some(end) if head.as_bytes()[end] == b'>' => skip_spaces(s, 2 + end + 1),
            _ => 0,
        };
    }
    // Most lines start with none: `^`, `J`, the first byte of `↑`, or a
    // Markdown link or emphasis around one (`**[^](…)**`), which an entry's
    // label (`[12]`) is not.
    let linked = || {
        let inner = s.trim_start_matches(['*', '_']);
        inner.len() < s.len() || matches!(inner.as_bytes().get(1), Some(b'^' | b'*' | b'_' | 0xE2))
    };
    match s.as_bytes().first() {
        Some(b'^' | b'J' | 0xE2) => {}
        Some(b'[' | b'*' | b'_') if linked() => {}
        _ => return 0,
    }
    let mut at = 0;
    loop {
        let rest = s.get(at..).unwrap_or("");
        if let Some(link) = ["^", "↑", "Jump up to:", "Jump up"]
            .into_iter()
            .find(|link| rest.starts_with(link))
        {
            at = skip_spaces(s, at + link.len());
            continue;
        }
        let linked = linked_back_link(rest, at > 0);
        if linked > 0 {
            at = skip_spaces(s, at + linked);
            continue;
        }
        // French joins the last two letters: `↑ a b et c`.
        if at > 0
            && let Some(last) = rest.strip_prefix("et ")
            && last.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            && last.as_bytes().get(1) == Some(&b' ')
        {
            at = skip_spaces(s, at + 3);
            continue;
        }
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), Some(' ')) if at > 0 && c.is_ascii_lowercase() => at = skip_spaces(s, at + 1),
            // MediaWiki numbers them instead: `↑ 2.0 2.1 Doyle, …`.
            _ if at > 0 && numbered_back_link(rest) > 0 => at = skip_spaces(s, at + numbered_back_link(rest)),
            _ => return at,
        }
    }
}

/// The length of a back link kept as a Markdown link at the start of `s`,
/// as web clippers save a wiki's notes: `**[^](…#cite_ref-4)**`, and after
/// a caret (`after_caret`) `[***a***](…#cite_ref-x_1-0)`; else 0.
fn linked_back_link(s: &str, after_caret: bool) -> usize {
    let is_emphasis = |c: char| c == '*' || c == '_';
    let inner = s.trim_start_matches(is_emphasis);
    let Some(text) = inner.strip_prefix('[') else {
        return 0;
    };
    // Its words are a caret, an arrow or a letter in emphasis: the link's
    // end is looked for in the next 16 bytes only.
    let head = text.as_bytes().get(..text.len().min(16)).unwrap_or_default();
    let Some(close) = memchr::memmem::find(head, b"](") else {
        return 0;
    };
    let label = text.get(..close).unwrap_or_default().trim_matches(is_emphasis);
    let mut letters = label.chars();
    let is_back_link = matches!(label, "^" | "↑")
        || (after_caret
            && ((letters.next().is_some_and(|c| c.is_ascii_lowercase()) && letters.next().is_none())
                || numbered_back_link(&format!("{label} ")) > 0));
    let target = link_target_len(text.get(close + 1..).unwrap_or_default());
    if !is_back_link || target == 0 {
        return 0;
    }
    let end = s.len() - text.len() + close + 1 + target;
    let after = s.get(end..).unwrap_or_default();
    end + after.len() - after.trim_start_matches(is_emphasis).len()
}

/// The length of a numbered back link (`2.0`, `12.3`) and the space after
/// it at the start of `s`, else 0.
fn numbered_back_link(s: &str) -> usize {
    let bytes = s.as_bytes();
    let whole = digit_run(bytes);
    let dot = bytes.get(whole) == Some(&b'.');
    let part = bytes.get(whole + 1..).map_or(0, digit_run);
    if whole == 0 || !dot || part == 0 || bytes.get(whole + 1 + part) != Some(&b' ') {
        return 0;
    }
    whole + 1 + part + 1
}

/// The length of `entry` without the arrow back to the marker that
/// Pandoc and many blogs end each note with (`↩︎`, `↩`, or the link
/// `[↩︎](#fnref1)`).
fn before_back_arrow(entry: &str) -> usize {
    let text = entry.trim_end();
    if text.ends_with(')')
        && let Some(link) = text.rfind("[↩")
    {
        return link;
    }
    let Some(before) = text.trim_end_matches(['\u{fe0e}', '\u{fe0f}']).strip_suffix('↩') else {
        return entry.len();
    };
    // `… 737–738. [9]↩`: a text browser's number for the arrow's link.
    let linked = before
        .strip_suffix(']')
        .and_then(|b| b.rsplit_once('['))
        .filter(|(_, number)| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()));
    linked.map_or(before.len(), |(kept, _)| kept.len())
}

/// The links a journal's page puts after each entry, longest first
/// (`Article ADS CAS PubMed Google Scholar`, `[CrossRef] [Google Scholar]`,
/// `View in Scopus`).
const LINK_CLUTTER: &[&str] = &[
    "PubMed/NCBI",
    "PubMed Central",
    "PubMed Abstract",
    "PMC free article",
    "CrossRef Full Text",
    "Wiley Online Library",
    "Web of Science®",
    "Web of Science ®",
    "Web of Science",
    "Google Scholar",
    "View in Scopus",
    "View article",
    "View Article",
    "View PDF",
    "Full Text",
    "MathSciNet",
    "Green Version",
    "CrossRef",
    "Crossref",
    "PubMed",
    "Scopus",
    "Medline",
    "Article",
    "DOI",
    "ADS",
    "CAS",
    "ISI",
];

/// The words of [`LINK_CLUTTER`] that only such links use: an entry's own
/// last word may be `Article`, never `Google Scholar`.
const DISTINCT_CLUTTER: &[&str] = &[
    "Google Scholar",
    "PubMed",
    "CrossRef",
    "Crossref",
    "Scopus",
    "Web of Science",
    "MathSciNet",
    "ADS",
    "CAS",
];

/// The length of `entry` without the lines under it that number the posts
/// of an unrolled thread (`17/`, `18/18`) or only separate them (`• • •`).
fn before_thread_counters(entry: &str) -> usize {
    let is_counter = |line: &str| {
        let t = line.trim();
        let (number, of) = t.split_once('/').unwrap_or(("", "x"));
        let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        let counter = digits(number) && (of.is_empty() || digits(of));
        let bullets = !t.is_empty() && t.chars().all(|c| matches!(c, '•' | '·' | ' '));
        counter || bullets
    };
    // The entry's own first line is never one, nor the rest of a URL
    // broken after a slash (`…/2019/06/` over `25/`).
    before_trailing_lines(entry, |above, last| {
        (is_counter(last) || is_blank(last)) && !above.trim_end().ends_with(['/', '-'])
    })
}

/// The length of `entry` without the lines at its end that `drop` (given
/// the text above the line and the line) says are no part of it, its
/// first line never among them; `entry`'s whole length when none are.
fn before_trailing_lines(entry: &str, drop: impl Fn(&str, &str) -> bool) -> usize {
    let mut kept = entry.trim_end();
    while let Some((above, last)) = kept.rsplit_once('\n')
        && drop(above, last)
    {
        kept = above.trim_end();
    }
    if kept.len() == entry.trim_end().len() {
        entry.len()
    } else {
        kept.len()
    }
}

/// How far past a list's end its pages' running heads are counted.
const RUNNING_HEAD_REACH: usize = 8 << 10;

/// The running heads of a book or paper's pages among `lines`: a line of
/// two words or more that stands alone between blank lines, found twice
/// or more in capitals or three times, with a page's number on it or
/// alone beside it at least once (`A TAX ON EVERY TABLE 117`).
fn running_heads(text: &str, lines: &[Range<usize>]) -> foldhash::HashSet<String> {
    // Each head, how often it is found, and whether a page's number was.
    let mut seen: foldhash::HashMap<&str, (usize, bool)> = foldhash::HashMap::default();
    let line = |i: usize| lines.get(i).and_then(|l| text.get(l.clone()));
    let apart = |j: Option<usize>| j.and_then(line).is_none_or(is_blank);
    for i in 0..lines.len() {
        let Some(whole) = line(i) else { continue };
        let head = without_page_number(whole);
        if head.split_whitespace().nth(1).is_some() && apart(i.checked_sub(1)) && apart(Some(i + 1)) {
            let numbered = head.len() < whole.trim().len()
                || [i.checked_sub(2), Some(i + 2)]
                    .into_iter()
                    .any(|j| j.and_then(line).is_some_and(is_page_number));
            let entry = seen.entry(head).or_default();
            entry.0 += 1;
            entry.1 |= numbered;
        }
    }
    seen.into_iter()
        .filter(|&(head, (n, numbered))| {
            numbered && (n >= 3 || (n >= 2 && !head.chars().any(char::is_lowercase)))
        })
        .map(|(head, _)| head.to_owned())
        .collect()
}

/// Whether a line is a page's number alone: one to four digits, not a
/// year (`1987` under `London: Spire,` is the entry's).
fn is_page_number(line: &str) -> bool {
    let t = line.trim();
    (1..=4).contains(&t.len())
        && t.bytes().all(|b| b.is_ascii_digit())
        && !t.parse::<u32>().is_ok_and(|n| (1500..=2099).contains(&n))
}

/// A running head's words without the page number before or after them
/// (`117`, `Page 7`).
fn without_page_number(line: &str) -> &str {
    let t = line.trim();
    let t = t.strip_prefix("Page ").unwrap_or(t);
    t.trim_matches(|c: char| c.is_ascii_digit()).trim()
}

/// The length of `entry` without the page numbers, `running_heads` and
/// links back to the contents under it, standing apart (a page of a book
/// or paper turned under it), down to its first line at most.
fn before_running_heads(entry: &str, running_heads: &foldhash::HashSet<String>) -> usize {
    let is_furniture = |line: &str| {
        let t = line.trim();
        // An e-book's link back (`[Back to Contents]`).
        let link_back = t
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .is_some_and(|t| {
                let lower = t.to_lowercase();
                lower.starts_with("back to ") || lower.starts_with("return to ")
            });
        is_page_number(t) || link_back || running_heads.contains(without_page_number(t))
    };
    // Each stands after a blank line, under a line that ends as an entry
    // may (not `London: Spire,` over its year).
    before_trailing_lines(entry, |above, last| {
        is_furniture(last)
            && above.trim_end_matches([' ', '\t']).ends_with('\n')
            && !above.trim_end().ends_with(',')
            && above.trim().contains(char::is_whitespace)
    })
}

/// Whether `line` holds nothing but a journal's links.
fn is_link_clutter(line: &str) -> bool {
    !is_blank(line) && before_link_clutter(line) == 0
}

/// The length of `entry` without the journal's links after it.
fn before_link_clutter(entry: &str) -> usize {
    // Every link's words end with a letter (`Scholar`, `Web of Science®`,
    // `[CrossRef]`); most entries end with a full stop or a number.
    let last = entry.trim_end().trim_end_matches(']').chars().next_back();
    if !last.is_some_and(|c| c.is_ascii_alphabetic() || c == '®') {
        return entry.len();
    }
    let mut kept = entry.trim_end();
    let mut distinct = false;
    loop {
        let trimmed = kept.trim_end_matches(|c: char| c.is_whitespace() || c == '|');
        let unbracketed = trimmed.strip_suffix(']');
        let inner = unbracketed.unwrap_or(trimmed);
        // A link stands apart, or is glued to another (ScienceDirect's
        // `View in ScopusGoogle Scholar`).
        let Some(link) = LINK_CLUTTER.iter().find(|l| {
            let Some(before) = inner.strip_suffix(**l) else {
                return false;
            };
            before
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '[' || c == '|' || c == '.' || c == ')')
                || LINK_CLUTTER.iter().any(|other| before.ends_with(other))
        }) else {
            break;
        };
        let mut rest = inner.get(..inner.len() - link.len()).unwrap_or_default();
        if unbracketed.is_some() {
            let Some(open) = rest.strip_suffix('[') else { break };
            rest = open;
        }
        distinct |= DISTINCT_CLUTTER.iter().any(|d| link.starts_with(d));
        kept = rest;
    }
    if distinct {
        kept.trim_end().len()
    } else {
        entry.len()
    }
}

/// Splits `region` of `text` into entries.
#[must_use]
pub fn split_entries(text: &str, region: Range<usize>) -> ReferenceList {
    let lines = lines_between(text, region.start, region.end);
    let line = |l: &Range<usize>| text.get(l.clone()).unwrap_or("");
    let mut filled = lines.iter().filter(|l| !is_blank(line(l)));
    let Some(mut first) = filled.next() else {
        return ReferenceList::default();
    };
    // `Primary sources:` over numbered entries is a sub-heading, not the
    // first entry (which would number every entry one too high).
    if is_subheading(line(first))
        && let Some(next) = filled.next()
        && entry_label(line(next).trim_start()).is_some_and(|(number, _, _)| number.is_some())
    {
        first = next;
    }
    let first_trim = trim_range(text, first);
    let style = entry_label(text.get(first_trim.clone()).unwrap_or(""))
        .map_or(EntryStyle::Unnumbered, |(_, style, _)| style);
    let mut list = ReferenceList {
        style,
        ..ReferenceList::default()
    };
    let (starts, restart_at) = match style {
        EntryStyle::Unnumbered => (unnumbered_starts(text, &lines), Vec::new()),
        _ => labelled_starts(text, &lines, style),
    };
    let mut end_of_list = region.end;
    // A byline or a heading (`Bibliography` after the notes) among the
    // entries ends the entry before it.
    let mut stops: Vec<usize> = Vec::new();
    // The lines that are reference headings, each from its start to the
    // next line's.
    let mut headings: Vec<Range<usize>> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let s = text.get(line.clone()).unwrap_or("");
        // A sub-heading stands apart: a blank line (or the list's start)
        // above it, a blank line or an entry below; `Available online at:`
        // ends a line of an entry.
        let stands_apart = || {
            let blank_or_label = |j: usize| {
                lines
                    .get(j)
                    .and_then(|l| text.get(l.clone()))
                    .is_none_or(|n| is_blank(n) || entry_label(n.trim_start()).is_some())
            };
            i.checked_sub(1).is_none_or(|p| {
                lines
                    .get(p)
                    .and_then(|l| text.get(l.clone()))
                    .is_some_and(is_blank)
            }) && blank_or_label(i + 1)
        };
        let heading = is_reference_heading(s);
        if heading {
            headings.push(line.start..line.end);
        }
        // In a list with no labels, whose entries are its paragraphs, a
        // journal's back matter ends the list: the paragraphs under
        // `Acknowledgements` are no entries.
        if style == EntryStyle::Unnumbered && is_back_matter(s) {
            end_of_list = end_of_list.min(line.start);
        }
        if let Some(name) = byline_name(s) {
            list.byline
                .get_or_insert(line.start + name.start..line.start + name.end);
            stops.push(line.start);
        } else if heading
            || is_ad_label(s)
            || is_back_matter(s)
            || is_download_stamp(s)
            || (style != EntryStyle::Unnumbered && is_subheading(s) && stands_apart())
            || (style != EntryStyle::Bracket && is_link_definition(s))
        {
            stops.push(line.start);
        }
    }
    if let Some(last) = starts.last()
        && let Some(furniture) = trailing_furniture(text, &lines, last.0)
    {
        end_of_list = end_of_list.min(furniture);
    }
    // (Its pages' heads are counted past its end too, where the page that
    // ends it has one.)
    let page_end = text.floor_char_boundary(region.end.saturating_add(RUNNING_HEAD_REACH));
    let running_heads = running_heads(text, &lines_between(text, region.start, page_end));
    list.entries.reserve_exact(starts.len());
    let mut count = 0u64;
    for (i, &(start, number, label_len)) in starts.iter().enumerate() {
        if start >= end_of_list {
            break;
        }
        let next = starts.get(i + 1).map_or(end_of_list, |s| s.0).min(end_of_list);
        let end = stops
            .iter()
            .copied()
            .find(|&s| s > start && s < next)
            .unwrap_or(next);
        let end = start + before_back_arrow(text.get(start..end).unwrap_or_default());
        let end = start + before_link_clutter(text.get(start..end).unwrap_or_default());
        let end = start + before_thread_counters(text.get(start..end).unwrap_or_default());
        let end = start + before_running_heads(text.get(start..end).unwrap_or_default(), &running_heads);
        let range = trim_range(text, &(start..end));
        let body = trim_range(text, &(start + label_len..end.max(start + label_len)));
        count += 1;
        let number = match style {
            EntryStyle::Caret | EntryStyle::Unnumbered => Some(count),
            _ => number,
        };
        if restart_at.binary_search(&start).is_ok() {
            list.restarts += 1;
        }
        let label = number.unwrap_or(count).to_compact_string();
        list.entries.push(EntrySpan {
            range,
            body,
            label: match list.restarts {
                0 => label,
                restarts => compact_str::format_compact!("{}.{label}", restarts + 1),
            },
            number,
        });
    }
    if style != EntryStyle::Unnumbered
        && let Some(last) = list.entries.last()
        && let Some(heading) = headings.iter().find(|h| h.start >= last.range.end)
    {
        let works = bibliography(text, heading.end..region.end, &list.entries);
        list.entries.extend(works);
    }
    list
}

/// A lettered note's label at the start of a line, as a wiki's notes are
/// copied: `a. ^ …` (Firefox keeps the letter), `b) …`, or `^ …` alone
/// (Chrome drops it). The letter when written, and the label's length with
/// its back links and spaces.
#[must_use]
pub fn lettered_label(s: &str) -> Option<(Option<&str>, usize)> {
    let links = back_links(s);
    if links > 0 {
        return Some((None, links));
    }
    let letters = s.bytes().take_while(u8::is_ascii_lowercase).count();
    let after = s.get(letters..)?;
    if !(1..=2).contains(&letters) || !(after.starts_with(". ") || after.starts_with(") ")) {
        return None;
    }
    let text = skip_spaces(s, letters + 1);
    Some((s.get(..letters), text + back_links(s.get(text..)?)))
}

/// The letter that labels the note at `index` of a lettered list: `a` to
/// `z`, then `aa`, `ab`…, as wikis go on.
fn letter_label(index: usize) -> CompactString {
    let letter = |i: usize| char::from(b'a' + u8::try_from(i % 26).unwrap_or(0));
    let mut label = CompactString::default();
    if index >= 26 {
        label.push(letter(index / 26 - 1));
    }
    label.push(letter(index));
    label
}

/// The notes of a lettered list (a wiki's `Notes` above its `References`):
/// each starts on a line with a [`lettered_label`] and runs to the next; a
/// note whose letter was lost is labelled by its place. They have no
/// number.
#[must_use]
pub fn split_lettered(text: &str, region: Range<usize>) -> Vec<EntrySpan> {
    let lines = lines_between(text, region.start, region.end);
    let starts: Vec<(usize, Option<&str>, usize)> = lines
        .iter()
        .filter_map(|l| {
            let line = trim_range(text, l);
            let (letter, len) = lettered_label(text.get(line.clone())?)?;
            Some((line.start, letter, len))
        })
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(i, &(start, letter, len))| {
            let next = starts.get(i + 1).map_or(region.end, |s| s.0);
            let end = start + before_back_arrow(text.get(start..next).unwrap_or_default());
            EntrySpan {
                range: trim_range(text, &(start..end)),
                body: trim_range(text, &(start + len..end.max(start + len))),
                label: letter.map_or_else(|| letter_label(i), CompactString::from),
                number: None,
            }
        })
        .collect()
}

/// The most of a bibliography's entry looked at for its year, which
/// Chicago's bibliography puts at the end (`New York: Walker, 1995.`).
const BIBLIOGRAPHY_ENTRY: usize = 400;

/// The entries of a bibliography under its own heading after numbered
/// notes (Chicago's `Notes` then `Bibliography`, a wiki's `Citations`
/// then `Works cited`): an author and a year opening each, labelled so
/// (`Sobel 1995`), as the short notes cite them. None when the text under
/// the heading is no such list.
fn bibliography(text: &str, region: Range<usize>, notes: &[EntrySpan]) -> Vec<EntrySpan> {
    // A numbered list under the heading is no bibliography (and is not
    // split here: a list of such lists would be split again and again).
    let first_line = text
        .get(region.clone())
        .unwrap_or_default()
        .lines()
        .find(|l| !is_blank(l));
    if first_line.is_none_or(|l| entry_label(l.trim_start()).is_some()) {
        return Vec::new();
    }
    let list = split_entries(text, region);
    let entry_text = |e: &EntrySpan| text.get(e.range.clone()).unwrap_or("");
    // Each with a year (what follows the last is the page's), most under
    // a person's name (an organisation's, `Congressional Budget Office.
    // 2019.`, has no comma).
    let works: Vec<EntrySpan> = list
        .entries
        .into_iter()
        .take_while(|e| {
            let s = entry_text(e);
            first_year(s, BIBLIOGRAPHY_ENTRY).is_some() || s.contains("n.d.")
        })
        .collect();
    let by_person = works
        .iter()
        .filter(|e| opens_with_a_name(entry_text(e)) || repeats_the_author(entry_text(e)))
        .count();
    if list.style != EntryStyle::Unnumbered || by_person * 2 <= works.len() {
        return Vec::new();
    }
    let taken: HashSet<CompactString> = notes.iter().map(|e| e.label.clone()).collect();
    by_author_and_year(text, works, taken)
}

/// `works` labelled by author and year (`Sobel 1995`, `Sobel 1995b` for
/// the second), as author-date citations name them, with no number; no
/// label is one of `taken`.
#[must_use]
pub fn by_author_and_year(
    text: &str,
    works: Vec<EntrySpan>,
    mut taken: HashSet<CompactString>,
) -> Vec<EntrySpan> {
    let entry_text = |e: &EntrySpan| text.get(e.range.clone()).unwrap_or("");
    let mut family = "";
    works
        .into_iter()
        .map(|mut entry| {
            let s = entry_text(&entry);
            let year = publication_year(s).unwrap_or("n.d.");
            if !repeats_the_author(s) {
                let year_at = s.find(year).unwrap_or(s.len());
                let name_end = s.find([',', '(']).map_or(year_at, |at| at.min(year_at));
                family = s.get(..name_end).unwrap_or("").trim().trim_end_matches('.');
            }
            let label = format!("{family} {year}");
            let mut unique = CompactString::from(label.as_str());
            for suffix in 'b'..='z' {
                if !taken.contains(&unique) {
                    break;
                }
                unique = format!("{label}{suffix}").into();
            }
            taken.insert(unique.clone());
            entry.label = unique;
            entry.number = None;
            entry
        })
        .collect()
}

/// How many entries of an unnumbered list are looked for in the body by
/// author and year.
const AUTHOR_DATE_PROBES: usize = 8;

/// Whether the body (`body` of `text`) cites an unnumbered list's entries
/// by author and year (`Pettigrew (2016)`, `Brier, 1950`), as an
/// encyclopedia's alphabetical bibliography is cited, and not by the last
/// entry's number: then its `[1]` is a note kept elsewhere, not the first
/// entry. Two of the first few entries so cited are enough, or the one
/// entry of a list of one or two. A body that cites `[N]`, N the number of
/// entries, cites a numbered list whose numbers were lost in the copy.
#[must_use]
pub fn cited_by_author_and_year(text: &str, body: Range<usize>, entries: &[EntrySpan]) -> bool {
    let body = text.get(body).unwrap_or_default().as_bytes();
    let last = format!("[{}]", entries.len());
    if memchr::memmem::find(body, last.as_bytes()).is_some() {
        return false;
    }
    let cited = entries
        .iter()
        .take(AUTHOR_DATE_PROBES)
        .filter(|e| {
            let s = text.get(e.range.clone()).unwrap_or("");
            let Some(year) = publication_year(s) else {
                return false;
            };
            let family = s
                .split([',', ' ', '('])
                .next()
                .unwrap_or("")
                .trim_end_matches('.');
            if family.chars().count() < 2 || !family.starts_with(char::is_uppercase) {
                return false;
            }
            memchr::memmem::find_iter(body, family.as_bytes()).any(|at| {
                let after = body.get(at + family.len()..).unwrap_or_default();
                let near = after.get(..after.len().min(40)).unwrap_or_default();
                memchr::memmem::find(near, year.as_bytes()).is_some()
            })
        })
        .count();
    cited >= 2 || (cited == 1 && entries.len() <= 2)
}

/// A Markdown link definition, `[3]: https://…`, under notes numbered
/// otherwise: the target of a link in the body, no note.
fn is_link_definition(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('[')
        && t.find("]: ").is_some_and(|close| {
            let target = t.get(close + 3..).unwrap_or("").trim_start();
            target.starts_with("http") || target.starts_with("www.")
        })
}

/// A short line ending in a colon (`Primary sources:`, `Books:`), or
/// naming a part of a book, that sorts the entries under it.
fn is_subheading(line: &str) -> bool {
    let t = line.trim();
    // Entries, with a digit or a bracket first, are ruled out at once.
    if t.len() > 60 || !t.starts_with(char::is_alphabetic) {
        return false;
    }
    // `Chapter 1: Breaking the Plains`, `Notes to Chapter 2`, `Part II`.
    let part_of_a_book = !t.ends_with('.')
        && ["chapter ", "part ", "notes to ", "notes for "]
            .iter()
            .any(|p| t.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)));
    part_of_a_book || (t.len() <= 40 && t.ends_with(':') && entry_label(t).is_none())
}

/// The entries of several lists, one after the other (the notes of each
/// part of an essay): the first list's style and byline.
pub fn split_lists(text: &str, regions: impl Iterator<Item = Range<usize>>) -> ReferenceList {
    let mut all: Option<ReferenceList> = None;
    let mut previous_end = 0;
    for region in regions {
        let (start, end) = (region.start, region.end);
        let mut list = split_entries(text, region);
        match &mut all {
            None => all = Some(list),
            Some(all) => {
                // A chapter's notes after another's, numbered from 1 again,
                // the chapter between them citing 1 again: the next part,
                // as a restart inside one list is.
                let restarts = list.entries.first().is_some_and(|e| e.number == Some(1))
                    && all
                        .entries
                        .last()
                        .is_some_and(|e| e.number.is_some_and(|n| n >= 2))
                    && text.get(previous_end..start).is_some_and(cites_1);
                if restarts {
                    all.part_starts.push(previous_end);
                    let parts_before = all.restarts + 1;
                    for entry in &mut list.entries {
                        let (part, number) = match entry.label.split_once('.') {
                            Some((part, number)) => (part.parse().unwrap_or(1), number),
                            None => (1, entry.label.as_str()),
                        };
                        entry.label = compact_str::format_compact!("{}.{number}", parts_before + part);
                    }
                    all.restarts = parts_before + list.restarts;
                }
                all.entries.extend(list.entries);
                all.byline = all.byline.take().or(list.byline);
            }
        }
        previous_end = end;
    }
    all.unwrap_or_default()
}

/// Whether `body` cites a note 1 (`[1]`, `[1, 2]`, `[1–3]`, `¹`).
fn cites_1(body: &str) -> bool {
    ["[1]", "[1,", "[1-", "[1–", "¹"]
        .iter()
        .any(|cite| memchr::memmem::find(body.as_bytes(), cite.as_bytes()).is_some())
}

/// Where an entry starts, its number and its label's length.
type EntryStart = (usize, Option<u64>, usize);

/// Entry starts `(offset, number, label length)` for labelled styles: at
/// line starts, the next expected number (or a small gap); for `[n]`, also
/// the next expected number anywhere on a line. With them, the offsets
/// where the numbering starts again at 1 (a book's next chapter).
fn labelled_starts(text: &str, lines: &[Range<usize>], style: EntryStyle) -> (Vec<EntryStart>, Vec<usize>) {
    let mut starts = Vec::new();
    let mut restart_at = Vec::new();
    let mut last: Option<u64> = None;
    // The highest number taken, and, once an entry comes out of order (a
    // list newest first, two entries swapped), every number taken.
    let mut highest: u64 = 0;
    let mut taken: Option<HashSet<u64>> = None;
    for (i, line) in lines.iter().enumerate() {
        let t = trim_range(text, line);
        let s = text.get(t.clone()).unwrap_or("");
        let mut at = 0;
        while at < s.len() {
            let rest = s.get(at..).unwrap_or("");
            let at_line_start = at == 0;
            if let Some((number, found_style, len)) = entry_label(rest) {
                let restart = at_line_start
                    && number == Some(1)
                    && last.is_some_and(|prev| prev >= 2)
                    && restarts_here(text, lines, i, style);
                if restart {
                    (highest, taken) = (0, None);
                }
                // `pp. 112–` over `13.`: the end of a range of pages that
                // the line broke, alone on its line, is no entry.
                // The next number in turn (`12.` under `11. …, 1758–`) is
                // still the next entry.
                let ends_a_range = at_line_start
                    && number != last.and_then(|l| l.checked_add(1))
                    && rest.get(len..).is_some_and(|after| after.trim().is_empty())
                    && i.checked_sub(1)
                        .and_then(|p| lines.get(p))
                        .and_then(|l| text.get(l.clone()))
                        .is_some_and(|above| {
                            let above = above.trim_end();
                            above.ends_with(['–', '-'])
                                && above
                                    .trim_end_matches(['–', '-'])
                                    .ends_with(|c: char| c.is_ascii_digit())
                        });
                let fits = !ends_a_range
                    && found_style == style
                    && match (number, last) {
                        (_, _) if style == EntryStyle::Caret => at_line_start,
                        _ if restart => true,
                        (Some(n), None) => at_line_start || n == 1,
                        // `[6]` twice at line starts: two entries, the
                        // second numbered by mistake, not one merged.
                        (Some(n), Some(prev)) if at_line_start => {
                            (n > prev || (n == prev && style == EntryStyle::Bracket))
                                && n <= prev.saturating_add(3)
                                || (style == EntryStyle::Bracket
                                    && n <= highest.saturating_add(3)
                                    && !taken
                                        .get_or_insert_with(|| {
                                            starts.iter().filter_map(|s: &EntryStart| s.1).collect()
                                        })
                                        .contains(&n))
                        }
                        (Some(n), Some(prev)) => {
                            prev.checked_add(1) == Some(n) && mid_line_start_ok(s, at, style)
                        }
                        (None, _) => false,
                    };
                if fits {
                    if restart {
                        restart_at.push(t.start + at);
                    }
                    starts.push((t.start + at, number, len));
                    highest = highest.max(number.unwrap_or(0));
                    if let (Some(taken), Some(n)) = (&mut taken, number) {
                        taken.insert(n);
                    }
                    last = number.or(last);
                    at += len.max(1);
                    continue;
                }
            }
            at = next_candidate(s, at, style);
        }
    }
    (starts, restart_at)
}

/// Whether the notes start again at 1 on line `i` (a book's notes, each
/// chapter's numbered from 1): a blank line or a chapter's heading comes
/// before it, and the next entry is numbered 2.
fn restarts_here(text: &str, lines: &[Range<usize>], i: usize, style: EntryStyle) -> bool {
    let line = |j: usize| lines.get(j).and_then(|l| text.get(l.clone())).unwrap_or("");
    let after_a_break = i
        .checked_sub(1)
        .is_some_and(|p| is_blank(line(p)) || is_subheading(line(p)));
    let next = (i + 1..lines.len())
        .take(40)
        .find_map(|j| entry_label(line(j).trim_start()));
    after_a_break && matches!(next, Some((Some(2), next_style, _)) if next_style == style)
}

/// Where the next entry label may begin on a line after `at`.
fn next_candidate(s: &str, at: usize, style: EntryStyle) -> usize {
    let rest = s.get(at + 1..).unwrap_or("");
    let found = match style {
        EntryStyle::Bracket => memchr::memchr(b'[', rest.as_bytes()),
        EntryStyle::Paren => memchr::memchr(b'(', rest.as_bytes()),
        EntryStyle::Numbered => rest.find(|c: char| c.is_ascii_digit()),
        _ => None,
    };
    found.map_or(s.len(), |i| at + 1 + i)
}

/// A numbered label in the middle of a line (`… 2004. 2. Smith …`) only counts
/// after the end of a sentence, an address (`… https://example.org/a/ 2)
/// Jones …`) or an entry that only repeats the one before (`… Ibid 4. Roe
/// …`), and a space, and before a capital; `[n]` always counts.
fn mid_line_start_ok(s: &str, at: usize, style: EntryStyle) -> bool {
    match style {
        EntryStyle::Bracket => return true,
        EntryStyle::Bare => return false,
        _ => {}
    }
    // After a space: `…08.010. [DOI]` is the end of a DOI, not entry 10.
    let spaced = s.get(..at).unwrap_or("").ends_with(char::is_whitespace);
    let before = s.get(..at).unwrap_or("").trim_end();
    let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let repeats = ["ibid", "ibidem", "idem", "ebd"].contains(&last_word.to_lowercase().as_str());
    spaced && (before.ends_with(['.', ')', ']', '>']) || starts_with_url(last_word) || repeats)
}

/// Starts of unnumbered entries: each paragraph when the list is hard-wrapped
/// into paragraphs, else each line.
fn unnumbered_starts(text: &str, lines: &[Range<usize>]) -> Vec<EntryStart> {
    // Hard-wrapped: paragraphs of several lines separated by blank lines.
    let mut group_len = 0;
    let mut groups = 0;
    let mut longest_group = 0;
    // A journal's line of links between entries (`PubMed Abstract |
    // CrossRef Full Text | Google Scholar`) parts them as a blank line does.
    let parts_entries = |s: &str| is_blank(s) || is_link_clutter(s);
    for line in lines {
        if parts_entries(text.get(line.clone()).unwrap_or("")) {
            groups += usize::from(group_len > 0);
            group_len = 0;
        } else {
            group_len += 1;
            longest_group = longest_group.max(group_len);
        }
    }
    groups += usize::from(group_len > 0);
    // A bibliography saved from a page has an entry a line, each opening
    // with its author and a year soon after (`Fine, Kit, 1975, …`); a line
    // that goes on from the one above does not.
    let mut entry_lines = lines
        .iter()
        .map(|l| text.get(trim_range(text, l)).unwrap_or(""))
        .filter(|s| !parts_entries(s) && !is_title_like(s))
        .peekable();
    let an_entry_a_line = entry_lines.peek().is_some()
        && entry_lines.all(|s| opens_with_author_and_year(s) || repeats_the_author(s));
    let wrapped = groups > 1 && longest_group > 1 && !an_entry_a_line;
    let trimmed = |line: &Range<usize>| {
        let t = trim_range(text, line);
        (t.start, text.get(t).unwrap_or(""))
    };
    // A bulleted list: entries start at the bullets, and the lines between
    // continue them.
    let bulleted = lines
        .iter()
        .map(trimmed)
        .find(|(_, s)| !s.is_empty())
        .is_some_and(|(_, s)| bullet_len(s) > 0);
    let mut starts = Vec::new();
    let mut previous_blank = true;
    for line in lines {
        let (start, s) = trimmed(line);
        let blank = parts_entries(s);
        if bulleted {
            let bullet = bullet_len(s);
            if bullet > 0 {
                starts.push((start, None, bullet));
            }
        } else if !blank
            && (!wrapped || previous_blank || starts_with_url(s))
            && (!an_entry_a_line || opens_with_author_and_year(s) || repeats_the_author(s))
        {
            starts.push((start, None, 0));
        }
        previous_blank = blank;
    }
    starts
}

/// Whether a line opens as an author-date entry does: a family name, a
/// comma, a capitalised given name or initial, and a year among its first
/// 80 bytes (`Williamson, Timothy, 1994, …`, `Fine, K. (1975). …`).
fn opens_with_author_and_year(s: &str) -> bool {
    opens_with_a_name(s) && first_year(s, 80).is_some()
}

/// Whether a line opens with a family name, a comma and a capitalised given
/// name or initial (`Sobel, Dava.`).
fn opens_with_a_name(s: &str) -> bool {
    let Some((family, rest)) = s.split_once(", ") else {
        return false;
    };
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    capitalised(family)
        && family.split_whitespace().count() <= 3
        && family
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
        && capitalised(rest)
}

/// The first year (four digits alone, from 1000 to 2999) in the first
/// `within` bytes of an entry.
#[must_use]
pub fn first_year(s: &str, within: usize) -> Option<&str> {
    let end = s.floor_char_boundary(within);
    let head = s.get(..end).unwrap_or("");
    let bytes = head.as_bytes();
    let at = bytes.windows(4).enumerate().position(|(i, w)| {
        let digits = w.iter().all(u8::is_ascii_digit);
        let alone = !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
            && !i
                .checked_sub(1)
                .and_then(|b| bytes.get(b))
                .is_some_and(u8::is_ascii_digit);
        digits && alone && matches!(w[0], b'1' | b'2')
    })?;
    head.get(at..at + 4)
}

/// The year a bibliography's entry `s` came out: the first year when it
/// follows the authors (`Smith, J. (2010, March 3)`, `Smith, J 2010,`),
/// else the first that ends a field (`2013.`, `2013;`, at the end), as a
/// date does, so that a year inside its title (`The Coup: 1953, the CIA,
/// …, 2013.`) is passed over.
fn publication_year(s: &str) -> Option<&str> {
    let first = first_year(s, BIBLIOGRAPHY_ENTRY)?;
    let before = s
        .get(..first.as_ptr() as usize - s.as_ptr() as usize)
        .unwrap_or_default()
        .trim_end();
    let after_authors = before.ends_with('(')
        || (before.split_whitespace().count() <= AUTHORS_BEFORE_YEAR && !before.ends_with(':'));
    if after_authors {
        return Some(first);
    }
    let head = s.get(..s.floor_char_boundary(BIBLIOGRAPHY_ENTRY)).unwrap_or(s);
    let mut rest = head;
    while let Some(year) = first_year(rest, rest.len()) {
        let at = year.as_ptr() as usize - rest.as_ptr() as usize;
        let after = rest.get(at + 4..).unwrap_or_default();
        // `2013a`: a second work of the year.
        let after = after
            .strip_prefix(|c: char| c.is_ascii_lowercase())
            .unwrap_or(after);
        if after.trim_end().is_empty() || after.starts_with(['.', ')', ';']) {
            return Some(year);
        }
        rest = after;
    }
    Some(first)
}

/// The most words of authors before an author-date entry's year
/// (`Gasiorowski, Mark J., and Malcolm Byrne,`).
const AUTHORS_BEFORE_YEAR: usize = 8;

/// Whether a line opens with a dash or `Idem` for the author of the line
/// above (`–––, 1996, "…"`, `———. 1836. Tales…`, `Idem. Title…`).
pub fn repeats_the_author(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    first.ends_with([',', '.']) && super::fields::is_repeated_author(first)
}

/// Whether a line opens with a link: in a list of bare links, each is an
/// entry, however the lines are grouped.
fn starts_with_url(s: &str) -> bool {
    let lower = s.get(..s.len().min(8)).unwrap_or("").to_ascii_lowercase();
    ["http://", "https://", "www."]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// The length of a list bullet (`•`, `-`, `*`, `▪`…) and the spaces after
/// it at the start of `s`; 0 when `s` does not start with one. An em dash
/// is not a bullet: `———.` stands for the author of the entry above.
fn bullet_len(s: &str) -> usize {
    let Some(bullet) = s
        .chars()
        .next()
        .filter(|c| matches!(c, '•' | '◦' | '▪' | '‣' | '·' | '-' | '*' | '–'))
    else {
        return 0;
    };
    let after = bullet.len_utf8();
    if s.get(after..).is_some_and(|rest| rest.starts_with([' ', '\t'])) {
        skip_spaces(s, after)
    } else {
        0
    }
}

/// After the last entry, a headline-like line (or a single word, a tag)
/// that follows a blank line and is itself followed by more lines is a page
/// sidebar, not part of the entry; so are a page's control, a new
/// page's number or running head, and a page's number at its foot.
fn trailing_furniture(text: &str, lines: &[Range<usize>], last_start: usize) -> Option<usize> {
    let after: Vec<&Range<usize>> = lines.iter().filter(|l| l.start > last_start).collect();
    let last_nonblank = after
        .iter()
        .rposition(|l| !is_blank(text.get((*l).clone()).unwrap_or("")));
    for (i, line) in after.iter().enumerate() {
        let s = text.get((*line).clone()).unwrap_or("");
        let previous_blank = i > 0
            && after
                .get(i - 1)
                .is_some_and(|p| is_blank(text.get((*p).clone()).unwrap_or("")));
        // A new page's number or running head (`\f4   SUEZ 1956: …`), in
        // a PDF's text: not the last entry's, unless that runs on.
        let page_head = s.starts_with('\u{c}')
            && (s.trim().starts_with(|c: char| c.is_ascii_digit()) || !s.chars().any(char::is_lowercase));
        if !(previous_blank || page_head) || is_blank(s) {
            continue;
        }
        let more_follows = last_nonblank.is_some_and(|last| last > i);
        // A line before it that stops mid-sentence (`… Participate in`),
        // not at a URL, runs on into it: a list saved double-spaced.
        let runs_on = lines
            .get(..lines.partition_point(|l| l.start < line.start))
            .unwrap_or_default()
            .iter()
            .map(|l| text.get(l.clone()).unwrap_or("").trim_end())
            .rfind(|l| !l.is_empty())
            .is_some_and(|l| {
                let last_word = l.rsplit(char::is_whitespace).next().unwrap_or(l);
                let url = last_word.contains("://") || last_word.starts_with("www.");
                !url && !l.ends_with(['.', '!', '?', ')', ']', '>', '"', '”'])
            });
        let t = s.trim();
        let headline = is_title_like(t)
            && t.split_whitespace().count() >= 2
            && !t.contains("://")
            && !t.starts_with(['*', '"', '“', '”', '<', '(']);
        // A blog's tags, a word a line (`Security`, `Passwords`).
        let tag = t.split_whitespace().count() == 1 && t.chars().all(char::is_alphabetic);
        // A page's control (a comment's `Reply`), even with nothing under it.
        let control = previous_blank && is_page_control(t);
        // A page's number alone at its foot, in a scanned book's text,
        // under the last of the list (one between a note's lines is left
        // in it).
        let page_number = previous_blank
            && last_nonblank == Some(i)
            && t.len() <= 4
            && t.bytes().all(|b| b.is_ascii_digit());
        if (((headline || tag) && more_follows) || page_head || control || page_number) && !runs_on {
            return Some(line.start);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels_and_bodies(text: &str) -> Vec<(String, String)> {
        split_entries(text, 0..text.len())
            .entries
            .iter()
            .map(|e| (e.label.to_string(), text[e.body.clone()].to_string()))
            .collect()
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
            .collect()
    }

    #[test]
    fn an_unrolled_threads_post_numbers_are_no_part_of_the_entries() {
        let text = "[1] Roe, Jane. \"The Dancing Plague.\" The Courier 24 (2000)\n17/\n\n[2] Doe, John. Madness in Strasbourg. 2004\n18/18\n\n• • •\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Roe, Jane. \"The Dancing Plague.\" The Courier 24 (2000)"),
                ("2", "Doe, John. Madness in Strasbourg. 2004"),
            ])
        );
        let url = "[1] Roe, Jane. The Courier. https://example.org/2019/06/\n25/\n";
        assert!(labels_and_bodies(url)[0].1.ends_with("25/"));
    }

    #[test]
    fn a_books_running_heads_and_page_numbers_are_no_part_of_the_entries() {
        let text = "[1] Roy Moxham, The Great Hedge of India (London: Constable, 2001), 3.\n\n\
                    A TAX ON EVERY TABLE\n\n116\n\n[2] Moxham, Great Hedge, 112.\n\n[Back to Contents]\n\n\
                    [3] Doe, John. Salt. London: Spire,\n1987\n\nA TAX ON EVERY TABLE 117\n\n[4] Roe, Jane. Tax. 2001.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                (
                    "1",
                    "Roy Moxham, The Great Hedge of India (London: Constable, 2001), 3."
                ),
                ("2", "Moxham, Great Hedge, 112."),
                ("3", "Doe, John. Salt. London: Spire,\n1987"),
                ("4", "Roe, Jane. Tax. 2001."),
            ])
        );
        // A line found once, or twice in lower case, is an entry's; so is
        // one found often with no page's number, a year under a comma, and
        // a note under its label alone.
        let text = "[1] Roe, Jane. Tax. 2001.\n\nSee also the appendix\n\n[2] Doe, John. Salt. 1987.\n";
        assert!(labels_and_bodies(text)[0].1.ends_with("See also the appendix"));
        let text = "[1] Roe, Jane. Tax.\n\nOxford University Press\n\n[2] Doe, John. Salt.\n\nOxford University Press\n\n\
                    [3] Poe, Jo. Sugar.\n\nOxford University Press\n\n[4] Doe, John. Salt. London: Spire,\n\n1987\n";
        let bodies = labels_and_bodies(text);
        assert!(
            bodies[..3]
                .iter()
                .all(|(_, b)| b.ends_with("Oxford University Press")),
            "{bodies:?}"
        );
        assert!(bodies[3].1.ends_with("1987"), "{bodies:?}");
        let text = "1.\n\nMoxham, Great Hedge, 112.\n\n2.\n\nMoxham, Great Hedge, 112.\n\n3.\n\nMoxham, Great Hedge, 112.\n";
        let bodies = labels_and_bodies(text);
        assert!(bodies.iter().all(|(_, b)| b.starts_with("Moxham")), "{bodies:?}");
    }

    #[test]
    fn the_end_of_a_page_range_broken_onto_its_own_line_is_no_entry() {
        // Note 9 is missing, so 13 would be near enough to 10 to follow it.
        let text = "8. Roe, J. Sewers (London: Spire, 2009).\n10. Doe, J. The Embankment (Akron: UAP, 1998), pp. 112–\n13.\n11. Poe, J. Drains (London: ICE, 1865).\n";
        let labels: Vec<String> = labels_and_bodies(text)
            .into_iter()
            .map(|(label, _)| label)
            .collect();
        assert_eq!(labels, ["8", "10", "11"]);
        // The next number in turn, alone on its line, is the next entry.
        let text =
            "10. Doe, J. Essays. London: Dodsley, 1758–\n11.\nRoe, J. Letters. London: Murray, 1790.\n";
        let labels: Vec<String> = labels_and_bodies(text)
            .into_iter()
            .map(|(label, _)| label)
            .collect();
        assert_eq!(labels, ["10", "11"]);
    }

    #[test]
    fn a_saved_bibliography_is_an_entry_a_line_but_a_wrapped_one_is_not() {
        let saved = "Fine, Kit, 1975, \"Vagueness, Truth and Logic\", Synthese, 30: 265–300.\nWilliamson, Timothy, 1994, Vagueness, London: Routledge.\n\nSorensen, Roy, 2001, Vagueness and Contradiction, Oxford: Clarendon.\n";
        assert_eq!(labels_and_bodies(saved).len(), 3);
        let sep = "Primary sources\nFine, Kit, 1975, \"Vagueness, Truth and Logic\", Synthese, 30: 265–300.\n–––, 2017, \"The Possibility of Vagueness\", Synthese, 194: 3699–3725.\n\nWilliamson, Timothy, 1994, Vagueness, London: Routledge.\n";
        assert_eq!(labels_and_bodies(sep).len(), 3);
        let wrapped = "Fine, Kit, 1975, \"Vagueness, Truth and Logic\",\n  Synthese, 30: 265–300.\n\nWilliamson, Timothy, 1994, Vagueness,\n  London: Routledge.\n";
        assert_eq!(labels_and_bodies(wrapped).len(), 2);
    }

    #[test]
    fn bracket_entries_one_per_line() {
        assert_eq!(
            labels_and_bodies("[1] Alpha, A. One.\n[2]Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
        // Firefox's text of a page writes the label's link after it.
        assert_eq!(
            labels_and_bodies("[1] <#_ftnref1> Alpha, A. One.\n[2] <#_ftnref2> Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
    }

    #[test]
    fn a_tab_after_a_bare_number_is_a_label() {
        assert_eq!(
            labels_and_bodies("1\tAlpha, A. One.\n2\tBeta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
    }

    #[test]
    fn a_dash_right_after_the_number_is_a_label() {
        assert_eq!(
            labels_and_bodies("1- Alpha, A. One.\n2– Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
        // A year and its dash open an entry's text.
        assert_eq!(entry_label("2019- Alpha, A. One."), None);
    }

    #[test]
    fn the_arrow_back_to_the_marker_is_not_part_of_the_entry() {
        let text = "1.  Alpha, A. One.\u{21a9}\u{fe0f}\n\n2.  Beta, B.\n    Two. \u{21a9}\n\n3.  Gamma. [\u{21a9}\u{fe0f}](#fnref3)\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Alpha, A. One."),
                ("2", "Beta, B.\n    Two."),
                ("3", "Gamma.")
            ])
        );
    }

    #[test]
    fn a_colon_after_a_bracket_label_belongs_to_the_label() {
        assert_eq!(
            labels_and_bodies("[1]: Alpha, A. One.\n[2]: Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
    }

    #[test]
    fn bulleted_entries_start_at_their_bullets() {
        let text = "\u{2022} Alpha, A. One,\n  wrapped.\n\u{2022} Beta, B. Two.\n- Gamma, C. Three.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Alpha, A. One,\n  wrapped."),
                ("2", "Beta, B. Two."),
                ("3", "Gamma, C. Three.")
            ])
        );
        assert_eq!(
            labels_and_bodies("Alpha, A. One.\n\u{2014}\u{2014}\u{2014}. Two.\n").len(),
            2,
            "an unbulleted list keeps a line per entry"
        );
    }

    #[test]
    fn a_bullet_before_a_label_belongs_to_the_label() {
        assert_eq!(
            labels_and_bodies("- [1] Alpha, A. One.\n- [3] Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("3", "Beta, B. Two.")])
        );
    }

    #[test]
    fn a_markdown_clippers_escaped_brackets_make_a_label() {
        assert_eq!(
            labels_and_bodies("\\[1\\] Alpha, A. One.\n\n\\[2\\] Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
    }

    #[test]
    fn superscript_and_dashed_numbers_are_labels() {
        assert_eq!(
            labels_and_bodies("\u{b9} Alpha, A. One.\n\u{b2} Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
        assert_eq!(
            labels_and_bodies("1 - Alpha, A. One.\n2 \u{2013} Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
    }

    #[test]
    fn back_links_after_a_bracket_label_belong_to_it() {
        assert_eq!(
            labels_and_bodies("[1] ^ Alpha, A. One.\n[2] \u{2191} Beta, B. Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
    }

    #[test]
    fn a_line_of_bullets_is_read_without_recursion() {
        let line = "- ".repeat(200_000);
        assert_eq!(entry_label(&line), None);
    }

    #[test]
    fn a_number_glued_to_a_capital_is_a_label_but_a_decimal_is_not() {
        assert_eq!(
            labels_and_bodies("1.Alpha, A. One.\n2)Beta, B. 2.5 Two.\n"),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. 2.5 Two.")])
        );
        assert_eq!(entry_label("3.5 percent"), None);
        assert_eq!(entry_label("3.the"), None);
    }

    #[test]
    fn entries_run_across_blank_lines_and_keep_trailing_prose() {
        let text = "[1] Alpha, A. \"A title that\n\nbreaks.\" Times.\n\n\nAlpha is a reporter.\n\n[2] Beta.";
        let got = labels_and_bodies(text);
        assert_eq!(got.len(), 2);
        assert!(got[0].1.ends_with("Alpha is a reporter."), "{got:?}");
    }

    #[test]
    fn several_entries_on_one_line_split_at_next_expected_number() {
        let got = labels_and_bodies("[1] One, see [3]. [2] Two. [3] Three.");
        assert_eq!(
            got,
            pairs(&[("1", "One, see [3]."), ("2", "Two."), ("3", "Three.")])
        );
    }

    #[test]
    fn a_numbered_entry_on_the_line_starts_after_an_address() {
        let got =
            labels_and_bodies("1) One, https://example.org/a/ 2) Two. 3) Three, www.example.org 4) Four.");
        assert_eq!(
            got,
            pairs(&[
                ("1", "One, https://example.org/a/"),
                ("2", "Two."),
                ("3", "Three, www.example.org"),
                ("4", "Four.")
            ])
        );
        // And after an entry that only repeats the one before it.
        let got = labels_and_bodies("1. Roe, J. One. 2. Roe, J. Ibid 3. Doe, K. Two.");
        assert_eq!(
            got,
            pairs(&[
                ("1", "Roe, J. One."),
                ("2", "Roe, J. Ibid"),
                ("3", "Doe, K. Two.")
            ])
        );
    }

    #[test]
    fn each_bare_link_of_a_list_is_an_entry_whatever_follows() {
        let text = "https://example.org/a\nhttps://example.org/b\nhttps://example.org/c\n\nEdit: formatting.\nEdit 2: thanks, all.\n";
        let bodies: Vec<String> = labels_and_bodies(text).into_iter().map(|(_, b)| b).collect();
        assert_eq!(
            bodies.get(..3).unwrap_or_default(),
            [
                "https://example.org/a",
                "https://example.org/b",
                "https://example.org/c"
            ]
        );
    }

    #[test]
    fn bracket_entries_out_of_order_are_each_an_entry() {
        let text = "[6] Della, S. Six. 2009.\n[3] Thaler, R. Three. 1980.\n[2] Roe, J. Two. 1979.\n[4] Doe, J. Four. 1985.\n[1] Poe, E. One. 1974.\n[5] Simon, H. Five. 1955.\n";
        let labels: Vec<String> = labels_and_bodies(text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["6", "3", "2", "4", "1", "5"]);
        // A number already taken, or far beyond the list, runs on in its entry.
        let text = "[1] Roe, J. One. 2001.\n[2] Doe, J. Two, with a note on\n[1] and on\n[2019] editions.\n";
        let labels: Vec<String> = labels_and_bodies(text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["1", "2"]);
    }

    #[test]
    fn a_journals_links_after_each_entry_are_no_part_of_it() {
        // Nature's, PMC's and ScienceDirect's (glued together).
        let text = "1. Roe, J. One. Nature 1, 2 (2001).\nArticle ADS CAS PubMed Google Scholar\n2. Doe, J. Two. Lancet. 2002;3:4. [DOI] [PubMed] [Google Scholar]\n3. Poe, E. Three. Review Article\n";
        let bodies: Vec<String> = labels_and_bodies(text).into_iter().map(|(_, b)| b).collect();
        // An entry's own last word is kept when no link's word is with it.
        assert_eq!(
            bodies,
            [
                "Roe, J. One. Nature 1, 2 (2001).",
                "Doe, J. Two. Lancet. 2002;3:4.",
                "Poe, E. Three. Review Article"
            ]
        );
        assert_eq!(
            before_link_clutter("Epidemiology, 17 (2006)\nView PDFView articleView in ScopusGoogle Scholar"),
            23
        );
        // A line of links parts an author-date list's entries as a blank line does.
        let text = "Baumeister, R. F. (1998). Ego depletion. J. Pers. 74, 1252.\n\nPubMed Abstract | CrossRef Full Text | Google Scholar\n\nCarter, E. C. (2015). A series of tests.\nJ. Exp. 144, 796.\n\nPubMed Abstract | CrossRef Full Text | Google Scholar\n";
        let bodies: Vec<String> = labels_and_bodies(text).into_iter().map(|(_, b)| b).collect();
        assert_eq!(
            bodies,
            [
                "Baumeister, R. F. (1998). Ego depletion. J. Pers. 74, 1252.",
                "Carter, E. C. (2015). A series of tests.\nJ. Exp. 144, 796."
            ]
        );
    }

    #[test]
    fn a_journals_back_matter_ends_a_list_of_paragraphs() {
        let text = "Bowler, D. E. (2010). Urban greening. Landscape, 97, 147–155.\n\nOke, T. R. (1982). The heat island. QJRMS, 108, 1–24.\n\nAcknowledgements\n\nWe thank the city of Leeds, and Anna Berg for comments on the 2021 draft.\n";
        assert_eq!(labels_and_bodies(text).len(), 2);
    }

    #[test]
    fn a_journals_back_matter_ends_the_entry_above_it() {
        let text = "1. Roe, J. One. Nature 1, 2 (2001).\n2. Doe, J. Two. Science 3, 4 (2002).\nAcknowledgements\nWe thank the crew.\n";
        assert_eq!(labels_and_bodies(text)[1].1, "Doe, J. Two. Science 3, 4 (2002).");
        // The references after it are still read (Taylor & Francis's notes,
        // disclosure, then references).
        let text = "1. Roe 2001, 4.\n2. Ibid.\n\nDisclosure statement\nNo conflict of interest was reported.\n\nReferences\n\nRoe, J. 2001. One. London: Verso.\n";
        let labels: Vec<String> = labels_and_bodies(text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["1", "2", "Roe 2001"]);
        assert_eq!(labels_and_bodies(text)[1].1, "Ibid.");
    }

    #[test]
    fn a_number_with_a_return_arrow_labels_an_entry() {
        // bioRxiv's list: the number and its arrow on a line, the entry
        // under it, the links under that.
        let text = "1.↵\nJumper, J. et al. AlphaFold. Nature 596, 583–589 (2021).\nCrossRefPubMedGoogle Scholar\n2.↵\nvan Kempen, M. et al. Foldseek. Nat. Biotechnol. 42, 243–246 (2024).\nCrossRefPubMedGoogle Scholar\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Jumper, J. et al. AlphaFold. Nature 596, 583–589 (2021)."),
                (
                    "2",
                    "van Kempen, M. et al. Foldseek. Nat. Biotechnol. 42, 243–246 (2024)."
                )
            ])
        );
    }

    #[test]
    fn an_archives_page_stamp_ends_the_note_above_it() {
        let text = "1. Adrian Randall, Before the Luddites (Cambridge, 1991), 15.\n\nThis content downloaded from 128.59.222.107 on Tue, 24 Nov 2026 09:14:22 UTC\nAll use subject to https://about.jstor.org/terms\n\nTHE LUDDITE REMEMBERED 283\n\n2. Malcolm I. Thomis, The Luddites (Newton Abbot, 1970), 41.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Adrian Randall, Before the Luddites (Cambridge, 1991), 15."),
                ("2", "Malcolm I. Thomis, The Luddites (Newton Abbot, 1970), 41.")
            ])
        );
    }

    #[test]
    fn french_back_links_join_their_last_letters() {
        let got = labels_and_bodies(
            "↑ a et b Leslie R. Groves, Now It Can Be Told, 1962.\n↑ Richard Rhodes, The Making, 1986.\n",
        );
        assert_eq!(got[0].1, "Leslie R. Groves, Now It Can Be Told, 1962.");
    }

    #[test]
    fn a_number_inside_a_doi_does_not_start_the_next_entry() {
        let text = "8. Roe J. A study. Lancet. 2009;1:1-2.\n9. Doe J. Another. J Biomed Inform. 2009;42(2):377-81. doi: 10.1016/j.jbi.2008.08.010. [DOI] [PubMed] 10. Poe J. A third. BMJ. 2010;3:4.\n";
        let labels: Vec<String> = labels_and_bodies(text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["8", "9", "10"]);
        // The DOI is whole; the page's links after it are no part of the entry.
        assert!(
            labels_and_bodies(text)[1]
                .1
                .ends_with("doi: 10.1016/j.jbi.2008.08.010.")
        );
    }

    #[test]
    fn numbered_entries_ignore_years_at_line_start() {
        let got = labels_and_bodies("1. Alpha, A. Book.\n1999. Reprint.\n2. Beta, B. Other.");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1, "Alpha, A. Book.\n1999. Reprint.");
    }

    #[test]
    fn a_gap_in_numbering_still_starts_an_entry_at_line_start() {
        let got = labels_and_bodies("[1] One.\n[3] Three.\n[4] Four.");
        assert_eq!(
            got.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
            ["1", "3", "4"]
        );
    }

    #[test]
    fn a_bare_number_before_a_codes_title_number_is_a_label() {
        let got =
            labels_and_bodies("1 Roe, Jane. A Book. 2001.\n2 50 U.S.C. § 4817.\n3 Doe, John. Other. 2003.\n");
        let bodies: Vec<&str> = got.iter().map(|(_, body)| body.as_str()).collect();
        assert_eq!(
            bodies,
            [
                "Roe, Jane. A Book. 2001.",
                "50 U.S.C. § 4817.",
                "Doe, John. Other. 2003."
            ]
        );
        // A number and prose is no entry.
        assert_eq!(
            labels_and_bodies("1 Roe, Jane. A Book.\n2 3 of them went.\n").len(),
            1
        );
    }

    #[test]
    fn bare_numbers_start_entries_only_in_a_bare_list() {
        let got = labels_and_bodies("1 Roe, Jane. A Book. 2001.\n2 Doe, John. Other.\n2003 reprint.\n");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].1, "Doe, John. Other.\n2003 reprint.");
        let dotted = labels_and_bodies("1. Roe, Jane. A Book.\n2 Pages later.\n");
        assert_eq!(dotted.len(), 1);
    }

    #[test]
    fn a_label_alone_on_its_line_heads_the_text_below_it() {
        let text = "1.\n    Alpha, A. One.\n2.\n    Beta, B. Two.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
    }

    #[test]
    fn a_bare_number_alone_on_its_line_heads_the_text_below_it() {
        let text = "1\n\nConway, Melvin E. How Do Committees Invent? 1968.\n\n2\n\nConway tells the story on his\nwebsite, updated\n2019\nand again later.\n\n3\n\nBrooks, Frederick P. The Mythical Man-Month. 1975.\n";
        let got = labels_and_bodies(text);
        assert_eq!(
            got.iter().map(|(label, _)| label.as_str()).collect::<Vec<_>>(),
            ["1", "2", "3"]
        );
        assert_eq!(
            got[1].1,
            "Conway tells the story on his\nwebsite, updated\n2019\nand again later."
        );
    }

    #[test]
    fn caret_entries_are_counted() {
        let got = labels_and_bodies("^ a b Alpha.\n^ Beta.");
        assert_eq!(got, pairs(&[("1", "Alpha."), ("2", "Beta.")]));
    }

    #[test]
    fn wiki_back_links_are_part_of_the_label() {
        let numbered =
            "1. Jump up ^ Alpha, A. One.\n2. ^ Jump up to: a b Beta, B. Two.\n3. ↑ Gamma, C. Three.\n";
        assert_eq!(
            labels_and_bodies(numbered),
            pairs(&[
                ("1", "Alpha, A. One."),
                ("2", "Beta, B. Two."),
                ("3", "Gamma, C. Three.")
            ])
        );
        let counted = "Jump up ^ Alpha, A. One.\n↑ Beta, B. Two.\n↑ 3.0 3.1 Gamma, C. Three.\n";
        assert_eq!(
            labels_and_bodies(counted),
            pairs(&[
                ("1", "Alpha, A. One."),
                ("2", "Beta, B. Two."),
                ("3", "Gamma, C. Three.")
            ])
        );
        assert_eq!(
            labels_and_bodies("1. a Alpha.\n")
                .first()
                .map(|(_, b)| b.as_str()),
            Some("a Alpha.")
        );
    }

    #[test]
    fn a_markdown_link_after_a_label_belongs_to_the_label() {
        let text = "[1](#footnote-anchor-1)\n\nAlpha, A. One.\n\n[2](#footnote-anchor-2) Beta, B. Two.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[("1", "Alpha, A. One."), ("2", "Beta, B. Two.")])
        );
        assert_eq!(link_target_len("(see above) Alpha"), 0);
        assert_eq!(link_target_len("() Alpha"), 0);
    }

    #[test]
    fn a_last_entry_saved_double_spaced_keeps_its_lines() {
        let text = "5. Roe, Jane. A Book. 2001.\n\n\n6. Tufekci, Zeynep. \"Social Media and the Decision to Participate in\n\nPolitical Protest: Observations from Tahrir Square.\" Journal of Communication\n\n(2012): 363–379.\n";
        let entries = labels_and_bodies(text);
        assert_eq!(entries.len(), 2);
        assert!(entries[1].1.ends_with("(2012): 363–379."), "{entries:?}");
    }

    #[test]
    fn a_heading_after_the_notes_ends_the_last_note_and_opens_the_bibliography() {
        let text = "[1] Alpha, A. One.\n[2] Beta, B. Two.\n\nBibliography\n\nAlpha, Ann. One. Press, 2001.\n–––, Two. Press, 2003.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Alpha, A. One."),
                ("2", "Beta, B. Two."),
                ("Alpha 2001", "Alpha, Ann. One. Press, 2001."),
                ("Alpha 2003", "–––, Two. Press, 2003.")
            ])
        );
        // A year in a title is passed over for the year the work came out.
        let text = "[1] Alpha, A. One.\n\nBibliography\n\n\
                    Abrahamian, Ervand. The Coup: 1953, the CIA, and the Roots of Modern U.S.-Iranian Relations. New York: The New Press, 2013.\n\
                    Beta, Bea (2004a). The 1979 Revolution. Press.\n";
        let labels: Vec<String> = labels_and_bodies(text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["1", "Abrahamian 2013", "Beta 2004"]);
        // In author-date styles the year after the authors is the work's.
        let text = "[1] Alpha, A. One.\n\nReferences\n\n\
                    Smith, J. (2010, March 3). The legacy of 1979. The Guardian.\n\
                    Jones, K 2012, Iran since 1979. Penguin, London.\n";
        let labels: Vec<String> = labels_and_bodies(text).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["1", "Smith 2010", "Jones 2012"]);
        // Prose under the heading is no bibliography.
        let text = "[1] Alpha, A. One.\n\nBibliography\n\nThe works I read while writing this.\n";
        assert_eq!(labels_and_bodies(text), pairs(&[("1", "Alpha, A. One.")]));
    }

    #[test]
    fn byline_ends_the_last_entry() {
        let text = "[1] Alpha.\n[2] Beta.\n\nBy: Jane Roe\n";
        let list = split_entries(text, 0..text.len());
        assert_eq!(list.entries.len(), 2);
        assert_eq!(&text[list.entries[1].range.clone()], "[2] Beta.");
        assert_eq!(list.byline.map(|r| &text[r]), Some("Jane Roe"));
    }

    #[test]
    fn a_blogs_tags_after_the_last_entry_are_cut() {
        let text = "[1] Roe, Jane. A Book. 2001.\n\nSecurity\nPasswords\n\n--\n14\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[("1", "Roe, Jane. A Book. 2001.")])
        );
    }

    #[test]
    fn a_comments_reply_button_after_the_last_entry_is_cut() {
        let text = "1. Roe, Jane. \"A Paper.\" A Journal 95, no. 1 (1980): 97-125.\n\nReply\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[("1", "Roe, Jane. \"A Paper.\" A Journal 95, no. 1 (1980): 97-125.")])
        );
    }

    #[test]
    fn a_new_pages_running_head_after_the_last_entry_is_cut() {
        let text = "1. Kyle, Keith. Suez. London: Weidenfeld & Nicolson, 1991.\n\n\u{c}4      SUEZ 1956: COLLUSION AND CREDIT\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[("1", "Kyle, Keith. Suez. London: Weidenfeld & Nicolson, 1991.")])
        );
        // A note that runs on over the page keeps its end.
        let text = "1. Kyle, Keith. Suez. London:\n\u{c}4      SUEZ 1956\nWeidenfeld & Nicolson, 1991.\n";
        assert!(labels_and_bodies(text)[0].1.ends_with("1991."));
        // A scanned book's page number at the foot of the page; a note
        // that goes on under one keeps its end.
        let text = "1. Kyle, Keith. Suez. London: Weidenfeld & Nicolson, 1991.\n\n                    212\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[("1", "Kyle, Keith. Suez. London: Weidenfeld & Nicolson, 1991.")])
        );
        let text =
            "1. The file was lost in 1956.\n\n                    212\n\nIt was found at Kew in 1987.\n";
        assert!(labels_and_bodies(text)[0].1.ends_with("Kew in 1987."));
    }

    #[test]
    fn sidebar_after_last_entry_is_cut() {
        let text = "[1] Alpha.\n[2] Beta, 2004.\n\nMore From The Site\n\nSome teaser text here.\n";
        let list = split_entries(text, 0..text.len());
        assert_eq!(&text[list.entries[1].body.clone()], "Beta, 2004.");
    }

    #[test]
    fn unnumbered_list_is_one_entry_per_line() {
        let got = labels_and_bodies("Alpha, A. One. 2001.\nBeta, B. Two. 2002.\n");
        assert_eq!(
            got,
            pairs(&[("1", "Alpha, A. One. 2001."), ("2", "Beta, B. Two. 2002.")])
        );
    }

    #[test]
    fn sub_headings_sort_the_entries_and_are_none() {
        let text = "Primary sources:\n1. Watson, J. D. Letter. 1953.\n2. Franklin, R. E. Letter. 1953.\n\nSecondary sources:\n3. Maddox, B. Rosalind Franklin. 2002.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Watson, J. D. Letter. 1953."),
                ("2", "Franklin, R. E. Letter. 1953."),
                ("3", "Maddox, B. Rosalind Franklin. 2002.")
            ])
        );
    }

    #[test]
    fn a_line_of_an_entry_ending_in_a_colon_is_no_sub_heading() {
        let text = "[1] Roe, Jane. Heat waves. Daily\nPlanet, 2021. Available online at:\nhttps://example.org/heat\n[2] Doe, John. Other. 2002.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                (
                    "1",
                    "Roe, Jane. Heat waves. Daily\nPlanet, 2021. Available online at:\nhttps://example.org/heat"
                ),
                ("2", "Doe, John. Other. 2002.")
            ])
        );
    }

    #[test]
    fn a_chapters_heading_over_its_notes_is_no_note() {
        let text = "Chapter 1: Breaking the Plains\n\n1. Donald Worster, Dust Bowl (1979), 4.\n2. Geoff Cunfer, On the Great Plains (2005), 145.\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Donald Worster, Dust Bowl (1979), 4."),
                ("2", "Geoff Cunfer, On the Great Plains (2005), 145.")
            ])
        );
    }

    #[test]
    fn notes_numbered_again_for_each_chapter_are_labelled_by_part() {
        let text = "1. Worster, Dust Bowl, 4.\n2. Cunfer, On the Great Plains, 145.\n\nChapter 2\n\n1. Egan, The Worst Hard Time, 198.\n2. Gregory, American Exodus, 11.\n";
        let list = split_entries(text, 0..text.len());
        let labels: Vec<&str> = list.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "2.1", "2.2"]);
        assert_eq!(list.restarts, 1);
        // A `1.` inside a note, with no `2.` after it, starts nothing.
        let text = "1. Roe, A Book, 4. Two points:\n\n1. the first.\n\n3. Doe, Another, 5.\n";
        let labels: Vec<String> = split_entries(text, 0..text.len())
            .entries
            .iter()
            .map(|e| e.label.to_string())
            .collect();
        assert_eq!(labels, ["1", "3"]);
    }

    #[test]
    fn link_definitions_under_numbered_notes_are_no_part_of_the_last() {
        let text = "1. Riess, A. G. A Measurement. 2022.\n2. Riess, A. G. Crowded No More. 2023.\n\n   [3]: https://science.nasa.gov/mission/hubble/\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Riess, A. G. A Measurement. 2022."),
                ("2", "Riess, A. G. Crowded No More. 2023.")
            ])
        );
    }

    #[test]
    fn a_text_browsers_number_for_the_back_arrow_is_no_part_of_the_note() {
        let text = "1. Watson, J. D. Letter. 1953. [9]↩\n2. Franklin, R. E. Letter. 1953. [10]↩\n";
        assert_eq!(
            labels_and_bodies(text),
            pairs(&[
                ("1", "Watson, J. D. Letter. 1953."),
                ("2", "Franklin, R. E. Letter. 1953.")
            ])
        );
    }
}
