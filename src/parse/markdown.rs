//! Markdown articles: `[^label]` footnote references and `[^label]: text`
//! definitions (indented continuation paragraphs included), read with
//! pulldown-cmark; the title from the first heading.
//!
//! Owns: the Markdown structure of an article. A Markdown file without
//! footnotes is read with the plain-text layout (a numbered list under a
//! `## References` heading). Must not: read fields or judge citations.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::lines::{byline_name, opens_a_box, trim_range, without_site_suffix};
use super::markers::FoundMarker;
use super::{Depth, front_matter, link, markers_in_blocks, new_reference, outside};
use crate::article::{Article, Block, BlockKind, Format, Text, line_starts};

/// Parses a Markdown article.
#[must_use]
pub fn parse_markdown(path: &str, text: Text, depth: Depth) -> Article {
    let text = hide_comments(text);
    let front = front_matter::read(&text);
    let body_from = front.as_ref().map_or(0, |f| f.end);
    let scan = scan(&text, body_from);
    // Code, in blocks or inline (`refs[1]`), holds no markers.
    let mut code: Vec<Range<usize>> = scan.code.iter().chain(&scan.inline_code).cloned().collect();
    code.sort_by_key(|r| r.start);
    let has_footnotes = !scan.definitions.is_empty()
        || !scan.references.is_empty()
        || !outside(&code, footnote_markers(&text, body_from..text.len())).is_empty();
    if !has_footnotes {
        let mut article = super::parse_plain_outside(path, text, depth, &code, front.as_ref());
        article.format = Format::Markdown;
        let from_front = front.as_ref().and_then(|f| f.title.clone());
        if article.title != from_front {
            article.title = article.title.map(|t| strip_heading_marks(&article.text, t));
        }
        if let Some(title) = article.title.clone()
            && let Some(block) = article.blocks.iter_mut().find(|b| b.kind == BlockKind::Title)
        {
            block.range = title;
        }
        // Below a saved page's links (`[Sign in](…)`), the first heading
        // is the title the plain layout could not tell.
        if article.title.is_none()
            && let Some(heading) = scan.headings.first()
            && let Some(block) = article
                .blocks
                .iter_mut()
                .find(|b| b.range.contains(&heading.range.start))
        {
            let title = strip_heading_marks(&article.text, heading.range.clone());
            block.kind = BlockKind::Title;
            block.range = title.clone();
            article.title = Some(title);
        }
        return article;
    }

    let mut blocks = Vec::new();
    // The first heading is the title when it is a level-one heading or
    // opens the text; else the front matter's title, if any.
    let first = scan.headings.first().filter(|h| {
        h.level == HeadingLevel::H1 || scan.paragraphs.first().is_none_or(|p| h.range.start < p.start)
    });
    let title_heading =
        first.filter(|h| h.level == HeadingLevel::H1 || front.as_ref().is_none_or(|f| f.title.is_none()));
    let title = title_heading
        .map(|h| without_site_suffix(&text, strip_heading_marks(&text, h.range.clone())))
        .or_else(|| front.as_ref().and_then(|f| f.title.clone()));
    if let Some(t) = &title {
        blocks.push(Block {
            kind: BlockKind::Title,
            range: t.clone(),
        });
    }
    // A `By Name` paragraph before any other paragraph is the byline; else
    // the front matter's author.
    let first_paragraph = scan.paragraphs.first().cloned();
    let byline_paragraph = first_paragraph.as_ref().and_then(|p| {
        let s = text.get(p.clone())?;
        let unemphasised = s.trim_matches(|c| c == '*' || c == '_');
        let shift = s.len() - s.trim_start_matches(['*', '_']).len();
        byline_name(unemphasised).map(|n| p.start + shift + n.start..p.start + shift + n.end)
    });
    let byline = byline_paragraph
        .clone()
        .or_else(|| front.as_ref().and_then(|f| f.author.clone()));
    let mut body: Vec<Block> = scan
        .headings
        .iter()
        .filter(|h| title_heading.is_none_or(|t| t.range != h.range))
        .map(|h| Block {
            kind: BlockKind::Heading,
            range: strip_heading_marks(&text, h.range.clone()),
        })
        .chain(
            scan.paragraphs
                .iter()
                .filter(|p| byline_paragraph.is_none() || Some(*p) != first_paragraph.as_ref())
                .map(|p| Block {
                    kind: BlockKind::Paragraph,
                    range: p.clone(),
                }),
        )
        .chain(scan.code.iter().map(|c| Block {
            kind: BlockKind::Code,
            range: c.clone(),
        }))
        .chain(scan.quotes.iter().map(|q| Block {
            kind: BlockKind::Quote,
            range: q.clone(),
        }))
        .collect();
    body.sort_by_key(|b| b.range.start);
    match (&byline_paragraph, &first_paragraph, &byline) {
        (Some(_), Some(p), _) => blocks.push(Block {
            kind: BlockKind::Byline,
            range: p.clone(),
        }),
        (None, _, Some(author)) => blocks.push(Block {
            kind: BlockKind::Byline,
            range: author.clone(),
        }),
        _ => {}
    }
    blocks.extend(body);

    let references = scan
        .definitions
        .iter()
        .map(|(label, range)| {
            let body = definition_body(&text, range);
            new_reference(
                &text,
                trim_range(&text, range),
                body,
                label.as_str().into(),
                label.parse().ok(),
                depth,
            )
        })
        .collect();
    let (markers, quoted_sentences) = markers_in_blocks(&text, &blocks, |range| {
        outside(&code, footnote_markers(&text, range))
    });
    link(
        Article {
            path: path.to_string(),
            format: Format::Markdown,
            line_starts: line_starts(&text),
            text,
            title,
            byline,
            blocks,
            markers,
            references,
            numbered_references: true,
            quoted_sentences,
        },
        depth,
    )
}

