//! The notes store under faults: a corrupt file, a folder that cannot be
//! written, a full disk. Each time the user gets one clear sentence naming
//! the file, nothing already saved is lost, and the previous file is left
//! byte for byte as it was.
//!
//! Tests may run as root, where `chmod 0o555` does not stop writes. Then the
//! read-only folder is a tmpfs remounted read-only (EROFS), and the full disk
//! a 64 KiB tmpfs filled up (ENOSPC). When mounting is not allowed either,
//! the write failure is injected by putting a folder where the save must
//! write its `.bak` (the rename over it fails), which exercises the same
//! path: the error is returned and the old file is untouched. Each test
//! prints which of these it used.

use std::fs;
use std::io::Write as _;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use ibid::notes::store::{Store, StoreError, backup_path};
use ibid::notes::{Anchor, Annotation, Rating, SourceRating, Verdict};

const ARTICLE: &str = "articles/faults.txt";

/// Held by the tests that mount a tmpfs, so that they run one at a time: a
/// `mount` that one test starts while another holds a file open gets a copy
/// of that file until it runs, and a full disk freed by deleting the file
/// then stays full for a moment.
static MOUNTING: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn annotation(id: &str, note: &str) -> Annotation {
    Annotation {
        id: id.to_owned(),
        verdict: Some(Verdict::Unverified),
        note: Some(note.to_owned()),
        anchor: Anchor {
            quote: "The minutes were never published.".to_owned(),
            prefix: "In 1979 ".to_owned(),
            suffix: " Later".to_owned(),
            offset: 120,
            content_hash: "00000000deadbeef".to_owned(),
        },
        created: "2026-11-23T10:00:00Z".to_owned(),
        updated: "2026-11-23T10:00:00Z".to_owned(),
        deleted: false,
    }
}

fn ids(store: &Store) -> Vec<String> {
    store
        .load_article(ARTICLE)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|a| a.id)
        .collect()
}

#[test]
fn corrupt_store_is_reported_with_file_and_line_and_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let file = store.article_file(ARTICLE);
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    let garbage = b"# hand-edited\n[[annotation]]\nid = \"01A\"\nquote = \"unterminated\nnote = 3\n";
    fs::write(&file, garbage).unwrap();

    let err = store.load_article(ARTICLE).unwrap_err();
    let shown = err.to_string();
    assert!(matches!(err, StoreError::Parse { line: 4, .. }), "{shown}");
    assert!(
        shown.starts_with(&format!("{}:4: cannot read the notes (", file.display())),
        "{shown}"
    );
    assert!(
        shown.ends_with("fix or move the file — ibid will not overwrite it"),
        "{shown}"
    );

    let refused = store
        .save_annotation(ARTICLE, &annotation("01B", "new"))
        .unwrap_err();
    assert_eq!(refused.to_string(), shown, "the save gives the same message");
    let refused = store.delete_annotation(ARTICLE, "01A").unwrap_err();
    assert!(matches!(refused, StoreError::Parse { .. }));
    assert_eq!(
        fs::read(&file).unwrap(),
        garbage,
        "the corrupt file is left byte for byte"
    );
    assert!(
        !backup_path(&file).exists(),
        "nothing was written, not even a backup"
    );

    // The same for the ratings file.
    fs::write(
        store.sources_file(),
        "[[source]]\nsource = \"a/b\"\nrating = \"great\"\n",
    )
    .unwrap();
    let err = store.load_sources().unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("{}:3:", store.sources_file().display())),
        "{err}"
    );
    let rating = SourceRating {
        source: "a/b".to_owned(),
        rating: Rating::Mixed,
        note: None,
        updated: "2026-11-23T10:00:00Z".to_owned(),
    };
    assert!(matches!(
        store.save_rating(&rating),
        Err(StoreError::Parse { .. })
    ));
    assert!(
        fs::read_to_string(store.sources_file())
            .unwrap()
            .contains("great")
    );
}

