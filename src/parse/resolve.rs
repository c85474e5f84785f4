//! What entries mean together: `Ibid.` and `op. cit.` resolution, short
//! notes that repeat an earlier full one, the source identity key,
//! duplicate entries, and which markers cite which entry.
//!
//! Owns: relations between references and markers. Must not: read fields
//! from text (that is `parse::fields`).

use foldhash::HashMap;

use crate::article::{Marker, Reference};
use crate::parse::fields::{Fields, Kind};

/// The family name of an author written `Family, Given` (or the whole name of
/// an organisation), lower-cased.
#[must_use]
pub fn family_name(author: &str) -> String {
    author.split(',').next().unwrap_or(author).trim().to_lowercase()
}

/// Letters and digits of `s`, lower-cased, with apostrophes dropped and every
/// other run of characters turned into one `-`.
#[must_use]
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if !matches!(c, '\'' | '’' | 'ʼ' | '‘') {
            dash = true;
        }
    }
    out
}

/// The source identity key: first author and title, else container and
/// title, else the URL's host and path. Same source, same key.
#[must_use]
pub fn source_key(fields: &Fields) -> Option<String> {
    let title = fields.title.as_deref().map(slug).filter(|s| !s.is_empty());
    let author = fields.authors.first().map(|a| slug(a)).filter(|s| !s.is_empty());
    let container = fields.container.as_deref().map(slug).filter(|s| !s.is_empty());
    match (author, container, title) {
        (Some(a), _, Some(t)) | (None, Some(a), Some(t)) => Some(format!("{a}/{t}")),
        _ => {
            let url = fields.urls.first()?;
            let parsed = crate::parse::fields::urls::parse_repaired(&url.repaired)?;
            let host = parsed.host_str()?.trim_start_matches("www.");
            Some(format!("{}{}", slug(host), parsed.path().trim_end_matches('/')))
        }
    }
}

/// What tells two entries of one list for the same work: the first
/// author's family name and the title, however the given names are written
/// (`Tillery, Maud` and `Tillery, M.`; `Frölicher, T. L.` and `Frölicher
/// TL`; `Mellers et al.`), as `w:family/title`; and for a title with a
/// subtitle, `m:family/main-title`, which an entry of the main title alone
/// is the same work as (`The Ghost Map: The Story of …` and `The Ghost
/// Map`; two volumes, each with its subtitle, are not). The whole title's
/// slug is taken from the entry's source `key`; `None` without an author
/// and a title.
fn work_keys(fields: &Fields, key: &str) -> Option<(String, Option<String>)> {
    let title = fields.title.as_deref()?;
    let first = fields.authors.first()?;
    let family = first.split(',').next().unwrap_or(first);
    let family = slug(family.split(" et al").next().unwrap_or(family));
    let whole = key.split_once('/')?.1;
    if family.is_empty() || whole.is_empty() {
        return None;
    }
    // A main title of one word (`Iran: …`) may head several works. A
    // question may end it too (`Terrorists or champions? The story of …`).
    let main = title
        .split_once(':')
        .or_else(|| title.split_once("? ").filter(|(_, sub)| !sub.trim().is_empty()))
        .map(|(main, _)| slug(main))
        .filter(|main| main.contains('-'));
    Some((
        format!("{family}/{whole}"),
        main.map(|main| format!("{family}/{main}")),
    ))
}

/// The page an entry's first address names, whatever its scheme, `www.`,
/// last slash or tracking parameters (`http://www.hrw.org/report/a/` and
/// `https://hrw.org/report/a?utm_source=twitter`): `None` for a site's
/// home page, which many works share.
/// A web archive's copy is the page it copied on the copy's date.
fn page_address(fields: &Fields) -> Option<String> {
    let address = &fields.urls.first()?.repaired;
    match archived_address(address) {
        Some((date, copied)) => Some(format!("{}@{date}", address_key(copied)?)),
        None => address_key(address),
    }
}

/// For an entry that cites a web archive's copy, the page it copied (the
/// live page cited elsewhere is the same source; another day's copy is
/// not).
fn copied_page(fields: &Fields) -> Option<String> {
    address_key(archived_address(&fields.urls.first()?.repaired)?.1)
}

/// The key of the page at `address`: its DOI, or its host, path and query
/// without trackers.
fn address_key(address: &str) -> Option<String> {
    if let Some(doi) = doi_of(address) {
        return Some(format!("doi:{}", doi.to_lowercase()));
    }
    let url = crate::parse::fields::urls::parse_repaired(address)?;
    let path = url.path().trim_end_matches('/');
    let host = url.host_str()?.trim_start_matches("www.");
    let tracking = |key: &str| key.starts_with("utm_") || matches!(key, "fbclid" | "gclid" | "amp");
    let query: Vec<String> = url
        .query_pairs()
        .filter(|(key, _)| !tracking(key))
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    (!path.is_empty()).then(|| format!("page:{host}{path}?{}", query.join("&")))
}

/// A key with the hyphens between letters taken out (`policy-making` as
/// `policymaking`); those beside a digit stay (`3-24` is not `32-4`).
fn joined_words(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            let between_letters = c == '-'
                && i.checked_sub(1)
                    .and_then(|p| chars.get(p))
                    .is_some_and(|c| c.is_alphabetic())
                && chars.get(i + 1).is_some_and(|c| c.is_alphabetic());
            !between_letters
        })
        .map(|(_, &c)| c)
        .collect()
}

