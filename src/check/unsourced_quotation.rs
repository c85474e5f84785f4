//! `unsourced-quotation` (info): a quotation of a sentence or more with no
//! marker inside it or right after its sentence.
//! A quote left open at the end of its paragraph is not judged (see
//! `parse::quotes` for how quotes are paired).

use super::{Check, Finding, Severity};
use crate::article::{Article, BlockKind};
use crate::parse::quotes::quotations;
use crate::parse::sentences::sentence_at;

/// Fewer words than this is a phrase, not a quoted sentence.
const MIN_WORDS: usize = 6;

/// One finding per unsourced quoted sentence.
#[must_use]
pub fn check(article: &Article) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut markers = article.markers.iter().peekable();
    for (b, block) in article.blocks.iter().enumerate() {
        if block.kind == BlockKind::Quote {
            findings.extend(unsourced_block_quotation(article, b));
            continue;
        }
        if block.kind != BlockKind::Paragraph {
            continue;
        }
        let mut in_block = Vec::new();
        while let Some(m) = markers.next_if(|m| m.block <= b) {
            if m.block == b {
                in_block.push(m.range.start);
            }
        }
        // The parser kept the sentences of every block with a quotation,
        // and only of those.
        let Some(spans) = article.quoted_sentences.of(b) else {
            continue;
        };
        let quotes = quotations(&article.text, &block.range);
        for (k, quote) in quotes.iter().cloned().enumerate() {
            let quoted = article.slice(&quote);
            let open_len = quoted.chars().next().map_or(0, char::len_utf8);
            let close_len = quoted.chars().next_back().map_or(0, char::len_utf8);
            let inner = quoted
                .get(open_len..quoted.len().saturating_sub(close_len))
                .unwrap_or("");
            let before = article.slice(&(block.range.start..quote.start));
            if !(is_sentence(inner) || is_reported_clause(inner, before)) || is_title(inner, before) {
                continue;
            }
            let end = if asks_for_a_source(article.text.get(quote.end..block.range.end).unwrap_or_default()) {
                // `…."[citation needed] Two.[2]`: the tag ends the sentence
                // and says it has no source.
                quote.end
            } else {
                sentence_at(spans, quote.end.saturating_sub(1)).map_or(block.range.end, |s| s.end)
            };
            // `"…," Meseret said. "…"[5]`: a quotation that goes on after
            // its speaker is named is sourced where it ends.
            let end = match quotes.get(k + 1) {
                Some(next)
                    if names_the_speaker(article.text.get(quote.end..next.start).unwrap_or_default()) =>
                {
                    sentence_at(spans, next.end.saturating_sub(1)).map_or(block.range.end, |s| s.end)
                }
                _ => end,
            };
            // A marker earlier in its sentence and clause (`In its
            // announcement [1] the company said: "…"`, not `According to
            // the census,[1] …, and the mayor said: "…"`), in it, or glued to
            // the sentence's end (`read."3`) is its own.
            let start = sentence_at(spans, quote.start).map_or(quote.start, |s| s.start.min(quote.start));
            // (A clause whose subject is the work, `…; it concluded: "…"`,
            // goes on with the source's words.)
            let in_its_clause = |at: usize| {
                let between = article.text.get(at..quote.start).unwrap_or_default();
                let last_clause = [";", ", and ", ", but ", ", while ", ", whereas "]
                    .iter()
                    .filter_map(|c| between.rfind(c).map(|i| i + c.len()))
                    .max();
                last_clause.is_none_or(|from| {
                    let subject = between.get(from..).unwrap_or_default().split_whitespace().next();
                    subject == Some("it")
                })
            };
            if in_block.iter().any(|&at| {
                (at >= quote.start && at <= end) || (at >= start && at < quote.start && in_its_clause(at))
            }) {
                continue;
            }
            findings.push(unsourced(
                quote.start,
                format!(
                    "the quotation “{}…” has no marker in or right after its sentence",
                    opening(inner)
                ),
            ));
        }
    }
    findings
}

