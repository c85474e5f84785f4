//! Dates written in any common form (`2009`, `(2009)`, `3 June 2009`,
//! `June 3, 2009`, `09.Oct 2010`, `2009-06-03`, `Spring 2004`, `1989a`), as
//! ISO 8601, and the accessed date that follows `Web.`, `Accessed`,
//! `Retrieved`, `Consulted` or `last visited`.
//!
//! Must not: decide which date of an entry is the publication date; the
//! layout reader does that from where each date sits.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// Month names and abbreviations (English, French, German, Spanish,
/// Portuguese, Italian), longest first so that alternation prefers them.
const MONTHS: &[(&str, u8)] = &[
    ("september", 9),
    ("septiembre", 9),
    ("septembre", 9),
    ("settembre", 9),
    ("setembro", 9),
    ("november", 11),
    ("noviembre", 11),
    ("novembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("diciembre", 12),
    ("décembre", 12),
    ("dezember", 12),
    ("dicembre", 12),
    ("dezembro", 12),
    ("february", 2),
    ("février", 2),
    ("febrero", 2),
    ("februar", 2),
    ("febbraio", 2),
    ("fevereiro", 2),
    ("january", 1),
    ("janvier", 1),
    ("januar", 1),
    ("gennaio", 1),
    ("janeiro", 1),
    ("october", 10),
    ("octobre", 10),
    ("oktober", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("outubro", 10),
    ("august", 8),
    ("agosto", 8),
    ("juillet", 7),
    ("luglio", 7),
    ("julho", 7),
    ("julio", 7),
    ("junio", 6),
    ("giugno", 6),
    ("junho", 6),
    ("march", 3),
    ("marzo", 3),
    ("março", 3),
    ("märz", 3),
    ("april", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("enero", 1),
    ("maggio", 5),
    ("mayo", 5),
    ("maio", 5),
    ("june", 6),
    ("juin", 6),
    ("juni", 6),
    ("july", 7),
    ("juli", 7),
    ("août", 8),
    ("mars", 3),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("mai", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
    ("dez", 12),
];

fn month_pattern() -> String {
    let names: Vec<&str> = MONTHS.iter().map(|(name, _)| *name).collect();
    format!("(?:{})", names.join("|"))
}

/// Whether a line is a date and nothing else, as a page prints under its
/// byline (`March 3, 2024`, `Updated 3 March 2024, 10:15 GMT`,
/// `2024-03-03`), told without the date patterns (their compiling would
/// delay the reader's first screen): at most [`DATE_LINE_WORDS`] words,
/// each a number, a month or a word of time, with a month or a
/// written-out date among them.
#[must_use]
pub fn is_date_line(s: &str) -> bool {
    // `Sunday, 9 October 2016`, `Tue Mar 12, 2019`.
    const TIME_WORDS: &[&str] = &[
        "updated",
        // `[ Last Update: Tuesday, 17 January 2023 6:02 PM ]`.
        "last",
        "update",
        // `3 October 2023 · 11 min read`.
        "min",
        "mins",
        "minute",
        "minutes",
        "read",
        "published",
        "posted",
        "on",
        "at",
        "am",
        "pm",
        "a.m",
        "p.m",
        "gmt",
        "utc",
        "bst",
        "cet",
        "est",
        "edt",
        "pst",
        "pdt",
    ];
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.' | '(' | ')' | '[' | ']' | '|' | '·' | '•')))
        // `Published: 14 May 2025`.
        .map(|w| {
            w.strip_suffix(':')
                .filter(|word| word.chars().all(char::is_alphabetic))
                .unwrap_or(w)
        })
        .filter(|w| !w.is_empty())
        .collect();
    // `3`, `2024`, `10:15`, `03/03/2024`, `3rd`, `10am`.
    let is_number = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| {
                c.is_ascii_digit()
                    || matches!(c, ':' | '/' | '-' | '.')
                    || (c.is_ascii_alphabetic() && w.len() <= 4)
            })
    };
    let is_month = |w: &str| month_number(w).is_some();
    // `Tuesday 14 Shahrivar 1402 - 5 September 2023`: an Iranian page
    // dates itself in the Solar Hijri calendar too.
    let is_solar_month = |w: &str| SOLAR_HIJRI_MONTHS.contains(&w.to_lowercase().as_str());
    let written_date = |w: &str| w.len() >= 8 && w.matches(['-', '/']).count() == 2 && is_number(w);
    // A date and the date of its last update, each with its time.
    (1..=DATE_LINE_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            // `12 Jan 2013 - 03 Mar 2021`: a range.
            is_number(w)
                || is_month(w)
                || is_solar_month(w)
                || matches!(*w, "-" | "–" | "—")
                || TIME_WORDS.contains(&w.to_lowercase().as_str())
                || WEEKDAYS.contains(&w.to_lowercase().as_str())
        })
        && words.iter().any(|w| is_month(w) || written_date(w))
        && words.iter().any(|w| is_number(w))
}

/// Most words of a line that is a date: two, each with a weekday and a
/// time (`Tuesday, 17 January 2023 5:46 PM [ Last Update: … 6:02 PM ]`).
const DATE_LINE_WORDS: usize = 16;

fn month_number(name: &str) -> Option<u8> {
    let lower = name.to_lowercase();
    let lower = lower.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == lower).map(|(_, m)| *m)
}

