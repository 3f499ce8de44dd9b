//! Reading one resolution TOML file into a validated [`Document`].
//!
//! Parsing keeps byte spans of every key that can be wrong (`toml::Spanned`), so that each
//! [`Problem`](super::Problem) is reported at its line. All problems of a file are collected, not
//! just the first, so a translator fixing a file sees the whole list at once. The checks
//! themselves are in [`super::validate`].

use std::path::Path;

use rustc_hash::FxHashSet;
use serde::Deserialize;
use toml::Spanned;

use super::error::LoadError;
use super::validate::Validator;
use crate::input::limits;
use crate::model::{Clause, Document, ResNumber, unknown};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDoc {
    pub(super) language: Spanned<String>,
    #[serde(default)]
    pub(super) formula: Option<String>,
    /// The line of earlier revisions under the title (`model::Document::revision_line`).
    #[serde(default)]
    pub(super) revision_line: Option<Spanned<String>>,
    pub(super) resolution: RawResolution,
    pub(super) revision: RawRevision,
    #[serde(default)]
    pub(super) section: Vec<RawSection>,
    #[serde(default)]
    pub(super) footnote: Vec<RawFootnote>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawResolution {
    pub(super) body: Spanned<String>,
    /// ITU resolutions.
    #[serde(default)]
    pub(super) number: Option<Spanned<i64>>,
    /// UN resolutions (issue 12): the series slug.
    #[serde(default)]
    pub(super) series: Option<Spanned<String>>,
    /// ITU Recommendations (issue 24): `D.19`, `J.1108`.
    #[serde(default)]
    pub(super) recommendation: Option<Spanned<String>>,
    pub(super) title: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRevision {
    pub(super) id: Spanned<String>,
    pub(super) status: Spanned<String>,
    #[serde(default)]
    pub(super) venue: Option<String>,
    pub(super) year: Spanned<i64>,
    #[serde(default)]
    pub(super) date: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) proposer: Option<String>,
    #[serde(default)]
    pub(super) source: Option<String>,
    #[serde(default)]
    pub(super) base: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) symbol: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSection {
    pub(super) kind: Spanned<String>,
    pub(super) heading: String,
    #[serde(default)]
    pub(super) clause: Vec<RawClause>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClause {
    #[serde(default)]
    pub(super) label: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) call: Option<Spanned<String>>,
    pub(super) text: Spanned<String>,
    #[serde(default)]
    pub(super) clause: Vec<RawClause>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFootnote {
    pub(super) mark: Spanned<String>,
    pub(super) text: String,
}

/// Reads and validates a file.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    let limit = crate::input::limits::MAX_TOML;
    let source = crate::input::limits::read_file_to_string(path, limit).map_err(|e| match e {
        crate::input::limits::Capped::Io(source) => LoadError::Io {
            path: path.to_path_buf(),
            source,
        },
        crate::input::limits::Capped::TooLarge { size } => LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit,
        },
    })?;
    parse_document(&source, path)
}

/// How strict validation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Everything, as the corpus requires.
    Full,
    /// Everything but duplicate labels: for raw imports of marked-up texts, where an old and a
    /// new clause may stand side by side with the same label until someone separates them.
    AllowDuplicateLabels,
}

/// Parses and validates TOML text; `path` is only used in messages.
pub fn parse_document(source: &str, path: &Path) -> Result<Document, LoadError> {
    parse_document_with(source, path, Check::Full)
}

/// [`parse_document`] with a choice of strictness.
pub fn parse_document_with(source: &str, path: &Path, check: Check) -> Result<Document, LoadError> {
    // The parser's tables, not the file's bytes, are what a file costs: counted before parsing.
    let (items, limit) = (limits::toml_items(source), limits::MAX_TOML_ITEMS);
    if items > limit {
        return Err(LoadError::TooManyItems {
            path: path.to_path_buf(),
            items,
            limit,
        });
    }
    // Files as resdiff writes them are read by the fast reader; anything else, and every error,
    // by `toml`, which the fast reader gives way to rather than judging.
    let raw: RawDoc = match super::fast::parse(source) {
        Some(raw) => raw,
        None => from_toml(source, path)?,
    };
    validate(raw, source, path, check)
}

