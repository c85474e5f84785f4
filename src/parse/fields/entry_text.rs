//! The text of an entry made ready for reading: label and trailing prose
//! removed, HTML entities decoded, a wiki's `(PDF)` and a note's signal
//! (`See`, `Cf.`) dropped, Markdown links opened, Markdown emphasis taken
//! out (its spans remembered), lines joined.
//!
//! Must not: decide what any part of the entry means beyond "citation or
//! trailing prose".

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// A leading citation label that the list parser may have left in place.
/// A word label's length is checked by [`is_label_length`], not by a
/// counted repeat of `\w`, which would take 10 ms to compile in every run.
static LEADING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\[\s*\d{1,4}[a-z]?\s*\]|\[[\p{L}\d][\w:+.-]*\]|\(\s*\d{1,4}\s*\)|\d{1,4}[.)](?:\s|$)|\^\s*)\s*")
        .expect("static regex")
});

/// The file format a wiki writes after a title (`"Report" (PDF).`,
/// `Archived (PDF) from`): not part of any field.
static FILE_FORMAT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[(\[](?:PDF|pdf)[)\]]").expect("static regex"));

/// A Markdown link (`[Title](https://…)`), with the emphasis around it
/// (`*[The Panda's Thumb](…)*`), a URL that may hold parentheses
/// (`…/Doi_(identifier)`) and a link title (`"Doi (identifier)"`).
static MARKDOWN_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?P<em>[*_]*)\[(?P<text>[^\]\[]+)\]\((?P<url>(?:https?://|www\.)(?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\)(?P<end>[*_]*)"#,
    )
    .expect("static regex")
});

/// A Markdown link of an entry as the words it stands for: a link's text
/// is the work's title, read as quoted and followed by its URL; a link in
/// emphasis is an italic title (a book, a journal) with its URL. A link to
/// a wiki's own page about an identifier (`[doi](…/Doi_(identifier))`) or
/// about a book or journal (`*[Nature](…/wiki/Nature_(journal))*`, as web
/// clippers save a wiki's notes) is only its words: that page is not the
/// work's.
fn link_as_words(link: &regex::Captures<'_>) -> String {
    let (text, url, em, end) = (&link["text"], &link["url"], &link["em"], &link["end"]);
    let wiki_page = url.contains("wikipedia.org/wiki/");
    if wiki_page && url.ends_with("_(identifier)") {
        return text.to_string();
    }
    // A wiki's article cited itself (`*[Cardiff Giant](…/wiki/…)*.
    // Wikipedia.`) opens the entry.
    let opens_the_entry = link.get(0).is_some_and(|m| m.start() == 0);
    if !em.is_empty() {
        return if wiki_page && !opens_the_entry {
            format!("{em}{text}{end}")
        } else {
            format!("{em}{text}{end} {url}")
        };
    }
    // A DOI or a link's own address as its text is no title.
    if text.starts_with(['"', '“', '*', '_'])
        || text.starts_with(|c: char| c.is_ascii_digit())
        || text.contains('/')
    {
        format!("{text} {url}{end}")
    } else {
        format!("“{text}” {url}{end}")
    }
}

/// The entry with its label and any trailing prose paragraph removed, and
/// the HTML entities a page saved as text keeps (`&amp;`, `&#8220;`) read
/// as the characters they stand for.
pub fn citation_part(text: &str) -> String {
    let decoded = html_escape::decode_html_entities(text);
    let text = decoded.trim_start_matches('\u{feff}');
    let unlabelled = match LEADING_LABEL.find(text) {
        Some(m)
            if m.end() < text.len() && is_label_length(m.as_str()) && !starts_with_year_label(m.as_str()) =>
        {
            text.get(m.end()..).unwrap_or(text)
        }
        _ => text,
    };
    let unlabelled = strip_bare_number_label(unlabelled);
    let citation = strip_signal(drop_trailing_prose(unlabelled).trim());
    // What blank lines are left run through the citation (a list saved
    // double-spaced): its lines follow one another, a URL's pieces too.
    let citation = if citation.contains("\n\n") || citation.contains("\n ") || citation.contains("\n\t") {
        BLANK_LINES.replace_all(citation, "\n")
    } else {
        std::borrow::Cow::Borrowed(citation)
    };
    let citation = FILE_FORMAT.replace_all(&citation, "");
    MARKDOWN_LINK.replace_all(&citation, link_as_words).into_owned()
}

