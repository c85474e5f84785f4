//! `misattributed-citation` (warning): the citing sentence names an author
//! or outlet that belongs to another entry and not to the cited one; the
//! message names the likely entry.

use std::fmt::Write;

use super::attribution::Attribution;
use super::{Finding, Severity};
use crate::article::{Article, OneLine};

/// One finding per misattributed marker.
#[must_use]
pub fn check(article: &Article, attributions: &[Attribution]) -> Vec<Finding> {
    let count = attributions
        .iter()
        .filter(|v| matches!(v, Attribution::Misattributed { .. }))
        .count();
    let mut findings = Vec::with_capacity(count);
    let mut scratch = String::new();
    for (m, verdict) in attributions.iter().enumerate() {
        let Attribution::Misattributed {
            cited,
            suggested,
            name,
            person,
        } = verdict
        else {
            continue;
        };
        let (Some(marker), Some(cited_ref), Some(suggested_ref)) = (
            article.markers.get(m),
            article.references.get(*cited),
            article.references.get(*suggested),
        ) else {
            continue;
        };
        let role = if *person { "the author" } else { "the outlet" };
        // Worded in one scratch buffer (labels bracketed as `bracket` does)
        // and copied out at its exact length: on a long article there is
        // one message per misattributed marker.
        scratch.clear();
        let worded = write!(
            scratch,
            "the sentence names {}, {role} of [{}], not of [{}]: it likely cites [{}]",
            OneLine(article.slice(name)),
            suggested_ref.label,
            cited_ref.label,
            suggested_ref.label
        );
        if worded.is_err() {
            continue;
        }
        let message = scratch.as_str().to_owned();
        findings.push(Finding {
            check: "misattributed-citation",
            severity: Severity::Warning,
            marker: Some(m),
            reference: Some(cited_ref.label.as_str().into()),
            suggested: Some(suggested_ref.label.as_str().into()),
            offset: None,
            message,
            at: marker.range.start,
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::check::attribution::attribute;
    use crate::parse::parse;

    fn findings(body: &str) -> Vec<(Option<String>, Option<String>)> {
        let refs =
            "[1] Roe, Jane. \"First.\" Daily Planet, 2001.\n[2] Doe, John. \"Second.\" Evening Star, 2002.\n";
        let a = parse("a.txt", format!("Title\n\n{body}\n\nReferences\n{refs}"));
        super::check(&a, &attribute(&a))
            .into_iter()
            .map(|f| (f.reference.map(String::from), f.suggested.map(String::from)))
            .collect()
    }

    #[test]
    fn swapped_citations_are_both_reported() {
        let got = findings("John Doe wrote first.[1] Jane Roe replied.[2]");
        assert_eq!(
            got,
            [
                (Some("1".into()), Some("2".into())),
                (Some("2".into()), Some("1".into()))
            ]
        );
    }

    #[test]
    fn correct_citations_are_silent() {
        assert!(findings("Jane Roe wrote first.[1] John Doe replied in the Evening Star.[2]").is_empty());
    }

    #[test]
    fn naming_both_is_not_a_misattribution() {
        assert!(findings("Doe answered Jane Roe.[1]").is_empty());
    }
}
