//! The sample articles built into the binary, so that ibid has something to
//! open on any machine.
//!
//! Owns: the embedded copies of `articles/`. Must not: parse them.

/// (name, text) of each built-in sample, as if read from `articles/`.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "articles/eight-glasses.txt",
        include_str!("../articles/eight-glasses.txt"),
    ),
    (
        "articles/mmr-retraction.md",
        include_str!("../articles/mmr-retraction.md"),
    ),
    (
        "articles/replication-crisis.txt",
        include_str!("../articles/replication-crisis.txt"),
    ),
    (
        "articles/snow-words.md",
        include_str!("../articles/snow-words.md"),
    ),
];
