//! Properties that hold for any text, checked with proptest on generated
//! article-like input (brackets, digits, footnote labels, reference
//! headings, quotes, line breaks, control, bidi and multi-byte characters):
//! no parser panics; parsing is deterministic; every range of the model lies
//! inside the text on character boundaries; the notes store gives back what
//! it saved and saving what it loaded changes nothing; an anchor on an
//! unchanged text is found anchored where it was; and drawing any article
//! writes no control byte but the escape sequences ratatui writes itself.
//!
//! Case counts are kept modest so that the file runs in seconds; raise them
//! with `PROPTEST_CASES` for a longer search.

use std::ops::Range;

use ibid::article::Article;
use ibid::check::{CheckOptions, run_all};
use ibid::notes::anchor::{anchor_for, locate};
use ibid::notes::store::Store;
use ibid::notes::{AnchorState, Annotation, Rating, SourceRating, Verdict};
use proptest::prelude::*;

mod support;

/// Pieces that articles are made of, and pieces that attack them.
const PIECES: &[&str] = &[
    "[",
    "]",
    "[1]",
    "[2]",
    "[12]",
    "[3, 4]",
    "[5-7]",
    "[5–7]",
    "[99999999999]",
    "[99999999999999999999999]",
    "[^x]",
    "[^note]",
    "[^",
    "]: ",
    "[^x]: ",
    "[sic]",
    "¹",
    "²,³",
    "References\n",
    "Notes:\n",
    "Bibliography\n",
    "----\n",
    "1. ",
    "2) ",
    "^ ",
    "Ibid.",
    "Ibid., p. 4.",
    "op. cit.",
    "Marlowe, Quentin. ",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\t",
    " ",
    ". ",
    "By: Jane Roe\n",
    "# ",
    "> ",
    "* ",
    "`",
    "**",
    "_",
    "http://example.com/a b",
    "<https://x.y/z>",
    "Accessed 3 June 2009. ",
    "2001",
    "pp. 12–14",
    "é",
    "日本",
    "😀",
    "\u{301}",
    "\u{202e}",
    "\u{202c}",
    "\u{2066}",
    "\u{200f}",
    "\u{61c}",
    "\u{feff}",
    "\x1b[2J",
    "\x1b]52;c;eA==\x07",
    "\u{9b}",
    "\x00",
    "\x7f",
    "\x08",
];

/// Article-like text: a mix of [`PIECES`], words and arbitrary characters.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        3 => "[A-Za-z]{1,9} ",
        2 => "[0-9]{1,4}",
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

/// A file name that makes [`ibid::parse::parse`] read plain text or Markdown.
fn file_name() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(&["article.txt", "article.md"][..])
}

