//! The layout of a plain-text article: title, byline, body, reference list,
//! page furniture.
//!
//! Owns: where each part begins and ends, for articles as saved from the web
//! (breadcrumbs, a byline at the top or bottom, a whole article on one line,
//! the reference list found by heading, by separator or as the trailing `[1]`
//! run, sidebars after it). Must not: split entries (`parse::reflist`) or
//! find markers (`parse::markers`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::fields::dates::is_date_line;
use super::front_matter::FrontMatter;
use super::lines::{
    Line, TRADES, author_list, breadcrumb_end, byline_name, dated_name_line, email_subject,
    glued_link_number, heading_words, inline_reference_heading, is_ad_label, is_blank, is_chapter_label,
    is_count_of, is_cruft_line, is_download_stamp, is_email_header, is_field_label, is_page_chrome,
    is_page_credit, is_reference_heading, is_section_label, is_separator, is_site_name, is_title_like,
    is_wiki_tagline, lines_between, looks_like_a_name, name_with_trade, names_in, opens_a_box, trim_range,
    without_site_suffix,
};
use super::reflist::{EntryStyle, entry_label, first_year, lettered_label};

/// Where the parts of a plain-text article lie.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub title: Option<Range<usize>>,
    pub byline: Option<Range<usize>>,
    /// The body: from after the title and byline to the reference list.
    pub body: Range<usize>,
    /// The reference list's entries (heading and separator excluded).
    pub references: Option<Range<usize>>,
    /// Lists of notes inside the body, in order.
    pub middle_lists: Vec<MiddleList>,
    /// A list of lettered notes above the reference list (a wiki's `Notes`,
    /// `a. ^ …`, over its `References`): its entries.
    pub lettered_notes: Option<Range<usize>>,
    /// The lines between the title and a byline under it that are neither
    /// (a standfirst), in order.
    pub standfirst: Vec<Range<usize>>,
}

/// A list of notes that the body resumes after (an essay in parts, each
/// part with its notes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MiddleList {
    /// What the body leaves out: the heading and the entries.
    pub span: Range<usize>,
    /// The entries.
    pub entries: Range<usize>,
}

/// The headings the notes of a one-line article are looked for after.
const INLINE_HEADING_WORDS: &str =
    "References|Notes|Sources|Bibliography|Footnotes|Endnotes|Works Cited|Citations";

/// A reference heading and its colon inside a line, followed by the first
/// entry (`… References: [1] …`): the notes of an article saved as one line.
static INLINE_HEADING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[\s.!?”\x22])((?i:{INLINE_HEADING_WORDS})\s*:\s*)(\[1\]|1[.)]\s)"
    ))
    .ok()
});

/// The same without the colon (`… References [1] Author …`): only the
/// capitalised heading, and only before entry [1] and a capital.
static INLINE_BARE_HEADING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[\s.!?”\x22])((?:{INLINE_HEADING_WORDS})\s+)(\[1\])\s+\p{{Lu}}"
    ))
    .ok()
});

/// A run of dashes (or stars) inside a line followed by the first entry: the
/// separator of an article saved as one line. Stars and tildes are runs of
/// their own, so that the regex keeps its fast search for the dash class (a
/// class of all six is searched for a byte at a time: 17× slower).
static INLINE_SEPARATOR: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?:[-_=—]{5,}|\*{5,}|~{5,})\s*(\[1\]|\(1\)\s|1[.)]\s)").ok());

/// Finds the layout of `text`.
#[must_use]
pub fn layout(text: &str) -> Layout {
    layout_from(text, 0)
}

/// [`layout`] of the text from `from` on (a Markdown file's front matter
/// before it is no part of the article).
#[must_use]
pub fn layout_from(text: &str, from: usize) -> Layout {
    let from = page_start(text, from);
    let lines = lines_between(text, from, text.len());
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    let (mut layout, body_from_line) = read_header(text, &lines, from);
    let body_start = lines.get(body_from_line).map_or(text.len(), |l| l.start);

    let found = find_reference_list(text, &lines, body_from_line);
    let (body_end, mut refs_start) = (found.body_end, found.list_start);
    // Notes at the foot of each page: the list found is the first page's.
    // Where a list of its own follows the last page's notes (a paper's
    // bibliography), the pages are read as before: how notes and a list
    // of another kind make one list is left to a later change.
    let mut page_notes = page_foot_lists(text, &lines, body_start);
    let last_page_note = page_notes.last().map_or(0, |m| m.span.end);
    match refs_start {
        Some(start) if start >= last_page_note => page_notes.clear(),
        Some(_) => refs_start = None,
        None => {}
    }
    // A book's notes under the paragraphs that cite them: a list found
    // among them (their trailing run) is theirs.
    let footnotes = footnote_blocks(text, &lines, body_start);
    let last_footnote = footnotes.last().map_or(0, |m| m.span.start);
    if refs_start.is_some_and(|start| start <= last_footnote) {
        refs_start = None;
    }
    layout.lettered_notes = found.lettered_notes;
    let writer = layout.byline.clone().and_then(|b| text.get(b));
    let refs_end = refs_start.map_or(text.len(), |start| {
        let after: Vec<&Line> = lines.iter().filter(|l| l.start > start).collect();
        // A line that may also be a note's own words (about its author,
        // say) ends the notes only when no entry follows it.
        // Each line's label style, read once.
        let labels: Vec<Option<EntryStyle>> = after
            .iter()
            .map(|l| entry_label(line_text(l).trim_start()).map(|(_, style, _)| style))
            .collect();
        // The last entry labelled as the first is (`8600 Rockville Pike`
        // in a footer, or a page's number, has a label of another kind).
        let style = text.get(start..).and_then(entry_label).map(|(_, style, _)| style);
        let last_entry = labels
            .iter()
            .rposition(|s| s.is_some() && (style.is_none() || *s == style));
        let entry_follows = |i: usize| last_entry.is_some_and(|last| last > i);
        // Whether the next filled line under line `i`, past more ads'
        // labels, opens an entry of the list's kind.
        let entry_next = |i: usize| {
            (i + 1..after.len())
                .find(|&j| !is_blank(line_text(after[j])) && !is_ad_label(line_text(after[j])))
                .is_some_and(|j| style.is_some() && labels[j] == style)
        };
        let last_of_the_list = labels.iter().rposition(|s| s.is_some() && *s == style);
        // Under the last numbered entry, a blank line then a run of short
        // lines (or a longer run, with no blank line) is the page's footer
        // or menu (`Facebook`, `X`, `Email`), not the entry's own words.
        // A footer's lines are capitalised and unpunctuated, as verse
        // quoted in a note (`the plums`, `saving,`) is not.
        let short = |l: &Line| {
            let s = line_text(l).trim();
            !s.is_empty()
                && s.len() <= 40
                && s.split_whitespace().count() <= 4
                && !s.ends_with(['.', ',', ';', ':'])
                && !s.starts_with(char::is_lowercase)
        };
        // A post's score over its buttons (`412` over `Reply`, `Share`),
        // after a blank line (not `London: Spire,` over `2001`).
        let score_over_buttons = |i: usize| {
            let score = line_text(after[i]).trim().trim_end_matches(['k', 'K']);
            let button = |l: &Line| {
                matches!(
                    heading_words(line_text(l)).as_str(),
                    "reply" | "share" | "report" | "save" | "vote" | "upvote" | "downvote"
                )
            };
            i.checked_sub(1).is_some_and(|p| is_blank(line_text(after[p])))
                && (1..=6).contains(&score.len())
                && score.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && after.get(i + 1).is_some_and(|next| button(next))
        };
        let opens_a_footer = |i: usize| {
            let after_blank = i.checked_sub(1).is_some_and(|p| is_blank(line_text(after[p])));
            let run = if after_blank { FOOTER_RUN } else { 2 * FOOTER_RUN };
            style.is_some()
                && last_of_the_list.is_none_or(|last| i > last)
                && after
                    .get(i..i + run)
                    .is_some_and(|run| run.iter().all(|l| short(l)))
        };
        after
            .iter()
            .enumerate()
            .find(|&(i, l)| {
                let s = line_text(l);
                // An advertisement's label between two entries leaves
                // the list going on under it.
                (is_cruft_line(s) && !(is_ad_label(s) && entry_next(i)))
                    || (ends_the_notes(s, writer) && !entry_follows(i))
                    // A page's credit ends the notes unless an entry of
                    // theirs follows (a print view's `Source URL:` over
                    // its `Links:` list of another kind).
                    || (last_of_the_list.is_none_or(|last| last < i) && is_page_credit(s))
                    // A rule under the last entry (a newsletter's `====`
                    // over its links and its small print).
                    || (last_of_the_list.is_none_or(|last| last < i) && is_separator(s))
                    || (last_of_the_list.is_none_or(|last| last < i) && score_over_buttons(i))
                    || opens_a_footer(i)
            })
            .map_or(text.len(), |(_, l)| l.start)
    });
    let mut body_end = match refs_start {
        Some(_) => body_end,
        // With no reference list, page furniture in the second half ends the body.
        None => lines
            .iter()
            .skip(body_from_line.max(lines.len() / 2))
            .find(|l| is_cruft_line(line_text(l)))
            .map_or(text.len(), |l| l.start),
    };
    // Notes in the middle, the body resuming after them; the last list too
    // may be one.
    let middle = if !page_notes.is_empty() {
        page_notes
    } else if !footnotes.is_empty() {
        footnotes
    } else {
        middle_lists(text, &lines, body_start, refs_end)
    };
    if refs_start.is_some() && middle.last().map(|m| m.span.start) == Some(body_end) {
        refs_start = None;
        body_end = refs_end;
    }
    layout.middle_lists = middle.into_iter().filter(|m| m.span.end <= body_end).collect();
    // A byline on the last lines of the body.
    if layout.byline.is_none() {
        let tail = lines
            .iter()
            .rfind(|l| l.start >= body_start && l.end <= body_end && !is_blank(line_text(l)));
        if let Some(line) = tail
            && let Some(name) = byline_name(line_text(line))
        {
            layout.byline = Some(line.start + name.start..line.start + name.end);
            body_end = line.start;
        }
    }
    layout.body = body_start..body_end.max(body_start);
    // Blank lines under the last entry (an editor's `&nbsp;` among them)
    // are no part of the list.
    let refs_end = lines
        .iter()
        .rev()
        .skip_while(|l| l.start >= refs_end)
        .find(|l| !is_blank(line_text(l)))
        .map_or(refs_end, |l| refs_end.min(l.end));
    layout.references = refs_start.map(|s| s..refs_end.max(s));
    layout.title = layout.title.map(|t| without_site_suffix(text, t));
    take_labelled_header(text, &lines, &mut layout);
    layout
}

/// Whether a line is a long title in capitals that a comma carries on to
/// the next line (`… JOHN NICHOLS AND HIS CONTRIBUTORS,` over `1780–1815`):
/// five words or more, not a dateline (`LONDON,`), a name and its role
/// (`JOHN SMITH,`) or a dedication (`TO MY FATHER,`).
fn runs_on_past_a_comma(s: &str) -> bool {
    s.trim().strip_suffix(',').is_some_and(|h| {
        is_title_like(h) && !h.chars().any(char::is_lowercase) && h.split_whitespace().count() >= 5
    })
}

/// Whether a line is a site's button to subscribe or sign in, which a
/// newsletter puts under its name.
fn is_account_button(s: &str) -> bool {
    matches!(
        heading_words(s).as_str(),
        "subscribe" | "subscribe now" | "sign in" | "sign up" | "log in" | "login"
    )
}

/// The first line under a report's cover label (`Research Paper` over
/// `Environment and Society Programme` over `October 2025`): a first block
/// of short lines that opens with its kind and holds its date.
fn under_series_label(text: &str, lines: &[Line], block_end: usize) -> Option<usize> {
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    let block = lines.get(..block_end)?;
    let first = block.iter().find(|l| !is_blank(line_text(l)))?;
    let short = |l: &&Line| {
        let s = line_text(l).trim();
        s.split_whitespace().count() <= MENU_ITEM_WORDS + 2 && !s.ends_with(['.', ',', ';', ':'])
    };
    (is_section_label(line_text(first))
        && block.iter().all(|l| is_blank(line_text(l)) || short(&l))
        && block.iter().any(|l| is_date_line(line_text(l))))
    .then(|| (block_end..lines.len()).find(|&i| lines.get(i).is_some_and(|l| !is_blank(line_text(l)))))
    .flatten()
}

/// Where the reference list that [`layout`] finds in `text` starts, read
/// without the rest of the layout: what is above it and where it ends. The
/// list a layout then reads as notes in the middle of the body still
/// starts here.
#[must_use]
pub fn reference_list_start(text: &str) -> Option<usize> {
    let from = page_start(text, 0);
    let lines = lines_between(text, from, text.len());
    let (_, body_from_line) = read_header(text, &lines, from);
    find_reference_list(text, &lines, body_from_line).list_start
}

/// Where the reference list starts in `end`, a piece cut from an article's
/// end: as [`reference_list_start`], but the piece's first lines are the
/// body's, not a page's header.
#[must_use]
pub fn reference_list_start_in_end(end: &str) -> Option<usize> {
    let lines = lines_between(end, 0, end.len());
    find_reference_list(end, &lines, 0).list_start
}

/// Where the page of `text` starts from `from` on: under any archive
/// toolbars over it.
fn page_start(text: &str, mut from: usize) -> usize {
    while let Some(page) = below_archive_toolbar(text, from) {
        from = page;
    }
    from
}

