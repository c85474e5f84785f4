//! Each format feature and each check on the hand-written articles in
//! `tests/fixtures/`, through the library: what a reader of `ibid check`
//! would see, positive and negative.

use ibid::article::Article;
use ibid::check::{CheckOptions, Finding, run_all};
use ibid::parse::fields::Kind;

fn fixture(name: &str) -> Article {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    ibid::parse::parse(&path, text.into())
}

fn findings(article: &Article) -> Vec<Finding> {
    let options = CheckOptions {
        stale_years: 5,
        today: (2026, 11, 23),
    };
    run_all(article, &options)
}

/// The reference labels of the findings of one check.
fn flagged(article: &Article, check: &str) -> Vec<String> {
    findings(article)
        .into_iter()
        .filter(|f| f.check == check)
        .filter_map(|f| f.reference.map(String::from))
        .collect()
}

/// The label a sole `misattributed-citation` finding names and the index
/// of the entry it suggests.
fn the_one_misattribution(found: &[Finding]) -> (String, u32) {
    let misattributed: Vec<&Finding> = found
        .iter()
        .filter(|f| f.check == "misattributed-citation")
        .collect();
    assert_eq!(misattributed.len(), 1, "{found:?}");
    let f = misattributed[0];
    (
        f.reference.clone().map(String::from).unwrap_or_default(),
        f.suggested.unwrap_or(u32::MAX),
    )
}

fn marker_labels(article: &Article) -> Vec<String> {
    article
        .markers
        .iter()
        .flat_map(|m| m.labels.iter().map(ToString::to_string))
        .collect()
}

fn reference_text(article: &Article, label: &str) -> String {
    let r = article
        .references
        .iter()
        .find(|r| r.label == label)
        .expect("reference exists");
    ibid::article::one_line(article.slice(&r.body))
}

#[test]
fn breadcrumb_title_top_byline_heading_list_and_cruft() {
    let a = fixture("heading_byline.txt");
    assert_eq!(a.title_text(), Some("How the Hockey Stick Was Drawn"));
    assert_eq!(a.byline_text(), Some("Ada Fieldwork"));
    assert_eq!(
        marker_labels(&a),
        ["1", "2", "3", "4", "5"],
        "[sic] and [2006] are not markers"
    );
    assert_eq!(a.references.len(), 5);
    assert!(!reference_text(&a, "5").contains("You may also like"));
    assert_eq!(a.references[3].fields.authors, ["National Research Council"]);
}

#[test]
fn whole_article_on_one_line_with_separator_and_sidebar() {
    let a = fixture("one_line_separator.txt");
    assert_eq!(a.title_text(), None);
    assert_eq!(marker_labels(&a), ["1", "2"]);
    assert_eq!(a.references.len(), 2);
    assert_eq!(a.references[0].fields.kind, Kind::Note);
    assert_eq!(a.references[1].fields.kind, Kind::Citation);
    let last = reference_text(&a, "2");
    assert!(last.ends_with("p. 10."), "{last}");
}

#[test]
fn trailing_run_entries_across_blank_lines_with_biography() {
    let a = fixture("trailing_run.txt");
    assert_eq!(a.title_text(), Some("The Paper That Was Never Replicated"));
    assert_eq!(a.references.len(), 3);
    assert!(reference_text(&a, "1").contains("cognition and affect"));
    assert!(reference_text(&a, "3").ends_with("replication crisis."));
    assert_eq!(a.references[1].ibid_of, Some(0));
    assert!(
        flagged(&a, "misattributed-citation").is_empty(),
        "an ibid answers to its source's outlet"
    );
}

#[test]
fn superscript_markers_but_not_powers() {
    let a = fixture("superscripts.txt");
    assert_eq!(marker_labels(&a), ["1", "2"]);
    assert_eq!(a.references.len(), 2);
}