/// Most words between the two parts of a quotation that name who spoke
/// (`Meseret said.`, `she told me,`, `said Jane Roe, a nurse.`).
const SPEAKER_WORDS: usize = 8;

/// Whether `between` two quotations only names the speaker of both: a few
/// words with a verb of saying, ending a clause.
fn names_the_speaker(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    let clause = between.trim().trim_end_matches(['.', ',']);
    (2..=SPEAKER_WORDS).contains(&words.len())
        && between.trim_end().ends_with(['.', ','])
        && !clause.contains(['.', ':', ';'])
        && words.iter().any(|w| {
            matches!(
                w.trim_end_matches(['.', ',', ':']),
                "said"
                    | "says"
                    | "told"
                    | "tells"
                    | "added"
                    | "adds"
                    | "recalled"
                    | "recalls"
                    | "explained"
                    | "wrote"
            )
        })
}

/// Whether `after` a quotation opens with an editor's tag asking for its
/// source (Wikipedia's `[citation needed]`, `[according to whom?]`,
/// `[better source needed]`, `[failed verification]`).
fn asks_for_a_source(after: &str) -> bool {
    let after = after.trim_start_matches(['.', ',', ';', ' ']);
    let Some(tag) = after
        .strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .map(|(tag, _)| tag)
    else {
        return false;
    };
    tag.len() <= 40
        && tag.starts_with(char::is_lowercase)
        && (tag.contains("needed")
            || tag.ends_with("whom?")
            || tag.ends_with("who?")
            || tag.contains("verification"))
}

/// Words or fewer in a block after a quotation that only says whose it is
/// (`— George Orwell, 1946 [1]`).
const CREDIT_WORDS: usize = 12;

/// The finding for the block quotation that ends with block `b`, when it
/// quotes a sentence or more and no marker sources it: none inside it, none
/// opening or in a short credit line right after it, and none in the
/// sentence that introduces it with a colon.
fn unsourced_block_quotation(article: &Article, b: usize) -> Option<Finding> {
    let blocks = &article.blocks;
    let is_quote = |i: usize| blocks.get(i).is_some_and(|x| x.kind == BlockKind::Quote);
    // A quotation of several paragraphs is judged once, at its last.
    if is_quote(b + 1) {
        return None;
    }
    let first = (0..b).rev().take_while(|&i| is_quote(i)).last().unwrap_or(b);
    let markers_of = |i: usize| {
        let from = article.markers.partition_point(|m| m.block < i);
        let to = article.markers.partition_point(|m| m.block <= i);
        article.markers.get(from..to).unwrap_or_default()
    };
    if (first..=b).any(|i| !markers_of(i).is_empty()) {
        return None;
    }
    let after = blocks.get(b + 1).filter(|x| x.kind == BlockKind::Paragraph);
    let credited = after.is_some_and(|next| {
        markers_of(b + 1).first().is_some_and(|m| {
            m.range.start == next.range.start
                || article.slice(&next.range).split_whitespace().count() <= CREDIT_WORDS
        })
    });
    let before = first.checked_sub(1).and_then(|i| Some((i, blocks.get(i)?)));
    // `As Orwell put it [1]:` or `As Orwell put it:[1]`.
    let introduced = before.is_some_and(|(i, before)| {
        markers_of(i).last().is_some_and(|m| {
            let up_to = if m.range.end == before.range.end {
                m.range.start
            } else {
                before.range.end
            };
            m.sentence.end >= before.range.end
                && article
                    .slice(&(before.range.start..up_to))
                    .trim_end()
                    .ends_with(':')
        })
    });
    let start = blocks.get(first)?.range.start;
    let end = blocks.get(b)?.range.end;
    // Its words, without the `>` that opens it or quotation marks around them.
    let quoted = article
        .slice(&(start..end))
        .trim_start_matches(|c: char| c == '>' || c.is_whitespace())
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»'));
    if credited || introduced || !is_sentence(quoted) {
        return None;
    }
    Some(unsourced(
        start,
        format!(
            "the block quotation “{}…” has no marker in it or right after it",
            opening(quoted)
        ),
    ))
}

