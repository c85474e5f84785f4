//! Where Unicode's sentence rules (UAX #29, SB1–SB11) start sentences, fast
//! for ASCII text.
//!
//! Owns: [`sentence_starts`], which gives exactly the offsets of
//! unicode-segmentation's `split_sentence_bound_indices`. In ASCII text a
//! sentence can only start at the beginning, after a line break, or after a
//! terminator (`.` `?` `!`) and the closing brackets and spaces that follow
//! it, so those places are found with `memchr` and the rules are applied
//! there alone (the crate's per-character category lookup is most of the
//! cost on large articles); anything else goes to the crate itself.
//! Proptests in this file check the two agree on random text. Must not:
//! repair sentences for footnotes or abbreviations (that is
//! `parse::sentences`).

use unicode_segmentation::UnicodeSegmentation;

/// The byte offsets at which sentences of `s` start, as
/// `s.split_sentence_bound_indices()` gives them (none for empty text).
#[must_use]
pub fn sentence_starts(s: &str) -> Vec<usize> {
    if s.is_ascii() {
        ascii_sentence_starts(s.as_bytes())
    } else {
        s.split_sentence_bound_indices().map(|(i, _)| i).collect()
    }
}

/// Sentence_Break categories that ASCII characters have (unicode-segmentation
/// 1.13's table; `Sep`, `OLetter`, `Extend` and `Format` have no ASCII
/// members, so their rules never fire here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    Any,
    ATerm,
    CR,
    LF,
    Close,
    Lower,
    Upper,
    Numeric,
    SContinue,
    STerm,
    Sp,
}

/// The category of each ASCII byte.
static CATEGORY: [Cat; 128] = categories();

const fn categories() -> [Cat; 128] {
    let mut table = [Cat::Any; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'\t' | 0x0b | 0x0c | b' ' => Cat::Sp,
            b'\n' => Cat::LF,
            b'\r' => Cat::CR,
            b'!' | b'?' => Cat::STerm,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Cat::Close,
            b',' | b'-' | b':' | b';' => Cat::SContinue,
            b'.' => Cat::ATerm,
            b'0'..=b'9' => Cat::Numeric,
            b'A'..=b'Z' => Cat::Upper,
            b'a'..=b'z' => Cat::Lower,
            _ => Cat::Any,
        };
        b += 1;
    }
    table
}

fn category(b: u8) -> Cat {
    CATEGORY.get(usize::from(b)).copied().unwrap_or(Cat::Any)
}

/// unicode-segmentation's forward sentence breaks, for ASCII bytes: the
/// start of every sentence (the final break at the end is not a start).
///
/// Breaks come from three rules only: SB1 at the start, SB4 after a line
/// break (CR LF counting as one, SB3), and SB11 after `SATerm Close* Sp*`;
/// the others (SB6 to SB10) only forbid breaks, and all of them look at
/// the terminator's neighbourhood, so each terminator and line break is
/// settled on its own, in order.
fn ascii_sentence_starts(bytes: &[u8]) -> Vec<usize> {
    if bytes.is_empty() {
        return Vec::new();
    }
    // SB1. Prose has a sentence every hundred bytes or so: room enough,
    // mostly, without growing the list as it fills.
    let mut starts = Vec::with_capacity(bytes.len() / 64 + 1);
    starts.push(0);
    let mut terminators = memchr::memchr3_iter(b'.', b'!', b'?', bytes);
    let mut line_breaks = memchr::memchr2_iter(b'\n', b'\r', bytes);
    let (mut terminator, mut line_break) = (terminators.next(), line_breaks.next());
    // Each break found is after its terminator or line break and no later
    // than the next one, so they come out in order.
    loop {
        let start = match (terminator, line_break) {
            (Some(t), l) if l.is_none_or(|l| t < l) => {
                terminator = terminators.next();
                start_after_terminator(bytes, t)
            }
            (_, Some(l)) => {
                line_break = line_breaks.next();
                start_after_line_break(bytes, l)
            }
            _ => break,
        };
        starts.extend(start.filter(|&at| at < bytes.len()));
    }
    starts
}

