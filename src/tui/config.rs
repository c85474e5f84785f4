//! The reader's config file, `$XDG_CONFIG_HOME/ibid/config.toml`: stale-access
//! years, the notes directory, the layout split, colours and key overrides.
//!
//! Owns: finding the file, reading it strictly (unknown keys are errors),
//! checking values once (colours become `Color`s, the split is in range) and
//! saying what is wrong in one sentence with the file and line, and
//! `NO_COLOR`. Must not: draw, keep reader state, or know the key notation
//! (`keymap` reads keys and merges overrides).

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use etcetera::BaseStrategy;
use ratatui::style::Color;
use serde::Deserialize;
use toml::Spanned;

use super::action::Action;
use super::keymap::{KeyError, Keymap, key_name, parse_key};

/// The article pane's share of the width when the panes are side by side.
const SPLIT_RANGE: std::ops::RangeInclusive<f64> = 0.2..=0.8;

/// The reader's settings, checked: what the rest of the reader reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Accessed dates older than this many years are stale.
    pub stale_years: u32,
    /// Where notes live, if the user chose a place.
    pub notes_dir: Option<PathBuf>,
    /// The article pane's share of the width when side by side (0.2..=0.8).
    pub split: f64,
    pub colors: Colors,
    /// The `[keys]` table, in file order, still in notation; read by
    /// [`Config::keymap`].
    key_overrides: Vec<KeyOverride>,
    /// The file the settings came from, shown as errors show it.
    file: String,
}

/// The reader's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colors {
    /// Citation markers.
    pub marker: Color,
    /// The current marker and the current sentence.
    pub current: Color,
    /// Markers with findings.
    pub finding: Color,
    pub heading: Color,
    /// Search matches.
    pub search: Color,
}

impl Default for Colors {
    fn default() -> Self {
        Colors {
            marker: Color::Cyan,
            current: Color::Yellow,
            finding: Color::Red,
            heading: Color::Magenta,
            search: Color::Green,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            stale_years: 5,
            notes_dir: None,
            split: 0.55,
            colors: Colors::default(),
            key_overrides: Vec::new(),
            file: String::new(),
        }
    }
}

/// One action's line of `[keys]`, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
struct KeyOverride {
    action: String,
    line: usize,
    keys: Vec<String>,
}

/// Where in the config file something is: `file:line`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.file),
            None => f.write_str(&self.file),
        }
    }
}

/// A config file that cannot be used; each displays as one sentence naming
/// the file, the line and what to do.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: cannot read the config file ({error}); make it a readable file or remove it")]
    Read { file: String, error: std::io::Error },
    #[error("{at}: {message}; correct that line")]
    Invalid { at: Location, message: String },
    #[error("{at}: unknown key \"{key}\" {place}; remove it{}", expected_clause(.expected))]
    UnknownKey {
        at: Location,
        key: String,
        /// "in `[layout]`" or "at the top level".
        place: String,
        /// The keys allowed there, as serde lists them.
        expected: Option<String>,
    },
    #[error("{at}: split = {value} is outside 0.2..=0.8; choose an article share between 0.2 and 0.8")]
    Split { at: Location, value: f64 },
    #[error(
        "{at}: cannot read colour \"{value}\" for {key}; use a colour name such as cyan or light-blue, or \"#rrggbb\""
    )]
    Color {
        at: Location,
        key: &'static str,
        value: String,
    },
    #[error("{at}: unknown action \"{name}\"; the actions are listed by ? in the reader")]
    UnknownAction { at: Location, name: String },
    #[error("{at}: {error} (for {action}); write keys like j, G, <C-d> or <Tab>")]
    BadKey {
        at: Location,
        action: Action,
        error: KeyError,
    },
    #[error("{at}: key \"{key}\" is bound to both {first} and {second}; keep it on one action")]
    KeyTwice {
        at: Location,
        key: String,
        first: Action,
        second: Action,
    },
}

fn expected_clause(expected: &Option<String>) -> String {
    expected
        .as_ref()
        .map(|keys| format!(" or use one of: {keys}"))
        .unwrap_or_default()
}

