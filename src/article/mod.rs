//! The model: an [`Article`] owns its text; everything else is a byte range
//! into it (no copies of the text per line or per block).
//!
//! Owns: the types every other part reads (blocks, markers, references) and
//! position arithmetic (byte offset to line and column). Must not: parse, check
//! or draw anything.

use std::ops::{Deref, Range};
use std::sync::LazyLock;

use compact_str::CompactString;
use smallvec::SmallVec;

use crate::parse::fields::Fields;

mod text;
pub use text::{MAP_FROM_BYTES, Text};

/// The labels a marker cites: almost always one short label, kept inline
/// (no heap allocation per marker on an article with a million of them).
pub type Labels = SmallVec<[CompactString; 1]>;

/// A byte range of an article in eight bytes instead of sixteen, for the
/// things a long article holds by the hundred thousand. Articles of 4 GiB
/// and more do not occur in practice; [`Span::new`] says `None` for
/// offsets past that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// `range` as a span, if both ends fit.
    #[must_use]
    pub fn new(range: &Range<usize>) -> Option<Span> {
        Some(Span {
            start: u32::try_from(range.start).ok()?,
            end: u32::try_from(range.end).ok()?,
        })
    }

    /// The span as a range of the text.
    #[must_use]
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The format an article was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
}

impl Format {
    /// The name used in JSON output.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Format::Plain => "plain",
            Format::Markdown => "markdown",
        }
    }
}

/// What a block of the article's body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Title,
    Byline,
    Heading,
    Paragraph,
    /// A block quotation (`>` lines, an indented block, a Markdown `>`
    /// quote): read as a paragraph, shown indented, and a quotation in
    /// itself.
    Quote,
    /// Preformatted text (a Markdown code block): shown, never read for
    /// markers, sentences or quotations.
    Code,
}

/// A block of the article: a range of the text and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub range: Range<usize>,
}

/// A footnote marker in the body (`[7]`, `[3, 4]`, `[^note]`, `⁷`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The marker as written, brackets included.
    pub range: Range<usize>,
    /// The labels it cites, as written (`["3", "4", "5"]` for `[3-5]`).
    pub labels: Labels,
    /// For each label, the index of the reference it names, if any.
    pub targets: SmallVec<[Option<usize>; 1]>,
    /// The sentence the marker belongs to (a marker after a full stop belongs
    /// to the sentence before it).
    pub sentence: Range<usize>,
    /// Index of the block (paragraph) the marker is in.
    pub block: usize,
}

/// One entry of the reference list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The whole entry, label included.
    pub range: Range<usize>,
    /// The entry's text after its label.
    pub body: Range<usize>,
    /// The label as written (`"7"`, `"note"`).
    pub label: CompactString,
    /// The label as a number, when it is one.
    pub number: Option<u64>,
    /// What the entry says: authors, title, date… (empty in an outline).
    pub fields: EntryFields,
    /// The reference this one repeats (`Ibid.`), after following chains.
    pub ibid_of: Option<usize>,
    /// An earlier reference to the same source.
    pub duplicate_of: Option<usize>,
    /// The source identity key (see [`crate::parse::resolve::source_key`]).
    pub source: Option<String>,
    /// Indices of the markers that cite this entry.
    pub cited_by: Vec<usize>,
    /// An entry of the bibliography under the notes, which the notes cite
    /// by author and year (`Sobel 1995, p. 7.`), not the markers.
    pub in_bibliography: bool,
    /// Whether a lettered note cites this entry (a wiki's `a. ^ Figures
    /// vary.[1]`), which counts as a use.
    pub cited_in_note: bool,
}

/// A reference entry's [`Fields`], boxed (they are larger than the rest of
/// a [`Reference`]) and allocated only when read: the entries of an outline
/// share one empty set, so a first screen does not pay an allocation per
/// entry of a long list.
#[derive(Debug, Clone, Default)]
pub struct EntryFields(Option<Box<Fields>>);

/// The fields of an entry not read.
static NO_FIELDS: LazyLock<Fields> = LazyLock::new(Fields::default);

impl EntryFields {
    #[must_use]
    pub fn new(fields: Fields) -> EntryFields {
        EntryFields(Some(Box::new(fields)))
    }
}

impl Deref for EntryFields {
    type Target = Fields;
    fn deref(&self) -> &Fields {
        self.0.as_deref().unwrap_or(&NO_FIELDS)
    }
}

impl PartialEq for EntryFields {
    fn eq(&self, other: &EntryFields) -> bool {
        **self == **other
    }
}

impl Eq for EntryFields {}

