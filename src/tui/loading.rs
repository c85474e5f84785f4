//! Reading the whole article on a background thread while the reader shows
//! its preview, then checking it: the first screen never waits for the
//! whole file.
//!
//! Owns: the thread and what it sends (the parsed article, then the
//! findings), which keys wait for the whole article, and carrying the
//! reader's place from the preview over to the whole article. Must not:
//! draw or touch the terminal.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use ratatui::crossterm::event::KeyEvent;

use super::action::Action;
use super::view::{ArticleView, ScrollPos};
use crate::article::Article;
use crate::check::{CheckOptions, Finding, run_all};
use crate::load::load_file;
use crate::parse::parse;
use crate::preview::PreviewMap;

/// What the background thread sends, in this order.
#[derive(Debug)]
pub enum Arrival {
    /// The whole article, parsed, with the warning decoding gave.
    Parsed {
        article: Arc<Article>,
        warning: Option<String>,
    },
    /// The findings of every check on it.
    Checked(Vec<Finding>),
    /// The file could not be read after the preview was (removed, say).
    Failed(String),
}

/// Work still under way on the open article.
pub struct Loading {
    receiver: Receiver<Arrival>,
    /// The work, until [`Loading::begin`] starts it on its thread.
    job: Option<Box<dyn FnOnce() + Send>>,
    /// Set while the view shows the preview: where its text comes from.
    pub preview: Option<PreviewMap>,
    /// Keys pressed during the preview that need the whole article.
    pub waiting_keys: Vec<KeyEvent>,
    /// Why the whole article will not come (the file went away): the
    /// preview is all there is.
    pub failed: Option<String>,
    /// The file's size, for the status line.
    pub bytes: u64,
}

impl std::fmt::Debug for Loading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loading")
            .field("started", &self.job.is_none())
            .field("preview", &self.preview)
            .field("waiting_keys", &self.waiting_keys)
            .field("failed", &self.failed)
            .field("bytes", &self.bytes)
            .finish_non_exhaustive()
    }
}

/// What the status line says about work under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading,
    Checking,
    /// The whole article could not be read: only the preview is shown.
    PreviewOnly,
}

impl Loading {
    /// Reads `path` (shown as `name`) in the background once
    /// [`Loading::begin`] is called, and checks it with `options`; the view
    /// shows a preview mapped by `preview` until then.
    #[must_use]
    pub fn start(
        path: PathBuf,
        name: String,
        options: CheckOptions,
        preview: PreviewMap,
        bytes: u64,
    ) -> Loading {
        let (sender, receiver) = std::sync::mpsc::channel();
        let job = move || {
            // Behind the reader's own thread and the terminal: at nice 19
            // a key pressed while a large article was read waited for the
            // running slice to end (`G` took 4 ms instead of 1).
            crate::priority::lower_to(crate::priority::Priority::Idle);
            // A waking thread still waited up to a scheduler tick (4 ms)
            // for a core held by idle-priority work: one core stays free.
            crate::parse::parallel::leave_a_core_free();
            let loaded = match load_file(&path) {
                Ok(loaded) => loaded,
                Err(e) => {
                    let _ = sender.send(Arrival::Failed(e.to_string()));
                    return;
                }
            };
            let warning = loaded.decode_warning();
            let article = Arc::new(parse(&name, loaded.text));
            let parsed = Arrival::Parsed {
                article: Arc::clone(&article),
                warning,
            };
            if sender.send(parsed).is_ok() {
                let _ = sender.send(Arrival::Checked(run_all(&article, &options)));
            }
            // Read and checked: from now on only the pages shown are read.
            article.text.stop_releasing();
        };
        Loading {
            job: Some(Box::new(job)),
            ..Loading::new(receiver, preview, bytes)
        }
    }

    /// Starts the background work, once: the reader calls this after its
    /// first frame, so that reading a large file does not slow that frame.
    pub fn begin(&mut self) {
        if let Some(job) = self.job.take() {
            if self.bytes >= crate::article::MAP_FROM_BYTES {
                // Started from here, so that it does not inherit the
                // reading's idle priority.
                crate::article::Text::start_releasing_thread();
            }
            std::thread::spawn(job);
        }
    }

