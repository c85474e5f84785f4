//! URLs in an entry: finding them (http, https, ftp, `www.`, `doi:`, a host
//! with a path and no scheme), joining
//! the pieces that a line break or inserted spaces split, and flagging what
//! is suspicious about them.
//!
//! Must not: judge whether the source behind a URL is still available.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::FoundUrl;

/// A URL and the byte range of the entry text that it, its angle brackets
/// and a lead-in such as `Retrieved from` occupy.
#[derive(Debug)]
pub struct UrlSpan {
    pub url: FoundUrl,
    pub span: Range<usize>,
}

/// Where a URL starts: a scheme (or one that lost its colon, `http//`,
/// which then does not parse), `www.` or a DOI.
static URL_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:https?://|https?//|ftp://|www\.|doi:\s?10\.|doi\.org/10\.)").expect("static regex")
});

/// An address written without its scheme or `www.`: a host in lower case
/// with a dot before its top-level domain, and then a path
/// (`ofac.treasury.gov/media/931876/download`). A host alone is a site's
/// name (`tehrantimes.com`), not an address.
static BARE_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/").expect("static regex")
});

/// Where the next URL in `rest` starts, and the length of what was
/// matched there: a scheme, `www.` or a DOI, or else an address without
/// them that is not part of a longer word or address (`a/b.org/`).
fn next_url_start(rest: &str) -> Option<(usize, usize)> {
    let marked = URL_START.find(rest).map(|m| (m.start(), m.len()));
    // Only before the next marked URL: the hosts inside it are its own.
    let before_marked = rest
        .get(..marked.map_or(rest.len(), |(start, _)| start))
        .unwrap_or_default();
    let bare = BARE_HOST
        .find_iter(before_marked)
        .find(|m| {
            !rest
                .get(..m.start())
                .and_then(|before| before.chars().next_back())
                .is_some_and(|c| matches!(c, '/' | '@' | '.' | ':' | '-' | '_'))
        })
        .map(|m| (m.start(), m.len()));
    bare.or(marked)
}

/// Words that introduce a URL and mean nothing without it.
static URL_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:retrieved\s+from|available\s*:|available\s+(?:at|from|online(?:\s+at)?)|accessible\s+at|\burl\s*:|\[online\]|\bonline\s*:)\s*:?\s*<?\s*$",
    )
    .expect("static regex")
});

/// Characters that end a URL when it is not inside angle brackets.
fn ends_url(c: char) -> bool {
    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '”' | '“' | '»' | '«') || is_direction_mark(c)
}

/// Every URL in `text`, in order.
pub fn find_urls(text: &str) -> Vec<UrlSpan> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((at, len)) = text.get(from..).and_then(next_url_start) {
        let start = from + at;
        let Some((url, span)) = read_url(text, start) else {
            from = start + len.max(1);
            continue;
        };
        from = span.end.max(start + 1);
        found.push(UrlSpan { url, span });
    }
    found
}

/// Whether the line after `end` opens with more of a path (`great-stink/`,
/// `index.html`), not with a word (`accessed 3 May 2011.`).
fn path_goes_on_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let next_line = rest.split_once('\n').map_or("", |(_, next)| next);
    let word = next_line.split_whitespace().next().unwrap_or("");
    word.contains(['/', '.', '-', '_', '=', '?']) && !word.ends_with(['.', ',']) || word.ends_with('/')
}

/// At most this many line breaks are taken out of one URL.
const MAX_LINE_BREAKS_TAKEN: usize = 4;

/// At most this many spaces are taken out of one URL.
const MAX_SPACES_TAKEN: usize = 8;

