//! The command line: the reader (`ibid [PATH]...`), `ibid check`, `ibid refs`
//! and `ibid render`, their options, output and exit codes (0 clean, 1
//! findings at or above `--deny`, 2 bad input or usage).
//!
//! Owns: turning arguments into library calls and results into output. Must
//! not: parse articles or decide findings itself.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::article::Article;
use crate::check::report::{Checked, write_json, write_text};
use crate::check::{CheckOptions, Severity, run_all};
use crate::export::{RefsFormat, references};
use crate::load::{LoadError, expand_paths, load_file};
use crate::notes::export;
use crate::notes::store::Store;
use crate::parse::parse;
use crate::preview::Preview;
use crate::samples::SAMPLES;
use crate::tui::app::App;
use crate::tui::config::{self, Config};
use crate::tui::keymap::{Keymap, parse_keys};
use crate::tui::library::Library;
use crate::tui::loading::Loading;
use crate::tui::theme::Theme;
use crate::tui::view::ArticleView;
use crate::tui::{render, terminal};

/// A terminal reader and linter for articles that cite their sources.
///
/// With no command, opens the reader: a file opens that article; a folder
/// (or several paths) opens a list of articles; nothing opens ./articles if
/// present, else the sample articles built into ibid.
#[derive(Debug, Parser)]
#[command(
    name = "ibid",
    version,
    about,
    propagate_version = true,
    subcommand_precedence_over_arg = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles or folders of articles to read.
    pub paths: Vec<PathBuf>,
    /// Append a line per terminal event to this file (for bug reports).
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Keep notes and ratings in this folder (default: the config's
    /// notes-dir, else $XDG_DATA_HOME/ibid).
    #[arg(long, value_name = "DIR", global = true)]
    pub notes_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report citation findings; exit 1 when any is at or above --deny.
    Check {
        /// Articles or folders of articles (default: ./articles, else the
        /// built-in samples).
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// The lowest severity that makes the exit code 1.
        #[arg(long, value_enum, default_value_t = Level::Error)]
        deny: Level,
        /// Accessed dates older than this many years are stale (default: the
        /// config's stale-years, else 5).
        #[arg(long)]
        stale_years: Option<u32>,
    },
    /// Print the parsed reference list of an article.
    Refs {
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = RefsFormatArg::Text)]
        format: RefsFormatArg,
    },
    /// Export the reader's notes and source ratings for an article.
    Notes {
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = NotesFormat::Markdown)]
        format: NotesFormat,
    },
    /// Print the screen the reader shows after a sequence of keys.
    Render {
        /// An article, or a folder for the list of articles.
        path: PathBuf,
        #[arg(long, default_value_t = 100)]
        width: u16,
        #[arg(long, default_value_t = 30)]
        height: u16,
        /// Keys in the keymap's notation, e.g. "]]<Tab>j<Enter>".
        #[arg(long, default_value = "")]
        keys: String,
        /// Keep colours and styles as SGR escape sequences.
        #[arg(long)]
        ansi: bool,
    },
}