#[test]
fn markdown_footnotes_with_multi_paragraph_definition_and_missing_label() {
    let a = fixture("footnotes.md");
    assert_eq!(a.title_text(), Some("Where the Quote Came From"));
    assert_eq!(a.byline_text(), Some("Ada Fieldwork"));
    assert_eq!(marker_labels(&a), ["quote", "gone"]);
    assert!(reference_text(&a, "quote").contains("Quote Investigator"));
    assert_eq!(flagged(&a, "missing-reference"), ["gone"]);
}

#[test]
fn shifted_list_is_reported_once_with_its_offset() {
    let a = fixture("shifted.txt");
    let shifted: Vec<Finding> = findings(&a)
        .into_iter()
        .filter(|f| f.check == "shifted-references")
        .collect();
    assert_eq!(shifted.len(), 1);
    assert_eq!(shifted[0].offset, Some(1));
    assert_eq!(shifted[0].reference.as_deref(), Some("2"));
    assert_eq!(flagged(&a, "misattributed-citation"), ["2", "3", "4", "5"]);
}

#[test]
fn a_correctly_cited_article_has_no_findings() {
    let a = fixture("clean.txt");
    assert_eq!(findings(&a), Vec::<Finding>::new());
}

#[test]
fn every_problem_is_found_where_it_is() {
    let a = fixture("problems.txt");
    assert_eq!(flagged(&a, "missing-reference"), ["7"]);
    assert_eq!(flagged(&a, "unused-reference"), ["3"]);
    assert_eq!(flagged(&a, "duplicate-reference"), ["2"]);
    assert_eq!(flagged(&a, "ambiguous-ibid"), ["4"]);
    assert_eq!(flagged(&a, "unavailable-source"), ["5"]);
    assert_eq!(flagged(&a, "suspicious-url"), ["6"]);
    assert_eq!(flagged(&a, "stale-access"), ["1"]);
    assert!(!flagged(&a, "numbering").is_empty());
    let quotes = findings(&a)
        .into_iter()
        .filter(|f| f.check == "unsourced-quotation")
        .count();
    assert_eq!(quotes, 1);
}

#[test]
fn short_citations_and_wikipedia_carets_repeat_the_full_entry() {
    let a = fixture("short_citations.txt");
    assert_eq!(marker_labels(&a), ["1", "2", "3", "4"]);
    assert_eq!(a.references[0].fields.authors, ["Halliday, Stephen"]);
    assert_eq!(
        a.references[2].ibid_of,
        Some(0),
        "Halliday 1999, p. 42 repeats [1]"
    );
    assert_eq!(
        a.references[3].ibid_of,
        Some(0),
        "Ibid. after a short citation follows it"
    );
    assert!(flagged(&a, "misattributed-citation").is_empty());
    assert!(flagged(&a, "ambiguous-ibid").is_empty());
}

#[test]
fn bare_numbered_notes_with_superscript_markers() {
    let a = fixture("bare_notes.txt");
    assert_eq!(a.byline_text(), Some("Alex Writer"));
    assert_eq!(marker_labels(&a), ["1", "2", "3"]);
    assert_eq!(a.references.len(), 3);
    assert_eq!(a.references[1].ibid_of, Some(0));
    assert!(findings(&a).is_empty(), "{:?}", findings(&a));
}

#[test]
fn references_heading_inside_a_one_line_article() {
    let a = fixture("inline_heading.txt");
    assert_eq!(marker_labels(&a), ["1", "2"]);
    assert_eq!(a.references.len(), 2);
    assert!(flagged(&a, "missing-reference").is_empty());
}

#[test]
fn superscripts_saved_as_plain_digits_are_markers() {
    let a = fixture("flattened_superscripts.txt");
    assert_eq!(
        marker_labels(&a),
        ["1", "2", "3"],
        "0.5 and Fig.3 are not markers; the digits after 1945. and plot. are"
    );
    // Each ends its sentence, as a superscript does.
    let sentence = |m: usize| a.slice(&a.markers[m].sentence).trim().to_string();
    assert!(sentence(0).ends_with("water in 1945.1"), "{}", sentence(0));
    assert!(sentence(1).starts_with("Within a few years"), "{}", sentence(1));
    let f = findings(&a);
    assert!(
        !f.iter()
            .any(|f| f.check == "unused-reference" || f.check == "numbering"),
        "{f:?}"
    );
}