/// The months of the Solar Hijri calendar as English pages spell them, in
/// lower case.
const SOLAR_HIJRI_MONTHS: &[&str] = &[
    "farvardin",
    "ordibehesht",
    "khordad",
    "tir",
    "mordad",
    "amordad",
    "shahrivar",
    "mehr",
    "aban",
    "azar",
    "dey",
    "dei",
    "bahman",
    "esfand",
];

/// The days of the week, written out and short, in lower case.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// How much of a date was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date found in an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    pub iso: String,
    pub year: u16,
    pub precision: Precision,
    /// A bare year that is one end of a numeric range (`1952-1962`), which is
    /// as likely to be pages as years.
    pub in_range: bool,
    /// A bare year right after `pp.`, `vol.`, `no.` and the like.
    pub after_number_label: bool,
}

/// Year, month and day read from one pattern's captures.
type YearMonthDay = (u16, Option<u8>, Option<u8>);

/// Builds the date from a pattern's captures, or refuses an impossible one.
type DateBuilder = fn(&Captures) -> Option<YearMonthDay>;

struct DatePattern {
    regex: Regex,
    build: DateBuilder,
    /// Whether the date is numbers alone parted by `/` or `.`
    /// (`2009/06/03`, `12.11.2013`; its pattern has `[/.]` or `[./]`):
    /// looked for only in a text that has a digit, one of those marks and
    /// a digit in a row.
    in_numbers: bool,
}

fn year_of(caps: &Captures, name: &str) -> Option<u16> {
    let year: u16 = caps.name(name)?.as_str().parse().ok()?;
    (1400..=2099).contains(&year).then_some(year)
}

