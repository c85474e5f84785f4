//! The real `ibid` binary in a pseudo-terminal, side by side with `less`:
//! the figures issue 5 sets its targets on. Run with
//! `cargo bench --bench screen`; it prints the machine and a Markdown table.
//!
//! Each reader runs in its own pty of 120×40 (`TERM=xterm-256color`; ibid
//! with an empty `--notes-dir` and `XDG_CONFIG_HOME`, less with `LESS`
//! empty, `LESSHISTFILE=-` and no `LESSOPEN`), and what it writes is fed to
//! the `vt100` terminal emulator, so every figure is about what is on the
//! screen, never about ibid's internals:
//!
//! - first screen: from spawn until the first sentence of the body is on
//!   the screen and the bottom row is drawn (the output that first shows
//!   both); and, for reference, the last output that changed the screen
//!   before a quiet spell (100 ms) without a change above the bottom row,
//!   which catches ibid's findings when they arrive within that spell;
//! - `G`: from the key until the end is shown (ibid: the last sentence
//!   before the reference list; less: the last line of the file, which is
//!   the last reference) and the screen is quiet again; for less also
//!   until its bottom row says `(END)`, which it draws later on a big file;
//!   for ibid both at once (on its preview, while findings may still
//!   arrive and redraw) and again after `g` once it has read and checked;
//! - frames (ibid only): from a key (`]`, `[`, `j`, PgDn) or a pty resize
//!   (120×40 to 100×30 and back) until the last output that changed the
//!   screen before a quiet spell. `j` and PgDn go back to the top with `g` (not counted) when a
//!   press changes nothing because the article's end is reached;
//! - how long the bottom row says ibid is still reading, loading, indexing
//!   or checking, if it ever says so;
//! - peak memory: `VmHWM` of the reader's process just before `q`: for
//!   ibid after the status line is no longer busy, a few idle seconds and
//!   the keys above; for less after `G`;
//! - `ibid check FILE > /dev/null` against `wc -l FILE`, wall time, and
//!   peak memory from `/usr/bin/time -f %M` when it is installed.
//!
//! Text on the screen is matched with all whitespace removed, pane by pane
//! (rows are cut at the `│` borders), so wrapping cannot hide it. Times are
//! medians of `IBID_BENCH_RUNS` runs (default 5), frames of
//! `IBID_BENCH_PRESSES` presses (default 10); `IBID_BENCH_QUIET_MS` (the
//! quiet spell, default 100), `IBID_BENCH_SETTLE_S` (seconds ibid is left alone before
//! the keys, default 3) and `IBID_BENCH_TIMEOUT_S` (every wait, default 60)
//! can be changed too. Articles come from `ibid::synthetic::article(bytes,
//! 1)` and are kept in `target/tmp/screen-bench/` (delete it after changing
//! the generator): 10 kB and 100 MB, and the 1 MB article with its body
//! paragraphs joined into one line. `IBID_BENCH_SHOW=1` prints the screen
//! each first screen and `G` ends on; `IBID_BENCH_FIRST_SCREEN_ONLY=1`
//! stops after the first screens and `G`; `IBID_BENCH_BIN` measures another
//! build of ibid (an older one, side by side with this one).
//!
//! Load from other processes moves every figure: the machine line and the
//! last line print the load average.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::thread::sleep;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The binary measured: the one cargo built, or `IBID_BENCH_BIN` (to set an
/// older build side by side with this one).
fn ibid_binary() -> String {
    std::env::var("IBID_BENCH_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_ibid").to_owned())
}
const SIZE: (u16, u16) = (120, 40);
const SMALLER: (u16, u16) = (100, 30);
/// Words of a status line that says work is still going on.
const BUSY: &[&str] = &["reading", "loading", "indexing", "checking", "parsing"];
const PG_DN: &[u8] = b"\x1b[6~";