#[test]
fn parenthesised_labels_and_markers() {
    let a = fixture("paren_labels.txt");
    assert_eq!(a.references.len(), 2);
    assert_eq!(
        reference_text(&a, "1"),
        "Darwin, Charles. On the Origin of Species. London: John Murray, 1859."
    );
    assert_eq!(
        marker_labels(&a),
        ["1", "2", "1"],
        "(1,250 copies) and (3 hours at most) are not markers"
    );
    let f = findings(&a);
    assert!(
        !f.iter()
            .any(|f| f.check == "unused-reference" || f.check == "missing-reference"),
        "{f:?}"
    );
}

#[test]
fn a_wikis_lettered_notes_above_its_references() {
    // Copied from Chrome: the notes' letters and the entries' numbers are
    // lost, each entry starting with its back link (`^`).
    let a = fixture("lettered_notes.txt");
    let labels: Vec<&str> = a.references.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["a", "b", "1", "2", "3", "4"]);
    assert_eq!(
        reference_text(&a, "b"),
        "Figures run from 3 to 30 megatons of TNT."
    );
    assert_eq!(marker_labels(&a), ["1", "a", "3", "b", "4", "c"]);
    // The notes are no part of the body, and `[b]` ends its sentence.
    assert!(!a.blocks.iter().any(|b| a.slice(&b.range).contains("megatons")));
    let b = &a.markers[3];
    assert_eq!(
        a.slice(&b.sentence).trim(),
        "Estimates of the energy released vary widely.[b][4]"
    );
    // There is no note c; entry 2 is cited by note a, so it is used.
    assert_eq!(flagged(&a, "missing-reference"), ["c"]);
    assert!(flagged(&a, "unused-reference").is_empty());
    assert!(flagged(&a, "numbering").is_empty(), "2 is cited by note a");
    assert!(
        flagged(&a, "incomplete-reference").is_empty(),
        "the notes explain"
    );
}

