//! `resdiff`: versioned clause trees of ITU resolutions, compared clause by clause.
//!
//! Data flows one way, and the module list is the flow:
//!
//! | stage | module | what it holds |
//! |---|---|---|
//! | 1 | [`model`] | the clause tree ([`Document`] > sections > clauses), labels, section kinds, conferences, and the [`model::text`] forms texts are compared in |
//! | 2 | [`input`] | everything that makes a `Document`: the TOML [`input::corpus`], [`input::plain`] text, [`input::docx`], and [`input::source`] which picks among them |
//! | 3 | [`align`] | which clause of one text is which clause of the other |
//! | 4 | [`diff`] | an alignment classified (ITU symbols) and diffed word by word: the [`DocDiff`] |
//! | 5 | [`markup`] | a diff laid out as the proposal a delegation submits |
//! | 6 | [`render`] | one module per output format, for trees, diffs and proposals |
//! | 7 | [`track`] | commands on many texts: history, refs, compile, outcome, apply, merge |
//!
//! A module uses those above it in the table, never those below. The `resdiff` binary (and,
//! later, the web server) is a thin shell over this library: the library never prints; it
//! returns values and typed errors, and the binary decides what to show and which exit code to
//! use.

pub mod align;
pub mod diff;
pub mod input;
pub mod markup;
pub mod model;
pub mod render;
pub mod track;
