//! Lines of a text as byte ranges, and the small tests on a line's shape that
//! the plain-text parser asks (blank, heading word, byline, page cruft).
//!
//! Owns: recognising one line in isolation. Must not: decide where the
//! article's parts begin or end (that is `parse::plain`).

use std::ops::Range;

/// A line of the text, without its line break.
pub type Line = Range<usize>;

/// Every line of `text` from `from` to `to`, as ranges.
#[must_use]
pub fn lines_between(text: &str, from: usize, to: usize) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = from;
    let bytes = text.as_bytes();
    for nl in memchr::memchr_iter(b'\n', bytes.get(from..to).unwrap_or_default()) {
        out.push(start..from + nl);
        start = from + nl + 1;
    }
    if start < to {
        out.push(start..to);
    }
    out
}

/// The range of `line` without leading and trailing whitespace.
#[must_use]
pub fn trim_range(text: &str, line: &Range<usize>) -> Range<usize> {
    let s = text.get(line.clone()).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return line.start..line.start;
    }
    line.start + lead..line.end - trail
}

/// Whether a line holds nothing but whitespace.
#[must_use]
pub fn is_blank(s: &str) -> bool {
    let t = s.trim();
    // A page's editor writes an empty line as `&nbsp;`, which an export
    // may leave as it is.
    t.is_empty() || (t.starts_with('&') && t.replace("&nbsp;", "").replace("&#160;", "").trim().is_empty())
}

/// Lower-cased words of a short line with decoration (`#`, `*`, `_`, `=`,
/// trailing colon, a wiki's `[edit]` link) removed: how headings and cruft
/// lines are compared.
#[must_use]
pub fn heading_words(s: &str) -> String {
    let trimmed = s.trim();
    let core = without_edit_link(trimmed)
        .or_else(|| without_escaped_edit_link(trimmed))
        .unwrap_or(trimmed)
        .trim_start_matches('#')
        .trim_matches(|c: char| c == '*' || c == '_' || c == '=' || c.is_whitespace())
        .trim_end_matches(':')
        .trim();
    let lower = core.to_lowercase();
    let mut words = String::with_capacity(lower.len());
    for word in lower.split_whitespace() {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
    }
    words
}

/// Words of a wiki's edit links, in the languages of its larger editions:
/// `[edit | edit source]`, `[Bearbeiten | Quelltext bearbeiten]`,
/// `[modifier | modifier le code]`, `[editar]`, `[modifica | modifica
/// wikitesto]`.
const EDIT_LINK_WORDS: &[&str] = &[
    "edit",
    "bearbeiten",
    "modifier",
    "editar",
    "modifica",
    "bewerken",
    "redigera",
    "edytuj",
];

/// A heading without the edit links a wiki page copied whole leaves after
/// it (`Einzelnachweise[Bearbeiten | Quelltext bearbeiten]`); `None` when
/// it has none.
fn without_edit_link(heading: &str) -> Option<&str> {
    // Every edit link ends with a letter (`[edit]`, `[… le code]`), as
    // the markers that end most lines (`[12]`) do not.
    let inner = heading.strip_suffix(']')?;
    if !inner.ends_with(char::is_alphabetic) {
        return None;
    }
    let (before, links) = inner.rsplit_once('[')?;
    // A marker (`… sentence.[12]`) is looked at no further.
    let is_edit_link = |part: &str| {
        let part = part.trim();
        part.len() <= 32 && part.starts_with(char::is_alphabetic) && {
            let lower = part.to_lowercase();
            EDIT_LINK_WORDS.iter().any(|w| lower.contains(w))
        }
    };
    links.split('|').all(is_edit_link).then_some(before)
}

/// A heading without the wiki's edit link as a Markdown converter writes
/// it, `## Notes\[[edit](https://…)\]`; `None` when it has none.
fn without_escaped_edit_link(heading: &str) -> Option<&str> {
    let link = heading.strip_suffix(")\\]")?;
    link.rfind("\\[[edit](").and_then(|at| heading.get(..at))
}

/// Whether `line` is the label of a news page's field, alone on its line
/// with the value under it (`Date:`, `Source:`, `Summary:`).
#[must_use]
pub fn is_field_label(line: &str) -> bool {
    const FIELDS: &[&str] = &[
        "date",
        "source",
        "sources",
        "summary",
        "published",
        "updated",
        "author",
        "category",
        "section",
        "location",
        "from",
    ];
    line.trim()
        .strip_suffix(':')
        .is_some_and(|word| FIELDS.contains(&word.to_lowercase().as_str()))
}

/// Whether a `>` quotation starting with `line` is a box rather than words
/// quoted: it opens with a heading (a web clipper's `> ## Excerpt`, the
/// page's summary) or is a callout (`> [!note]`) other than a quotation's
/// (`> [!quote]`, `> [!cite]`).
#[must_use]
pub fn opens_a_box(line: &str) -> bool {
    let inside = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
    let callout = inside.strip_prefix("[!").map(|c| c.to_ascii_lowercase());
    inside.starts_with('#') || callout.is_some_and(|c| !c.starts_with("quote]") && !c.starts_with("cite]"))
}

/// Headings that open a reference list.
const REFERENCE_HEADINGS: &[&str] = &[
    "references",
    "reference",
    "reference list",
    "notes",
    "footnotes",
    "endnotes",
    "end notes",
    "sources",
    "source",
    "bibliography",
    "select bibliography",
    "works cited",
    "works consulted",
    "citations",
    "literature cited",
    "notes and references",
    "references and notes",
    "notes and sources",
    "sources and notes",
    "notes & references",
    "references & notes",
    "notes & sources",
    "sources & notes",
    "footnotes and references",
    "bibliography and notes",
    "citations and notes",
    "selected bibliography",
    "selected references",
    "select references",
    "cited works",
    "works referenced",
    "sources cited",
    "source notes",
    "notes on sources",
    "reference notes",
    "sources mentioned",
    "sources consulted",
    "sources used",
    "sources and further reading",
    "journal reference",
    "journal references",
    "notes and further reading",
    "references and further reading",
    "links",
    "links mentioned",
    "footnotes and sources",
    "quellenangaben",
    "sources et notes",
    "notes et sources",
    // Other languages: the headings of saved French, German, Spanish,
    // Italian and Portuguese pages (Wikipedia's among them).
    "références",
    "notes et références",
    "bibliographie",
    "einzelnachweise",
    "anmerkungen",
    "quellen",
    "literatur",
    "referencias",
    "notas",
    "notas y referencias",
    "fuentes",
    "bibliografía",
    "riferimenti",
    "note",
    "fonti",
    "note e riferimenti",
    "bibliografia",
    "referências",
    "notas e referências",
];

/// The longest line read as a reference heading, in bytes.
const MAX_HEADING_BYTES: usize = 48;

/// Whether a line is a reference-list heading such as `References:` or
/// `## Notes`.
#[must_use]
pub fn is_reference_heading(s: &str) -> bool {
    let t = s.trim();
    // Only an edit link (`[edit]`) makes a long line shorter, and every
    // heading starts with a letter under its decoration (not an entry's
    // `[12]` or `12.`).
    let decoration = |c: char| matches!(c, '#' | '*' | '_' | '=') || c.is_whitespace();
    if !t.trim_start_matches(decoration).starts_with(char::is_alphabetic) {
        return false;
    }
    if notes_to_a_work(t) {
        return true;
    }
    if t.len() > MAX_HEADING_BYTES && !t.ends_with(']') {
        return false;
    }
    let t = without_escaped_edit_link(t)
        .or_else(|| without_edit_link(t))
        .unwrap_or(t);
    // `References (most recent first)`: the remark in parentheses aside.
    let unremarked = match t.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((heading, _)) => heading,
        None => t,
    };
    !t.is_empty()
        && t.len() <= MAX_HEADING_BYTES
        && REFERENCE_HEADINGS.contains(&heading_words(unremarked).as_str())
}

/// The longest `Notes to …` heading, in bytes.
const MAX_NOTES_TO_BYTES: usize = 96;

/// `Notes to Moral Luck`, `Notes for Chapter 3`: the notes of the work or
/// part a reference work's page or a book's chapter names (not a press
/// release's `Notes to editors`).
fn notes_to_a_work(line: &str) -> bool {
    // Most lines are settled by their length and first letters, without
    // lower-casing them.
    let written = line.trim().trim_start_matches(['#', '*', '_', '=', ' ']);
    if line.trim().len() > MAX_NOTES_TO_BYTES
        || !written.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("notes "))
    {
        return false;
    }
    let words = heading_words(line);
    let Some(rest) = words
        .strip_prefix("notes to ")
        .or_else(|| words.strip_prefix("notes for "))
    else {
        return false;
    };
    let work_capitalised = written
        .split_whitespace()
        .nth(2)
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    work_capitalised
        && !matches!(rest, "editors" | "editor" | "the editor" | "the editors")
        // `Notes to Table 1` under a table; a press release's `Notes to
        // Journalists`.
        && !rest.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "table" | "tables" | "figure" | "figures" | "fig." | "chart" | "exhibit" | "box" | "map" | "journalists" | "reporters" | "media" | "press"
            )
        })
        && !written.trim_end().ends_with(['.', ',', ';'])
}