/// Reads one URL starting at `start` (the first byte of the scheme or `www.`).
fn read_url(text: &str, start: usize) -> Option<(FoundUrl, Range<usize>)> {
    let before = text.get(..start)?;
    let in_angle = before.trim_end().ends_with('<');
    let mut end = if in_angle {
        angle_url_end(text, start)
    } else {
        None
    }
    .unwrap_or_else(|| plain_url_end(text, start));
    if !in_angle {
        // A long URL in a narrow column may break over several lines;
        // past the first, only where a path goes on (`…/overview/the-`),
        // not after a full stop.
        for k in 0..MAX_LINE_BREAKS_TAKEN {
            let goes_on = text.get(start..end).is_some_and(|u| u.ends_with(['/', '-', '_']));
            if k > 0 && !(goes_on && path_goes_on_after(text, end)) {
                break;
            }
            let extended = extend_over_line_break(text, start, end);
            if extended == end {
                break;
            }
            end = extended;
        }
        end = extend_over_spaced_digits(text, end);
        end = extend_over_elision(text, end);
        // `https://www. thenation. com/…`: a URL may be cut at several
        // places.
        for _ in 0..MAX_SPACES_TAKEN {
            let extended = extend_over_space_after_open_end(text, start, end);
            if extended == end {
                break;
            }
            end = extended;
        }
    }
    let raw = text.get(start..end)?;
    let original = trim_url_tail(raw);
    if original.len() < 5 {
        return None;
    }
    let end = start + original.len();
    let url = describe(original);

    // The span to blank out covers brackets and a lead-in such as `Retrieved from`.
    let mut span_start = start;
    if let Some(m) = URL_LEAD_IN.find(before) {
        span_start = m.start();
    } else if in_angle {
        span_start = before.trim_end().len().saturating_sub(1);
    }
    let mut span_end = end;
    let after = text.get(end..).unwrap_or("");
    let after_trimmed = after.trim_start();
    if after_trimmed.starts_with('>') {
        span_end = text.len() - after_trimmed.len() + 1;
    }
    Some((url, span_start..span_end))
}

/// Inside `<…>`: everything up to the closing bracket, across line breaks and
/// spaces, provided the bracket closes soon and no blank line intervenes.
fn angle_url_end(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    let close = rest.find('>')?;
    let inner = rest.get(..close)?;
    if close > 600 || inner.contains('<') || inner.contains("\n\n") || inner.contains("\r\n\r\n") {
        return None;
    }
    // Prose inside the brackets is not part of the URL.
    if inner.split_whitespace().count() > 1 && !inner.split_whitespace().skip(1).all(looks_like_url_piece) {
        return None;
    }
    Some(start + close)
}

/// A piece of a URL after an inserted space or line break: no letters-only
/// words of prose, something path-like.
fn looks_like_url_piece(piece: &str) -> bool {
    let piece = piece.trim_end_matches(['.', ',']);
    !piece.is_empty()
        && (piece.starts_with('/')
            || piece.contains('/')
            || piece.contains(['?', '=', '&', '_', '%'])
            || piece.chars().all(|c| c.is_ascii_digit() || c == ',')
            || (piece.contains('.')
                && piece
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ',')))
            || piece.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-'))
}

fn plain_url_end(text: &str, start: usize) -> usize {
    let rest = text.get(start..).unwrap_or("");
    let mut skipping_doi_space = rest.to_ascii_lowercase().starts_with("doi: ");
    for (i, c) in rest.char_indices() {
        if skipping_doi_space && c == ' ' {
            skipping_doi_space = false;
            continue;
        }
        if ends_url(c) {
            return start + i;
        }
    }
    text.len()
}

