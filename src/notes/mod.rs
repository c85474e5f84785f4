//! The reader's own work: verdicts and notes on claims (annotations), and
//! ratings of sources, stored as TOML so that nothing is ever lost.
//!
//! Owns: the annotation and rating types, anchoring an annotation to its
//! sentence so it survives edits (`anchor`), the on-disk store with atomic
//! saves, backups and merging (`store`), and the exports of `ibid notes`
//! (`export`). Must not: know about terminals; the reader calls into it.

pub mod anchor;
pub mod export;
pub mod store;

use serde::{Deserialize, Serialize};

/// A reader's verdict on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Supported,
    Disputed,
    Unverified,
}

/// How far a reader trusts a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    Reliable,
    Mixed,
    Unreliable,
    Unknown,
}

/// Where an annotation was found when its article was loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnchorState {
    /// Found where it was.
    Anchored,
    /// Found elsewhere, exactly or fuzzily.
    Moved,
    /// Not found; kept, never dropped.
    Orphaned,
}

/// What ties an annotation to its sentence: the W3C Web Annotation quote
/// and position selectors, and the article's content hash when it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The exact text of the claim.
    pub quote: String,
    /// Up to 32 characters before the quote.
    pub prefix: String,
    /// Up to 32 characters after the quote.
    pub suffix: String,
    /// Byte offset of the quote in the article's text.
    pub offset: usize,
    /// Hash of the article's whole text when the anchor was made.
    pub content_hash: String,
}

/// A verdict and/or a note on one claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    /// Unique and sortable by creation time (ULID).
    pub id: String,
    pub verdict: Option<Verdict>,
    pub note: Option<String>,
    pub anchor: Anchor,
    /// RFC 3339 UTC times.
    pub created: String,
    pub updated: String,
    /// A deleted annotation is kept as a tombstone so that a merge with
    /// another reader's copy does not bring it back.
    #[serde(default)]
    pub deleted: bool,
}

/// A reader's rating of a source, shared by every article that cites it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRating {
    /// The source identity key (`porter-gareth/report-ties-…`).
    pub source: String,
    pub rating: Rating,
    pub note: Option<String>,
    pub updated: String,
}
