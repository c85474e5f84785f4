//! The built binary in a real terminal (tmux): it opens, `]` highlights the
//! entry, `?` shows the keys, `q` quits, and the terminal is given back as
//! it was (main screen, cursor shown, mouse capture off), also after
//! SIGTERM. `#[ignore]`d because it needs tmux; `.ci/run` installs tmux and
//! runs it.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// A tmux session running a shell, killed when dropped. Each has a server
/// of its own (`tmux -L`): sessions that tests start and end at once on one
/// server raced its start and its exit (`new-session` failed now and then).
struct Session {
    name: String,
}

/// `tmux` talking to the server named `name`.
fn tmux(name: &str) -> Command {
    let mut command = Command::new("tmux");
    command.args(["-L", name]);
    command
}

impl Session {
    fn start(tag: &str) -> Session {
        let name = format!("ibid-{tag}-{}", std::process::id());
        let status = tmux(&name)
            .args(["new-session", "-d", "-s", &name, "-x", "120", "-y", "40", "sh"])
            .env("PS1", "$ ")
            .status()
            .expect("tmux runs");
        assert!(status.success(), "tmux new-session failed");
        Session { name }
    }

    fn send(&self, keys: &[&str]) {
        let status = tmux(&self.name)
            .args(["send-keys", "-t", &self.name])
            .args(keys)
            .status()
            .expect("tmux send-keys");
        assert!(status.success());
    }

    /// Types `ibid ARGS` at the shell, then a line with its exit code
    /// (`ibid-exited-N`) once it ends; `env` goes before the command.
    fn run_ibid(&self, env: &str, args: &str) {
        let bin = env!("CARGO_BIN_EXE_ibid");
        self.send(&[&format!("{env}{bin} {args}; echo ibid-exited-$?"), "Enter"]);
    }

    fn screen(&self) -> String {
        let out = tmux(&self.name)
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A tmux format variable of the pane (`alternate_on`, `cursor_flag`, …).
    fn flag(&self, name: &str) -> String {
        let out = tmux(&self.name)
            .args(["display-message", "-p", "-t", &self.name, &format!("#{{{name}}}")])
            .output()
            .expect("tmux display-message");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the screen contains `needle`, or fails after 10 s.
    fn wait_for(&self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?}"), |screen| screen.contains(needle))
    }

    /// Waits until `needle` is no longer on the screen.
    fn wait_gone(&self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?} to go"), |screen| !screen.contains(needle))
    }

    /// Waits (ten seconds at most) until `done` holds for the screen;
    /// `what` names what is waited for when it never does.
    fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    fn assert_terminal_restored(&self) {
        assert_eq!(self.flag("alternate_on"), "0", "still on the alternate screen");
        assert_eq!(self.flag("cursor_flag"), "1", "cursor hidden");
        assert_eq!(self.flag("mouse_any_flag"), "0", "mouse capture left on");
        assert_eq!(self.flag("mouse_button_flag"), "0", "mouse capture left on");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = tmux(&self.name).args(["kill-server"]).status();
    }
}

fn article() -> String {
    format!("{}/articles/replication-crisis.txt", env!("CARGO_MANIFEST_DIR"))
}

#[test]
#[ignore = "needs tmux"]
fn open_select_help_and_quit_in_a_real_terminal() {
    let s = Session::start("keys");
    s.run_ibid("", &article());
    s.wait_for("References (10)");
    assert_eq!(s.flag("alternate_on"), "1");
    s.send(&["]"]);
    let screen = s.wait_for("marker 1/11");
    assert!(
        screen.contains("Enter goes to each"),
        "the selected entry shows its notes:\n{screen}"
    );
    s.send(&["?"]);
    s.wait_for("Keys (? or Esc closes)");
    // Esc and `q` sent together read as Alt+q: the help must be gone first.
    s.send(&["Escape"]);
    s.wait_gone("Keys (? or Esc closes)");
    s.send(&["q"]);
    let screen = s.wait_for("ibid-exited-0");
    assert!(
        !screen.contains("References (10)"),
        "the reader is gone:\n{screen}"
    );
    s.assert_terminal_restored();
}

/// Starts the reader on a copy of the article under a unique name, sends it
/// `signal` from outside, and checks that it ends with the terminal
/// restored.
fn signal_restores_the_terminal(signal: &str) {
    // A copy under a unique name, so that only this reader gets the signal.
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join(format!("{signal}-{}.txt", std::process::id()));
    std::fs::copy(article(), &copy).expect("copy the article");
    let s = Session::start(signal);
    s.run_ibid("", &copy.display().to_string());
    s.wait_for("References (10)");
    let status = Command::new("pkill")
        .args([&format!("-{signal}"), "-f", &copy.display().to_string()])
        .status()
        .expect("pkill");
    assert!(status.success(), "the reader was running");
    s.wait_for("ibid-exited-");
    s.assert_terminal_restored();
}

#[test]
#[ignore = "needs tmux"]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("TERM");
}

#[test]
#[ignore = "needs tmux"]
fn sighup_restores_the_terminal() {
    signal_restores_the_terminal("HUP");
}