fn main() -> Result<()> {
    let settings = Settings::from_env();
    print_machine();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screen-bench");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let small = Article::cached(&dir, "10 kB", "synthetic-10kB.txt", || {
        ibid::synthetic::article(10_000, 1)
    })?;
    let big = Article::cached(&dir, "100 MB", "synthetic-100MB.txt", || {
        ibid::synthetic::article(100_000_000, 1)
    })?;
    let line = Article::cached(&dir, "1 MB one-line paragraph", "one-line-1MB.txt", || {
        one_line(&ibid::synthetic::article(1_000_000, 1))
    })?;

    println!("Articles (`ibid::synthetic::article(bytes, 1)`; sizes include the 2,000-entry list):");
    for article in [&small, &big, &line] {
        println!(
            "- {}: {} ({})",
            article.label,
            article.path.display(),
            megabytes(article.bytes)
        );
    }
    println!();
    let mut table = Table::default();
    let (small_first, small_less_memory) = first_screen_and_end(&settings, &small, &mut table)?;
    let (big_first, big_less_memory) = first_screen_and_end(&settings, &big, &mut table)?;
    table.times(
        "first screen, ibid, 100 MB (vs ibid on 10 kB)",
        big_first,
        small_first,
        "≤ 1.2×",
    );
    if settings.first_screen_only {
        println!("{}", table.0);
        return Ok(());
    }
    let all_keys: &[(&str, &[u8])] = &[("`]`", b"]"), ("`[`", b"["), ("`j`", b"j"), ("PgDn", PG_DN)];
    frames(&settings, &small, all_keys, Some(small_less_memory), &mut table)?;
    frames(&settings, &big, all_keys, Some(big_less_memory), &mut table)?;
    frames(
        &settings,
        &line,
        &[("`j`", b"j"), ("PgDn", PG_DN)],
        None,
        &mut table,
    )?;
    check_against_wc(&settings, &small, &mut table)?;
    check_against_wc(&settings, &big, &mut table)?;
    println!("{}", table.0);
    println!(
        "Times are medians of {} runs, frames of {} presses; the third column is `less` \
         (`wc -l` for the check) unless the row says otherwise; memory ratios are to the file size.",
        settings.runs, settings.presses
    );
    println!("Load average at the end: {}", load_average());
    Ok(())
}

/// What the environment may change.
#[derive(Clone, Copy)]
struct Settings {
    runs: usize,
    presses: usize,
    quiet: Duration,
    settle: Duration,
    timeout: Duration,
    /// Time only the first screens and `G` (`IBID_BENCH_FIRST_SCREEN_ONLY=1`).
    first_screen_only: bool,
    /// Print each screen a first screen or `G` ends on (`IBID_BENCH_SHOW=1`).
    show: bool,
}

impl Settings {
    fn from_env() -> Settings {
        let number = |name: &str, default: u64| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(default)
                .max(1)
        };
        Settings {
            runs: usize::try_from(number("IBID_BENCH_RUNS", 5)).unwrap_or(5),
            presses: usize::try_from(number("IBID_BENCH_PRESSES", 10)).unwrap_or(10),
            quiet: Duration::from_millis(number("IBID_BENCH_QUIET_MS", 100)),
            settle: Duration::from_secs(number("IBID_BENCH_SETTLE_S", 3)),
            timeout: Duration::from_secs(number("IBID_BENCH_TIMEOUT_S", 60)),
            show: std::env::var_os("IBID_BENCH_SHOW").is_some(),
            first_screen_only: std::env::var_os("IBID_BENCH_FIRST_SCREEN_ONLY").is_some(),
        }
    }
}

fn print_machine() {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name").and_then(|r| r.split(':').nth(1)))
        .map_or("unknown CPU", str::trim);
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    println!(
        "Machine: {cores} cores (nproc), {model}; load average {}\n",
        load_average()
    );
}

/// The load averages over 1, 5 and 15 minutes (others may be compiling).
fn load_average() -> String {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    load.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
}

/// An article on disk and the text that shows where a reader is in it.
struct Article {
    label: &'static str,
    path: PathBuf,
    bytes: u64,
    /// The first sentence of the body.
    first: String,
    /// The last sentence before the reference list.
    last_sentence: String,
    /// The last line of the file (the last reference).
    last_line: String,
}

impl Article {
    /// Reads `dir/name`, or writes it with `make` first.
    fn cached(dir: &Path, label: &'static str, name: &str, make: impl FnOnce() -> String) -> Result<Article> {
        let path = dir.join(name);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(_) => {
                eprintln!("writing {}", path.display());
                let text = make();
                std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
                text
            }
        };
        let (body, _) = split_list(&text)?;
        let first_paragraph = body
            .split("\n\n")
            .nth(2)
            .context("no body after the title and byline")?;
        let first = &first_paragraph[..=first_paragraph.find('.').context("no sentence")?];
        // Sentences start with a capitalised name; every other word is lower case.
        let last_paragraph = body.trim_end();
        let start = last_paragraph
            .rfind(char::is_uppercase)
            .context("no last sentence")?;
        let end = last_paragraph.rfind('.').context("no last sentence")?;
        Ok(Article {
            label,
            bytes: u64::try_from(text.len())?,
            first: squeeze(first),
            last_sentence: squeeze(&last_paragraph[start..=end]),
            last_line: squeeze(text.trim_end().lines().last().unwrap_or_default()),
            path,
        })
    }
}

