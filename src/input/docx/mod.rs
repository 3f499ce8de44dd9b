//! DOCX import: an ITU-styled Word document to the clause tree, and a document with tracked
//! changes to both of its revisions (changes rejected: the base; accepted: the proposal).
//!
//! `package` opens the ZIP with caps on what it inflates, `xml` reads paragraphs and
//! tracked runs (refusing DTDs, expanding no entity), `paragraphs` gives each paragraph of one
//! side its ITU style (`styles`) and its automatic label (`numbering`), `layout` turns ITU
//! paragraph styles into sections and nested clauses, `marks` gives footnotes the marks Word
//! prints. Metadata comes from the caller's options, else the document
//! (`RESOLUTION 1 (Rev. Hammamet, 2016)`, the title, the formula), as for plain text.

pub(in crate::input) mod layout;
mod marks;
mod numbering;
mod numfmt;
mod package;
mod paragraphs;
mod styles;
pub(in crate::input) mod symbol;
mod typed;
mod xml;

use std::collections::BTreeMap;

use super::{
    Field, FrontMatter, ImportError, ImportOptions, Imported, Warning, metadata, validate,
};
use crate::input::recommendation::Places;
use crate::model::{Document, Footnote, Language, Status, numbered_suffix};
use marks::{printed_marks, renumber, suffixed_notes, with_marks, without_mark};
use xml::Track;
pub(in crate::input) use xml::{REF_CLOSE, REF_OPEN};

/// Why a DOCX cannot be read. None of these is a crash: each names what is wrong.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("not a DOCX file (a DOCX is a ZIP package): {reason}")]
    NotZip { reason: String },
    #[error(
        "the package lists {count} entries (more than {}); refused",
        crate::input::limits::MAX_ENTRIES
    )]
    TooManyEntries { count: usize },
    #[error("no word/document.xml in the package: not a Word document")]
    MissingDocument,
    #[error(
        "{part} is stored twice in the package; which copy is the text cannot be told, so neither is read"
    )]
    DuplicatePart { part: &'static str },
    #[error("{part} inflates past {limit} bytes; refused (a zip bomb, or not a resolution)")]
    TooLarge { part: &'static str, limit: u64 },
    #[error("{part}: {reason}")]
    BadPart { part: &'static str, reason: String },
    #[error(
        "{part} holds more than {limit} paragraphs, more than resdiff reads (a clause is a paragraph; at most {} clauses)",
        crate::input::limits::MAX_CLAUSES
    )]
    TooManyParagraphs { part: &'static str, limit: usize },
    #[error(
        "{part}: tracked changes (w:ins, w:del, w:moveTo, w:moveFrom) nested more than {limit} deep at byte {offset}; resdiff reads at most {limit}"
    )]
    TrackedTooDeep {
        part: &'static str,
        offset: u64,
        limit: usize,
    },
    #[error("{part}: malformed XML at byte {offset}: {reason}")]
    Xml {
        part: &'static str,
        offset: u64,
        reason: String,
    },
    #[error(
        "{part} declares a DTD (<!DOCTYPE>); Word never writes one, and resdiff refuses it rather than risk entity expansion"
    )]
    Dtd { part: &'static str },
    #[error(
        "{part} uses the entity `&{name};`, which is not one of XML's five; entities are never expanded"
    )]
    Entity { part: &'static str, name: String },
}

/// What a DOCX holds: one text, or a base and a proposal when it has tracked changes.
#[derive(Debug, Clone)]
pub struct DocxImport {
    /// The text with every change rejected (the only text when there are none).
    pub base: Imported,
    /// The text with every change accepted, when the document has tracked changes.
    pub proposal: Option<Imported>,
    /// Authors of the tracked changes.
    pub authors: Vec<String>,
}

