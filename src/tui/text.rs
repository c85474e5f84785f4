//! Article blocks as the reader shows them: cleaned of control characters,
//! Markdown syntax hidden and its emphasis kept as styles, wrapped to a width
//! with Unicode display widths.
//!
//! Owns: the text of one block on screen and where source offsets land in
//! it. Must not: draw, or hold state between frames (the cache in
//! `view::WrapCache` does).

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use textwrap::WordSeparator;
use textwrap::core::break_words;
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::article::{Article, BlockKind, Format};
use crate::display::replacement;

/// Emphasis kept from Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Italic,
    Bold,
    Code,
}

/// One block of the article as shown: a single line of cleaned text, its
/// emphasis, and a map from source offsets to offsets in `text`.
#[derive(Debug, Clone, Default)]
pub struct DisplayBlock {
    pub text: String,
    pub emphasis: Vec<(Range<usize>, Emphasis)>,
    /// Where a line of code ends: the offsets in `text` of the spaces that
    /// stand for its line breaks, which the wrapping keeps.
    pub line_breaks: Vec<usize>,
    /// `(source offset, display offset)` where the two stop moving together.
    checkpoints: Vec<(usize, usize)>,
}

impl DisplayBlock {
    /// Where the source byte `source` shows in `text` (clamped to it).
    #[must_use]
    pub fn display_offset(&self, source: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(s, _)| s <= source);
        let at = match i.checked_sub(1).and_then(|i| self.checkpoints.get(i)) {
            Some(&(s, d)) => d + (source - s),
            None => 0,
        };
        self.text.floor_char_boundary(at)
    }

    /// Where the source range ending at `source` ends in `text`: text
    /// inserted exactly there (a flag sign) is left out.
    #[must_use]
    pub fn display_end(&self, source: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(s, _)| s < source);
        let at = match i.checked_sub(1).and_then(|i| self.checkpoints.get(i)) {
            Some(&(s, d)) => d + (source - s),
            None => 0,
        };
        self.text.floor_char_boundary(at)
    }

    /// A source range in display offsets.
    #[must_use]
    pub fn display_range(&self, source: &Range<usize>) -> Range<usize> {
        let start = self.display_offset(source.start);
        start..self.display_end(source.end).max(start)
    }

    /// Appends source text (already known to start at `source`), cleaning it.
    fn push_source(&mut self, source: usize, text: &str) {
        self.checkpoint(source);
        for (i, c) in text.char_indices() {
            if c == '\n' {
                self.text.push(' ');
                continue;
            }
            match replacement(c) {
                Some(r) => {
                    self.text.push_str(&r);
                    self.checkpoint(source + i + c.len_utf8());
                }
                None => self.text.push(c),
            }
        }
    }

    /// Appends source text, with the flag sign after each flagged marker end.
    fn push_flagged(&mut self, source: usize, text: &str, flagged_ends: &[usize]) {
        let end = source + text.len();
        let mut from = source;
        for &flag in flagged_ends.iter().filter(|&&f| f > source && f <= end) {
            self.push_source(from, text.get(from - source..flag - source).unwrap_or(""));
            self.push_synthetic(flag, FLAG_SIGN);
            from = flag;
        }
        self.push_source(from, text.get(from - source..).unwrap_or(""));
    }

    /// Appends text that has no source (a space for a soft break).
    fn push_synthetic(&mut self, source_after: usize, text: &str) {
        self.text.push_str(text);
        self.checkpoint(source_after);
    }

    fn checkpoint(&mut self, source: usize) {
        let display = self.text.len();
        if self.checkpoints.last().is_some_and(|&(s, _)| s >= source) {
            if let Some(last) = self.checkpoints.last_mut() {
                *last = (source, display);
            }
            return;
        }
        self.checkpoints.push((source, display));
    }
}

/// The sign shown after a marker that has findings, so that it stands out
/// without colour too.
pub const FLAG_SIGN: &str = "!";

