//! The reader's state machine: keys become actions through the keymap,
//! actions change the state, and drawing reads it.
//!
//! Owns: which screen is open (library or article), popups (help, search
//! prompt), the status message, and the effects (open a URL, copy to the
//! clipboard) that the terminal loop carries out. Must not: draw or touch
//! the terminal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::keymap::Keymap;
use super::layout::Areas;
use super::library::Library;
use super::theme::Theme;
use super::view::{ArticleView, Pane};
use crate::article::one_line;

/// A window over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Popup {
    Help,
    /// The search prompt with what has been typed.
    Search(String),
}

/// Something the terminal loop must do outside drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open this URL with the platform opener (one argument, no shell).
    OpenUrl(String),
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
}

/// The reader.
#[derive(Debug)]
pub struct App {
    pub library: Option<Library>,
    pub view: Option<ArticleView>,
    pub popup: Option<Popup>,
    pub keymap: Keymap,
    pub theme: Theme,
    /// Share of the width the article pane takes side by side.
    pub split: f64,
    pub status: Option<String>,
    pub effects: Vec<Effect>,
    pub quit: bool,
}

impl App {
    /// A reader on one article.
    #[must_use]
    pub fn with_article(view: ArticleView, keymap: Keymap, theme: Theme, split: f64) -> App {
        App {
            library: None,
            view: Some(view),
            popup: None,
            keymap,
            theme,
            split,
            status: None,
            effects: Vec::new(),
            quit: false,
        }
    }

    /// A reader on a list of articles.
    #[must_use]
    pub fn with_library(library: Library, keymap: Keymap, theme: Theme, split: f64) -> App {
        App {
            library: Some(library),
            view: None,
            popup: None,
            keymap,
            theme,
            split,
            status: None,
            effects: Vec::new(),
            quit: false,
        }
    }

