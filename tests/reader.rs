//! The reader driven by key scripts on ratatui's TestBackend, as a user
//! would see it: first screens, both layouts, markers and their notes,
//! search, help, the jump list, a too-small terminal, the library, the
//! mouse. Screens are insta snapshots (`tests/snapshots/`).

use ibid::article::Article;
use ibid::check::{CheckOptions, run_all};
use ibid::samples::SAMPLES;
use ibid::tui::app::{App, Effect};
use ibid::tui::keymap::{Keymap, parse_keys};
use ibid::tui::library::Library;
use ibid::tui::render::{plain, render};
use ibid::tui::theme::Theme;
use ibid::tui::view::ArticleView;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;
use ratatui::style::Modifier;

/// Checks as of a fixed day, so that screens do not age.
fn options() -> CheckOptions {
    CheckOptions {
        stale_years: 5,
        today: (2026, 11, 23),
    }
}

fn sample(name: &str) -> Article {
    let (path, text) = SAMPLES
        .iter()
        .find(|(p, _)| p.ends_with(name))
        .expect("sample exists");
    ibid::parse::parse(path, (*text).into())
}

fn app_on(article: Article) -> App {
    let findings = run_all(&article, &options());
    App::with_article(
        ArticleView::new(article, findings),
        Keymap::default(),
        Theme::default(),
        0.55,
    )
}

fn screen(app: &mut App, width: u16, height: u16, keys: &str) -> Buffer {
    let keys = if keys.is_empty() {
        Vec::new()
    } else {
        parse_keys(keys).expect("keys parse")
    };
    render(app, width, height, &keys)
}

fn text(app: &mut App, width: u16, height: u16, keys: &str) -> String {
    plain(&screen(app, width, height, keys))
}

/// The row of the screen that contains `needle`.
fn row_with(buffer: &Buffer, needle: &str) -> Option<u16> {
    let lines = plain(buffer);
    lines
        .lines()
        .position(|l| l.contains(needle))
        .and_then(|i| u16::try_from(i).ok())
}

#[test]
fn first_screen_of_each_sample_side_by_side() {
    for (path, _) in SAMPLES {
        let name = path.rsplit('/').next().unwrap_or(path);
        let shown = text(&mut app_on(sample(name)), 120, 36, "");
        insta::assert_snapshot!(format!("first_screen_{name}"), shown);
    }
}

#[test]
fn narrow_terminal_stacks_the_panes() {
    let shown = text(&mut app_on(sample("replication-crisis.txt")), 80, 30, "");
    insta::assert_snapshot!(shown);
}

