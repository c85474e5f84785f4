//! Building an [`Article`] from text: format detection, then the plain-text or
//! Markdown structure, markers, reference entries and their fields, and the
//! relations between them.
//!
//! Owns: turning text into the model. Must not: judge citations (that is
//! `check`) or draw anything.

pub mod fields;
pub mod front_matter;
pub mod lines;
pub mod markdown;
pub mod markers;
pub mod parallel;
pub mod plain;
pub mod quotes;
pub mod reflist;
pub mod reply;
pub mod resolve;
pub mod sentence_bounds;
pub mod sentences;

use std::ops::Range;

use crate::article::{
    Article, Block, BlockKind, EntryFields, Format, Marker, QuotedSentences, Reference, Text, label_index,
    line_starts,
};
use markers::{FoundMarker, KnownNumbers};

/// Picks the format from the file name, then from the content: Markdown
/// footnote definitions make a file Markdown whatever its name.
#[must_use]
pub fn detect_format(path: &str, text: &str) -> Format {
    let lower = path.to_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    // Only a line that starts with `[^` can be a definition: look for those.
    let definition_at = |at: usize| {
        let line = text.get(at..).unwrap_or_default();
        let line = line.split_once('\n').map_or(line, |(line, _)| line);
        is_footnote_definition(line.strip_suffix('\r').unwrap_or(line))
    };
    let starts_line = |at: usize| at == 0 || text.as_bytes().get(at - 1) == Some(&b'\n');
    if memchr::memmem::find_iter(text.as_bytes(), "[^").any(|at| starts_line(at) && definition_at(at)) {
        Format::Markdown
    } else {
        Format::Plain
    }
}

/// Whether a line starts a Markdown footnote definition (`[^label]: …`).
#[must_use]
pub fn is_footnote_definition(line: &str) -> bool {
    line.starts_with("[^") && line.find("]:").is_some_and(|i| i > 2)
}

/// How much of an article to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Everything: structure, markers, reference fields and the relations
    /// between entries (ibids, duplicates, sources).
    Full,
    /// Structure, markers and entries with their targets, without reference
    /// fields or relations: a first screen while the rest is read.
    Outline,
}

/// Parses `text` read from `path`.
#[must_use]
pub fn parse(path: &str, text: Text) -> Article {
    parse_to(path, text, Depth::Full)
}

/// Parses `text` read from `path` to `depth`.
#[must_use]
pub fn parse_to(path: &str, text: Text, depth: Depth) -> Article {
    match detect_format(path, &text) {
        Format::Plain => parse_plain(path, text, depth),
        Format::Markdown => markdown::parse_markdown(path, text, depth),
    }
}

/// Parses a plain-text article.
#[must_use]
pub fn parse_plain(path: &str, text: Text, depth: Depth) -> Article {
    parse_plain_outside(path, reply::unquoted(text), depth, &[], None)
}

