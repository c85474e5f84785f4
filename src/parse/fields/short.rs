//! Short citations that point back to a full one: `Halliday 1999, p. 42`,
//! `Grafton (1997): 23`, `Smith and Jones 2004, pp. 3-5`, `Halliday, p. 42`;
//! and short notes that name their work (`Spencer, Piltdown, 45`), whose
//! full citation is often in a bibliography of its own.
//!
//! Must not: read full citations (that is `layout`).

use std::sync::LazyLock;

use regex::Regex;

/// What a short citation gives: its author as written, year and pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Short {
    pub author: String,
    pub year: Option<String>,
    pub pages: Option<String>,
}

static SHORT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<names>\p{Lu}[\p{L}'’\-]+(?:(?:,| and| &) \p{Lu}[\p{L}'’\-]+)*)(?: et al\.?)?(?:,?\s+\(?(?P<year>1[5-9]\d\d|20\d\d)[a-z]?(?:\s*[–-]\s*(?:1[5-9]\d\d|20\d\d|\d\d))?\)?)?(?:[,:]\s*(?:(?:ch|chap|chapter|sec|section|§)\.?\s*(?P<chapter>\d+)|(?:[Pp]art|[Pp]t|[Vv]ol|[Vv]olume|[Bb]ook|[Bb]k)\.?\s*(?:\d+|[IVXLC]+)|(?:pp?\.\s*)?(?P<pages>[0-9ivxlc]+(?:\s*[–-]\s*[0-9ivxlc]+)?)))?\s*\.?$",
    )
    .ok()
});

/// Reads `text` (one line, label removed) as a short citation; it needs a
/// year, pages or a chapter, so that a bare name is not mistaken for one.
#[must_use]
pub fn read_short(text: &str) -> Option<Short> {
    let caps = SHORT.as_ref()?.captures(text.trim())?;
    let year = caps.name("year").map(|m| m.as_str().to_string());
    let pages = caps.name("pages").map(|m| m.as_str().to_string());
    // A chapter (`ch. 3`) locates as pages do, but is no page.
    if year.is_none() && pages.is_none() && caps.name("chapter").is_none() {
        return None;
    }
    let names = caps.name("names")?.as_str();
    // `Sobel, Longitude, 7.`: a name and a one-word title, not two authors
    // (the last of several is joined by `and`).
    if year.is_none() && names.contains(',') && !names.contains(" and ") && !names.contains('&') {
        return None;
    }
    let first = names
        .split([',', '&'])
        .next()
        .unwrap_or(names)
        .split(" and ")
        .next()
        .unwrap_or(names);
    Some(Short {
        author: first.trim().to_string(),
        year,
        pages,
    })
}

/// A short note that names its work: family names, the short title, then
/// a page or a year (`Oakley, "New Evidence," 382`, `Dawson and Woodward,
/// "On the Discovery," 1913`, `Oakley and Hoskins, "New Evidence," Nature,
/// 1950`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitledShort {
    pub authors: Vec<String>,
    pub title: String,
    /// The journal or paper between a quoted title and the year, if any.
    pub container: Option<String>,
    pub year: Option<String>,
    pub pages: Option<String>,
}

/// Family names (`Le Gros Clark`), then a quoted title, perhaps a journal,
/// and a year; or a title (quoted, or without commas, periods, parentheses
/// or digits, which would make it a full citation in a comma style) and
/// pages: `p.` and a number, or a number of at most three digits (four
/// would be a year). Unbounded repeats: a Unicode class repeated a counted
/// number of times is compiled once per repeat (5 ms instead of 1.8 ms).
/// At most this many names in a short note, and words in each.
const MAX_NAMES: usize = 4;
const MAX_NAME_WORDS: usize = 3;