#[test]
fn the_sixth_marker_selects_entry_6_with_its_misattribution_note() {
    let mut app = app_on(sample("replication-crisis.txt"));
    let buffer = screen(&mut app, 120, 40, "]]]]]]");
    let shown = plain(&buffer);
    insta::assert_snapshot!(shown);
    assert!(shown.contains("marker 6/11"), "{shown}");
    assert!(shown.contains("! the sentence names Begley"), "{shown}");
    // The entry is highlighted: its first row is drawn reversed.
    let row = row_with(&buffer, "[6] Prinz").expect("entry [6] shown");
    let column = (60..buffer.area.width.saturating_sub(1))
        .find(|&x| buffer[(x, row)].symbol() == "[" && buffer[(x + 1, row)].symbol() == "6")
        .expect("entry label in the reference pane");
    assert!(buffer[(column, row)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn one_match_is_counted_as_one() {
    let mut app = app_on(sample("eight-glasses.txt"));
    let shown = text(&mut app, 120, 30, "/Almost everyone<Enter>");
    assert!(shown.contains("1 match for Almost everyone"), "{shown}");
}

#[test]
fn search_highlights_and_counts_matches() {
    let mut app = app_on(sample("eight-glasses.txt"));
    let shown = text(&mut app, 120, 30, "/valtin<Enter>");
    assert!(shown.contains("matches for valtin"), "{shown}");
    let view = app.view.as_ref().unwrap();
    let search = view.search.as_ref().unwrap();
    assert!(search.matches.len() >= 2);
    assert_eq!(search.current, Some(0));
    text(&mut app, 120, 30, "n");
    assert_eq!(
        app.view.as_ref().unwrap().search.as_ref().unwrap().current,
        Some(1)
    );
}

#[test]
fn help_lists_the_live_keymap() {
    let shown = text(&mut app_on(sample("snow-words.md")), 120, 40, "?");
    insta::assert_snapshot!(shown);
    assert!(shown.contains("next citation marker"), "{shown}");
    let closed = text(&mut app_on(sample("snow-words.md")), 120, 40, "?<Esc>");
    assert!(!closed.contains("Keys (? or Esc closes)"));
}

#[test]
fn help_scrolls_on_a_short_screen() {
    let mouse = "mouse: the wheel scrolls";
    let mut app = app_on(sample("snow-words.md"));
    let first = text(&mut app, 120, 20, "?");
    assert!(first.contains("Keys 1–16 of "), "{first}");
    assert!(!first.contains(mouse), "{first}");
    let end = text(&mut app, 120, 20, "G");
    assert!(end.contains(mouse), "{end}");
    assert!(!end.contains("next citation marker"), "{end}");
    let back = text(&mut app, 120, 20, "g");
    assert_eq!(back, first);
    let one_down = text(&mut app, 120, 20, "j");
    assert!(one_down.contains("Keys 2–17 of "), "{one_down}");
    assert!(text(&mut app, 120, 20, "<Esc>").contains("snow"));
}

#[test]
fn jump_list_returns_to_where_you_were() {
    let mut app = app_on(sample("mmr-retraction.md"));
    let top = text(&mut app, 100, 24, "");
    let bottom = text(&mut app, 100, 24, "G");
    assert_ne!(top, bottom);
    assert_eq!(text(&mut app, 100, 24, "<C-o>"), top);
    assert_eq!(text(&mut app, 100, 24, "<C-i>"), bottom);
}

#[test]
fn a_terminal_too_small_says_so() {
    let shown = text(&mut app_on(sample("snow-words.md")), 30, 8, "");
    assert!(shown.contains("too small"), "{shown}");
    assert!(!shown.contains('│'));
}

#[test]
fn library_lists_articles_and_q_returns_to_it() {
    let articles: Vec<Article> = SAMPLES
        .iter()
        .map(|(p, t)| ibid::parse::parse(p, (*t).into()))
        .collect();
    let mut app = App::with_library(
        Library::new(articles, &options()),
        Keymap::default(),
        Theme::default(),
        0.55,
    );
    let list = text(&mut app, 120, 20, "");
    insta::assert_snapshot!(list);
    let opened = text(&mut app, 120, 20, "j<Enter>");
    assert!(
        opened.contains("Twelve Years to Retract") && opened.contains("References"),
        "{opened}"
    );
    let back = text(&mut app, 120, 20, "q");
    assert!(back.contains("4 articles"), "{back}");
    assert!(!app.quit);
    text(&mut app, 120, 20, "q");
    assert!(app.quit);
}

#[test]
fn tab_and_enter_cycle_through_the_markers_citing_an_entry() {
    let mut app = app_on(sample("eight-glasses.txt"));
    // Entry [6] is cited twice; select it from the reference pane.
    text(&mut app, 120, 30, "<Tab>jjjjj<Enter>");
    let first = app.view.as_ref().and_then(|v| v.current_marker);
    text(&mut app, 120, 30, "<Enter>");
    let second = app.view.as_ref().and_then(|v| v.current_marker);
    assert!(
        first.is_some() && second.is_some() && first != second,
        "{first:?} {second:?}"
    );
}

#[test]
fn clicking_a_marker_selects_it_and_the_wheel_scrolls() {
    let mut app = app_on(sample("replication-crisis.txt"));
    let buffer = screen(&mut app, 120, 40, "");
    let shown = plain(&buffer);
    // The marker [2] in the article pane (the left 55% of the screen).
    let (row, column) = shown
        .lines()
        .enumerate()
        .find_map(|(row, line)| {
            let byte = line.find("[2]")?;
            let column = unicode_width::UnicodeWidthStr::width(&line[..byte]);
            (column < 60).then_some((row, column))
        })
        .expect("marker [2] in the article pane");
    let click = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: u16::try_from(column + 1).unwrap(),
        row: u16::try_from(row).unwrap(),
        modifiers: KeyModifiers::NONE,
    };
    app.handle_mouse(click, Rect::new(0, 0, 120, 40));
    assert_eq!(app.view.as_ref().and_then(|v| v.current_marker), Some(1));
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 5,
        row: 10,
        modifiers: KeyModifiers::NONE,
    };
    app.handle_mouse(wheel, Rect::new(0, 0, 120, 40));
    assert_eq!(app.view.as_ref().map(|v| v.scroll.row), Some(3));
    // Over the references, the wheel moves the selected entry.
    let before = app.view.as_ref().and_then(|v| v.selected_reference);
    app.handle_mouse(MouseEvent { column: 100, ..wheel }, Rect::new(0, 0, 120, 40));
    let after = app.view.as_ref().and_then(|v| v.selected_reference);
    assert_eq!(after, before.map(|r| r + 1));
}

#[test]
fn with_the_references_focused_the_paging_keys_move_through_them() {
    let mut app = app_on(sample("replication-crisis.txt"));
    let count = app.view.as_ref().unwrap().article.references.len();
    text(&mut app, 120, 40, "<Tab>G");
    let view = app.view.as_ref().unwrap();
    assert_eq!(view.selected_reference, Some(count - 1));
    assert_eq!(view.scroll.block, 0, "G moved the article");
    text(&mut app, 120, 40, "g<PageDown>");
    assert_eq!(app.view.as_ref().unwrap().selected_reference, Some(5));
}

#[test]
#[ignore = "needs ../shared (IBID_SHARED)"]
fn seed_000_tenth_marker_selects_entry_11_with_its_note() {
    let shared = std::env::var_os("IBID_SHARED").map_or_else(
        || std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        Into::into,
    );
    let path = shared.join("seeds/000_2cbedbd80a749db1.txt");
    let text_of = std::fs::read_to_string(&path).expect("seed 000 readable");
    let mut app = app_on(ibid::parse::parse(&path.display().to_string(), text_of.into()));
    let buffer = screen(&mut app, 120, 40, "]]]]]]]]]]");
    let shown = plain(&buffer);
    assert!(shown.contains("marker 10/17"), "{shown}");
    assert_eq!(
        app.view.as_ref().and_then(|v| v.selected_reference),
        Some(10),
        "entry [11]"
    );
    assert!(
        shown.contains("! the sentence names Connie Bruck, the author of"),
        "{shown}"
    );
    assert!(shown.contains("[10], not of [11]"), "{shown}");
}

#[test]
fn verdict_keys_mark_and_clear_the_claim_with_a_sign() {
    let mut app = app_on(sample("replication-crisis.txt"));
    let shown = text(&mut app, 120, 30, "]d");
    assert!(
        shown.contains("marked disputed") && shown.contains("1 note"),
        "{shown}"
    );
    assert!(
        shown.lines().any(|l| l.starts_with("│✗ ")),
        "the claim carries the sign:\n{shown}"
    );
    let shown = text(&mut app, 120, 30, "s");
    assert!(
        shown.contains("marked supported") && shown.lines().any(|l| l.starts_with("│✓ ")),
        "{shown}"
    );
    let shown = text(&mut app, 120, 30, "s");
    assert!(
        shown.contains("cleared supported") && shown.contains("0 notes"),
        "{shown}"
    );
    assert!(!shown.lines().any(|l| l.starts_with("│✓ ")), "{shown}");
}

#[test]
fn a_note_is_written_edited_listed_and_deleted() {
    let mut app = app_on(sample("replication-crisis.txt"));
    let shown = text(&mut app, 120, 30, "]a");
    assert!(shown.contains("Note on the claim"), "{shown}");
    let shown = text(&mut app, 120, 30, "minutes<A-Enter>missing<Enter>");
    assert!(
        shown.contains("note saved") && shown.contains("1 note"),
        "{shown}"
    );
    let view = app.view.as_ref().unwrap();
    assert_eq!(
        view.notes.items[0].annotation.note.as_deref(),
        Some("minutes\nmissing")
    );
    // Opening the editor again shows the note; Esc leaves it unchanged.
    let shown = text(&mut app, 120, 30, "a");
    assert!(shown.contains("minutes") && shown.contains("missing"), "{shown}");
    text(&mut app, 120, 30, "<BS><BS><Esc>");
    assert_eq!(
        app.view.as_ref().unwrap().notes.items[0]
            .annotation
            .note
            .as_deref(),
        Some("minutes\nmissing")
    );
    let list = text(&mut app, 120, 30, "L");
    assert!(
        list.contains("Notes (1)") && list.contains("minutes missing"),
        "{list}"
    );
    let shown = text(&mut app, 120, 30, "<Esc>xn");
    assert!(shown.contains("kept") && shown.contains("1 note"), "{shown}");
    let shown = text(&mut app, 120, 30, "xy");
    assert!(
        shown.contains("annotation deleted") && shown.contains("0 notes"),
        "{shown}"
    );
}

#[test]
fn rating_a_source_shows_under_its_entry() {
    let mut app = app_on(sample("replication-crisis.txt"));
    let shown = text(&mut app, 120, 40, "]]]<Tab>ru");
    assert!(
        shown.contains("Rate source") && shown.contains("unreliable"),
        "{shown}"
    );
    let shown = text(&mut app, 120, 40, "model only<Enter>");
    assert!(
        shown.contains("you rated this source unreliable: model only"),
        "{shown}"
    );
}

#[test]
fn a_note_being_typed_is_saved_when_the_reader_is_stopped() {
    let mut app = app_on(sample("replication-crisis.txt"));
    text(&mut app, 120, 30, "]aunfinished thought");
    app.save_pending_edit();
    let view = app.view.as_ref().unwrap();
    assert_eq!(
        view.notes.items[0].annotation.note.as_deref(),
        Some("unfinished thought")
    );
}

#[test]
fn a_paste_is_typed_into_the_note_and_never_read_as_keys() {
    let mut app = app_on(sample("replication-crisis.txt"));
    text(&mut app, 120, 30, "]a");
    app.handle_paste("Quote from the paper:\r\nd\nq");
    let shown = text(&mut app, 120, 30, "<Enter>");
    assert!(!app.quit, "the pasted q quit the reader");
    assert!(shown.contains("note saved"), "{shown}");
    let annotation = &app.view.as_ref().unwrap().notes.items[0].annotation;
    assert_eq!(annotation.note.as_deref(), Some("Quote from the paper:\nd\nq"));
    assert_eq!(annotation.verdict, None, "the pasted d marked the claim");
    // Outside an editor a paste does nothing but say where it would go.
    app.handle_paste("q");
    assert!(!app.quit);
}

#[test]
fn read_only_notes_open_no_editor_so_nothing_typed_is_lost() {
    let mut app = app_on(sample("replication-crisis.txt"));
    app.view.as_mut().unwrap().notes.read_only = Some("notes.toml:8: broken".to_string());
    let shown = text(&mut app, 120, 30, "]a");
    assert!(!shown.contains("Note on the claim"), "{shown}");
    assert!(shown.contains("notes are read-only"), "{shown}");
    assert!(app.popup.is_none());
}

#[test]
fn a_copied_entry_carries_no_escape_sequence_or_bidi_control() {
    let article = ibid::parse::parse(
        "a.txt",
        "Title\n\nA claim.[1]\n\nReferences\n[1] Roe, Jane. \u{202e}Evil\u{202c} \x1b[2Jbook. 2001.\n".into(),
    );
    let mut app = app_on(article);
    text(&mut app, 120, 30, "]y");
    let copied: Vec<&str> = app
        .effects
        .iter()
        .filter_map(|e| match e {
            Effect::Copy(text) => Some(text.as_str()),
            Effect::OpenUrl(_) => None,
        })
        .collect();
    assert_eq!(copied, ["[1] Roe, Jane. <RLO>Evil<PDF> ^[[2Jbook. 2001."]);
}