/// Parses an article laid out as plain text, finding no marker inside the
/// ranges `code` (sorted by start): a Markdown file's code. A Markdown
/// file's front matter is no part of the body, and gives the title and
/// byline the text does not.
fn parse_plain_outside(
    path: &str,
    text: Text,
    depth: Depth,
    code: &[Range<usize>],
    front: Option<&front_matter::FrontMatter>,
) -> Article {
    let mut layout = plain::layout_from(&text, front.map_or(0, |f| f.end));
    if let Some(front) = front {
        plain::take_front_matter(&text, &mut layout, front);
    }
    let mut list = reflist::split_lists(
        &text,
        layout
            .middle_lists
            .iter()
            .map(|m| m.entries.clone())
            .chain(layout.references.clone()),
    );
    // An alphabetical bibliography that the body cites by author and year
    // is not what its `[1]` cites.
    if list.style == reflist::EntryStyle::Unnumbered
        && reflist::cited_by_author_and_year(&text, layout.body.clone(), &list.entries)
    {
        list.entries =
            reflist::by_author_and_year(&text, std::mem::take(&mut list.entries), Default::default());
    }
    let lettered = layout
        .lettered_notes
        .clone()
        .map(|region| reflist::split_lettered(&text, region))
        .unwrap_or_default();
    let mut known = known_numbers(list.entries.iter().filter_map(|e| e.number));
    known.letters = lettered.len();
    let read_references = || {
        // The notes go first, as on the page; the list's entries are not
        // copied when there are none (a long list is large).
        let mut references = read_references(&text, &list, depth);
        references.splice(0..0, lettered.iter().map(|e| lettered_note(&text, e, depth)));
        // A lettered note may cite entries of the list (`… vary.[1]`).
        let cited_in_notes: Vec<compact_str::CompactString> = lettered
            .iter()
            .flat_map(|e| markers::find_markers(&text, e.body.clone(), &known, list.style))
            .flat_map(|m| m.labels)
            .collect();
        if !cited_in_notes.is_empty() {
            for r in &mut references {
                r.cited_in_note = cited_in_notes.contains(&r.label);
            }
        }
        references
    };
    let read_body = || {
        let mut blocks = Vec::new();
        if let Some(title) = &layout.title {
            blocks.push(Block {
                kind: BlockKind::Title,
                range: title.clone(),
            });
        }
        blocks.extend(layout.standfirst.iter().map(|line| Block {
            kind: BlockKind::Paragraph,
            range: line.clone(),
        }));
        if let Some(byline) = layout.byline.clone().filter(|b| b.start < layout.body.start) {
            blocks.push(Block {
                kind: BlockKind::Byline,
                range: byline,
            });
        }
        // The body around the lists of notes inside it.
        let mut from = layout.body.start;
        for list in &layout.middle_lists {
            blocks.extend(plain::body_blocks(&text, &(from..list.span.start)));
            from = list.span.end;
        }
        blocks.extend(plain::body_blocks(&text, &(from..layout.body.end.max(from))));
        let mut found = markers_in_blocks(&text, &blocks, |range| {
            outside(code, markers::find_markers(&text, range, &known, list.style))
        });
        // A numbered list and not one marker: the article cites in
        // parentheses (`(1)`, `(1, 3)`), or the page's superscripts were
        // saved as plain digits; whichever finds more.
        if found.0.is_empty() && list.numbered() {
            let in_parentheses = markers_in_blocks(&text, &blocks, |range| {
                outside(
                    code,
                    markers::find_markers(&text, range, &known, reflist::EntryStyle::Paren),
                )
            });
            let flattened = markers_in_blocks(&text, &blocks, |range| {
                outside(code, markers::find_flattened_markers(&text, range, &known))
            });
            found = if in_parentheses.0.len() >= flattened.0.len() {
                in_parentheses
            } else {
                flattened
            };
        }
        (blocks, found)
    };
    // On a large article the entries' fields are read while the body is
    // split into blocks and searched for markers: neither needs the other.
    let (references, (blocks, (mut markers, quoted_sentences))) =
        parallel::join(parallel::is_large(&text), read_references, read_body);
    if !list.part_starts.is_empty() && list.part_starts.len() == list.restarts {
        cite_by_place(&mut markers, &list.part_starts);
    } else if list.restarts > 0 {
        cite_by_part(&mut markers, list.restarts);
    }
    let byline = layout.byline.clone().or(list.byline.clone());
    link(
        Article {
            path: path.to_string(),
            format: Format::Plain,
            line_starts: line_starts(&text),
            text,
            title: layout.title,
            byline,
            blocks,
            markers,
            references,
            numbered_references: list.numbered(),
            quoted_sentences,
        },
        depth,
    )
}

/// The markers of a book whose notes start again at 1 for each chapter
/// (`restarts` times): each time the markers start again at 1 (and go on
/// with 2), they cite the next part's notes, labelled `2.1`, `2.2`…
fn cite_by_part(markers: &mut [Marker], restarts: usize) {
    let first_number = |m: &Marker| m.labels.first().and_then(|l| l.parse::<u64>().ok());
    let mut part = 1;
    let mut highest = 0;
    for m in 0..markers.len() {
        let starts_again = first_number(&markers[m]) == Some(1)
            && highest > 1
            && part <= restarts
            && markers
                .get(m + 1)
                .is_none_or(|next| first_number(next) == Some(2));
        if starts_again {
            (part, highest) = (part + 1, 0);
        }
        let marker = &mut markers[m];
        highest = marker
            .labels
            .iter()
            .filter_map(|l| l.parse().ok())
            .max()
            .unwrap_or(0)
            .max(highest);
        if part > 1 {
            for label in &mut marker.labels {
                *label = compact_str::format_compact!("{part}.{label}");
            }
        }
    }
}