/// If the line starts with a reference heading followed by a colon and more
/// text on the same line (`References: [1] …`), the offset of that text.
#[must_use]
pub fn inline_reference_heading(s: &str) -> Option<usize> {
    // A heading starts with a letter (entries, with a bracket or a digit,
    // are ruled out at once). The colon is looked for in the whole line:
    // on a long article a scan of every line streams through memory, where
    // looking at each line's start only waits on each in turn.
    let words = s.trim_start_matches(|c: char| c == '#' || c == '*' || c == '_' || c.is_whitespace());
    if !words.starts_with(char::is_alphabetic) {
        return None;
    }
    let colon = memchr::memchr(b':', s.as_bytes())?;
    let head = s.get(..colon).filter(|h| h.trim().len() <= 40)?;
    let rest = s.get(colon + 1..)?;
    let lead = rest.len() - rest.trim_start().len();
    // `Citations: 4`: a page's count of them.
    let count = rest.trim().bytes().all(|b| b.is_ascii_digit());
    // `Note: …` is a remark in English; Italian's `Note` heads a list on
    // its own line only.
    let head = heading_words(head);
    (REFERENCE_HEADINGS.contains(&head.as_str()) && head != "note" && !count).then_some(colon + 1 + lead)
}

/// Page furniture that ends an article saved from the web.
const CRUFT_LINES: &[&str] = &[
    "you may also like",
    // What an e-book reader adds to a passage copied from a book.
    "excerpt from",
    // `lynx -dump`'s list of the page's links.
    "visible links",
    "you might also like",
    "you may be interested in",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "no comments",
    "comments",
    "comment",
    "new articles",
    "latest articles",
    "latest news",
    "latest posts",
    "recent posts",
    "recent articles",
    "recent comments",
    "most viewed",
    "most read",
    "most popular",
    "popular posts",
    "popular articles",
    "trending",
    "trending now",
    "related",
    "related articles",
    "related posts",
    "related stories",
    "related content",
    "related news",
    "more news",
    "read more",
    "read next",
    "more stories",
    "more from this author",
    "share this",
    "share this article",
    "share this post",
    "share",
    "share on",
    "print",
    "email",
    "print this article",
    "email this article",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "copy link",
    "tags",
    "categories",
    "filed under",
    "subscribe",
    "newsletter",
    "sign up for our newsletter",
    "post navigation",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "advertisement",
    "sponsored content",
    "save to pocket",
    "follow",
    "unsubscribe",
    "sign up",
    "get the app",
    "sort by newest",
    "sort by oldest",
    // An encyclopedia's sections after its notes.
    "see also",
    "external links",
    "further reading",
    "related entries",
    "academic tools",
    "other internet resources",
    "internal references",
    "recommended reading",
    // A forum's box over its comments (LessWrong's).
    "mentioned in",
    "new comment",
    // A newsletter's footer.
    "discussion about this post",
    "ready for more?",
    // A page's credits for its pictures or its show.
    "credits",
    "photo credits",
    "image credits",
    // A press release's sections after the story.
    "notes to editors",
    "note to editors",
    "notes for editors",
    "note for editors",
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "media enquiries",
    "media inquiries",
];

/// A journal's sections around its references, each a heading on its own
/// line: they end the entry above them, and its references may follow
/// (Taylor & Francis puts its `Disclosure statement` between the notes and
/// the references).
const BACK_MATTER: &[&str] = &[
    "acknowledgements",
    "acknowledgments",
    "author information",
    "authors and affiliations",
    "author contributions",
    "ethics declarations",
    "competing interests",
    "conflict of interest",
    "conflicts of interest",
    "declaration of competing interest",
    "funding",
    "rights and permissions",
    "about this article",
    "cite this article",
    "download references",
    "disclosure statement",
    "data availability",
    "data availability statement",
    "supplementary material",
    "supplementary information",
    "recommended articles",
    "citing literature",
    "article metrics",
    "additional information",
    "publisher's note",
];

/// Whether a line is the stamp an archive prints at the foot of each page
/// of a PDF it serves (JSTOR's `This content downloaded from …` and `All
/// use subject to …`), which `pdftotext` leaves among the notes.
#[must_use]
pub fn is_download_stamp(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with("This content downloaded from ") || t.starts_with("All use subject to ")
}

/// Whether a line is one of a journal's [`BACK_MATTER`] headings.
#[must_use]
pub fn is_back_matter(s: &str) -> bool {
    s.len() <= 48
        && s.trim_start().starts_with(char::is_alphabetic)
        && BACK_MATTER.contains(&heading_words(s).as_str())
}

/// Whether a line marks where a page put an advertisement
/// (`Advertisement`, `Story continues below advertisement`): it may fall
/// between two entries of a list, which goes on under it.
#[must_use]
pub fn is_ad_label(s: &str) -> bool {
    s.trim().len() <= 48
        && matches!(
            heading_words(s).as_str(),
            "advertisement"
                | "advertisements"
                | "ad"
                | "sponsored"
                | "sponsored content"
                | "story continues below advertisement"
                | "article continues below advertisement"
                | "article continues below"
                | "continue reading below"
                | "scroll to continue with content"
        )
}

/// Words of the names of bodies and outlets, which a person's name lacks.
const BODY_WORDS: &[&str] = &[
    "authority",
    "council",
    "times",
    "post",
    "news",
    "office",
    "ministry",
    "department",
    "agency",
    "bank",
    "fund",
    "institute",
    "center",
    "centre",
    "commission",
    "committee",
    "company",
    "corporation",
    "group",
    "association",
    "society",
    "university",
    "press",
    "journal",
    "review",
    "service",
    "board",
    "court",
    "york",
    "city",
    "state",
    "national",
    "government",
];

/// Whether a line is a comment that a word processor exports under the
/// notes, its anchor letter glued to its text: a commenter's name and a
/// colon (`[a]Rana: can we cut …`, `[b]Luca Bernardi: …`) or a question (`[b]Need a second
/// source? …`); a lettered note (`[a]Translator's note: …`) is neither.
fn is_document_comment(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    let letters = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let Some(text) = rest
        .get(letters..)
        .and_then(|r| r.strip_prefix(']'))
        .filter(|r| (1..=2).contains(&letters) && r.starts_with(char::is_alphabetic))
    else {
        return false;
    };
    // The name of one word, or of a person in two or three (`Luca
    // Bernardi:`), not a body's over its report (`Port Authority:`) nor a
    // writer's over a work (`Hans Müller: Die Nacht. Berlin 2001.`).
    let commenter = text.split_once(':').is_some_and(|(name, said)| {
        let cites = said.match_indices(|c: char| c.is_ascii_digit()).any(|(at, _)| {
            let year = said.get(at..at + 4).and_then(|y| y.parse::<u32>().ok());
            let after = said.get(at + 4..).and_then(|r| r.chars().next());
            year.is_some_and(|y| (1500..=2099).contains(&y))
                && after.is_none_or(|c| matches!(c, ',' | '.' | ')'))
        });
        let words: Vec<&str> = name.split(' ').collect();
        let a_body = words.len() > 1
            && words.iter().any(|w| {
                BODY_WORDS.contains(&w.to_lowercase().as_str()) || !w.chars().any(char::is_lowercase)
            });
        words.len() <= 3
            && !a_body
            && !(words.len() > 1 && cites)
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
            })
    });
    // A question first (`[a]Is this the page you meant? Mine …`), not an
    // entry whose title asks one (`[a]Roe, Jane. "Was Texas Ready?" …`).
    let asks_first = text
        .find(['.', '?', '!', '"', '“'])
        .is_some_and(|at| text.get(at..).is_some_and(|r| r.starts_with('?')));
    commenter || asks_first || text.trim_end().ends_with('?')
}

/// Whether a line is page furniture (`You may also like`, `Share this:`,
/// `Tags: …`) that ends the article.
#[must_use]
pub fn is_cruft_line(s: &str) -> bool {
    // An email's signature starts at `-- ` alone on its line; a news
    // agency's item ends with `(END)` or its staff's codes (`TT/PA`).
    let t = s.trim();
    if s.trim_end_matches('\r') == "-- "
        || t.eq_ignore_ascii_case("(end)")
        || is_edit_note(t)
        || is_agency_sign_off(t)
        || counts_comments(t)
        || is_chat_message(t)
        || is_document_comment(t)
    {
        return true;
    }
    let s = without_escaped_edit_link(s.trim_end()).unwrap_or(s);
    // Every furniture line starts with a letter or `©` (reference entries,
    // with a bracket or a digit, are ruled out at once).
    let first = s
        .trim_start_matches(|c: char| c == '#' || c == '*' || c == '_' || c == '=' || c.is_whitespace())
        .chars()
        .next();
    if !first.is_some_and(|c| c.is_alphabetic() || c == '©') {
        return false;
    }
    // Furniture is a short line or starts like one: the first 64 bytes tell.
    let words = heading_words(s.get(..s.floor_char_boundary(64)).unwrap_or(s));
    if CRUFT_LINES.contains(&words.as_str()) {
        return true;
    }
    let blog_footer = words.starts_with("posted in ") && (words.contains('|') || words.contains("comment"));
    // A site's footer naming its mirrors (`Our website can also be
    // accessed at …`, `Press TV's website can also be accessed at …`).
    let mirrors = words.contains("website can also be accessed");
    blog_footer
        || mirrors
        || [
            "tags:",
            "filed under:",
            "share this:",
            "categories:",
            "copyright ©",
            "©",
            "about the author",
            "this entry was posted in",
            "cite this article",
            "cite this page",
            "disclaimer:",
            "disclaimer/publisher",
            "have a correction",
            "comments are closed",
            "more from ",
            "published in the print edition",
            "a version of this article appears in print",
            "medically reviewed by",
            "comments (",
            "responses (",
            "sort by:",
            "unsubscribe ",
            "you are receiving this",
            "you're receiving this",
            "view this post on the web",
            "fact checked by",
            "fact-checked by",
            "disclosure:",
            "thanks for reading",
            "share this article",
            "share this post",
            "share this explainer",
            "share this story",
            "share this essay",
            "share this piece",
            "share this page",
            "share this translation",
            "follow us on ",
            // Thread Reader's footer under an unrolled thread.
            "missing some tweet in this thread",
            "keep current with ",
            "the original source of this article is",
            "back to top",
            "top of the page",
            // Wikipedia's footer: where the page was saved from, and when
            // it last changed.
            "retrieved from \"http",
            "this page was last edited",
            "authority control",
            // The same on the larger wikis in other languages.
            "normdaten",
            "abgerufen von",
            "diese seite wurde zuletzt",
            "kategorien:",
            "récupérée de",
            "catégories :",
            "la dernière modification de cette page",
            "obtenido de",
            "categorías:",
            "esta página se editó por última vez",
            // Wikisource's licence under a transcription.
            "this work was published before",
            "this work is in the public domain",
            // Project Gutenberg's line before its licence.
            "end of the project gutenberg",
            "end of project gutenberg",
            // A newsletter's box under the post.
            "subscribe to ",
            // A journal's keywords and its line on how to cite the article.
            "keywords:",
            "citation:",
            // A cookie banner.
            "we value your privacy",
            "we use cookies",
            "this website uses cookies",
            "this site uses cookies",
            "by clicking “accept",
            "by clicking \"accept",
            "accept all cookies",
            "cookie settings",
            "manage cookies",
        ]
        .iter()
        .any(|prefix| words.starts_with(prefix))
}

