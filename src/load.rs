//! Reading articles from disk: decoding bytes into text and expanding folders.
//!
//! Owns: UTF-8 (BOM skipped, invalid bytes replaced and counted), UTF-16 with a
//! BOM, Windows-1252 for a file that is not UTF-8 from its start, line-end
//! normalisation (CRLF becomes LF, and so does CR in a file of old Mac
//! line ends, so line numbers match what an editor shows), refusal of binary files, and the list of
//! articles in a folder. A large file that needs none of this decoding is
//! mapped rather than read ([`Text::map_clean`]). Must not: parse or
//! interpret the text.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::article::Text;

/// How much of a file is looked at to decide that it is binary.
const BINARY_SNIFF_LEN: usize = 8 * 1024;

/// Why a path could not be read as an article. Each message is one sentence
/// naming the path and what to do.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: no such file or folder; check the path")]
    NotFound(PathBuf),
    #[error("{path}: cannot be read ({source}); check its permissions")]
    Unreadable { path: PathBuf, source: std::io::Error },
    #[error("{0}: is a binary file, not an article; ibid reads plain text (.txt) and Markdown (.md)")]
    Binary(PathBuf),
    #[error("{0}: holds no .txt or .md articles; give a file or a folder of articles")]
    EmptyFolder(PathBuf),
}

/// An article's text as loaded, with what decoding had to repair.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub text: Text,
    /// Number of invalid byte sequences replaced by U+FFFD.
    pub replaced: usize,
    /// 1-based line of the first replacement.
    pub first_replaced_line: Option<usize>,
    /// Whether the file was not UTF-8 from its start and was read as
    /// Windows-1252.
    pub legacy_8bit: bool,
}

impl Loaded {
    /// The one-line warning to print when the file was read as
    /// Windows-1252 or decoding replaced bytes.
    #[must_use]
    pub fn decode_warning(&self) -> Option<String> {
        if self.legacy_8bit {
            return Some(format!(
                "{}:1: not UTF-8, read as Windows-1252 (Latin-1); save the file as UTF-8 if any character looks wrong",
                self.path.display()
            ));
        }
        let line = self.first_replaced_line?;
        Some(format!(
            "{}:{line}: {} invalid UTF-8 sequence{} replaced with U+FFFD; save the file as UTF-8 to keep every character",
            self.path.display(),
            self.replaced,
            if self.replaced == 1 { "" } else { "s" }
        ))
    }
}

/// Reads one article file.
///
/// # Errors
/// A missing, unreadable or binary file.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    ArticleFile::open(path)?.whole()
}

/// An article file open for reading its two ends before the whole of it:
/// the first screen of a large article comes from its beginning and its
/// reference list at the end.
#[derive(Debug)]
pub struct ArticleFile {
    path: PathBuf,
    file: std::fs::File,
    len: u64,
    /// Whether the file is read as Windows-1252, once its start was read.
    legacy_8bit: Option<bool>,
}

impl ArticleFile {
    /// Opens `path`.
    ///
    /// # Errors
    /// A missing or unreadable file.
    pub fn open(path: &Path) -> Result<ArticleFile, LoadError> {
        let unreadable = |source: std::io::Error| match source.kind() {
            ErrorKind::NotFound => LoadError::NotFound(path.to_path_buf()),
            _ => LoadError::Unreadable {
                path: path.to_path_buf(),
                source,
            },
        };
        let file = std::fs::File::open(path).map_err(unreadable)?;
        let len = file.metadata().map_err(unreadable)?.len();
        Ok(ArticleFile {
            path: path.to_path_buf(),
            file,
            len,
            legacy_8bit: None,
        })
    }

    /// The file's size in bytes.
    #[must_use]
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether the file is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Fails on a binary file, judged from its first bytes as [`decode`]
    /// judges the whole: before a file is read whole, so that the reader
    /// knows before the terminal changes.
    ///
    /// # Errors
    /// An unreadable or binary file.
    pub fn refuse_binary(&mut self) -> Result<(), LoadError> {
        let start = self.read_at(0, BINARY_SNIFF_LEN)?;
        if !starts_with_utf16_bom(&start) && looks_binary(&start) {
            return Err(LoadError::Binary(self.path.clone()));
        }
        Ok(())
    }

