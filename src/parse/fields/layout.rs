//! The order of fields in a citation: after the author list come (in some
//! order) the date, the title, the container (journal, newspaper, site, the
//! book a chapter is in, or the conference), the publisher and the pages.
//!
//! Must not: read names (that is `names`) or date forms (that is `dates`);
//! this module only decides where each field sits.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::dates::{self, DateMatch, Precision};
use super::names;
use super::words::{
    is_function_word, is_number_label, is_publisher_word, period_ends_sentence, sentence_end,
};

/// What the layout reader found in one citation.
#[derive(Debug, Default)]
pub struct ReadEntry {
    pub authors: Vec<String>,
    pub title: Option<String>,
    pub container: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub pages: Option<String>,
}

/// Family names alone before a title's comma (`Conington and Nettleship,
/// `), at most three, each one capitalised word.
fn families_before_a_title(before: &str) -> Option<Vec<&str>> {
    let names = before.trim_end().strip_suffix(',')?;
    let families: Vec<&str> = names
        .split(" and ")
        .flat_map(|part| part.split(", "))
        .map(str::trim)
        .collect();
    let one_name = |f: &&str| {
        let mut chars = f.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && !super::words::is_organisation_word(f)
    };
    (families.len() <= 3 && families.iter().all(one_name)).then_some(families)
}

/// Reads the fields of a flattened citation. `emphasis` holds the byte
/// ranges that were set in `*emphasis*`.
pub fn read_entry(text: &str, emphasis: &[Range<usize>]) -> ReadEntry {
    let mut entry = ReadEntry::default();
    let all_dates = dates::find_dates(text);
    // `By Seymour M. Hersh, “Our Men in Iran?”`: a byline's word.
    let by = text
        .strip_prefix("By ")
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .map_or(0, |_| "By ".len());
    // `Andrew Rich, *Think Tanks, Public Policy, …*`: the authors end where
    // an emphasised title starts.
    // Not a name set in bold (`**Takeyh, Ray.**`) nor `*et al.*`.
    // (An emphasis after a name and its comma is a title however it reads:
    // `Varro, _Res Rusticae_`.)
    let ends_names = |e: &&Range<usize>| {
        let inside = text.get((*e).clone()).unwrap_or_default();
        let names = names::read_authors(inside);
        // (Not a name in bold, `Doe J, **Smith A**, Roe K`, `**Doe**,
        // **Jane**.`: two words or more, none an initial.)
        // One word may be a title too (`Tacitus, *Annals*`), but not after
        // a name set off as it is (`**Doe**, **Jane**`).
        let after_another = emphasis
            .iter()
            .any(|p| p.end <= e.start && text.get(p.end..e.start).is_some_and(|g| g.trim() == ","));
        let title_like = inside
            .split_whitespace()
            .all(|w| w.trim_end_matches(['.', ',']).chars().count() > 1)
            && (inside.split_whitespace().nth(1).is_some() || !after_another);
        let after_a_name =
            title_like && e.start > 0 && text.get(..e.start).is_some_and(|b| b.trim_end().ends_with(','));
        let all_names = !names.names.is_empty()
            && names.end + 1 >= inside.trim_end().len()
            && (!after_a_name || inside.contains(','));
        e.start >= by && !all_names && inside.trim_end_matches('.') != "et al"
    };
    let names_end = emphasis
        .iter()
        .filter(ends_names)
        .map(|e| e.start)
        .min()
        .unwrap_or(text.len());
    let mut authors = names::read_authors(text.get(by..names_end).unwrap_or(text));
    // `By Way of Deception`: a title's first word, when no name follows.
    let by = if authors.names.is_empty() && by > 0 {
        authors = names::read_authors(text.get(..names_end).unwrap_or(text));
        0
    } else {
        by
    };
    entry.authors = authors.names;
    let mut pos = by + authors.end;
    if entry.authors.is_empty()
        && let Some(name) =
            name_before_quoted_title(text).or_else(|| author_before_dated_paren(text, &all_dates))
    {
        entry.authors = vec![name.to_owned()];
        pos = name.len();
    }
    // `Conington and Nettleship, _The Works of Virgil_`: family names
    // alone, joined by `and`, before an emphasised title.
    if entry.authors.is_empty()
        && names_end < text.len()
        && let Some(families) = text.get(..names_end).and_then(families_before_a_title)
    {
        entry.authors = families.iter().map(|f| format!("{f},")).collect();
        pos = names_end;
    }

    // A date right after the authors (author-date styles).
    let (after_sep, mut comma_style) = skip_separators(text, pos);
    pos = after_sep;
    let mut date_after_authors: Option<&DateMatch> = None;
    // `Ministère de l’environnement (MEF) (1999)`: an acronym after the author.
    if let Some(acronym_end) = acronym_paren_at(text, pos) {
        pos = skip_separators(text, acronym_end).0;
    }
    // `Andreas Krieg (ed.), Divided Gulf`: the editor's mark, when the
    // author list left it.
    if let Some(role_end) = role_paren_at(text, pos) {
        pos = skip_separators(text, role_end).0;
    }
    if !entry.authors.is_empty() || pos == 0 {
        if let Some((date, next)) = date_at(text, pos, &all_dates) {
            date_after_authors = Some(date);
            let (after, comma) = skip_separators(text, next);
            pos = after;
            comma_style = comma;
        } else if let Some(next) = undated_mark_at(text, pos) {
            let (after, comma) = skip_separators(text, next);
            pos = after;
            comma_style = comma;
        }
    }
    if entry.authors.is_empty() {
        comma_style = false;
    }
    // `International Atomic Energy Agency, Board of Governors, “Title,”`:
    // the author's body that wrote it, before the quoted title; after a
    // person (`Hall KD et al. (2019), Cell Metabolism, "Title"`), where
    // it appeared.
    let mut before_title = None;
    if comma_style && quoted_at(text, pos).is_none() {
        let segment_end = text.get(pos..).and_then(|rest| rest.find(',')).map(|i| pos + i);
        if let Some(end) = segment_end
            && let Some(segment) = text.get(pos..end)
            && (1..=5).contains(&segment.split_whitespace().count())
            && segment
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || w == "of" || w == "for")
            && let (after, _) = skip_separators(text, end)
            && quoted_at(text, after).is_some()
        {
            before_title = Some(segment);
            pos = after;
        }
    }

    // The title.
    let title_start = pos;
    let mut title_is_container = false;
    // Whether the title is quoted or emphasised (see `choose_date`).
    let mut title_delimited = false;
    if opens_with_page(text.get(pos..).unwrap_or("")) {
        // `Tehran Times, 12 January 2012, p. 1.`: no title.
        title_is_container = true;
    } else if let Some(quoted) = quoted_at(text, pos) {
        let inner = text.get(quoted.inner.clone()).unwrap_or("");
        entry.title = clean_field(inner);
        pos = quoted.after;
        title_delimited = true;
        // `"Maximum Pressure": US Economic Sanctions Harm …`: a subtitle
        // after the quoted words.
        let subtitle_start = quoted.after + ": ".len();
        if text.get(quoted.after..subtitle_start) == Some(": ")
            && text
                .get(subtitle_start..)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        {
            let (end, _) = title_end(text, subtitle_start, comma_style);
            let subtitle = text.get(subtitle_start..end).unwrap_or("");
            entry.title = clean_field(&format!("{inner}: {subtitle}"));
            pos = end;
        }
    } else if let Some(span) = emphasis_at(emphasis, pos) {
        entry.title = clean_field(text.get(span.clone()).unwrap_or(""));
        pos = span.end;
        title_delimited = true;
    } else if let Some(open) = publication_facts_at(text, pos, &all_dates) {
        // A note's title runs to its publication facts, numbers and years
        // in it included (`Postwar: A History of Europe Since 1945 (New
        // York: Penguin Press, 2005)`).
        let before = text.get(pos..open).unwrap_or("");
        let title_len = title_before_roles(before);
        entry.title = clean_field(before.get(..title_len).unwrap_or(before));
        pos += title_len;
    } else {
        // `FERC, Order No. 693,`: an agency's document, its kind and number
        // up to the comma, is titled so (not cut at a journal's number).
        static NUMBERED_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^\p{Lu}\p{L}+ [Nn]o\. ?\d+[A-Za-z]?(?:,|\.)").expect("static regex")
        });
        let by_an_agency = matches!(entry.authors.as_slice(), [agency]
            if agency.len() <= 8 && agency.bytes().all(|b| b.is_ascii_uppercase()));
        let numbered = by_an_agency
            .then(|| NUMBERED_DOCUMENT.find(text.get(pos..).unwrap_or("")))
            .flatten();
        let (end, ended_at_number) = match numbered {
            Some(m) => (pos + m.end() - 1, false),
            None => title_end(text, pos, comma_style),
        };
        let raw = text.get(pos..end).unwrap_or("");
        let volume_follows = comma_style && volume_numbers_follow(text.get(end..).unwrap_or(""));
        if (ended_at_number || volume_follows) && comma_style && raw.split_whitespace().count() <= 6 {
            // `E. Yablonovitch, J. Opt. Soc. Am. 1982, 72, 899`: no title,
            // the journal follows the authors.
            title_is_container = true;
            entry.container = clean_container(raw);
        } else {
            entry.title = clean_field(raw);
        }
        pos = end;
    }
    let title_end_pos = pos;

    // The container and publisher.
    if !title_is_container {
        let (container, publisher) = read_container(text, pos, emphasis);
        entry.container = container;
        entry.publisher = publisher;
    }
    if entry.publisher.is_none() {
        entry.publisher = find_publisher(text.get(title_end_pos..).unwrap_or(""));
    }
    let by_a_person = entry.authors.first().is_some_and(|a| a.contains(','));
    if entry.container.is_none() && by_a_person {
        entry.container = before_title.and_then(clean_container);
    }
    if entry.container.is_none() && entry.authors.is_empty() {
        // `OSRB website`: a short name alone is where the source lives.
        let words = text.split_whitespace().count();
        let one_segment = !text
            .trim_end_matches('.')
            .contains(['.', ',', ':', '"', '“', '”']);
        if words <= 4 && all_dates.is_empty() && one_segment {
            entry.container = clean_container(text);
            entry.title = None;
        } else if !title_delimited
            && entry
                .title
                .as_deref()
                .is_some_and(|t| names::is_outlet_with_its_kind(&t.split_whitespace().collect::<Vec<_>>()))
        {
            // `Shargh daily, 12 May 2019`: no title, only where it appeared.
            entry.container = entry.title.take();
        }
    }

    entry.date = choose_date(
        text,
        &all_dates,
        date_after_authors,
        title_start..title_end_pos,
        title_delimited,
    );
    entry.pages = find_pages(text.get(title_end_pos..).unwrap_or(""));
    entry
}