/// The title, byline and standfirst at the top of the lines of `text` from
/// `from` on, and the line the body starts at under them.
fn read_header(text: &str, lines: &[Line], from: usize) -> (Layout, usize) {
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    let mut layout = Layout {
        body: from..text.len(),
        ..Layout::default()
    };

    // Title, after the page's breadcrumb, controls and navigation; then a
    // byline close below it. A breadcrumb that ends with the next line's
    // words says that line is the title, whatever the page put above it.
    let nonblank_lines = || lines.iter().enumerate().filter(|(_, l)| !is_blank(line_text(l)));
    let top: Vec<(usize, &Line)> = nonblank_lines().take(HEADER_SEARCH_LINES).collect();
    let under_breadcrumb = top.iter().enumerate().find_map(|(k, &(_, line))| {
        let end = breadcrumb_end(line_text(line))?;
        // The page's controls (`Print`, `Send to Friend`) may come between,
        // nothing else (a section's tag under the byline is no title). A
        // breadcrumb that ends with the section (`Home » Articles » MKO`)
        // is over a title of two words or more.
        top.iter()
            .skip(k + 1)
            .take(BREADCRUMB_TO_TITLE)
            .find(|&&(_, next)| !is_page_chrome(line_text(next)))
            .filter(|&&(_, next)| {
                let s = line_text(next);
                s.trim() == end
                    || (is_title_like(s)
                        && s.split_whitespace().nth(1).is_some()
                        && byline_name(s).is_none()
                        && !cites(s)
                        && !is_date_line(s))
            })
            .map(|&(i, _)| i)
    });
    // A wiki's title is the line above its tabs and tagline.
    let above_tagline = top
        .iter()
        .position(|&(_, l)| is_wiki_tagline(line_text(l)))
        .and_then(|k| {
            let above = top.get(..k)?;
            let t = above.iter().rposition(|&(_, l)| !is_page_chrome(line_text(l)))?;
            let (i, line) = above[t];
            // Above the title, only the page's menus and contents: a
            // paragraph or a byline there quotes a wiki further down.
            let menus_above = above[..t].iter().all(|&(_, l)| {
                let s = line_text(l).trim();
                s.len() <= MENU_LINE && byline_name(s).is_none()
            });
            (is_title_like(line_text(line)) && menus_above).then_some(i)
        });
    // A site's name over its menu, one short item a line (`Home`,
    // `Essays`, `About`), then a blank line: the title is under them.
    let block_end = lines
        .iter()
        .position(|l| is_blank(line_text(l)))
        .unwrap_or(lines.len());
    let block = lines.get(..block_end).unwrap_or_default();
    let is_menu_item = |l: &Line| {
        let s = line_text(l).trim();
        is_page_chrome(s)
            || (s.split_whitespace().count() <= MENU_ITEM_WORDS
                && !s.ends_with(['.', ':', ',', ';'])
                && byline_name(s).is_none()
                && !is_date_line(s))
    };
    let under_menu = (block.len() > MENU_ITEMS
        && block
            .first()
            .is_some_and(|l| line_text(l).trim().len() <= MENU_LINE)
        && block.iter().skip(1).all(is_menu_item))
    .then(|| {
        lines
            .iter()
            .enumerate()
            .skip(block_end)
            .find(|(_, l)| !is_blank(line_text(l)))
    })
    .flatten()
    // One word there is a section's label (`Atmosphere`), not a title.
    .filter(|(_, l)| {
        let s = line_text(l);
        is_title_like(s) && !is_page_chrome(s) && !cites(s) && s.split_whitespace().nth(1).is_some()
    })
    .map(|(i, _)| i);
    // A site's name and its tagline (`Eurasia Review` over `A Journal of
    // Analysis and News`), then a blank line: the title is the line under
    // them that a byline or a date follows, or under the date a blog puts
    // over each post (`Sunday, 9 October 2016`).
    // The page's controls above them (`Skip to main content`) aside.
    let masthead: Vec<&Line> = block.iter().filter(|l| !is_page_chrome(line_text(l))).collect();
    let under_tagline = (masthead.len() == 2
        && masthead.iter().all(|l| {
            let s = line_text(l).trim();
            s.split_whitespace().count() <= 8 && !s.ends_with(['.', ':']) && !cites(s)
        }))
    .then(|| {
        let mut after = lines
            .iter()
            .enumerate()
            .skip(block_end)
            .filter(|(_, l)| !is_blank(line_text(l)));
        let (mut i, mut title) = after.next()?;
        let dated_above = is_date_line(line_text(title));
        if dated_above {
            (i, title) = after.next()?;
        }
        let (_, next) = after.next()?;
        let s = line_text(title);
        // Under a post's date, the post's first paragraph follows.
        let opens_post = dated_above && line_text(next).split_whitespace().nth(PARAGRAPH_WORDS).is_some();
        let next = line_text(next);
        let signed =
            opens_post || byline_name(next).or_else(|| dated_name_line(next)).is_some() || is_date_line(next);
        (signed
            && is_title_like(s)
            && s.split_whitespace().nth(1).is_some()
            && !is_page_chrome(s)
            && !is_date_line(s)
            && !is_dateline(s)
            && byline_name(s).is_none())
        .then_some(i)
    })
    .flatten();
    // A headline underlined (`====`), as text converters write a page's
    // first heading.
    // Only a byline or a paragraph above it makes it a section's heading.
    let underlined = top.windows(2).enumerate().find_map(|(k, pair)| {
        let [(i, line), (j, under)] = pair else {
            return None;
        };
        let headed = top.get(..k).unwrap_or_default().iter().any(|&(_, l)| {
            let s = line_text(l);
            byline_name(s).is_some() || s.split_whitespace().nth(PARAGRAPH_WORDS).is_some()
        });
        let rule = line_text(under).trim();
        let s = line_text(line);
        (*j == i + 1
            && !headed
            && rule.len() >= 3
            && rule.bytes().all(|b| b == b'=')
            && is_title_like(s)
            && !is_page_chrome(s)
            && !is_reference_heading(s))
        .then_some(*i)
    });
    // `lynx -dump` indents a page's text and its numbered links (`   [2]The
    // Conversation`), not its headings: the first heading under the
    // links is the title.
    let indented = |s: &str| s.starts_with("   ");
    // The links open the page, and no paragraph comes before the heading.
    let under_text_browser_links = top
        .iter()
        .take(TEXT_BROWSER_LINKS_FROM)
        .position(|&(_, l)| {
            let s = line_text(l);
            indented(s) && glued_link_number(s.trim_start()) > 0 && is_page_chrome(s)
        })
        .and_then(|k| {
            top.iter()
                .skip(k + 1)
                .take_while(|&&(_, l)| line_text(l).split_whitespace().nth(PARAGRAPH_WORDS).is_none())
                .find(|&&(_, l)| {
                    let s = line_text(l);
                    !indented(s) && is_title_like(s) && !is_page_chrome(s) && !is_reference_heading(s)
                })
        })
        .map(|&(i, _)| i);
    // A mail that forwards the article, a note of its own above: the
    // title is the line under the forwarded mail's headers that its
    // subject ends with (`Subject: FW: Brief 25/11 - After Snapback`).
    let mail_header = |&(_, l): &(usize, &Line)| is_email_header(line_text(l).trim());
    let subject = top
        .iter()
        .rev()
        .find_map(|&(_, l)| email_subject(line_text(l).trim()))
        .map(str::to_lowercase);
    let under_mail_headers = subject
        .zip(top.iter().rposition(mail_header))
        .and_then(|(subject, k)| {
            top.iter().skip(k + 1).find(|&&(_, l)| {
                let s = text
                    .get(without_heading_marks(text, trim_range(text, l)))
                    .unwrap_or_default()
                    .to_lowercase();
                s.split_whitespace().nth(1).is_some() && subject.ends_with(&s)
            })
        })
        .map(|&(i, _)| i);
    let known_title = underlined
        .or(under_mail_headers)
        .or(under_text_browser_links)
        .or(under_breadcrumb)
        .or(above_tagline)
        .or(under_menu)
        .or(under_tagline)
        .or_else(|| {
            // A forum's thread, under its menus and nothing that reads as
            // a title: `Thread: Was the …?`.
            let k = top.iter().position(|&(_, l)| thread_label(line_text(l)) > 0)?;
            let under_menus = top.iter().take(k).all(|&(_, l)| {
                let s = line_text(l);
                is_page_chrome(s) || !is_title_like(s)
            });
            under_menus.then(|| top.get(k).map(|&(i, _)| i)).flatten()
        })
        .or_else(|| signed_headline(text, &top))
        .or_else(|| under_series_label(text, lines, block_end));
    let mut nonblank = nonblank_lines().skip_while(|(i, _)| known_title.is_some_and(|t| *i < t));
    let mut body_from_line = 0;
    if let Some((mut i, mut first)) = nonblank.next() {
        // The page's chrome, and the site's name above a title; a word
        // that names a control right over a byline is a title (`Home`).
        let mut ahead = nonblank.clone();
        // A date line (`Published: 14 May 2025`) is no title either.
        while (((is_page_chrome(line_text(first))
            || is_date_line(line_text(first))
            || is_account_button(line_text(first)))
            && !(line_text(first).split_whitespace().count() == 1
                && ahead
                    .clone()
                    .next()
                    .is_some_and(|(_, next)| byline_name(line_text(next)).is_some())))
            || ((is_site_name(line_text(first))
                || is_chapter_label(line_text(first))
                || is_post_details(line_text(first)))
                && ahead.clone().next().is_some_and(|(_, next)| {
                    let next = line_text(next);
                    // (A title in capitals may go on past a comma.)
                    (is_title_like(next) || runs_on_past_a_comma(next)) && byline_name(next).is_none()
                }))
            // `Signal & Noise` over `Subscribe` and `Sign in`: a
            // newsletter's name over its buttons.
            // (A title still comes under the buttons, not a byline.)
            || (ahead
                .clone()
                .next()
                .is_some_and(|(j, next)| j == i + 1 && is_account_button(line_text(next)))
                && ahead
                    .clone()
                    .find(|(_, l)| !is_account_button(line_text(l)))
                    .is_some_and(|(_, l)| {
                        let s = line_text(l);
                        is_title_like(s) && byline_name(s).is_none() && !looks_like_a_name(s)
                    })))
            && let Some((j, next)) = nonblank.next()
        {
            (i, first) = (j, next);
            ahead = nonblank.clone();
        }
        let followed_by_more = lines.iter().skip(i + 1).any(|l| !is_blank(line_text(l)));
        // `PROXIES AND PAYMASTERS:` over `FINANCING THE AXIS OF RESISTANCE`,
        // `SUEZ 1956: COLLUSION, CREDIT` over `AND THE END OF …`: a title
        // that a colon, or a joining word in capitals, carries on to the
        // line under it.
        let carried_on = lines.get(i + 1).filter(|next| {
            let (head, s) = (line_text(first).trim_end(), line_text(next));
            let colon = head.strip_suffix(':').is_some_and(is_title_like);
            // `… JOHN NICHOLS AND HIS CONTRIBUTORS,` over `1780–1815`: a
            // title in capitals that a comma carries on to its dates.
            let comma_in_capitals = runs_on_past_a_comma(head) && s.split_whitespace().count() <= 6;
            let joined_in_capitals = is_title_like(head)
                && [head, s].iter().all(|l| !l.chars().any(char::is_lowercase))
                && s.split_whitespace()
                    .next()
                    .is_some_and(|w| ["AND", "OF", "OR", "&"].contains(&w));
            // `TinyAD: Sub-Milliwatt Anomaly Detection for` over `Bearing
            // Vibration on Microcontrollers`: a line that stops on a small
            // word, as a paper's title wraps.
            // (In title case: `The jobs nobody applies for` over its
            // standfirst is a whole title.)
            let title_case = head
                .split_whitespace()
                .filter(|w| w.chars().count() > 3)
                .all(|w| w.starts_with(|c: char| !c.is_lowercase()));
            let stops_on_a_small_word = is_title_like(head)
                && title_case
                && head.split_whitespace().nth(2).is_some()
                && head.split_whitespace().next_back().is_some_and(|w| {
                    matches!(
                        w,
                        "for"
                            | "of"
                            | "and"
                            | "the"
                            | "in"
                            | "on"
                            | "to"
                            | "with"
                            | "a"
                            | "an"
                            | "from"
                            | "between"
                    )
                })
                && s.trim_start().starts_with(char::is_uppercase);
            (colon || joined_in_capitals || stops_on_a_small_word || comma_in_capitals)
                && is_title_like(s)
                && !is_page_chrome(s)
                && byline_name(s).is_none()
                && !cites(s)
        });
        if let Some(next) = carried_on {
            layout.title = Some(trim_range(text, first).start..trim_range(text, next).end);
            nonblank.next();
            (i, first) = (i + 1, next);
            body_from_line = i + 1;
        } else if is_title_like(line_text(first))
            && followed_by_more
            && byline_name(line_text(first)).is_none()
            && !cites(line_text(first))
        {
            let title = without_heading_marks(text, trim_range(text, first));
            let label = thread_label(line_text(first).trim_start());
            layout.title = Some(title.start + label..title.end);
            // The page's tabs and tagline under the title (`Article`,
            // `Talk`, `From Wikipedia, …`) are no part of the body.
            body_from_line = lines
                .iter()
                .enumerate()
                .skip(i + 1)
                .find(|(_, l)| !is_blank(line_text(l)) && !is_page_chrome(line_text(l)))
                .map_or(i + 1, |(j, _)| j);
        }
        // One more than the header: the line under a byline on its last.
        let below: Vec<(usize, &Line)> = nonblank.take(HEADER_LINES + 1).collect();
        let byline = below
            .iter()
            .take(HEADER_LINES)
            .enumerate()
            .find_map(|(k, &(j, line))| {
                let s = line_text(line);
                // `Nora Whitcombe` over `Mar 04, 2025`: the writer's name
                // alone on its line, the date under it.
                let name_over_date = || {
                    // Under the name, a button or two (`Follow`, `11 min
                    // read`, `·`) may come before the date.
                    let dated = dated_below(below.iter().skip(k + 1).map(|&(_, next)| line_text(next)));
                    let lead = s.len() - s.trim_start().len();
                    let section = s
                        .split_whitespace()
                        .any(|w| SECTION_WORDS.contains(&w.to_lowercase().as_str()));
                    (dated && looks_like_a_name(s.trim()) && !section).then_some(lead..lead + s.trim().len())
                };
                // `Show Name · November 6, 2026` over `Hosted by Name`: the
                // name the line under gives outright is the writer's.
                let named_below = || {
                    below
                        .get(k + 1)
                        .is_some_and(|&(_, next)| byline_name(line_text(next)).is_some())
                };
                let name = byline_name(s).or_else(|| {
                    if named_below() {
                        return None;
                    }
                    dated_name_line(s)
                        .or_else(name_over_date)
                        .or_else(|| author_list(s))
                        .or_else(|| name_with_trade(s))
                })?;
                let found = (k, j, line.start + name.start..line.start + name.end);
                // `By RSIS` over `By Nilanthi Perera`: the institution, then
                // the writer.
                let institution = !looks_like_a_name(text.get(found.2.clone())?);
                let writer = below.get(k + 1).and_then(|&(next_j, next)| {
                    let name = byline_name(line_text(next))?;
                    // `Nilanthi Perera*`: the star points to a note on her.
                    let written = text.get(next.start + name.start..next.start + name.end)?;
                    let end = next.start + name.start + written.trim_end_matches('*').len();
                    let range = next.start + name.start..end;
                    looks_like_a_name(text.get(range.clone())?).then_some((k + 1, next_j, range))
                });
                Some(if institution {
                    writer.unwrap_or(found)
                } else {
                    found
                })
            });
        if let Some((k, j, name)) = byline {
            let header: Vec<(usize, &Line)> = std::iter::once((i, first))
                .chain(below.iter().take(k).copied())
                .collect();
            // Controls between the first line and the byline (`Print
            // version of this article`) say the first is the site's.
            // A paragraph that cites, or an entry, between them says the
            // byline is the one a blog prints under the post.
            let under_the_title = k < BYLINE_UNDER_TITLE
                && !below.iter().take(k).any(|&(_, l)| {
                    let s = line_text(l);
                    is_page_chrome(s) || cites(s) || entry_label(s.trim_start()).is_some()
                });
            if under_the_title || is_page_header(text, &header) {
                // A masthead in capitals (`THE DOCKET REVIEW`) above the
                // headline is no title either.
                let masthead = k > 0 && {
                    let s = line_text(first);
                    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
                };
                // Nor is a section's label of two words in sentence case
                // (`Digital rights`) over a longer headline in Title Case
                // (a headline over its standfirst, `Snapback` over `How
                // the sanctions came back`, stays the title).
                let words = |s: &str| s.split_whitespace().count();
                let label = line_text(first);
                let section_label = k > 0
                    && words(label) == SECTION_LABEL_WORDS
                    && is_sentence_case(label)
                    && below.first().is_some_and(|&(_, next)| {
                        let s = line_text(next);
                        is_title_like(s)
                            && !is_sentence_case(s)
                            && words(s) > words(label) + 1
                            && !is_page_chrome(s)
                    });
                if !under_the_title || masthead || section_label {
                    layout.title = header_title(text, &header).or(layout.title);
                }
                // The standfirst, or a headline not read as the title, under
                // the title: kept, not its dates or the page's furniture.
                let title_start = layout.title.as_ref().map(|t| t.start);
                layout.standfirst = header
                    .iter()
                    .filter(|(_, l)| title_start.is_none_or(|t| l.start > t))
                    .map(|(_, l)| trim_range(text, l))
                    .filter(|l| {
                        let s = text.get(l.clone()).unwrap_or("");
                        !is_page_chrome(s) && !is_date_line(s) && !is_site_name(s)
                    })
                    .collect();
                layout.byline = Some(name);
                // The date a page prints under its byline is not the body.
                let dated = below.get(k + 1).filter(|(_, l)| is_date_line(line_text(l)));
                body_from_line = body_from_line.max(dated.map_or(j, |&(d, _)| d) + 1);
            }
        }
        if layout.title.is_none() && layout.byline.is_none() {
            body_from_line = 0;
        }
    }
    (layout, body_from_line)
}

/// The line of `top` (the page's first lines, with their numbers) that a
/// signature follows, a standfirst at most between them, before any
/// paragraph or citing line: a headline under a page's banners and
/// menus (`Who Watched the Green Movement?` over `Posted by Ann Roe on
/// June 28, 2011`; a headline, its standfirst, `Laura Rozen`, `Sep 02,
/// 2025`). Only right under a control, and under two lines or more that
/// are not controls: else the line above is the headline or its kicker
/// (`Snapback` over its standfirst), which the header's reading settles.
fn signed_headline(text: &str, top: &[(usize, &Line)]) -> Option<usize> {
    let line_text = |k: usize| top.get(k).and_then(|&(_, l)| text.get(l.clone())).unwrap_or("");
    // A byline, a date, a writer's name over a date, or a label such as
    // `From:` or `Published:` over them.
    let signs = |k: usize| {
        let s = line_text(k);
        byline_name(s).is_some()
            || dated_name_line(s).is_some()
            || is_date_line(s)
            || is_field_label(s)
            || (looks_like_a_name(s.trim()) && dated_below((k + 1..top.len()).map(line_text)))
    };
    let paragraph = |k: usize| {
        let s = line_text(k);
        s.split_whitespace().nth(PARAGRAPH_WORDS).is_some() && !is_title_like(s)
    };
    // The headline is above the body's first paragraph, and a signature
    // signs the headline above it: the search ends at either.
    let body = (0..top.len())
        .find(|&k| paragraph(k) || cites(line_text(k)))
        .unwrap_or(top.len());
    let first_sign = (0..body).find(|&k| signs(k)).unwrap_or(body);
    let mut text_above = 0;
    (0..first_sign).find_map(|k| {
        let s = line_text(k);
        let under_controls = text_above >= 2 && k > 0 && is_page_chrome(line_text(k - 1));
        if !is_page_chrome(s) {
            text_above += 1;
        }
        let headline = under_controls
            && is_title_like(s)
            && s.split_whitespace().nth(1).is_some()
            && !is_page_chrome(s)
            && !signs(k);
        let signed = signs(k + 1) || (!is_page_chrome(line_text(k + 1)) && signs(k + 2));
        (headline && signed)
            .then(|| top.get(k).map(|&(i, _)| i))
            .flatten()
    })
}