/// When a web archive's copy was taken, and of what address
/// (`https://web.archive.org/web/20200101000000/https://example.org/a`,
/// `https://archive.ph/2026.11.03-141522/https://x.com/…`).
fn archived_address(address: &str) -> Option<(&str, &str)> {
    const ARCHIVES: &[&str] = &[
        "web.archive.org/web/",
        "archive.ph/",
        "archive.today/",
        "archive.is/",
        "archive.li/",
        "archive.md/",
    ];
    let (_, rest) = address.split_once("://")?;
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let copy = ARCHIVES.iter().find_map(|archive| rest.strip_prefix(archive))?;
    // Past the copy's date, the address copied.
    let (date, copied) = copy.split_once('/')?;
    (date.bytes().any(|b| b.is_ascii_digit()) && copied.contains("://")).then_some((date, copied))
}

/// `s` with the accents taken off its Latin letters (`ü` as `u`); other
/// scripts' marks are letters of their own (a Hindi vowel sign).
fn without_accents(s: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        let after_latin = out
            .chars()
            .next_back()
            .is_some_and(|last: char| last.is_ascii_alphabetic());
        if !(is_combining_mark(c) && after_latin) {
            out.push(c);
        }
    }
    out.nfc().collect()
}

/// The DOI an address names, however it is written (`doi:10.1080/…`,
/// `https://doi.org/10.1080/…`, `http://dx.doi.org/10.1080/…`).
fn doi_of(address: &str) -> Option<&str> {
    let rest = address
        .get(..4)
        .filter(|scheme| scheme.eq_ignore_ascii_case("doi:"))
        .and_then(|_| address.get(4..))
        .or_else(|| {
            let after_scheme = address.split_once("://").map_or(address, |(_, rest)| rest);
            let (host, path) = after_scheme.split_once('/')?;
            let host = host.to_ascii_lowercase();
            matches!(host.as_str(), "doi.org" | "dx.doi.org" | "www.doi.org").then_some(path)
        })?
        .trim_start();
    rest.starts_with("10.").then_some(rest)
}

/// Fills `ibid_of`, `source`, `duplicate_of` and `cited_by` (empty until
/// then).
pub fn resolve(references: &mut [Reference], markers: &[Marker]) {
    resolve_ibids(references);
    resolve_short_notes(references);
    resolve_author_date_notes(references);
    let mut first_by_source: HashMap<String, usize> = HashMap::default();
    // A bibliography under the notes lists again what the notes cite: its
    // entries are duplicates only of one another.
    let mut first_in_bibliography: HashMap<String, usize> = HashMap::default();
    // An organisation's works by its initials and title: those written out
    // (`International Energy Agency`), and those written as the initials
    // (`IEA`); each is the same work as one of the other kind only.
    let mut written_out: HashMap<String, usize> = HashMap::default();
    let mut as_initials: HashMap<String, usize> = HashMap::default();
    // Web archives' copies of pages, by the page copied.
    let mut archive_copies: HashMap<String, usize> = HashMap::default();
    for i in 0..references.len() {
        let key = match references[i].ibid_of {
            // A target later in the list (a bibliography's entry) has no
            // key yet.
            Some(target) => references
                .get(target)
                .and_then(|t| t.source.clone().or_else(|| source_key(&t.fields))),
            None if references[i].fields.repeat.is_some() || references[i].fields.kind == Kind::Note => None,
            None => source_key(&references[i].fields),
        };
        // A repeat is its source again by design, not a duplicate entry.
        if references[i].ibid_of.is_none()
            && references[i].fields.repeat.is_none()
            // Notes have no key, so are no one's duplicates.
            && let Some(k) = key.as_ref()
        {
            let first_by_source = if references[i].in_bibliography {
                &mut first_in_bibliography
            } else {
                &mut first_by_source
            };
            let (whole, main) = work_keys(&references[i].fields, k).unwrap_or_else(|| (k.clone(), None));
            // Letters without their accents: `Tezcür` and `Tezcur` name
            // one author; words without the hyphens between them: `Policy
            // Making` and `Policymaking` are one title. (The source key
            // keeps both: a reader's ratings are saved under it.)
            let comparable = |key: &str| joined_words(&without_accents(key));
            let whole = format!("w:{}", comparable(&whole));
            let main = main.map(|main| comparable(&main));
            // With a subtitle, an earlier entry of the main title alone;
            // without, an earlier one with a subtitle after this title.
            let shorter = match &main {
                Some(main) => format!("w:{main}"),
                None => format!("m:{}", &whole[2..]),
            };
            let page = page_address(&references[i].fields);
            let copied = copied_page(&references[i].fields);
            let dated = dated_title(&references[i].fields);
            let alias = initials_key(&references[i].fields, k);
            // The same work in another year is another edition; the same
            // page is the same source however the entries name it; so is
            // the same long title on the same day under one author's name
            // written two ways (`Argus Media` and `Argus`).
            let fields = &references[i].fields;
            let first = [&whole, &shorter]
                .into_iter()
                .filter_map(|key| first_by_source.get(key).copied())
                .find(|&first| {
                    dates_agree(&references[first].fields, fields)
                        || preprint_and_its_paper(&references[first].fields, fields)
                })
                // A subtitle cut short (`Not One Inch: America` for `Not
                // One Inch: America, Russia, and the Making of …`).
                .or_else(|| {
                    main.as_ref()
                        .and_then(|main| first_by_source.get(&format!("m:{main}")))
                        .copied()
                        .filter(|&first| {
                            dates_agree(&references[first].fields, fields)
                                && one_subtitle_begins_the_other(&references[first].fields, fields)
                        })
                })
                .or_else(|| page.as_ref().and_then(|p| first_by_source.get(p)).copied())
                // A copy and the live page, whichever comes first.
                .or_else(|| match &copied {
                    Some(live) => first_by_source.get(live).copied(),
                    None => page.as_ref().and_then(|p| archive_copies.get(p)).copied(),
                })
                .or_else(|| {
                    let (alias, initials) = alias.as_ref()?;
                    let other = if *initials { &written_out } else { &as_initials };
                    other
                        .get(alias)
                        .copied()
                        .filter(|&first| dates_agree(&references[first].fields, fields))
                })
                .or_else(|| {
                    dated
                        .as_ref()
                        .and_then(|d| first_by_source.get(d))
                        .copied()
                        .filter(|&first| may_name_one_work(&references[first].fields, fields))
                });
            match first {
                Some(first) => references[i].duplicate_of = Some(first),
                None => {
                    first_by_source.entry(whole).or_insert(i);
                    if let Some(main) = main {
                        first_by_source.entry(format!("m:{main}")).or_insert(i);
                    }
                    if let Some(page) = page {
                        first_by_source.entry(page).or_insert(i);
                    }
                    if let Some(live) = copied {
                        archive_copies.entry(live).or_insert(i);
                    }
                    if let Some(dated) = dated {
                        first_by_source.entry(dated).or_insert(i);
                    }
                    if let Some((alias, initials)) = alias {
                        let own = if initials {
                            &mut as_initials
                        } else {
                            &mut written_out
                        };
                        own.entry(alias).or_insert(i);
                    }
                }
            }
        }
        references[i].source = key;
    }
    debug_assert!(references.iter().all(|r| r.cited_by.is_empty()));
    for (m, marker) in markers.iter().enumerate() {
        for target in marker.targets.iter().flatten() {
            // Markers come in order: one that cites an entry twice is the
            // last to have cited it.
            if let Some(r) = references.get_mut(*target)
                && r.cited_by.last() != Some(&m)
            {
                r.cited_by.push(m);
            }
        }
    }
}

