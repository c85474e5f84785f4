//! The real terminal: setting it up and restoring it (on exit, on a panic,
//! on SIGTERM, SIGHUP or SIGINT), the event loop, and the effects the app
//! asks for (opening a URL with the platform opener, copying with OSC 52).
//!
//! Owns: everything that touches the terminal or the outside world. Must
//! not: decide what a key does (`app`) or what is drawn (`panes`).

use std::io::{self, BufWriter, Stdout, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use base64::Engine;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyCode, KeyModifiers,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, disable_raw_mode, enable_raw_mode};

use super::app::{App, Effect};
use super::panes::draw;

/// Sets up the terminal on another thread while `open` makes the reader's
/// app on this one (the first screen's preview is parsed here, so that the
/// parse, the longest step, starts at once), or on this one after `open`
/// when the other has not started by then; then runs the reader until the
/// user quits or a signal arrives. `log`, when given,
/// receives one line per event (nothing is printed while the terminal is in
/// raw mode). When `open` fails, the terminal is restored and its error
/// returned for the caller to print.
///
/// # Errors
/// The terminal could not be set up, drawn to or read from.
pub fn run<E>(open: impl FnOnce() -> Result<App, E>, log: Option<&Path>) -> io::Result<Result<(), E>> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut log = match log {
        Some(path) => Some(std::fs::OpenOptions::new().create(true).append(true).open(path)?),
        None => None,
    };
    install_panic_message();
    // Tests check what a crash leaves behind: the terminal restored and
    // one readable message (`tests/terminal.rs`), for a crash after the
    // first frame or, with `open`, while the terminal is set up.
    let panic_for_tests = std::env::var("IBID_PANIC_FOR_TESTS").ok();
    // The setup is the thread's if it starts before `open` is done, else
    // this thread's: a thread may start a good while after it is spawned.
    let claimed = Arc::new(AtomicBool::new(false));
    setup_pending(true);
    let setting_up = std::thread::Builder::new()
        .name(SETUP_THREAD.to_owned())
        .spawn({
            let claimed = Arc::clone(&claimed);
            move || {
                let _ends = SetupEnds;
                (!claimed.swap(true, Ordering::SeqCst)).then(set_up_terminal)
            }
        })
        .inspect_err(|_| setup_pending(false))?;
    assert!(
        panic_for_tests.as_deref() != Some("open"),
        "IBID_PANIC_FOR_TESTS is set"
    );
    let opened = open();
    let set_up = if claimed.swap(true, Ordering::SeqCst) {
        setting_up
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            .unwrap_or_else(set_up_terminal)
    } else {
        set_up_terminal()
    };
    // A terminal that could not be set up is left as it was: nothing is
    // written to restore it.
    let (mut terminal, events) = set_up.inspect_err(|_| {
        let _ = disable_raw_mode();
    })?;
    let result = (|| -> io::Result<Result<(), E>> {
        let mut app = match opened {
            Ok(app) => app,
            Err(e) => return Ok(Err(e)),
        };
        let mut changed = true;
        while !app.quit && !stop.load(Ordering::Relaxed) {
            if changed {
                terminal.draw(|frame| draw(&app, frame))?;
            }
            assert!(panic_for_tests.is_none(), "IBID_PANIC_FOR_TESTS is set");
            if let Some(loading) = app.loading.as_mut() {
                loading.begin();
            }
            // While the article is read in the background, look for it often.
            let working = app.loading.as_ref().is_some_and(|l| l.failed.is_none());
            let wait = if working { 20 } else { 250 };
            let event = match events.recv_timeout(Duration::from_millis(wait)) {
                Ok(event) => event?,
                Err(RecvTimeoutError::Timeout) => {
                    // Keys that waited for the whole article run here.
                    changed = app.poll_loading() | carry_out_effects(&mut app);
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => break,
            };
            changed = true;
            if let Some(file) = log.as_mut() {
                let _ = writeln!(file, "{event:?}");
            }
            match event {
                // In raw mode Ctrl-C is a key, not a signal: it stops the
                // reader as SIGINT does, saving what is being typed.
                Event::Key(key)
                    if key.is_press()
                        && key.code == KeyCode::Char('c')
                        && key.modifiers.contains(KeyModifiers::CONTROL) =>
                {
                    stop.store(true, Ordering::Relaxed);
                }
                Event::Key(key) if key.is_press() => app.handle_key(key),
                Event::Paste(text) => app.handle_paste(&text),
                Event::Mouse(mouse) => {
                    let size = terminal.size()?;
                    app.handle_mouse(mouse, ratatui::layout::Rect::new(0, 0, size.width, size.height));
                }
                _ => {}
            }
            app.poll_loading();
            let _ = carry_out_effects(&mut app);
        }
        if stop.load(Ordering::Relaxed) {
            app.save_pending_edit();
        }
        Ok(Ok(()))
    })();
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result
}

/// The terminal's events, read on their own thread. crossterm's reader
/// spins for ever once the terminal is gone (a closed window), so it must not
/// run on the thread that has to notice SIGHUP, save a note being typed and
/// end the process.
fn read_events_on_a_thread() -> Receiver<io::Result<Event>> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let event = event::read();
            let failed = event.is_err();
            if sender.send(event).is_err() || failed {
                break;
            }
        }
    });
    receiver
}

