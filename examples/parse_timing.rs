//! Times the reader's preview, then loading, parsing, checking one article
//! and writing its text report (to nowhere), phase by phase:
//! `cargo run --release --example parse_timing -- big.txt`

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse_timing ARTICLE");
        std::process::exit(2);
    };
    let start = Instant::now();
    let Ok(preview) = ibid::preview::Preview::read(std::path::Path::new(&path), &path) else {
        eprintln!("{path}: cannot be read");
        std::process::exit(2);
    };
    println!(
        "preview {:.2} ms ({} bytes, {} markers, {} references)",
        start.elapsed().as_secs_f64() * 1000.0,
        preview.article.text.len(),
        preview.article.markers.len(),
        preview.article.references.len()
    );
    let start = Instant::now();
    let Ok(loaded) = ibid::load::load_file(std::path::Path::new(&path)) else {
        eprintln!("{path}: cannot be read");
        std::process::exit(2);
    };
    let loaded_at = start.elapsed();
    let article = ibid::parse::parse(&path, loaded.text);
    let parsed_at = start.elapsed();
    let findings = ibid::check::run_all(&article, &ibid::check::CheckOptions::default());
    let checked_at = start.elapsed();
    let counts = format!(
        "{} markers, {} references, {} findings",
        article.markers.len(),
        article.references.len(),
        findings.len()
    );
    let checked = [ibid::check::report::Checked { article, findings }];
    let mut nowhere = std::io::BufWriter::new(std::io::sink());
    if ibid::check::report::write_text(&mut nowhere, &checked).is_err() {
        eprintln!("{path}: the report could not be written");
        std::process::exit(2);
    }
    let written_at = start.elapsed();
    println!(
        "load {:.3} s, parse {:.3} s, check {:.3} s, write {:.3} s ({counts})",
        loaded_at.as_secs_f64(),
        (parsed_at - loaded_at).as_secs_f64(),
        (checked_at - parsed_at).as_secs_f64(),
        (written_at - checked_at).as_secs_f64(),
    );
}