    /// The whole file, to its end, decoded; a large file that needs no
    /// decoding is mapped instead of read ([`Text::map_clean`]).
    ///
    /// # Errors
    /// An unreadable or binary file.
    pub fn whole(mut self) -> Result<Loaded, LoadError> {
        if self.len >= crate::article::MAP_FROM_BYTES {
            // Refused before it is mapped, as `decode` refuses one read.
            self.refuse_binary()?;
            if let Some(text) = Text::map_clean(&self.file) {
                return Ok(Loaded {
                    path: self.path,
                    text,
                    replaced: 0,
                    first_replaced_line: None,
                    legacy_8bit: false,
                });
            }
        }
        let bytes = self.read_whole().map_err(|source| self.unreadable(source))?;
        decode(&self.path, bytes)
    }

    /// Every byte of the file. A large file is read in parts on all cores
    /// at once (copying from the page cache and faulting in the buffer are
    /// most of the time), then whatever was appended since its size was
    /// taken; one that shrank meanwhile is read again from the start.
    fn read_whole(&mut self) -> std::io::Result<Vec<u8>> {
        use std::io::{Read, Seek, SeekFrom};
        let len = usize::try_from(self.len).unwrap_or(0);
        let mut bytes = Vec::new();
        #[cfg(unix)]
        if len >= READ_IN_PARTS_FROM {
            bytes = vec![0; len];
            if read_in_parts(&self.file, &mut bytes).is_err() {
                bytes.clear();
            }
        }
        if bytes.is_empty() {
            bytes.reserve_exact(len);
        }
        let read = bytes.len() as u64;
        self.file.seek(SeekFrom::Start(read))?;
        self.file.read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    fn unreadable(&self, source: std::io::Error) -> LoadError {
        LoadError::Unreadable {
            path: self.path.clone(),
            source,
        }
    }

    /// `len` bytes from `offset` (fewer at the file's end), asked for in
    /// one read rather than in the growing pieces `read_to_end` asks for.
    fn read_at(&mut self, offset: u64, len: usize) -> Result<Vec<u8>, LoadError> {
        use std::io::{ErrorKind, Read, Seek, SeekFrom};
        let mut bytes = vec![0; len];
        let mut filled = 0;
        let mut read = || -> std::io::Result<()> {
            self.file.seek(SeekFrom::Start(offset))?;
            while let Some(rest) = bytes.get_mut(filled..).filter(|rest| !rest.is_empty()) {
                match self.file.read(rest) {
                    Ok(0) => break,
                    Ok(n) => filled += n,
                    Err(e) if e.kind() == ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            }
            Ok(())
        };
        read().map_err(|source| self.unreadable(source))?;
        bytes.truncate(filled);
        Ok(bytes)
    }

    /// The article's beginning, at most `max` bytes, cut where
    /// `head_cut` says, decoded as [`load_file`] would; `None` for UTF-16,
    /// whose ends cannot be read apart.
    ///
    /// # Errors
    /// An unreadable or binary file.
    pub fn head(&mut self, max: usize) -> Result<Option<String>, LoadError> {
        let mut bytes = self.read_at(0, max)?;
        if starts_with_utf16_bom(&bytes) {
            return Ok(None);
        }
        if looks_binary(&bytes) {
            return Err(LoadError::Binary(self.path.clone()));
        }
        // The bytes that decide the encoding, when these hold them all.
        if bytes.len() >= ENCODING_FROM_BYTES || bytes.len() as u64 == self.len {
            self.legacy_8bit = Some(is_legacy_8bit(&bytes, self.len));
        }
        let legacy = self.reads_as_windows_1252()?;
        if (bytes.len() as u64) < self.len {
            bytes.truncate(head_cut(&bytes));
        }
        Ok(Some(decode_as(bytes, legacy)))
    }

    /// Whether the file is read as Windows-1252 (see [`is_legacy_8bit`]),
    /// from its first bytes, read once.
    fn reads_as_windows_1252(&mut self) -> Result<bool, LoadError> {
        if let Some(legacy) = self.legacy_8bit {
            return Ok(legacy);
        }
        let start = self.read_at(0, ENCODING_FROM_BYTES)?;
        let legacy = is_legacy_8bit(&start, self.len);
        self.legacy_8bit = Some(legacy);
        Ok(legacy)
    }

    /// The article's end, at most `max` bytes, starting where `tail_cut`
    /// says. Decoded as [`load_file`] would, it is exactly the end of the
    /// whole article's text.
    ///
    /// # Errors
    /// An unreadable file.
    pub fn tail(&mut self, max: usize) -> Result<String, LoadError> {
        let legacy = self.reads_as_windows_1252()?;
        let start = self.len.saturating_sub(max as u64);
        let mut bytes = self.read_at(start, max)?;
        if start > 0 {
            bytes.drain(..tail_cut(&bytes));
        }
        Ok(decode_as(bytes, legacy))
    }
}

/// The UTF-8 byte order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How many bytes of a file's start decide how it is decoded.
const ENCODING_FROM_BYTES: usize = 16 * 1024;

/// Whether a file `file_len` bytes long that starts with `start` is read
/// as Windows-1252: its first [`ENCODING_FROM_BYTES`] hold an invalid UTF-8
/// sequence and no valid non-ASCII character, as a legacy 8-bit page does
/// (Latin-1 is a subset). A UTF-8 BOM, a UTF-8 character, or bad bytes
/// only further on mean UTF-8 with a few bad bytes, replaced. Only the
/// start counts, so that the whole file and its two ends read apart for a
/// preview are decoded alike.
fn is_legacy_8bit(start: &[u8], file_len: u64) -> bool {
    let window = start.get(..ENCODING_FROM_BYTES).unwrap_or(start);
    if window.starts_with(UTF8_BOM) || std::str::from_utf8(window).is_ok() {
        return false;
    }
    let cut_short = (window.len() as u64) < file_len;
    let mut invalid = false;
    let mut chunks = window.utf8_chunks().peekable();
    while let Some(chunk) = chunks.next() {
        if !chunk.valid().is_ascii() {
            return false;
        }
        // The window's last bytes may be a character it cut in two.
        let at_the_cut = cut_short && chunks.peek().is_none();
        invalid |= !chunk.invalid().is_empty() && !at_the_cut;
    }
    invalid
}

/// A piece of a file (its start, its end or all of it) as text:
/// Windows-1252 when `legacy`, else UTF-8 without its BOM and with invalid
/// sequences replaced; line ends normalised.
fn decode_as(mut bytes: Vec<u8>, legacy: bool) -> String {
    let text = if legacy {
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(&bytes)
            .0
            .into_owned()
    } else {
        if bytes.starts_with(UTF8_BOM) {
            bytes.drain(..UTF8_BOM.len());
        }
        decode_utf8(bytes).0
    };
    normalise_line_ends(text)
}

/// From this many bytes on, a file is read in parts on all cores.
const READ_IN_PARTS_FROM: usize = 8 << 20;

/// Fills `bytes` from the start of `file`, one part per core the calling
/// thread may use, at once.
///
/// # Errors
/// A part that cannot be read, or a file shorter than `bytes`.
#[cfg(unix)]
fn read_in_parts(file: &std::fs::File, bytes: &mut [u8]) -> std::io::Result<()> {
    use std::os::unix::fs::FileExt;
    let parts = crate::parse::parallel::thread_budget();
    let part_len = bytes.len().div_ceil(parts.max(1)).max(1);
    std::thread::scope(|scope| {
        let reads: Vec<_> = bytes
            .chunks_mut(part_len)
            .enumerate()
            .map(|(i, part)| scope.spawn(move || file.read_exact_at(part, (i * part_len) as u64)))
            .collect();
        reads
            .into_iter()
            .try_for_each(|read| read.join().unwrap_or_else(|_| Err(ErrorKind::Other.into())))
    })
}

/// Whether a file's first bytes are a UTF-16 byte order mark (little or
/// big endian): its NULs are characters, not a sign of a binary file.
fn starts_with_utf16_bom(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Whether the first 8 KiB of a file hold a NUL byte, which text never has.
fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(BINARY_SNIFF_LEN)]).is_some()
}