/// The file as the user reads it.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    stale_years: Option<u32>,
    notes_dir: Option<PathBuf>,
    layout: LayoutFile,
    colors: ColorsFile,
    keys: BTreeMap<String, Spanned<Vec<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct LayoutFile {
    split: Option<Spanned<f64>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct ColorsFile {
    marker: Option<Spanned<String>>,
    current: Option<Spanned<String>>,
    finding: Option<Spanned<String>>,
    heading: Option<Spanned<String>>,
    search: Option<Spanned<String>>,
}

/// `$XDG_CONFIG_HOME/ibid/config.toml` (`~/.config/ibid/config.toml` when
/// unset); `None` when there is no home directory to start from.
#[must_use]
pub fn default_config_path() -> Option<PathBuf> {
    let strategy = etcetera::choose_base_strategy().ok()?;
    Some(strategy.config_dir().join("ibid").join("config.toml"))
}

/// Whether `NO_COLOR` asks for no colour (set and not empty).
#[must_use]
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// Reads and checks the config file. A missing file is the defaults; a file
/// that exists but cannot be read or used is an error. Key overrides are
/// checked here too, so a bad `[keys]` table fails at start-up.
///
/// # Errors
///
/// A [`ConfigError`] naming the file and line: unreadable file, TOML syntax,
/// unknown key, wrong type, split out of range, unknown colour, or any error
/// of [`Config::keymap`].
pub fn load_config(path: &Path) -> Result<Config, ConfigError> {
    let file = shown_path(path);
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Config {
                file,
                ..Config::default()
            });
        }
        Err(error) => return Err(ConfigError::Read { file, error }),
    };
    let config = parse_config(&source, file)?;
    config.keymap()?;
    Ok(config)
}

/// Checks the text of a config file shown to the user as `file`.
fn parse_config(source: &str, file: String) -> Result<Config, ConfigError> {
    let at = |span: Option<Range<usize>>| Location {
        file: file.clone(),
        line: span.map(|span| line_of(source, span.start)),
    };
    let raw: ConfigFile =
        toml::from_str(source).map_err(|error| toml_error(source, &error, at(error.span())))?;
    let defaults = Config::default();

    let split = match raw.layout.split {
        None => defaults.split,
        Some(split) if SPLIT_RANGE.contains(split.get_ref()) => *split.get_ref(),
        Some(split) => {
            return Err(ConfigError::Split {
                at: at(Some(split.span())),
                value: *split.get_ref(),
            });
        }
    };

    let color = |key: &'static str, value: Option<Spanned<String>>, default: Color| match value {
        None => Ok(default),
        Some(value) => value.get_ref().parse::<Color>().map_err(|_| ConfigError::Color {
            at: at(Some(value.span())),
            key,
            value: value.get_ref().clone(),
        }),
    };
    let colors = Colors {
        marker: color("marker", raw.colors.marker, defaults.colors.marker)?,
        current: color("current", raw.colors.current, defaults.colors.current)?,
        finding: color("finding", raw.colors.finding, defaults.colors.finding)?,
        heading: color("heading", raw.colors.heading, defaults.colors.heading)?,
        search: color("search", raw.colors.search, defaults.colors.search)?,
    };

    let mut key_overrides: Vec<KeyOverride> = raw
        .keys
        .into_iter()
        .map(|(action, keys)| KeyOverride {
            action,
            // A TOML value starts on its key's line.
            line: line_of(source, keys.span().start),
            keys: keys.into_inner(),
        })
        .collect();
    key_overrides.sort_by_key(|o| o.line);

    Ok(Config {
        stale_years: raw.stale_years.unwrap_or(defaults.stale_years),
        notes_dir: raw.notes_dir,
        split,
        colors,
        key_overrides,
        file,
    })
}

impl Config {
    /// The default keymap with the `[keys]` table merged over it: each
    /// listed action gets exactly the keys given, taken from any other
    /// action that had them.
    ///
    /// # Errors
    ///
    /// A [`ConfigError`] naming the line of the first unknown action, key
    /// that cannot be read, or key given to two actions.
    pub fn keymap(&self) -> Result<Keymap, ConfigError> {
        let mut overrides: Vec<(Action, Vec<_>)> = Vec::with_capacity(self.key_overrides.len());
        let mut taken: Vec<(String, Action)> = Vec::new();
        for entry in &self.key_overrides {
            let at = Location {
                file: self.file.clone(),
                line: Some(entry.line),
            };
            let action = Action::from_name(&entry.action).ok_or_else(|| ConfigError::UnknownAction {
                at: at.clone(),
                name: entry.action.clone(),
            })?;
            let mut keys = Vec::with_capacity(entry.keys.len());
            for notation in &entry.keys {
                let key = parse_key(notation).map_err(|error| ConfigError::BadKey {
                    at: at.clone(),
                    action,
                    error,
                })?;
                let name = key_name(&key);
                match taken.iter().find(|(taken_name, _)| *taken_name == name) {
                    Some(&(_, first)) if first != action => {
                        return Err(ConfigError::KeyTwice {
                            at,
                            key: name,
                            first,
                            second: action,
                        });
                    }
                    Some(_) => {}
                    None => taken.push((name, action)),
                }
                keys.push(key);
            }
            overrides.push((action, keys));
        }
        let mut keymap = Keymap::default();
        keymap.merge(overrides);
        Ok(keymap)
    }
}

