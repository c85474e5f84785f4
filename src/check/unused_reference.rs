//! `unused-reference` (warning): an entry of a numbered list that no marker
//! cites, directly or through an ibid that repeats it.

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;

/// One finding per uncited entry; silent for unnumbered bibliographies,
/// where entries are not meant to be cited by number.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    if !article.numbered_references {
        return Vec::new();
    }
    let mut used = vec![false; article.references.len()];
    for (i, r) in article.references.iter().enumerate() {
        if !r.cited_by.is_empty() || r.cited_in_note {
            used[i] = true;
            if let Some(target) = r.ibid_of.and_then(|t| used.get_mut(t)) {
                *target = true;
            }
        }
    }
    // Markers cite the first entry with a label.
    let first_with_label = crate::article::label_index(&article.references);
    article
        .references
        .iter()
        .enumerate()
        .zip(used)
        // A bibliography's entries are cited by the notes, or by author
        // and year in the text.
        .filter(|((_, r), used)| !used && !r.in_bibliography)
        .map(|((i, r), _)| {
            let numbered_twice = first_with_label
                .get(r.label.as_str())
                .is_some_and(|&first| first < i);
            let message = if numbered_twice {
                format!(
                    "entry {} has the number of an earlier entry, so no marker can cite it",
                    bracket(&r.label)
                )
            } else {
                format!("entry {} is not cited by any marker", bracket(&r.label))
            };
            Finding::on_reference(Check::UnusedReference, Severity::Warning, r, message)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    #[test]
    fn an_entry_numbered_like_an_earlier_one_is_a_second_entry_no_marker_can_cite() {
        let a = parse("a.txt", "T\n\nOne.[1] Two.[2]\n\nNotes\n[1] Roe, Jane. A Book. 2001.\n[2] Doe, John. Other. 2002.\n[2] Poe, Edgar. Third. 2003.\n".into());
        assert_eq!(a.references.len(), 3);
        let messages: Vec<String> = crate::check::worded(&a, &super::check(&a));
        assert_eq!(
            messages,
            ["entry [2] has the number of an earlier entry, so no marker can cite it"]
        );
    }

    #[test]
    fn an_uncited_entry_is_reported() {
        let a = parse("a.txt", "T\n\nOne.[1] Three.[3]\n\nNotes\n[1] Roe, Jane. A Book. 2001.\n[2] An aside about the war.\n[3] Doe, John. Other. 2002.\n".into());
        let found = super::check(&a);
        assert_eq!(
            found.iter().map(|f| f.reference.as_deref()).collect::<Vec<_>>(),
            [Some("2")]
        );
    }

    #[test]
    fn an_entry_repeated_by_a_cited_ibid_is_used() {
        let a = parse(
            "a.txt",
            "T\n\nOne.[2]\n\nNotes\n[1] Roe, Jane. A Book. 2001.\n[2] Ibid.\n".into(),
        );
        assert!(super::check(&a).is_empty());
    }
}
