//! The author list at the start of an entry: people in any of the usual
//! orders (`Last, First`, `Last, F.`, `F. Last`, `First Last`, `Last FM`),
//! joined by commas, semicolons, `and` or `&`, with `et al.` and editor
//! marks, or one organisation. Each person comes out as `Family, Given`.
//!
//! Must not: read past the author list; where the list ends is reported so
//! that the layout reader can take the title from there.

/// The author list read from the start of an entry.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AuthorList {
    pub names: Vec<String>,
    /// Byte index just after the last part of the list that was used.
    pub end: usize,
    /// The list ended with an editor mark (`(eds.)`, `, ed.`).
    pub editors: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    Word,
    Comma,
    Semicolon,
    Colon,
    Ampersand,
    OpenParen,
    CloseParen,
    Quote,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    kind: TokenKind,
    text: &'a str,
    start: usize,
    end: usize,
}

/// Splits the start of `text` into words and punctuation, up to `limit`
/// tokens (an author list is never longer).
fn tokenize(text: &str, limit: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut word_start: Option<usize> = None;
    let punct_kind = |c: char| match c {
        ',' => Some(TokenKind::Comma),
        ';' => Some(TokenKind::Semicolon),
        ':' => Some(TokenKind::Colon),
        '&' => Some(TokenKind::Ampersand),
        '(' | '[' => Some(TokenKind::OpenParen),
        ')' | ']' => Some(TokenKind::CloseParen),
        '"' | '“' | '”' | '«' | '»' | '„' | '‘' => Some(TokenKind::Quote),
        '<' | '>' | '+' | '=' | '*' | '/' | '|' => Some(TokenKind::Other),
        _ => None,
    };
    for (i, c) in text.char_indices() {
        if tokens.len() >= limit {
            return tokens;
        }
        let kind = if c.is_whitespace() { None } else { punct_kind(c) };
        if c.is_whitespace() || kind.is_some() {
            if let Some(start) = word_start.take() {
                tokens.push(Token {
                    kind: TokenKind::Word,
                    text: text.get(start..i).unwrap_or(""),
                    start,
                    end: i,
                });
            }
            if let Some(kind) = kind {
                let end = i + c.len_utf8();
                tokens.push(Token {
                    kind,
                    text: text.get(i..end).unwrap_or(""),
                    start: i,
                    end,
                });
            }
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    if let Some(start) = word_start {
        tokens.push(Token {
            kind: TokenKind::Word,
            text: text.get(start..).unwrap_or(""),
            start,
            end: text.len(),
        });
    }
    tokens
}

/// How a word can take part in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `J.`, `J.C.`, `C.-C.`, `Ch.`, or a bare `J`.
    Initials,
    /// Two or three capitals without periods, as in `Smith JA`.
    BareInitials,
    /// A capitalised word that can be a given or family name.
    Name,
    /// `van`, `de`, `de la`.
    Particle,
    /// `Jr.`, `Sr.`, `III`.
    Suffix,
    /// Anything else: lower-case words, numbers, abbreviations.
    NotName,
}

fn shape(word: &str) -> Shape {
    let bare = word.trim_end_matches('.');
    if bare.is_empty() {
        return Shape::NotName;
    }
    // `Jun.` and `Sen.` (junior, senior) need their period: `Sen` and `Jun`
    // are family and given names (Amartya Sen).
    if matches!(bare, "Jr" | "Sr" | "II" | "III" | "IV" | "2nd" | "3rd" | "4th")
        || (matches!(bare, "Jun" | "Sen") && word.ends_with('.'))
    {
        return Shape::Suffix;
    }
    if is_dotted_initials(word) {
        return Shape::Initials;
    }
    // `Lloyd's List`, `Jane's Defence Weekly`: no person's name is written
    // as a possessive, a publication's often is.
    if is_possessive(bare) {
        return Shape::NotName;
    }
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    if bare.chars().all(|c| c.is_uppercase()) && (1..=3).contains(&letters) {
        return if letters == 1 {
            Shape::Initials
        } else {
            Shape::BareInitials
        };
    }
    // `Maliki, Nouri al-.`: an Arabic article moved after the given name
    // keeps its hyphen.
    let particle = if super::ARABIC_ARTICLES.contains(&bare) {
        bare.trim_end_matches('-')
    } else {
        bare
    };
    if super::words::is_name_particle(&particle.to_lowercase()) && bare.starts_with(char::is_lowercase) {
        return Shape::Particle;
    }
    // Letters, hyphens and apostrophes; other non-ASCII symbols are ligatures
    // that PDF extraction mangled (`Ku↵ner`).
    let name_chars = bare
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’') || (!c.is_ascii() && !c.is_whitespace()));
    // `al-Muslimi`, `el-Sisi`: an Arabic article joined to a capitalised name.
    let after_article = super::ARABIC_ARTICLES
        .iter()
        .find_map(|article| bare.strip_prefix(article))
        .unwrap_or(bare);
    let first_upper = after_article.chars().next().is_some_and(char::is_uppercase)
        || (bare.starts_with(['d', 'l', 'D', 'O']) && bare.contains(['\'', '’']));
    let has_lower_or_long = letters >= 2;
    let function_word = super::words::is_function_word(bare) && !is_capitalised_particle(bare);
    if name_chars && first_upper && has_lower_or_long && !function_word {
        Shape::Name
    } else {
        Shape::NotName
    }
}

/// `J.`, `J.C.`, `C.-C.`, `Ch.`, `P.-Ch.`: capitals (optionally followed by
/// one lower-case letter) each closed by a period, possibly hyphenated.
fn is_dotted_initials(word: &str) -> bool {
    // `S.A` (no final period) is as much initials as `S.A.`.
    if !word.ends_with('.') && (word.len() < 3 || !word.contains('.')) {
        return false;
    }
    word.split(['.', '-'])
        .filter(|part| !part.is_empty())
        .all(|part| {
            let mut chars = part.chars();
            match (chars.next(), chars.next(), chars.next()) {
                (Some(a), None, _) => a.is_uppercase(),
                (Some(a), Some(b), None) => {
                    // Two-letter initials are few (`Ch.`, `Th.`); `Li.` is a name.
                    a.is_uppercase()
                        && matches!(
                            part,
                            "Ch" | "Th"
                                | "Ph"
                                | "Sh"
                                | "Gy"
                                | "Zs"
                                | "Wm"
                                | "Kh"
                                | "Ts"
                                | "Sz"
                                | "Cz"
                                | "Yu"
                                | "Dz"
                        )
                        && b.is_lowercase()
                }
                _ => false,
            }
        })
        && word.chars().any(char::is_uppercase)
}

/// Abbreviations that stand before or for a given name (`St. John`, `Gen.
/// John B.`, `Wm.`), whose period does not end the name.
fn is_name_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "St" | "Ste"
            | "Gen"
            | "Dr"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Col"
            | "Capt"
            | "Lt"
            | "Maj"
            | "Sgt"
            | "Adm"
            | "Gov"
            | "Rev"
            | "Prof"
            | "Hon"
            | "Fr"
            | "Wm"
            | "Chas"
            | "Jas"
            | "Thos"
            | "Geo"
            | "Jos"
            | "Benj"
            | "Saml"
            | "Edw"
    )
}

