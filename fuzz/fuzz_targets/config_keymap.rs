//! The config file loader (with its `[keys]` table merged into the keymap)
//! and the key notation reader on arbitrary bytes: no panic.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fn scratch() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("scratch folder"))
}

fuzz_target!(|data: &[u8]| {
    let path = scratch().path().join("config.toml");
    std::fs::write(&path, data).expect("write config");
    if let Ok(config) = ibid::tui::config::load_config(&path) {
        let _ = config.keymap();
    }
    let text = String::from_utf8_lossy(data);
    let _ = ibid::tui::keymap::parse_keys(&text);
    let _ = ibid::tui::keymap::parse_key(&text);
});