    /// Handles a key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if let Some(Popup::Search(query)) = &mut self.popup {
            match key.code {
                KeyCode::Enter => {
                    let query = std::mem::take(query);
                    self.popup = None;
                    if let Some(view) = self.view.as_mut() {
                        view.search(&query);
                        self.status = Some(match view.search.as_ref().map(|s| s.matches.len()) {
                            Some(0) | None => format!("pattern not found: {query}"),
                            Some(n) => format!("{n} matches for {query}"),
                        });
                    }
                }
                KeyCode::Esc => self.popup = None,
                KeyCode::Backspace => {
                    query.pop();
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => query.push(c),
                _ => {}
            }
            return;
        }
        if let Some(action) = self.keymap.lookup(&key) {
            self.update(action);
        }
    }

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        self.status = None;
        if self.popup == Some(Popup::Help) {
            if matches!(action, Action::Help | Action::Close | Action::Quit) {
                self.popup = None;
            }
            return;
        }
        match action {
            Action::Help => self.popup = Some(Popup::Help),
            Action::Close | Action::Quit => self.leave(),
            _ if self.view.is_some() => self.update_article(action),
            _ => self.update_library(action),
        }
    }

    /// Quit, or from an article opened from the list, back to the list.
    fn leave(&mut self) {
        if self.popup.take().is_some() {
            return;
        }
        if self.view.is_some() && self.library.is_some() {
            self.view = None;
        } else {
            self.quit = true;
        }
    }

    fn update_library(&mut self, action: Action) {
        let Some(library) = self.library.as_mut() else {
            return;
        };
        match action {
            Action::ScrollDown | Action::NextMarker => library.step(1),
            Action::ScrollUp | Action::PrevMarker => library.step(-1),
            Action::PageDown | Action::HalfPageDown => library.step(10),
            Action::PageUp | Action::HalfPageUp => library.step(-10),
            Action::Top => library.selected = 0,
            Action::Bottom => library.step(isize::MAX),
            Action::Activate => {
                if let Some(entry) = library.entries.get(library.selected) {
                    self.view = Some(ArticleView::new(entry.article.clone(), entry.findings.clone()));
                }
            }
            _ => {}
        }
    }

    fn update_article(&mut self, action: Action) {
        let Some(view) = self.view.as_mut() else { return };
        let in_references = view.focus == Pane::References;
        match action {
            Action::ScrollDown if in_references => view.move_reference(true),
            Action::ScrollUp if in_references => view.move_reference(false),
            Action::ScrollDown => view.scroll_down(1),
            Action::ScrollUp => view.scroll_up(1),
            Action::HalfPageDown => view.scroll_down(view.half_page()),
            Action::HalfPageUp => view.scroll_up(view.half_page()),
            Action::PageDown => view.scroll_down(view.page()),
            Action::PageUp => view.scroll_up(view.page()),
            Action::Top => view.top(),
            Action::Bottom => view.bottom(),
            Action::NextMarker => view.next_marker(),
            Action::PrevMarker => view.prev_marker(),
            Action::NextSentence => view.move_claim(true),
            Action::PrevSentence => view.move_claim(false),
            Action::SwitchPane => {
                view.focus = if in_references {
                    Pane::Article
                } else {
                    Pane::References
                };
            }
            Action::Activate if in_references => view.cycle_citing_markers(),
            Action::Activate => {}
            Action::Search => self.popup = Some(Popup::Search(String::new())),
            Action::SearchNext => view.search_step(true),
            Action::SearchPrev => view.search_step(false),
            Action::JumpBack => view.jump_back(),
            Action::JumpForward => view.jump_forward(),
            Action::OpenUrl => {
                let url = view
                    .selected_reference
                    .and_then(|r| view.article.references.get(r))
                    .and_then(|r| r.fields.urls.first())
                    .map(|u| u.repaired.clone());
                self.status = Some(match url {
                    Some(url) => {
                        let shown = crate::display::clean_line(&url);
                        self.effects.push(Effect::OpenUrl(url));
                        format!("opening {shown}")
                    }
                    None => "the selected entry has no URL".to_string(),
                });
            }
            Action::CopyReference => {
                let entry = view
                    .selected_reference
                    .and_then(|r| view.article.references.get(r));
                self.status = Some(match entry {
                    Some(r) => {
                        self.effects
                            .push(Effect::Copy(one_line(view.article.slice(&r.range))));
                        format!("copied [{}] to the clipboard", r.label)
                    }
                    None => "no entry selected".to_string(),
                });
            }
            Action::Help | Action::Close | Action::Quit => {}
        }
    }

    /// Handles the mouse: the wheel scrolls the pane under the pointer, a
    /// click selects the marker or entry under it.
    pub fn handle_mouse(&mut self, event: MouseEvent, screen: Rect) {
        let Some(view) = self.view.as_mut() else {
            if let Some(library) = self.library.as_mut() {
                match event.kind {
                    MouseEventKind::ScrollDown => library.step(1),
                    MouseEventKind::ScrollUp => library.step(-1),
                    _ => {}
                }
            }
            return;
        };
        let areas = Areas::new(screen, self.split);
        let at = Position::new(event.column, event.row);
        let in_article = areas.article.contains(at);
        let in_references = areas.references.contains(at);
        match event.kind {
            MouseEventKind::ScrollDown if in_article => view.scroll_down(3),
            MouseEventKind::ScrollUp if in_article => view.scroll_up(3),
            MouseEventKind::ScrollDown if in_references => view.reference_top += 1,
            MouseEventKind::ScrollUp if in_references => {
                view.reference_top = view.reference_top.saturating_sub(1)
            }
            MouseEventKind::Down(MouseButton::Left) if in_article => {
                let inner = super::panes::inner(areas.article);
                if let Some(m) = super::panes::article::marker_at(view, inner, at) {
                    view.select_marker(m);
                }
            }
            MouseEventKind::Down(MouseButton::Left) if in_references => {
                let inner = super::panes::inner(areas.references);
                if let Some(r) = super::panes::references::entry_at(view, inner, at) {
                    view.selected_reference = Some(r);
                    view.cite_cycle = 0;
                }
            }
            _ => {}
        }
    }
}