/// A word ending with a period that ends the author list (`Sheth.`), as
/// opposed to an initial or abbreviation.
fn ends_sentence(word: &str) -> bool {
    word.ends_with('.') && !super::words::is_abbreviation(word.trim_end_matches('.'))
}

/// The style of the first name in the list, which later names must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `Smith, J.` and `Smith, J. A.`
    InvertedInitials,
    /// `Smith, John`
    InvertedFull,
    /// `J. Smith`, `T Verrall`
    NaturalInitials,
    /// `John Smith`, `John A. Smith`
    NaturalFull,
    /// `Smith JA`, `Heidegger M.`
    FamilyInitials,
}

/// One name read from the words of a chunk (the words between separators).
#[derive(Debug, Clone)]
struct ReadName {
    name: String,
    style: Style,
    /// Words of the chunk used.
    used: usize,
    /// The name has an initial (`John A. Smith`).
    has_initial: bool,
}

impl ReadName {
    /// A family name with no given part yet (`Smith` before `, John`).
    fn is_lone_family(&self) -> bool {
        !self.name.contains(", ")
    }
}

fn clean_family(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| w.trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join(" ")
}

fn clean_given(words: &[&str]) -> String {
    let joined = words.join(" ");
    // A full given name loses the sentence period; initials keep theirs
    // unless they were written bare (`Peters OA.` ends the list).
    match words.last() {
        Some(last) if !is_dotted_initials(last) || shape(last) == Shape::BareInitials => {
            joined.trim_end_matches('.').to_string()
        }
        _ => joined,
    }
}

/// The given part after `Family,`: given names then initials, nothing after
/// an initial but more initials, or one name that closes the chunk when a
/// `;` or `(` follows it (`Billah, K. Yusuf; Scanlan`, `Oppenheimer, J.
/// Robert (1939)`): a title is not cut off there. Returns the words used.
fn given_part(words: &[&str], closed_by_list_mark: bool) -> usize {
    let mut used = 0;
    let mut seen_initial = false;
    let mut full_names = 0;
    for (i, word) in words.iter().enumerate() {
        let last_in_chunk = i + 1 == words.len();
        let next_is_name = words.get(i + 1).is_some_and(|next| shape(next) == Shape::Name);
        match shape(word) {
            // `SEVCENKO, N. A Revolta da Vacina`: a capital alone after an
            // initial with its period, before a word, is the title's
            // article.
            Shape::Initials if seen_initial && word.len() == 1 && next_is_name => break,
            Shape::Initials | Shape::BareInitials => {
                seen_initial = true;
                used = i + 1;
            }
            Shape::Name if seen_initial && last_in_chunk && closed_by_list_mark => used = i + 1,
            Shape::Suffix if used > 0 => used = i + 1,
            Shape::Name if !seen_initial && full_names < 3 => {
                // `Brown, Ann. Third Book`: a given name's period ends the
                // author, though `Ann.` elsewhere abbreviates `Annals`; a
                // title's or a given name's abbreviation does not (`Ervine,
                // St. John`, `Gordon, Gen. John B.`).
                if word.ends_with('.') && !last_in_chunk && !is_name_abbreviation(word.trim_end_matches('.'))
                {
                    used = i + 1;
                    break;
                }
                full_names += 1;
                used = i + 1;
            }
            // `Andrade, Mário de.`: a particle closing the given part.
            Shape::Particle if used > 0 && last_in_chunk => used = i + 1,
            _ => break,
        }
        if ends_sentence(word) {
            break;
        }
    }
    used
}

fn is_capitalised_particle(word: &str) -> bool {
    matches!(
        word,
        "De" | "Van"
            | "Von"
            | "Di"
            | "Da"
            | "Du"
            | "Le"
            | "La"
            | "Del"
            | "Della"
            | "Vander"
            | "Ten"
            | "Ter"
            | "Mac"
            | "Dos"
            | "Das"
            | "El"
            | "Al"
            | "St."
            | "Des"
            | "Der"
            | "Den"
            | "Los"
            | "Las"
            | "Le."
            | "Zu"
    )
}

fn is_initial_shape(shape: Shape) -> bool {
    matches!(shape, Shape::Initials | Shape::BareInitials)
}

/// Reads a name at the start of a chunk. `vancouver` says the list so far
/// is written `Family Initials`, so a name may stop after its initials
/// even when more words follow (`Villette A. Analyse critique…`).
fn fresh_name(all_words: &[&str], vancouver: bool) -> Option<ReadName> {
    // A suffix (`Jr.`, `III`) after the name is used but not kept.
    let mut words = all_words;
    while words.len() > 1 && words.last().is_some_and(|w| shape(w) == Shape::Suffix) {
        words = words.get(..words.len() - 1)?;
    }
    let suffixes = all_words.len() - words.len();
    let mut read = name_in(words, vancouver)?;
    if read.used == words.len() {
        read.used += suffixes;
    }
    Some(read)
}