/// Most words of a name that heads an entry before its quoted title.
const NAME_BEFORE_TITLE_WORDS: usize = 8;

/// `CNN, “Iranian drone …,” 4 January 2023` or `Kurdistan24, “…”`: a short
/// name in capitals before a comma and a quoted title is the entry's
/// author, a person's or a body's, whether or not its words are known.
fn name_before_quoted_title(text: &str) -> Option<&str> {
    let comma = text.find(',')?;
    let name = text.get(..comma)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised =
        |w: &&str| w.starts_with(char::is_uppercase) || matches!(*w, "&" | "of" | "for" | "and" | "the");
    // `In Washington, “a new consensus”`: a note's opening phrase.
    let is_name = (1..=NAME_BEFORE_TITLE_WORDS).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && !super::words::is_function_word(w))
        && words.iter().all(capitalised)
        && !name.contains(['.', ':', '(', '"', '“', '”']);
    let (after, _) = skip_separators(text, comma);
    (is_name && quoted_at(text, after).is_some()).then_some(name)
}

/// `Commission on the Intelligence Capabilities … . (2005, March 31).`: in
/// author-date styles, a body's name before the first sentence's end and
/// a date in brackets is the author, however long.
fn author_before_dated_paren<'t>(text: &'t str, dates: &[DateMatch]) -> Option<&'t str> {
    let stop = text.find(". (")?;
    let name = text.get(..stop)?;
    let dated = dates.iter().any(|d| d.start == stop + ". (".len());
    // A work with no author has its title there (`Pillars of an
    // institution.`): a body's name is in Title Case, with a word such
    // as `Commission`.
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let a_body = name
        .split_whitespace()
        .all(|w| capital(w) || matches!(w, "of" | "on" | "the" | "and" | "for" | "in"))
        && name
            .split_whitespace()
            .any(|w| capital(w) && super::words::is_organisation_word(w));
    (dated
        && a_body
        && stop <= LONGEST_GROUP_AUTHOR
        && name.starts_with(char::is_uppercase)
        && !name.contains(['"', '“', '”', '(']))
    .then_some(name)
}

/// The longest name of a body writing as an author (`Commission on the
/// Intelligence Capabilities of the United States Regarding Weapons of
/// Mass Destruction`).
const LONGEST_GROUP_AUTHOR: usize = 200;

/// Where a note's publication facts open after an unquoted title starting
/// at `pos`: the first parenthesis before the title's sentence ends that
/// holds a place or publisher and ends with a date (`(New York: Penguin
/// Press, 2005)`, `(Penguin, 2005)`), with a title before it.
fn publication_facts_at(text: &str, pos: usize, dates: &[DateMatch]) -> Option<usize> {
    let end = sentence_end(text, pos).unwrap_or(text.len());
    let title = text.get(pos..end)?;
    title.match_indices('(').find_map(|(i, _)| {
        let open = pos + i;
        let close = open + text.get(open..)?.find(')')?;
        let facts = text.get(open + 1..close)?;
        let date = dates.iter().rfind(|d| d.start > open && d.end <= close)?;
        let ends_with_date = text.get(date.end..close)?.trim().is_empty();
        let names_a_place_or_publisher = facts
            .get(..date.start - open - 1)?
            .trim_end()
            .strip_suffix(',')
            .is_some_and(|before| before.chars().any(char::is_alphabetic));
        let has_title = text.get(pos..open)?.chars().any(char::is_alphanumeric);
        (ends_with_date && names_a_place_or_publisher && has_title).then_some(open)
    })
}

/// How much of what precedes a note's publication facts is its title:
/// up to the comma before an editor, a translator, a volume count, the
/// collection it appears in or the book's edition (`Mein Kampf, trans.
/// James Murphy`, `The Europeans, in Novels, 1871–1880`, `Mein Leben,
/// Eike Middell (ed.)`, `On the Mode of Communication of Cholera, 2nd
/// edn`).
fn title_before_roles(before: &str) -> usize {
    const ROLE_STARTS: [&str; 8] = [
        "ed.",
        "eds.",
        "edited",
        "trans.",
        "translated",
        "in ",
        "vol.",
        "vols.",
    ];
    let mut at = 0;
    for part in before.split_inclusive(", ") {
        let lower = part.trim_start().to_lowercase();
        let role = ROLE_STARTS.iter().any(|r| lower.starts_with(r))
            || ["(ed", "(trans", " vols"].iter().any(|r| lower.contains(r))
            || EDITION.is_match(part.trim_start());
        if role && at > 0 {
            return at;
        }
        at += part.len();
    }
    before.len()
}

/// `, 607, 200` or `, 12(3)`: volume and page numbers (not a year) right
/// after a field, which make the field a journal.
fn volume_numbers_follow(rest: &str) -> bool {
    static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*,\s*(?P<n>\d{1,4})(?:\s*\(\d+\)|\s*,\s*\d|\s*:\s*\d)").expect("static regex")
    });
    VOLUME
        .captures(rest)
        .and_then(|c| c.name("n"))
        .and_then(|n| n.as_str().parse::<u16>().ok())
        .is_some_and(|n| !(1500..=2099).contains(&n))
}