/// What pulldown-cmark found, as source ranges.
#[derive(Debug, Default)]
struct Scan {
    headings: Vec<Heading>,
    paragraphs: Vec<Range<usize>>,
    code: Vec<Range<usize>>,
    /// The paragraphs of block quotations.
    quotes: Vec<Range<usize>>,
    /// Code inside paragraphs (`` `refs[1]` ``), backticks included.
    inline_code: Vec<Range<usize>>,
    definitions: Vec<(String, Range<usize>)>,
    references: Vec<Range<usize>>,
}

/// A heading and its level.
#[derive(Debug)]
struct Heading {
    range: Range<usize>,
    level: HeadingLevel,
}

/// What pulldown-cmark finds in `text` from `from` on (before it, the
/// front matter).
fn scan(text: &str, from: usize) -> Scan {
    let mut out = Scan::default();
    let mut in_definition = 0usize;
    let mut in_item = 0usize;
    let mut in_quote = 0usize;
    // The depth of the quotation that is a box (a clipper's excerpt, a
    // callout) rather than words quoted, when inside one.
    let mut in_box = 0usize;
    let mut item_has_paragraph: Vec<bool> = Vec::new();
    // Each open item and where its first nested item starts: an item
    // without a paragraph (a tight list) is a block only up to its nested
    // list, so that nested items do not repeat each other's text (and
    // markers), and 50,000 nested items are not 50,000 blocks each running
    // to the end of the text.
    let mut items: Vec<(Range<usize>, Option<usize>)> = Vec::new();
    let options = Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        if range.start < from {
            continue;
        }
        match event {
            Event::Start(Tag::FootnoteDefinition(label)) => {
                in_definition += 1;
                out.definitions.push((label.to_string(), range));
            }
            Event::End(TagEnd::FootnoteDefinition) => in_definition = in_definition.saturating_sub(1),
            _ if in_definition > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => out.headings.push(Heading { range, level }),
            Event::Start(Tag::CodeBlock(_)) if in_item == 0 => out.code.push(range),
            Event::Start(Tag::BlockQuote(_)) => {
                in_quote += 1;
                // Only the outermost quotation is looked at: a box is one,
                // and its first line is read once, however deep the nesting.
                if in_quote == 1 && text.get(range.clone()).is_some_and(opens_a_box) {
                    in_box = in_quote;
                }
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                if in_box == in_quote {
                    in_box = 0;
                }
                in_quote = in_quote.saturating_sub(1);
            }
            Event::Start(Tag::Paragraph) => {
                if let Some(flag) = item_has_paragraph.last_mut() {
                    *flag = true;
                }
                if text.get(range.clone()).is_some_and(is_shortcode) {
                    // A site generator's shortcode, words of the page's
                    // template rather than of the article.
                    out.code.push(range);
                } else if in_quote > 0 && in_box == 0 {
                    out.quotes.push(range);
                } else {
                    out.paragraphs.push(range);
                }
            }
            Event::Start(Tag::Item) => {
                in_item += 1;
                item_has_paragraph.push(false);
                if let Some((_, first_child)) = items.last_mut() {
                    first_child.get_or_insert(range.start);
                }
                items.push((range, None));
            }
            Event::End(TagEnd::Item) => {
                in_item = in_item.saturating_sub(1);
                if item_has_paragraph.pop() == Some(true) {
                    items.pop();
                } else if let Some((item, first_child)) = items.pop() {
                    let own = item.start..first_child.unwrap_or(item.end);
                    let bare = text.get(own.clone()).is_none_or(|s| {
                        s.trim_matches(|c: char| {
                            c.is_whitespace() || "*-+.)".contains(c) || c.is_ascii_digit()
                        })
                        .is_empty()
                    });
                    if !bare {
                        out.paragraphs.push(own);
                    }
                }
            }
            Event::Start(Tag::HtmlBlock) if in_item == 0 && in_quote == 0 => {
                out.paragraphs.extend(html_block_text(text, range));
            }
            Event::FootnoteReference(_) => out.references.push(range),
            Event::Code(_) => out.inline_code.push(range),
            _ => {}
        }
    }
    let _ = in_item;
    // A table's rows are each a paragraph: a marker's sentence is its row.
    out.paragraphs = std::mem::take(&mut out.paragraphs)
        .into_iter()
        .flat_map(|p| table_rows(text, p))
        .collect();
    out.paragraphs.sort_by_key(|r| r.start);
    let mut seen = HashSet::new();
    out.paragraphs.retain(|r| seen.insert(r.start));
    out
}

