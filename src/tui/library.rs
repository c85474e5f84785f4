//! The list of articles a folder (or the built-in samples) holds, with the
//! counts a reader chooses by.
//!
//! Owns: loading and checking every article of the list once, and the
//! selection. Must not: draw.

use crate::article::Article;
use crate::check::{CheckOptions, Finding, run_all};

/// One article of the library, parsed and checked.
#[derive(Debug, Clone)]
pub struct Entry {
    pub article: Article,
    pub findings: Vec<Finding>,
}

/// The articles of a folder, and which one is selected.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    pub selected: usize,
}

impl Library {
    /// A library of `articles`, each checked with `options`.
    #[must_use]
    pub fn new(articles: Vec<Article>, options: &CheckOptions) -> Library {
        let entries = articles
            .into_iter()
            .map(|article| {
                let findings = run_all(&article, options);
                // Read and checked: from now on only the pages shown are read.
                article.text.stop_releasing();
                Entry { article, findings }
            })
            .collect();
        Library { entries, selected: 0 }
    }

    /// Moves the selection by `delta` entries, staying in the list.
    pub fn step(&mut self, delta: isize) {
        let last = self.entries.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }
}
