//! Article text is untrusted: the bytes the real terminal backend writes for
//! an article full of escape sequences, OSC commands, C1 controls and bidi
//! overrides hold none of them, only the cursor moves and styles that
//! ratatui writes itself, and the attacks show as visible text.

mod support;

/// Every attack: (name, text placed in the title, a paragraph and an entry).
const ATTACKS: &[(&str, &str)] = &[
    ("clear screen", "\x1b[2J\x1b[H"),
    ("OSC 0 window title", "\x1b]0;pwned\x07"),
    ("OSC 52 clipboard", "\x1b]52;c;ZWNobyBoaQ==\x07"),
    (
        "OSC 8 hyperlink",
        "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    ),
    ("C1 CSI", "\u{9b}2J\u{9b}31m"),
    ("trailing ESC", "end\x1b"),
    ("right-to-left override", "abc\u{202e}fed"),
    ("bell and backspace", "a\x07b\x08c"),
];

/// The bytes written to draw one frame of a reader on `text`.
fn frame_bytes(text: &str) -> Vec<u8> {
    support::frame_bytes("attack.txt", text.to_string(), 120, 30)
}

/// Every escape sequence in `bytes` is a CSI with digits and `;` ending in a
/// letter (cursor moves, styles); returns the final letters seen.
fn csi_finals(bytes: &[u8]) -> Result<Vec<char>, String> {
    let mut finals = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b {
            if bytes.get(i + 1) != Some(&b'[') {
                return Err(format!("ESC not followed by [ at byte {i}"));
            }
            let mut j = i + 2;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b';' || bytes[j] == b'?') {
                j += 1;
            }
            match bytes.get(j) {
                Some(b) if b.is_ascii_alphabetic() => finals.push(char::from(*b)),
                other => return Err(format!("unterminated CSI at byte {i}: {other:?}")),
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    Ok(finals)
}

#[test]
fn attacks_reach_the_terminal_only_as_visible_text() {
    for (name, attack) in ATTACKS {
        let text = format!(
            "Title {attack}\n\nA claim {attack} here.[1]\n\nReferences\n[1] Roe, Jane. \"A {attack} Study.\" Planet, 2001. <http://example.com/{attack}>\n"
        );
        let bytes = frame_bytes(&text);
        let finals = csi_finals(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            finals
                .iter()
                .all(|c| matches!(c, 'H' | 'm' | 'K' | 'J' | 'l' | 'h')),
            "{name}: unexpected CSI finals {finals:?}"
        );
        assert!(!finals.contains(&'J'), "{name}: the screen was cleared");
        let written = String::from_utf8_lossy(&bytes);
        for forbidden in ['\x07', '\x08', '\u{9b}', '\u{202e}'] {
            assert!(
                !written.contains(forbidden),
                "{name}: {forbidden:?} reached the terminal"
            );
        }
        assert!(!written.contains("\x1b]"), "{name}: an OSC reached the terminal");
    }
}

#[test]
fn attacks_are_shown_as_replacements() {
    let bytes = frame_bytes("T\n\nA claim \x1b]0;pwned\x07 and \u{202e}x here.[1]\n\nReferences\n[1] Roe.\n");
    let written = String::from_utf8_lossy(&bytes);
    assert!(written.contains("^[]0;pwned^G"), "{written}");
    assert!(written.contains("<RLO>x"), "{written}");
}

#[test]
fn text_reports_show_the_attacks_without_obeying_them() {
    let dir = tempfile::tempdir().unwrap();
    for (name, attack) in ATTACKS {
        let path = dir.path().join("attack.txt");
        let text = format!(
            "Title\n\nAs {attack} Roe wrote, a claim here.[1]\n\nReferences\n[1] Roe{attack}, Jane. \"A {attack} Study.\" Planet, 2001.\n"
        );
        std::fs::write(&path, text).unwrap();
        for command in [&["refs"][..], &["check"][..], &["notes"][..]] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_ibid"))
                .args(command)
                .arg(&path)
                .env("XDG_DATA_HOME", dir.path())
                .output()
                .unwrap();
            let written = String::from_utf8_lossy(&out.stdout);
            assert!(!written.is_empty(), "{name}: `ibid {command:?}` wrote nothing");
            for forbidden in ['\x1b', '\x07', '\x08', '\u{9b}', '\u{202e}'] {
                assert!(
                    !written.contains(forbidden),
                    "{name}: {forbidden:?} reached stdout of `ibid {command:?}`: {written}"
                );
            }
        }
    }
}
