//! `ibid render`: the same `App` driven by a key script on a headless
//! backend, printed as plain text or with SGR styles.
//!
//! Owns: turning a buffer into text. Must not: differ from the real reader
//! in anything but the backend.

use std::fmt::Write;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::style::{Color, Modifier, Style};

use super::app::App;
use super::panes::draw;

/// Draws `app` at `width`×`height` after each of `keys`, and returns the
/// last screen.
#[must_use]
pub fn render(app: &mut App, width: u16, height: u16, keys: &[KeyEvent]) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(never) => match never {},
    };
    let frame = |app: &App, terminal: &mut Terminal<TestBackend>| {
        let _ = terminal.draw(|f| draw(app, f));
    };
    frame(app, &mut terminal);
    for key in keys {
        app.handle_key(*key);
        frame(app, &mut terminal);
        if app.quit {
            break;
        }
    }
    terminal.backend().buffer().clone()
}

/// The buffer as lines of text, trailing spaces trimmed.
#[must_use]
pub fn plain(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = crate::tui::text::width_of(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The buffer with SGR escape sequences for its styles.
#[must_use]
pub fn ansi(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut current = Style::reset();
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buffer[(x, y)];
            let style = cell.style();
            if style != current {
                out.push_str(&sgr(style));
                current = style;
            }
            skip = crate::tui::text::width_of(cell.symbol()).saturating_sub(1);
            out.push_str(cell.symbol());
        }
        out.push_str("\x1b[0m\n");
    }
    out
}

/// The SGR sequence that sets `style` from a reset state.
fn sgr(style: Style) -> String {
    let mut codes = vec!["0".to_string()];
    let m = style.add_modifier;
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if m.contains(flag) {
            codes.push(code.to_string());
        }
    }
    if let Some(c) = style.fg.and_then(|c| color_code(c, 30)) {
        codes.push(c);
    }
    if let Some(c) = style.bg.and_then(|c| color_code(c, 40)) {
        codes.push(c);
    }
    let mut s = String::from("\x1b[");
    let _ = write!(s, "{}m", codes.join(";"));
    s
}

fn color_code(color: Color, base: u8) -> Option<String> {
    let basic = |n: u8| Some((base + n).to_string());
    let bright = |n: u8| Some((base + 60 + n).to_string());
    match color {
        Color::Reset => None,
        Color::Black => basic(0),
        Color::Red => basic(1),
        Color::Green => basic(2),
        Color::Yellow => basic(3),
        Color::Blue => basic(4),
        Color::Magenta => basic(5),
        Color::Cyan => basic(6),
        Color::Gray => basic(7),
        Color::DarkGray => bright(0),
        Color::LightRed => bright(1),
        Color::LightGreen => bright(2),
        Color::LightYellow => bright(3),
        Color::LightBlue => bright(4),
        Color::LightMagenta => bright(5),
        Color::LightCyan => bright(6),
        Color::White => bright(7),
        Color::Indexed(i) => Some(format!("{};5;{i}", base + 8)),
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", base + 8)),
    }
}
