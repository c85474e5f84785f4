//! An article saved inside an e-mail reply, each of its lines quoted with
//! `> `, is read as the article it quotes: the quote marks at the start of
//! its lines become spaces. Nothing moves (each mark is one byte, as its
//! space is), so lines, columns and the notes anchored in them stay where
//! the file has them.
//!
//! Owns: deciding that a text is a quoted reply, and unquoting it. Must
//! not: read what the quoted article says.

use crate::article::Text;

/// At least this many quoted lines make a quoted article (a reply that
/// quotes a line or two is a reply).
const MIN_QUOTED_LINES: usize = 10;

/// `text` with the quote marks at the start of its lines made spaces, when
/// most of its lines (and [`MIN_QUOTED_LINES`] or more) are quoted; else
/// `text` as it is. A mapped text, read from a large file, is left as it
/// is: no e-mail is that large.
#[must_use]
pub fn unquoted(text: Text) -> Text {
    if text.is_mapped() || !is_quoted_reply(&text) {
        return text;
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut line_start = true;
    let mut in_prefix = false;
    for b in &mut bytes {
        if line_start {
            in_prefix = *b == b'>';
        }
        line_start = *b == b'\n';
        if in_prefix {
            match *b {
                b'>' => *b = b' ',
                b' ' | b'\t' => {}
                _ => in_prefix = false,
            }
        }
    }
    // Only ASCII `>` became ASCII spaces: the bytes are still UTF-8.
    String::from_utf8(bytes).map_or(text, Text::from)
}

/// Whether most non-blank lines of `text` start with `>`, and enough of
/// them, and the reply under the quotation cites nothing of its own (a
/// reply with its own `[1]` and notes is the article).
fn is_quoted_reply(text: &str) -> bool {
    // Most texts quote no line: found so at memory's speed.
    if !text.starts_with('>') && memchr::memmem::find(text.as_bytes(), b"\n>").is_none() {
        return false;
    }
    let (mut quoted, mut other) = (0usize, 0usize);
    for line in text.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        if line.starts_with('>') {
            quoted += 1;
        } else {
            other += 1;
            let cites = line
                .match_indices('[')
                .any(|(at, _)| line.as_bytes().get(at + 1).is_some_and(u8::is_ascii_digit));
            if quoted > 0 && cites {
                return false;
            }
        }
    }
    quoted >= MIN_QUOTED_LINES && quoted > 2 * other
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(article: &str) -> String {
        let quoted: String = article
            .lines()
            .map(|l| format!("> {l}\n").replace("> \n", ">\n"))
            .collect();
        format!(
            "From: Sam <sam@example.net>\nSubject: Re: issue 43\n\nSee note 6.\n\nOn Tue, Seedlings wrote:\n{quoted}"
        )
    }

    #[test]
    fn a_quoted_article_is_read_unquoted_in_place() {
        let article = "The Library\n\nBy Hannah Roe\n\nSeeds were lent.[1] Then more.[2]\n\nMany came.\n\nNotes\n\n[1] Roe, Jane. Seeds. 2012.\n\n[2] Doe, John. More Seeds. 2014.\n";
        let text = reply(article);
        let read = unquoted(Text::from(text.as_str()));
        assert_eq!(read.len(), text.len());
        assert!(
            read.contains("\n  Seeds were lent.[1] Then more.[2]\n \n"),
            "{}",
            &*read
        );
        assert!(read.starts_with("From: Sam"));
        let a = crate::parse::parse("reply.txt", read);
        assert_eq!(a.references.len(), 2);
        assert_eq!(a.markers.len(), 2);
    }

    #[test]
    fn a_reply_quoting_a_few_lines_or_an_article_quoting_is_left_as_it_is() {
        let text = "Title\n\nHe wrote:\n\n> one\n> two\n\nThen more.\n";
        assert_eq!(&*unquoted(Text::from(text)), text);
        let many: String = (0..12).map(|i| format!("> quoted line {i}\n")).collect();
        let text = format!("{many}{}", "A line of the writer's own.\n".repeat(6));
        assert_eq!(&*unquoted(Text::from(text.as_str())), text);
        // A reply that cites works of its own under the quotation.
        let text = format!("{many}\nI am not so sure [1].\n\n[1] Oxford, J. S. A hypothesis. 2005.\n");
        assert_eq!(&*unquoted(Text::from(text.as_str())), text);
    }
}