/// Fewest words a title needs for it and a day to tell a work apart
/// whoever is named as its author (`Statement` on a day is many works).
const DATED_TITLE_WORDS: usize = 5;

/// `d:title/day` for an entry with a title of [`DATED_TITLE_WORDS`] or
/// more and a date to the day.
fn dated_title(fields: &Fields) -> Option<String> {
    let title = slug(fields.title.as_deref()?);
    let day = fields.date.as_deref().filter(|d| d.len() == "2024-12-17".len())?;
    (title.split('-').count() >= DATED_TITLE_WORDS).then(|| format!("d:{}/{day}", without_accents(&title)))
}

/// Words of many bodies' and outlets' names, which tell none apart
/// (`BBC News` and `Fox News`, `New York Times` and `Tehran Times`).
const COMMON_NAME_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "for",
    "news",
    "times",
    "press",
    "post",
    "daily",
    "media",
    "agency",
    "group",
    "international",
    "center",
    "centre",
    "institute",
    "staff",
    "online",
    "network",
    "national",
];

/// Whether two entries may name one work in two ways: their first
/// authors have a word in common that few names share (`Reuters` and
/// `Reuters staff`, `Argus Media` and `Argus`), or either names none; and
/// they name neither two containers nor two pages (one wire story that
/// two papers ran).
fn may_name_one_work(a: &Fields, b: &Fields) -> bool {
    let words = |f: &Fields| -> Vec<String> {
        f.authors
            .first()
            .map(|author| slug(author).split('-').map(str::to_owned).collect())
            .unwrap_or_default()
    };
    let differ = |x: Option<String>, y: Option<String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    let container = |f: &Fields| f.container.as_deref().map(slug);
    let (wa, wb) = (words(a), words(b));
    let authors_agree = wa.is_empty()
        || wb.is_empty()
        || wa
            .iter()
            .any(|w| w.len() > 2 && !COMMON_NAME_WORDS.contains(&w.as_str()) && wb.contains(w));
    authors_agree && !differ(container(a), container(b)) && !differ(page_address(a), page_address(b))
}

/// Whether the subtitle of one entry's title (after its colon) opens the
/// other's, word for word.
fn one_subtitle_begins_the_other(a: &Fields, b: &Fields) -> bool {
    let subtitle = |f: &Fields| {
        let (_, sub) = f.title.as_deref()?.split_once(':')?;
        Some(without_accents(&slug(sub))).filter(|s| !s.is_empty())
    };
    let (Some(a), Some(b)) = (subtitle(a), subtitle(b)) else {
        return false;
    };
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.strip_prefix(short.as_str())
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
}

/// `i:initials/title` for a work by an organisation, and whether the
/// entry writes the organisation as its initials.
fn initials_key(fields: &Fields, key: &str) -> Option<(String, bool)> {
    let first = fields.authors.first()?;
    let initials = organisation_initials(first)?;
    let title = key.split_once('/')?.1;
    let written_as_initials = !first.contains(' ');
    Some((
        format!("i:{initials}/{}", without_accents(title)),
        written_as_initials,
    ))
}

