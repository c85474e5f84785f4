//! Quotations inside a paragraph.
//!
//! Owns: pairing quote marks. `“` `«` `„` open; `”` `»` close, or open when
//! glued to the next word with nothing open (`that”The`, as pages saved from
//! the web write it); `"` toggles. German quotations close as they are
//! written: `„` with `“`, and `»`, opening with nothing open, with `«`.
//! Must not: judge what a quotation means.

use std::ops::Range;

/// Ranges of the closed quotations of a paragraph, quote marks included.
pub fn quotations(text: &str, range: &Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut from = range.start;
    // A German mark left open (`»Mehr zum Thema: …`, a link's arrow) is
    // no quotation: the rest is read again past it, a few times at most
    // (each reading goes to the paragraph's end).
    for _ in 0..REREADINGS {
        match quotations_from(text, &(from..range.end), &mut found) {
            Some(unclosed) => from = unclosed,
            None => break,
        }
    }
    found
}

/// How many times a paragraph is read again past a German mark left open.
const REREADINGS: usize = 8;

/// The closed quotations of `range` of `text`, pushed to `found`; where to
/// read again when a German mark (`„`, `»`) is left open.
fn quotations_from(text: &str, range: &Range<usize>, found: &mut Vec<Range<usize>>) -> Option<usize> {
    let slice = text.get(range.clone())?;
    let bytes = slice.as_bytes();
    // Where the open quotation starts, and its mark.
    let mut open: Option<(usize, char)> = None;
    // Every quote mark is `"` or starts with one of these bytes (`“` `”` `„`
    // with 0xE2, `«` `»` with 0xC2): look only there.
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes) {
        let Some(c) = slice.get(i..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        let closes = |opened: char| match opened {
            '„' => matches!(c, '“' | '”' | '"'),
            // (Swedish and Finnish close `»` with `»`.)
            '»' => matches!(c, '«' | '»'),
            _ => matches!(c, '”' | '»' | '"'),
        };
        match (c, open) {
            ('“' | '«' | '„' | '»', None) if c != '»' || next_is_word(slice, i + c.len_utf8()) => {
                open = Some((i, c));
            }
            (_, Some((start, opened))) if closes(opened) => {
                found.push(range.start + start..range.start + i + c.len_utf8());
                open = None;
            }
            ('”', None) if next_is_word(slice, i + c.len_utf8()) => open = Some((i, c)),
            ('"', None) => open = Some((i, c)),
            _ => {}
        }
    }
    let (start, mark) = open?;
    matches!(mark, '„' | '»').then(|| range.start + start + mark.len_utf8())
}

/// Whether the character at `at` is a letter or digit.
fn next_is_word(slice: &str, at: usize) -> bool {
    slice
        .get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &str) -> Vec<&str> {
        quotations(s, &(0..s.len())).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn curly_straight_and_glued_quotes_pair_up() {
        assert_eq!(quoted("a “b” c \"d\" e that”f g.” h"), ["“b”", "\"d\"", "”f g.”"]);
    }

    #[test]
    fn german_quotations_close_as_they_are_written() {
        assert_eq!(
            quoted("Er sagte: „Das gilt sofort.“ Sie: »Das auch.« Und « ça » et »x«."),
            ["„Das gilt sofort.“", "»Das auch.«", "« ça »", "»x«"]
        );
    }

    #[test]
    fn a_german_mark_left_open_leaves_the_quotations_after_it() {
        assert_eq!(
            quoted("»Mehr zum Thema: Die Nacht. Er sagte: \"Das gilt sofort.\" Dann."),
            ["\"Das gilt sofort.\""]
        );
        assert_eq!(
            quoted("Hon sa: »Vi bygger nu.» Och \"här\"."),
            ["»Vi bygger nu.»", "\"här\""]
        );
    }

    #[test]
    fn an_unclosed_quote_is_dropped() {
        assert!(quoted("a “b c").is_empty());
    }
}
