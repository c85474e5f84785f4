//! The reader's state machine: keys become actions through the keymap,
//! actions change the state, and drawing reads it.
//!
//! Owns: which screen is open (library or article), popups (help, search
//! prompt), the status message, and the effects (open a URL, copy to the
//! clipboard) that the terminal loop carries out. Must not: draw or touch
//! the terminal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use std::ops::Range;
use std::sync::mpsc::TryRecvError;

use super::action::Action;
use super::annotations::ArticleNotes;
use super::input::TextInput;
use super::keymap::Keymap;
use super::layout::Areas;
use super::library::Library;
use super::loading::{Arrival, Loading, carry_over};
use super::theme::Theme;
use super::view::{ArticleView, Pane};
use crate::article::one_line;
use crate::notes::store::Store;
use crate::notes::{Rating, Verdict};

/// A window over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Popup {
    /// The keys, scrolled down by `top` lines.
    Help { top: usize },
    /// The search prompt with what has been typed.
    Search(String),
    /// The note editor on a claim (source range).
    Note { claim: Range<usize>, input: TextInput },
    /// Rating a source: the rating once chosen, then an optional note.
    Rating {
        source: String,
        label: String,
        rating: Option<Rating>,
        input: TextInput,
    },
    /// Asking before deleting annotation `index`.
    ConfirmDelete(usize),
    /// The list of the article's notes, with the selected one.
    NotesList(usize),
}

/// How many entries a page key moves the selection in the references.
const ENTRIES_PER_PAGE: isize = 5;

/// Something the terminal loop must do outside drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Open this URL with the platform opener (one argument, no shell).
    OpenUrl(String),
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
}

/// What the status line says when a key needs a claim and there is none.
const NO_CLAIM: &str = "move to a claim first: ] or [ for a marker's sentence, ) or ( for any sentence";

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
    /// Where notes are saved; `None` keeps them in memory.
    pub store: Option<Store>,
    /// The open article still being read or checked in the background.
    pub loading: Option<Loading>,
    /// Lines of keys the help overlay showed at the last draw, for scrolling.
    pub help_rows: std::cell::Cell<usize>,
}

impl App {
    /// A reader on one article.
    #[must_use]
    pub fn with_article(view: ArticleView, keymap: Keymap, theme: Theme, split: f64) -> App {
        App::new(None, Some(view), keymap, theme, split)
    }

    /// Keeps notes in `store` and loads the open article's (once it is read
    /// whole).
    #[must_use]
    pub fn with_store(mut self, store: Option<Store>) -> App {
        self.store = store;
        if let Some(view) = self.view.as_mut()
            && self.loading.as_ref().is_none_or(|l| l.preview.is_none())
        {
            view.notes = ArticleNotes::load(self.store.clone(), &view.article);
        }
        self
    }

    /// The open article is a preview until `loading` brings the whole of it.
    #[must_use]
    pub fn with_loading(mut self, loading: Loading) -> App {
        self.loading = Some(loading);
        self
    }

    /// Takes what the background reading has sent: the whole article in
    /// place of the preview (the keys that waited for it then run), then
    /// the findings. Returns whether anything changed.
    pub fn poll_loading(&mut self) -> bool {
        let mut changed = false;
        while let Some(loading) = self.loading.as_mut() {
            match loading.try_next() {
                Err(TryRecvError::Empty) => break,
                Ok(arrival) => self.arrive(arrival),
                // Done, or (without the whole article) failed: the
                // preview stays, and says so.
                Err(TryRecvError::Disconnected) if loading.preview.is_some() => {
                    if loading.failed.is_some() {
                        break;
                    }
                    loading.waiting_keys.clear();
                    loading.failed = Some("ibid could not finish reading the article".to_string());
                }
                Err(TryRecvError::Disconnected) => self.loading = None,
            }
            changed = true;
        }
        changed
    }

