//! Citation checks: one file per check, each a function from an [`Article`]
//! to [`Finding`]s, and the reports that print them.
//!
//! Owns: what counts as a problem and how it is worded. Must not: parse text
//! (it reads the model) or draw anything.

pub mod ambiguous_ibid;
pub mod attribution;
pub mod duplicate_reference;
pub mod incomplete_reference;
pub mod misattributed_citation;
pub mod missing_reference;
pub mod numbering;
pub mod report;
pub mod shifted_references;
pub mod stale_access;
pub mod suspicious_url;
pub mod unavailable_source;
pub mod unsourced_quotation;
pub mod unused_reference;

use compact_str::CompactString;
use serde::Serialize;

use crate::article::{Article, OneLine, Span};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The name used in reports and on the command line.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One problem found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The check that found it.
    pub check: Check,
    pub severity: Severity,
    /// Index into the article's markers.
    pub marker: Option<u32>,
    /// The label of the reference concerned (inline: no heap allocation
    /// for a label of up to 24 bytes).
    pub reference: Option<CompactString>,
    /// Index into the article's references of the entry the marker (or
    /// the entry) probably meant; its label is [`Finding::suggested_label`].
    pub suggested: Option<u32>,
    /// For `shifted-references`: how far the list is off.
    pub offset: Option<i32>,
    /// What it says; see [`Finding::message`].
    pub message: Message,
    /// Byte offset in the article where the finding points.
    pub at: usize,
}

/// What a finding says, kept as data until it is shown: a long article has
/// a misattribution at every other marker, and each is worded from the name
/// and the labels it carries rather than stored as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Worded by the check.
    Text(Box<str>),
    /// `misattributed-citation`: the citing sentence names `name` (a person
    /// when `person`, else an outlet), which belongs to the `suggested`
    /// entry, not to the `reference` cited.
    NamesAnother { name: Span, person: bool },
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::Text(text.into_boxed_str())
    }
}

/// A finding's words, written when displayed or serialised.
#[derive(Debug, Clone, Copy)]
pub struct Worded<'a> {
    finding: &'a Finding,
    article: &'a Article,
}

impl std::fmt::Display for Worded<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.finding.message {
            Message::Text(text) => f.write_str(text),
            Message::NamesAnother { name, person } => {
                let cited = self.finding.reference.as_deref().unwrap_or_default();
                let suggested = self.finding.suggested_label(self.article).unwrap_or_default();
                let role = if *person { "the author" } else { "the outlet" };
                let name = OneLine(self.article.slice(&name.range()));
                if suggested == cited {
                    // Two entries numbered alike: the marker reads as the first.
                    return write!(
                        f,
                        "the sentence names {name}, {role} of the second entry numbered [{cited}], not of the first, which the marker cites"
                    );
                }
                write!(
                    f,
                    "the sentence names {name}, {role} of [{suggested}], not of [{cited}]: it likely cites [{suggested}]"
                )
            }
        }
    }
}

impl Serialize for Worded<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The messages of `findings` on `article`, as the report words them: for
/// the checks' tests.
#[cfg(test)]
pub(crate) fn worded(article: &Article, findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| f.message(article).to_string()).collect()
}

impl Finding {
    /// The label of the entry the finding suggests, in `article`, the
    /// article it was found in.
    #[must_use]
    pub fn suggested_label<'a>(&self, article: &'a Article) -> Option<&'a str> {
        let entry = article.references.get(usize::try_from(self.suggested?).ok()?)?;
        Some(entry.label.as_str())
    }

    /// What the finding says about `article`, the article it was found in.
    #[must_use]
    pub fn message<'a>(&'a self, article: &'a Article) -> Worded<'a> {
        Worded {
            finding: self,
            article,
        }
    }
}

impl Finding {
    /// A finding about a reference entry (no marker, no suggestion).
    #[must_use]
    pub fn on_reference(
        check: Check,
        severity: Severity,
        reference: &crate::article::Reference,
        message: String,
    ) -> Finding {
        Finding {
            check,
            severity,
            marker: None,
            reference: Some(reference.label.as_str().into()),
            suggested: None,
            offset: None,
            message: message.into(),
            at: reference.range.start,
        }
    }
}