/// The lines of words in an HTML block (a clipper's `<aside>` callout, a
/// `<summary>` over folded text), each a paragraph without the tags that
/// open and close it; none from a script or a style sheet.
fn html_block_text(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let s = text.get(block.clone()).unwrap_or("");
    let opening = s.trim_start().to_ascii_lowercase();
    if ["<script", "<style", "<textarea", "<pre"]
        .iter()
        .any(|tag| opening.starts_with(tag))
    {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut at = block.start;
    for line in s.split_inclusive('\n') {
        let mut inner = trim_range(text, &(at..at + line.len()));
        at += line.len();
        // The tags around the words: `<summary>…</summary>`.
        while let Some(rest) = text.get(inner.clone()).filter(|r| r.starts_with('<'))
            && let Some(close) = rest.find('>')
        {
            inner.start += close + 1;
        }
        while let Some(rest) = text.get(inner.clone()).filter(|r| r.ends_with('>'))
            && let Some(open) = rest.rfind('<')
        {
            inner.end = inner.start + open;
        }
        let inner = trim_range(text, &inner);
        if text
            .get(inner.clone())
            .is_some_and(|w| w.chars().any(char::is_alphanumeric))
        {
            found.push(inner);
        }
    }
    found
}

/// The rows of `paragraph` when all its lines are a table's rows, else the
/// paragraph.
fn table_rows(text: &str, paragraph: Range<usize>) -> Vec<Range<usize>> {
    let s = text.get(paragraph.clone()).unwrap_or("");
    let mut rows = Vec::new();
    let mut at = paragraph.start;
    for line in s.split_inclusive('\n') {
        if !super::plain::is_table_row(line) {
            return vec![paragraph];
        }
        rows.push(trim_range(text, &(at..at + line.len())));
        at += line.len();
    }
    if rows.len() > 1 { rows } else { vec![paragraph] }
}

/// `[^label]` references in a block, including ones with no definition
/// (which pulldown-cmark leaves as text).
fn footnote_markers(text: &str, range: Range<usize>) -> Vec<FoundMarker> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = slice.get(from..).and_then(|s| s.find("[^")) {
        let at = from + i;
        let rest = slice.get(at + 2..).unwrap_or("");
        let close = rest.find(']');
        match close {
            Some(c)
                if c > 0
                    && !rest.get(..c).unwrap_or(" ").contains(char::is_whitespace)
                    && !rest.get(c + 1..).unwrap_or("").starts_with(':') =>
            {
                let label = rest.get(..c).unwrap_or("").to_string();
                found.push(FoundMarker {
                    range: range.start + at..range.start + at + c + 3,
                    labels: std::iter::once(compact_str::CompactString::from(label)).collect(),
                });
                from = at + c + 3;
            }
            _ => from = at + 2,
        }
    }
    found
}

