//! `duplicate-reference` (info): two entries are the same source (equal
//! source identity keys), not counting ibids, which repeat on purpose.

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;

/// One finding per later copy, naming the first.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    article
        .references
        .iter()
        .filter_map(|r| {
            let first_index = r.duplicate_of?;
            let first = article.references.get(first_index)?;
            let message = format!(
                "entry {} is the same source as {}; cite {} again instead",
                bracket(&r.label),
                bracket(&first.label),
                bracket(&first.label)
            );
            let mut finding =
                super::Finding::on_reference(Check::DuplicateReference, Severity::Info, r, message);
            finding.suggested = u32::try_from(first_index).ok();
            Some(finding)
        })
        .collect::<Vec<Finding>>()
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    #[test]
    fn the_same_source_twice_is_reported_on_the_second() {
        let a = parse("a.txt", "T\n\nA.[1] B.[2] C.[3]\n\nReferences\n[1] Roe, Jane. \"A Study.\" Planet, 2001.\n[2] Doe, John. \"Other.\" Star, 2002.\n[3] Roe, Jane. \"A Study.\" Planet, 2001.\n".into());
        let found = super::check(&a);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].reference.as_deref(), found[0].suggested_label(&a)),
            (Some("3"), Some("1"))
        );
    }

    #[test]
    fn a_work_with_and_without_its_subtitle_or_at_one_address_is_one_source() {
        let a = parse("a.txt", "T\n\nA.[1] B.[2] C.[3] D.[4]\n\nReferences\n\
            [1] Johnson, Steven. The Ghost Map: The Story of an Epidemic. Riverhead, 2006.\n\
            [2] Johnson, Steven. The Ghost Map. New York: Riverhead, 2006.\n\
            [3] Merat, Arron. \"The wild story of the MEK.\" The Guardian, 9 November 2018. https://www.theguardian.com/news/2018/nov/09/mek\n\
            [4] The Guardian, \"Terrorists or champions?\", 2018. http://theguardian.com/news/2018/nov/09/mek/?utm_source=twitter\n".into());
        let found = super::check(&a);
        let pairs: Vec<(Option<&str>, Option<&str>)> = found
            .iter()
            .map(|f| (f.reference.as_deref(), f.suggested_label(&a)))
            .collect();
        assert_eq!(pairs, [(Some("2"), Some("1")), (Some("4"), Some("3"))]);
        // Two volumes of one series, each with its subtitle, are not.
        let a = parse(
            "a.txt",
            "T\n\nA.[1] B.[2]\n\nReferences\n\
            [1] IPCC. Climate Change 2014: Impacts, Adaptation, and Vulnerability. Cambridge, 2014.\n\
            [2] IPCC. Climate Change 2014: Mitigation of Climate Change. Cambridge, 2014.\n"
                .into(),
        );
        assert!(super::check(&a).is_empty());
        // Works of one author under one word before their subtitles, or on
        // one site's home page, are not.
        let a = parse(
            "a.txt",
            "T\n\nA.[1] B.[2]\n\nReferences\n\
            [1] Roe, Jane. Iran: A History. Penguin. https://example.org/\n\
            [2] Roe, Jane. Iran: The Revolution. Verso. https://example.org\n"
                .into(),
        );
        assert!(super::check(&a).is_empty());
    }

    #[test]
    fn different_sources_and_ibids_are_silent() {
        let a = parse(
            "a.txt",
            "T\n\nA.[1] B.[2]\n\nReferences\n[1] Roe, Jane. \"A Study.\" Planet, 2001.\n[2] Ibid.\n".into(),
        );
        assert!(super::check(&a).is_empty());
    }
}
