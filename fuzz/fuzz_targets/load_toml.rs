//! The corpus TOML loader on any text: a document or a located error, never a panic; a document
//! loaded survives being written and read again.
#![no_main]

#[allow(dead_code)] // each target uses one check
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::load_toml_check(data));
