//! `numbering` (warning): numbered markers should first appear in order
//! (1, 2, 3, …) without skipping a number.

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;
use compact_str::CompactString;

/// Walks the first appearance of each number. The numbers that first
/// appear in order are the longest increasing run of them (the earliest,
/// of runs as long): one finding for a marker with a number outside it,
/// which came early (`[5]` before `[2]`–`[4]`) or late (`[3]` after `[4]`),
/// and one for a jump in the run past numbers that no marker cites at all
/// (numbers cited elsewhere are out of order, not skipped: `[2, 7]` then
/// `[3–5]` is one marker out of order and one gap, not five findings).
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    // Through a set: a long article cites a few numbers many times over.
    // An entry a wiki's lettered note cites is cited too.
    let cited: foldhash::HashSet<u64> = article
        .markers
        .iter()
        .flat_map(|m| &m.labels)
        .filter_map(|l| l.parse().ok())
        .chain(
            article
                .references
                .iter()
                .filter(|r| r.cited_in_note)
                .filter_map(|r| r.number),
        )
        .collect();
    let mut cited: Vec<u64> = cited.into_iter().collect();
    cited.sort_unstable();
    // Each number's first appearance: its marker and label.
    let mut seen = foldhash::HashSet::default();
    let mut firsts: Vec<(usize, &CompactString, u64)> = Vec::new();
    for (m, marker) in article.markers.iter().enumerate() {
        // Markdown numbers footnotes by their order in the text, whatever
        // their labels: `[^2]` before `[^1]` is no fault.
        if article.slice(&marker.range).starts_with("[^") {
            continue;
        }
        for label in &marker.labels {
            if let Ok(n) = label.parse::<u64>()
                && seen.insert(n)
            {
                firsts.push((m, label, n));
            }
        }
    }
    let numbers: Vec<u64> = firsts.iter().map(|&(_, _, n)| n).collect();
    let in_order = in_order(&numbers);
    let mut findings = Vec::new();
    let mut highest: u64 = 0;
    let mut previous: u64 = 0;
    let mut flagged_marker = None;
    for (i, &(m, label, n)) in firsts.iter().enumerate() {
        let marker = &article.markers[m];
        let finding = |message: String| Finding {
            check: Check::Numbering,
            severity: Severity::Warning,
            marker: u32::try_from(m).ok(),
            reference: Some(label.clone()),
            suggested: None,
            offset: None,
            message: message.into(),
            at: marker.range.start,
        };
        if !in_order[i] {
            // One finding per marker (`[7, 3]` out of order is one).
            if flagged_marker != Some(m) {
                let place = if n < highest {
                    format!("after {}", bracket(&highest.to_string()))
                } else {
                    let next = (i + 1..firsts.len()).find(|&j| in_order[j]).map(|j| firsts[j].2);
                    next.map_or_else(String::new, |k| format!("before {}", bracket(&k.to_string())))
                };
                findings.push(finding(format!(
                    "{} first appears {place}: markers are out of order",
                    bracket(label)
                )));
                flagged_marker = Some(m);
            }
        } else {
            if n > previous + 1 {
                let never_cited = uncited_runs(&cited, previous + 1..n);
                if !never_cited.is_empty() {
                    let after = if previous == 0 {
                        "is the first marker".to_string()
                    } else {
                        format!("follows {}", bracket(&previous.to_string()))
                    };
                    findings.push(finding(format!(
                        "{} {after}: {}",
                        bracket(label),
                        skipped(&never_cited)
                    )));
                }
            }
            previous = n;
        }
        highest = highest.max(n);
    }
    findings
}

/// Which of `numbers` belong to their longest increasing run; of runs as
/// long, the one that takes the earliest numbers. A number is in some
/// longest run when the longest run ending at it and the longest starting
/// at it make one that long; walking from the left, each such number that
/// extends the run taken so far is taken.
fn in_order(numbers: &[u64]) -> Vec<bool> {
    let ending = longest_runs_ending(numbers.iter().copied());
    let mut starting = longest_runs_ending(numbers.iter().rev().map(|&n| u64::MAX - n));
    starting.reverse();
    let longest = ending.iter().copied().max().unwrap_or(0);
    let mut taken = 0;
    let mut last = None;
    numbers
        .iter()
        .zip(ending.iter().zip(&starting))
        .map(|(&n, (&end, &start))| {
            let take = end + start - 1 == longest && end == taken + 1 && last.is_none_or(|l| n > l);
            if take {
                taken += 1;
                last = Some(n);
            }
            take
        })
        .collect()
}

