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
    if matches!(bare, "Jr" | "Sr" | "II" | "III" | "IV" | "Jun" | "Sen") {
        return Shape::Suffix;
    }
    if is_dotted_initials(word) {
        return Shape::Initials;
    }
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    if bare.chars().all(|c| c.is_uppercase()) && (1..=3).contains(&letters) {
        return if letters == 1 {
            Shape::Initials
        } else {
            Shape::BareInitials
        };
    }
    if super::words::is_name_particle(&bare.to_lowercase()) && bare.starts_with(char::is_lowercase)
    {
        return Shape::Particle;
    }
    let name_chars = bare
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    let first_upper = bare.chars().next().is_some_and(char::is_uppercase)
        || (bare.starts_with(['d', 'l', 'D', 'O']) && bare.contains(['\'', '’']));
    let has_lower_or_long = letters >= 2;
    if name_chars && first_upper && has_lower_or_long && !super::words::is_function_word(bare) {
        Shape::Name
    } else {
        Shape::NotName
    }
}

/// `J.`, `J.C.`, `C.-C.`, `Ch.`, `P.-Ch.`: capitals (optionally followed by
/// one lower-case letter) each closed by a period, possibly hyphenated.
fn is_dotted_initials(word: &str) -> bool {
    if !word.ends_with('.') {
        return false;
    }
    word.split(['.', '-'])
        .filter(|part| !part.is_empty())
        .all(|part| {
            let mut chars = part.chars();
            match (chars.next(), chars.next(), chars.next()) {
                (Some(a), None, _) => a.is_uppercase(),
                (Some(a), Some(b), None) => a.is_uppercase() && b.is_lowercase(),
                _ => false,
            }
        })
        && word.chars().any(char::is_uppercase)
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
    /// `J. Smith`, `R Payne`
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
/// an initial but more initials. Returns the words used.
fn given_part(words: &[&str]) -> usize {
    let mut used = 0;
    let mut seen_initial = false;
    let mut full_names = 0;
    for (i, word) in words.iter().enumerate() {
        let last_in_chunk = i + 1 == words.len();
        match shape(word) {
            Shape::Initials | Shape::BareInitials => {
                seen_initial = true;
                used = i + 1;
            }
            Shape::Suffix if used > 0 => used = i + 1,
            Shape::Name if !seen_initial && full_names < 3 => {
                if word.ends_with('.') && !last_in_chunk {
                    break;
                }
                full_names += 1;
                used = i + 1;
            }
            Shape::Particle if used > 0 && i + 1 < words.len() => {}
            _ => break,
        }
        if word.ends_with('.') && ends_sentence(word) {
            break;
        }
    }
    used
}

fn is_capitalised_particle(word: &str) -> bool {
    matches!(
        word,
        "De" | "Van" | "Von" | "Di" | "Da" | "Du" | "Le" | "La" | "Del" | "Della" | "Vander"
            | "Ten" | "Ter" | "Mac" | "Dos" | "Das" | "El" | "Al" | "St." | "Des"
    )
}

/// Reads a name at the start of a chunk that does not follow a lone family.
fn fresh_name(words: &[&str]) -> Option<ReadName> {
    let shapes: Vec<Shape> = words.iter().map(|w| shape(w)).collect();
    let first = *shapes.first()?;
    // `J. Smith`, `D. H. van Hessem`, `R Payne`.
    if first == Shape::Initials {
        let initials = shapes.iter().take_while(|s| **s == Shape::Initials).count();
        let particles = shapes
            .iter()
            .skip(initials)
            .take_while(|s| **s == Shape::Particle)
            .count();
        let family_at = initials + particles;
        if shapes.get(family_at) == Some(&Shape::Name) {
            let mut used = family_at + 1;
            // `S. L. Peyton Jones`: a two-word family name.
            let family_end = if shapes.get(used) == Some(&Shape::Name)
                && !words.get(family_at).is_some_and(|w| w.ends_with('.'))
            {
                used += 1;
                used
            } else {
                family_at + 1
            };
            if shapes.get(used) == Some(&Shape::Suffix) {
                used += 1;
            }
            let family = clean_family(words.get(initials..family_end)?);
            let given = clean_given(words.get(..initials)?);
            return Some(ReadName {
                name: format!("{family}, {given}"),
                style: Style::NaturalInitials,
                used,
            });
        }
        return None;
    }
    // `de la Macorra JC`, `Pérez-Higueras JJ`, `Heidegger M.`, `CASSARD Jean`.
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
    let trailing_initials = shapes
        .iter()
        .skip(after_names)
        .take_while(|s| matches!(s, Shape::Initials | Shape::BareInitials))
        .count();
    let name_words = words.get(particles..after_names)?;
    let ends_early = |i: usize| {
        words
            .get(..i.saturating_sub(1))
            .is_some_and(|ws| ws.iter().any(|w| ends_sentence(w)))
    };
    if trailing_initials > 0
        && names <= 3
        && !ends_early(after_names)
        && after_names + trailing_initials == words.len()
    {
        let used = after_names + trailing_initials;
        return Some(ReadName {
            name: format!(
                "{}, {}",
                clean_family(words.get(..after_names)?),
                clean_given(words.get(after_names..used)?)
            ),
            style: Style::FamilyInitials,
            used,
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
            used: 2,
        });
    }
    if names == 1 && after_names == words.len() {
        // A lone family name: the given part follows after a comma.
        return Some(ReadName {
            name: clean_family(words.get(..after_names)?),
            style: Style::InvertedFull,
            used: after_names,
        });
    }
    // `CASSARD Jean-Christophe`: a capitalised family name first.
    let first_name = name_words.first().copied().unwrap_or("");
    let first_all_caps = first_name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first_name.chars().all(|c| !c.is_lowercase());
    if particles == 0
        && first_all_caps
        && name_words
            .iter()
            .skip(1)
            .all(|w| w.chars().any(char::is_lowercase))
        && names <= 3
    {
        let used = names;
        return Some(ReadName {
            name: format!(
                "{}, {}",
                clean_family(words.get(..1)?),
                clean_given(words.get(1..used)?)
            ),
            style: Style::InvertedFull,
            used,
        });
    }
    // `John Smith`, `Robin C. Williamson`, `Ludwig van Beethoven`.
    natural_full(words, &shapes)
}

fn natural_full(words: &[&str], shapes: &[Shape]) -> Option<ReadName> {
    let mut given = 0;
    while shapes.get(given) == Some(&Shape::Name) && given < 2 {
        given += 1;
        // `John A. Smith`: initials may follow the given names.
        if matches!(shapes.get(given), Some(Shape::Initials)) {
            break;
        }
    }
    let mut i = given;
    while matches!(shapes.get(i), Some(Shape::Initials)) {
        i += 1;
    }
    let given_end = i;
    while shapes.get(i) == Some(&Shape::Particle) {
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
    let mut used = i + 1;
    if shapes.get(used) == Some(&Shape::Suffix) {
        used += 1;
    }
    let family = clean_family(words.get(given_end..i + 1)?);
    let first = clean_given(words.get(..given_end)?);
    Some(ReadName {
        name: format!("{family}, {first}"),
        style: Style::NaturalFull,
        used,
    })
}

/// An organisation at the start of an entry: the first segment (up to a
/// comma, parenthesis, colon or sentence end) when it has a word such as
/// `Agency`, `Department` or `News`, or is two or more words in capitals.
fn organisation(tokens: &[Token<'_>]) -> Option<(String, usize)> {
    let mut words = Vec::new();
    let mut end = 0;
    for token in tokens {
        if token.kind != TokenKind::Word && token.kind != TokenKind::Ampersand {
            break;
        }
        words.push(token.text);
        end = token.end;
        if token.kind == TokenKind::Word && ends_sentence(token.text) {
            break;
        }
        if words.len() > 10 {
            return None;
        }
    }
    if words.len() < 2 && !words.first().is_some_and(|w| is_known_outlet(w)) {
        return None;
    }
    let connective = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "of" | "and" | "for" | "the" | "on" | "de" | "la" | "du" | "des" | "&" | "in" | "und"
                | "für"
        )
    };
    let mut has_org_word = false;
    let mut all_caps = true;
    for word in &words {
        let bare = word.trim_end_matches('.');
        if connective(bare) {
            continue;
        }
        if !bare.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            return None;
        }
        if bare.chars().any(char::is_numeric) {
            return None;
        }
        has_org_word |= super::words::is_organisation_word(bare);
        all_caps &= bare.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && bare.chars().all(|c| !c.is_lowercase());
    }
    if !(has_org_word || all_caps) {
        return None;
    }
    let name = words.join(" ");
    let name = name.trim_end_matches('.').to_string();
    Some((name, end))
}

