//! The odd-input matrix: the real binary on files that no article should be,
//! each with the answer it must give. Every case runs `ibid` with a deadline
//! (a hang fails the test instead of stalling it), and every case ends with
//! a result or a one-line error naming the path, exit 0, 1 or 2, never a
//! panic (exit 101) or a signal.
//!
//! The binary reads its config from `$XDG_CONFIG_HOME`; each run points that
//! and `$XDG_DATA_HOME` at an empty scratch folder so that a developer's own
//! config or notes cannot change an answer.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Longest a case may take in a debug build before it counts as a hang.
const DEADLINE: Duration = Duration::from_secs(10);

/// What a run of the binary gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `ibid args` with `HOME`, `XDG_CONFIG_HOME` and `XDG_DATA_HOME` in
/// `home`, and fails if it takes longer than [`DEADLINE`], dies of a signal
/// or panics.
fn ibid_in(home: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ibid"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ibid starts");
    // Read both pipes on threads so that a large output cannot block the
    // child while we wait for it.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                pipe.read_to_end(&mut bytes).expect("read pipe");
            }
            bytes
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for ibid") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            child.kill().expect("kill ibid");
            let _ = child.wait();
            panic!("ibid {args:?} took longer than {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stdout = String::from_utf8_lossy(&out.join().expect("stdout thread")).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().expect("stderr thread")).into_owned();
    let code = status
        .code()
        .unwrap_or_else(|| panic!("ibid {args:?} was killed by a signal: {status:?}\n{stderr}"));
    assert!(
        matches!(code, 0..=2),
        "ibid {args:?} exited {code}, not 0, 1 or 2 (a panic is 101):\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "ibid {args:?} panicked:\n{stderr}");
    Run { code, stdout, stderr }
}

/// A scratch folder holding one file `name` with `bytes`.
fn scratch_with(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("scratch folder");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write the article");
    (dir, path)
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("scratch paths are UTF-8")
}

/// `ibid check PATH --format json` on `bytes` saved as `name`: the exit
/// code, the one article's JSON, and stderr.
fn check_json(name: &str, bytes: &[u8]) -> (i32, Value, String) {
    let (dir, path) = scratch_with(name, bytes);
    let run = ibid_in(dir.path(), &["check", arg(&path), "--format", "json"]);
    let report: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{name}: not JSON ({e}); stderr: {}", run.stderr));
    let article = report["articles"][0].clone();
    (run.code, article, run.stderr)
}

fn count(article: &Value, key: &str) -> usize {
    article[key]
        .as_array()
        .map_or_else(|| panic!("no {key} array"), Vec::len)
}

fn checks(article: &Value) -> Vec<String> {
    article["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["check"].as_str().expect("check id").to_owned())
        .collect()
}

/// A one-line error on stderr that names `path`.
fn assert_one_line_naming(stderr: &str, path: &Path, what: &str) {
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr}");
    assert!(
        stderr.contains(arg(path)),
        "does not name {}: {stderr}",
        path.display()
    );
    assert!(stderr.contains(what), "does not say {what:?}: {stderr}");
}

const ONE_REFERENCE: &str = "[1] Roe, Jane. \"A Study of Things.\" Planet, 2001.";

#[test]
fn an_empty_file_has_nothing_and_exits_0() {
    let (code, article, stderr) = check_json("empty.txt", b"");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (0, 0)
    );
    assert_eq!(article["title"], Value::Null);
    assert!(checks(&article).is_empty());
}

#[test]
fn a_whitespace_only_file_has_nothing_and_exits_0() {
    let (code, article, _) = check_json("blank.txt", b" \n\t\n   \n\n\r\n");
    assert_eq!(code, 0);
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (0, 0)
    );
    assert_eq!(article["title"], Value::Null);
}

#[test]
fn references_only_are_two_unused_entries_and_exit_0() {
    let text = format!("References\n{ONE_REFERENCE}\n[2] Doe, John. Another Book. Press, 1999.\n");
    let (code, article, _) = check_json("refs.txt", text.as_bytes());
    assert_eq!(code, 0, "unused references are warnings");
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (0, 2)
    );
    assert_eq!(
        checks(&article)
            .iter()
            .filter(|c| *c == "unused-reference")
            .count(),
        2
    );
}

