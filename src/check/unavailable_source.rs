//! `unavailable-source` (info): the entry itself says its source is gone
//! (no longer available, dead link, page not found).

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;
use crate::parse::fields::Kind;

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
    "taken down",
    "no longer active",
    "link no longer works",
    "url no longer works",
    "no longer works",
    "link dead",
    "link now dead",
    "link is now dead",
    "lien mort",
    "lien brisé",
    "page introuvable",
    "nicht mehr verfügbar",
    "nicht mehr erreichbar",
    "toter link",
    "enlace roto",
    "ya no está disponible",
    "since removed",
    "since deleted",
    "since been removed",
    "since been deleted",
    "page removed",
    "taken offline",
    "offline since",
    "has been removed",
    "has been deleted",
    "was removed from",
    "offline now",
    "now offline",
    "404 error",
    "error 404",
    "404 not found",
    "404s",
    "returns a 404",
    "gives a 404",
    "nicht mehr online",
    "record removed",
    "removed at the request",
    // The page lives on only in a web archive.
    "archived copy only",
    "only an archived copy",
    "original removed",
    // A paper its authors took back (a bill or a demand withdrawn is
    // another matter).
    "withdrawn by its authors",
    "withdrawn by the authors",
];

/// A searcher for each phrase of [`GONE`], built once: building one costs
/// more than a search of an entry.
static GONE_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| GONE.iter().map(memchr::memmem::Finder::new).collect());

/// How many characters after a phrase of [`GONE`] may name the website it
/// says is gone.
const SITE_REACH: usize = 30;

/// Words for a published thing whose going a note may report, in a
/// phrase of [`GONE`] (`link dead`) or right before it (`the page is no
/// longer available`); not `site` or `article`, which also name a place
/// and a law's article.
const PUBLISHED_THINGS: &[&str] = &[
    "link", "url", "page", "webpage", "website", "video", "document", "record",
];

/// Whether a phrase of [`GONE`] names a link or a record: it says a
/// source is gone even in an explanatory note with no URL.
fn names_a_link(phrase: &str) -> bool {
    phrase.contains("404") || phrase.contains("online") || PUBLISHED_THINGS.iter().any(|w| phrase.contains(w))
}

/// How many bytes before a phrase of [`GONE`] may name what is gone
/// (`the page is no longer available`).
const SUBJECT_REACH: usize = 16;

/// Whether `before`, the text before a phrase of [`GONE`], ends by naming
/// a published thing as what is gone (`the page is`), not an idea (`the
/// paradigm it rests on`) or a thing (`the plaque at the site`).
fn names_a_published_thing(before: &str) -> bool {
    before
        .get(before.ceil_char_boundary(before.len().saturating_sub(SUBJECT_REACH))..)
        .unwrap_or_default()
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|word| PUBLISHED_THINGS.contains(&word))
}

/// Whether byte `at` of `text` (a title, lower-cased) lies inside round
/// brackets, or after a dash set off by spaces that `written` (the title
/// as written) follows with a word in lower case (`— this page has since
/// been deleted`, not a subtitle: `Streaming — Why Your Film Is No Longer
/// Available`).
fn is_remark(text: &str, written: &str, at: usize) -> bool {
    let (before, after) = text.split_at(at.min(text.len()));
    let in_brackets = before
        .rfind('(')
        .is_some_and(|open| !before[open..].contains(')'))
        && after.contains(')');
    let after_a_dash = [" — ", " – "].iter().any(|dash| {
        before.contains(dash)
            && written
                .split(dash)
                .skip(1)
                .any(|remark| remark.starts_with(char::is_lowercase))
    });
    in_brackets || after_a_dash
}