    fn arrive(&mut self, arrival: Arrival) {
        match arrival {
            Arrival::Parsed { article, warning } => {
                let Some(loading) = self.loading.as_mut() else {
                    return;
                };
                let map = loading.preview.take();
                let keys = std::mem::take(&mut loading.waiting_keys);
                if let (Some(preview), Some(map)) = (self.view.as_ref(), map) {
                    let mut view = carry_over(preview, &map, article);
                    view.notes = ArticleNotes::load(self.store.clone(), &view.article);
                    self.view = Some(view);
                }
                self.status = warning;
                for key in keys {
                    self.handle_key(key);
                }
            }
            Arrival::Checked(findings) => {
                if let Some(view) = self.view.as_mut() {
                    view.set_findings(findings);
                }
            }
            Arrival::Failed(message) => {
                if let Some(loading) = self.loading.as_mut() {
                    loading.waiting_keys.clear();
                    loading.failed = Some(message.clone());
                }
                self.status = Some(message);
            }
        }
    }

    /// A reader on a list of articles.
    #[must_use]
    pub fn with_library(library: Library, keymap: Keymap, theme: Theme, split: f64) -> App {
        App::new(Some(library), None, keymap, theme, split)
    }

    fn new(
        library: Option<Library>,
        view: Option<ArticleView>,
        keymap: Keymap,
        theme: Theme,
        split: f64,
    ) -> App {
        App {
            library,
            view,
            popup: None,
            keymap,
            theme,
            split,
            status: None,
            effects: Vec::new(),
            quit: false,
            store: None,
            loading: None,
            help_rows: std::cell::Cell::new(usize::MAX),
        }
    }