/// A line break and the blank lines after it.
static BLANK_LINES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\n(?:[ \t]*\r?\n)+").expect("static regex"));

/// The words a note puts before the work it points to (`See also`, `Cf.`),
/// longest first: not part of the author's name.
const SIGNALS: &[&str] = &[
    // `Source: Anne Singleton, …`, as some pages open each note.
    "sources:",
    "source:",
    "see generally",
    "see also",
    "see, e.g.,",
    "see e.g.,",
    "see e.g.",
    "but see",
    "voir aussi",
    "compare",
    "siehe",
    "vgl.",
    "voir",
    "cf.",
    "see",
    "cf",
];

/// `citation` without a signal before a capitalised name or title (`See
/// Robert D. Putnam, …`); a note that reads on in prose (`See the
/// discussion …`) keeps it. Compared by hand: a regex here would be
/// compiled in every run, for the first screen too.
fn strip_signal(citation: &str) -> &str {
    let head = citation
        .as_bytes()
        .get(..citation.len().min(16))
        .unwrap_or_default();
    let Some(signal) = SIGNALS.iter().find(|s| {
        head.get(..s.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(s.as_bytes()))
    }) else {
        return citation;
    };
    let rest = citation.get(signal.len()..).unwrap_or("");
    let rest = rest.strip_prefix([',', ':']).unwrap_or(rest);
    let name = rest.trim_start();
    if name.len() < rest.len() && name.starts_with(char::is_uppercase) {
        name
    } else {
        citation
    }
}

/// A bracketed label holds at most 31 characters (`[Smith2001]`, not a
/// bracketed sentence).
fn is_label_length(label: &str) -> bool {
    label
        .trim_start()
        .strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .is_none_or(|(inside, _)| inside.chars().count() <= 31)
}

/// `1 Suntola, T. …`: a number and a space before a family name and comma.
fn strip_bare_number_label(text: &str) -> &str {
    let trimmed = text.trim_start();
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return text;
    }
    let Some(rest) = trimmed.get(digits..) else {
        return text;
    };
    let Some(after_space) = rest.strip_prefix(' ') else {
        return text;
    };
    let first_word = after_space.split_whitespace().next().unwrap_or("");
    if first_word.starts_with(char::is_uppercase)
        && first_word.ends_with(',')
        && first_word.chars().filter(|c| c.is_alphabetic()).count() >= 2
    {
        after_space
    } else {
        text
    }
}

/// `1976. Title`: a four-digit number that reads as a year is not a label.
fn starts_with_year_label(label: &str) -> bool {
    let digits: String = label.chars().filter(char::is_ascii_digit).collect();
    digits.len() == 4
        && !label.trim_start().starts_with(['[', '('])
        && digits.parse::<u16>().is_ok_and(|y| (1400..=2099).contains(&y))
}

/// Cuts a paragraph of prose (a biography, a comment) that follows the
/// citation, either after a blank line or on the line after a URL.
fn drop_trailing_prose(text: &str) -> &str {
    let mut kept_end = 0;
    let mut offset = 0;
    let mut previous_line_ended_with_url = false;
    let mut seen_blank = false;
    let mut first = true;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            seen_blank = true;
            continue;
        }
        if !first && (seen_blank || previous_line_ended_with_url) && is_prose_line(trimmed) {
            return text.get(..kept_end).unwrap_or(text);
        }
        if let Some(cut) = prose_after_url(line) {
            return text.get(..start + cut).unwrap_or(text);
        }
        first = false;
        seen_blank = false;
        kept_end = start + line.trim_end().len();
        previous_line_ended_with_url = ends_with_url(trimmed);
    }
    text
}