/// Skips white space and separating punctuation; reports whether a comma
/// was among them (the entry separates fields with commas).
fn skip_separators(text: &str, from: usize) -> (usize, bool) {
    let rest = text.get(from..).unwrap_or("");
    let mut comma = false;
    let mut period = false;
    for (i, c) in rest.char_indices() {
        match c {
            ',' => comma = true,
            '.' | ':' | ')' => period = true,
            ' ' | ';' | '-' | '–' | '—' => {}
            _ => return (from + i, comma && !period),
        }
    }
    (text.len(), comma && !period)
}

/// A date (with optional parentheses) starting at `pos`; returns it and the
/// byte after it.
fn date_at<'d>(text: &str, pos: usize, dates: &'d [DateMatch]) -> Option<(&'d DateMatch, usize)> {
    let rest = text.get(pos..)?;
    let paren = rest.starts_with(['(', '[']);
    let start = if paren { pos + 1 } else { pos };
    // `Saturday, November 28, 2020`: the day's name before the date.
    let start = text
        .get(start..)
        .and_then(|r| {
            let (word, after) = r.split_once([',', ' '])?;
            dates::WEEKDAYS
                .contains(&word.to_lowercase().as_str())
                .then(|| r.len() - after.trim_start_matches([',', ' ']).len())
        })
        .map_or(start, |skip| start + skip);
    let date = dates.iter().find(|d| d.start == start)?;
    let mut next = date.end;
    let after = text.get(next..).unwrap_or("");
    // `1989a`, `(1999/2000)`, `(2012, March 3)`.
    let extra = after
        .char_indices()
        .find(|&(_, c)| {
            !(c.is_ascii_alphanumeric() && c.is_ascii_lowercase() || c == '/' || c.is_ascii_digit())
        })
        .map_or(after.len(), |(i, _)| i);
    if extra <= 5 {
        next += extra;
    }
    let after = text.get(next..).unwrap_or("");
    if paren {
        // Anything else in the parentheses belongs to the date.
        if let Some(close) = after.find([')', ']'])
            && close < 30
        {
            next += close + 1;
        }
    } else {
        // A bare date must stand alone: not glued to a word, and a year not
        // followed by more numbers (`1990 12(3)` is not a date slot).
        let glued = !after.is_empty() && !after.starts_with(['.', ',', ':', ';', ' ']);
        let numbers_follow =
            date.precision == Precision::Year && after.trim_start().starts_with(|c: char| c.is_ascii_digit());
        if glued || numbers_follow {
            return None;
        }
    }
    Some((date, next))
}

/// `(MEF)`: an acronym in parentheses; returns the byte after it.
fn acronym_paren_at(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?.strip_prefix('(')?;
    let close = rest.find(')')?;
    let inner = rest.get(..close)?;
    (inner.len() >= 2 && inner.len() <= 12 && inner.chars().all(|c| c.is_uppercase() || c == '-' || c == '&'))
        .then_some(pos + close + 2)
}

/// `(ed.)`, `(eds)`, `(editor)`, `(trans.)` at `pos`: the end of the mark.
fn role_paren_at(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?.strip_prefix('(')?;
    let close = rest.get(..rest.len().min(16))?.find(')')?;
    let inner = rest.get(..close)?.trim().trim_end_matches('.').to_lowercase();
    matches!(
        inner.as_str(),
        "ed" | "eds" | "editor" | "editors" | "comp" | "comps" | "trans" | "tr" | "hrsg" | "dir" | "coord"
    )
    .then_some(pos + close + 2)
}

/// `(n.d.)`, `(forthcoming)`, `(in press)`: a date slot with no date.
fn undated_mark_at(text: &str, pos: usize) -> Option<usize> {
    static UNDATED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\(\s*(?:n\.\s?d\.?|forthcoming|in press|sous presse|undated|no date|s\.\s?d\.?)\s*\)",
        )
        .expect("static regex")
    });
    UNDATED.find(text.get(pos..)?).map(|m| pos + m.end())
}

/// A quoted span: the text inside and the byte after the closing quote.
struct Quoted {
    inner: Range<usize>,
    after: usize,
}

fn closers_for(open: char) -> &'static [char] {
    match open {
        '"' => &['"', '”'],
        '“' | '”' => &['”', '"', '“'],
        '«' => &['»'],
        '„' => &['“', '”', '"'],
        '‘' => &['’'],
        '\'' => &['\''],
        _ => &[],
    }
}

/// A quotation opening at `pos`.
fn quoted_at(text: &str, pos: usize) -> Option<Quoted> {
    let rest = text.get(pos..)?;
    let open = rest.chars().next()?;
    let closers = closers_for(open);
    if closers.is_empty() {
        return None;
    }
    let single = matches!(open, '‘' | '\'');
    let inner_start = pos + open.len_utf8();
    let mut depth = 0;
    let mut previous = open;
    let body = text.get(inner_start..)?;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let at = inner_start + i;
        if closers.contains(&c) {
            let is_nested_open =
                matches!(c, '"' | '“') && previous == ' ' && next.is_some_and(char::is_alphanumeric);
            let apostrophe = single && next.is_some_and(char::is_alphabetic);
            if is_nested_open {
                depth += 1;
            } else if apostrophe {
                // `L'italianizzazione` inside a single-quoted title.
            } else if depth > 0 {
                depth -= 1;
            } else {
                if at <= inner_start {
                    return None;
                }
                let inner = text.get(inner_start..at)?;
                if inner.split_whitespace().count() == 0 {
                    return None;
                }
                return Some(Quoted {
                    inner: inner_start..at,
                    after: at + c.len_utf8(),
                });
            }
        } else if c == '"' && previous == ' ' && next.is_some_and(char::is_alphanumeric) {
            depth += 1;
        }
        previous = c;
    }
    if single {
        return None;
    }
    // No closing quote: the title runs to the end of the field.
    let end = title_end(text, inner_start, true).0;
    Some(Quoted {
        inner: inner_start..end,
        after: end,
    })
}

/// An emphasis span that starts at `pos` (allowing a space or quote first).
fn emphasis_at(emphasis: &[Range<usize>], pos: usize) -> Option<&Range<usize>> {
    emphasis
        .iter()
        .find(|span| span.start >= pos && span.start <= pos + 2)
}

static TITLE_CUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ,\s+(?:[Ii]n:?\s|[Tt]rans(?:l|lated)?\.?\s|[Ee]ds?\.\s|[Ee]dited\s|[Tt]ranslated\s|[Pp]p?\.\s?\d|[Vv]ol\.\s?\d|[Pp]h\.?\s?D|[Mm]aster|[Dd]octoral|[Tt]echnical\s[Rr]eport)
        | \s[Ii]n:\s
        | \s\[
        | \s\((?:\d{4}[a-z]?\)|[^()]{0,80}\d{4}\)|\d+(?:st|nd|rd|th|e|ème)?\s+(?:ed|éd|Aufl)|[^()]{0,60}:|[^()]{0,40}\beds?\.|[Ee]d\)|[Uu]npublished|[Dd]octoral|[Mm]aster|[Pp]h\.?\s?D|[Tt]hesis|[Dd]issertation|[Tt]echnical|[Rr]eport|[Vv]ol|[Pp]p|[Ii]n\s+press|[Tt]ranslated|[Tt]rans\.|[Rr]ev\.|[Rr]evised|[Mm]otion|DVD|[Ff]ilm|[Vv]ideo)
        | \.\s+[Ii]n:?\s
        ",
    )
    .expect("static regex")
});

