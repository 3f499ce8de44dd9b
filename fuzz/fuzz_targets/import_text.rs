//! The plain-text importer on any bytes: it must return a document or an error, never panic,
//! and a document it returns must survive the corpus round trip (TOML out, TOML in).
#![no_main]

#[allow(dead_code)] // each target uses one check
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::import_text_check(data));
