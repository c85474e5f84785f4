//! Placeholder until the anchoring module lands (replaced by the notes branch).

use std::ops::Range;

use super::{Anchor, AnchorState};

#[must_use]
pub fn anchor_for(text: &str, range: Range<usize>) -> Anchor {
    Anchor {
        quote: text.get(range.clone()).unwrap_or("").to_string(),
        prefix: String::new(),
        suffix: String::new(),
        offset: range.start,
        content_hash: String::new(),
    }
}

#[must_use]
pub fn locate(text: &str, anchor: &Anchor) -> (AnchorState, Option<Range<usize>>) {
    match text.find(&anchor.quote) {
        Some(i) => (AnchorState::Anchored, Some(i..i + anchor.quote.len())),
        None => (AnchorState::Orphaned, None),
    }
}