/// A mounted tmpfs, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    /// Mounts a tmpfs of `size` at `at`, when this process may mount.
    fn mount(at: &Path, size: &str) -> Option<Tmpfs> {
        fs::create_dir_all(at).ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| Tmpfs(at.to_owned()))
    }

    /// Remounts with `mode` (`ro`, `rw`); whether it worked (a busy
    /// filesystem can refuse).
    fn remount(&self, mode: &str) -> bool {
        Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Whether writing into a `0o555` folder is refused here (it is not for
/// root or with CAP_DAC_OVERRIDE).
fn chmod_stops_writes(scratch: &Path) -> bool {
    let probe_dir = scratch.join("probe");
    let chmod = |mode| {
        fs::set_permissions(&probe_dir, fs::Permissions::from_mode(mode))
            .unwrap_or_else(|e| panic!("chmod: {e}"));
    };
    fs::create_dir_all(&probe_dir).unwrap_or_else(|e| panic!("{e}"));
    chmod(0o555);
    let refused = fs::write(probe_dir.join("x"), "x").is_err();
    chmod(0o755);
    refused
}

/// A save that fails must leave the old file as it was and say so clearly;
/// once the fault is gone, saving again keeps both annotations.
fn assert_failed_save_loses_nothing(store: &Store, err: &StoreError, before: &[u8], file: &Path) {
    let shown = err.to_string();
    assert!(matches!(err, StoreError::Write { .. }), "{shown}");
    assert!(shown.starts_with(&file.display().to_string()), "{shown}");
    assert!(shown.contains("cannot save the notes"), "{shown}");
    assert!(shown.contains("the previous file is unchanged"), "{shown}");
    assert_eq!(
        fs::read(file).ok().as_deref(),
        Some(before),
        "the previous file is intact"
    );
    assert_eq!(ids(store), ["01A"], "the saved annotation is still there");
}

#[test]
fn read_only_folder_gives_a_clear_error_and_keeps_the_old_file() {
    let _one_at_a_time = MOUNTING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path().join("store");
    let chmod_works = chmod_stops_writes(scratch.path());
    let mount = if chmod_works {
        None
    } else {
        Tmpfs::mount(&root, "1m")
    };
    let store = Store::new(&root);
    store.save_annotation(ARTICLE, &annotation("01A", "old")).unwrap();
    let file = store.article_file(ARTICLE);
    let before = fs::read(&file).unwrap();
    let notes_dir = file.parent().unwrap().to_owned();

    // How the folder is made read-only: chmod for a normal user; as root
    // (where chmod stops nothing) a read-only remount of a tmpfs; where
    // neither works, a folder in the way of the `.bak` injects the failure.
    let fault = if chmod_works {
        fs::set_permissions(&notes_dir, fs::Permissions::from_mode(0o555)).unwrap();
        "chmod 0o555 on the notes folder"
    } else if mount.as_ref().is_some_and(|t| t.remount("ro")) {
        "tmpfs remounted read-only (running as root)"
    } else {
        fs::create_dir(backup_path(&file)).unwrap();
        "a folder in the way of the .bak (root, no read-only mount)"
    };
    println!("read-only folder: {fault}");

    let err = store
        .save_annotation(ARTICLE, &annotation("01B", "new"))
        .unwrap_err();
    println!("  {err}");
    assert_failed_save_loses_nothing(&store, &err, &before, &file);

    // Writable again: the new annotation saves beside the old one.
    if chmod_works {
        fs::set_permissions(&notes_dir, fs::Permissions::from_mode(0o755)).unwrap();
    } else if fault.starts_with("tmpfs") {
        assert!(mount.as_ref().is_some_and(|t| t.remount("rw")), "remount rw");
    } else {
        fs::remove_dir(backup_path(&file)).unwrap();
    }
    store.save_annotation(ARTICLE, &annotation("01B", "new")).unwrap();
    assert_eq!(ids(&store), ["01A", "01B"]);
}

#[test]
fn store_under_a_regular_file_gives_a_clear_error() {
    // A notes folder whose parent is a file (a mistyped --notes-dir).
    let scratch = tempfile::tempdir().unwrap();
    let not_a_folder = scratch.path().join("file");
    fs::write(&not_a_folder, "x").unwrap();
    let store = Store::new(not_a_folder.join("ibid"));
    let err = store
        .save_annotation(ARTICLE, &annotation("01A", "x"))
        .unwrap_err();
    assert!(matches!(err, StoreError::Write { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with(&store.article_file(ARTICLE).display().to_string()),
        "{err}"
    );
    assert_eq!(fs::read(&not_a_folder).unwrap(), b"x");
}

#[test]
fn full_disk_gives_a_clear_error_and_keeps_the_old_file() {
    let _one_at_a_time = MOUNTING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path().join("small");
    let mount = Tmpfs::mount(&root, "64k");
    let store = Store::new(&root);
    store.save_annotation(ARTICLE, &annotation("01A", "old")).unwrap();
    let file = store.article_file(ARTICLE);
    let before = fs::read(&file).unwrap();
    let filler = root.join("filler");

    if mount.is_some() {
        println!("full disk: a 64 KiB tmpfs, filled up");
        let mut f = fs::File::create(&filler).unwrap();
        while f.write_all(&[b'x'; 4096]).and_then(|()| f.sync_all()).is_ok() {}
    } else {
        println!("full disk: cannot mount; a folder in the way of the .bak injects the write error");
        fs::create_dir(backup_path(&file)).unwrap();
    }

    let big_note = "A long note that does not fit. ".repeat(400);
    let err = store
        .save_annotation(ARTICLE, &annotation("01B", &big_note))
        .unwrap_err();
    println!("  {err}");
    if mount.is_some() {
        assert!(err.to_string().contains("No space left"), "{err}");
    }
    assert_failed_save_loses_nothing(&store, &err, &before, &file);
    let leftovers: Vec<String> = fs::read_dir(file.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".faults-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");

    // Space again: the save goes through and keeps the old annotation.
    if mount.is_some() {
        fs::remove_file(&filler).unwrap();
    } else {
        fs::remove_dir(backup_path(&file)).unwrap();
    }
    store
        .save_annotation(ARTICLE, &annotation("01B", &big_note))
        .unwrap_or_else(|e| panic!("the save once there is space again: {e}"));
    assert_eq!(ids(&store), ["01A", "01B"]);
}

#[test]
fn write_error_injected_at_the_backup_keeps_the_old_file() {
    // The fallback injection above, run everywhere so that it is known to
    // work: a folder where the `.bak` goes makes the save's rename fail.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.save_annotation(ARTICLE, &annotation("01A", "old")).unwrap();
    let file = store.article_file(ARTICLE);
    let before = fs::read(&file).unwrap();
    fs::create_dir(backup_path(&file)).unwrap();
    let err = store
        .save_annotation(ARTICLE, &annotation("01B", "new"))
        .unwrap_err();
    assert_failed_save_loses_nothing(&store, &err, &before, &file);
}
