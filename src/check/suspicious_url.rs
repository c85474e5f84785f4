//! `suspicious-url` (warning): a URL with inserted spaces or invisible
//! characters, split across lines, with a bare IP address as host, or that
//! does not parse. The message gives the repaired URL where there is one.

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;
use crate::parse::fields::urls::is_invisible;

/// One finding per suspicious URL.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    let mut findings = Vec::new();
    for r in &article.references {
        for url in &r.fields.urls {
            let mut problems = Vec::new();
            if url.shortened {
                problems
                    .push("was shortened by the page it was copied from (an ellipsis stands for part of it)");
            } else if url.has_spaces {
                problems.push("has spaces inserted");
            }
            if url.has_invisible {
                problems.push("has invisible characters inserted");
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
            // The invisible characters, shown.
            let shown: String = crate::article::one_line(&url.original)
                .chars()
                .map(|c| match c {
                    c if is_invisible(c) => format!("<U+{:04X}>", u32::from(c)),
                    c => c.to_string(),
                })
                .collect();
            let repaired = if url.repaired == url.original || url.unparseable || url.shortened {
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
            // Its first line: a blank line may have been between its pieces.
            let first_line = url.original.lines().next().unwrap_or("");
            if let Some(pos) = article.slice(&r.range).find(first_line) {
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
            messages("[1] Roe, Jane. \"A.\" 2001. <http://www.example.com/story/0, 6152, 3081, 00.html>.\n");
        assert!(
            spaced[0].contains("repaired: http://www.example.com/story/0,6152,3081,00.html"),
            "{spaced:?}"
        );
        let split = messages(
            "[1] Roe, Jane. \"A.\" 2001.\n<http://www.example.co.uk/news/world/\nlong-story-name.html>\n",
        );
        assert!(split[0].contains("split across lines"), "{split:?}");
    }

    #[test]
    fn a_url_split_across_a_blank_line_of_a_double_spaced_list_is_repaired() {
        let text = "T\n\nA.[1]\n\nReferences\n[1] Roe, Jane. \"A Story.\"\n\nCNN, 2011. http://edition.cnn.com/2011/02/11/egypt.facebook.\n\nrevolution/index.html Retrieved 3 March 2011.\n";
        let a = parse("a.txt", text.into());
        let found = super::check(&a);
        let worded = crate::check::worded(&a, &found);
        assert_eq!(found.len(), 1, "{worded:?}");
        assert!(
            worded[0].contains(
                "(repaired: http://edition.cnn.com/2011/02/11/egypt.facebook.revolution/index.html)"
            ),
            "{worded:?}"
        );
        assert_eq!(a.line_of(found[0].at), 8, "the line where the URL starts");
    }

    #[test]
    fn a_shortened_url_is_reported_without_a_repair() {
        let found = messages(
            "[1] Roe, Jane. \"A.\" 2008. https://www.sciencedirect.com/science/ ... S0734743X08000907\n",
        );
        assert_eq!(
            found,
            [
                "entry [1] URL https://www.sciencedirect.com/science/ ... S0734743X08000907 was shortened by the page \
              it was copied from (an ellipsis stands for part of it)"
            ]
        );
    }

    #[test]
    fn a_clean_url_is_silent() {
        assert!(messages("[1] Roe, Jane. \"A.\" 2001. <https://www.example.org/a>.\n").is_empty());
        // PubMed writes a space after `doi:`.
        let pubmed = "[1] Roe J. A study. Lancet. 2012;380:2224-60. doi: 10.1016/S0140-6736(12)61766-8.\n";
        assert!(messages(pubmed).is_empty(), "{:?}", messages(pubmed));
    }

    #[test]
    fn an_invisible_space_inside_a_url_is_reported_and_repaired() {
        let found = messages("[1] Roe, Jane. \"A.\" 2001. https://www.jstor.org/stable/\u{200b}1805621.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0],
            "entry [1] URL https://www.jstor.org/stable/<U+200B>1805621 has invisible characters inserted \
             (repaired: https://www.jstor.org/stable/1805621)"
        );
    }
}
