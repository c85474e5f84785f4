//! ibid reads articles that cite their sources and checks their citations.
//!
//! Data flows one way: bytes → [`article::Article`] → findings and notes →
//! what a pane draws. The domain (`load`, `article`, `parse`, `check`,
//! `notes`, `export`, `display`) never imports the terminal code (`tui`).
//!
//! - [`load`] turns a path into text: decoding, binary refusal, folder expansion.
//! - [`article`] is the model: an `Article` owns its text and holds byte
//!   ranges into it for blocks, markers and references.
//! - [`parse`] builds an `Article` from plain text or Markdown: structure,
//!   markers, reference lists, reference fields, ibid resolution.
//! - [`preview`] outlines a large article's two ends (its beginning, its
//!   last paragraphs and reference list) in milliseconds, for the reader's
//!   first screen while the rest is read.
//! - [`check`] runs one check per file over an `Article` and reports findings
//!   as text or JSON.
//! - [`notes`] keeps the reader's verdicts, notes and source ratings on disk,
//!   anchored to the text.
//! - [`export`] writes a parsed reference list as text, JSON, CSL-JSON or BibTeX.
//! - [`display`] makes untrusted text safe to show in a terminal.
//! - [`tui`] is the reader: keys, actions, state, panes, the terminal, and
//!   the background thread that reads and checks the whole article.
//! - [`cli`] is the command line; `main.rs` only calls it.
//! - [`samples`] are the articles built into the binary; [`synthetic`] makes
//!   articles of any size for benchmarks.

pub mod article;
pub mod check;
pub mod cli;
pub mod display;
pub mod export;
pub mod load;
pub mod notes;
pub mod parse;
pub mod preview;
pub mod priority;
pub mod samples;
pub mod synthetic;
pub mod tui;
