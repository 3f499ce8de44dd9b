//! Input: everything that makes a [`Document`]. The [`corpus`] of TOML files and the addresses
//! that name them, [`plain`] text as Word exports it, [`docx`] as ITU publishes it (with or
//! without tracked changes), and [`source`], which takes whatever the user names (an address or a
//! path) to the right reader. [`limits`] caps what any reader takes in.
//!
//! Readers tell what they did not take as it was in a list of [`Warning`]s; they never fix text
//! silently, and they never print.

pub mod akn;
pub mod corpus;
pub mod docx;
mod fields;
mod heading;
mod language;
pub mod limits;
pub mod pdf;
pub mod plain;
pub mod read;
pub(crate) mod recommendation;
pub mod series;
pub mod source;
pub mod un_bodies;
mod xml_ref;

use std::path::Path;

use fields::{FrontMatter, front_matter, metadata, parse_or};

pub use docx::{DocxError, DocxImport, Side, import_docx, import_docx_file};
pub use heading::{fold as fold_heading, formula_venue_year, heading_kind, is_formula};
pub use language::detect_language;
pub use plain::{import_text, import_text_with, to_plain_text};

use crate::input::corpus::{Check, LoadError, check_document};
use crate::model::{Body, Date, Document, Language, ResNumber, RevisionId, Status, unknown};

/// Something the importer wants a person to check, at a line of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line of the input (paragraph number for DOCX).
    pub line: usize,
    /// What to check, in a sentence.
    pub message: String,
    /// The field whose value the importer chose where nothing gave one (a UN series found in
    /// the corpus): the caller says how to give another.
    pub chosen: Option<Field>,
}

/// The result of an import: the document and what to tell about it.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The imported text.
    pub document: Document,
    /// What the importer did not take as it was.
    pub warnings: Vec<Warning>,
}

/// Metadata given by the caller; each field overrides the front matter and what the text says.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The language of the text.
    pub language: Option<Language>,
    /// The body that adopted or will adopt it.
    pub body: Option<Body>,
    /// ITU: the resolution number; UN: the series slug.
    pub number: Option<ResNumber>,
    /// The resolution's title.
    pub title: Option<String>,
    /// The revision id, e.g. `dubai-2014`.
    pub revision: Option<String>,
    /// Adopted, draft or proposal.
    pub status: Option<Status>,
    /// The year of the conference.
    pub year: Option<u16>,
    /// The conference venue (English).
    pub venue: Option<String>,
    /// ISO date of adoption or submission.
    pub date: Option<Date>,
    /// Who proposes it (required for proposals).
    pub proposer: Option<String>,
    /// The source document, e.g. `WTDC-17/23`.
    pub source: Option<String>,
    /// The revision a proposal amends (`unknown` is none), checked as an id.
    pub base: Option<String>,
    /// Metadata that nothing gives is unknown (body `unknown`, number and year 0, title and
    /// revision `unknown`) instead of an error: for comparing, which needs none of it; never for
    /// writing the corpus.
    pub allow_unknown: bool,
}

/// A piece of metadata an import needs; [`ImportError::Missing`] names those nothing gave.
/// Callers name their own way of giving it (the CLI: a flag).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The text's language.
    Language,
    /// The body that adopts the resolution.
    Body,
    /// The resolution number.
    Number,
    /// The resolution's title.
    Title,
    /// The year of the conference.
    Year,
    /// The revision id.
    Revision,
    /// A UN resolution's series.
    Series,
    /// Who proposes a proposal.
    Proposer,
}

/// `a`, `a and b`, `a, b and c`.
pub fn and_list<T: std::fmt::Display>(items: &[T]) -> String {
    let all: Vec<String> = items.iter().map(T::to_string).collect();
    match all.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Field::Language => "the language",
            Field::Body => "the body",
            Field::Number => "the resolution number",
            Field::Title => "the resolution title",
            Field::Year => "the year",
            Field::Revision => "the revision id",
            Field::Series => "the series",
            Field::Proposer => "the proposer",
        })
    }
}

