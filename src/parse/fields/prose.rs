//! Telling an explanatory note (`The surveyors were apparently in Norway…`)
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
            | "usually"
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
    passage && !has_any_year(text)
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
        // A pointer to another part of the same document (`See annex I
        // for …`), not to a source.
        (
            Some("see"),
            Some(
                "annex" | "annexes" | "appendix" | "paragraph" | "paragraphs" | "table" | "figure" | "below"
                | "above",
            ),
        ) => true,
        (Some("this" | "it" | "he" | "she" | "they" | "we" | "i" | "there" | "these"), _) => lower_second,
        _ => false,
    }
}

/// How many verbs in the past tense go on into a clause, as prose's do
/// (`relocated from`, `brokered by`, `was first disclosed publicly`), not
/// after an article as an adjective does (`an armed cult`).
fn verbs_in_a_clause(words: &[&str]) -> usize {
    const CLAUSE_OPENERS: &[&str] = &[
        "by", "in", "on", "at", "from", "to", "that", "with", "into", "since", "as", "publicly", "first",
    ];
    words
        .windows(3)
        .filter(|w| {
            let [before, verb, next] = w else { return false };
            verb.len() >= 6
                && verb.ends_with("ed")
                && verb.starts_with(char::is_lowercase)
                && !matches!(*before, "a" | "an" | "the" | "A" | "An" | "The")
                && CLAUSE_OPENERS.contains(next)
        })
        .count()
}

/// Whether most words after the first are in lower case once each name
/// of capitalised words and numbers in a row counts as one (`The MKO had
/// been on the State Department's list of Foreign Terrorist Organizations
/// since October 1997`): a note about people and places names many.
fn mostly_lower_but_names(words: &[&str]) -> bool {
    let (mut lower, mut all, mut in_name) = (0, 0, false);
    for w in words.iter().skip(1) {
        if w.starts_with(char::is_lowercase) {
            lower += 1;
            all += 1;
            in_name = false;
        } else if !in_name {
            all += 1;
            in_name = true;
        }
    }
    lower * 5 >= all * 3
}

/// Whether a word is an author's initial (`H.`, `M,`, `PS,`), as a list
/// of authors opening a citation has (`Zeberg, H. & Pääbo, S.`,
/// `Hoffmann M, Kaul A`).
fn is_initial(w: &str) -> bool {
    let letters = w.trim_end_matches(['.', ',', ';']);
    (1..=2).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && (letters.len() == 1 || letters.len() < w.len())
}

/// Past participles that a citation writes after its source (`Tehran
/// Desk, a news site, accessed 3 May 2012`).
const CITATION_VERBS: &[&str] = &[
    "accessed",
    "archived",
    "cited",
    "consulted",
    "edited",
    "interviewed",
    "posted",
    "published",
    "quoted",
    "reprinted",
    "retrieved",
    "translated",
    "updated",
    "viewed",
];

/// Whether `words` open with a name set off by a description and go on
/// with a verb (`Camp Hope, a former army base near Baghdad, was struck`,
/// `Anne Roe, a former member, co-founded`): a sentence about someone or
/// somewhere, which no citation's authors and title make.
fn opens_with_apposition(words: &[&str]) -> bool {
    let Some(name_end) = words.iter().take(4).position(|w| w.ends_with(',')) else {
        return false;
    };
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    if !words.get(..=name_end).unwrap_or_default().iter().all(capitalised)
        || !matches!(words.get(name_end + 1), Some(&("a" | "an" | "the")))
    {
        return false;
    }
    // The description ends with a comma; the verb follows it, not as a
    // participle that says where the words are (`…, interviewed by the
    // author`, `…, quoted in The Guardian`).
    let description = words.get(name_end + 1..).unwrap_or_default();
    let Some(verb_at) = description
        .iter()
        .take(16)
        .position(|w| w.ends_with(','))
        .map(|end| end + 1)
    else {
        return false;
    };
    let after = description.get(verb_at + 1).copied().unwrap_or_default();
    description.get(verb_at).is_some_and(|verb| {
        let verb = verb.trim_end_matches([',', ';', '.', ':']);
        verb.starts_with(char::is_lowercase)
            && (verb.len() >= 5 && verb.ends_with("ed") && !matches!(after, "by" | "in")
                || is_prose_word(verb))
            && !CITATION_VERBS.contains(&verb)
    })
}

