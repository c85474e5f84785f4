//! Citations of law as lawyers write them (the Bluebook's form): a case, a
//! statute or an order, or an article in a law review, then the volume, the
//! reporter and the page, and the court and year in brackets:
//! `Flatow v. Islamic Republic of Iran, 999 F. Supp. 1 (D.D.C. 1998)`,
//! `Exec. Order No. 13,599, 77 Fed. Reg. 6659 (Feb. 8, 2012)`.
//!
//! Must not: read other citations, whose periods end fields (that is
//! `layout`); here a reporter's abbreviations (`F. Supp.`, `Harv. L.
//! Rev.`) are one field.

use std::sync::LazyLock;

use regex::Regex;

use super::dates;

/// What a citation of law gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalCitation {
    /// A law review article's writers; none for a case or a statute.
    pub authors: Vec<String>,
    /// The case's name (`Bank Markazi v. Peterson`), the order's, or the
    /// article's title.
    pub title: String,
    /// The reporter or review (`F. Supp.`, `U.S.`, `Fed. Reg.`).
    pub reporter: String,
    /// The first page, and a page cited in it (`212, 230`).
    pub pages: String,
    pub date: Option<String>,
}

static LEGAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    // A reporter's words: capitalised abbreviations (`F.`, `Supp.`,
    // `Harv.`, `U.S.`, `F.3d`) and series (`2d`, `4th`).
    let word = r"(?:[A-Z][A-Za-z.]*(?:\d(?:d|st|nd|rd|th))?|\d(?:d|st|nd|rd|th)|&)";
    Regex::new(&format!(
        r"^(?P<head>.+?), (?P<volume>\d{{1,4}}) (?P<reporter>{word}(?: {word}){{0,5}}) (?P<pages>\d+(?:, \d+(?:[-–]\d+)?)?) \((?P<court>[^()]*)\)\.?$"
    ))
    .ok()
});

/// Reads `text` (one line, label removed) as a citation of law.
#[must_use]
pub fn read_legal(text: &str) -> Option<LegalCitation> {
    let text = text.trim();
    // Most entries end otherwise: the pattern runs only on those that end
    // with a bracket.
    if !text.trim_end_matches('.').ends_with(')') {
        return None;
    }
    let caps = LEGAL.as_ref()?.captures(text)?;
    let reporter = caps.name("reporter")?.as_str();
    // `F. Supp.`, `U.S.`, `F.3d`: abbreviated, never a word alone
    // (`12 Oxford 45 (2001)` is no reporter).
    if !reporter.contains('.') {
        return None;
    }
    let head = caps.name("head")?.as_str();
    // The year in brackets; for a statute codified there, the year in
    // its name (`… Act of 2012, Pub. L. No. 112-158, …`).
    let date = [caps.name("court")?.as_str(), head]
        .into_iter()
        .find_map(|part| dates::find_dates(part).last().map(|d| d.iso.clone()));
    // A case is named for its parties; an article has its writers first.
    let (authors, title) = if head.contains(" v. ") || head.contains(" v ") {
        (Vec::new(), head)
    } else {
        writers_and_title(head).unwrap_or((Vec::new(), head))
    };
    Some(LegalCitation {
        authors,
        title: title.trim().to_owned(),
        reporter: reporter.to_owned(),
        pages: caps.name("pages")?.as_str().to_owned(),
        date,
    })
}

/// The words that open a further authority in a string of them, after a
/// semicolon (`…; see Reno v. ACLU, …`, `…; cf. Danielle Keats Citron &
/// Benjamin Wittes, …`), longest first.
const SIGNALS: &[&str] = &[
    "see, e.g.,",
    "see also",
    "see generally",
    "see",
    "but see",
    "but cf.",
    "cf.",
    "accord",
    "compare",
    "contra",
    "e.g.,",
];

/// `text` as a string of authorities a note cites one after another: the
/// first, and each further one with its signal taken off. A part after a
/// semicolon opens an authority when a signal opens it, or when it is
/// dated, as the text before it is, and names its writer or case before a
/// comma (`…, 32 Harv. J.L. & Tech. 357 (2019); Matthew Tokson, …`); else
/// it goes on with the authority before (`pp. 3; 7`, `vol. VI, Eastern
/// Europe; The Soviet Union (Washington, DC: …, 1969)`, `; repr. 1965`).
#[must_use]
pub fn string_citation(text: &str) -> (&str, Vec<&str>) {
    let has_year = |s: &str| crate::parse::reflist::first_year(s, s.len()).is_some();
    // Where each further authority's part begins, and where its words do.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for (at, _) in text.match_indices("; ") {
        // Not inside brackets (`(London; New York: Michael Joseph, 1994)`)
        // or a quoted title (`"The Famine of 1845; Or, Hunger in …"`).
        let before = text.get(..at).unwrap_or_default();
        let open = |opening: &[char], closing: &[char]| {
            before.matches(opening).count() > before.matches(closing).count()
        };
        if open(&['(', '['], &[')', ']']) || open(&['“'], &['”']) || before.matches('"').count() % 2 == 1
        {
            continue;
        }
        let part = text.get(at + 2..).unwrap_or_default();
        let signal = SIGNALS.iter().find(|signal| {
            part.get(..signal.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(signal))
                && part.get(signal.len()..).is_some_and(|rest| rest.starts_with(' '))
        });
        let own = || {
            let this = part.split("; ").next().unwrap_or_default();
            let head = this
                .get(..this.find('(').unwrap_or(this.len()))
                .unwrap_or_default();
            this.starts_with(char::is_uppercase)
                && head.contains(", ")
                && has_year(this)
                && has_year(text.get(..at).unwrap_or_default())
        };
        match signal {
            Some(signal) => {
                let words = part.get(signal.len()..).unwrap_or_default();
                let skip = signal.len() + words.len() - words.trim_start().len();
                starts.push((at, at + 2 + skip));
            }
            None if own() => starts.push((at, at + 2)),
            None => {}
        }
    }
    let first_end = starts.first().map_or(text.len(), |&(end, _)| end);
    let further = starts
        .iter()
        .enumerate()
        .map(|(k, &(_, start))| {
            let end = starts.get(k + 1).map_or(text.len(), |&(end, _)| end);
            text.get(start..end).unwrap_or_default()
        })
        .collect();
    (text.get(..first_end).unwrap_or(text), further)
}

