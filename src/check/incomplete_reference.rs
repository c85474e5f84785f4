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
        if f.date.is_none() && !dated_further_on(article.slice(&r.body)) {
            missing.push("date");
        }
        let web = is_web_source(article, r);
        if f.urls.is_empty() && (web || nameless) {
            missing.push("URL");
        }
        let reportable = nameless || missing.contains(&"date") || (web && f.urls.is_empty());
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

/// Whether a note that strings its authorities dates one past its first
/// semicolon, in brackets as a publisher's year is (`Servius on Ecl. x. 1;
/// see the edition of Thilo and Hagen (Leipzig: Teubner, 1887), p. 320`):
/// the note is dated, though its first authority is read alone.
fn dated_further_on(body: &str) -> bool {
    let Some((_, rest)) = body.split_once(';') else {
        return false;
    };
    let bytes = rest.as_bytes();
    bytes.windows(5).enumerate().any(|(i, w)| {
        let year =
            w.get(..4).is_some_and(|d| d.iter().all(u8::is_ascii_digit)) && matches!(w[0], b'1' | b'2');
        // After a bracket, or a place's or a publisher's comma or colon
        // (not `§ 1983)`, `No. 1203)`).
        let before = rest.get(..i).unwrap_or_default();
        let placed = before.ends_with('(') || before.ends_with(", ") || before.ends_with(": ");
        year && placed && w[4] == b')'
    })
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
    fn a_note_that_dates_a_later_authority_is_dated() {
        assert!(
            messages("[1] Servius on Georg. iv. 1; see the edition of Thilo and Hagen, Servii Commentarii, vol. iii (Leipzig: Teubner, 1887), p. 320.\n")
                .is_empty()
        );
        // Not a section's number, which is no year.
        assert_eq!(
            messages("[1] Roe, Jane, The Wells; see the Civil Rights Act (42 U.S.C. § 1983).\n"),
            ["entry [1] has no date"]
        );
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