/// Single-word outlets that write their own name as the author.
fn is_known_outlet(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    bare.len() >= 3
        && bare.chars().filter(|c| c.is_uppercase()).count() >= 3
        && bare.chars().all(char::is_alphanumeric)
        && bare.chars().any(char::is_lowercase)
}

/// Reads the author list at the start of `text`.
pub fn read_authors(text: &str) -> AuthorList {
    let tokens = tokenize(text, 160);
    if tokens.first().is_some_and(|t| t.kind == TokenKind::Word) {
        let first_chunk_has_comma_initials = first_chunk_is_person(&tokens);
        if !first_chunk_has_comma_initials && let Some((name, end)) = organisation(&tokens) {
            return AuthorList {
                names: vec![name],
                end,
                editors: false,
            };
        }
    }
    read_people(text, &tokens)
}

/// `Smith, J.` or `J. Smith` at the start: a person, never an organisation.
fn first_chunk_is_person(tokens: &[Token<'_>]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .take_while(|t| t.kind == TokenKind::Word)
        .map(|t| t.text)
        .collect();
    words.len() <= 4
        && words
            .iter()
            .any(|w| matches!(shape(w), Shape::Initials))
}

fn is_conjunction(word: &str) -> bool {
    matches!(word, "and" | "And" | "und" | "y" | "with" | "AND")
}

fn is_editor_mark(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "ed" | "eds" | "editor" | "editors" | "hrsg" | "hg" | "coord" | "dir" | "comp" | "comps"
    )
}