/// Why a text could not be imported.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    // The caller names the file (see `source::SourceError::Import`).
    #[error("cannot read: {source}")]
    Io {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("not UTF-8 text (byte {offset}); save it as UTF-8 plain text")]
    NotUtf8 {
        path: std::path::PathBuf,
        offset: usize,
    },
    #[error("line {line}: front matter: {message}")]
    FrontMatter { line: usize, message: String },
    #[error("line {line}: text before the first section heading: `{text}`")]
    Orphan { line: usize, text: String },
    #[error(
        "no section heading found (recalling, considering, resolves, ... or إذ يذكّر, يقرر, ...)"
    )]
    NoSections,
    /// Line ends that are lone carriage returns: the text reads as one line.
    #[error(
        "lines end with a lone carriage return (CR, as classic Mac OS wrote them), so the text reads as one line with no section heading: save it with LF or CRLF line ends"
    )]
    LoneCr,
    /// Neither the caller, the front matter nor the text gives these fields (all of them at
    /// once: one run names everything a second run needs).
    #[error("cannot tell {}", and_list(.0))]
    Missing(Vec<Field>),
    /// The text fits more than one language as well (or has no letters at all).
    #[error(
        "cannot tell the language: {}",
        if candidates.is_empty() { "the text has no letters".to_string() } else { format!("it reads as {}", candidates.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(" or ")) }
    )]
    Language { candidates: Vec<Language> },
    #[error("the imported text is not a valid resolution: {0}")]
    Invalid(String),
    #[error(transparent)]
    Docx(#[from] docx::DocxError),
    #[error(transparent)]
    Akn(#[from] akn::AknError),
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    #[error("cannot tell the series: {why}")]
    NoSeries { why: String },
    /// A series given for an ITU resolution, or a number for a UN one.
    #[error(
        "the imported text is not a valid resolution: a UN resolution takes a series name (ict4sd, say), an ITU one a number: not {number} for {}", crate::model::unknown::body_name(*.body)
    )]
    NumberKind {
        number: ResNumber,
        body: Option<Body>,
    },
    #[error("the file is empty")]
    Empty,
    #[error("the file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8")]
    Utf16,
    #[error("the file has {size} bytes, more than the {limit} resdiff reads")]
    TooLarge { limit: u64, size: u64 },
    /// Counted before reading (a clause is a line): see [`limits::MAX_LINES`].
    #[error(
        "the text has {lines} lines with text, more than the {limit} resdiff reads (a clause is a line; at most {} clauses)",
        limits::MAX_CLAUSES
    )]
    TooManyLines { lines: usize, limit: usize },
    #[error(
        "the document holds tracked changes (by {authors}): say which text to take, the base (changes rejected) or the proposal (changes accepted)"
    )]
    ChooseSide { authors: String },
    #[error("the document holds no tracked changes, so it has no proposal side; take it whole")]
    NoTrackedChanges,
}

/// Reads a file (UTF-8, with or without BOM) and imports it.
pub fn import_file(path: &Path, opts: &ImportOptions) -> Result<Imported, ImportError> {
    import_file_with(path, opts, &ImportOptions::default())
}

/// [`import_file`] with `fallback` metadata, used only where neither the options, the front
/// matter nor the text give a value.
pub fn import_file_with(
    path: &Path,
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    import_text_with(&read_text_file(path)?, opts, fallback)
}

/// A text file for an importer (plain text, Akoma Ntoso XML), refused when empty, UTF-16, not
/// UTF-8 or past the size limit (the BOM is left to the reader).
pub(crate) fn read_text_file(path: &Path) -> Result<String, ImportError> {
    text_of(read_capped(path, crate::input::limits::MAX_TEXT)?, path)
}

/// Imports a plain-text resolution held in memory (an upload), checked as a file is: within
/// [`limits::MAX_TEXT`], not empty, not UTF-16, valid UTF-8. `path` names it in errors.
pub fn import_bytes(
    bytes: Vec<u8>,
    path: &Path,
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    let size = bytes.len() as u64;
    if size > limits::MAX_TEXT {
        return Err(ImportError::TooLarge {
            limit: limits::MAX_TEXT,
            size,
        });
    }
    import_text_with(&text_of(bytes, path)?, opts, fallback)
}

/// The checks every plain-text input gets, from its bytes to its text.
pub(crate) fn text_of(bytes: Vec<u8>, path: &Path) -> Result<String, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportError::Utf16);
    }
    crate::input::limits::utf8(bytes).map_err(|offset| ImportError::NotUtf8 {
        path: path.to_path_buf(),
        offset,
    })
}

/// A file's bytes within `limit`, as an import error naming the cause.
fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ImportError> {
    crate::input::limits::read_file(path, limit).map_err(|e| match e {
        crate::input::limits::Capped::Io(source) => ImportError::Io {
            path: path.to_path_buf(),
            source,
        },
        crate::input::limits::Capped::TooLarge { size } => ImportError::TooLarge { limit, size },
    })
}