/// Where a beginning read from a file should end: after its last blank
/// line, else after its last line end, else after its last space, whichever
/// keeps at least half of it; else before a partial character.
fn head_cut(bytes: &[u8]) -> usize {
    let half = bytes.len() / 2;
    let cut = last_blank_line(bytes)
        .filter(|&at| at >= half)
        .or_else(|| memchr::memrchr(b'\n', bytes).map(|end| end + 1))
        .filter(|&at| at >= half)
        .or_else(|| memchr::memrchr(b' ', bytes).map(|space| space + 1))
        .filter(|&at| at >= half);
    if let Some(cut) = cut {
        return cut;
    }
    match std::str::from_utf8(bytes) {
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        _ => bytes.len(),
    }
}

/// Where an end read from a file should start: after its first blank line,
/// else after its first line end, else after its first space, whichever
/// keeps at least half of it; else at its first whole character.
fn tail_cut(bytes: &[u8]) -> usize {
    let half = bytes.len() / 2;
    let blank = memchr::memchr_iter(b'\n', bytes).find(|&i| {
        let after = bytes.get(i + 1..).unwrap_or_default();
        after.starts_with(b"\n") || after.starts_with(b"\r\n")
    });
    let cut = blank
        .map(|i| i + 1)
        .filter(|&at| at <= half)
        .or_else(|| memchr::memchr(b'\n', bytes).map(|i| i + 1))
        .filter(|&at| at <= half)
        .or_else(|| memchr::memchr(b' ', bytes).map(|i| i + 1))
        .filter(|&at| at <= half);
    cut.unwrap_or_else(|| bytes.iter().position(|b| b & 0xC0 != 0x80).unwrap_or(bytes.len()))
}