/// A heading's text without `#` marks or a setext underline.
fn strip_heading_marks(text: &str, range: Range<usize>) -> Range<usize> {
    let s = text.get(range.clone()).unwrap_or("");
    let first_line_len = s.find('\n').unwrap_or(s.len());
    let line = s.get(..first_line_len).unwrap_or("");
    let lead = line.len()
        - line
            .trim_start_matches(|c: char| c == '#' || c.is_whitespace())
            .len();
    let core = line
        .trim_start_matches(|c: char| c == '#' || c.is_whitespace())
        .trim_end();
    let core = core.trim_end_matches('#').trim_end();
    // Attributes for the site's generator: `## Origins {#origins .unnumbered}`.
    let core = core
        .strip_suffix('}')
        .and_then(|c| c.rfind(" {").map(|open| (c, open)))
        .filter(|(c, open)| c.get(open + 2..).is_some_and(|a| a.starts_with(['#', '.', ':'])))
        .map_or(core, |(c, open)| c.get(..open).unwrap_or(c).trim_end());
    range.start + lead..range.start + lead + core.len()
}

/// Whether a paragraph is a site generator's shortcode alone (Hugo's
/// `{{< figure caption="…" >}}`, `{{% note %}}`).
fn is_shortcode(paragraph: &str) -> bool {
    let t = paragraph.trim();
    (t.starts_with("{{<") && t.ends_with(">}}")) || (t.starts_with("{{%") && t.ends_with("%}}"))
}

/// `text` with its HTML comments (`<!-- wp:paragraph -->`) blanked out,
/// line breaks kept so that no offset or line number moves: a comment is
/// never shown, and holds no marker or entry. Only the HTML that
/// pulldown-cmark finds is looked in: `<!--` in code is text.
fn hide_comments(text: Text) -> Text {
    let finder = memchr::memmem::Finder::new("<!--");
    if finder.find(text.as_bytes()).is_none() {
        return text;
    }
    let html: Vec<Range<usize>> = Parser::new(&text)
        .into_offset_iter()
        .filter(|(event, _)| {
            matches!(
                event,
                Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) | Event::Html(_)
            )
        })
        .map(|(_, range)| range)
        .collect();
    let mut bytes = text.as_bytes().to_vec();
    for range in html {
        let mut from = range.start;
        while let Some(open) = bytes
            .get(from..range.end)
            .and_then(|b| finder.find(b))
            .map(|i| from + i)
        {
            let Some(close) = bytes
                .get(open + 4..)
                .and_then(|b| memchr::memmem::find(b, b"-->"))
                .map(|i| open + 4 + i + 3)
            else {
                break;
            };
            for b in bytes.get_mut(open..close).unwrap_or_default() {
                if !matches!(*b, b'\n' | b'\r') {
                    *b = b' ';
                }
            }
            from = close;
        }
    }
    // Whole characters became spaces: the text is still UTF-8.
    String::from_utf8(bytes).map_or(text, Text::from)
}