/// Settings of the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOptions {
    /// An accessed date older than this many years is stale.
    pub stale_years: u32,
    /// Today's date as (year, month, day).
    pub today: (i32, u32, u32),
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            stale_years: 5,
            today: today(),
        }
    }
}

/// A check, in report order: the order `run_all` runs them in, and the
/// order of findings at one position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Check {
    /// A marker cites a number or label with no entry (error).
    MissingReference,
    /// An entry that no marker cites (warning).
    UnusedReference,
    /// Markers first appear out of order, or skip numbers (warning).
    Numbering,
    /// The citing sentence names the author or outlet of another entry
    /// (warning).
    MisattributedCitation,
    /// A run of misattributions with one offset: the list is off by k
    /// (error).
    ShiftedReferences,
    /// An ibid with no antecedent, or whose author does not match it
    /// (warning).
    AmbiguousIbid,
    /// Two entries are the same source (info).
    DuplicateReference,
    /// No author and no title, a web source with no URL, or no date (info).
    IncompleteReference,
    /// A URL with spaces, split across lines, a bare IP host, or
    /// unparseable (warning).
    SuspiciousUrl,
    /// The entry says the source is gone (info).
    UnavailableSource,
    /// The accessed date is older than the configured years (info).
    StaleAccess,
    /// A quoted sentence with no marker in or right after it (info).
    UnsourcedQuotation,
}

impl Check {
    /// The id used in reports and JSON, such as `misattributed-citation`.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Check::MissingReference => "missing-reference",
            Check::UnusedReference => "unused-reference",
            Check::Numbering => "numbering",
            Check::MisattributedCitation => "misattributed-citation",
            Check::ShiftedReferences => "shifted-references",
            Check::AmbiguousIbid => "ambiguous-ibid",
            Check::DuplicateReference => "duplicate-reference",
            Check::IncompleteReference => "incomplete-reference",
            Check::SuspiciousUrl => "suspicious-url",
            Check::UnavailableSource => "unavailable-source",
            Check::StaleAccess => "stale-access",
            Check::UnsourcedQuotation => "unsourced-quotation",
        }
    }
}

impl std::fmt::Display for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl PartialEq<&str> for Check {
    fn eq(&self, id: &&str) -> bool {
        self.id() == *id
    }
}