/// Labels each marker with the part of the notes it cites by where it
/// stands: past the start of part `k`'s body (`part_starts[k - 2]`), part
/// `k` (`[1, 2]` in chapter 2 cites `2.1` and `2.2`).
fn cite_by_place(markers: &mut [Marker], part_starts: &[usize]) {
    for marker in markers {
        let part = 1 + part_starts.partition_point(|&start| start <= marker.range.start);
        if part > 1 {
            for label in &mut marker.labels {
                *label = compact_str::format_compact!("{part}.{label}");
            }
        }
    }
}

/// The references of a plain-text list, with their fields read (at
/// [`Depth::Full`]). Reading an entry's fields is the dearest step per
/// byte: a long list is read on all cores, in order.
fn read_references(text: &str, list: &reflist::ReferenceList, depth: Depth) -> Vec<Reference> {
    let runs = parallel::runs(
        list.entries.len(),
        depth == Depth::Full && list.entries.len() >= parallel::PARALLEL_FROM_ENTRIES,
        |i| list.entries.get(i).map_or(0, |e| e.body.len()),
    );
    parallel::concat(parallel::map_runs(&runs, |run| {
        list.entries
            .get(run)
            .unwrap_or_default()
            .iter()
            .map(|e| {
                let mut reference = new_reference(
                    text,
                    e.range.clone(),
                    e.body.clone(),
                    e.label.clone(),
                    e.number,
                    depth,
                );
                // Only a bibliography's entries have no number.
                reference.in_bibliography = e.number.is_none();
                reference
            })
            .collect::<Vec<_>>()
    }))
}

/// A wiki's lettered note (`a. ^ …`): it explains, whatever its words
/// look like (a wiki cites its sources in the numbered list).
fn lettered_note(text: &str, entry: &reflist::EntrySpan, depth: Depth) -> Reference {
    let mut note = new_reference(
        text,
        entry.range.clone(),
        entry.body.clone(),
        entry.label.clone(),
        None,
        depth,
    );
    if depth == Depth::Full {
        note.fields = EntryFields::new(fields::Fields {
            kind: fields::Kind::Note,
            ..(*note.fields).clone()
        });
    }
    note
}

/// A reference with its fields read (at [`Depth::Full`]) and its relations
/// still empty.
#[must_use]
pub fn new_reference(
    text: &str,
    range: Range<usize>,
    body: Range<usize>,
    label: compact_str::CompactString,
    number: Option<u64>,
    depth: Depth,
) -> Reference {
    let fields = match depth {
        Depth::Full => EntryFields::new(fields::extract_fields(text.get(body.clone()).unwrap_or(""))),
        Depth::Outline => EntryFields::default(),
    };
    Reference {
        range,
        body,
        label,
        number,
        fields,
        ibid_of: None,
        duplicate_of: None,
        source: None,
        cited_by: Vec::new(),
        in_bibliography: false,
        cited_in_note: false,
    }
}

/// The numbers of a reference list's entries, for telling markers from
/// stray numbers.
#[must_use]
pub fn known_numbers(numbers: impl IntoIterator<Item = u64>) -> KnownNumbers {
    let numbers: foldhash::HashSet<u64> = numbers.into_iter().collect();
    KnownNumbers {
        letters: 0,
        max: numbers.iter().max().copied(),
        numbers,
    }
}

/// Bytes of text that each label cited by a marker must be paid for with.
/// A range marker of six bytes (`[1-200]`) cites up to 201 labels, and each
/// label costs a target, a place in `cited_by` and perhaps a finding; a file
/// of nothing but such ranges would need gigabytes. Three bytes is what the
/// densest plain markers (`[1][1][1]`) cost, so ranges cannot make an
/// article heavier than that; once an article has cited that many labels,
/// markers that would cite more are not markers.
const TEXT_BYTES_PER_LABEL: usize = 3;

/// Finds markers in every heading and paragraph with `find`, and gives each
/// the sentence it belongs to. All markers together cite at most one label
/// per [`TEXT_BYTES_PER_LABEL`] bytes of text. Each block is split into
/// sentences at most once: those of blocks that hold a quotation are kept
/// for the checks.
///
/// On a large article the blocks are split into contiguous runs, one per
/// core, searched at once; the runs' markers are joined in order and the
/// label budget is applied to them in order, so the result is the same as
/// one pass.
pub fn markers_in_blocks(
    text: &str,
    blocks: &[Block],
    find: impl Fn(Range<usize>) -> Vec<FoundMarker> + Sync,
) -> (Vec<Marker>, QuotedSentences) {
    let runs = parallel::runs(blocks.len(), parallel::is_large(text), |i| {
        blocks.get(i).map_or(0, |b| b.range.len())
    });
    let found = parallel::map_runs(&runs, |run| markers_in_run(text, blocks, run, &find));
    let mut quoted = QuotedSentences::default();
    let mut markers = Vec::with_capacity(found.len());
    for (run_markers, run_quoted) in found {
        quoted.append(run_quoted);
        markers.push(run_markers);
    }
    let mut markers = parallel::concat(markers);
    let mut labels_left = text.len() / TEXT_BYTES_PER_LABEL;
    markers.retain(|marker| match labels_left.checked_sub(marker.labels.len()) {
        Some(left) => {
            labels_left = left;
            true
        }
        None => false,
    });
    markers.shrink_to_fit();
    (markers, quoted)
}

