//! `numbering` (warning): numbered markers should first appear in order
//! (1, 2, 3, …) without skipping a number.

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;

/// Walks the first appearance of each number: one finding for a number that
/// appears before a smaller one, one for each gap.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut highest: u64 = 0;
    let mut seen = foldhash::HashSet::default();
    for (m, marker) in article.markers.iter().enumerate() {
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
                findings.push(finding(format!(
                    "{} first appears after {}: markers are out of order",
                    bracket(label),
                    bracket(&highest.to_string())
                )));
            } else if n > highest + 1 {
                let skipped = if n == highest + 2 {
                    format!("number {} is skipped", highest + 1)
                } else {
                    format!("numbers {}–{} are skipped", highest + 1, n - 1)
                };
                let after = if highest == 0 {
                    "is the first marker".to_string()
                } else {
                    format!("follows {}", bracket(&highest.to_string()))
                };
                findings.push(finding(format!("{} {after}: {skipped}", bracket(label))));
            }
            highest = highest.max(n);
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn messages(body: &str) -> Vec<String> {
        let refs: String = (1..=5)
            .map(|n| format!("[{n}] Roe, Jane. Book {n}. 2001.\n"))
            .collect();
        let a = parse("a.txt", format!("T\n\n{body}\n\nReferences\n{refs}").into());
        super::check(&a)
            .iter()
            .map(|f| f.message(&a).to_string())
            .collect()
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
        assert_eq!(
            messages("A.[1] B.[2] C.[4] D.[3]"),
            [
                "[4] follows [2]: number 3 is skipped",
                "[3] first appears after [4]: markers are out of order"
            ]
        );
    }
}