/// The offset after the last blank line of `bytes` (LF or CRLF line ends).
fn last_blank_line(bytes: &[u8]) -> Option<usize> {
    memchr::memrchr_iter(b'\n', bytes).find_map(|i| {
        let before = bytes.get(..i)?;
        let before = before.strip_suffix(b"\r").unwrap_or(before);
        before.ends_with(b"\n").then_some(i + 1)
    })
}

/// Decodes the bytes of an article named `path`.
///
/// # Errors
/// [`LoadError::Binary`] when the first 8 KiB hold a NUL byte and the file
/// is not UTF-16 with a BOM.
pub fn decode(path: &Path, bytes: impl Into<Vec<u8>>) -> Result<Loaded, LoadError> {
    let mut bytes = bytes.into();
    let (text, replaced, first_bad) = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, u16::from_be_bytes)
    } else {
        if looks_binary(&bytes) {
            return Err(LoadError::Binary(path.to_path_buf()));
        }
        if is_legacy_8bit(&bytes, bytes.len() as u64) {
            let text = decode_as(bytes, true);
            return Ok(Loaded {
                path: path.to_path_buf(),
                text: text.into(),
                replaced: 0,
                first_replaced_line: None,
                legacy_8bit: true,
            });
        }
        if bytes.starts_with(UTF8_BOM) {
            bytes.drain(..UTF8_BOM.len());
        }
        decode_utf8(bytes)
    };
    let text = normalise_line_ends(text);
    let first_replaced_line = first_bad.map(|at| {
        1 + text
            .char_indices()
            .take_while(|&(i, _)| i < at)
            .filter(|&(_, c)| c == '\n')
            .count()
    });
    Ok(Loaded {
        path: path.to_path_buf(),
        text: text.into(),
        replaced,
        first_replaced_line,
        legacy_8bit: false,
    })
}