/// The markers of `found` that start outside every range of `code` (sorted
/// by start).
fn outside(code: &[Range<usize>], mut found: Vec<FoundMarker>) -> Vec<FoundMarker> {
    if !code.is_empty() {
        found.retain(|m| {
            let i = code.partition_point(|c| c.start <= m.range.start);
            i.checked_sub(1)
                .and_then(|i| code.get(i))
                .is_none_or(|c| m.range.start >= c.end)
        });
    }
    found
}

/// The markers of the headings, paragraphs and quotations among `blocks[run]`, with
/// their sentences, and the sentences of those that hold a quotation.
fn markers_in_run(
    text: &str,
    blocks: &[Block],
    run: Range<usize>,
    find: &impl Fn(Range<usize>) -> Vec<FoundMarker>,
) -> (Vec<Marker>, QuotedSentences) {
    let mut markers = Vec::new();
    let mut quoted = QuotedSentences::default();
    for (b, block) in blocks.iter().enumerate().skip(run.start).take(run.len()) {
        if !matches!(
            block.kind,
            BlockKind::Paragraph | BlockKind::Heading | BlockKind::Quote
        ) {
            continue;
        }
        let found = find(block.range.clone());
        let has_quotation = !quotes::quotations(text, &block.range).is_empty();
        if found.is_empty() && !has_quotation {
            continue;
        }
        // Superscripts saved as digits, and numbers in parentheses, end
        // their sentences too.
        let only_found: Vec<Range<usize>> = found
            .iter()
            .filter(|m| {
                text.as_bytes()
                    .get(m.range.start)
                    .is_some_and(|&b| b.is_ascii_digit() || b == b'(')
            })
            .map(|m| m.range.clone())
            .collect();
        let spans = sentences::sentences_around(text, block.range.clone(), &only_found);
        if has_quotation {
            quoted.push(b, &spans);
        }
        for m in found {
            let sentence =
                sentences::sentence_at(&spans, m.range.start).unwrap_or_else(|| block.range.clone());
            markers.push(Marker {
                targets: smallvec::SmallVec::new(),
                range: m.range,
                labels: m.labels,
                sentence,
                block: b,
            });
        }
    }
    (markers, quoted)
}

/// Links markers to the references they cite and, at [`Depth::Full`],
/// resolves ibids, duplicates and source keys: the last step of every
/// format's parser.
#[must_use]
pub fn link(mut article: Article, depth: Depth) -> Article {
    let by_label = label_index(&article.references);
    for marker in &mut article.markers {
        marker.targets = marker
            .labels
            .iter()
            .map(|l| by_label.get(l.as_str()).copied())
            .collect();
    }
    if depth == Depth::Full {
        inherit_repeated_authors(&article.text, &mut article.references);
        resolve::resolve(&mut article.references, &article.markers);
    }
    article
}

