//! The exports of `ibid notes`: JSON (version 1, as DESIGN.md shows), W3C
//! Web Annotation JSON-LD, and a Markdown report.
//!
//! Owns: locating an article's annotations for export, picking the rated
//! sources an article cites, and the three output shapes. Must not: read or
//! write the store (the caller passes what it loaded), or print anything.
//! Deleted annotations are never exported.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use serde_json::{Value, json};

use super::anchor::Locator;
use super::{AnchorState, Annotation, SourceRating, Verdict};
use crate::article::{Article, one_line};
use crate::display::clean;

/// The version of the JSON output's shape.
pub const JSON_VERSION: u64 = 1;

/// An annotation and where it is in the article's current text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedAnnotation {
    pub annotation: Annotation,
    pub state: AnchorState,
    /// Byte range in the article's text; `None` when orphaned.
    pub range: Option<Range<usize>>,
}

/// A rated source that the article cites, with the labels of its entries
/// that cite it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitedSource {
    pub rating: SourceRating,
    pub cited_by: Vec<String>,
}

/// What an export is made from.
#[derive(Debug, Clone, Copy)]
pub struct NotesReport<'a> {
    pub article: &'a Article,
    /// The store file the annotations came from.
    pub store: &'a Path,
    pub annotations: &'a [LocatedAnnotation],
    pub sources: &'a [CitedSource],
}

/// Locates each live annotation in the article's text, in reading order
/// (orphans last, by id).
#[must_use]
pub fn locate_annotations(article: &Article, annotations: &[Annotation]) -> Vec<LocatedAnnotation> {
    let locator = Locator::new(&article.text);
    let mut located: Vec<LocatedAnnotation> = annotations
        .iter()
        .filter(|a| !a.deleted)
        .map(|a| {
            let (state, range) = locator.locate(&a.anchor);
            LocatedAnnotation {
                annotation: a.clone(),
                state,
                range,
            }
        })
        .collect();
    located.sort_by(|a, b| {
        let key = |l: &LocatedAnnotation| l.range.as_ref().map_or(usize::MAX, |r| r.start);
        key(a)
            .cmp(&key(b))
            .then_with(|| a.annotation.id.cmp(&b.annotation.id))
    });
    located
}

/// The ratings of the sources this article cites (by source key, shared
/// across articles), each with the labels of the entries that cite it.
#[must_use]
pub fn cited_sources(article: &Article, ratings: &[SourceRating]) -> Vec<CitedSource> {
    ratings
        .iter()
        .filter_map(|rating| {
            let cited_by: Vec<String> = article
                .references
                .iter()
                .filter(|r| r.source.as_deref() == Some(rating.source.as_str()))
                .map(|r| r.label.to_string())
                .collect();
            (!cited_by.is_empty()).then(|| CitedSource {
                rating: rating.clone(),
                cited_by,
            })
        })
        .collect()
}

/// `ibid notes --format json`, version 1.
#[must_use]
pub fn to_json(report: &NotesReport<'_>) -> String {
    let annotations: Vec<Value> = live(report)
        .map(|l| {
            let a = &l.annotation;
            json!({
                "id": a.id,
                "verdict": a.verdict,
                "note": a.note,
                "quote": a.anchor.quote,
                "prefix": a.anchor.prefix,
                "suffix": a.anchor.suffix,
                "line": l.range.as_ref().map(|r| report.article.line_of(r.start)),
                "state": l.state,
                "created": a.created,
                "updated": a.updated,
            })
        })
        .collect();
    let sources: Vec<Value> = report
        .sources
        .iter()
        .map(|s| {
            json!({
                "source": s.rating.source,
                "rating": s.rating.rating,
                "note": s.rating.note,
                "cited_by": s.cited_by,
            })
        })
        .collect();
    crate::display::json(&json!({
        "version": JSON_VERSION,
        "article": report.article.path,
        "store": report.store.display().to_string(),
        "annotations": annotations,
        "sources": sources,
    }))
}

