//! The notes store on disk: one TOML file per article under `notes/`, and
//! `sources.toml` for source ratings, in `$XDG_DATA_HOME/ibid/` or a folder
//! given by the user.
//!
//! Owns: the TOML layout (one table per annotation or rating, sorted by id or
//! source, fields in a fixed order), saving every change at once and
//! atomically (temporary file in the same folder, fsync, rename, fsync of the
//! folder, through `atomic-write-file`), keeping the previous good file as
//! `.bak`, merging with what another reader saved meanwhile (by id; the newer
//! `updated` wins; a tombstone wins a tie) while holding a lock on
//! `.ibid.lock` in the file's folder, and errors that name the file and
//! line. Must not: overwrite a file it cannot parse, lose an annotation, or
//! know about anchoring or terminals.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use atomic_write_file::AtomicWriteFile;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::anchor::fnv1a64;
use super::{Anchor, Annotation, Rating, SourceRating, Verdict};

/// Name of the folder of per-article files inside the store.
const NOTES_FOLDER: &str = "notes";
/// Name of the ratings file inside the store.
const SOURCES_FILE: &str = "sources.toml";
/// Lock taken (in each folder) while a file is read, merged and replaced, so
/// that two readers saving at once do not erase each other's change.
const LOCK_FILE: &str = ".ibid.lock";
const ARTICLE_HEADER: &str = "# ibid notes on one article: one [[annotation]] table per claim, sorted by id.\n\
# Saved by ibid; edit with care (ibid will not overwrite a file it cannot read).\n\n";
const SOURCES_HEADER: &str = "# ibid source ratings, shared by every article: one [[source]] table per source.\n\
# Saved by ibid; edit with care (ibid will not overwrite a file it cannot read).\n\n";

/// Why the store could not be read or written. Each displays as one sentence
/// naming the file (and line), what went wrong and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file is not valid notes; it is never overwritten.
    #[error(
        "{}:{line}: cannot read the notes ({message}); fix or move the file — ibid will not overwrite it",
        path.display()
    )]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// The file exists but could not be read.
    #[error("{}: cannot read the notes ({error}); check the file's permissions", path.display())]
    Read { path: PathBuf, error: io::Error },
    /// The new version could not be written; the previous file is intact.
    #[error(
        "{}: cannot save the notes ({error}); the previous file is unchanged — free some space or fix the folder's permissions, then try again",
        path.display()
    )]
    Write { path: PathBuf, error: io::Error },
}

impl StoreError {
    /// The file the error is about.
    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            StoreError::Parse { path, .. }
            | StoreError::Read { path, .. }
            | StoreError::Write { path, .. } => path,
        }
    }
}

