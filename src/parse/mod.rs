//! Building an `Article` from text.

pub mod fields;