#[test]
#[ignore = "needs tmux"]
fn sigint_restores_the_terminal() {
    signal_restores_the_terminal("INT");
}

#[test]
#[ignore = "needs tmux"]
fn a_panic_restores_the_terminal_then_says_where_to_report_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = dir.path().join("stderr.txt");
    let s = Session::start("panic");
    s.run_ibid(
        "IBID_PANIC_FOR_TESTS=1 ",
        &format!("{} 2>{}", article(), stderr.display()),
    );
    let screen = s.wait_for("ibid-exited-101");
    s.assert_terminal_restored();
    assert!(
        !screen.contains("References (10)"),
        "the reader is gone:\n{screen}"
    );
    let message = std::fs::read_to_string(&stderr).expect("stderr captured");
    assert_eq!(message.lines().count(), 1, "one readable line: {message}");
    assert!(message.starts_with("ibid stopped because of a bug"), "{message}");
    assert!(message.contains("report it in ibid's issue tracker"), "{message}");
    assert!(!message.contains("stack backtrace"), "{message}");
}

#[test]
#[ignore = "needs tmux"]
fn a_panic_while_the_terminal_is_set_up_leaves_it_restored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stderr = dir.path().join("stderr.txt");
    let s = Session::start("panic-open");
    // The setup runs on its own thread: the panic may come before, during
    // or after it.
    for run in 0..5 {
        s.run_ibid(
            "IBID_PANIC_FOR_TESTS=open ",
            // What the shell prints (`cooked-1`) is not what was typed.
            &format!(
                "{} 2>{}; stty -a | grep -q -- ' icanon' && echo cooked-$((1+{run}))",
                article(),
                stderr.display()
            ),
        );
        s.wait_for(&format!("cooked-{}", run + 1));
        s.assert_terminal_restored();
        let message = std::fs::read_to_string(&stderr).expect("stderr captured");
        assert!(message.starts_with("ibid stopped because of a bug"), "{message}");
    }
}

#[test]
#[ignore = "needs tmux"]
fn a_verdict_and_a_note_survive_quitting_and_editing_the_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let notes = dir.path().join("notes");
    let copy = dir.path().join("claims.txt");
    std::fs::copy(article(), &copy).expect("copy the article");
    let bin = env!("CARGO_BIN_EXE_ibid");
    let s = Session::start("notes");
    s.run_ibid("", &format!("--notes-dir {} {}", notes.display(), copy.display()));
    s.wait_for("References (10)");
    s.send(&["]"]);
    s.wait_for("marker 1/11");
    s.send(&["d"]);
    s.wait_for("marked disputed");
    s.send(&["a"]);
    s.wait_for("Note on the claim");
    s.send(&["-l", "minutes missing"]);
    s.send(&["Enter"]);
    s.wait_for("note saved");
    s.send(&["q"]);
    s.wait_for("ibid-exited-0");
    s.assert_terminal_restored();

    let export = |path: &std::path::Path| -> serde_json::Value {
        let out = Command::new(bin)
            .args([
                "--notes-dir",
                &notes.display().to_string(),
                "notes",
                &path.display().to_string(),
                "--format",
                "json",
            ])
            .output()
            .expect("ibid notes runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("notes JSON")
    };
    let json = export(&copy);
    let annotation = &json["annotations"][0];
    assert_eq!(annotation["verdict"], "disputed");
    assert_eq!(annotation["note"], "minutes missing");
    assert_eq!(annotation["state"], "anchored");

    // A paragraph written above the claim: the note is still on its sentence.
    let text = std::fs::read_to_string(&copy).expect("read");
    let edited = text.replacen(
        "\n\n",
        "\n\nAn editor added this paragraph above everything else.\n\n",
        1,
    );
    std::fs::write(&copy, edited).expect("write");
    let json = export(&copy);
    let annotation = &json["annotations"][0];
    assert_eq!(annotation["note"], "minutes missing");
    assert!(
        matches!(annotation["state"].as_str(), Some("moved" | "anchored")),
        "{annotation}"
    );
    assert!(annotation["quote"].as_str().unwrap_or("").contains("Daryl Bem"));
}

#[test]
#[ignore = "needs tmux"]
fn sigterm_while_typing_a_note_keeps_the_note() {
    let (_dir, notes, copy, s) = note_editor_open("typing");
    s.send(&["-l", "half a thought"]);
    s.wait_for("half a thought");
    let status = Command::new("pkill")
        .args(["-TERM", "-f", &copy.display().to_string()])
        .status()
        .expect("pkill");
    assert!(status.success());
    s.wait_for("ibid-exited-");
    s.assert_terminal_restored();
    let json = notes_json(&notes, &copy);
    assert_eq!(json["annotations"][0]["note"], "half a thought");
}

