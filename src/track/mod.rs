//! Tracking: what the commands on top of the pipeline make of many texts at once. Each takes
//! documents and diffs from the stages before it and returns values; the rendering stage after it
//! (`render::report`) writes them out (log, blame, refs, synoptic table, outcome, merge).
//!
//! - [`history`]: the revisions of one resolution in date order (`log`), and where each clause
//!   first appeared and last changed (`blame`);
//! - [`refs`]: citations of other resolutions, which of them a later conference superseded, and
//!   the proposal that updates them;
//! - [`compile`]: the synoptic table of several proposals against one base;
//! - [`outcome`]: what became of each change of a proposal in the adopted text;
//! - [`apply`]: a changeset applied to the base it was made against;
//! - [`merge`]: two proposals combined against their base;
//! - [`parallel`]: the language versions of one revision checked against each other;
//! - [`search`]: clauses holding a term, across the corpus and its languages;
//! - [`project`]: a source-language change carried onto a target language, and translation
//!   drift.

pub mod apply;
pub mod compile;
pub mod history;
pub mod merge;
pub mod outcome;
pub mod parallel;
pub mod project;
pub mod refs;
pub mod search;