/// Where a line's last address ends when prose follows it on the line (an entry
/// saved on one line: `… 2004. <http://…>. The article he cites is no
/// longer online.`), as it would on a line of its own. The citation comes
/// first, its year before the address (an address that opens the entry
/// may have its headline after it); prose with a date in it may say when
/// the page was read, and stays.
fn prose_after_url(line: &str) -> Option<usize> {
    if !line.contains("http") && !line.contains("www.") {
        return None;
    }
    // The line's last address: where it starts and ends.
    let mut at = 0;
    let mut last_url = None;
    for token in line.split_inclusive(char::is_whitespace) {
        let word = token.trim_end();
        if word.starts_with("http") || word.starts_with("<http") || word.starts_with("www.") {
            last_url = Some((at, at + word.len()));
        }
        at += token.len();
    }
    let (start, end) = last_url?;
    let rest = line.get(end..)?.trim();
    let cited_before = line
        .get(..start)
        .is_some_and(|before| !super::dates::find_dates(before).is_empty());
    (cited_before && is_prose_line(rest) && super::dates::find_dates(rest).is_empty()).then_some(end)
}

fn ends_with_url(line: &str) -> bool {
    let last = line.split_whitespace().last().unwrap_or("");
    let last = last.trim_end_matches(['.', ',', ';']);
    last.ends_with('>') || last.starts_with("http") || last.starts_with("<http") || last.starts_with("www.")
}

/// A line that reads as running prose rather than part of a citation.
fn is_prose_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 8 {
        return false;
    }
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    let starts_capital = line.chars().next().is_some_and(char::is_uppercase);
    let sentence_ends = line.matches(". ").count() + usize::from(line.ends_with('.'));
    starts_capital && lower * 2 >= words.len() && (words.len() >= 20 || sentence_ends >= 1)
}

/// An entry flattened to one line, with Markdown emphasis removed.
#[derive(Debug, Default)]
pub struct FlatEntry {
    pub text: String,
    /// Byte ranges in `text` that were between `*…*` (or `_…_`).
    pub emphasis: Vec<Range<usize>>,
}

/// Joins lines, collapses white space, removes `*emphasis*` markers while
/// remembering their spans, strips inline HTML tags such as `<i>`, and puts a
/// space around double quotes glued to words on both sides (`Smith.”Title`).
/// A word broken after its hyphen at a line's end (`Salakhut-` / `dinov`,
/// `mixture-` / `of-experts`) is joined with the hyphen kept.
pub fn flatten(text: &str) -> FlatEntry {
    let without_tags = strip_inline_tags(text)
        .replace("**", "*")
        .replace("``", "“")
        .replace("''", "”");
    let chars: Vec<char> = without_tags.chars().collect();
    let pairs = emphasis_pairs(&chars);
    let mut out = String::with_capacity(without_tags.len());
    let mut emphasis = Vec::new();
    let mut open_at: Option<usize> = None;
    let mut pending_space = false;
    let mut pending_newline = false;
    let mut next_marker = pairs.iter().peekable();
    for (i, &c) in chars.iter().enumerate() {
        if let Some(&(is_open, _)) = next_marker.next_if(|(_, at)| *at == i) {
            if is_open {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                open_at = Some(out.len());
            } else if let Some(start) = open_at.take() {
                let end = out.trim_end().len();
                if end > start {
                    emphasis.push(start..end);
                }
            }
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            pending_newline |= c == '\n';
            continue;
        }
        let broken_word = pending_newline
            && c.is_alphanumeric()
            && out
                .strip_suffix('-')
                .is_some_and(|before| before.ends_with(char::is_alphanumeric));
        pending_newline = false;
        if broken_word {
            pending_space = false;
        }
        let glued_quote = matches!(c, '”' | '“' | '"')
            && i > 0
            && chars.get(i - 1).is_some_and(|p| !p.is_whitespace())
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if (pending_space || glued_quote) && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
        if glued_quote {
            pending_space = true;
        }
    }
    FlatEntry {
        text: out.trim_end().to_string(),
        emphasis,
    }
}

