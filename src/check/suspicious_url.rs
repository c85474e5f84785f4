//! `suspicious-url` (warning): a URL with inserted spaces, split across
//! lines, with a bare IP address as host, or that does not parse. The message
//! gives the repaired URL where there is one.

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;

/// One finding per suspicious URL.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    let mut findings = Vec::new();
    for r in &article.references {
        for url in &r.fields.urls {
            let mut problems = Vec::new();
            if url.has_spaces {
                problems.push("has spaces inserted");
            }
            if url.split_across_lines {
                problems.push("is split across lines");
            }
            if url.ip_host {
                problems.push("has a bare IP address as host");
            }
            if url.unparseable {
                problems.push("does not parse as a URL");
            }
            if problems.is_empty() {
                continue;
            }
            let shown = crate::article::one_line(&url.original);
            let repaired = if url.repaired == url.original || url.unparseable {
                String::new()
            } else {
                format!(" (repaired: {})", url.repaired)
            };
            let message = format!(
                "entry {} URL {} {}{repaired}",
                bracket(&r.label),
                shown,
                problems.join(" and ")
            );
            let mut finding = Finding::on_reference(Check::SuspiciousUrl, Severity::Warning, r, message);
            if let Some(pos) = article.slice(&r.range).find(url.original.as_str()) {
                finding.at = r.range.start + pos;
            }
            findings.push(finding);
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn messages(refs: &str) -> Vec<String> {
        let a = parse("a.txt", format!("T\n\nA.[1]\n\nReferences\n{refs}").into());
        crate::check::worded(&a, &super::check(&a))
    }

    #[test]
    fn ip_hosts_spaces_and_line_breaks_are_reported() {
        assert!(
            messages("[1] Roe, Jane. \"A.\" 2001. <http://203.0.113.9/a.html>.\n")[0]
                .contains("bare IP address")
        );
        let spaced =
            messages("[1] Roe, Jane. \"A.\" 2001. <http://www.example.com/story/0, 2933, 4794, 00.html>.\n");
        assert!(
            spaced[0].contains("repaired: http://www.example.com/story/0,2933,4794,00.html"),
            "{spaced:?}"
        );
        let split = messages(
            "[1] Roe, Jane. \"A.\" 2001.\n<http://www.example.co.uk/news/world/\nlong-story-name.html>\n",
        );
        assert!(split[0].contains("split across lines"), "{split:?}");
    }

    #[test]
    fn a_clean_url_is_silent() {
        assert!(messages("[1] Roe, Jane. \"A.\" 2001. <https://www.example.org/a>.\n").is_empty());
    }
}
