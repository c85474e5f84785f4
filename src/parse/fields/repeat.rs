//! Entries that repeat an earlier one: `Ibid.`, `Ibidem`, `Id.`, `op. cit.`,
//! `loc. cit.`, `art. cit.`, `supra note 3`, German `Ebd.` and `a. a. O.`, Spanish `Ibíd.`
//! and `Ídem`, Italian `Ivi`, `Idem, ibidem`, bare or with an author (`Marlowe, Quentin. Ibid`, `Smith, op.
//! cit., p. 3`), pages (`ibid., p. 40`) and the note they name (`op. cit.,
//! note 8`).
//!
//! Must not: find the entry that is repeated; `parse::resolve` does that.

use std::sync::LazyLock;

use regex::Regex;

use super::Repeat;

static REPEAT_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s.,;:_*])(?P<form>(?:the\s+)?same\s+source|(?:idem|id\.),?\s+ibid(?:em)?|ibidem|ibid|ibíd|íbid|ídem|idem|ivi|ebenda|ebd|op\.?\s?cit|loc\.?\s?cit|art\.?\s?cit|a\.\s?a\.\s?o|id\.|supra)(?:\.|\b|$|[\s,;:_*])")
        .expect("static regex")
});

/// Words that point to a place in a work (`Art. 51`, `Para. 3`), not a
/// title.
const LOCATORS: &[&str] = &[
    "art", "arts", "article", "para", "paras", "ch", "chap", "chapter", "sec", "section", "vol", "p", "pp",
    "pt", "part", "no", "cl", "rule", "annex", "s", "fol", "fols",
];

/// The note a repeat names: `supra note 3`, `op. cit., note 8`, `n. 8`.
static NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[\s.,;:_*]*(?:note|n\.)\s*(?P<note>\d+)\b").expect("static regex"));

static REPEAT_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s.,;:_*]*(?:(?:pp?|at|s|pág|pag)\.?\s*)?(?P<pages>\d+(?:\s*[-–—]\s*\d+)?|[ivxlc]+\b)")
        .expect("static regex")
});

/// Reads `text` (one flattened entry) as a repeat, if it is one: the
/// repeat form comes first, or after a short author name.
pub fn read_repeat(text: &str) -> Option<Repeat> {
    let m = REPEAT_FORM.captures(text)?;
    let form = m.name("form")?;
    let whole = m.get(0)?;
    let before = text.get(..form.start())?.trim();
    // (`Blades, _op. cit._`: an underscore or a star sets the form in italics.)
    let mut author = before
        .trim_end_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '_' | '*') || c.is_whitespace());
    // `Cepeda et al.` keeps its period.
    if author.ends_with(" al") {
        author = before.get(..author.len() + 1).unwrap_or(author);
    }
    let author = without_year(without_signal(author.trim()));
    if !author.is_empty() && !is_short_name(author) {
        return None;
    }
    // `Id.` alone is too common a word start to trust after an author.
    let lower = form.as_str().to_lowercase();
    if lower == "id." && !author.is_empty() {
        return None;
    }
    let after = text.get(whole.end()..).unwrap_or("");
    // `supra` is a repeat only with the note it points back to.
    let note = NOTE
        .captures(after)
        .and_then(|c| c.name("note")?.as_str().parse().ok());
    if lower == "supra" && note.is_none() {
        return None;
    }
    let pages_match = REPEAT_PAGES.captures(after);
    // `Idem` names the same author, and the same work only when no title
    // follows it (`Idem, 1245.`, not `Idem, Another Book (1990)`).
    let rest = pages_match
        .as_ref()
        .and_then(|c| c.get(0))
        .map_or(after, |m| after.get(m.end()..).unwrap_or(""));
    // `Id., Title` (Italian) is a new work, not `Id. at 728 (Stewart, J.,
    // concurring)` nor `Id. art. 2(2)`.
    let titled = rest.chars().any(char::is_alphabetic);
    // (`Id., Art. 51.`, `Id., Ch. V.` are places in the same work.)
    let id_titled = lower == "id."
        && text
            .get(form.end()..)
            .and_then(|t| t.strip_prefix(','))
            .and_then(|t| t.split_whitespace().next())
            .is_some_and(|word| {
                let bare = word.trim_end_matches(['.', ',']);
                word.starts_with(char::is_uppercase)
                    && !LOCATORS.contains(&bare.to_lowercase().as_str())
                    && !bare.chars().all(|c| "IVXLC".contains(c))
            });
    if (matches!(lower.as_str(), "idem" | "ídem") && titled) || id_titled {
        return None;
    }
    // `Ivi` (Italian) is written so, and repeats with a page at most: `IVI,
    // Annual Report` is an institute's.
    if lower == "ivi" && (form.as_str() == "IVI" || titled) {
        return None;
    }
    let pages = pages_match
        .and_then(|c| c.name("pages"))
        .map(|p| p.as_str().split_whitespace().collect::<String>());
    Some(Repeat {
        author: (!author.is_empty()).then(|| author.to_string()),
        // `a. a. O.` (am angegebenen Ort) is German for op. cit.; `supra`
        // is Latin for above.
        op_cit: ["op", "loc", "art", "a.", "supra"]
            .iter()
            .any(|f| lower.starts_with(f)),
        pages,
        note,
    })
}

/// `text` without a note's signal before its first word (`See id.`, `See
/// also Smith, op. cit.`): no part of an author's name.
fn without_signal(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    ["see also", "but see", "see", "cf.", "cf", "accord", "compare"]
        .iter()
        .find(|s| {
            lower.starts_with(*s)
                && lower
                    .get(s.len()..)
                    .is_none_or(|r| r.is_empty() || r.starts_with(' '))
        })
        .map_or(text, |s| text.get(s.len()..).unwrap_or("").trim_start())
}

/// `author` without the year after it (`Rhodes 1986, op. cit.`).
fn without_year(author: &str) -> &str {
    match author.rsplit_once(' ') {
        Some((name, year))
            if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && !name.trim().is_empty() =>
        {
            name.trim_end_matches(',').trim_end()
        }
        _ => author,
    }
}

/// A name of at most five words with no digits or quotes: the author in
/// `Marlowe, Quentin. Ibid` rather than a title that happens to hold `ibid`.
fn is_short_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && !text.chars().any(|c| c.is_ascii_digit() || "\"“”«»()".contains(c))
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "and" | "&" | "van" | "de" | "von" | "et" | "al." | "al")
        })
}
