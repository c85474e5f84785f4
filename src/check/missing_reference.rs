//! `missing-reference` (error): a marker cites a number or label that has no
//! entry in the reference list.

use super::{Check, Finding, Severity, bracket};
use crate::article::{Article, one_line};
use crate::parse::markers::as_shown;

/// One finding per label a marker cites without an entry.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (m, marker) in article.markers.iter().enumerate() {
        for (label, target) in marker.labels.iter().zip(&marker.targets) {
            if target.is_none() {
                let why = if article.references.is_empty() {
                    "the article has no reference list".to_string()
                } else {
                    format!("the reference list has no entry {}", bracket(label))
                };
                findings.push(Finding {
                    check: Check::MissingReference,
                    severity: Severity::Error,
                    marker: u32::try_from(m).ok(),
                    reference: Some(label.clone()),
                    suggested: None,
                    offset: None,
                    // The marker as written: its place among the markers
                    // (`marker 7`) reads as its number.
                    message: format!(
                        "marker {}: {why}",
                        one_line(&as_shown(article.slice(&marker.range)))
                    )
                    .into(),
                    at: marker.range.start,
                });
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    #[test]
    fn a_marker_past_the_list_is_missing() {
        let a = parse(
            "a.txt",
            "T\n\nOne.[1] Two.[2]\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n".into(),
        );
        let found = super::check(&a);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].reference.as_deref(), Some("2"));
        assert_eq!(found[0].marker, Some(1));
    }

    #[test]
    fn the_message_names_the_marker_as_written_not_its_place() {
        let a = parse(
            "a.txt",
            "T\n\nOne.[1] Two.[1] Three.[2]\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n".into(),
        );
        let messages: Vec<String> = crate::check::worded(&a, &super::check(&a));
        assert_eq!(messages, ["marker [2]: the reference list has no entry [2]"]);
    }

    #[test]
    fn every_marker_with_an_entry_is_silent() {
        let a = parse(
            "a.txt",
            "T\n\nOne.[1]\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n".into(),
        );
        assert!(super::check(&a).is_empty());
    }

    #[test]
    fn markdown_footnote_without_definition_is_missing() {
        let a = parse(
            "a.md",
            "# T\n\nOne.[^a] Two.[^b]\n\n[^a]: Roe, Jane. A Book. 2001.\n".into(),
        );
        let found = super::check(&a);
        assert_eq!(
            found.iter().map(|f| f.reference.as_deref()).collect::<Vec<_>>(),
            [Some("b")]
        );
    }
}