struct Reader<'a, 't> {
    tokens: &'t [Token<'a>],
    at: usize,
    names: Vec<String>,
    styles: Vec<Style>,
    end: usize,
    saw_conjunction: bool,
    editors: bool,
    /// The name count when the first conjunction was seen.
    names_before_conjunction: Option<usize>,
}

impl<'a> Reader<'a, '_> {
    /// The words from `self.at` up to the next separator or stop, and
    /// whether the last one ends the list with a sentence period.
    fn chunk(&self) -> (Vec<Token<'a>>, bool) {
        let mut words = Vec::new();
        for token in self.tokens.iter().skip(self.at) {
            if token.kind != TokenKind::Word || is_conjunction(token.text) {
                break;
            }
            if token.text.starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            if token.text == "et" || token.text.eq_ignore_ascii_case("al.") {
                break;
            }
            words.push(*token);
            if ends_sentence(token.text) {
                return (words, true);
            }
        }
        (words, false)
    }

    fn accept(&mut self, name: String, style: Style, last: &Token<'_>) {
        self.names.push(name);
        self.styles.push(style);
        self.end = last.end;
    }

    fn kind_at(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn text_at(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text)
    }

    /// Consumes a separator between names. Returns `false` at the end of the list.
    fn separator(&mut self) -> bool {
        let mut i = self.at;
        let mut any = false;
        loop {
            match self.kind_at(i) {
                Some(TokenKind::Comma | TokenKind::Semicolon) => {
                    i += 1;
                    any = true;
                }
                Some(TokenKind::Ampersand) => {
                    i += 1;
                    any = true;
                    self.note_conjunction();
                }
                Some(TokenKind::Word) if is_conjunction(self.text_at(i)) => {
                    i += 1;
                    any = true;
                    self.note_conjunction();
                }
                _ => break,
            }
        }
        // `et al.` and editor marks end the list.
        let word = self.text_at(i);
        if word == "et" && self.text_at(i + 1).starts_with("al") {
            self.end = self.tokens.get(i + 1).map_or(self.end, |t| t.end);
            return false;
        }
        if word.eq_ignore_ascii_case("al.") || word == "al" {
            self.end = self.tokens.get(i).map_or(self.end, |t| t.end);
            return false;
        }
        if any && self.kind_at(i) == Some(TokenKind::Word) && is_editor_mark(word) {
            self.end = self.tokens.get(i).map_or(self.end, |t| t.end);
            self.editors = true;
            return false;
        }
        if self.kind_at(i) == Some(TokenKind::OpenParen)
            && is_editor_mark(self.text_at(i + 1))
            && self.kind_at(i + 2) == Some(TokenKind::CloseParen)
        {
            self.end = self.tokens.get(i + 2).map_or(self.end, |t| t.end);
            self.editors = true;
            return false;
        }
        if !any {
            return false;
        }
        self.at = i;
        true
    }

    fn note_conjunction(&mut self) {
        if !self.saw_conjunction {
            self.names_before_conjunction = Some(self.names.len());
        }
        self.saw_conjunction = true;
    }

    /// Whether a name of `style` may follow the names read so far.
    fn fits(&self, style: Style, after_conjunction: bool) -> bool {
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
                ) || after_conjunction
            }
            Style::InvertedFull => {
                matches!(style, Style::NaturalFull | Style::NaturalInitials)
                    || (self.styles.len() == 1 && style == Style::InvertedFull && after_conjunction)
            }
            Style::NaturalInitials => matches!(style, Style::NaturalInitials | Style::NaturalFull)
                && (style == Style::NaturalInitials || after_conjunction),
            Style::NaturalFull => matches!(style, Style::NaturalFull | Style::NaturalInitials),
            Style::FamilyInitials => style == Style::FamilyInitials,
        }
    }
}

