//! What several integration tests share: the exact bytes the real terminal
//! backend writes for one frame of the reader.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use ibid::check::{CheckOptions, run_all};
use ibid::tui::app::App;
use ibid::tui::keymap::Keymap;
use ibid::tui::panes::draw;
use ibid::tui::theme::Theme;
use ibid::tui::view::ArticleView;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// A writer whose bytes can be read after the backend is done with it.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes the crossterm backend writes to draw the article `text` (read
/// as the file `name`) at `width`×`height`, after moving to its first
/// marker and reference.
pub fn frame_bytes(name: &str, text: String, width: u16, height: u16) -> Vec<u8> {
    let article = ibid::parse::parse(name, text.into());
    let findings = run_all(&article, &CheckOptions::default());
    let mut app = App::with_article(
        ArticleView::new(article, findings),
        Keymap::default(),
        Theme::default(),
        0.55,
    );
    app.update(ibid::tui::action::Action::NextMarker);
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
    };
    let sink = Sink::default();
    let mut terminal =
        Terminal::with_options(CrosstermBackend::new(sink.clone()), options).expect("terminal");
    terminal.draw(|f| draw(&app, f)).expect("draw");
    sink.0.borrow().clone()
}
