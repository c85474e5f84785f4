//! A first screen before the whole article is read: the article's beginning
//! and its end (its last paragraphs and the reference list), parsed as an
//! outline, in a few milliseconds whatever the file's size.
//!
//! Owns: choosing and reading the two ends (the reference list is found
//! from the end of the file, reading more of it until the list's start is
//! inside), and mapping a place in the preview back to the whole article.
//! Must not: check citations or draw; the reader swaps the preview for the
//! whole article when that is read.

use std::path::Path;

use crate::article::{Article, Format};
use crate::load::{ArticleFile, LoadError};
use crate::parse::reflist::entry_label;
use crate::parse::{Depth, detect_format, is_footnote_definition, parse_to, plain};

/// Bytes of the article's beginning in a preview.
const HEAD_BYTES: usize = 16 * 1024;

/// Bytes of the end read first when looking for the reference list; grown
/// fourfold until the list's start is inside, up to [`LARGEST_TAIL`].
const FIRST_TAIL: usize = 256 * 1024;

/// The most of the end read for a preview.
const LARGEST_TAIL: usize = 16 * 1024 * 1024;

/// Bytes of body text kept before the reference list, for the last screen.
const BODY_BEFORE_LIST: usize = 8 * 1024;

/// An outline of an article's two ends.
#[derive(Debug)]
pub struct Preview {
    pub article: Article,
    pub map: PreviewMap,
    /// The file's size in bytes.
    pub file_len: u64,
}

/// Where a preview's text comes from in the whole article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreviewMap {
    /// The preview's text before this offset is the article's beginning.
    head_end: usize,
    /// The preview's text from this offset is the article's end.
    tail_start: usize,
    /// The preview's length.
    len: usize,
    /// Whether the preview holds the whole article.
    pub whole: bool,
}

/// A preview whose file is open and found to be text, and whose beginning
/// is read when it is large; [`PendingPreview::finish`] reads the rest and
/// parses it.
#[derive(Debug)]
pub struct PendingPreview {
    file: ArticleFile,
    name: String,
    /// The article's beginning, for a file too large to preview whole.
    head: Option<String>,
}

impl Preview {
    /// Reads the preview of the article at `path`, named `name`.
    ///
    /// # Errors
    /// A missing, unreadable or binary file.
    pub fn read(path: &Path, name: &str) -> Result<Preview, LoadError> {
        Preview::begin(path, name)?.finish()
    }

    /// Opens the article at `path`, named `name`, and reads its beginning,
    /// so that a missing, unreadable or binary file is known at once,
    /// before the terminal changes.
    ///
    /// # Errors
    /// A missing, unreadable or binary file.
    pub fn begin(path: &Path, name: &str) -> Result<PendingPreview, LoadError> {
        let mut file = ArticleFile::open(path)?;
        let small = file.len() <= (HEAD_BYTES + FIRST_TAIL) as u64;
        let head = if small { None } else { file.head(HEAD_BYTES)? };
        if head.is_none() {
            file.refuse_binary()?;
        }
        Ok(PendingPreview {
            file,
            name: name.to_owned(),
            head,
        })
    }
}

impl PendingPreview {
    /// Reads the rest (a small file whole, a large one's end) and parses
    /// the outline, on the caller's thread: the reader sets the terminal up
    /// on another meanwhile.
    ///
    /// # Errors
    /// The file could not be read after it was opened.
    pub fn finish(self) -> Result<Preview, LoadError> {
        let PendingPreview { mut file, name, head } = self;
        let file_len = file.len();
        let Some(head) = head else {
            let loaded = file.whole()?;
            let len = loaded.text.len();
            return Ok(Preview {
                file_len,
                article: parse_to(&name, loaded.text, Depth::Outline),
                map: PreviewMap {
                    head_end: len,
                    tail_start: len,
                    len,
                    whole: true,
                },
            });
        };
        let tail = read_tail(&mut file, &name)?;
        Ok(two_ends(&name, &head, &tail, file_len))
    }
}