/// SB4: a sentence starts after a line break, CR LF being one (SB3).
fn start_after_line_break(bytes: &[u8], at: usize) -> Option<usize> {
    let cr_before_lf = bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n');
    (!cr_before_lf).then_some(at + 1)
}

/// SB11: a sentence starts after the terminator at `at` with the closing
/// brackets and then the spaces that follow it (SB9, SB10), unless what
/// comes there continues the sentence.
fn start_after_terminator(bytes: &[u8], at: usize) -> Option<usize> {
    let skip = |from: usize, cat: Cat| {
        from + bytes
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| category(b) == cat)
            .count()
    };
    let after = skip(skip(at + 1, Cat::Close), Cat::Sp);
    let next = category(*bytes.get(after)?);
    // SB9, SB10: a line break after them belongs to the sentence (SB4
    // breaks after it); SB8a: so does a continuation or a terminator.
    if matches!(next, Cat::CR | Cat::LF | Cat::SContinue | Cat::STerm | Cat::ATerm) {
        return None;
    }
    if bytes.get(at) == Some(&b'.') {
        let before = at.checked_sub(1).and_then(|i| bytes.get(i)).map(|&b| category(b));
        // SB6: `3.5`; SB7: `U.S`.
        let glued = after == at + 1
            && (next == Cat::Numeric
                || (next == Cat::Upper && matches!(before, Some(Cat::Upper | Cat::Lower))));
        if glued || lower_follows(bytes, after) {
            return None;
        }
    }
    Some(after)
}

