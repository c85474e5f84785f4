//! Parse, check and one reader frame, on synthetic articles of 10 kB, 1 MB
//! and (frames only) 100 MB. Run with `cargo bench --bench engine`; results
//! and the machine they were measured on are in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ibid::check::{CheckOptions, run_all};
use ibid::synthetic;
use ibid::tui::app::App;
use ibid::tui::keymap::Keymap;
use ibid::tui::panes::draw;
use ibid::tui::theme::Theme;
use ibid::tui::view::ArticleView;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const KB: usize = 1000;
const MB: usize = 1_000_000;

fn parse_and_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);
    for (name, size) in [("10kB", 10 * KB), ("1MB", MB)] {
        let text = synthetic::article(size, 1);
        group.bench_with_input(BenchmarkId::new("parse", name), &text, |b, text| {
            b.iter(|| ibid::parse::parse("synthetic.txt", black_box(text.clone())));
        });
        let article = ibid::parse::parse("synthetic.txt", text);
        group.bench_with_input(BenchmarkId::new("check", name), &article, |b, article| {
            b.iter(|| run_all(black_box(article), &CheckOptions::default()));
        });
    }
    group.finish();
}

/// One frame of the reader at 120×40 after `]` (the marker in the middle of
/// the article): the cost must not grow with the article.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    for (name, size) in [("10kB", 10 * KB), ("100MB", 100 * MB)] {
        let article = ibid::parse::parse("synthetic.txt", synthetic::article(size, 1));
        let mut view = ArticleView::new(article, Vec::new());
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

criterion_group!(benches, parse_and_check, frame);
criterion_main!(benches);