/// A notes store rooted at one folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// `$XDG_DATA_HOME/ibid` (or the platform's data folder), if the home
    /// folder is known.
    #[must_use]
    pub fn default_dir() -> Option<PathBuf> {
        use etcetera::BaseStrategy as _;
        etcetera::choose_base_strategy()
            .ok()
            .map(|s| s.data_dir().join("ibid"))
    }

    /// The store's folder.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file of one article's annotations: `notes/<name>-<hash>.toml`,
    /// from the article's file name and a hash of its canonical path (the
    /// path as given when it cannot be resolved, e.g. a built-in sample).
    #[must_use]
    pub fn article_file(&self, article_path: &str) -> PathBuf {
        let canonical = fs::canonicalize(article_path)
            .map_or_else(|_| article_path.to_owned(), |p| p.to_string_lossy().into_owned());
        let hash = fnv1a64(canonical.as_bytes()) >> 32;
        let stem = Path::new(article_path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.dir
            .join(NOTES_FOLDER)
            .join(format!("{}-{hash:08x}.toml", file_name_part(&stem)))
    }

    /// The ratings file, `sources.toml`.
    #[must_use]
    pub fn sources_file(&self) -> PathBuf {
        self.dir.join(SOURCES_FILE)
    }

    /// The live annotations of an article, sorted by id; none when it has no
    /// file yet.
    ///
    /// # Errors
    /// [`StoreError::Parse`] when the file is not valid notes (with its
    /// line), [`StoreError::Read`] when it cannot be read.
    pub fn load_article(&self, article_path: &str) -> Result<Vec<Annotation>, StoreError> {
        let path = self.article_file(article_path);
        let file: ArticleFile = read_store(&path)?.map(|(_, f)| f).unwrap_or_default();
        Ok(file
            .annotation
            .into_iter()
            .filter(|r| !r.deleted)
            .map(AnnotationRecord::into_annotation)
            .collect())
    }

    /// Saves one annotation at once: re-reads the file, merges by id (the
    /// newer `updated` wins; on a tie a tombstone wins, else this copy),
    /// keeps the previous file as `.bak` and replaces the file atomically.
    ///
    /// # Errors
    /// [`StoreError::Parse`] (nothing is written) when the file on disk is
    /// not valid notes; [`StoreError::Write`] (the previous file is intact)
    /// when the folder cannot be written.
    pub fn save_annotation(&self, article_path: &str, annotation: &Annotation) -> Result<(), StoreError> {
        let path = self.article_file(article_path);
        let record = AnnotationRecord::from_annotation(annotation);
        update_store(&path, ARTICLE_HEADER, |file: &mut ArticleFile| {
            if file.article.is_none() {
                file.article = Some(article_path.to_owned());
            }
            merge(&mut file.annotation, record);
            true
        })
    }

    /// Deletes an annotation by saving a tombstone (so that another reader's
    /// older copy does not bring it back). Nothing happens when the id is
    /// not in the file.
    ///
    /// # Errors
    /// As [`Store::save_annotation`].
    pub fn delete_annotation(&self, article_path: &str, id: &str) -> Result<(), StoreError> {
        let path = self.article_file(article_path);
        update_store(&path, ARTICLE_HEADER, |file: &mut ArticleFile| {
            let Some(record) = file.annotation.iter_mut().find(|r| r.id == id) else {
                return false;
            };
            record.deleted = true;
            record.updated = now().max(record.updated.clone());
            true
        })
    }

    /// Every live source rating, sorted by source key.
    ///
    /// # Errors
    /// As [`Store::load_article`], for `sources.toml`.
    pub fn load_sources(&self) -> Result<Vec<SourceRating>, StoreError> {
        let file: SourcesFile = read_store(&self.sources_file())?
            .map(|(_, f)| f)
            .unwrap_or_default();
        Ok(file
            .source
            .into_iter()
            .filter(|r| !r.deleted)
            .map(RatingRecord::into_rating)
            .collect())
    }

    /// Saves one rating at once, merged by source key like annotations.
    ///
    /// # Errors
    /// As [`Store::save_annotation`], for `sources.toml`.
    pub fn save_rating(&self, rating: &SourceRating) -> Result<(), StoreError> {
        let record = RatingRecord::from_rating(rating);
        update_store(&self.sources_file(), SOURCES_HEADER, |file: &mut SourcesFile| {
            merge(&mut file.source, record);
            true
        })
    }

    /// Removes a source's rating (a tombstone, like a deleted annotation).
    ///
    /// # Errors
    /// As [`Store::save_rating`].
    pub fn remove_rating(&self, source: &str) -> Result<(), StoreError> {
        update_store(&self.sources_file(), SOURCES_HEADER, |file: &mut SourcesFile| {
            let Some(record) = file.source.iter_mut().find(|r| r.source == source) else {
                return false;
            };
            record.deleted = true;
            record.updated = now().max(record.updated.clone());
            true
        })
    }
}

/// A new annotation id: a ULID (unique, sorts by creation time).
#[must_use]
pub fn new_id() -> String {
    ulid::Ulid::generate().to_string()
}

/// The current time as RFC 3339 UTC to the second (`2026-11-23T10:00:00Z`).
#[must_use]
pub fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339_utc(secs)
}

/// Seconds since the Unix epoch as RFC 3339 UTC.
#[must_use]
pub fn rfc3339_utc(secs: u64) -> String {
    let (year, month, day) = crate::check::civil_from_days(i64::try_from(secs / 86_400).unwrap_or(0));
    let of_day = secs % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        of_day / 3600,
        of_day / 60 % 60,
        of_day % 60
    )
}