    /// Handles a key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if let Some(loading) = self.loading.as_mut().filter(|l| l.preview.is_some())
            && !loading.works_on_preview(self.keymap.lookup(&key))
        {
            self.status = Some(match &loading.failed {
                Some(why) => format!("{why}; only the preview is shown, so this key does nothing"),
                None => {
                    loading.waiting_keys.push(key);
                    "reading the whole article; this key runs once it is read".to_string()
                }
            });
            return;
        }
        if matches!(
            self.popup,
            Some(Popup::Note { .. } | Popup::Rating { .. } | Popup::ConfirmDelete(_) | Popup::NotesList(_))
        ) {
            self.handle_notes_popup(key);
            return;
        }
        if let Some(Popup::Search(query)) = &mut self.popup {
            match key.code {
                KeyCode::Enter => {
                    let query = std::mem::take(query);
                    self.popup = None;
                    if let Some(view) = self.view.as_mut() {
                        view.search(&query);
                        self.status = Some(match view.search.as_ref().map(|s| s.matches.len()) {
                            Some(0) | None => format!("pattern not found: {query}"),
                            Some(1) => format!("1 match for {query}"),
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
        if let Some(Popup::Help { top }) = &mut self.popup {
            let rows = self.help_rows.get().max(1);
            let last = crate::tui::panes::help::lines(&self.keymap)
                .len()
                .saturating_sub(rows);
            *top = match action {
                Action::Help | Action::Close | Action::Quit => {
                    self.popup = None;
                    return;
                }
                Action::ScrollDown => *top + 1,
                Action::ScrollUp => top.saturating_sub(1),
                Action::PageDown => *top + rows,
                Action::PageUp => top.saturating_sub(rows),
                Action::HalfPageDown => *top + rows / 2,
                Action::HalfPageUp => top.saturating_sub(rows / 2),
                Action::Top => 0,
                Action::Bottom => last,
                _ => *top,
            }
            .min(last);
            return;
        }
        match action {
            Action::Help => self.popup = Some(Popup::Help { top: 0 }),
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
                    let mut view = ArticleView::new(entry.article.clone(), entry.findings.clone());
                    view.notes = ArticleNotes::load(self.store.clone(), &view.article);
                    self.view = Some(view);
                }
            }
            _ => {}
        }
    }

    fn update_article(&mut self, action: Action) {
        let Some(view) = self.view.as_mut() else { return };
        let in_references = view.focus == Pane::References;
        match action {
            // In the references, the keys that move move the selection.
            Action::ScrollDown if in_references => view.move_reference(1),
            Action::ScrollUp if in_references => view.move_reference(-1),
            Action::HalfPageDown | Action::PageDown if in_references => view.move_reference(ENTRIES_PER_PAGE),
            Action::HalfPageUp | Action::PageUp if in_references => view.move_reference(-ENTRIES_PER_PAGE),
            Action::Top if in_references => view.move_reference(isize::MIN),
            Action::Bottom if in_references => view.move_reference(isize::MAX),
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
                        // What is copied is what is shown: a paste into a
                        // terminal carries no escape sequence from the article.
                        let shown = crate::display::clean_line(&one_line(view.article.slice(&r.range)));
                        self.effects.push(Effect::Copy(shown));
                        format!("copied [{}] to the clipboard", r.label)
                    }
                    None => "no entry selected".to_string(),
                });
            }
            Action::MarkSupported => self.mark(Verdict::Supported),
            Action::MarkDisputed => self.mark(Verdict::Disputed),
            Action::MarkUnverified => self.mark(Verdict::Unverified),
            // Nothing is typed that could not be saved.
            Action::Annotate | Action::RateSource if let Err(why) = view.notes.writable() => {
                self.status = Some(format!("{why}; fix or move the file to write notes"));
            }
            Action::Annotate => match view.claim_or_marker_sentence() {
                Some(claim) => {
                    let existing = view
                        .notes
                        .on_claim(&claim)
                        .and_then(|i| view.notes.items[i].annotation.note.clone())
                        .unwrap_or_default();
                    self.popup = Some(Popup::Note {
                        claim,
                        input: TextInput::with_text(&existing),
                    });
                }
                None => self.status = Some(NO_CLAIM.to_string()),
            },
            Action::RateSource => {
                let entry = view
                    .selected_reference
                    .and_then(|r| view.article.references.get(r));
                match entry.map(|r| (r.source.clone(), r.label.clone())) {
                    Some((Some(source), label)) => {
                        let note = view
                            .notes
                            .ratings
                            .get(&source)
                            .and_then(|r| r.note.clone())
                            .unwrap_or_default();
                        self.popup = Some(Popup::Rating {
                            source,
                            label: label.to_string(),
                            rating: None,
                            input: TextInput::with_text(&note),
                        });
                    }
                    Some((None, label)) => {
                        self.status = Some(format!("[{label}] does not name a source that can be rated"));
                    }
                    None => self.status = Some("select an entry in the references first".to_string()),
                }
            }
            Action::DeleteAnnotation => {
                let on = view
                    .claim_or_marker_sentence()
                    .and_then(|c| view.notes.on_claim(&c));
                match on {
                    Some(i) => self.popup = Some(Popup::ConfirmDelete(i)),
                    None => self.status = Some("there is no verdict or note on this claim".to_string()),
                }
            }
            Action::NotesList => self.popup = Some(Popup::NotesList(0)),
            Action::Help | Action::Close | Action::Quit => {}
        }
    }

    /// Handles text pasted into the terminal: typed into the note or
    /// rating being written, or the search prompt (one line), and never
    /// read as keys.
    pub fn handle_paste(&mut self, pasted: &str) {
        let text = pasted.replace("\r\n", "\n").replace('\r', "\n");
        match self.popup.as_mut() {
            Some(
                Popup::Note { input, .. }
                | Popup::Rating {
                    rating: Some(_),
                    input,
                    ..
                },
            ) => input.insert(&text),
            Some(Popup::Search(query)) => query.push_str(&text.replace('\n', " ")),
            _ => self.status = Some("paste into a note: a opens the note editor".to_string()),
        }
    }

    /// Saves what a popup holds when the reader is stopped by a signal: a
    /// note being typed, a rating chosen. Nothing typed is lost.
    pub fn save_pending_edit(&mut self) {
        let Some(view) = self.view.as_mut() else { return };
        match self.popup.take() {
            Some(Popup::Note { claim, input }) if !input.text.trim().is_empty() => {
                let _ = view.notes.set_note(&view.article, claim, &input.text);
            }
            Some(Popup::Rating {
                source,
                rating: Some(rating),
                input,
                ..
            }) => {
                let _ = view.notes.rate(&source, rating, Some(input.text));
            }
            other => self.popup = other,
        }
    }

    /// Sets or clears a verdict on the claim under the cursor.
    fn mark(&mut self, verdict: Verdict) {
        let Some(view) = self.view.as_mut() else { return };
        let Some(claim) = view.claim_or_marker_sentence() else {
            self.status = Some(NO_CLAIM.to_string());
            return;
        };
        view.claim = Some(claim.clone());
        let outcome = view.notes.toggle_verdict(&view.article, claim, verdict);
        self.status = Some(outcome.unwrap_or_else(|e| e));
    }

    /// Keys of the note editor, the rating popup, the delete question and
    /// the notes list.
    fn handle_notes_popup(&mut self, key: KeyEvent) {
        let Some(view) = self.view.as_mut() else {
            self.popup = None;
            return;
        };
        let Some(popup) = self.popup.as_mut() else { return };
        let newline = key.modifiers.intersects(KeyModifiers::ALT | KeyModifiers::SHIFT);
        match popup {
            Popup::Note { claim, input } => match key.code {
                KeyCode::Esc => self.popup = None,
                KeyCode::Enter if newline => input.insert_newline(),
                KeyCode::Enter => {
                    let (claim, text) = (claim.clone(), input.text.clone());
                    self.popup = None;
                    let outcome = view.notes.set_note(&view.article, claim, &text);
                    self.status = Some(outcome.unwrap_or_else(|e| e));
                }
                _ => {
                    input.edit(key);
                }
            },
            Popup::Rating {
                source,
                rating,
                input,
                ..
            } => match (key.code, *rating) {
                (KeyCode::Esc, _) => self.popup = None,
                (KeyCode::Char(c), None) => {
                    *rating = match c {
                        'r' => Some(Rating::Reliable),
                        'm' => Some(Rating::Mixed),
                        'u' => Some(Rating::Unreliable),
                        '?' => Some(Rating::Unknown),
                        _ => None,
                    };
                }
                (KeyCode::Enter, Some(chosen)) if !newline => {
                    let (source, note) = (source.clone(), input.text.clone());
                    self.popup = None;
                    let outcome = view.notes.rate(&source, chosen, Some(note));
                    self.status = Some(outcome.unwrap_or_else(|e| e));
                }
                (_, Some(_)) => {
                    input.edit(key);
                }
                _ => {}
            },
            Popup::ConfirmDelete(i) => {
                let i = *i;
                self.popup = None;
                self.status = Some(if key.code == KeyCode::Char('y') {
                    view.notes.delete(i).unwrap_or_else(|e| e)
                } else {
                    "kept".to_string()
                });
            }
            Popup::NotesList(selected) => {
                let count = view.notes.items.len();
                match key.code {
                    KeyCode::Char('j') | KeyCode::Down => {
                        *selected = (*selected + 1).min(count.saturating_sub(1))
                    }
                    KeyCode::Char('k') | KeyCode::Up => *selected = selected.saturating_sub(1),
                    KeyCode::Enter => {
                        let target = view.notes.items.get(*selected).and_then(|l| l.range.clone());
                        self.popup = None;
                        match target {
                            Some(range) => view.go_to_claim(range),
                            None => {
                                self.status = Some(
                                    "this note is orphaned: its sentence is no longer in the article"
                                        .to_string(),
                                )
                            }
                        }
                    }
                    KeyCode::Esc | KeyCode::Char('q' | 'L') => self.popup = None,
                    _ => {}
                }
            }
            Popup::Help { .. } | Popup::Search(_) => {}
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
            // The reference pane shows its selected entry whole: the wheel
            // moves the selection, as `j` and `k` do there.
            MouseEventKind::ScrollDown if in_references => view.move_reference(1),
            MouseEventKind::ScrollUp if in_references => view.move_reference(-1),
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