/// One finding per entry that says so, quoting the phrase. An explanatory
/// note with no URL has no source to lose (`a paradigm that no longer
/// exists`), unless the phrase names a link or is followed by the website
/// that is gone.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    article
        .references
        .iter()
        .filter_map(|r| {
            let text = crate::article::one_line(article.slice(&r.body)).to_lowercase();
            // The first phrase said outside `skip`.
            let said = |skip: &std::ops::Range<usize>| {
                GONE_FINDERS.iter().zip(GONE).find_map(|(finder, phrase)| {
                    let at = finder.find_iter(text.as_bytes()).find(|at| !skip.contains(at))?;
                    Some((at, *phrase))
                })
            };
            let (mut at, mut phrase) = said(&(0..0))?;
            // A headline's words (`Reactor taken offline for repairs`)
            // say nothing of the source.
            let title = r
                .fields
                .title
                .as_deref()
                .and_then(|t| {
                    let t = t.to_lowercase();
                    text.find(&t).map(|at| at..at + t.len())
                })
                .unwrap_or_default();
            // A remark in brackets or after a dash inside it (`Photo
            // archive (link is dead now)`, `…, 2009 — this page has since
            // been deleted`) is the writer's, not the headline's.
            let in_title = text.get(title.clone()).unwrap_or_default();
            if title.contains(&at)
                && !is_remark(
                    in_title,
                    r.fields.title.as_deref().unwrap_or_default(),
                    at - title.start,
                )
            {
                (at, phrase) = said(&title)?;
            }
            let sourced = r.fields.kind != Kind::Note || !r.fields.urls.is_empty();
            // `since removed from the agency's website`: the site is what
            // is gone.
            let site_gone = text
                .get(at + phrase.len()..)
                .unwrap_or_default()
                .chars()
                .take(SITE_REACH)
                .collect::<String>()
                .contains("website");
            let thing_gone = names_a_published_thing(text.get(..at).unwrap_or_default());
            if !sourced && !names_a_link(phrase) && !site_gone && !thing_gone {
                return None;
            }
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
    fn a_note_that_says_its_link_or_record_is_gone_is_reported_but_not_one_on_ideas() {
        assert_eq!(
            labels(
                "[1] We discuss this elsewhere; the original was withdrawn by its authors and the link is dead.\n[2] This is, admittedly, the optimistic reading; the paradigm it rests on no longer exists.\n"
            ),
            ["1"]
        );
        assert_eq!(
            labels(
                "[1] Roe, Jane. Models. Zenodo, 2024. Record removed at the request of the authors.\n[2] Charman-Anderson, Suw. Ada Lovelace Day. Archiviert (nicht mehr online verfügbar) 2010.\n"
            ),
            ["1", "2"]
        );
        // A bill or a demand withdrawn is no source gone.
        assert!(
            labels("[1] Doe, John. \"Why the pension bill has been withdrawn.\" Reuters, 2023. https://www.reuters.com/a\n[2] The unions' demand has been withdrawn since the strikes ended.\n")
                .is_empty()
        );
    }

    #[test]
    fn a_remark_in_brackets_or_after_a_dash_that_the_title_runs_into_is_the_writers() {
        assert_eq!(
            labels(
                "[1] Harbour photographs, 1921 (the link is dead now, sorry) http://example.org/photos/\n[2] Roe, Jane. \"Reactor taken offline for repairs.\" Reuters, 2023. https://www.reuters.com/a\n"
            ),
            ["1"]
        );
        assert_eq!(
            labels(
                "[1] The Courier, harbour feature, 2009 — this page has since been deleted\n[2] Roe, Jane. A Book. 2001.\n"
            ),
            ["1"]
        );
        assert_eq!(
            labels(
                "[1] Roe, Jane. A Book. 2001.\n[2] Doe, J., \"Harbour,\" The Courier, 2009, https://example.org/x (404s now, try the Wayback Machine).\n"
            ),
            ["2"]
        );
        // A subtitle after a dash is the headline's.
        assert!(
            labels("[1] Roe, Jane. \"Streaming — Why Your Favourite Film Is No Longer Available.\" The Courier, 2021. https://example.org/s\n[2] Doe, J. A Book. 2001.\n")
                .is_empty()
        );
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
        let messages: Vec<String> = crate::check::worded(&a, &super::check(&a));
        assert_eq!(
            messages,
            [
                "entry [1] says its source is gone: “dead link”",
                "entry [2] says its source is gone: “link no longer works”"
            ]
        );
    }

    #[test]
    fn a_source_left_only_in_a_web_archive_is_reported() {
        let refs = "[1] Roe, Jane. \"A.\" 2001. https://web.archive.org/web/2016/http://a.example/x (archived copy only; accessed 3 March 2016).\n\
                    [2] Doe, John. \"B.\" 2002. http://b.example/y, original removed; see the archive.\n";
        assert_eq!(labels(refs), ["1", "2"]);
    }

    #[test]
    fn a_link_now_dead_is_reported() {
        let refs = "[1] Museum of London, \"Frost Fair Card,\" 2019, https://a.example/object/92315/ (link now dead).\n";
        assert_eq!(labels(refs), ["1"]);
    }

    #[test]
    fn ordinary_entries_are_silent() {
        assert!(labels("[1] Roe, Jane. \"Available Light.\" 2001.\n").is_empty());
    }

    #[test]
    fn the_ways_saved_pages_say_a_link_died_are_read_and_a_note_without_a_link_is_silent() {
        let refs = "[1] Roe, Jane. \"A.\" 2001. http://a.example/x (this page has since been taken down; link dead as of 2023).\n\
                    [2] Doe, Jean. « B. » 2002. http://b.example/y (consulté le 2 mars 2015 ; lien mort).\n\
                    [3] This is, admittedly, the optimistic reading. Ask anyone who worked on a paradigm that no longer exists.\n\
                    [4] Harbor News Agency, statement of 3 May 2022, since removed from its website.\n\
                    [5] Open directory at https://files.example.net/x/ on 4 May 2023; offline since 9 May 2023.\n\
                    [6] The group was removed from the State Department's list of terrorist organisations in 2012; the department's website gives the reasons.\n";
        assert_eq!(labels(refs), ["1", "2", "4", "5"]);
    }

    #[test]
    fn a_source_said_to_have_since_been_removed_or_a_page_no_longer_there_is_reported() {
        let refs = "[1] Harbor News Agency, \"Port talks resume,\" 3 January 2025, https://harbor.example/news/3 — the statement has since been removed from the company's website.\n\
                    [2] The agency's site listed its subsidiaries until 2017; the page is no longer available.\n\
                    [3] Doe, Jane, \"Full text,\" 2 December 2024, https://rights.example/2024/12/full-text/ (page removed, no archived copy)\n\
                    [4] Kestrel Daily, \"Parties relocate,\" 14 September 2023, https://kestrel.example/story/32456 — the article has since been deleted from the site.\n\
                    [5] The theory it rests on is no longer available to serious historians.\n\
                    [6] Harbor Wire, \"Reactor taken offline for emergency repairs,\" 21 June 2024, https://harbor.example/news/6\n\
                    [7] The plaque that stood at the site has since been removed.\n";
        assert_eq!(labels(refs), ["1", "2", "3", "4"]);
    }
}