/// SB8's look-ahead from `at`: `( ¬(OLetter | Upper | Lower | ParaSep |
/// SATerm) )* Lower`.
fn lower_follows(bytes: &[u8], at: usize) -> bool {
    bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .map(|&b| category(b))
        .find(|c| {
            matches!(
                c,
                Cat::Lower | Cat::Upper | Cat::CR | Cat::LF | Cat::STerm | Cat::ATerm
            )
        })
        == Some(Cat::Lower)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn crate_starts(s: &str) -> Vec<usize> {
        s.split_sentence_bound_indices().map(|(i, _)| i).collect()
    }

    #[test]
    fn ascii_rules_agree_with_the_crate_on_hand_picked_text() {
        let table = [
            "",
            " ",
            ".",
            "a",
            "Hello. World.",
            "He said it.[1] Then left.",
            "It was done. [3][4] Then.",
            "Dr. Smith met the U.S. envoy on p. 4 of the report. Next.",
            "etc. and so on. Then",
            "The cost was 3.5 million. Next one.",
            "Is it? Yes! No.\n\nNew paragraph.",
            "Line one\r\nLine two\rLine three\n",
            "He asked (\"why?\") and left. 'Fine.' ok",
            "x.   (((   a",
            "x. , ; : - y. Z",
            "a.\tb.\x0bc.\x0cD",
            "end.\"\n\"Start",
            "U.S. Government",
            "e.g. apples",
            "1. 2. 3.",
            "..!!??",
            "a.\r\n\r\nb",
            "Mr. . . . Big",
            "x\u{7}y. Z",
        ];
        for text in table {
            assert_eq!(
                ascii_sentence_starts(text.as_bytes()),
                crate_starts(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn non_ascii_text_goes_to_the_crate() {
        let text = "“Done.” Then é. Next";
        assert_eq!(sentence_starts(text), crate_starts(text));
    }

    #[test]
    fn a_long_run_after_a_full_stop_is_not_quadratic() {
        // The crate scans the whole run again at each position (compare
        // with it on a shorter run); here each terminator looks past it once.
        let short = format!("a.{}b (c. {}D", " ".repeat(2000), ")".repeat(2000));
        assert_eq!(sentence_starts(&short), crate_starts(&short));
        let text = format!("a.{}b. {}D", " ".repeat(1_000_000), " ".repeat(1_000_000));
        assert_eq!(sentence_starts(&text), [0, text.len() - 1]);
    }

    /// Characters from every ASCII category, weighted towards the ones the
    /// rules turn on.
    fn ascii_text() -> impl Strategy<Value = String> {
        let alphabet: Vec<char> = "aAbBzZmM09 .!?,;:-\"'()[]{} \t\n\r\x0b\x0c.. . \x01~#"
            .chars()
            .collect();
        proptest::collection::vec(proptest::sample::select(alphabet), 0..80)
            .prop_map(|chars| chars.into_iter().collect())
    }

    /// Words and punctuation, so that sentences of realistic shape occur.
    fn ascii_prose() -> impl Strategy<Value = String> {
        let pieces = [
            "word", "Word", "U.S.", "e.g.", "Dr.", "3.5", "1998", ". ", "? ", "! ", ".\" ", ".) ", ".[1] ",
            ", ", " ", "  ", "\n", "\r\n", "\n\n", "\t", "'", "(", ")", "[2]", "x", "A", "...", ".\n",
        ];
        proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..40)
            .prop_map(|pieces| pieces.concat())
    }

    /// Long stretches without terminators (runs of spaces and brackets
    /// included), so that the jump between terminators is exercised.
    fn ascii_sparse() -> impl Strategy<Value = String> {
        let plain: Vec<char> = "abXY1 ,-()\"'[] \t:;~".chars().collect();
        let special: Vec<char> = ".!?\n\r".chars().collect();
        let piece = prop_oneof![
            12 => proptest::sample::select(plain).prop_map(String::from),
            3 => (proptest::sample::select(vec![' ', ')', '"']), 1..40usize)
                .prop_map(|(c, n)| std::iter::repeat_n(c, n).collect()),
            2 => proptest::sample::select(special).prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..200).prop_map(|pieces| pieces.concat())
    }

    /// Any characters, ASCII (every byte) and not (terminators, quotes,
    /// spaces and letters from other scripts among them), mixed with prose.
    fn any_text() -> impl Strategy<Value = String> {
        let other: Vec<char> =
            "é É ß ς Σ 。 ！ ？ “ ” « » ‘ ’ \u{a0} \u{2028} \u{85} \u{200d} \u{301} 中 ١ …"
                .split(' ')
                .filter_map(|c| c.chars().next())
                .collect();
        let piece = prop_oneof![
            4 => (0u8..128).prop_map(|b| String::from(char::from(b))),
            2 => proptest::sample::select(other).prop_map(String::from),
            1 => any::<char>().prop_map(String::from),
            3 => ascii_prose(),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn starts_equal_the_crates_on_any_text(text in any_text()) {
            prop_assert_eq!(sentence_starts(&text), crate_starts(&text));
        }

        #[test]
        fn ascii_starts_equal_the_crates_on_every_ascii_byte(
            bytes in proptest::collection::vec(0u8..128, 0..120)
        ) {
            let text: String = bytes.into_iter().map(char::from).collect();
            prop_assert_eq!(ascii_sentence_starts(text.as_bytes()), crate_starts(&text));
        }

        #[test]
        fn ascii_starts_equal_the_crates_across_long_stretches(text in ascii_sparse()) {
            prop_assert_eq!(ascii_sentence_starts(text.as_bytes()), crate_starts(&text));
        }

        #[test]
        fn ascii_starts_equal_the_crates_on_any_ascii(text in ascii_text()) {
            prop_assert_eq!(ascii_sentence_starts(text.as_bytes()), crate_starts(&text));
        }

        #[test]
        fn ascii_starts_equal_the_crates_on_prose(text in ascii_prose()) {
            prop_assert_eq!(sentence_starts(&text), crate_starts(&text));
        }
    }
}
