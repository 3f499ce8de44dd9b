//! The `resdiff` binary end to end, one test binary: each command's exit codes, formats,
//! messages and files written (`cli_*`, `cmd` with the console sessions of `tests/cmd/`), the
//! tracking commands and their snapshots, CSV data out, and `serve` and `site` (`web_*`).
//!
//! Every file here was once a test binary of its own; one binary links the library once instead of
//! once per file. A test is found by its file's name: `cargo test --test cli cli_show::`.

#[path = "../common/mod.rs"]
mod common;

mod cli_conventions;
mod cli_diff;
mod cli_errors;
mod cli_markup;
mod cli_messages;
mod cli_show;
mod cli_tracking;
mod cmd;
mod data_out;
mod diff_title_notes;
mod history_paths;
mod list_escaping;
mod outcome_secretariat;
mod pair_order;
mod pdf_side;
mod project_inputs;
mod snapshots_tracking;
mod web_browser;
mod web_site;
mod writers_loadable;
