//! Reports of the tracking commands, one module per format: [`text`] for the terminal (log,
//! blame, refs, outcome, merge conflicts), [`compile_md`] and [`compile_html`] for the synoptic
//! table, [`outcome_html`] for `outcome --format html`, [`merge_json`] for `merge --format json`. Escaping and colour come from [`crate::render`], so a report is safe and styled exactly
//! as a diff is.

pub mod compile_html;
pub mod compile_md;
pub mod history_html;
pub mod lineage_svg;
pub mod merge_json;
pub mod outcome_html;
pub mod text;