/// UTF-8 with invalid sequences replaced: the text, how many were replaced and
/// the byte offset (in the output) of the first. Valid UTF-8, the usual
/// case, becomes the text without a copy.
fn decode_utf8(bytes: Vec<u8>) -> (String, usize, Option<usize>) {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return (text, 0, None),
        Err(e) => e.into_bytes(),
    };
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    let mut first = None;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            first.get_or_insert(text.len());
            replaced += 1;
            text.push(char::REPLACEMENT_CHARACTER);
        }
    }
    (text, replaced, first)
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, usize, Option<usize>) {
    let units = bytes.chunks(2).map(|pair| match *pair {
        [a, b] => unit([a, b]),
        _ => 0xFFFD,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut replaced = 0;
    let mut first = None;
    for decoded in char::decode_utf16(units) {
        if let Ok(c) = decoded {
            text.push(c);
        } else {
            first.get_or_insert(text.len());
            replaced += 1;
            text.push(char::REPLACEMENT_CHARACTER);
        }
    }
    (text, replaced, first)
}

/// CRLF becomes LF. A CR alone ends a line only in a file with no LF at
/// all (old Mac line ends): in any other, as in an editor, it is a
/// character of the line (shown as `^M`), so that line numbers agree with
/// the editor's. A text without CR is returned unchanged.
fn normalise_line_ends(text: String) -> String {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    if memchr::memchr(b'\n', text.as_bytes()).is_none() {
        return text.replace('\r', "\n");
    }
    text.replace("\r\n", "\n")
}

/// Whether a file name is one ibid reads as an article.
#[must_use]
pub fn is_article_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

/// Expands the command line's paths: files stay, folders become their `.txt`
/// and `.md` files (not recursive), sorted by name.
///
/// # Errors
/// A path that does not exist, a folder that cannot be listed or holds no
/// articles.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|source| match source.kind() {
            ErrorKind::NotFound => LoadError::NotFound(path.clone()),
            _ => LoadError::Unreadable {
                path: path.clone(),
                source,
            },
        })?;
        if !meta.is_dir() {
            out.push(path.clone());
            continue;
        }
        let listing = std::fs::read_dir(path).map_err(|source| LoadError::Unreadable {
            path: path.clone(),
            source,
        })?;
        let mut found: Vec<PathBuf> = listing
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| is_article_name(p) && p.is_file())
            .collect();
        if found.is_empty() {
            return Err(LoadError::EmptyFolder(path.clone()));
        }
        found.sort();
        out.extend(found);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(bytes: &[u8]) -> String {
        decode(Path::new("a.txt"), bytes).unwrap().text.to_string()
    }

    #[test]
    fn utf8_bom_is_skipped() {
        assert_eq!(text_of(b"\xEF\xBB\xBFTitle\n"), "Title\n");
    }

    #[test]
    fn crlf_becomes_lf_and_cr_alone_only_in_a_file_of_old_mac_line_ends() {
        assert_eq!(text_of(b"a\r\nb\r\nc\r\n"), "a\nb\nc\n");
        assert_eq!(text_of(b"a\rb\rc\r"), "a\nb\nc\n");
        // A stray CR in a file of LF lines is part of its line, as editors
        // show it: the lines after it keep their numbers.
        assert_eq!(text_of(b"a\r\nb\rc\nd\n"), "a\nb\rc\nd\n");
    }

    #[test]
    fn a_file_not_utf8_from_its_start_is_read_as_windows_1252() {
        let loaded = decode(Path::new("a.txt"), b"Caf\xE9 \x93quoted\x94 \x80 5\n").unwrap();
        assert_eq!(loaded.text, "Café “quoted” € 5\n");
        let warning = loaded.decode_warning().unwrap();
        assert!(
            warning.starts_with("a.txt:1: not UTF-8, read as Windows-1252"),
            "{warning}"
        );
        // Past the first 16 kB, bad bytes are a UTF-8 file's few bad bytes,
        // and a character cut in two by the 16 kB is not a bad byte.
        let late = [vec![b'a'; ENCODING_FROM_BYTES], b"\n\xE9\n".to_vec()].concat();
        assert!(!decode(Path::new("a.txt"), late).unwrap().legacy_8bit);
        let straddling = [vec![b'a'; ENCODING_FROM_BYTES - 1], "é\n".as_bytes().to_vec()].concat();
        assert!(!is_legacy_8bit(&straddling, straddling.len() as u64));
        assert!(is_legacy_8bit(b"Caf\xE9", 4), "a short file's last byte counts");
    }

    #[test]
    fn invalid_bytes_are_replaced_and_counted_once_each() {
        // A UTF-8 character first: the file is UTF-8 with bad bytes.
        let bytes = ["ok “quoted”\nbad ".as_bytes(), b"\xFF\xFE here\n"].concat();
        let loaded = decode(Path::new("a.txt"), bytes).unwrap();
        assert_eq!(loaded.text, "ok “quoted”\nbad \u{FFFD}\u{FFFD} here\n");
        assert_eq!(loaded.first_replaced_line, Some(2));
        let warning = loaded.decode_warning().unwrap();
        assert!(
            warning.starts_with("a.txt:2: 2 invalid UTF-8 sequences"),
            "{warning}"
        );
    }

    #[test]
    fn utf16_with_bom_is_decoded_both_ways() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé\n".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(text_of(&le), "Hé\n");
        assert_eq!(text_of(&be), "Hé\n");
    }

    #[test]
    fn nul_in_first_8_kib_is_binary() {
        let result = decode(Path::new("x.txt"), b"PK\x03\x04\x00\x00");
        assert!(matches!(result, Err(LoadError::Binary(_))));
    }

    #[test]
    fn nul_after_8_kib_is_not_binary() {
        let mut bytes = vec![b'a'; BINARY_SNIFF_LEN];
        bytes.push(0);
        assert!(decode(Path::new("x.txt"), bytes).is_ok());
    }

    #[test]
    fn a_large_file_read_in_parts_is_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let line = "Line of text, “curly” too.\r\n";
        let text = line.repeat(READ_IN_PARTS_FROM / line.len() + 7);
        std::fs::write(&path, &text).unwrap();
        let loaded = load_file(&path).unwrap();
        assert_eq!(loaded.text, text.replace("\r\n", "\n"));
        assert_eq!(loaded.replaced, 0);
    }

    #[test]
    fn folders_expand_to_sorted_articles_only() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.md", "a.txt", "c.pdf", "notes.TXT"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let found = expand_paths(&[dir.path().to_path_buf()]).unwrap();
        let names: Vec<_> = found.iter().filter_map(|p| p.file_name()?.to_str()).collect();
        assert_eq!(names, ["a.txt", "b.md", "notes.TXT"]);
    }

    #[test]
    fn empty_folder_and_missing_path_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            expand_paths(&[dir.path().to_path_buf()]),
            Err(LoadError::EmptyFolder(_))
        ));
        assert!(matches!(
            expand_paths(&[dir.path().join("nope.txt")]),
            Err(LoadError::NotFound(_))
        ));
    }
}
