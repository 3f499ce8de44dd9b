//! The Akoma Ntoso reader on any bytes (XML, FRBR metadata, layout), as the web upload reaches
//! it: a document or an error, never a panic; what it reads survives TOML and AKN round trips.
#![no_main]

#[allow(dead_code)] // each target uses one check
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::akn_check(data));
