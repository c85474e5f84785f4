//! Re-anchoring on an edit corpus: claims are annotated on an original text,
//! the text is edited (insertions, edits inside a quote, deletions,
//! duplications, reordering, reflowing, typo fixes), and each annotation is
//! located again. Every claim has an expected outcome: found at a given place
//! (anchored when the exact quote is still at its old offset, else moved), or
//! orphaned. Nothing may be attached to the wrong place.
//!
//! Run with `cargo test --test notes_anchoring -- --nocapture` for the table.

use std::ops::Range;

use ibid::notes::AnchorState;
use ibid::notes::anchor::{anchor_for, locate};

const P0: &str = "The Harwick Light was built on a granite shelf in 1871, three miles off the northern cape.[1] \
Its first keeper, Thomas Allard, recorded the weather every four hours for thirty-one years. \
The lamp burned colza oil until 1904, when paraffin replaced it.[2] \
Allard's logbooks were later given to the county museum by his granddaughter.";
const P1: &str = "A storm in the winter of 1893 tore away the landing stage and cut the station off for nine weeks.[3] \
Supplies were lowered from a passing steamer by rope. \
The survey counted 412 nesting pairs of kittiwakes on the rock in 1898. \
The survey counted 389 nesting pairs of kittiwakes on the rock in 1904. \
Neither count has been repeated with the same method since.[4]";
const P2: &str = "The light was automated in 1979 and the last keepers left in the spring of that year. \
A local trust bought the keepers' cottages in 1986 and opened them to visitors.[5] \
Critics argued that the trust had no money to maintain the tower itself. \
The tower was repainted in 2011 with a grant from the maritime heritage fund.[6]";
const P3: &str = "Today the station is visited by boat on calm days between May and September. \
Visitors are warned that the steps are steep and slippery after rain. \
The museum displays one of Allard's logbooks beside a replica of the original lamp.";

const Q1: &str =
    "The Harwick Light was built on a granite shelf in 1871, three miles off the northern cape.[1]";
const Q2: &str =
    "Its first keeper, Thomas Allard, recorded the weather every four hours for thirty-one years.";
const Q3: &str =
    "A storm in the winter of 1893 tore away the landing stage and cut the station off for nine weeks.[3]";
const Q4: &str = "The survey counted 412 nesting pairs of kittiwakes on the rock in 1898.";
const Q5: &str = "Neither count has been repeated with the same method since.[4]";
const Q6: &str = "A local trust bought the keepers' cottages in 1986 and opened them to visitors.[5]";
const Q7: &str = "The tower was repainted in 2011 with a grant from the maritime heritage fund.[6]";
const Q8: &str = "Visitors are warned that the steps are steep and slippery after rain.";
const CLAIMS: [&str; 8] = [Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8];

fn article(paragraphs: &[&str]) -> String {
    format!("Harwick Light\n\n{}\n", paragraphs.join("\n\n"))
}

fn base() -> String {
    article(&[P0, P1, P2, P3])
}