fn build(
    (paras, numbering_warnings): (Vec<(String, String)>, Vec<super::Warning>),
    footnote_texts: &BTreeMap<String, String>,
    custom_marks: &BTreeMap<String, String>,
    language: Language,
    (opts, fallback): (&ImportOptions, &ImportOptions),
    places: &Places,
) -> Result<Imported, ImportError> {
    let laid = layout::lay_out(&paras, language, places);
    // The paragraphs are in the tree now; a 32 MiB part of short ones is hundreds of MB.
    drop(paras);
    if laid.sections.is_empty() {
        return Err(ImportError::NoSections);
    }
    let mut marks = printed_marks(&laid.footnote_refs, custom_marks, footnote_texts);
    let suffixed = suffixed_notes(&laid.footnote_refs, &marks, custom_marks);
    let typed = typed::resolve(&laid.typed_calls, &mut marks, places);
    let mut sections = laid.sections;
    for s in &mut sections {
        renumber(&mut s.clauses, &marks);
    }
    let revision_line = laid.revision_line.map(|l| with_marks(&l, &marks));
    let footnotes = laid
        .footnote_refs
        .iter()
        .map(|(id, _)| {
            let mark = marks.get(id).cloned().unwrap_or_default();
            let text = footnote_texts
                .get(id)
                .map(String::as_str)
                .unwrap_or_default();
            // An automatic number with a word typed after it (`1bis`): the word opens the
            // note's own paragraph too, after the number Word prints.
            let text = match numbered_suffix(&mark) {
                Some((_, suffix)) if !custom_marks.contains_key(id) => {
                    text.trim_start().strip_prefix(suffix).unwrap_or(text)
                }
                _ => text,
            };
            // The footnote's own paragraph starts with its mark (typed, for a custom mark).
            // LibreOffice re-saves a custom mark as text and a tab in front of the typed one,
            // which may then touch the text (`3<TAB>3The Director`): both copies go.
            let doubled = format!("{mark}\t{mark}");
            let text = match text.trim_start().strip_prefix(doubled.as_str()) {
                Some(rest) if !mark.is_empty() => rest.trim_start(),
                _ => without_mark(text, &mark).unwrap_or(text),
            };
            Footnote {
                mark,
                text: text.split_whitespace().collect::<Vec<_>>().join(" "),
            }
        })
        .collect();
    // What the RecNo says, below what the caller gives, as a resolution's formula is.
    let rec_opts = laid.recommendation.as_ref().map(|r| ImportOptions {
        body: opts.body.or(r.body),
        year: opts.year.or(r.year),
        status: opts.status.or(r.draft.then_some(Status::Draft)),
        ..opts.clone()
    });
    let (resolution, revision) = metadata(
        rec_opts.as_ref().unwrap_or(opts),
        FrontMatter::default(),
        laid.formula.as_deref(),
        laid.header,
        fallback,
    )?;
    let document = Document {
        resolution,
        revision,
        language,
        formula: laid.formula,
        revision_line,
        sections,
        footnotes,
    };
    let document = validate(document)?;
    let mut warnings = numbering_warnings;
    warnings.extend(laid.warnings);
    warnings.extend(suffixed);
    warnings.extend(typed);
    warnings.sort_by_key(|w| w.line);
    Ok(Imported { document, warnings })
}

/// Paragraphs (style, text) given their ITU styles by another reader (the PDF reader's
/// Recommendation, `pdf::recommendation`), read as a DOCX's paragraphs of those styles are:
/// one layout for both. A footnote reference is `REF_OPEN id REF_CLOSE` in the text, `notes`
/// each id's text, printed with the id as its mark.
pub(in crate::input) fn import_styled(
    paras: Vec<(String, String)>,
    notes: &BTreeMap<String, String>,
    places: &Places,
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    let language = language_of(&paras, opts, fallback)?;
    let marks: BTreeMap<String, String> = notes.keys().map(|k| (k.clone(), k.clone())).collect();
    build(
        (paras, Vec::new()),
        notes,
        &marks,
        language,
        (opts, fallback),
        places,
    )
}