/// Every range in the article lies inside its text, on char boundaries, and
/// every index points at something that exists.
fn assert_ranges_inside(article: &Article) {
    let text = article.text.as_str();
    let inside = |what: &str, r: &Range<usize>| {
        assert!(
            r.start <= r.end && text.get(r.clone()).is_some(),
            "{what} {r:?} is not a range of {text:?}"
        );
    };
    article.title.iter().for_each(|r| inside("title", r));
    article.byline.iter().for_each(|r| inside("byline", r));
    for block in &article.blocks {
        inside("block", &block.range);
    }
    for marker in &article.markers {
        inside("marker", &marker.range);
        inside("marker sentence", &marker.sentence);
        assert_eq!(marker.labels.len(), marker.targets.len());
        assert!(
            marker
                .targets
                .iter()
                .flatten()
                .all(|&t| t < article.references.len())
        );
    }
    for reference in &article.references {
        inside("entry", &reference.range);
        inside("entry body", &reference.body);
        assert!(reference.ibid_of.is_none_or(|t| t < article.references.len()));
        assert!(
            reference
                .duplicate_of
                .is_none_or(|t| t < article.references.len())
        );
        assert!(reference.cited_by.iter().all(|&m| m < article.markers.len()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_text_panics_the_parsers_the_checks_or_field_extraction(text in article_text(), name in file_name()) {
        let article = ibid::parse::parse(name, text.clone().into());
        let _ = run_all(&article, &CheckOptions::default());
        let _ = ibid::parse::fields::extract_fields(&text);
    }

    #[test]
    fn no_bytes_panic_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(loaded) = ibid::load::decode(std::path::Path::new("a.txt"), bytes.as_slice()) {
            // CRLF becomes LF; a CR stays only as a character of a line
            // in a file of LF lines (old Mac files become LF throughout).
            prop_assert!(!loaded.text.contains("\r\n"), "line ends are normalised");
            prop_assert!(!loaded.text.contains('\r') || loaded.text.contains('\n'), "a lone CR ends lines where no LF does");
            let _ = ibid::parse::parse("a.txt", loaded.text);
        }
    }

    #[test]
    fn parsing_the_same_text_twice_gives_the_same_article(text in article_text(), name in file_name()) {
        let first = ibid::parse::parse(name, text.clone().into());
        let second = ibid::parse::parse(name, text.into());
        prop_assert_eq!(first.format, second.format);
        prop_assert_eq!(&first.title, &second.title);
        prop_assert_eq!(&first.byline, &second.byline);
        prop_assert_eq!(&first.blocks, &second.blocks);
        prop_assert_eq!(&first.markers, &second.markers);
        prop_assert_eq!(&first.references, &second.references);
    }

    #[test]
    fn every_marker_and_entry_range_lies_inside_the_text_on_char_boundaries(text in article_text(), name in file_name()) {
        assert_ranges_inside(&ibid::parse::parse(name, text.into()));
    }

    #[test]
    fn an_anchor_on_unchanged_text_is_anchored_where_it_was(text in article_text(), a in any::<prop::sample::Index>(), b in any::<prop::sample::Index>()) {
        // Any range, narrowed to char boundaries by anchor_for itself.
        let (x, y) = (a.index(text.len() + 1), b.index(text.len() + 1));
        let anchor = anchor_for(&text, x.min(y)..x.max(y));
        let (state, found) = locate(&text, &anchor);
        prop_assert_eq!(state, AnchorState::Anchored);
        prop_assert_eq!(found, Some(anchor.offset..anchor.offset + anchor.quote.len()));
        prop_assert_eq!(text.get(anchor.offset..anchor.offset + anchor.quote.len()), Some(anchor.quote.as_str()));
    }

    #[test]
    fn every_sentence_of_an_unchanged_article_is_anchored_where_it_was(text in article_text()) {
        let article = ibid::parse::parse("a.txt", text.into());
        for marker in &article.markers {
            let anchor = anchor_for(&article.text, marker.sentence.clone());
            prop_assert_eq!(locate(&article.text, &anchor), (AnchorState::Anchored, Some(marker.sentence.clone())));
        }
    }
}

/// Characters a note may hold: anything but NUL-free text is fair, TOML
/// must escape it.
fn note_text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(PIECES).prop_map(str::to_owned),
        "\\PC{0,40}",
        any::<String>(),
    ]
}

fn annotation() -> impl Strategy<Value = Annotation> {
    (
        proptest::option::of(proptest::sample::select(
            &[Verdict::Supported, Verdict::Disputed, Verdict::Unverified][..],
        )),
        proptest::option::of(note_text()),
        note_text(),
        note_text(),
        note_text(),
        0usize..1_000_000,
    )
        .prop_map(|(verdict, note, quote, prefix, suffix, offset)| Annotation {
            id: ibid::notes::store::new_id(),
            verdict,
            note,
            anchor: ibid::notes::Anchor {
                quote,
                prefix,
                suffix,
                offset,
                content_hash: "0123456789abcdef".to_owned(),
            },
            created: "2026-01-02T03:04:05Z".to_owned(),
            updated: "2026-01-02T03:04:05Z".to_owned(),
            deleted: false,
        })
}

