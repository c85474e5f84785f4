//! `incomplete-reference` (info): a citation a reader could not find again:
//! no author and no title, a web source with no URL, or no date.

use super::{Check, Finding, Severity, bracket};
use crate::article::{Article, Reference};
use crate::parse::fields::Kind;

/// One finding per incomplete citation, listing everything it lacks.
/// Explanatory notes, ibids and short notes (which borrow their source)
/// are not checked.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    let mut findings = Vec::new();
    for r in &article.references {
        let f = &r.fields;
        if f.kind == Kind::Note || f.repeat.is_some() || r.ibid_of.is_some() {
            continue;
        }
        let mut missing = Vec::new();
        if f.authors.is_empty() {
            missing.push("author");
        }
        if f.title.is_none() {
            missing.push("title");
        }
        let nameless = f.authors.is_empty() && f.title.is_none();
        if f.date.is_none() {
            missing.push("date");
        }
        let web = is_web_source(article, r);
        if f.urls.is_empty() && (web || nameless) {
            missing.push("URL");
        }
        let reportable = nameless || f.date.is_none() || (web && f.urls.is_empty());
        if !reportable {
            continue;
        }
        if !nameless {
            missing.retain(|m| *m != "author" && *m != "title");
        }
        let list = match missing.as_slice() {
            [] => continue,
            [one] => (*one).to_string(),
            [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        };
        let why = if web && f.urls.is_empty() {
            " for a web source"
        } else {
            ""
        };
        let message = format!("entry {} has no {list}{why}", bracket(&r.label));
        findings.push(Finding::on_reference(
            Check::IncompleteReference,
            Severity::Info,
            r,
            message,
        ));
    }
    findings
}

/// Whether the entry says it was read on the web: MLA's `Web.`, an accessed
/// or retrieved date, or a site name ending in `.com`, `.org`, `.net`.
fn is_web_source(article: &Article, r: &Reference) -> bool {
    let text = article.slice(&r.body);
    let lower = text.to_lowercase();
    r.fields.accessed.is_some()
        || text.contains("Web.")
        || lower.contains("retrieved from")
        || lower.contains("available online")
        || r.fields.container.as_deref().is_some_and(|c| {
            [".com", ".org", ".net"]
                .iter()
                .any(|s| c.to_lowercase().ends_with(s))
        })
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn messages(refs: &str) -> Vec<String> {
        let a = parse("a.txt", format!("T\n\nA.[1] B.[2]\n\nReferences\n{refs}").into());
        crate::check::worded(&a, &super::check(&a))
    }

    #[test]
    fn an_outlet_alone_lacks_everything() {
        assert_eq!(
            messages("[1] Planet website\n"),
            ["entry [1] has no author, title, date or URL"]
        );
    }

    #[test]
    fn a_web_article_without_url_is_incomplete() {
        let got = messages("[1] Roe, Jane. \"A Story.\" Daily Planet 3 May 2009: Web. 4 June 2010.\n");
        assert_eq!(got, ["entry [1] has no URL for a web source"]);
    }

    #[test]
    fn a_complete_book_is_silent() {
        assert!(messages("[1] Roe, Jane. A Long History. London: Penguin, 2001.\n").is_empty());
    }

    #[test]
    fn a_short_note_after_its_full_note_lacks_nothing() {
        let full = "[1] Jane Roe, A Long History of the Press (London: Penguin, 2001), 12.\n";
        assert!(messages(&format!("{full}[2] Roe, A Long History, 45.\n")).is_empty());
        // With no full note to repeat, the date is missing.
        assert_eq!(
            messages("[1] Roe, A Long History, 45.\n"),
            ["entry [1] has no date"]
        );
    }
}
