//! Reports of a check run: the text form (`file:line: severity[id]: message`
//! and a summary) and the JSON form (version 1, as DESIGN specifies).
//!
//! Owns: the shape of `ibid check` output and the JSON view of an article's
//! markers and references (also used by `ibid refs --format json`). Must not:
//! decide findings.

use std::io::Write;

use serde::Serialize;

use super::{Finding, Severity};
use crate::article::{Article, Reference, one_line};
use crate::parse::fields::Kind;

/// An article and its findings, as checked.
#[derive(Debug, Clone)]
pub struct Checked {
    pub article: Article,
    pub findings: Vec<Finding>,
}

/// The JSON document of a check run.
#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    pub version: u32,
    pub articles: Vec<JsonArticle<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonArticle<'a> {
    pub path: &'a str,
    pub format: &'static str,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub markers: Vec<JsonMarker<'a>>,
    pub references: Vec<JsonReference<'a>>,
    pub findings: Vec<JsonFinding<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonMarker<'a> {
    pub labels: &'a [compact_str::CompactString],
    pub line: usize,
    pub column: usize,
    pub sentence: String,
}

/// One reference as JSON (shared with `ibid refs --format json`).
#[derive(Debug, Serialize)]
pub struct JsonReference<'a> {
    pub label: &'a str,
    pub line: usize,
    pub text: String,
    pub kind: Kind,
    pub authors: &'a [String],
    pub title: Option<&'a str>,
    pub container: Option<&'a str>,
    pub publisher: Option<&'a str>,
    pub date: Option<&'a str>,
    pub accessed: Option<&'a str>,
    pub pages: Option<&'a str>,
    pub urls: Vec<&'a str>,
    pub ibid_of: Option<&'a str>,
    pub duplicate_of: Option<&'a str>,
    pub cited_by: &'a [usize],
    pub source: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct JsonFinding<'a> {
    pub check: crate::check::Check,
    pub severity: Severity,
    pub marker: Option<u32>,
    pub reference: Option<&'a str>,
    pub suggested: Option<&'a str>,
    pub offset: Option<i32>,
    pub line: usize,
    pub message: crate::check::Worded<'a>,
}

/// The JSON view of one reference of `article`.
#[must_use]
pub fn json_reference<'a>(article: &'a Article, r: &'a Reference) -> JsonReference<'a> {
    let label_of = |i: Option<usize>| {
        i.and_then(|i| article.references.get(i))
            .map(|t| t.label.as_str())
    };
    let f = &r.fields;
    JsonReference {
        label: &r.label,
        line: article.line_of(r.range.start),
        text: one_line(article.slice(&r.body)),
        kind: f.kind,
        authors: &f.authors,
        title: f.title.as_deref(),
        container: f.container.as_deref(),
        publisher: f.publisher.as_deref(),
        date: f.date.as_deref(),
        accessed: f.accessed.as_deref(),
        pages: f.pages.as_deref(),
        urls: f.urls.iter().map(|u| u.repaired.as_str()).collect(),
        ibid_of: label_of(r.ibid_of),
        duplicate_of: label_of(r.duplicate_of),
        cited_by: &r.cited_by,
        source: r.source.as_deref(),
    }
}

/// [`Article::column_of`] for offsets visited in order: each column is
/// counted on from the previous offset on the same line, so that the markers
/// of an article written on one line cost one pass over it, not one each.
struct ColumnCursor<'a> {
    article: &'a Article,
    line: usize,
    offset: usize,
    column: usize,
}

impl<'a> ColumnCursor<'a> {
    fn new(article: &'a Article) -> Self {
        ColumnCursor {
            article,
            line: 0,
            offset: 0,
            column: 0,
        }
    }

    fn column_of(&mut self, offset: usize) -> usize {
        let line = self.article.line_of(offset);
        let between = self.article.text.get(self.offset..offset);
        self.column = match between {
            Some(s) if line == self.line && offset >= self.offset => self.column + s.chars().count(),
            _ => self.article.column_of(offset),
        };
        (self.line, self.offset) = (line, offset);
        self.column
    }
}

