//! `numbering` (warning): numbered markers should first appear in order
//! (1, 2, 3, …) without skipping a number.

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;

/// Walks the first appearance of each number: one finding for a marker
/// whose number appears after a larger one, and one for a jump past
/// numbers that no marker cites at all (numbers cited later are out of
/// order, not skipped: `[2, 7]` then `[3–5]` is one jump and one marker
/// out of order, not five findings).
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    // Through a set: a long article cites a few numbers many times over.
    let cited: foldhash::HashSet<u64> = article
        .markers
        .iter()
        .flat_map(|m| &m.labels)
        .filter_map(|l| l.parse().ok())
        .collect();
    let mut cited: Vec<u64> = cited.into_iter().collect();
    cited.sort_unstable();
    let mut findings = Vec::new();
    let mut highest: u64 = 0;
    let mut seen = foldhash::HashSet::default();
    for (m, marker) in article.markers.iter().enumerate() {
        let mut out_of_order = false;
        for label in &marker.labels {
            let Ok(n) = label.parse::<u64>() else { continue };
            if !seen.insert(n) {
                continue;
            }
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
            if n < highest {
                if !out_of_order {
                    findings.push(finding(format!(
                        "{} first appears after {}: markers are out of order",
                        bracket(label),
                        bracket(&highest.to_string())
                    )));
                }
                out_of_order = true;
            } else if n > highest + 1 {
                let never_cited = uncited_runs(&cited, highest + 1..n);
                if !never_cited.is_empty() {
                    let after = if highest == 0 {
                        "is the first marker".to_string()
                    } else {
                        format!("follows {}", bracket(&highest.to_string()))
                    };
                    findings.push(finding(format!(
                        "{} {after}: {}",
                        bracket(label),
                        skipped(&never_cited)
                    )));
                }
            }
            highest = highest.max(n);
        }
    }
    findings
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
    fn a_list_then_a_range_is_one_jump_and_one_marker_out_of_order() {
        assert_eq!(
            messages_with_entries("A.[1] B.[2, 7] C.[3–5] D.[8]", 8),
            [
                "[7] follows [2]: number 6 is skipped",
                "[3] first appears after [7]: markers are out of order"
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