/// Where an unquoted title starting at `pos` ends, and whether it ended at
/// a number (a volume or year), which in comma-separated entries means the
/// text was a journal rather than a title.
fn title_end(text: &str, pos: usize, comma_style: bool) -> (usize, bool) {
    let rest = text.get(pos..).unwrap_or("");
    let mut end = sentence_end(text, pos).map_or(text.len(), |e| {
        // Keep a closing `?` or `!`, drop the period.
        if text.get(e - 1..e) == Some(".") { e - 1 } else { e }
    });
    let mut cut_early = false;
    if let Some(m) = TITLE_CUT.find(rest)
        && pos + m.start() < end
        && m.start() > 0
    {
        end = pos + m.start();
        cut_early = true;
    }
    if !comma_style && !cut_early {
        end = continue_title(text, end);
    }
    let mut at_number = false;
    if !comma_style {
        // `Title, Journal Name, 37(7), 72-76` with no period after the
        // title: a comma before the volume ends the title.
        let segment = text.get(pos..end).unwrap_or("");
        if let Some(stop) = number_stop(segment)
            && !is_year_word(segment.get(stop..).unwrap_or(""))
            && let Some(cut) = segment.get(..stop).and_then(comma_field_end)
        {
            end = pos + cut;
        } else if let Some(cut) = publisher_after_comma(segment) {
            end = pos + cut;
        } else if let Some(cut) = year_before_comma(segment, text.get(end..).unwrap_or("")) {
            end = pos + cut;
        }
    }
    if comma_style {
        let segment = text.get(pos..end).unwrap_or("");
        // `Title of the paper, Ontario, Canada. Geology, v. 24`: a sentence
        // end before any number ends the title, commas and all.
        let sentence_before_number = sentence_end(text, pos)
            .is_some_and(|e| e < text.len() && number_stop(segment).is_none_or(|stop| pos + stop > e))
            && segment.matches(", ").count() <= 3;
        if !sentence_before_number && let Some(cut) = comma_field_end(segment) {
            end = pos + cut;
        }
        let segment = text.get(pos..end).unwrap_or("");
        if let Some(cut) = number_stop(segment) {
            end = pos + cut;
            at_number = true;
        }
    }
    (end.max(pos), at_number)
}

/// A title may run over a sentence end: after `?` when what follows reads
/// as a subtitle (`Analogy Watershed or Waterloo? Structural alignment and
/// the development…`), and for a book when the next sentence is followed by
/// the place and publisher (`The authentic heart. An eightfold path to
/// midlife love. New York: Wiley.`).
fn continue_title(text: &str, end: usize) -> usize {
    let ended_with = text.get(end.saturating_sub(1)..end).unwrap_or("");
    let next_start = skip_separators(text, end).0;
    let Some(next_end) = sentence_end(text, next_start) else {
        return end;
    };
    let next = text.get(next_start..next_end).unwrap_or("");
    let words: Vec<&str> = next.split_whitespace().collect();
    if words.is_empty() || next.chars().any(|c| c.is_ascii_digit()) {
        return end;
    }
    let lower = words
        .iter()
        .skip(1)
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let content_end = if next.ends_with('.') {
        next_end - 1
    } else {
        next_end
    };
    if matches!(ended_with, "?" | "!") {
        // `Do Think Tanks Matter? Assessing the Impact of …. 2nd ed.,`:
        // a subtitle in Title Case that opens with a verb's -ing, or
        // that the book's edition or its place and publisher follow.
        let after = text.get(next_end..).unwrap_or("").trim_start();
        let book_follows =
            EDITION.is_match(after) || CITY_PUBLISHER.is_match(after) && !JOURNAL_NUMBERS.is_match(after);
        let gerund = words.first().is_some_and(|w| w.len() > 5 && w.ends_with("ing"));
        let subtitle = lower * 2 >= words.len() - 1 || gerund || book_follows;
        return if words.len() >= 4 && subtitle {
            content_end
        } else {
            end
        };
    }
    let first = words.first().copied().unwrap_or("");
    let starts_other_field = matches!(
        first.trim_end_matches(['.', ':']),
        "In" | "in"
            | "Ed"
            | "Eds"
            | "Edited"
            | "Trans"
            | "Translated"
            | "Traduction"
            | "Dir"
            | "Review"
            | "Retrieved"
            | "Available"
            | "Accessed"
            | "PhD"
            | "Ph.D"
            | "Thesis"
            | "Master's"
            | "Doctoral"
            | "Technical"
            | "Report"
            | "Paper"
            | "Unpublished"
            | "Vol"
    );
    let rest = text.get(next_end..).unwrap_or("").trim_start();
    let publisher_follows = CITY_PUBLISHER.is_match(rest) && !JOURNAL_NUMBERS.is_match(rest);
    if words.len() <= 12
        && !starts_other_field
        && !CITY_PUBLISHER.is_match(next)
        && !words.iter().any(|w| is_publisher_word(w))
        && (publisher_follows || rest.starts_with("In ") || rest.starts_with("In: "))
    {
        return content_end;
    }
    end
}

/// In a comma-separated field, the comma that ends it: not one followed by
/// a lower-case continuation (`The Visualizer, an Information Workspace`)
/// or inside a list ending in `and` (`Acoustics, Speech, and Signal
/// Processing`).
fn comma_field_end(segment: &str) -> Option<usize> {
    let mut search = 0;
    while let Some(found) = segment.get(search..).and_then(|s| s.find(", ")) {
        let comma = search + found;
        let after = segment.get(comma + 2..).unwrap_or("");
        let next_word = after.split_whitespace().next().unwrap_or("");
        let continues = next_word.starts_with(char::is_lowercase)
            && !is_number_label(next_word)
            && !matches!(
                next_word,
                "in" | "in:"
                    | "and"
                    | "ed."
                    | "eds."
                    | "trans."
                    | "pp."
                    | "p."
                    | "edited"
                    | "translated"
                    | "by"
                    | "ed"
                    | "eds"
                    | "trad."
                    | "hrsg."
                    | "to"
                    | "forthcoming"
                    | "unpublished"
                    | "preprint"
                    | "available"
                    | "retrieved"
                    | "accessed"
            );
        // `Sustainability: Science, Practice, Policy`: one-word items after a colon.
        let colon_list = segment.get(..comma).is_some_and(|head| head.contains(':'))
            && after.split(", ").next().is_some_and(|piece| {
                piece.split_whitespace().count() == 1 && piece.starts_with(char::is_uppercase)
            });
        let list_with_and = !next_word.is_empty()
            && next_word.starts_with(char::is_uppercase)
            && after
                .find(", ")
                .and_then(|c| after.get(c + 2..))
                .is_some_and(|a| a.starts_with("and ") || a.starts_with("& "))
            && after.find(", ").is_some_and(|c| c < 30);
        let and_follows = next_word == "and" || next_word == "&" || {
            // `Grammars: Definitions, Systems and Bibliography`: a short
            // piece joined by `and` after a subtitle.
            let piece = after.split(", ").next().unwrap_or("");
            let words = piece.split_whitespace().count();
            words <= 4
                && piece.contains(" and ")
                && segment.get(..comma).is_some_and(|head| head.contains(':'))
        };
        let firm = firm_of_partners_end(segment, search, comma).is_some();
        if !(continues || list_with_and || and_follows || colon_list || firm) {
            return Some(comma);
        }
        search = comma + 2;
    }
    None
}

/// A word that is a year or a year range (`1850–1900.`), not a volume.
fn is_year_word(rest: &str) -> bool {
    let word = rest.split_whitespace().next().unwrap_or("");
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    digits.len() == 4 && digits.parse::<u16>().is_ok_and(|y| (1500..=2099).contains(&y))
}