/// A URL that reaches the end of its line continues on the next line when
/// the next line's first word plausibly continues it: the URL ends with `/`
/// (or `-`, `_`, `=`, `?`, `&`), or the next line is a single path-like word.
fn extend_over_line_break(text: &str, start: usize, end: usize) -> usize {
    let after = text.get(end..).unwrap_or("");
    let Some(newline) = after.find('\n') else {
        return end;
    };
    if !after.get(..newline).unwrap_or("").trim().is_empty() {
        return end;
    }
    let next_line_start = end + newline + 1;
    let next_line = text.get(next_line_start..).unwrap_or("");
    if next_line.starts_with(['\n', '\r'])
        || next_line
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r'])
    {
        return end;
    }
    let leading = next_line.len() - next_line.trim_start_matches([' ', '\t']).len();
    let next_line = next_line.trim_start_matches([' ', '\t']);
    let line_text = next_line.split('\n').next().unwrap_or("").trim_end();
    let first_word_len = line_text.find(char::is_whitespace).unwrap_or(line_text.len());
    let first_word = line_text.get(..first_word_len).unwrap_or("");
    let url_so_far = text.get(start..end).unwrap_or("");
    // `https://` alone: the address is all on the next line.
    let scheme_alone = url_so_far.ends_with("://");
    // A rule (`--`, `-----`) under the entry is no piece of its URL, nor is
    // a remark (`(accessed 8 October 2020)`) or the next item's number.
    let remark = first_word
        .strip_prefix('(')
        .is_some_and(|w| !w.is_empty() && w.chars().all(char::is_alphabetic));
    let item_number = first_word_len < line_text.len()
        && first_word
            .strip_suffix(['.', ')'])
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if first_word.is_empty()
        || (URL_START.is_match(first_word) && !scheme_alone)
        || first_word.starts_with('[')
        || !first_word.contains(char::is_alphanumeric)
        || remark
        || item_number
    {
        return end;
    }
    let open_ended = url_so_far.ends_with(['/', '-', '_', '=', '?', '&', '.']);
    let single_word_line = first_word_len == line_text.len();
    let path_like = first_word.contains(['/', '.', '_', '=', '?', '&', '-']) && !first_word.ends_with(':');
    // `…/29editornote.h` + `tml`, `…?id=5362` + `4`: the rest of a file
    // name's extension, or of a number.
    let completes_extension = url_so_far
        .rsplit_once('.')
        .filter(|(before, _)| before.contains('/'))
        .is_some_and(|(_, ext)| {
            FILE_EXTENSIONS.contains(&format!("{ext}{first_word}").to_ascii_lowercase().as_str())
        });
    let continues_digits =
        url_so_far.ends_with(|c: char| c.is_ascii_digit()) && first_word.bytes().all(|b| b.is_ascii_digit());
    // `…/fact-sheets/det` + `ail/antimicrobial-resistance (accessed …)`: a
    // path cut inside a word, its next segment on the next line (a word
    // with a slash inside is no word of prose, `and/or` aside).
    // A date (`11/25/26,`) or a page's count (`2/3`), as a browser prints
    // them over and under each page, is neither.
    let date_or_count = first_word
        .trim_end_matches(',')
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'/');
    let path_in_the_middle = url_so_far.matches('/').count() > 2
        && !date_or_count
        && !first_word.starts_with(char::is_uppercase)
        && first_word
            .split_once('/')
            .is_some_and(|(head, tail)| !head.is_empty() && !tail.is_empty())
        && first_word
            .contains(|c: char| c.is_ascii_digit() || matches!(c, '-' | '_' | '.' | '=' | '?' | '&' | '%'));
    if (open_ended && (!first_word.starts_with(char::is_uppercase) || path_like))
        || (single_word_line && (path_like || completes_extension || continues_digits))
        || path_in_the_middle
    {
        let word_end = first_word
            .char_indices()
            .find(|&(_, c)| ends_url(c))
            .map_or(first_word.len(), |(i, _)| i);
        return next_line_start + leading + word_end;
    }
    end
}

/// The extensions of the files a web page's address ends with, for
/// telling the rest of one on the next line (`.h` + `tml`).
const FILE_EXTENSIONS: &[&str] = &[
    "html", "htm", "shtml", "php", "asp", "aspx", "jsp", "cfm", "pdf", "xml", "doc", "docx", "xls", "xlsx",
    "ppt", "pptx", "csv",
];