fn name_in(words: &[&str], vancouver: bool) -> Option<ReadName> {
    let shapes: Vec<Shape> = words.iter().map(|w| shape(w)).collect();
    let first = *shapes.first()?;
    // A bare `A` opening an entry is an article (`A Civil Action`).
    if words.first() == Some(&"A") {
        return None;
    }
    // `J. Smith`, `D. H. van Hessem`, `S. L. Peyton Jones`, `T Verrall`.
    if first == Shape::Initials {
        return natural_initials(words, &shapes);
    }
    let particles = shapes.iter().take_while(|s| **s == Shape::Particle).count();
    let names = shapes
        .iter()
        .skip(particles)
        .take_while(|s| **s == Shape::Name)
        .count();
    if names == 0 {
        return None;
    }
    let after_names = particles + names;
    // Initials end where a dotted one is followed by a bare capital
    // (`Ortega A. A study`: the second `A` opens the title).
    let mut trailing_initials = 0;
    while let (Some(s), Some(w)) = (
        shapes.get(after_names + trailing_initials),
        words.get(after_names + trailing_initials),
    ) {
        let previous_dotted = trailing_initials > 0
            && words
                .get(after_names + trailing_initials - 1)
                .is_some_and(|p| p.ends_with('.'));
        if !is_initial_shape(*s) || (previous_dotted && !w.ends_with('.')) {
            break;
        }
        trailing_initials += 1;
    }
    // `Schijen MRMJ`: four initials glued, the last word of the name, read
    // as a name's capitals by their shape.
    let (names, after_names) = if trailing_initials == 0
        && names >= 2
        && after_names == words.len()
        && words.last().is_some_and(|w| {
            let bare = w.trim_end_matches(['.', ',']);
            bare.len() == 4 && bare.bytes().all(|b| b.is_ascii_uppercase())
        }) {
        trailing_initials = 1;
        (names - 1, after_names - 1)
    } else {
        (names, after_names)
    };
    let ended_early = words
        .get(..after_names.saturating_sub(1))
        .is_some_and(|ws| ws.iter().any(|w| ends_sentence(w)));
    // `Pérez-Higueras JJ`, `de la Macorra JC`, `Heidegger M.`, and
    // `Camargo CA Jr.` (the suffix read, not kept).
    let initials_end = after_names + trailing_initials;
    let suffixed = trailing_initials > 0 && shapes.get(initials_end) == Some(&Shape::Suffix);
    let used = initials_end + usize::from(suffixed);
    let whole_chunk = used == words.len();
    // `Marmot M. Social determinants of health`: one family name, its
    // initials and a period, then a title (its second word in lower case,
    // or its first two words not closed as a name would be, nor the second
    // a bare capital: `Walker M. Why We Sleep`, `Hewison M. Vitamin D and
    // …`, not `Ursula K. Le Guin, …` or `Robin C. Williamson and …`), even
    // as the list's first name.
    let closes_a_name = |w: &str| w.ends_with([',', '.', ';', ':']);
    let title_follows = names == 1
        && (words
            .get(used + 1)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !is_conjunction(w))
            || ((words.len() > used + 2
                || words
                    .get(used + 1)
                    .is_some_and(|w| w.len() == 1 && shape(w) == Shape::Initials))
                && (used..used + 2).all(|k| {
                    words
                        .get(k)
                        .is_some_and(|w| !closes_a_name(w) && !is_conjunction(w))
                })));
    let stops_after_initials = (vancouver || title_follows)
        && words.get(used - 1).is_some_and(|w| w.ends_with('.'))
        && words.get(used).is_some_and(|w| w.starts_with(char::is_uppercase));
    if trailing_initials > 0 && names <= 3 && !ended_early && (whole_chunk || stops_after_initials) {
        return Some(ReadName {
            name: format!(
                "{}, {}",
                clean_family(words.get(..after_names)?),
                clean_given(words.get(after_names..initials_end)?)
            ),
            style: Style::FamilyInitials,
            used,
            has_initial: true,
        });
    }
    // `De Raedt`, `Van der Berg`, `Di Michele`: a family name with a
    // capitalised particle, written before the given part.
    if particles == 0
        && (2..=3).contains(&words.len())
        && is_capitalised_particle(words.first().copied().unwrap_or(""))
        && shapes
            .iter()
            .skip(1)
            .all(|s| matches!(s, Shape::Name | Shape::Particle))
        && shapes.last() == Some(&Shape::Name)
    {
        return Some(ReadName {
            name: clean_family(words),
            style: Style::InvertedFull,
            used: words.len(),
            has_initial: false,
        });
    }
    if names == 1 && after_names == words.len() {
        // A lone family name: the given part follows after a comma.
        return Some(ReadName {
            name: clean_family(words),
            style: Style::InvertedFull,
            used: after_names,
            has_initial: false,
        });
    }
    // `CASSARD Jean-Christophe`: a family name in capitals first.
    let name_words = words.get(particles..after_names)?;
    let first_name = name_words.first().copied().unwrap_or("");
    let first_all_caps = first_name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first_name.chars().all(|c| !c.is_lowercase());
    if particles == 0
        && first_all_caps
        && (2..=3).contains(&names)
        && name_words
            .iter()
            .skip(1)
            .all(|w| w.chars().any(char::is_lowercase))
    {
        return Some(ReadName {
            name: format!(
                "{}, {}",
                clean_family(words.get(..1)?),
                clean_given(words.get(1..names)?)
            ),
            style: Style::InvertedFull,
            used: names,
            has_initial: false,
        });
    }
    // `John Smith`, `Robin C. Williamson`, `Ludwig van Beethoven`.
    natural_full(words, &shapes)
}

fn natural_initials(words: &[&str], shapes: &[Shape]) -> Option<ReadName> {
    let mut given = shapes.iter().take_while(|s| **s == Shape::Initials).count();
    // `C. Randall Hoskins`, `J. Robert Oppenheimer`: after one initial, a
    // name and then another is a given name and the family's. After
    // several (`S. L. Peyton Jones`) both names are the family's.
    if given == 1
        && shapes.get(1..3) == Some(&[Shape::Name, Shape::Name][..])
        && words.get(1).is_some_and(|w| !w.ends_with('.'))
    {
        given = 2;
    }
    let mut i = given;
    let mut family_words = 0;
    // Family: a name, then at most two more names or particles
    // (`Peyton Jones`, `Nunes da Rocha`), stopping after a sentence period.
    while family_words < 3 {
        match shapes.get(i) {
            Some(Shape::Particle) if family_words < 2 => i += 1,
            Some(Shape::Name) => {
                i += 1;
                family_words += 1;
                if words.get(i - 1).is_some_and(|w| w.ends_with('.')) {
                    break;
                }
            }
            _ => break,
        }
    }
    // Trailing particles are not part of the family name.
    while i > given && shapes.get(i - 1) == Some(&Shape::Particle) {
        i -= 1;
    }
    if family_words == 0 {
        return None;
    }
    let family = clean_family(words.get(given..i)?);
    let given = clean_given(words.get(..given)?);
    Some(ReadName {
        name: format!("{family}, {given}"),
        style: Style::NaturalInitials,
        used: i,
        has_initial: true,
    })
}

fn natural_full(words: &[&str], shapes: &[Shape]) -> Option<ReadName> {
    // `Thibault Le Texier`, `Ursula K. Le Guin`: a capitalised particle
    // before the last name opens the family name.
    let opens_family = |i: usize| {
        i > 0
            && words.get(i).is_some_and(|w| is_capitalised_particle(w))
            && shapes.get(i + 1) == Some(&Shape::Name)
    };
    let mut given = 0;
    while shapes.get(given) == Some(&Shape::Name) && given < 2 && !opens_family(given) {
        given += 1;
        // `John A. Smith`, `Adam DI Kramer`: initials may follow the given names.
        if matches!(shapes.get(given), Some(Shape::Initials | Shape::BareInitials)) {
            break;
        }
    }
    let mut i = given;
    while matches!(shapes.get(i), Some(Shape::Initials | Shape::BareInitials)) {
        i += 1;
    }
    let given_end = i;
    let has_initial = given_end > given;
    while shapes.get(i) == Some(&Shape::Particle) || opens_family(i) {
        i += 1;
    }
    if given == 0 || shapes.get(i) != Some(&Shape::Name) {
        // Two names only: the second is the family.
        if given >= 2 && given_end == given && i == given {
            let family = clean_family(words.get(given - 1..given)?);
            let first = clean_given(words.get(..given - 1)?);
            return Some(ReadName {
                name: format!("{family}, {first}"),
                style: Style::NaturalFull,
                used: given,
                has_initial: false,
            });
        }
        return None;
    }
    if words
        .get(..i)
        .is_some_and(|ws| ws.iter().any(|w| ends_sentence(w)))
    {
        return None;
    }
    // `Joshua R. Itzkowitz Shifrinson`: after initials, the two names that
    // end the chunk are one family name.
    let two_word_family = has_initial
        && i + 2 == words.len()
        && shapes.get(i + 1) == Some(&Shape::Name)
        && !words.get(i).is_some_and(|w| ends_sentence(w))
        // `Harry S. Truman Library` is an institution.
        && !words
            .get(i + 1)
            .is_some_and(|w| super::words::is_organisation_word(w));
    let used = i + 1 + usize::from(two_word_family);
    let family = clean_family(words.get(given_end..used)?);
    let first = clean_given(words.get(..given_end)?);
    Some(ReadName {
        name: format!("{family}, {first}"),
        style: Style::NaturalFull,
        used,
        has_initial,
    })
}

