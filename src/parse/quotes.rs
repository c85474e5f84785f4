//! Quotations inside a paragraph.
//!
//! Owns: pairing quote marks. `“` `«` `„` open; `”` `»` close, or open when
//! glued to the next word with nothing open (`that”The`, as pages saved from
//! the web write it); `"` toggles. Must not: judge what a quotation means.

use std::ops::Range;

/// Ranges of the closed quotations of a paragraph, quote marks included.
pub fn quotations(text: &str, range: &Range<usize>) -> Vec<Range<usize>> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let bytes = slice.as_bytes();
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    // Every quote mark is `"` or starts with one of these bytes (`“` `”` `„`
    // with 0xE2, `«` `»` with 0xC2): look only there.
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes) {
        let Some(c) = slice.get(i..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        match (c, open) {
            ('“' | '«' | '„', None) => open = Some(i),
            ('”' | '»' | '"', Some(start)) => {
                found.push(range.start + start..range.start + i + c.len_utf8());
                open = None;
            }
            ('”', None) if next_is_word(slice, i + c.len_utf8()) => open = Some(i),
            ('"', None) => open = Some(i),
            _ => {}
        }
    }
    found
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
    fn an_unclosed_quote_is_dropped() {
        assert!(quoted("a “b c").is_empty());
    }
}
