//! `unavailable-source` (info): the entry itself says its source is gone
//! (no longer available, dead link, page not found).

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;

/// Phrases with which writers say a source is gone, lower-case.
const GONE: &[&str] = &[
    "no longer available",
    "no longer online",
    "no longer accessible",
    "no longer exists",
    "not available online",
    "not available anymore",
    "not available any more",
    "is unavailable",
    "dead link",
    "link is dead",
    "broken link",
    "page not found",
    "has been taken down",
    "has been removed",
    "has been deleted",
    "was taken down",
    "was removed from",
    "offline now",
    "now offline",
    "link no longer works",
    "url no longer works",
    "404 error",
    "error 404",
    "404 not found",
];

/// One finding per entry that says so, quoting the phrase.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    article
        .references
        .iter()
        .filter_map(|r| {
            let text = crate::article::one_line(article.slice(&r.body)).to_lowercase();
            let phrase = GONE.iter().find(|p| text.contains(*p))?;
            let message = format!("entry {} says its source is gone: “{phrase}”", bracket(&r.label));
            Some(Finding::on_reference(
                Check::UnavailableSource,
                Severity::Info,
                r,
                message,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn labels(refs: &str) -> Vec<String> {
        let a = parse("a.txt", format!("T\n\nA.[1] B.[2]\n\nReferences\n{refs}").into());
        super::check(&a)
            .into_iter()
            .filter_map(|f| f.reference.map(String::from))
            .collect()
    }

    #[test]
    fn an_entry_that_says_it_is_gone_is_reported() {
        assert_eq!(
            labels(
                "[1] Roe, Jane. \"A.\" 2001.\n[2] Doe, John. \"B.\" 2002. The page is no longer\navailable online.\n"
            ),
            ["2"]
        );
    }

    #[test]
    fn the_message_quotes_the_words_that_say_so() {
        let a = parse(
            "a.txt",
            "T\n\nA.[1] B.[2]\n\nReferences\n[1] Roe, Jane. \"A.\" 2001. Dead link.\n[2] Doe, John. \"B.\" 2002. The link no longer works.\n"
                .into(),
        );
        let messages: Vec<String> = super::check(&a)
            .iter()
            .map(|f| f.message(&a).to_string())
            .collect();
        assert_eq!(
            messages,
            [
                "entry [1] says its source is gone: “dead link”",
                "entry [2] says its source is gone: “link no longer works”"
            ]
        );
    }

    #[test]
    fn ordinary_entries_are_silent() {
        assert!(labels("[1] Roe, Jane. \"Available Light.\" 2001.\n").is_empty());
    }
}
