//! An article's text: a string in memory, or, for a large file that is
//! already clean UTF-8, the file itself mapped read-only.
//!
//! A mapped text costs no memory of its own: its pages are the kernel's
//! page cache. From the moment it is mapped, one thread gives back the
//! pages read every millisecond, so that reading and checking the whole
//! article never holds its whole size in resident memory. The reader stops
//! this ([`Text::stop_releasing`]) once the article is read and checked,
//! and resumes it for a pass over the whole text ([`Text::released_during`]);
//! the thread waits while no article is to be released.
//!
//! Owns: mapping a file and deciding that its bytes need no decoding, and
//! the one place where pages are released. Must not: decode (that is
//! [`crate::load`]) or know what the text says.
//!
//! The cost of mapping, as for any program that maps its input: a file
//! shortened by another program while it is mapped ends the process with
//! `SIGBUS`, and one rewritten in place shows the new bytes. Only files of
//! [`MAP_FROM_BYTES`] or more are mapped: articles that large are rarely
//! edited while they are read.
#![allow(unsafe_code)]

use std::ops::Deref;
#[cfg(unix)]
use std::sync::Arc;

#[cfg(unix)]
use memmap2::Mmap;

/// From this many bytes on, a clean UTF-8 file is mapped instead of read.
pub const MAP_FROM_BYTES: u64 = 16 << 20;

/// How often the pages of a mapped text are given back while a pass reads
/// it: at a few hundred megabytes a second per core, a few megabytes are
/// resident at any time.
const RELEASE_EVERY: std::time::Duration = std::time::Duration::from_millis(1);

/// An article's text. Dereferences to `str`.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Owned(String),
    #[cfg(unix)]
    Mapped(Arc<Mmap>),
}

impl Text {
    /// The text as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self
    }

    /// `file` mapped, when its bytes are its text as they stand: valid
    /// UTF-8, without a byte order mark and without a carriage return.
    /// `None` when they need decoding (or the file cannot be mapped): the
    /// caller reads and decodes it instead. The caller maps only files of
    /// [`MAP_FROM_BYTES`] or more.
    #[must_use]
    pub fn map_clean(file: &std::fs::File) -> Option<Text> {
        #[cfg(unix)]
        {
            // SAFETY: the map is read-only and shared, and is only read.
            // Its bytes stay what was checked below as long as no other
            // program changes the file while it is mapped: the cost the
            // module's documentation states.
            let map = Arc::new(unsafe { Mmap::map(file) }.ok()?);
            keep_released(&map);
            let clean = !map.starts_with(b"\xEF\xBB\xBF")
                && memchr::memchr(b'\r', &map).is_none()
                && std::str::from_utf8(&map).is_ok();
            clean.then_some(Text(Repr::Mapped(map)))
        }
        #[cfg(not(unix))]
        {
            let _ = file;
            None
        }
    }

    /// Stops giving back the pages of a mapped text, after a last time:
    /// the reader, once the article is read and checked, touches only the
    /// pages it shows.
    pub fn stop_releasing(&self) {
        #[cfg(unix)]
        if let Repr::Mapped(map) = &self.0 {
            if let Ok(mut released) = RELEASED.lock() {
                released.maps.retain(|m| m.as_ptr() != Arc::as_ptr(map));
            }
            release(map);
        }
    }

    /// `work`, a pass over much of the text after [`Text::stop_releasing`]
    /// (a search, the hash a new note is anchored with), with the pages
    /// given back while it runs and once more after it.
    pub fn released_during<T>(&self, work: impl FnOnce() -> T) -> T {
        #[cfg(unix)]
        if let Repr::Mapped(map) = &self.0 {
            keep_released(map);
            let out = work();
            self.stop_releasing();
            return out;
        }
        work()
    }

    /// Whether the text is mapped from its file rather than held in memory.
    #[must_use]
    pub fn is_mapped(&self) -> bool {
        !matches!(self.0, Repr::Owned(_))
    }
}

/// The maps whose pages are given back, and whether the thread that gives
/// them back was started: one thread, however many articles are mapped.
#[cfg(unix)]
struct Released {
    maps: Vec<std::sync::Weak<Mmap>>,
    thread_started: bool,
}

#[cfg(unix)]
static RELEASED: std::sync::Mutex<Released> = std::sync::Mutex::new(Released {
    maps: Vec::new(),
    thread_started: false,
});

/// Wakes the releasing thread when a map is added.
#[cfg(unix)]
static MAP_ADDED: std::sync::Condvar = std::sync::Condvar::new();

impl Text {
    /// Starts the thread that gives back mapped pages, if it is not
    /// running, from the calling thread. The reader starts it before its
    /// idle-priority reading does: a thread started there would be idle
    /// too (and could not leave that policy), and one preempted by idle
    /// work while it held the process's memory-map lock kept a key waiting
    /// for milliseconds. The thread it starts runs behind any other, so
    /// that a key is answered at once.
    pub fn start_releasing_thread() {
        #[cfg(unix)]
        if let Ok(mut released) = RELEASED.lock() {
            start_thread(&mut released, Behind::Others);
        }
    }
}

/// Whether the releasing thread yields to the process's other threads.
#[cfg(unix)]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Behind {
    /// The reader's: a key must not wait for it.
    Others,
    /// `ibid check` and the other commands': no key waits, and a thread
    /// behind two busy ones wakes late, letting the pages they read pile up.
    Nobody,
}