#[test]
fn no_references_make_the_marker_missing_and_exit_1() {
    let (code, article, _) = check_json(
        "bare.txt",
        b"Title\n\nA paragraph with a claim [1] and nothing else.\n",
    );
    assert_eq!(code, 1, "a missing reference is an error");
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (1, 0)
    );
    assert_eq!(checks(&article), ["missing-reference"]);
}

#[test]
fn a_3_mb_single_line_of_prose_is_checked_in_time() {
    // 3 MB, no line break: sentences of 42 bytes, every fifth one cited.
    let sentence = "A claim about the matter is made here. ";
    let cited = "A claim about the matter is made here.[1] ";
    let mut line = String::new();
    let mut markers = 0;
    while line.len() < 3 * 1024 * 1024 {
        for _ in 0..4 {
            line.push_str(sentence);
        }
        line.push_str(cited);
        markers += 1;
    }
    let (code, article, _) = check_json("one-line.txt", line.as_bytes());
    assert_eq!(code, 1, "no reference list: every marker is missing");
    assert_eq!(count(&article, "markers"), markers);
    assert_eq!(article["markers"][0]["sentence"], cited.trim_end());
}

#[test]
fn a_3_mb_line_without_a_sentence_end_quotes_at_most_1_kib_per_marker() {
    // Before the fix each of the 600 markers quoted the whole 3 MB line as
    // its sentence, and `check --format json` did not finish in a minute.
    let line: Vec<&str> = (0..600_000)
        .map(|i| if i % 1000 == 999 { "word [1]" } else { "word" })
        .collect();
    let line = line.join(" ");
    let (code, article, _) = check_json("no-stop.txt", line.as_bytes());
    assert_eq!(code, 1);
    assert_eq!(count(&article, "markers"), 600);
    for marker in article["markers"].as_array().expect("markers") {
        let sentence = marker["sentence"].as_str().expect("sentence");
        assert!(
            sentence.len() <= 1024 && sentence.contains("[1]"),
            "{} bytes",
            sentence.len()
        );
    }
}

#[test]
fn a_3_mb_line_of_nothing_but_markers_is_checked_in_time() {
    // `A [1] ` and not `[1][1]…`: a line that starts with `[1]` is a
    // reference list.
    let line = "A [1] ".repeat(512 * 1024);
    let (dir, path) = scratch_with("dense.txt", line.as_bytes());
    let run = ibid_in(dir.path(), &["check", arg(&path)]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.trim_end().ends_with("in 1 article"),
        "{}",
        run.stdout.lines().last().unwrap_or("")
    );
}

#[test]
fn a_hundred_thousand_nested_brackets_are_text_in_both_formats() {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for name in ["nested.txt", "nested.md"] {
        let (code, article, _) = check_json(name, nested.as_bytes());
        assert_eq!(code, 0, "{name}");
        assert_eq!(
            (count(&article, "markers"), count(&article, "references")),
            (0, 0),
            "{name}"
        );
    }
}

#[test]
fn a_marker_number_beyond_u64_is_not_a_marker() {
    let text =
        format!("Title\n\nA claim.[99999999999999999999999] Another.[1]\n\nReferences\n{ONE_REFERENCE}\n");
    let (code, article, _) = check_json("huge.txt", text.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(count(&article, "markers"), 1);
    assert_eq!(article["markers"][0]["labels"][0], "1");
}

#[test]
fn a_list_numbered_up_to_u64_max_is_read_without_overflow() {
    // Found by this matrix: `KnownNumbers::accepts` added a margin to the
    // list's largest number and overflowed (a panic in debug builds).
    let text = "Title\n\nA claim.[5] Another.[18446744073709551615]\n\nReferences\n[18446744073709551615] Roe, Jane. Study. 2001.\n[1] Doe.\n";
    let (code, article, _) = check_json("max.txt", text.as_bytes());
    assert_eq!(code, 1, "[5] has no entry");
    assert_eq!(count(&article, "markers"), 2);
    // `[1] Doe.` is an entry of its own, as in a list out of order.
    assert_eq!(count(&article, "references"), 2);
}

/// The same small article, for the encodings below.
const SMALL: &str =
    "Title\n\nA claim.[1]\n\nReferences\n[1] Roe, Jane. \"A Study of Things.\" Planet, 2001.\n";

#[test]
fn utf16_with_a_bom_reads_like_utf8() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        SMALL
            .replace('\n', "\r\n")
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let (code, article, stderr) = check_json("utf16.txt", &bytes);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (1, 1)
    );
    assert_eq!(article["markers"][0]["line"], 3);
    assert_eq!(article["title"], "Title");
}

