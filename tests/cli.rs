//! The `ibid` binary as a user runs it: exit codes, error messages, output
//! formats.

use std::path::Path;
use std::process::{Command, Output};

fn ibid(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ibid"))
        .args(args)
        .output()
        .expect("ibid runs")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_missing_file_is_one_line_naming_it_and_exit_2() {
    let out = ibid(&["check", "no/such/article.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("no/such/article.txt") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn a_binary_file_is_refused_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("image.txt");
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let out = ibid(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("binary file"), "{}", stderr(&out));
}

#[test]
fn the_reader_refuses_a_missing_or_binary_file_before_it_touches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let missing = dir.path().join("gone.txt");
    for (path, says) in [(&binary, "binary file"), (&missing, "no such file")] {
        let out = ibid(&[path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(path.to_str().unwrap()) && err.contains(says),
            "{err}"
        );
        assert!(
            out.stdout.is_empty(),
            "no terminal set-up is written: {:?}",
            stdout(&out)
        );
    }
}

#[test]
fn a_folder_without_articles_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("photo.jpg"), b"x").unwrap();
    let out = ibid(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no .txt or .md articles"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_bad_option_is_a_usage_error_with_exit_2() {
    assert_eq!(ibid(&["check", "--format", "yaml"]).status.code(), Some(2));
    assert_eq!(ibid(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn text_report_lines_name_file_line_severity_and_check() {
    let path = fixture("problems.txt");
    let out = ibid(&["check", &path]);
    assert_eq!(out.status.code(), Some(1), "a missing reference is an error");
    let text = stdout(&out);
    let expected = format!("{path}:3: error[missing-reference]: ");
    assert!(text.lines().any(|l| l.starts_with(&expected)), "{text}");
    assert!(text.trim_end().ends_with("in 1 article"), "{text}");
}

#[test]
fn deny_sets_the_level_that_fails() {
    let clean = fixture("clean.txt");
    assert_eq!(ibid(&["check", &clean, "--deny", "info"]).status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let warning_only = dir.path().join("unused.txt");
    std::fs::write(
        &warning_only,
        "Title\n\nJane Roe said so.[1]\n\nReferences\n[1] Roe, Jane. \"A Study.\" Daily Planet, 3 May 2001.\n[2] Doe, John. \"Other.\" Evening Star, 4 May 2002.\n",
    )
    .unwrap();
    let path = warning_only.to_str().unwrap();
    assert_eq!(
        ibid(&["check", path]).status.code(),
        Some(0),
        "warnings pass by default"
    );
    assert_eq!(ibid(&["check", path, "--deny", "warning"]).status.code(), Some(1));
    assert_eq!(ibid(&["check", path, "--deny", "info"]).status.code(), Some(1));
}

#[test]
fn json_report_is_version_1_with_every_article_of_a_folder_sorted() {
    let folder = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let out = ibid(&["check", &folder, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["version"], 1);
    let paths: Vec<String> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            a["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(paths.contains(&"footnotes.md".to_string()));
    let first = &json["articles"][0];
    for key in [
        "path",
        "format",
        "title",
        "byline",
        "markers",
        "references",
        "findings",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn refs_exports_csl_json_and_bibtex() {
    let path = fixture("heading_byline.txt");
    let csl = ibid(&["refs", &path, "--format", "csl-json"]);
    assert_eq!(csl.status.code(), Some(0));
    let items: serde_json::Value = serde_json::from_slice(&csl.stdout).expect("valid CSL-JSON");
    assert_eq!(items.as_array().map(Vec::len), Some(5));
    assert_eq!(items[0]["author"][0]["family"], "Mann");
    let bib = stdout(&ibid(&["refs", &path, "--format", "bibtex"]));
    assert_eq!(bib.matches('@').count(), 5, "{bib}");
    let text = stdout(&ibid(&["refs", &path]));
    assert!(text.starts_with("[1] Mann, Michael E."), "{text}");
}

#[test]
fn utf16_and_invalid_utf8_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let source = std::fs::read_to_string(fixture("clean.txt")).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(source.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let path16 = dir.path().join("utf16.txt");
    std::fs::write(&path16, utf16).unwrap();
    let out = ibid(&["check", path16.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["articles"][0]["title"], "A Correctly Cited Article");

    let bad = dir.path().join("bad.txt");
    // A UTF-8 character first: the file is UTF-8 with bad bytes, not Latin-1.
    std::fs::write(
        &bad,
        ["“".as_bytes(), source.as_bytes(), b"\xFF\xFE trailing\n"].concat(),
    )
    .unwrap();
    let out = ibid(&["check", bad.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(err.matches("invalid UTF-8").count(), 1, "{err}");
}

#[test]
fn version_and_help() {
    let version = stdout(&ibid(&["--version"]));
    assert!(version.starts_with("ibid "), "{version}");
    let help = stdout(&ibid(&["check", "--help"]));
    assert!(help.contains("--deny") && help.contains("--format"), "{help}");
}

#[test]
fn no_path_checks_the_built_in_samples_from_an_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_ibid"))
        .args(["check", "--format", "json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let count = json["articles"].as_array().map_or(0, Vec::len);
    assert_eq!(count, ibid::samples::SAMPLES.len());
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join("articles").is_dir());
}

#[test]
fn a_broken_config_names_file_and_line_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("ibid")).unwrap();
    let config = dir.path().join("ibid/config.toml");
    std::fs::write(
        &config,
        "stale-years = 3\n[layout]\nsplit = 0.5\ncolour = \"red\"\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_ibid"))
        .args(["render", &fixture("clean.txt")])
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("config.toml:4:") && err.contains("colour"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&config).unwrap().lines().count(),
        4,
        "the file is left alone"
    );
}

#[test]
fn render_prints_the_reader_screen_after_keys() {
    let path = fixture("clean.txt");
    let out = ibid(&[
        "render", &path, "--width", "100", "--height", "20", "--keys", "]]",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let screen = stdout(&out);
    assert_eq!(screen.lines().count(), 20);
    assert!(screen.contains("marker 2/6"), "{screen}");
    let ansi = stdout(&ibid(&["render", &path, "--keys", "]", "--ansi"]));
    assert!(
        ansi.contains(";7;36m[1]"),
        "the current marker is drawn reversed: {ansi}"
    );
    let bad = ibid(&["render", &path, "--keys", "<Nope>"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// Two articles that cite the same source (same author and title).
fn two_articles_citing_one_source(dir: &Path) -> (String, String) {
    let entry = "Roe, Jane. \"The Shared Study.\" Daily Planet, 3 May 2001.";
    let first = dir.join("first.txt");
    let second = dir.join("second.txt");
    std::fs::write(
        &first,
        format!("First\n\nJane Roe said so.[1]\n\nReferences\n[1] {entry}\n"),
    )
    .expect("write the article");
    std::fs::write(
        &second,
        format!("Second\n\nJohn Doe said one thing.[1] Jane Roe another.[2]\n\nReferences\n[1] Doe, John. \"Other.\" Star, 2002.\n[2] {entry}\n"),
    )
    .expect("write the article");
    (first.display().to_string(), second.display().to_string())
}

#[test]
fn a_source_rated_in_one_article_shows_in_another_that_cites_it() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes").display().to_string();
    let (first, second) = two_articles_citing_one_source(dir.path());
    let rated = ibid(&[
        "--notes-dir",
        &notes,
        "render",
        &first,
        "--width",
        "160",
        "--keys",
        "]<Tab>rushaky sample<Enter>",
    ]);
    assert!(
        stdout(&rated).contains("you rated this source unreliable: shaky sample"),
        "{}",
        stdout(&rated)
    );
    let other = stdout(&ibid(&[
        "--notes-dir",
        &notes,
        "render",
        &second,
        "--width",
        "160",
        "--keys",
        "]]",
    ]));
    assert!(
        other.contains("you rated this source unreliable: shaky sample"),
        "{other}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&ibid(&["--notes-dir", &notes, "notes", &second, "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(json["sources"][0]["rating"], "unreliable");
    assert_eq!(json["sources"][0]["cited_by"][0], "2");
}

#[test]
fn a_corrupt_store_is_reported_read_only_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes");
    let (first, _) = two_articles_citing_one_source(dir.path());
    let notes_s = notes.display().to_string();
    // Make the article's notes file, then break it.
    ibid(&["--notes-dir", &notes_s, "render", &first, "--keys", "]d"]);
    let file = std::fs::read_dir(notes.join("notes"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .expect("the notes file was written");
    let broken = "[[annotation]]\nid = \"x\"\nverdict = \"disputed\nthis is not toml\n";
    std::fs::write(&file, broken).unwrap();

    let export = ibid(&["--notes-dir", &notes_s, "notes", &first, "--format", "json"]);
    assert_eq!(export.status.code(), Some(2));
    let err = stderr(&export);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("{}:", file.display())) && err.contains("will not overwrite"),
        "{err}"
    );

    let screen = stdout(&ibid(&[
        "--notes-dir",
        &notes_s,
        "render",
        &first,
        "--width",
        "160",
        "--keys",
        "]s",
    ]));
    assert!(
        screen.contains("Notes are read-only") && screen.contains("notes are read-only"),
        "{screen}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        broken,
        "the broken file is untouched"
    );
}