impl Serialize for Check {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Runs every check on `article`; findings come sorted by position, and
/// findings at one position in the order of the checks below.
#[must_use]
pub fn run_all(article: &Article, options: &CheckOptions) -> Vec<Finding> {
    let attributions = attribution::attribute(article);
    // The two checks that read the attributions first, so that a large
    // article's verdicts (one per marker) are given back before the rest.
    let [misattributed, shifted] = run_at_once(
        article,
        [&|| misattributed_citation::check(article, &attributions), &|| {
            shifted_references::check(article, &attributions)
        }],
    );
    drop(attributions);
    let mut lists: Vec<Vec<Finding>> = run_at_once(
        article,
        [
            &|| missing_reference::check(article),
            &|| unused_reference::check(article),
            &|| numbering::check(article),
            &|| ambiguous_ibid::check(article),
            &|| duplicate_reference::check(article),
            &|| incomplete_reference::check(article),
            &|| suspicious_url::check(article),
            &|| unavailable_source::check(article),
            &|| stale_access::check(article, options),
            &|| unsourced_quotation::check(article),
        ],
    )
    .into();
    // In check order: the two read first come after `numbering`.
    lists.splice(3..3, [misattributed, shifted]);
    merge_by_position(lists)
}

/// A check to run: a pass over the markers or the text that needs no
/// other check's findings.
type CheckRun<'a> = &'a (dyn Fn() -> Vec<Finding> + Sync);

/// The findings of `checks` on `article`, in their order. On a large
/// article they run at once, a check to a core at a time.
fn run_at_once<const N: usize>(article: &Article, checks: [CheckRun<'_>; N]) -> [Vec<Finding>; N] {
    let each: Vec<std::ops::Range<usize>> = if crate::parse::parallel::is_large(&article.text) {
        (0..N).map(|i| i..i + 1).collect()
    } else {
        std::iter::once(0..N).collect()
    };
    let mut lists = crate::parse::parallel::map_runs(&each, |run| {
        checks
            .get(run)
            .unwrap_or_default()
            .iter()
            .map(|check| check())
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten();
    std::array::from_fn(|_| lists.next().unwrap_or_default())
}

/// Each check's findings, given in check order, as one list sorted by
/// position, and by check order at one position: what a stable sort of the
/// lists joined would give. On a long article one list (misattributions)
/// holds nearly all findings; the others are merged into it in place, so
/// that the result needs no second copy of it and no sort's scratch space.
fn merge_by_position(mut lists: Vec<Vec<Finding>>) -> Vec<Finding> {
    let largest = lists
        .iter()
        .enumerate()
        .max_by_key(|(_, list)| list.len())
        .map_or(0, |(i, _)| i);
    let mut merged = lists.get_mut(largest).map(std::mem::take).unwrap_or_default();
    if !merged.is_sorted_by_key(|f| f.at) {
        merged.sort_by_key(|f| f.at);
    }
    let mut others: Vec<Finding> = lists.into_iter().flatten().collect();
    others.sort_by_key(order);
    // From the back: the last of the two lists' remaining findings goes to
    // the last free place, so no finding is overwritten before it is moved.
    let kept = merged.len();
    merged.reserve_exact(others.len());
    merged.extend(others.iter().cloned());
    let mut from_merged = kept;
    for place in (0..merged.len()).rev() {
        let Some(last_other) = others.last() else {
            break;
        };
        let last_kept = from_merged.checked_sub(1).and_then(|i| merged.get(i));
        if last_kept.is_none_or(|kept| order(kept) <= order(last_other)) {
            if let (Some(other), Some(slot)) = (others.pop(), merged.get_mut(place)) {
                *slot = other;
            }
        } else {
            from_merged -= 1;
            merged.swap(from_merged, place);
        }
    }
    merged
}

/// Where a finding is reported: by position, then by check order.
fn order(finding: &Finding) -> (usize, Check) {
    (finding.at, finding.check)
}

/// `[label]` as written in messages.
#[must_use]
pub fn bracket(label: &str) -> String {
    format!("[{label}]")
}

/// Today's date in UTC from the system clock.
#[must_use]
pub fn today() -> (i32, u32, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The (year, month, day) of a count of days since 1970-01-01.
#[must_use]
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        i32::try_from(year).unwrap_or(i32::MAX),
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_from_day_counts() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_780), (2026, 11, 23));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    fn finding(check: Check, at: usize, tag: &str) -> Finding {
        Finding {
            check,
            severity: Severity::Warning,
            marker: None,
            reference: Some(tag.into()),
            suggested: None,
            offset: None,
            message: String::new().into(),
            at,
        }
    }

    #[test]
    fn findings_merged_are_the_lists_joined_and_sorted_by_position_then_check() {
        // One long list out of position order, short lists that share its
        // positions, an empty list, and a list longer than the rest at the
        // end of the article.
        let misattributed: Vec<Finding> = [50, 10, 30, 30, 70, 90]
            .iter()
            .enumerate()
            .map(|(i, &at)| finding(Check::MisattributedCitation, at, &format!("m{i}")))
            .collect();
        let lists = vec![
            vec![
                finding(Check::MissingReference, 30, "a"),
                finding(Check::MissingReference, 95, "b"),
            ],
            vec![
                finding(Check::UnusedReference, 90, "c"),
                finding(Check::UnusedReference, 10, "d"),
            ],
            Vec::new(),
            misattributed,
            vec![
                finding(Check::AmbiguousIbid, 30, "e"),
                finding(Check::AmbiguousIbid, 0, "f"),
            ],
        ];
        let mut expected: Vec<Finding> = lists.iter().flatten().cloned().collect();
        expected.sort_by_key(order);
        let merged = merge_by_position(lists);
        let tags = |list: &[Finding]| -> Vec<String> {
            list.iter()
                .map(|f| f.reference.clone().unwrap_or_default().to_string())
                .collect()
        };
        assert_eq!(tags(&merged), tags(&expected));
        assert_eq!(tags(&merged)[..4], ["f", "d", "m1", "a"]);
        assert!(merge_by_position(Vec::new()).is_empty());
    }
}