    /// Waits for arrivals on `receiver`; the view shows a preview mapped by
    /// `preview` until the whole article arrives.
    #[must_use]
    pub fn new(receiver: Receiver<Arrival>, preview: PreviewMap, bytes: u64) -> Loading {
        Loading {
            receiver,
            job: None,
            preview: Some(preview),
            waiting_keys: Vec::new(),
            failed: None,
            bytes,
        }
    }

    /// The next thing the thread sent; `Empty` while it works,
    /// `Disconnected` once it has sent everything (or died).
    ///
    /// # Errors
    /// Nothing has arrived.
    pub fn try_next(&self) -> Result<Arrival, TryRecvError> {
        self.receiver.try_recv()
    }

    /// What the status line should say.
    #[must_use]
    pub fn stage(&self) -> Stage {
        match (&self.preview, &self.failed) {
            (Some(_), Some(_)) => Stage::PreviewOnly,
            (Some(_), None) => Stage::Reading,
            (None, _) => Stage::Checking,
        }
    }

    /// Whether `action` can be carried out on the preview. Moving around
    /// can; anything that needs the whole text (notes, search, claims,
    /// reference details) waits for it, and so does every key after one
    /// that waits, to keep their order.
    #[must_use]
    pub fn works_on_preview(&self, action: Option<Action>) -> bool {
        self.waiting_keys.is_empty()
            && matches!(
                action,
                Some(
                    Action::ScrollDown
                        | Action::ScrollUp
                        | Action::HalfPageDown
                        | Action::HalfPageUp
                        | Action::PageDown
                        | Action::PageUp
                        | Action::Top
                        | Action::Bottom
                        | Action::NextMarker
                        | Action::PrevMarker
                        | Action::SwitchPane
                        | Action::Help
                        | Action::Close
                        | Action::Quit
                )
            )
    }
}

