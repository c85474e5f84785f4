//! The render path on arbitrary bytes: decode, parse, check, replay a key
//! script taken from the input, and draw with the real crossterm backend.
//! No panic, and the bytes written hold no control character but the
//! escape sequences ratatui writes itself (CSI cursor moves and styles).
//!
//! Input layout: byte 0 picks the format (odd: Markdown) and the width,
//! byte 1 the height; the rest up to the first NUL is the article, and what
//! follows that NUL is a key script in the keymap's notation.

#![no_main]

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use ibid::check::{CheckOptions, run_all};
use ibid::tui::app::App;
use ibid::tui::keymap::{Keymap, parse_keys};
use ibid::tui::panes::draw;
use ibid::tui::theme::Theme;
use ibid::tui::view::ArticleView;
use libfuzzer_sys::fuzz_target;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Longest key script replayed (each key redraws nothing here, but a long
/// script of searches is slow without finding more).
const MAX_KEYS: usize = 64;

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

/// Panics unless every ESC starts a CSI of digits, `;` and `?` ending in a
/// letter, and no other C0, DEL, C1 or bidi control is written.
fn check_bytes(bytes: &[u8]) {
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0x1b => {
                assert_eq!(bytes.get(i + 1), Some(&b'['), "ESC not followed by [ at byte {i}");
                let mut j = i + 2;
                while bytes.get(j).is_some_and(|b| b.is_ascii_digit() || *b == b';' || *b == b'?') {
                    j += 1;
                }
                assert!(
                    bytes.get(j).is_some_and(u8::is_ascii_alphabetic),
                    "unterminated CSI at byte {i}"
                );
                i = j + 1;
            }
            b if b < 0x20 || b == 0x7f => panic!("control byte {b:#04x} written at {i}"),
            _ => i += 1,
        }
    }
    let written = String::from_utf8_lossy(bytes);
    for c in written.chars() {
        assert!(
            !('\u{80}'..='\u{9f}').contains(&c) && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'),
            "{c:?} written"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let [first, second, rest @ ..] = data else {
        return;
    };
    let name = if first % 2 == 1 { "fuzz.md" } else { "fuzz.txt" };
    let width = 20 + u16::from(*first % 128);
    let height = 4 + u16::from(*second % 48);
    let (article_bytes, keys) = match rest.iter().position(|&b| b == 0) {
        Some(nul) => (&rest[..nul], &rest[nul + 1..]),
        None => (rest, &[][..]),
    };
    let Ok(loaded) = ibid::load::decode(std::path::Path::new(name), article_bytes) else {
        return;
    };
    let article = ibid::parse::parse(name, loaded.text);
    let findings = run_all(&article, &CheckOptions::default());
    let mut app = App::with_article(ArticleView::new(article, findings), Keymap::default(), Theme::default(), 0.55);
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
    };
    let sink = Sink::default();
    let mut terminal = Terminal::with_options(CrosstermBackend::new(sink.clone()), options).expect("terminal");
    terminal.draw(|f| draw(&app, f)).expect("draw");
    if let Ok(keys) = parse_keys(&String::from_utf8_lossy(keys)) {
        for key in keys.into_iter().take(MAX_KEYS) {
            app.handle_key(key);
            if app.quit {
                break;
            }
        }
        terminal.draw(|f| draw(&app, f)).expect("draw");
    }
    check_bytes(&sink.0.borrow());
});