/// `Robot Vision, MIT Press, Cambridge`: the comma before a piece made of
/// capitalised publisher words.
fn publisher_after_comma(segment: &str) -> Option<usize> {
    let mut search = 0;
    while let Some(found) = segment.get(search..).and_then(|s| s.find(", ")) {
        let comma = search + found;
        let piece = segment.get(comma + 2..)?.split(", ").next().unwrap_or("");
        let words: Vec<&str> = piece.split_whitespace().collect();
        let capitalised = words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "&" | "and" | "of"));
        let roman = words
            .iter()
            .any(|w| w.len() > 1 && w.chars().all(|c| "IVXLC–-".contains(c)));
        if words.len() <= 5
            && capitalised
            && !roman
            && words
                .iter()
                .any(|w| is_publisher_word(w) && w.starts_with(char::is_uppercase))
        {
            return Some(comma);
        }
        search = comma + 2;
    }
    None
}

/// `About Jenny Holzer 2011, dvd, …`: a title that runs into its year.
/// Not when a publisher's year follows the title's sentence, `after`
/// (`The Coup: 1953, the CIA, and … New York: The New Press, 2013.`):
/// that is the date, and the year is the title's. A year later in a
/// remark (`Reissued 2015.`) is not.
fn year_before_comma(segment: &str, after: &str) -> Option<usize> {
    static YEAR_COMMA: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r" (?:1[5-9]|20)\d\d[a-z]?,").expect("static regex"));
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r", (?:1[5-9]|20)\d\d[a-z]?(?:[.,;)]|$)").expect("static regex"));
    let first_piece_end = segment.find(", ").map_or(segment.len(), |c| c + 1);
    let m = YEAR_COMMA.find(segment.get(..first_piece_end)?)?;
    (m.start() > 0 && !YEAR.is_match(after)).then_some(m.start())
}

/// The first standalone number (volume, year, issue, pages) or number label
/// (`vol.`, `pp.`) in a field, where the field ends.
fn number_stop(segment: &str) -> Option<usize> {
    let mut offset = 0;
    let words: Vec<(usize, &str)> = segment
        .split(' ')
        .map(|w| {
            let at = offset;
            offset += w.len() + 1;
            (at, w)
        })
        .collect();
    for (k, &(at, word)) in words.iter().enumerate() {
        if k == 0 {
            continue;
        }
        let next = words.get(k + 1).map_or("", |&(_, w)| w);
        let bare = word.trim_start_matches(['(', '[']);
        let starts_digit = bare.starts_with(|c: char| c.is_ascii_digit());
        if starts_digit {
            let digits_end = bare
                .char_indices()
                .find(|&(_, c)| !c.is_ascii_digit())
                .map_or(bare.len(), |(i, _)| i);
            let suffix = bare.get(digits_end..).unwrap_or("");
            let ordinal = ["st", "nd", "rd", "th", "e", "er", "ème", "a", "b"]
                .iter()
                .any(|s| suffix.trim_end_matches([',', '.', ':', ';', ')']) == *s)
                && !suffix.is_empty()
                && !word.starts_with('(');
            let name_follows = next.starts_with(char::is_uppercase)
                && !word.ends_with([',', '.', ':', ';', ')'])
                && !word.starts_with('(')
                && (!is_month_word(next) || is_season_word(next));
            let glued = suffix.starts_with(|c: char| c.is_alphabetic() || c == '-') && !ordinal;
            if ordinal || name_follows || glued {
                continue;
            }
            return Some(at);
        }
        if is_number_label(word)
            && next
                .trim_start_matches(['(', '['])
                .starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase() && next.len() <= 4)
        {
            return Some(at);
        }
        if word.starts_with("n°") || word.starts_with("nº") {
            return Some(at);
        }
        if is_month_word(word)
            && next
                .trim_start_matches('(')
                .starts_with(|c: char| c.is_ascii_digit())
            && (k + 2 >= words.len() || next.ends_with([',', '.', ':', ';']) || next.len() == 4)
        {
            return Some(at);
        }
    }
    None
}

fn is_season_word(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']).to_lowercase();
    matches!(bare.as_str(), "spring" | "summer" | "autumn" | "fall" | "winter")
}

fn is_month_word(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']).to_lowercase();
    matches!(
        bare.as_str(),
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
    )
}

static CHAPTER_IN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[Ii]n\s?:?|[Ii]m:|[Dd]ans\s?:?)\s+").expect("static regex"));

/// The mark after the editors of the book a chapter is in.
static EDITOR_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:[EeÉé]ds?\.?|[Ee]ditors?|[Hh]rsg\.?|[Hh]g\.?|[Ee]d\.\s?by|sous la dir\.?|dir\.|a cura di|coord\.?|org\.?|comp\.?)\)[,.:]?|,\s*(?:[Ee]ds?\.|[Ee]ditors?)[,.:]?(?:\s|$)")
        .expect("static regex")
});

static EDITED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[Ee]d(?:s|ited)?\.?\s+(?:by\s+)?|[Tt]ranslated\s+(?:by\s+)?|[Tt]rans\.\s+by\s+|trans\.\s+|Trans\.\s+(?:[A-Z]\.\s|[A-Z][a-z]+\s))",
    )
    .expect("static regex")
});

/// An edition statement: `2nd ed.`, `(3rd edn.)`, `Revised edition`.
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?(?:\d{1,2}(?:st|nd|rd|th)|[Rr]ev(?:ised|\.)?|[Nn]ew|[Ee]xpanded|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)\s+(?:ed(?:n|ition)?\.?|edition)\)?(?:[.,;]|\s|$)")
        .expect("static regex")
});

/// A book's volume right after its title: `Vol. 1.`, `Volume II,`.
static BOOK_VOLUME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[Vv]ol\.|[Vv]olume)\s*(?:\d+|[IVX]+)[.,:;]\s").expect("static regex"));

static CITY_PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<city>[A-Z][\p{L}.'’-]*(?:[ -][A-Z&][\p{L}.'’-]*){0,3}(?:,\s*[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?)?)\s?:\s*(?P<publisher>[^,:;()\[\]]+?)(?:[,;)\]]|\.\s|\.$|$)",
    )
    .expect("static regex")
});

/// Volume and issue numbers that only journals have: `2(1)`, `vol.`, `12: 3`.
static JOURNAL_NUMBERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\d\s?\(\d+\)|\bvol\b|\bvolume\b|\d\s?:\s?\d").expect("static regex"));

/// Cities that books are published in, as notes name them before the
/// publisher with a comma (`New York, Harper, 1962`).
/// Words of a periodical's name (`Harvard Business Review`), which no city
/// has.
const PERIODICAL_WORDS: &[&str] = &[
    "review",
    "journal",
    "times",
    "news",
    "magazine",
    "quarterly",
    "post",
    "gazette",
    "herald",
    "tribune",
    "weekly",
    "daily",
    "monthly",
    "bulletin",
    "digest",
    "letters",
    "record",
    "chronicle",
    "observer",
    "telegraph",
    "economist",
    "proceedings",
    "annals",
    "studies",
    "affairs",
    "report",
    "reports",
];

const PUBLISHING_CITIES: &[&str] = &[
    "New York",
    "London",
    "Paris",
    "Oxford",
    "Cambridge",
    "Chicago",
    "Boston",
    "Berlin",
    "Princeton",
    "New Haven",
    "Washington",
    "Toronto",
    "Madrid",
    "Barcelona",
    "Rome",
    "Roma",
    "Milan",
    "Milano",
    "Munich",
    "München",
    "Frankfurt",
    "Amsterdam",
    "Leiden",
    "Tokyo",
    "Sydney",
    "Melbourne",
    "Edinburgh",
    "Baltimore",
    "Philadelphia",
    "Berkeley",
    "Los Angeles",
    "San Francisco",
    "Stanford",
    "Ithaca",
    "Montréal",
    "Montreal",
    "Genève",
    "Geneva",
    "Bruxelles",
    "Brussels",
    "Lyon",
    "Leipzig",
    "Stuttgart",
    "Wien",
    "Vienna",
    "Zürich",
    "Zurich",
    "Buenos Aires",
    "México",
    "Mexico City",
    "Lisboa",
    "Lisbon",
    "São Paulo",
    "Moscow",
    "Moscou",
    "Tehran",
    "Beirut",
    "Jerusalem",
    "Tel Aviv",
    "Istanbul",
    "Cairo",
    "New Delhi",
    "Hoboken",
    "Santa Monica",
];

