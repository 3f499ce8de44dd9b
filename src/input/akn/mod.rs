//! Akoma Ntoso 3.0 as the UN writes it (AKN4UN): `<statement name="resolution">` and `<act>`.
//!
//! - FRBR metadata: the body from the work's author (`ga`, `ecosoc`, `hrc`, `sc`), the adoption
//!   date, the expression's language (`ara zho eng fra rus spa`); the symbol from the cover page
//!   (`A/RES/78/132`), else from the work's IRI.
//! - `<preamble>`: the formula, then one `<container>` per preambular paragraph: one unlabelled
//!   clause each, in a section of kind `preambular`.
//! - `<mainBody>`: `<paragraph>`s with `<num>` (or, where the markup put it in the text, a
//!   leading `1 -`), `<list>` with `<intro>` and `<point>`s nested as child clauses, in sections
//!   of kind `operative`; a paragraph holding only a `<subheading>` opens a new one under
//!   that heading (ECOSOC's "Taking stock: ...").
//! - `<authorialNote>`s: footnotes, referred to as `[^marker]` where they stand.
//! - Resolutions adopted in parts: one part per file (`78/183 A`: revision `78-183a`), or a
//!   `<documentCollection>` of `<statement>`s (78/80 A-B), read as one text whose sections are
//!   headed by each part's letter and title.
//! - The opening italic (or bold: Chinese has no italics) words of each paragraph: its call.
//!
//! The series a revision belongs to is not in the file: the caller names it, or the importer
//! proposes the series of its predecessor in the corpus (same title, or a recalled resolution on
//! the same subject: [`crate::input::series`]).

mod body;
mod dom;
mod exported;
mod itu;
mod itu_import;
mod itu_repairs;
mod meta;
mod paragraph;
mod said;
mod text;

pub use itu::{FinalActs, ItuText, is_final_acts, read_final_acts};
pub use itu_import::{FinalActsImport, import_final_acts, import_final_acts_file};

use body::{Read, body};
use dom::Elem;
use meta::{Meta, language};

use crate::input::series::{self, NewText, SeriesLookup};
use crate::input::{Field, ImportError, ImportOptions, Imported, Warning};
use crate::model::{Body, Document, ResNumber, Resolution, Revision, Stage, UnSymbol};

/// How a warning about a repair of the source markup opens: `parallel` reports those as
/// `markup` findings.
pub const REPAIRED: &str = "markup repaired: ";