#[test]
fn a_wiki_page_saved_by_a_markdown_clipper() {
    let a = fixture("clipped_wiki.md");
    assert_eq!(a.title_text(), Some("Cardiff Giant"));
    // `[\[1\]](…#cite_note-…)` are markers; `[\[a\]](…)` points to a note.
    assert_eq!(marker_labels(&a), ["1", "2", "1", "3", "2"]);
    // The entries under `## References\[[edit](…)\]`, not the note above them.
    assert_eq!(a.references.len(), 3);
    let first = &a.references[0].fields;
    assert_eq!(first.authors, ["Tribble, Scott"], "the back links are no author");
    assert_eq!(
        first.title.as_deref(),
        Some("A Colossal Hoax: The Giant from Cardiff that Fooled America")
    );
    // A link to the wiki's page about the publisher is not the work's URL.
    assert_eq!(a.references[1].fields.container.as_deref(), Some("McGraw-Hill"));
    assert!(a.references[1].fields.urls.is_empty());
    assert_eq!(a.references[2].fields.authors, ["Franco, Barbara"]);
    assert!(!reference_text(&a, "3").contains("External links"));
    let found = findings(&a);
    let (cited, suggested) = the_one_misattribution(&found);
    assert_eq!(cited, "2");
    assert_eq!(suggested, 2, "entry [3], by Franco");
    // The clipper's excerpt box is the page's summary, not a quotation.
    assert!(
        found.iter().all(|f| f.check != "unsourced-quotation"),
        "{found:?}"
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_page_dumped_by_a_text_browser() {
    let a = fixture("lynx_dump.txt");
    // `[4]Nature` and `^[5]` are lynx's link numbers; `[1]` after them cites.
    assert_eq!(marker_labels(&a), ["1", "2", "3"]);
    // The notes, not lynx's numbered links under `References`.
    assert_eq!(a.references.len(), 2);
    assert!(
        reference_text(&a, "2").ends_with("740–741."),
        "{}",
        reference_text(&a, "2")
    );
    let found = findings(&a);
    assert_eq!(flagged(&a, "missing-reference"), ["3"], "{found:?}");
    assert_eq!(found.len(), 1, "{found:?}");
    // lynx writes `Visible links:` only when some links are hidden; the
    // list of addresses is lynx's all the same.
    let path = format!("{}/tests/fixtures/lynx_dump.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    let without = text.replace("   Visible links:\n", "");
    assert_ne!(without, text);
    let b = ibid::parse::parse(&path, without.into());
    assert_eq!(b.references.len(), 2);
    assert_eq!(findings(&b).len(), 1, "{:?}", findings(&b));
}

#[test]
fn a_clipped_list_with_escaped_labels_and_no_heading() {
    let text = "A post\n\nFirst said in 1998.\\[1\\] Jane Roe said it again.\\[2\\]\n\n\\[1\\] Roe, Jane. *A Book*. London: Verso, 1998.\n\n\\[2\\] Doe, John. \"An Article.\" *Nature* 12 (2001): 3–4.\n";
    let a = ibid::parse::parse("clip.md", text.into());
    assert_eq!(a.references.len(), 2);
    assert_eq!(a.references[0].fields.authors, ["Roe, Jane"]);
    assert_eq!(a.references[1].fields.title.as_deref(), Some("An Article"));
    let found = findings(&a);
    let (cited, suggested) = the_one_misattribution(&found);
    assert_eq!((cited.as_str(), suggested), ("2", 0), "entry [1]: {found:?}");
}

#[test]
fn a_source_credit_under_the_notes_is_neither_the_list_nor_an_entry() {
    let notes = "[1] Chellaney, Brahma. \"China's Debt-Trap Diplomacy.\" Project Syndicate, 23 January 2017.\n\n[2] Moramudali, Umesh. \"The Hambantota Port Deal.\" The Diplomat, 1 January 2020.\n";
    let body = "The Port\n\nThe phrase was coined in 2017.[1] The lease came later.[2]\n\n";
    for (heading, credit) in [
        ("", "Source: This article was published by a wire service."),
        ("Notes\n\n", "Sources: Reuters, AFP"),
        (
            "Footnotes:\n\n",
            "Source: Persian-language press (translated)\nTranslated by: the desk",
        ),
    ] {
        let text = format!("{body}{heading}{notes}\n{credit}\n");
        let a = ibid::parse::parse("credit.txt", text.into());
        let texts: Vec<String> = a
            .references
            .iter()
            .map(|r| reference_text(&a, &r.label))
            .collect();
        assert_eq!(texts.len(), 2, "{credit}: {texts:?}");
        assert!(texts[1].ends_with("1 January 2020."), "{credit}: {texts:?}");
        assert!(findings(&a).is_empty(), "{credit}: {:?}", findings(&a));
    }
}

#[test]
fn a_work_listed_twice_in_the_bibliography_is_a_duplicate() {
    let text = "Realism\n\nThe dilemma explains the escalation (Jervis 1978: 169).[1]\n\nNotes\n\n[1] See Jervis 1978, p. 169.\n\nBibliography\n\nJervis, R. (1978) 'Cooperation under the Security Dilemma', World Politics, 30(2), pp. 167-214.\n\nJervis, R. (1978) 'Cooperation Under the Security Dilemma'. World Politics, Vol. 30, No. 2, pp. 167-214.\n\nWaltz, K. N. (1979) Theory of International Politics. Reading, MA: Addison-Wesley.\n";
    let a = ibid::parse::parse("twice.txt", text.into());
    let found = findings(&a);
    let duplicates: Vec<&Finding> = found
        .iter()
        .filter(|f| f.check == "duplicate-reference")
        .collect();
    assert_eq!(duplicates.len(), 1, "{found:?}");
    assert_eq!(
        duplicates[0].reference.as_deref(),
        Some(a.references[2].label.as_str())
    );
    // The note that repeats the first is no duplicate of it.
    assert_eq!(a.references[a.resolved(0)].label, a.references[1].label);
}

#[test]
fn a_pages_footer_under_the_last_entry_is_no_part_of_it() {
    let body = "The Bubble\n\nPrices rose tenfold in a year.[1]\n\nReferences\n1. Garber, Peter M. \"Tulipmania.\" Journal of Political Economy 97, no. 3 (1989): 535–60.\n";
    for footer in [
        "\nShare this explainer\nFacebook\nX\nEmail\n",
        "\nFacebook\nX\nEmail\n\nMore explainers\nWhat was the South Sea Bubble?\n",
        "ACTIONS\nView on publisher site\nPDF (412.3 KB)\nCite\nCollections\nPermalink\n",
        "\nThe original source of this article is The Harbour Review\nCopyright © Jane Roe, 2016\n",
    ] {
        let a = ibid::parse::parse("footer.txt", format!("{body}{footer}").into());
        assert_eq!(a.references.len(), 1, "{footer}");
        assert!(
            reference_text(&a, "1").ends_with("535–60."),
            "{footer}: {}",
            reference_text(&a, "1")
        );
    }
    // Verse quoted in the last note is the note's.
    let verse = "\nso much depends\nupon\n\na red wheel\nbarrow\n";
    let a = ibid::parse::parse("verse.txt", format!("{body}{verse}").into());
    assert!(
        reference_text(&a, "1").ends_with("wheel barrow"),
        "{}",
        reference_text(&a, "1")
    );
}

#[test]
fn a_list_of_addresses_cited_by_markers_is_the_reference_list() {
    let text = "Title\n\nA claim.[1] Another, from the [2] report.\n\nReferences\n\n1. https://example.org/a\n2. https://example.org/b\n";
    let a = ibid::parse::parse("addresses.txt", text.into());
    assert_eq!(a.references.len(), 2);
}

#[test]
fn short_notes_repeat_the_bibliography_under_them() {
    let a = fixture("notes_and_bibliography.txt");
    let labels: Vec<&str> = a.references.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        ["1", "2", "3", "4", "Betts 2006", "Quill 1966", "Sobel 1995"]
    );
    let repeated = |i: usize| a.references[a.resolved(i)].label.as_str();
    // `Quill 1966, pp. 12–15.`, and the `Ibid.` after it.
    assert_eq!(
        [repeated(0), repeated(1), repeated(2), repeated(3)],
        ["Quill 1966", "Quill 1966", "Sobel 1995", "Betts 2006"]
    );
    assert_eq!(a.references[5].fields.authors, ["Quill, Humphrey"]);
    let found = findings(&a);
    // The works are cited through the notes: none is unused.
    assert!(found.iter().all(|f| f.check != "unused-reference"), "{found:?}");
    let (cited, suggested) = the_one_misattribution(&found);
    assert_eq!(cited, "4");
    assert_eq!(suggested, 2, "note [3], Sobel's");
}

#[test]
fn chicago_short_notes_repeat_the_bibliography_under_them() {
    let text = "T\n\nOne.[1] Two.[2]\n\nNotes\n\n1. Quill, John Harrison, 12.\n2. Ibid., 14.\n\nBibliography\n\nQuill, Humphrey. John Harrison: The Man Who Found Longitude. London: John Baker, 1966.\n";
    let a = ibid::parse::parse("a.txt", text.into());
    let repeated: Vec<&str> = (0..2)
        .map(|i| a.references[a.resolved(i)].label.as_str())
        .collect();
    assert_eq!(repeated, ["Quill 1966", "Quill 1966"]);
    assert!(findings(&a).is_empty(), "{:?}", findings(&a));
}