/// Where notes live: `--notes-dir`, else the config's, else the XDG data
/// folder. `render` keeps notes in memory unless `--notes-dir` is given, so
/// that replaying keys never touches a reader's own notes.
fn notes_store(flag: Option<&PathBuf>, config: &Config, for_render: bool) -> Option<Store> {
    if for_render {
        return flag.map(|d| Store::new(d.clone()));
    }
    flag.cloned()
        .or_else(|| config.notes_dir.clone())
        .or_else(Store::default_dir)
        .map(Store::new)
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    fn severity(self) -> Severity {
        match self {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Info => Severity::Info,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum NotesFormat {
    Markdown,
    Json,
    W3c,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RefsFormatArg {
    Text,
    Json,
    CslJson,
    Bibtex,
}

/// Runs the command line and returns the process's exit code.
#[must_use]
pub fn run(cli: Cli) -> ExitCode {
    let config = match config::default_config_path()
        .map_or_else(|| Ok(Config::default()), |p| config::load_config(&p))
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("ibid: {e}");
            return ExitCode::from(2);
        }
    };
    let options = |stale_years: Option<u32>| CheckOptions {
        stale_years: stale_years.unwrap_or(config.stale_years),
        ..CheckOptions::default()
    };
    match cli.command {
        Some(Command::Check {
            paths,
            format,
            deny,
            stale_years,
        }) => check(&paths, format, deny.severity(), &options(stale_years)),
        Some(Command::Refs { path, format }) => refs(&path, format),
        Some(Command::Notes { path, format }) => {
            notes(&path, format, notes_store(cli.notes_dir.as_ref(), &config, false))
        }
        Some(Command::Render {
            path,
            width,
            height,
            keys,
            ansi,
        }) => {
            let parsed = if keys.is_empty() {
                Ok(Vec::new())
            } else {
                parse_keys(&keys)
            };
            let keys = match parsed {
                Ok(k) => k,
                Err(e) => {
                    eprintln!("ibid: --keys: {e}");
                    return ExitCode::from(2);
                }
            };
            let store = notes_store(cli.notes_dir.as_ref(), &config, true);
            let mut app = match reader(std::slice::from_ref(&path), &config, &options(None)) {
                Ok(app) => app.with_store(store),
                Err(code) => return code,
            };
            let buffer = render::render(&mut app, width, height, &keys);
            let text = if ansi {
                render::ansi(&buffer)
            } else {
                render::plain(&buffer)
            };
            match std::io::stdout().lock().write_all(text.as_bytes()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::from(2),
            }
        }
        None => {
            let open = match progressive_reader(&cli.paths, &config, &options(None)) {
                Ok(open) => open,
                Err(code) => return code,
            };
            let store = notes_store(cli.notes_dir.as_ref(), &config, false);
            match terminal::run(|| open().map(|app| app.with_store(store)), cli.log.as_deref()) {
                Ok(Ok(())) => ExitCode::SUCCESS,
                Ok(Err(e)) => report_errors(&[e]),
                Err(e) => {
                    eprintln!("ibid: the terminal failed: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// The reader's app for `paths`: one file opens as an article, anything else
/// as a list of articles. A list opens with the files that can be read, its
/// status line naming those that cannot; when none can, ibid ends with
/// their errors.
fn reader(paths: &[PathBuf], config: &Config, options: &CheckOptions) -> Result<App, ExitCode> {
    let (keymap, theme) = keymap_and_theme(config)?;
    let mut articles = Vec::new();
    let single_file = paths.len() == 1 && paths.first().is_some_and(|p| p.is_file());
    let skipped = match for_each_article(paths, |a| articles.push(a)) {
        Ok(()) => Vec::new(),
        Err(errors) if single_file || articles.is_empty() => return Err(report_errors(&errors)),
        Err(errors) => errors,
    };
    if single_file && let Some(article) = articles.pop() {
        let findings = run_all(&article, options);
        article.text.stop_releasing();
        return Ok(App::with_article(
            ArticleView::new(article, findings),
            keymap,
            theme,
            config.split,
        ));
    }
    let mut app = App::with_library(Library::new(articles, options), keymap, theme, config.split);
    if let Some(first) = skipped.first() {
        let more = match skipped.len() {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        app.status = Some(format!("not opened: {first}{more}"));
    }
    Ok(app)
}

/// What opens the reader's app while the terminal is set up.
type OpenApp = Box<dyn FnOnce() -> Result<App, LoadError>>;

/// The reader for the terminal: one file opens on its preview at once (its
/// outline parsed while the terminal is set up on another thread) and is read
/// whole and checked in the background; anything else as [`reader`]. A
/// missing, unreadable or binary file and a broken keymap are reported here,
/// before the terminal changes.
fn progressive_reader(
    paths: &[PathBuf],
    config: &Config,
    options: &CheckOptions,
) -> Result<OpenApp, ExitCode> {
    let single_file = match paths {
        [path] if path.is_file() => Some(path.clone()),
        _ => None,
    };
    let Some(path) = single_file else {
        let app = reader(paths, config, options)?;
        return Ok(Box::new(move || Ok(app)));
    };
    let name = path.display().to_string();
    let pending = Preview::begin(&path, &name).map_err(|e| report_errors(&[e]))?;
    let (keymap, theme) = keymap_and_theme(config)?;
    let (options, split) = (*options, config.split);
    Ok(Box::new(move || {
        let preview = pending.finish()?;
        let loading = Loading::start(path, name, options, preview.map, preview.file_len);
        let view = ArticleView::new(preview.article, Vec::new());
        Ok(App::with_article(view, keymap, theme, split).with_loading(loading))
    }))
}

/// The keymap and colours the config asks for; a broken keymap file is
/// reported and ends ibid with exit code 2.
fn keymap_and_theme(config: &Config) -> Result<(Keymap, Theme), ExitCode> {
    let keymap = config.keymap().map_err(|e| {
        eprintln!("ibid: {e}");
        ExitCode::from(2)
    })?;
    Ok((keymap, Theme::new(config.colors, config::no_color())))
}

/// The articles named on the command line, or the defaults, as (name, text)
/// pairs read lazily by `each`.
fn for_each_article(paths: &[PathBuf], mut each: impl FnMut(Article)) -> Result<(), Vec<LoadError>> {
    if paths.is_empty() && !PathBuf::from("articles").is_dir() {
        for (name, text) in SAMPLES {
            each(parse(name, (*text).into()));
        }
        return Ok(());
    }
    let given = if paths.is_empty() {
        vec![PathBuf::from("articles")]
    } else {
        paths.to_vec()
    };
    let files = expand_paths(&given).map_err(|e| vec![e])?;
    let progress = files.len() > 1 && std::io::stderr().is_terminal();
    let mut errors = Vec::new();
    for (i, file) in files.iter().enumerate() {
        if progress {
            eprint!("\r\x1b[Kchecking {}/{} {}", i + 1, files.len(), file.display());
        }
        match read_article(file) {
            Ok(article) => each(article),
            Err(e) => errors.push(e),
        }
    }
    if progress {
        eprint!("\r\x1b[K");
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// Reads and parses one article, warning on stderr when decoding replaced
/// bytes.
fn read_article(path: &std::path::Path) -> Result<Article, LoadError> {
    let loaded = load_file(path)?;
    if let Some(warning) = loaded.decode_warning() {
        eprintln!("ibid: warning: {warning}");
    }
    Ok(parse(&path.display().to_string(), loaded.text))
}

fn report_errors(errors: &[LoadError]) -> ExitCode {
    for e in errors {
        eprintln!("ibid: {e}");
    }
    ExitCode::from(2)
}

fn check(paths: &[PathBuf], format: CheckFormat, deny: Severity, options: &CheckOptions) -> ExitCode {
    let mut checked = Vec::new();
    let result = for_each_article(paths, |article| {
        let findings = run_all(&article, options);
        checked.push(Checked { article, findings });
    });
    if let Err(errors) = result {
        return report_errors(&errors);
    }
    // Written as it is formatted: a report as large as the article is never
    // held in memory.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = match format {
        CheckFormat::Text => write_text(&mut out, &checked),
        CheckFormat::Json => write_json(&mut out, &checked).and_then(|()| out.write_all(b"\n")),
    };
    if written.and_then(|()| out.flush()).is_err() {
        return ExitCode::from(2);
    }
    let denied = checked
        .iter()
        .flat_map(|c| &c.findings)
        .any(|f| f.severity >= deny);
    ExitCode::from(u8::from(denied))
}

/// `ibid notes`: the article's annotations, placed on its current text, and
/// the ratings of the sources it cites.
fn notes(path: &std::path::Path, format: NotesFormat, store: Option<Store>) -> ExitCode {
    let Some(store) = store else {
        eprintln!("ibid: no folder for notes: set XDG_DATA_HOME or HOME, or give --notes-dir");
        return ExitCode::from(2);
    };
    let article = match read_article(path) {
        Ok(a) => a,
        Err(e) => return report_errors(&[e]),
    };
    let (annotations, ratings) = match (store.load_article(&article.path), store.load_sources()) {
        (Ok(a), Ok(r)) => (a, r),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("ibid: {e}");
            return ExitCode::from(2);
        }
    };
    let located = export::locate_annotations(&article, &annotations);
    let sources = export::cited_sources(&article, &ratings);
    let file = store.article_file(&article.path);
    let report = export::NotesReport {
        article: &article,
        store: &file,
        annotations: &located,
        sources: &sources,
    };
    let text = match format {
        NotesFormat::Markdown => export::to_markdown(&report),
        NotesFormat::Json => export::to_json(&report),
        NotesFormat::W3c => export::to_w3c(&report),
    };
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(2),
    }
}

fn refs(path: &std::path::Path, format: RefsFormatArg) -> ExitCode {
    let article = match read_article(path) {
        Ok(a) => a,
        Err(e) => return report_errors(&[e]),
    };
    let format = match format {
        RefsFormatArg::Text => RefsFormat::Text,
        RefsFormatArg::Json => RefsFormat::Json,
        RefsFormatArg::CslJson => RefsFormat::CslJson,
        RefsFormatArg::Bibtex => RefsFormat::Bibtex,
    };
    match std::io::stdout()
        .lock()
        .write_all(references(&article, format).as_bytes())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(2),
    }
}
