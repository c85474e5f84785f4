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
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        match (c, open) {
            ('“' | '«' | '„', None) => open = Some(i),
            ('”' | '»' | '"', Some(start)) => {
                found.push(range.start + start..range.start + i + c.len_utf8());
                open = None;
            }
            ('”', None) if next_is_word => open = Some(i),
            ('"', None) => open = Some(i),
            _ => {}
        }
    }
    found
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
