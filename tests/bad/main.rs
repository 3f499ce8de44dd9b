//! The bad-input catalogue, one test binary: what people feed `resdiff` by mistake or malice
//! (`bad_*`, `silent_choices`), hostile text that must not drive a terminal, a document or an
//! XML reader (issue 27), and the kept fuzz inputs.
//!
//! Every file here was once a test binary of its own; one binary links the library once instead of
//! once per file. A test is found by its file's name: `cargo test --test bad bad_pdfs::`.

#[path = "../common/mod.rs"]
mod common;

mod akn_strict;
mod amend_un_hostile;
mod bad_counts;
mod bad_files;
mod bad_inputs;
mod bad_output;
mod bad_pdfs;
mod bidi_newlines;
mod corpus_bad_file;
mod fuzz_regressions;
mod html_escaping;
mod markdown_lines;
mod silent_choices;
mod xml_controls;