/// The finding for an unsourced quotation at `at`.
fn unsourced(at: usize, message: String) -> Finding {
    Finding {
        check: Check::UnsourcedQuotation,
        severity: Severity::Info,
        marker: None,
        reference: None,
        suggested: None,
        offset: None,
        message: message.into(),
        at,
    }
}

/// The first words of a quotation, on one line, as a message quotes them.
fn opening(quoted: &str) -> String {
    crate::article::one_line(quoted).chars().take(60).collect()
}

/// Words that make a clause's verb (`will be treated`, `has no future`):
/// quoted words in lower case that have one are a whole clause reported
/// (`told state television that “those who repent will be spared.”`),
/// not words that finish the writer's own sentence.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must",
    "shall", "may", "might", "do", "does", "did",
];

/// Quoted words in lower case that make a clause need this many words.
const MIN_CLAUSE_WORDS: usize = 10;

/// Pronouns that open a clause as its subject (`we welcome any step …`).
const SUBJECT_PRONOUNS: &[&str] = &["we", "they", "he", "she", "i", "you", "it"];

/// Words that open a subject with more words to it (`those who repent
/// will …`, `our courts have …`), which a verb then shows to be one.
const SUBJECT_OPENERS: &[&str] = &[
    "these", "those", "there", "our", "their", "his", "her", "its", "all", "every", "some", "anyone",
    "everyone", "nobody", "people",
];

/// The articles, which open a subject or any other noun phrase.
const ARTICLES: &[&str] = &["the", "a", "an"];

/// Whether quoted words in lower case are a whole clause reported inside
/// the writer's sentence: long enough, opening with a subject (a pronoun,
/// or words a verb follows), and ending as a sentence ends; not a fragment
/// that finishes the writer's sentence (`nothing more than …`, `confessed
/// of his own free will …`).
fn is_reported_clause(inner: &str, before: &str) -> bool {
    let words: Vec<&str> = inner
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    words.len() >= MIN_CLAUSE_WORDS
        && inner.trim_end().ends_with(['.', '!', '?'])
        && (SUBJECT_PRONOUNS.contains(first)
            || (SUBJECT_OPENERS.contains(first) && words.iter().any(|w| AUXILIARIES.contains(w)))
            // `the exchange market is …`: an article opens a subject only
            // when the verb follows its noun at once (not `“a gift to a
            // regime that has …”`).
            || (ARTICLES.contains(first) && words.iter().skip(2).take(2).any(|w| AUXILIARIES.contains(w)))
            // `told a seminar that “membership of the organisation is …”`:
            // after `that`, any subject its verb follows soon.
            || (after_that(before) && words.iter().skip(1).take(THAT_SUBJECT_WORDS).any(|w| AUXILIARIES.contains(w))))
}

/// How many words a subject may have after `that` before its verb.
const THAT_SUBJECT_WORDS: usize = 5;

/// Whether the writer's words before a quotation end with `that`, as
/// reported speech is introduced (`said in June that`).
fn after_that(before: &str) -> bool {
    before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("that"))
}

/// Whether quoted text is a sentence or more: enough words, not opening in
/// lower case, and a full stop, question or exclamation mark at its end or
/// between two sentences.
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
    // `… with “sooner than say anything outright barbarous.”`: words that
    // finish the writer's own sentence.
    let opens_a_sentence = !inner
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase);
    words >= MIN_WORDS && opens_a_sentence && (ends || inside || said_before_comma)
}

/// The short words that Title Case leaves in lower case (`the Promotion
/// of the Culture`).
const TITLE_CASE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
    "through", "into", "over", "under", "about", "as", "via", "against", "between", "upon",
];