/// Whether a line cites (`… a danger.[1]`, `…danger.¹`): a sentence of the
/// body, never the title.
fn cites(s: &str) -> bool {
    let bracket = s.match_indices('[').any(|(i, _)| {
        s.get(i + 1..)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    bracket || s.chars().any(|c| super::markers::superscript_digit(c).is_some())
}

/// A page that labels its header (`Title: …`, `Authors: …`, as a preprint
/// server's abstract page does): the labelled title and authors are the
/// title and byline, and the body starts below them.
fn take_labelled_header(text: &str, lines: &[Line], layout: &mut Layout) {
    let labelled = |label: &str| {
        lines
            .iter()
            .filter(|l| !is_blank(text.get((*l).clone()).unwrap_or("")))
            .take(HEADER_LINES)
            .find_map(|l| {
                let s = text.get(l.clone())?;
                let value = s.strip_prefix(label)?;
                let start = l.start + label.len() + (value.len() - value.trim_start().len());
                let range = trim_range(text, &(start..l.end));
                (!range.is_empty()).then_some((range, l.end))
            })
    };
    let Some((title, mut header_end)) = labelled("Title:") else {
        return;
    };
    layout.title = Some(title);
    if let Some((authors, end)) = labelled("Authors:").or_else(|| labelled("Author:")) {
        layout.byline = Some(authors);
        header_end = header_end.max(end);
    }
    if layout.body.start <= header_end {
        layout.body.start = (header_end + 1).min(layout.body.end.max(header_end));
        layout.standfirst.clear();
    }
}

/// Gives `layout` the title and byline of a Markdown file's front matter.
/// The title the layout read from the text goes back to the body, the
/// lines under it with it, unless it is a level-one heading (`# Title`),
/// which stays the title; the byline is the front matter's only where the
/// text has none.
pub fn take_front_matter(text: &str, layout: &mut Layout, front: &FrontMatter) {
    if let Some(title) = front.title.clone() {
        // `# Title`, or `Title` over a line of `=`.
        let level_one = layout.title.as_ref().is_some_and(|t| {
            let underline = text
                .get(t.end..)
                .and_then(|rest| rest.split('\n').nth(1))
                .is_some_and(|l| !l.trim().is_empty() && l.trim().chars().all(|c| c == '='));
            text.get(t.clone()).is_some_and(|s| s.starts_with("# ")) || underline
        });
        if !level_one {
            if let Some(taken) = layout.title.take() {
                let header = taken.start..layout.body.start;
                layout.body.start = taken.start;
                layout.standfirst.clear();
                layout.byline = layout.byline.take().filter(|b| !header.contains(&b.start));
            }
            layout.title = Some(title);
        }
    }
    if layout.byline.is_none() {
        layout.byline.clone_from(&front.author);
    }
}

/// The lists of notes between `from` and `until` that the body resumes
/// after: a reference heading, entries, then text that is not an entry and
/// cites a number beyond the last entry (`[5]` after notes 1 to 4), or a
/// heading and paragraphs of prose (the essay's next part).
fn middle_lists(text: &str, lines: &[Line], from: usize, until: usize) -> Vec<MiddleList> {
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    let starts_entry = |l: &Line| entry_label(line_text(l).trim_start());
    let first = lines.partition_point(|l| l.start < from);
    let last = lines.partition_point(|l| l.start < until);
    let window = lines.get(first..last).unwrap_or_default();
    let mut found: Vec<MiddleList> = Vec::new();
    for (i, heading) in window.iter().enumerate() {
        if found.last().is_some_and(|m| heading.start < m.span.end)
            || !is_reference_heading(line_text(heading))
        {
            continue;
        }
        let rest = window.get(i + 1..).unwrap_or_default();
        let Some(opening) = rest.iter().position(|l| !is_blank(line_text(l))) else {
            continue;
        };
        if starts_entry(&rest[opening]).is_none() {
            continue;
        }
        // The entries, one after the other: entry lines, and lines right
        // under them; a blank line then anything but an entry ends them,
        // unless the entry's label stood alone on its line (`^`, then its
        // text under a blank line, as LessWrong's notes copy). Entries with
        // no number (`^`) are counted.
        let (mut end, mut last_number, mut after_blank) = (rest[opening].end, 0u64, false);
        let mut label_alone = false;
        let mut next = rest.len();
        for (k, l) in rest.iter().enumerate().skip(opening) {
            let s = line_text(l);
            if is_blank(s) {
                after_blank = true;
                continue;
            }
            match starts_entry(l) {
                Some((number, _, len)) => {
                    last_number = number.unwrap_or(last_number.saturating_add(1)).max(last_number);
                    label_alone = len >= s.trim().len();
                }
                None if !after_blank || label_alone => label_alone = false,
                // A page's footer between two entries (`Page 7   GAO-25-41
                // Fraud Risk`), the next entry right under it.
                None if page_footer_between_entries(text, rest, k, last_number) => {
                    after_blank = false;
                    continue;
                }
                None => {
                    next = k;
                    break;
                }
            }
            end = l.end;
            after_blank = false;
        }
        let after: Vec<&Line> = rest
            .get(next..)
            .unwrap_or_default()
            .iter()
            .take_while(|l| !is_reference_heading(line_text(l)))
            .collect();
        let cites_on = after
            .iter()
            .any(|l| starts_entry(l).is_none() && cites_beyond(line_text(l), last_number));
        // A heading, then paragraphs of prose: the next part of the essay.
        let next_part = after.first().is_some_and(|l| is_title_like(line_text(l).trim()))
            && prose_paragraphs(text, after.get(1..).unwrap_or_default()) >= 2;
        let resumes = cites_on || next_part;
        if resumes {
            found.push(MiddleList {
                span: heading.start..end,
                entries: rest[opening].start..end,
            });
        }
    }
    found
}

/// Whether line `k` of `lines` is the footer of a page that turns inside
/// a list of notes: one line not ending as a sentence does, that opens
/// with the page's number (`Page 7`, `7`) or is that number, with the
/// entry after note `last_number` under it (the rest of the note cut by
/// the page may come first).
fn page_footer_between_entries(text: &str, lines: &[Line], k: usize, last_number: u64) -> bool {
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    let Some(s) = lines.get(k).map(line_text) else {
        return false;
    };
    let t = s.trim();
    let numbered = is_page_number(t)
        || t.strip_prefix("Page ")
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
    let next_entry = lines
        .get(k + 1..)
        .unwrap_or_default()
        .iter()
        .filter(|l| !is_blank(line_text(l)))
        .take(4)
        .find_map(|l| {
            let s = line_text(l).trim_start();
            entry_label(s).map(|label| (label, s))
        })
        // (A note, not a numbered heading: `4. Findings`.)
        .is_some_and(|((n, _, len), s)| {
            let text = s.get(len..).unwrap_or_default();
            let heading = is_title_like(text) && !text.contains(',') && text.split_whitespace().count() <= 6;
            n == Some(last_number + 1) && !heading
        });
    numbered && !t.ends_with('.') && t.len() <= 120 && next_entry
}

/// Notes printed at the foot of each page of a document converted from a
/// PDF, whose pages end with a form feed: on a page, the last paragraph
/// above the page's number, when its lines open with labels numbered on
/// from the notes of the pages before (`[3] …`, `[4] …` under a page whose
/// body cites them). Each is a list the body resumes after, its span
/// running to the end of the page; found on two pages or more, or none.
fn page_foot_lists(text: &str, lines: &[Line], from: usize) -> Vec<MiddleList> {
    if memchr::memchr(b'\x0c', text.as_bytes()).is_none() {
        return Vec::new();
    }
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    let first = lines.partition_point(|l| l.start < from);
    let lines = lines.get(first..).unwrap_or_default();
    let mut found = Vec::new();
    let mut next_number: Option<u64> = None;
    for page in lines.split_inclusive(|l| {
        // A page ends on the line before the form feed that opens the next.
        text.as_bytes().get(l.end + 1) == Some(&b'\x0c')
    }) {
        if page.len() > LINES_PER_PAGE {
            continue;
        }
        // (Under the notes, a page's number and an archive's stamp.)
        let Some(last_filled) = page.iter().rposition(|l| {
            let s = line_text(l);
            !is_blank(s) && !is_page_number(s) && !is_download_stamp(s)
        }) else {
            continue;
        };
        // The page's last paragraph, and those above it that go on with
        // the numbers (notes with blank lines between them).
        let mut notes: Option<(usize, Vec<u64>)> = None;
        let mut end = last_filled + 1;
        while let Some(start) = page.get(..end).and_then(|above| {
            above
                .iter()
                .rposition(|l| is_blank(line_text(l)) || is_separator(line_text(l)))
        }) {
            let paragraph = page.get(start + 1..end).unwrap_or_default();
            if paragraph.is_empty() {
                end = start;
                continue;
            }
            let Some(numbers) = note_numbers(text, paragraph) else {
                break;
            };
            let follows = notes
                .as_ref()
                .is_none_or(|(_, below)| numbers.last().map(|n| n + 1) == below.first().copied());
            if !follows {
                break;
            }
            let below = notes.take().map(|(_, below)| below).unwrap_or_default();
            notes = Some((start + 1, numbers.into_iter().chain(below).collect()));
            end = start;
            if notes
                .as_ref()
                .is_some_and(|(_, numbers)| numbers.len() > NOTES_PER_PAGE)
            {
                notes = None;
                break;
            }
        }
        let Some((start, numbers)) = notes else {
            continue;
        };
        // The page above them cites each (a numbered heading and its
        // section are not notes).
        let above = page
            .first()
            .zip(page.get(start))
            .and_then(|(top, opening)| text.get(top.start..opening.start))
            .unwrap_or_default();
        if !numbers.iter().all(|&n| cites_number(above, n)) {
            continue;
        }
        if next_number.is_some_and(|n| numbers.first() != Some(&n)) {
            return Vec::new();
        }
        next_number = numbers.last().map(|n| n + 1);
        let (Some(opening), Some(closing), Some(page_end)) =
            (page.get(start), page.get(last_filled), page.last())
        else {
            continue;
        };
        found.push(MiddleList {
            span: opening.start..page_end.end,
            entries: opening.start..closing.end,
        });
    }
    if found.len() < 2 {
        found.clear();
    }
    found
}

/// Notes as Project Gutenberg's books set them, each in brackets under
/// the paragraph that cites it (`[Footnote 3: Servius on …]`), over one
/// line or several: each a list the body resumes after, its entry ending
/// before the bracket that closes it.
fn footnote_blocks(text: &str, lines: &[Line], from: usize) -> Vec<MiddleList> {
    if memchr::memmem::find(text.as_bytes(), b"[Footnote ").is_none() {
        return Vec::new();
    }
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    let first = lines.partition_point(|l| l.start < from);
    let lines = lines.get(first..).unwrap_or_default();
    let mut found: Vec<MiddleList> = Vec::new();
    let mut i = 0;
    while let Some(opening) = lines.get(i) {
        i += 1;
        if !crate::parse::reflist::opens_footnote_block(line_text(opening)) {
            continue;
        }
        // The block ends where its brackets close (a `[Greek: …]` inside
        // it closes its own).
        let mut depth = 0usize;
        let mut close = None;
        for (k, line) in lines.iter().enumerate().skip(i - 1) {
            for (at, b) in line_text(line).bytes().enumerate() {
                match b {
                    b'[' => depth += 1,
                    b']' => depth = depth.saturating_sub(1),
                    _ => continue,
                }
                if depth == 0 {
                    close = Some((k, line.start + at));
                    break;
                }
            }
            if close.is_some() || k + 1 - i > FOOTNOTE_LINES {
                break;
            }
        }
        let Some((last, bracket)) = close else {
            continue;
        };
        let end = lines.get(last).map_or(bracket + 1, |l| l.end);
        found.push(MiddleList {
            span: opening.start..end,
            entries: opening.start..bracket,
        });
        i = last + 1;
    }
    found
}

/// More lines than one note of a book holds.
const FOOTNOTE_LINES: usize = 200;

/// More lines than a printed page holds: no page of a PDF's text.
const LINES_PER_PAGE: usize = 400;

/// More notes than the foot of a page holds.
const NOTES_PER_PAGE: usize = 40;

/// The numbers of the notes a paragraph holds, when its first line opens
/// with a bracketed number and each label after it is the next number (a
/// label-like start of another number, `2022).`, goes on a note); `None`
/// for any other paragraph.
fn note_numbers(text: &str, paragraph: &[Line]) -> Option<Vec<u64>> {
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("").trim_start();
    let (first, rest) = paragraph.split_first()?;
    // Bracketed labels (`[3] …`), or numbers bare or with a stop (`3 …`,
    // `3. …`) as `pdftotext` leaves a page's footnotes: the page above
    // must cite each, and the numbers go on from page to page.
    let (Some(number), style @ (EntryStyle::Bracket | EntryStyle::Bare | EntryStyle::Numbered), _) =
        entry_label(line_text(first))?
    else {
        return None;
    };
    if number >= 1000 {
        return None;
    }
    let mut numbers = vec![number];
    for line in rest {
        if let Some((Some(n), s, _)) = entry_label(line_text(line))
            && s == style
            && Some(n) == numbers.last().map(|last| last + 1)
        {
            numbers.push(n);
        }
    }
    Some(numbers)
}

/// Whether `text` cites note `n` with a marker: the number after a word or
/// a mark (`[3]`, `(3)`, `detained.3`, `said”3`), not after a space, a slash
/// or a dash, and no part of a longer number; or in superscript (`³`).
fn cites_number(text: &str, n: u64) -> bool {
    let digits = n.to_string();
    let superscript: String = digits
        .chars()
        .filter_map(|d| d.to_digit(10))
        .filter_map(|d| "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().nth(d as usize))
        .collect();
    let bytes = text.as_bytes();
    text.contains(&superscript)
        || memchr::memmem::find_iter(bytes, digits.as_bytes()).any(|at| {
            let mut before = text.get(..at).unwrap_or_default().chars().rev();
            let after = bytes.get(at + digits.len());
            let mark = before.next();
            // `detained.3`, not `1.2 metres`.
            let in_a_number =
                matches!(mark, Some('.' | ',')) && before.next().is_some_and(|c| c.is_ascii_digit());
            mark.is_some_and(|c| {
                c.is_alphabetic() || matches!(c, '[' | '(' | '.' | ',' | ';' | ':' | '"' | '”' | '’' | ')')
            }) && !in_a_number
                && !after.is_some_and(u8::is_ascii_digit)
        })
}

/// Whether a line is a page's number as a PDF converter leaves it: the
/// number alone, or between dashes (`— 4 —`), or `Page 4` (`of 12`).
fn is_page_number(s: &str) -> bool {
    let s = s.trim().trim_matches(['-', '–', '—', ' ']);
    let s = s.strip_prefix("Page ").unwrap_or(s);
    let number = s.split_once(" of ").map_or(s, |(n, _)| n);
    (1..=4).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

/// How many of the paragraphs made of `lines` are prose: forty words or
/// more, ending as a sentence ends.
fn prose_paragraphs(text: &str, lines: &[&Line]) -> usize {
    let mut count = 0;
    let mut words = 0;
    let mut last = "";
    for l in lines.iter().map(|l| text.get((*l).clone()).unwrap_or("").trim()) {
        if l.is_empty() {
            count += usize::from(words >= 40 && last.ends_with(['.', '!', '?', '"', '”', ']']));
            words = 0;
            continue;
        }
        words += l.split_whitespace().count();
        last = l;
    }
    count + usize::from(words >= 40 && last.ends_with(['.', '!', '?', '"', '”', ']']))
}

/// Whether `s` holds a bracket marker (`[7]`, `[7, 8]`) numbered above
/// `number`.
fn cites_beyond(s: &str, number: u64) -> bool {
    s.match_indices('[').any(|(at, _)| {
        let digits: String = s
            .get(at + 1..)
            .unwrap_or("")
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.len() <= 4 && digits.parse::<u64>().is_ok_and(|n| n > number)
    })
}

/// Whether a line under the last note ends the notes: a press release's
/// `###`, thanks for an earlier draft, or the writer's biography (`Jane Roe
/// is a science writer…`, `Roe teaches …`), `writer` being the byline's
/// name.
fn ends_the_notes(s: &str, writer: Option<&str>) -> bool {
    let t = s.trim().trim_matches(['*', '_']);
    // Any of the writers, when the byline names several, and a verb of a
    // biography after the name, in any of the languages whose headings
    // are read (not a note's `conducted by\nJane Roe in Lagos`).
    let by_the_writer = writer.is_some_and(|names| {
        names_in(names).any(|name| {
            t.strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|verb| BIOGRAPHY_VERBS.contains(&verb))
        })
    });
    t == "###" || t.starts_with("Thanks to ") || by_the_writer || is_biography(t) || is_credit_line(t)
}

/// The verbs of a writer's biography under the notes (`Jane Roe is …`,
/// `… ist Historikerin`, `… received the M.Sc.`).
const BIOGRAPHY_VERBS: &[&str] = &[
    "is",
    "writes",
    "teaches",
    "covers",
    "lives",
    "works",
    "received",
    "holds",
    "ist",
    "war",
    "schreibt",
    "lehrt",
    "lebt",
    "arbeitet",
    "est",
    "était",
    "écrit",
    "enseigne",
    "vit",
    "travaille",
    "es",
    "era",
    "escribe",
    "enseña",
    "vive",
    "trabaja",
    "è",
    "scrive",
    "insegna",
    "lavora",
    "é",
    "escreve",
    "ensina",
    "trabalha",
];

/// Whether a line credits the page rather than lists a work: `Source: This
/// article was published by RSIS.`, `Sources: Reuters, AFP`.
fn is_credit_line(s: &str) -> bool {
    inline_reference_heading(s).is_some_and(|at| {
        s.get(..at)
            .is_some_and(|head| head.trim_start().to_lowercase().starts_with("source"))
            && s.get(at..).and_then(entry_label).is_none()
    })
}

/// Whether a line reads as a writer's biography: a name of two to four
/// capitalised words, then `is a` or `is an` and a trade
/// (`Mark Jensen is a contributing editor.`), `writes about`, or
/// `received the` and a degree; or as the publisher's own
/// line about itself (`The Harbour Institute is a non-partisan research
/// centre.`).
fn is_biography(s: &str) -> bool {
    // The name opens the line, in its first few words: an entry, which
    // opens with its label, is settled at once.
    if !s.starts_with(char::is_uppercase) {
        return false;
    }
    let head = s.get(..s.len().min(64)).unwrap_or(s);
    // `Eleanor Pryce writes about science.`, and a paper's note on its
    // writer (`Ingrid M. Halvorsen received the M.Sc. degree in …`).
    let named_before = |at: usize| {
        let words: Vec<&str> = s.get(..at).unwrap_or("").split_whitespace().collect();
        (2..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    if let Some(at) = memchr::memmem::find(head.as_bytes(), b" writes about ") {
        return named_before(at);
    }
    if let Some(at) = memchr::memmem::find(head.as_bytes(), b" received the ") {
        return named_before(at) && s.contains(" degree");
    }
    let Some(at) = memchr::memmem::find(head.as_bytes(), b" is a") else {
        return false;
    };
    let (name, rest) = (
        s.get(..at).unwrap_or(""),
        s.get(at + " is a".len()..).unwrap_or(""),
    );
    if !rest.starts_with([' ', 'n']) {
        return false;
    }
    /// What a publisher says it is.
    const PUBLISHERS: &[&str] = &[
        "non-partisan",
        "nonpartisan",
        "non-profit",
        "nonprofit",
        "not-for-profit",
        "charity",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let named = (2..=4).contains(&words.len()) && words.iter().all(capitalised);
    let an_organisation = (2..=8).contains(&words.len())
        && words
            .iter()
            .all(|w| capitalised(w) || matches!(*w, "of" | "for" | "and" | "the" | "on"));
    let role = rest.split(['.', ';']).next().unwrap_or("");
    let role_words = || role.split_whitespace().map(|w| w.trim_end_matches(','));
    (named && role_words().any(|w| TRADES.contains(&w.to_lowercase().trim_end_matches('s'))))
        || (an_organisation && role_words().any(|w| PUBLISHERS.contains(&w)))
}

/// How many short lines in a row under the last entry make a page's
/// footer.
const FOOTER_RUN: usize = 3;

/// Whether a line gives a post's writer and date (`Posted by admin on
/// 03/14/2025 | Category: World`), which a blog prints over the title.
fn is_post_details(s: &str) -> bool {
    let lower = s.trim_start().to_lowercase();
    ["posted by ", "published by ", "written by ", "by "]
        .iter()
        .any(|p| lower.starts_with(p))
        && s.contains(|c: char| c.is_ascii_digit())
}

/// A byline among this many non-blank lines below the first one of an
/// article is under its title, whatever the lines between.
const BYLINE_UNDER_TITLE: usize = 3;

/// The words of a section's label over a headline (`Digital rights`).
const SECTION_LABEL_WORDS: usize = 2;

/// A title's line without the marks a plain-text mail puts before a
/// heading (`** The offer nobody answered`, `# …`), or the stars a chat
/// sets bold text in (`*Iran's New Law*`).
fn without_heading_marks(text: &str, line: Range<usize>) -> Range<usize> {
    let s = text.get(line.clone()).unwrap_or_default();
    let marks = s.len() - s.trim_start_matches(['*', '#']).len();
    let closing = s.len() - s.trim_end_matches('*').len();
    match s.get(marks..) {
        Some(rest) if marks > 0 && rest.starts_with(' ') && closing == 0 => line.start + marks + 1..line.end,
        Some(rest) if marks > 0 && marks == closing && !rest.starts_with(' ') && s.len() > 2 * marks => {
            line.start + marks..line.end - closing
        }
        _ => line,
    }
}

/// The length of a forum's label before its thread's title (`Thread: `),
/// or 0.
fn thread_label(s: &str) -> usize {
    const LABEL: &str = "Thread: ";
    if s.strip_prefix(LABEL).is_some_and(is_title_like) {
        LABEL.len()
    } else {
        0
    }
}

/// How many lines under a writer's name its date may be, a page's
/// buttons between.
const NAME_TO_DATE: usize = 4;

/// Whether the first of `lines` (those under a writer's name) that is no
/// button (`Follow`, `11 min read`, `·`) is a date, within a few lines.
fn dated_below<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    lines
        .take(NAME_TO_DATE)
        .find(|next| {
            is_date_line(next)
                || !(is_page_chrome(next)
                    || is_reading_time(next)
                    || !next.chars().any(char::is_alphanumeric))
        })
        .is_some_and(is_date_line)
}

/// Whether a line says how long the article takes to read (`11 min read`).
fn is_reading_time(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    matches!(words.as_slice(), [n, "min" | "mins" | "minute" | "minutes", "read"] if n.bytes().all(|b| b.is_ascii_digit()))
}

/// How many non-blank lines from the top are searched for a breadcrumb
/// above the title: a saved page's menus and banners come first.
const HEADER_SEARCH_LINES: usize = 40;

/// How many lines below the first one of an article a byline is looked
/// for: a page saved with its header puts the site's name, its menu, a
/// section, the title and a standfirst above it.
const HEADER_LINES: usize = 12;

/// How many non-blank lines below a breadcrumb the title it ends with is
/// looked for.
const BREADCRUMB_TO_TITLE: usize = 5;

/// The longest line of a page's menu or contents above a wiki's title.
const MENU_LINE: usize = 60;

/// Whether the lines above a byline that is not right under the first line
/// are a page's header (site name, controls, section, title, then perhaps
/// a standfirst) rather than the body: every line but the standfirst, the
/// last, is short enough for a title, a control or a date; none is a
/// reference heading or holds a marker.
fn is_page_header(text: &str, header: &[(usize, &Line)]) -> bool {
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    let above_standfirst = header.len().saturating_sub(1);
    header.iter().all(|(_, l)| {
        let s = line_text(l);
        !s.contains(['[', '^']) && !is_reference_heading(s)
    }) && header[..above_standfirst].iter().all(|(_, l)| {
        let s = line_text(l);
        is_title_like(s) || is_page_chrome(s)
    })
}

/// The title among a page header's lines: the line above the byline, or
/// above the standfirst there. The standfirst is the last line when it
/// ends like a sentence, or when it is a longer sentence-case line under a
/// title-like line of three words or more (a site's name and a section
/// come higher up and are shorter).
fn header_title(text: &str, header: &[(usize, &Line)]) -> Option<Range<usize>> {
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    // A dateline over the byline is no title, nor a section's label
    // (`Opinion`).
    let undated = header.iter().rposition(|(_, l)| {
        let s = line_text(l);
        !is_dateline(s) && !is_date_line(s) && !is_page_chrome(s)
    })?;
    let header = header.get(..=undated)?;
    let (&(_, last), rest) = header.split_last()?;
    let above = rest.last().map(|&(_, l)| l);
    let words = |s: &str| s.split_whitespace().count();
    let is_standfirst = !is_title_like(line_text(last))
        || above.is_some_and(|a| {
            let (a, l) = (line_text(a), line_text(last));
            is_sentence_case(l) && is_title_like(a) && !is_page_chrome(a) && (3..words(l)).contains(&words(a))
        });
    let title = if is_standfirst { above? } else { last };
    (is_title_like(line_text(title)) && !is_page_chrome(line_text(title))).then(|| trim_range(text, title))
}

/// Where a page saved from a web archive starts, when the text from `from`
/// opens with the archive's toolbar (`The Wayback Machine - …`, its
/// captures, its calendar, what collected the page): at the first line
/// under it that is none of the toolbar's.
fn below_archive_toolbar(text: &str, from: usize) -> Option<usize> {
    const TOOLBAR: &str = "the wayback machine - ";
    let mut lines = text.get(from..)?.split_inclusive('\n').scan(from, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line))
    });
    let (_, first) = lines.find(|(_, l)| !is_blank(l))?;
    let first = first.trim_start();
    if !first
        .get(..TOOLBAR.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(TOOLBAR))
    {
        return None;
    }
    lines
        .find(|(_, l)| !is_blank(l) && !is_archive_toolbar_line(l))
        .map(|(start, _)| start)
}

/// Whether a line is one of an archive's toolbar under its first: its
/// address box and `Go` button, its count of captures and their dates
/// (`14 Jun 2011 - 3 Feb 2016`), its calendar (`AUG SEP OCT`, `2014 2015
/// 2016`), its buttons, and what collected the page.
fn is_archive_toolbar_line(s: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    const OPENINGS: &[&str] = &["previous capture", "organization:", "collection:"];
    const LABELS: &[&str] = &[
        "success",
        "fail",
        "about this capture",
        "collected by",
        "timestamps",
        "loading",
        "go",
    ];
    let t = s.trim();
    let lower = t.get(..t.len().min(TOOLBAR_LINE)).unwrap_or(t).to_lowercase();
    let calendar = t
        .split_whitespace()
        .all(|w| w.bytes().all(|b| b.is_ascii_digit()) || MONTHS.contains(&w.to_lowercase().as_str()));
    let words = heading_words(&lower);
    // Its paragraph on what collected the page.
    let about_the_crawl = t.len() <= TOOLBAR_LINE
        && t.split_whitespace().nth(PARAGRAPH_WORDS).is_some()
        && (lower.contains("internet archive") || lower.contains("wayback machine"));
    calendar
        || OPENINGS.iter().any(|l| lower.starts_with(l))
        || LABELS.contains(&words.as_str())
        || is_count_of(&words, &["captures", "capture"])
        || is_date_line(t)
        || t.split(" - ").all(is_date_line)
        || (lower.starts_with("http") && !t.contains(char::is_whitespace))
        || about_the_crawl
}

/// The longest line of an archive's toolbar (its paragraph on what
/// collected the page).
const TOOLBAR_LINE: usize = 400;

/// Whether a line ends with a day's date, as a dateline does (`Tehran
/// Times, May 8, 2019`).
fn is_dateline(s: &str) -> bool {
    let s = s.trim();
    super::fields::dates::find_dates(s)
        .last()
        .is_some_and(|d| d.end == s.len() && d.precision == super::fields::dates::Precision::Day)
}

/// Whether most words after the first start with a lower-case letter.
fn is_sentence_case(s: &str) -> bool {
    let (lower, all) = s
        .split_whitespace()
        .skip(1)
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .fold((0, 0), |(lower, all), c| {
            (lower + usize::from(c.is_lowercase()), all + 1)
        });
    all > 0 && 2 * lower > all
}

/// Words that name a section of a site, never a person (`Local News`
/// over a date is no byline).
const SECTION_WORDS: &[&str] = &[
    "news",
    "local",
    "world",
    "opinion",
    "analysis",
    "politics",
    "business",
    "sport",
    "sports",
    "science",
    "health",
    "culture",
    "desk",
    "staff",
    "editor",
    "editorial",
    "national",
    "international",
    "weather",
    "technology",
    "tech",
    "economy",
    "markets",
    "features",
    "magazine",
    "review",
    "comment",
    "lifestyle",
    "travel",
    "education",
    "environment",
    "climate",
    "latest",
    "updates",
    "live",
];

/// Among how many filled lines from the top a text browser's numbered
/// links open the page.
const TEXT_BROWSER_LINKS_FROM: usize = 3;

/// Fewest words of a paragraph: more than a title or a page's label has.
const PARAGRAPH_WORDS: usize = 12;

/// Most words of an item of a site's menu (`Author and Citation Info`).
const MENU_ITEM_WORDS: usize = 4;

/// Fewest items of a site's menu under its name.
const MENU_ITEMS: usize = 3;

/// How many lines under a heading are looked at for a work they name.
const WORKS_UNDER_HEADING: usize = 3;

/// A reference heading found under the body.
struct Heading {
    /// Where the body ends: the heading's line.
    body_end: usize,
    /// Where the list starts: under the heading, or after its colon.
    list_start: usize,
    /// Whether an entry label follows the heading.
    opens_entries: bool,
    /// Whether the heading shares its line with text (`Sources: Reuters`).
    inline: bool,
    /// Whether the lines under it name works: a year or an address among
    /// the first few (a page's `Citations` tab over its metrics does not).
    lists_works: bool,
}

/// The number of the last numbered entry among the lines of `text` in
/// `span`, when it ends the span: at most two lines of its own under it,
/// none of them citing (no part of an essay's body after its notes).
fn last_entry_before(text: &str, lines: &[Line], span: Range<usize>) -> Option<u64> {
    const LINES_OF_THE_LAST_ENTRY: usize = 2;
    let from = lines.partition_point(|l| l.start < span.start);
    let to = lines.partition_point(|l| l.start < span.end);
    let in_span = lines.get(from..to)?;
    let (at, number) = in_span
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, l)| Some((i, entry_label(text.get(l.clone())?.trim_start())?.0?)))?;
    let under: Vec<&str> = in_span
        .get(at + 1..)?
        .iter()
        .filter_map(|l| text.get(l.clone()))
        .filter(|s| !is_blank(s))
        .collect();
    (under.len() <= LINES_OF_THE_LAST_ENTRY && !under.iter().any(|s| cites(s))).then_some(number)
}

