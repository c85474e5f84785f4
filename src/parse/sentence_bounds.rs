//! Where Unicode's sentence rules (UAX #29, SB1–SB11) start sentences, fast
//! for ASCII text.
//!
//! Owns: [`sentence_starts`], which gives exactly the offsets of
//! unicode-segmentation's `split_sentence_bound_indices`. Text that is all
//! ASCII goes through a port of that crate's state machine over a byte
//! table (its per-character category lookup is most of the cost on large
//! articles); anything else goes to the crate itself. A proptest in this
//! file checks the two agree on random ASCII text. Must not: repair
//! sentences for footnotes or abbreviations (that is `parse::sentences`).

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

/// What the state machine remembers of a character (runs of `Close` and of
/// `Sp` collapse into one part each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    CR,
    LF,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts, oldest first.
type State = [Part; 4];

fn advance(state: State, cat: Cat) -> State {
    let [_, b, c, d] = state;
    let part = match cat {
        Cat::Close if d == Part::ClosePlus => return state,
        Cat::Sp if d == Part::SpPlus => return state,
        Cat::CR => Part::CR,
        Cat::LF => Part::LF,
        Cat::ATerm => Part::ATerm,
        Cat::Upper | Cat::Lower => Part::UpperLower,
        Cat::Close => Part::ClosePlus,
        Cat::Sp => Part::SpPlus,
        Cat::STerm => Part::STerm,
        Cat::Any | Cat::Numeric | Cat::SContinue => Part::Other,
    };
    [b, c, d, part]
}

/// The part `SATerm Close* Sp*` ends at: skips one trailing `Sp` run, then
/// one `Close` run.
fn terminator_before_close_sp(state: &State) -> Part {
    let mut idx = if state[3] == Part::SpPlus { 2 } else { 3 };
    if state[idx] == Part::ClosePlus {
        idx -= 1;
    }
    state[idx]
}

fn is_sterm_or_aterm(part: Part) -> bool {
    matches!(part, Part::STerm | Part::ATerm)
}

/// SB8a: `SATerm Close* Sp*` before.
fn sb8a(state: &State) -> bool {
    is_sterm_or_aterm(terminator_before_close_sp(state))
}

/// SB9: `SATerm Close*` before.
fn sb9(state: &State) -> bool {
    let idx = if state[3] == Part::ClosePlus { 2 } else { 3 };
    is_sterm_or_aterm(state[idx])
}

/// SB11: `SATerm Close* Sp* ParaSep?` before.
fn sb11(state: &State) -> bool {
    let mut idx = if matches!(state[3], Part::CR | Part::LF) {
        2
    } else {
        3
    };
    if state[idx] == Part::SpPlus {
        idx -= 1;
    }
    if state[idx] == Part::ClosePlus {
        idx -= 1;
    }
    is_sterm_or_aterm(state[idx])
}

/// SB8's look-ahead `( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )*
/// Lower` from `at`, remembered: the answer is decided by the first
/// character of a deciding category, so it holds for every start up to it.
struct LowerAhead {
    decided_at: usize,
    answer: bool,
    valid: bool,
}

impl LowerAhead {
    fn lower_follows(&mut self, bytes: &[u8], at: usize) -> bool {
        if self.valid && at <= self.decided_at {
            return self.answer;
        }
        let mut i = at;
        let answer = loop {
            let Some(&b) = bytes.get(i) else {
                break false;
            };
            match category(b) {
                Cat::Lower => break true,
                Cat::Upper | Cat::CR | Cat::LF | Cat::STerm | Cat::ATerm => break false,
                _ => i += 1,
            }
        };
        *self = LowerAhead {
            decided_at: i,
            answer,
            valid: true,
        };
        answer
    }
}

