//! Keys and the keymap: the key notation (`j`, `G`, `<C-d>`, `<Tab>`,
//! `<lt>`), the default bindings (data in `keymap-default.toml`, embedded),
//! user overrides merged over them, and the lookup from a key event to an
//! [`Action`].
//!
//! Owns: reading and rendering key notation, which key means which action,
//! and the description the help overlay prints for each action.
//! Must not: read files or the environment (the config module does), or
//! change reader state (a key only becomes an `Action`; `App::update` acts).

use std::collections::BTreeMap;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use super::action::Action;

/// The default bindings, one table per action with its `keys` and `desc`.
const DEFAULT_KEYMAP: &str = include_str!("keymap-default.toml");

/// A key notation that could not be read, naming the notation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read key \"{notation}\": {problem}")]
pub struct KeyError {
    /// The notation as written (a whole sequence for `parse_keys`).
    pub notation: String,
    /// What is wrong with it.
    pub problem: KeyProblem,
}

/// What is wrong with a key notation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyProblem {
    #[error("it is empty")]
    Empty,
    #[error("a < is never closed; write <lt> for a literal <")]
    Unclosed,
    #[error("there is nothing between < and >")]
    EmptyBrackets,
    #[error("unknown key name \"{0}\"")]
    UnknownName(String),
    #[error("unknown modifier \"{0}\"; use C (Ctrl), A or M (Alt), S (Shift)")]
    UnknownModifier(String),
    #[error("it is {0} keys; a binding is one key")]
    NotOneKey(usize),
}

/// Reads a sequence of keys such as `"]]<Tab>j<Enter>"`.
///
/// A bare character is that key (an uppercase letter carries SHIFT, as
/// crossterm reports it; a space is `<Space>`); `<...>` holds a key name or a
/// character with modifiers (`<C-d>`, `<A-S-Left>`, `<lt>` for `<`).
///
/// # Errors
///
/// A [`KeyError`] naming the whole notation when it is empty, a `<` is not
/// closed, or a name or modifier is unknown.
pub fn parse_keys(notation: &str) -> Result<Vec<KeyEvent>, KeyError> {
    let error = |problem| KeyError {
        notation: notation.to_owned(),
        problem,
    };
    if notation.is_empty() {
        return Err(error(KeyProblem::Empty));
    }
    let mut keys = Vec::new();
    let mut rest = notation;
    while let Some(first) = rest.chars().next() {
        if first == '<' {
            let close = rest.find('>').ok_or_else(|| error(KeyProblem::Unclosed))?;
            keys.push(parse_bracketed(&rest[1..close]).map_err(error)?);
            rest = &rest[close + 1..];
        } else {
            keys.push(char_key(first, KeyModifiers::NONE));
            rest = &rest[first.len_utf8()..];
        }
    }
    Ok(keys)
}

/// Reads exactly one key such as `"<C-d>"`, `"G"` or `"<Tab>"`.
///
/// # Errors
///
/// As [`parse_keys`], and when the notation holds more than one key.
pub fn parse_key(notation: &str) -> Result<KeyEvent, KeyError> {
    let mut keys = parse_keys(notation)?;
    match (keys.pop(), keys.is_empty()) {
        (Some(key), true) => Ok(key),
        (_, _) => Err(KeyError {
            notation: notation.to_owned(),
            problem: KeyProblem::NotOneKey(keys.len() + 1),
        }),
    }
}