/// Where the reference list lies.
struct FoundList {
    /// Where the body ends.
    body_end: usize,
    /// Where the first entry starts.
    list_start: Option<usize>,
    /// Lettered notes between the body and the list.
    lettered_notes: Option<Range<usize>>,
}

/// The end of the body and the start of the first entry: after the last
/// reference heading, else after a separator followed by entry 1, else the
/// trailing run of lines that begin with `[1]`. Lettered notes under the
/// heading before the last, which the body cites (`[a]`), come between.
fn find_reference_list(text: &str, lines: &[Line], from_line: usize) -> FoundList {
    let found = |body_end: usize, list_start: Option<usize>| FoundList {
        body_end,
        list_start,
        lettered_notes: None,
    };
    let line_text = |l: &Line| text.get(l.clone()).unwrap_or("");
    // `lynx -dump` ends a page with its links, numbered, under
    // `References` (and `Visible links:` when some are hidden): no list of
    // the article's. Without that line, the list is lynx's when it holds
    // only addresses and the page above numbers its links (`[4]Nature`).
    // Whether the page numbers its links is asked at most once: it is a
    // scan of all the text above.
    let page_numbers_links = std::cell::OnceCell::new();
    let links_at = lines.iter().enumerate().skip(from_line).position(|(i, l)| {
        is_reference_heading(line_text(l))
            && lines
                .iter()
                .skip(i + 1)
                .find(|n| !is_blank(line_text(n)))
                .is_some_and(|n| {
                    let next = line_text(n).trim();
                    next == "Visible links:"
                        || (is_numbered_address(next)
                            && *page_numbers_links
                                .get_or_init(|| numbers_links(text.get(..l.start).unwrap_or(""))))
                })
    });
    let until = links_at.map_or(lines.len(), |at| from_line + at);
    let candidates = lines.iter().enumerate().take(until).skip(from_line);

    // The last heading that opens numbered entries wins, else the last
    // heading on a line of its own.
    let headings: Vec<Heading> = candidates
        .clone()
        .filter_map(|(i, l)| {
            let s = line_text(l);
            if is_reference_heading(s) {
                // A heading underlined (`Links:` over `------`) starts
                // under its underline.
                let underlined = lines.get(i + 1).is_some_and(|n| is_separator(line_text(n)));
                let body = i + 1 + usize::from(underlined);
                // A line between the heading and entry 1 (`(All links
                // accessed in May 2019)`, a table's header row) introduces
                // the list.
                let label = |n: &Line| entry_label(line_text(n).trim_start());
                let mut filled_lines = lines
                    .iter()
                    .enumerate()
                    .skip(body)
                    .filter(|(_, n)| !is_blank(line_text(n)));
                let body = match (filled_lines.next(), filled_lines.next()) {
                    (Some((_, first)), Some((second_at, second)))
                        if label(first).is_none() && matches!(label(second), Some((Some(1), _, _))) =>
                    {
                        second_at
                    }
                    _ => body,
                };
                let next = lines.iter().skip(body).find(|n| !is_blank(line_text(n)))?;
                let opens_entries = entry_label(line_text(next).trim_start()).is_some();
                // `Source:` among a page's fields (`Date:`, `Summary:`),
                // each over its value, is where the story came from.
                let filled = |from: usize| lines.iter().skip(from).filter(|n| !is_blank(line_text(n)));
                let before = lines
                    .get(..i)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .filter(|n| !is_blank(line_text(n)));
                let among_fields = filled(body).nth(1).is_some_and(|n| is_field_label(line_text(n)))
                    || before
                        .clone()
                        .nth(1)
                        .is_some_and(|n| is_field_label(line_text(n)));
                let source_field = is_field_label(s) && s.trim().to_lowercase().starts_with("source");
                if !opens_entries && source_field && among_fields {
                    return None;
                }
                let lists_works = names_works(text, lines, body);
                Some(Heading {
                    body_end: l.start,
                    list_start: lines.get(body).map_or(l.end, |n| n.start),
                    opens_entries,
                    inline: false,
                    lists_works,
                })
            } else {
                inline_reference_heading(s).map(|at| Heading {
                    body_end: l.start,
                    list_start: l.start + at,
                    opens_entries: s.get(at..).and_then(entry_label).is_some(),
                    inline: true,
                    lists_works: true,
                })
            }
        })
        .collect();
    // Notes win over a list under page furniture below them (a print
    // view's `Links:` under its `Source URL:`, a reader's comment with its
    // own `References`).
    let first_opener = headings.iter().position(|h| h.opens_entries);
    let under_furniture = |h: &Heading| {
        first_opener.is_some_and(|first| {
            let from = lines.partition_point(|l| l.start < headings[first].list_start);
            let to = lines.partition_point(|l| l.start < h.body_end);
            lines
                .get(from..to)
                .unwrap_or_default()
                .iter()
                .any(|l| is_cruft_line(line_text(l)) || is_page_credit(line_text(l)))
        })
    };
    let heading = headings
        .iter()
        .rposition(|h| h.opens_entries && !under_furniture(h))
        .or_else(|| headings.iter().rposition(|h| !h.inline && h.lists_works))
        .or_else(|| headings.iter().rposition(|h| !h.inline));
    if let Some(mut k) = heading {
        // Notes numbered on under a second heading (`Notes` 1–4, then
        // `Sources` 5–9) are one list, from the first heading.
        let first_label_from = |at: usize| {
            let from = lines.partition_point(|l| l.start < at);
            let line = lines.get(from..)?.iter().find(|l| !is_blank(line_text(l)))?;
            entry_label(line_text(line).trim_start())?.0
        };
        while let Some(p) = k.checked_sub(1)
            && let Some(before) = headings.get(p).filter(|p| p.opens_entries && !p.inline)
            && let Some(first) = first_label_from(headings[k].list_start)
            && first > 1
            && last_entry_before(text, lines, before.list_start..headings[k].body_end) == Some(first - 1)
        {
            k = p;
        }
        let h = &headings[k];
        let notes = k.checked_sub(1).and_then(|p| headings.get(p)).filter(|notes| {
            !notes.inline && holds_lettered_notes(text, notes.list_start..h.body_end, notes.body_end)
        });
        return match notes {
            Some(notes) => FoundList {
                body_end: notes.body_end,
                list_start: Some(h.list_start),
                lettered_notes: Some(notes.list_start..h.body_end),
            },
            None => found(h.body_end, Some(h.list_start)),
        };
    }
    // `Source: This article was published by …` or `Sources: Reuters,
    // AFP`, its words on its line, credits the page: the list is one
    // found otherwise, else that line.
    let credit = headings.last().map(|h| (h.body_end, Some(h.list_start)));

    let separator = candidates
        .clone()
        .filter(|(_, l)| is_separator(line_text(l)))
        .filter_map(|(i, l)| {
            let next = lines.iter().skip(i + 1).find(|n| !is_blank(line_text(n)))?;
            let first = trim_range(text, next);
            let (number, _, _) = entry_label(text.get(first.clone())?)?;
            matches!(number, None | Some(1)).then_some((l.start, first.start))
        })
        .next_back();
    if let Some((end, start)) = separator {
        return found(end, Some(start));
    }

    let body_start = lines.get(from_line).map_or(0, |l| l.start);
    // One-line articles: a separator, or a `References:` heading, inside the
    // line, right before entry [1].
    for (re, body_end_group) in [
        (&INLINE_SEPARATOR, 0),
        (&INLINE_HEADING, 1),
        (&INLINE_BARE_HEADING, 1),
    ] {
        let Some(re) = re.as_ref() else { continue };
        let inline = re
            .captures_iter(text.get(body_start..).unwrap_or(""))
            .filter_map(|c| {
                let end = c.get(body_end_group)?.start();
                let first_entry = c.get(body_end_group + 1)?.start();
                Some((end + body_start, first_entry + body_start))
            })
            .last();
        if let Some((end, start)) = inline {
            return found(end, Some(start));
        }
    }

    // The trailing run of entries: the last line that starts with `[1]`,
    // or with `1.`, `1)` or `(1)` followed by entry 2 within the next four
    // lines (the note of a number alone on its line, an entry that runs
    // on), in an article whose body cites 1 before it.
    // Where the text first cites 1, each way, is found once: a page of
    // many lists would otherwise be scanned again above each.
    let first_cite_of_1 = std::cell::OnceCell::new();
    let first_cite_of_1_end = || {
        *first_cite_of_1.get_or_init(|| {
            ["[1]", "(1)", "¹", "\\[1\\]"]
                .iter()
                .filter_map(|cite| {
                    memchr::memmem::find(text.as_bytes(), cite.as_bytes()).map(|start| start + cite.len())
                })
                .min()
        })
    };
    let cites_1_before = |at: usize| first_cite_of_1_end().is_some_and(|first_end| first_end <= at);
    let first_1_in_digits = std::cell::OnceCell::new();
    let cites_1_in_digits_before = |at: usize| {
        first_1_in_digits
            .get_or_init(|| first_1_in_digits_at(text))
            .is_some_and(|first| first < at)
    };
    let opens_entries = |i: usize, l: &Line| {
        let s = line_text(l).trim_start();
        if s.starts_with("[1]") || s.starts_with("\\[1\\]") {
            return true;
        }
        let caret = |n: &Line| {
            matches!(
                entry_label(line_text(n).trim_start()),
                Some((None, EntryStyle::Caret, _))
            )
        };
        // `↑ Burnet, …` over `↑ Blackstone, …`: the first of a run of notes
        // that open with the link back to their marker, as a wiki copies
        // them, in an article that cites [1] above them.
        if caret(l) {
            let filled = |n: &&Line| !is_blank(line_text(n));
            let next = lines.get(i + 1..).unwrap_or_default().iter().find(filled);
            let previous = lines.get(..i).unwrap_or_default().iter().rfind(filled);
            return next.is_some_and(caret) && !previous.is_some_and(caret) && cites_1_before(l.start);
        }
        let Some((Some(1), style, _)) = entry_label(s) else {
            return false;
        };
        let second = lines
            .iter()
            .skip(i + 1)
            .filter(|n| !is_blank(line_text(n)))
            .take(4)
            .find_map(|n| entry_label(line_text(n).trim_start()));
        // A page's superscripts saved as digits (`violinists.1 They`)
        // cite the notes Substack copies as numbers alone on their lines.
        let alone = s.trim() == "1";
        matches!(second, Some((Some(2), second_style, _)) if second_style == style)
            && (cites_1_before(l.start) || (alone && cites_1_in_digits_before(l.start)))
    };
    // In a text browser's dump, `[1]Home` is a link number, not a note.
    let last_run_before = |before: usize| {
        candidates
            .clone()
            .take(before.saturating_sub(from_line))
            .filter(|_| links_at.is_none())
            .rfind(|&(i, l)| opens_entries(i, l))
    };
    // An article saved as one line with no heading over its notes: they
    // are the run that restarts at [1] on the line that first cites `[1]`,
    // above line `before`, when no line after it cites (what follows is
    // the page's sidebars, not more of the article).
    let restarted_before = |before: usize| {
        let first_cite = memchr::memmem::find(text.as_bytes(), b"[1]")? + "[1]".len();
        let (i, line) = candidates.clone().find(|(_, l)| l.end >= first_cite)?;
        let article_ends_there = || {
            lines
                .get(i + 1..before)
                .unwrap_or_default()
                .iter()
                .all(|l| !cites(line_text(l)))
        };
        (i < before && article_ends_there())
            .then(|| restarted_run(text, line.clone()))
            .flatten()
            .filter(|&start| start >= first_cite)
    };
    // A numbered run of headlines under page furniture (`Related Posts`,
    // then `1. …`, naming no work) is the page's, when notes above the
    // furniture name works: those are the list.
    let trailing = last_run_before(until)
        .map(|(i, l)| {
            let furniture = lines
                .get(from_line..i)
                .unwrap_or_default()
                .iter()
                .rposition(|l| is_cruft_line(line_text(l)));
            furniture
                .filter(|_| !names_works(text, lines, i))
                .and_then(|c| {
                    last_run_before(from_line + c)
                        .filter(|&(above, _)| names_works(text, lines, above))
                        .map(|(_, above)| trim_range(text, above).start)
                        .or_else(|| restarted_before(from_line + c))
                })
                .unwrap_or(trim_range(text, l).start)
        })
        .or_else(|| restarted_before(until));
    match (trailing, credit) {
        (Some(start), _) => found(start, Some(start)),
        (None, Some((end, start))) => found(end, start),
        (None, None) => found(lines.get(until).map_or(text.len(), |l| l.start), None),
    }
}

/// Where a line ends with the labels `[1]`, `[2]` … `[k]` in order, each
/// after a space and before a capital, a digit or a quote, naming works
/// (`…river.[10] [1]Delta Wire, 9 Oct 2011. [2] … [10] Ibid`): the notes of
/// an article saved as one line. The start of its `[1]`.
fn restarted_run(text: &str, line: Range<usize>) -> Option<usize> {
    let s = text.get(line.clone())?;
    // Each label's number and start, in order.
    let labels: Vec<(u64, usize)> = memchr::memchr_iter(b'[', s.as_bytes())
        .filter_map(|at| {
            let rest = s.get(at + 1..)?;
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let number = rest.get(..digits)?.parse().ok()?;
            (digits <= 3 && rest.as_bytes().get(digits) == Some(&b']')).then_some((number, at))
        })
        .collect();
    let &(last, _) = labels.last()?;
    if last < 2 {
        return None;
    }
    let run = labels.get(labels.len().checked_sub(usize::try_from(last).ok()?)?..)?;
    let in_order = run
        .iter()
        .zip(1..)
        .all(|(&(number, _), expected)| number == expected);
    let placed = run.iter().all(|&(_, at)| {
        let after = s
            .get(at..)
            .and_then(|rest| rest.find(']'))
            .map_or("", |end| &s[at + end + 1..]);
        s.get(..at)
            .is_some_and(|before| before.is_empty() || before.ends_with(char::is_whitespace))
            && after
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '*'))
    });
    let start = run.first()?.1;
    let notes = s.get(start..)?;
    (in_order && placed && (first_year(notes, notes.len()).is_some() || notes.contains("://")))
        .then_some(line.start + start)
}

