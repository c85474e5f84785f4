//! The vocabulary of reference lists: abbreviations whose period does not end
//! a sentence, name particles, words that mark organisations, publishers and
//! volume or page numbers, and where a sentence of an entry ends.
//!
//! Must not: know the order of fields in any citation style.

/// Abbreviations (lower-case, without the period) common in references.
const ABBREVIATIONS: &[&str] = &[
    "abh",
    "acad",
    "acoust",
    "adv",
    "aeronaut",
    "agric",
    "agron",
    "akad",
    "al",
    "am",
    "amer",
    "anal",
    "ann",
    "annu",
    "anthropol",
    "appl",
    "approx",
    "arch",
    "archaeol",
    "artif",
    "ass",
    "assn",
    "assoc",
    "astron",
    "astrophys",
    "aust",
    "austral",
    "autom",
    "bd",
    "behav",
    "ber",
    "biochem",
    "biol",
    "biomed",
    "biophys",
    "bot",
    "brit",
    "bull",
    "bzw",
    "ca",
    "can",
    "ceram",
    "cf",
    "chap",
    "chem",
    "chim",
    "chin",
    "circ",
    "cit",
    "clin",
    "co",
    "cogn",
    "coll",
    "combust",
    "comm",
    "commun",
    "comp",
    "comput",
    "conf",
    "congr",
    "contemp",
    "contr",
    "coord",
    "corp",
    "cryst",
    "curr",
    "cybern",
    "dept",
    "des",
    "dev",
    "diagn",
    "dir",
    "discr",
    "diss",
    "div",
    "dr",
    "dtsch",
    "dyn",
    "ecol",
    "econ",
    "ed",
    "eds",
    "educ",
    "eg",
    "electr",
    "electron",
    "endocr",
    "endod",
    "eng",
    "engl",
    "entomol",
    "env",
    "environ",
    "epidemiol",
    "esp",
    "et",
    "etc",
    "eur",
    "evol",
    "exp",
    "exper",
    "ff",
    "fig",
    "fr",
    "gastroenterol",
    "gen",
    "genet",
    "geochem",
    "geogr",
    "geol",
    "geophys",
    "ger",
    "gesch",
    "gov",
    "govt",
    "gynecol",
    "hematol",
    "hist",
    "hosp",
    "hrsg",
    "hum",
    "hydrol",
    "ibid",
    "ie",
    "ieee",
    "immun",
    "immunol",
    "inc",
    "ind",
    "inf",
    "infect",
    "inform",
    "ing",
    "inorg",
    "inst",
    "instrum",
    "int",
    "intell",
    "intern",
    "internat",
    "intl",
    "j",
    "jahrb",
    "jpn",
    "jr",
    "jt",
    "lab",
    "lang",
    "lect",
    "lett",
    "ling",
    "linguist",
    "lit",
    "loc",
    "ltd",
    "mach",
    "mag",
    "magn",
    "manag",
    "mar",
    "mat",
    "mater",
    "math",
    "meas",
    "mech",
    "med",
    "metab",
    "meteorol",
    "mgmt",
    "microbiol",
    "microsc",
    "min",
    "miner",
    "misc",
    "mitt",
    "mol",
    "mr",
    "mrs",
    "ms",
    "mt",
    "mus",
    "nachr",
    "nat",
    "natl",
    "nephrol",
    "neurol",
    "neurosci",
    "no",
    "nos",
    "nr",
    "nucl",
    "numer",
    "nutr",
    "obstet",
    "oncol",
    "op",
    "oper",
    "ophthalmol",
    "opt",
    "org",
    "orig",
    "orthop",
    "p",
    "paediatr",
    "pap",
    "pathol",
    "patt",
    "pediatr",
    "pharm",
    "pharmacol",
    "philos",
    "photogr",
    "phys",
    "physiol",
    "pl",
    "plann",
    "pol",
    "polit",
    "polym",
    "pp",
    "pr",
    "pract",
    "prev",
    "probab",
    "proc",
    "proceed",
    "prof",
    "prog",
    "progr",
    "psychiatr",
    "psychol",
    "pt",
    "pub",
    "publ",
    "q",
    "quart",
    "radiol",
    "rel",
    "rep",
    "repr",
    "reprod",
    "res",
    "resour",
    "rev",
    "rheumatol",
    "robot",
    "sci",
    "sect",
    "semin",
    "sens",
    "ser",
    "sig",
    "sitzungsber",
    "soc",
    "sociol",
    "softw",
    "spectrosc",
    "sr",
    "st",
    "stat",
    "struct",
    "stud",
    "supercond",
    "suppl",
    "surf",
    "surg",
    "symp",
    "sympos",
    "syst",
    "teach",
    "tech",
    "technol",
    "telecommun",
    "theor",
    "ther",
    "thermodyn",
    "toxicol",
    "trad",
    "trans",
    "transl",
    "transp",
    "trop",
    "univ",
    "urol",
    "usw",
    "verh",
    "vet",
    "vgl",
    "virol",
    "vis",
    "viz",
    "vol",
    "vols",
    "vs",
    "wiss",
    "zeitschr",
    "zentralbl",
    "zool",
    "zs",
    "éd",
];