/// Whether `rest` opens with a page (`p. 5`, `pp. 1-2`).
fn opens_with_page(rest: &str) -> bool {
    ["pp.", "p."].iter().any(|mark| {
        rest.strip_prefix(mark)
            .is_some_and(|n| n.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Reads the container (and a publisher written in its place) from `pos`.
fn read_container(text: &str, pos: usize, emphasis: &[Range<usize>]) -> (Option<String>, Option<String>) {
    let (mut pos, _) = skip_separators(text, pos);
    // Stray quotes after a malformed title (`.”Coast News”`).
    while let Some(rest) = text.get(pos..) {
        let Some(c) = rest.chars().next() else { break };
        if matches!(c, '"' | '”' | '“' | '’')
            && !quoted_at(text, pos).is_some_and(|q| {
                q.inner.len() > 3
                    && text
                        .get(q.after..)
                        .is_some_and(|a| a.trim_start().starts_with([',', '.']))
            })
        {
            pos += c.len_utf8();
            pos = skip_separators(text, pos).0;
        } else {
            break;
        }
    }
    // `Title. (1995, March). Magazine`: a date between title and container.
    let window_end = (pos + 40).min(text.len());
    let window = text
        .get(pos..window_end)
        .or_else(|| text.get(pos..))
        .unwrap_or("");
    if let Some(date) = dates::find_dates(window).first()
        && (date.start == 0 || (date.start == 1 && window.starts_with('(')))
    {
        let mut after = pos + date.end;
        if text.get(after..).is_some_and(|r| r.starts_with(')')) {
            after += 1;
        }
        pos = skip_separators(text, after).0;
    }
    // `2nd ed.`, `(3rd edn.)`, `Revised edition`, a book's `Vol. 1`:
    // between the title and where it was published.
    // Most containers start with neither: the patterns run only where
    // one may.
    let may_start = |rest: &str| {
        let head = rest.get(..rest.len().min(24)).unwrap_or(rest);
        head.contains("ed") || head.contains("Vol") || head.contains("vol")
    };
    while let Some(found) = text
        .get(pos..)
        .filter(|rest| may_start(rest))
        .and_then(|rest| EDITION.find(rest).or_else(|| BOOK_VOLUME.find(rest)))
    {
        pos = skip_separators(text, pos + found.end()).0;
    }
    // `"Title" (dossier), Der Spiegel`: a remark in parentheses, then a
    // comma, comes before the container.
    if let Some(close) = text
        .get(pos..)
        .filter(|r| r.starts_with('('))
        .and_then(|r| r.find(')'))
        && text
            .get(pos + close + 1..)
            .is_some_and(|after| after.starts_with(','))
        && text
            .get(pos..pos + close)
            .is_some_and(|inner| !inner.contains(char::is_numeric))
    {
        pos = skip_separators(text, pos + close + 1).0;
    }
    let rest = text.get(pos..).unwrap_or("");
    if rest.is_empty() {
        return (None, None);
    }
    if let Some(span) = emphasis_at(emphasis, pos) {
        let raw = text.get(span.clone()).unwrap_or("");
        let after = text.get(span.end..).unwrap_or("");
        return (clean_container(&trim_date_start(raw, after)), None);
    }
    // `In: Book Title`, `In J. Smith (Ed.), Book Title`, `in “Book Title,”`.
    if let Some(m) = CHAPTER_IN.find(rest) {
        let mut at = pos + m.end();
        let after_in = text.get(at..).unwrap_or("");
        if let Some(mark) = EDITOR_MARK.find(after_in)
            && mark.start() < 220
            && sentence_end(after_in, 0).is_none_or(|e| e >= mark.start())
        {
            // `(Eds.)` is trusted after any names; `, eds.` only when names
            // run right up to it.
            let editors = names::read_authors(after_in);
            let parenthesised = mark.as_str().starts_with('(');
            if !editors.names.is_empty() && (parenthesised || editors.end + 2 >= mark.start()) {
                at = skip_separators(text, at + mark.end()).0;
            }
        }
        if let Some(quoted) = quoted_at(text, at) {
            return (clean_field(text.get(quoted.inner).unwrap_or("")), None);
        }
        if let Some(span) = emphasis_at(emphasis, at) {
            return (clean_container(text.get(span.clone()).unwrap_or("")), None);
        }
        return (container_segment(text, at), None);
    }
    // `Ed. David Seaman.` or `Trans. X.` before the container: skip it.
    if let Some(m) = EDITED_BY.find(rest) {
        let end = sentence_end(text, pos + m.end()).unwrap_or(text.len());
        return read_container(text, end, emphasis);
    }
    // `Marcus Hartner and Marion Schulte, eds. Book Title`.
    let editors = names::read_authors(rest);
    if editors.editors && !editors.names.is_empty() {
        let at = skip_separators(text, pos + editors.end).0;
        if let Some(span) = emphasis_at(emphasis, at) {
            return (clean_container(text.get(span.clone()).unwrap_or("")), None);
        }
        return (container_segment(text, at), None);
    }
    if let Some(caps) = CITY_PUBLISHER.captures(rest) {
        let city = caps.name("city").map_or("", |m| m.as_str());
        let publisher = caps
            .name("publisher")
            .and_then(|m| {
                let end = firm_of_partners_end(rest, m.start(), m.end())
                    .unwrap_or_else(|| over_initials(rest, m.end()));
                rest.get(m.start()..end)
            })
            .unwrap_or("");
        // `Nature: 393–398`: pages after a journal's colon name no publisher.
        if !city
            .split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase) && is_function_word(w))
            && city.split_whitespace().count() <= 5
            && !JOURNAL_NUMBERS.is_match(rest)
            && publisher.chars().any(char::is_alphabetic)
        {
            return (None, clean_field(publisher));
        }
    }
    // `New York, Harper, 1962`: a city, then its publisher, as French and
    // Spanish notes write them; any city, when the publisher says it is one
    // (`Auckland, Penguin Books, 1986`).
    if let Some((city, after)) = rest.split_once(", ")
        && let Some(publisher) = after.split([',', '.']).next().map(str::trim)
        && publisher.starts_with(char::is_uppercase)
        && !publisher.starts_with(|c: char| c.is_ascii_digit())
        && (PUBLISHING_CITIES.contains(&city)
            || (publisher.split_whitespace().any(super::words::is_publisher_word)
                && (1..=3).contains(&city.split_whitespace().count())
                && city.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                && !city.split_whitespace().any(|w| {
                    super::words::is_publisher_word(w)
                        || PERIODICAL_WORDS.contains(&w.to_lowercase().as_str())
                })))
    {
        return (None, clean_field(publisher));
    }
    // `New York 2014, p. 96`: where and when a book was published, its
    // publisher left out; `p. 5` after the date: its page. No container.
    let published_in = PUBLISHING_CITIES.iter().any(|city| {
        rest.strip_prefix(city).is_some_and(|after| {
            let year = after.trim_start_matches([',', ' ']);
            year.len() >= 4
                && year
                    .get(..4)
                    .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        })
    });
    if published_in || opens_with_page(rest) {
        return (None, None);
    }
    let container = container_segment(text, pos);
    // `"…," press statement, U.S. Department of State`: what kind of
    // document it is, all in lower case (not `openDemocracy`), then where
    // it appeared.
    if container
        .as_deref()
        .is_some_and(|c| !c.chars().any(char::is_uppercase) && c.split_whitespace().count() <= GENRE_WORDS)
        && let Some(comma) = rest.find(", ")
        && text
            .get(pos + comma + 2..)
            .is_some_and(|next| next.starts_with(char::is_uppercase))
    {
        return read_container(text, pos + comma + 2, emphasis);
    }
    // A segment of publisher words (`Cambridge University Press, 2003`) is
    // the publisher.
    if let Some(found) = &container
        && found.split_whitespace().any(is_publisher_word)
        && !found.split_whitespace().any(|w| {
            let lower = w.to_lowercase();
            lower.starts_with("proc") || lower.starts_with("journal") || lower == "j."
        })
    {
        return (None, container);
    }
    (container, None)
}

/// The most words of a document's kind written before its container
/// (`press statement`, `working paper no`).
const GENRE_WORDS: usize = 3;

/// `CNN WORLD 03` before `Jan 2010`: a day that emphasis wrongly took in.
fn trim_date_start(raw: &str, after: &str) -> String {
    let after_word = after.split_whitespace().next().unwrap_or("");
    if is_month_word(after_word)
        && let Some((head, last)) = raw.rsplit_once(' ')
        && last.chars().all(|c| c.is_ascii_digit())
        && last.len() <= 2
    {
        return head.to_string();
    }
    raw.to_string()
}

/// A container written without quotes or emphasis: up to the sentence end,
/// a number, a number label, a bibliographic parenthesis or a comma.
fn container_segment(text: &str, pos: usize) -> Option<String> {
    let end = container_sentence_end(text, pos);
    let mut end = end.max(pos);
    let segment = text.get(pos..end).unwrap_or("");
    if let Some(cut) = number_stop(segment) {
        end = pos + cut;
    }
    let segment = text.get(pos..end).unwrap_or("");
    if let Some(cut) = comma_field_end(segment) {
        end = pos + cut;
    }
    let segment = text.get(pos..end).unwrap_or("");
    if let Some(open) = bibliographic_paren(segment) {
        end = pos + open;
    }
    if let Some(colon) = segment_colon_number(text.get(pos..end).unwrap_or("")) {
        end = pos + colon;
    }
    clean_container(text.get(pos..end).unwrap_or(""))
}

/// Where a container's sentence ends (before its period). Journal names are
/// full of abbreviations (`Atm. Environ.`, `Am. J. Hum. Genet.`): a period
/// after a short capitalised word followed by another short abbreviation
/// does not end it, nor, once the name has such an abbreviation, one after
/// a longer word (`Proc. Adv. Neural Inf. Process. Syst.`); the abbreviation
/// after may also come a word or two later, before the next comma (`Found.
/// Trends Inf. Retr.`).
fn container_sentence_end(text: &str, pos: usize) -> usize {
    let mut from = pos;
    loop {
        let Some(e) = sentence_end(text, from) else {
            return text.len();
        };
        let dot = text.get(e - 1..e) == Some(".");
        let before = text.get(pos..e).unwrap_or("");
        let word = before.trim_end_matches('.').rsplit(' ').next().unwrap_or("");
        let next = text.get(e..).unwrap_or("").trim_start();
        let short_capital = word.chars().count() <= 5
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase);
        let next_word = next.split_whitespace().next().unwrap_or("");
        let next_capital = next_word.starts_with(char::is_uppercase);
        let abbreviated = before.split_whitespace().rev().skip(1).any(|w| {
            w.strip_suffix('.')
                .is_some_and(|a| a.chars().count() <= 5 && a.starts_with(char::is_uppercase))
        });
        // Within an abbreviated name, longer abbreviations (`Represent.`).
        let longest = if abbreviated { 12 } else { 8 };
        let next_is_abbreviation =
            next_capital && next_word.ends_with(['.', ',']) && next_word.chars().count() <= longest;
        let abbreviation_follows = next_capital
            && next
                .split(',')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .skip(1)
                .take(3)
                .any(|w| w.ends_with('.') && w.chars().count() <= 6);
        let word_capital = word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic);
        let runs_on = (short_capital || (abbreviated && word_capital))
            && (next_is_abbreviation || abbreviation_follows);
        if dot && runs_on {
            from = e;
            continue;
        }
        return if dot { e - 1 } else { e };
    }
}

