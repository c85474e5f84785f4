//! Reference field extraction on arbitrary text: no panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = ibid::parse::fields::extract_fields(&text);
});