/// Positions of `*` and `_` markers that pair up as emphasis, each with
/// whether it opens. `**bold**` was already turned into `*bold*`; a lone
/// star is text.
fn emphasis_pairs(chars: &[char]) -> Vec<(bool, usize)> {
    let stars: Vec<usize> = chars
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c == '*')
        .map(|(i, _)| i)
        .collect();
    let mut out = Vec::new();
    let mut pair_up = |open: usize, close: usize| {
        let inner = chars.get(open + 1..close).unwrap_or(&[]);
        if inner.iter().any(|c| c.is_alphanumeric()) && inner.len() <= 400 {
            out.push((true, open));
            out.push((false, close));
        }
    };
    for pair in stars.chunks_exact(2) {
        let [open, close] = pair else { continue };
        pair_up(*open, *close);
    }
    // `_The Life of Caxton._`: underscores that open a word and close one,
    // as plain-text books set italics (not `snake_case`, nor a URL's).
    let mut open = None;
    for (i, _) in chars.iter().enumerate().filter(|&(_, &c)| c == '_') {
        let before = i.checked_sub(1).and_then(|b| chars.get(b));
        let after = chars.get(i + 1);
        match open {
            None if before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '“' | '"'))
                && after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '“' | '"')) =>
            {
                open = Some(i);
            }
            Some(at)
                if before.is_some_and(|c| !c.is_whitespace())
                    && after.is_none_or(|c| {
                        c.is_whitespace()
                            || matches!(c, '.' | ',' | ';' | ':' | ')' | ']' | '”' | '"' | '!' | '?')
                    }) =>
            {
                pair_up(at, i);
                open = None;
            }
            _ => {}
        }
    }
    out.sort_unstable_by_key(|&(_, at)| at);
    out
}

static INLINE_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?(?:i|b|em|strong|italic|bold|sup|sub|span|u)>").expect("static regex"));

/// The medium in brackets that IEEE and Vancouver write after a title or
/// a name (`[Online]. Available:`, `[Internet].`): no field.
/// The period after it stays when it ends the field before (`Lead
/// poisoning [Internet]. Geneva`), and goes when that has its own (`Data
/// Center. [Online]. Available:`).
static MEDIUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?P<before>\.?)\s*\[(?:online|internet|electronic resource)\](?P<after>\.?)")
        .expect("static regex")
});

