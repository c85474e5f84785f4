//! ibid reads articles that cite their sources and checks their citations.
//!
//! - [`load`] turns a path into text: decoding, binary refusal, folder expansion.
//! - [`article`] is the model: an [`article::Article`] owns its text and
//!   holds byte ranges into it for blocks, markers and references.
//! - [`parse`] builds an `Article` from plain text or Markdown: structure,
//!   markers, reference lists, reference fields, ibid resolution.
//! - [`check`] runs one check per file over an `Article` and reports findings
//!   as text or JSON.
//! - [`export`] writes a parsed reference list as text, JSON, CSL-JSON or BibTeX.

pub mod article;
pub mod check;
pub mod cli;
pub mod display;
pub mod export;
pub mod load;
pub mod notes;
pub mod parse;
pub mod samples;
pub mod synthetic;
pub mod tui;