fn read_people(_text: &str, tokens: &[Token<'_>]) -> AuthorList {
    let mut reader = Reader {
        tokens,
        at: 0,
        names: Vec::new(),
        styles: Vec::new(),
        end: 0,
        saw_conjunction: false,
        editors: false,
        names_before_conjunction: None,
    };
    let mut after_conjunction = false;
    loop {
        let (chunk, terminated) = reader.chunk();
        if chunk.is_empty() {
            break;
        }
        let words: Vec<&str> = chunk.iter().map(|t| t.text).collect();
        let Some(read) = fresh_name(&words).map(|read| {
            // `Wellman Kephart, J. O.`, `Van der Burght, A. T.`: names
            // followed by initials alone are a family name written first.
            if !terminated
                && read.style == Style::NaturalFull
                && words.len() <= 3
                && words.iter().all(|w| matches!(shape(w), Shape::Name | Shape::Particle))
                && initials_chunk_follows(tokens, reader.at + words.len())
            {
                ReadName {
                    name: clean_family(&words),
                    style: Style::InvertedFull,
                    used: words.len(),
                }
            } else {
                read
            }
        }) else {
            break;
        };
        let mut used = read.used;
        let mut style = read.style;
        let mut name = read.name;
        if style == Style::InvertedFull && !name.contains(',') {
            // A lone family name: the given part is the next chunk.
            let given_chunk_start = reader.at + used;
            let family_ended = words
                .get(..used)
                .is_some_and(|ws| ws.iter().any(|w| ends_sentence(w)));
            let comma_next = tokens.get(given_chunk_start).map(|t| t.kind) == Some(TokenKind::Comma);
            if used == words.len() && comma_next && !family_ended {
                let saved = reader.at;
                reader.at = given_chunk_start + 1;
                let (given_chunk, given_terminated) = reader.chunk();
                let given_words: Vec<&str> = given_chunk.iter().map(|t| t.text).collect();
                let family_caps = name.chars().all(|c| !c.is_lowercase());
                let given_caps = given_words.len() == 1
                    && given_words
                        .first()
                        .is_some_and(|w| w.chars().all(|c| !c.is_lowercase()) && w.len() > 3);
                let given_used = if family_caps && given_caps {
                    0
                } else {
                    given_part(&given_words)
                };
                if given_used > 0 {
                    let initials_only = given_words
                        .iter()
                        .take(given_used)
                        .all(|w| matches!(shape(w), Shape::Initials | Shape::BareInitials | Shape::Suffix));
                    style = if initials_only {
                        Style::InvertedInitials
                    } else {
                        Style::InvertedFull
                    };
                    if !reader.fits(style, after_conjunction) {
                        reader.at = saved;
                        break;
                    }
                    name = format!(
                        "{}, {}",
                        name,
                        clean_given(given_words.get(..given_used).unwrap_or(&[]))
                    );
                    if let Some(last) = given_chunk.get(given_used - 1) {
                        reader.accept(name, style, last);
                    }
                    reader.at += given_used;
                    if given_used < given_words.len() || given_terminated {
                        break;
                    }
                    let before = reader.saw_conjunction;
                    if !reader.separator() {
                        break;
                    }
                    after_conjunction = reader.saw_conjunction && !before
                        || tokens
                            .get(reader.at.saturating_sub(1))
                            .is_some_and(|t| is_conjunction(t.text) || t.kind == TokenKind::Ampersand);
                    continue;
                }
                reader.at = saved;
            }
            // A family name with nothing after it (`DEBKAfile, 27 January 2004`).
            if !reader.fits(Style::InvertedFull, after_conjunction) && !reader.names.is_empty() {
                break;
            }
            let next_kind = tokens.get(reader.at + used).map(|t| t.kind);
            let separated = terminated
                || matches!(next_kind, None | Some(TokenKind::Comma | TokenKind::Semicolon))
                || tokens
                    .get(reader.at + used)
                    .is_some_and(|t| t.kind == TokenKind::Word && is_conjunction(t.text));
            if !separated {
                break;
            }
            if let Some(last) = chunk.get(used.saturating_sub(1)) {
                reader.accept(name, Style::InvertedFull, last);
            }
            reader.at += used;
            if used < words.len() || terminated {
                break;
            }
            let before = reader.saw_conjunction;
            if !reader.separator() {
                break;
            }
            after_conjunction = reader.saw_conjunction && !before;
            continue;
        }
        if !reader.fits(style, after_conjunction) {
            break;
        }
        let Some(last) = chunk.get(used.saturating_sub(1)) else {
            break;
        };
        reader.accept(name, style, last);
        reader.at += used;
        // `S. Keshav H. Zhang`: two names in one chunk.
        while used < words.len() && style == Style::NaturalInitials {
            let rest = words.get(used..).unwrap_or(&[]);
            match fresh_name(rest) {
                Some(next) if next.style == Style::NaturalInitials => {
                    let Some(last) = chunk.get(used + next.used - 1) else {
                        break;
                    };
                    reader.accept(next.name, next.style, last);
                    reader.at += next.used;
                    used += next.used;
                    style = next.style;
                }
                _ => break,
            }
        }
        if used < words.len() || terminated {
            break;
        }
        let before = reader.saw_conjunction;
        if !reader.separator() {
            break;
        }
        after_conjunction = reader.saw_conjunction && !before;
    }
    // `Randall Packard, White Plague, Black Labour`: natural names listed
    // with commas but no `and` are a name followed by a title.
    if reader.styles.len() >= 2
        && !reader.saw_conjunction
        && matches!(
            reader.styles.first(),
            Some(Style::NaturalFull | Style::InvertedFull)
        )
        && reader.styles.get(1) != Some(&Style::InvertedFull)
    {
        let first_end = first_name_end(tokens, &reader);
        reader.names.truncate(1);
        reader.end = first_end;
    }
    if let Some(keep) = reader.names_before_conjunction
        && keep == 0
    {
        reader.names.clear();
        reader.end = 0;
    }
    AuthorList {
        names: reader.names,
        end: reader.end,
        editors: reader.editors,
    }
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
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| shape(w) == Shape::Initials)
}

/// Where the first name of a list ended: the token before the first comma.
fn first_name_end(tokens: &[Token<'_>], reader: &Reader<'_, '_>) -> usize {
    let first_style = reader.styles.first().copied();
    let mut commas = 0;
    let needed = if first_style == Some(Style::InvertedFull) { 2 } else { 1 };
    let mut end = reader.end;
    for token in tokens {
        if token.kind == TokenKind::Comma {
            commas += 1;
            if commas == needed {
                return end;
            }
        }
        end = token.end;
    }
    reader.end
}
