//! `resdiff`: versioned clause trees of ITU resolutions, compared clause by clause.
//!
//! # Quick start
//!
//! Two revisions of a resolution as plain text (a title formula, heading lines, one
//! `label<TAB>text` line per clause), compared in one call, and the diff printed as
//! `resdiff diff` prints it:
//!
//! ```
//! use resdiff::render::{Style, diff_text};
//!
//! let head = "RESOLUTION 30 (Rev. Dubai, 2014)\nRole of ITU-D in implementing WSIS\n";
//! let old = format!("{head}The World Telecommunication Development Conference (Dubai, 2014),\n\
//!     resolves\n1\tto continue the work;\n2\tto report to the Council,\n");
//! let new = format!("{head}The World Telecommunication Development Conference (Kigali, 2017),\n\
//!     resolves\n1\tto continue the work with the other Sectors;\n2\tto report to the Council,\n");
//! let diff = resdiff::compare(&old, &new)?;
//! print!("{}", diff_text::render(&diff, Style::PLAIN, Default::default()));
//! assert!(diff.has_changes());
//! # Ok::<(), resdiff::CompareError>(())
//! ```
//!
//! [`compare_files`] takes paths (corpus `.toml`, `.docx`, Akoma Ntoso `.xml`, plain text);
//! [`Comparison`] sets the language and the normalisations (`ignore_whitespace`, ...) and keeps
//! the importers' warnings.
//! The [`render`] modules turn the [`DocDiff`] into Markdown, JSON or an ITU proposal.
//!
//! # The stages
//!
//! Data flows one way, and the module list is the flow:
//!
//! | stage | module | what it holds |
//! |---|---|---|
//! | 1 | [`model`] | the clause tree ([`Document`] > sections > clauses), labels, section kinds, conferences, and the [`model::text`] forms texts are compared in |
//! | 2 | [`input`] | everything that makes a `Document`: the TOML [`input::corpus`], [`input::plain`] text, [`input::docx`], Akoma Ntoso ([`input::akn`]), and [`input::source`], the one place that picks among them |
//! | 3 | [`align`] | which clause of one text is which clause of the other |
//! | 4 | [`diff`] | an alignment classified (ITU symbols) and diffed word by word: the [`DocDiff`] |
//! | 5 | [`markup`] | a diff laid out as the proposal a delegation submits, or as UN amendment instructions, whose words ([`markup::vocabulary`]) `track::apply` reads back |
//! | 6 | [`track`] | commands on many texts: history, refs, compile, outcome, apply, merge, parallel, project |
//! | 7 | [`render`] | one module per output format, for trees, diffs, proposals and the tracking reports |
//!
//! A module uses those above it in the table, never those below (`tests/library/layering.rs`
//! checks it).
//! The `resdiff` binary, with its command line, its web app (`resdiff serve`) and static site
//! (`resdiff site`), is a thin shell over this library: the library never prints; it returns
//! values and typed errors, and the binary decides what to show and which exit code to use.
//! `docs/architecture.md` in the repository says which folder holds what.

#![deny(clippy::print_stdout, clippy::print_stderr)]
#![warn(missing_docs)]

mod compare;
mod work;

pub mod align;
pub mod diff;
pub mod input;
pub mod markup;
pub mod model;
pub mod render;
pub mod track;

pub use compare::{CompareError, Compared, Comparison, Input, compare, compare_files};
// `ClauseChange.inline` holds `Segment`s of `Op`s: a caller reading a diff needs both by name.
pub use diff::{Change, ClauseChange, DiffError, DiffOptions, DocDiff, Op, SectionChange, Segment};
pub use input::corpus::{Address, LoadError};
pub use input::source::SourceError;
pub use input::{ImportError, Warning};
pub use model::{Body, Clause, Document, Label, Language, Section, SectionKind, Status};
pub use render::Style;