/// The body and the reference list (from its heading on) of a synthetic article.
fn split_list(text: &str) -> Result<(&str, &str)> {
    let at = text.rfind("\nReferences\n").context("no reference list")?;
    Ok((&text[..at], &text[at + 1..]))
}

/// The article with its body paragraphs joined into one line.
fn one_line(text: &str) -> String {
    let Ok((body, list)) = split_list(text) else {
        return text.to_string();
    };
    let mut paragraphs = body.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
    let title: Vec<&str> = paragraphs.by_ref().take(2).collect();
    let line: Vec<&str> = paragraphs.collect();
    format!("{}\n\n{}\n\n{list}", title.join("\n\n"), line.join(" "))
}

/// Text without whitespace, as it is matched against the screen.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The screen's text pane by pane, without whitespace: each row is cut at
/// the `│` borders and the pieces that start at the same column are joined
/// from top to bottom.
fn panes(screen: &vt100::Screen) -> Vec<String> {
    let mut panes: BTreeMap<usize, String> = BTreeMap::new();
    for row in screen.rows(0, screen.size().1.get()) {
        let mut column = 0;
        for piece in row.split('│') {
            panes
                .entry(column)
                .or_default()
                .extend(piece.chars().filter(|c| !c.is_whitespace()));
            column += piece.chars().count() + 1;
        }
    }
    panes.into_values().collect()
}

fn shows(screen: &vt100::Screen, needle: &str) -> bool {
    panes(screen).iter().any(|pane| pane.contains(needle))
}

fn bottom_row(screen: &vt100::Screen) -> String {
    screen.rows(0, screen.size().1.get()).last().unwrap_or_default()
}

fn busy(screen: &vt100::Screen) -> bool {
    let row = bottom_row(screen).to_lowercase();
    BUSY.iter().any(|word| row.contains(word))
}

#[derive(Clone, Copy, PartialEq)]
enum Reader {
    Less,
    Ibid,
}

/// A reader running in a pty, its output read by a thread and fed to a
/// terminal emulator. Killed when dropped if it is still running.
struct Session {
    reader: Reader,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    input: Box<dyn Write + Send>,
    output: Receiver<(Instant, Vec<u8>)>,
    terminal: vt100::Parser,
    /// Each row as drawn, with its attributes, to tell which rows changed.
    rows: Vec<String>,
    started: Instant,
    /// When the bottom row stopped saying work is going on, if it ever said so.
    idle_at: Option<Instant>,
    /// When the bottom row last changed, and when the last key was sent.
    bottom_changed_at: Instant,
    sent: Instant,
    /// When the last wait's condition first held (before any quiet spell).
    shown_at: Option<Instant>,
    was_busy: bool,
    settings: Settings,
    _folders: Vec<tempfile::TempDir>,
}

/// What a wait takes as the end of a change.
#[derive(Clone, Copy, PartialEq)]
enum Until {
    /// Any change of the screen, the bottom row included (a frame).
    Frame,
    /// The needle on screen; then changes of the bottom row alone (progress
    /// in a status line) are not waited for.
    Shows,
}

