//! Times the reader's preview (what the first screen is drawn from) warm:
//! `Preview::read` 300 times on one article, the best and the mean. The
//! first screen's own work is this; the rest is starting the process and
//! drawing. `cargo run --release --example preview_timing -- big.txt`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: preview_timing ARTICLE");
        return ExitCode::from(2);
    };
    let mut best = f64::MAX;
    let mut total = 0.0;
    for _ in 0..300 {
        let start = std::time::Instant::now();
        if ibid::preview::Preview::read(std::path::Path::new(&path), &path).is_err() {
            eprintln!("{path}: cannot be read");
            return ExitCode::from(2);
        }
        let took = start.elapsed().as_secs_f64() * 1000.0;
        best = best.min(took);
        total += took;
    }
    println!(
        "preview of {path}: best {best:.3} ms, mean {:.3} ms",
        total / 300.0
    );
    ExitCode::SUCCESS
}
