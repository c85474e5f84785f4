//! The front matter at the top of a Markdown file, as static site
//! generators write it: YAML between `---` lines, or TOML between `+++`
//! lines.
//!
//! Owns: where the front matter ends, and where its title and author
//! values lie. Must not: read any other key; the rest of the front matter
//! is never shown.

use std::ops::Range;

/// What the front matter tells the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    /// Where the article after it starts: past the closing delimiter's line.
    pub end: usize,
    /// The `title` value, without its quotes.
    pub title: Option<Range<usize>>,
    /// The first `author` (`authors`, `by`) value, without its quotes.
    pub author: Option<Range<usize>>,
}

/// At most this many lines are looked through for the closing delimiter:
/// a `---` rule at the top of an article without front matter must not
/// take in the text down to the next rule.
const MAX_LINES: usize = 200;

/// The front matter of `text`, if it opens with one. Its first line must
/// be a key (`title: …`, `title = …`), so that a rule drawn at the top of
/// an article is not taken for one.
#[must_use]
pub fn read(text: &str) -> Option<FrontMatter> {
    let mut lines = lines_with_starts(text);
    let (_, first) = lines.next()?;
    let delimiter = first.trim_end();
    if delimiter != "---" && delimiter != "+++" {
        return None;
    }
    let mut inside: Vec<(usize, &str)> = Vec::new();
    let mut end = None;
    for (start, line) in lines.take(MAX_LINES) {
        let bare = line.trim_end();
        if bare == delimiter || (delimiter == "---" && bare == "...") {
            end = Some(start + line.len());
            break;
        }
        inside.push((start, line));
    }
    let end = end?;
    // The key comes at once: a blank line after `---` is a rule and a
    // paragraph, as pulldown-cmark reads it too.
    key_value(inside.first()?.1)?;
    let mut title = None;
    let mut author = None;
    for (i, &(start, line)) in inside.iter().enumerate() {
        let Some((key, value)) = key_value(line) else {
            continue;
        };
        let value = start + value.start..start + value.end;
        match key.to_ascii_lowercase().as_str() {
            "title" if title.is_none() => title = scalar(text, value),
            "author" | "authors" | "by" | "byline" if author.is_none() => {
                author = first_item(text, value).or_else(|| {
                    let (item_start, item) = inside.get(i + 1)?;
                    let dash = item
                        .find("- ")
                        .filter(|&d| item.get(..d).is_some_and(|s| s.trim().is_empty()))?;
                    let item_range = item_start + dash + 2..item_start + item.trim_end().len();
                    scalar(text, item_range)
                });
            }
            _ => {}
        }
    }
    Some(FrontMatter { end, title, author })
}

/// The lines of `text`, line ends included, with where each starts.
fn lines_with_starts(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line))
    })
}

/// A top-level `key: value` or `key = value` line: the key, and where the
/// value lies in the line (trimmed; empty when the value is on the lines
/// below).
fn key_value(line: &str) -> Option<(&str, Range<usize>)> {
    let key_len = line
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        .count();
    if key_len == 0 || !line.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let rest = line.get(key_len..)?;
    let after_mark = rest.trim_start().strip_prefix([':', '='])?;
    let value_start = line.len() - after_mark.trim_start().len();
    let value_end = line.trim_end().len().max(value_start);
    Some((line.get(..key_len)?, value_start..value_end))
}

/// A value without the quotes around it; `None` when nothing is left or it
/// is not a plain value (a table, a list, a block).
fn scalar(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(range.clone())?;
    if s.starts_with(['{', '[', '|', '>']) {
        return None;
    }
    // A quoted value loses one byte of quote at each end.
    let (quote, unquoted) = ['"', '\'']
        .iter()
        .find_map(|&q| Some((1, s.strip_prefix(q)?.strip_suffix(q)?)))
        .unwrap_or((0, s));
    // A web clipper's wiki link: `"[[Contributors to Wikimedia projects]]"`.
    let (quote, unquoted) = unquoted
        .strip_prefix("[[")
        .and_then(|u| u.strip_suffix("]]"))
        .map_or((quote, unquoted), |u| (quote + 2, u));
    let trimmed = unquoted.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = range.start + quote + (unquoted.len() - unquoted.trim_start().len());
    Some(start..start + trimmed.len())
}

/// The first item of an inline list (`["Ada Roe", "Ben Doe"]`), else the
/// value itself.
fn first_item(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(range.clone())?;
    let Some(inner) = s.strip_prefix('[') else {
        return scalar(text, range);
    };
    let item_len = inner.find([',', ']']).unwrap_or(inner.len());
    scalar(text, range.start + 1..range.start + 1 + item_len)
}

#[cfg(test)]
mod tests {
    use super::read;

    fn values(text: &str) -> Option<(Option<&str>, Option<&str>, usize)> {
        let front = read(text)?;
        let value = |r: Option<std::ops::Range<usize>>| r.and_then(|r| text.get(r));
        Some((value(front.title), value(front.author), front.end))
    }

    #[test]
    fn yaml_and_toml_titles_and_first_authors() {
        let yaml =
            "---\ntitle: 'A Title: With Colon'\nauthor:\n  - \"[[Ada Roe]]\"\n  - Ben Doe\n---\nBody.\n";
        assert_eq!(
            values(yaml),
            Some((Some("A Title: With Colon"), Some("Ada Roe"), yaml.len() - 6))
        );
        let toml = "+++\ntitle = \"T\"\nauthors = [\"Ada Roe\", \"Ben Doe\"]\n+++\n";
        assert_eq!(values(toml), Some((Some("T"), Some("Ada Roe"), toml.len())));
        assert_eq!(values("---\nlayout: post\n...\n"), Some((None, None, 21)));
    }

    #[test]
    fn a_rule_at_the_top_is_not_front_matter() {
        assert_eq!(values("---\n\nSome prose, then a rule.\n\n---\n"), None);
        assert_eq!(values("---\ntitle: never closed\n"), None);
        assert_eq!(values("Title\n---\n"), None);
        assert_eq!(values("---\n\ntitle: Draft\n---\n"), None);
    }
}
