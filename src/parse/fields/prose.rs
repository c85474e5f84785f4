//! Telling an explanatory note (`The agents were apparently in Britain…`)
//! from a citation, by whether the entry opens with a sentence of prose.
//!
//! Must not: extract fields; a note keeps only its dates and URLs.

use super::words::sentence_end;

/// Words that make a sentence read as prose rather than a title or a name.
fn is_prose_word(word: &str) -> bool {
    matches!(
        word,
        "was"
            | "were"
            | "is"
            | "are"
            | "has"
            | "have"
            | "had"
            | "been"
            | "will"
            | "would"
            | "could"
            | "should"
            | "did"
            | "does"
            | "said"
            | "says"
            | "according"
            | "apparently"
            | "however"
            | "also"
            | "because"
            | "although"
            | "claimed"
            | "reported"
            | "stated"
            | "noted"
            | "told"
            | "argued"
            | "there"
            | "they"
            | "he"
            | "she"
            | "it"
            | "we"
            | "his"
            | "her"
            | "its"
            | "their"
            | "which"
            | "who"
            | "whom"
            | "this"
            | "these"
            | "that"
            | "than"
            | "but"
            | "not"
            | "very"
            | "may"
            | "might"
            | "can"
            | "cannot"
            | "must"
            | "example"
            | "instance"
            | "became"
            | "become"
            | "becomes"
            | "largely"
            | "see"
            | "here"
            | "follow"
            | "follows"
            | "refers"
    )
}

/// How many words a quoted title may have; a longer quotation is a
/// passage, as notes quote them.
const LONGEST_QUOTED_TITLE: usize = 20;

/// Whether `sentence` quotes something of two words or more, as a
/// citation quotes its title (a note's scare quotes hold one word:
/// `there was no "delay" at all`); unbalanced quotes count too.
fn quotes_a_title(sentence: &str) -> bool {
    let parts: Vec<&str> = sentence.split(['"', '“', '”', '«', '»']).collect();
    parts.len().is_multiple_of(2)
        || parts
            .iter()
            .skip(1)
            .step_by(2)
            .any(|quoted| (2..=LONGEST_QUOTED_TITLE).contains(&quoted.split_whitespace().count()))
}

/// Whether `text` quotes a passage, longer than any title, after a word
/// of prose, and gives no year: a note that quotes its source (`Article
/// IV recognises "the inalienable right of all the Parties …"`).
fn quotes_a_passage(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['"', '“', '”', '«', '»']).collect();
    let passage = parts.chunks(2).any(|pair| {
        let [before, quoted] = pair else { return false };
        let lead_in = before.split_whitespace().next_back().unwrap_or("");
        quoted.split_whitespace().count() > LONGEST_QUOTED_TITLE
            && lead_in.starts_with(char::is_lowercase)
            && lead_in != "in"
    });
    let year = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with('1') || d.starts_with("20")));
    passage && !year
}

/// Openings that only prose has. A pronoun opens prose when a word in
/// lower case follows it (`He Huanhuan: On Dignāga's Names` is a name).
fn opens_like_prose(first_words: &[&str]) -> bool {
    let pair = (
        first_words.first().map(|w| w.to_lowercase()),
        first_words.get(1).map(|w| w.to_lowercase()),
    );
    let lower_second = first_words
        .get(1)
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    match (pair.0.as_deref(), pair.1.as_deref()) {
        (Some("according"), Some("to"))
        | (Some("for"), Some("more" | "further" | "example" | "details" | "a" | "an" | "the"))
        | (Some("note" | "note:" | "although" | "while" | "however," | "however"), _) => true,
        (Some("this" | "it" | "he" | "she" | "they" | "we" | "i" | "there" | "these"), _) => lower_second,
        _ => false,
    }
}

/// Whether the flattened entry is an explanatory note rather than a citation.
pub fn is_note(text: &str) -> bool {
    let mut end = sentence_end(text, 0).unwrap_or(text.len());
    // A short first sentence (`This is, admittedly, the optimistic
    // reading.`) is read with the next.
    if text.get(..end).unwrap_or(text).split_whitespace().count() < 7 {
        end = sentence_end(text, end).unwrap_or(text.len());
    }
    let first = text.get(..end).unwrap_or(text);
    let words: Vec<&str> = first.split_whitespace().collect();
    if words.len() < 7 {
        return false;
    }
    if quotes_a_passage(text) {
        return true;
    }
    // Citations put quotes, years in parentheses and page numbers early.
    if quotes_a_title(first) || first.contains("pp.") {
        return false;
    }
    let prose_words = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| is_prose_word(w))
        .count();
    let lower = words
        .iter()
        .skip(1)
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let mostly_lower = lower * 3 >= (words.len() - 1) * 2;
    if opens_like_prose(&words) && (prose_words >= 1 || mostly_lower) {
        return true;
    }
    // A verb among the first words (`"Defensive" is used here in the
    // sense of Waltz (1979)`): a sentence about something, whatever years
    // it cites.
    let verb_early = words.iter().skip(1).take(2).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "is" | "was" | "are" | "were" | "has" | "have" | "had"
        )
    });
    if verb_early && mostly_lower && prose_words >= 2 && words.len() >= 9 {
        return true;
    }
    let starts_the = words
        .first()
        .is_some_and(|w| matches!(*w, "The" | "A" | "An" | "In" | "On" | "At" | "As"));
    // Whatever its first word (`Hobsbawm's formulation is often quoted
    // without its second half`), a sentence without a year where
    // citations give one: in parentheses, or closing a part of the
    // citation (`London, 2001.`, `2019;393:447`), not in the middle of a
    // clause (`in constant 2019 dollars`, `March 2019; the studies were`).
    let has_year = words.iter().enumerate().any(|(k, w)| {
        let digits = w.trim_matches(|c: char| !c.is_ascii_digit());
        let year = digits.len() == 4 && (digits.starts_with('1') || digits.starts_with("20"));
        let in_a_clause = !w.contains(['(', ')'])
            && w.trim_start_matches(|c: char| !c.is_ascii_digit()).len() <= 5
            && words
                .get(k + 1)
                .is_some_and(|next| next.starts_with(char::is_lowercase));
        year && !in_a_clause
    });
    (starts_the || !has_year) && mostly_lower && prose_words >= 2 && words.len() >= 9
}
