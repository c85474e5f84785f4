//! Resource bounds: what input depth and input numbers cannot make ibid
//! spend. Nesting is parsed on a thread with a small stack, so recursion
//! whose depth the input controls would overflow it and fail the test; big
//! numbers in markers and entries must not size any table; ranges of
//! markers cannot make an article cite more labels than its length allows;
//! and a line with no sentence end does not make a sentence of megabytes.

use std::time::{Duration, Instant};

use ibid::check::{CheckOptions, run_all};
use ibid::parse::sentences::MAX_SENTENCE_BYTES;

/// A stack far smaller than the 8 MiB of a main thread: 100,000 levels of
/// recursion of even 8 bytes a frame would not fit.
const SMALL_STACK: usize = 256 * 1024;

/// Parses and checks `text` as `name` on a thread with [`SMALL_STACK`];
/// returns the numbers of markers and references.
fn parse_on_small_stack(name: &'static str, text: String) -> (usize, usize) {
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let article = ibid::parse::parse(name, text.into());
            let _ = run_all(&article, &CheckOptions::default());
            (article.markers.len(), article.references.len())
        })
        .expect("spawn a parser thread")
        .join()
        .expect("the parser thread did not overflow its stack or panic")
}

#[test]
fn nested_brackets_do_not_recurse() {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(parse_on_small_stack("a.txt", nested.clone()), (0, 0));
    assert_eq!(parse_on_small_stack("a.md", nested), (0, 0));
}

#[test]
fn nested_markdown_quotes_lists_and_emphasis_do_not_recurse() {
    let quotes = format!(
        "{}claim.[^a]\n\n[^a]: Roe, Jane. Study. 2001.\n",
        "> ".repeat(100_000)
    );
    assert_eq!(parse_on_small_stack("q.md", quotes), (1, 1));
    let lists = format!("{}claim.[^a]\n\n[^a]: Roe.\n", "* ".repeat(50_000));
    assert_eq!(parse_on_small_stack("l.md", lists), (1, 1));
    let emphasis = format!("{}x{}", "*_".repeat(50_000), "_*".repeat(50_000));
    assert_eq!(parse_on_small_stack("e.md", emphasis), (0, 0));
}

#[test]
fn a_footnote_in_a_nested_tight_list_is_one_marker() {
    // Each enclosing item of a tight list was a block running to its end,
    // so the marker was found once per level (and 50,000 levels took
    // minutes); an item's block now stops where its nested list starts.
    let article = ibid::parse::parse(
        "n.md",
        "- a\n  - b [^x]\n\n[^x]: Roe, Jane. Study. 2001.\n".into(),
    );
    let sentences: Vec<&str> = article
        .markers
        .iter()
        .map(|m| article.slice(&m.sentence).trim_end())
        .collect();
    assert_eq!(sentences, ["- b [^x]"]);
}

#[test]
fn a_chain_of_ten_thousand_ibids_is_followed_without_recursion() {
    let mut text =
        String::from("Title\n\nA claim.[10000]\n\nReferences\n[1] Roe, Jane. Study. Planet, 2001.\n");
    for n in 2..=10_000 {
        text.push_str(&format!("[{n}] Ibid.\n"));
    }
    let article = std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || ibid::parse::parse("chain.txt", text.into()))
        .expect("spawn")
        .join()
        .expect("no stack overflow");
    assert_eq!(article.references.len(), 10_000);
    assert_eq!(article.references.last().and_then(|r| r.ibid_of), Some(0));
}

#[test]
fn huge_marker_numbers_allocate_nothing_of_their_size() {
    // A range that would expand to 10^11 labels, or a list whose numbers
    // reach u64::MAX, must finish at once: nothing is sized by the numbers.
    let text = "Title\n\nA.[1-99999999999] B.[99999999999] C.[18446744073709551615] D.[1]\n\nReferences\n[1] Roe, Jane. Study. 2001.\n[99999999999] Doe, John. Book. 1999.\n[18446744073709551615] Poe, Ann. Essay. 2003.\n";
    let started = Instant::now();
    let article = ibid::parse::parse("big.txt", text.into());
    let _ = run_all(&article, &CheckOptions::default());
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    let labels: Vec<Vec<String>> = article
        .markers
        .iter()
        .map(|m| m.labels.iter().map(ToString::to_string).collect())
        .collect();
    assert!(
        !labels.iter().any(|l| l.len() > 1),
        "[1-99999999999] is not expanded: {labels:?}"
    );
    assert!(labels.contains(&vec!["1".to_owned()]), "{labels:?}");
}

#[test]
fn stacked_ranges_cite_at_most_one_label_per_three_bytes() {
    // Before the fix, 1 MB of these made 28 labels per byte: 13.8 GB.
    let text = format!(
        "Title\n\n{}\n",
        "Claim [1-200,1-200,1-200,1-200,1-200,1-200,1-200,1-200,1-200,1-200]. ".repeat(3_000)
    );
    let article = ibid::parse::parse("ranges.txt", text.into());
    let labels: usize = article.markers.iter().map(|m| m.labels.len()).sum();
    assert!(labels > 0, "some ranges are still read");
    assert!(
        labels <= article.text.len() / 3,
        "{labels} labels for {} bytes",
        article.text.len()
    );
}

#[test]
fn a_line_with_no_sentence_end_gives_each_marker_a_short_sentence() {
    let line: Vec<&str> = (0..100_000)
        .map(|i| if i % 1000 == 999 { "word [1]" } else { "word" })
        .collect();
    let article = ibid::parse::parse("line.txt", line.join(" ").into());
    assert_eq!(article.markers.len(), 100);
    for marker in &article.markers {
        assert!(
            marker.sentence.len() <= MAX_SENTENCE_BYTES,
            "{:?}",
            marker.sentence
        );
        assert!(marker.sentence.contains(&marker.range.start) || marker.sentence.end == marker.range.end);
    }
}