static TITLED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)*";
    Regex::new(&format!(
        r#"^(?P<names>{name}(?:(?:,| and| &) {name})*), (?:(?P<quoted>"[^"]+"|“[^”]+”),? (?:(?P<container>\p{{Lu}}[^().,;"“”«»0-9]*), )?(?P<year>(?:1[5-9]|20)\d\d)|(?P<title>"[^"]+"|“[^”]+”|\p{{Lu}}[^().,;"“”«»0-9]*?),? (?:pp?\. ?(?P<pages>\d+(?:\s*[–-]\s*\d+)?)|(?P<bare_pages>\d{{1,3}}(?:\s*[–-]\s*\d+)?)|(?:ch|chap|chapter|sec|section|§)\.? ?(?P<chapter>\d+)))\.?$"#
    ))
    .ok()
});

/// A full name as a full entry's authors are written: a person's turned
/// round (`Jonathan Schanzer` as `Schanzer, Jonathan`), an organisation's
/// as written.
fn as_author(name: &str) -> String {
    // `Van Creveld`, `Ibn Khaldun`: a family name that opens with its
    // particle.
    let first = name.split_whitespace().next().unwrap_or_default().to_lowercase();
    if super::words::is_name_particle(&first) || matches!(first.as_str(), "abu" | "ibn" | "bin" | "bint") {
        return name.to_owned();
    }
    match super::names::read_authors(name).names.as_slice() {
        [read] => read.clone(),
        _ => name.to_owned(),
    }
}