#[test]
#[ignore = "needs tmux"]
fn a_large_article_opens_on_its_preview_then_shows_its_findings_without_a_key() {
    let dir = tempfile::tempdir().expect("scratch folder");
    let path = dir.path().join("large.txt");
    let text = ibid::synthetic::article(2_000_000, 3);
    std::fs::write(&path, &text).expect("write the article");
    let s = Session::start("large");
    s.run_ibid(
        "",
        &format!("--notes-dir {} {}", dir.path().display(), path.display()),
    );
    // The first screen (the preview, or the whole article on a fast
    // machine) has the title; the findings come from the background.
    let title = text.lines().next().expect("a title");
    s.wait_for(title);
    let screen = s.wait_for(" findings ");
    assert!(!screen.contains("reading 2 MB"), "{screen}");
    s.send(&["G"]);
    s.wait_for("100%");
    s.send(&["q"]);
    s.wait_for("ibid-exited-0");
    s.assert_terminal_restored();
}

/// Whether a process whose command line mentions `needle` is running.
fn process_running_with(needle: &str) -> bool {
    std::fs::read_dir("/proc")
        .expect("/proc")
        .filter_map(Result::ok)
        .filter_map(|entry| std::fs::read(entry.path().join("cmdline")).ok())
        .any(|cmdline| String::from_utf8_lossy(&cmdline).contains(needle))
}

#[test]
#[ignore = "needs tmux"]
fn closing_the_terminal_ends_the_reader() {
    let dir = tempfile::tempdir().expect("scratch folder");
    let notes = dir.path().join("closing-notes");
    let notes = notes.to_str().expect("a UTF-8 path");
    let s = Session::start("close");
    s.run_ibid("", &format!("--notes-dir {notes} {}", article()));
    s.wait_for("References (10)");
    assert!(process_running_with(notes));
    drop(s);
    let start = Instant::now();
    while process_running_with(notes) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the reader still runs after its terminal closed"
        );
        sleep(Duration::from_millis(50));
    }
}

#[test]
#[ignore = "needs tmux"]
fn a_pasted_note_stays_text_and_ctrl_c_quits_keeping_it() {
    let (_dir, notes, copy, s) = note_editor_open("paste");
    let buffer = format!("ibid-paste-{}", std::process::id());
    for args in [
        vec!["set-buffer", "-b", &buffer, "first line\nd\nq last"],
        vec!["paste-buffer", "-p", "-d", "-b", &buffer, "-t", &s.name],
    ] {
        assert!(tmux(&s.name).args(&args).status().expect("tmux").success());
    }
    s.wait_for("q last");
    s.send(&["C-c"]);
    s.wait_for("ibid-exited-");
    s.assert_terminal_restored();
    let json = notes_json(&notes, &copy);
    assert_eq!(json["annotations"][0]["note"], "first line\nd\nq last");
    assert!(json["annotations"][0]["verdict"].is_null(), "{json}");
}

/// `ibid notes --format json` of `article` with its notes in `notes`.
fn notes_json(notes: &std::path::Path, article: &std::path::Path) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_ibid"))
        .args([
            "--notes-dir",
            &notes.display().to_string(),
            "notes",
            &article.display().to_string(),
            "--format",
            "json",
        ])
        .output()
        .expect("ibid notes");
    serde_json::from_slice(&out.stdout).expect("notes JSON")
}

#[test]
#[ignore = "needs tmux"]
fn a_folder_opens_with_the_articles_that_can_be_read_and_names_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(article(), dir.path().join("good.txt")).expect("copy the article");
    std::fs::write(dir.path().join("zz-broken.txt"), b"\x00\x01\x02binary\x00").expect("write");
    let s = Session::start("folder");
    s.run_ibid("", &dir.path().display().to_string());
    let screen = s.wait_for("not opened:");
    assert!(screen.contains("ibid — 1 article"), "{screen}");
    assert!(screen.contains("zz-broken.txt: is a binary file"), "{screen}");
    s.send(&["q"]);
    s.wait_for("ibid-exited-0");
    s.assert_terminal_restored();
}

#[test]
#[ignore = "needs tmux"]
fn opening_a_link_without_an_opener_says_so() {
    let s = Session::start("opener");
    s.run_ibid("PATH=/nonexistent ", &article());
    s.wait_for("References (10)");
    s.send(&["]", "o"]);
    s.wait_for("cannot open the link");
    s.send(&["q"]);
    s.wait_for("ibid-exited-0");
}

/// The reader on a copy of the article (named after `name`, so that only it
/// gets a signal sent by name) with its notes in a folder of their own, the
/// note editor open on the first marker's claim: the folder (kept while it
/// is held), the notes folder, the copy and the session.
fn note_editor_open(name: &str) -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf, Session) {
    let dir = tempfile::tempdir().expect("temp dir");
    let notes = dir.path().join("notes");
    let copy = dir.path().join(format!("{name}-{}.txt", std::process::id()));
    std::fs::copy(article(), &copy).expect("copy the article");
    let s = Session::start(name);
    s.run_ibid("", &format!("--notes-dir {} {}", notes.display(), copy.display()));
    s.wait_for("References (10)");
    s.send(&["]", "a"]);
    s.wait_for("Note on the claim");
    (dir, notes, copy, s)
}
