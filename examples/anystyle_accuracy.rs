//! Measures `ibid::parse::fields::extract_fields` against the labelled
//! reference strings of the AnyStyle core set.
//!
//! ```text
//! cargo run --release --example anystyle_accuracy [-- PATH_TO_XML] [--errors FIELD]
//! ```
//!
//! The default path is `$IBID_SHARED/bench/anystyle/core.xml`, else
//! `../shared/bench/anystyle/core.xml` beside the crate. Matching follows the
//! set's README: lower-case, keep letters and digits, collapse spaces; a
//! title or container counts when equal or at least 90% similar
//! (Ratcliff/Obershelp); a date when the year matches; authors when the
//! family names agree with F1 ≥ 0.8. `--errors FIELD` (authors, title, date,
//! container or note) lists the mismatches of that field.

use std::path::PathBuf;
use std::process::ExitCode;

use ibid::parse::fields::{Fields, Kind, extract_fields};
use quick_xml::Reader;
use quick_xml::events::Event;

/// One labelled reference string: its fields in order.
struct Sequence {
    fields: Vec<(String, String)>,
}

impl Sequence {
    fn text(&self) -> String {
        self.fields
            .iter()
            .map(|(_, text)| text.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn first(&self, label: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, t)| t.as_str())
    }

    fn container(&self) -> Option<&str> {
        self.first("journal").or_else(|| self.first("container-title"))
    }

    /// The year of the first date label that has one.
    fn year(&self) -> Option<String> {
        self.fields
            .iter()
            .filter(|(l, _)| l == "date")
            .find_map(|(_, t)| first_year(t))
    }
}

fn first_year(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for start in 0..chars.len() {
        let window = chars.get(start..start + 4)?;
        let before_ok = start == 0 || chars.get(start - 1).is_none_or(|c| !c.is_ascii_digit());
        let after_ok = chars.get(start + 4).is_none_or(|c| !c.is_ascii_digit());
        if before_ok && after_ok && window.iter().all(char::is_ascii_digit) {
            let year: String = window.iter().collect();
            if ("1400"..="2099").contains(&year.as_str()) {
                return Some(year);
            }
        }
    }
    None
}