impl Session {
    fn open(reader: Reader, article: &Article, settings: &Settings) -> Result<Session> {
        let ibid = ibid_binary();
        let mut command = CommandBuilder::new(match reader {
            Reader::Less => "less",
            Reader::Ibid => &ibid,
        });
        command.arg(&article.path);
        for name in ["LESSOPEN", "LESSCLOSE", "COLUMNS", "LINES", "NO_COLOR"] {
            command.env_remove(name);
        }
        command.env("TERM", "xterm-256color");
        let mut folders = Vec::new();
        match reader {
            Reader::Less => {
                command.env("LESS", "");
                command.env("LESSHISTFILE", "-");
            }
            Reader::Ibid => {
                let notes = tempfile::tempdir()?;
                let config = tempfile::tempdir()?;
                command.arg("--notes-dir");
                command.arg(notes.path());
                command.env("XDG_CONFIG_HOME", config.path());
                folders.extend([notes, config]);
            }
        }
        let (cols, rows) = SIZE;
        let pair = native_pty_system().openpty(pty_size(SIZE))?;
        let started = Instant::now();
        let child = pair.slave.spawn_command(command)?;
        drop(pair.slave);
        let mut from_pty = pair.master.try_clone_reader()?;
        let (sender, output) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buffer = vec![0; 1 << 16];
            while let Ok(n @ 1..) = from_pty.read(&mut buffer) {
                if sender.send((Instant::now(), buffer[..n].to_vec())).is_err() {
                    break;
                }
            }
        });
        Ok(Session {
            reader,
            child,
            input: pair.master.take_writer()?,
            master: pair.master,
            output,
            terminal: vt100::Parser::new(non_zero(rows), non_zero(cols), 0),
            rows: Vec::new(),
            started,
            idle_at: None,
            was_busy: false,
            bottom_changed_at: started,
            shown_at: None,
            sent: started,
            settings: *settings,
            _folders: folders,
        })
    }

    fn name(&self) -> &'static str {
        match self.reader {
            Reader::Less => "less",
            Reader::Ibid => "ibid",
        }
    }

    /// Feeds output to the emulator; says whether it changed any row, and
    /// whether it changed a row above the bottom one.
    fn feed(&mut self, at: Instant, bytes: &[u8]) -> (bool, bool) {
        self.terminal.process(bytes);
        let screen = self.terminal.screen();
        let rows: Vec<String> = screen.rows_formatted(0, screen.size().1.get()).collect();
        let changed: Vec<usize> = (0..rows.len())
            .filter(|&i| self.rows.get(i) != rows.get(i))
            .collect();
        let above_bottom = changed.iter().any(|&i| i + 1 < rows.len());
        if changed.last().is_some_and(|&i| i + 1 == rows.len()) {
            self.bottom_changed_at = at;
        }
        self.rows = rows;
        if busy(self.terminal.screen()) {
            self.was_busy = true;
            self.idle_at = None;
        } else if self.was_busy && self.idle_at.is_none() {
            self.idle_at = Some(at);
        }
        (!changed.is_empty(), above_bottom)
    }

    /// Takes in whatever output is waiting.
    fn drain(&mut self) {
        while let Ok((at, bytes)) = self.output.try_recv() {
            self.feed(at, &bytes);
        }
    }

    /// Waits until the screen has changed since `since` and `done` holds,
    /// then for `QUIET` without output that counts (see `Until`); returns
    /// the time from `since` to the last change that counted, or `None`
    /// when that did not happen within `limit`.
    fn wait(
        &mut self,
        since: Instant,
        limit: Duration,
        until: Until,
        done: impl Fn(&vt100::Screen) -> bool,
    ) -> Result<Option<Duration>> {
        let deadline = since + limit;
        let mut changed_at: Option<Instant> = None;
        self.shown_at = None;
        loop {
            let ready = changed_at.is_some() && done(self.terminal.screen());
            let now = Instant::now();
            let wake = match changed_at {
                Some(at) if ready => at.max(now - self.settings.quiet) + self.settings.quiet,
                _ => deadline,
            };
            match self.output.recv_timeout(wake.saturating_duration_since(now)) {
                Ok((at, bytes)) => {
                    let (any, above_bottom) = self.feed(at, &bytes);
                    if any && self.shown_at.is_none() && done(self.terminal.screen()) {
                        self.shown_at = Some(at);
                    }
                    let counts = match until {
                        Until::Frame => any,
                        Until::Shows => above_bottom || (any && !ready),
                    };
                    if counts {
                        changed_at = Some(at);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    return Ok(changed_at.filter(|_| ready).map(|at| at - since));
                }
                Err(RecvTimeoutError::Disconnected) => {
                    bail!(
                        "{} exited; its last screen:\n{}",
                        self.name(),
                        self.terminal.screen().contents()
                    )
                }
            }
        }
    }

    /// Like `wait` with the timeout, failing with the screen when it passes.
    fn expect(
        &mut self,
        since: Instant,
        until: Until,
        what: &str,
        done: impl Fn(&vt100::Screen) -> bool,
    ) -> Result<Duration> {
        let timeout = self.settings.timeout;
        match self.wait(since, timeout, until, done)? {
            Some(time) => {
                if self.settings.show && until == Until::Shows {
                    eprintln!(
                        "{} after {what}:\n{}",
                        self.name(),
                        self.terminal.screen().contents()
                    );
                }
                Ok(time)
            }
            None => bail!(
                "{} did not show {what} within {} s; the screen:\n{}",
                self.name(),
                timeout.as_secs(),
                self.terminal.screen().contents()
            ),
        }
    }

    /// The first screen: when its text and bottom row were first shown, and
    /// when the screen above the bottom row last changed before a quiet
    /// spell (later drawing, such as findings arriving, included).
    fn first_screen(&mut self, article: &Article) -> Result<(Duration, Duration)> {
        let started = self.started;
        let settled = self.expect(started, Until::Shows, "the first screen", |screen| {
            shows(screen, &article.first) && !bottom_row(screen).trim().is_empty()
        })?;
        let shown = self.shown_at.map_or(settled, |at| at - started);
        Ok((shown, settled))
    }

    fn send(&mut self, key: &[u8]) -> Result<Instant> {
        self.drain();
        let sent = Instant::now();
        self.sent = sent;
        self.input.write_all(key)?;
        self.input.flush()?;
        Ok(sent)
    }

    /// The time from `G` until the end of the article (ibid) or of the file
    /// (less) is on screen.
    fn end(&mut self, article: &Article) -> Result<Duration> {
        let needle = match self.reader {
            Reader::Less => &article.last_line,
            Reader::Ibid => &article.last_sentence,
        };
        let sent = self.send(b"G")?;
        self.expect(sent, Until::Shows, "the end after `G`", |screen| {
            shows(screen, needle)
        })
    }

    /// The time from the last key until the bottom row shows `prompt`.
    fn prompt(&mut self, prompt: &str) -> Result<Duration> {
        let deadline = self.sent + self.settings.timeout;
        while !bottom_row(self.terminal.screen()).contains(prompt) {
            match self
                .output
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok((at, bytes)) => {
                    self.feed(at, &bytes);
                }
                Err(_) => bail!("{} did not show {prompt:?} on its bottom row", self.name()),
            }
        }
        Ok(self.bottom_changed_at - self.sent)
    }

    /// One frame after `key`; when `rewind` is given and the key changes
    /// nothing (the end is reached), `rewind` is sent and the key again.
    fn frame(&mut self, key: &[u8], rewind: Option<&[u8]>) -> Result<Duration> {
        if let Some(rewind) = rewind {
            let sent = self.send(key)?;
            if let Some(time) = self.wait(sent, Duration::from_secs(2), Until::Frame, |_| true)? {
                return Ok(time);
            }
            let sent = self.send(rewind)?;
            self.expect(sent, Until::Frame, "a change after the rewind key", |_| true)?;
        }
        let sent = self.send(key)?;
        self.expect(sent, Until::Frame, "a change after a key", |_| true)
    }

    fn resize(&mut self, (cols, rows): (u16, u16)) -> Result<Duration> {
        self.drain();
        self.terminal
            .screen_mut()
            .set_size(non_zero(rows), non_zero(cols));
        let sent = Instant::now();
        self.master.resize(pty_size((cols, rows)))?;
        self.expect(sent, Until::Frame, "a redraw after a resize", |_| true)
    }

    /// Waits until the bottom row no longer says work is going on; returns
    /// the time from spawn to then, if it ever said so.
    fn idle(&mut self) -> Result<Option<Duration>> {
        let deadline = Instant::now() + self.settings.timeout;
        while busy(self.terminal.screen()) {
            match self
                .output
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok((at, bytes)) => {
                    self.feed(at, &bytes);
                }
                Err(_) => bail!(
                    "the status line still says it is busy:\n{}",
                    bottom_row(self.terminal.screen())
                ),
            }
        }
        Ok(self.idle_at.map(|at| at - self.started))
    }

    /// `VmHWM` of the reader's process, in bytes.
    fn peak_memory(&self) -> Result<u64> {
        let pid = self.child.process_id().context("no process id")?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
        let kb = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .context("no VmHWM in /proc/PID/status")?;
        Ok(kb * 1024)
    }

    fn quit(mut self) -> Result<()> {
        self.send(b"q")?;
        let deadline = Instant::now() + self.settings.timeout;
        while self.child.try_wait()?.is_none() {
            if Instant::now() > deadline {
                bail!("{} did not quit on `q`", self.name());
            }
            sleep(Duration::from_millis(5));
        }
        Ok(())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn pty_size((cols, rows): (u16, u16)) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn non_zero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}