/// `http://www. example.com/path`, `https://www.theguardian. com/world`,
/// `https://example.com/ world/story`: a URL that stops at a space right
/// after `www.`, `//`, a dot in its host or a slash continues with the
/// next word when that word is a host or path (and not a URL of its own).
/// So does a path cut after a hyphen before a number or a slug
/// (`…/world-us-canada- 36013703`), after a dot before a file's
/// extension (`…/china-sri-lanka-port. html`) or a DOI's suffix
/// (`…/10.1126/science. aac4716`), after a slash before a record's
/// number (`…/records/ 10234567`), a path to a file (`…/NSAEBB/
/// NSAEBB132/index.htm`, even when cut again before its extension) or a
/// document's code (`…/ frus1952-54Guat`);
/// and a path goes on with its file's extension (`…/94chile .pdf`).
fn extend_over_space_after_open_end(text: &str, start: usize, end: usize) -> usize {
    let url = text.get(start..end).unwrap_or("");
    let lower = url.to_ascii_lowercase();
    let in_host = lower
        .split_once("//")
        .map_or(lower.as_str(), |(_, rest)| rest)
        .find('/')
        .is_none();
    let open_end = lower.ends_with("www.")
        || lower.ends_with("//")
        || lower.ends_with('/')
        || (in_host && lower.ends_with('.'));
    let in_path = !in_host;
    let Some(rest) = text.get(end..) else {
        return end;
    };
    if !rest.starts_with(' ') {
        return end;
    }
    let next = rest.get(1..).unwrap_or("");
    let word_len = next.find(char::is_whitespace).unwrap_or(next.len());
    let word = next.get(..word_len).unwrap_or("");
    // `http:// www.csmonitor.com/…`: the scheme, then the host.
    let host_after_scheme = lower.ends_with("://") && word.to_ascii_lowercase().starts_with("www.");
    // (A path's folders may be in capitals after a slash:
    // `…/HRBodies/ Documents/A-HRC-27`.)
    let folders = lower.ends_with('/')
        && word.trim_end_matches('/').contains('/')
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.'))
        && word
            .bytes()
            .any(|b| b.is_ascii_digit() || matches!(b, b'-' | b'_'));
    let host_or_path = open_end
        && word.contains(['/', '.'])
        && (word.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()) || folders)
        && (!URL_START.is_match(word) || host_after_scheme);
    let bare_word = word.trim_end_matches(['.', ',', ';', ')']);
    // The rest of a slug in lower case, or with an identifier in capitals
    // at its end (`…/turkey- launches-operation-idUSKBN1WO1XJ`).
    let slug_after_hyphen = in_path
        && lower.ends_with('-')
        && !bare_word.is_empty()
        && bare_word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'/'))
        && (bare_word.bytes().all(|b| !b.is_ascii_uppercase())
            || (bare_word.contains('-') && bare_word.bytes().any(|b| b.is_ascii_digit())))
        && bare_word.bytes().any(|b| b.is_ascii_digit() || b == b'-');
    let extension_after_dot = in_path && lower.ends_with('.') && FILE_EXTENSIONS.contains(&bare_word);
    // `…/files/94chile .pdf`: a file's extension cut off with its dot,
    // before the line's end or a bracket (not `the .pdf version`), after a
    // last part of the path that has none.
    let rest_of_line = next
        .get(word_len..)
        .unwrap_or("")
        .split('\n')
        .next()
        .unwrap_or("");
    let no_word_follows = rest_of_line
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '(' | '[' | ',' | ';'));
    let dotted_extension = in_path
        && no_word_follows
        && !lower.rsplit('/').next().unwrap_or("").contains('.')
        && bare_word
            .strip_prefix('.')
            .is_some_and(|ext| FILE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()));
    // `…/NSAEBB/ NSAEBB132/index.htm`: the rest of a path to a file.
    let path_to_a_file = in_path
        && lower.ends_with('/')
        && bare_word.contains('/')
        && !URL_START.is_match(bare_word)
        && bare_word
            .rsplit_once('.')
            .is_some_and(|(_, ext)| FILE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()));
    // `…/NSAEBB/ NSAEBB132/index. htm`: the same, cut again before the
    // file's extension.
    let following_word = rest_of_line
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',', ';', ')']);
    let path_cut_before_extension = in_path
        && lower.ends_with('/')
        && word.contains('/')
        && word.ends_with('.')
        && !word.ends_with("..")
        && !URL_START.is_match(word)
        && FILE_EXTENSIONS.contains(&following_word);
    // `…/historicaldocuments/ frus1952-54Guat`: a document's code, in
    // lower case then letters, a year's digits or more and a hyphen (not
    // a word such as `covid19-related` or `g20-summit`).
    let code_after_slash = in_path
        && lower.ends_with('/')
        && bare_word.starts_with(|c: char| c.is_ascii_lowercase())
        && bare_word.contains('-')
        && bare_word.bytes().filter(u8::is_ascii_digit).count() >= 4
        && bare_word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    // `https://doi.org/10.1126/science. aac4716`: a DOI's suffix goes on
    // after its dot with letters and digits, which prose does not.
    let doi_after_dot = in_path
        && lower.ends_with('.')
        && lower.contains("/10.")
        && bare_word.bytes().all(|b| b.is_ascii_alphanumeric())
        && bare_word.bytes().any(|b| b.is_ascii_digit())
        && bare_word.bytes().any(|b| b.is_ascii_lowercase());
    // `https://zenodo.org/records/ 10234567`: a record's number after the
    // slash (longer than a year).
    let number_after_slash = in_path
        && lower.ends_with('/')
        && bare_word.len() >= 5
        && bare_word.bytes().all(|b| b.is_ascii_digit());
    // `https://www.crisisgroup.org/middle-east-north-africa/iran/ 245-irans-kurdish-opposition`:
    // a slug of three words or more after the slash.
    let slug_after_slash = in_path
        && lower.ends_with('/')
        && bare_word
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-')
        && bare_word.matches('-').count() >= 2;
    if host_or_path
        || slug_after_hyphen
        || slug_after_slash
        || extension_after_dot
        || dotted_extension
        || path_to_a_file
        || path_cut_before_extension
        || code_after_slash
        || doi_after_dot
        || number_after_slash
    {
        let stop = word
            .char_indices()
            .find(|&(_, c)| ends_url(c))
            .map_or(word.len(), |(i, _)| i);
        return end + 1 + stop;
    }
    end
}