fn strip_inline_tags(text: &str) -> String {
    let without_tags = INLINE_TAG.replace_all(text, "");
    MEDIUM
        .replace_all(&without_tags, |c: &regex::Captures<'_>| {
            let period = !c["before"].is_empty() || !c["after"].is_empty();
            if period { "." } else { "" }.to_owned()
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::{citation_part, flatten};

    #[test]
    fn a_word_broken_after_its_hyphen_is_joined() {
        assert_eq!(
            flatten("Ilya Sutskever, and Ruslan Salakhut-\ndinov. The sparsely-gated mixture-\nof-experts layer, pp. 12-\n15.").text,
            "Ilya Sutskever, and Ruslan Salakhut-dinov. The sparsely-gated mixture-of-experts layer, pp. 12-15."
        );
        // A dash between words keeps its spaces.
        assert_eq!(flatten("A Title -\nA Subtitle").text, "A Title - A Subtitle");
    }

    #[test]
    fn prose_after_the_address_on_the_entrys_one_line_is_no_part_of_it() {
        let entry = "[15] Fenwick, H. \u{201d}Moves.\u{201d} Dovetail.org 12 March 2005: 9 Sep 2011. \
                     <http://www.dovetail.org/fenwick/?pieceid=5821>. The piece she quotes, which was \
                     taken offline, first ran in the Harbour Gazette.";
        assert!(citation_part(entry).ends_with("pieceid=5821>."));
        // Words after the address that say when it was read stay.
        let read =
            "[2] Roe, J. Ops. <http://example.org/a> Retrieved from the archive of the paper on 3 May 2019.";
        assert!(citation_part(read).ends_with("3 May 2019."));
    }

    #[test]
    fn html_entities_are_read_as_their_characters() {
        assert_eq!(
            citation_part("Barry, J. &#8220;Rising Tide.&#8221; Simon &amp; Schuster, 1997."),
            "Barry, J. \u{201c}Rising Tide.\u{201d} Simon & Schuster, 1997."
        );
        assert_eq!(citation_part("AT&T and R&D, 2001."), "AT&T and R&D, 2001.");
    }

    #[test]
    fn a_markdown_link_gives_its_text_and_its_url() {
        assert_eq!(
            citation_part("Roe, J. [\"A Title\"](https://example.com/a_(b)), The Auk, 2005."),
            "Roe, J. \"A Title\" https://example.com/a_(b), The Auk, 2005."
        );
        assert_eq!(
            citation_part("[A Title](https://example.com), Roe and Poe, 1998."),
            "\u{201c}A Title\u{201d} https://example.com, Roe and Poe, 1998."
        );
    }

    #[test]
    fn a_clipped_wikis_links_to_its_own_pages_are_only_their_words() {
        let entry = "De Groote, Isabelle; et al. (2016). \"New genetic and morphological evidence\". *[Royal Society Open Science](https://en.wikipedia.org/wiki/Royal_Society_Open_Science \"Royal Society Open Science\")*. **3** (8): 160328. [doi](https://en.wikipedia.org/wiki/Doi_(identifier) \"Doi (identifier)\"):[10.1098/rsos.160328](https://doi.org/10.1098%2Frsos.160328).";
        assert_eq!(
            citation_part(entry),
            "De Groote, Isabelle; et al. (2016). \"New genetic and morphological evidence\". *Royal Society Open Science*. **3** (8): 160328. doi:10.1098/rsos.160328 https://doi.org/10.1098%2Frsos.160328."
        );
        // A wiki's article cited itself keeps its address.
        assert_eq!(
            citation_part("*[Cardiff Giant](https://en.wikipedia.org/wiki/Cardiff_Giant)*. Wikipedia."),
            "*Cardiff Giant* https://en.wikipedia.org/wiki/Cardiff_Giant. Wikipedia."
        );
        // An italic title linked elsewhere keeps its address.
        assert_eq!(
            citation_part("Roe, J. *[A Book](https://example.com/book)*. 2005."),
            "Roe, J. *A Book* https://example.com/book. 2005."
        );
    }

    #[test]
    fn a_signal_before_the_cited_work_is_dropped() {
        assert_eq!(
            citation_part("1. See Robert D. Putnam, Bowling Alone (2000), 23."),
            "Robert D. Putnam, Bowling Alone (2000), 23."
        );
        assert_eq!(
            citation_part("2. Cf. Charles Murray, Coming Apart."),
            "Charles Murray, Coming Apart."
        );
        assert_eq!(
            citation_part("3. See also Anne Case, Deaths."),
            "Anne Case, Deaths."
        );
        assert_eq!(
            citation_part("4. See the discussion above."),
            "See the discussion above."
        );
        assert_eq!(
            citation_part("5. Seeley, John. Ecce Homo."),
            "Seeley, John. Ecce Homo."
        );
    }

    #[test]
    fn a_file_format_after_the_title_is_dropped() {
        assert_eq!(
            citation_part("\"Annual Report\" (PDF). Example Agency. Archived (PDF) from the original."),
            "\"Annual Report\". Example Agency. Archived from the original."
        );
    }

    #[test]
    fn a_leading_label_of_up_to_31_characters_is_taken_off() {
        let label = format!("[{}]", "a".repeat(31));
        assert_eq!(
            citation_part(&format!("{label} Roe, J. Title. 2001.")),
            "Roe, J. Title. 2001."
        );
        assert_eq!(citation_part("[12] Roe, J. Title."), "Roe, J. Title.");
        let long = format!("[{}] Roe, J. Title.", "a".repeat(32));
        assert_eq!(
            citation_part(&long),
            long,
            "a longer bracket is text, not a label"
        );
    }
}