/// Gives an entry that opens with a dash or `Idem` for its author (`---.
/// Title`, `———. 1836.`, `Id., Title`) the authors of the entry above it
/// that is no ibid.
fn inherit_repeated_authors(text: &str, references: &mut [Reference]) {
    for i in 1..references.len() {
        let opens_with_dash = text
            .get(references[i].body.clone())
            .is_some_and(reflist::repeats_the_author);
        let repeat = references[i].fields.repeat.is_some();
        if opens_with_dash && !repeat && references[i].fields.authors.is_empty() {
            // Past the ibids between (`Ivi, p. 12.` then `Id., Title`).
            let Some(above) = references[..i].iter().rev().find(|r| r.fields.repeat.is_none()) else {
                continue;
            };
            let authors = above.fields.authors.clone();
            references[i].fields = EntryFields::new(fields::Fields {
                authors,
                ..(*references[i].fields).clone()
            });
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_entry_opening_with_a_dash_has_the_authors_of_the_one_above() {
        let a = super::parse(
            "a.txt",
            "T\n\nOne.[1] Two.[2] Three.[3]\n\nWorks Cited\n\n\
             1. Mearsheimer, John J., and Stephen M. Walt. \"The Israel Lobby.\" London Review of Books, 23 Mar. 2006.\n\
             2. ---. The Israel Lobby and U.S. Foreign Policy. Farrar, Straus and Giroux, 2007.\n\
             3. ———. \"A Reply.\" London Review of Books, 2006.\n"
                .into(),
        );
        let authors: Vec<&[String]> = a.references.iter().map(|r| r.fields.authors.as_slice()).collect();
        let both = ["Mearsheimer, John J.".to_owned(), "Walt, Stephen M.".to_owned()];
        assert_eq!(authors, [&both[..], &both[..], &both[..]]);
    }

    #[test]
    fn idem_before_a_title_has_the_authors_of_the_work_above_its_ibids() {
        let a = super::parse(
            "a.txt",
            "T\n\nOne.[1] Two.[2] Three.[3] Four.[4]\n\nNote\n\n\
             1. Mauro Canali, Il delitto Matteotti, Bologna, il Mulino, 2004, p. 97.\n\
             2. Ivi, p. 153.\n\
             3. Id., Le spie del regime, Bologna, il Mulino, 2004.\n\
             4. Idem. Another Work. Roma, Laterza, 2010.\n"
                .into(),
        );
        let authors: Vec<&[String]> = a.references.iter().map(|r| r.fields.authors.as_slice()).collect();
        let canali = ["Canali, Mauro".to_owned()];
        assert_eq!(authors, [&canali[..], &[], &canali[..], &canali[..]]);
        let repeated: Vec<usize> = (0..4).map(|i| a.resolved(i)).collect();
        assert_eq!(repeated, [0, 0, 2, 3]);
    }

    #[test]
    fn a_short_note_repeats_the_bibliographys_work_of_its_author_and_year() {
        let text = "Title\n\nOne.[1] Two.[2]\n\nNotes\n\n1. Alpha 2001, 12.\n2. Alpha 2003, 9.\n\nBibliography\n\nAlpha, Ann (2001). One. Press.\nAlpha, Ann (2003). Two. Press.\n";
        let a = super::parse("a.txt", text.into());
        let repeated: Vec<&str> = (0..2)
            .map(|i| a.references[a.resolved(i)].label.as_str())
            .collect();
        assert_eq!(repeated, ["Alpha 2001", "Alpha 2003"]);
        assert!(a.references.iter().all(|r| r.duplicate_of.is_none()));
    }

    #[test]
    fn an_alphabetical_bibliography_cited_by_author_and_year_is_not_what_1_cites() {
        let list = "Bibliography\n\nBrier, Glenn W., 1950, “Verification of Forecasts”, Monthly Weather Review, 78(1): 1–3.\nPettigrew, Richard, 2016, Accuracy and the Laws of Credence, Oxford: Oxford University Press.\n";
        let text = format!(
            "Credences\n\nBrier (1950) scored forecasts, and Pettigrew (2016) has argued more.[1]\n\n{list}"
        );
        let a = super::parse("a.txt", text.into());
        let labels: Vec<&str> = a.references.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["Brier 1950", "Pettigrew 2016"]);
        assert_eq!(a.markers[0].targets[0], None, "note 1 is kept elsewhere");
        // A body that cites only by number keeps the entries numbered (a
        // numbered list whose numbers were lost in the copy).
        let text = format!("Credences\n\nForecasts were scored.[1] Accuracy matters.[2]\n\n{list}");
        let a = super::parse("a.txt", text.into());
        assert_eq!(a.markers[0].targets[0], Some(0));
        // Nor does one that names the authors and years but cites every
        // entry by number.
        let text = format!(
            "Credences\n\nBrier (1950) scored forecasts.[1] Pettigrew (2016) weighs accuracy.[2]\n\n{list}"
        );
        let a = super::parse("a.txt", text.into());
        assert_eq!(a.markers[1].targets[0], Some(1));
    }

    #[test]
    fn two_lettered_notes_on_one_work_are_no_duplicates() {
        let text = "Cholera\n\nIt killed 616.[1][a] Snow mapped it.[1][b]\n\nNotes\n\na. ^ Snow, John (1855). On the Mode of Communication of Cholera, p. 48. Other counts differ.\nb. ^ Snow, John (1855). On the Mode of Communication of Cholera, p. 97. The map was redrawn.\n\nReferences\n\n1. ^ Johnson, Steven (2006). The Ghost Map. New York: Riverhead.\n";
        let a = super::parse("a.txt", text.into());
        assert_eq!(a.references.len(), 3);
        assert!(a.references.iter().all(|r| r.duplicate_of.is_none()));
    }

    #[test]
    fn notes_whose_labels_stand_alone_over_their_text_stay_whole_before_a_comment_that_cites() {
        // LessWrong's notes copy as `^`, a blank line, the text; a comment
        // under them cites its own `[1]`.
        let text = "A post\n\nGalton measured an ox.[1] Brier scored forecasts.[2]\n\nFootnotes\n^\n\nGalton, F. (1907). Vox populi. Nature, 75.\n\n^\n\nBrier, G. W. (1950). Verification of forecasts.\n\nNice post, see also the paperback.[1]\n";
        let a = super::parse("a.txt", text.into());
        let entries: Vec<&str> = a.references.iter().map(|r| a.slice(&r.body)).collect();
        assert_eq!(entries.len(), 2, "{entries:?}");
        assert!(entries[0].starts_with("Galton, F. (1907)"), "{entries:?}");
        assert!(entries[1].starts_with("Brier, G. W. (1950)"), "{entries:?}");
    }

    #[test]
    fn markers_numbered_again_for_each_chapter_cite_that_chapters_notes() {
        let text = "Title\n\nWorster argued.\u{b9} Cunfer agreed.\u{b2}\n\nPart two.\n\nEgan wrote.\u{b9} Gregory showed.\u{b2} Again.\u{b2}\n\nNotes\n\n1. Worster, Dust Bowl, 4.\n2. Cunfer, On the Great Plains, 145.\n\n1. Egan, The Worst Hard Time, 198.\n2. Gregory, American Exodus, 11.\n";
        let a = super::parse("a.txt", text.into());
        let labels: Vec<&str> = a.markers.iter().map(|m| m.labels[0].as_str()).collect();
        assert_eq!(labels, ["1", "2", "2.1", "2.2", "2.2"]);
        let cited: Vec<Option<usize>> = a.markers.iter().map(|m| m.targets[0]).collect();
        assert_eq!(cited, [Some(0), Some(1), Some(2), Some(3), Some(3)]);
    }

    use super::*;

    #[test]
    fn notes_at_the_foot_of_each_page_are_one_list_and_the_body_resumes_under_them() {
        let text = "A Report on Wells\n\nThe survey counted 40 wells. [1] Half were dry by\nAugust. [2]\n\n[1] Roe, Jane, Wells of the Plain, Harbor Press, 2001.\n[2] Doe, John, Dry Seasons, 14 May 2019.\n\n                    1\n\u{c}The pumps failed next. [3] The council\npaid for repairs.\n[4] Roe, Jane, as above, found the same in 2004.\n\n[3] Poe, Ann, Pumps and Councils, 2010.\n[4] Ibid., p. 9.\n\n                    2\n";
        let a = parse("a.txt", text.into());
        let labels: Vec<&str> = a.references.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "3", "4"]);
        // Every marker cites its note, the one on a line of its own too,
        // and the body under the first page's notes is body.
        let cited: Vec<Option<usize>> = a.markers.iter().map(|m| m.targets[0]).collect();
        assert_eq!(cited, [Some(0), Some(1), Some(2), Some(3)]);
        assert!(
            a.blocks
                .iter()
                .any(|b| a.slice(&b.range).starts_with("The pumps failed"))
        );
        // No page number is part of a note.
        assert!(
            a.references.iter().all(|r| !a.slice(&r.range).contains("  ")),
            "{labels:?}"
        );
        assert_eq!(a.references[3].ibid_of, Some(2));
        // A numbered heading atop each page that no text above cites is a
        // heading, not a note: the list stays the one at the end.
        let headings = "Wells\n\nIntro text.\n\n1. Wells in the plain\nThe survey counted wells.[1]\n\n                    1\n\u{c}2. Pumps\nThe pumps failed.[2]\n\n                    2\n\u{c}Notes\n\n1. Roe, Jane, Wells of the Plain, Harbor Press, 2001.\n2. Doe, John, Dry Seasons, 2019.\n";
        let a = parse("a.txt", headings.into());
        let entries: Vec<&str> = a.references.iter().map(|r| a.slice(&r.body)).collect();
        assert_eq!(entries.len(), 2, "{entries:?}");
        assert!(entries[0].starts_with("Roe, Jane"), "{entries:?}");
    }

    #[test]
    fn bare_numbered_notes_at_the_foot_of_each_page_under_superscripts_are_one_list() {
        // As `pdftotext` leaves a scanned journal: superscript markers,
        // notes numbered bare, an archive's stamp and a running head.
        let stamp = "This content downloaded from 10.0.0.1 on Thu, 14 Mar 2019 10:22:41 UTC\nAll use subject to https://about.jstor.org/terms\n";
        let text = format!(
            "On Forgery\n\nValla wrote in 1440.\u{b9} Coleman translated it.\u{b2}\n\n\
             1 Valla, Lorenzo, De falso credita (Weimar, 1976), 1.\n2 Coleman, Christopher B., The Treatise of Lorenzo Valla (New Haven, 1922), 1.\n\n{stamp}\
             \u{c}212 JOURNAL OF LETTERS\n\nGrafton surveyed forgers.\u{b3} Levine compared Pecock.\u{2074}\n\n\
             3 Grafton, Anthony, Forgers and Critics (Princeton, 1990), 24.\n4 Levine, Joseph M., Humanism and History (Ithaca, 1987), 118.\n\n{stamp}"
        );
        let a = parse("a.txt", text.into());
        let labels: Vec<&str> = a.references.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "3", "4"]);
        let cited: Vec<Option<usize>> = a.markers.iter().map(|m| m.targets[0]).collect();
        assert_eq!(cited, [Some(0), Some(1), Some(2), Some(3)]);
        assert!(
            a.blocks
                .iter()
                .any(|b| a.slice(&b.range).starts_with("Grafton surveyed"))
        );
    }

    #[test]
    fn each_chapters_notes_numbered_from_1_are_a_part_of_the_list() {
        let text = "A Report\n\nChapter 1: Background\n\nRoe counted the wells.[1] Doe measured the rain.[2]\n\n\
                    Notes\n\n1. Roe, Jane, Wells of the Plain (London: Harbor Press, 2001), 4.\n\
                    2. Doe, John, Rain and Drought (Boston: Beacon, 2003), 9.\n\n\
                    Chapter 2: Findings\n\nPoe found the pumps failed.[1] Lee repaired them.[2] Kim paid.[3]\n\n\
                    Notes\n\n1. Poe, Ann, Pumps and Councils (Leeds: Moor, 2010), 3.\n\
                    2. Lee, Sam, Repairs (York: Minster, 2012), 5.\n\n\
                    Page 7                     GAO-25-41  Water Report\n\
                    3. Kim, Dae, Paying for Water (Hull: Humber, 2014), 7.\n\n\
                    Appendix I: Methods\n\nWe read the ledgers of every town on the plain and spoke with the clerks who kept them. \
                    The ledgers ran from 1990 to 2010 and were complete for all but two of the towns that we visited in the \
                    course of the two summers that the work took.\n\n\
                    The clerks answered our questions in writing, and we checked each answer against the ledgers themselves \
                    before we used it in the report, as the office requires for every study of its kind, and as the clerks \
                    themselves asked us to do when we first wrote to them.\n";
        let a = parse("a.txt", text.into());
        let labels: Vec<&str> = a.references.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "2.1", "2.2", "2.3"]);
        let cited: Vec<Option<usize>> = a.markers.iter().map(|m| m.targets[0]).collect();
        assert_eq!(cited, [Some(0), Some(1), Some(2), Some(3), Some(4)]);
        // The page's footer does not end the chapter's notes, nor is the
        // appendix a note.
        assert!(a.slice(&a.references[4].body).starts_with("Kim, Dae"));
        // Markers cite the part of the chapter they stand in, whatever
        // number they open with.
        let grouped = text.replace(
            "Poe found the pumps failed.[1] Lee repaired them.[2]",
            "Poe and Lee found the pumps failed.[1, 2]",
        );
        let a = parse("a.txt", grouped.into());
        let cited: Vec<Vec<Option<usize>>> = a.markers.iter().map(|m| m.targets.to_vec()).collect();
        assert_eq!(
            cited,
            [
                vec![Some(0)],
                vec![Some(1)],
                vec![Some(2), Some(3)],
                vec![Some(4)]
            ]
        );
        assert!(
            a.blocks
                .iter()
                .any(|b| a.slice(&b.range).starts_with("We read the ledgers"))
        );
    }

    #[test]
    fn a_books_notes_in_brackets_under_its_paragraphs_are_its_list() {
        let text = "STUDIES IN THE GEORGICS\n\nServius tells the story of Gallus.[1] Sellar doubts it.[2]\n\n\
                    [Footnote 1: Servius on _Georg._ iv. 1, ed. Thilo and Hagen (Leipzig:\nTeubner, 1887).]\n\n\
                    [Footnote 2: W. Y. Sellar, _The Roman Poets of the Augustan Age_\n(Oxford, 1877), p. 248.]\n\n\
                    The bees are born from an ox, the [Greek: bougonia].[3]\n\n\
                    [Footnote 3: _Ibid._, p. 250, on the [Greek: bougonia].]\n\nThe end of the book.\n";
        let a = parse("a.txt", text.into());
        let notes: Vec<&str> = a.references.iter().map(|r| a.slice(&r.body)).collect();
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes[1].ends_with("p. 248."), "{notes:?}");
        assert!(notes[2].ends_with("[Greek: bougonia]."), "{notes:?}");
        assert_eq!(a.references[2].ibid_of, Some(1));
        let cited: Vec<Option<usize>> = a.markers.iter().map(|m| m.targets[0]).collect();
        assert_eq!(cited, [Some(0), Some(1), Some(2)]);
        // The paragraphs between the notes are the body.
        for paragraph in ["The bees are born", "The end of the book."] {
            assert!(
                a.blocks.iter().any(|b| a.slice(&b.range).starts_with(paragraph)),
                "{paragraph}"
            );
        }
    }

    #[test]
    fn plain_digits_after_a_sentence_are_markers_only_where_no_other_markers_are() {
        let list = "\n\nNotes\n1. Roe, Jane. First. Press, 2001.\n2. Doe, John. Second. Press, 2002.\n";
        let labels = |body: &str| -> Vec<String> {
            let a = parse("a.txt", format!("Title\n\n{body}{list}").into());
            a.markers.iter().map(|m| a.slice(&m.range).to_string()).collect()
        };
        assert_eq!(labels("Roe said so.1 Doe said so.2"), ["1", "2"]);
        assert_eq!(labels("Roe said so.[1] Doe said so.2"), ["[1]"]);
        // Citations in parentheses, where the article has no other markers;
        // a number no entry has is not one.
        assert_eq!(
            labels("Roe said so (1). Both agreed (1, 2), in 2001 (n = 40) and (7)."),
            ["(1)", "(1, 2)"]
        );
    }

    #[test]
    fn a_footnote_definition_at_a_line_start_makes_text_markdown() {
        assert_eq!(
            detect_format("a.txt", "Title\n\nText.[^1]\n\n[^1]: Roe, Jane.\n"),
            Format::Markdown
        );
        assert_eq!(
            detect_format("a.txt", "[^a]: First line.\r\nMore."),
            Format::Markdown
        );
        assert_eq!(detect_format("a.md", "No notes at all."), Format::Markdown);
        // `[^` inside a line, or without `]:` after the label, is not one.
        assert_eq!(
            detect_format("a.txt", "Text [^1]: not at a line start.\n"),
            Format::Plain
        );
        assert_eq!(
            detect_format("a.txt", "[^]: empty label\n[^1] no colon\n"),
            Format::Plain
        );
        assert_eq!(
            detect_format("a.txt", "[^1\n]: split across lines\n"),
            Format::Plain
        );
    }

    #[test]
    fn blocks_with_a_quotation_keep_the_sentences_a_fresh_split_gives() {
        let text = "Title\n\nShe said “It is over. Done.” Then left.[1] More.\n\nNo quotes here.[1]\n\n“Alone.” And more.\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n";
        let article = parse("a.txt", text.into());
        let mut with_quotes = 0;
        for (b, block) in article.blocks.iter().enumerate() {
            let fresh = sentences::sentences(&article.text, block.range.clone());
            let has_quotation = !quotes::quotations(&article.text, &block.range).is_empty();
            match article.quoted_sentences.of(b) {
                Some(kept) => {
                    with_quotes += 1;
                    assert_eq!(kept, &fresh[..]);
                }
                None => assert!(!has_quotation, "block {b} has a quotation"),
            }
        }
        assert_eq!(with_quotes, 2);
    }
}