/// Whether a line credits the page, which a note may also say of its
/// source, so that it ends the notes only when no entry of theirs follows
/// it: a forum signature's `--`, a news agency's number for the item, a
/// print view's `Source URL:`, a republisher's word on whose views these
/// are and where the article first appeared.
#[must_use]
pub fn is_page_credit(s: &str) -> bool {
    let t = s.trim();
    // Each starts with one of these: most lines end here.
    if !t.bytes().next().is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'-' | b'c' | b'd' | b'e' | b'n' | b'q' | b'r' | b's' | b't' | b'v'
        )
    }) {
        return false;
    }
    let head = t.get(..t.len().min(64)).unwrap_or(t).to_lowercase();
    // The footer a feed gives a post it carries (`The post … appeared
    // first on …`).
    let feed_footer = head.starts_with("the post ") && t.to_lowercase().contains(" appeared first on ");
    feed_footer
        || t == "--"
        || [
            "news code",
            "news id:",
            "source url:",
            "the views expressed in this",
            "views expressed in this",
            "the opinions expressed in this",
            "this article was originally published",
            "this article originally appeared",
            "this article first appeared",
            "this article was first published",
            "this piece was first published",
            "this article was translated from",
            "this article appeared in",
            "this article appears in",
            "republished with permission",
            // The same in the languages whose headings are read.
            "sie lesen einen beitrag aus",
            "dieser beitrag erschien",
            "dieser artikel erschien",
            "cet article a été publié",
            "cet article est paru",
            "este artículo fue publicado",
            "este artículo se publicó",
            "questo articolo è stato pubblicato",
            "este artigo foi publicado",
        ]
        .iter()
        .any(|p| head.starts_with(p))
}

/// A message of a chat's export, its time and sender first: WhatsApp's
/// `[05/03/2025, 21:30:11] Leila M: …` and `05/03/2025, 21:30 - Leila M: …`.
static CHAT_MESSAGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)? -) [^:]{1,40}: ",
    )
    .expect("static regex")
});

/// Whether a line is a message of a chat the article was shared in: the
/// chat after the shared article is no part of its notes.
fn is_chat_message(t: &str) -> bool {
    // Its stamp, a date and a time, within its first bytes: a reference
    // entry's label (`[12] Roe`, `3. Doe`) has neither, and is passed over
    // without the pattern.
    let stamp = t.get(..t.floor_char_boundary(CHAT_STAMP_BYTES)).unwrap_or(t);
    t.starts_with(|c: char| c == '[' || c.is_ascii_digit())
        && stamp.contains(':')
        && stamp.contains(['/', '.'])
        && stamp.contains(',')
        && CHAT_MESSAGE.is_match(t)
}

/// How many bytes a chat message's date and time take at most.
const CHAT_STAMP_BYTES: usize = 28;

/// Whether a line counts a page's comments (`2 Comments`, `14 responses
/// to “…”`).
fn counts_comments(t: &str) -> bool {
    is_count_of(
        t,
        &["comment", "comments", "response", "responses", "replies", "reply"],
    )
}

/// Whether `s` opens with a number and then one of `things` (lower case),
/// as a page counts its comments or a thread its posts.
pub fn is_count_of(s: &str, things: &[&str]) -> bool {
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut words = s.split_whitespace();
    let (Some(count), Some(what)) = (words.next(), words.next()) else {
        return false;
    };
    count.bytes().all(|b| b.is_ascii_digit()) && things.contains(&what.to_lowercase().as_str())
}

/// Whether a line is a news agency's sign-off, its staff's codes in
/// capitals parted by slashes (`TT/PA`, `MNA/FM`).
fn is_agency_sign_off(t: &str) -> bool {
    t.len() <= 16
        && t.contains('/')
        && t.split('/')
            .all(|code| (2..=5).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase()))
}

/// If the line is a byline (`By: Name`, `By Name`, `Written by Name`,
/// `Story by Name`, `Reporting by Name; Editing by …`, `Author: Name`), the
/// byte range of the name within `s`.
#[must_use]
pub fn byline_name(s: &str) -> Option<Range<usize>> {
    let trimmed = s.trim_end();
    let lead = trimmed.len() - trimmed.trim_start().len();
    let body = trimmed.get(lead..)?;
    // Every prefix below starts with one of these letters: most lines end here.
    if !matches!(
        body.bytes().next()?.to_ascii_lowercase(),
        b'w' | b'p' | b'a' | b'b' | b's' | b'r' | b'v' | b'i' | b'h' | b'd'
    ) {
        return None;
    }
    let starts_with = |p: &str| {
        body.as_bytes()
            .get(..p.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(p.as_bytes()))
    };
    // `Written by Name`, `Written by: Name`, `Author: Name`.
    let prefix_len = [
        "written by",
        "words by",
        "story by",
        "reporting by",
        "posted by",
        "interview by",
        "review by",
        "authored by",
        // A podcast's or a show's.
        "hosted by",
        "presented by",
        "by",
        // French, Spanish, German, Italian and Dutch (these two in lower
        // case: `Di Maio` is a name, `Door County` a place).
        "par",
        "por",
        "von",
        "di",
        "door",
        "author(s)",
        "author",
        "words",
    ]
    .iter()
    .filter(|p| starts_with(p) && !matches!(**p, "di" | "door") || body.starts_with(&format!("{p} ")))
    .find_map(|p| {
        let rest = body.get(p.len()..)?;
        if rest.starts_with(':') {
            return Some(p.len() + 1);
        }
        // `Author` and `Words` need their colon: `Author Name` is not a
        // byline (`Words: Name` is a magazine's).
        let needs_colon = p.starts_with("author") || *p == "words";
        (rest.starts_with([' ', '\t', '\u{a0}']) && !needs_colon).then_some(p.len())
    })
    .or_else(|| dated_byline(body, starts_with))?;
    let rest = body.get(prefix_len..)?;
    // `By [6]Ali Mousavi`: a text browser's number for the name's link.
    let name_lead = rest.len() - rest.trim_start().len();
    let name_lead = name_lead + glued_link_number(rest.get(name_lead..)?);
    // The name ends where a date, a role or a site follows it.
    let full = rest.get(name_lead..)?.trim_end();
    // `Rowan Hale March 4, 2025 at 7:32 am`: a date right after the name;
    // `Posted by Ruth Adair at 21:14`: a time.
    // `By Reza Tavakoli <https://…/author/rtavakoli/>`: the name's link.
    // `By Ann Roe and the Harbor Research Team`: the writer, then a team.
    let cut = [
        "|",
        "•",
        "·",
        " - ",
        " – ",
        " — ",
        ", ",
        ";",
        " on ",
        " at ",
        " <",
        " and the ",
    ]
    .iter()
    .filter_map(|sep| full.find(sep))
    .min()
    .unwrap_or(full.len());
    let name = full.get(..cut).unwrap_or(full).trim_end();
    // A date needs a digit: most names have none, and the date patterns,
    // dear to build, are then not built for a first screen.
    let name = if name.bytes().any(|b| b.is_ascii_digit()) {
        let dated_at = super::fields::dates::find_dates(full)
            .first()
            .map_or(name.len(), |d| d.start);
        name.get(..dated_at.min(name.len())).unwrap_or(name).trim_end()
    } else {
        name
    };
    // `Anna Kowalska 1,*`: the marks that point to an affiliation.
    let name = name
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '*' | ',' | '†' | '‡'))
        .trim_end();
    // `By Hannah Kerr, Matthew Ward`: every writer, when the names run on
    // with no role (`Jane Roe, Staff Writer`) and no mark among them.
    let names_run_on = !full.bytes().any(|b| b.is_ascii_digit())
        && !full
            .split_whitespace()
            .any(|w| ROLE_WORDS.contains(&w.trim_matches(',').to_lowercase().as_str()));
    let name = match author_list(full).filter(|_| names_run_on) {
        Some(list) => full.get(list).unwrap_or(name),
        None => name,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let looks_like_name = !words.is_empty()
        && words.len() <= 6
        && !full.ends_with(['.', ';', ':'])
        && words
            .first()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
        && !name.contains(['[', ']']);
    let start = lead + prefix_len + name_lead;
    looks_like_name.then_some(start..start + name.len())
}

/// The length of the number a text browser gives a link, glued to its
/// words (`[6]Ali Mousavi`, `[2]Home`), at the start of `s`; else 0.
#[must_use]
pub fn glued_link_number(s: &str) -> usize {
    let digits = s
        .strip_prefix('[')
        .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
    let glued = s
        .get(1 + digits..)
        .and_then(|r| r.strip_prefix(']'))
        .is_some_and(|r| r.starts_with(char::is_alphabetic));
    if digits > 0 && glued { digits + 2 } else { 0 }
}