/// Where a claim should be found after the edit.
#[derive(Clone, Copy)]
enum Expect {
    /// At this text of the edited article (its `n`th occurrence, from 0).
    At(&'static str, usize),
    Orphaned,
}

struct Case {
    edit: &'static str,
    original: String,
    edited: String,
    /// Claims (quotes in the original) and where each should end up.
    claims: Vec<(&'static str, Expect)>,
}

/// Every claim found again as itself.
fn all_kept() -> Vec<(&'static str, Expect)> {
    CLAIMS.iter().map(|&q| (q, Expect::At(q, 0))).collect()
}

fn with(changes: &[(&'static str, Expect)]) -> Vec<(&'static str, Expect)> {
    let mut claims = all_kept();
    for &(quote, expect) in changes {
        if let Some(slot) = claims.iter_mut().find(|(q, _)| *q == quote) {
            slot.1 = expect;
        }
    }
    claims
}

/// Breaks every paragraph into lines of at most `width` bytes (spaces become
/// newlines, so offsets do not change).
fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        let mut line_len = 0;
        for (j, word) in paragraph.split(' ').enumerate() {
            if j > 0 {
                if line_len + 1 + word.len() > width {
                    out.push('\n');
                    line_len = 0;
                } else {
                    out.push(' ');
                    line_len += 1;
                }
            }
            out.push_str(word);
            line_len += word.len();
        }
    }
    out
}

fn cases() -> Vec<Case> {
    let b = base();
    let q2_edited =
        "Its first keeper, Thomas Allard, recorded the weather every three hours for thirty-one years.";
    let q6_edited =
        "A local trust bought the keepers' cottages in 1987 and opened them to paying visitors.[5]";
    let q7_edited =
        "The tower was repainted in 2012 with a grant from the national maritime heritage fund.[6]";
    let q3_rewritten =
        "In 1893 a winter gale destroyed the jetty, and the keepers were isolated for over two months.[3]";
    let with_typos = b
        .replace("first keeper", "frist keeper")
        .replace("weather every", "wether every")
        .replace("slippery after", "slipery after")
        .replace("keepers' cottages", "keepers' cotages")
        .replace("northern cape", "nothern cape");
    let p2_inserted = P2.replace(
        "Critics argued",
        "The trust was founded by a retired harbour master. Critics argued",
    );
    vec![
        Case {
            edit: "insertion above (new opening paragraph)",
            original: b.clone(),
            edited: b.replacen(
                "Harwick Light\n\n",
                "Harwick Light\n\nEditor's note: this article was revised in March to add the survey figures.\n\n",
                1,
            ),
            claims: all_kept(),
        },
        Case {
            edit: "insertion mid-article (sentence in paragraph 3)",
            original: b.clone(),
            edited: article(&[P0, P1, &p2_inserted, P3]),
            claims: all_kept(),
        },
        Case {
            edit: "edits inside the quote",
            original: b.clone(),
            edited: b
                .replace(Q2, q2_edited)
                .replace(Q6, q6_edited)
                .replace(Q7, q7_edited)
                .replace(Q3, q3_rewritten),
            claims: with(&[
                (Q2, Expect::At(q2_edited, 0)),
                (Q6, Expect::At(q6_edited, 0)),
                (Q7, Expect::At(q7_edited, 0)),
                (Q3, Expect::Orphaned),
            ]),
        },
        Case {
            edit: "sentence deleted (one beside its look-alike)",
            original: b.clone(),
            edited: b.replace(&format!("{Q4} "), "").replace(&format!(" {Q8}"), ""),
            claims: with(&[(Q4, Expect::Orphaned), (Q8, Expect::Orphaned)]),
        },
        Case {
            edit: "sentence duplicated (next to itself, and as a recap)",
            original: b.clone(),
            edited: b
                .replace(Q6, &format!("{Q6} {Q6}"))
                .replace(
                    "replica of the original lamp.",
                    &format!("replica of the original lamp. {Q2} {Q5}"),
                ),
            claims: all_kept(),
        },
        Case {
            edit: "sentence moved to two places (ambiguous)",
            original: b.clone(),
            edited: article(&[
                P0,
                &P1.replace(&format!(" {Q5}"), ""),
                &format!("{P2} {Q5}"),
                &format!("{P3} {Q5}"),
            ]),
            claims: with(&[(Q5, Expect::Orphaned)]),
        },
        Case {
            edit: "paragraphs reordered",
            original: b.clone(),
            edited: article(&[P2, P0, P3, P1]),
            claims: all_kept(),
        },
        Case {
            edit: "whitespace reflowed (wrapped at 50 columns)",
            original: b.clone(),
            edited: rewrap(&b, 50),
            claims: all_kept(),
        },
        Case {
            edit: "whitespace reflowed and re-indented",
            original: rewrap(&b, 60),
            edited: b.replace(". ", ".  "),
            claims: all_kept(),
        },
        Case {
            edit: "typos fixed in the quote",
            original: with_typos.clone(),
            edited: b.clone(),
            claims: CLAIMS
                .iter()
                .map(|&q| {
                    let typo = with_typos_in(q);
                    (typo, Expect::At(q, 0))
                })
                .collect(),
        },
        Case {
            edit: "insertion above and an edit inside",
            original: b.clone(),
            edited: format!("Corrected edition.\n\n{}", b.replace(Q7, q7_edited)),
            claims: with(&[(Q7, Expect::At(q7_edited, 0))]),
        },
    ]
}

/// The claim as it reads in the typo'd original.
fn with_typos_in(quote: &'static str) -> &'static str {
    match quote {
        Q1 => "The Harwick Light was built on a granite shelf in 1871, three miles off the nothern cape.[1]",
        Q2 => "Its frist keeper, Thomas Allard, recorded the wether every four hours for thirty-one years.",
        Q6 => "A local trust bought the keepers' cotages in 1986 and opened them to visitors.[5]",
        Q8 => "Visitors are warned that the steps are steep and slipery after rain.",
        other => other,
    }
}

/// The `n`th place of `needle` in `text`, whatever whitespace separates its
/// words there.
fn nth_range(text: &str, needle: &str, n: usize) -> Option<Range<usize>> {
    let words: Vec<String> = needle.split_whitespace().map(regex::escape).collect();
    let pattern = regex::Regex::new(&words.join(r"\s+")).unwrap_or_else(|e| panic!("{needle}: {e}"));
    pattern.find_iter(text).nth(n).map(|m| m.range())
}

#[derive(Default, Clone, Copy)]
struct Counts {
    claims: usize,
    correct: usize,
    moved: usize,
    orphaned: usize,
    wrong: usize,
    /// Orphaned although the claim was still there (safe, but a miss).
    missed: usize,
}

#[test]
fn re_anchoring_on_the_edit_corpus_is_never_wrong() {
    let mut rows: Vec<(&str, Counts)> = Vec::new();
    let mut problems = Vec::new();
    for case in cases() {
        let mut counts = Counts::default();
        for (quote, expect) in &case.claims {
            let claim = nth_range(&case.original, quote, 0)
                .unwrap_or_else(|| panic!("{}: quote not in original: {quote}", case.edit));
            let anchor = anchor_for(&case.original, claim.clone());
            let (state, range) = locate(&case.edited, &anchor);
            counts.claims += 1;
            let expected_range = match expect {
                Expect::At(text, n) => Some(
                    nth_range(&case.edited, text, *n)
                        .unwrap_or_else(|| panic!("{}: expected text not in edited: {text}", case.edit)),
                ),
                Expect::Orphaned => None,
            };
            let expected_state = match &expected_range {
                None => AnchorState::Orphaned,
                Some(_) if case.edited.get(claim.clone()) == Some(anchor.quote.as_str()) => {
                    AnchorState::Anchored
                }
                Some(_) => AnchorState::Moved,
            };
            let placed_right = matches!((&range, &expected_range), (Some(got), Some(want)) if got == want);
            match (state, &range) {
                (AnchorState::Orphaned, None) => {
                    counts.orphaned += 1;
                    if expected_range.is_some() {
                        counts.missed += 1;
                    }
                }
                (AnchorState::Anchored, Some(_)) if placed_right => counts.correct += 1,
                (AnchorState::Moved, Some(_)) if placed_right => counts.moved += 1,
                _ => counts.wrong += 1,
            }
            if state != expected_state || (range.is_some() && !placed_right) {
                let got = range.as_ref().map(|r| &case.edited[r.clone()]);
                problems.push(format!(
                    "{}: {quote:?}: expected {expected_state:?}, got {state:?} at {got:?}",
                    case.edit
                ));
            }
        }
        rows.push((case.edit, counts));
    }
    let mut total = Counts::default();
    println!(
        "\n{:<56} {:>6} {:>8} {:>6} {:>9} {:>6}",
        "edit", "claims", "correct", "moved", "orphaned", "wrong"
    );
    for (edit, c) in &rows {
        println!(
            "{edit:<56} {:>6} {:>8} {:>6} {:>9} {:>6}",
            c.claims, c.correct, c.moved, c.orphaned, c.wrong
        );
        total.claims += c.claims;
        total.correct += c.correct;
        total.moved += c.moved;
        total.orphaned += c.orphaned;
        total.wrong += c.wrong;
        total.missed += c.missed;
    }
    println!(
        "{:<56} {:>6} {:>8} {:>6} {:>9} {:>6}",
        "total", total.claims, total.correct, total.moved, total.orphaned, total.wrong
    );
    println!(
        "(correct = anchored in place; moved = found elsewhere, right sentence; orphaned claims that were still there: {})",
        total.missed
    );
    assert_eq!(
        total.wrong,
        0,
        "attached to a wrong place:\n{}",
        problems.join("\n")
    );
    assert!(
        problems.is_empty(),
        "outcomes not as intended:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_category_of_the_corpus_is_exercised() {
    // The corpus is only a test if it holds each outcome the issue names.
    let cases = cases();
    let mut states = Vec::new();
    for case in &cases {
        for (quote, _) in &case.claims {
            let anchor = anchor_for(&case.original, nth_range(&case.original, quote, 0).unwrap());
            states.push(locate(&case.edited, &anchor).0);
        }
    }
    for state in [AnchorState::Anchored, AnchorState::Moved, AnchorState::Orphaned] {
        assert!(states.contains(&state), "{state:?} never happens in the corpus");
    }
}