fn read_sequences(xml: &str) -> Result<Vec<Sequence>, String> {
    let mut reader = Reader::from_str(xml);
    let mut sequences = Vec::new();
    let mut current: Option<Sequence> = None;
    let mut label: Option<String> = None;
    let mut text = String::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("XML error at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(start) => {
                let name = start.name().as_ref().to_string();
                if name == "sequence" {
                    current = Some(Sequence { fields: Vec::new() });
                } else if current.is_some() {
                    label = Some(name);
                    text.clear();
                }
            }
            Event::Text(t) if label.is_some() => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if label.is_some() => match r.resolve_char_ref() {
                Ok(Some(c)) => text.push(c),
                _ => text.push_str(match &*r.into_inner() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                }),
            },
            Event::End(end) => {
                let name = end.name().as_ref().to_string();
                if name == "sequence" {
                    if let Some(done) = current.take() {
                        sequences.push(done);
                    }
                } else if let (Some(seq), Some(l)) = (current.as_mut(), label.take()) {
                    seq.fields.push((l, text.clone()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(sequences)
}

/// Lower-case letters and digits, single spaces.
fn normalise(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Ratcliff/Obershelp similarity: twice the matched characters (longest
/// common substring, then recursively left and right of it) over the total.
fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let matched = matching_chars(&a, &b);
    2.0 * matched as f64 / (a.len() + b.len()) as f64
}

fn matching_chars(a: &[char], b: &[char]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    // Longest common substring by dynamic programming.
    let mut best = (0, 0, 0);
    let mut previous = vec![0usize; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let mut row = vec![0usize; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            if ca == cb {
                let run = previous[j] + 1;
                row[j + 1] = run;
                if run > best.2 {
                    best = (i + 1 - run, j + 1 - run, run);
                }
            }
        }
        previous = row;
    }
    let (i, j, len) = best;
    if len == 0 {
        return 0;
    }
    len + matching_chars(&a[..i], &b[..j]) + matching_chars(&a[i + len..], &b[j + len..])
}

fn text_matches(gold: &str, found: &str) -> bool {
    let (g, f) = (normalise(gold), normalise(found));
    g == f || similarity(&g, &f) >= 0.9
}

const ORGANISATION_WORDS: &[&str] = &[
    "agency",
    "association",
    "board",
    "bureau",
    "center",
    "centre",
    "commission",
    "committee",
    "council",
    "department",
    "foundation",
    "institute",
    "institut",
    "ministry",
    "office",
    "organization",
    "organisation",
    "society",
    "university",
    "service",
    "group",
    "corporation",
    "nations",
    "news",
    "library",
    "project",
    "team",
    "consortium",
];

fn is_initials(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return false;
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let dotted = word.contains('.')
        && word
            .split(['.', '-'])
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    dotted || (letters.len() <= 3 && upper == letters.len() && !word.contains('-'))
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
            | "Van der"
            | "van"
            | "von"
            | "de"
            | "di"
            | "da"
            | "du"
            | "del"
            | "ten"
            | "ter"
    )
}

/// Family names in a gold author label, by a rule set independent of the
/// extractor's: chunks between commas, `and` and `&`; a chunk that follows a
/// lone family name is its given part.
fn gold_families(raw: &str) -> Vec<String> {
    let mut text = format!(" {raw} ");
    for noise in [
        " et al.", " et al", "(eds.)", "(Eds.)", "(ed.)", "(Ed.)", "(eds)", "(ed)", " eds.", " Eds.", " ed.",
        " Ed.", " Jr.", " Jr", " Sr.", " III", "(Hrsg.)", "(dir.)", " others",
    ] {
        text = text.replace(noise, " ");
    }
    let lower = text.to_lowercase();
    if !text.contains(',')
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| ORGANISATION_WORDS.contains(&w))
    {
        return vec![normalise(&text)];
    }
    let text = text
        .replace(';', ",")
        .replace(" and ", ",")
        .replace(" & ", ",")
        .replace('&', ",");
    let mut families = Vec::new();
    let mut expecting_given = false;
    let mut chunk_index = 0;
    for chunk in text.split(',') {
        let words: Vec<&str> = chunk.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        chunk_index += 1;
        if expecting_given {
            let all_caps_pair = words.len() == 1
                && words[0].chars().filter(|c| c.is_alphabetic()).count() > 3
                && words[0].chars().all(|c| !c.is_lowercase())
                && families.last().is_some_and(|f: &String| !f.is_empty());
            expecting_given = false;
            if !all_caps_pair {
                continue;
            }
        }
        if words.iter().all(|w| is_initials(w)) {
            continue;
        }
        if let Some(caps) = words.iter().find(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| !c.is_lowercase())
                && !is_initials(w)
        }) && words.len() > 1
        {
            families.push(normalise(caps));
            continue;
        }
        let names: Vec<&str> = words.iter().copied().filter(|w| !is_initials(w)).collect();
        if words.len() <= 3
            && words.first().is_some_and(|w| is_capitalised_particle(w))
            && names.len() == words.len()
        {
            // `Di Michele`, `van Arragon`, `Van der Burght`: an inverted family name.
            families.push(normalise(&names.join(" ")));
            expecting_given = true;
            continue;
        }
        if words.len() == 1 || (names.len() == 1 && words.first().is_some_and(|w| !is_initials(w))) {
            // A lone family name or `Smith JA`.
            families.push(normalise(&names.join(" ")));
            expecting_given = words.len() == 1;
            continue;
        }
        if words.first().is_some_and(|w| is_initials(w)) || words.last().is_some_and(|w| is_initials(w)) {
            families.push(normalise(&names.join(" ")));
            continue;
        }
        // `John Smith`, `Robin C. Williamson`, `Ludwig van Beethoven`.
        let mut family = vec![*names.last().unwrap_or(&"")];
        for w in names.iter().rev().skip(1) {
            if w.starts_with(char::is_lowercase) {
                family.insert(0, w);
            } else {
                break;
            }
        }
        families.push(normalise(&family.join(" ")));
        let _ = chunk_index;
    }
    families.retain(|f| !f.is_empty());
    families
}

fn found_families(fields: &Fields) -> Vec<String> {
    fields
        .authors
        .iter()
        .map(|a| normalise(a.split(", ").next().unwrap_or(a)))
        .filter(|f| !f.is_empty())
        .collect()
}

fn family_matches(gold: &str, found: &str) -> bool {
    gold == found
        || gold.split(' ').next_back() == found.split(' ').next_back()
        || gold.replace(' ', "") == found.replace(' ', "")
}

fn authors_match(gold: &[String], found: &[String]) -> bool {
    if gold.is_empty() || found.is_empty() {
        return gold.is_empty() && found.is_empty();
    }
    let mut used = vec![false; found.len()];
    let mut hits = 0;
    for g in gold {
        if let Some(k) = (0..found.len()).find(|&k| !used[k] && family_matches(g, &found[k])) {
            used[k] = true;
            hits += 1;
        }
    }
    let precision = hits as f64 / found.len() as f64;
    let recall = hits as f64 / gold.len() as f64;
    precision + recall > 0.0 && 2.0 * precision * recall / (precision + recall) >= 0.8
}

#[derive(Default)]
struct Score {
    labelled: usize,
    labelled_right: usize,
    all_right: usize,
}

impl Score {
    fn add(&mut self, gold_present: bool, found_present: bool, right: bool) {
        if gold_present {
            self.labelled += 1;
            if right {
                self.labelled_right += 1;
            }
        }
        let all_right = match (gold_present, found_present) {
            (true, true) => right,
            (false, false) => true,
            _ => false,
        };
        if all_right {
            self.all_right += 1;
        }
    }

    fn labelled_rate(&self) -> f64 {
        self.labelled_right as f64 / self.labelled.max(1) as f64
    }
}