/// The longest line whose link targets are taken out before it is read as
/// a page's chrome.
const LINKED_LINE: usize = 1000;

/// `s` without the targets Firefox writes after a link's words when it
/// saves a page as text (`Home <https://example.org/>`, `Skip to main
/// content <#main>`).
fn without_link_targets(s: &str) -> std::borrow::Cow<'_, str> {
    // Chrome is short: a long line is left as it is.
    if s.len() > LINKED_LINE || !s.contains(" <") {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find(" <") {
        let after = rest.get(at + 2..).unwrap_or("");
        let target = after
            .find('>')
            .filter(|&end| !after.get(..end).unwrap_or(" ").contains(' '))
            .filter(|_| after.starts_with(['#', '/']) || after.starts_with("http"));
        match target {
            Some(end) => {
                out.push_str(rest.get(..at).unwrap_or(""));
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => {
                out.push_str(rest.get(..at + 2).unwrap_or(""));
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// What separates the parts of a byline (`Name | Desk | date`) or the
/// links of a navigation bar (`Home • News • About`).
const PART_SEPARATORS: [char; 3] = ['|', '•', '·'];

/// If the line gives an author and a date in parts split by `|`, `•` or
/// `·`, as news pages put under a title, the byte range of the name: the
/// first part when it is two to four capitalised words (`Maria Gonzalez |
/// Health Desk | 12 June 2022`), else a part that is a byline (`August 21,
/// 2014 · by Caleb Wren · Comments`), when another part holds a date.
#[must_use]
pub fn dated_name_line(s: &str) -> Option<Range<usize>> {
    // Each part with where it starts.
    let parts: Vec<(usize, &str)> = s
        .split_inclusive(PART_SEPARATORS)
        .scan(0, |at, piece| {
            let start = *at;
            *at += piece.len();
            Some((start, piece.trim_end_matches(PART_SEPARATORS)))
        })
        .collect();
    let dated_besides = |k: usize| {
        parts
            .iter()
            .enumerate()
            .any(|(j, (_, part))| j != k && !super::fields::dates::find_dates(part).is_empty())
    };
    let &(_, first) = parts.first()?;
    let name = first.trim();
    if looks_like_a_name(name) {
        let lead = first.len() - first.trim_start().len();
        return dated_besides(0).then_some(lead..lead + name.len());
    }
    parts.iter().enumerate().skip(1).find_map(|(k, &(start, part))| {
        let name = byline_name(part).filter(|_| dated_besides(k))?;
        Some(start + name.start..start + name.end)
    })
}

/// Words of a writer's role or office after the name in a byline (`Jane
/// Roe, Staff Writer`), never of a name.
const ROLE_WORDS: &[&str] = &[
    "writer",
    "editor",
    "correspondent",
    "reporter",
    "staff",
    "contributor",
    "columnist",
    "director",
    "professor",
    "fellow",
    "analyst",
    "researcher",
    "desk",
    "senior",
    "associate",
    "chief",
    "journalist",
    "author",
    "producer",
    "intern",
    "lecturer",
    "scientist",
    "economist",
    "president",
    "manager",
    // Or the office the writer speaks for (`University Communications`).
    "communications",
    "office",
    "department",
    "press",
    "media",
    "relations",
    "team",
    "news",
    "university",
    "institute",
    "center",
    "centre",
    "bureau",
    "services",
    "agency",
    "group",
    "unit",
];

/// Most names an author list under a title is read for.
const MOST_AUTHORS: usize = 12;

/// If the line lists its authors without `By`, as journals print them
/// under the title (`Ingrid Halvorsen, Tomás Ferreira & Mei-Lin Zhou`,
/// `Claire Dubois, Samir Haddad, Emily Tran`), the byte range of the list:
/// two or more names joined by commas, `&` or `and`, each perhaps marked
/// for its affiliation (`Anna Kowalska 1,*`).
#[must_use]
pub fn author_list(s: &str) -> Option<Range<usize>> {
    let list = s.trim();
    let names: Vec<&str> = names_in(list)
        .map(|name| {
            name.trim_end_matches(|c: char| {
                c.is_ascii_digit()
                    || matches!(c, '*' | '†' | '‡')
                    || super::markers::superscript_digit(c).is_some()
            })
            .trim()
        })
        .filter(|name| !name.is_empty())
        .collect();
    let lead = s.len() - s.trim_start().len();
    // `and` alone joins words too (`Sec. Personality and Social Psychology`).
    let listed = list.contains([',', '&']);
    (listed && (2..=MOST_AUTHORS).contains(&names.len()) && names.iter().all(|n| looks_like_a_name(n)))
        .then_some(lead..lead + list.len())
}

/// The trades a writer's line names after the writer (`Jane Roe, Senior
/// Fellow`, `Mark Jensen is a contributing editor.`).
pub const TRADES: &[&str] = &[
    "analyst",
    "senior",
    "professor",
    "associate",
    "assistant",
    "research",
    "researcher",
    "fellow",
    "director",
    "editor",
    "correspondent",
    "reporter",
    "specialist",
    "lecturer",
    "chair",
    "staff",
    "writer",
    "journalist",
    "author",
    "contributor",
    "columnist",
    "historian",
    "scientist",
    "student",
    "freelance",
];

/// A writer's name and trade on one line (`Jane R. Doe, Analyst in Housing
/// Policy`, `John Roe, Senior Fellow`): the name's range.
#[must_use]
pub fn name_with_trade(s: &str) -> Option<Range<usize>> {
    let (name, trade) = s.trim().split_once(", ")?;
    let first = trade.split_whitespace().next()?.to_lowercase();
    let lead = s.len() - s.trim_start().len();
    (looks_like_a_name(name) && TRADES.contains(&first.as_str()) && trade.split_whitespace().count() <= 6)
        .then_some(lead..lead + name.len())
}

/// The parts of a list of names joined by commas, `&` or `and` (`Hannah
/// Kerr, Matthew Ward & Ann Roe`), trimmed.
pub fn names_in(list: &str) -> impl Iterator<Item = &str> {
    list.split([',', '&'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
}

/// Whether `s` reads as a person's name: two to four capitalised words of
/// letters (initials, hyphens and apostrophes allowed).
#[must_use]
pub fn looks_like_a_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// In a blog's `Posted on 3 March 2021 by Name` (or `Published …`), the
/// length of the line up to the name.
fn dated_byline(body: &str, starts_with: impl Fn(&str) -> bool) -> Option<usize> {
    if !["posted on ", "published on ", "published "]
        .into_iter()
        .any(starts_with)
    {
        return None;
    }
    let head = body.get(..body.len().min(64)).unwrap_or(body);
    let by = head.to_ascii_lowercase().find(" by ")?;
    Some(by + " by".len())
}

/// The longest breadcrumb: a few links and a long headline.
const BREADCRUMB_BYTES: usize = 400;

/// The last part of a breadcrumb line (`Home » Psychology » Is It
/// Real?` gives `Is It Real?`), often the article's title.
#[must_use]
pub fn breadcrumb_end(s: &str) -> Option<&str> {
    if !is_breadcrumb(s) {
        return None;
    }
    let last = s.rsplit(['»', '›', '‹']).next()?;
    let last = last.rsplit(" > ").next().unwrap_or(last).trim();
    (!last.is_empty()).then_some(last)
}

/// Whether a line is a breadcrumb trail (`Home » Topic » Article`).
fn is_breadcrumb(s: &str) -> bool {
    let t = s.trim();
    // A breadcrumb is a line of links; a page saved as one line may start
    // with one, and is no breadcrumb.
    if t.len() > BREADCRUMB_BYTES {
        return false;
    }
    // `»` after `«` closes a French quotation (`« J'accuse…! » : …`).
    let parts = if t.contains('«') {
        1
    } else {
        t.split(['»', '›', '‹']).count()
    };
    // `Science > Physics > Optics`: three or more short capitalised parts
    // (two may be a title: `Progress > Perfection`).
    // The later parts may be an issue and an identifier (`Journal List >
    // J Sleep Metab Res > v.9(2); 2022 Jun > PMC9274413`).
    let arrowed = t.len() <= 80
        && t.split(" > ").count() >= 3
        && t.starts_with(char::is_uppercase)
        && t.split(" > ").all(|part| {
            part.chars().next().is_some_and(char::is_alphanumeric)
                && part.split_whitespace().count() <= 5
                && !part.ends_with(['.', '!', '?'])
        });
    parts >= 2
        || arrowed
        || (t.to_lowercase().starts_with("home ") && (t.contains(" > ") || t.contains(" / ")))
}

/// The site's controls saved above an article: `Skip to content`, `Menu`,
/// `Search`, `Subscribe`, `Sign in`.
const PAGE_CONTROLS: &[&str] = &[
    // A content system's box of the article's details (category, date,
    // writer) under its title.
    "details",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "menu",
    "main menu",
    "open menu",
    "toggle navigation",
    "navigation",
    "search",
    "subscribe",
    "sign in",
    "log in",
    "sign up",
    "register",
    "close",
    "advertisement",
    "jump to content",
    "create account",
    "log out",
    "sign out",
    "home",
    "print",
    "print this article",
    "print this page",
    "print version of this article",
    "send to friend",
    "send to a friend",
    "email this article",
    "share",
    "share this",
    // A newsletter's menu of ways to share the post, and to follow its
    // writer.
    "follow",
    "share this post",
    "copy link",
    // A comment's button.
    "reply",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "more",
    "listen to this article",
    "newsletter",
    "newsletters",
    "print subscriptions",
    "donate",
    "email",
    "e-mail",
    // A forum's buttons over a thread.
    "post reply",
    "new topic",
    "about",
    "about us",
    "contact",
    "contact us",
    // A wiki's tabs and tools above the article.
    "article",
    "talk",
    "read",
    "edit",
    "view history",
    "view source",
    "tools",
    "contents",
    "hide",
    "(top)",
    "toggle the table of contents",
    "move to sidebar",
    "appearance",
    "personal tools",
    // The same in the languages of the larger wikis.
    "zum inhalt springen",
    "hauptmenü",
    "aller au contenu",
    "menu principal",
    "ir al contenido",
    "menú principal",
    "vai al contenuto",
    "ir para o conteúdo",
    "artikel",
    "diskussion",
    "lesen",
    "bearbeiten",
    "quelltext bearbeiten",
    "versionsgeschichte",
    "discussion",
    "modifier",
    "modifier le code",
    "voir l’historique",
    "voir l'historique",
    "artículo",
    "discusión",
    "leer",
    "editar",
    "ver historial",
    "lire",
    "werkzeuge",
    "suche",
    "spenden",
    "benutzerkonto erstellen",
    "anmelden",
    "inhaltsverzeichnis",
    "anfang",
    "rechercher",
    "outils",
    "faire un don",
    "créer un compte",
    "se connecter",
    "sommaire",
    "début",
    "herramientas",
    "buscar",
    "donaciones",
    "crear una cuenta",
    "acceder",
    "contenidos",
    "inicio",
    // A government site's banner (PubMed Central's, for one).
    "an official website of the united states government",
    "here's how you know",
];

/// The sections a news site files an article under, as it prints them
/// above the headline (`Opinion`, `ANALYSIS`, `Opinion | Economy`).
const SECTION_LABELS: &[&str] = &[
    "opinion",
    "opinions",
    "guest essay",
    "op ed",
    "analysis",
    "news analysis",
    "commentary",
    "comment",
    "editorial",
    "op-ed",
    "news",
    "world",
    "world news",
    "politics",
    "business",
    "economy",
    "economics",
    "finance",
    "science",
    "technology",
    "health",
    "culture",
    "arts",
    "books",
    "features",
    "feature",
    "essay",
    "review",
    "interview",
    "investigation",
    "the long read",
    "long read",
    "explainer",
    "perspective",
    "column",
    "blog",
    "environment",
    "climate",
    "education",
    "history",
    "middle east",
    "europe",
    "asia",
    "africa",
    "americas",
    "international",
    "national",
    "media",
    "security",
    "magazine",
    "special report",
    "fact check",
    "exclusive",
    "report",
    "research",
    "news release",
    "press release",
    "policy brief",
    "working paper",
    "case study",
    "research paper",
    "research report",
    "briefing paper",
    "briefing",
    "discussion paper",
    "occasional paper",
    "policy paper",
    "background paper",
    "issue brief",
    "white paper",
    "technical report",
    "fact sheet",
];

/// Whether a line is a section's or a document kind's label alone
/// (`Analysis`, `Research Paper`).
#[must_use]
pub fn is_section_label(s: &str) -> bool {
    SECTION_LABELS.contains(&heading_words(s).as_str())
}

/// The subject of a mail, from its `Subject:` header line.
#[must_use]
pub fn email_subject(t: &str) -> Option<&str> {
    let (key, value) = t.split_once(':')?;
    key.trim().eq_ignore_ascii_case("subject").then(|| value.trim())
}

/// Whether a line is a header of a mail the article was sent or
/// forwarded in (`From: Ann Roe <ann@…>`, `Sent: Tuesday, 14 October
/// 2025`, `Subject: FW: …`), or the line that opens a forwarded one
/// (`-----Original Message-----`); not a headline that opens with such a
/// word (`From: Tehran to Moscow`).
pub fn is_email_header(t: &str) -> bool {
    let opener = t.trim_matches('-').trim();
    if opener.eq_ignore_ascii_case("original message") || opener.eq_ignore_ascii_case("forwarded message") {
        return true;
    }
    if email_subject(t).is_some_and(|subject| !subject.is_empty()) {
        return true;
    }
    let Some((key, value)) = t.split_once(':') else {
        return false;
    };
    let key = key.trim();
    let is = |name: &str| key.eq_ignore_ascii_case(name);
    (["from", "to", "cc"].into_iter().any(is) && value.contains('@'))
        || (["sent", "date"].into_iter().any(is) && value.contains(|c: char| c.is_ascii_digit()))
}

/// Most words of the value a page's meta line gives (`Category: Analysis`).
const META_VALUE_WORDS: usize = 6;

/// Whether a line is a content system's note on the page, above or below
/// the article (`Category: Analysis`, `Hits: 1234`, `Section: World`); not
/// a headline that opens with such a word (`Views: Why the Hardliners
/// Keep Winning`).
fn is_page_meta(t: &str) -> bool {
    if is_journal_record(t) {
        return true;
    }
    let Some((key, value)) = t.split_once(':') else {
        return false;
    };
    let (key, value) = (key.trim(), value.trim());
    let is = |name: &str| key.eq_ignore_ascii_case(name);
    (["hits", "views"].into_iter().any(is)
        && !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_digit() || b == b','))
        || (["category", "section", "topics"].into_iter().any(is)
            && (1..=META_VALUE_WORDS).contains(&value.split_whitespace().count()))
}

/// Whether a line is a journal's record of the article above its title,
/// as PubMed Central prints it: `PMCID: PMC9274413`, `PMID: 35712209`,
/// `Published online 2022 Jun 14. doi: …`, `J Sleep Metab Res. 2022 Jun;
/// 9(2): 118–129.`
fn is_journal_record(t: &str) -> bool {
    let t = t.trim();
    if t.len() > 100 {
        return false;
    }
    if ["PMCID:", "PMID:", "Published online ", "doi:", "DOI:"]
        .iter()
        .any(|label| t.starts_with(label))
    {
        return true;
    }
    // The journal's abbreviation, the year, then `; volume(issue): page`.
    let Some((journal, issue)) = t.split_once(". ") else {
        return false;
    };
    let year = issue.get(..4).is_some_and(|y| {
        (y.starts_with("19") || y.starts_with("20")) && y.bytes().all(|b| b.is_ascii_digit())
    });
    let volume = issue.split_once(';').is_some_and(|(date, rest)| {
        date.len() <= 20 && rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) && rest.contains(':')
    });
    journal.starts_with(char::is_uppercase) && !journal.contains(['.', ',']) && year && volume
}

/// Whether a line gives a document's place in its series and its date
/// (`POLICY PAPER NO. 41 | NOVEMBER 2020`, `RESEARCH PAPER 7 | OCTOBER
/// 2019`, `Center for Digital Governance · Policy Briefs · No. 23 · July
/// 2023`), as a report's cover does.
fn is_series_line(t: &str) -> bool {
    const SERIES_WORDS: &[&str] = &[
        "no", "paper", "report", "brief", "briefing", "series", "issue", "number",
    ];
    let parts: Vec<&str> = t.split(['|', '·']).map(str::trim).collect();
    (2..=5).contains(&parts.len())
        && parts.iter().any(|p| super::fields::dates::is_date_line(p))
        && parts.iter().any(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            words.windows(2).any(|pair| {
                SERIES_WORDS.contains(&pair[0].trim_end_matches('.').to_lowercase().as_str())
                    && pair[1].starts_with(|c: char| c.is_ascii_digit())
            })
        })
        && parts
            .iter()
            .all(|p| (1..=5).contains(&p.split_whitespace().count()))
}

/// Whether a line is a forum's note under an edited post (`Last edited by
/// marsh_owl on Tue Mar 04, 2025 9:15 pm, edited 1 time in total.`), not a
/// note's own words (`Last edited by his grandson in 1934, the text …`).
fn is_edit_note(t: &str) -> bool {
    t.starts_with("Last edited by ")
        && (t.contains(" in total") || (t.contains(" on ") && t.contains(|c: char| c.is_ascii_digit())))
}

/// Whether a line is only a chapter's or a part's label (`CHAPTER FOUR`,
/// `Chapter 4`, `Part II`), which a book's chapter prints over its title.
#[must_use]
pub fn is_chapter_label(s: &str) -> bool {
    const NUMBER_WORDS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ':']).to_lowercase())
        .collect();
    let [label, number] = words.as_slice() else {
        return false;
    };
    let roman = !number.is_empty() && number.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l'));
    matches!(label.as_str(), "chapter" | "part" | "book")
        && (number.bytes().all(|b| b.is_ascii_digit()) || roman || NUMBER_WORDS.contains(&number.as_str()))
}

/// Whether a line is one of a page's controls (`Share`, `Print`, `Reply`).
#[must_use]
pub fn is_page_control(s: &str) -> bool {
    s.trim().len() <= 56 && PAGE_CONTROLS.contains(&heading_words(s).as_str()) || is_download_link(s)
}

/// A page's link to a file of the article (`Download the full report
/// (PDF, 3.4 MB) | Download the summary in Arabic`, `Download PDF`).
fn is_download_link(s: &str) -> bool {
    let t = s.trim();
    t.len() <= 120
        && t.split(['|', '·']).all(|part| {
            let words = heading_words(part);
            let mut each = words.split_whitespace();
            each.next() == Some("download")
                && (words.contains("pdf")
                    || words.contains(" mb)")
                    || matches!(
                        each.next(),
                        Some("the" | "full" | "this" | "report" | "summary" | "as" | "our")
                    ))
                && !words.ends_with(['.', '!', '?'])
        })
}

/// Whether a line is a forum's details around a post: its board
/// (`r/AskHistorians`), poster (`Posted by u/someone`, `u/someone`), age
/// (`3 yr. ago`, `· 5 mo. ago`) or depth in the thread (`level 2`).
fn is_forum_details(t: &str) -> bool {
    let handle = |s: &str| {
        s.strip_prefix("r/")
            .or_else(|| s.strip_prefix("u/"))
            .is_some_and(|name| {
                !name.is_empty()
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            })
    };
    let age = t
        .trim_start_matches(['·', '•', ' '])
        .strip_suffix(" ago")
        .is_some_and(|age| {
            let mut words = age.split_whitespace();
            words
                .next()
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
                && words.next().is_some_and(|unit| {
                    matches!(
                        unit.trim_end_matches('.'),
                        "yr" | "yrs"
                            | "year"
                            | "years"
                            | "mo"
                            | "month"
                            | "months"
                            | "d"
                            | "day"
                            | "days"
                            | "h"
                            | "hr"
                            | "hour"
                            | "hours"
                            | "min"
                            | "mins"
                    )
                })
                && words.next().is_none()
        });
    let level = t
        .strip_prefix("level ")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    handle(t) || t.strip_prefix("Posted by ").is_some_and(handle) || age || level
}

/// Whether a line is part of the page around an article rather than the
/// article: a breadcrumb, a site control, a section label, or a
/// navigation bar of three or more short links (`Home | News | Science |
/// About`).
#[must_use]
pub fn is_page_chrome(s: &str) -> bool {
    let s = &*without_link_targets(s);
    // A text browser's links, numbered (`[1]Skip to content`, `[3]News
    // [4]Reports`): a page's navigation.
    let t = s.trim();
    if glued_link_number(t) > 0 && t.split_whitespace().count() <= MENU_LINK_WORDS {
        return true;
    }
    // An item of a menu drawn as a list (`  * Home`, `• Nuclear`).
    if let Some(item) = t.strip_prefix("* ").or_else(|| t.strip_prefix("• "))
        && (1..=MENU_BULLET_WORDS).contains(&item.split_whitespace().count())
        && !item.ends_with(['.', ':'])
    {
        return true;
    }
    // An image's name in place of it (`[logo-iranreview]`, `[IMG]`).
    if let Some(inside) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']'))
        && inside.len() <= 40
        && inside.chars().any(char::is_alphabetic)
        && !inside.contains(char::is_whitespace)
    {
        return true;
    }
    // A form's empty field or its button (`Search [   ]`, `[Search]`).
    if t.len() <= 60 && (t.contains("[Search]") || is_empty_field(t)) {
        return true;
    }
    if is_breadcrumb(s) || is_page_control(s) || is_forum_details(t) {
        return true;
    }
    // A search box's placeholder or label (`Search this topic…`,
    // `Search...`, `Search for:`).
    let t = s.trim();
    if t.len() <= 40
        && t.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("search"))
        && (t.ends_with('…') || t.ends_with("...") || t.ends_with(':'))
    {
        return true;
    }
    // A wiki's count of its other languages (`48 languages`); an
    // archive's of its copies of the page (`34 captures`).
    let mut words = s.split_whitespace();
    if let (Some(count), Some(languages), None) = (words.next(), words.next(), words.next())
        && [
            "languages",
            "sprachen",
            "langues",
            "idiomas",
            "lingue",
            "captures",
        ]
        .contains(&languages.to_lowercase().as_str())
        && count.bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    if is_email_header(t) || is_page_meta(t) || is_chat_message(t) || is_series_line(t) {
        return true;
    }
    // A wiki's tagline under its title; a newsletter's link to itself; a
    // site's link home (`NCBI home page`).
    let words = heading_words(s.get(..s.len().min(64)).unwrap_or(s));
    // An archive's toolbar (`The Wayback Machine - https://web.archive.org/…`),
    // a search engine's banner over its copy, a forum's count of posts.
    if is_wiki_tagline(s)
        || words.starts_with("the wayback machine")
        || words.starts_with("this is google's cache of")
        || words.starts_with("full version text-only version")
        || is_post_count(&words)
        || (s.trim().len() <= 40 && words.ends_with(" home page"))
        || [
            "view this post on the web",
            "view in browser",
            "view this email in your browser",
        ]
        .iter()
        .any(|p| words.starts_with(p))
    {
        return true;
    }
    let links: Vec<&str> = s.split(PART_SEPARATORS).map(str::trim).collect();
    // `NEWS RELEASE 14-FEB-2022`: a label, its date left out.
    let undated = |l: &str| {
        let words: Vec<&str> = l.split_whitespace().collect();
        let kept = words.len()
            - words
                .iter()
                .rev()
                .take_while(|w| w.contains(|c: char| c.is_ascii_digit()))
                .count();
        words.get(..kept).unwrap_or_default().join(" ")
    };
    let section = |l: &str| is_section_label(&undated(l));
    // `Analysis | Opposition Groups`: a section and its topics.
    let filed_under = (2..=4).contains(&links.len())
        && links.first().is_some_and(|l| section(l))
        && links
            .iter()
            .all(|l| !l.is_empty() && l.split_whitespace().count() <= 3 && !l.ends_with('.'));
    let sections = filed_under || (s.len() <= 48 && links.iter().all(|l| section(l)));
    sections
        || is_spaced_menu(t)
        || links.len() >= 3
            && links
                .iter()
                .all(|l| !l.is_empty() && l.split_whitespace().count() <= 3 && !l.ends_with('.'))
}