/// First screen and `G` for less and ibid, alternating runs; returns ibid's
/// median first screen and the peak memory of less after its last `G`.
fn first_screen_and_end(
    settings: &Settings,
    article: &Article,
    table: &mut Table,
) -> Result<(Duration, u64)> {
    eprintln!("first screen and G, {}", article.label);
    let mut first = [Vec::new(), Vec::new()];
    let mut settled = [Vec::new(), Vec::new()];
    let mut end = [Vec::new(), Vec::new()];
    let mut less_memory = 0;
    let mut less_prompt = Vec::new();
    let mut end_when_checked = Vec::new();
    for run in 0..settings.runs {
        for (i, reader) in [Reader::Less, Reader::Ibid].into_iter().enumerate() {
            let mut session = Session::open(reader, article, settings)?;
            let (shown, quiet) = session.first_screen(article)?;
            first[i].push(shown);
            settled[i].push(quiet);
            end[i].push(session.end(article)?);
            if reader == Reader::Less {
                less_prompt.push(session.prompt("(END)")?);
            } else {
                // Again once the article is read and checked: no redraw of
                // arriving findings can fall inside the measurement.
                session.frame(b"g", None)?;
                session.idle()?;
                end_when_checked.push(session.end(article)?);
            }
            if reader == Reader::Less && run + 1 == settings.runs {
                less_memory = session.peak_memory()?;
            }
            session.quit()?;
        }
    }
    let [less_first, ibid_first] = first.map(median);
    let [less_settled, ibid_settled] = settled.map(median);
    let [less_end, ibid_end] = end.map(median);
    table.times(
        &format!("first screen, {}: text and bottom row shown", article.label),
        ibid_first,
        less_first,
        "≤ 2× less",
    );
    table.times(
        &format!(
            "first screen, {}: last change before 100 ms of quiet (ibid: findings drawn if they came by then)",
            article.label
        ),
        ibid_settled,
        less_settled,
        "(for reference)",
    );
    table.times(
        &format!(
            "`G`, {} (ibid: last body sentence; less: end of file = last reference)",
            article.label
        ),
        ibid_end,
        less_end,
        "≤ 2× less",
    );
    let ibid_end_checked = median(end_when_checked);
    table.times(
        &format!("`G`, {}, once ibid has read and checked it", article.label),
        ibid_end_checked,
        less_end,
        "≤ 2× less",
    );
    table.row(
        &format!("`G`, {}: until less's bottom row says `(END)`", article.label),
        "—".into(),
        ms(median(less_prompt)),
        "—".into(),
        "(for reference)",
    );
    Ok((ibid_first, less_memory))
}