/// Reads `text` (one line, label removed) as a short note that names its
/// work.
#[must_use]
pub fn read_titled(text: &str) -> Option<TitledShort> {
    let caps = TITLED.as_ref()?.captures(text.trim())?;
    let authors = caps
        .name("names")?
        .as_str()
        .split([',', '&'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect::<Vec<_>>();
    // Family names alone (`Weiner, Oakley and Le Gros Clark`) stay as
    // written; else every name is a full one.
    let families = authors.iter().any(|name| !name.contains(' '));
    let authors: Vec<String> = authors
        .into_iter()
        .map(|name| {
            if families {
                name.to_owned()
            } else {
                as_author(name)
            }
        })
        .collect();
    // Up to four names of up to three words: more is a full citation's
    // list or a title.
    if authors.len() > MAX_NAMES
        || authors
            .iter()
            .any(|name| name.split(' ').count() > MAX_NAME_WORDS)
    {
        return None;
    }
    let title = caps
        .name("title")
        .or_else(|| caps.name("quoted"))?
        .as_str()
        .trim_matches(['"', '“', '”'])
        .trim_end_matches([',', ' '])
        .to_string();
    Some(TitledShort {
        authors,
        title,
        container: caps.name("container").map(|m| m.as_str().to_string()),
        year: caps.name("year").map(|m| m.as_str().to_string()),
        pages: caps
            .name("pages")
            .or_else(|| caps.name("bare_pages"))
            .map(|m| m.as_str().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn short(text: &str) -> Option<(String, Option<String>, Option<String>)> {
        read_short(text).map(|s| (s.author, s.year, s.pages))
    }

    fn some(
        author: &str,
        year: Option<&str>,
        pages: Option<&str>,
    ) -> Option<(String, Option<String>, Option<String>)> {
        Some((
            author.to_string(),
            year.map(str::to_string),
            pages.map(str::to_string),
        ))
    }

    #[test]
    fn author_year_and_pages() {
        assert_eq!(
            short("Halliday 1999, p. 42."),
            some("Halliday", Some("1999"), Some("42"))
        );
        assert_eq!(
            short("Grafton (1997): 23"),
            some("Grafton", Some("1997"), Some("23"))
        );
        assert_eq!(
            short("Smith and Jones 2004, pp. 3-5."),
            some("Smith", Some("2004"), Some("3-5"))
        );
        assert_eq!(short("Halliday, p. 42."), some("Halliday", None, Some("42")));
        assert_eq!(short("Sobel, Longitude, 7."), None, "a one-word title");
        assert_eq!(
            short("Carter & Carter 1994, ch. 3."),
            some("Carter", Some("1994"), None)
        );
        // Reports that came out over years, and a part or volume of them.
        assert_eq!(
            short("Bazalgette 1856–1865, Part II."),
            some("Bazalgette", Some("1856"), None)
        );
        assert_eq!(
            short("Chadwick 1842–43, vol. 2"),
            some("Chadwick", Some("1842"), None)
        );
        assert_eq!(short("Chadwick, Part II."), None, "a part needs its year");
    }

    #[test]
    fn short_notes_that_name_their_work_give_authors_title_and_page_or_year() {
        type Case<'a> = (&'a str, &'a [&'a str], &'a str, Option<&'a str>, Option<&'a str>);
        let cases: &[Case<'_>] = &[
            (
                "Spencer, Piltdown: A Scientific Forgery, 45.",
                &["Spencer"],
                "Piltdown: A Scientific Forgery",
                None,
                Some("45"),
            ),
            (
                "Oakley, \"New Evidence on the Antiquity,\" 382.",
                &["Oakley"],
                "New Evidence on the Antiquity",
                None,
                Some("382"),
            ),
            (
                "Weiner, Oakley and Le Gros Clark, “The Solution of the Piltdown Problem,” 1953.",
                &["Weiner", "Oakley", "Le Gros Clark"],
                "The Solution of the Piltdown Problem",
                Some("1953"),
                None,
            ),
            ("Sobel, Longitude, 7.", &["Sobel"], "Longitude", None, Some("7")),
            // A family name that opens with its particle stays whole.
            (
                "Van Creveld, \"The Transformation of War,\" 50.",
                &["Van Creveld"],
                "The Transformation of War",
                None,
                Some("50"),
            ),
            // A full name is turned round as a full entry's is.
            (
                "Jonathan Schanzer, \"Hezbollah's financial troubles,\" 2019.",
                &["Schanzer, Jonathan"],
                "Hezbollah's financial troubles",
                Some("2019"),
                None,
            ),
            ("Dash, Tulipomania, ch. 9.", &["Dash"], "Tulipomania", None, None),
            (
                "Russell and Whitehead, Principia Mathematica, pp. 12–14.",
                &["Russell", "Whitehead"],
                "Principia Mathematica",
                None,
                Some("12–14"),
            ),
        ];
        for (text, authors, title, year, pages) in cases {
            let note = read_titled(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(note.authors, *authors, "{text}");
            assert_eq!(note.title, *title, "{text}");
            assert_eq!(note.year.as_deref(), *year, "{text}");
            assert_eq!(note.pages.as_deref(), *pages, "{text}");
        }
        let with_journal = read_titled(
            "Oakley and Hoskins, \"New Evidence on the Antiquity of Piltdown Man,\" Nature, 1950.",
        )
        .unwrap();
        assert_eq!(with_journal.authors, ["Oakley", "Hoskins"]);
        assert_eq!(with_journal.container.as_deref(), Some("Nature"));
        assert_eq!(with_journal.year.as_deref(), Some("1950"));
    }

    #[test]
    fn full_citations_are_not_short_notes() {
        for text in [
            "Frank Spencer, Piltdown: A Scientific Forgery (London: Natural History Museum, 1990), 45.",
            "Halliday, Stephen. The Great Stink of London. Stroud: Sutton, 1999.",
            "Lakoff, George, and Mark Johnson. Metaphors We Live By. Chicago, 1980.",
            "Durand, Gilbert, « Les structures anthropologiques », Revue française, 1960, p. 3-9.",
        ] {
            assert_eq!(read_titled(text), None, "{text}");
        }
    }

    #[test]
    fn full_citations_and_bare_names_are_not_short() {
        assert_eq!(
            short("Halliday, Stephen (1999). The Great Stink of London. Stroud: Sutton."),
            None
        );
        assert_eq!(short("VORNAfile"), None);
        assert_eq!(short("OSRB website"), None);
    }
}