fn day_of(caps: &Captures) -> Option<u8> {
    let day: u8 = caps.name("d")?.as_str().parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// The first year read in `2009/06/03`: the years of the Persian calendar
/// (`1397/9/13`) come before it.
const FIRST_SLASHED_YEAR: u16 = 1500;

/// The years of the Persian (Solar Hijri) calendar read as such: 1921 to
/// 2071.
const SOLAR_HIJRI_YEARS: std::ops::RangeInclusive<u16> = 1300..=1450;

/// The Gregorian date of a day of the Persian calendar: its year starts at
/// the March equinox (1 Farvardin 1403 was 20 March 2024); its first six
/// months have 31 days, the next five 30, the last 29, or 30 in a leap
/// year, which falls on eight years of each 33.
fn gregorian_of_solar_hijri(year: u16, month: u8, day: u8) -> Option<(u16, u8, u8)> {
    const ANCHOR_YEAR: i64 = 1403;
    let is_leap = |y: i64| matches!(y.rem_euclid(33), 1 | 5 | 9 | 13 | 17 | 22 | 26 | 30);
    let length = |y: i64| if is_leap(y) { 366 } else { 365 };
    let (year, month, day) = (i64::from(year), i64::from(month), i64::from(day));
    let month_days = match month {
        1..=6 => 31,
        7..=11 => 30,
        12 if is_leap(year) => 30,
        12 => 29,
        _ => return None,
    };
    if day > month_days {
        return None;
    }
    let mut new_year = days_from_civil(2024, 3, 20);
    if year < ANCHOR_YEAR {
        new_year -= (year..ANCHOR_YEAR).map(length).sum::<i64>();
    } else {
        new_year += (ANCHOR_YEAR..year).map(length).sum::<i64>();
    }
    let before_month = if month <= 7 {
        (month - 1) * 31
    } else {
        186 + (month - 7) * 30
    };
    let (y, m, d) = civil_from_days(new_year + before_month + day - 1);
    Some((
        u16::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    ))
}

/// Days from 1 January 1970 to a Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let from_march = (month + 9) % 12;
    let day_of_year = (153 * from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The Gregorian date `days` from 1 January 1970 (Howard Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * from_march + 2) / 5 + 1;
    let month = if from_march < 10 {
        from_march + 3
    } else {
        from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A date in numbers before its year: with dots, day first (`12.11.2013`);
/// with slashes, the day is the part over 12 (`25/12/2013`, `12/25/2013`),
/// and when neither is only the year is sure.
fn numeric_date(caps: &Captures) -> Option<YearMonthDay> {
    let year = year_of(caps, "y")?;
    let a: u8 = caps.name("a")?.as_str().parse().ok()?;
    let b: u8 = caps.name("b")?.as_str().parse().ok()?;
    let dotted = caps.name("sep")?.as_str() == ".";
    let (day, month) = if dotted || (a > 12 && b <= 12) {
        (a, b)
    } else if b > 12 && a <= 12 {
        (b, a)
    } else {
        return Some((year, None, None));
    };
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, Some(month), Some(day)))
}

/// A full date whose month is a name (`3 June 2009`, `June 3, 2009`,
/// `2009 June 3`), whatever the order its pattern captured it in.
fn named_month_date(caps: &Captures) -> Option<YearMonthDay> {
    Some((
        year_of(caps, "y")?,
        Some(month_number(caps.name("m")?.as_str())?),
        Some(day_of(caps)?),
    ))
}

static PATTERNS: LazyLock<Vec<DatePattern>> = LazyLock::new(|| {
    let month = month_pattern();
    // `12 de mayo de 2019`, `12 de maio de 2019`: Spanish and Portuguese
    // join day, month and year with `de`.
    let sep = r"(?:\s*[.\-/]\s*|\s+(?:de\s+)?)";
    let specs: Vec<(String, DateBuilder)> = vec![
        (
            r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b".to_string(),
            |c| {
                let m: u8 = c.name("m")?.as_str().parse().ok()?;
                ((1..=12).contains(&m)).then_some((year_of(c, "y")?, Some(m), Some(day_of(c)?)))
            },
        ),
        (
            format!(
                r"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\.?{sep}(?P<m>{month})\b\.?,?{sep}(?P<y>\d{{4}})\b"
            ),
            named_month_date,
        ),
        (
            format!(
                r"(?i)\b(?P<m>{month})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"
            ),
            named_month_date,
        ),
        (
            format!(r"(?i)\b(?P<y>\d{{4}}),?\s+(?P<m>{month})\b\.?\s+(?P<d>\d{{1,2}})\b"),
            named_month_date,
        ),
        (
            format!(
                r"(?i)\b(?P<m>{month})\b\.?(?:\s*[-–/]\s*{month}\b\.?)?,?\s+(?:de\s+)?(?P<y>\d{{4}})\b"
            ),
            |c| {
                Some((
                    year_of(c, "y")?,
                    Some(month_number(c.name("m")?.as_str())?),
                    None,
                ))
            },
        ),
        (
            format!(r"(?i)\b(?P<y>\d{{4}}),?\s+(?P<m>{month})\b"),
            |c| {
                Some((
                    year_of(c, "y")?,
                    Some(month_number(c.name("m")?.as_str())?),
                    None,
                ))
            },
        ),
        (
            r"(?i)\b(?:spring|summer|autumn|fall|winter|printemps|été|automne|hiver|frühjahr|sommer|herbst)\s+(?P<y>\d{4})\b"
                .to_string(),
            |c| Some((year_of(c, "y")?, None, None)),
        ),
        (
            // `2009/06/03`, or a date of the Persian calendar that Iranian
            // pages write so (`1388/3/13`, 3 June 2009); not with dots.
            r"\b(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})\b".to_string(),
            |c| {
                // `version 2020.1.2`: with dots, a version's number.
                if c.get(0)?.as_str().contains('.') {
                    return None;
                }
                let y: u16 = c.name("y")?.as_str().parse().ok()?;
                let m: u8 = c.name("m")?.as_str().parse().ok()?;
                let d = day_of(c)?;
                if SOLAR_HIJRI_YEARS.contains(&y) {
                    let (y, m, d) = gregorian_of_solar_hijri(y, m, d)?;
                    return Some((y, Some(m), Some(d)));
                }
                let y = year_of(c, "y").filter(|&y| y >= FIRST_SLASHED_YEAR)?;
                (1..=12).contains(&m).then_some((y, Some(m), Some(d)))
            },
        ),
        (
            r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})[./](?P<y>\d{4})\b".to_string(),
            numeric_date,
        ),
        (
            r"\b(?P<y>1[4-9]\d{2}|20\d{2})[a-z]?\b".to_string(),
            |c| Some((year_of(c, "y")?, None, None)),
        ),
    ];
    specs
        .into_iter()
        .map(|(pattern, build)| DatePattern {
            in_numbers: pattern.contains("[/.]") || pattern.contains("[./]"),
            regex: Regex::new(&pattern).expect("static regex"),
            build,
        })
        .collect()
});

