//! Times locating annotations on a large synthetic article after an edit
//! that forces every stage of the cascade (exact, reflowed, fuzzy).
//! `cargo run --release --example notes_locate_timing [MEGABYTES]`

use std::time::Instant;

use ibid::notes::anchor::{Locator, anchor_for};
use ibid::parse::sentences::{sentence_at, sentences};

fn main() {
    let megabytes: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10);
    let text = ibid::synthetic::article(megabytes * 1_000_000, 7);
    let starts: Vec<usize> = (1..=50).map(|i| text.len() / 52 * i).collect();
    // The sentence around each start, as the reader annotates sentences.
    let anchors: Vec<_> = starts
        .iter()
        .filter_map(|&s| {
            let para_start = text.get(..s)?.rfind("\n\n").map_or(0, |i| i + 2);
            let para_end = text.get(s..)?.find("\n\n").map_or(text.len(), |i| s + i);
            let all = sentences(&text, para_start..para_end);
            let sentence = sentence_at(&all, s)?;
            let trimmed = text.get(sentence.clone())?.trim();
            let start = sentence.start + text.get(sentence.clone())?.find(trimmed)?;
            Some(anchor_for(&text, start..start + trimmed.len()))
        })
        .collect();
    // An insertion at the top, and every quote's 10th character changed.
    let mut edited = format!("A new first line.\n\n{text}");
    let mut changed_quotes = Vec::new();
    for a in &anchors {
        if let Some((i, c)) = a.quote.char_indices().nth(10) {
            let changed = format!(
                "{}{}{}",
                &a.quote[..i],
                if c == 'x' { 'y' } else { 'x' },
                &a.quote[i + c.len_utf8()..]
            );
            edited = edited.replacen(&a.quote, &changed, 1);
            changed_quotes.push(changed);
        }
    }
    let started = Instant::now();
    let locator = Locator::new(&edited);
    let mut states = std::collections::BTreeMap::new();
    if let Some(first) = anchors.first() {
        let _ = locator.locate(first);
        println!(
            "first (builds the normalised text and the sentences): {:.2} s",
            started.elapsed().as_secs_f64()
        );
    }
    let mut right_place = 0;
    for (a, changed) in anchors.iter().zip(&changed_quotes) {
        let (state, range) = locator.locate(a);
        *states.entry(format!("{state:?}")).or_insert(0) += 1;
        right_place += usize::from(range.and_then(|r| edited.get(r)) == Some(changed.as_str()));
    }
    println!(
        "{} annotations on {megabytes} MB located in {:.2} s: {states:?}, {right_place} at the edited sentence",
        anchors.len(),
        started.elapsed().as_secs_f64()
    );
}
