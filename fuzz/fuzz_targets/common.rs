//! What every fuzz target checks of a parsed article: each range lies inside
//! the text and on character boundaries, and each index points at something.

use std::ops::Range;

use ibid::article::Article;

/// Panics (a finding for libFuzzer) when a range or an index is out of place.
pub fn check_article(article: &Article) {
    let text = article.text.as_str();
    let inside = |what: &str, r: &Range<usize>| {
        assert!(
            r.start <= r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end),
            "{what} {r:?} is not a range of the {}-byte text",
            text.len()
        );
    };
    if let Some(r) = &article.title {
        inside("title", r);
    }
    if let Some(r) = &article.byline {
        inside("byline", r);
    }
    for block in &article.blocks {
        inside("block", &block.range);
    }
    for marker in &article.markers {
        inside("marker", &marker.range);
        inside("marker sentence", &marker.sentence);
        assert_eq!(marker.labels.len(), marker.targets.len(), "one target per label");
        assert!(marker.targets.iter().flatten().all(|&t| t < article.references.len()));
        assert!(marker.block < article.blocks.len(), "marker block out of range");
    }
    for reference in &article.references {
        inside("reference", &reference.range);
        inside("reference body", &reference.body);
        assert!(reference.ibid_of.is_none_or(|t| t < article.references.len()));
        assert!(reference.duplicate_of.is_none_or(|t| t < article.references.len()));
        assert!(reference.cited_by.iter().all(|&m| m < article.markers.len()));
    }
}