/// Whether the lines from `from` on name works: a year or an address among
/// the first few that are not blank (a page's `Citations` tab over its
/// metrics, or its list of headlines, does not).
fn names_works(text: &str, lines: &[Line], from: usize) -> bool {
    lines
        .iter()
        .skip(from)
        .map(|l| text.get(l.clone()).unwrap_or(""))
        .filter(|s| !is_blank(s))
        .take(WORKS_UNDER_HEADING)
        .any(|s| first_year(s, s.len()).is_some() || s.contains("://"))
}

/// Whether `region` holds lettered notes: its first line is labelled as
/// one ([`lettered_label`]) and the body, which ends at `body_end`, cites
/// note a (`[a]`).
fn holds_lettered_notes(text: &str, region: Range<usize>, body_end: usize) -> bool {
    let first = text
        .get(region)
        .unwrap_or_default()
        .lines()
        .find(|l| !is_blank(l));
    let body = text.get(..body_end).unwrap_or_default().as_bytes();
    first.is_some_and(|l| lettered_label(l.trim()).is_some())
        && memchr::memmem::find_iter(body, b"[a]")
            .any(|at| super::markers::lettered_marker(body, at).is_some())
}

/// Where `text` first cites note 1 with a superscript saved as a plain
/// digit: `1` right after a word's full stop or comma, a space after it
/// (`violinists.1 They`).
fn first_1_in_digits_at(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'1', bytes).find(|&at| {
        let before = at.checked_sub(2).and_then(|p| bytes.get(p..at));
        let after = bytes.get(at + 1);
        before.is_some_and(|b| b[0].is_ascii_alphabetic() && matches!(b[1], b'.' | b','))
            && after.is_some_and(u8::is_ascii_whitespace)
    })
}

/// Whether `line` is a number and an address alone (`1. https://…`), as
/// in a text browser's list of links.
fn is_numbered_address(line: &str) -> bool {
    let Some((number, address)) = line.split_once(". ") else {
        return false;
    };
    let address = address.trim();
    !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
        && !address.contains(char::is_whitespace)
        && ["http://", "https://", "file://", "ftp://", "mailto:"]
            .iter()
            .any(|scheme| address.starts_with(scheme))
}

/// Whether `text` numbers its links as a text browser does: `[4]Nature`,
/// a number in brackets after a space and before a word, at least twice.
fn numbers_links(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'[', bytes)
        .filter(|&at| {
            let after = &bytes[at + 1..];
            let digits = after.iter().take_while(|b| b.is_ascii_digit()).count();
            (at == 0 || bytes[at - 1].is_ascii_whitespace())
                && digits > 0
                && after.get(digits) == Some(&b']')
                && after.get(digits + 1).is_some_and(u8::is_ascii_alphanumeric)
        })
        .nth(1)
        .is_some()
}

/// The body's blocks: paragraphs separated by blank lines (a hard-wrapped
/// paragraph is joined; long lines are each a paragraph), short stand-alone
/// lines as headings, and block quotations: paragraphs whose lines all start
/// with `>`, or are all indented in a body where more than a third of the
/// paragraphs are not.
#[must_use]
pub fn body_blocks(text: &str, body: &Range<usize>) -> Vec<crate::article::Block> {
    use crate::article::BlockKind;
    let mut blocks = Vec::new();
    // Whether each block's lines are all indented.
    let mut indented = Vec::new();
    // The trimmed lines of the paragraph being read, and whether they were
    // all indented.
    let mut group: Vec<Line> = Vec::new();
    let mut group_indented = true;
    for line in lines_between(text, body.start, body.end) {
        let s = text.get(line.clone()).unwrap_or("");
        if is_blank(s) {
            push_group(text, &group, group_indented, &mut blocks, &mut indented);
            group.clear();
            group_indented = true;
        } else {
            group_indented &= s.starts_with("  ") || s.starts_with('\t');
            group.push(trim_range(text, &line));
        }
    }
    push_group(text, &group, group_indented, &mut blocks, &mut indented);
    let paragraphs = |indent: bool| {
        blocks
            .iter()
            .zip(&indented)
            .filter(|(b, i)| b.kind == BlockKind::Paragraph && **i == indent)
            .count()
    };
    // A body set in as a whole has no quotations told by their indent.
    if paragraphs(true) <= 2 * paragraphs(false) {
        for (block, _) in blocks.iter_mut().zip(&indented).filter(|(_, i)| **i) {
            let s = text.get(block.range.clone()).unwrap_or("");
            if block.kind == BlockKind::Paragraph && !is_list_item(s) && !is_sentence_a_line(s) {
                block.kind = BlockKind::Quote;
            }
        }
    }
    blocks
}

/// Whether a block of several lines has a whole sentence on each, as a
/// list saved without its bullets has (a wiki's trivia), where a quotation
/// is wrapped mid-sentence.
fn is_sentence_a_line(s: &str) -> bool {
    let mut count = 0;
    for line in s.lines().map(str::trim).filter(|l| !l.is_empty()) {
        count += 1;
        let sentence = line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && line
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?']);
        if !sentence {
            return false;
        }
    }
    count >= 2
}

/// Whether a line is a row of a table drawn with pipes (`| a | b |`).
#[must_use]
pub fn is_table_row(s: &str) -> bool {
    let t = s.trim();
    t.len() > 1 && t.starts_with('|') && t.ends_with('|')
}

/// Whether a line starts as an item of a list (`- `, `* `, `• `, `1. `).
fn is_list_item(s: &str) -> bool {
    let unnumbered = s.trim_start_matches(|c: char| c.is_ascii_digit());
    s.starts_with(['-', '*', '•', '–', '·'])
        || (unnumbered.len() < s.len() && unnumbered.starts_with(['.', ')']))
}