/// Whether the word before a period is an abbreviation or an initial, so
/// that the period does not end a sentence. `word` is without the period.
pub fn is_abbreviation(word: &str) -> bool {
    let word = word.trim_start_matches(['(', '[', '"', '“', '‘', '\'']);
    if word.is_empty() {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    // Initials and dotted abbreviations: `J`, `U.S`, `e.g`, `Ph.D`, `C.-C`.
    let has_digit = word.chars().any(|c| c.is_ascii_digit());
    if !has_digit && (letters.len() == 1 || (word.contains('.') && (1..=4).contains(&letters.len()))) {
        return true;
    }
    let lower = word.to_lowercase();
    // Ordinals written with a period: `Proc. 5th. Workshop`.
    let digits = lower.trim_start_matches(|c: char| c.is_ascii_digit());
    if digits.len() < lower.len() && matches!(digits, "st" | "nd" | "rd" | "th") {
        return true;
    }
    if ABBREVIATIONS.binary_search(&lower.as_str()).is_ok() {
        return true;
    }
    // Capitalised words with no vowel are abbreviations: `Natl`, `Phys`
    // (but not acronyms in capitals such as `BBC`).
    let vowelless = letters
        .iter()
        .all(|c| !matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'));
    vowelless
        && letters.len() <= 5
        && letters.first().is_some_and(|c| c.is_uppercase())
        && letters.iter().skip(1).any(|c| c.is_lowercase())
}

/// Whether the period at byte `dot` of `text` ends a sentence: followed by
/// space (or the end) and not closing an abbreviation or initial.
pub fn period_ends_sentence(text: &str, dot: usize) -> bool {
    let after = text.get(dot + 1..).unwrap_or("");
    if !(after.is_empty() || after.starts_with([' ', '"', '”', '’', '\'', ')', ']', ',', ';', ':'])) {
        return false;
    }
    if after.starts_with([',', ';', ':']) {
        return false;
    }
    let before = text.get(..dot).unwrap_or("");
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    !is_abbreviation(word)
}

/// The byte index just after the end of the sentence that starts at or
/// before `from`: after its `.`, `?` or `!`, skipping abbreviations and
/// anything inside parentheses or brackets. `None` when the text runs out.
pub fn sentence_end(text: &str, from: usize) -> Option<usize> {
    let mut depth: i32 = 0;
    let rest = text.get(from..)?;
    for (i, c) in rest.char_indices() {
        let at = from + i;
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '.' if depth == 0 && period_ends_sentence(text, at) => return Some(at + 1),
            '?' | '!' if depth == 0 => {
                let after = text.get(at + 1..).unwrap_or("");
                if after.is_empty() || after.starts_with(' ') {
                    return Some(at + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Lower-case particles that belong to family names (`van`, `de la`).
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "del"
            | "della"
            | "di"
            | "da"
            | "du"
            | "des"
            | "la"
            | "le"
            | "dos"
            | "das"
            | "do"
            | "ten"
            | "ter"
            | "zu"
            | "vom"
            | "y"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "st."
            | "mac"
    )
}

/// Words that make a name an organisation after its first word (`Argus
/// Media`, `Conflict Armament Research`, `Fact-Finding Mission`), not
/// before (`Research Handbook on …`, `Mission Accomplished?` are titles).
pub fn is_organisation_word_after_a_name(word: &str) -> bool {
    let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    matches!(lower.as_str(), "media" | "research" | "mission")
}

/// Words that make a name an organisation (`Kestrel News Agency`).
pub fn is_organisation_word(word: &str) -> bool {
    let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    matches!(
        lower.as_str(),
        "agency"
            | "database"
            | "international"
            | "centers"
            | "centres"
            | "health"
            | "public"
            | "archive"
            | "archives"
            | "association"
            | "collaboration"
            | "fund"
            | "initiative"
            | "observatory"
            | "partnership"
            | "watch"
            | "associates"
            | "bank"
            | "board"
            | "bureau"
            | "center"
            | "centre"
            | "commission"
            | "committee"
            | "company"
            | "corporation"
            | "council"
            | "department"
            | "dept"
            | "division"
            | "federation"
            | "foundation"
            | "government"
            | "house"
            | "group"
            | "inc"
            | "institute"
            | "intelligence"
            | "lab"
            | "labs"
            | "monitor"
            | "rights"
            | "institut"
            | "institution"
            | "league"
            | "library"
            | "ltd"
            | "ministry"
            | "museum"
            | "news"
            | "office"
            | "organisation"
            | "organization"
            | "press"
            | "programme"
            | "program"
            | "project"
            | "service"
            | "services"
            | "society"
            | "survey"
            | "team"
            | "times"
            | "trust"
            | "union"
            | "university"
            | "nations"
            | "network"
            | "post"
            | "tribune"
            | "herald"
            | "guardian"
            | "journal"
            | "telegraph"
            | "agence"
            | "ministère"
            | "bundesamt"
            | "consortium"
            | "authority"
            | "administration"
            | "academy"
            | "laboratory"
            | "laboratories"
            | "coalition"
            | "alliance"
            | "unit"
            | "staff"
            | "reuters"
            | "bbc"
            | "cnn"
            | "unesco"
            | "unicef"
            | "oecd"
            | "nasa"
            | "iso"
            | "ieee"
            | "acm"
            | "w3c"
            | "corps"
            | "command"
            | "army"
            | "navy"
            | "police"
            | "court"
            | "parliament"
            | "senate"
            | "congress"
            | "assembly"
            | "church"
            | "hospital"
            | "college"
            | "conference"
            | "forum"
            | "panel"
            | "secretariat"
            | "llc"
            | "gmbh"
            | "institutes"
            | "ministerio"
            | "ministero"
            | "bundesministerium"
            | "commissie"
    )
}

/// Words that mark a publisher rather than a journal or book.
pub fn is_publisher_word(word: &str) -> bool {
    let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    matches!(
        lower.as_str(),
        "press"
            | "publishers"
            | "publisher"
            | "publishing"
            | "publications"
            | "verlag"
            | "books"
            | "editions"
            | "éditions"
            | "edizioni"
            | "editora"
            | "editorial"
            | "ediciones"
            | "springer"
            | "elsevier"
            | "wiley"
            | "routledge"
            | "sage"
            | "blackwell"
            | "kluwer"
            | "macmillan"
            | "penguin"
            | "norton"
            | "harper"
            | "mcgraw"
            | "addison"
            | "prentice"
            | "pearson"
            | "cengage"
            | "pergamon"
            | "academic"
            | "hachette"
            | "gallimard"
            | "puf"
            | "seuil"
            | "flammarion"
            | "dover"
            | "knopf"
            | "doubleday"
            | "houghton"
            | "vintage"
            | "random"
            | "palgrave"
            | "brill"
            | "benjamins"
            | "mouton"
            | "suhrkamp"
            | "beck"
            | "dunod"
            | "armand"
            | "fayard"
            | "payot"
            | "hermann"
            | "vrin"
            | "inc"
            | "ltd"
            | "co"
            | "gmbh"
            | "llc"
            | "limited"
    )
}

/// Words that, in lower case, show a stretch of text is a sentence or title
/// rather than a name.
pub fn is_function_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "on"
            | "for"
            | "to"
            | "with"
            | "from"
            | "by"
            | "at"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "as"
            | "into"
            | "about"
            | "how"
            | "what"
            | "why"
            | "when"
            | "where"
            | "which"
            | "who"
            | "its"
            | "their"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "or"
            | "not"
            | "no"
            | "new"
            | "toward"
            | "towards"
            | "using"
            | "via"
            | "under"
            | "between"
            | "through"
            | "over"
            | "among"
            | "after"
            | "before"
            | "during"
            | "les"
            | "des"
            | "une"
            | "un"
            | "et"
            | "der"
            | "die"
            | "das"
            | "und"
            | "el"
            | "los"
            | "las"
            | "il"
            | "per"
            | "sur"
            | "dans"
            | "pour"
            | "über"
            | "im"
            | "zur"
            | "zum"
            | "para"
            | "con"
            | "em"
            | "na"
            | "no."
    )
}

/// Labels that start volume, issue, page or similar numbers.
pub fn is_number_label(word: &str) -> bool {
    let lower = word.to_lowercase();
    let bare = lower.trim_end_matches(['.', ',', ':']);
    matches!(
        bare,
        "vol"
            | "vols"
            | "volume"
            | "v"
            | "no"
            | "nos"
            | "nr"
            | "n°"
            | "num"
            | "number"
            | "issue"
            | "pp"
            | "p"
            | "pages"
            | "page"
            | "bd"
            | "jg"
            | "heft"
            | "tome"
            | "t"
            | "chap"
            | "chapter"
            | "ch"
            | "art"
            | "article"
            | "suppl"
            | "part"
            | "pt"
            | "sec"
            | "fasc"
            | "iss"
            | "s"
            | "no°"
            | "nº"
    ) || bare.starts_with("n°")
        || bare.starts_with("nº")
}

#[cfg(test)]
mod tests {
    use super::ABBREVIATIONS;

    #[test]
    fn abbreviation_list_is_sorted_for_binary_search() {
        let mut sorted = ABBREVIATIONS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, ABBREVIATIONS);
    }
}