/// Renders a key in the notation `parse_key` reads: `j`, `G`, `<C-d>`,
/// `<Tab>`, `<Space>`, `<lt>`. The help overlay prints these.
#[must_use]
pub fn key_name(key: &KeyEvent) -> String {
    let (code, modifiers) = normalized(key);
    let mut prefix = String::new();
    if modifiers.contains(KeyModifiers::CONTROL) {
        prefix.push_str("C-");
    }
    if modifiers.contains(KeyModifiers::ALT) {
        prefix.push_str("A-");
    }
    if modifiers.contains(KeyModifiers::SHIFT) {
        prefix.push_str("S-");
    }
    let name = match code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char('<') => "lt".to_owned(),
        KeyCode::Char('>') if !prefix.is_empty() => "gt".to_owned(),
        KeyCode::Char(c) if prefix.is_empty() => return c.to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "BackTab".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Up => "Up".to_owned(),
        KeyCode::Down => "Down".to_owned(),
        KeyCode::Left => "Left".to_owned(),
        KeyCode::Right => "Right".to_owned(),
        KeyCode::PageUp => "PageUp".to_owned(),
        KeyCode::PageDown => "PageDown".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::Backspace => "Backspace".to_owned(),
        KeyCode::Delete => "Del".to_owned(),
        KeyCode::Insert => "Insert".to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    format!("<{prefix}{name}>")
}

/// The inside of `<...>`: modifiers joined by `-`, then a key name or one
/// character.
fn parse_bracketed(inner: &str) -> Result<KeyEvent, KeyProblem> {
    if inner.is_empty() {
        return Err(KeyProblem::EmptyBrackets);
    }
    // A trailing `-` is the minus key itself: `<C-->`, `<->`.
    let (modifier_part, key_part) = match inner.strip_suffix('-') {
        Some(before) if before.is_empty() || before.ends_with('-') => {
            (before.strip_suffix('-').unwrap_or(before), "-")
        }
        _ => inner.rsplit_once('-').unwrap_or(("", inner)),
    };
    let mut modifiers = KeyModifiers::NONE;
    if !modifier_part.is_empty() {
        for modifier in modifier_part.split('-') {
            modifiers |= match modifier.to_ascii_lowercase().as_str() {
                "c" => KeyModifiers::CONTROL,
                "a" | "m" => KeyModifiers::ALT,
                "s" => KeyModifiers::SHIFT,
                _ => return Err(KeyProblem::UnknownModifier(modifier.to_owned())),
            };
        }
    }
    let mut chars = key_part.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Ok(char_key(c, modifiers));
    }
    let code = match key_part.to_ascii_lowercase().as_str() {
        "lt" => return Ok(char_key('<', modifiers)),
        "gt" => return Ok(char_key('>', modifiers)),
        "space" => return Ok(char_key(' ', modifiers)),
        "tab" if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        "tab" => KeyCode::Tab,
        "backtab" => {
            modifiers |= KeyModifiers::SHIFT;
            KeyCode::BackTab
        }
        "enter" | "cr" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "backspace" | "bs" => KeyCode::Backspace,
        "del" | "delete" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        name => match name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            Some(n @ 1..=12) => KeyCode::F(n),
            _ => return Err(KeyProblem::UnknownName(key_part.to_owned())),
        },
    };
    Ok(KeyEvent::new(code, modifiers))
}

/// A character key as crossterm reports it: an uppercase letter (or a
/// letter with `S-`) is the uppercase character with SHIFT.
fn char_key(c: char, mut modifiers: KeyModifiers) -> KeyEvent {
    let c = if modifiers.contains(KeyModifiers::SHIFT) {
        uppercase(c)
    } else {
        c
    };
    if c.is_uppercase() {
        modifiers |= KeyModifiers::SHIFT;
    }
    KeyEvent::new(KeyCode::Char(c), modifiers)
}