#[cfg(unix)]
fn start_thread(released: &mut Released, behind: Behind) {
    if !released.thread_started {
        released.thread_started = std::thread::Builder::new()
            .name("release pages".into())
            .spawn(move || release_while_mapped(behind))
            .is_ok();
    }
}

/// Gives back `map`'s pages every [`RELEASE_EVERY`] until it is dropped or
/// [`Text::stop_releasing`] is called.
#[cfg(unix)]
fn keep_released(map: &Arc<Mmap>) {
    let Ok(mut released) = RELEASED.lock() else {
        return;
    };
    released.maps.push(Arc::downgrade(map));
    start_thread(&mut released, Behind::Nobody);
    MAP_ADDED.notify_one();
}

/// The releasing thread: waits while no map is to be released.
#[cfg(unix)]
fn release_while_mapped(behind: Behind) {
    // Behind any other thread, so that a reader's key is answered at once,
    // but not behind the reader's idle-priority reading, which must not
    // preempt it while it holds the memory-map lock.
    if behind == Behind::Others {
        crate::priority::lower_to(crate::priority::Priority::LowestNormal);
    }
    loop {
        {
            let Ok(mut released) = RELEASED.lock() else {
                return;
            };
            loop {
                released.maps.retain(|m| m.strong_count() > 0);
                if !released.maps.is_empty() {
                    break;
                }
                released = match MAP_ADDED.wait(released) {
                    Ok(released) => released,
                    Err(_) => return,
                };
            }
        }
        std::thread::sleep(RELEASE_EVERY);
        let maps: Vec<Arc<Mmap>> = match RELEASED.lock() {
            Ok(released) => released
                .maps
                .iter()
                .filter_map(std::sync::Weak::upgrade)
                .collect(),
            Err(_) => return,
        };
        for map in &maps {
            release(map);
        }
    }
}

/// Drops `map`'s pages from the process's resident memory; they stay in
/// the page cache and the next read maps them again.
#[cfg(unix)]
fn release(map: &Mmap) {
    // SAFETY: `MADV_DONTNEED` on a shared file mapping does not change
    // what it reads: the next access maps the same page of the file again
    // (madvise(2)). Borrows of the text therefore see the same bytes.
    // Failing only leaves the pages resident.
    let _ = unsafe { map.unchecked_advise(memmap2::UncheckedAdvice::DontNeed) };
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Repr::Owned(text) => text,
            // SAFETY: checked to be UTF-8 when mapped (`map_clean`), and
            // the same bytes are read since, as the module's documentation
            // states.
            #[cfg(unix)]
            Repr::Mapped(map) => unsafe { std::str::from_utf8_unchecked(map) },
        }
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(Repr::Owned(text))
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text(Repr::Owned(text.to_string()))
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use crate::load::load_file;

    /// A file of `MAP_FROM_BYTES` or more: paragraphs, then `tail`.
    fn large_file(dir: &std::path::Path, name: &str, tail: &[u8]) -> std::path::PathBuf {
        let paragraph = "A sentence of the body, with a marker.[1] Another follows it.\n\n";
        let count = usize::try_from(super::MAP_FROM_BYTES).unwrap() / paragraph.len() + 1;
        let mut bytes = paragraph.repeat(count).into_bytes();
        bytes.extend_from_slice(tail);
        let path = dir.join(name);
        std::fs::write(&path, &bytes).unwrap();
        path
    }

    #[test]
    fn a_large_clean_file_is_read_in_place_and_reads_as_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = large_file(
            dir.path(),
            "big.txt",
            "References\n[1] Roe, Jane. A Book. 2001.\n".as_bytes(),
        );
        let loaded = load_file(&path).unwrap();
        assert!(loaded.text.is_mapped());
        assert_eq!(loaded.text.as_bytes(), std::fs::read(&path).unwrap());
        loaded.text.stop_releasing();
        assert!(loaded.text.ends_with("2001.\n"));
        // Pages given back while a pass reads are read again alike.
        let markers = || loaded.text.matches("[1]").count();
        assert_eq!(loaded.text.released_during(markers), markers());
    }

    #[test]
    fn a_large_file_that_needs_decoding_is_read_and_decoded_instead() {
        let dir = tempfile::tempdir().unwrap();
        for (name, tail) in [
            ("crlf.txt", &b"Last line.\r\n"[..]),
            ("bad.txt", &b"Caf\xE9 at the end.\n"[..]),
        ] {
            let path = large_file(dir.path(), name, tail);
            let loaded = load_file(&path).unwrap();
            assert!(!loaded.text.is_mapped(), "{name}");
            assert!(!loaded.text.contains('\r'), "{name}");
        }
        let bad = load_file(&dir.path().join("bad.txt")).unwrap();
        assert!(bad.text.ends_with("Caf\u{FFFD} at the end.\n"));
        assert_eq!(bad.replaced, 1);
    }

    #[test]
    fn a_small_file_is_read_into_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("small.txt");
        std::fs::write(&path, "Title\n\nBody.\n").unwrap();
        let loaded = load_file(&path).unwrap();
        assert!(!loaded.text.is_mapped());
        assert_eq!(loaded.text, "Title\n\nBody.\n");
    }

    #[test]
    fn a_large_binary_file_is_refused_before_it_is_mapped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.bin");
        let mut bytes = vec![0u8; 64];
        bytes.resize(usize::try_from(super::MAP_FROM_BYTES).unwrap() + 1, b'a');
        std::fs::write(&path, &bytes).unwrap();
        assert!(matches!(load_file(&path), Err(crate::load::LoadError::Binary(_))));
    }
}
