//! Reference fields from the free text of one reference-list entry.
//!
//! Owns: authors, title, container, date, accessed date, pages, URLs (with
//! repair of URLs split by line breaks or inserted spaces), the entry's kind
//! (citation or explanatory note) and the form of an `Ibid.`/`op. cit.` entry.
//! Must not: look at other entries (ibid resolution and duplicates live in
//! `parse::resolve`), or know anything about the article around the entry.
//!
//! The work is split by job:
//! - [`entry_text`] strips the label and trailing prose, takes out Markdown
//!   emphasis and flattens the entry to one line;
//! - [`urls`] finds and repairs URLs;
//! - [`dates`] finds dates in any common form;
//! - [`repeat`] recognises `Ibid.` and `op. cit.` entries;
//! - [`prose`] tells explanatory notes from citations;
//! - [`names`] reads the author list at the start of an entry;
//! - [`layout`] reads title, container, publisher and pages after it;
//! - [`legal`] reads citations of law, whose reporters are abbreviated.
//!
//! Everything here is best effort and never panics: a field that cannot be
//! read is left empty.

pub(crate) mod dates;
mod entry_text;
mod layout;
mod legal;
mod names;
pub(crate) use legal::string_citation;
pub(crate) use names::is_repeated_author;
mod prose;
mod repeat;
mod short;
pub(crate) mod urls;
mod words;

/// The Arabic article as a family name is written with it (`al-Maliki`,
/// `el-Baradei`).
pub const ARABIC_ARTICLES: [&str; 2] = ["al-", "el-"];

#[cfg(test)]
mod tests;

use serde::Serialize;

/// Whether an entry cites a source or explains something in prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Citation,
    Note,
}

/// An entry that repeats an earlier one (`Ibid.`, `Ibid., p. 40`, `op. cit.`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeat {
    /// The author written before or after the ibid (`Marlowe, Quentin. Ibid`),
    /// as written; `None` for a bare `Ibid.`.
    pub author: Option<String>,
    /// `true` for `op. cit.` and `loc. cit.`, which repeat the latest work of
    /// the named author rather than the entry just before.
    pub op_cit: bool,
    /// Pages given with the repeat (`Ibid., p. 40` gives `40`).
    pub pages: Option<String>,
    /// The note it names (`Kerr, supra note 3`, `Op. cit., note 8`), which
    /// it repeats whoever wrote the entries in between.
    pub note: Option<u64>,
}

/// A URL found in an entry: the text as written and its repaired form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundUrl {
    /// Exactly as written in the entry, line breaks and spaces included.
    pub original: String,
    /// The URL with inserted spaces, invisible characters and line breaks
    /// removed.
    pub repaired: String,
    /// A line break split the URL.
    pub split_across_lines: bool,
    /// Spaces were inserted into the URL.
    pub has_spaces: bool,
    /// Characters that show as nothing (a zero-width space) are inside it.
    pub has_invisible: bool,
    /// The host is a bare IPv4 or IPv6 address.
    pub ip_host: bool,
    /// The page that showed it left part of it out, with `…` or `...` in
    /// its place (`https://www.example.com/science/ ... 4X08000907`).
    pub shortened: bool,
    /// Even the repaired form does not parse as a URL.
    pub unparseable: bool,
}

/// Everything ibid could read from one entry. Dates are ISO 8601
/// (`2009-06-03`, `2009-06` or `2009`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// `Family, Given` for people (`Marlowe, Quentin`), the name as written for
    /// organisations (`Kestrel News Agency`).
    pub authors: Vec<String>,
    pub title: Option<String>,
    /// Journal, newspaper, site, book, or (when there is nothing else) publisher.
    pub container: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub accessed: Option<String>,
    pub pages: Option<String>,
    pub urls: Vec<FoundUrl>,
    pub kind: Kind,
    /// Set when the entry is an `Ibid.`/`op. cit.` repeat.
    pub repeat: Option<Repeat>,
    /// The writers of the further authorities a note cites after its
    /// first (`…; cf. Danielle Keats Citron & Benjamin Wittes, …`): not
    /// the entry's authors, but names a sentence may give the claim to.
    pub further_authors: Vec<String>,
}

impl Fields {
    /// A short author-date citation (`Sobel 1995, p. 7`): it repeats an
    /// earlier entry by that author when there is one, else its full entry
    /// is in a list apart (Wikipedia's `Works cited`), which is no fault.
    #[must_use]
    pub fn is_author_date_short(&self) -> bool {
        self.date.is_some()
            && self
                .repeat
                .as_ref()
                .is_some_and(|r| r.op_cit && r.author.is_some())
    }
}

/// Reads the fields of one entry. `text` is the entry without its label
/// (`[5] ` or `5. ` already removed), possibly spanning several lines.
#[must_use]
pub fn extract_fields(text: &str) -> Fields {
    let citation = entry_text::citation_part(text);
    let found = urls::find_urls(&citation);
    // An entry that opens with its link cites it, whatever prose follows.
    let opens_with_url = found.first().is_some_and(|u| u.span.start == 0);
    let without_urls = urls::blank_out(&citation, &found);
    let entry = entry_text::flatten(&without_urls);
    let mut fields = Fields {
        urls: found.into_iter().map(|u| u.url).collect(),
        ..Fields::default()
    };

    let (whole, accessed) = dates::take_accessed(&entry.text);
    fields.accessed = accessed;
    // A note that strings authorities together is read for its first.
    let (flat, further) = legal::string_citation(&whole);
    fields.further_authors = further
        .into_iter()
        .flat_map(|authority| {
            let read = extract_fields(authority);
            read.authors.into_iter().chain(read.further_authors)
        })
        .collect();

    if let Some(repeat) = repeat::read_repeat(flat) {
        if let Some(author) = &repeat.author {
            fields.authors = vec![author.clone()];
        }
        fields.pages.clone_from(&repeat.pages);
        fields.repeat = Some(repeat);
        return fields;
    }

    if let Some(short) = short::read_short(flat) {
        // A short citation repeats the latest full entry by that author.
        fields.authors = vec![short.author.clone()];
        fields.date = short.year;
        fields.pages.clone_from(&short.pages);
        fields.repeat = Some(Repeat {
            author: Some(short.author),
            op_cit: true,
            pages: short.pages,
            note: None,
        });
        return fields;
    }

    // Not a repeat: the full citation is often in a bibliography apart.
    if let Some(note) = short::read_titled(flat) {
        fields.authors = note.authors;
        fields.title = Some(note.title);
        fields.container = note.container;
        fields.date = note.year;
        fields.pages = note.pages;
        return fields;
    }

    if let Some(law) = legal::read_legal(flat) {
        fields.authors = law.authors;
        fields.title = Some(law.title);
        fields.container = Some(law.reporter);
        fields.pages = Some(law.pages);
        fields.date = law.date;
        return fields;
    }

    // (A gloss before its `; see …` is read whole, as a note.)
    if !opens_with_url && prose::is_note(&whole) {
        fields.kind = Kind::Note;
        fields.date = dates::find_dates(&whole).first().map(|d| d.iso.clone());
        return fields;
    }

    let emphasis: Vec<_> = entry
        .emphasis
        .iter()
        .filter(|e| e.end <= flat.len())
        .cloned()
        .collect();
    let read = layout::read_entry(flat, &emphasis);
    fields.authors = read.authors;
    fields.title = read.title;
    fields.container = read.container.or_else(|| read.publisher.clone());
    fields.publisher = read.publisher;
    fields.date = read.date;
    fields.pages = read.pages;
    fields
}
