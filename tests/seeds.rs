//! The facts of `../shared/seeds/EXPECTED.md`, asserted on the JSON that
//! `ibid check --format json` prints for the real articles.
//!
//! The seeds are read from `$IBID_SHARED/seeds` (default `../shared` beside
//! the repository); these tests are `#[ignore]`d so that `cargo test` passes
//! without them, and `.ci/run` runs them with `--include-ignored`.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn shared() -> PathBuf {
    std::env::var_os("IBID_SHARED").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from,
    )
}

/// The checked article for a seed file.
fn seed(name: &str) -> Value {
    let path = shared().join("seeds").join(name);
    assert!(
        path.is_file(),
        "seed {} not found: set IBID_SHARED to the shared folder",
        path.display()
    );
    checked(&path)
}

/// The checked article for a file.
fn checked(path: &std::path::Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_ibid"))
        .args(["check", "--format", "json"])
        .arg(path)
        .output()
        .expect("ibid runs");
    let json: Value = serde_json::from_slice(&out.stdout).expect("check prints JSON");
    json["articles"][0].clone()
}

fn reference<'a>(article: &'a Value, label: &str) -> &'a Value {
    article["references"]
        .as_array()
        .and_then(|refs| refs.iter().find(|r| r["label"] == label))
        .unwrap_or_else(|| panic!("no reference [{label}]"))
}

fn marker_labels(article: &Value) -> Vec<String> {
    article["markers"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|m| m["labels"].as_array().cloned().unwrap_or_default())
        .filter_map(|l| l.as_str().map(str::to_string))
        .collect()
}