/// Why an AKN file could not be read.
#[derive(Debug, thiserror::Error)]
#[allow(missing_docs)] // each variant's #[error] message is its documentation
pub enum AknError {
    #[error("bad XML at byte {offset}: {reason}")]
    Xml { offset: u64, reason: String },
    #[error("the file declares a DTD (<!DOCTYPE>); refused: resdiff never reads DTDs")]
    Dtd,
    #[error("the file uses the entity `&{0};`; only the five predefined XML entities are read")]
    Entity(String),
    #[error("elements nested deeper than {0} levels")]
    TooDeep(usize),
    #[error(
        "more than {0} XML elements, more than resdiff reads (a paragraph is about six; at most {max} clauses)",
        max = crate::input::limits::MAX_CLAUSES
    )]
    TooManyElements(usize),
    #[error("not an Akoma Ntoso resolution: {0}")]
    NotAkn(String),
    #[error("cannot tell {0} from the FRBR metadata")]
    Missing(&'static str),
    #[error("unknown {what} `{value}` in the FRBR metadata")]
    Unknown { what: &'static str, value: String },
    #[error("line {line}: <{element}> holds no text")]
    Empty { line: usize, element: &'static str },
    #[error("line {line}: `{num}` is not a paragraph number")]
    BadNumber { line: usize, num: String },
    #[error("footnote marker `{0}` stands twice with different texts")]
    FootnoteTwice(String),
}

/// Whether bytes look like Akoma Ntoso (an `<akomaNtoso` root near the start), so that a
/// `.xml` path of another kind is not misread.
pub fn looks_like_akn(xml: &str) -> bool {
    xml.get(..xml.len().min(4096))
        .is_some_and(|head| head.contains("<akomaNtoso") || head.contains(":akomaNtoso"))
}

/// What the file says, before a series is chosen.
#[derive(Debug, Clone)]
pub struct AknText {
    /// Complete but for `resolution.number`, which a file resdiff did not write leaves to
    /// [`AknText::into_document`].
    document: Document,
    /// Resolutions of the same body the preamble links to, in order: `78/132`.
    pub recalled: Vec<UnSymbol>,
    /// The revision's own symbol (UN texts).
    pub symbol: Option<UnSymbol>,
    /// Where the reader repaired the markup or kept a number as no label, each naming the
    /// element: the import passes them on as warnings.
    pub warnings: Vec<Warning>,
}

/// The `<statement>`s of a `<documentCollection>` (`coll`, under `root`): in its
/// `<components>`, or in the one that stands beside it, under `<akomaNtoso>`.
fn statements<'e>(coll: &'e Elem, root: &'e Elem) -> Result<Vec<&'e Elem>, AknError> {
    let mut out = Vec::new();
    if let Some(cs) = coll.child("components").or(root.child("components")) {
        cs.find_all("statement", &mut out);
    }
    if out.is_empty() {
        return Err(AknError::NotAkn(
            "a <documentCollection> with no <statement>".into(),
        ));
    }
    Ok(out)
}

/// Reads an AKN file.
pub fn read(xml: &str) -> Result<AknText, AknError> {
    let root = dom::parse(xml)?;
    if root.name != "akomaNtoso" {
        return Err(AknError::NotAkn(format!("the root is <{}>", root.name)));
    }
    let doc = root
        .elems()
        .find(|e| matches!(e.name.as_str(), "statement" | "act" | "documentCollection"))
        .ok_or_else(|| AknError::NotAkn("no <statement> or <act> under <akomaNtoso>".into()))?;
    if let Some(marker) = exported::marker(doc) {
        let document = exported::read(doc, marker, language(doc)?)?;
        let symbol = document
            .revision
            .symbol
            .as_deref()
            .and_then(UnSymbol::parse);
        return Ok(AknText {
            document,
            recalled: Vec::new(),
            symbol,
            warnings: Vec::new(),
        });
    }
    if doc.name == "documentCollection" && itu::author_body(doc).is_some() {
        return Err(AknError::NotAkn(
            "a collection of ITU texts (Final Acts): import files each resolution in its place, or the one its number names".into(),
        ));
    }
    let mut meta = Meta::read(doc)?;
    let lines = text::Lines::new(xml);
    let mut notes = text::Notes::default();
    let mut read = Read::default();
    if doc.name == "documentCollection" {
        // 78/80 A-B: a resolution adopted in parts, each a <statement> of the collection. Each
        // part's preamble and operative paragraphs become sections headed by its letter and
        // title ("A. Information in the service of humanity"); the formula is said once.
        let parts = statements(doc, &root)?;
        if meta.title.is_empty() {
            let first = parts[0]
                .child("preface")
                .and_then(|p| p.find("docTitle"))
                .map(|t| text::title(&text::plain(t)))
                .filter(|t| !t.is_empty())
                .ok_or(AknError::Missing("the title (preface docTitle)"))?;
            read.warnings.push(Warning {
                chosen: None,
                line: lines.at(doc.offset),
                message: format!(
                    "the <documentCollection> has no title in its <preface>: the title of its first part, “{first}”, is taken"
                ),
            });
            meta.title = first;
        }
        for part in parts {
            let preface = part.child("preface");
            let letter = preface
                .and_then(|p| p.find("docNumber"))
                .map(|n| text::collapse(&text::plain(n)))
                .unwrap_or_default();
            let title = preface
                .and_then(|p| p.find("docTitle"))
                .map(|t| text::title(&text::plain(t)))
                .unwrap_or_default();
            let heading = format!("{}. {title}", letter.trim_end_matches('.'));
            let mut one = body(part, meta.body, &mut notes, &lines)?;
            match (&read.formula, &one.formula) {
                (Some(a), Some(b)) if a != b => {
                    return Err(AknError::NotAkn(format!(
                        "part {letter} opens with another formula (“{b}”) than the first part (“{a}”)"
                    )));
                }
                (None, Some(_)) => read.formula = one.formula.take(),
                _ => {}
            }
            for s in &mut one.sections {
                s.heading = if s.heading.is_empty() {
                    heading.clone()
                } else {
                    format!("{heading}: {}", s.heading)
                };
            }
            read.sections.extend(one.sections);
            read.recalled.extend(one.recalled);
            read.warnings.extend(one.warnings);
        }
    } else {
        read = body(doc, meta.body, &mut notes, &lines)?;
    }
    let Read {
        formula,
        sections,
        recalled,
        warnings,
    } = read;
    let footnotes = notes.into_footnotes();
    Ok(AknText {
        document: Document {
            resolution: Resolution {
                body: Some(meta.body),
                number: None,
                title: Some(meta.title),
            },
            revision: Revision {
                // `78-183a` for part A of 78/183: digits, a dash, digits and an ASCII letter
                // make a slug.
                id: format!(
                    "{}{}",
                    meta.symbol.revision_id(),
                    meta.part
                        .map(|p| p.to_ascii_lowercase().to_string())
                        .unwrap_or_default()
                )
                .parse()
                .ok(),
                stage: Stage::Adopted(None),
                venue: None,
                year: Some(meta.year),
                date: Some(meta.date),
                source: None,
                base: None,
                symbol: Some(meta.full_symbol),
            },
            language: meta.language,
            formula,
            revision_line: None,
            sections,
            footnotes,
        },
        recalled,
        symbol: Some(meta.symbol),
        warnings,
    })
}

impl AknText {
    /// The UN body that adopted the text (a file resdiff wrote of a text that named none has
    /// none).
    pub fn body(&self) -> Option<Body> {
        self.document.resolution.body
    }

    /// The document, in `series`.
    pub fn into_document(mut self, series: ResNumber) -> Document {
        self.document.resolution.number = Some(series);
        self.document
    }
}

/// Imports an AKN file: options override what the file says (`--series`, `--revision`,
/// `--title`, ...). Without a series, `series_of` is asked for the series of this revision in
/// another language; a corpus's titles are needed to find a predecessor
/// ([`import_read_in`]).
pub fn import_akn(
    xml: &str,
    opts: &ImportOptions,
    fallback: &ImportOptions,
    series_of: &dyn Fn(Body, &UnSymbol) -> Option<ResNumber>,
) -> Result<Imported, ImportError> {
    import_read_in(read(xml)?, opts, fallback, &series_of)
}

/// [`import_akn`] on a text already [`read`].
pub fn import_read(
    akn: AknText,
    opts: &ImportOptions,
    fallback: &ImportOptions,
    series_of: &dyn Fn(Body, &UnSymbol) -> Option<ResNumber>,
) -> Result<Imported, ImportError> {
    import_read_in(akn, opts, fallback, &series_of)
}

/// [`import_read`] with what a corpus knows: without a series given, the series of the text's
/// predecessor is proposed ([`series::propose`]), with a warning giving the evidence.
pub fn import_read_in(
    akn: AknText,
    opts: &ImportOptions,
    fallback: &ImportOptions,
    lookup: &dyn SeriesLookup,
) -> Result<Imported, ImportError> {
    let body = akn.body();
    let shown = crate::model::unknown::body_name(body);
    if let Some(asked) = opts.body.filter(|b| Some(*b) != body) {
        return Err(ImportError::Invalid(format!(
            "the file is a {shown} resolution, not {asked}"
        )));
    }
    let mut akn = akn;
    let repairs = std::mem::take(&mut akn.warnings);
    let mut warnings = Vec::new();
    // A file resdiff wrote names its resolution itself: no series to find.
    let named = akn.document.resolution.number.clone();
    let series = match opts.number.clone().or(named).or(fallback.number.clone()) {
        Some(s) => s,
        None => {
            let Some(body) = body else {
                return Err(ImportError::NoSeries {
                    why: "the file names no body".into(),
                });
            };
            let title = opts
                .title
                .as_deref()
                .or(akn.document.resolution.title.as_deref())
                .unwrap_or_default();
            let found = series::propose(
                lookup,
                &NewText {
                    body,
                    language: akn.document.language,
                    symbol: akn.symbol.as_ref(),
                    title,
                    recalled: &akn.recalled,
                },
            )?;
            warnings.push(Warning {
                chosen: Some(Field::Series),
                line: 1,
                message: format!("series `{}` proposed: {}", found.series, found.why),
            });
            warnings.extend(found.unread.iter().map(|f| series::unread_warning(f)));
            found.series
        }
    };
    if body.is_some_and(Body::is_un) != matches!(series, ResNumber::Series(_)) {
        return Err(ImportError::NumberKind {
            number: series,
            body,
        });
    }
    warnings.extend(repairs);
    let mut document = akn.into_document(series);
    given_metadata(&mut document, opts)?;
    let document = crate::input::validate(document)?;
    Ok(Imported { document, warnings })
}

/// What the person gave over what the file says: the title, the revision id and the status (an
/// AKN text names no proposer: one asked for as a proposal takes the one given).
pub(crate) fn given_metadata(
    document: &mut Document,
    opts: &crate::input::ImportOptions,
) -> Result<(), ImportError> {
    if let Some(t) = &opts.title {
        document.resolution.title = Some(t.clone());
    }
    if let Some(r) = &opts.revision {
        document.revision.id = crate::input::revision_id(r)?;
    }
    if let Some(s) = opts.status {
        let given = opts.proposer.as_deref().and_then(|p| p.parse().ok());
        let stage = &mut document.revision.stage;
        let proposer = given.or_else(|| stage.proposer().cloned());
        *stage =
            Stage::new(s, proposer).map_err(|_| ImportError::Missing(vec![Field::Proposer]))?;
    }
    Ok(())
}

/// [`import_akn`] on a file (UTF-8, at most [`crate::input::limits::MAX_TEXT`] bytes).
pub fn import_akn_file(
    path: &std::path::Path,
    opts: &ImportOptions,
    fallback: &ImportOptions,
    series_of: &dyn Fn(Body, &UnSymbol) -> Option<ResNumber>,
) -> Result<Imported, ImportError> {
    let text = crate::input::read_text_file(path)?;
    import_akn(&text, opts, fallback, series_of)
}

#[cfg(test)]
mod tests;
