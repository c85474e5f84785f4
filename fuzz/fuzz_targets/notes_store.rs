//! The notes store loader on arbitrary bytes, as an article's notes file and
//! as `sources.toml`: loading never panics, and whatever loads can be
//! anchored in an article and exported without panicking, every located
//! range inside the text.

#![no_main]

use std::sync::OnceLock;

use ibid::notes::export::{NotesReport, cited_sources, locate_annotations, to_json, to_markdown, to_w3c};
use ibid::notes::store::Store;
use libfuzzer_sys::fuzz_target;

/// One scratch store for the whole run (kept until the process ends).
fn store() -> &'static (tempfile::TempDir, Store) {
    static STORE: OnceLock<(tempfile::TempDir, Store)> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("scratch folder");
        let store = Store::new(dir.path());
        (dir, store)
    })
}

/// Two built-in articles, parsed once.
fn articles() -> &'static [ibid::article::Article] {
    static ARTICLES: OnceLock<Vec<ibid::article::Article>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        ibid::samples::SAMPLES
            .iter()
            .take(2)
            .map(|(name, text)| ibid::parse::parse(name, (*text).into()))
            .collect()
    })
}

const ARTICLE: &str = "fuzz.txt";

fuzz_target!(|data: &[u8]| {
    let (_, store) = store();
    let notes_file = store.article_file(ARTICLE);
    if let Some(parent) = notes_file.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    std::fs::write(&notes_file, data).expect("write notes file");
    std::fs::write(store.sources_file(), data).expect("write sources file");
    let annotations = store.load_article(ARTICLE).unwrap_or_default();
    let ratings = store.load_sources().unwrap_or_default();
    for article in articles() {
        let located = locate_annotations(article, &annotations);
        for one in &located {
            if let Some(range) = &one.range {
                assert!(article.text.get(range.clone()).is_some(), "located {range:?} outside the text");
            }
        }
        let sources = cited_sources(article, &ratings);
        let report = NotesReport {
            article,
            store: &notes_file,
            annotations: &located,
            sources: &sources,
        };
        let _ = to_json(&report);
        let _ = to_w3c(&report);
        let _ = to_markdown(&report);
    }
});
