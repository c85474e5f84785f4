//! Writes a synthetic article of a given size to stdout, for measuring:
//! `cargo run --release --example generate_article -- 100000000 [SEED] > big.txt`

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let bytes = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let text = ibid::synthetic::article(bytes, seed);
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        std::process::exit(2);
    }
}