/// `source` read by `toml`, its error placed at its line.
fn from_toml(source: &str, path: &Path) -> Result<RawDoc, LoadError> {
    toml::from_str(source).map_err(|e| {
        let message = e.message().trim().to_string();
        match e.span() {
            Some(s) => LoadError::Syntax {
                path: path.to_path_buf(),
                line: Lines::new(source).at(s.start),
                message,
            },
            None if message == "recursion limit" => LoadError::SyntaxUnplaced {
                path: path.to_path_buf(),
                message: "keys or tables nested deeper than the TOML reader goes (a key dotted \
                          hundreds of times?); the reader gives no line"
                    .into(),
            },
            None => LoadError::SyntaxUnplaced {
                path: path.to_path_buf(),
                message,
            },
        }
    })
}

fn validate(raw: RawDoc, source: &str, path: &Path, check: Check) -> Result<Document, LoadError> {
    let mut v = Validator {
        source,
        lines: std::cell::OnceCell::new(),
        check,
        problems: Vec::new(),
        cited: Vec::new(),
        written: FxHashSet::default(),
        clauses: 0,
    };
    let doc = v.document(raw);
    match (doc, v.problems.is_empty()) {
        (Some(doc), true) => Ok(doc),
        _ => Err(LoadError::Invalid {
            path: path.to_path_buf(),
            problems: v.problems,
        }),
    }
}

/// The loader's checks on a document made in memory (an import), as if it had been written out
/// and read back, but without the TOML text: writing and parsing it again cost 2 KB of memory a
/// clause (4 GB for a 16 MiB text of short clauses). The document is moved through the checks,
/// not copied, and comes back as the loader would give it. Problems name line 1: there is no
/// file yet.
pub fn check_document(doc: Document, path: &Path, check: Check) -> Result<Document, LoadError> {
    let at = |s: &str| Spanned::new(0..0, s.to_string());
    let raw = RawDoc {
        language: at(doc.language.as_str()),
        formula: doc.formula,
        revision_line: doc.revision_line.map(|l| Spanned::new(0..0, l)),
        resolution: RawResolution {
            // What is unknown goes in as the stand-in the TOML would hold, so it is refused
            // with the message a file gets.
            body: at(unknown::body_name(doc.resolution.body)),
            number: match &doc.resolution.number {
                Some(ResNumber::Series(_) | ResNumber::Recommendation(_)) => None,
                Some(ResNumber::Number(n)) => Some(i64::from(*n)),
                None => Some(i64::from(unknown::UNKNOWN_NUMBER)),
            }
            .map(|n| Spanned::new(0..0, n)),
            recommendation: match &doc.resolution.number {
                Some(ResNumber::Recommendation(r)) => Some(Spanned::new(0..0, r.clone())),
                _ => None,
            },
            series: match doc.resolution.number {
                Some(ResNumber::Series(s)) => Some(Spanned::new(0..0, s)),
                _ => None,
            },
            title: at(unknown::title(doc.resolution.title.as_deref())),
        },
        revision: RawRevision {
            id: Spanned::new(0..0, doc.revision.id_shown().to_string()),
            status: at(doc.revision.stage.status().as_str()),
            venue: doc.revision.venue,
            year: Spanned::new(0..0, i64::from(unknown::year(doc.revision.year))),
            date: doc.revision.date.map(|d| Spanned::new(0..0, d.to_string())),
            proposer: doc.revision.stage.proposer().map(ToString::to_string),
            source: doc.revision.source,
            base: doc.revision.base.map(|b| Spanned::new(0..0, b.to_string())),
            symbol: doc.revision.symbol,
        },
        section: doc
            .sections
            .into_iter()
            .map(|s| RawSection {
                kind: at(s.kind.as_str()),
                heading: s.heading,
                clause: raw_clauses(s.clauses),
            })
            .collect(),
        footnote: doc
            .footnotes
            .into_iter()
            .map(|f| RawFootnote {
                mark: Spanned::new(0..0, f.mark),
                text: f.text,
            })
            .collect(),
    };
    validate(raw, "", path, check)
}

/// Clauses as the TOML writer lays them out (an empty written label is no `label` key).
fn raw_clauses(clauses: Vec<Clause>) -> Vec<RawClause> {
    clauses
        .into_iter()
        .map(|c| RawClause {
            label: (!c.label.written().is_empty())
                .then(|| Spanned::new(0..0, c.label.written().to_string())),
            text: Spanned::new(0..0, c.text),
            call: c.call.map(|call| Spanned::new(0..0, call)),
            clause: raw_clauses(c.children),
        })
        .collect()
}

/// Byte offsets where lines start, so that each span finds its line in O(log n): counting
/// newlines per span made loading quadratic in file size.
pub(super) struct Lines(Vec<usize>);

impl Lines {
    pub(super) fn new(source: &str) -> Lines {
        let starts = std::iter::once(0)
            .chain(
                source
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Lines(starts)
    }

    pub(super) fn at(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}