/// The preview of a file `file_len` bytes long from its `head` and `tail`,
/// with a paragraph between them saying how much is still being read.
fn two_ends(name: &str, head: &str, tail: &str, file_len: u64) -> Preview {
    let missing = file_len.saturating_sub((head.len() + tail.len()) as u64);
    let gap = format!(
        "{}\n⋯ the middle of the article ({}) is still being read ⋯\n\n",
        if head.ends_with('\n') { "" } else { "\n" },
        human_size(missing)
    );
    let mut text = String::with_capacity(head.len() + gap.len() + tail.len());
    text.push_str(head);
    let head_end = text.len();
    text.push_str(&gap);
    let tail_start = text.len();
    text.push_str(tail);
    Preview {
        file_len,
        map: PreviewMap {
            head_end,
            tail_start,
            len: text.len(),
            whole: false,
        },
        article: parse_to(name, text.into(), Depth::Outline),
    }
}

impl PreviewMap {
    /// The offset in the whole article, `full_len` bytes long, of offset `at`
    /// of the preview; a place in the missing middle maps to the end's start.
    #[must_use]
    pub fn full_offset(&self, at: usize, full_len: usize) -> usize {
        if at < self.head_end || self.whole {
            return at.min(full_len);
        }
        let from_end = self.len.saturating_sub(at.max(self.tail_start));
        full_len.saturating_sub(from_end)
    }
}

/// The end of the article: its reference list and the body text just
/// before it. Markdown footnote definitions start the list where there are
/// any; else the end is read in growing pieces until the list the plain
/// layout finds starts after the piece's first byte.
fn read_tail(file: &mut ArticleFile, name: &str) -> Result<String, LoadError> {
    let mut max = FIRST_TAIL;
    loop {
        let mut tail = file.tail(max)?;
        let definitions = (detect_format(name, &tail) == Format::Markdown)
            .then(|| first_definition(&tail))
            .flatten();
        if let Some(start) = definitions {
            let cut = start_between(&tail, start.saturating_sub(BODY_BEFORE_LIST), start);
            tail.drain(..cut);
            return Ok(tail);
        }
        let whole_file = max as u64 >= file.len();
        let list_start = if whole_file {
            plain::reference_list_start(&tail)
        } else {
            plain::reference_list_start_in_end(&tail)
        };
        match list_start {
            Some(start) if start > 0 || whole_file => {
                let cut = start_between(&tail, start.saturating_sub(BODY_BEFORE_LIST), start);
                tail.drain(..cut);
                return Ok(tail);
            }
            // Only a piece that is all entries can be inside a longer list;
            // with no list, the last paragraphs are the end.
            _ if max >= LARGEST_TAIL || whole_file || !mostly_entries(&tail) => {
                let cut = start_between(&tail, tail.len().saturating_sub(BODY_BEFORE_LIST), tail.len());
                tail.drain(..cut);
                return Ok(tail);
            }
            _ => max *= 4,
        }
    }
}

/// The offset of the first Markdown footnote definition line in `text`.
fn first_definition(text: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if is_footnote_definition(line) {
            return Some(at);
        }
        at += line.len();
    }
    None
}

/// Whether most non-blank lines of `text` start like reference entries
/// (`[12]`, `12.`, `^`): a piece of a reference list.
fn mostly_entries(text: &str) -> bool {
    let (entries, lines) =
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .fold((0usize, 0usize), |(entries, lines), l| {
                (
                    entries + usize::from(entry_label(l.trim_start()).is_some()),
                    lines + 1,
                )
            });
    lines > 0 && entries * 2 >= lines
}

/// Where to start a piece of `text` that must begin at or after `from` and
/// no later than `to`: the first paragraph start (after a blank line) in
/// that span, else the first word start (a one-line article), else `from`
/// (on a character boundary).
fn start_between(text: &str, from: usize, to: usize) -> usize {
    if from.min(to) == 0 {
        return 0;
    }
    let from = text.floor_char_boundary(from.min(to));
    let span = text.get(from..to).unwrap_or_default();
    span.find("\n\n")
        .map(|i| from + i + 2)
        .or_else(|| span.find(' ').map(|i| from + i + 1))
        .unwrap_or(from)
}