/// For each number, the length of the longest strictly increasing run of
/// the numbers up to it that ends with it (patience sorting).
fn longest_runs_ending(numbers: impl Iterator<Item = u64>) -> Vec<usize> {
    let mut tails: Vec<u64> = Vec::new();
    numbers
        .map(|n| {
            let at = tails.partition_point(|&t| t < n);
            if let Some(tail) = tails.get_mut(at) {
                *tail = n;
            } else {
                tails.push(n);
            }
            at + 1
        })
        .collect()
}

/// The numbers of `gap` that `cited` (sorted, without repeats) lacks, as
/// runs `(first, last)`; found by searching `cited`, not by counting
/// through the gap, which may span most of `u64`.
fn uncited_runs(cited: &[u64], gap: std::ops::Range<u64>) -> Vec<(u64, u64)> {
    let from = cited.partition_point(|&k| k < gap.start);
    let to = cited.partition_point(|&k| k < gap.end);
    let mut runs = Vec::new();
    let mut next = gap.start;
    for &k in cited.get(from..to).unwrap_or_default() {
        if k > next {
            runs.push((next, k - 1));
        }
        next = k + 1;
    }
    if next < gap.end {
        runs.push((next, gap.end - 1));
    }
    runs
}

/// `number 3 is skipped`, `numbers 3–6 are skipped`, `numbers 3, 5–6 are
/// skipped`, from runs of skipped numbers.
fn skipped(runs: &[(u64, u64)]) -> String {
    if let [(a, b)] = runs
        && a == b
    {
        return format!("number {a} is skipped");
    }
    let written: Vec<String> = runs
        .iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    format!("numbers {} are skipped", written.join(", "))
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn messages(body: &str) -> Vec<String> {
        messages_with_entries(body, 5)
    }

    /// The numbering findings of `body` above a list of `entries` entries.
    fn messages_with_entries(body: &str, entries: u64) -> Vec<String> {
        let refs: String = (1..=entries)
            .map(|n| format!("[{n}] Roe, Jane. Book {n}. 2001.\n"))
            .collect();
        let a = parse("a.txt", format!("T\n\n{body}\n\nReferences\n{refs}").into());
        crate::check::worded(&a, &super::check(&a))
    }

    #[test]
    fn in_order_is_silent_and_repeats_do_not_count() {
        assert!(messages("A.[1] B.[2] C.[1] D.[3]").is_empty());
    }

    #[test]
    fn a_skipped_number_is_reported() {
        assert_eq!(messages("A.[1] B.[3]"), ["[3] follows [1]: number 2 is skipped"]);
    }

    #[test]
    fn out_of_order_is_reported() {
        // 3 is cited, later: out of order, not skipped.
        assert_eq!(
            messages("A.[1] B.[2] C.[4] D.[3]"),
            ["[3] first appears after [4]: markers are out of order"]
        );
    }

    #[test]
    fn markdown_footnotes_are_numbered_by_their_order_whatever_their_labels() {
        let a = parse(
            "a.md",
            "# T\n\nA.[^2] B.[^1] C.[^5]\n\n[^1]: Roe, Jane. One. 2001.\n[^2]: Roe, Jane. Two. 2002.\n[^5]: Roe, Jane. Five. 2005.\n".into(),
        );
        assert!(super::check(&a).is_empty());
    }

    #[test]
    fn one_marker_early_is_one_finding_not_one_per_number_after_it() {
        assert_eq!(
            messages_with_entries("A.[1] B.[5] C.[2] D.[3] E.[4] F.[6]", 6),
            ["[5] first appears before [2]: markers are out of order"]
        );
        assert_eq!(
            messages_with_entries("A.[1] B.[2] C.[3] D.[6] E.[4] F.[5]", 6),
            ["[6] first appears before [4]: markers are out of order"]
        );
    }

    #[test]
    fn a_list_then_a_range_is_one_jump_and_one_marker_out_of_order() {
        assert_eq!(
            messages_with_entries("A.[1] B.[2, 7] C.[3–5] D.[8]", 8),
            [
                "[7] first appears before [3]: markers are out of order",
                "[8] follows [5]: number 6 is skipped"
            ]
        );
        assert_eq!(
            super::uncited_runs(&[1, 4, 7, 8], 2..10),
            [(2, 3), (5, 6), (9, 9)]
        );
        assert_eq!(super::skipped(&[(3, 3), (5, 6)]), "numbers 3, 5–6 are skipped");
        assert_eq!(super::uncited_runs(&[], 2..u64::MAX), [(2, u64::MAX - 1)]);
    }
}
