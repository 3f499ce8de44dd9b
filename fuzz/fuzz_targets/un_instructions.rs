//! UN amendment instructions on any text, parsed and applied to GA 74/197: instructions or a
//! parse error, then a text or an error naming the instruction; never a panic.
#![no_main]

#[allow(dead_code)] // each target uses one check
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::un_instructions_check(data));