/// `bytes` as a size a reader takes in at a glance (`95 MB`, `640 kB`).
#[must_use]
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{} MB", b / 1_000_000),
        b if b >= 1_000 => format!("{} kB", b / 1_000),
        b => format!("{b} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::BlockKind;

    fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn a_small_article_is_previewed_whole() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Title\n\nA claim.[1]\n\nReferences\n\n[1] Smith, J. A book. 2001.\n";
        let preview = Preview::read(&write(&dir, "a.txt", text), "a.txt").unwrap();
        assert!(preview.map.whole);
        assert_eq!(preview.article.text, text);
        assert_eq!(preview.article.markers.len(), 1);
        assert_eq!(preview.article.references.len(), 1);
        assert_eq!(preview.map.full_offset(12, text.len()), 12);
    }

    #[test]
    fn a_large_article_shows_its_beginning_and_its_whole_reference_list() {
        let dir = tempfile::tempdir().unwrap();
        let text = crate::synthetic::article(3_000_000, 1);
        let path = write(&dir, "big.txt", &text);
        let preview = Preview::read(&path, "big.txt").unwrap();
        let full = crate::parse::parse("big.txt", text.clone().into());
        assert!(!preview.map.whole);
        assert!(preview.article.text.len() < 1_000_000);
        assert_eq!(preview.article.title_text(), full.title_text());
        let labels = |a: &Article| a.references.iter().map(|r| r.label.clone()).collect::<Vec<_>>();
        assert_eq!(labels(&preview.article), labels(&full));
        // The first and the last marker are where the whole article has them.
        for marker in [preview.article.markers.first(), preview.article.markers.last()] {
            let marker = marker.unwrap();
            let at = preview.map.full_offset(marker.range.start, text.len());
            assert!(
                full.markers
                    .iter()
                    .any(|m| m.range.start == at && m.labels == marker.labels)
            );
        }
        assert!(preview.article.text.contains("is still being read"));
    }

    #[test]
    fn a_large_windows_1252_article_previews_as_the_whole_reads() {
        let dir = tempfile::tempdir().unwrap();
        let text = crate::synthetic::article(3_000_000, 1)
            .replacen("A Synthetic Article", "Caf\u{e9} Society", 1)
            .replace("Journal of Examples", "Journal des Exemples \u{e0} \u{c9}tudier");
        let latin: Vec<u8> = text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap())
            .collect();
        let path = dir.path().join("latin.txt");
        std::fs::write(&path, latin).unwrap();
        let preview = Preview::read(&path, "latin.txt").unwrap();
        let whole = crate::load::load_file(&path).unwrap();
        assert!(whole.legacy_8bit);
        assert_eq!(whole.text, text);
        let full = crate::parse::parse("latin.txt", whole.text);
        assert_eq!(preview.article.title_text(), Some("Café Society"));
        let entries = |a: &Article| {
            a.references
                .iter()
                .map(|r| a.slice(&r.range).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(entries(&preview.article), entries(&full));
        assert!(entries(&full).iter().any(|e| e.contains("Exemples à Étudier")));
    }

    #[test]
    fn a_one_line_article_previews_the_start_of_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let line = "A sentence of the long line.[1] ".repeat(40_000);
        let text = format!("Title\n\n{line}\n\nReferences\n[1] Roe, Jane. A book. 2001.\n");
        let preview = Preview::read(&write(&dir, "line.txt", &text), "line.txt").unwrap();
        let article = &preview.article;
        let first = article
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)
            .unwrap();
        assert_eq!(first.range.start, "Title\n\n".len());
        assert!(first.range.len() > HEAD_BYTES / 2, "{:?}", first.range);
        assert!(article.slice(&first.range).starts_with("A sentence"));
        assert_eq!(article.references.len(), 1);
    }

    #[test]
    fn a_list_longer_than_the_first_piece_read_is_found_whole() {
        let dir = tempfile::tempdir().unwrap();
        let body = "A claim that needs a source.[1] Another one.[9000]\n\n".repeat(40_000);
        let list: String = (1..=9000)
            .map(|n| format!("[{n}] Roe, Jane. A Book About Sources, Volume {n}. London: Press, 2001.\n"))
            .collect();
        assert!(list.len() > FIRST_TAIL);
        let text = format!("Title\n\n{body}References\n\n{list}");
        let preview = Preview::read(&write(&dir, "long.txt", &text), "long.txt").unwrap();
        assert!(!preview.map.whole);
        assert_eq!(preview.article.references.len(), 9000);
        assert!(
            preview
                .article
                .markers
                .iter()
                .any(|m| m.targets.contains(&Some(8999)))
        );
    }

    #[test]
    fn without_a_list_the_end_is_its_last_paragraphs() {
        let dir = tempfile::tempdir().unwrap();
        let text = format!(
            "Title\n\n{}",
            "A paragraph with no sources at all.\n\n".repeat(100_000)
        );
        let preview = Preview::read(&write(&dir, "plain.txt", &text), "plain.txt").unwrap();
        assert!(preview.article.references.is_empty());
        assert!(preview.article.text.len() < HEAD_BYTES + BODY_BEFORE_LIST + 200);
        assert!(preview.article.text.ends_with("no sources at all.\n\n"));
    }

    #[test]
    fn an_article_all_on_one_line_keeps_its_inline_reference_list() {
        let dir = tempfile::tempdir().unwrap();
        let line = "A sentence of the long line.[1] ".repeat(40_000);
        let list: String = (1..=400)
            .map(|n| format!("[{n}] Roe, Jane. Book {n}. 2001. "))
            .collect();
        let text = format!("{line}References: {list}\n");
        assert_eq!(
            crate::parse::parse("one.txt", text.clone().into())
                .references
                .len(),
            400
        );
        let preview = Preview::read(&write(&dir, "one.txt", &text), "one.txt").unwrap();
        assert!(!preview.map.whole);
        assert_eq!(
            preview.article.references.len(),
            400,
            "{}",
            &preview.article.text[..200]
        );
        let last = preview.article.markers.last().unwrap();
        assert_eq!(last.targets.first(), Some(&Some(0)));
        let at = preview.map.full_offset(last.range.start, text.len());
        assert_eq!(&text[at..at + 3], "[1]");
    }

    #[test]
    fn a_large_markdown_article_keeps_its_footnote_definitions() {
        let dir = tempfile::tempdir().unwrap();
        let body: String = (0..60_000)
            .map(|i| format!("Paragraph {i} makes a claim.[^{}] More text.\n\n", i % 300 + 1))
            .collect();
        let definitions: String = (1..=300)
            .map(|n| format!("[^{n}]: Roe, Jane. Book {n}. 2001.\n"))
            .collect();
        let text = format!("# A Title\n\n{body}{definitions}");
        let preview = Preview::read(&write(&dir, "big.md", &text), "big.md").unwrap();
        assert!(
            preview.article.text.len() < 64 * 1024,
            "{}",
            preview.article.text.len()
        );
        assert_eq!(preview.article.references.len(), 300);
        assert_eq!(preview.article.title_text(), Some("A Title"));
        assert!(
            preview
                .article
                .markers
                .iter()
                .all(|m| m.targets.iter().all(Option::is_some))
        );
    }

    #[test]
    fn the_middle_maps_to_the_start_of_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let text = crate::synthetic::article(3_000_000, 2);
        let preview = Preview::read(&write(&dir, "big.txt", &text), "big.txt").unwrap();
        let middle = preview.map.head_end + 5;
        let mapped = preview.map.full_offset(middle, text.len());
        assert_eq!(&text[mapped..], &preview.article.text[preview.map.tail_start..]);
    }

    #[test]
    fn binary_and_missing_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = vec![0u8; 10];
        bytes.extend(std::iter::repeat_n(b'a', 2_000_000));
        let path = dir.path().join("x.txt");
        std::fs::write(&path, bytes).unwrap();
        assert!(matches!(Preview::read(&path, "x.txt"), Err(LoadError::Binary(_))));
        assert!(matches!(
            Preview::read(&dir.path().join("none.txt"), "none.txt"),
            Err(LoadError::NotFound(_))
        ));
    }
}