/// A definition's text after `[^label]:`.
fn definition_body(text: &str, range: &Range<usize>) -> Range<usize> {
    let s = text.get(range.clone()).unwrap_or("");
    let after = s.find("]:").map_or(0, |i| i + 2);
    trim_range(text, &(range.start + after..range.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_in_an_html_block_are_shown_without_their_tags() {
        let text = "# The Title\n\n<aside>\n💡 Key point: banks will not pay.\n\n</aside>\n\n\
                    <details>\n<summary>Quotes not checked yet</summary>\n\n- one quote\n\n</details>\n\n\
                    <script>\nvar x = 1;\n</script>\n\nA claim.[^1]\n\n[^1]: Roe, Jane. *A Book*. 2001.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        let paragraphs: Vec<&str> = a
            .blocks
            .iter()
            .filter(|b| b.kind == crate::article::BlockKind::Paragraph)
            .map(|b| a.slice(&b.range).trim())
            .collect();
        assert_eq!(
            paragraphs,
            [
                "💡 Key point: banks will not pay.",
                "Quotes not checked yet",
                "- one quote",
                "A claim.[^1]"
            ]
        );
    }

    #[test]
    fn footnotes_title_and_multi_paragraph_definitions() {
        let text = "# The Title\n\nBy Jane Roe\n\nA claim.[^1] Another.[^note]\n\n[^1]: Roe, Jane. *A Book*. 2001.\n\n    A second paragraph of the note.\n\n[^note]: Doe, John. \"A Paper.\" 2002.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        assert_eq!(a.title_text(), Some("The Title"));
        assert_eq!(a.byline_text(), Some("Jane Roe"));
        let labels: Vec<&str> = a.references.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["1", "note"]);
        assert!(a.slice(&a.references[0].body).contains("second paragraph"));
        assert_eq!(a.markers.len(), 2);
        assert_eq!(a.markers[1].targets.as_slice(), [Some(1)]);
    }

    #[test]
    fn a_reference_without_definition_is_still_a_marker() {
        let text = "# T\n\nClaim.[^1] Other.[^gone]\n\n[^1]: Roe, Jane. A Book. 2001.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        assert_eq!(a.markers.len(), 2);
        assert_eq!(a.markers[1].labels.as_slice(), ["gone"]);
        assert_eq!(a.markers[1].targets.as_slice(), [None]);
    }

    #[test]
    fn the_title_is_the_first_heading_below_a_pages_links_or_front_matter() {
        let text = "[Open in app](https://x.example/)\n\n[Sign in](https://x.example/in)\n\n# The Real Title\n\nClaim.[1]\n\n## Sources\n\n1. Roe, Jane. A Book. 2001.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        assert_eq!(a.title_text(), Some("The Real Title"));
        let text = "---\ntitle: \"Front Matter\"\ndate: 2024-02-11\n---\n\n# The Real Title\n\nClaim.[^1]\n\n[^1]: Roe, Jane. A Book. 2001.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        assert_eq!(a.title_text(), Some("The Real Title"));
    }

    #[test]
    fn a_code_block_is_a_block_of_its_own_without_markers() {
        let text = "# T\n\nHere is the code:\n\n```rust\nlet first = slots[1]; // [^1] is not a note\n```\n\nA claim.[^1]\n\n[^1]: Roe, Jane. A Book. 2001.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        let code: Vec<&str> = a
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Code)
            .map(|b| a.slice(&b.range))
            .collect();
        assert_eq!(code.len(), 1);
        assert!(code[0].contains("slots[1]"), "{code:?}");
        let markers: Vec<&str> = a.markers.iter().map(|m| a.slice(&m.range)).collect();
        assert_eq!(markers, ["[^1]"]);
    }

    #[test]
    fn a_shortcode_is_no_prose() {
        let text = "# T\n\n{{< figure src=\"/a.jpg\" caption=\"Day 4: grey liquid on top, and the smell.\" >}}\n\nA claim.[^1]\n\n[^1]: Roe, Jane. A Book. 2001.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        let code: Vec<&str> = a
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Code)
            .map(|b| a.slice(&b.range).trim_end())
            .collect();
        assert_eq!(
            code,
            ["{{< figure src=\"/a.jpg\" caption=\"Day 4: grey liquid on top, and the smell.\" >}}"]
        );
    }

    #[test]
    fn inline_code_holds_no_markers() {
        let with_notes = parse_markdown(
            "a.md",
            "# T\n\nThe file names `notes[^x]` and `refs[1]`, as the study did.[^1]\n\n[^1]: Roe, Jane. A Book. 2001.\n"
                .into(),
            Depth::Full,
        );
        let labels: Vec<&str> = with_notes.markers.iter().map(|m| m.labels[0].as_str()).collect();
        assert_eq!(labels, ["1"]);
        let numbered = parse_markdown(
            "a.md",
            "# T\n\nIndex it as `arr[2]`, as the study did.[1]\n\n## References\n\n1. Roe, Jane. A Book. 2001.\n2. Doe, John. Another. 2002.\n"
                .into(),
            Depth::Full,
        );
        let labels: Vec<&str> = numbered.markers.iter().map(|m| m.labels[0].as_str()).collect();
        assert_eq!(labels, ["1"]);
    }

    #[test]
    fn front_matter_gives_the_title_and_byline_and_is_never_body() {
        for (text, first_block) in [
            (
                "---\ntitle: \"Calm Technology\"\nauthor: \"Ines Carvalho\"\ndate: 2021-05-01\n---\n\n## Where it began\n\nWeiser named it.[1]\n\n## Notes\n\n1. Mark Weiser, \"The Computer for the 21st Century,\" Scientific American, 1991.\n",
                "Where it began",
            ),
            (
                "+++\ntitle = 'Calm Technology'\nauthors = [\"Ines Carvalho\", \"Ben Doe\"]\n+++\n\nWeiser named it.[^1]\n\n## Where it began\n\nMore.\n\n[^1]: Mark Weiser, \"The Computer for the 21st Century,\" Scientific American, 1991.\n",
                "Weiser named it.[^1]",
            ),
        ] {
            let a = parse_markdown("a.md", text.into(), Depth::Full);
            assert_eq!(a.title_text(), Some("Calm Technology"), "{text}");
            assert_eq!(a.byline_text(), Some("Ines Carvalho"), "{text}");
            let body: Vec<&str> = a
                .blocks
                .iter()
                .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading))
                .map(|b| a.slice(&b.range).trim_start_matches(['#', ' ']).trim_end())
                .collect();
            assert_eq!(body.first(), Some(&first_block), "{text}");
            assert!(
                body.iter().all(|b| !b.contains("date") && !b.contains("title")),
                "{body:?}"
            );
            assert_eq!(a.references.len(), 1);
            assert_eq!(a.markers[0].targets.as_slice(), [Some(0)]);
        }
    }

    #[test]
    fn a_level_one_heading_under_front_matter_is_shown_once() {
        let text = "---\ntitle: Calm\nauthor: Ines\n---\n\nCalm Technology\n===============\n\nWeiser named it.[1]\n\n## Notes\n\n1. Mark Weiser, \"The Computer for the 21st Century,\" Scientific American, 1991.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        assert_eq!(a.title_text(), Some("Calm Technology"));
        let shown: Vec<&str> = a.blocks.iter().map(|b| a.slice(&b.range)).collect();
        assert_eq!(
            shown.iter().filter(|s| s.contains("Calm Technology")).count(),
            1,
            "{shown:?}"
        );
    }

    #[test]
    fn a_level_one_heading_stays_the_title_and_a_later_section_heading_is_none() {
        let a = parse_markdown(
            "a.md",
            "Some opening words.[^1]\n\n## A Section {#section .unnumbered}\n\nMore.\n\n[^1]: Roe, Jane. A Book. 2001.\n".into(),
            Depth::Full,
        );
        assert_eq!(a.title_text(), None);
        let headings: Vec<&str> = a
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| a.slice(&b.range))
            .collect();
        assert_eq!(headings, ["A Section"]);
    }

    #[test]
    fn footnote_syntax_shown_in_code_leaves_the_numbered_list_in_use() {
        let text = "# Notes on syntax\n\nGitHub writes footnotes as `[^1]`, as the spec says.[1]\n\n```\nA claim.[^1]\n```\n\n## References\n\n1. John Gruber, \"Markdown: Syntax\", Daring Fireball, 2004.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        assert_eq!(a.references.len(), 1);
        let labels: Vec<&str> = a.markers.iter().map(|m| m.labels[0].as_str()).collect();
        assert_eq!(labels, ["1"]);
    }

    #[test]
    fn each_row_of_a_table_is_a_block_and_its_markers_sentence() {
        for text in [
            "# T\n\nBefore.[^a]\n\n| Year | Who |\n|------|-----|\n| 1676 | Rømer [^a] |\n| 1849 | Fizeau [^b] |\n\n[^a]: Roe, Jane. A Book. 2001.\n[^b]: Doe, John. Another. 2002.\n",
            "# T\n\nBefore.[1]\n\n| Year | Who |\n|------|-----|\n| 1676 | Rømer [1] |\n| 1849 | Fizeau [2] |\n\n## References\n\n1. Roe, Jane. A Book. 2001.\n2. Doe, John. Another. 2002.\n",
        ] {
            let a = parse_markdown("a.md", text.into(), Depth::Full);
            let rows: Vec<&str> = a
                .blocks
                .iter()
                .map(|b| a.slice(&b.range))
                .filter(|s| s.starts_with('|'))
                .collect();
            assert_eq!(rows.len(), 4, "{rows:?}");
            let last = a.markers.last().unwrap();
            assert_eq!(a.slice(&last.sentence).trim_end(), rows[3], "{text}");
        }
    }

    #[test]
    fn html_comments_are_neither_shown_nor_entries() {
        let text = "# Calm\n\n<!-- wp:paragraph -->\nWeiser named the field.[1] Brown added to it.[2]\n<!-- /wp:paragraph -->\n\n## Notes\n\n<!-- wp:list -->\n1. Mark Weiser, \"The Computer for the 21st Century,\" Scientific American, 1991.\n2. Mark Weiser and John Seely Brown, \"The Coming Age of Calm Technology,\" 1996.\n<!-- /wp:list -->\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        assert!(!a.text.contains("wp:"));
        assert_eq!(a.text.len(), text.len());
        // In code, `<!--` is text.
        let code = "# T\n\nTo hide text, write `<!--` before it. The browser skips it.[1] Then write `-->` after it.\n\n## References\n\n1. Roe, Jane. A Book. 2001.\n";
        let in_code = parse_markdown("a.md", code.into(), Depth::Full);
        assert_eq!(&*in_code.text, code);
        assert_eq!(in_code.markers.len(), 1);
        assert_eq!(a.references.len(), 2);
        assert!(
            a.slice(&a.references[0].body)
                .starts_with("Mark Weiser, \"The Computer")
        );
        let targets: Vec<_> = a.markers.iter().map(|m| m.targets[0]).collect();
        assert_eq!(targets, [Some(0), Some(1)]);
    }

    #[test]
    fn markdown_without_footnotes_uses_the_numbered_list() {
        let text = "# A Title\n\nClaim.[1]\n\n## References\n\n1. Roe, Jane. A Book. 2001.\n";
        let a = parse_markdown("a.md", text.into(), Depth::Full);
        assert_eq!(a.title_text(), Some("A Title"));
        assert_eq!(a.references.len(), 1);
        assert_eq!(a.markers[0].targets.as_slice(), [Some(0)]);
    }
}