/// Whether what follows an entry's first sentence is only a name in
/// capitals (`Financial Tribune.`): a headline's outlet, not more prose.
fn ends_with_an_outlet(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "for"))
}

/// Whether a run of digits is a year: four digits from 1000 to 2099.
fn is_year(digits: &str) -> bool {
    digits.len() == 4 && (digits.starts_with('1') || digits.starts_with("20"))
}

/// Whether `text` writes a year anywhere: a citation dates its source; a
/// note may not.
fn has_any_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit()).any(is_year)
}

/// Whether a note thanks someone, as the writer's own first note does
/// (`Associate Professor of Law, … . I thank the workshop's participants.`).
fn thanks_someone(text: &str) -> bool {
    [
        "I thank ",
        "I am grateful ",
        "We thank ",
        "We are grateful ",
        "The author thanks ",
        "The authors thank ",
        "would like to thank ",
    ]
    .iter()
    .any(|p| text.contains(p))
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
    // (A citation dates its work before any thanks: `…, 2001), 12. I
    // thank Professor Roe`.)
    if quotes_a_passage(text) || (thanks_someone(text) && !has_any_year(text)) {
        return true;
    }
    // Citations put quotes, years in parentheses and page numbers early.
    if quotes_a_title(first) || first.contains("pp.") {
        return false;
    }
    // Initials, or a short first sentence of capitalised words (`Centers
    // for Disease Control and Prevention.`): a citation's authors, whose
    // title may read as prose (`Measles cases reported in schools`).
    let opened_by_names = words.iter().any(|w| is_initial(w)) || {
        let head = text.get(..sentence_end(text, 0).unwrap_or(0)).unwrap_or("");
        let head_words: Vec<&str> = head.split_whitespace().collect();
        (1..7).contains(&head_words.len())
            && head_words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for" | "and" | "the" | "on")
            })
    };
    // `…; I convert all dates to the Gregorian calendar.`: the writer
    // speaking, not a citation's authors and title (`Balakrishnan, R.
    // (2006). Why aren't we using 3d user interfaces`).
    // Only after a clause of prose ends (`accounts; I`, `above, we`,
    // `calendar. I`): a title's `What we learned` or `(2017). I was held`
    // is no such clause.
    let clause_ends = |w: &str| {
        w.ends_with([';', ',', ':'])
            || (w.ends_with('.') && w.trim_end_matches('.').chars().all(|c| c.is_lowercase()))
    };
    let mut initials = false;
    let first_person = words.windows(3).any(|w| {
        initials |= is_initial(w[0]);
        !initials
            && clause_ends(w[0])
            && matches!(w[1], "I" | "we")
            && w[2].starts_with(char::is_lowercase)
            && w[2].chars().all(char::is_alphabetic)
    });
    if first_person {
        return true;
    }
    let prose_words = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| is_prose_word(w))
        .count()
        + if opened_by_names {
            0
        } else {
            verbs_in_a_clause(&words)
        };
    let lower = words
        .iter()
        .skip(1)
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let mostly_lower =
        lower * 3 >= (words.len() - 1) * 2 || (!opened_by_names && mostly_lower_but_names(&words));
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
    // A sentence with its verb early and no year anywhere: no citation
    // leaves out its date and its link (`The group is known
    // variously as …`).
    if verb_early
        && mostly_lower
        && words.len() >= 9
        && !has_any_year(text)
        && !text.contains("://")
        && !ends_with_an_outlet(text.get(end..).unwrap_or_default())
    {
        return true;
    }
    if opens_with_apposition(&words) {
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
        let year = is_year(digits);
        let in_a_clause = !w.contains(['(', ')'])
            && w.trim_start_matches(|c: char| !c.is_ascii_digit()).len() <= 5
            && words
                .get(k + 1)
                .is_some_and(|next| next.starts_with(char::is_lowercase));
        year && !in_a_clause
    });
    (starts_the || !has_year) && mostly_lower && prose_words >= 2 && words.len() >= 9
}
