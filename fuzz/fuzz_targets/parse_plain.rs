//! The plain-text parser and every check on arbitrary bytes: no panic, no
//! range outside the text.

#![no_main]

mod common;

use ibid::check::{CheckOptions, run_all};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(loaded) = ibid::load::decode(std::path::Path::new("fuzz.txt"), data) else {
        return;
    };
    let article = ibid::parse::parse_plain("fuzz.txt", loaded.text, ibid::parse::Depth::Full);
    common::check_article(&article);
    let _ = run_all(&article, &CheckOptions::default());
});
