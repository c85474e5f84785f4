//! `ambiguous-ibid` (warning): an `Ibid.` with nothing before it to repeat,
//! an author-qualified ibid whose author has no earlier entry, or one whose
//! author is not the author of the entry right before it.

use super::{Check, Finding, Severity, bracket};
use crate::article::Article;
use crate::parse::resolve::{family_name, written_family_names};

/// One finding per ibid that a reader cannot resolve with certainty.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (i, r) in article.references.iter().enumerate() {
        let Some(repeat) = &r.fields.repeat else { continue };
        let label_of = |index: usize| {
            article
                .references
                .get(index)
                .map_or_else(String::new, |t| bracket(&t.label))
        };
        let by_author = |target: usize, author: &str| {
            let wanted = written_family_names(author);
            article.references.get(target).is_some_and(|t| {
                t.fields
                    .authors
                    .iter()
                    .chain(&t.fields.further_authors)
                    .any(|a| wanted.contains(&family_name(a)))
            })
        };
        let message = match (r.ibid_of, &repeat.author) {
            (None, _) if let Some(note) = repeat.note => format!(
                "{} repeats note {note}, but no entry before it is numbered {note}",
                bracket(&r.label)
            ),
            (Some(target), Some(author)) if let Some(note) = repeat.note => {
                if by_author(target, author) {
                    continue;
                }
                format!(
                    "{} repeats note {note} for {author}, but {} is by someone else",
                    bracket(&r.label),
                    label_of(target)
                )
            }
            (None, None) => format!("{} says Ibid but no entry comes before it", bracket(&r.label)),
            (None, Some(_)) if r.fields.is_author_date_short() => continue,
            (None, Some(author)) => format!(
                "{} repeats {author}, but no earlier entry is by {author}",
                bracket(&r.label)
            ),
            (Some(_), Some(_)) if repeat.op_cit => continue,
            (Some(target), Some(author)) => {
                let before = i.checked_sub(1).map(|p| article.resolved(p));
                if before.is_some_and(|p| by_author(p, author)) {
                    continue;
                }
                let previous = i.checked_sub(1).map(label_of).unwrap_or_default();
                format!(
                    "{} says Ibid for {author}, but the entry before it, {previous}, is by someone else; read as repeating {}",
                    bracket(&r.label),
                    label_of(target)
                )
            }
            (Some(target), None) if repeat.op_cit && repeat.note.is_none() => format!(
                "{} repeats an earlier work without naming its author; read as repeating {}",
                bracket(&r.label),
                label_of(target)
            ),
            (Some(target), None)
                // An author's or a note's repeat that found nothing (a bare
                // first ibid is reported once, for itself).
                if article.references.get(target).is_some_and(|t| {
                    t.fields.repeat.as_ref().is_some_and(|r| r.author.is_some() || r.note.is_some())
                        && t.ibid_of.is_none()
                        && !t.fields.is_author_date_short()
                }) =>
            {
                format!(
                    "{} says Ibid after {}, a repeat whose work is not found",
                    bracket(&r.label),
                    label_of(target)
                )
            }
            (Some(target), None) if cites_nothing(&article.references[target], article) => format!(
                "{} says Ibid after {}, a note that cites no work",
                bracket(&r.label),
                label_of(target)
            ),
            (Some(target), None) if cites_several_works(article.slice(&article.references[target].body)) => {
                format!(
                    "{} says Ibid after {}, which cites more than one work; read as repeating the first",
                    bracket(&r.label),
                    label_of(target)
                )
            }
            (Some(_), None) => continue,
        };
        findings.push(Finding::on_reference(
            Check::AmbiguousIbid,
            Severity::Warning,
            r,
            message,
        ));
    }
    findings
}

/// Whether an explanatory note names no work (`The Thames is tidal as far
/// as Teddington Lock.`), so that an `Ibid.` after it has nothing to
/// repeat: no link, no year, no quoted or emphasised title, no `see` or
/// `cf.`, no writer's possessive (`Halliday's`) and no run of three
/// capitalised words, which an unquoted title would be.
fn cites_nothing(note: &crate::article::Reference, article: &Article) -> bool {
    let text = article.slice(&note.body);
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let refers = words.iter().any(|w| {
        let lower = w.to_lowercase();
        lower == "see" || lower == "cf." || (capitalised(w) && (w.contains("'s") || w.contains("’s")))
    });
    let title_like = words.windows(3).any(|three| three.iter().all(capitalised));
    note.fields.kind == crate::parse::fields::Kind::Note
        && note.fields.urls.is_empty()
        && crate::parse::reflist::first_year(text, text.len()).is_none()
        && !text.contains(['"', '“', '‘', '*', '_'])
        && !text.contains(" '")
        && !refers
        && !title_like
}