/// Turns toml's error into one sentence: unknown keys name the key, the
/// table and the keys allowed there; anything else keeps toml's message.
fn toml_error(source: &str, error: &toml::de::Error, at: Location) -> ConfigError {
    let message = error.message().lines().next().unwrap_or_default().trim();
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((key, after)) = rest.split_once('`')
    {
        let expected = after
            .strip_prefix(", expected ")
            .map(|list| list.trim_start_matches("one of ").replace('`', "\""));
        let table = error
            .span()
            .map(|span| table_at(source, span.start))
            .unwrap_or_default();
        let place = if table.is_empty() {
            "at the top level".to_owned()
        } else {
            format!("in [{table}]")
        };
        return ConfigError::UnknownKey {
            at,
            key: key.to_owned(),
            place,
            expected,
        };
    }
    ConfigError::Invalid {
        at,
        message: message.to_owned(),
    }
}

/// The dotted name of the table a key at `offset` belongs to: the nearest
/// header above (or the header the key sits in) and any dotted prefix.
fn table_at(source: &str, offset: usize) -> String {
    let Some(before) = source.get(..offset) else {
        return String::new();
    };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let prefix = before[line_start..].trim();
    let (header, prefix) = match prefix.strip_prefix('[') {
        Some(inside) => ("", inside.trim_start_matches('[')),
        None => {
            let header = before[..line_start]
                .lines()
                .rev()
                .map(str::trim)
                .find(|line| line.starts_with('['))
                .and_then(|line| line.trim_start_matches('[').split(']').next())
                .unwrap_or_default();
            (header, prefix)
        }
    };
    [header, prefix.trim_end_matches('.')]
        .iter()
        .map(|part| part.replace([' ', '\t', '"', '\''], ""))
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

/// The 1-based line of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    memchr::memchr_iter(b'\n', &source.as_bytes()[..end]).count() + 1
}