/// Adjectives of nations and regions, which open the names of bodies
/// (`American Bird Conservancy`) and no one's given name.
const NATIONAL_ADJECTIVES: &[&str] = &[
    "American",
    "British",
    "European",
    "Canadian",
    "Australian",
    "African",
    "Asian",
    "Indian",
    "Chinese",
    "German",
    "French",
    "Japanese",
    "Russian",
    "Irish",
    "Scottish",
    "Welsh",
    "Mexican",
    "Brazilian",
    "Italian",
    "Spanish",
    "Dutch",
    "Swiss",
    "Swedish",
    "Norwegian",
    "Danish",
    "Korean",
    "Arab",
    "Israeli",
    "Iranian",
    "Turkish",
    "Pakistani",
    "Nigerian",
    "Kenyan",
    "Global",
    "International",
    "National",
    "Federal",
    "Royal",
    "Pacific",
    "Atlantic",
    "Nordic",
    "Latin",
];

/// An organisation at the start of an entry: the first segment (up to a
/// comma, parenthesis, colon or sentence end) when it has a word such as
/// `Agency`, `Department` or `News`, or is two or more words in capitals.
fn organisation(tokens: &[Token<'_>]) -> Option<(String, usize)> {
    // Each word, with where it ends.
    let mut words: Vec<(&str, usize)> = Vec::new();
    for token in tokens {
        if token.kind != TokenKind::Word && token.kind != TokenKind::Ampersand {
            break;
        }
        words.push((token.text, token.end));
        // `U.S. Department of State`: letters with stops go on.
        let dotted = token.text.len() >= 4
            && token.text.ends_with('.')
            && token.text.chars().all(|c| c == '.' || c.is_uppercase());
        if token.kind == TokenKind::Word && ends_sentence(token.text) && !dotted {
            break;
        }
        if words.len() > 10 {
            return None;
        }
    }
    let opens_with_initials = words
        .first()
        .is_some_and(|(w, _)| (3..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
    // `USGS (2024), Mineral Commodity Summaries`: initials dated as an
    // author is.
    let dated_initials = || {
        opens_with_initials
            && tokens.get(1).is_some_and(|t| t.kind == TokenKind::OpenParen)
            && tokens
                .get(2)
                .is_some_and(|t| t.text.len() >= 4 && t.text.bytes().take(4).all(|b| b.is_ascii_digit()))
    };
    // `GAO, A Framework for …`: initials before a comma and a title.
    let initials_before_a_title = || {
        opens_with_initials
            && tokens.get(1).is_some_and(|t| t.kind == TokenKind::Comma)
            && tokens
                .get(2)
                .is_some_and(|t| t.kind == TokenKind::Word && t.text.starts_with(char::is_uppercase))
            // Three words or more of a title, none ending a sentence (not
            // `UNICEF, Pure Earth.`, two authors, nor `LERCHE, A.`, `SILVA,
            // João Alberto da.`, a family name in capitals and its given
            // names).
            && {
                let title: Vec<&str> = tokens
                    .iter()
                    .skip(2)
                    .take_while(|t| t.kind == TokenKind::Word)
                    .take(3)
                    .map(|t| t.text)
                    .collect();
                title.len() == 3 && !title.iter().any(|w| ends_sentence(w) || w.ends_with('.'))
            }
    };
    if words.len() < 2
        && !words.first().is_some_and(|(w, _)| is_known_outlet(w))
        && !dated_initials()
        && !initials_before_a_title()
    {
        return None;
    }
    let connective = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "of" | "and" | "for" | "the" | "on" | "de" | "la" | "du" | "des" | "&" | "in" | "und" | "für"
        )
    };
    let mut has_org_word = false;
    let mut all_caps = true;
    // `Ministère de l’environnement et de la faune`: after an organisation
    // word, lower-case words belong to its name.
    let opens_with_org_word = words
        .first()
        .is_some_and(|(w, _)| super::words::is_organisation_word(w));
    let mut taken = words.len();
    // Where the organisation's span ends, when that is after its name.
    let mut span_end = None;
    for (i, (word, end)) in words.iter().enumerate() {
        let bare = word.trim_end_matches('.');
        if connective(bare) || (opens_with_org_word && bare.starts_with(char::is_lowercase)) {
            continue;
        }
        // `Harbor Wire staff`: a newsroom writing as its staff.
        if bare == "staff" && i + 1 == words.len() && i > 0 {
            has_org_word = true;
            continue;
        }
        // `Electronic Frontier Foundation website`: a last word saying
        // what kind of outlet it is follows the name.
        if has_org_word && i + 1 == words.len() && is_outlet_kind(bare) {
            taken = i;
            span_end = Some(*end);
            break;
        }
        if !bare.starts_with(|c: char| c.is_uppercase()) || bare.chars().any(char::is_numeric) {
            // `Citizen Lab researchers`: the name ends at
            // the first word in lower case after its organisation word.
            if has_org_word && i >= 2 && bare.starts_with(char::is_lowercase) {
                taken = i;
                break;
            }
            return None;
        }
        has_org_word |= super::words::is_organisation_word(bare)
            || (i > 0 && super::words::is_organisation_word_after_a_name(bare))
            // `American Bird Conservancy`: a nation's adjective opens no
            // person's name.
            || (i == 0 && (3..=4).contains(&words.len()) && NATIONAL_ADJECTIVES.contains(&bare));
        all_caps &= bare.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && bare.chars().all(|c| !c.is_lowercase());
    }
    // `Jane's Defence Weekly. "Iran unveils …"`: a publication's name
    // (no person's is a possessive) before a quoted title.
    let possessive_outlet = words.first().is_some_and(|(w, _)| is_possessive(w))
        && tokens
            .get(words.len())
            .is_some_and(|t| t.kind == TokenKind::Quote);
    if !(has_org_word || all_caps || possessive_outlet) {
        return None;
    }
    let kept = words.get(..taken)?;
    let name = kept.iter().map(|(w, _)| *w).collect::<Vec<_>>().join(" ");
    Some((
        name.trim_end_matches('.').to_string(),
        span_end.unwrap_or(kept.last()?.1),
    ))
}

/// Whether `word` is written as a possessive (`Lloyd's`, `Jane’s`).
fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// A lower-case word after an outlet's name that says what kind of outlet
/// it is.
fn is_outlet_kind(word: &str) -> bool {
    matches!(
        word,
        "website" | "site" | "homepage" | "blog" | "portal" | "daily" | "weekly" | "newspaper" | "magazine"
    )
}

/// Single-word outlets that write their own name as the author (`VORNAfile`).
fn is_known_outlet(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    bare.len() >= 3
        && bare.chars().filter(|c| c.is_uppercase()).count() >= 3
        && bare.chars().all(char::is_alphanumeric)
        && bare.chars().any(char::is_lowercase)
}

/// `———.`, `–––,` or `Idem.`, `Id.,` (with its stop): the same author as
/// the entry before.
pub(crate) fn is_repeated_author(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']);
    let dash = bare.chars().count() >= 2 && bare.chars().all(|c| matches!(c, '—' | '–' | '-' | '_'));
    let latin =
        bare.len() < word.len() && matches!(bare.to_lowercase().as_str(), "idem" | "ídem" | "eadem" | "id");
    dash || latin
}

/// Reads the author list at the start of `text`.
pub fn read_authors(text: &str) -> AuthorList {
    let tokens = tokenize(text, 400);
    let first_word = text.split_whitespace().next().unwrap_or_default();
    if is_repeated_author(first_word) {
        return AuthorList {
            names: Vec::new(),
            end: text.find(first_word).unwrap_or(0) + first_word.len(),
            editors: false,
        };
    }
    if names_a_law(text) {
        return AuthorList::default();
    }
    if let Some(first) = tokens.first()
        && first.kind == TokenKind::Word
    {
        if let Some(list) = family_et_al(&tokens) {
            return list;
        }
        if !first_chunk_is_person(&tokens)
            && let Some((name, end)) = organisation(&tokens)
        {
            return AuthorList {
                names: vec![name],
                end,
                editors: false,
            };
        }
        if names_a_document(&tokens) || names_an_outlet(&tokens) {
            return AuthorList::default();
        }
        if numbers_its_document(&tokens) {
            return AuthorList {
                names: vec![first.text.to_string()],
                end: first.end,
                editors: false,
            };
        }
    }
    Reader::new(&tokens).read()
}

/// Whether the entry opens with an agency's initials, then its document's
/// kind and number (`FERC, Order No. 693, …`, `NRC, Report No. 12`): the
/// agency wrote it, and `Order` is no given name.
fn numbers_its_document(tokens: &[Token<'_>]) -> bool {
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text);
    let initials = text(0);
    (2..=8).contains(&initials.len())
        && initials.bytes().all(|b| b.is_ascii_uppercase())
        && tokens.get(1).is_some_and(|t| t.kind == TokenKind::Comma)
        && text(2).starts_with(char::is_uppercase)
        && matches!(text(3), "No." | "no." | "No" | "Nos.")
}

/// Whether the entry opens with a document's name rather than a person's
/// (`Joint Comprehensive Plan of Action, Vienna, 2015`): four words or
/// more before a comma, none ending a sentence, capitalised but for an
/// `of` or a `for` between them.
fn names_a_document(tokens: &[Token<'_>]) -> bool {
    let words = leading_words(tokens);
    let before_a_comma = tokens
        .get(words.len())
        .is_some_and(|t| t.kind == TokenKind::Comma);
    let inner = words.get(1..words.len().saturating_sub(1)).unwrap_or_default();
    before_a_comma
        && words.len() >= 4
        && !words.iter().any(|w| w.ends_with('.'))
        && inner.iter().any(|w| matches!(*w, "of" | "for"))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for" | "the" | "and"))
}

/// Whether the entry opens with an outlet's name and what kind of outlet it
/// is (`Shargh daily, 12 May 2019`, `Weekly Globe website`): where the
/// source appeared, not who wrote it.
fn names_an_outlet(tokens: &[Token<'_>]) -> bool {
    is_outlet_with_its_kind(&leading_words(tokens))
}

/// Whether `words` are an outlet's name, capitalised, and what kind of
/// outlet it is (`Shargh daily`).
pub(super) fn is_outlet_with_its_kind(words: &[&str]) -> bool {
    let Some((kind, name)) = words.split_last() else {
        return false;
    };
    (1..=3).contains(&name.len())
        && name.iter().all(|w| w.starts_with(char::is_uppercase))
        && is_outlet_kind(kind.trim_end_matches('.'))
}

/// `Dreber et al.,` or `Van Bavel et al.`: a family name alone and
/// `et al.`, as short notes write them. The name is written `Dreber,`: a
/// person whose given name is not known.
fn family_et_al(tokens: &[Token<'_>]) -> Option<AuthorList> {
    let et = tokens.iter().take(4).position(|t| t.text == "et")?;
    let al = tokens.get(et + 1).filter(|t| t.text.starts_with("al"))?;
    let family = tokens.get(..et)?;
    let names_a_person = !family.is_empty()
        && family
            .iter()
            .all(|t| t.kind == TokenKind::Word && matches!(shape(t.text), Shape::Name | Shape::Particle))
        && family.last().is_some_and(|t| shape(t.text) == Shape::Name);
    names_a_person.then(|| AuthorList {
        names: vec![format!(
            "{},",
            clean_family(&family.iter().map(|t| t.text).collect::<Vec<_>>())
        )],
        end: al.end,
        editors: false,
    })
}

/// The words before the first mark (a comma, a colon, a parenthesis…).
fn leading_words<'a>(tokens: &[Token<'a>]) -> Vec<&'a str> {
    tokens
        .iter()
        .take_while(|t| t.kind == TokenKind::Word)
        .map(|t| t.text)
        .collect()
}

/// Whether an entry opens with a law or a case, which no one is the
/// author of: `Inflation Reduction Act of 2022, …`, `United States v.
/// Jones, …`; not a writer's title that names one (`John Bistline,
/// "Economic Implications of the Inflation Reduction Act of 2022," …`).
fn names_a_law(text: &str) -> bool {
    let head = text.get(..text.floor_char_boundary(160)).unwrap_or(text);
    let head = head.split(", ").next().unwrap_or(head);
    let case = head.contains(" v. ");
    let statute = [" Act of ", " Code of "].iter().any(|kind| {
        head.match_indices(kind).any(|(at, _)| {
            head.get(at + kind.len()..)
                .is_some_and(|year| year.len() >= 4 && year.bytes().take(4).all(|b| b.is_ascii_digit()))
        })
    });
    text.starts_with(char::is_uppercase) && (case || statute)
}

/// `Smith, J.` or `J. Smith` at the start: a person, never an organisation.
fn first_chunk_is_person(tokens: &[Token<'_>]) -> bool {
    let words = leading_words(tokens);
    // `U.S. Department of State`, `U.S. Central Command`: a country's
    // letters before a body's name.
    let country = words
        .first()
        .is_some_and(|w| matches!(*w, "U.S." | "U.K." | "U.N." | "E.U." | "U.A.E."));
    let body = words
        .iter()
        .any(|w| super::words::is_organisation_word(w.trim_end_matches('.')))
        && (country || words.iter().any(|w| matches!(*w, "of" | "for")));
    // `R Core Team`: a name of three words or more that ends in a body's
    // word, one initial at most among them.
    let name_end = words
        .iter()
        .position(|w| ends_sentence(w))
        .map_or(words.len(), |at| at + 1);
    let name = words.get(..name_end).unwrap_or_default();
    let collective = name.len() >= 3
        && name.last().is_some_and(|w| {
            matches!(
                w.trim_end_matches('.').to_lowercase().as_str(),
                "team"
                    | "group"
                    | "consortium"
                    | "collaboration"
                    | "committee"
                    | "council"
                    | "network"
                    | "project"
                    | "alliance"
                    | "coalition"
                    | "initiative"
                    | "foundation"
                    | "institute"
                    | "society"
                    | "association"
                    | "partnership"
            )
        })
        && name
            .iter()
            .filter(|w| matches!(shape(w), Shape::Initials))
            .count()
            <= 1;
    words.len() <= 4 && !body && !collective && words.iter().any(|w| matches!(shape(w), Shape::Initials))
}

fn is_conjunction(word: &str) -> bool {
    matches!(
        word,
        "and" | "And" | "AND" | "und" | "y" | "with" | "e" | "og" | "en"
    )
}

/// Marks after a name that say the person edited, directed or produced the
/// work rather than wrote it.
fn is_role_mark(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    matches!(
        bare.as_str(),
        "ed" | "eds"
            | "editor"
            | "editors"
            | "hrsg"
            | "hg"
            | "coord"
            | "dir"
            | "comp"
            | "comps"
            | "director"
            | "directors"
            | "producer"
            | "producers"
            | "writer"
            | "compiler"
            | "translator"
            | "trans"
            | "illustrator"
            | "performer"
            | "prod"
            | "host"
            | "narrator"
            | "creator"
            | "organizer"
            | "organiser"
            | "éd"
            | "éds"
            | "compilador"
            | "org"
    )
}

fn is_editor_word(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    matches!(
        bare.as_str(),
        "ed" | "eds" | "editor" | "editors" | "hrsg" | "hg" | "éd" | "éds" | "coord"
    )
}

/// `Jane Roe and John Doe, Title`: the name after `and` (`before` the
/// name) is the last, and a comma `after` it or its suffix ends the list.
fn ends_the_list(before: Separation, after: Separation) -> bool {
    before.conjunction && !after.conjunction && !after.semicolon
}

/// How the name about to be read was separated from the one before.
#[derive(Debug, Clone, Copy, Default)]
struct Separation {
    conjunction: bool,
    semicolon: bool,
}

struct Reader<'a, 't> {
    tokens: &'t [Token<'a>],
    at: usize,
    names: Vec<String>,
    styles: Vec<Style>,
    end: usize,
    saw_conjunction: bool,
    /// Whether a `;` separated two names: the names are a list.
    saw_semicolon: bool,
    editors: bool,
    /// Where each accepted name ended.
    ends: Vec<usize>,
}

impl<'a, 't> Reader<'a, 't> {
    fn new(tokens: &'t [Token<'a>]) -> Self {
        Reader {
            tokens,
            at: 0,
            names: Vec::new(),
            styles: Vec::new(),
            end: 0,
            saw_conjunction: false,
            saw_semicolon: false,
            editors: false,
            ends: Vec::new(),
        }
    }

    fn kind_at(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn text_at(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text)
    }

    /// Whether the chunk at `at` is a suffix alone (`Jr.`).
    fn lone_suffix_at(&self, at: usize) -> bool {
        let (chunk, _) = self.chunk_at(at);
        chunk.len() == 1 && chunk.first().is_some_and(|t| shape(t.text) == Shape::Suffix)
    }

    /// The words from `at` up to the next separator or stop, and whether the
    /// last one ends the list with a sentence period.
    fn chunk_at(&self, at: usize) -> (Vec<Token<'a>>, bool) {
        let mut words = Vec::new();
        for token in self.tokens.iter().skip(at) {
            if token.kind != TokenKind::Word || is_conjunction(token.text) {
                break;
            }
            let text = token.text;
            // (`Reynolds CF 3rd`: an ordinal is the name's suffix.)
            if (text.starts_with(|c: char| c.is_ascii_digit()) && shape(text) != Shape::Suffix)
                || text == "et"
                || text.eq_ignore_ascii_case("al.")
                || text.starts_with("...")
                || text.starts_with('…')
            {
                break;
            }
            words.push(*token);
            if ends_sentence(text) {
                return (words, true);
            }
        }
        (words, false)
    }

    /// `Heidegger M. Being and Time.`, `Smith J. Diet and health.`: the
    /// list's first chunk is one family name, its initials and the title's
    /// first word when `and` and one last word of a sentence follow it.
    fn name_before_title_with_and(&self, words: &[&str], terminated: bool) -> Option<ReadName> {
        let (&title_word, name) = words.split_last()?;
        let after = self.at + words.len();
        let (next, next_terminated) = self.chunk_at(after + 1);
        let title_follows = self.names.is_empty()
            && !terminated
            && title_word.starts_with(char::is_uppercase)
            && name
                .last()
                .is_some_and(|w| w.ends_with('.') && is_initial_shape(shape(w)))
            && is_conjunction(self.text_at(after))
            && next.len() == 1
            && next_terminated;
        let read = title_follows.then(|| fresh_name(name, true)).flatten()?;
        (read.used == name.len() && read.style == Style::FamilyInitials).then_some(read)
    }

    /// `Hopkins A. Disastrous Decisions: The Human …`: the list's first
    /// chunk is one family name and its initials, then two or more words of
    /// a title up to its colon (not `Ursula K. Le Guin:`, nor `Peter J.
    /// Katzenstein:` as German styles write an author before a title).
    fn name_before_title_with_colon(&self, words: &[&str], terminated: bool) -> Option<ReadName> {
        let initials = words
            .iter()
            .position(|w| w.ends_with('.') && is_initial_shape(shape(w)))?;
        let (name, title) = words.split_at(initials + 1);
        let title_follows = self.names.is_empty()
            && !terminated
            && initials >= 1
            && self.kind_at(self.at + words.len()) == Some(TokenKind::Colon)
            && title.len() >= 2
            && title
                .iter()
                .all(|w| shape(w) == Shape::Name && !is_capitalised_particle(w));
        let read = title_follows.then(|| fresh_name(name, true)).flatten()?;
        (read.used == name.len() && read.style == Style::FamilyInitials).then_some(read)
    }

    fn accept(&mut self, name: String, style: Style, last: &Token<'_>) {
        self.names.push(name);
        self.styles.push(style);
        self.end = last.end;
        self.ends.push(last.end);
    }

    /// A parenthesised role after a name (`(Eds.)`, `(Director)`,
    /// `(Writer/Director)`): the token index after it.
    fn role_paren(&self, i: usize) -> Option<usize> {
        if self.kind_at(i) != Some(TokenKind::OpenParen) {
            return None;
        }
        let mut j = i + 1;
        let mut has_role = false;
        while j < i + 6 {
            match self.kind_at(j)? {
                TokenKind::CloseParen => return has_role.then_some(j + 1),
                TokenKind::Word => has_role |= is_role_mark(self.text_at(j)),
                TokenKind::Other => {}
                _ => return None,
            }
            j += 1;
        }
        None
    }

    /// Consumes a separator between names; `None` at the end of the list.
    fn separator(&mut self) -> Option<Separation> {
        let mut i = self.at;
        let mut sep = Separation::default();
        let mut any = false;
        loop {
            if let Some(after) = self.role_paren(i) {
                self.editors |= (i + 1..after).any(|k| is_editor_word(self.text_at(k)));
                self.end = self.tokens.get(after - 1).map_or(self.end, |t| t.end);
                i = after;
                continue;
            }
            match self.kind_at(i) {
                Some(TokenKind::Comma) => {}
                Some(TokenKind::Semicolon) => sep.semicolon = true,
                Some(TokenKind::Ampersand) => sep.conjunction = true,
                Some(TokenKind::Word)
                    if is_conjunction(self.text_at(i))
                        || (self.text_at(i) == "et" && !self.text_at(i + 1).starts_with("al")) =>
                {
                    sep.conjunction = true;
                }
                Some(TokenKind::Word)
                    if self.text_at(i).starts_with("...") || self.text_at(i).starts_with('…') =>
                {
                    sep.conjunction = true;
                }
                _ => break,
            }
            any = true;
            i += 1;
        }
        let word = self.text_at(i);
        // `et al.` ends the list, with an editor mark after it if any.
        let et_al_end = if word == "et" && self.text_at(i + 1).starts_with("al") {
            Some(i + 2)
        } else if word.eq_ignore_ascii_case("al.") || word == "al" {
            Some(i + 1)
        } else {
            None
        };
        if let Some(after) = et_al_end {
            // `et al.` closes a list of names as `and` does.
            self.saw_conjunction = true;
            self.end = self.tokens.get(after - 1).map_or(self.end, |t| t.end);
            if let Some(role_end) = self.role_paren(after) {
                self.editors = true;
                self.end = self.tokens.get(role_end - 1).map_or(self.end, |t| t.end);
            }
            return None;
        }
        // `Smith, John, and Jane Doe, eds.` or `Soderbergh, Steven, director.`
        if any && self.kind_at(i) == Some(TokenKind::Word) && is_role_mark(word) {
            self.editors |= is_editor_word(word);
            self.end = self.tokens.get(i).map_or(self.end, |t| t.end);
            return None;
        }
        if !any {
            return None;
        }
        self.saw_conjunction |= sep.conjunction;
        self.saw_semicolon |= sep.semicolon;
        self.at = i;
        Some(sep)
    }

    /// Whether a name may follow the names read so far.
    fn fits(&self, read: &ReadName, style: Style, sep: Separation) -> bool {
        let Some(&first) = self.styles.first() else {
            return true;
        };
        match first {
            Style::InvertedInitials => {
                matches!(
                    style,
                    Style::InvertedInitials
                        | Style::InvertedFull
                        | Style::NaturalInitials
                        | Style::FamilyInitials
                ) || sep.conjunction
            }
            Style::InvertedFull => {
                let capitals = |name: &str| {
                    let family = name.split(", ").next().unwrap_or(name);
                    family.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && family.chars().all(|c| !c.is_lowercase())
                };
                // `ACKET Claude, BACHER Pierre`, `ANQUETIN, FREYERMUTH`.
                let both_capitals =
                    capitals(&read.name) && self.names.first().is_some_and(|first| capitals(first));
                matches!(style, Style::NaturalFull | Style::NaturalInitials)
                    || (matches!(style, Style::InvertedFull | Style::InvertedInitials)
                        && (sep.semicolon || both_capitals || (sep.conjunction && self.names.len() == 1)))
            }
            Style::NaturalInitials => {
                style == Style::NaturalInitials
                    || (style == Style::NaturalFull && (sep.conjunction || read.has_initial))
            }
            Style::NaturalFull => matches!(style, Style::NaturalFull | Style::NaturalInitials),
            Style::FamilyInitials => style == Style::FamilyInitials,
        }
    }

    fn read(mut self) -> AuthorList {
        let mut sep = Separation::default();
        loop {
            let (chunk, terminated) = self.chunk_at(self.at);
            if chunk.is_empty() {
                break;
            }
            let words: Vec<&str> = chunk.iter().map(|t| t.text).collect();
            // `W. E. Meshaka, Jr., P. T. Andreadis`: a suffix on its own.
            if words.len() == 1
                && words.first().is_some_and(|w| shape(w) == Shape::Suffix)
                && !self.names.is_empty()
            {
                self.end = chunk.first().map_or(self.end, |t| t.end);
                self.at += 1;
                match self.separator() {
                    Some(next) if ends_the_list(sep, next) => break,
                    Some(next) => {
                        sep = next;
                        continue;
                    }
                    None => break,
                }
            }
            let vancouver = self.styles.first() == Some(&Style::FamilyInitials);
            if let Some(read) = self
                .name_before_title_with_and(&words, terminated)
                .or_else(|| self.name_before_title_with_colon(&words, terminated))
            {
                if let Some(last) = chunk.get(read.used - 1) {
                    self.accept(read.name, read.style, last);
                }
                break;
            }
            let Some(mut read) = fresh_name(&words, vancouver) else {
                break;
            };
            // `Wellman Kephart, J. O.`, `Van der Burght, A. T.`: names
            // followed by initials alone are a family name written first.
            if !terminated
                && read.style == Style::NaturalFull
                && words.len() <= 3
                && words
                    .iter()
                    .all(|w| matches!(shape(w), Shape::Name | Shape::Particle))
                && (initials_chunk_follows(self.tokens, self.at + words.len())
                    || (self.names.is_empty()
                        && words.len() == 2
                        && given_name_closes_the_list(self.tokens, self.at + words.len())))
            {
                read = ReadName {
                    name: clean_family(&words),
                    style: Style::InvertedFull,
                    used: words.len(),
                    has_initial: false,
                };
            }
            // `F. Jahanian and Al Mok.`: a capitalised particle read as an
            // inverted family is a natural name when no comma follows.
            if read.is_lone_family()
                && words.len() >= 2
                && self.kind_at(self.at + read.used) != Some(TokenKind::Comma)
                && let Some(natural) =
                    natural_full(&words, &words.iter().map(|w| shape(w)).collect::<Vec<_>>())
            {
                read = natural;
            }
            let done = if read.is_lone_family() {
                match self.lone_family(&read, &chunk, terminated, sep) {
                    Some(done) => done,
                    None => break,
                }
            } else {
                if !self.fits(&read, read.style, sep) {
                    break;
                }
                let Some(last) = chunk.get(read.used.saturating_sub(1)) else {
                    break;
                };
                self.accept(read.name.clone(), read.style, last);
                self.at += read.used;
                let mut used = read.used;
                // `S. Keshav H. Zhang`: two names in one chunk.
                while used < words.len() && read.style == Style::NaturalInitials {
                    let rest = words.get(used..).unwrap_or(&[]);
                    match fresh_name(rest, false) {
                        Some(next) if next.style == Style::NaturalInitials => {
                            let Some(last) = chunk.get(used + next.used - 1) else {
                                break;
                            };
                            self.accept(next.name, next.style, last);
                            self.at += next.used;
                            used += next.used;
                        }
                        _ => break,
                    }
                }
                used < words.len() || terminated
            };
            if done {
                break;
            }
            match self.separator() {
                Some(next) if ends_the_list(sep, next) && !self.lone_suffix_at(self.at) => break,
                Some(next) => sep = next,
                None => break,
            }
        }
        // `Randall Packard, White Plague, Black Labour`: full names listed
        // with commas but no `and` are a name followed by a title.
        let ended_cleanly = self.tokens.iter().find(|t| t.start >= self.end).is_none_or(|t| {
            t.kind == TokenKind::Quote
                || (t.kind == TokenKind::Word && t.text.starts_with(|c: char| c.is_ascii_digit()))
        }) || self
            .tokens
            .iter()
            .rev()
            .find(|t| t.end <= self.end)
            .is_some_and(|t| ends_sentence(t.text));
        if self.styles.len() >= 2
            && !self.saw_conjunction
            && !self.saw_semicolon
            && !ended_cleanly
            && matches!(
                self.styles.first(),
                Some(Style::NaturalFull | Style::InvertedFull)
            )
            && self.styles.get(1) != Some(&Style::InvertedFull)
        {
            self.names.truncate(1);
            self.end = self.ends.first().copied().unwrap_or(self.end);
        }
        AuthorList {
            names: self.names,
            end: self.end,
            editors: self.editors,
        }
    }

    /// A lone family name and the given part after its comma. Returns
    /// whether the list ends here, or `None` when the name is not taken.
    fn lone_family(
        &mut self,
        read: &ReadName,
        chunk: &[Token<'a>],
        terminated: bool,
        sep: Separation,
    ) -> Option<bool> {
        let words: Vec<&str> = chunk.iter().map(|t| t.text).collect();
        let after_family = self.at + read.used;
        let comma_next = self.kind_at(after_family) == Some(TokenKind::Comma);
        if read.used == words.len() && comma_next && !terminated {
            let mut given_at = after_family + 1;
            // `Guerney, Jr., B. G.`: a suffix between family and given.
            let (maybe_suffix, _) = self.chunk_at(given_at);
            if maybe_suffix.len() == 1
                && maybe_suffix
                    .first()
                    .is_some_and(|t| shape(t.text) == Shape::Suffix)
                && self.kind_at(given_at + 1) == Some(TokenKind::Comma)
            {
                given_at += 2;
            }
            let (given_chunk, given_terminated) = self.chunk_at(given_at);
            let given_words: Vec<&str> = given_chunk.iter().map(|t| t.text).collect();
            let family_caps = read.name.chars().all(|c| !c.is_lowercase());
            let given_caps = given_words.len() == 1
                && given_words
                    .first()
                    .is_some_and(|w| w.chars().all(|c| !c.is_lowercase()) && w.len() > 3);
            let given_used = if family_caps && given_caps {
                0
            } else {
                let after_given = self.kind_at(given_at + given_words.len());
                let closed = !given_terminated
                    && matches!(after_given, Some(TokenKind::Semicolon | TokenKind::OpenParen));
                given_part(&given_words, closed)
            };
            if given_used > 0 {
                let initials_only = given_words
                    .iter()
                    .take(given_used)
                    .all(|w| matches!(shape(w), Shape::Initials | Shape::BareInitials | Shape::Suffix));
                let style = if initials_only {
                    Style::InvertedInitials
                } else {
                    Style::InvertedFull
                };
                if !self.fits(read, style, sep) {
                    return None;
                }
                let given = clean_given(given_words.get(..given_used).unwrap_or(&[]));
                let last = given_chunk.get(given_used - 1)?;
                self.accept(format!("{}, {given}", read.name), style, last);
                self.at = given_at + given_used;
                return Some(given_used < given_words.len() || given_terminated);
            }
        }
        // A family name with nothing after it (`VORNAfile, 11 March 2007`).
        if !self.names.is_empty() && !self.fits(read, Style::InvertedFull, sep) {
            return None;
        }
        let next_kind = self.kind_at(after_family);
        let separated = terminated
            || matches!(next_kind, None | Some(TokenKind::Comma | TokenKind::Semicolon))
            || self.role_paren(after_family).is_some();
        if !separated {
            return None;
        }
        let last = chunk.get(read.used.saturating_sub(1))?;
        self.accept(read.name.clone(), Style::InvertedFull, last);
        self.at = after_family;
        Some(read.used < words.len() || terminated)
    }
}

/// `García Márquez, Gabriel.`, `Wiese Bockmann, Michelle. "…"`: after the
/// comma at `at`, one given name that ends the list (a sentence's end,
/// then a quoted title or nothing), not an organisation's word (`Smith,
/// Reuters.`).
fn given_name_closes_the_list(tokens: &[Token<'_>], at: usize) -> bool {
    let (Some(comma), Some(given)) = (tokens.get(at), tokens.get(at + 1)) else {
        return false;
    };
    let then = tokens.get(at + 2);
    comma.kind == TokenKind::Comma
        && given.kind == TokenKind::Word
        && ends_sentence(given.text)
        && shape(given.text) == Shape::Name
        && !super::words::is_organisation_word(given.text)
        && !is_known_outlet(given.text)
        && then.is_none_or(|t| t.kind == TokenKind::Quote || t.text.starts_with(char::is_uppercase))
}

/// A comma and then only initials (`, J. O.,`) at token `at`.
fn initials_chunk_follows(tokens: &[Token<'_>], at: usize) -> bool {
    if tokens.get(at).map(|t| t.kind) != Some(TokenKind::Comma) {
        return false;
    }
    let words: Vec<&str> = tokens
        .iter()
        .skip(at + 1)
        .take_while(|t| t.kind == TokenKind::Word)
        .map(|t| t.text)
        .collect();
    !words.is_empty() && words.len() <= 3 && words.iter().all(|w| shape(w) == Shape::Initials)
}
