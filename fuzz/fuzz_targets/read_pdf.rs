//! The PDF reader on any bytes (the guard, hayro's parser and interpreter, the layout): a
//! document or an error, never a panic or an allocation past the caps.
#![no_main]

#[allow(dead_code)] // each target uses one check
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::read_pdf_check(data));