/// A parsed article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given on the command line, or the built-in sample's name.
    pub path: String,
    pub format: Format,
    pub text: Text,
    /// Byte offset of the start of each line.
    pub line_starts: Vec<usize>,
    /// The title's text, without decoration (`# `, trailing spaces).
    pub title: Option<Range<usize>>,
    /// The author's name, without `By:`.
    pub byline: Option<Range<usize>>,
    /// Title, byline, headings and paragraphs of the body, in order.
    pub blocks: Vec<Block>,
    pub markers: Vec<Marker>,
    pub references: Vec<Reference>,
    /// Whether the reference list numbers its entries (`[1]`, `1.`), rather
    /// than listing them unnumbered.
    pub numbered_references: bool,
    /// The sentences of the blocks that hold a quotation.
    pub quoted_sentences: QuotedSentences,
}

/// The sentences of the blocks that hold a quotation, split once by the
/// parser (with the markers' sentences) for the checks that place a
/// quotation in its sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuotedSentences {
    /// Block indices, ascending, each with where its sentences start in
    /// `spans`.
    blocks: Vec<(usize, usize)>,
    spans: Vec<Range<usize>>,
}

impl QuotedSentences {
    /// Adds the sentences of `block`, which comes after every block added.
    pub fn push(&mut self, block: usize, sentences: &[Range<usize>]) {
        self.blocks.push((block, self.spans.len()));
        self.spans.extend_from_slice(sentences);
    }

    /// Adds the blocks of `other`, which all come after those added.
    pub fn append(&mut self, other: QuotedSentences) {
        for (i, &(block, from)) in other.blocks.iter().enumerate() {
            let to = other
                .blocks
                .get(i + 1)
                .map_or(other.spans.len(), |&(_, next)| next);
            self.push(block, other.spans.get(from..to).unwrap_or_default());
        }
    }

    /// The sentences of `block`, if it holds a quotation.
    #[must_use]
    pub fn of(&self, block: usize) -> Option<&[Range<usize>]> {
        let i = self.blocks.binary_search_by_key(&block, |&(b, _)| b).ok()?;
        let from = self.blocks.get(i)?.1;
        let to = self.blocks.get(i + 1).map_or(self.spans.len(), |&(_, next)| next);
        self.spans.get(from..to)
    }
}

impl Article {
    /// The text of a range.
    #[must_use]
    pub fn slice(&self, range: &Range<usize>) -> &str {
        self.text.get(range.clone()).unwrap_or("")
    }

    /// The title as text.
    #[must_use]
    pub fn title_text(&self) -> Option<&str> {
        self.title.as_ref().map(|r| self.slice(r))
    }

    /// The byline as text.
    #[must_use]
    pub fn byline_text(&self) -> Option<&str> {
        self.byline.as_ref().map(|r| self.slice(r))
    }

    /// 1-based line of a byte offset.
    #[must_use]
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// 1-based character column of a byte offset.
    #[must_use]
    pub fn column_of(&self, offset: usize) -> usize {
        let line = self.line_of(offset);
        let start = self.line_starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        1 + self.text.get(start..offset).map_or(0, |s| s.chars().count())
    }

    /// A reference followed through its ibid, if it is one.
    #[must_use]
    pub fn resolved(&self, index: usize) -> usize {
        self.references
            .get(index)
            .and_then(|r| r.ibid_of)
            .unwrap_or(index)
    }
}

/// The index of each reference by its label (the first, when a label is
/// used twice).
#[must_use]
pub fn label_index(references: &[Reference]) -> foldhash::HashMap<&str, usize> {
    references
        .iter()
        .enumerate()
        .rev()
        .map(|(i, r)| (r.label.as_str(), i))
        .collect()
}

/// Byte offsets of the start of every line of `text`.
#[must_use]
pub fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect()
}

/// Collapses runs of whitespace (line breaks included) into single spaces and
/// trims the ends: how an entry's text is shown on one line.
#[must_use]
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`one_line`] as it is written into a formatter, without allocating.
#[derive(Debug, Clone, Copy)]
pub struct OneLine<'a>(pub &'a str);

impl std::fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, word) in self.0.split_whitespace().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(word)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_sentences_are_found_by_block_after_appending() {
        let mut first = QuotedSentences::default();
        first.push(2, &[0..3, 3..9]);
        let mut second = QuotedSentences::default();
        second.push(5, &[20..25, 25..27]);
        second.push(7, &[30..31, 31..40]);
        first.append(second);
        assert_eq!(first.of(2), Some(&[0..3, 3..9][..]));
        assert_eq!(first.of(5), Some(&[20..25, 25..27][..]));
        assert_eq!(first.of(7), Some(&[30..31, 31..40][..]));
        assert_eq!(first.of(3), None);
    }
}