/// The JSON view of a checked article.
#[must_use]
pub fn json_article(checked: &Checked) -> JsonArticle<'_> {
    let a = &checked.article;
    let mut columns = ColumnCursor::new(a);
    JsonArticle {
        path: &a.path,
        format: a.format.name(),
        title: a.title_text().map(one_line),
        byline: a.byline_text().map(one_line),
        markers: a
            .markers
            .iter()
            .map(|m| JsonMarker {
                labels: &m.labels,
                line: a.line_of(m.range.start),
                column: columns.column_of(m.range.start),
                sentence: one_line(a.slice(&m.sentence)),
            })
            .collect(),
        references: a.references.iter().map(|r| json_reference(a, r)).collect(),
        findings: checked.findings.iter().map(|f| json_finding(a, f)).collect(),
    }
}

/// The JSON view of one finding on `article`.
fn json_finding<'a>(article: &'a Article, f: &'a Finding) -> JsonFinding<'a> {
    JsonFinding {
        check: f.check,
        severity: f.severity,
        marker: f.marker,
        reference: f.reference.as_deref(),
        suggested: f.suggested_label(article),
        offset: f.offset,
        line: article.line_of(f.at),
        message: f.message(article),
    }
}

/// The whole run as pretty-printed JSON.
#[must_use]
pub fn to_json(checked: &[Checked]) -> String {
    let mut out = Vec::new();
    match write_json(&mut out, checked) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(e) => format!("{{\"error\": \"{e}\"}}"),
    }
}

/// Writes the whole run as pretty-printed JSON to `out`, one article at a
/// time (no copy of the document in memory).
///
/// # Errors
///
/// When writing to `out` fails.
pub fn write_json(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    crate::display::write_json(out, &StreamedReport(checked))
}

/// [`JsonReport`] serialized field by field, each marker and finding made
/// as it is written: the same bytes without the whole document's views
/// (a sentence string per marker) in memory at once.
struct StreamedReport<'a>(&'a [Checked]);

impl Serialize for StreamedReport<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut report = serializer.serialize_struct("JsonReport", 2)?;
        report.serialize_field("version", &1u32)?;
        report.serialize_field("articles", &StreamedArticles(self.0))?;
        report.end()
    }
}

struct StreamedArticles<'a>(&'a [Checked]);

impl Serialize for StreamedArticles<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(StreamedArticle))
    }
}

/// [`JsonArticle`], field by field.
struct StreamedArticle<'a>(&'a Checked);

impl Serialize for StreamedArticle<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let a = &self.0.article;
        let mut article = serializer.serialize_struct("JsonArticle", 7)?;
        article.serialize_field("path", &a.path)?;
        article.serialize_field("format", a.format.name())?;
        article.serialize_field("title", &a.title_text().map(one_line))?;
        article.serialize_field("byline", &a.byline_text().map(one_line))?;
        article.serialize_field("markers", &StreamedMarkers(a))?;
        article.serialize_field("references", &StreamedReferences(a))?;
        article.serialize_field("findings", &StreamedFindings(self.0))?;
        article.end()
    }
}

struct StreamedMarkers<'a>(&'a Article);

impl Serialize for StreamedMarkers<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        let mut columns = ColumnCursor::new(a);
        serializer.collect_seq(a.markers.iter().map(|m| JsonMarker {
            labels: &m.labels,
            line: a.line_of(m.range.start),
            column: columns.column_of(m.range.start),
            sentence: one_line(a.slice(&m.sentence)),
        }))
    }
}

struct StreamedReferences<'a>(&'a Article);

impl Serialize for StreamedReferences<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        serializer.collect_seq(a.references.iter().map(|r| json_reference(a, r)))
    }
}

struct StreamedFindings<'a>(&'a Checked);

impl Serialize for StreamedFindings<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = &self.0.article;
        serializer.collect_seq(self.0.findings.iter().map(|f| json_finding(a, f)))
    }
}