/// The language the caller names, else the one the paragraphs are written in, else the
/// fallback's.
fn language_of(
    paras: &[(String, String)],
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Language, ImportError> {
    opts.language
        .or_else(|| crate::input::language::detect(paras.iter().map(|(_, t)| t.as_str())).ok())
        .or(fallback.language)
        .ok_or(ImportError::Missing(vec![Field::Language]))
}

/// Imports the bytes of a `.docx` file.
pub fn import_docx(
    bytes: &[u8],
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<DocxImport, ImportError> {
    let pkg = package::open(bytes)?;
    let styles = match &pkg.styles {
        Some(x) => styles::Styles::parse(x)?,
        None => styles::Styles::default(),
    };
    let mut doc = xml::parse(&pkg.document, "word/document.xml", &|id| {
        styles.is_note_reference(id)
    })?;
    let notes = match &pkg.footnotes {
        Some(x) => xml::parse(x, "word/footnotes.xml", &|_| false)?,
        None => xml::Parsed::default(),
    };
    let numbering = match &pkg.numbering {
        Some(x) => Some(numbering::Numbering::parse(x)?),
        None => None,
    };
    // Each stage is freed once the next holds what it gave: at the 32 MiB cap every copy of
    // the paragraphs is hundreds of MB (bench/scale.sh).
    drop(pkg);
    let tracked = xml::has_changes(&doc.paras);
    let side =
        |paras: &[xml::Para], keep| paragraphs::resolve(paras, keep, &styles, numbering.as_ref());
    let base_paras = side(&doc.paras, Track::Deleted);
    let language = language_of(&base_paras.0, opts, fallback)?;
    let glyphs = symbol_warnings(&doc, &notes);
    let mut footnote_texts: BTreeMap<String, String> = BTreeMap::new();
    for (i, text) in xml::view(&notes.paras, Track::Inserted) {
        if let Some(id) = notes.paras[i].footnote.clone() {
            let entry = footnote_texts.entry(id).or_default();
            if !entry.is_empty() {
                entry.push(' ');
            }
            entry.push_str(text.trim());
        }
    }
    drop(notes);
    if !tracked {
        doc.paras = Vec::new();
    }
    let marks = &doc.custom_marks;
    let mut base = build(
        base_paras,
        &footnote_texts,
        marks,
        language,
        (opts, fallback),
        &Places::Paragraphs,
    )?;
    with_warnings(&mut base, &glyphs);
    let authors: Vec<String> = doc.authors.iter().cloned().collect();
    let proposal = if tracked {
        let accepted = side(&doc.paras, Track::Inserted);
        // Several authors (a delegation's drafters, then its coordinator) are the proposal's
        // joint proposer. None (Word's "Remove personal information") names nobody, and a
        // proposal is someone's: the changes are then a draft, said in a warning, unless the
        // caller names the proposer or the status. Either way the base stays readable.
        let proposer = opts
            .proposer
            .clone()
            .or_else(|| (!authors.is_empty()).then(|| authors.join(", ")));
        let unauthored = proposer.is_none() && opts.status.is_none();
        let status = if unauthored {
            Status::Draft
        } else {
            Status::Proposal
        };
        let proposal_opts = ImportOptions {
            status: opts.status.or(Some(status)),
            proposer,
            base: opts
                .base
                .clone()
                .or(base.document.revision.id.as_ref().map(ToString::to_string)),
            ..opts.clone()
        };
        let mut proposal = build(
            accepted,
            &footnote_texts,
            marks,
            language,
            (&proposal_opts, fallback),
            &Places::Paragraphs,
        )?;
        with_warnings(&mut proposal, &glyphs);
        if unauthored {
            proposal.warnings.insert(0, unauthored_warning());
        }
        Some(proposal)
    } else {
        None
    };
    Ok(DocxImport {
        base,
        proposal,
        authors,
    })
}

/// `more` added to what `imported` says, in line order.
fn with_warnings(imported: &mut Imported, more: &[Warning]) {
    imported.warnings.extend_from_slice(more);
    imported.warnings.sort_by_key(|w| w.line);
}

/// A warning for each symbol-font glyph left out of the text (`xml::UnknownSymbol`), naming
/// the part, the paragraph (its words, to find it by) or footnote, and the font and code.
fn symbol_warnings(doc: &xml::Parsed, notes: &xml::Parsed) -> Vec<Warning> {
    let words = |p: &xml::Para| {
        let text: String = p.runs.iter().map(|(_, s)| s.as_str()).collect();
        let text = layout::shown_refs(&text);
        crate::model::text::excerpt(
            text.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
            60,
        )
    };
    let glyph = |s: &xml::UnknownSymbol| {
        format!(
            "a symbol-font glyph (w:sym, font `{}`, char `{}`) that resdiff reads as no character; left out of the text",
            s.font, s.code
        )
    };
    let in_doc = doc.unknown_symbols.iter().filter_map(|s| {
        let p = doc.paras.get(s.para)?;
        Some(Warning {
            line: s.para + 1,
            message: format!(
                "word/document.xml, paragraph {} (`{}`): {}",
                s.para + 1,
                words(p),
                glyph(s)
            ),
            chosen: None,
        })
    });
    let in_notes = notes.unknown_symbols.iter().filter_map(|s| {
        let p = notes.paras.get(s.para)?;
        Some(Warning {
            line: 1,
            message: format!(
                "word/footnotes.xml, footnote w:id {} (`{}`): {}",
                p.footnote.as_deref().unwrap_or("?"),
                words(p),
                glyph(s)
            ),
            chosen: None,
        })
    });
    in_doc.chain(in_notes).collect()
}

/// Tracked changes by nobody: what they are read as, and why.
fn unauthored_warning() -> Warning {
    Warning {
        line: 1,
        message: "the tracked changes name no author (Word's \"Remove personal information\" \
                  takes it out), so their proposer is unknown: the changes are read as a draft, \
                  not a proposal"
            .into(),
        chosen: Some(Field::Proposer),
    }
}

/// Which text of a DOCX with tracked changes to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Every change rejected.
    Base,
    /// Every change accepted.
    Proposal,
}

/// Reads a `.docx` file and returns the text `side` asks for. Without `side`, a document with
/// tracked changes is refused with a message naming the two choices: taking one silently could
/// pass a proposal off as the adopted text.
pub fn import_docx_file(
    path: &std::path::Path,
    side: Option<Side>,
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    let bytes = super::read_capped(path, crate::input::limits::MAX_DOCX)?;
    let got = import_docx(&bytes, opts, fallback)?;
    match (side, got.proposal) {
        (None | Some(Side::Base), None) => Ok(got.base),
        (Some(Side::Proposal), None) => Err(ImportError::NoTrackedChanges),
        (Some(Side::Base), Some(_)) => Ok(got.base),
        (Some(Side::Proposal), Some(p)) => Ok(p),
        (None, Some(_)) => Err(ImportError::ChooseSide {
            authors: got.authors.join(", "),
        }),
    }
}