fn rating() -> impl Strategy<Value = SourceRating> {
    (
        note_text(),
        proptest::sample::select(
            &[
                Rating::Reliable,
                Rating::Mixed,
                Rating::Unreliable,
                Rating::Unknown,
            ][..],
        ),
        proptest::option::of("[a-z ]{1,20}"),
    )
        .prop_map(|(source, rating, note)| SourceRating {
            source,
            rating,
            note,
            updated: "2026-01-02T03:04:05Z".to_owned(),
        })
}

proptest! {
    // Each case saves files with fsync: keep it small.
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn the_store_gives_back_what_it_saved_and_saving_that_again_changes_no_byte(
        annotations in proptest::collection::vec(annotation(), 1..5),
        ratings in proptest::collection::hash_map("[a-z]{1,6}/[a-z]{1,6}", rating(), 1..4),
    ) {
        let dir = tempfile::tempdir().expect("scratch store");
        let store = Store::new(dir.path());
        for a in &annotations {
            store.save_annotation("article.txt", a).expect("save annotation");
        }
        let ratings: Vec<SourceRating> = ratings
            .into_iter()
            .map(|(key, r)| SourceRating { source: key, ..r })
            .collect();
        for r in &ratings {
            store.save_rating(r).expect("save rating");
        }

        let mut expected = annotations.clone();
        expected.sort_by(|a, b| a.id.cmp(&b.id));
        let loaded = store.load_article("article.txt").expect("load annotations");
        prop_assert_eq!(&loaded, &expected);
        let mut expected_ratings = ratings.clone();
        expected_ratings.sort_by(|a, b| a.source.cmp(&b.source));
        prop_assert_eq!(store.load_sources().expect("load ratings"), expected_ratings);

        // save(load(x)) == x, byte for byte.
        let notes_file = store.article_file("article.txt");
        let before = std::fs::read(&notes_file).expect("notes file");
        let sources_before = std::fs::read(store.sources_file()).expect("sources file");
        for a in &loaded {
            store.save_annotation("article.txt", a).expect("save again");
        }
        for r in store.load_sources().expect("load ratings") {
            store.save_rating(&r).expect("save rating again");
        }
        prop_assert_eq!(std::fs::read(&notes_file).expect("notes file"), before);
        prop_assert_eq!(std::fs::read(store.sources_file()).expect("sources file"), sources_before);
    }
}

/// Why `bytes` are not only text and the CSI sequences ratatui writes
/// (digits, `;`, `?`, then a letter), or `None` when they are.
fn stray_control(bytes: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0x1b => {
                if bytes.get(i + 1) != Some(&b'[') {
                    return Some(format!("ESC not followed by [ at byte {i}"));
                }
                let mut j = i + 2;
                while bytes
                    .get(j)
                    .is_some_and(|b| b.is_ascii_digit() || matches!(b, b';' | b'?'))
                {
                    j += 1;
                }
                if !bytes.get(j).is_some_and(u8::is_ascii_alphabetic) {
                    return Some(format!("unterminated CSI at byte {i}"));
                }
                i = j + 1;
            }
            b if b < 0x20 || b == 0x7f => return Some(format!("control byte {b:#04x} at {i}")),
            _ => i += 1,
        }
    }
    String::from_utf8_lossy(bytes)
        .chars()
        .find(|c| {
            ('\u{80}'..='\u{9f}').contains(c)
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .map(|c| format!("{c:?} written"))
}

#[test]
fn the_control_byte_scanner_catches_what_it_must() {
    // The property below is only as good as this scanner.
    assert_eq!(stray_control(b"ab\x1b[1;31mc\x1b[0m\x1b[?25l"), None);
    for bad in [
        &b"\x1b]0;x\x07"[..],
        b"a\x07",
        b"\x1b[2",
        b"\xc2\x9b",
        "\u{202e}".as_bytes(),
        b"\x7f",
    ] {
        assert!(stray_control(bad).is_some(), "{bad:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn drawing_any_article_writes_only_text_and_ratatuis_own_sequences(
        text in article_text(),
        name in file_name(),
        width in 1u16..140,
        height in 1u16..40,
    ) {
        let bytes = support::frame_bytes(name, text, width, height);
        prop_assert_eq!(stray_control(&bytes), None);
    }
}
