//! `misattributed-citation` (warning): the citing sentence names an author
//! or outlet that belongs to another entry and not to the cited one; the
//! message names the likely entry. A sentence that only names another
//! author's work is reported when it is part of a shifted list.

use super::attribution::Attribution;
use super::{Check, Finding, Message, Severity};
use crate::article::Article;

/// One finding per misattributed marker.
#[must_use]
pub fn check(article: &Article, attributions: &[Attribution]) -> Vec<Finding> {
    let count = attributions
        .iter()
        .filter(|v| matches!(v, Attribution::Misattributed { .. }))
        .count();
    let mut findings = Vec::with_capacity(count);
    let mut shifted: Vec<usize> = super::shifted_references::shifted_runs(attributions)
        .into_iter()
        .flatten()
        .map(|(m, _)| m)
        .collect();
    shifted.sort_unstable();
    for (m, verdict) in attributions.iter().enumerate() {
        let Attribution::Misattributed {
            cited,
            suggested,
            name,
            person,
            mention,
        } = verdict
        else {
            continue;
        };
        if *mention && shifted.binary_search(&m).is_err() {
            continue;
        }
        let (Some(marker), Some(cited_ref), Some(_)) = (
            article.markers.get(m),
            article.references.get(*cited as usize),
            article.references.get(*suggested as usize),
        ) else {
            continue;
        };
        findings.push(Finding {
            check: Check::MisattributedCitation,
            severity: Severity::Warning,
            marker: u32::try_from(m).ok(),
            reference: Some(cited_ref.label.as_str().into()),
            suggested: Some(*suggested),
            offset: None,
            message: Message::NamesAnother {
                name: *name,
                person: *person,
            },
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
        let a = parse("a.txt", format!("Title\n\n{body}\n\nReferences\n{refs}").into());
        super::check(&a, &attribute(&a))
            .into_iter()
            .map(|f| {
                (
                    f.reference.clone().map(String::from),
                    f.suggested_label(&a).map(String::from),
                )
            })
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
    fn the_author_of_a_second_entry_numbered_alike_is_named_as_such() {
        let text = "T\n\nJohn Doe wrote it.[1]\n\nReferences\n[1] Roe, Jane. \"First.\" 2001.\n[1] Doe, John. \"Second.\" 2002.\n";
        let a = parse("a.txt", text.into());
        let messages: Vec<String> = crate::check::worded(&a, &super::check(&a, &attribute(&a)));
        assert_eq!(
            messages,
            [
                "the sentence names John Doe, the author of the second entry numbered [1], not of the first, which the marker cites"
            ]
        );
    }

    #[test]
    fn naming_both_is_not_a_misattribution() {
        assert!(findings("Doe answered Jane Roe.[1]").is_empty());
    }
}