static SPACED_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?: \d+,)* \d+[\w,-]*\.[A-Za-z]{2,5}\b").expect("static regex"));

/// `http://example.com/story/0, 4417, 302958, 00.html`: a URL that ends with a
/// comma followed by comma-separated numbers ending in a file name.
fn extend_over_spaced_digits(text: &str, end: usize) -> usize {
    let so_far = text.get(..end).unwrap_or("");
    if !so_far.ends_with(',') {
        return end;
    }
    match text.get(end..).and_then(|rest| SPACED_DIGITS.find(rest)) {
        Some(m) => end + m.end(),
        None => end,
    }
}

/// `https://www.example.com/science/ ... 4X08000907`: a forum or a mail
/// shortens a long link to its start and end, with an ellipsis between.
/// The end is a run of six or more letters and digits, with a digit in
/// it, that no word of prose is (not `2nd`).
static ELIDED_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ (?:\.\.\.|…) ([A-Za-z0-9_\-./?=&%#]*[0-9][A-Za-z0-9_\-./?=&%#]*)(?:\s|$)")
        .expect("static regex")
});

/// The end of a URL shortened with an ellipsis (see [`ELIDED_END`]) read
/// as part of it, when the part before stops where a path goes on.
fn extend_over_elision(text: &str, end: usize) -> usize {
    let open = text
        .get(..end)
        .is_some_and(|url| url.ends_with(['/', '-', '_', '=']));
    match text.get(end..).and_then(|rest| ELIDED_END.captures(rest)) {
        Some(c) if open && c.get(1).is_some_and(|tail| tail.len() >= 6) => {
            end + c.get(0).map_or(0, |m| m.as_str().trim_end().len())
        }
        _ => end,
    }
}