/// ibid's frames after each key, then (when less was measured on the same
/// article) a resize to 100×30 and back, then its peak memory beside less's.
fn frames(
    settings: &Settings,
    article: &Article,
    keys: &[(&str, &[u8])],
    less_memory: Option<u64>,
    table: &mut Table,
) -> Result<()> {
    eprintln!("frames, {}", article.label);
    let mut session = Session::open(Reader::Ibid, article, settings)?;
    session.first_screen(article)?;
    let busy_for = session.idle()?;
    table.row(
        &format!("status line says reading/checking until, {}", article.label),
        busy_for.map_or_else(|| "never says so".to_string(), ms),
        "—".into(),
        "—".into(),
        "—",
    );
    sleep(settings.settle);
    for &(name, key) in keys {
        let rewind: Option<&[u8]> = if key == b"j" || key == PG_DN {
            Some(b"g")
        } else {
            None
        };
        // One more `]` than `[`, so that every `[` has a marker to go back to.
        let presses = settings.presses + usize::from(key == b"]");
        let times = (0..presses)
            .map(|_| session.frame(key, rewind))
            .collect::<Result<Vec<_>>>()?;
        table.frame(&format!("{name} frame, {}", article.label), median(times));
    }
    if less_memory.is_some() {
        let mut times = Vec::new();
        for _ in 0..settings.presses {
            times.push(session.resize(SMALLER)?);
            times.push(session.resize(SIZE)?);
        }
        table.frame(
            &format!("resize frame (120×40 ↔ 100×30), {}", article.label),
            median(times),
        );
    }
    let memory = session.peak_memory()?;
    table.memory(
        "peak memory of the reader (beside less after `G`)",
        memory,
        less_memory,
        article,
    );
    session.quit()
}

