//! `unsourced-quotation` (info): a quotation of a sentence or more with no
//! marker inside it or right after its sentence.
//! A quote left open at the end of its paragraph is not judged (see
//! `parse::quotes` for how quotes are paired).

use super::{Check, Finding, Severity};
use crate::article::{Article, BlockKind};
use crate::parse::quotes::quotations;
use crate::parse::sentences::{sentence_at, sentences};

/// Fewer words than this is a phrase, not a quoted sentence.
const MIN_WORDS: usize = 6;

/// One finding per unsourced quoted sentence.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut markers = article.markers.iter().peekable();
    for (b, block) in article.blocks.iter().enumerate() {
        if block.kind != BlockKind::Paragraph {
            continue;
        }
        let mut in_block = Vec::new();
        while let Some(m) = markers.next_if(|m| m.block <= b) {
            if m.block == b {
                in_block.push(m.range.start);
            }
        }
        let quotes = quotations(&article.text, &block.range);
        if quotes.is_empty() {
            continue;
        }
        // The parser kept the sentences of every block with a quotation.
        let split_here;
        let spans = match article.quoted_sentences.of(b) {
            Some(spans) => spans,
            None => {
                split_here = sentences(&article.text, block.range.clone());
                &split_here
            }
        };
        for quote in quotes {
            let quoted = article.slice(&quote);
            let open_len = quoted.chars().next().map_or(0, char::len_utf8);
            let close_len = quoted.chars().next_back().map_or(0, char::len_utf8);
            let inner = quoted
                .get(open_len..quoted.len().saturating_sub(close_len))
                .unwrap_or("");
            let before = article.slice(&(block.range.start..quote.start));
            if !is_sentence(inner) || is_title(inner, before) {
                continue;
            }
            let end = sentence_at(spans, quote.end.saturating_sub(1)).map_or(block.range.end, |s| s.end);
            // A marker glued to the sentence's end (`read."3`) is its own.
            if in_block.iter().any(|&at| at >= quote.start && at <= end) {
                continue;
            }
            let opening: String = crate::article::one_line(inner).chars().take(60).collect();
            let message = format!("the quotation “{opening}…” has no marker in or right after its sentence");
            findings.push(Finding {
                check: Check::UnsourcedQuotation,
                severity: Severity::Info,
                marker: None,
                reference: None,
                suggested: None,
                offset: None,
                message: message.into(),
                at: quote.start,
            });
        }
    }
    findings
}

/// Whether quoted text is a sentence or more: enough words and a full stop,
/// question or exclamation mark at its end or between two sentences.
fn is_sentence(inner: &str) -> bool {
    let words = inner.split_whitespace().count();
    let trimmed = inner.trim_end();
    let ends = trimmed.ends_with(['.', '!', '?', '…']);
    let inside = inner.match_indices(['.', '!', '?']).any(|(i, _)| {
        inner
            .get(i + 1..)
            .is_some_and(|rest| rest.starts_with(' ') && rest.trim_start().starts_with(char::is_uppercase))
    });
    // `"Adding manpower to a late project makes it later," he wrote`: a
    // whole sentence, its full stop turned into a comma before who said it.
    let said_before_comma = trimmed.ends_with(',')
        && inner.trim_start().starts_with(char::is_uppercase)
        && words >= MIN_WORDS + 2;
    words >= MIN_WORDS && (ends || inside || said_before_comma)
}

/// Whether a quotation is a title rather than someone's words: introduced
/// as one (`titled`, `entitled`, `headlined`) or written in Title Case.
fn is_title(inner: &str, before: &str) -> bool {
    let lead = before.trim_end().to_lowercase();
    let introduced = ["titled", "entitled", "headlined", "called", "named"]
        .iter()
        .any(|w| lead.ends_with(w));
    let words: Vec<&str> = inner.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    introduced || capitalised * 10 >= words.len() * 7
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn count(body: &str) -> usize {
        let a = parse(
            "a.txt",
            format!("Title\n\n{body}\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n").into(),
        );
        super::check(&a).len()
    }

    #[test]
    fn a_quoted_sentence_without_marker_is_reported() {
        assert_eq!(
            count("She wrote: “The results could not be repeated in any of our labs.” Nobody objected."),
            1
        );
        // Its full stop turned into a comma before who said it.
        assert_eq!(
            count(
                "“Adding manpower to a late software project makes it later,” he had written years earlier."
            ),
            1
        );
        // A clause inside a sentence is not a quoted sentence.
        assert_eq!(
            count("He called it “a strange and wonderful thing that nobody expected,” and left."),
            0
        );
    }

    #[test]
    fn a_plain_digit_marker_glued_after_the_quote_sources_it() {
        let a = parse(
            "a.txt",
            "Title\n\nThe essay is “the one most often cited and least often read.”1 Others agree.\n\nNotes\n1. Roe, Jane. A Book. 2001.\n"
                .into(),
        );
        assert_eq!(a.markers.len(), 1);
        assert!(super::check(&a).is_empty());
    }

    #[test]
    fn a_marker_in_or_after_the_sentence_sources_it() {
        assert_eq!(
            count("She wrote: “The results could not be repeated in any of our labs.”[1] Nobody objected."),
            0
        );
        assert_eq!(
            count("“The results could not be repeated in any of our labs,” she wrote.[1]"),
            0
        );
    }

    #[test]
    fn short_phrases_and_open_quotes_are_not_judged() {
        assert_eq!(count("They called it “a crisis” at once."), 0);
        assert_eq!(
            count("He began: “The results could not be repeated in any lab and"),
            0
        );
    }

    #[test]
    fn quoted_titles_are_not_quotations() {
        assert_eq!(
            count("He wrote an essay titled “Why the results could not be repeated at all.” Then left."),
            0
        );
        assert_eq!(
            count("He wrote “The Long Decline And Fall Of The Roman Empire.” Then left."),
            0
        );
    }

    #[test]
    fn a_closing_quote_glued_to_a_word_opens_a_quote() {
        assert_eq!(
            count("He said that”The results could not be repeated in any of our labs.”[1]"),
            0
        );
    }
}
