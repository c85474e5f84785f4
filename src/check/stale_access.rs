//! `stale-access` (info): the accessed date is older than a configurable
//! number of years (default 5): the page may have changed since.

use super::{Check, CheckOptions, Finding, Severity, bracket};
use crate::article::Article;

/// One finding per entry accessed too long ago.
#[must_use]
pub fn check(article: &Article, options: &CheckOptions) -> Vec<Finding> {
    let (year, month, day) = options.today;
    let limit = (
        year - i32::try_from(options.stale_years).unwrap_or(i32::MAX),
        month,
        day,
    );
    article
        .references
        .iter()
        .filter_map(|r| {
            let accessed = r.fields.accessed.as_deref()?;
            let date = iso_parts(accessed)?;
            if date >= limit {
                return None;
            }
            let message = format!(
                "entry {} was accessed on {accessed}, more than {} years ago; check that the source still says the same",
                bracket(&r.label),
                options.stale_years
            );
            Some(Finding::on_reference(Check::StaleAccess, Severity::Info, r, message))
        })
        .collect()
}

/// (year, month, day) of an ISO 8601 date, month and day defaulting to the
/// end of the period given (a bare `2019` is only stale once all of it is).
fn iso_parts(date: &str) -> Option<(i32, u32, u32)> {
    let mut parts = date.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next().map_or(Some(12), |m| m.parse().ok())?;
    let day = parts.next().map_or(Some(31), |d| d.parse().ok())?;
    Some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn labels(refs: &str, years: u32) -> Vec<String> {
        let a = parse("a.txt", format!("T\n\nA.[1] B.[2]\n\nReferences\n{refs}").into());
        let options = CheckOptions {
            stale_years: years,
            today: (2026, 11, 23),
        };
        check(&a, &options)
            .into_iter()
            .filter_map(|f| f.reference.map(String::from))
            .collect()
    }

    const REFS: &str = "[1] Roe, Jane. \"A.\" Planet 3 May 2009: Web. 4 June 2010.\n[2] Doe, John. \"B.\" Star 2 May 2024. Accessed 3 May 2024.\n";

    #[test]
    fn an_old_access_date_is_stale() {
        assert_eq!(labels(REFS, 5), ["1"]);
    }

    #[test]
    fn the_limit_is_configurable() {
        assert_eq!(labels(REFS, 1), ["1", "2"]);
        assert!(labels(REFS, 30).is_empty());
    }
}