/// Drops punctuation that ends the sentence rather than the URL.
fn trim_url_tail(raw: &str) -> &str {
    let mut url = raw.trim_end();
    loop {
        let before = url;
        url = url.trim_end_matches(['.', ',', ';', ':', '\'', '’', '"', '”', '>', '!', '،', '؛']);
        if url.ends_with(')') && url.matches('(').count() < url.matches(')').count() {
            url = url.get(..url.len() - 1).unwrap_or(url);
        }
        if url.ends_with(']') && url.matches('[').count() < url.matches(']').count() {
            url = url.get(..url.len() - 1).unwrap_or(url);
        }
        if url == before {
            return url;
        }
    }
}

/// The repaired form and flags of a URL as written.
fn describe(original: &str) -> FoundUrl {
    let split_across_lines = original.contains('\n');
    // `doi: 10.1000/x`: the space after `doi:` is how PubMed writes it.
    let written = match original.get(..4) {
        Some(scheme) if scheme.eq_ignore_ascii_case("doi:") => original.get(4..).unwrap_or("").trim_start(),
        _ => original,
    };
    let has_spaces = written.split('\n').any(|line| line.trim().contains([' ', '\t']));
    let repaired: String = original
        .chars()
        .filter(|&c| !c.is_whitespace() && !is_invisible(c))
        .collect();
    let parsed = parse_repaired(&repaired);
    let ip_host = parsed
        .as_ref()
        .is_some_and(|u| matches!(u.host(), Some(url::Host::Ipv4(_) | url::Host::Ipv6(_))));
    FoundUrl {
        original: original.to_string(),
        unparseable: parsed.is_none(),
        repaired,
        split_across_lines,
        has_spaces,
        has_invisible: original.contains(is_invisible),
        ip_host,
        // Not an ellipsis at its end, a sentence's (`…/tunguska… see`),
        // unless it cuts a word of the path short (`…/what-was-the-…`).
        shortened: {
            let body = original.trim_end_matches(['…', '.']);
            body.contains('…')
                || body.contains("...")
                || (body.len() < original.len() && body.ends_with(['-', '/', '_']))
        },
    }
}

/// Characters that take no room on screen (zero-width spaces and joiners,
/// a soft hyphen, a byte-order mark): inside a URL, copied from a page, they
/// break it unseen.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// The marks and embeddings that set the direction of text (`U+200E`,
/// `U+202B`, `U+2067`…), which a page mixing Persian or Arabic with Latin
/// text puts around addresses: where one is, the address has ended.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A repaired URL parsed, with the scheme that `www.`, a DOI or a bare
/// host leaves out; `None` without a host that has a dot or is an IP
/// address.
pub(crate) fn parse_repaired(repaired: &str) -> Option<url::Url> {
    let lower = repaired.to_ascii_lowercase();
    let candidate = if lower.starts_with("www.") {
        format!("http://{repaired}")
    } else if let Some(doi) = lower.strip_prefix("doi:") {
        format!("https://doi.org/{}", repaired.get(repaired.len() - doi.len()..)?)
    } else if lower.starts_with("doi.org/") || (!lower.contains("://") && BARE_HOST.is_match(&lower)) {
        format!("https://{repaired}")
    } else {
        repaired.to_string()
    };
    let parsed = url::Url::parse(&candidate).ok()?;
    // A URL needs a host with a dot or an IP address to be usable.
    match parsed.host() {
        Some(url::Host::Domain(domain)) if domain.contains('.') => Some(parsed),
        Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)) => Some(parsed),
        _ => None,
    }
}

/// `text` with every URL span replaced by a space, so the rest of the entry
/// can be read without them.
pub fn blank_out(text: &str, urls: &[UrlSpan]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for found in urls {
        if found.span.start < from {
            continue;
        }
        out.push_str(text.get(from..found.span.start).unwrap_or(""));
        out.push(' ');
        from = found.span.end;
    }
    out.push_str(text.get(from..).unwrap_or(""));
    out
}