/// Lower-case ASCII letters and digits of a file name, other runs as `-`.
fn file_name_part(stem: &str) -> String {
    let mut out = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "article".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// One article's file.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleFile {
    /// The article's path when the file was made, for people reading it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    article: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    annotation: Vec<AnnotationRecord>,
}

/// An annotation as stored: flat, fields in a fixed order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnotationRecord {
    id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    verdict: Option<Verdict>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    quote: String,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
    offset: usize,
    #[serde(default)]
    content_hash: String,
    created: String,
    updated: String,
    #[serde(default, skip_serializing_if = "is_false")]
    deleted: bool,
}

impl AnnotationRecord {
    fn from_annotation(a: &Annotation) -> Self {
        Self {
            id: a.id.clone(),
            verdict: a.verdict,
            note: a.note.clone(),
            quote: a.anchor.quote.clone(),
            prefix: a.anchor.prefix.clone(),
            suffix: a.anchor.suffix.clone(),
            offset: a.anchor.offset,
            content_hash: a.anchor.content_hash.clone(),
            created: a.created.clone(),
            updated: a.updated.clone(),
            deleted: a.deleted,
        }
    }

    fn into_annotation(self) -> Annotation {
        Annotation {
            id: self.id,
            verdict: self.verdict,
            note: self.note,
            anchor: Anchor {
                quote: self.quote,
                prefix: self.prefix,
                suffix: self.suffix,
                offset: self.offset,
                content_hash: self.content_hash,
            },
            created: self.created,
            updated: self.updated,
            deleted: self.deleted,
        }
    }
}

/// `sources.toml`.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    source: Vec<RatingRecord>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RatingRecord {
    source: String,
    rating: Rating,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    updated: String,
    #[serde(default, skip_serializing_if = "is_false")]
    deleted: bool,
}

impl RatingRecord {
    fn from_rating(r: &SourceRating) -> Self {
        Self {
            source: r.source.clone(),
            rating: r.rating,
            note: r.note.clone(),
            updated: r.updated.clone(),
            deleted: false,
        }
    }

    fn into_rating(self) -> SourceRating {
        SourceRating {
            source: self.source,
            rating: self.rating,
            note: self.note,
            updated: self.updated,
        }
    }
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_false(b: &bool) -> bool {
    !*b
}

/// A stored record that merges by key.
trait Mergeable {
    fn key(&self) -> &str;
    fn updated(&self) -> &str;
    fn deleted(&self) -> bool;
}

impl Mergeable for AnnotationRecord {
    fn key(&self) -> &str {
        &self.id
    }
    fn updated(&self) -> &str {
        &self.updated
    }
    fn deleted(&self) -> bool {
        self.deleted
    }
}

impl Mergeable for RatingRecord {
    fn key(&self) -> &str {
        &self.source
    }
    fn updated(&self) -> &str {
        &self.updated
    }
    fn deleted(&self) -> bool {
        self.deleted
    }
}

/// Puts `incoming` into `records` (sorted by key): it replaces the stored
/// copy unless that one is newer, or as new and a tombstone. Duplicate keys
/// (a hand-merged file) are reduced to their winner.
fn merge<R: Mergeable>(records: &mut Vec<R>, incoming: R) {
    records.push(incoming);
    // Stable sort: for equal keys the incoming copy comes last.
    records.sort_by(|a, b| a.key().cmp(b.key()));
    let mut merged: Vec<R> = Vec::with_capacity(records.len());
    for record in records.drain(..) {
        match merged.last_mut() {
            Some(kept) if kept.key() == record.key() => {
                if later_wins(kept, &record) {
                    *kept = record;
                }
            }
            _ => merged.push(record),
        }
    }
    *records = merged;
}

/// Whether `later` (saved after `kept` in file order) replaces it.
fn later_wins<R: Mergeable>(kept: &R, later: &R) -> bool {
    match later.updated().cmp(kept.updated()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => later.deleted() || !kept.deleted(),
    }
}

/// Reads and parses a store file: `None` when it does not exist.
fn read_store<T: DeserializeOwned>(path: &Path) -> Result<Option<(Vec<u8>, T)>, StoreError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(StoreError::Read {
                path: path.to_owned(),
                error,
            });
        }
    };
    let parsed = parse_store(path, &bytes)?;
    Ok(Some((bytes, parsed)))
}