/// `ibid notes --format w3c`: a W3C Web Annotation `AnnotationCollection`
/// (JSON-LD) whose first page holds one `Annotation` per claim, targeting
/// the article with a `TextQuoteSelector` and, when the claim was found, a
/// `TextPositionSelector` in characters of the current text.
#[must_use]
pub fn to_w3c(report: &NotesReport<'_>) -> String {
    let source = article_iri(&report.article.path);
    let items: Vec<Value> = live(report).map(|l| w3c_annotation(report, l, &source)).collect();
    let label = report
        .article
        .title_text()
        .map_or_else(|| report.article.path.clone(), one_line);
    crate::display::json(&json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("{source}#ibid-notes"),
        "type": "AnnotationCollection",
        "label": format!("ibid notes on {label}"),
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }))
}

fn w3c_annotation(report: &NotesReport<'_>, located: &LocatedAnnotation, source: &str) -> Value {
    let a = &located.annotation;
    let mut body = Vec::new();
    if let Some(verdict) = a.verdict {
        body.push(json!({
            "type": "TextualBody",
            "purpose": "assessing",
            "value": verdict_name(verdict),
            "format": "text/plain",
        }));
    }
    if let Some(note) = &a.note {
        body.push(json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "value": note,
            "format": "text/plain",
        }));
    }
    let mut selector = vec![json!({
        "type": "TextQuoteSelector",
        "exact": a.anchor.quote,
        "prefix": a.anchor.prefix,
        "suffix": a.anchor.suffix,
    })];
    if let Some(range) = &located.range {
        let text = &report.article.text;
        let start = text.get(..range.start).map_or(0, |s| s.chars().count());
        let length = text.get(range.clone()).map_or(0, |s| s.chars().count());
        selector.push(json!({
            "type": "TextPositionSelector",
            "start": start,
            "end": start + length,
        }));
    }
    let motivation = if a.verdict.is_some() {
        "assessing"
    } else {
        "commenting"
    };
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("urn:ibid:annotation:{}", a.id),
        "type": "Annotation",
        "motivation": motivation,
        "created": a.created,
        "modified": a.updated,
        "body": body,
        "target": {
            "source": source,
            "selector": selector,
        },
    })
}

/// `ibid notes --format markdown`: each claim quoted with its verdict, its
/// note and the references its markers cite, then the rated sources.
#[must_use]
pub fn to_markdown(report: &NotesReport<'_>) -> String {
    let article = report.article;
    let title = article
        .title_text()
        .map_or_else(|| article.path.clone(), one_line);
    let mut out = String::new();
    let _ = writeln!(out, "# Notes on {}\n", clean(&title));
    let _ = writeln!(out, "- Article: `{}`", clean(&article.path));
    let _ = writeln!(out, "- Store: `{}`", clean(&report.store.display().to_string()));
    let claims: Vec<&LocatedAnnotation> = live(report).collect();
    if claims.is_empty() {
        out.push_str("\nNo annotations.\n");
    } else {
        out.push_str("\n## Claims\n");
    }
    for located in claims {
        markdown_claim(&mut out, article, located);
    }
    if !report.sources.is_empty() {
        out.push_str("\n## Rated sources\n\n");
        for s in report.sources {
            let _ = write!(
                out,
                "- **{}** `{}` (cited as {})",
                rating_name(s.rating.rating),
                clean(&s.rating.source),
                s.cited_by
                    .iter()
                    .map(|l| format!("[{}]", clean(l)))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            if let Some(note) = &s.rating.note {
                let _ = write!(out, ": {}", clean(&one_line(note)));
            }
            out.push('\n');
        }
    }
    out
}

fn markdown_claim(out: &mut String, article: &Article, located: &LocatedAnnotation) {
    let a = &located.annotation;
    let place = match (&located.range, located.state) {
        (Some(r), AnchorState::Anchored) => format!("Line {}", article.line_of(r.start)),
        (Some(r), _) => format!("Line {} (moved)", article.line_of(r.start)),
        (None, _) => "Orphaned (no longer found in the article)".to_owned(),
    };
    let verdict = a.verdict.map_or("note", verdict_name);
    let _ = writeln!(out, "\n### {place}: {verdict}\n");
    let _ = writeln!(out, "> {}\n", clean(&one_line(&a.anchor.quote)));
    if let Some(note) = &a.note {
        for line in note.lines() {
            let _ = writeln!(out, "{}  ", clean(line));
        }
        out.push('\n');
    }
    for (label, entry) in cited_references(article, located.range.as_ref()) {
        let _ = writeln!(out, "- Cites [{}] {}", clean(&label), clean(&entry));
    }
    let _ = writeln!(
        out,
        "\n_{} · created {} · updated {}_",
        a.id, a.created, a.updated
    );
}

/// The labels and entry texts of the markers inside a claim's range.
fn cited_references(article: &Article, range: Option<&Range<usize>>) -> Vec<(String, String)> {
    let Some(range) = range else {
        return Vec::new();
    };
    let mut cited = Vec::new();
    for marker in article
        .markers
        .iter()
        .filter(|m| m.range.start >= range.start && m.range.end <= range.end)
    {
        for (label, target) in marker.labels.iter().zip(&marker.targets) {
            let entry = target.and_then(|i| article.references.get(i)).map_or_else(
                || "(no such entry)".to_owned(),
                |r| one_line(article.slice(&r.body)),
            );
            cited.push((label.to_string(), entry));
        }
    }
    cited
}

fn live<'r>(report: &'r NotesReport<'_>) -> impl Iterator<Item = &'r LocatedAnnotation> {
    report.annotations.iter().filter(|l| !l.annotation.deleted)
}

/// A `file://` IRI for an article on disk, else its path or name as given.
fn article_iri(path: &str) -> String {
    std::fs::canonicalize(path)
        .ok()
        .and_then(|p| url::Url::from_file_path(p).ok())
        .map_or_else(|| path.to_owned(), String::from)
}

fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supported => "supported",
        Verdict::Disputed => "disputed",
        Verdict::Unverified => "unverified",
    }
}