fn default_path() -> PathBuf {
    match std::env::var_os("IBID_SHARED") {
        Some(shared) => PathBuf::from(shared).join("bench/anystyle/core.xml"),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/anystyle/core.xml"),
    }
}

fn main() -> ExitCode {
    let mut path = None;
    let mut errors_for: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--errors" {
            errors_for = args.next();
        } else if arg == "--show" {
            // Prints what the extractor reads from one string.
            let text = args.next().unwrap_or_default();
            let f = extract_fields(&text);
            println!(
                "authors:   {:?}\ntitle:     {:?}\ncontainer: {:?}\npublisher: {:?}\ndate:      {:?}\naccessed:  {:?}\npages:     {:?}\nkind:      {:?}\nrepeat:    {:?}",
                f.authors, f.title, f.container, f.publisher, f.date, f.accessed, f.pages, f.kind, f.repeat
            );
            for u in &f.urls {
                println!("url:       {u:?}");
            }
            return ExitCode::SUCCESS;
        } else if arg == "--help" || arg == "-h" {
            println!(
                "usage: anystyle_accuracy [PATH_TO_XML] [--errors authors|title|date|container|note] [--show TEXT]"
            );
            return ExitCode::SUCCESS;
        } else {
            path = Some(PathBuf::from(arg));
        }
    }
    let path = path.unwrap_or_else(default_path);
    let xml = match std::fs::read_to_string(&path) {
        Ok(xml) => xml,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let sequences = match read_sequences(&xml) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(2);
        }
    };

    let mut authors = Score::default();
    let mut title = Score::default();
    let mut date = Score::default();
    let mut container = Score::default();
    let mut notes = 0;
    for seq in &sequences {
        let text = seq.text();
        let fields = extract_fields(&text);
        if fields.kind == Kind::Note {
            notes += 1;
            if errors_for.as_deref() == Some("note") {
                println!("NOTE {text}\n");
            }
        }

        let gold_authors = seq.first("author").map(gold_families).unwrap_or_default();
        let found = found_families(&fields);
        let right = authors_match(&gold_authors, &found);
        authors.add(!gold_authors.is_empty(), !found.is_empty(), right);
        report(
            &errors_for,
            "authors",
            !gold_authors.is_empty(),
            right,
            &text,
            || (format!("{gold_authors:?}"), format!("{:?}", fields.authors)),
        );

        let gold_title = seq.first("title");
        let right = match (gold_title, &fields.title) {
            (Some(g), Some(f)) => text_matches(g, f),
            _ => false,
        };
        title.add(gold_title.is_some(), fields.title.is_some(), right);
        report(&errors_for, "title", gold_title.is_some(), right, &text, || {
            (format!("{gold_title:?}"), format!("{:?}", fields.title))
        });

        let gold_year = seq.year();
        let found_year = fields.date.as_deref().and_then(first_year);
        let right = gold_year.is_some() && gold_year == found_year;
        date.add(gold_year.is_some(), found_year.is_some(), right);
        report(&errors_for, "date", gold_year.is_some(), right, &text, || {
            (format!("{gold_year:?}"), format!("{:?}", fields.date))
        });

        let gold_container = seq.container();
        let right = match (gold_container, &fields.container) {
            (Some(g), Some(f)) => text_matches(g, f),
            _ => false,
        };
        container.add(gold_container.is_some(), fields.container.is_some(), right);
        report(
            &errors_for,
            "container",
            gold_container.is_some(),
            right,
            &text,
            || (format!("{gold_container:?}"), format!("{:?}", fields.container)),
        );
    }

    let total = sequences.len();
    println!("{} reference strings from {}", total, path.display());
    println!(
        "{:<10} {:>13} {:>6} {:>13}",
        "field", "(a) labelled", "n", "(b) all"
    );
    let rows = [
        ("authors", &authors),
        ("title", &title),
        ("date", &date),
        ("container", &container),
    ];
    for (name, score) in rows {
        println!(
            "{:<10} {:>13.3} {:>6} {:>13.3}",
            name,
            score.labelled_rate(),
            score.labelled,
            score.all_right as f64 / total.max(1) as f64
        );
    }
    let mean_a = rows.iter().map(|(_, s)| s.labelled_rate()).sum::<f64>() / rows.len() as f64;
    let mean_b = rows
        .iter()
        .map(|(_, s)| s.all_right as f64 / total.max(1) as f64)
        .sum::<f64>()
        / rows.len() as f64;
    println!("{:<10} {:>13.3} {:>6} {:>13.3}", "mean", mean_a, "", mean_b);
    println!("classified as note: {notes}");
    ExitCode::SUCCESS
}

fn report(
    errors_for: &Option<String>,
    field: &str,
    labelled: bool,
    right: bool,
    text: &str,
    values: impl FnOnce() -> (String, String),
) {
    if errors_for.as_deref() == Some(field) && labelled && !right {
        let (gold, found) = values();
        println!("{text}\n    gold:  {gold}\n    found: {found}\n");
    }
}
