//! A parsed reference list in other forms: readable text, JSON, CSL-JSON (for
//! Zotero and pandoc) and BibTeX.
//!
//! Owns: `ibid refs` output. Must not: parse or check.

use serde_json::{Value, json};

use crate::article::{Article, Reference, one_line};
use crate::check::report::json_reference;
use crate::display::clean;
use crate::parse::fields::Kind;

/// The formats `ibid refs` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefsFormat {
    Text,
    Json,
    CslJson,
    Bibtex,
}

/// The reference list of `article` in `format`.
#[must_use]
pub fn references(article: &Article, format: RefsFormat) -> String {
    match format {
        // Read in a terminal: the article's control characters and bidi
        // overrides are shown, not obeyed.
        RefsFormat::Text => clean(&text(article)).into_owned(),
        RefsFormat::Json => {
            let refs: Vec<_> = article
                .references
                .iter()
                .map(|r| json_reference(article, r))
                .collect();
            crate::display::json(&json!({ "version": 1, "path": article.path, "references": refs }))
        }
        RefsFormat::CslJson => {
            let items: Vec<Value> = article.references.iter().map(|r| csl_item(article, r)).collect();
            crate::display::json(&Value::Array(items))
        }
        RefsFormat::Bibtex => article
            .references
            .iter()
            .map(|r| bibtex_entry(article, r))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// `[label] text` and, indented under it, what ibid read from it.
fn text(article: &Article) -> String {
    let mut out = String::new();
    for r in &article.references {
        out.push_str(&format!("[{}] {}\n", r.label, one_line(article.slice(&r.body))));
        let f = &r.fields;
        let mut parts = Vec::new();
        if f.kind == Kind::Note {
            parts.push("note".to_string());
        }
        if !f.authors.is_empty() {
            parts.push(format!("authors: {}", f.authors.join("; ")));
        }
        for (name, value) in [
            ("title", &f.title),
            ("container", &f.container),
            ("date", &f.date),
            ("accessed", &f.accessed),
            ("pages", &f.pages),
        ] {
            if let Some(v) = value {
                parts.push(format!("{name}: {v}"));
            }
        }
        for url in &f.urls {
            parts.push(format!("url: {}", url.repaired));
        }
        let label_of = |i: Option<usize>| i.and_then(|i| article.references.get(i)).map(|t| t.label.clone());
        if let Some(target) = label_of(r.ibid_of) {
            parts.push(format!("repeats [{target}]"));
        }
        if let Some(first) = label_of(r.duplicate_of) {
            parts.push(format!("same source as [{first}]"));
        }
        if !parts.is_empty() {
            out.push_str(&format!("    {}\n", parts.join(" | ")));
        }
    }
    out
}

/// The entry an ibid repeats, or the entry itself.
fn source_of<'a>(article: &'a Article, r: &'a Reference) -> &'a Reference {
    r.ibid_of.and_then(|t| article.references.get(t)).unwrap_or(r)
}

/// A CSL-JSON type from what the entry has.
fn csl_type(r: &Reference) -> &'static str {
    let f = &r.fields;
    match (&f.container, &f.title, f.urls.is_empty()) {
        _ if f.kind == Kind::Note => "document",
        (Some(_), Some(_), false) => "webpage",
        (Some(_), Some(_), true) if f.pages.is_some() => "article-journal",
        (Some(_), Some(_), true) => "article-newspaper",
        (None, Some(_), _) if f.publisher.is_some() => "book",
        _ => "document",
    }
}

/// `Family, Given` as a CSL name; organisations as a literal.
fn csl_name(author: &str) -> Value {
    match author.split_once(',') {
        Some((family, given)) if !given.trim().is_empty() => {
            json!({"family": family.trim(), "given": given.trim()})
        }
        _ => json!({"literal": author.trim()}),
    }
}

/// `2009-06-03` as CSL date parts.
fn csl_date(date: &str) -> Value {
    let parts: Vec<Value> = date
        .split('-')
        .filter_map(|p| p.parse::<u32>().ok())
        .map(Value::from)
        .collect();
    json!({"date-parts": [parts]})
}

fn csl_item(article: &Article, r: &Reference) -> Value {
    let source = source_of(article, r);
    let f = &source.fields;
    let mut item = serde_json::Map::new();
    item.insert("id".into(), json!(format!("ref-{}", r.label)));
    item.insert("type".into(), json!(csl_type(source)));
    if f.kind == Kind::Note {
        item.insert("note".into(), json!(one_line(article.slice(&r.body))));
    }
    if !f.authors.is_empty() {
        item.insert(
            "author".into(),
            Value::Array(f.authors.iter().map(|a| csl_name(a)).collect()),
        );
    }
    let fields = [
        ("title", f.title.as_deref()),
        ("container-title", f.container.as_deref()),
        ("publisher", f.publisher.as_deref()),
        (
            "page",
            r.fields
                .repeat
                .as_ref()
                .and_then(|p| p.pages.as_deref())
                .or(f.pages.as_deref()),
        ),
        ("URL", f.urls.first().map(|u| u.repaired.as_str())),
    ];
    for (key, value) in fields {
        if let Some(v) = value {
            item.insert(key.into(), json!(v));
        }
    }
    if let Some(d) = &f.date {
        item.insert("issued".into(), csl_date(d));
    }
    if let Some(d) = &f.accessed {
        item.insert("accessed".into(), csl_date(d));
    }
    Value::Object(item)
}

/// Escapes BibTeX's special characters in a field value.
fn bibtex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

fn bibtex_entry(article: &Article, r: &Reference) -> String {
    let source = source_of(article, r);
    let f = &source.fields;
    let kind = match csl_type(source) {
        "article-journal" | "article-newspaper" => "article",
        "book" => "book",
        _ => "misc",
    };
    let key: String = format!("ref{}", r.label)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let mut lines = vec![format!("@{kind}{{{key},")];
    let mut field = |name: &str, value: &str| lines.push(format!("  {name} = {{{}}},", bibtex_escape(value)));
    if !f.authors.is_empty() {
        let names: Vec<String> = f
            .authors
            .iter()
            .map(|a| {
                if a.contains(',') {
                    a.clone()
                } else {
                    format!("{{{a}}}")
                }
            })
            .collect();
        field("author", &names.join(" and "));
    }
    if let Some(t) = &f.title {
        field("title", t);
    }
    if let Some(c) = &f.container {
        field(
            if kind == "article" {
                "journal"
            } else {
                "howpublished"
            },
            c,
        );
    }
    if let Some(p) = &f.publisher {
        field("publisher", p);
    }
    if let Some(d) = &f.date {
        let mut parts = d.split('-');
        if let Some(y) = parts.next() {
            field("year", y);
        }
        if let Some(m) = parts.next() {
            field("month", m);
        }
    }
    if let Some(p) = &f.pages {
        field("pages", p);
    }
    if let Some(u) = f.urls.first() {
        field("url", &u.repaired);
    }
    if let Some(a) = &f.accessed {
        field("urldate", a);
    }
    if f.kind == Kind::Note || f.title.is_none() {
        field("note", &one_line(article.slice(&r.body)));
    }
    lines.push("}".to_string());
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    #[test]
    fn bibtex_escapes_special_characters() {
        assert_eq!(bibtex_escape("A & B_1 {x} 50%"), "A \\& B\\_1 \\{x\\} 50\\%");
    }

    #[test]
    fn csl_names_split_people_and_keep_organisations_whole() {
        assert_eq!(
            csl_name("Tillery, Maud"),
            json!({"family": "Tillery", "given": "Maud"})
        );
        assert_eq!(
            csl_name("Kestrel News Agency"),
            json!({"literal": "Kestrel News Agency"})
        );
    }

    #[test]
    fn every_entry_becomes_one_csl_item_and_one_bibtex_record() {
        let a = parse(
            "a.txt",
            "T\n\nA.[1] B.[2]\n\nReferences\n[1] Roe, Jane. \"A Study.\" Planet, 2001.\n[2] Ibid.\n".into(),
        );
        let csl: Value = serde_json::from_str(&references(&a, RefsFormat::CslJson)).unwrap();
        assert_eq!(csl.as_array().map(Vec::len), Some(2));
        assert_eq!(references(&a, RefsFormat::Bibtex).matches("\n}\n").count(), 2);
    }
}