/// Whether a line is a menu set apart by runs of spaces (`Home   About
/// Archive   Contact`) with two of a site's links in it: a PDF's title may
/// be spaced out too.
fn is_spaced_menu(t: &str) -> bool {
    if !t.contains("  ") && !t.contains('\t') {
        return false;
    }
    let links: Vec<&str> = t
        .split("  ")
        .flat_map(|part| part.split('\t'))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    links.len() >= 3
        && links
            .iter()
            .all(|l| l.split_whitespace().count() <= 3 && !l.ends_with('.'))
        && links
            .iter()
            .filter(|l| MENU_WORDS.contains(&l.to_lowercase().as_str()))
            .nth(1)
            .is_some()
}

/// Links that a site's menu has, whatever the site.
const MENU_WORDS: &[&str] = &[
    "home",
    "about",
    "about us",
    "contact",
    "contact us",
    "archive",
    "subscribe",
    "donate",
    "search",
];

/// Most words of an item of a menu drawn as a list.
const MENU_BULLET_WORDS: usize = 4;

/// Most words of a line of a text browser's numbered links.
const MENU_LINK_WORDS: usize = 8;

/// Whether a line holds a form's empty field as a text browser draws it
/// (`[   ]`, `[____]`).
fn is_empty_field(s: &str) -> bool {
    s.split('[').skip(1).any(|part| {
        part.split_once(']')
            .is_some_and(|(inside, _)| !inside.is_empty() && inside.chars().all(|c| c == ' ' || c == '_'))
    })
}