/// An organisation's initials, however an entry writes its name: `iea`
/// for `IEA`, `International Energy Agency` and `International Energy
/// Agency (IEA)`; `usgs` for `U.S. Geological Survey`. `None` for a
/// person (`Roe, Jane`) or a name of one word (`Reuters`).
pub(crate) fn organisation_initials(author: &str) -> Option<String> {
    if author.contains(',') {
        return None;
    }
    let name = author.split(" (").next().unwrap_or(author).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let initials: String = match words.as_slice() {
        [one] if (3..=6).contains(&one.len()) && one.bytes().all(|b| b.is_ascii_uppercase()) => {
            (*one).to_owned()
        }
        [_, _, ..] => words
            .iter()
            .filter(|w| !matches!(**w, "of" | "and" | "for" | "the" | "on" | "in" | "&"))
            .map(|w| {
                // `U.S.` gives both its letters.
                if w.contains('.') {
                    w.chars().filter(char::is_ascii_uppercase).collect()
                } else {
                    w.chars().take(1).collect::<String>()
                }
            })
            .collect(),
        _ => return None,
    };
    let all_capitals = initials.chars().all(|c| c.is_ascii_uppercase());
    (all_capitals && (3..=6).contains(&initials.len())).then(|| initials.to_lowercase())
}

/// Most years between a preprint and the paper it became.
const PREPRINT_YEARS: u32 = 2;

/// Whether one of two entries of a work is its preprint (`arXiv
/// preprint arXiv:1412.6980, 2014`) and the other came out within
/// [`PREPRINT_YEARS`] of it: one work, not two editions.
fn preprint_and_its_paper(a: &Fields, b: &Fields) -> bool {
    let preprint = |f: &Fields| {
        f.container.iter().chain(&f.publisher).any(|c| {
            let c = c.to_lowercase();
            ["preprint", "arxiv", "biorxiv", "medrxiv", "ssrn", "working paper"]
                .iter()
                .any(|p| c.contains(p))
        }) || f.urls.iter().any(|u| {
            ["arxiv.org/", "biorxiv.org/", "medrxiv.org/", "ssrn.com/"]
                .iter()
                .any(|host| u.repaired.contains(host))
        })
    };
    let year = |f: &Fields| {
        f.date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse::<u32>().ok())
    };
    (preprint(a) != preprint(b))
        && year(a)
            .zip(year(b))
            .is_some_and(|(x, y)| x.abs_diff(y) <= PREPRINT_YEARS)
}

/// Whether two entries' dates agree: their years, and for works by no
/// person as far as both dates go (`2023` and `2023-07-03` do;
/// `2023-07-03` and `2023-10-20`, two announcements of one ministry, do
/// not); or either has none.
fn dates_agree(a: &Fields, b: &Fields) -> bool {
    // A person's article may be dated online and in print (`2020-12-10`
    // and `2020-12-31`); a body's notices are told apart by their days.
    let by_a_person = |f: &Fields| f.authors.iter().any(|a| a.contains(','));
    let to_the_day = !by_a_person(a) && !by_a_person(b);
    match (a.date.as_deref(), b.date.as_deref()) {
        (Some(a), Some(b)) => {
            let common = if to_the_day { a.len().min(b.len()) } else { 4 };
            a.get(..common) == b.get(..common)
        }
        _ => true,
    }
}

/// The family names an author written in a repeat may stand for: the
/// part before a comma (`Tillery, Maud`), or the whole (an organisation),
/// or its last word (`V. Duclert`).
#[must_use]
pub fn written_family_names(author: &str) -> [String; 2] {
    let last = author.split_whitespace().last().unwrap_or(author);
    [
        family_name(author),
        last.trim_end_matches(['.', ',']).to_lowercase(),
    ]
}

/// Repeats that name a note point at it; bare ones at the entry before
/// (following chains); author-qualified ones at the latest earlier entry
/// by that author.
fn resolve_ibids(references: &mut [Reference]) {
    let mut latest_by_author: HashMap<String, usize> = HashMap::default();
    // The words of people's given names: a compound family name read in
    // part as a given name (`Fernández, Paloma Aguilar` for Paloma Aguilar
    // Fernández, repeated as `Aguilar, op. cit.`).
    let mut latest_by_name_word: HashMap<String, usize> = HashMap::default();
    let mut first_by_number: HashMap<u64, usize> = HashMap::default();
    for i in 0..references.len() {
        if let Some(repeat) = references[i].fields.repeat.clone() {
            let target = match (&repeat.author, repeat.note) {
                (_, Some(note)) => first_by_number.get(&note).copied(),
                (Some(author), None) => written_family_names(author)
                    .iter()
                    .find_map(|family| latest_by_author.get(family).copied())
                    .or_else(|| latest_by_longer_name(&latest_by_author, author))
                    .or_else(|| latest_by_name_word.get(&author.trim().to_lowercase()).copied())
                    .or_else(|| latest_by_initials(references, i, author)),
                (None, None) => i.checked_sub(1),
            };
            references[i].ibid_of = target.map(|t| references[t].ibid_of.unwrap_or(t));
        }
        if let Some(number) = references[i].number {
            first_by_number.entry(number).or_insert(i);
        }
        let source = references[i].ibid_of.unwrap_or(i);
        let fields = &references[source].fields;
        for author in &fields.authors {
            latest_by_author.insert(family_name(author), i);
            let given = author.split_once(',').map_or("", |(_, given)| given);
            for word in given.split_whitespace().filter(|w| w.chars().count() >= 3) {
                latest_by_name_word.insert(word.to_lowercase(), i);
            }
        }
    }
}

