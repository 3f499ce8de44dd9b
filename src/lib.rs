//! `resdiff`: versioned clause trees of ITU resolutions, compared clause by clause.
//!
//! Data flows one way: [`import`] and [`corpus`] read texts into the clause tree of [`model`];
//! [`render`] turns trees into output. The library never prints; it returns values and typed
//! errors, and the `resdiff` binary decides what to show and which exit code to use.

pub mod align;
pub mod apply;
pub mod compile;
pub mod corpus;
pub mod diff;
pub mod history;
pub mod import;
pub mod limits;
pub mod markup;
pub mod model;
pub mod outcome;
pub mod refs;
pub mod render;
pub mod source;
pub mod synth;
pub mod text;