static NUMBER_LABEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bpp?\.?|\bpages?|\bvol\.?|\bno\.?|\bnr\.?|\bn°|#|\bissue|\breport)\s*$")
        .expect("static regex")
});

/// Every date in `text`, in order of position, without overlaps; longer and
/// more precise forms win over a bare year inside them.
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    let mut found: Vec<DateMatch> = Vec::new();
    let bytes = text.as_bytes();
    let has_numbers_date = memchr::memchr2_iter(b'/', b'.', bytes).any(|at| {
        at.checked_sub(1)
            .and_then(|b| bytes.get(b))
            .is_some_and(u8::is_ascii_digit)
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
    });
    for pattern in PATTERNS.iter().filter(|p| has_numbers_date || !p.in_numbers) {
        for caps in pattern.regex.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let (start, end) = (whole.start(), whole.end());
            if found.iter().any(|d| start < d.end && d.start < end) {
                continue;
            }
            let Some((year, month, day)) = (pattern.build)(&caps) else {
                continue;
            };
            let (iso, precision) = match (month, day) {
                (Some(m), Some(d)) => (format!("{year:04}-{m:02}-{d:02}"), Precision::Day),
                (Some(m), None) => (format!("{year:04}-{m:02}"), Precision::Month),
                _ => (format!("{year:04}"), Precision::Year),
            };
            let before = text.get(..start).unwrap_or("");
            let after = text.get(end..).unwrap_or("");
            let bare = precision == Precision::Year;
            let in_range = bare
                && (after.starts_with(['-', '–', '—'])
                    && after.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
                    || before.ends_with(['-', '–', '—'])
                        && before.chars().rev().nth(1).is_some_and(|c| c.is_ascii_digit()));
            let mut before_chars = before.chars().rev();
            let glued_to_digits = match (before_chars.next(), before_chars.next()) {
                (Some(c), _) if c.is_ascii_digit() => true,
                (Some('.' | ','), Some(p)) => p.is_ascii_digit(),
                _ => false,
            };
            // `arXiv:2001.08361`: the year is the start of a number.
            let mut after_chars = after.chars();
            let runs_on = matches!(
                (after_chars.next(), after_chars.next()),
                (Some('.' | ','), Some(c)) if c.is_ascii_digit()
            );
            // `GOV/2011/65`: a document's code.
            let in_a_code = before.ends_with('/') && after.starts_with('/');
            if bare && (glued_to_digits || runs_on || in_a_code) {
                continue;
            }
            found.push(DateMatch {
                start,
                end,
                iso,
                year,
                precision,
                in_range,
                after_number_label: bare && NUMBER_LABEL_BEFORE.is_match(before),
            });
        }
    }
    found.sort_by_key(|d| d.start);
    found
}

static ACCESS_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\[\s*)?\b(?:web\s*[.:,]|(?:(?:date\s+)?accessed|retrieved|consulted|(?:last\s+)?(?:visited|checked)|last\s+(?:accessed|viewed)|viewed|cited|downloaded)(?:\s+on)?\b\s*[:.,]?|(?:zuletzt\s+)?(?:abgerufen|aufgerufen)\s+am|zugriff\s+am|consulté\s+le|(?:consultado|recuperado|accedido)(?:\s+el)?|fecha\s+de\s+consulta\s*:?|consultato\s+il|(?:acesso|acessado)\s+em\s*:?)\s*(?:on\s+)?",
    )
    .expect("static regex")
});

static MEDIUM_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:Web|Print)\.(?:\s|$)").expect("static regex"));

