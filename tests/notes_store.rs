//! The notes store as readers use it: two readers on one article do not
//! erase each other's notes, deletions stick, and a source rated while
//! reading one article shows its rating in another that cites it.

use std::path::Path;

use ibid::notes::export::{NotesReport, cited_sources, locate_annotations, to_json};
use ibid::notes::store::{Store, new_id, now};
use ibid::notes::{Anchor, Annotation, Rating, SourceRating, Verdict};

const ARTICLE: &str = "articles/two-readers.txt";

fn annotation(id: &str, updated: &str, note: &str) -> Annotation {
    Annotation {
        id: id.to_owned(),
        verdict: Some(Verdict::Supported),
        note: Some(note.to_owned()),
        anchor: Anchor {
            quote: "A claim.".to_owned(),
            prefix: String::new(),
            suffix: String::new(),
            offset: 0,
            content_hash: String::new(),
        },
        created: "2026-11-23T10:00:00Z".to_owned(),
        updated: updated.to_owned(),
        deleted: false,
    }
}

fn notes(store: &Store) -> Vec<(String, String)> {
    store
        .load_article(ARTICLE)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|a| (a.id, a.note.unwrap_or_default()))
        .collect()
}

#[test]
fn two_readers_saving_to_one_article_keep_each_others_notes() {
    let dir = tempfile::tempdir().unwrap();
    let (reader_a, reader_b) = (Store::new(dir.path()), Store::new(dir.path()));
    // Both opened the article when it had no notes; each saves its own.
    reader_a
        .save_annotation(ARTICLE, &annotation("01A", "2026-11-23T10:01:00Z", "from A"))
        .unwrap();
    reader_b
        .save_annotation(ARTICLE, &annotation("01B", "2026-11-23T10:01:00Z", "from B"))
        .unwrap();
    // B edits A's note later; A then saves a stale copy of it: B's stays.
    reader_b
        .save_annotation(ARTICLE, &annotation("01A", "2026-11-23T10:05:00Z", "B's edit"))
        .unwrap();
    reader_a
        .save_annotation(
            ARTICLE,
            &annotation("01A", "2026-11-23T10:02:00Z", "A's stale copy"),
        )
        .unwrap();
    assert_eq!(
        notes(&reader_a),
        [
            ("01A".to_owned(), "B's edit".to_owned()),
            ("01B".to_owned(), "from B".to_owned())
        ]
    );
    // A deletes B's note; B's older copy saved afterwards does not bring it back.
    reader_a.delete_annotation(ARTICLE, "01B").unwrap();
    reader_b
        .save_annotation(ARTICLE, &annotation("01B", "2026-11-23T10:01:00Z", "from B"))
        .unwrap();
    assert_eq!(notes(&reader_b), [("01A".to_owned(), "B's edit".to_owned())]);
}

#[test]
fn concurrent_saves_from_many_threads_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let store = Store::new(path);
                for i in 0..25 {
                    let a = annotation(&format!("{w}-{i:02}"), &now(), "x");
                    store.save_annotation(ARTICLE, &a).unwrap();
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    assert_eq!(Store::new(&path).load_article(ARTICLE).unwrap().len(), 100);
}

#[test]
fn ratings_merge_by_source_and_can_be_removed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let rating = |source: &str, rating, updated: &str| SourceRating {
        source: source.to_owned(),
        rating,
        note: None,
        updated: updated.to_owned(),
    };
    store
        .save_rating(&rating("b/two", Rating::Mixed, "2026-01-01T00:00:00Z"))
        .unwrap();
    store
        .save_rating(&rating("a/one", Rating::Reliable, "2026-01-01T00:00:00Z"))
        .unwrap();
    store
        .save_rating(&rating("b/two", Rating::Unreliable, "2026-01-02T00:00:00Z"))
        .unwrap();
    store
        .save_rating(&rating("b/two", Rating::Reliable, "2025-12-31T00:00:00Z"))
        .unwrap(); // stale
    let loaded: Vec<(String, Rating)> = store
        .load_sources()
        .unwrap()
        .into_iter()
        .map(|r| (r.source, r.rating))
        .collect();
    assert_eq!(
        loaded,
        [
            ("a/one".to_owned(), Rating::Reliable),
            ("b/two".to_owned(), Rating::Unreliable)
        ]
    );
    store.remove_rating("a/one").unwrap();
    assert_eq!(store.load_sources().unwrap().len(), 1);
}

#[test]
fn a_source_rated_in_one_article_shows_in_another_that_cites_it() {
    let first = ibid::parse::parse(
        "first.txt",
        "Bridges\n\nThe bridge opened in 1932.[1]\n\nReferences\n\n[1] Hale, Ruth. \"Spans of the North.\" Civil Review, 1990.\n"
            .into(),
    );
    let second = ibid::parse::parse(
        "second.txt",
        "Ferries\n\nThe ferry stopped when the bridge opened.[1] Traffic fell by half.[2]\n\nReferences\n\n\
[1] Moss, Tom. \"Ferry Days.\" Harbour Press, 2004.\n[2] Hale, Ruth. \"Spans of the North.\" Civil Review, 1990.\n"
            .into(),
    );
    let source = first.references[0].source.clone().unwrap();
    assert_eq!(
        second.references[1].source.as_deref(),
        Some(source.as_str()),
        "same source, same key"
    );

    // Rated while reading the first article.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store
        .save_rating(&SourceRating {
            source: source.clone(),
            rating: Rating::Unreliable,
            note: Some("figures contradicted by the 1991 audit".to_owned()),
            updated: now(),
        })
        .unwrap();

    // Shown in the second article's export, cited there as entry 2.
    let ratings = store.load_sources().unwrap();
    let sources = cited_sources(&second, &ratings);
    let annotation = Annotation {
        id: new_id(),
        verdict: Some(Verdict::Disputed),
        note: None,
        anchor: ibid::notes::anchor::anchor_for(&second.text, 0..7),
        created: now(),
        updated: now(),
        deleted: false,
    };
    let located = locate_annotations(&second, &[annotation]);
    let report = NotesReport {
        article: &second,
        store: Path::new("store.toml"),
        annotations: &located,
        sources: &sources,
    };
    let json: serde_json::Value = serde_json::from_str(&to_json(&report)).unwrap();
    assert_eq!(
        json["sources"],
        serde_json::json!([{
            "source": source,
            "rating": "unreliable",
            "note": "figures contradicted by the 1991 audit",
            "cited_by": ["2"],
        }])
    );
}