/// The corpus validator has the last word on metadata, so an import never writes a file the
/// loader would refuse for reasons other than the ones warned about. The document comes back as
/// the loader reads it. Metadata left unknown (see [`ImportOptions::allow_unknown`]) is not the
/// validator's business: it checks the rest, and the unknowns come back as they went in.
pub(crate) fn validate(document: Document) -> Result<Document, ImportError> {
    checked(document, Check::AllowDuplicateLabels).map_err(|e| ImportError::Invalid(e.unlocated()))
}

/// The loader's checks on a document about to be written (`check`: how strict), with metadata
/// left unknown taken as known: a writer must not give a file the loader refuses for any other
/// reason.
pub(crate) fn checked(mut document: Document, check: Check) -> Result<Document, LoadError> {
    let (r, v) = (&mut document.resolution, &mut document.revision);
    let (body, number, title, year) = (r.body, r.number.clone(), r.title.clone(), v.year);
    let id = v.id.clone();
    // Stand-ins the validator accepts: a body of the kind the number asks for (a series is a UN
    // body's, `--series`).
    r.body = Some(body.unwrap_or(match r.number {
        Some(ResNumber::Series(_)) => Body::Unga,
        _ => Body::Wtdc,
    }));
    // A UN body's text (copied from its PDF) names no series: a series stands in.
    r.number.get_or_insert(if body.is_some_and(Body::is_un) {
        ResNumber::Series("unknown".into())
    } else {
        ResNumber::Number(1)
    });
    r.title
        .get_or_insert_with(|| unknown::UNKNOWN_TEXT.to_string());
    v.year.get_or_insert(2000);
    v.id.get_or_insert_with(RevisionId::stand_in);
    let mut checked = check_document(document, Path::new("import"), check)?;
    if body.is_none() {
        checked.resolution.body = None;
    }
    if number.is_none() {
        checked.resolution.number = None;
    }
    if title.is_none() {
        checked.resolution.title = None;
    }
    if year.is_none() {
        checked.revision.year = None;
    }
    if id.is_none() {
        checked.revision.id = None;
    }
    Ok(checked)
}

fn char_name(c: char) -> &'static str {
    match c {
        '\u{0400}'..='\u{04FF}' => "Cyrillic",
        '\u{0370}'..='\u{03FF}' => "Greek",
        _ => "a non-Latin letter",
    }
}

/// `RESOLUTION 30 (Rev. Dubai, 2014)` / `القرار 30 ...` / `RÉSOLUTION 30`, `RESOLUCIÓN 30`,
/// `РЕЗОЛЮЦИЯ 30`, `第30号决议`: the number, and what follows it.
pub(crate) fn resolution_number(line: &str) -> Option<(u32, &str)> {
    let t = line.trim();
    let rest = [
        "RESOLUTION ",
        "Resolution ",
        "القرار ",
        "RÉSOLUTION ",
        "Résolution ",
        "RESOLUCIÓN ",
        "Resolución ",
        "РЕЗОЛЮЦИЯ ",
        "Резолюция ",
        "第",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p))?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number = rest[..digits].parse().ok()?;
    let after = rest[digits..].trim();
    Some((
        number,
        after.strip_prefix("号决议").map_or(after, str::trim),
    ))
}

/// `(Mod. 2016)` (or `(Изм. 2016)`, `(المعدل في 2016)`) after a Council resolution's number: the
/// year of the session that modified it.
pub(crate) fn modified_year(after_number: &str) -> Option<u16> {
    let inner = after_number.strip_prefix('(')?.split(')').next()?.trim();
    let year = ["Mod.", "mod.", "Mod ", "Изм.", "المعدل في"]
        .iter()
        .find_map(|p| inner.strip_prefix(p))?
        .trim();
    year.parse().ok()
}

/// A revision id given as text: `unknown` stands for none (front matter `show` wrote for a text
/// that named none); anything else is checked as the corpus checks it.
pub(crate) fn revision_id(given: &str) -> Result<Option<RevisionId>, ImportError> {
    unknown::read_revision(given)
        .map_err(|e| ImportError::Invalid(corpus::Problem::BadRevision(e.to_string()).to_string()))
}

/// One side (`old` or `new`) of a targeted case of `fixtures/diff/`, imported: the texts the
/// unit tests of the later stages (align, diff) share.
#[cfg(test)]
pub(crate) fn diff_fixture(case: &str, side: &str) -> crate::model::Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/diff")
        .join(case)
        .join(format!("{side}.txt"));
    import_file(&path, &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .document
}

#[cfg(test)]
mod tests;