fn parse_store<T: DeserializeOwned>(path: &Path, bytes: &[u8]) -> Result<T, StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|e| StoreError::Parse {
        path: path.to_owned(),
        line: line_at(bytes, e.valid_up_to()),
        message: "invalid UTF-8".to_owned(),
    })?;
    toml::from_str(text).map_err(|e| StoreError::Parse {
        path: path.to_owned(),
        line: e.span().map_or(1, |span| line_at(bytes, span.start)),
        message: e.message().trim().to_owned(),
    })
}

/// 1-based line of a byte offset.
fn line_at(bytes: &[u8], offset: usize) -> usize {
    1 + memchr::memchr_iter(b'\n', bytes.get(..offset).unwrap_or(bytes)).count()
}

/// Read, change, write back: under the folder's lock, parses the file (a
/// file that fails to parse is returned as an error and never written),
/// applies `change` (which says whether it changed anything), and when the
/// text differs keeps the old file as `.bak` and replaces the file.
fn update_store<T>(path: &Path, header: &str, change: impl FnOnce(&mut T) -> bool) -> Result<(), StoreError>
where
    T: Serialize + DeserializeOwned + Default,
{
    let write_error = |error: io::Error| StoreError::Write {
        path: path.to_owned(),
        error,
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(folder).map_err(write_error)?;
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(folder.join(LOCK_FILE))
        .map_err(write_error)?;
    lock.lock().map_err(write_error)?;
    let (old, mut file) = match read_store::<T>(path)? {
        Some((bytes, file)) => (Some(bytes), file),
        None => (None, T::default()),
    };
    if !change(&mut file) {
        return Ok(());
    }
    let body = toml::to_string(&file).map_err(|e| write_error(io::Error::other(e)))?;
    let new = format!("{header}{body}");
    if old.as_deref() == Some(new.as_bytes()) {
        return Ok(());
    }
    remove_stale_temporaries(path);
    if let Some(old) = &old {
        write_atomically(&backup_path(path), old).map_err(write_error)?;
    }
    write_atomically(path, new.as_bytes()).map_err(write_error)
    // The lock is released when `lock` is dropped here.
}

/// `<file>.bak`: the previous good version.
#[must_use]
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Temporary file in the same folder, write, fsync, rename over `path`,
/// fsync the folder (all in `atomic-write-file`'s `commit`). On an error the
/// temporary file is removed and `path` is untouched.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = AtomicWriteFile::options().open(path)?;
    file.write_all(bytes)?;
    file.commit()
}

