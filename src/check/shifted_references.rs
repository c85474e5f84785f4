//! `shifted-references` (error): a run of misattributions with one common
//! offset means the reference list is off by k against the text from some
//! marker on; reported once, with the offset and the first marker of the run.

use super::attribution::Attribution;
use super::{Check, Finding, Severity, bracket};
use crate::article::Article;

/// Misattributions needed, all with the same offset, to call a list shifted.
const MIN_RUN: usize = 3;

/// One finding per run.
#[must_use]
pub fn check(article: &Article, attributions: &[Attribution]) -> Vec<Finding> {
    shifted_runs(attributions)
        .iter()
        .filter_map(|run| shifted(article, run))
        .collect()
}

/// The runs of misattributions with one offset that show a shifted list:
/// each marker's index and the offset. Markers whose sentence names nobody
/// do not break a run, nor does one that only names another author's work
/// at another offset; a confirmed citation or a claim at a different
/// offset does.
#[must_use]
pub fn shifted_runs(attributions: &[Attribution]) -> Vec<Vec<(usize, i64)>> {
    let mut runs = Vec::new();
    let mut run: Vec<(usize, i64)> = Vec::new();
    let close = |run: &mut Vec<(usize, i64)>, runs: &mut Vec<Vec<(usize, i64)>>| {
        if run.len() >= MIN_RUN {
            runs.push(std::mem::take(run));
        }
        run.clear();
    };
    for (m, verdict) in attributions.iter().enumerate() {
        match verdict {
            Attribution::Unknown => {}
            Attribution::Confirmed => close(&mut run, &mut runs),
            Attribution::Misattributed {
                cited,
                suggested,
                mention,
                ..
            } => {
                let offset = i64::from(*suggested) - i64::from(*cited);
                if run.last().is_some_and(|&(_, o)| o != offset) {
                    if *mention {
                        continue;
                    }
                    close(&mut run, &mut runs);
                }
                run.push((m, offset));
            }
        }
    }
    close(&mut run, &mut runs);
    runs
}

fn shifted(article: &Article, run: &[(usize, i64)]) -> Option<Finding> {
    let &(first, offset) = run.first()?;
    let marker = article.markers.get(first)?;
    let label = marker.labels.first()?.clone();
    let direction = if offset < 0 { "before" } else { "after" };
    let steps = offset.unsigned_abs();
    Some(Finding {
        check: Check::ShiftedReferences,
        severity: Severity::Error,
        marker: u32::try_from(first).ok(),
        reference: Some(label.clone()),
        suggested: None,
        offset: i32::try_from(offset).ok(),
        message: format!(
            "the reference list is off by {offset} from marker {} on: {} markers name the source {steps} entr{} {direction} the one they cite",
            bracket(&label),
            run.len(),
            if steps == 1 { "y" } else { "ies" },
        )
        .into(),
        at: marker.range.start,
    })
}

#[cfg(test)]
mod tests {
    use crate::check::attribution::attribute;
    use crate::parse::parse;

    const REFS: &str = "[1] Roe, Jane. \"A.\" 2001.\n[2] Doe, John. \"B.\" 2002.\n[3] Poe, Edgar. \"C.\" 2003.\n[4] Moe, Anna. \"D.\" 2004.\n[5] Zoe, Lily. \"E.\" 2005.\n";

    fn shifted(body: &str) -> Vec<(Option<String>, Option<i32>)> {
        let a = parse("a.txt", format!("Title\n\n{body}\n\nReferences\n{REFS}").into());
        super::check(&a, &attribute(&a))
            .into_iter()
            .map(|f| (f.reference.map(String::from), f.offset))
            .collect()
    }

    #[test]
    fn a_list_off_by_one_is_reported_once() {
        let got =
            shifted("Roe said.[1] Roe said again.[2] Doe said.[3] A pause.[4] Poe said.[4] Moe said.[5]");
        assert_eq!(got, [(Some("2".into()), Some(-1))]);
    }

    #[test]
    fn correct_citations_are_silent() {
        assert!(shifted("Roe said.[1] Doe said.[2] Poe said.[3] Moe said.[4] Zoe said.[5]").is_empty());
    }

    #[test]
    fn sentences_that_name_the_next_entrys_work_show_a_shift_and_each_is_reported() {
        let body = "John Doe's book on the subject is long.[1] Edgar Poe's essay is still read.[2] \
                    Anna Moe's films are a delight.[3] Lily Zoe's biography of Roe is long.[4]";
        assert_eq!(shifted(body), [(Some("1".into()), Some(1))]);
        let a = parse("a.txt", format!("Title\n\n{body}\n\nReferences\n{REFS}").into());
        let reported = crate::check::misattributed_citation::check(&a, &attribute(&a));
        assert_eq!(reported.len(), 4);
        // One such sentence alone is no finding: a secondary source may be
        // cited for another's work.
        let a = parse(
            "a.txt",
            format!("Title\n\nJohn Doe's book on the subject is long.[1]\n\nReferences\n{REFS}").into(),
        );
        assert!(crate::check::misattributed_citation::check(&a, &attribute(&a)).is_empty());
    }

    #[test]
    fn a_sentence_naming_a_work_at_another_offset_does_not_break_a_shift() {
        let body = "John Doe said.[1] Edgar Poe said.[2] Lily Zoe's biography is long.[2] Anna Moe said.[3] Lily Zoe said.[4]";
        assert_eq!(shifted(body), [(Some("1".into()), Some(1))]);
    }

    #[test]
    fn two_isolated_misattributions_are_not_a_shift() {
        assert!(shifted("Doe said.[1] Roe said.[2] Poe said.[3]").is_empty());
    }
}