/// The latest entry before `before` by an organisation `written` as its
/// initials: its name's (`WHO, op. cit.` after the `World Health
/// Organization`), or those its entry writes as its outlet or publisher
/// (`UNICEF, op. cit.` after the `United Nations Children's Fund. …
/// New York: UNICEF`).
fn latest_by_initials(references: &[Reference], before: usize, written: &str) -> Option<usize> {
    let written = written.trim().trim_end_matches('.');
    if !(2..=8).contains(&written.len()) || !written.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let lower = written.to_lowercase();
    (0..before).rev().find(|&j| {
        let f = &references[references[j].ibid_of.unwrap_or(j)].fields;
        f.authors
            .iter()
            .any(|a| organisation_initials(a).as_deref() == Some(lower.as_str()))
            || f.authors
                .iter()
                .chain(&f.container)
                .chain(&f.publisher)
                .any(|name| name.split(|c: char| !c.is_alphanumeric()).any(|w| w == written))
    })
}

/// The latest entry by an organisation whose name ends with `written`, a
/// name of two words or more (`Crisis Group, op. cit.` after `International
/// Crisis Group`).
fn latest_by_longer_name(latest_by_author: &HashMap<String, usize>, written: &str) -> Option<usize> {
    let written = written.trim().to_lowercase();
    // One word (`Group`) ends too many names.
    written.split_whitespace().nth(1)?;
    latest_by_author
        .iter()
        .filter(|(name, _)| {
            name.strip_suffix(written.as_str())
                .is_some_and(|before| before.ends_with(' '))
        })
        .map(|(_, &entry)| entry)
        .max()
}

/// A short note (`Oakley and Hoskins, "New Evidence," 381.`: family
/// names, the title's first words, no date) repeats the latest earlier
/// entry by the same first author whose title begins with those words, as
/// Chicago's notes do after the first, full one.
fn resolve_short_notes(references: &mut [Reference]) {
    // The full entries read so far by their first author's family name,
    // with their titles, latest last.
    let mut by_family: HashMap<String, Vec<(usize, String)>> = HashMap::default();
    // A bibliography under the notes holds the full entries of short notes
    // written before it (Chicago's `Sobel, Longitude, 7.`).
    for (i, reference) in references.iter().enumerate().filter(|(_, r)| r.in_bibliography) {
        if let (Some(author), Some(title)) = (
            reference.fields.authors.first(),
            reference.fields.title.as_deref(),
        ) {
            by_family
                .entry(family_name(author))
                .or_default()
                .push((i, bare_title(title)));
        }
    }
    for (i, reference) in references.iter_mut().enumerate() {
        if reference.in_bibliography {
            continue;
        }
        let f = &reference.fields;
        let (Some(author), Some(title)) = (f.authors.first(), f.title.as_deref()) else {
            continue;
        };
        let (family, title) = (family_name(author), bare_title(title));
        if title.is_empty() {
            continue;
        }
        let short =
            reference.ibid_of.is_none() && f.repeat.is_none() && f.date.is_none() && f.kind != Kind::Note;
        if short {
            // Its first words, or, under the family name alone and with no
            // link or container, the whole title (`Tuchman, Guns of August`
            // for `The Guns of August`; the same entry written out again is
            // a duplicate).
            // A volume read as the container (`8` of `8:333`) is no container.
            let no_container = f
                .container
                .as_deref()
                .is_none_or(|c| c.chars().all(|ch| ch.is_ascii_digit()));
            let family_alone = !author.contains(',') && f.urls.is_empty() && no_container;
            let begins_with_title = |full: &str| {
                full.strip_prefix(title.as_str())
                    .is_some_and(|rest| rest.starts_with('-') || (rest.is_empty() && family_alone))
            };
            // The last few works of the author are enough, and keep a list
            // of thousands of entries by one author quick.
            reference.ibid_of = by_family.get(&family).and_then(|earlier| {
                earlier
                    .iter()
                    .rev()
                    .take(SHORT_NOTE_LOOKBACK)
                    .find(|(_, full)| begins_with_title(full))
                    .map(|&(j, _)| j)
            });
        }
        if reference.ibid_of.is_none() && reference.fields.repeat.is_none() {
            by_family.entry(family).or_default().push((i, title));
        }
    }
}

/// A note that cites an author and a year (`Sobel 1995, p. 7.`) repeats
/// the bibliography's entry by that author in that year, listed after the
/// notes.
fn resolve_author_date_notes(references: &mut [Reference]) {
    // The work of each author and year; none where two works share them
    // (`1995a` and `1995b`): which one a note means is not known. The
    // same work listed twice is the first listing.
    let mut works: HashMap<(String, String), Option<usize>> = HashMap::default();
    for (i, r) in references.iter().enumerate() {
        if !r.in_bibliography || r.fields.repeat.is_some() {
            continue;
        }
        if let (Some(author), Some(year)) = (
            r.fields.authors.first(),
            r.fields.date.as_deref().and_then(|d| d.get(..4)),
        ) {
            let same_work = |j: usize| source_key(&references[j].fields) == source_key(&r.fields);
            works
                .entry((family_name(author), year.to_string()))
                .and_modify(|work| *work = work.filter(|&j| same_work(j)))
                .or_insert(Some(i));
        }
    }
    if works.is_empty() {
        return;
    }
    // The bibliography's entry outweighs an earlier note by the same author
    // that a note was linked to.
    for reference in references.iter_mut() {
        let f = &reference.fields;
        if !f.is_author_date_short() {
            continue;
        }
        let (Some(author), Some(year)) = (
            f.repeat.as_ref().and_then(|r| r.author.as_deref()),
            f.date.as_deref().and_then(|d| d.get(..4)),
        ) else {
            continue;
        };
        let work = written_family_names(author)
            .into_iter()
            .find_map(|family| works.get(&(family, year.to_string())).copied());
        match work {
            Some(Some(entry)) => reference.ibid_of = Some(entry),
            Some(None) => reference.ibid_of = None,
            None => {}
        }
    }
    // A note that repeated such a note repeats its entry too.
    for i in 0..references.len() {
        if let Some(target) = references[i].ibid_of
            && let Some(further) = references.get(target).and_then(|t| t.ibid_of)
        {
            references[i].ibid_of = Some(further);
        }
    }
}