/// One line per finding, `file:line: severity[check-id]: message`.
#[must_use]
pub fn to_text(checked: &[Checked]) -> String {
    let mut out = Vec::new();
    match write_text(&mut out, checked) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Writes one line per finding, `file:line: severity[check-id]: message`,
/// and the summary to `out`.
///
/// # Errors
///
/// When writing to `out` fails.
pub fn write_text(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    for c in checked {
        let large = crate::parse::parallel::is_large(&c.article.text);
        for batch in c.findings.chunks(FINDINGS_PER_BATCH) {
            let runs = crate::parse::parallel::runs(batch.len(), large, |_| 1);
            let lines = crate::parse::parallel::map_runs(&runs, |run| {
                let mut lines = Vec::with_capacity(run.len() * BYTES_PER_LINE);
                for f in batch.get(run).unwrap_or_default() {
                    write_finding(&mut lines, &c.article, f)?;
                }
                Ok::<_, std::io::Error>(lines)
            });
            for run_lines in lines {
                out.write_all(&run_lines?)?;
            }
        }
    }
    writeln!(out, "{}", summary(checked))
}

/// Findings worded at once by [`write_text`], split over the cores: about
/// 2 MB of report, so that a large article's report is never held whole
/// (a few in tests, so that they see many batches).
const FINDINGS_PER_BATCH: usize = if cfg!(test) { 64 } else { 16 * 1024 };

/// About the length of a finding's line, to size its batch's buffer.
const BYTES_PER_LINE: usize = 128;

/// A finding's line of the text report, written at the end of `out`. The
/// message may quote the article (a quotation, a name) and the path may be
/// anything: a line that is not all printable ASCII is cleaned.
fn write_finding(out: &mut Vec<u8>, article: &Article, f: &Finding) -> std::io::Result<()> {
    let start = out.len();
    write!(
        out,
        "{}:{}: {}[{}]: {}",
        article.path,
        article.line_of(f.at),
        f.severity.name(),
        f.check,
        f.message(article)
    )?;
    let written = out.get(start..).unwrap_or_default();
    // Printable ASCII is ' ' to '~': one comparison per byte, and no early
    // exit, so that the compiler tests many bytes at once.
    let printable = written
        .iter()
        .fold(true, |all, b| all & (b.wrapping_sub(b' ') <= b'~' - b' '));
    if !printable {
        let line = crate::display::clean_line(&String::from_utf8_lossy(written));
        out.truncate(start);
        out.extend_from_slice(line.as_bytes());
    }
    out.push(b'\n');
    Ok(())
}

/// `2 errors, 5 warnings, 9 infos in 3 articles`.
#[must_use]
pub fn summary(checked: &[Checked]) -> String {
    let count = |s: Severity| {
        checked
            .iter()
            .flat_map(|c| &c.findings)
            .filter(|f| f.severity == s)
            .count()
    };
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}, {} in {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Info), "info"),
        plural(checked.len(), "article")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{CheckOptions, run_all};

    #[test]
    fn the_text_report_shows_escape_sequences_and_bidi_controls_as_visible_text() {
        let text = "T\n\nShe said: \u{201c}All tests passed\x1b]0;rm -rf /\x07 and \u{202e}all is well here.\u{201d} More.[1]\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n";
        let article = crate::parse::parse("esc\x1b[2J.txt", text.into());
        let findings = run_all(&article, &CheckOptions::default());
        let mut out = Vec::new();
        write_text(&mut out, &[Checked { article, findings }]).unwrap();
        let report = String::from_utf8(out).unwrap();
        assert!(report.contains("passed^[]0;rm -rf /^G and <RLO>all"), "{report}");
        assert!(report.starts_with("esc^[[2J.txt:3: "), "{report}");
        assert!(
            report
                .chars()
                .all(|c| c == '\n' || crate::display::replacement(c).is_none())
        );
    }

    #[test]
    fn a_large_articles_report_has_its_findings_lines_in_order_then_the_summary() {
        let article = crate::parse::parse("big.txt", crate::synthetic::article(1_200_000, 5).into());
        assert!(crate::parse::parallel::is_large(&article.text));
        let findings = run_all(&article, &CheckOptions::default());
        assert!(findings.len() > 3 * FINDINGS_PER_BATCH, "{}", findings.len());
        let checked = [Checked { article, findings }];
        let mut out = Vec::new();
        write_text(&mut out, &checked).unwrap();
        let report = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = report.lines().collect();
        let [c] = &checked;
        assert_eq!(lines.len(), c.findings.len() + 1);
        for (line, f) in lines.iter().zip(&c.findings) {
            let at = format!(
                "big.txt:{}: {}[{}]: ",
                c.article.line_of(f.at),
                f.severity.name(),
                f.check
            );
            assert!(line.starts_with(&at), "{line:?} is not {at:?}");
        }
        assert_eq!(lines.last().copied(), Some(summary(&checked).as_str()));
    }
}