/// The terminal ibid draws on.
type Screen = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// The terminal set up, and its events read on a thread of their own.
fn set_up_terminal() -> io::Result<(Screen, Receiver<io::Result<Event>>)> {
    let terminal = open_terminal()?;
    // A paste arrives as one event, not as keys: its line breaks must not
    // save a note half typed, nor its letters run commands.
    execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    Ok((terminal, read_events_on_a_thread()))
}

/// Raw mode on the alternate screen, drawn through a buffer as large as a
/// screen so that a frame leaves in one write (stdout's own buffer sends a
/// full screen in a dozen pieces), its first frame sent whole.
fn open_terminal() -> io::Result<Screen> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
        1 << 16,
        io::stdout(),
    )))?;
    write_first_frame_whole(&mut terminal);
    Ok(terminal)
}

/// Makes the first frame go out whole, row by row. Against a blank screen
/// ratatui skips every blank cell and moves the cursor to each next word, a
/// move being longer than the one blank it skips: the synthetic article's
/// first screen is 12.3 kB that way and 8.8 kB whole, and a pseudo-terminal
/// passes a frame on in pieces of 4 kB. Hidden text, which ibid never
/// draws, marks every cell as not yet known.
fn write_first_frame_whole<B: ratatui::backend::Backend>(terminal: &mut Terminal<B>) {
    for cell in &mut terminal.current_buffer_mut().content {
        cell.modifier = ratatui::style::Modifier::HIDDEN;
    }
    terminal.swap_buffers();
}

/// The name of the thread that sets the terminal up.
const SETUP_THREAD: &str = "terminal setup";

/// Whether the terminal is being set up on its own thread, and the signal
/// that it no longer is.
static SETUP_PENDING: (Mutex<bool>, Condvar) = (Mutex::new(false), Condvar::new());

/// Marks the terminal's setup as under way or over.
fn setup_pending(pending: bool) {
    let (lock, over) = &SETUP_PENDING;
    *lock.lock().unwrap_or_else(PoisonError::into_inner) = pending;
    over.notify_all();
}

/// Ends the terminal's setup when the thread doing it ends, however.
struct SetupEnds;

impl Drop for SetupEnds {
    fn drop(&mut self) {
        setup_pending(false);
    }
}

/// Waits (a second at most) for the terminal's setup to be over, unless
/// this is the thread doing it: a panic meanwhile would restore the
/// terminal before the setup changes it again.
fn wait_for_setup() {
    if std::thread::current().name() == Some(SETUP_THREAD) {
        return;
    }
    let (lock, over) = &SETUP_PENDING;
    let pending = lock.lock().unwrap_or_else(PoisonError::into_inner);
    let _ = over.wait_timeout_while(pending, Duration::from_secs(1), |pending| *pending);
}

/// A panic restores the terminal (once it is set up), then prints one
/// readable sentence.
fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        wait_for_setup();
        ratatui::restore();
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!(
            "ibid stopped because of a bug ({what}{place}); your notes were saved as you made them. \
             Please report it in ibid's issue tracker with this message and the article you were reading."
        );
    }));
}

/// Carries out what the app asked for, saying on the status line what
/// failed; whether there was anything.
fn carry_out_effects(app: &mut App) -> bool {
    let effects = std::mem::take(&mut app.effects);
    for effect in &effects {
        if let Some(failed) = carry_out(effect) {
            app.status = Some(failed);
        }
    }
    !effects.is_empty()
}

/// Opens a URL or writes to the clipboard; what went wrong, for the status
/// line. Whether the terminal took the clipboard text cannot be known.
fn carry_out(effect: &Effect) -> Option<String> {
    match effect {
        Effect::OpenUrl(url) => {
            let opener = if cfg!(target_os = "macos") {
                "open"
            } else {
                "xdg-open"
            };
            let opened = Command::new(opener)
                .arg(url)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
            opened
                .err()
                .map(|e| format!("cannot open the link with {opener} ({e}); y copies the entry instead"))
        }
        Effect::Copy(text) => {
            let encoded = base64::engine::general_purpose::STANDARD.encode(text);
            let mut out = io::stdout();
            let _ = write!(out, "\x1b]52;c;{encoded}\x07");
            let _ = out.flush();
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;
    use ratatui::widgets::Paragraph;
    use ratatui::{TerminalOptions, Viewport};

    use super::*;

    /// The bytes sent to the terminal, kept to be read back.
    #[derive(Clone, Default)]
    struct Sent(Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Sent {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// What the terminal is sent for a first frame showing `text`, with
    /// the frame written whole or not.
    fn first_frame_bytes(text: &str, whole: bool) -> String {
        let sent = Sent::default();
        let mut terminal = Terminal::with_options(
            CrosstermBackend::new(sent.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, 30, 2)),
            },
        )
        .unwrap();
        if whole {
            write_first_frame_whole(&mut terminal);
        }
        terminal
            .draw(|frame| frame.render_widget(Paragraph::new(text), frame.area()))
            .unwrap();
        String::from_utf8(sent.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn the_first_frame_sends_each_line_in_one_run() {
        let text = "a b c d e f g h\nsecond line";
        // Against a blank screen each word is a cursor move of its own.
        let skipping = first_frame_bytes(text, false);
        assert!(!skipping.contains("a b c d e f g h"), "{skipping:?}");
        let whole = first_frame_bytes(text, true);
        assert!(whole.contains("a b c d e f g h       "), "{whole:?}");
        assert!(whole.contains("second line"), "{whole:?}");
        // Nothing is written hidden.
        assert!(!whole.contains("\x1b[8m"), "{whole:?}");
    }
}
