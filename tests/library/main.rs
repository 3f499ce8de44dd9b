//! The library as a Rust caller takes it, one test binary: its front door, its layering and its
//! words, and the diff, merge and outcome engines on real texts (moves, sections, footnotes,
//! provisions at every depth).
//!
//! Every file here was once a test binary of its own; one binary links the library once instead of
//! once per file. A test is found by its file's name: `cargo test --test library moves::`.

#[path = "../common/mod.rs"]
mod common;

mod footnote_renumbering;
mod front_door;
mod layering;
mod library_alone;
mod library_words;
mod merge_many;
mod moves;
mod provisions;
mod provisions_merge;
mod sections_paired;
mod synth;