fn rating_name(rating: super::Rating) -> &'static str {
    match rating {
        super::Rating::Reliable => "reliable",
        super::Rating::Mixed => "mixed",
        super::Rating::Unreliable => "unreliable",
        super::Rating::Unknown => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::anchor::anchor_for;
    use crate::notes::{Rating, Verdict};

    const ARTICLE: &str = "The Old Ferry\n\nThe ferry ran until 1958.[1] Its captain kept a log.[2]\n\nThe log burned in 1971.[1]\n\nReferences\n\n[1] Smith, Jane. \"The Last Ferry.\" River Times, 2001.\n[2] Jones, Al. \"Captains of the Sound.\" Harbour Press, 1999.\n";

    fn article() -> Article {
        crate::parse::parse("ferry.txt", ARTICLE.into())
    }

    fn note_on(
        article: &Article,
        quote: &str,
        id: &str,
        verdict: Option<Verdict>,
        note: Option<&str>,
    ) -> Annotation {
        let start = article.text.find(quote).unwrap();
        Annotation {
            id: id.to_owned(),
            verdict,
            note: note.map(str::to_owned),
            anchor: anchor_for(&article.text, start..start + quote.len()),
            created: "2026-11-23T10:00:00Z".to_owned(),
            updated: "2026-11-23T10:02:00Z".to_owned(),
            deleted: false,
        }
    }

    fn sample() -> (Article, Vec<LocatedAnnotation>, Vec<CitedSource>) {
        let article = article();
        let mut deleted = note_on(&article, "The log burned in 1971.", "03", None, Some("gone"));
        deleted.deleted = true;
        let annotations = vec![
            note_on(
                &article,
                "Its captain kept a log.[2]",
                "02",
                None,
                Some("which log?\nask the archive"),
            ),
            note_on(
                &article,
                "The ferry ran until 1958.[1]",
                "01",
                Some(Verdict::Disputed),
                Some("minutes missing"),
            ),
            deleted,
        ];
        let located = locate_annotations(&article, &annotations);
        let source = article.references[0].source.clone().unwrap();
        let ratings = vec![
            SourceRating {
                source,
                rating: Rating::Unreliable,
                note: None,
                updated: "2026-11-23T10:00:00Z".to_owned(),
            },
            SourceRating {
                source: "nobody/not-cited-here".to_owned(),
                rating: Rating::Reliable,
                note: None,
                updated: "2026-11-23T10:00:00Z".to_owned(),
            },
        ];
        let sources = cited_sources(&article, &ratings);
        (article, located, sources)
    }

    #[test]
    fn json_has_design_shape_and_skips_deleted() {
        let (article, located, sources) = sample();
        let report = NotesReport {
            article: &article,
            store: Path::new("/d/ibid/notes/ferry-00000000.toml"),
            annotations: &located,
            sources: &sources,
        };
        let v: Value = serde_json::from_str(&to_json(&report)).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(v["article"], "ferry.txt");
        assert_eq!(v["store"], "/d/ibid/notes/ferry-00000000.toml");
        let annotations = v["annotations"].as_array().unwrap();
        assert_eq!(annotations.len(), 2, "the deleted one is not exported");
        let first = &annotations[0];
        let keys: Vec<&str> = first.as_object().unwrap().keys().map(String::as_str).collect();
        for key in [
            "id", "verdict", "note", "quote", "prefix", "suffix", "line", "state", "created", "updated",
        ] {
            assert!(keys.contains(&key), "{key} missing");
        }
        assert_eq!(first["id"], "01");
        assert_eq!(first["verdict"], "disputed");
        assert_eq!(first["line"], 3);
        assert_eq!(first["state"], "anchored");
        assert_eq!(annotations[1]["verdict"], Value::Null);
        let sources = v["sources"].as_array().unwrap();
        assert_eq!(sources.len(), 1, "only sources this article cites");
        assert_eq!(sources[0]["rating"], "unreliable");
        assert_eq!(sources[0]["cited_by"], json!(["1"]));
        assert_eq!(sources[0]["note"], Value::Null);
    }

    #[test]
    fn w3c_has_quote_and_position_selectors_in_characters() {
        let (article, located, sources) = sample();
        let report = NotesReport {
            article: &article,
            store: Path::new("s.toml"),
            annotations: &located,
            sources: &sources,
        };
        let v: Value = serde_json::from_str(&to_w3c(&report)).unwrap();
        assert_eq!(v["type"], "AnnotationCollection");
        let items = v["first"]["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        let disputed = &items[0];
        assert_eq!(disputed["type"], "Annotation");
        assert_eq!(disputed["motivation"], "assessing");
        assert_eq!(disputed["@context"], "http://www.w3.org/ns/anno.jsonld");
        let purposes: Vec<&Value> = disputed["body"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| &b["purpose"])
            .collect();
        assert_eq!(purposes, [&json!("assessing"), &json!("commenting")]);
        let selectors = disputed["target"]["selector"].as_array().unwrap();
        assert_eq!(selectors[0]["type"], "TextQuoteSelector");
        assert_eq!(selectors[0]["exact"], "The ferry ran until 1958.[1]");
        assert_eq!(selectors[1]["type"], "TextPositionSelector");
        let start = usize::try_from(selectors[1]["start"].as_u64().unwrap()).unwrap();
        let end = usize::try_from(selectors[1]["end"].as_u64().unwrap()).unwrap();
        let chars: Vec<char> = article.text.chars().collect();
        assert_eq!(
            chars[start..end].iter().collect::<String>(),
            "The ferry ran until 1958.[1]"
        );
        assert_eq!(items[1]["motivation"], "commenting");
    }

    #[test]
    fn markdown_quotes_claims_with_verdict_note_and_cited_reference() {
        let (article, located, sources) = sample();
        let report = NotesReport {
            article: &article,
            store: Path::new("s.toml"),
            annotations: &located,
            sources: &sources,
        };
        let md = to_markdown(&report);
        for expected in [
            "# Notes on The Old Ferry",
            "### Line 3: disputed",
            "> The ferry ran until 1958.[1]",
            "minutes missing",
            "- Cites [1] Smith, Jane. \"The Last Ferry.\" River Times, 2001.",
            "### Line 3: note",
            "which log?  \nask the archive",
            "- Cites [2] Jones, Al.",
            "## Rated sources",
            "- **unreliable**",
            "(cited as [1])",
        ] {
            assert!(md.contains(expected), "{expected:?} missing from:\n{md}");
        }
        assert!(!md.contains("gone"), "deleted annotations are not exported");
    }
}