/// Whether a line's words are a forum's count of a thread's posts (`3
/// posts • page 1 of 1`).
fn is_post_count(words: &str) -> bool {
    words.len() <= 40 && is_count_of(words, &["posts", "post", "replies", "reply"])
}

/// Whether a line is a wiki's tagline under its title (`From Wikipedia,
/// the free encyclopedia`).
#[must_use]
pub fn is_wiki_tagline(s: &str) -> bool {
    s.trim().len() <= 56 && {
        let words = heading_words(s);
        [
            "from wikipedia",
            "aus wikipedia",
            "un article de wikipédia",
            "de wikipedia",
            "da wikipedia",
        ]
        .iter()
        .any(|w| words.starts_with(w))
    }
}

/// A year as a word of its own (`2018`).
fn is_year(word: &str) -> bool {
    word.len() == 4 && word.parse::<u32>().is_ok_and(|y| (1500..=2099).contains(&y))
}

/// Whether a short line names the site an article was saved from (`The
/// Junto: A Group Blog on Early American History`, `example.com`): words
/// that name a publication, or a domain.
#[must_use]
pub fn is_site_name(s: &str) -> bool {
    const PUBLICATION_WORDS: &[&str] = &["blog", "magazine", "gazette", "herald", "tribune", "quarterly"];
    // The last word of a masthead (`Tasnim News Agency`, `Tehran Times`,
    // `Press TV`); `News` and `Review` end titles too (`Fighting Fake
    // News`, `A Critical Review`).
    const MASTHEAD_ENDS: &[&str] = &[
        "agency",
        "times",
        "post",
        "daily",
        "tv",
        "network",
        "journal",
        "monitor",
        "observer",
        "chronicle",
    ];
    let masthead = || {
        let words: Vec<&str> = s.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
            && !matches!(words.first(), Some(&("A" | "An" | "The")))
            && words
                .last()
                .is_some_and(|w| MASTHEAD_ENDS.contains(&w.to_lowercase().as_str()))
    };
    // `Victorian Studies Online | Issue 14.2 | Summer 2018`: a journal's
    // name, then its issue, then its date (not `Crash when saving | Issue
    // 4821 | Editor Project`, a tracker's issue).
    let beside_its_issue = || {
        let mut parts = s.split(" | ");
        let issue = parts.nth(1).is_some_and(|part| {
            let mut words = part.split_whitespace();
            words
                .next()
                .is_some_and(|w| matches!(w, "Issue" | "Vol." | "Volume" | "No." | "Number"))
                && words
                    .next()
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        });
        issue && parts.any(|part| part.split_whitespace().any(is_year))
    };
    // `Stanford Encyclopedia of Philosophy`, `Encyclopaedia Britannica`:
    // an encyclopedia's name (not `Why Wikipedia Is Not an Encyclopedia`).
    let encyclopedia = || {
        let words: Vec<&str> = s.split_whitespace().collect();
        let at = words.iter().position(|w| {
            let w = w.to_lowercase();
            w.starts_with("encyclop") && w.ends_with("dia")
        });
        // (First, or before `of`.)
        words.len() <= 5
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the"))
            && at.is_some_and(|at| at == 0 || words.get(at + 1) == Some(&"of"))
    };
    (s.trim().len() <= 64 || beside_its_issue())
        && (masthead()
            || beside_its_issue()
            || encyclopedia()
            || s.split_whitespace().any(|w| {
                let w = w
                    .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                    .to_lowercase();
                PUBLICATION_WORDS.contains(&w.as_str())
                    || [".com", ".org", ".net", ".co.uk"]
                        .iter()
                        .any(|tld| w.ends_with(tld) && w.len() > tld.len())
            }))
}

