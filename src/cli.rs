//! The command line: `ibid check` and `ibid refs`, their options, output and
//! exit codes (0 clean, 1 findings at or above `--deny`, 2 bad input or usage).
//!
//! Owns: turning arguments into library calls and results into output. Must
//! not: parse articles or decide findings itself.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::article::Article;
use crate::check::report::{Checked, to_json, to_text};
use crate::check::{CheckOptions, Severity, run_all};
use crate::export::{RefsFormat, references};
use crate::load::{LoadError, expand_paths, load_file};
use crate::parse::parse;
use crate::samples::SAMPLES;

/// A terminal reader and linter for articles that cite their sources.
#[derive(Debug, Parser)]
#[command(name = "ibid", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
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
        /// Accessed dates older than this many years are stale.
        #[arg(long, default_value_t = 5)]
        stale_years: u32,
    },
    /// Print the parsed reference list of an article.
    Refs {
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = RefsFormatArg::Text)]
        format: RefsFormatArg,
    },
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
pub enum RefsFormatArg {
    Text,
    Json,
    CslJson,
    Bibtex,
}

/// Runs the command line and returns the process's exit code.
#[must_use]
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check { paths, format, deny, stale_years }) => {
            let options = CheckOptions {
                stale_years,
                ..CheckOptions::default()
            };
            check(&paths, format, deny.severity(), &options)
        }
        Some(Command::Refs { path, format }) => refs(&path, format),
        None => {
            eprintln!("ibid: the reader is not built yet; try `ibid check` or `ibid refs PATH` (see `ibid --help`)");
            ExitCode::from(2)
        }
    }
}

/// The articles named on the command line, or the defaults, as (name, text)
/// pairs read lazily by `each`.
fn for_each_article(paths: &[PathBuf], mut each: impl FnMut(Article)) -> Result<(), Vec<LoadError>> {
    if paths.is_empty() && !PathBuf::from("articles").is_dir() {
        for (name, text) in SAMPLES {
            each(parse(name, (*text).to_string()));
        }
        return Ok(());
    }
    let given = if paths.is_empty() { vec![PathBuf::from("articles")] } else { paths.to_vec() };
    let files = expand_paths(&given).map_err(|e| vec![e])?;
    let progress = files.len() > 1 && std::io::stderr().is_terminal();
    let mut errors = Vec::new();
    for (i, file) in files.iter().enumerate() {
        if progress {
            eprint!("\r\x1b[Kchecking {}/{} {}", i + 1, files.len(), file.display());
        }
        match load_file(file) {
            Ok(loaded) => {
                if let Some(warning) = loaded.decode_warning() {
                    eprintln!("ibid: warning: {warning}");
                }
                each(parse(&file.display().to_string(), loaded.text));
            }
            Err(e) => errors.push(e),
        }
    }
    if progress {
        eprint!("\r\x1b[K");
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
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
    let output = match format {
        CheckFormat::Text => to_text(&checked),
        CheckFormat::Json => to_json(&checked) + "\n",
    };
    if let Err(errors) = result {
        return report_errors(&errors);
    }
    if std::io::stdout().lock().write_all(output.as_bytes()).is_err() {
        return ExitCode::from(2);
    }
    let denied = checked.iter().flat_map(|c| &c.findings).any(|f| f.severity >= deny);
    ExitCode::from(u8::from(denied))
}

fn refs(path: &std::path::Path, format: RefsFormatArg) -> ExitCode {
    let loaded = match load_file(path) {
        Ok(l) => l,
        Err(e) => return report_errors(&[e]),
    };
    if let Some(warning) = loaded.decode_warning() {
        eprintln!("ibid: warning: {warning}");
    }
    let article = parse(&path.display().to_string(), loaded.text);
    let format = match format {
        RefsFormatArg::Text => RefsFormat::Text,
        RefsFormatArg::Json => RefsFormat::Json,
        RefsFormatArg::CslJson => RefsFormat::CslJson,
        RefsFormatArg::Bibtex => RefsFormat::Bibtex,
    };
    match std::io::stdout().lock().write_all(references(&article, format).as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(2),
    }
}
