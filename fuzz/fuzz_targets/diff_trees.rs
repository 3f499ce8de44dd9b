//! Diff, markup and apply on two arbitrary texts (the input split at its first NUL, each side
//! imported): no panic, and applying the diff's JSON to the old text gives the new one.
#![no_main]

#[allow(dead_code)] // each target uses one check
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::diff_trees_check(data));