/// `title` (a range of `text`) without the site's name that a browser's
/// tab title puts around it: of ` | ` parts, the first that is no section
/// label (`Irene Adler | Baker Street Wiki | Fandom`, `Opinion | Why We
/// Sleep`); a last ` - ` part that names a site or a wiki (`Voynich
/// manuscript - Wikipedia`, `… - example.com`) is dropped.
#[must_use]
pub fn without_site_suffix(text: &str, title: Range<usize>) -> Range<usize> {
    let s = text.get(title.clone()).unwrap_or("");
    if s.contains(" | ") {
        let mut at = 0;
        for part in s.split(" | ") {
            let trimmed = part.trim();
            if !trimmed.is_empty() && !is_section_label(trimmed) {
                let start = title.start + at + (part.len() - part.trim_start().len());
                return start..start + trimmed.len();
            }
            at += part.len() + " | ".len();
        }
        return title;
    }
    let Some((head, last)) = s.rsplit_once(" - ").or_else(|| s.rsplit_once(" – ")) else {
        return title;
    };
    let wiki = ["wiki", "pedia"].iter().any(|w| last.to_lowercase().contains(w));
    if wiki || is_site_name(last) {
        title.start..title.start + head.trim_end().len()
    } else {
        title
    }
}

/// Whether a line could be a title or heading: short, starts with a capital
/// or digit, does not end like a sentence in progress.
#[must_use]
pub fn is_title_like(s: &str) -> bool {
    let t = s.trim();
    // Over 160 characters is over 640 bytes: a paragraph line is settled
    // without counting its words and characters.
    if t.len() > 4 * 160 {
        return false;
    }
    // The cheap tests come first: a paragraph line, which ends with a full
    // stop or is long, is settled without counting its words.
    !t.ends_with(['.', ',', ';', ':'])
        && !t.starts_with('[')
        && t.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| !c.is_lowercase())
        && t.chars().count() <= 160
        && (1..=20).contains(&t.split_whitespace().take(21).count())
}

