//! Making untrusted article text safe to show in a terminal.
//!
//! Owns: replacing control characters (C0 but newline, DEL, C1, ESC) with
//! visible caret or code forms and bidi controls with visible names, and
//! expanding tabs; and JSON whose strings escape those characters. Nothing
//! from an article reaches the terminal without passing through [`clean`]
//! or [`write_json`]. Must not: know about terminals or styles.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

/// The visible stand-in for a character that must not reach the terminal,
/// or `None` when the character is safe.
#[must_use]
pub fn replacement(c: char) -> Option<Cow<'static, str>> {
    let code = u32::from(c);
    match c {
        '\t' => Some(Cow::Borrowed("    ")),
        '\n' => None,
        '\u{0}'..='\u{1f}' => {
            let caret = char::from_u32(code + 0x40).unwrap_or('?');
            Some(Cow::Owned(format!("^{caret}")))
        }
        '\u{7f}' => Some(Cow::Borrowed("^?")),
        '\u{80}'..='\u{9f}' => Some(Cow::Owned(format!("<{code:02X}>"))),
        '\u{061c}' => Some(Cow::Borrowed("<ALM>")),
        '\u{200e}' => Some(Cow::Borrowed("<LRM>")),
        '\u{200f}' => Some(Cow::Borrowed("<RLM>")),
        '\u{202a}' => Some(Cow::Borrowed("<LRE>")),
        '\u{202b}' => Some(Cow::Borrowed("<RLE>")),
        '\u{202c}' => Some(Cow::Borrowed("<PDF>")),
        '\u{202d}' => Some(Cow::Borrowed("<LRO>")),
        '\u{202e}' => Some(Cow::Borrowed("<RLO>")),
        '\u{2066}' => Some(Cow::Borrowed("<LRI>")),
        '\u{2067}' => Some(Cow::Borrowed("<RLI>")),
        '\u{2068}' => Some(Cow::Borrowed("<FSI>")),
        '\u{2069}' => Some(Cow::Borrowed("<PDI>")),
        _ => None,
    }
}

/// `text` with every unsafe character replaced; borrowed when nothing had to
/// change. Newlines are kept (callers decide what a line break means).
#[must_use]
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| replacement(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match replacement(c) {
            Some(r) => out.push_str(&r),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`clean`], with line breaks turned into spaces: for one-line places such
/// as the title line and the status line.
#[must_use]
pub fn clean_line(text: &str) -> String {
    clean(text).replace('\n', " ")
}

/// Writes `value` to `out` as pretty-printed JSON in which the characters
/// [`clean`] replaces are `\u` escapes: JSON escapes C0 controls, but C1
/// controls and bidi overrides would reach a terminal as they are. A
/// parser reads the same strings.
///
/// # Errors
/// When writing to `out` fails.
pub fn write_json(out: impl Write, value: &impl Serialize) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, EscapingFormatter::default());
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// [`write_json`] into a string, with a final newline.
#[must_use]
pub fn json(value: &impl Serialize) -> String {
    let mut out = Vec::new();
    let _ = write_json(&mut out, value);
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's pretty formatter, escaping what must not reach a terminal.
#[derive(Default)]
struct EscapingFormatter(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for EscapingFormatter {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, out: &mut W, fragment: &str) -> io::Result<()> {
        let mut safe_from = 0;
        for (i, c) in fragment.char_indices() {
            if !c.is_ascii() && replacement(c).is_some() {
                out.write_all(fragment.get(safe_from..i).unwrap_or_default().as_bytes())?;
                write!(out, "\\u{:04x}", u32::from(c))?;
                safe_from = i + c.len_utf8();
            }
        }
        out.write_all(fragment.get(safe_from..).unwrap_or_default().as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.0.begin_array(out)
    }
    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.0.end_array(out)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(out, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.0.end_array_value(out)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.0.begin_object(out)
    }
    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.0.end_object(out)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(out, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.0.begin_object_value(out)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.0.end_object_value(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_would_reach_the_terminal_and_reads_back_the_same() {
        let value = serde_json::json!({ "title": "a\x1b]0;t\x07 \u{202e}gnp.exe \u{9b}2J “ok”" });
        let text = json(&value);
        assert!(
            text.chars().all(|c| c == '\n' || replacement(c).is_none()),
            "{text}"
        );
        assert!(text.contains("\\u202e") && text.contains("\\u009b") && text.contains("“ok”"));
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
        assert!(text.starts_with("{\n  \"title\""), "pretty-printed: {text}");
    }

    #[test]
    fn safe_text_is_borrowed() {
        assert!(matches!(clean("plain “text” — ok\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(clean("a\x1b[2Jb"), "a^[[2Jb");
        assert_eq!(clean("\x1b]0;title\x07"), "^[]0;title^G");
        assert_eq!(clean("x\u{9b}31m"), "x<9B>31m");
        assert_eq!(clean("del\x7f"), "del^?");
        assert_eq!(clean("end\x1b"), "end^[");
    }

    #[test]
    fn bidi_controls_are_named_and_tabs_expand() {
        assert_eq!(clean("abc\u{202e}def\u{2066}"), "abc<RLO>def<LRI>");
        assert_eq!(clean("a\tb"), "a    b");
    }

    #[test]
    fn clean_line_removes_line_breaks() {
        assert_eq!(clean_line("a\nb\x07"), "a b^G");
    }
}