/// The single-character uppercase of `c`, or `c` when there is none.
fn uppercase(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// What a key means for matching: the code and the modifiers, with SHIFT
/// dropped where the code already says it (characters, `BackTab`), and kind and
/// state ignored.
fn normalized(key: &KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut modifiers = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    let code = match key.code {
        KeyCode::Char(c) => {
            let c = if modifiers.contains(KeyModifiers::SHIFT) {
                uppercase(c)
            } else {
                c
            };
            modifiers.remove(KeyModifiers::SHIFT);
            KeyCode::Char(c)
        }
        KeyCode::BackTab => {
            modifiers.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        code => code,
    };
    (code, modifiers)
}

/// Whether two keys mean the same for the keymap.
fn same_key(a: &KeyEvent, b: &KeyEvent) -> bool {
    normalized(a) == normalized(b)
}

/// One action with its keys in notation and its description, as the help
/// overlay lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub action: Action,
    pub keys: Vec<String>,
    pub desc: String,
}

/// Which keys do which action: every action of [`Action::ALL`], in that
/// order, with its keys (possibly none) and description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    action: Action,
    keys: Vec<KeyEvent>,
    desc: String,
}

/// One table of the default keymap file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DefaultEntry {
    keys: Vec<String>,
    desc: String,
}

impl Default for Keymap {
    /// The embedded default keymap. Its tests guarantee it reads; were it
    /// ever broken, every action is left without keys rather than panicking.
    fn default() -> Self {
        Keymap::from_default_toml(DEFAULT_KEYMAP).unwrap_or_else(|_| Keymap {
            entries: Action::ALL
                .iter()
                .map(|&action| Entry {
                    action,
                    keys: Vec::new(),
                    desc: String::new(),
                })
                .collect(),
        })
    }
}