/// A view of the whole `article` at the place `preview` (a view of its
/// preview, mapped by `map`) shows: the same top line, current marker,
/// selected entry and pane.
#[must_use]
pub fn carry_over(preview: &ArticleView, map: &PreviewMap, article: Arc<Article>) -> ArticleView {
    let full_len = article.text.len();
    let mut view = ArticleView::new(article, Vec::new());
    view.pane_size.set(preview.pane_size.get());
    view.reference_height.set(preview.reference_height.get());
    view.focus = preview.focus;
    let marker_start = preview
        .current_marker
        .and_then(|m| preview.article.markers.get(m))
        .map(|m| map.full_offset(m.range.start, full_len));
    if let Some(at) = marker_start {
        let m = view.article.markers.partition_point(|m| m.range.start < at);
        if view.article.markers.get(m).is_some_and(|m| m.range.start == at) {
            view.select_marker(m);
        }
    }
    let selected_label = preview
        .selected_reference
        .and_then(|r| preview.article.references.get(r))
        .map(|r| r.label.as_str());
    if let Some(label) = selected_label {
        view.selected_reference = view.article.references.iter().position(|r| r.label == label);
    }
    view.reference_top = preview.reference_top;
    let top = map.full_offset(preview.top_offset(), full_len);
    if preview.at_bottom() {
        view.stay_at_bottom();
    } else if let Some(block) = view.shown_block_at(top) {
        view.scroll = ScrollPos {
            block,
            row: preview.scroll.row,
        };
    }
    view
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::{Sender, channel};

    use super::*;
    use crate::preview::Preview;
    use crate::tui::app::App;
    use crate::tui::config::Colors;
    use crate::tui::keymap::{Keymap, parse_keys};
    use crate::tui::theme::Theme;

    /// A reader on the preview of a 3 MB synthetic article, and what the
    /// background thread would send: the whole article and its findings.
    fn reader_on_large_article() -> (App, Sender<Arrival>, Article) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let text = crate::synthetic::article(3_000_000, 7);
        std::fs::write(&path, &text).unwrap();
        let preview = Preview::read(&path, "big.txt").unwrap();
        assert!(!preview.map.whole);
        let (sender, receiver) = channel();
        let loading = Loading::new(receiver, preview.map, preview.file_len);
        let view = ArticleView::new(preview.article, Vec::new());
        let app = App::with_article(view, Keymap::default(), Theme::new(Colors::default(), true), 0.6)
            .with_loading(loading);
        (app, sender, parse("big.txt", text.into()))
    }

    /// Sends what the thread sends and lets the reader take it.
    fn arrive(app: &mut App, sender: Sender<Arrival>, article: Article) {
        let article = Arc::new(article);
        let findings = run_all(&article, &CheckOptions::default());
        let parsed = Arrival::Parsed {
            article,
            warning: None,
        };
        sender.send(parsed).unwrap();
        sender.send(Arrival::Checked(findings)).unwrap();
        drop(sender);
        assert!(app.poll_loading());
        assert!(app.loading.is_none());
    }

    fn press(app: &mut App, keys: &str) {
        for key in parse_keys(keys).unwrap() {
            app.handle_key(key);
        }
    }

    fn top_text(app: &App) -> String {
        let view = app.view.as_ref().unwrap();
        view.article
            .slice(&view.piece_range(view.scroll.block))
            .to_string()
    }

    fn current_claim(app: &App) -> (String, Vec<String>) {
        let view = app.view.as_ref().unwrap();
        let m = &view.article.markers[view.current_marker.unwrap()];
        (
            view.article.slice(&m.sentence).to_string(),
            m.labels.iter().map(ToString::to_string).collect(),
        )
    }

    #[test]
    fn the_place_at_the_end_of_the_preview_is_kept_in_the_whole_article() {
        let (mut app, sender, article) = reader_on_large_article();
        press(&mut app, "G[");
        let (top, row, claim) = (
            top_text(&app),
            app.view.as_ref().unwrap().scroll.row,
            current_claim(&app),
        );
        arrive(&mut app, sender, article);
        let view = app.view.as_ref().unwrap();
        assert!(view.article.text.len() >= 3_000_000, "the whole article is open");
        assert!(!view.findings.is_empty(), "the findings are shown");
        assert_eq!(
            (top_text(&app), app.view.as_ref().unwrap().scroll.row),
            (top, row)
        );
        assert_eq!(current_claim(&app), claim);
        let view = app.view.as_ref().unwrap();
        assert_eq!(view.current_marker, Some(view.article.markers.len() - 1));
    }

    #[test]
    fn the_end_stays_the_end_when_the_whole_article_and_its_findings_arrive() {
        let (mut app, sender, article) = reader_on_large_article();
        press(&mut app, "G");
        assert!(app.view.as_ref().unwrap().at_bottom());
        arrive(&mut app, sender, article);
        let view = app.view.as_ref().unwrap();
        assert!(!view.findings.is_empty());
        assert!(view.at_bottom(), "{:?}", view.scroll);
        assert_eq!(view.percent(), 100);
    }

    #[test]
    fn when_the_whole_article_cannot_be_read_the_preview_says_so_and_keys_do_not_pile_up() {
        let (mut app, sender, _) = reader_on_large_article();
        press(&mut app, "d");
        sender
            .send(Arrival::Failed("big.txt: no such file or folder".to_string()))
            .unwrap();
        drop(sender);
        assert!(app.poll_loading());
        let loading = app.loading.as_ref().unwrap();
        assert_eq!(loading.stage(), Stage::PreviewOnly);
        assert!(loading.waiting_keys.is_empty(), "the waiting `d` is dropped");
        press(&mut app, "]a");
        let status = app.status.clone().unwrap_or_default();
        assert!(
            status.contains("no such file") && status.contains("only the preview"),
            "{status}"
        );
        assert!(app.popup.is_none(), "no note editor opens on the preview");
        assert_eq!(
            app.view.as_ref().unwrap().current_marker,
            Some(0),
            "moving still works"
        );
    }

    #[test]
    fn keys_that_need_the_whole_article_wait_for_it_in_order() {
        let (mut app, sender, article) = reader_on_large_article();
        // `]` moves on the preview; `d` and the search wait, then run.
        press(&mut app, "]d/report<Enter>");
        assert_eq!(app.loading.as_ref().map(|l| l.waiting_keys.len()), Some(9));
        assert!(app.status.as_deref().unwrap_or("").contains("once it is read"));
        assert_eq!(app.view.as_ref().unwrap().notes.count(), 0);
        arrive(&mut app, sender, article);
        let view = app.view.as_ref().unwrap();
        assert_eq!(view.current_marker, Some(0));
        assert_eq!(
            view.notes.count(),
            1,
            "the verdict was given to the first marker's claim"
        );
        assert_eq!(view.search.as_ref().map(|s| s.query.as_str()), Some("report"));
    }
}