/// (check, reference) of every finding.
fn findings(article: &Value) -> Vec<(String, String)> {
    article["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["check"].as_str().unwrap_or("").to_string(),
                f["reference"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn has(article: &Value, check: &str, label: &str) -> bool {
    findings(article).iter().any(|(c, r)| c == check && r == label)
}

/// Labels of the markers a check flags.
fn flagged_markers(article: &Value, check: &str) -> Vec<String> {
    let markers = article["markers"].as_array().cloned().unwrap_or_default();
    article["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["check"] == check)
        .filter_map(|f| f["marker"].as_u64())
        .filter_map(|m| {
            markers.get(usize::try_from(m).ok()?)?["labels"][0]
                .as_str()
                .map(str::to_string)
        })
        .collect()
}

const S000: &str = "000_2cbedbd80a749db1.txt";
const S001: &str = "001_6456b58d57da0620.txt";
const S002: &str = "002_ec7a831113140a5e.txt";

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_000_title_byline_markers_and_references() {
    let a = seed(S000);
    assert_eq!(a["title"], "Israel’s Secret Relationship with MKO");
    assert_eq!(a["byline"], "Mazda Parsi");
    let expected: Vec<String> = (1..=18).filter(|&n| n != 8).map(|n| n.to_string()).collect();
    assert_eq!(marker_labels(&a), expected);
    assert_eq!(a["references"].as_array().map(Vec::len), Some(18));
    let last = reference(&a, "18")["text"].as_str().unwrap_or("");
    assert!(
        !last.contains("You may also like") && !last.contains("Leave a Comment") && !last.contains("Mazda"),
        "{last}"
    );
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_000_unused_note_and_skipped_number() {
    let a = seed(S000);
    assert_eq!(reference(&a, "8")["kind"], "note");
    assert!(has(&a, "unused-reference", "8"));
    assert!(findings(&a).iter().any(|(c, _)| c == "numbering"));
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_000_ibids_resolve() {
    let a = seed(S000);
    for (ibid, target) in [("3", "1"), ("6", "5"), ("7", "5"), ("16", "15"), ("18", "10")] {
        assert_eq!(reference(&a, ibid)["ibid_of"], target, "[{ibid}]");
    }
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_000_shifted_from_marker_10() {
    let a = seed(S000);
    let flagged = flagged_markers(&a, "misattributed-citation");
    for label in ["10", "11", "12", "14", "17"] {
        assert!(
            flagged.contains(&label.to_string()),
            "marker [{label}] not flagged: {flagged:?}"
        );
    }
    for label in 1..=9 {
        assert!(
            !flagged.contains(&label.to_string()),
            "marker [{label}] wrongly flagged"
        );
    }
    let shifted: Vec<&Value> = a["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["check"] == "shifted-references")
        .collect();
    assert_eq!(shifted.len(), 1, "{shifted:?}");
    assert_eq!(shifted[0]["offset"], -1);
    assert_eq!(shifted[0]["reference"], "10");
    let suggested: Vec<(String, String)> = a["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["check"] == "misattributed-citation")
        .map(|f| {
            (
                f["reference"].as_str().unwrap_or("").into(),
                f["suggested"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    for (cited, meant) in [("10", "9"), ("11", "10"), ("12", "11"), ("14", "13")] {
        assert!(
            suggested.contains(&(cited.into(), meant.into())),
            "[{cited}] should suggest [{meant}]: {suggested:?}"
        );
    }
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_000_urls_availability_and_completeness() {
    let a = seed(S000);
    for label in ["1", "4", "17"] {
        assert!(has(&a, "suspicious-url", label), "[{label}] URL not suspicious");
    }
    let urls = |label: &str| reference(&a, label)["urls"].clone();
    assert_eq!(urls("4")[0], "http://www.foxnews.com/story/0,2933,479404,00.html");
    assert_eq!(
        urls("17")[0],
        "http://www.telegraph.co.uk/news/worldnews/middleeast/israel/4640052/Israel-launches-covert-war-against-Iran.html"
    );
    assert!(has(&a, "unavailable-source", "15"));
    assert!(has(&a, "incomplete-reference", "13"));
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_000_fields_of_entry_5() {
    let a = seed(S000);
    let r = reference(&a, "5");
    assert_eq!(r["authors"][0], "Porter, Gareth");
    assert_eq!(r["title"], "Report Ties Dubious Iran Nuclear Docs to Israel");
    assert_eq!(r["container"], "IPS");
    assert_eq!(r["date"], "2009-06-03");
    assert_eq!(r["accessed"], "2010-07-31");
    assert_eq!(r["urls"][0], "http://ipsnews.net/news.asp?idnews=47081");
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_001_one_line_article_with_sidebars() {
    let a = seed(S001);
    assert_eq!(marker_labels(&a), ["1", "2", "3", "4"]);
    let refs = a["references"].as_array().cloned().unwrap_or_default();
    assert_eq!(refs.len(), 4);
    assert_eq!(reference(&a, "1")["kind"], "note");
    assert_eq!(reference(&a, "2")["kind"], "note");
    assert_eq!(reference(&a, "3")["kind"], "citation");
    assert_eq!(reference(&a, "3")["date"], "1993");
    assert!(
        reference(&a, "4")["text"]
            .as_str()
            .unwrap_or("")
            .starts_with("DEBKAfile")
    );
    let last = reference(&a, "4")["text"].as_str().unwrap_or("");
    assert!(
        !last.contains("New Articles") && !last.contains("Most viewed"),
        "{last}"
    );
    assert!(flagged_markers(&a, "misattributed-citation").is_empty());
    assert!(!findings(&a).iter().any(|(c, _)| c == "shifted-references"));
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_002_trailing_list_without_heading() {
    let a = seed(S002);
    assert_eq!(a["title"], "MKO and Western Intelligence");
    assert_eq!(a["byline"], Value::Null);
    let expected: Vec<String> = (1..=10).map(|n| n.to_string()).collect();
    assert_eq!(marker_labels(&a), expected);
    assert_eq!(a["references"].as_array().map(Vec::len), Some(10));
    // The biography after [8] belongs to [8]: its name appears there twice.
    assert!(
        reference(&a, "8")["text"]
            .as_str()
            .unwrap_or("")
            .matches("Leverett")
            .count()
            >= 2
    );
    assert_eq!(reference(&a, "5")["duplicate_of"], "1");
    assert_eq!(reference(&a, "10")["ibid_of"], "9");
    assert!(flagged_markers(&a, "misattributed-citation").is_empty());
    assert!(!findings(&a).iter().any(|(c, _)| c == "shifted-references"));
}

/// What a reader of an article's citations sees: the markers, the entries
/// and each finding on an entry (an unsourced quotation, which joined
/// paragraphs can lengthen, aside).
fn citations(article: &Value) -> (Vec<String>, Vec<Value>, Vec<(String, String)>) {
    let labels = article["references"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| r["label"].clone())
        .collect();
    let mut found: Vec<(String, String)> = findings(article)
        .into_iter()
        .filter(|(check, _)| check != "unsourced-quotation")
        .collect();
    found.sort();
    (marker_labels(article), labels, found)
}

/// `text` with `body` applied to the part before its notes (which start at
/// the last `[1]`) and `notes` to the rest.
fn rewritten(text: &str, body: impl Fn(&str) -> String, notes: impl Fn(&str) -> String) -> String {
    let start = text.rfind("[1]").expect("the seed has notes");
    format!("{}{}", body(&text[..start]), notes(&text[start..]))
}

/// Each `[n]` in `s` written another way.
fn relabelled(s: &str, label: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let close = rest[open..].find(']').map(|c| open + c);
        match close.filter(|&c| c > open + 1 && rest[open + 1..c].bytes().all(|b| b.is_ascii_digit())) {
            Some(close) => {
                out.push_str(&rest[..open]);
                out.push_str(&label(&rest[open + 1..close]));
                rest = &rest[close + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One way of saving a page, from the text of another.
type Resave<'a> = dyn Fn(&str) -> String + 'a;

/// Each seed saved in the other ways real pages come: its list's heading
/// lost, blank lines between all its lines, Windows line ends, a sidebar of
/// numbered headlines under it, an archive's toolbar or a site's menu over
/// it, the whole of it on one line, its markers in parentheses or raised,
/// its notes numbered `1.` or `(1)`. A careful reader finds the same
/// citations in each.
#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn each_seed_reads_the_same_however_the_page_was_saved() {
    let dir = tempfile::tempdir().expect("scratch folder");
    let without_heading = |t: &str| {
        t.lines()
            .filter(|l| !matches!(l.trim(), "References:" | "References" | "Notes:" | "Notes"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    let sidebar = |t: &str| {
        format!(
            "{t}\n\nRelated Posts\n\n1. A headline readers clicked on\n2. A second headline\n\
             3. A third headline\n\nLeave a Reply Cancel reply\n"
        )
    };
    let toolbar =
        |t: &str| format!("The Wayback Machine - https://web.archive.org/web/2015/http://example.org/a\n{t}");
    let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let menu = |t: &str| format!("Skip to content\nHome\nNews\nAnalysis\nAbout Us\nContact\n\n{t}");
    let in_parentheses = |t: &str| rewritten(t, |b| relabelled(b, |n| format!("({n})")), str::to_string);
    let raised = |t: &str| {
        let raise = |n: &str| {
            n.chars()
                .map(|d| {
                    let raised = d
                        .to_digit(10)
                        .and_then(|v| "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().nth(v.try_into().ok()?));
                    raised.unwrap_or(d)
                })
                .collect()
        };
        rewritten(t, |b| relabelled(&b.replace(" [", "["), raise), str::to_string)
    };
    let notes_numbered = |t: &str| rewritten(t, str::to_string, |n| relabelled(n, |k| format!("{k}. ")));
    let notes_in_parentheses =
        |t: &str| rewritten(t, str::to_string, |n| relabelled(n, |k| format!("({k}) ")));
    let one_line_over_a_sidebar = |t: &str| sidebar(&one_line(t));
    let ways: [(&str, &Resave<'_>); 12] = [
        ("without its heading", &without_heading),
        ("double-spaced", &|t: &str| t.replace('\n', "\n\n")),
        ("with Windows line ends", &|t: &str| t.replace('\n', "\r\n")),
        ("with a sidebar", &sidebar),
        ("under an archive's toolbar", &toolbar),
        ("on one line", &one_line),
        ("on one line over a sidebar", &one_line_over_a_sidebar),
        ("under a menu", &menu),
        ("cited in parentheses", &in_parentheses),
        ("cited in superscripts", &raised),
        ("with notes numbered 1.", &notes_numbered),
        ("with notes numbered (1)", &notes_in_parentheses),
    ];
    for name in [S000, S001, S002] {
        let saved = seed(name);
        let text = std::fs::read_to_string(shared().join("seeds").join(name)).expect("seed readable");
        for (way, save) in ways {
            let path = dir.path().join(name);
            std::fs::write(&path, save(&text)).expect("write the seed saved another way");
            let again = checked(&path);
            assert_eq!(citations(&again), citations(&saved), "{name} {way}");
            if !way.starts_with("on one line") {
                assert_eq!(again["title"], saved["title"], "{name} {way}");
            }
        }
    }
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn the_same_source_has_the_same_key_across_articles() {
    let porter_000 = reference(&seed(S000), "5")["source"].clone();
    let porter_002 = reference(&seed(S002), "6")["source"].clone();
    assert!(porter_000.is_string());
    assert_eq!(porter_000, porter_002);
    let other = reference(&seed(S002), "7")["source"].clone();
    assert_ne!(porter_000, other);
}

/// Each seed grown to about 2 MB (its first paragraph repeated before
/// itself): the reader's preview, read from the file's two ends, has the
/// same title and the same reference list as the whole article.
#[test]
#[ignore = "needs ../shared/seeds"]
fn a_grown_seed_previews_its_title_and_whole_reference_list() {
    let dir = tempfile::tempdir().expect("scratch folder");
    for name in [
        "000_2cbedbd80a749db1.txt",
        "001_6456b58d57da0620.txt",
        "002_ec7a831113140a5e.txt",
    ] {
        let text = std::fs::read_to_string(shared().join("seeds").join(name)).expect("seed readable");
        let whole = ibid::parse::parse(name, text.clone().into());
        let first = whole
            .blocks
            .iter()
            .find(|b| b.kind == ibid::article::BlockKind::Paragraph)
            .expect("a paragraph");
        let paragraph = format!("{}\n\n", &text[first.range.clone()]);
        let copies = 2_000_000 / paragraph.len();
        let grown = format!(
            "{}{}{}",
            &text[..first.range.start],
            paragraph.repeat(copies),
            &text[first.range.start..]
        );
        let path = dir.path().join(name);
        std::fs::write(&path, &grown).expect("write the grown seed");
        let full = ibid::parse::parse(name, grown.into());
        let preview = ibid::preview::Preview::read(&path, name).expect("preview");
        assert!(
            preview.article.text.len() < 1_000_000,
            "{name}: a preview, not the whole"
        );
        assert_eq!(preview.article.title_text(), full.title_text(), "{name}");
        let entries = |a: &ibid::article::Article| -> Vec<String> {
            a.references
                .iter()
                .map(|r| a.slice(&r.range).to_string())
                .collect()
        };
        assert_eq!(entries(&preview.article), entries(&full), "{name}");
    }
}