/// `ibid check` against `wc -l`: wall time, then peak memory.
fn check_against_wc(settings: &Settings, article: &Article, table: &mut Table) -> Result<()> {
    eprintln!("check and wc -l, {}", article.label);
    let config = tempfile::tempdir()?;
    let check = || {
        let mut command = Command::new(ibid_binary());
        command
            .arg("check")
            .arg(&article.path)
            .env("XDG_CONFIG_HOME", config.path());
        command
    };
    let wc = || {
        let mut command = Command::new("wc");
        command.arg("-l").arg(&article.path);
        command
    };
    let mut times = [Vec::new(), Vec::new()];
    for _ in 0..settings.runs {
        for (i, make) in [&check as &dyn Fn() -> Command, &wc].into_iter().enumerate() {
            let mut command = make();
            let started = Instant::now();
            let status = command.stdout(Stdio::null()).stderr(Stdio::null()).status()?;
            times[i].push(started.elapsed());
            // `ibid check` exits 1 when it has findings; anything else is a failure.
            if !matches!(status.code(), Some(0 | 1)) {
                bail!("{command:?} failed: {status}");
            }
        }
    }
    let [check_time, wc_time] = times.map(median);
    table.times(
        &format!("`ibid check`, {} (vs `wc -l`)", article.label),
        check_time,
        wc_time,
        "≤ 10× wc -l",
    );
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        table.row(
            "peak memory of `ibid check`",
            "skipped: no /usr/bin/time".into(),
            "—".into(),
            "—".into(),
            "",
        );
        return Ok(());
    }
    let peak = |command: Command| -> Result<u64> {
        let report = tempfile::NamedTempFile::new()?;
        Command::new(time)
            .args(["-f", "%M", "-o"])
            .arg(report.path())
            .arg(command.get_program())
            .args(command.get_args())
            .envs(command.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        let kb = std::fs::read_to_string(report.path())?;
        Ok(kb.trim().lines().last().unwrap_or_default().parse::<u64>()? * 1024)
    };
    let memory = peak(check())?;
    let wc_memory = peak(wc())?;
    table.memory(
        "peak memory of `ibid check` (vs `wc -l`)",
        memory,
        Some(wc_memory),
        article,
    );
    Ok(())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    match times.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => times[n / 2],
        n => (times[n / 2 - 1] + times[n / 2]) / 2,
    }
}

fn ms(time: Duration) -> String {
    if time < Duration::from_secs(1) {
        format!("{:.2} ms", time.as_secs_f64() * 1000.0)
    } else {
        format!("{:.2} s", time.as_secs_f64())
    }
}

#[allow(clippy::cast_precision_loss)]
fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 {
        format!("{:.2}×", a / b)
    } else {
        "—".to_string()
    }
}

/// The Markdown table printed at the end.
struct Table(String);

impl Default for Table {
    fn default() -> Table {
        Table("| what | ibid | less / wc -l | ratio | target |\n|---|---|---|---|---|\n".to_string())
    }
}

impl Table {
    fn row(&mut self, what: &str, ibid: String, other: String, ratio: String, target: &str) {
        let _ = writeln!(self.0, "| {what} | {ibid} | {other} | {ratio} | {target} |");
    }

    /// A row of two times and their ratio.
    fn times(&mut self, what: &str, ibid: Duration, other: Duration, target: &str) {
        self.row(
            what,
            ms(ibid),
            ms(other),
            ratio(ibid.as_secs_f64(), other.as_secs_f64()),
            target,
        );
    }

    fn frame(&mut self, what: &str, time: Duration) {
        self.row(what, ms(time), "—".into(), "—".into(), "< 4 ms");
    }

    /// A memory row: ibid's peak against the file size, less's or wc's beside it.
    #[allow(clippy::cast_precision_loss)]
    fn memory(&mut self, what: &str, ibid: u64, other: Option<u64>, article: &Article) {
        self.row(
            &format!("{what}, {} (file {})", article.label, megabytes(article.bytes)),
            megabytes(ibid),
            other.map_or_else(|| "—".to_string(), megabytes),
            format!("{} the file", ratio(ibid as f64, article.bytes as f64)),
            "≤ 1.5× file size",
        );
    }
}