impl Keymap {
    /// Reads a keymap file in the default's format; every action must have
    /// a table and every table must name an action.
    fn from_default_toml(source: &str) -> Result<Keymap, String> {
        let mut tables: BTreeMap<String, DefaultEntry> =
            toml::from_str(source).map_err(|e| e.message().to_owned())?;
        if let Some(unknown) = tables.keys().find(|name| Action::from_name(name).is_none()) {
            return Err(format!("unknown action \"{unknown}\""));
        }
        let mut entries = Vec::with_capacity(Action::ALL.len());
        for &action in Action::ALL {
            let table = tables
                .remove(action.name())
                .ok_or_else(|| format!("no entry for \"{action}\""))?;
            let keys = table
                .keys
                .iter()
                .map(|k| parse_key(k))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("{action}: {e}"))?;
            entries.push(Entry {
                action,
                keys,
                desc: table.desc,
            });
        }
        Ok(Keymap { entries })
    }

    /// The action a key is bound to. Kind (press, repeat) and state are
    /// ignored, and so is SHIFT on characters: `G` matches with or without it.
    #[must_use]
    pub fn lookup(&self, key: &KeyEvent) -> Option<Action> {
        self.entries
            .iter()
            .find(|entry| entry.keys.iter().any(|bound| same_key(bound, key)))
            .map(|entry| entry.action)
    }

    /// Every action with its keys and description, in [`Action::ALL`]
    /// order, reflecting any overrides merged in.
    #[must_use]
    pub fn bindings(&self) -> Vec<Binding> {
        self.entries
            .iter()
            .map(|entry| Binding {
                action: entry.action,
                keys: entry.keys.iter().map(key_name).collect(),
                desc: entry.desc.clone(),
            })
            .collect()
    }

    /// The keys bound to one action.
    #[must_use]
    pub fn keys_for(&self, action: Action) -> &[KeyEvent] {
        self.entries
            .iter()
            .find(|entry| entry.action == action)
            .map_or(&[], |entry| entry.keys.as_slice())
    }

    /// Replaces each overridden action's keys with the given ones (an empty
    /// list unbinds it). A key the override takes is removed from whichever
    /// action had it, so the latest binding wins.
    pub fn merge(&mut self, overrides: impl IntoIterator<Item = (Action, Vec<KeyEvent>)>) {
        for (action, keys) in overrides {
            let mut unique: Vec<KeyEvent> = Vec::with_capacity(keys.len());
            for key in keys {
                if !unique.iter().any(|k| same_key(k, &key)) {
                    unique.push(key);
                }
            }
            for entry in &mut self.entries {
                if entry.action == action {
                    entry.keys.clone_from(&unique);
                } else {
                    entry
                        .keys
                        .retain(|bound| !unique.iter().any(|k| same_key(k, bound)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventKind, KeyEventState};

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    const NONE: KeyModifiers = KeyModifiers::NONE;
    const CTRL: KeyModifiers = KeyModifiers::CONTROL;
    const ALT: KeyModifiers = KeyModifiers::ALT;
    const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

    #[test]
    fn every_canonical_notation_parses_to_its_key_and_renders_back_unchanged() {
        let table = [
            ("j", key(KeyCode::Char('j'), NONE)),
            ("]", key(KeyCode::Char(']'), NONE)),
            ("?", key(KeyCode::Char('?'), NONE)),
            ("/", key(KeyCode::Char('/'), NONE)),
            ("G", key(KeyCode::Char('G'), SHIFT)),
            (">", key(KeyCode::Char('>'), NONE)),
            ("-", key(KeyCode::Char('-'), NONE)),
            ("<lt>", key(KeyCode::Char('<'), NONE)),
            ("<Space>", key(KeyCode::Char(' '), NONE)),
            ("<Tab>", key(KeyCode::Tab, NONE)),
            ("<BackTab>", key(KeyCode::BackTab, SHIFT)),
            ("<Enter>", key(KeyCode::Enter, NONE)),
            ("<Esc>", key(KeyCode::Esc, NONE)),
            ("<Up>", key(KeyCode::Up, NONE)),
            ("<Down>", key(KeyCode::Down, NONE)),
            ("<Left>", key(KeyCode::Left, NONE)),
            ("<Right>", key(KeyCode::Right, NONE)),
            ("<PageUp>", key(KeyCode::PageUp, NONE)),
            ("<PageDown>", key(KeyCode::PageDown, NONE)),
            ("<Home>", key(KeyCode::Home, NONE)),
            ("<End>", key(KeyCode::End, NONE)),
            ("<Backspace>", key(KeyCode::Backspace, NONE)),
            ("<Del>", key(KeyCode::Delete, NONE)),
            ("<Insert>", key(KeyCode::Insert, NONE)),
            ("<F1>", key(KeyCode::F(1), NONE)),
            ("<F12>", key(KeyCode::F(12), NONE)),
            ("<C-d>", key(KeyCode::Char('d'), CTRL)),
            ("<A-x>", key(KeyCode::Char('x'), ALT)),
            ("<C-A-x>", key(KeyCode::Char('x'), CTRL | ALT)),
            ("<C-D>", key(KeyCode::Char('D'), CTRL | SHIFT)),
            ("<C-Space>", key(KeyCode::Char(' '), CTRL)),
            ("<C-lt>", key(KeyCode::Char('<'), CTRL)),
            ("<C-gt>", key(KeyCode::Char('>'), CTRL)),
            ("<C-->", key(KeyCode::Char('-'), CTRL)),
            ("<S-Up>", key(KeyCode::Up, SHIFT)),
            ("<C-S-Left>", key(KeyCode::Left, CTRL | SHIFT)),
            ("<A-F5>", key(KeyCode::F(5), ALT)),
            ("<C-Enter>", key(KeyCode::Enter, CTRL)),
        ];
        for (notation, expected) in table {
            let parsed = parse_key(notation);
            assert_eq!(parsed, Ok(expected), "parsing {notation}");
            assert_eq!(key_name(&expected), notation, "rendering {notation}");
        }
    }

    #[test]
    fn alternative_notations_parse_to_the_same_key_as_the_canonical_one() {
        let table = [
            (" ", "<Space>"),
            ("<space>", "<Space>"),
            ("<PgUp>", "<PageUp>"),
            ("<pgdn>", "<PageDown>"),
            ("<TAB>", "<Tab>"),
            ("<enter>", "<Enter>"),
            ("<CR>", "<Enter>"),
            ("<escape>", "<Esc>"),
            ("<Delete>", "<Del>"),
            ("<gt>", ">"),
            ("<j>", "j"),
            ("<M-x>", "<A-x>"),
            ("<c-a-x>", "<C-A-x>"),
            ("<A-C-x>", "<C-A-x>"),
            ("<S-g>", "G"),
            ("<S-Tab>", "<BackTab>"),
            ("<f3>", "<F3>"),
        ];
        for (alternative, canonical) in table {
            let parsed = parse_key(alternative).map(|k| key_name(&k));
            assert_eq!(parsed, Ok(canonical.to_owned()), "parsing {alternative:?}");
        }
    }

    #[test]
    fn sequences_parse_key_by_key() {
        let table: [(&str, Vec<KeyEvent>); 4] = [
            (
                "]]<Tab>j<Enter>",
                vec![
                    key(KeyCode::Char(']'), NONE),
                    key(KeyCode::Char(']'), NONE),
                    key(KeyCode::Tab, NONE),
                    key(KeyCode::Char('j'), NONE),
                    key(KeyCode::Enter, NONE),
                ],
            ),
            (
                "gG",
                vec![key(KeyCode::Char('g'), NONE), key(KeyCode::Char('G'), SHIFT)],
            ),
            (
                "<C-d> <lt>>",
                vec![
                    key(KeyCode::Char('d'), CTRL),
                    key(KeyCode::Char(' '), NONE),
                    key(KeyCode::Char('<'), NONE),
                    key(KeyCode::Char('>'), NONE),
                ],
            ),
            ("é", vec![key(KeyCode::Char('é'), NONE)]),
        ];
        for (notation, expected) in table {
            assert_eq!(parse_keys(notation), Ok(expected), "parsing {notation}");
        }
    }

    #[test]
    fn bad_notation_is_an_error_naming_the_key() {
        let table = [
            ("", "cannot read key \"\": it is empty"),
            (
                "<C-d",
                "cannot read key \"<C-d\": a < is never closed; write <lt> for a literal <",
            ),
            ("<>", "cannot read key \"<>\": there is nothing between < and >"),
            ("<Foo>", "cannot read key \"<Foo>\": unknown key name \"Foo\""),
            ("<F13>", "cannot read key \"<F13>\": unknown key name \"F13\""),
            (
                "<X-d>",
                "cannot read key \"<X-d>\": unknown modifier \"X\"; use C (Ctrl), A or M (Alt), S (Shift)",
            ),
            ("jj", "cannot read key \"jj\": it is 2 keys; a binding is one key"),
            (
                "<C-d><C-u>",
                "cannot read key \"<C-d><C-u>\": it is 2 keys; a binding is one key",
            ),
        ];
        for (notation, message) in table {
            let error = parse_key(notation).map_err(|e| e.to_string());
            assert_eq!(error, Err(message.to_owned()), "parsing {notation:?}");
        }
    }

    #[test]
    fn embedded_default_keymap_reads_without_error() {
        assert!(Keymap::from_default_toml(DEFAULT_KEYMAP).is_ok());
    }

    #[test]
    fn default_keymap_covers_every_action_in_order_with_keys_and_a_description() {
        let bindings = Keymap::default().bindings();
        let actions: Vec<Action> = bindings.iter().map(|b| b.action).collect();
        assert_eq!(actions, Action::ALL);
        for binding in &bindings {
            assert!(!binding.keys.is_empty(), "{} has no keys", binding.action);
            assert!(!binding.desc.is_empty(), "{} has no desc", binding.action);
        }
    }

    #[test]
    fn default_keymap_binds_no_key_twice() {
        let keymap = Keymap::default();
        let all: Vec<(Action, &KeyEvent)> = Action::ALL
            .iter()
            .flat_map(|&a| keymap.keys_for(a).iter().map(move |k| (a, k)))
            .collect();
        for (i, (action, key)) in all.iter().enumerate() {
            for (other, other_key) in &all[i + 1..] {
                assert!(
                    !same_key(key, other_key),
                    "{} is bound to {action} and {other}",
                    key_name(key)
                );
            }
        }
    }

    #[test]
    fn default_keymap_has_the_designed_keys() {
        let keymap = Keymap::default();
        let table = [
            ("j", Action::ScrollDown),
            ("<Down>", Action::ScrollDown),
            ("<C-d>", Action::HalfPageDown),
            ("<Space>", Action::PageDown),
            ("b", Action::PageUp),
            ("G", Action::Bottom),
            ("]", Action::NextMarker),
            ("(", Action::PrevSentence),
            ("<Tab>", Action::SwitchPane),
            ("<Enter>", Action::Activate),
            ("N", Action::SearchPrev),
            ("<C-i>", Action::JumpForward),
            ("?", Action::Help),
            ("<Esc>", Action::Close),
            ("q", Action::Quit),
        ];
        for (notation, action) in table {
            let found = parse_key(notation).ok().and_then(|k| keymap.lookup(&k));
            assert_eq!(found, Some(action), "looking up {notation}");
        }
    }

    #[test]
    fn lookup_finds_uppercase_letters_with_or_without_shift_and_ignores_kind() {
        let keymap = Keymap::default();
        let table = [
            (key(KeyCode::Char('G'), SHIFT), Some(Action::Bottom)),
            (key(KeyCode::Char('G'), NONE), Some(Action::Bottom)),
            (key(KeyCode::Char('g'), SHIFT), Some(Action::Bottom)),
            (key(KeyCode::Char('g'), NONE), Some(Action::Top)),
            (key(KeyCode::Char('?'), SHIFT), Some(Action::Help)),
            (key(KeyCode::Char('d'), CTRL), Some(Action::HalfPageDown)),
            (key(KeyCode::Char('d'), NONE), Some(Action::MarkDisputed)),
            (key(KeyCode::Char('z'), NONE), None),
            (key(KeyCode::Down, SHIFT), None),
            (
                KeyEvent::new_with_kind_and_state(
                    KeyCode::Char('j'),
                    NONE,
                    KeyEventKind::Repeat,
                    KeyEventState::NUM_LOCK,
                ),
                Some(Action::ScrollDown),
            ),
        ];
        for (event, expected) in table {
            assert_eq!(keymap.lookup(&event), expected, "looking up {event:?}");
        }
    }

    #[test]
    fn merge_replaces_an_actions_keys_and_steals_them_from_other_actions() {
        let mut keymap = Keymap::default();
        let keys = |notations: &[&str]| -> Vec<KeyEvent> {
            notations.iter().filter_map(|n| parse_key(n).ok()).collect()
        };
        keymap.merge([
            (Action::NextMarker, keys(&["]", "<C-n>", "j"])),
            (Action::Quit, keys(&[])),
        ]);
        let keys_of = |action: Action| -> Vec<String> {
            keymap
                .bindings()
                .into_iter()
                .find(|b| b.action == action)
                .map(|b| b.keys)
                .unwrap_or_default()
        };
        assert_eq!(keys_of(Action::NextMarker), ["]", "<C-n>", "j"]);
        assert_eq!(keys_of(Action::ScrollDown), ["<Down>"]);
        assert_eq!(keys_of(Action::Quit), Vec::<String>::new());
        let j = key(KeyCode::Char('j'), NONE);
        assert_eq!(keymap.lookup(&j), Some(Action::NextMarker));
        assert_eq!(keymap.lookup(&key(KeyCode::Char('q'), NONE)), None);
    }

    #[test]
    fn merge_treats_a_shifted_letter_as_the_same_key() {
        let mut keymap = Keymap::default();
        keymap.merge([(Action::Top, vec![key(KeyCode::Char('G'), NONE)])]);
        assert_eq!(keymap.keys_for(Action::Bottom), [key(KeyCode::End, NONE)]);
        assert_eq!(keymap.lookup(&key(KeyCode::Char('G'), SHIFT)), Some(Action::Top));
    }
}
