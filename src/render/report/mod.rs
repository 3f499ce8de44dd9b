//! Reports of the tracking commands, one module per format: [`text`] for the terminal (log,
//! blame, refs, outcome, merge conflicts), [`compile_md`] and [`compile_html`] for the synoptic
//! table, [`outcome_html`] for `outcome --format html`, [`merge_json`] for `merge --format json`,
//! [`parallel`] and [`project`] for the six-language commands, [`search_text`] for `search`. They sit in the rendering stage,
//! after tracking, so the CLI, the web app and the static site share one renderer per format,
//! escaped and styled exactly as a diff is.

pub mod compile_html;
pub mod compile_md;
mod compile_notes;
pub mod history_html;
pub mod lineage_svg;
pub mod merge_json;
pub mod outcome_html;
pub mod paragraph_html;
pub mod parallel;
pub mod project;
pub mod search_text;
pub mod text;