/// Whether a note cites two works or more, one after the other and each
/// with its year (`Malley v. Briggs, 475 U.S. 335 (1986); Ashcroft v.
/// al-Kidd, 563 U.S. 731 (2011).`); a list of authors (`Roe, J.; Poe, E.
/// (2001)`) is one work.
fn cites_several_works(note: &str) -> bool {
    !crate::parse::fields::string_citation(note).1.is_empty()
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn labels(refs: &str) -> Vec<String> {
        let a = parse("a.txt", format!("T\n\nA.[1]\n\nReferences\n{refs}").into());
        super::check(&a)
            .into_iter()
            .filter_map(|f| f.reference.map(String::from))
            .collect()
    }

    #[test]
    fn an_ibid_first_in_the_list_is_ambiguous() {
        assert_eq!(labels("[1] Ibid.\n[2] Roe, Jane. A Book. 2001.\n"), ["1"]);
    }

    #[test]
    fn author_date_short_citations_may_point_to_a_list_apart() {
        // Wikipedia's shortened footnotes, the full entries under `Works cited`.
        assert!(labels("1. ^ Sobel 1995, p. 7.\n2. ^ Quill 1966, pp. 12–15.\n").is_empty());
        assert_eq!(labels("1. ^ Sobel, op. cit., p. 7.\n"), ["1"]);
    }

    #[test]
    fn ibid_after_the_same_author_is_fine() {
        assert!(labels("[1] Roe, Jane. A Book. 2001.\n[2] Ibid., p. 4.\n[3] Roe, Jane. Ibid\n").is_empty());
    }

    #[test]
    fn a_bare_op_cit_and_an_ibid_after_a_note_of_two_works_are_ambiguous() {
        assert_eq!(labels("[1] Roe, Jane. A Book. 2001.\n[2] Op. cit., 4.\n"), ["2"]);
        let two = "[1] Malley v. Briggs, 475 U.S. 335, 341 (1986); Ashcroft v. al-Kidd, 563 U.S. 731 (2011).\n[2] Id. at 742.\n";
        assert_eq!(labels(two), ["2"]);
        let authors = "[1] Roe, J.; Poe, E.; Doe, J. (2001). A Study. Nature.\n[2] Ibid., p. 3.\n";
        assert!(labels(authors).is_empty());
        let reprint = "[1] Mill, J. S. Principles (London: Parker, 1848; repr. New York: Kelley, 1965).\n[2] Ibid., 3.\n";
        assert!(labels(reprint).is_empty());
        // An ibid after a repeat that found nothing repeats nothing either.
        let lost = "[1] Roe, Jane. A Book. 2001.\n[2] Allen, op. cit.\n[3] Ibid., 56.\n";
        assert_eq!(labels(lost), ["2", "3"]);
    }

    #[test]
    fn an_ibid_after_a_note_that_cites_no_work_is_ambiguous() {
        let refs = "[1] Roe, Jane. A Book. 2001.\n[2] The river is tidal as far as the lock, and the sewage came back upstream on the flood tide.\n[3] Ibid., p. 61.\n";
        assert_eq!(labels(refs), ["3"]);
        // A note that names its work has one to repeat, quoted or not.
        for note in [
            "On the tides, see Jane Roe's study of 1998, which gives the figures.",
            "On the engineering, see Stephen Halliday's account of the drains, which gives the figures.",
            "The figures come from The Great Stink of London, which gives them by parish.",
        ] {
            let cited = format!("[1] Roe, Jane. A Book. 2001.\n[2] {note}\n[3] Ibid., p. 61.\n");
            assert!(labels(&cited).is_empty(), "{note}");
        }
    }

    #[test]
    fn a_string_of_authorities_is_repeated_by_any_of_its_writers_and_a_semicolon_in_a_title_is_one_work() {
        let string = "[1] See, e.g., Paul Ohm, The Many Revolutions of Carpenter, 32 Harv. J.L. & Tech. 357 (2019); \
                      Matthew Tokson, The Aftermath of Carpenter, 135 Harv. L. Rev. 1790 (2022).\n";
        assert!(labels(&format!("{string}[2] Tokson, supra note 1, at 1800.\n")).is_empty());
        assert_eq!(
            labels(&format!("{string}[2] Roe, supra note 1, at 1800.\n")),
            ["2"]
        );
        let volume = "[1] \"The Charge to the Secretary,\" February 22, 1946, in Foreign Relations of the United States, \
                      1946, vol. VI, Eastern Europe; The Soviet Union (Washington, DC: GPO, 1969), 696-709.\n\
                      [2] Ibid., 699.\n";
        assert!(labels(volume).is_empty());
    }

    #[test]
    fn author_ibid_after_another_author_is_ambiguous() {
        assert_eq!(
            labels("[1] Roe, Jane. A Book. 2001.\n[2] Doe, John. Other. 2002.\n[3] Roe, Jane. Ibid\n"),
            ["3"]
        );
    }

    #[test]
    fn a_repeat_that_names_its_note_is_read_as_that_note() {
        let refs = "[1] Jane Roe, A Book (London: Penguin, 2001), 4.\n[2] John Doe, Other (Oxford: OUP, 2002), 9.\n\
                    [3] Roe, supra note 1, at 12.\n[4] V. Doe, op. cit., note 2, p. 3.\n[5] Poe, supra note 2.\n[6] Roe, supra note 9.\n";
        let a = parse("a.txt", format!("T\n\nA.[1]\n\nReferences\n{refs}").into());
        let repeats: Vec<Option<usize>> = a.references.iter().map(|r| r.ibid_of).collect();
        assert_eq!(repeats, [None, None, Some(0), Some(1), Some(1), None]);
        let messages: Vec<String> = crate::check::worded(&a, &super::check(&a));
        assert_eq!(
            messages,
            [
                "[5] repeats note 2 for Poe, but [2] is by someone else",
                "[6] repeats note 9, but no entry before it is numbered 9"
            ]
        );
    }

    #[test]
    fn author_ibid_with_no_such_author_is_ambiguous() {
        assert_eq!(
            labels("[1] Roe, Jane. A Book. 2001.\n[2] Poe, Edgar. Ibid\n"),
            ["2"]
        );
    }
}
