//! The corpus TOML loader on any text: a document or a located error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resdiff::input::corpus::parse_document;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_document(text, std::path::Path::new("fuzz.toml"));
    }
});