#[test]
fn cr_only_line_ends_are_line_ends() {
    let (code, article, _) = check_json("mac.txt", SMALL.replace('\n', "\r").as_bytes());
    assert_eq!(code, 0);
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (1, 1)
    );
    assert_eq!(article["markers"][0]["line"], 3);
    assert_eq!(article["references"][0]["line"], 6);
}

#[test]
fn ten_thousand_markdown_footnotes_are_all_read() {
    let mut text = String::from("# Many notes\n\n");
    for i in 0..10_000 {
        text.push_str(&format!("Claim {i}.[^n{i}]\n"));
    }
    text.push('\n');
    for i in 0..10_000 {
        text.push_str(&format!("[^n{i}]: Roe, Jane. Study {i}. Planet, 2001.\n"));
    }
    let (code, article, _) = check_json("many.md", text.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (10_000, 10_000)
    );
}

#[test]
fn deeply_nested_markdown_quotes_keep_their_footnote() {
    let text = format!(
        "{}deep claim.[^a]\n\n[^a]: Roe, Jane. Study. 2001.\n",
        "> ".repeat(100_000)
    );
    let (code, article, _) = check_json("quotes.md", text.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (1, 1)
    );
}

#[test]
fn a_chain_of_ibids_with_no_first_source_is_one_ambiguous_ibid() {
    // An ibid can only point back, so a cycle cannot form; the nearest thing
    // is a list whose first entry is itself an ibid.
    let text = "Title\n\nA.[1] B.[2] C.[3]\n\nReferences\n[1] Ibid.\n[2] Ibid.\n[3] Ibid., p. 4.\n";
    let (code, article, _) = check_json("ibids.txt", text.as_bytes());
    assert_eq!(code, 0);
    let ibid_of: Vec<&Value> = article["references"]
        .as_array()
        .expect("references")
        .iter()
        .map(|r| &r["ibid_of"])
        .collect();
    assert_eq!(ibid_of, [&Value::Null, &Value::from("1"), &Value::from("1")]);
    assert_eq!(checks(&article), ["ambiguous-ibid"]);
}