/// Finds the accessed date and returns the text without it (and without the
/// MLA medium words `Web.`/`Print.`), plus the date as ISO 8601.
pub fn take_accessed(text: &str) -> (String, Option<String>) {
    let dates = find_dates(text);
    let mut taken: Option<(usize, usize, String)> = None;
    for m in ACCESS_LEAD_IN.find_iter(text) {
        // `Visited` and `checked` alone are words of titles too (`Cities
        // Visited 1998 to 2004`): only a day or a month after them says
        // when the page was read.
        let plain_word = {
            let lead = m.as_str().trim_start_matches(['[', ' ']).to_lowercase();
            lead.starts_with("visited") || lead.starts_with("checked")
        };
        if let Some(date) = dates
            .iter()
            .find(|d| d.start == m.end() && !(plain_word && d.precision == Precision::Year))
        {
            let mut end = date.end;
            let rest = text.get(end..).unwrap_or("");
            if m.as_str().starts_with('[') && rest.trim_start().starts_with(']') {
                end += rest.len() - rest.trim_start().len() + 1;
            }
            // APA's `Retrieved March 3, 2019, from https://…`: the `from`
            // goes with the date.
            if let Some(from) = rest
                .strip_prefix(", from")
                .filter(|r| r.is_empty() || r.starts_with(' '))
            {
                end += rest.len() - from.len();
            }
            let rest = text.get(end..).unwrap_or("");
            let paren_before = text.get(..m.start()).unwrap_or("").trim_end().ends_with('(');
            let start = if paren_before && rest.trim_start().starts_with(')') {
                end += rest.len() - rest.trim_start().len() + 1;
                text.get(..m.start()).unwrap_or("").trim_end().len() - 1
            } else {
                m.start()
            };
            taken = Some((start, end, date.iso.clone()));
            break;
        }
    }
    if taken.is_none() {
        taken = second_full_date_after_colon(text, &dates);
    }
    let (mut out, accessed) = match taken {
        Some((start, end, iso)) => {
            let mut out = String::with_capacity(text.len());
            out.push_str(text.get(..start).unwrap_or(""));
            out.push(' ');
            out.push_str(text.get(end..).unwrap_or(""));
            (out, Some(iso))
        }
        None => (text.to_string(), None),
    };
    out = MEDIUM_WORD.replace_all(&out, " ").into_owned();
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    (collapsed, accessed)
}

/// MLA without `Web.`: `QNBR.com 8 October 2006: 15 Mar 2011.` — a full date,
/// a colon, and another full date at the end is the accessed date.
fn second_full_date_after_colon(text: &str, dates: &[DateMatch]) -> Option<(usize, usize, String)> {
    for pair in dates.windows(2) {
        let [first, second] = pair else { continue };
        if first.precision != Precision::Day || second.precision != Precision::Day {
            continue;
        }
        let between = text.get(first.end..second.start)?;
        let rest = text.get(second.end..)?.trim();
        if between.trim() == ":" && rest.trim_end_matches(['.', ' ']).is_empty() && second.iso > first.iso {
            return Some((second.start, second.end, second.iso.clone()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_a_date_may_name_its_weekday() {
        for line in [
            "Sunday, 9 October 2016",
            "Tue Mar 12, 2019 4:21 pm",
            "Published: 14 May 2025",
            // In the Solar Hijri calendar and the Gregorian.
            "Tuesday 14 Shahrivar 1402 - 5 September 2023",
            // With the time it takes to read, or the date of its update.
            "Published 3 October 2023 · 11 min read",
            "Tuesday, 17 January 2023 5:46 PM  [ Last Update: Tuesday, 17 January 2023 6:02 PM ]",
        ] {
            assert!(is_date_line(line), "{line}");
        }
        for line in [
            "Read the last update of 3 October 2023 on the deal",
            "Sunday Times",
            "Sun 3",
            "Wednesday, the day the deal was signed",
            "Mehr News",
        ] {
            assert!(!is_date_line(line), "{line}");
        }
    }

    #[test]
    fn dates_of_the_persian_calendar_are_read_as_gregorian_ones() {
        for (persian, gregorian) in [
            ("1388/3/13", "2009-06-03"),
            ("1388/1/1", "2009-03-21"),
            ("1403/1/1", "2024-03-20"),
            ("1399/12/30", "2021-03-20"),
            ("1397/9/13", "2018-12-04"),
            ("1357/11/22", "1979-02-11"),
        ] {
            let found = find_dates(persian);
            assert_eq!(
                found.first().map(|d| d.iso.as_str()),
                Some(gregorian),
                "{persian}"
            );
        }
        // No such day: the twelfth month of a common year has 29.
        assert!(
            find_dates("1398/12/30")
                .iter()
                .all(|d| d.precision != Precision::Day)
        );
    }

    #[test]
    fn a_line_that_is_only_a_date_is_told_from_a_title_or_a_sentence() {
        for date in [
            "March 3, 2024",
            "3 March 2024",
            "Updated 3 March 2024, 10:15 GMT",
            "Published on 2024-03-03",
            "12 juin 2022",
        ] {
            assert!(is_date_line(date), "{date}");
        }
        for other in [
            "March of the Penguins",
            "2024",
            "Election 2024",
            "The 3 March 2024 vote was close.",
            "Jane Roe",
        ] {
            assert!(!is_date_line(other), "{other}");
        }
    }
}