/// Whether a line is a separator (`-----`, `_____`, `* * *`, `====`).
#[must_use]
pub fn is_separator(s: &str) -> bool {
    let mut marks = 0;
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        if !matches!(c, '-' | '_' | '=' | '—' | '–' | '*' | '~') {
            return false;
        }
        marks += 1;
    }
    marks >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_headings_in_any_case_with_colon_or_hashes() {
        for line in [
            "References:",
            "NOTES",
            "## Works Cited",
            "  Bibliography  ",
            "**Sources**",
            "Notes & References",
            "Einzelnachweise",
            "Note",
            "Fonti",
            "Notes et références",
            "Referencias:",
            "References (most recent first)",
            "Sources mentioned:",
            "Links:",
        ] {
            assert!(is_reference_heading(line), "{line}");
        }
        for line in [
            "Notes (and a few doubts) on the survey",
            "The references below",
            "Notes on a scandal",
            "References to the war were cut.",
        ] {
            assert!(!is_reference_heading(line), "{line}");
        }
    }

    #[test]
    fn notes_to_a_work_or_a_chapter_are_a_heading_but_notes_to_editors_are_not() {
        for heading in [
            "Notes to Resultant Moral Luck",
            "## Notes to Ethics of Artificial Intelligence and Robotics",
            "Notes for Chapter 3",
        ] {
            assert!(is_reference_heading(heading), "{heading}");
        }
        for line in [
            "Notes to editors",
            "NOTES TO EDITORS:",
            "Notes to Table 1",
            "Notes to Journalists",
            "Notes to self: buy milk.",
            "notes to the reader were added later",
        ] {
            assert!(!is_reference_heading(line), "{line}");
        }
    }

    #[test]
    fn inline_heading_gives_offset_of_first_entry() {
        assert_eq!(inline_reference_heading("References: [1] A."), Some(12));
        assert_eq!(inline_reference_heading("Notes:"), None);
        assert_eq!(inline_reference_heading("Note: this is prose."), None);
        // A page's count of its citations is no list of them.
        assert_eq!(inline_reference_heading("Citations: 4"), None);
    }

    #[test]
    fn a_wiki_section_heading_keeps_its_words_without_the_edit_link() {
        assert!(is_reference_heading("References[edit]"));
        // As a Markdown clipper saves a wiki's heading.
        let clipped = "## Notes\\[[edit](https://en.wikipedia.org/w/index.php?title=X&action=edit&section=4 \"Edit section: Notes\")\\]";
        assert!(is_reference_heading(clipped));
        assert!(is_cruft_line(&clipped.replace("Notes", "External links")));
        assert!(is_reference_heading("## Notes [edit]"));
        assert!(!is_reference_heading("[edit]"));
        // Both links, and the wikis in other languages.
        for heading in [
            "References[edit | edit source]",
            "Einzelnachweise[Bearbeiten | Quelltext bearbeiten]",
            "Referencias[editar]",
            "Notes et références[modifier | modifier le code]",
        ] {
            assert!(is_reference_heading(heading), "{heading}");
        }
        assert!(!is_reference_heading("Notes[see below]"));
    }

    #[test]
    fn a_mastheads_name_is_told_from_a_title() {
        for site in [
            "Tasnim News Agency",
            "Tehran Times",
            "Press TV",
            "The Long Read Blog",
            "Stanford Encyclopedia of Philosophy",
            "Victorian Domestic Studies Online | Issue 14.2 | Summer 2018",
            "Encyclopaedia Britannica",
        ] {
            assert!(is_site_name(site), "{site}");
        }
        for title in [
            "Fighting Fake News",
            "A Critical Review",
            "The Times They Changed Slowly",
            "Why Wikipedia Is Not an Encyclopedia",
            "Why Wikipedia Is Not An Encyclopedia",
            "The Last Great Encyclopedia",
            "Crash when saving large files | Issue 4821 | Editor Project",
            "Diderot and the Reading Public | Eighteenth-Century Studies Online | Issue 14.2 | Summer 2018",
        ] {
            assert!(!is_site_name(title), "{title}");
        }
    }

    #[test]
    fn a_chapters_label_is_told_from_a_title_that_starts_like_one() {
        for label in ["CHAPTER FOUR", "Chapter 4", "Part II", "BOOK ONE:", "Chapter 12."] {
            assert!(is_chapter_label(label), "{label}");
        }
        for line in [
            "Chapter and Verse",
            "Part of the Problem",
            "Chapter 4: The Stink",
            "Book Reviews",
        ] {
            assert!(!is_chapter_label(line), "{line}");
        }
    }

    #[test]
    fn cruft_lines_are_recognised() {
        for line in [
            "You may also like",
            "Leave a Comment",
            "New Articles",
            "Most viewed",
            "Related",
            "Share this:",
            "Share this essay",
            "Share this translation: Telegram | X | Email",
            "Follow us on Telegram, X and Instagram",
            "[05/03/2025, 21:30:11] Leila M: Thanks, source [1] doesn't open for me",
            "05/03/2025, 21:31 - Babak Rahimi: Yes, that page is no longer available.",
            "Our website can also be accessed at the following alternate addresses:",
            "Press TV's website can also be accessed at the following alternate addresses:",
            "Excerpt From",
            "*** END OF THE PROJECT GUTENBERG EBOOK PRINTERS AND SCRIBES ***",
            "This work was published before January 1, 1931, and is in the public domain worldwide.",
            "Missing some Tweet in this thread? You can try to force a refresh",
            "Keep Current with Ann Roe",
            "Tags: war, spies",
            "Print",
            "Email",
            "Facebook",
            "About the author: Jane Roe writes on science.",
            "Medically reviewed by James Carter, MD",
            "Disclosure: the author has no conflicts of interest to declare.",
            "Thanks for reading! Subscribe for free to receive new posts.",
            "Share this article Facebook Twitter Email",
            "Top of the page",
            "Posted in Media | 3 Comments",
            "Posted in Uncategorized. Leave a comment",
            "This entry was posted in News. Bookmark the permalink.",
            "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Ada_Lovelace&oldid=1\"",
            "This page was last edited on 12 October 2023, at 10:01 (UTC).",
            "Related Entries",
            "External links[edit]",
            "-- ",
            "Comments (214)",
            "Save to Pocket",
            "Notes to Editors",
            "Media contacts:",
            "Last edited by marsh_owl on Tue Mar 04, 2025 9:15 pm, edited 1 time in total.",
            "[a]Is this the page you meant? Mine has it on 23.",
            "Credits",
            "Photo credits",
            "Unsubscribe https://example.substack.com/action/disable_email",
            "Subscribe to Thinking Slowly",
            "Discussion about this post",
            "Keywords: ego depletion, self-control",
            "Citation: Novak P and Lindqvist E (2024) Ego depletion. Front. Psychol. 15:1345678.",
            // A wiki's footer, in English and in other languages.
            "Authority control databases: National: Germany, United States",
            "Normdaten (Person): GND: 118574639",
            "Abgerufen von „https://de.wikipedia.org/w/index.php?title=Ada_Lovelace“",
            "Kategorien: Mathematiker",
            "Catégories : Projet Manhattan",
            // A news agency's sign-off, its item's number, a republisher's
            // disclaimer.
            "TT/PA",
            "(END)",
            "2 Comments",
            "14 responses to “Stuxnet revisited”",
            "We value your privacy",
            "By clicking “Accept all”, you consent to the use of cookies.",
            "Related News",
            // A word processor's comments under the notes.
            "[a]Rana: can we cut the summary to 100 words?",
            "[b]Need a second source for this quote. Who else has it?",
            "[a]Luca Bernardi: ISGlobal are publishing 2023 figures in the spring.",
        ] {
            assert!(is_cruft_line(line), "{line}");
        }
        for line in [
            "Related work shows otherwise.",
            "TT/PA is the agency's code.",
            "N/A",
            "--",
            "This article first appeared in Asia Times.",
            "2009/06/03",
            "Email was new in 1971.",
            // APA's URL line of a wrapped entry, and a note's own words.
            "Retrieved from https://doi.org/10.1000/xyz123",
            "Posted in 2009 on the author's blog.",
            "[a] A lettered note with its space.",
            "[sic]Not a comment's anchor",
            "[a]Translator's note: the Persian has no article.",
            "[b]Levitt, Matthew. Hezbollah. Georgetown, 2013.",
            "[c]Pew Research Center. The State of the News Media: 2016. Washington, 2016.",
            "[a]Roe, Jane. \"Was the Grid Ready for the Freeze?\" The Courier, 3 March 2021.",
            "[a]Port Authority: Annual Report 1998, p. 12.",
            "[b]New York Times: \"Harbour costs soar,\" 3 May 2001.",
            "[a]Hans Müller: Die Nacht des Mauerfalls. Berlin 2001, S. 12.",
            "Last edited by his grandson in 1934, the text drops a third of the entries.",
        ] {
            assert!(!is_cruft_line(line), "{line}");
        }
    }

    #[test]
    fn bylines_give_the_name() {
        let cases = [
            ("By: Jane Roe", Some("Jane Roe")),
            ("By Jane Roe", Some("Jane Roe")),
            ("Written by J. Roe", Some("J. Roe")),
            ("Story by Jane Roe", Some("Jane Roe")),
            ("Reporting by Jane Roe; Editing by Tom Poe", Some("Jane Roe")),
            ("By the end of the war, nothing was left.", None),
            ("Bypass surgery", None),
            ("By Jane Roe | 3 March 2019", Some("Jane Roe")),
            ("Posted by Jane Roe, Staff Writer", Some("Jane Roe")),
            ("By the way", None),
            ("WRITTEN BY Jane Roe", Some("Jane Roe")),
            ("Bé Jane", None),
            ("Byé Jane", None),
            ("Posted on March 3, 2021 by Kim Lee", Some("Kim Lee")),
            ("Published 12 May 2020 by Ann Roe | News", Some("Ann Roe")),
            ("Posted on March 3, 2021", None),
            ("Published by the state press in 1921.", None),
            ("Written by: Tom Hale", Some("Tom Hale")),
            ("By Ann Roe and the Harbor Threat Research Team", Some("Ann Roe")),
            ("Posted by: Kim Lee", Some("Kim Lee")),
            ("Author: Ann Roe", Some("Ann Roe")),
            ("Author Ann Roe", None),
            (
                "Words: Hannah Okoye | 12 March 2022 | 11 minute read",
                Some("Hannah Okoye"),
            ),
            ("Words matter more than arms.", None),
            ("By:Jane Roe", Some("Jane Roe")),
            ("By\u{a0}Jane Roe", Some("Jane Roe")),
            ("Par Claire Dumont", Some("Claire Dumont")),
            ("Por Ana Ruiz | 3 de mayo", Some("Ana Ruiz")),
            ("Von Jan Weber", Some("Jan Weber")),
            ("di Marco Ferrante", Some("Marco Ferrante")),
            ("door Jan de Vries", Some("Jan de Vries")),
            ("Di Maio Luigi", None),
            ("Door County Shipwrecks Revisited", None),
            ("Par la suite, tout change.", None),
            (
                "Posted by Emily Chen on 12 October 2016 in Print Culture",
                Some("Emily Chen"),
            ),
            ("Interview by Mark Jensen", Some("Mark Jensen")),
            ("Review by Daniel Ashworth", Some("Daniel Ashworth")),
            ("Interview by phone in 2019", None),
            // JSTOR's field, a date right after the name, and the marks
            // pointing to an affiliation.
            ("Author(s): Margaret Ellery", Some("Margaret Ellery")),
            (
                "by Rowan Hale March 4, 2025 at 7:32 am in Economics",
                Some("Rowan Hale"),
            ),
            (
                "by Anna Kowalska 1,*, Tomasz Nowak 2 and Julia Wiśniewska 1",
                Some("Anna Kowalska"),
            ),
            // Every writer, when no role follows the names.
            ("By Hannah Kerr, Matthew Ward", Some("Hannah Kerr, Matthew Ward")),
            (
                "By Tomas Lindqvist, Science Correspondent",
                Some("Tomas Lindqvist"),
            ),
            (
                "By Alicia Fernandes, University Communications",
                Some("Alicia Fernandes"),
            ),
        ];
        for (line, name) in cases {
            assert_eq!(byline_name(line).and_then(|r| line.get(r)), name, "{line}");
        }
    }

    #[test]
    fn a_journals_author_list_is_read_whole() {
        let cases = [
            ("Ingrid Halvorsen, Tomás Ferreira & Mei-Lin Zhou", true),
            ("Claire Dubois, Samir Haddad, Emily Tran", true),
            ("Anna Kowalska 1,*, Tomasz Nowak 2 and Julia Wiśniewska 1", true),
            ("Sec. Personality and Social Psychology", false),
            ("Apples, pears and plums", false),
            ("Jane Roe", false),
        ];
        for (line, listed) in cases {
            assert_eq!(author_list(line).is_some(), listed, "{line}");
        }
    }

    #[test]
    fn a_name_beside_a_date_is_a_byline() {
        let cases = [
            (
                "Maria Gonzalez | Health Desk | 12 June 2022",
                Some("Maria Gonzalez"),
            ),
            ("  Ann Roe · March 3, 2021", Some("Ann Roe")),
            ("Health Desk | News", None),
            ("Home | News | 2022", None),
            ("The results were clear | 2022", None),
            ("Maria Gonzalez", None),
        ];
        for (line, name) in cases {
            assert_eq!(dated_name_line(line).and_then(|r| line.get(r)), name, "{line}");
        }
    }

    #[test]
    fn site_controls_and_navigation_bars_are_page_chrome() {
        for line in [
            "Skip to content",
            "MENU",
            "Search",
            "Home | News | Science | About",
            "Home » World",
            "Opinion",
            "ANALYSIS",
            "Opinion | Economy",
            "Science > Physics > Optics",
            "From Wikipedia, the free encyclopedia",
            "View this post on the web at https://example.substack.com/p/a-post",
            // A report's series and date on its cover; a newsletter's buttons.
            "POLICY PAPER NO. 41 | NOVEMBER 2020",
            "Working Paper No. 7 | March 2019",
            "Center for Digital Governance · Policy Briefs · No. 23 · July 2023",
            // A forum's details around a post.
            "r/AskHistorians",
            "Posted by u/someone",
            "3 yr. ago",
            "· 5 mo. ago",
            "level 2",
            "Copy link",
            "Facebook",
        ] {
            assert!(is_page_chrome(line), "{line}");
        }
        for line in [
            "The Search for Meaning",
            "Smith, Jones and Lee | a study of three towns in Wales | 2019",
            "By Jane Roe | 3 March 2019",
            "A title",
            "Opinion polls and their critics",
            "If x > y then the loop stops.",
            "Progress > Perfection",
            "No Country for Old Men | May 2007",
            "Ten years ago",
            "r/",
            "level best",
        ] {
            assert!(!is_page_chrome(line), "{line}");
        }
    }

    #[test]
    fn a_tab_titles_site_name_is_no_part_of_the_title() {
        let cut = |s: &str| {
            s.get(without_site_suffix(s, 0..s.len()))
                .unwrap_or("")
                .to_string()
        };
        assert_eq!(cut("Voynich manuscript - Wikipedia"), "Voynich manuscript");
        assert_eq!(
            cut("Rosetta Stone | Discovery, History, & Facts | Britannica"),
            "Rosetta Stone"
        );
        assert_eq!(cut("A Study - example.com"), "A Study");
        assert_eq!(
            cut("Sleep - What the Trials Found"),
            "Sleep - What the Trials Found"
        );
        assert_eq!(cut("The Great Gatsby - Summary"), "The Great Gatsby - Summary");
        assert_eq!(
            cut("Opinion | Why We Should All Sleep More"),
            "Why We Should All Sleep More"
        );
        assert_eq!(cut("Hodgkin-Huxley model - Scholarpedia"), "Hodgkin-Huxley model");
    }

    #[test]
    fn breadcrumbs_and_separators() {
        assert!(is_breadcrumb("Home » Politics » A story"));
        assert!(!is_breadcrumb("A story about homes"));
        assert_eq!(
            breadcrumb_end("Home » Psychology » Is It Real?"),
            Some("Is It Real?")
        );
        assert_eq!(breadcrumb_end("Home > News > A Story"), Some("A Story"));
        assert_eq!(breadcrumb_end("A story"), None);
        assert!(!is_breadcrumb(
            "« J’accuse…! » : comment un article a changé l’affaire"
        ));
        assert!(is_separator("------------"));
        assert!(is_separator("* * *"));
        assert!(!is_separator("- a list item"));
    }

    #[test]
    fn a_clippers_excerpt_and_a_callout_are_boxes_but_a_quote_callout_is_not() {
        assert!(opens_a_box("> ## Excerpt"));
        assert!(opens_a_box("> [!note] Remember"));
        assert!(!opens_a_box("> [!QUOTE] Orwell"));
        assert!(!opens_a_box("> Words quoted."));
    }
}