/// The display form of the block of kind `kind` with source range `range`;
/// a [`FLAG_SIGN`] follows each marker whose source end is in
/// `flagged_ends`.
#[must_use]
pub fn display_block(
    article: &Article,
    range: &Range<usize>,
    kind: BlockKind,
    flagged_ends: &[usize],
) -> DisplayBlock {
    let text = article.slice(range);
    let mut block = DisplayBlock::default();
    if article.format != Format::Markdown {
        push_plain_lines(
            &mut block,
            range.start,
            text,
            kind == BlockKind::Quote,
            flagged_ends,
        );
        return block;
    }
    let mut open: Vec<(usize, Emphasis)> = Vec::new();
    let mut in_code_block = false;
    // The lists open around the text: the next number of each numbered one.
    let mut lists: Vec<Option<u64>> = Vec::new();
    for (event, span) in Parser::new(text).into_offset_iter() {
        let at = range.start + span.start;
        in_code_block |= matches!(event, Event::Start(Tag::CodeBlock(_)));
        match event {
            // A code block's lines, each kept on a line of its own (a line
            // break is one byte, as the space that stands for it).
            Event::Text(code) if in_code_block => {
                let start = block.text.len();
                let mut from = 0;
                for line in code.split_inclusive('\n') {
                    let words = line.strip_suffix('\n');
                    block.push_source(at + from, words.unwrap_or(line));
                    if let Some(words) = words {
                        block.line_breaks.push(block.text.len());
                        block.push_source(at + from + words.len(), " ");
                    }
                    from += line.len();
                }
                block.emphasis.push((start..block.text.len(), Emphasis::Code));
            }
            Event::Start(Tag::List(first)) => lists.push(first),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            // An item's bullet or number, set in as deep as it is in the
            // source (a nested item is a block of its own).
            Event::Start(Tag::Item) => {
                let label = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "• ".to_owned(),
                };
                if !block.text.is_empty() && !block.text.ends_with(' ') {
                    block.push_synthetic(at, " ");
                }
                let depth = if block.text.is_empty() {
                    source_indent(article, range.start) / 2
                } else {
                    0
                };
                block.push_synthetic(at, &format!("{}{label}", "  ".repeat(depth)));
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                // The line break that ends the last line ends no line.
                if block.line_breaks.last() == Some(&block.text.len().saturating_sub(1)) {
                    block.line_breaks.pop();
                    block.text.pop();
                    if let Some((code, _)) = block.emphasis.last_mut() {
                        code.end = code.end.min(block.text.len());
                    }
                }
            }
            Event::Text(_) | Event::Html(_) | Event::InlineHtml(_) | Event::FootnoteReference(_) => {
                block.push_flagged(at, text.get(span).unwrap_or(""), flagged_ends);
            }
            Event::Code(code) => {
                let start = block.text.len();
                let inner = text.get(span.clone()).unwrap_or("");
                let offset = inner.find(code.as_ref()).unwrap_or(0);
                block.push_source(at + offset, &code);
                block.emphasis.push((start..block.text.len(), Emphasis::Code));
            }
            Event::SoftBreak | Event::HardBreak => block.push_synthetic(range.start + span.end, " "),
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_) | Tag::Heading { .. })
                if !block.text.is_empty() && !block.text.ends_with(' ') =>
            {
                block.push_synthetic(at, " ");
            }
            Event::Start(Tag::Emphasis) => open.push((block.text.len(), Emphasis::Italic)),
            Event::Start(Tag::Strong) => open.push((block.text.len(), Emphasis::Bold)),
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                if let Some((start, kind)) = open.pop() {
                    block.emphasis.push((start..block.text.len(), kind));
                }
            }
            _ => {}
        }
    }
    block
}

/// Appends the lines of plain text that starts at `source` as one line:
/// each line break a space (none after a word's hyphen), the spaces around
/// it left out, and, in a quotation, the `>` marks that open each line.
fn push_plain_lines(
    block: &mut DisplayBlock,
    source: usize,
    text: &str,
    quote: bool,
    flagged_ends: &[usize],
) {
    let mut at = 0;
    // Whether the line before ended in a hyphen after a letter.
    let mut hyphenated = false;
    for (n, line) in text.split('\n').enumerate() {
        let mut lead = line.len() - line.trim_start().len();
        if quote {
            let rest = line.get(lead..).unwrap_or("");
            let unmarked = rest.trim_start_matches('>');
            lead += rest.len() - unmarked.len();
            lead += unmarked.len() - unmarked.trim_start().len();
        }
        let words = line.get(lead..).unwrap_or("").trim_end();
        // `informa-` then `tion`: a word broken at the line's end is shown
        // whole, its hyphen kept (`well-` then `known` is a word too).
        let continues_word = hyphenated && words.starts_with(char::is_lowercase);
        if n > 0 && !continues_word {
            block.push_synthetic(source + at + lead, " ");
        }
        let mut tail = words.chars().rev();
        hyphenated = tail.next() == Some('-') && tail.next().is_some_and(char::is_alphabetic);
        block.push_flagged(source + at + lead, words, flagged_ends);
        at += line.len() + 1;
    }
}

/// How many spaces lie between the start of the line of `at` and `at`.
fn source_indent(article: &Article, at: usize) -> usize {
    let before = article.text.get(..at).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("");
    if line.bytes().all(|b| b == b' ') {
        line.len()
    } else {
        0
    }
}

/// The lines of a shown block wrapped to `width` columns, as byte ranges of
/// its text: each line of code on lines of its own, indent kept.
#[must_use]
pub fn wrap_block(block: &DisplayBlock, width: usize) -> Vec<Range<usize>> {
    if block.line_breaks.is_empty() {
        return wrap_ranges(&block.text, width);
    }
    let mut out = Vec::new();
    let mut from = 0;
    for end in block
        .line_breaks
        .iter()
        .copied()
        .chain(std::iter::once(block.text.len()))
    {
        let line = block.text.get(from..end).unwrap_or("");
        let mut lines = wrap_ranges(line, width);
        if let Some(first) = lines.first_mut() {
            first.start = 0;
        }
        out.extend(lines.into_iter().map(|r| from + r.start..from + r.end));
        from = end + 1;
    }
    out
}