/// A path as the user would write it: the home directory as `~`.
fn shown_path(path: &Path) -> String {
    if let Ok(home) = etcetera::home_dir()
        && let Ok(rest) = path.strip_prefix(&home)
    {
        return Path::new("~").join(rest).display().to_string();
    }
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    /// Writes `text` to a config file in a fresh folder and loads it,
    /// returning the outcome and the file as errors show it.
    fn load(text: &str) -> (Result<Config, ConfigError>, String, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).expect("writable config");
        (load_config(&path), shown_path(&path), dir)
    }

    fn error_message(text: &str) -> String {
        let (result, file, _dir) = load(text);
        match result {
            Ok(config) => panic!("expected an error, got {config:?}"),
            Err(error) => error.to_string().replace(&file, "FILE"),
        }
    }

    #[test]
    fn a_missing_file_gives_the_defaults() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let config = load_config(&dir.path().join("absent.toml")).expect("defaults");
        assert_eq!(config.stale_years, 5);
        assert_eq!(config.notes_dir, None);
        assert!((config.split - 0.55).abs() < f64::EPSILON);
        assert_eq!(config.colors, Colors::default());
        assert_eq!(config.keymap().expect("keymap"), Keymap::default());
    }

    #[test]
    fn a_full_file_sets_every_value() {
        let (result, _, _dir) = load(
            "stale-years = 3\nnotes-dir = \"/tmp/notes\"\n\n[layout]\nsplit = 0.6\n\n\
             [colors]\nmarker = \"blue\"\ncurrent = \"#ff8800\"\nfinding = \"light-red\"\n\
             heading = \"white\"\nsearch = \"12\"\n\n[keys]\nnext-marker = [\"]\", \"<C-n>\"]\n",
        );
        let config = result.expect("a valid config");
        assert_eq!(config.stale_years, 3);
        assert_eq!(config.notes_dir, Some(PathBuf::from("/tmp/notes")));
        assert!((config.split - 0.6).abs() < f64::EPSILON);
        assert_eq!(
            config.colors,
            Colors {
                marker: Color::Blue,
                current: Color::Rgb(0xff, 0x88, 0x00),
                finding: Color::LightRed,
                heading: Color::White,
                search: Color::Indexed(12),
            }
        );
        let keymap = config.keymap().expect("keymap");
        let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(keymap.lookup(&ctrl_n), Some(Action::NextMarker));
    }

    #[test]
    fn key_overrides_replace_keys_steal_them_and_show_in_the_bindings() {
        let (result, _, _dir) = load("[keys]\nquit = [\"<C-c>\", \"Q\"]\nhelp = [\"q\", \"<F1>\"]\n");
        let keymap = result.and_then(|c| c.keymap()).expect("keymap");
        let keys_of = |action: Action| {
            keymap
                .bindings()
                .into_iter()
                .find(|b| b.action == action)
                .map(|b| b.keys)
                .unwrap_or_default()
        };
        assert_eq!(keys_of(Action::Quit), ["<C-c>", "Q"]);
        assert_eq!(keys_of(Action::Help), ["q", "<F1>"]);
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(keymap.lookup(&q), Some(Action::Help));
    }

    #[test]
    fn bad_files_give_one_sentence_with_the_file_and_line() {
        let table = [
            (
                "unknown top-level key",
                "stale-years = 4\n\ncolour = \"red\"\n",
                "FILE:3: unknown key \"colour\" at the top level; remove it or use one of: \
                 \"stale-years\", \"notes-dir\", \"layout\", \"colors\", \"keys\"",
            ),
            (
                "unknown key in a table",
                "[colors]\nmarker = \"cyan\"\n\n[layout]\nsplit = 0.5\n\ncolour = 1\n",
                "FILE:7: unknown key \"colour\" in [layout]; remove it or use one of: \"split\"",
            ),
            (
                "unknown key under a dotted name",
                "stale-years = 4\nlayout.width = 3\n",
                "FILE:2: unknown key \"width\" in [layout]; remove it or use one of: \"split\"",
            ),
            (
                "unknown table",
                "[layout]\nsplit = 0.5\n[layout.extra]\n",
                "FILE:3: unknown key \"extra\" in [layout]; remove it or use one of: \"split\"",
            ),
            (
                "unknown action",
                "[layout]\nsplit = 0.5\n\n[keys]\nquit = [\"q\"]\n\n\n\n\n\n\nnext-mraker = [\"]\"]\n",
                "FILE:12: unknown action \"next-mraker\"; the actions are listed by ? in the reader",
            ),
            (
                "unreadable key",
                "[keys]\nhelp = [\"?\"]\nquit = [\"<C-q\"]\n",
                "FILE:3: cannot read key \"<C-q\": a < is never closed; write <lt> for a literal < \
                 (for quit); write keys like j, G, <C-d> or <Tab>",
            ),
            (
                "key bound to two actions",
                "[keys]\nhelp = [\"x\"]\nquit = [\"x\"]\n",
                "FILE:3: key \"x\" is bound to both help and quit; keep it on one action",
            ),
            (
                "split out of range",
                "[layout]\nsplit = 0.9\n",
                "FILE:2: split = 0.9 is outside 0.2..=0.8; choose an article share between 0.2 and 0.8",
            ),
            (
                "bad colour",
                "[colors]\nmarker = \"cyan\"\nfinding = \"blu\"\n",
                "FILE:3: cannot read colour \"blu\" for finding; use a colour name such as cyan \
                 or light-blue, or \"#rrggbb\"",
            ),
            (
                "wrong type",
                "stale-years = \"five\"\n",
                "FILE:1: invalid type: string \"five\", expected u32; correct that line",
            ),
            (
                "broken syntax",
                "[layout]\nsplit = \n",
                "FILE:2: string values must be quoted, expected literal string; correct that line",
            ),
        ];
        for (what, text, expected) in table {
            assert_eq!(error_message(text), expected, "{what}");
        }
    }

    #[test]
    fn an_unreadable_path_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let error = load_config(dir.path()).expect_err("a folder is not a file");
        let message = error.to_string();
        assert!(
            message.starts_with(&format!(
                "{}: cannot read the config file (",
                shown_path(dir.path())
            )),
            "{message}"
        );
        assert!(
            message.ends_with("); make it a readable file or remove it"),
            "{message}"
        );
    }

    #[test]
    fn line_numbers_count_from_one() {
        let table = [
            ("abc", 0, 1),
            ("a\nb\nc", 2, 2),
            ("a\nb\nc", 4, 3),
            ("a\n", 99, 2),
        ];
        for (source, offset, line) in table {
            assert_eq!(line_of(source, offset), line, "{source:?} at {offset}");
        }
    }

    #[test]
    fn the_default_path_ends_in_ibid_config_toml() {
        if let Some(path) = default_config_path() {
            assert!(path.ends_with("ibid/config.toml"), "{}", path.display());
        }
    }
}
