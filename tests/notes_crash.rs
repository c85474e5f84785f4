//! Crash safety of the notes store: a child process saves annotations in a
//! loop (save k adds annotation k, so the file after save k holds exactly
//! annotations 1..=k) and is killed with SIGKILL at random moments, hundreds
//! of times. After each kill the store must parse and hold one of the states
//! the writer wrote (1..=k for some k, never less than seen before, every
//! text intact), and the `.bak` must parse and hold an earlier state.
//!
//! The child is this test binary run again with `IBID_NOTES_CRASH_WRITER`
//! set to the store folder; without it the `crash_writer_child` test does
//! nothing.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ibid::notes::store::{Store, backup_path};
use ibid::notes::{Anchor, Annotation, Verdict};

const WRITER_ENV: &str = "IBID_NOTES_CRASH_WRITER";
/// What the writer prints after each save.
const SAVED: &[u8] = b"#";
const ARTICLE: &str = "articles/crash-test.txt";
const KILLS: usize = 320;
/// The store is started afresh past this many annotations, to keep each
/// save (which rewrites the whole file) about the same size.
const RESET_AFTER: usize = 150;

/// Annotation `k` as the writer saves it: a long, multi-line note so that a
/// save takes long enough to be interrupted.
fn annotation(k: usize) -> Annotation {
    let mut note = format!("Note {k}: the minutes are missing.\n");
    for line in 0..12 {
        note.push_str(&format!(
            "Line {line} of note {k}, which says the same thing again at some length.\n"
        ));
    }
    Annotation {
        id: format!("{k:08}"),
        verdict: Some(if k.is_multiple_of(2) {
            Verdict::Disputed
        } else {
            Verdict::Supported
        }),
        note: Some(note),
        anchor: Anchor {
            quote: format!("Claim number {k} with \"quotes\" and ünïcödé."),
            prefix: format!("before {k} "),
            suffix: format!(" after {k}"),
            offset: k * 100,
            content_hash: "0123456789abcdef".to_owned(),
        },
        created: "2026-11-23T10:00:00Z".to_owned(),
        updated: "2026-11-23T10:00:00Z".to_owned(),
        deleted: false,
    }
}

/// The child: saves annotations k+1, k+2, … until it is killed.
#[test]
fn crash_writer_child() {
    let Some(dir) = std::env::var_os(WRITER_ENV) else {
        return;
    };
    let store = Store::new(dir);
    let mut k = store.load_article(ARTICLE).unwrap().len();
    let mut out = std::io::stdout();
    loop {
        k += 1;
        store.save_annotation(ARTICLE, &annotation(k)).unwrap();
        // One `#` per save, so the parent kills relative to real progress
        // whatever the machine's load.
        out.write_all(SAVED).unwrap();
        out.flush().unwrap();
    }
}

/// xorshift64*: enough randomness for kill timings, seeded from the clock.
struct Prng(u64);

impl Prng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// The number of annotations in the store, checking they are exactly
/// 1..=k with every field intact.
fn check_store(store: &Store, after_kill: usize) -> usize {
    let annotations = store
        .load_article(ARTICLE)
        .unwrap_or_else(|e| panic!("after kill {after_kill}: the store does not parse: {e}"));
    for (i, a) in annotations.iter().enumerate() {
        assert_eq!(
            *a,
            annotation(i + 1),
            "after kill {after_kill}: annotation {} is torn",
            i + 1
        );
    }
    annotations.len()
}

/// The `.bak` parses and holds annotations 1..=j for some j up to `k`.
fn check_backup(path: &Path, k: usize, after_kill: usize) {
    let Ok(text) = std::fs::read_to_string(path) else {
        return; // no backup before the second save
    };
    let table: toml::Table = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("after kill {after_kill}: the .bak does not parse: {e}"));
    let ids: Vec<String> = table
        .get("annotation")
        .and_then(toml::Value::as_array)
        .map(|all| {
            all.iter()
                .filter_map(|a| a.get("id").and_then(toml::Value::as_str).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let expected: Vec<String> = (1..=ids.len()).map(|j| format!("{j:08}")).collect();
    assert_eq!(
        ids, expected,
        "after kill {after_kill}: the .bak is not a saved state"
    );
    // Equal when the kill came between writing the .bak and the file.
    assert!(
        ids.len() <= k,
        "after kill {after_kill}: the .bak is newer than the file"
    );
}

#[test]
fn killed_writers_leave_the_old_or_the_new_state() {
    let started = Instant::now();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0x9e37_79b9, |d| d.as_nanos() as u64)
        | 1;
    let mut prng = Prng(seed);
    let exe = std::env::current_exe().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let file = store.article_file(ARTICLE);
    let (mut last_k, mut saves_seen, mut interrupted, mut resets) = (0, 0, 0, 0);
    for kill in 1..=KILLS {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_writer_child", "--nocapture", "--test-threads=1"])
            .env(WRITER_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait for one to three saves, then kill a random moment later: the
        // kills land inside saves however slow or loaded the machine is.
        let wanted = 1 + prng.next() % 3;
        let mut output = child.stdout.take().unwrap();
        let (mut seen, mut byte) = (0, [0u8; 1]);
        while seen < wanted && output.read(&mut byte).is_ok_and(|n| n == 1) {
            seen += u64::from(byte[0] == SAVED[0]);
        }
        std::thread::sleep(Duration::from_micros(prng.next() % 3_000));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        // A temporary file left behind shows the kill landed inside a save.
        let left_over = std::fs::read_dir(file.parent().unwrap())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with(".crash-test-"));
        interrupted += usize::from(left_over);

        let k = check_store(&store, kill);
        assert!(
            k >= last_k,
            "after kill {kill}: the store went back from {last_k} to {k} annotations"
        );
        check_backup(&backup_path(&file), k, kill);
        saves_seen += k - last_k;
        last_k = k;
        if k > RESET_AFTER {
            std::fs::remove_dir_all(dir.path().join("notes")).unwrap();
            last_k = 0;
            resets += 1;
        }
    }
    let elapsed = started.elapsed();
    println!(
        "notes crash test: {KILLS} SIGKILLs in {:.1} s (seed {seed:#x}); {saves_seen} saves survived, \
{interrupted} kills left a temporary file (killed inside a save), {resets} store resets; every state whole",
        elapsed.as_secs_f64()
    );
    assert!(
        saves_seen > KILLS / 2,
        "the writer hardly saved anything: {saves_seen} saves"
    );
    assert!(
        interrupted > 0,
        "no kill landed inside a save: the test proved nothing"
    );
}
