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
        // A question may end the main title.
        let a = parse("a.txt", "T\n\nA.[1] B.[2]\n\nReferences\n\
            [1] Ann Roe, \"Rebels, cultists – or champions of reform? The wild story of the group,\" Planet, 9 November 2018, https://planet.example/2018/11/09/group\n\
            [2] Roe, Ann. \"Rebels, cultists - or champions of reform?\" Planet (The Long Read), Nov. 9, 2018.\n".into());
        let found = super::check(&a);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].suggested_label(&a), Some("1"));
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
    fn one_long_title_on_one_day_under_an_author_written_two_ways_or_at_an_address_without_scheme_is_one_source()
     {
        let a = parse("a.txt", "T\n\nA.[1] B.[2] C.[3] D.[4] E.[5] F.[6]\n\nReferences\n\
            [1] Kestrel Media, \"Port signs deal for gas via a swap,\" 11 October 2024, https://kestrel.example/news/2614321\n\
            [2] Kestrel, \"Port signs deal for gas via a swap\", 11 Oct 2024.\n\
            [3] Harbor Wire, \"Ministry pauses implementation of new dress law,\" 17 December 2024.\n\
            [4] Harbor Wire staff. Ministry pauses implementation of new dress law. Harbor Wire, 17 Dec 2024.\n\
            [5] Treasury Office, \"Supplemental guidance on drones,\" 9 June 2023, https://office.example.gov/media/931876/download\n\
            [6] TO, Drone guidance (June 9, 2023), office.example.gov/media/931876/download\n".into());
        let found = super::check(&a);
        let pairs: Vec<(Option<&str>, Option<&str>)> = found
            .iter()
            .map(|f| (f.reference.as_deref(), f.suggested_label(&a)))
            .collect();
        assert_eq!(
            pairs,
            [
                (Some("2"), Some("1")),
                (Some("4"), Some("3")),
                (Some("6"), Some("5"))
            ]
        );
        // The same wire story in two papers, another author's work of the
        // same title that day, and a short title on one day are not.
        let a = parse(
            "a.txt",
            "T\n\nA.[1] B.[2] C.[3] D.[4] E.[5] F.[6] G.[7] H.[8] I.[9] J.[10]\n\nReferences\n\
            [1] \"Ministry pauses implementation of new dress law.\" The Morning Post, 17 December 2024.\n\
            [2] \"Ministry pauses implementation of new dress law.\" The Evening Star, 17 December 2024.\n\
            [3] Roe, Jane. \"What the new dress law means for women.\" Planet, 3 May 2024.\n\
            [4] Doe, John. \"What the new dress law means for women.\" Planet, 3 May 2024.\n\
            [5] Kestrel Media, \"Statement,\" 2 May 2024.\n\
            [6] Kestrel, \"Statement,\" 2 May 2024, https://other.example/a\n\
            [7] BBC News, \"Ministry pauses the new law on dress and conduct,\" 1 October 2024.\n\
            [8] Fox News, \"Ministry pauses the new law on dress and conduct,\" 1 October 2024.\n\
            [9] \"Port strike spreads to three more cities in the south,\" 1 October 2024, https://www.bbc.com/news/a1\n\
            [10] \"Port strike spreads to three more cities in the south,\" 1 October 2024, https://www.aljazeera.com/news/a2\n"
                .into(),
        );
        assert!(super::check(&a).is_empty(), "{:?}", super::check(&a));
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
