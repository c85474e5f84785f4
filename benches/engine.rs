//! Load, parse, check, wrap, the reader's preview and one reader frame on
//! synthetic articles of 10 kB, 1 MB and 100 MB. Run with `cargo bench --bench engine`; results
//! and the machine they were measured on are in BENCHMARKS.md.
//!
//! The 100 MB cases of load, parse, check and wrap take minutes, so they run
//! only with `IBID_BENCH_100MB=1`; the 100 MB preview and frame always run
//! (they are the cases that show the first screen and a frame do not grow
//! with the article).

use std::hint::black_box;
use std::io::Write;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use ibid::article::{Article, BlockKind};
use ibid::check::{CheckOptions, run_all};
use ibid::synthetic;
use ibid::tui::app::App;
use ibid::tui::keymap::Keymap;
use ibid::tui::panes::draw;
use ibid::tui::text::{display_block, wrap_ranges};
use ibid::tui::theme::Theme;
use ibid::tui::view::ArticleView;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const KB: usize = 1000;
const MB: usize = 1_000_000;

/// The sizes to measure: 100 MB only when asked for.
fn sizes() -> Vec<(&'static str, usize)> {
    let mut sizes = vec![("10kB", 10 * KB), ("1MB", MB)];
    if std::env::var_os("IBID_BENCH_100MB").is_some_and(|v| v == "1") {
        sizes.push(("100MB", 100 * MB));
    }
    sizes
}

/// Fewer, longer samples for the large articles.
fn configure(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, size: usize) {
    group.sample_size(10);
    if size >= 100 * MB {
        // One run per sample: ten runs of a second or two each.
        group.sampling_mode(SamplingMode::Flat);
        group.measurement_time(Duration::from_secs(20));
    } else {
        group.sampling_mode(SamplingMode::Auto);
        group.measurement_time(Duration::from_secs(5));
    }
}

fn engine(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine");
    for (name, size) in sizes() {
        configure(&mut group, size);
        let text = synthetic::article(size, 1);

        let mut file = tempfile::NamedTempFile::new().expect("a temporary file");
        file.write_all(text.as_bytes()).expect("the article written");
        group.bench_function(BenchmarkId::new("load", name), |b| {
            b.iter(|| ibid::load::load_file(black_box(file.path())).map(|l| l.text.len()));
        });
        drop(file);

        group.bench_function(BenchmarkId::new("parse", name), |b| {
            b.iter_batched(
                || text.clone(),
                |text| ibid::parse::parse("synthetic.txt", black_box(text).into()),
                BatchSize::LargeInput,
            );
        });
        let article = ibid::parse::parse("synthetic.txt", text.into());
        group.bench_with_input(BenchmarkId::new("check", name), &article, |b, article| {
            b.iter(|| run_all(black_box(article), &CheckOptions::default()));
        });
        group.bench_with_input(BenchmarkId::new("wrap", name), &article, |b, article| {
            b.iter(|| wrap_screen(black_box(article), 64));
        });
    }
    group.finish();
}

/// What a first screen wraps when nothing is cached: the paragraphs from the
/// middle marker's on, made displayable and wrapped to `width`, until 40
/// rows are filled.
fn wrap_screen(article: &Article, width: usize) -> usize {
    let middle = article.markers.len() / 2;
    let first = article.markers.get(middle).map_or(0, |m| m.block);
    let mut rows = 0;
    for block in article.blocks.iter().skip(first) {
        if block.kind != BlockKind::Paragraph {
            continue;
        }
        let shown = display_block(article, &block.range, block.kind, &[]);
        rows += wrap_ranges(&shown.text, width).len() + 1;
        if rows >= 40 {
            break;
        }
    }
    rows
}

/// The reader's preview (the outline of the file's two ends its first
/// screen is drawn from): the cost must not grow with the article.
fn preview(c: &mut Criterion) {
    let mut group = c.benchmark_group("preview");
    group.sample_size(20);
    for (name, size) in [("10kB", 10 * KB), ("1MB", MB), ("100MB", 100 * MB)] {
        let mut file = tempfile::NamedTempFile::new().expect("a temporary file");
        file.write_all(synthetic::article(size, 1).as_bytes())
            .expect("the article written");
        group.bench_function(BenchmarkId::new("read", name), |b| {
            b.iter(|| {
                ibid::preview::Preview::read(black_box(file.path()), "synthetic.txt").map(|p| p.file_len)
            });
        });
    }
    group.finish();
}

/// One frame of the reader at 120×40 after `]` (the marker in the middle of
/// the article), with the checks' findings shown: the cost must not grow
/// with the article.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    for (name, size) in [("10kB", 10 * KB), ("1MB", MB), ("100MB", 100 * MB)] {
        let article = ibid::parse::parse("synthetic.txt", synthetic::article(size, 1).into());
        let findings = run_all(&article, &CheckOptions::default());
        let mut view = ArticleView::new(article, findings);
        let middle = view.article.markers.len() / 2;
        view.pane_size.set((64, 36));
        view.select_marker(middle);
        let app = App::with_article(view, Keymap::default(), Theme::default(), 0.55);
        let Ok(mut terminal) = Terminal::new(TestBackend::new(120, 40));
        group.bench_function(BenchmarkId::new("draw", name), |b| {
            b.iter(|| terminal.draw(|f| draw(black_box(&app), f)).map(|_| ()));
        });
    }
    group.finish();
}

criterion_group!(benches, engine, preview, frame);
criterion_main!(benches);