/// How many of an author's latest works a short note is compared with.
const SHORT_NOTE_LOOKBACK: usize = 64;

/// A title as a slug without its leading article: short titles drop it
/// (`Boritt, Gettysburg Gospel` for `The Gettysburg Gospel: …`).
fn bare_title(title: &str) -> String {
    let slug = slug(title);
    ["the-", "a-", "an-"]
        .iter()
        .find_map(|article| slug.strip_prefix(article))
        .map_or_else(|| slug.clone(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::fields::Repeat;

    fn reference(
        label: &str,
        authors: &[&str],
        title: Option<&str>,
        repeat: Option<Option<&str>>,
    ) -> Reference {
        Reference {
            range: 0..0,
            body: 0..0,
            label: label.into(),
            number: label.parse().ok(),
            fields: crate::article::EntryFields::new(Fields {
                authors: authors.iter().map(|a| (*a).to_string()).collect(),
                title: title.map(str::to_string),
                repeat: repeat.map(|author| Repeat {
                    author: author.map(str::to_string),
                    op_cit: false,
                    pages: None,
                    note: None,
                }),
                ..Fields::default()
            }),
            ibid_of: None,
            duplicate_of: None,
            source: None,
            cited_by: Vec::new(),
            in_bibliography: false,
            cited_in_note: false,
        }
    }

    #[test]
    fn slug_drops_apostrophes_and_joins_words() {
        assert_eq!(
            slug("Hawker’s Bold and Quiet Trades"),
            "hawkers-bold-and-quiet-trades"
        );
        assert_eq!(slug("Fenwick, Hal"), "fenwick-hal");
    }

    #[test]
    fn ibids_resolve_bare_chained_and_by_author() {
        let mut refs = vec![
            reference("1", &["Roe, Jane"], Some("First"), None),
            reference("2", &["Doe, John"], Some("Second"), None),
            reference("3", &["Roe, Jane"], None, Some(Some("Roe, Jane"))),
            reference("4", &[], None, Some(None)),
            reference("5", &["Nobody, Here"], None, Some(Some("Nobody, Here"))),
            // A compound family name read in part as a given name.
            reference("6", &["Fernández, Paloma Aguilar"], Some("Memoria"), None),
            reference("7", &[], None, Some(Some("Aguilar"))),
        ];
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.ibid_of).collect();
        assert_eq!(got, [None, None, Some(0), Some(0), None, None, Some(5)]);
        assert_eq!(refs[3].source.as_deref(), Some("roe-jane/first"));
    }

    #[test]
    fn an_op_cit_may_shorten_an_organisations_name_but_not_to_one_word() {
        let mut refs = vec![
            reference("1", &["International Crisis Group"], Some("First"), None),
            reference("2", &["Kestrel Research Group"], Some("Second"), None),
            reference("3", &["Crisis Group"], None, Some(Some("Crisis Group"))),
            reference("4", &["Group"], None, Some(Some("Group"))),
        ];
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.ibid_of).collect();
        assert_eq!(got, [None, None, Some(0), None]);
    }

    #[test]
    fn an_op_cit_by_initials_repeats_the_organisation_they_stand_for() {
        let mut unicef = reference(
            "3",
            &["United Nations Children's Fund"],
            Some("The toxic truth"),
            None,
        );
        unicef.fields = crate::article::EntryFields::new(Fields {
            publisher: Some("UNICEF".into()),
            ..(*unicef.fields).clone()
        });
        let mut refs = vec![
            reference("1", &["World Health Organization"], Some("Lead poisoning"), None),
            reference("2", &["WHO"], None, Some(Some("WHO"))),
            unicef,
            reference("4", &["UNICEF"], None, Some(Some("UNICEF"))),
            reference("5", &["NATO"], None, Some(Some("NATO"))),
        ];
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.ibid_of).collect();
        assert_eq!(got, [None, Some(0), None, Some(2), None]);
    }

    #[test]
    fn a_short_note_repeats_the_full_note_whose_title_it_begins() {
        let mut refs = vec![
            reference(
                "1",
                &["Oakley, Kenneth P."],
                Some("New Evidence on the Antiquity of Piltdown Man"),
                None,
            ),
            reference("2", &["Weiner, J. S."], Some("The Piltdown Forgery"), None),
            reference("3", &["Oakley"], Some("New Evidence"), None),
            // Another author's title, or a title that is not the start of
            // the earlier one, is another work.
            reference("4", &["Weiner"], Some("New Evidence"), None),
            reference("5", &["Oakley"], Some("Evidence"), None),
            reference("6", &["Oakley"], Some("New Evid"), None),
            reference(
                "7",
                &["Boritt, Gabor"],
                Some("The Gettysburg Gospel: The Lincoln Speech"),
                None,
            ),
            reference("8", &["Boritt"], Some("Gettysburg Gospel"), None),
            reference("9", &["Tuchman, Barbara W."], Some("The Guns of August"), None),
            reference("10", &["Tuchman"], Some("Guns of August"), None),
        ];
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.ibid_of).collect();
        assert_eq!(
            got,
            [
                None,
                None,
                Some(0),
                None,
                None,
                None,
                None,
                Some(6),
                None,
                Some(8)
            ]
        );
        assert_eq!(refs[2].source, refs[0].source);
        assert_eq!(refs[2].duplicate_of, None);
    }

    #[test]
    fn a_short_note_with_volume_and_page_repeats_its_full_note() {
        let a = crate::parse::parse(
            "a.txt",
            "T\n\nHe spoke.[1] Again.[2]\n\nNotes\n1. Abraham Lincoln, \"Second Inaugural Address,\" March 4, 1865, in Collected Works, 8:333.\n2. Lincoln, \"Second Inaugural Address,\" 8:333.\n"
                .into(),
        );
        assert_eq!(a.references[1].ibid_of, Some(0));
    }

    #[test]
    fn the_same_source_twice_is_a_duplicate() {
        let mut refs = vec![
            reference("1", &["Roe, Jane"], Some("A Title."), None),
            reference("2", &["Doe, John"], Some("Other"), None),
            reference("3", &["Roe, Jane"], Some("A title"), None),
        ];
        resolve(&mut refs, &[]);
        assert_eq!(refs[2].duplicate_of, Some(0));
        assert_eq!(refs[1].duplicate_of, None);
    }

    #[test]
    fn a_subtitle_cut_short_is_the_same_work() {
        let text = "T\n\nSarotte follows it.[1] More.[2] Again.[3]\n\n\
                    1. M. E. Sarotte, Not One Inch: America, Russia, and the Making of Post–Cold War Stalemate (New Haven: Yale University Press, 2021).\n\
                    2. M.E. Sarotte, Not One Inch: America, Russia and the Making of Post-Cold War Stalemate, Yale University Press, 2021.\n\
                    3. M.E. Sarotte, Not One Inch: Americans Abroad, Yale University Press, 2021.\n";
        let article = crate::parse::parse("a.txt", text.into());
        let duplicates: Vec<Option<usize>> = article.references.iter().map(|r| r.duplicate_of).collect();
        // Another subtitle under the same main title is another work.
        assert_eq!(duplicates, [None, Some(0), None]);
    }

    #[test]
    fn the_same_work_with_its_authors_given_names_written_otherwise_is_a_duplicate() {
        let mut refs = vec![
            reference(
                "1",
                &["Tillery, Maud"],
                Some("Canal Tolls Rise Twice in One Year"),
                None,
            ),
            reference(
                "2",
                &["Frölicher, T. L."],
                Some("Marine heatwaves under global warming"),
                None,
            ),
            reference(
                "3",
                &["Tillery, M."],
                Some("Canal tolls rise twice in one year"),
                None,
            ),
            reference(
                "4",
                &["Frölicher, TL"],
                Some("Marine heatwaves under global warming"),
                None,
            ),
            reference("5", &["Tillery, Roy"], Some("Another work"), None),
            // The family name written without its accent.
            reference(
                "6",
                &["Frolicher, Thomas"],
                Some("Marine heatwaves under global warming"),
                None,
            ),
        ];
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.duplicate_of).collect();
        assert_eq!(got, [None, None, Some(0), Some(1), None, Some(1)]);
        assert_eq!(
            refs[1].source.as_deref(),
            Some("frölicher-t-l/marine-heatwaves-under-global-warming")
        );
        // The source key, which ratings are kept under, is as it was.
        assert_eq!(
            refs[0].source.as_deref(),
            Some("tillery-maud/canal-tolls-rise-twice-in-one-year")
        );
    }

    #[test]
    fn one_doi_written_two_ways_is_one_source() {
        let a = crate::parse::parse(
            "a.txt",
            "T\n\nOne.[1] Two.[2] Three.[3]\n\nReferences\n[1] Roe J. Canal tolls and trade. Harbor Review. 2012;19(1):120-40. https://doi.org/10.1080/13510347.2012.641300\n[2] Roe J. Canal tolls. Harbor Review 19 (2012). doi:10.1080/13510347.2012.641300\n[3] Doe J. Other. Harbor Review 19 (2012). doi:10.1080/13510347.2012.641301\n"
                .into(),
        );
        let got: Vec<Option<usize>> = a.references.iter().map(|r| r.duplicate_of).collect();
        assert_eq!(got, [None, Some(0), None]);
        assert_eq!(doi_of("DOI: 10.1080/1"), Some("10.1080/1"));
        assert_eq!(doi_of("doi.org/10.1080/1"), Some("10.1080/1"));
        assert_eq!(doi_of("https://example.org/10.1080/1"), None);
    }

    #[test]
    fn a_web_archives_copy_is_the_page_it_copied() {
        let a = crate::parse::parse(
            "a.txt",
            "T\n\nOne.[1] Two.[2] Three.[3]\n\nReferences\n\
             [1] Post by @roe on X, 3 November 2026, archived at https://archive.ph/2026.11.03-141522/https://x.com/roe/status/185\n\
             [2] Post by @roe on X, 3 November 2026, https://x.com/roe/status/185\n\
             [3] Roe, J. Other. 2026. https://web.archive.org/web/20261103/https://x.com/roe/status/186\n"
                .into(),
        );
        let got: Vec<Option<usize>> = a.references.iter().map(|r| r.duplicate_of).collect();
        assert_eq!(got, [None, Some(0), None]);
        assert_eq!(
            archived_address("https://web.archive.org/web/20200101000000/https://example.org/a"),
            Some(("20200101000000", "https://example.org/a"))
        );
        // A short link of the archive's own names no address.
        assert_eq!(archived_address("https://archive.ph/AbCdE"), None);
        // Two days' copies of a page are two sources.
        let a = crate::parse::parse(
            "a.txt",
            "T\n\nOne.[1] Two.[2]\n\nReferences\n\
             [1] Harbor Co. Privacy policy, as of March 2019. https://web.archive.org/web/20190301000000/https://harbor.example/privacy\n\
             [2] Harbor Co. Privacy policy, revised. https://web.archive.org/web/20220301000000/https://harbor.example/privacy\n"
                .into(),
        );
        assert_eq!(a.references[1].duplicate_of, None);
    }

    #[test]
    fn a_title_written_with_words_joined_or_apart_is_one_title() {
        let a = crate::parse::parse(
            "a.txt",
            "T\n\nOne.[1] Two.[2]\n\nReferences\n\
             [1] Roe, Jane, and John Doe. Information Disorder: Toward a Framework for Research and Policy Making. Strasbourg: Council of Europe, 2017.\n\
             [2] Roe, Jane, and John Doe. Information Disorder: Toward a Framework for Research and Policymaking. Strasbourg: Council of Europe, 2017.\n"
                .into(),
        );
        assert_eq!(a.references[1].duplicate_of, Some(0));
        // Numbers joined otherwise are other works.
        assert_eq!(
            joined_words("roe-jane/field-manual-3-24"),
            "roejane/fieldmanual-3-24"
        );
        assert_ne!(
            joined_words("field-manual-3-24"),
            joined_words("field-manual-32-4")
        );
    }

    #[test]
    fn a_preprint_and_the_paper_it_became_are_one_source() {
        let dated = |label: &str, container: &str, date: &str| {
            let mut r = reference(
                label,
                &["Kingma, D. P."],
                Some("Adam: A method for stochastic optimization"),
                None,
            );
            r.fields = crate::article::EntryFields::new(Fields {
                container: Some(container.into()),
                date: Some(date.into()),
                ..(*r.fields).clone()
            });
            r
        };
        let mut refs = vec![
            dated("1", "Proc. Int. Conf. Learn. Represent", "2015"),
            dated("2", "arXiv preprint arXiv", "2014"),
            dated("3", "Journal of Things", "2019"),
        ];
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.duplicate_of).collect();
        assert_eq!(got, [None, Some(0), None]);
    }

    #[test]
    fn an_organisation_and_its_initials_are_one_author() {
        let title = Some("The Role of Critical Minerals in Clean Energy Transitions");
        let mut refs = vec![
            reference("1", &["IEA"], title, None),
            reference("2", &["International Energy Agency"], title, None),
            reference("3", &["International Labour Organization"], title, None),
        ];
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.duplicate_of).collect();
        assert_eq!(got, [None, Some(0), None]);
        // Two bodies written out with the same initials are two.
        let report = Some("Annual report 2022");
        let mut refs = vec![
            reference("1", &["American Heart Association"], report, None),
            reference("2", &["American Hospital Association"], report, None),
        ];
        resolve(&mut refs, &[]);
        assert_eq!(refs[1].duplicate_of, None);
        assert_eq!(
            organisation_initials("U.S. Geological Survey").as_deref(),
            Some("usgs")
        );
        assert_eq!(organisation_initials("Roe, Jane"), None);
        assert_eq!(organisation_initials("Reuters"), None);
    }

    #[test]
    fn one_bodys_works_on_two_days_are_two_sources() {
        let mut refs = vec![
            reference("1", &["Ministry of Commerce"], Some("Announcement"), None),
            reference("2", &["Ministry of Commerce"], Some("Announcement"), None),
            reference("3", &["Ministry of Commerce"], Some("Announcement"), None),
        ];
        let dated = |r: &mut Reference, date: &str| {
            r.fields = crate::article::EntryFields::new(Fields {
                date: Some(date.into()),
                ..(*r.fields).clone()
            });
        };
        dated(&mut refs[0], "2023-07-03");
        dated(&mut refs[1], "2023-10-20");
        dated(&mut refs[2], "2023");
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.duplicate_of).collect();
        assert_eq!(got, [None, None, Some(0)]);
        // A person's article online and in print is one.
        let mut refs = vec![
            reference(
                "1",
                &["Polack, Fernando P."],
                Some("Safety and efficacy of the vaccine"),
                None,
            ),
            reference(
                "2",
                &["Polack, F. P."],
                Some("Safety and efficacy of the vaccine"),
                None,
            ),
        ];
        dated(&mut refs[0], "2020-12-10");
        dated(&mut refs[1], "2020-12-31");
        resolve(&mut refs, &[]);
        assert_eq!(refs[1].duplicate_of, Some(0));
    }

    #[test]
    fn the_same_work_in_another_year_is_another_edition() {
        let dated = |label: &str, date: Option<&str>| {
            let mut r = reference(label, &["Strunk, William"], Some("The Elements of Style"), None);
            r.fields = crate::article::EntryFields::new(Fields {
                date: date.map(str::to_owned),
                ..(*r.fields).clone()
            });
            r
        };
        let mut refs = vec![
            dated("1", Some("1918")),
            dated("2", Some("1959")),
            dated("3", None),
            dated("4", Some("1918-05")),
        ];
        resolve(&mut refs, &[]);
        let got: Vec<Option<usize>> = refs.iter().map(|r| r.duplicate_of).collect();
        assert_eq!(got, [None, None, Some(0), Some(0)]);
    }
}