/// A `(` that starts a volume, date, or place of publication.
fn bibliographic_paren(segment: &str) -> Option<usize> {
    let mut search = 0;
    while let Some(found) = segment.get(search..).and_then(|s| s.find('(')) {
        let open = search + found;
        let inside = segment.get(open + 1..).unwrap_or("");
        let close = inside.find(')').unwrap_or(inside.len());
        let content = inside.get(..close).unwrap_or("");
        if content.starts_with(|c: char| c.is_ascii_digit())
            || content.contains(':')
            || content.contains("ed.")
            || content.contains("eds")
            || content.to_lowercase().starts_with("vol")
            || content.to_lowercase().starts_with("pp")
        {
            return Some(open);
        }
        search = open + 1;
    }
    None
}

/// `: 123` in a container marks pages.
fn segment_colon_number(segment: &str) -> Option<usize> {
    let colon = segment.find(':')?;
    let after = segment.get(colon + 1..)?.trim_start();
    after.starts_with(|c: char| c.is_ascii_digit()).then_some(colon)
}

/// `Farrar, Straus and Giroux`, `Little, Brown and Company`: a firm named
/// for its partners. When `text` from `start` to `comma` is one capitalised
/// word and two more joined by `and` follow the comma, where they end.
fn firm_of_partners_end(text: &str, start: usize, comma: usize) -> Option<usize> {
    let head = text.get(start..comma)?;
    let after = text.get(comma..)?.strip_prefix(", ")?;
    let piece_len = after.find([',', '.', ';', '(']).unwrap_or(after.len());
    let piece: Vec<&str> = after.get(..piece_len)?.split_whitespace().collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let one_word = head.split_whitespace().count() == 1 && capital(head.trim());
    (one_word && matches!(piece.as_slice(), [a, "and" | "&", b] if capital(a) && capital(b)))
        .then(|| comma + ", ".len() + after.get(..piece_len).unwrap_or("").trim_end().len())
}

/// Where a name that a pattern ended at the period at `end` in `text`
/// really ends: a period that ends no sentence, after an initial or an
/// abbreviation (`W. W. Norton`, `Alfred A. Knopf`, `St. Martin's Press`)
/// and before a capital, runs on to the next `,`, `;`, `)` or sentence end.
fn over_initials(text: &str, end: usize) -> usize {
    let runs_on = text
        .get(end..)
        .and_then(|after| after.strip_prefix(". "))
        .is_some_and(|next| next.starts_with(char::is_uppercase))
        && !period_ends_sentence(text, end);
    if !runs_on {
        return end;
    }
    let mark = text
        .get(end + 1..)
        .and_then(|rest| rest.find([',', ';', ')']))
        .map_or(text.len(), |i| end + 1 + i);
    sentence_end(text, end + 1).map_or(mark, |sentence| mark.min(sentence))
}

/// A publisher anywhere after the title: `City: Publisher` or a segment
/// with a publisher word (`Press`, `Verlag`).
fn find_publisher(rest: &str) -> Option<String> {
    // No counted repeat of a Unicode class (`[\p{L}.]{1,12}` alone takes
    // 2.5 ms to compile, in every run): a long word after the comma is
    // read as a city of its own, which gives the same publisher.
    static AFTER_COLON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[.,(]\s*)[A-Z][\p{L}.'’-]*(?:[ -][A-Z][\p{L}.'’-]*){0,2}(?:,\s*[A-Z][\p{L}.]+)?\s?:\s*(?P<publisher>[A-Z][^,:;()\[\]]*?)(?:,|;|\)|\.\s|\.$|$)")
            .expect("static regex")
    });
    if let Some(publisher) = AFTER_COLON.captures(rest).and_then(|c| c.name("publisher"))
        && !publisher.as_str().starts_with(|c: char| c.is_ascii_digit())
    {
        let end = over_initials(rest, publisher.end());
        return clean_field(rest.get(publisher.start()..end).unwrap_or(publisher.as_str()));
    }
    for piece in rest.split([',', '.', '(', ')', ';', ':']) {
        let piece = piece.trim();
        let words: Vec<&str> = piece.split_whitespace().collect();
        if words.len() <= 6
            && words
                .iter()
                .any(|w| is_publisher_word(w) && w.starts_with(char::is_uppercase))
            && words.iter().all(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        {
            return clean_field(piece);
        }
    }
    None
}

