//! Short citations that point back to a full one: `Halliday 1999, p. 42`,
//! `Grafton (1997): 23`, `Smith and Jones 2004, pp. 3-5`, `Halliday, p. 42`.
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
        r"^(?P<names>\p{Lu}[\p{L}'’\-]+(?:(?:,| and| &) \p{Lu}[\p{L}'’\-]+)*)(?: et al\.?)?(?:,?\s+\(?(?P<year>1[5-9]\d\d|20\d\d)[a-z]?\)?)?(?:[,:]\s*(?:pp?\.\s*)?(?P<pages>[0-9ivxlc]+(?:\s*[–-]\s*[0-9ivxlc]+)?))?\s*\.?$",
    )
    .ok()
});

/// Reads `text` (one line, label removed) as a short citation; it needs a
/// year or pages, so that a bare name is not mistaken for one.
#[must_use]
pub fn read_short(text: &str) -> Option<Short> {
    let caps = SHORT.as_ref()?.captures(text.trim())?;
    let year = caps.name("year").map(|m| m.as_str().to_string());
    let pages = caps.name("pages").map(|m| m.as_str().to_string());
    if year.is_none() && pages.is_none() {
        return None;
    }
    let names = caps.name("names")?.as_str();
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
    }

    #[test]
    fn full_citations_and_bare_names_are_not_short() {
        assert_eq!(
            short("Halliday, Stephen (1999). The Great Stink of London. Stroud: Sutton."),
            None
        );
        assert_eq!(short("DEBKAfile"), None);
        assert_eq!(short("NCRI website"), None);
    }
}