/// Removes temporary files (`.<name>.XXXXXX`) left by a save that was
/// killed. Called under the folder's lock, when no other save is running.
fn remove_stale_temporaries(path: &Path) {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let name = name.to_string_lossy();
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name();
        let entry_name = entry_name.to_string_lossy();
        let stale = [name.as_ref(), &format!("{name}.bak")].iter().any(|base| {
            entry_name
                .strip_prefix('.')
                .and_then(|rest| rest.strip_prefix(base))
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|suffix| suffix.len() == 6 && suffix.bytes().all(|b| b.is_ascii_alphanumeric()))
        });
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annotation(id: &str, updated: &str, note: Option<&str>) -> Annotation {
        Annotation {
            id: id.to_owned(),
            verdict: Some(Verdict::Disputed),
            note: note.map(str::to_owned),
            anchor: Anchor {
                quote: "A claim.".to_owned(),
                prefix: "before ".to_owned(),
                suffix: " after".to_owned(),
                offset: 7,
                content_hash: "0123456789abcdef".to_owned(),
            },
            created: "2026-01-01T00:00:00Z".to_owned(),
            updated: updated.to_owned(),
            deleted: false,
        }
    }

    #[test]
    fn rfc3339_from_seconds() {
        for (secs, expected) in [
            (0, "1970-01-01T00:00:00Z"),
            (1_795_428_000, "2026-11-23T10:00:00Z"),
            (951_782_399, "2000-02-28T23:59:59Z"),
        ] {
            assert_eq!(rfc3339_utc(secs), expected);
        }
        assert_eq!(now().len(), "2026-11-23T10:00:00Z".len());
    }

    #[test]
    fn new_ids_are_ulids_and_differ() {
        let (a, b) = (new_id(), new_id());
        assert_eq!(a.len(), 26);
        assert_ne!(a, b);
    }

    #[test]
    fn article_file_names_the_article_and_hashes_its_path() {
        let store = Store::new("/data/ibid");
        let table = [
            ("articles/example.txt", "example-"),
            ("Über die Brücke (2).md", "ber-die-br-cke-2-"),
            ("sample:intro", "sample-intro-"),
            ("", "article-"),
        ];
        for (path, start) in table {
            let file = store.article_file(path);
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            assert!(
                name.starts_with(start) && name.ends_with(".toml"),
                "{path}: {name}"
            );
            assert_eq!(file.parent().unwrap(), Path::new("/data/ibid/notes"));
        }
        assert_ne!(store.article_file("a/x.txt"), store.article_file("b/x.txt"));
        assert_eq!(store.article_file("a/x.txt"), store.article_file("a/x.txt"));
    }

    #[test]
    fn merge_table() {
        let live = |u: &str| AnnotationRecord::from_annotation(&annotation("A", u, Some(u)));
        let dead = |u: &str| AnnotationRecord {
            deleted: true,
            ..live(u)
        };
        // (stored, incoming, expected winner's updated, expected deleted)
        let cases = [
            ("newer incoming wins", live("2"), live("3"), "3", false),
            ("older incoming loses", live("3"), live("2"), "3", false),
            (
                "a tie goes to the incoming copy",
                live("2"),
                live("2"),
                "2",
                false,
            ),
            ("a tombstone wins a tie", dead("2"), live("2"), "2", true),
            (
                "an incoming tombstone wins a tie",
                live("2"),
                dead("2"),
                "2",
                true,
            ),
            (
                "a newer live copy beats an old tombstone",
                dead("1"),
                live("2"),
                "2",
                false,
            ),
            (
                "a newer tombstone beats a live copy",
                live("1"),
                dead("2"),
                "2",
                true,
            ),
        ];
        for (name, stored, incoming, updated, deleted) in cases {
            let mut records = vec![stored];
            merge(&mut records, incoming);
            assert_eq!(records.len(), 1, "{name}");
            assert_eq!(
                (records[0].updated.as_str(), records[0].deleted),
                (updated, deleted),
                "{name}"
            );
        }
    }

    #[test]
    fn merge_keeps_records_sorted_by_id() {
        let mut records = Vec::new();
        for id in ["C", "A", "B"] {
            merge(
                &mut records,
                AnnotationRecord::from_annotation(&annotation(id, "1", None)),
            );
        }
        let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["A", "B", "C"]);
    }

    #[test]
    fn saved_file_is_readable_toml_with_multiline_notes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let a = annotation("01A", "2026-01-01T00:00:00Z", Some("first line\nsecond line"));
        store.save_annotation("x.txt", &a).unwrap();
        let text = fs::read_to_string(store.article_file("x.txt")).unwrap();
        assert!(
            text.contains("[[annotation]]\nid = \"01A\"\nverdict = \"disputed\"\n"),
            "{text}"
        );
        assert!(
            text.contains("note = \"\"\"\nfirst line\nsecond line\"\"\""),
            "{text}"
        );
        assert_eq!(store.load_article("x.txt").unwrap(), vec![a]);
    }

    #[test]
    fn parse_errors_name_file_and_line() {
        let cases: [(&[u8], usize, &str); 4] = [
            (b"[[annotation]]\nid = \"A\"\nquote = \n", 3, "string values"),
            (b"\n\n[[annotation]]\nid = \"A\"\n", 3, "missing field"),
            (b"[[annotation]]\nid = \"A\"\nbogus = 1\n", 3, "unknown field"),
            (b"# ok\n\xff\n", 2, "invalid UTF-8"),
        ];
        for (bytes, line, message) in cases {
            let err = parse_store::<ArticleFile>(Path::new("/s/n.toml"), bytes).unwrap_err();
            let shown = err.to_string();
            assert!(
                shown.starts_with(&format!("/s/n.toml:{line}: cannot read the notes (")),
                "{shown}"
            );
            assert!(shown.contains(message), "{shown}");
            assert!(shown.ends_with("ibid will not overwrite it"), "{shown}");
        }
    }
}