/// Picks the publication date of the entry `text`: the one right after the
/// authors, else the first after the title that is not a page range, else
/// one before it, else one in the title, unless the title is quoted or
/// emphasised (`delimited`): a year in such a title is what the work is
/// about (`“The 1979 Revolution”`), not when it came out. A year gives way
/// to the same year's full date written after the title.
fn choose_date(
    text: &str,
    all: &[DateMatch],
    after_authors: Option<&DateMatch>,
    title: Range<usize>,
    delimited: bool,
) -> Option<String> {
    // `118 Harv. L. Rev. 2047 (2005)`: a number right before a date in
    // brackets is a page, as law reviews and reporters are cited.
    let page_before_date = |d: &DateMatch| {
        d.precision == Precision::Year
            && all.iter().any(|e| {
                e.start > d.end
                    && text
                        .get(d.end..e.start)
                        .is_some_and(|between| between.trim() == "(")
            })
    };
    let good = |d: &DateMatch| !d.in_range && !d.after_number_label && !page_before_date(d);
    let after_title: Vec<&DateMatch> = all.iter().filter(|d| d.start >= title.end).collect();
    // `Chronik des Mauerfalls. Die dramatischen Ereignisse um den 9.
    // November 1989, Berlin 1996`: a date in the words that run on from the
    // title with no comma, colon or bracket, right after a word in lower
    // case, is the subtitle's, when a year follows past a comma (not `Ways
    // of Escape. 1980. New York: Penguin, 1982`, nor `BBC News 12 July
    // 2022, updated 14 July 2022`).
    let in_subtitle = |d: &DateMatch| {
        text.get(title.end..d.start).is_some_and(|between| {
            !between.contains([',', ':', '(', ';'])
                && between
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|word| word.starts_with(char::is_lowercase))
        }) && after_title.iter().any(|e| {
            e.start > d.end
                && good(e)
                && e.precision == Precision::Year
                && text
                    .get(d.end..e.start)
                    .is_some_and(|between| between.contains(','))
        })
    };
    let chosen = after_authors
        .or_else(|| after_title.iter().copied().find(|d| good(d) && !in_subtitle(d)))
        .or_else(|| after_title.iter().copied().find(|d| good(d)))
        .or_else(|| after_title.first().copied())
        .or_else(|| all.iter().filter(|d| d.end <= title.start).find(|d| good(d)))
        .or_else(|| {
            if delimited {
                None
            } else {
                all.iter().find(|d| good(d))
            }
        })?;
    // `Resolution 2231 (2015), …, 20 July 2015`: the year's day, written
    // later and after the title, is the fuller date (`2001. The Lessons of
    // 11 September 2001.` is dated 2001).
    let fuller = (chosen.precision == Precision::Year)
        .then(|| {
            all.iter().find(|d| {
                d.start > chosen.end
                    && d.start >= title.end
                    && d.year == chosen.year
                    && d.precision > Precision::Year
                    && good(d)
            })
        })
        .flatten();
    Some(fuller.unwrap_or(chosen).iso.clone())
}

/// Pages: `pp. 12-19`, `p. 151`, `pages 3–9`, `: 48`, or a final range.
fn find_pages(rest: &str) -> Option<String> {
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:pp?|pages?|s)\.?\s*(?P<p>\d+(?:\s*[-–—]+\s*\d+)?)\b").expect("static regex")
    });
    static AFTER_COLON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r":\s*(?P<p>\d+(?:\s*[-–—]+\s*\d+)?)\s*(?:\.|,|\)|$)").expect("static regex")
    });
    static RANGE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[\s,(])(?P<p>\d+\s?[-–—]+\s?\d+)\b").expect("static regex"));
    // A note's page after its publication facts: `(London: Museum, 1990), 45.`
    static AFTER_PAREN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\),\s*(?P<p>\d+(?:\s*[-–—]+\s*\d+)?)\.?\s*$").expect("static regex"));
    // A range that runs on into more numbers (`978-0-19-007920-9`) is an
    // identifier such as an ISBN, not pages.
    let whole_range = |c: &regex::Captures<'_>| {
        c.name("p").is_some_and(|p| {
            let mut after = rest[p.end()..].chars();
            !(matches!(after.next(), Some('-' | '–' | '—'))
                && after.next().is_some_and(|c| c.is_ascii_digit()))
        })
    };
    // `arXiv:1607.06450`: digits after the stop go on, so the number is
    // an identifier.
    let number_ends = |c: &regex::Captures<'_>| {
        c.get(0)
            .is_some_and(|m| !rest[m.end()..].starts_with(|c: char| c.is_ascii_digit()))
    };
    // `(ICLR), 2020.`: a year after a parenthesis that holds none is no
    // page (`(London: Museum, 1990), 1024.` is).
    let not_a_year = |c: &regex::Captures<'_>| {
        let Some(p) = c.name("p") else { return true };
        let year = p
            .as_str()
            .parse::<u32>()
            .is_ok_and(|n| (1500..=2100).contains(&n));
        let paren = rest
            .get(..p.start())
            .and_then(|b| b.rfind('(').map(|open| &b[open..]));
        !year || paren.is_some_and(|inside| !dates::find_dates(inside).is_empty())
    };
    let found = LABELLED
        .captures(rest)
        .or_else(|| AFTER_COLON.captures_iter(rest).find(number_ends))
        .or_else(|| AFTER_PAREN.captures(rest).filter(not_a_year))
        .or_else(|| RANGE.captures_iter(rest).filter(whole_range).last())?;
    let pages = found.name("p")?.as_str();
    Some(pages.split_whitespace().collect::<String>().replace("—", "–"))
}

/// Trims quotes, brackets and punctuation from a field and collapses space.
fn clean_field(raw: &str) -> Option<String> {
    let trimmed = raw
        .trim()
        .trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '’' | '*' | '_')
        })
        .trim_end_matches([',', '.', ';', ':', ' '])
        .trim_start_matches([',', '.', ';', ':', ' ', ')'])
        .trim();
    let trimmed = trimmed
        .trim_end_matches(['"', '“', '”', '’'])
        .trim_end_matches([',', '.', ';', ':', ' ']);
    if trimmed.chars().any(char::is_alphanumeric) {
        Some(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        None
    }
}

/// Like [`clean_field`], and drops a leading `In`/`In:` and a trailing
/// unbalanced parenthesis.
fn clean_container(raw: &str) -> Option<String> {
    let cleaned = clean_field(raw)?;
    let cleaned = CHAPTER_IN.replace(&cleaned, "").into_owned();
    let cleaned = if cleaned.ends_with(')') && cleaned.matches('(').count() < cleaned.matches(')').count() {
        cleaned.trim_end_matches(')').to_string()
    } else {
        cleaned
    };
    let cleaned = if cleaned.matches('(').count() > cleaned.matches(')').count() {
        cleaned
            .rsplit_once('(')
            .map_or(cleaned.clone(), |(head, _)| head.trim_end().to_string())
    } else {
        cleaned
    };
    // `(dossier)`, `(page no longer exists)`, `[dead link]`: a remark in
    // parentheses, or in brackets in lower case (SPIE brackets a book's
    // title: `[The Encyclopedia of Optical Engineering]`), names no container.
    let enclosed = |open: char, close: char| {
        cleaned.starts_with(open) && cleaned.ends_with(close) && cleaned.matches(open).count() == 1
    };
    let lower_case = cleaned.chars().nth(1).is_some_and(char::is_lowercase);
    let remark = enclosed('(', ')') || (enclosed('[', ']') && lower_case);
    if remark {
        return None;
    }
    clean_field(&cleaned)
}