/// The blocks of a group of non-blank lines: one paragraph when it is hard
/// wrapped, else one block per line; a quotation when every line starts
/// with `>`. `indented` gets, for each block, whether it is set in: its
/// lines `all_indented`, and hard wrapped or short.
fn push_group(
    text: &str,
    group: &[Line],
    all_indented: bool,
    blocks: &mut Vec<crate::article::Block>,
    indented: &mut Vec<bool>,
) {
    use crate::article::{Block, BlockKind};
    let line = |l: &Line| text.get(l.clone()).unwrap_or("");
    let quoted = !group.is_empty()
        && group.iter().all(|l| line(l).starts_with('>'))
        && !group.first().is_some_and(|l| opens_a_box(line(l)));
    // A table's rows (`| 1676 | Rømer | … [3] |`) are each a block, and
    // so are a list's items, a bullet on every line (`- [x] check …`).
    let table = group.len() > 1 && group.iter().all(|l| is_table_row(line(l)));
    let bulleted = group.len() > 1
        && group.iter().all(|l| {
            let mut chars = line(l).chars();
            matches!(chars.next(), Some('-' | '*' | '•' | '–')) && chars.next() == Some(' ')
        });
    let hard_wrapped =
        group.len() > 1 && !table && !bulleted && (quoted || group.iter().all(|l| l.len() <= 100));
    let joined = match (hard_wrapped, group.first(), group.last()) {
        (true, Some(first), Some(last)) => Some(first.start..last.end),
        _ => None,
    };
    let ranges = match &joined {
        Some(paragraph) => std::slice::from_ref(paragraph),
        None => group,
    };
    for range in ranges {
        let s = line(range);
        let heading = s.starts_with('#')
            || (is_title_like(s)
                && s.split_whitespace().count() <= 12
                && !s.contains('[')
                && !s.ends_with(['"', '”', '?', '!', ')']));
        let kind = if quoted {
            BlockKind::Quote
        } else if heading && !table {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block {
            kind,
            range: range.clone(),
        });
        // A long line set in is a paragraph with its first line indented.
        indented.push(all_indented && (joined.is_some() || range.len() <= 100));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (Option<&str>, Option<&str>, &str, Option<&str>) {
        let l = layout(text);
        (
            l.title.map(|r| &text[r]),
            l.byline.map(|r| &text[r]),
            text[l.body].trim(),
            l.references.map(|r| text[r].trim()),
        )
    }

    #[test]
    fn a_forwarded_mail_has_the_title_its_subject_ends_with() {
        let text = "From: Ann Roe <ann@example.org>\nSent: Tuesday, 14 October 2025 09:12\nSubject: FW: Brief 25/11 - After the Vote\n\n\
            Colleagues, forwarding the brief that went out last night, with the figures from before the holiday.\n\n\
            -----Original Message-----\nFrom: Kestrel Forum <pubs@example.org>\nSubject: Brief 25/11 - After the Vote\n\n\
            View this email in your browser\n\n** After the Vote\n\nBy Jane Doe\n\nThe sanctions returned.[1]\n\nNotes\n[1] Roe, J. A book.\n";
        let (title, byline, _, _) = parts(text);
        assert_eq!((title, byline), (Some("After the Vote"), Some("Jane Doe")));
    }

    #[test]
    fn an_article_shared_in_a_chat_has_its_own_title_and_the_chat_after_it_is_no_note() {
        let text = "[05/03/2025, 21:15:40] Ann Roe: Worth reading before Saturday\n[05/03/2025, 21:15:52] Ann Roe: Forwarded\n\
            *The New Law: What Changed*\n\nBy Jane Doe\n\nThe law was paused.[1]\n\nSources\n[1] Roe, J. A book, 2004.\n\
            [05/03/2025, 21:30:11] Lee M: Thanks, [1] does not open for me\n[05/03/2025, 21:31:40] Ann Roe: That page is no longer available.\n";
        let (title, byline, _, refs) = parts(text);
        assert_eq!(
            (title, byline, refs),
            (
                Some("The New Law: What Changed"),
                Some("Jane Doe"),
                Some("[1] Roe, J. A book, 2004.")
            )
        );
    }

    #[test]
    fn a_headline_that_opens_like_a_header_or_a_pages_meta_line_is_the_title() {
        for headline in [
            "Views: Why the Hardliners Keep Winning",
            "From: Tehran to Moscow, the Long Road",
        ] {
            let text =
                format!("{headline}\n\nBy Jane Roe\n\nThe body.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n");
            assert_eq!(parts(&text).0, Some(headline));
        }
    }

    #[test]
    fn title_after_breadcrumb_and_references_after_heading() {
        let text = "Home » News » Big Story\n\nBig Story\n\nBody text here.[1]\n\nReferences:\n[1] Roe, J. A book.\n";
        let (title, _, body, refs) = parts(text);
        assert_eq!(title, Some("Big Story"));
        assert_eq!(body, "Body text here.[1]");
        assert_eq!(refs, Some("[1] Roe, J. A book."));
        // The site's name, menus and banners above the breadcrumb are not.
        let text = "Skip to content\nThe Mind Blog\nMenu\nHome\nPsychology\nAbout\nWe use cookies. Accept all | Reject\n\
                    Home » Psychology » Is It Real?\n\nIs It Real?\n\nPosted on August 2, 2021 by Tom Oak | 17 Comments\n\n\
                    Body text here.[1]\n\nReferences:\n[1] Roe, J. A book.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!((title, byline), (Some("Is It Real?"), Some("Tom Oak")));
        assert_eq!(body, "Body text here.[1]");
    }

    #[test]
    fn a_wiki_in_another_language_is_titled_under_its_skip_link_and_menu() {
        let text = "Zum Inhalt springen\nHauptmenü\nAda Lovelace\naus Wikipedia, der freien Enzyklopädie\n\nAda Lovelace war eine Mathematikerin.[1]\n\nEinzelnachweise\n\n↑ Doron Swade: The Difference Engine. Viking, New York 2001.\n";
        let (title, _, body, _) = parts(text);
        assert_eq!(title, Some("Ada Lovelace"));
        assert_eq!(body, "Ada Lovelace war eine Mathematikerin.[1]");
        // The tabs and tools between the title and the tagline.
        let text = "Aller au contenu\nMenu principal\nRechercher\nSommaire\n1 Origines\nProjet Manhattan\n85 langues\nArticle\nDiscussion\nLire\nModifier\nModifier le code\nVoir l’historique\nOutils\nUn article de Wikipédia, l'encyclopédie libre.\n\nLe projet Manhattan produit les premières armes nucléaires[1].\n\nRéférences\n\n↑ Richard Rhodes, The Making of the Atomic Bomb, 1986.\n";
        assert_eq!(parts(text).0, Some("Projet Manhattan"));
    }

    #[test]
    fn the_title_is_under_a_sites_name_and_menu() {
        let body = "\n\nOn the Forgetting Curve’s Long Tail\nWhy review intervals grow.\n\nEbbinghaus measured his own forgetting.[1]\n\nNotes\n\n1. Ebbinghaus, Hermann. Über das Gedächtnis. 1885.\n";
        let text = format!("Gwern.net\nHome\nEssays\nAbout\nSearch{body}");
        assert_eq!(parts(&text).0, Some("On the Forgetting Curve’s Long Tail"));
        // A search box's label and a menu of links on one line are the
        // menu's too.
        let text = format!(
            "Skip to content\nHarbor Rights Collective\nHome\nAbout Us | Reports | Donate\nSearch for:\nSearch\nMenu{body}"
        );
        assert_eq!(parts(&text).0, Some("On the Forgetting Curve’s Long Tail"));
        // A title, its standfirst, byline and date over the body are no menu.
        let text = "Short Title Here\nA standfirst line\nBy Jane Roe\n12 March 2024\n\nIntroduction\n\nEbbinghaus measured his own forgetting.[1]\n\nNotes\n\n1. Ebbinghaus, Hermann. Über das Gedächtnis. 1885.\n";
        assert_eq!(parts(text).0, Some("Short Title Here"));
    }

    #[test]
    fn a_note_on_any_of_the_writers_ends_the_notes() {
        let text = "Onshore wind\nBy Hannah Kerr, Matthew Ward\n\nPlanning tests changed.[1]\n\nFootnotes\n\n1. HCWS42, Local planning, 18 June 2015.\nMatthew Ward is a researcher in the Library's science team.\n";
        let (_, byline, _, refs) = parts(text);
        assert_eq!(byline, Some("Hannah Kerr, Matthew Ward"));
        assert_eq!(refs, Some("1. HCWS42, Local planning, 18 June 2015."));
        // In another language; a paper's note on its writer with no byline
        // read; and not the writer's own work with a co-author.
        for (text, list) in [
            (
                "Titel\n\nvon Katharina Albers\n\nDer Text.[1]\n\nAnmerkungen\n\n[1] Alan Jones, The War, London: Penguin 2001.\n\nKatharina Albers ist Historikerin und lebt in Leipzig.\n",
                "[1] Alan Jones, The War, London: Penguin 2001.",
            ),
            (
                "Errors\n\nReaders rarely read what they cite [1].\n\nREFERENCES\n[1] M. V. Simkin, \"Read before you cite!,\" Complex Syst., 2003.\nIngrid M. Halvorsen received the M.Sc. degree in information science.\n",
                "[1] M. V. Simkin, \"Read before you cite!,\" Complex Syst., 2003.",
            ),
            // The page's number under it is no entry of the list; a trade
            // in capitals is a trade.
            (
                "Errors\n\nReaders rarely read what they cite [1].\n\nREFERENCES\n[1] M. V. Simkin, \"Read before you cite!,\" Complex Syst., 2003.\nTobias R. Achebe is an Associate Professor of information science.\n\nHALVORSEN: ERRORS\n\n5\n",
                "[1] M. V. Simkin, \"Read before you cite!,\" Complex Syst., 2003.",
            ),
            (
                "Titel\n\nBy Jane Roe\n\nThe text.[1]\n\nNotes\n\n[1] See the note, and\nJane Roe has argued the case in Pepper: A History (2001), 12-40.\n",
                "[1] See the note, and\nJane Roe has argued the case in Pepper: A History (2001), 12-40.",
            ),
            (
                "Titel\n\nBy Jane Roe\n\nThe text.[1]\n\nNotes\n\n[1] Mary Major, The War. London: Spire,\n2001\nShare this:\n",
                "[1] Mary Major, The War. London: Spire,\n2001",
            ),
            (
                "Titel\n\nBy Jane Roe\n\nThe text.[1]\n\nNotes\n\n[1] Interview with a trader, conducted by\nJane Roe in Lagos on 3 May 2019.\n",
                "[1] Interview with a trader, conducted by\nJane Roe in Lagos on 3 May 2019.",
            ),
            (
                "Titel\n\nBy Jane Roe\n\nThe text.[1]\n\nNotes\n\n[1] Mary Major, The War, 2001.\nJane Roe and John Doe replied in The Peace, 2003.\n",
                "[1] Mary Major, The War, 2001.\nJane Roe and John Doe replied in The Peace, 2003.",
            ),
        ] {
            assert_eq!(parts(text).3, Some(list), "{text}");
        }
    }

    #[test]
    fn a_sections_name_over_a_date_is_no_byline() {
        let text = "Floods close roads across the valley\nLocal News\nMarch 3, 2025\n\nRain fell for three days.[1]\n\nSources\n\n1. Roe, Jane. Rainfall. 2025.\n";
        assert_eq!(parts(text).1, None);
    }

    #[test]
    fn a_journals_title_under_its_date_line_over_its_author_list() {
        let text = "Skip to main content\nAdvertisement\nArticle\nPublished: 14 May 2025\nMarine heatwaves amplify oxygen loss\nIngrid Halvorsen, Tomás Ferreira & Mei-Lin Zhou\nAbstract\nMarine heatwaves have become longer [1].\n\nReferences\n1. Hobday, A. J. et al. Marine heatwaves. Prog. Oceanogr. 141, 227–238 (2016).\n";
        let (title, byline, _, _) = parts(text);
        assert_eq!(title, Some("Marine heatwaves amplify oxygen loss"));
        assert_eq!(byline, Some("Ingrid Halvorsen, Tomás Ferreira & Mei-Lin Zhou"));
    }

    #[test]
    fn a_writers_name_over_a_date_is_the_byline() {
        let text = "Thinking Slowly\nSubscribe\nSign in\n\nMelatonin Dosing, Revisited\nLess is more, timing is everything\nNora Whitcombe\nMar 04, 2025\n\nTake 0.3 mg, not 10 mg.[1]\n\nFootnotes\n\n1. Zhdanova, I. V. (2001). Melatonin treatment. JCEM, 86, 4727.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!(
            (title, byline),
            (Some("Melatonin Dosing, Revisited"), Some("Nora Whitcombe"))
        );
        assert_eq!(body, "Take 0.3 mg, not 10 mg.[1]");
        // A publishing platform's buttons between the name and the date.
        let text = "Open in app\nSign in\n\nMelatonin Dosing, Revisited\nLess is more, timing is everything\n\
                    Nora Whitcombe\nFollow\n11 min read\n·\nMar 04, 2025\n\nTake 0.3 mg, not 10 mg.[1]\n\n\
                    Footnotes\n\n1. Zhdanova, I. V. (2001). Melatonin treatment. JCEM, 86, 4727.\n";
        assert_eq!(parts(text).1, Some("Nora Whitcombe"));
        // A show's name over its date, then who hosts it.
        let text = "Episode 12: The Long Winter\nTide Tables · March 4, 2025 · 48 min\nHosted by Nora Whitcombe\n\n\
                    Take 0.3 mg, not 10 mg.[1]\n\nSources\n\n1. Zhdanova, I. V. (2001). Melatonin treatment. JCEM, 86, 4727.\n";
        assert_eq!(parts(text).1, Some("Nora Whitcombe"));
    }

    #[test]
    fn notes_numbered_alone_on_their_lines_trail_a_text_citing_them_in_plain_digits() {
        let text = "Practice\n\nEricsson published a study of violinists.1 It was good.2\n\n1\nEricsson, K. A. The role of deliberate practice. 1993.\n\n2\nMacnamara, B. N. Deliberate practice. 2014.\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "Ericsson published a study of violinists.1 It was good.2");
        assert!(refs.is_some_and(|r| r.starts_with("1\nEricsson")));
        // Numbers alone on lines under a text that cites nothing so are no notes.
        let text = "Practice\n\nThe band played 1 song.\n\n1\nOne. 1993.\n\n2\nTwo. 2014.\n";
        assert_eq!(parts(text).3, None);
    }

    #[test]
    fn a_heading_over_works_wins_over_a_later_one_over_page_furniture() {
        let list = "References\nOke, T.R., 1982. The energetic basis of the urban heat island. Q. J. R. Meteorol. Soc. 108, 1-24.\n";
        // A metrics tab, and a tab bar naming the references again.
        for after in [
            "Article Metrics\nCitations\nCitation Indexes: 23\nReaders: 87\n",
            "Figures\nReferences\nRelated\nInformation\n",
        ] {
            let text = format!("A study\n\nCities are hot (Oke, 1982).\n\n{list}{after}");
            let refs = parts(&text).3.unwrap_or_default().to_string();
            assert!(refs.starts_with("Oke, T.R."), "{refs}");
        }
    }

    #[test]
    fn lettered_notes_the_body_cites_lie_between_it_and_the_references() {
        let list = "Notes\n\na. ^ Figures vary.\nb. ^ He said so.\n\nReferences\n\n1. ^ Snow, John (1855). On Cholera.\n";
        let text = format!("Broad Street\n\nIt killed 616.[1][a] It ended.[b]\n\n{list}");
        let l = layout(&text);
        assert_eq!(text[l.body].trim(), "It killed 616.[1][a] It ended.[b]");
        assert_eq!(
            l.lettered_notes.map(|r| text[r].trim()),
            Some("a. ^ Figures vary.\nb. ^ He said so.")
        );
        assert_eq!(
            l.references.map(|r| text[r].trim()),
            Some("1. ^ Snow, John (1855). On Cholera.")
        );
        // A body that cites no `[a]` keeps them: they are no notes of its.
        let text = format!("Broad Street\n\nIt killed 616.[1] It ended.\n\n{list}");
        let l = layout(&text);
        assert_eq!(l.lettered_notes, None);
        assert!(text[l.body].contains("Figures vary."));
    }

    #[test]
    fn a_first_line_that_cites_is_body_not_the_title() {
        let text = "Popper called normal science a danger.[1]\n\nKuhn disagreed.[2]\n\nNotes\n[1] Popper, Karl. An essay. 1970.\n[2] Kuhn, Thomas. A book. 1962.\n";
        let (title, _, body, _) = parts(text);
        assert_eq!(title, None);
        assert!(body.starts_with("Popper called"), "{body}");
    }

    #[test]
    fn an_underlined_heading_and_an_email_signature_bound_the_list() {
        let text = "Why solar got cheap\n\nModule prices fell [1].\n\nLinks:\n------\n[1] https://ourworldindata.org/cheap-renewables-growth\n\n-- \nGrid Notes is a reader-supported publication.\n\nUnsubscribe https://example.substack.com/action/disable_email\n";
        let (_, _, _, refs) = parts(text);
        assert_eq!(
            refs,
            Some("[1] https://ourworldindata.org/cheap-renewables-growth")
        );
    }

    #[test]
    fn a_news_pages_source_field_is_no_reference_list() {
        let text = "Ripples in spacetime\n\nDate:\n    February 11, 2016\nSource:\n    LIGO Scientific Collaboration\nSummary:\n    Two detectors recorded a wave.\n\nThe signal was seen in 2015.\n\nJournal Reference:\n\n 1. B. P. Abbott et al. Observation of Gravitational Waves from a Binary Black Hole Merger. Physical Review Letters, 2016.\n";
        let (_, _, body, refs) = parts(text);
        assert!(body.contains("The signal was seen in 2015."), "{body}");
        assert!(refs.is_some_and(|r| r.starts_with("1. B. P. Abbott")), "{refs:?}");
        // With no other list, the fields are still the page's header.
        let text = "Ripples\n\nSource:\n    LIGO Scientific Collaboration\nSummary:\n    Two detectors.\n\nThe signal was seen in 2015.\n";
        let (_, _, body, refs) = parts(text);
        assert!(body.contains("The signal was seen in 2015."), "{body}");
        assert_eq!(refs, None);
    }

    #[test]
    fn a_labelled_header_gives_the_title_and_byline() {
        let text = "Computer Science > Information Retrieval\n\n[Submitted on 3 Jun 2024]\n\nTitle: Pruned Indexes for Long Documents\nAuthors: Maria Okafor, Daniel Brenner\n\nAbstract: We reimplement three strategies.[1]\n\nReferences\n[1] Roe, J. A book. 2001.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!(title, Some("Pruned Indexes for Long Documents"));
        assert_eq!(byline, Some("Maria Okafor, Daniel Brenner"));
        assert_eq!(body, "Abstract: We reimplement three strategies.[1]");
    }

    #[test]
    fn byline_at_the_bottom_and_cruft_after_it() {
        let text = "A Title\n\nBody.[1]\n\nNotes\n[1] Roe, J. A book.\n\nBy: Jane Roe\n\nYou may also like\n\nOther story\n";
        let l = layout(text);
        let refs = &text[l.references.unwrap()];
        assert!(
            refs.contains("By: Jane Roe") && !refs.contains("You may also like"),
            "{refs}"
        );
    }

    #[test]
    fn a_saved_pages_footer_right_after_the_last_entry_ends_the_list() {
        for footer in [
            "Retrieved from \"https://en.wikipedia.org/w/index.php?title=X&oldid=1\"",
            "Posted in Media | 3 Comments",
            "About the author: Jane Roe writes on science.",
            "\nThe post A Title appeared first on Kestrel Review.\n\nVisit website",
            "\nExcerpt From\nA Book of Essays\nhttps://books.example.com/book/id64499\nThis material may be protected by copyright.",
            // A press release's own numbered notes, and a forum's note on
            // an edited post.
            "\nNotes to editors\n1. The gallery is open daily.\n2. Photographs are available on request.",
            "\nThe Centre for Coastal Law is a non-partisan research body. Nothing here is legal advice.\n© 2024 The Centre for Coastal Law.",
            // A republisher's note on where the article first appeared, and
            // an editor's empty line written as an entity.
            "\nThis article was first published in Persian in a Tehran daily. The views are the author's own.",
            "\nThis article appeared in issue 11/2024 of the magazine.",
            "\nSie lesen einen Beitrag aus der Ausgabe 11/2024.",
            "\nCet article a été publié dans Le Monde le 3 mars 2024.",
            // A forum post's score over its buttons.
            "\n412\nReply\nShare",
            "&nbsp;\nShare this:",
            "\nLast edited by marsh_owl on Tue Mar 04, 2025 9:15 pm, edited 1 time in total.\n-- Owls at dusk.",
        ] {
            let text = format!("A Title\n\nBody.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n{footer}\n");
            let (_, _, _, refs) = parts(&text);
            assert_eq!(refs, Some("[1] Roe, J. A book, 2004."), "{footer}");
        }
    }

    #[test]
    fn a_posts_writer_and_date_above_its_title_are_not_the_title() {
        let text = "Posted by editor on 03/14/2025 | Category: World\n\nThe River Treaty at Fifty\n\nThe treaty held.[1]\n\nReferences:\n1. Roe, J. A book, 2004.\n";
        assert_eq!(parts(text).0, Some("The River Treaty at Fifty"));
    }

    #[test]
    fn a_chapters_label_above_its_title_is_not_the_title() {
        let text = "CHAPTER SEVEN\n\nThe Year the River Froze\n\nIn 1814 the Thames froze over.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        let (title, _, body, _) = parts(text);
        assert_eq!(title, Some("The Year the River Froze"));
        assert_eq!(body, "In 1814 the Thames froze over.[1]");
        // Not a dateline, a name or a dedication before its comma.
        for line in ["LONDON,", "JOHN SMITH,", "TO MY FATHER,"] {
            assert!(!runs_on_past_a_comma(line), "{line}");
        }
        // A title in capitals that a comma carries on to its dates.
        let text = "       CHAPTER 3\n\n       CORRESPONDENCE AND COUNTY HISTORY: JOHN NICHOLS AND HIS CONTRIBUTORS,\n1780\u{2013}1815\n\n       The county history was collaborative.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        assert_eq!(
            parts(text).0,
            Some("CORRESPONDENCE AND COUNTY HISTORY: JOHN NICHOLS AND HIS CONTRIBUTORS,\n1780\u{2013}1815")
        );
    }

    #[test]
    fn a_section_label_above_the_headline_is_not_the_title() {
        for label in [
            "Opinion | Economy",
            "ANALYSIS",
            "Opinion",
            "NEWS RELEASE 14-FEB-2022",
            "REPORT",
            "OPINION | GUEST ESSAY",
        ] {
            let text = format!(
                "{label}\n\nIs Secular Stagnation Back?\n\nBy Jane Roe\n\nTen years ago it was a worry.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n"
            );
            let (title, byline, _, _) = parts(&text);
            assert_eq!(
                (title, byline),
                (Some("Is Secular Stagnation Back?"), Some("Jane Roe")),
                "{label}"
            );
        }
    }

    #[test]
    fn a_label_of_two_words_or_a_content_systems_details_over_the_headline_are_not_the_title() {
        let text = "Digital rights\nThe Switch in Tehran: How the Internet Is Throttled\nPublished 3 October 2023 · 11 min read\nBy Jane Roe\n\nData slowed.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        assert_eq!(
            parts(text).0,
            Some("The Switch in Tehran: How the Internet Is Throttled")
        );
        // A short headline over its standfirst stays the title.
        for (headline, standfirst) in [
            (
                "Snapback",
                "How the sanctions came back, and what Tehran will do next",
            ),
            (
                "The Holdouts",
                "Why three provinces still refuse to sign the water accord",
            ),
        ] {
            let text = format!(
                "{headline}\n{standfirst}\nBy Jane Roe\n3 October 2023\n\nData slowed.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n"
            );
            assert_eq!(parts(&text).0, Some(headline));
        }
        let text = "Iran in the SCO: What Membership Can Deliver\n\nDetails\nCategory: Analysis\nPublished: 10 July 2023\nWritten by Jane Roe\n\nIran joined.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        assert_eq!(
            parts(text).0,
            Some("Iran in the SCO: What Membership Can Deliver")
        );
    }

    #[test]
    fn a_masthead_in_capitals_above_the_headline_is_not_the_title() {
        let text = "THE DOCKET REVIEW\nFourth Amendment | Surveillance | Commentary\n\nCarpenter at Five: Geofence Warrants\n\nBy Rachel Inouye | June 22, 2023\n\nThe court decided.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        assert_eq!(parts(text).0, Some("Carpenter at Five: Geofence Warrants"));
        // A headline in capitals over its standfirst stays the title.
        let text = "THE GREAT FLOOD OF 1927\n\nHow the river remade the delta and the nation.\n\nBy Jane Roe\n\nThe water rose.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        assert_eq!(parts(text).0, Some("THE GREAT FLOOD OF 1927"));
    }

    #[test]
    fn a_newsletters_name_over_its_buttons_is_not_the_title() {
        let text = "Signal & Noise\nSubscribe\nSign in\n\nCorrections Work, Just Not How We Hoped\n\nPriya Raman\nNov 12, 2026\n\nCorrections move people.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        assert_eq!(parts(text).0, Some("Corrections Work, Just Not How We Hoped"));
        // A title over a button, its writer under them, stays the title.
        let text = "Corrections Work, Just Not How We Hoped\nSubscribe\n\nPriya Raman\nNov 12, 2026\n\nCorrections move people.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        assert_eq!(parts(text).0, Some("Corrections Work, Just Not How We Hoped"));
    }

    #[test]
    fn the_standfirst_between_title_and_byline_is_kept() {
        let text = "Ursula K. Le Guin, 88, Dies\n\nShe wrote about wizards, anarchists and a planet where gender is seasonal.\n\nBy Gerald Jonas\nPublished January 24, 2018\n\nShe died at her home.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        let a = crate::parse::parse("a.txt", text.into());
        let shown: Vec<(crate::article::BlockKind, &str)> =
            a.blocks.iter().map(|b| (b.kind, a.slice(&b.range))).collect();
        use crate::article::BlockKind::{Byline, Paragraph, Title};
        assert_eq!(
            shown,
            [
                (Title, "Ursula K. Le Guin, 88, Dies"),
                (
                    Paragraph,
                    "She wrote about wizards, anarchists and a planet where gender is seasonal."
                ),
                (Byline, "Gerald Jonas"),
                (Paragraph, "She died at her home.[1]"),
            ]
        );
    }

    #[test]
    fn the_sites_name_above_the_title_is_not_the_title() {
        let text = "The Junto: A Group Blog on Early American History\n\nReading the Almanac\n\nPosted by Emily Chen on 12 October 2016\n\nAlmanacs were everywhere.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        let (title, byline, _, _) = parts(text);
        assert_eq!((title, byline), (Some("Reading the Almanac"), Some("Emily Chen")));
        // A title that only mentions a blog stays the title.
        let text = "Why I Stopped Reading Blogs\n\nBy Jane Roe\n\nThey were everywhere.[1]\n\nNotes\n[1] Roe, J. A book, 2004.\n";
        assert_eq!(parts(text).0, Some("Why I Stopped Reading Blogs"));
    }

    #[test]
    fn byline_under_the_title() {
        let (title, byline, body, _) = parts("A Title\nBy Jane Roe\n\nBody starts here.\n");
        assert_eq!(
            (title, byline, body),
            (Some("A Title"), Some("Jane Roe"), "Body starts here.")
        );
    }

    #[test]
    fn the_title_comes_after_the_page_controls() {
        let text = "Skip to content\nMenu\nHome | News | Science | About\n\nA Title\n\nBy Jane Roe\n\nBody starts here.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!(
            (title, byline, body),
            (Some("A Title"), Some("Jane Roe"), "Body starts here.")
        );
    }

    #[test]
    fn a_wiki_page_copied_whole_is_titled_above_its_tabs_and_tagline() {
        let text = "Jump to content\nMain menu\nSearch\nAppearance\nCreate account\nLog in\nContents\nhide\n(Top)\n1 History\n2 Legacy\nToggle the table of contents\nPiltdown Man\n31 languages\nArticle\nTalk\nRead\nEdit\nView history\nTools\nFrom Wikipedia, the free encyclopedia\n\nThe Piltdown Man was a hoax.[1]\n\nReferences\n1. ^ Weiner, J. S. (1955). The Piltdown Forgery.\n";
        let (title, _, body, _) = parts(text);
        assert_eq!(
            (title, body),
            (Some("Piltdown Man"), "The Piltdown Man was a hoax.[1]")
        );
    }

    #[test]
    fn a_wiki_quoted_in_the_body_or_a_tag_under_the_byline_is_no_title() {
        let quoted = "What the Wiki Says\n\nBy Jane Roe\n\nThis is the opening of the article as it stood in May, copied whole:\n\nPiltdown Man\nFrom Wikipedia, the free encyclopedia\nThe Piltdown Man was a hoax.\n\nIt names no forger.[1]\n";
        let (title, byline, _, _) = parts(quoted);
        assert_eq!((title, byline), (Some("What the Wiki Says"), Some("Jane Roe")));
        let tagged = "Home » Environment\nWhy the Ice Is Thinning\nBy Jane Roe\n12 March 2023\nEnvironment\n\nBody starts here.\n";
        let (title, byline, _, _) = parts(tagged);
        assert_eq!(
            (title, byline),
            (Some("Why the Ice Is Thinning"), Some("Jane Roe"))
        );
    }

    #[test]
    fn the_writer_under_the_institution_is_the_byline() {
        let text = "Why the Port Was Leased\n\nMay 18, 2021\nBy RSIS\n\nBy Jane Roe*\n\nBody starts here.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!(
            (title, byline, body),
            (
                Some("Why the Port Was Leased"),
                Some("Jane Roe"),
                "Body starts here."
            )
        );
        let one = "Why the Port Was Leased\n\nBy RSIS\n\nBody starts here.\n";
        assert_eq!(parts(one).1, Some("RSIS"));
    }

    #[test]
    fn a_control_word_right_over_the_byline_is_the_title() {
        let (title, byline, _, _) =
            parts("Home\n\nBy Jane Roe\n\nBody starts here.[1]\n\nReferences\n[1] Roe, J. A Book. 2001.\n");
        assert_eq!((title, byline), (Some("Home"), Some("Jane Roe")));
    }

    #[test]
    fn controls_or_a_menu_between_the_sites_name_and_the_title() {
        for header in [
            "Harbour Review - Essays on the Sea\nPrint version of this article\n\n",
            "Harbour Review\nHome\nShips\nPorts\nFisheries\nBooks\nPeople\nNewsletter\n\n",
            "Home » Essays » Why the Bridge Fell\n\nPrint\nSend to Friend\n\n",
        ] {
            let text = format!("{header}Why the Bridge Fell\n\nBy Jane Roe\n\nBody starts here.\n");
            let (title, byline, body, _) = parts(&text);
            assert_eq!(
                (title, byline, body),
                (Some("Why the Bridge Fell"), Some("Jane Roe"), "Body starts here."),
                "{header}"
            );
        }
    }

    #[test]
    fn a_saved_page_header_puts_the_site_section_and_standfirst_around_the_title() {
        for (title, standfirst) in [
            (
                "Why the Old Harbour Bridge Fell in the Storm",
                "Engineers had warned for a decade that the cables were corroding.",
            ),
            (
                "Why the Old Harbour Bridge Fell in the Storm",
                "Engineers had warned for a decade that the cables were corroding and the city had put off the work",
            ),
            (
                "How Tides Shape Coastlines",
                "New research shows tides carve estuaries faster than thought",
            ),
        ] {
            let text = format!(
                "Skip to main content\nThe Example Review\nSubscribe\n\nScience\n\n{title}\n\n{standfirst}\n\nBy Jane Roe\n12 March 2024\n\nBody starts here.\n"
            );
            let (found, byline, body, _) = parts(&text);
            assert_eq!((found, byline), (Some(title), Some("Jane Roe")), "{standfirst}");
            assert_eq!(body, "Body starts here.");
        }
    }

    #[test]
    fn a_by_line_after_paragraphs_of_the_body_is_not_the_byline() {
        let text = "A Title\n\nThe first paragraph says one thing.\n\nThe second says another.\n\nA third.\n\nBy Jane Roe\n\nThe rest.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!((title, byline), (Some("A Title"), None));
        assert!(body.starts_with("The first paragraph"), "{body}");
    }

    #[test]
    fn a_trailing_numbered_run_without_heading_is_the_list_when_the_body_cites_it() {
        let text =
            "A Title\n\nBody claim.[1] Another.[2]\n\n1. Roe, Jane. One. 2001.\n2. Doe, John. Two. 2002.\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "Body claim.[1] Another.[2]");
        assert_eq!(refs, Some("1. Roe, Jane. One. 2001.\n2. Doe, John. Two. 2002."));
        let steps = "A Title\n\nTo bake it:\n\n1. Heat the oven.\n2. Mix the flour.\n";
        assert_eq!(parts(steps).3, None, "steps in a body that cites nothing");
        // Each number alone on its line, its note below (a newsletter's
        // notes after its `Subscribe` button).
        let text = "A Title\n\nBody claim.[1] Another.[2]\n\nSubscribe\n\n1.\nRoe, Jane. One. 2001.\n\n2.\nDoe, John. Two. 2002.\n";
        let refs = parts(text).3.unwrap();
        assert!(
            refs.starts_with("1.\nRoe, Jane.") && refs.ends_with("Two. 2002."),
            "{refs}"
        );
    }

    #[test]
    fn the_writers_biography_and_page_lines_under_the_notes_are_not_the_last_note() {
        for tail in [
            "Jane Roe is a science writer based in Accra.",
            "Cite this article: Roe J. A Title. The Site. 2020.",
            "Disclaimer: this article is for information only.",
            "Comments are closed.",
        ] {
            let text = format!(
                "A Title\nBy\u{a0}Jane Roe\n\nBody claim.[1]\n\nReferences\n[1] Doe, John. One. 2001.\n\n{tail}\n"
            );
            assert_eq!(parts(&text).3, Some("[1] Doe, John. One. 2001."), "{tail}");
        }
    }

    /// Two sentences of prose, fifty words long, citing `cites`.
    fn prose(cites: &str) -> String {
        format!(
            "The box changed the port cities of the world, and it changed them faster than anyone who worked on the docks had expected in the years after the war.{cites} The old waterfront districts emptied, and the work moved out to new terminals far from the city centres where the dockers had lived for a century."
        )
    }

    #[test]
    fn the_notes_of_each_part_of_an_essay_are_one_list_and_the_body_runs_on_after_them() {
        let text = format!(
            "The Box\n\nPart I\n\n{}\n\nNotes\n\n[1] Levinson, Marc. The Box. 2006.\n[2] Klose, Alexander. The Container Principle. 2015.\n\nPart II\n\n{}\n\nNotes\n\n[3] George, Rose. Ninety Percent of Everything. 2013.\n",
            prose("[1][2]"),
            prose("[3]")
        );
        let a = crate::parse::parse("a.txt", text.into());
        assert_eq!(a.references.len(), 3);
        let labels: Vec<&str> = a.markers.iter().map(|m| m.labels[0].as_str()).collect();
        assert_eq!(labels, ["1", "2", "3"]);
        assert!(a.markers.iter().all(|m| m.targets[0].is_some()));
        let shown: Vec<&str> = a.blocks.iter().map(|b| a.slice(&b.range)).collect();
        assert!(shown.contains(&"Part II"), "{shown:?}");
        assert!(!shown.iter().any(|b| b.starts_with("[1] Levinson")), "{shown:?}");
    }

    #[test]
    fn after_notes_in_the_middle_the_next_part_is_body() {
        let text = format!(
            "The Box\n\n{}\n\nNotes\n\n[1] Levinson, Marc. The Box. 2006.\n\nPart II: The Consequences\n\n{}\n\n{}\n",
            prose("[1]"),
            prose(""),
            prose("")
        );
        let layout = layout(&text);
        assert_eq!(layout.references, None);
        assert_eq!(layout.middle_lists.len(), 1);
        assert_eq!(
            &text[layout.middle_lists[0].entries.clone()],
            "[1] Levinson, Marc. The Box. 2006."
        );
        assert!(text[layout.body.clone()].trim_end().ends_with("for a century."));
    }

    #[test]
    fn prose_or_a_sidebar_under_the_last_notes_is_no_next_part() {
        for after in [
            // A note's own paragraphs, under no heading.
            format!("{}\n\n{}", prose(""), prose("")),
            // A sidebar of headlines.
            "More On Shipping\n\nThe Ten Biggest Ports\nWhy Freight Rates Fell\n".to_owned(),
        ] {
            let text = format!(
                "The Box\n\n{}\n\nNotes\n\n[1] Levinson, Marc. The Box. 2006.\n\n{after}\n",
                prose("[1]")
            );
            let layout = layout(&text);
            assert!(layout.middle_lists.is_empty(), "{after}");
            assert!(layout.references.is_some(), "{after}");
        }
    }

    #[test]
    fn a_biography_thanks_or_an_end_mark_under_the_notes_end_them() {
        for after in [
            "Mark Jensen is a contributing editor. This interview ran in June 2019.",
            "*Thanks to the readers of an earlier draft for their comments.*",
            "###",
        ] {
            let text = format!("Title\n\nBody.[1]\n\nNotes\n1. Roe, Jane. A Book. 2001.\n\n{after}\n");
            let (_, _, _, refs) = parts(&text);
            assert_eq!(refs, Some("1. Roe, Jane. A Book. 2001."), "{after}");
        }
        // A note's own words stay, about its author too.
        let text =
            "Title\n\nBody.[1]\n\nNotes\n1. Roe, Jane. A Book. 2001.\nThe book is a revised edition.\n";
        assert_eq!(
            parts(text).3,
            Some("1. Roe, Jane. A Book. 2001.\nThe book is a revised edition.")
        );
        let text = "Title\n\nBody.[1][2]\n\nNotes\n1. Roe, Jane. A Book. 2001.\n\nJane Roe is a professor of history.\n\n2. Doe, John. Another. 2002.\n";
        assert!(
            parts(text)
                .3
                .is_some_and(|r| r.ends_with("2. Doe, John. Another. 2002."))
        );
    }

    #[test]
    fn an_inline_heading_before_numbered_notes_in_a_one_line_article() {
        let (_, _, body, refs) = parts("Body claim.[1] More.[2] References: 1. A note. 2. Another.\n");
        assert_eq!(body, "Body claim.[1] More.[2]");
        assert!(refs.unwrap().starts_with("1. A note."));
    }

    #[test]
    fn a_row_of_stars_inside_a_one_line_article_separates_the_notes() {
        let (_, _, body, refs) = parts("Body claim.[1] More. ***** [1] A note. [2] Another.\n");
        assert_eq!(body, "Body claim.[1] More.");
        assert!(refs.unwrap().starts_with("[1] A note."));
    }

    #[test]
    fn whole_article_on_one_line_with_inline_separator() {
        let text = "Long body sentence one.[1] More text. ---------- [1] A note. [2] Another.\n\nNew Articles\n\nTeaser\n";
        let (title, _, body, refs) = parts(text);
        assert_eq!(title, None);
        assert_eq!(body, "Long body sentence one.[1] More text.");
        assert!(refs.unwrap().starts_with("[1] A note. [2] Another."));
    }

    #[test]
    fn inline_heading_inside_a_one_line_article() {
        let text = "A claim.[1] Another.[2] References: [1] Roe, J. One. 2001. [2] Doe, K. Two. 2003.\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "A claim.[1] Another.[2]");
        assert!(refs.unwrap().starts_with("[1] Roe"));
    }

    #[test]
    fn a_capitalised_heading_without_its_colon_inside_a_one_line_article() {
        let text = "A claim.[1] Another.[2] References [1] Roe, J. One. 2001. [2] Doe, K. Two. 2003.\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "A claim.[1] Another.[2]");
        assert!(refs.unwrap().starts_with("[1] Roe"));
        let prose = "A claim.[1] As the notes [1] say, more. Notes [2] differ.\n";
        assert_eq!(parts(prose).3, None, "a heading word in prose opens no list");
    }

    #[test]
    fn trailing_bracket_run_without_heading() {
        let text = "Title\n\nBody.[1] More.[2]\n\n[1]Roe, J. One.\n\n[2] Doe, K. Two.\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "Body.[1] More.[2]");
        assert!(refs.unwrap().starts_with("[1]Roe"));
    }

    #[test]
    fn a_trailing_run_of_notes_that_open_with_a_link_back_is_the_list() {
        let text = "Title\n\nBurnet prints it.[1] Blackstone treats it.[2]\n\n\
                    \u{2191} Burnet, Gilbert. The History of the Reformation. London, 1679.\n\
                    \u{2191} Blackstone, William. Commentaries. Oxford, 1766.\n\n\
                    This work was published before January 1, 1931, and is in the public domain worldwide.\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "Burnet prints it.[1] Blackstone treats it.[2]");
        assert_eq!(
            refs,
            Some(
                "\u{2191} Burnet, Gilbert. The History of the Reformation. London, 1679.\n\u{2191} Blackstone, William. Commentaries. Oxford, 1766."
            )
        );
        // One line alone that opens so is no list.
        assert_eq!(parts("Title\n\nIt held.[1]\n\n\u{2191} Back to top\n").3, None);
    }

    #[test]
    fn a_one_line_article_whose_notes_restart_at_1_without_a_heading() {
        let text = "A claim.[1] Another.[2] [1]Roe, Jane. One. 2001. [2] Doe, K. Two. 2003.\n\nMost viewed\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "A claim.[1] Another.[2]");
        assert_eq!(refs, Some("[1]Roe, Jane. One. 2001. [2] Doe, K. Two. 2003."));
        // A body that cites [1] again, or labels that name no work, is no list.
        for prose in [
            "A claim.[1] Another.[2] Again [1] as said. Then [2] more.\n",
            "A claim [1] Another [2] Again [1] Roe said. Then [2] Doe.\n",
            // The article goes on citing under the line.
            "Roe showed it in 2001 [1] and Doe [2]. Later Roe [1] And Doe [2] In 2005.\n\nMore since 2010.[3]\n",
        ] {
            assert_eq!(parts(prose).3, None, "{prose}");
        }
    }

    #[test]
    fn numbered_headlines_under_related_posts_are_not_the_notes_above_them() {
        let text = "Title\n\nBody.[1] More.[2]\n\n[1] Roe, J. One. 2001.\n\n[2] Doe, K. Two. 2003.\n\n\
                    Related Posts\n\n1. A headline readers clicked\n2. Another headline\n3. A third one\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "Body.[1] More.[2]");
        assert!(
            refs.is_some_and(|r| r.starts_with("[1] Roe") && r.ends_with("Two. 2003.")),
            "{refs:?}"
        );
        // Notes that name works under the furniture are still the list.
        let text = "Title\n\nBody.[1] More.[2]\n\n1. A point\n2. Another point\n\nShare\n\n\
                    1. Roe, J. One. 2001.\n2. Doe, K. Two. 2003.\n";
        assert!(parts(text).3.is_some_and(|r| r.starts_with("1. Roe")));
    }

    #[test]
    fn a_line_between_the_heading_and_entry_1_is_no_entry() {
        for intro in [
            "(All links accessed in May 2019)",
            "No.\tAuthor\tTitle\tPublished",
        ] {
            let text = format!(
                "Title\n\nBody.[1] More.[2]\n\nReferences:\n{intro}\n1. Roe, J. One. 2001.\n2. Doe, K. Two. 2003.\n"
            );
            let (_, _, body, refs) = parts(&text);
            assert_eq!(body, "Body.[1] More.[2]");
            assert_eq!(
                refs,
                Some("1. Roe, J. One. 2001.\n2. Doe, K. Two. 2003."),
                "{intro}"
            );
        }
    }

    #[test]
    fn a_readers_comment_with_its_own_references_is_not_the_list() {
        let text = "Title\n\nBody.[1] More.[2]\n\nReferences:\n1. Roe, J. One. 2001.\n2. Doe, K. Two. 2003.\n\n\
                    2 Comments\n\nReza M.\nNovember 17, 2019 at 9:02 am\nFor the primary sources:\n\
                    References\n1. Zetter, K. Three. 2014.\nReply\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "Body.[1] More.[2]");
        assert_eq!(refs, Some("1. Roe, J. One. 2001.\n2. Doe, K. Two. 2003."));
    }

    #[test]
    fn a_list_of_addresses_under_explanatory_notes_is_the_list() {
        let text = "Title\n\nA.[1] B.[2] C.[3]\n\nNotes\n1. The author worked there from 2001.\n\n\
                    Sources\n[1] https://example.gov/a\n[2] https://example.com/b\n[3] https://example.com/c\n";
        assert!(
            parts(text)
                .3
                .is_some_and(|r| r.starts_with("[1] https://example.gov/a"))
        );
    }

    #[test]
    fn a_note_that_says_where_its_source_first_appeared_keeps_the_notes_after_it() {
        let text = "Title\n\nA.[1] B.[2]\n\nNotes\n[1] Tillery, M. \"Tolls.\" LWS, 2013.\n\
                    This article first appeared in Delta Times.\n[2] Fenwick, H. \"Moves.\" 2011.\n";
        assert!(
            parts(text)
                .3
                .is_some_and(|r| r.ends_with("[2] Fenwick, H. \"Moves.\" 2011."))
        );
        // In an article without notes, a section's `--` does not end it.
        let text =
            "Title\n\nA first part of the essay.\n\nMore of it.\n\n--\n\nThe second part, citing.[1]\n";
        assert!(parts(text).2.ends_with("citing.[1]"));
    }

    #[test]
    fn a_print_views_links_under_the_notes_are_not_the_list() {
        let text = "Title\n\nBody.[1] More.[2]\n\nNotes\n\n1. Roe, J. One. Chicago, 2005.\n\n\
                    2. Doe, K. Two. New York, 1961.\n\nSource URL: https://example.org/a\n\n\
                    Links:\n[1] https://example.org/\n[2] https://example.org/b\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "Body.[1] More.[2]");
        assert_eq!(
            refs,
            Some("1. Roe, J. One. Chicago, 2005.\n\n2. Doe, K. Two. New York, 1961.")
        );
    }

    #[test]
    fn notes_numbered_on_under_a_second_heading_are_one_list() {
        let text = "Title\n\nBody.[1] More.[2] And.[3]\n\nNotes\n\n1. The group has other names.\n\n\
                    Sources\n\n2. Roe, J. One. Chicago, 2005.\n3. Doe, K. Two. New York, 1961.\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!(body, "Body.[1] More.[2] And.[3]");
        assert!(refs.is_some_and(|r| r.starts_with("1. The group")), "{refs:?}");
        // Numbers that start again, or skip, under the second heading
        // make it a list of its own.
        for second in ["1. Roe, J. One. Chicago, 2005.", "5. Roe, J. One. Chicago, 2005."] {
            let text = format!(
                "Title\n\nBody.[1] More.[2]\n\nNotes\n\n1. The group has other names.\n\nSources\n\n{second}\n"
            );
            let (_, _, _, refs) = parts(&text);
            assert_eq!(refs, Some(second), "{text}");
        }
    }

    #[test]
    fn the_list_start_read_alone_is_the_layouts() {
        let archived = "The Wayback Machine - https://web.archive.org/web/2015/http://example.org/a\n\n\
                        The Real Headline\n\nBody.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        let texts = crate::samples::SAMPLES
            .iter()
            .filter(|&&(name, text)| crate::parse::detect_format(name, text) == crate::article::Format::Plain)
            .map(|&(_, text)| text)
            .chain([archived]);
        for text in texts {
            let start = reference_list_start(text);
            assert!(start.is_some(), "{text}");
            assert_eq!(start, layout(text).references.map(|r| r.start), "{text}");
        }
        assert_eq!(reference_list_start("A title\n\nA body with no notes.\n"), None);
    }

    #[test]
    fn a_piece_of_the_end_has_no_header() {
        // Cut right at the notes' heading, which a page's top would take
        // for its title.
        let piece =
            "Notes\n\n1. Roe, Jane. A Book. Oxford, 2001.\n2. Doe, John. Another Book. London, 2003.\n";
        let start = reference_list_start_in_end(piece).unwrap();
        assert!(piece[start..].trim_start().starts_with("1. Roe"), "{start}");
        assert_eq!(reference_list_start(piece), None);
        let cut_in_the_body =
            "a claim.[2]\n\nReferences\n\n[1] Roe, Jane. A Book. 2001.\n[2] Doe, John. A Book. 2003.\n";
        let start = reference_list_start_in_end(cut_in_the_body).unwrap();
        assert!(
            cut_in_the_body[start..].trim_start().starts_with("[1] Roe"),
            "{start}"
        );
    }

    #[test]
    fn an_archive_toolbar_is_no_title() {
        let text = "The Wayback Machine - https://web.archive.org/web/2015/http://example.org/a\n\n\
                    The Real Headline\n\nBody.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        assert_eq!(parts(text).0, Some("The Real Headline"));
        // With its count of copies and their dates; a byline among the
        // date and the comments under the title.
        let text = "The Wayback Machine - https://web.archive.org/web/2015/http://example.org/a\n34 captures\n\
                    12 Jan 2013 - 03 Mar 2021\n\nThe Real Headline\n\n\
                    August 21, 2014 · by Caleb Wren · Comments [3]\n\nBody.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!(
            (title, byline, body),
            (Some("The Real Headline"), Some("Caleb Wren"), "Body.[1]")
        );
        // The whole toolbar, its calendar and what collected the page,
        // over the site's name and tagline.
        let text = "The Wayback Machine - https://web.archive.org/web/2015/http://example.org/a\n34 captures\n\
                    AUG\tSEP\tOCT\nPrevious capture\t12\tNext capture\n2014\t2015\t2016\nCOLLECTED BY\n\
                    Organization: Alexa Crawls\nTIMESTAMPS\nloading\n\nMaps and Meaning\n\
                    Cartography, history and the stories maps tell\n\nThe Real Headline\n\n\
                    August 21, 2014 · by Caleb Wren · Comments [3]\n\nBody.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!(
            (title, byline, body),
            (Some("The Real Headline"), Some("Caleb Wren"), "Body.[1]")
        );
        // A title that opens with one of the toolbar's words is the page's.
        for title in [
            "Failed States and Their Limits",
            "Success in the Gulf",
            "Inside the Internet Archive",
        ] {
            let text = format!(
                "The Wayback Machine - https://web.archive.org/web/2015/http://example.org/a\n34 captures\n\
                 {title}\n\nAugust 21, 2014 · by Caleb Wren · Comments [3]\n\nBody.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n"
            );
            assert_eq!(parts(&text).0, Some(title));
        }
    }

    #[test]
    fn an_archive_toolbars_address_box_and_span_of_captures_are_no_title() {
        let text = "The Wayback Machine - https://web.archive.org/web/2012/http://example.org/a\n\
                    http://example.org/a\nGo\nMAY JUN JUL\n12\n2011 2012 2013\n43 captures\n\
                    14 Jun 2011 - 3 Feb 2016\nAbout this capture\n\n\
                    Who Watched the Protests?\nPosted by Ali Reza Moradi on June 28, 2011\n\n\
                    Body.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        let (title, byline, body, _) = parts(text);
        assert_eq!(
            (title, byline, body),
            (
                Some("Who Watched the Protests?"),
                Some("Ali Reza Moradi"),
                "Body.[1]"
            )
        );
    }

    #[test]
    fn a_headline_signed_under_it_is_the_title_whatever_chrome_is_above() {
        let end = "\n\nThe body opens here and runs on for a good many words before it cites a source.[1]\n\n\
                   References:\n[1] Roe, J. One. 2001.\n";
        let pages = [
            // A newsletter's header: its name twice, buttons, the headline
            // twice; the standfirst, writer and date under the second.
            "Diplomatic\nSubscribe\nSign in\n\nShare this post\n\nDiplomatic\nThe snapback gamble\nCopy link\n\
             Facebook\nEmail\n\nThe snapback gamble\nWhat the trigger means for an oil lifeline, and why nobody says so\n\
             Laura Rozen\nSep 02, 2025\n142\nShare",
            // A government page: a cookie banner and menus, then the
            // headline, its standfirst and `From:`.
            "Skip to main content\nCookies on GOV.UK\nWe use some essential cookies to make this website work.\n\
             Accept additional cookies\nMenu\nHome\nWorld\nPress release\nThe snapback gamble\n\
             The UK has today announced that the sanctions lifted ten years ago are back in force.\n\
             From:\nForeign Office\nPublished\n10 September 2024",
        ];
        for page in pages {
            let text = format!("{page}{end}");
            assert_eq!(parts(&text).0, Some("The snapback gamble"), "{page}");
        }
        // A headline with no signature keeps the first line's reading.
        let text = format!("A Plain Headline\nA standfirst in a line{end}");
        assert_eq!(parts(&text).0, Some("A Plain Headline"));
    }

    #[test]
    fn a_reports_cover_gives_its_title_over_two_lines_not_its_series() {
        let text = "POLICY PAPER NO. 41 | NOVEMBER 2020\n\nPROXIES AND PAYMASTERS:\nFINANCING THE AXIS OF RESISTANCE\n\n\
                    HANNA LINDQVIST AND OMAR SAEED\n\nSince 2018 the money has moved.[1]\n\nNOTES\n\n1. Roe, J. One. 2001.\n";
        assert_eq!(
            parts(text).0,
            Some("PROXIES AND PAYMASTERS:\nFINANCING THE AXIS OF RESISTANCE")
        );
        // A colon that opens a list under it carries no title on.
        let text = "The Findings\n\nThree things follow:\n\nBody text cites it.[1]\n\nNotes\n\n1. Roe, J. One. 2001.\n";
        assert_eq!(parts(text).0, Some("The Findings"));
        // A series without `No.`; a joining word in capitals carries on.
        let text = "RESEARCH PAPER 7 | OCTOBER 2019\n\nSUEZ 1956: COLLUSION, CREDIT\nAND THE END OF A BRITISH ILLUSION\n\n\
                    Since 1956 the debts have mattered.[1]\n\nNOTES\n\n1. Kyle, Keith. Suez. London: Weidenfeld & Nicolson, 1991.\n";
        assert_eq!(
            parts(text).0,
            Some("SUEZ 1956: COLLUSION, CREDIT\nAND THE END OF A BRITISH ILLUSION")
        );
        // A line in capitals under the title that joins nothing, or an
        // outlet's name, is not the title's.
        for outlet in ["CENTRE FOR THE STUDY OF DIPLOMACY", "THE NATIONAL ARCHIVES"] {
            let text = format!(
                "SUEZ 1956\n{outlet}\n\nSince 1956 the debts have mattered.[1]\n\n\
                 NOTES\n\n1. Kyle, Keith. Suez. London: Weidenfeld & Nicolson, 1991.\n"
            );
            assert_eq!(parts(&text).0, Some("SUEZ 1956"));
        }
    }

    #[test]
    fn a_papers_cover_and_record_lines_are_over_its_title() {
        let notes = "\n\nShort sleep predicts it.[1]\n\nReferences\n\n1. Roe J. One. Lancet. 2001;3:4.\n";
        // A journal's record of the article, under a breadcrumb whose last
        // parts are an issue and an identifier.
        let pmc = format!(
            "Journal List > J Sleep Metab Res > v.9(2); 2022 Jun > PMC9274413\n\n\
             J Sleep Metab Res. 2022 Jun; 9(2): 118–129.\nPublished online 2022 Jun 14. doi: 10.4172/x\n\
             PMCID: PMC9274413\nPMID: 35712209\n\nShort sleep and glycaemic control in adults{notes}"
        );
        assert_eq!(parts(&pmc).0, Some("Short sleep and glycaemic control in adults"));
        // A title wrapped after a small word.
        let wrapped = format!(
            "TinyAD: Sub-Milliwatt Anomaly Detection for\nBearing Vibration on Microcontrollers\nLena Hoffmann, Rahul Iyer{notes}"
        );
        assert_eq!(
            parts(&wrapped).0,
            Some("TinyAD: Sub-Milliwatt Anomaly Detection for\nBearing Vibration on Microcontrollers")
        );
        // A cover's series label, programme and date.
        let cover = format!(
            "Research Paper\nEnvironment and Society Programme\nOctober 2025\n\n\
             Digging In\nHow export controls are reshaping the race for minerals{notes}"
        );
        assert_eq!(parts(&cover).0, Some("Digging In"));
        // A title in sentence case that ends on a small word is whole; a
        // headline that opens with `Download` is a headline.
        let dek = format!(
            "The jobs nobody applies for\nCare homes cannot find staff, and the reasons are old{notes}"
        );
        assert_eq!(parts(&dek).0, Some("The jobs nobody applies for"));
        let festival = format!(
            "Download Festival review: metal's biggest weekend survives the mud\n\nBy Ann Writer{notes}"
        );
        assert_eq!(
            parts(&festival).0,
            Some("Download Festival review: metal's biggest weekend survives the mud")
        );
    }

    #[test]
    fn a_reply_heading_in_a_body_without_notes_keeps_what_follows() {
        let text = "Against the Objection\n\nThe objection runs as follows, and it has some force.\n\n\
                    Reply\n\nThe reply is that the force is only apparent, as the cases show.\n\n\
                    A last paragraph follows the reply, and it closes the case.\n";
        assert!(parts(text).2.ends_with("it closes the case."));
    }

    #[test]
    fn a_menu_set_apart_by_spaces_is_no_title() {
        let text = "Home   About   Archive   Contact\n\nOperation FUBELT Revisited\n\n\
                    Body text cites a book, and at some length too.[1]\n\n[1] Kyle, Keith. Suez. London: Weidenfeld & Nicolson, 1991.\n";
        assert_eq!(parts(text).0, Some("Operation FUBELT Revisited"));
        // A PDF's title with its words spaced out is still the title.
        for title in [
            "Coming  Home  from  Vietnam",
            "The  Search  for  Peace  in  Yemen",
        ] {
            let text = format!(
                "{title}\n\nBody text cites a book, and at some length too.[1]\n\n\
                                [1] Kyle, Keith. Suez. London: Weidenfeld & Nicolson, 1991.\n"
            );
            assert_eq!(parts(&text).0, Some(title));
        }
    }

    #[test]
    fn a_forums_thread_is_the_title_without_its_label() {
        let text = "Security Studies Forum > Regional Affairs > Iran & the Gulf\n\
                    Welcome, Guest. Please login or register.\n\
                    Thread: Was the 2007 estimate politicized?\nPage 3 of 5\n\n\
                    Body.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        assert_eq!(parts(text).0, Some("Was the 2007 estimate politicized?"));
        // Under a title that reads as one, a label is the page's meta.
        let text = "The Price of Maximum Pressure\nBy Jane Roe\nThread: Sanctions and Trade\n\n\
                    Body.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        assert_eq!(parts(text).0, Some("The Price of Maximum Pressure"));
    }

    #[test]
    fn a_breadcrumb_ending_with_its_section_or_a_section_with_its_topics_is_over_the_title() {
        let end = "\n\nBody text cites it.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        for header in [
            "Habilian\nHome » Articles » MKO\n\nManez: How a Village Became a Base",
            "Press Review Iran\nHome / Iran / Politics\n\nManez: How a Village Became a Base\n\n\
             Wednesday, 14 March 2018 10:12 AM\n\nBy Hamed Kazemi",
            "Iran Watch Daily\nAnalysis | Opposition Groups\n\nManez: How a Village Became a Base",
        ] {
            let text = format!("{header}{end}");
            assert_eq!(
                parts(&text).0,
                Some("Manez: How a Village Became a Base"),
                "{header}"
            );
        }
    }

    #[test]
    fn a_sites_name_and_tagline_are_over_the_title() {
        let end = "\n\nBody text cites it.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        let text = format!(
            "Eurasia Review\nA Journal of Analysis and News\n\nWhy Iranians Still Talk About 1953\n\nBy Dariush Moghaddam\nNovember 14, 2019{end}"
        );
        assert_eq!(parts(&text).0, Some("Why Iranians Still Talk About 1953"));
        // A title and its subtitle over the byline stay the title.
        let text = format!(
            "Why Iranians Still Talk About 1953\nThe Coup and Its Memory\n\nBy Dariush Moghaddam\n\nNovember 14, 2019{end}"
        );
        assert_eq!(parts(&text).0, Some("Why Iranians Still Talk About 1953"));
        // A blog's name and description, then the date over each post.
        let post = "Most histories of climate science begin with a Swede and a slide rule, but the story starts earlier.[1]";
        let text = format!(
            "Weather Eye\nEssays on the history of the atmosphere sciences\n\nSunday, 9 October 2016\n\n\
             Before the Keeling Curve: who found the greenhouse effect?\n\n{post}\n\nReferences:\n[1] Roe, J. One. 2001.\n"
        );
        assert_eq!(
            parts(&text).0,
            Some("Before the Keeling Curve: who found the greenhouse effect?")
        );
        // A report's title over two lines, its date, then its publisher:
        // the publisher is no title.
        let text = format!(
            "Platform Liability After Gonzalez and\nTaamneh: Section 230 in the Courts\n\nUpdated March 3, 2025\n\n\
             Congressional Research Service\nhttps://crsreports.congress.gov{end}"
        );
        assert_ne!(parts(&text).0, Some("Congressional Research Service"));
        // The page's controls above the site's name and tagline.
        let text = format!(
            "Skip to main content\nLibraryHub.gov | National Library Service\nResearch Briefings\n\n\
             Flood Insurance After the 2024 Storms\n\nUpdated March 3, 2025\nJane R. Doe, Analyst in Housing Policy{end}"
        );
        let (title, byline, _, _) = parts(&text);
        assert_eq!(title, Some("Flood Insurance After the 2024 Storms"));
        assert_eq!(byline, Some("Jane R. Doe"));
    }

    #[test]
    fn a_news_agencys_masthead_and_a_dateline_over_the_byline_are_no_title() {
        let text = "Tasnim News Agency\n\nIran Marks an Anniversary\n\nBody text cites it.[1]\n\nNotes:\n1. Roe, J. One. 2001.\n";
        assert_eq!(parts(text).0, Some("Iran Marks an Anniversary"));
        let text = "Europe’s promises and the price of patience\nOpinion\n\nTehran Times, May 8, 2019\n\
                    By Ali Reza Nourbakhsh\n\nBody text cites it.[1]\n\nNotes:\n1. Roe, J. One. 2001.\n";
        let (title, byline, _, _) = parts(text);
        assert_eq!(
            (title, byline),
            (
                Some("Europe’s promises and the price of patience"),
                Some("Ali Reza Nourbakhsh")
            )
        );
    }

    #[test]
    fn a_print_view_a_search_engines_copy_and_a_forum_thread_are_titled_under_their_controls() {
        let end = "\n\nBody.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        for header in [
            "Print\nEmail\n\nThe Commons After Hardin\n\nWritten by Daniel Osei",
            "This is Google's cache of https://example.com/a/. It is a snapshot of the page as it appeared on 3 Mar 2019.\n\
             Full version Text-only version View source\n\nThe Commons After Hardin\n\nBy Daniel Osei",
            "Board index ‹ Economics ‹ Commons\nPost Reply\n3 posts • Page 1 of 1\n\nThe Commons After Hardin\n\
             by Daniel Osei » Tue Mar 12, 2019 4:21 pm",
            // A search box's placeholder, and a writer's handle that is no
            // name.
            "Board index ‹ Economics ‹ Commons\nPost Reply\nSearch this topic…\n3 posts • Page 1 of 1\n\n\
             The Commons After Hardin\nby osei_d » Tue Mar 12, 2019 4:21 pm",
        ] {
            assert_eq!(
                parts(&format!("{header}{end}")).0,
                Some("The Commons After Hardin"),
                "{header}"
            );
        }
    }

    #[test]
    fn text_browsers_and_converters_leave_the_title_and_byline_readable() {
        let end = "\n\nBody text cites it.[1]\n\nReferences:\n[1] Roe, J. One. 2001.\n";
        for (header, byline) in [
            // lynx: numbered links, the text indented, the heading not.
            (
                "   [1]Skip to content\n\n   [2]Habilian Watch\n\n   [3]News [4]Reports\n\n\
                 The Commons After Hardin\n\n   By [6]Daniel Osei | 14 January 2020",
                Some("Daniel Osei"),
            ),
            // Firefox: each link's target after its words.
            (
                "Skip to main content <#main>\n\n  * Home <https://example.org/>\n  * Nuclear <https://example.org/nuclear/>\n\n\
                 Search [   ]\n\n\
                 The Commons After Hardin\n\nBy Daniel Osei <https://example.org/author/osei/>\nNovember 3, 2020",
                Some("Daniel Osei"),
            ),
            // w3m: a search form, a menu drawn as a list, a logo's name.
            (
                "Iran Review  [          ] [Search]\n\n  • Home\n  • Politics\n  • Nuclear\n\n[logo-review]\n\n\
                 The Commons After Hardin\n\nBy Daniel Osei",
                Some("Daniel Osei"),
            ),
            // A heading underlined, under the site's name and menu.
            (
                "Iran Interlink\n\nHome | About | Reports | Contact\n\nThe Commons After Hardin\n\
                 =======================\n\nIran Interlink, 2 March 2021",
                None,
            ),
            // A date with its time between the title and the byline.
            (
                "   Tehran Times\n\nOPINION\n\nThe Commons After Hardin\n\n   November 22, 2020 - 21:5\n\n   By Daniel Osei",
                Some("Daniel Osei"),
            ),
        ] {
            let text = format!("{header}{end}");
            let (title, found, _, _) = parts(&text);
            assert_eq!(
                (title, found),
                (Some("The Commons After Hardin"), byline),
                "{header}"
            );
        }
        // A section's heading underlined under the byline and a paragraph,
        // and a paragraph that opens with a numbered link, are no title.
        let paragraph = "It goes on with more words, many more than any title has, to be a paragraph.";
        for body in [
            format!("{paragraph}\n\nBackground\n=========="),
            format!("   [1]Reuters reported it first. {paragraph}\n\nBackground"),
        ] {
            let text = format!("The Commons After Hardin\n\nBy Daniel Osei\n\n{body}{end}");
            let (title, found, _, _) = parts(&text);
            assert_eq!(
                (title, found),
                (Some("The Commons After Hardin"), Some("Daniel Osei")),
                "{body}"
            );
        }
    }

    #[test]
    fn a_rule_under_the_last_entry_ends_the_list() {
        for rule in ["============", "----", "* * *"] {
            let text = format!(
                "Offer\n\nPollack wrote it.[1] Parsi agreed.[2]\n\nNotes\n\n[1] Kenneth M. Pollack, The Persian Puzzle \
                 (New York: Random House, 2004).\n[2] Trita Parsi, Treacherous Alliance (New Haven: Yale, 2007).\n\n\
                 {rule}\n** Twitter (https://twitter.com/example)\nThat's all for this week.\n"
            );
            let article = crate::parse::parse("a.txt", text.into());
            let last = article.references.last().map(|r| article.slice(&r.range));
            assert_eq!(
                last,
                Some("[2] Trita Parsi, Treacherous Alliance (New Haven: Yale, 2007)."),
                "{rule}"
            );
        }
    }

    #[test]
    fn an_advertisement_between_two_entries_leaves_the_list_going() {
        for ad in [
            "Advertisement",
            "\nStory continues below advertisement\n",
            "Advertisement\nStory continues below advertisement",
        ] {
            let text = format!(
                "Coup\n\nRisen reported it.[1] Abrahamian said so.[2] Kinzer agreed.[3]\n\nReferences\n\
                 [1] James Risen, “Secrets of History,” The New York Times, 16 April 2000.\n{ad}\n\
                 [2] Ervand Abrahamian, The Coup (New York: The New Press, 2013).\n\
                 [3] Stephen Kinzer, All the Shah’s Men (Hoboken, NJ: Wiley, 2003).\n"
            );
            let article = crate::parse::parse("a.txt", text.into());
            let entries: Vec<&str> = article
                .references
                .iter()
                .map(|r| article.slice(&r.range))
                .collect();
            assert_eq!(entries.len(), 3, "{ad}");
            assert!(entries[0].ends_with("16 April 2000."), "{ad}: {}", entries[0]);
        }
        // Under the last entry, over other numbered lines, it still ends
        // the list.
        let text = "Coup\n\nRisen reported it.[1]\n\nReferences\n[1] James Risen, “Secrets,” 2000.\n\
                    Advertisement\nMore from us\n1. The Ten Best Coups\n2. A Spy Remembers\n";
        let article = crate::parse::parse("a.txt", text.into());
        assert_eq!(article.references.len(), 1);
        // Under the last entry, it still ends the list.
        let text = "Coup\n\nRisen reported it.[1]\n\nReferences\n[1] James Risen, “Secrets,” 2000.\n\
                    Advertisement\nThe Ten Best Coups\n";
        let article = crate::parse::parse("a.txt", text.into());
        assert_eq!(
            article.slice(&article.references[0].range),
            "[1] James Risen, “Secrets,” 2000."
        );
    }

    #[test]
    fn a_blogs_posted_by_line_gives_the_writer_without_the_time() {
        let text = "Weather Eye\n\nBefore the Curve\n\nPosted by Ruth Adair at 21:14\n\nBody.[1]\n\n[1] Roe, J. One. 2001.\n";
        assert_eq!(parts(text).1, Some("Ruth Adair"));
        // Under the post, after its one note, it leaves the note the list.
        let text = "Before the Curve\n\nBody cites it.[1]\n\n[1] Roe, J. One. 2001.\n\n\
                    Posted by Ruth Adair at 21:14\nNo comments:\nPost a Comment\n";
        let article = crate::parse::parse("a.txt", text.into());
        assert_eq!(article.byline_text(), Some("Ruth Adair"));
        assert_eq!(article.references.len(), 1);
        assert_eq!(parts(text).2, "Body cites it.[1]");
    }

    #[test]
    fn separator_line_before_numbered_list() {
        let text = "Title\n\nBody.[1]\n\n-----\n1. Roe, J. One.\n";
        let (_, _, body, refs) = parts(text);
        assert_eq!((body, refs), ("Body.[1]", Some("1. Roe, J. One.")));
    }

    /// The kind and first words of each block of a body.
    fn kinds(body: &str) -> Vec<(crate::article::BlockKind, String)> {
        body_blocks(body, &(0..body.len()))
            .into_iter()
            .map(|b| {
                (
                    b.kind,
                    body[b.range]
                        .split_whitespace()
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            })
            .collect()
    }

    #[test]
    fn block_quotations_are_told_by_their_marks_or_their_indent() {
        use crate::article::BlockKind::{Paragraph, Quote};
        let body = "He wrote this, at length.\n\n> Vigorous writing is concise.\n> A sentence should\ncontain nothing more.\n\n> Omit needless words.\n\nThen this, much later.\n\n    Political language is designed\n    to make lies sound truthful.\n\n  - one item of a list\n  - another item\n\nAnd so on, to the end.\n\n    Adler's address, Briony Lodge, is fictional.\n    The photograph was of Adler and the King.\n\nThe end.";
        let found = kinds(body);
        let expected = [
            (Paragraph, "He wrote"),
            // A line without its `>` makes the group a paragraph.
            (Paragraph, "> Vigorous"),
            (Quote, "> Omit"),
            (Paragraph, "Then this,"),
            (Quote, "Political language"),
            // A list's items, a bullet on every line, are each a block.
            (Paragraph, "- one"),
            (Paragraph, "- another"),
            (Paragraph, "And so"),
            (Paragraph, "Adler's address,"),
            (Paragraph, "The end."),
        ];
        let expected: Vec<_> = expected.iter().map(|(k, s)| (*k, (*s).to_owned())).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_body_set_in_as_a_whole_or_a_first_line_indent_is_no_quotation() {
        use crate::article::BlockKind::Quote;
        let set_in = "  One paragraph of the body,\n  set in.\n\n  Another one,\n  set in too.\n\n  And a third, set in.\n\nA last word, not set in.";
        assert!(
            kinds(set_in).iter().all(|(k, _)| *k != Quote),
            "{:?}",
            kinds(set_in)
        );
        let long = "\tA paragraph on one long line, its first line set in by a tab, as some pages are saved, and long enough.\n\nAnother paragraph.";
        assert!(kinds(long).iter().all(|(k, _)| *k != Quote), "{:?}", kinds(long));
    }

    #[test]
    fn no_reference_list_means_all_body() {
        let (_, _, body, refs) = parts("Title\n\nJust prose, [sic] and a year [1998].\n");
        assert_eq!((body, refs), ("Just prose, [sic] and a year [1998].", None));
    }
}