/// unicode-segmentation's forward sentence breaks, for ASCII bytes: the
/// start of every sentence (the final break at the end is not a start).
///
/// Between terminators the machine is quiet (see [`is_quiet`]): no rule can
/// break there, so it jumps to the next `.`, `!`, `?`, CR or LF and rebuilds
/// the state it would have had from the bytes just before it.
fn ascii_sentence_starts(bytes: &[u8]) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut state: State = [Part::Sot; 4];
    let mut ahead = LowerAhead {
        decided_at: 0,
        answer: false,
        valid: false,
    };
    let mut specials = NextSpecial::default();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        if is_quiet(&state) {
            let next = specials.at_or_after(bytes, pos);
            if next > pos {
                state = state_before(state, bytes, pos, next);
                pos = next;
                continue;
            }
        }
        let before = state;
        let cat = category(b);
        state = advance(state, cat);
        let last = before[3];
        let breaks = if last == Part::Sot {
            // SB1
            true
        } else if cat == Cat::LF && last == Part::CR {
            // SB3
            false
        } else if matches!(last, Part::CR | Part::LF) {
            // SB4
            true
        } else if (cat == Cat::Numeric && last == Part::ATerm)
            || (cat == Cat::Upper && before[2] == Part::UpperLower && last == Part::ATerm)
        {
            // SB6, SB7
            false
        } else if terminator_before_close_sp(&before) == Part::ATerm && ahead.lower_follows(bytes, pos) {
            // SB8
            false
        } else if (matches!(cat, Cat::SContinue | Cat::STerm | Cat::ATerm) && sb8a(&before))
            || (matches!(cat, Cat::Close | Cat::Sp | Cat::CR | Cat::LF) && sb9(&before))
            || (matches!(cat, Cat::Sp | Cat::CR | Cat::LF) && sb8a(&before))
        {
            // SB8a, SB9, SB10
            false
        } else {
            // SB11, else SB998
            sb11(&before)
        };
        if breaks {
            starts.push(pos);
        }
        pos += 1;
    }
    starts
}

/// A state in which no byte breaks a sentence, and after which any byte but
/// a terminator or a line break leaves the state quiet: not at the start,
/// not after a line break, no terminator reachable back over one `Sp` run
/// and one `Close` run (SB11's condition, which implies SB8's to SB10's).
fn is_quiet(state: &State) -> bool {
    !matches!(state[3], Part::Sot | Part::CR | Part::LF) && !sb11(state)
}

/// The state before `bytes[to]`, given the state before `bytes[from]`: the
/// last four parts of the bytes in between, from up to 16 bytes back when
/// they hold four parts (runs of spaces or closing brackets collapse, so
/// the parts before them no longer matter), else from `from`.
fn state_before(at_from: State, bytes: &[u8], from: usize, to: usize) -> State {
    let replay = |state: State, range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .unwrap_or_default()
            .iter()
            .fold(state, |s, &b| advance(s, category(b)))
    };
    let near = to.saturating_sub(16);
    if near > from {
        let state = replay([Part::Sot; 4], near..to);
        if !state.contains(&Part::Sot) {
            return state;
        }
    }
    replay(at_from, from..to)
}

/// The next terminator (`.` `!` `?`) and the next line break (CR, LF),
/// each found once and kept until passed.
#[derive(Debug, Default)]
struct NextSpecial {
    terminator: Option<usize>,
    line_break: Option<usize>,
}

impl NextSpecial {
    /// The offset of the first terminator or line break at or after `pos`
    /// (the length when there is none).
    fn at_or_after(&mut self, bytes: &[u8], pos: usize) -> usize {
        let find = |cached: Option<usize>, search: &dyn Fn(&[u8]) -> Option<usize>| match cached {
            Some(at) if at >= pos => at,
            _ => bytes.get(pos..).and_then(search).map_or(bytes.len(), |i| pos + i),
        };
        let terminator = find(self.terminator, &|s| memchr::memchr3(b'.', b'!', b'?', s));
        let line_break = find(self.line_break, &|s| memchr::memchr2(b'\n', b'\r', s));
        self.terminator = Some(terminator);
        self.line_break = Some(line_break);
        terminator.min(line_break)
    }
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
        // Each position would scan the whole run again without the memo (as
        // the crate does: compare with it on a shorter run).
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

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

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
