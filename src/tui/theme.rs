//! The reader's styles: colours from the config, or none under `NO_COLOR`,
//! always with a modifier too so that meaning never rests on colour alone.
//!
//! Owns: turning colour names into styles. Must not: decide what is styled.

use ratatui::style::{Color, Modifier, Style};

use super::config::Colors;

/// Every style the panes use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub heading: Style,
    pub marker: Style,
    pub finding: Style,
    pub current_marker: Style,
    pub claim: Style,
    pub search: Style,
    pub current_search: Style,
    pub selected: Style,
    pub detail: Style,
    pub border: Style,
    pub focused_border: Style,
    pub status: Style,
    pub supported: Style,
    pub disputed: Style,
    pub unverified: Style,
    pub banner: Style,
}

impl Theme {
    /// Styles from `colors`; with `no_color`, modifiers only.
    #[must_use]
    pub fn new(colors: Colors, no_color: bool) -> Theme {
        let fg = |c: Color| {
            if no_color {
                Style::new()
            } else {
                Style::new().fg(c)
            }
        };
        let bg = |c: Color| {
            if no_color {
                Style::new()
            } else {
                Style::new().bg(c).fg(Color::Black)
            }
        };
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            heading: fg(colors.heading).add_modifier(Modifier::BOLD),
            marker: fg(colors.marker),
            finding: fg(colors.finding).add_modifier(Modifier::BOLD),
            current_marker: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            claim: fg(colors.current).add_modifier(Modifier::UNDERLINED),
            search: bg(colors.search),
            current_search: bg(colors.current).add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            detail: Style::new().add_modifier(Modifier::DIM),
            border: Style::new().add_modifier(Modifier::DIM),
            focused_border: fg(colors.current).add_modifier(Modifier::BOLD),
            status: Style::new().add_modifier(Modifier::REVERSED),
            supported: fg(Color::Green),
            disputed: fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
            unverified: fg(Color::Yellow).add_modifier(Modifier::ITALIC),
            banner: bg(Color::Red).add_modifier(Modifier::BOLD),
        }
    }
}

impl Theme {
    /// The style of a claim with this verdict (`None`: a note alone).
    #[must_use]
    pub fn verdict(&self, verdict: Option<crate::notes::Verdict>) -> Style {
        match verdict {
            Some(crate::notes::Verdict::Supported) => self.supported,
            Some(crate::notes::Verdict::Disputed) => self.disputed,
            Some(crate::notes::Verdict::Unverified) => self.unverified,
            None => Style::new(),
        }
    }
}

/// The sign shown beside a claim: ✓ supported, ✗ disputed, ? unverified,
/// ✎ a note alone.
#[must_use]
pub fn verdict_sign(verdict: Option<crate::notes::Verdict>) -> &'static str {
    match verdict {
        Some(crate::notes::Verdict::Supported) => "✓",
        Some(crate::notes::Verdict::Disputed) => "✗",
        Some(crate::notes::Verdict::Unverified) => "?",
        None => "✎",
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(Colors::default(), false)
    }
}