/// An article's writers and its title in `head`: the first part before a
/// comma that is names and nothing else (`Curtis A. Bradley & Jack L.
/// Goldsmith`), and all after it.
fn writers_and_title(head: &str) -> Option<(Vec<String>, &str)> {
    head.match_indices(", ").find_map(|(comma, _)| {
        let writers = head.get(..comma)?;
        let read = super::names::read_authors(writers);
        let all_names = !read.names.is_empty() && read.end >= writers.trim_end_matches('.').len();
        all_names.then(|| (read.names, head.get(comma + 2..).unwrap_or_default()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_orders_and_law_review_articles_give_their_reporter_and_year() {
        let case = read_legal("Flatow v. Islamic Republic of Iran, 999 F. Supp. 1 (D.D.C. 1998).").unwrap();
        assert_eq!(
            (
                case.title.as_str(),
                case.reporter.as_str(),
                case.pages.as_str(),
                case.date.as_deref()
            ),
            (
                "Flatow v. Islamic Republic of Iran",
                "F. Supp.",
                "1",
                Some("1998")
            )
        );
        let order = read_legal("Exec. Order No. 13,599, 77 Fed. Reg. 6659 (Feb. 8, 2012).").unwrap();
        assert_eq!(
            (
                order.title.as_str(),
                order.reporter.as_str(),
                order.date.as_deref()
            ),
            ("Exec. Order No. 13,599", "Fed. Reg.", Some("2012-02-08"))
        );
        let article = read_legal(
            "Curtis A. Bradley & Jack L. Goldsmith, Congressional Authorization and the War on Terrorism, 118 Harv. L. Rev. 2047 (2005).",
        )
        .unwrap();
        assert_eq!(
            (
                article.authors.len(),
                article.title.as_str(),
                article.reporter.as_str()
            ),
            (
                2,
                "Congressional Authorization and the War on Terrorism",
                "Harv. L. Rev."
            )
        );
        let statute = read_legal(
            "Iran Threat Reduction and Syria Human Rights Act of 2012, Pub. L. No. 112-158, § 502, 126 Stat. 1214, 1258 (codified at 22 U.S.C. § 8772).",
        )
        .unwrap();
        assert_eq!(
            (statute.reporter.as_str(), statute.date.as_deref()),
            ("Stat.", Some("2012"))
        );
        let pinned = read_legal("Bank Markazi v. Peterson, 578 U.S. 212, 230 (2016).").unwrap();
        assert_eq!(
            (pinned.reporter.as_str(), pinned.pages.as_str()),
            ("U.S.", "212, 230")
        );
    }

    #[test]
    fn a_string_citation_splits_where_a_signal_opens_an_authority() {
        assert_eq!(
            string_citation(
                "A, 1 U.S. 2 (1990); see also B, 3 F.3d 4 (2001); C, 5 U.S. 6 (2002); cf. D, Title (2003)."
            ),
            (
                "A, 1 U.S. 2 (1990)",
                vec!["B, 3 F.3d 4 (2001)", "C, 5 U.S. 6 (2002)", "D, Title (2003)."]
            )
        );
        assert_eq!(
            string_citation("Doe, Title, pp. 3; 7 (2001)."),
            ("Doe, Title, pp. 3; 7 (2001).", vec![])
        );
        // After a signal that opened the note and was taken off already.
        assert_eq!(
            string_citation(
                "Paul Ohm, The Many Revolutions, 32 Harv. J.L. & Tech. 357 (2019); Matthew Tokson, The Aftermath, 135 Harv. L. Rev. 1790 (2022)."
            ),
            (
                "Paul Ohm, The Many Revolutions, 32 Harv. J.L. & Tech. 357 (2019)",
                vec!["Matthew Tokson, The Aftermath, 135 Harv. L. Rev. 1790 (2022)."]
            )
        );
        // A semicolon in a volume's title, in the publisher's places or in a
        // quoted title, and a reprint.
        for one in [
            "Eric Hobsbawm, The Age of Extremes, 1914-1991 (London; New York: Michael Joseph, 1994), 12.",
            "Jane Doe, \"The Famine of 1845; Or, Hunger in Ireland,\" Irish Historical Studies 12 (2001): 3-20.",
            "\"The Chargé to the Secretary,\" February 22, 1946, in Foreign Relations, 1946, vol. VI, Eastern Europe; The Soviet Union (Washington, DC: GPO, 1969), 696.",
            "Roe, Title (Oxford, 1950); repr. London, 1965.",
        ] {
            assert_eq!(string_citation(one), (one, vec![]));
        }
        // `Seeds`, not `see`.
        assert_eq!(
            string_citation("A, Title; Seeds of War (2001)."),
            ("A, Title; Seeds of War (2001).", vec![])
        );
    }

    #[test]
    fn other_citations_are_not_law() {
        for text in [
            "Roe, Jane. A Book. Oxford, 2001.",
            "Smith, The Long War, 12 Oxford 45 (2001).",
            "Doe, J. (2019). Title. Journal of Things, 12(3), 45-67.",
        ] {
            assert_eq!(read_legal(text), None, "{text}");
        }
    }
}