/// Lines of `text` wrapped to `width` columns, as byte ranges of `text`
/// (trailing spaces left out). Words longer than a line are broken.
#[must_use]
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let words: Vec<textwrap::core::Word<'_>> =
        WordSeparator::UnicodeBreakProperties.find_words(text).collect();
    let words = break_words(words, width);
    #[allow(clippy::cast_precision_loss)]
    let lines = wrap_first_fit(&words, &[width as f64]);
    let base = text.as_ptr() as usize;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let (Some(first), Some(last)) = (line.first(), line.last()) else {
            continue;
        };
        let start = (first.word.as_ptr() as usize).saturating_sub(base);
        let end = (last.word.as_ptr() as usize).saturating_sub(base) + last.word.len();
        out.push(start.min(text.len())..end.min(text.len()));
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

/// Display width of a string in terminal columns.
#[must_use]
pub fn width_of(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_ranges(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(lines("漢字漢字 漢字", 8), ["漢字漢字", "漢字"]);
        assert_eq!(lines("🙂🙂🙂 x", 6), ["🙂🙂🙂", "x"]);
    }

    #[test]
    fn long_words_are_broken() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn control_characters_are_cleaned_and_offsets_follow() {
        let a = parse("a.txt", "T\n\nx\x1b[2Jy [1] z\n\nReferences\n[1] Roe.\n".into());
        let block = a
            .blocks
            .iter()
            .find(|b| a.slice(&b.range).starts_with('x'))
            .unwrap();
        let shown = display_block(&a, &block.range, block.kind, &[]);
        assert_eq!(shown.text, "x^[[2Jy [1] z");
        let marker = shown.display_range(&a.markers[0].range);
        assert_eq!(&shown.text[marker], "[1]");
    }

    #[test]
    fn lines_are_joined_without_indents_quotation_marks_or_a_space_after_a_words_hyphen() {
        let a = parse(
            "a.txt",
            "T\n\nHe wrote, at length and in full:\n\n> Vigorous writing\n>   is concise. [1]\n\nSome more of the body\n    set in.\n\nReferences\n[1] Roe.\n".into(),
        );
        let shown: Vec<String> = a
            .blocks
            .iter()
            .filter(|b| b.kind != BlockKind::Title)
            .map(|b| display_block(&a, &b.range, b.kind, &[]).text)
            .collect();
        assert_eq!(
            shown,
            [
                "He wrote, at length and in full:",
                "Vigorous writing is concise. [1]",
                "Some more of the body set in."
            ]
        );
        let broken = parse(
            "a.txt",
            "T\n\nThe informa-\ntion is well-\nknown, as is this -\nand that.[1]\n\nReferences\n[1] Roe.\n"
                .into(),
        );
        let body = broken
            .blocks
            .iter()
            .find(|b| broken.slice(&b.range).starts_with("The"))
            .unwrap();
        let shown = display_block(&broken, &body.range, body.kind, &[]);
        assert_eq!(
            shown.text,
            "The informa-tion is well-known, as is this - and that.[1]"
        );
        assert_eq!(&shown.text[shown.display_range(&broken.markers[0].range)], "[1]");
        let quote = a.blocks.iter().find(|b| b.kind == BlockKind::Quote).unwrap();
        let display = display_block(&a, &quote.range, quote.kind, &[]);
        assert_eq!(&display.text[display.display_range(&a.markers[0].range)], "[1]");
    }

    #[test]
    fn flagged_markers_get_a_sign() {
        let a = parse(
            "a.txt",
            "T\n\nOne [1] two [2].\n\nReferences\n[1] Roe.\n[2] Doe.\n".into(),
        );
        let block = a
            .blocks
            .iter()
            .find(|b| a.slice(&b.range).starts_with("One"))
            .unwrap();
        let shown = display_block(&a, &block.range, block.kind, &[a.markers[1].range.end]);
        assert_eq!(shown.text, "One [1] two [2]!.");
        assert_eq!(&shown.text[shown.display_range(&a.markers[1].range)], "[2]");
    }

    #[test]
    fn markdown_emphasis_is_hidden_and_styled() {
        let a = parse(
            "a.md",
            "# T\n\nSome *soft* and **hard** text.[^1]\n\n[^1]: Roe.\n".into(),
        );
        let block = a
            .blocks
            .iter()
            .find(|b| a.slice(&b.range).starts_with("Some"))
            .unwrap();
        let shown = display_block(&a, &block.range, block.kind, &[]);
        assert_eq!(shown.text, "Some soft and hard text.[^1]");
        let styled: Vec<&str> = shown
            .emphasis
            .iter()
            .map(|(r, _)| &shown.text[r.clone()])
            .collect();
        assert_eq!(styled, ["soft", "hard"]);
        let marker = shown.display_range(&a.markers[0].range);
        assert_eq!(&shown.text[marker], "[^1]");
    }
}