#[test]
fn unicode_and_bidi_footnote_labels_are_kept_and_shown_harmlessly() {
    let text = "Title\n\nA claim.[^\u{202e}evil\u{202c}] Another.[^日本] Third.[^a\u{200f}b]\n\n[^\u{202e}evil\u{202c}]: Roe, Jane. Study. 2001.\n[^日本]: Doe, John. Book. 1999.\n[^a\u{200f}b]: Poe, Ann. Essay. 2003.\n";
    let (code, article, _) = check_json("bidi.md", text.as_bytes());
    assert_eq!(code, 0);
    let labels: Vec<&str> = article["references"]
        .as_array()
        .expect("references")
        .iter()
        .map(|r| r["label"].as_str().expect("label"))
        .collect();
    assert_eq!(labels, ["\u{202e}evil\u{202c}", "日本", "a\u{200f}b"]);
    assert_eq!(count(&article, "markers"), 3);

    let (dir, path) = scratch_with("bidi.md", text.as_bytes());
    let run = ibid_in(dir.path(), &["render", arg(&path), "--keys", "]"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("[^<RLO>evil<PDF>]"), "{}", run.stdout);
    assert!(!run.stdout.contains('\u{202e}') && !run.stdout.contains('\u{200f}'));
}

#[test]
fn invalid_utf8_is_replaced_with_one_warning_line() {
    // A UTF-8 character first: the file is UTF-8 with a bad byte, not Latin-1.
    let bytes = [
        "Title “quoted”\n\nA claim ".as_bytes(),
        b"\xff",
        " here.[1]\n\nReferences\n[1] Roe, Jane. Study. 2001.\n".as_bytes(),
    ]
    .concat();
    let (dir, path) = scratch_with("bad.txt", &bytes);
    let run = ibid_in(dir.path(), &["check", arg(&path), "--format", "json"]);
    assert_eq!(run.code, 0);
    assert_one_line_naming(&run.stderr, &path, ":3: 1 invalid UTF-8 sequence replaced");
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(count(&report["articles"][0], "markers"), 1);
}

#[test]
fn a_latin_1_file_is_read_as_windows_1252_with_one_warning_line() {
    let bytes =
        b"Caf\xe9 Society\n\nA claim \x93quoted\x94 here.[1]\n\nReferences\n[1] Roe, Jane. Caf\xe9s. 2001.\n";
    let (dir, path) = scratch_with("latin.txt", bytes);
    let run = ibid_in(dir.path(), &["check", arg(&path), "--format", "json"]);
    assert_eq!(run.code, 0);
    assert_one_line_naming(&run.stderr, &path, ":1: not UTF-8, read as Windows-1252");
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(report["articles"][0]["title"], "Café Society");
    assert_eq!(count(&report["articles"][0], "markers"), 1);
}

#[test]
fn every_control_character_is_read_and_never_reaches_the_screen() {
    let controls: String = (1u8..0x20)
        .map(char::from)
        .chain(['\x7f'])
        .chain((0x80u32..0xa0).filter_map(char::from_u32))
        .collect();
    let text = format!(
        "Title {controls}\n\nA claim {controls} here.[1]\n\nReferences\n[1] Roe, Jane. {controls} Study. 2001.\n"
    );
    let (code, article, _) = check_json("controls.txt", text.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(
        (count(&article, "markers"), count(&article, "references")),
        (1, 1)
    );

    let (dir, path) = scratch_with("controls.txt", text.as_bytes());
    let run = ibid_in(dir.path(), &["render", arg(&path), "--keys", "]"]);
    assert_eq!(run.code, 0);
    let bad: Vec<char> = run
        .stdout
        .chars()
        .filter(|&c| c.is_control() && c != '\n')
        .collect();
    assert!(bad.is_empty(), "control characters on screen: {bad:?}");
    assert!(run.stdout.contains("^["), "ESC is shown as ^[");
}

#[test]
fn a_nul_byte_makes_the_file_binary_with_one_line_and_exit_2() {
    let (dir, path) = scratch_with("nul.txt", b"Title\n\x00\nA claim.[1]\n");
    let run = ibid_in(dir.path(), &["check", arg(&path), "--format", "json"]);
    assert_eq!(run.code, 2);
    assert_one_line_naming(&run.stderr, &path, "binary file");
}

#[test]
fn a_file_that_vanishes_after_the_folder_is_listed_is_not_found() {
    // The binary lists a folder and then reads each file; no test can remove
    // a file between those two steps of a running process deterministically,
    // so this drives the same two library calls with the removal between.
    let dir = tempfile::tempdir().expect("scratch folder");
    std::fs::write(dir.path().join("a.txt"), SMALL).expect("write");
    std::fs::write(dir.path().join("b.txt"), SMALL).expect("write");
    let files = ibid::load::expand_paths(&[dir.path().to_path_buf()]).expect("expand");
    assert_eq!(files.len(), 2);
    std::fs::remove_file(&files[1]).expect("remove b.txt");
    assert!(ibid::load::load_file(&files[0]).is_ok());
    let error = ibid::load::load_file(&files[1]).expect_err("b.txt is gone");
    let message = error.to_string();
    assert_one_line_naming(&message, &files[1], "no such file");
}

#[test]
fn an_article_edited_after_a_note_keeps_the_note() {
    // A file that changes while the reader has it open: the note was saved
    // against the old text; the next read finds it on the new text.
    let (dir, path) = scratch_with("edited.txt", SMALL.as_bytes());
    let notes = dir.path().join("notes-store");
    let marked = ibid_in(
        dir.path(),
        &["render", arg(&path), "--notes-dir", arg(&notes), "--keys", "]s"],
    );
    assert_eq!(marked.code, 0, "{}", marked.stderr);
    std::fs::write(
        &path,
        SMALL.replace("Title\n\n", "Title\n\nA new first paragraph.\n\n"),
    )
    .expect("edit");
    let run = ibid_in(
        dir.path(),
        &[
            "notes",
            arg(&path),
            "--notes-dir",
            arg(&notes),
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let annotations = report["annotations"].as_array().expect("annotations");
    assert_eq!(annotations.len(), 1, "the note survives the edit");
    assert_eq!(annotations[0]["state"], "moved");
    assert_eq!(annotations[0]["verdict"], "supported");
}

#[cfg(unix)]
#[test]
fn a_folder_with_symlink_loops_checks_only_its_real_article() {
    // Folder expansion is not recursive and keeps only regular files, so a
    // link to the folder itself (`loop.txt -> .`) and a link to itself
    // (`self.txt -> self.txt`) are skipped: one article, no error.
    let dir = tempfile::tempdir().expect("scratch folder");
    let folder = dir.path().join("articles");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::write(folder.join("real.txt"), SMALL).expect("write");
    std::os::unix::fs::symlink(".", folder.join("loop.txt")).expect("link to the folder");
    std::os::unix::fs::symlink("self.txt", folder.join("self.txt")).expect("link to itself");
    let run = ibid_in(dir.path(), &["check", arg(&folder), "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let paths: Vec<&str> = report["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, [arg(&folder.join("real.txt"))]);

    // Named directly, the self-link cannot be read: one line, exit 2.
    let looped = folder.join("self.txt");
    let run = ibid_in(dir.path(), &["check", arg(&looped)]);
    assert_eq!(run.code, 2);
    assert_one_line_naming(&run.stderr, &looped, "cannot be read");
}

/// Whether this process can read a file whatever its permissions (root).
#[cfg(unix)]
fn permissions_are_ignored(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    std::fs::write(&probe, "x").expect("write probe");
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o000)).expect("chmod probe");
    std::fs::read(&probe).is_ok()
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_one_line_and_exit_2() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = scratch_with("secret.txt", SMALL.as_bytes());
    if permissions_are_ignored(dir.path()) {
        // Running as root: mode 000 does not stop reading. /proc/self/mem
        // exists and cannot be read from offset 0 (EIO) whoever asks, which
        // is the same case: a file that is there and will not be read.
        #[cfg(target_os = "linux")]
        {
            let mem = Path::new("/proc/self/mem");
            let run = ibid_in(dir.path(), &["check", arg(mem)]);
            assert_eq!(run.code, 2);
            assert_one_line_naming(&run.stderr, mem, "cannot be read");
        }
        return;
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let run = ibid_in(dir.path(), &["check", arg(&path)]);
    assert_eq!(run.code, 2);
    assert_one_line_naming(&run.stderr, &path, "cannot be read");
}

#[cfg(unix)]
#[test]
fn a_read_only_notes_folder_says_so_and_loses_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = scratch_with("article.txt", SMALL.as_bytes());
    let notes = dir.path().join("notes-store");
    std::fs::create_dir(&notes).expect("notes folder");
    let expected = if permissions_are_ignored(dir.path()) {
        // Root writes into a mode 555 folder, so make the store's `notes`
        // folder a plain file instead: the notes cannot be read or written
        // there, and the reader opens them read-only at once.
        std::fs::write(notes.join("notes"), "").expect("block the notes folder");
        "notes are read-only"
    } else {
        // The folder is empty, so reading finds no notes; the save fails.
        std::fs::set_permissions(&notes, std::fs::Permissions::from_mode(0o555)).expect("chmod");
        "kept in memory but not saved"
    };
    let run = ibid_in(
        dir.path(),
        &["render", arg(&path), "--notes-dir", arg(&notes), "--keys", "]s"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let status = run.stdout.lines().last().expect("a status line");
    assert!(status.contains(expected), "{status}");
    assert!(!status.contains("marked supported"), "{status}");
}
