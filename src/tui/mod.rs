//! The reader: the terminal interface over the engine.
//!
//! Owns: keys and config (`keymap`, `config`), app state and actions, panes,
//! and the terminal's lifecycle. Must not: parse or check articles itself;
//! the domain (`article`, `parse`, `check`) never imports this module.

pub mod action;
pub mod annotations;
pub mod app;
pub mod config;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod library;
pub mod loading;
pub mod panes;
pub mod render;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod view;