/// Whether a quotation is a title rather than someone's words: introduced
/// as one (`titled`, `entitled`, `headlined`) or written in Title Case:
/// most of its words capitalised, or nearly all but the small ones (`“Bill
/// to Support the Family through the Promotion of the Culture of Chastity
/// and Hijab,”`).
fn is_title(inner: &str, before: &str) -> bool {
    let lead = before.trim_end().to_lowercase();
    let introduced = ["titled", "entitled", "headlined", "called", "named"]
        .iter()
        .any(|w| lead.ends_with(w));
    // Tenths of the words capitalised, of those with a letter.
    let capitalised_tenths = |words: &[&str]| {
        let lettered: Vec<char> = words
            .iter()
            .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
            .collect();
        lettered.iter().filter(|c| c.is_uppercase()).count() * 10 / lettered.len().max(1)
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let big_words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            !TITLE_CASE_SMALL_WORDS.contains(&bare.as_str())
        })
        .collect();
    introduced
        || capitalised_tenths(&words) >= TITLE_CASE_TENTHS
        || capitalised_tenths(&big_words) >= TITLE_CASE_BIG_WORD_TENTHS
}

/// Tenths of a quotation's words capitalised that make it a title.
const TITLE_CASE_TENTHS: usize = 7;

/// Tenths of a quotation's words but the small ones capitalised that make
/// it a title: nearly all (a sentence that names groups and places, `Iran
/// stands with Hezbollah, Hamas and the Houthis against the regime`, has
/// its verbs and common nouns in lower case).
const TITLE_CASE_BIG_WORD_TENTHS: usize = 9;

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
        // Nor are words that end the writer's sentence.
        assert_eq!(
            count(
                "Orwell ended with an escape: “sooner than say anything outright barbarous.” Few recall it."
            ),
            0
        );
        // A whole clause reported in lower case is a quoted sentence.
        assert_eq!(
            count(
                "The minister told the radio that “anyone who returns the stolen grain will be pardoned, but the organisers will be tried.” Then he left."
            ),
            1
        );
        // Long words that finish the writer's sentence are not.
        assert_eq!(
            count(
                "The court replied that it was “nothing more than the enforcement of rules that have stood since the war.” Then it rose."
            ),
            0
        );
        assert_eq!(
            count(
                "The paper said he had “confessed of his own free will in the presence of his lawyer.” Few believed it."
            ),
            0
        );
        assert_eq!(
            count(
                "She called the deal “a gift to a regime that has never kept a single promise it made.” Then she left."
            ),
            0
        );
        assert_eq!(
            count(
                "The bank insisted that “the exchange market is under control and the rise was only psychological.” Then it fell."
            ),
            1
        );
        // After `that`, a subject of any length, then its verb.
        assert_eq!(
            count(
                "The deputy told a seminar in June that “membership of the regional organisation is a means, not an end, for the economy.” Others doubted it."
            ),
            1
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
        assert_eq!(
            count("In its announcement [1] the company said: “We have seen this approach work on X.”"),
            0
        );
        // Not a marker of the sentence before, nor of another clause.
        assert_eq!(
            count("The company made an announcement.[1] It said: “We have seen this approach work on X.”"),
            1
        );
        assert_eq!(
            count(
                "According to the census,[1] the town lost half its people, and the mayor said: “We are watching our children leave.”"
            ),
            1
        );
        // Not another speaker.
        assert_eq!(
            count(
                "The board's report[1] is blunt; she told me last spring: “The harbour can no longer pay for itself.”"
            ),
            1
        );
        // The source itself going on.
        assert_eq!(
            count(
                "In its annual report,[1] the board counted the ships; it concluded: “The harbour can no longer pay for itself.”"
            ),
            0
        );
    }

    #[test]
    fn a_quotation_that_goes_on_after_its_speaker_is_sourced_where_it_ends() {
        let split = "\"She told me the passport belonged to the office and to nobody else,\" Meseret said. \
                     \"When I finished, she said I still owed her for the ticket.\"";
        assert_eq!(count(&format!("{split}[1]")), 0);
        assert_eq!(count(split), 2);
        // Words between that name no speaker leave the first part alone.
        let apart = "\"She told me the passport belonged to the office and to nobody else.\" The office was shut. \
                     \"When I finished, she said I still owed her for the ticket.\"[1]";
        assert_eq!(count(apart), 1);
        // Another's words introduced between are no speaker's name.
        let another = "\"We were never told the stock had run out before the ward opened,\" said one nurse. \
                       The statement read: \"Staff were fully briefed before every shift began.\"[1]";
        assert_eq!(count(another), 1);
    }

    #[test]
    fn a_tag_asking_for_a_source_ends_the_quotations_sentence() {
        let quote = "A summary holds: \"Whether hot water freezes first depends entirely on what you mean by freezing.\"";
        assert_eq!(count(&format!("{quote}[citation needed] Two.[1]")), 1);
        assert_eq!(count(&format!("{quote}[according to whom?] Two.[1]")), 1);
        assert_eq!(count(&format!("{quote}[1] Two.")), 0);
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
        // Title Case leaves its small words in lower case.
        assert_eq!(
            count(
                "Parliament had not finished the “Bill to Support the Family through the Promotion of the Culture of Chastity and Hijab,” which would make unveiling an offence. Officials defended it."
            ),
            0
        );
        // A sentence that names a few places is no title.
        assert_eq!(
            count(
                "The minister said “Iran will never negotiate with the United States under pressure from Washington.” Then left."
            ),
            1
        );
        assert_eq!(
            count(
                "The commander said: “Iran stands with Hezbollah, Hamas and the Houthis against the Zionist regime.” Then left."
            ),
            1
        );
    }

    #[test]
    fn a_block_quotation_is_sourced_by_a_marker_in_it_after_it_or_in_its_colon_sentence() {
        let quote = "> Vigorous writing is concise. A sentence should contain no\n> unnecessary words.";
        let cases = [
            (format!("He put it plainly:\n\n{quote}\n\nOthers agreed."), 1),
            (format!("He put it plainly:\n\n{quote} [1]\n\nOthers agreed."), 0),
            (
                format!("He put it plainly:\n\n{quote}\n\n[1]\n\nOthers agreed."),
                0,
            ),
            (
                format!("He put it plainly:\n\n{quote}\n\n— William Strunk Jr., 1918 [1]"),
                0,
            ),
            (format!("He put it plainly [1]:\n\n{quote}\n\nOthers agreed."), 0),
            (format!("He put it plainly:[1]\n\n{quote}\n\nOthers agreed."), 0),
            // The marker of an earlier sentence does not source it.
            (
                format!("He taught at Cornell [1]. He put it plainly:\n\n{quote}\n\nOthers agreed."),
                1,
            ),
            // Nor does a marker later in a long paragraph after it.
            (
                format!(
                    "{quote}\n\nOthers agreed, and the rule was taught for a century in every college in the land [1]."
                ),
                1,
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(count(&body), expected, "{body}");
        }
    }

    #[test]
    fn an_indented_block_of_several_paragraphs_is_one_quotation() {
        let body = "He wrote:\n\n    Political language is designed to make lies sound\n    truthful and murder respectable.\n\n    It gives an appearance of solidity to pure wind.\n\nThat was in 1946, and the essay has been reprinted in nearly every anthology of prose since.";
        let a = parse(
            "a.txt",
            format!("Title\n\n{body}\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n").into(),
        );
        let found = crate::check::worded(&a, &super::check(&a));
        assert_eq!(found.len(), 1);
        assert!(
            found[0].contains("“Political language is designed"),
            "{}",
            found[0]
        );
        assert_eq!(count(&format!("{body} [1]")), 1);
        assert_eq!(count(&body.replace("wind.", "wind. [1]")), 0);
    }

    #[test]
    fn a_closing_quote_glued_to_a_word_opens_a_quote() {
        assert_eq!(
            count("He said that”The results could not be repeated in any of our labs.”[1]"),
            0
        );
    }
}
