//! A small text editor for the note and rating popups: insert, delete,
//! move, and new lines.
//!
//! Owns: the text being typed and its cursor. Must not: decide when the
//! text is saved (the popup's keys do).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Text being typed, with the cursor as a byte offset on a char boundary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    pub text: String,
    pub cursor: usize,
}

impl TextInput {
    /// An input holding `text`, the cursor at its end.
    #[must_use]
    pub fn with_text(text: &str) -> TextInput {
        TextInput {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    /// Applies an editing key; returns whether it was one.
    pub fn edit(&mut self, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            KeyCode::Enter => self.insert_newline(),
            KeyCode::Backspace => {
                if let Some(c) = self.text.get(..self.cursor).and_then(|s| s.chars().next_back()) {
                    self.cursor -= c.len_utf8();
                    self.text.remove(self.cursor);
                }
            }
            KeyCode::Delete => {
                if self.cursor < self.text.len() {
                    self.text.remove(self.cursor);
                }
            }
            KeyCode::Left => {
                if let Some(c) = self.text.get(..self.cursor).and_then(|s| s.chars().next_back()) {
                    self.cursor -= c.len_utf8();
                }
            }
            KeyCode::Right => {
                if let Some(c) = self.text.get(self.cursor..).and_then(|s| s.chars().next()) {
                    self.cursor += c.len_utf8();
                }
            }
            KeyCode::Up => self.cursor = self.same_column_on(Line::Previous),
            KeyCode::Down => self.cursor = self.same_column_on(Line::Next),
            KeyCode::Home => {
                self.cursor = self
                    .text
                    .get(..self.cursor)
                    .and_then(|s| s.rfind('\n'))
                    .map_or(0, |i| i + 1)
            }
            KeyCode::End => {
                self.cursor += self
                    .text
                    .get(self.cursor..)
                    .and_then(|s| s.find('\n'))
                    .unwrap_or(self.text.len() - self.cursor);
            }
            _ => return false,
        }
        true
    }

    /// Where Up or Down puts the cursor: the same column (in characters) on
    /// the line before or after (lines as typed, between line breaks, not
    /// as wrapped on screen), or the text's start or end from its first or
    /// last line.
    fn same_column_on(&self, line: Line) -> usize {
        let line_start = |at: usize| self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = |at: usize| self.text[at..].find('\n').map_or(self.text.len(), |i| at + i);
        let start = line_start(self.cursor);
        let column = self.text[start..self.cursor].chars().count();
        let target = match line {
            Line::Previous if start == 0 => return 0,
            Line::Previous => line_start(start - 1),
            Line::Next => {
                let end = line_end(self.cursor);
                if end == self.text.len() {
                    return end;
                }
                end + 1
            }
        };
        let target_end = line_end(target);
        self.text[target..target_end]
            .char_indices()
            .nth(column)
            .map_or(target_end, |(i, _)| target + i)
    }

    /// Inserts `text` at the cursor, as typed.
    pub fn insert(&mut self, text: &str) {
        self.text.insert_str(self.cursor, text);
        self.cursor += text.len();
    }

    /// Starts a new line at the cursor.
    pub fn insert_newline(&mut self) {
        self.text.insert(self.cursor, '\n');
        self.cursor += 1;
    }
}

/// The line Up or Down goes to.
#[derive(Clone, Copy)]
enum Line {
    Previous,
    Next,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn typing_moving_and_deleting() {
        let mut input = TextInput::with_text("ab");
        input.edit(key(KeyCode::Left));
        input.edit(key(KeyCode::Char('é')));
        assert_eq!((input.text.as_str(), input.cursor), ("aéb", 3));
        input.edit(key(KeyCode::Backspace));
        input.edit(key(KeyCode::Delete));
        assert_eq!(input.text, "a");
        input.insert_newline();
        input.edit(key(KeyCode::Char('c')));
        input.edit(key(KeyCode::Home));
        assert_eq!((input.text.as_str(), input.cursor), ("a\nc", 2));
        input.edit(key(KeyCode::End));
        assert_eq!(input.cursor, 3);
    }

    #[test]
    fn up_and_down_keep_the_column_between_lines() {
        let mut input = TextInput::with_text("first line\nab\nthird é line");
        input.edit(key(KeyCode::Up));
        assert_eq!(
            &input.text[input.cursor..],
            "\nthird é line",
            "the end of the short line"
        );
        input.edit(key(KeyCode::Up));
        assert_eq!(&input.text[input.cursor..], "rst line\nab\nthird é line");
        input.edit(key(KeyCode::Up));
        assert_eq!(input.cursor, 0, "Up on the first line goes to the start");
        input.edit(key(KeyCode::Down));
        input.edit(key(KeyCode::Down));
        assert_eq!(&input.text[input.cursor..], "third é line");
        input.edit(key(KeyCode::Down));
        assert_eq!(
            input.cursor,
            input.text.len(),
            "Down on the last line goes to the end"
        );
        let mut input = TextInput::with_text("third é line\nabcdefghijkl");
        input.edit(key(KeyCode::Up));
        assert_eq!(
            &input.text[input.cursor..],
            "\nabcdefghijkl",
            "columns count characters"
        );
    }

    #[test]
    fn control_keys_are_not_text() {
        let mut input = TextInput::default();
        assert!(!input.edit(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)));
        assert_eq!(input.text, "");
    }
}
