//! From the paragraphs of an ITU-styled document to the clause tree: ITU's paragraph styles say
//! what each paragraph is, and so how deep it sits.
//!
//! - `ResNo` ("RESOLUTION 1 (Rev. Hammamet, 2016)") starts the resolution; what comes before it
//!   (cover page, foreword) is skipped. `Restitle` is the title, the first formula after it the
//!   title formula; `Resref` is the list of earlier revisions under the title (its footnote
//!   marks kept), a footnote mark on the number or the title is dropped with a warning.
//! - `Call` is a section heading (*considering*, *resolves*), read through the heading terms.
//! - A clause is `label<TAB>text`; a label that reads as no label scheme stays in the text.
//! - `SectionNo` + `Sectiontitle` ("SECTION 1", "World Telecommunication Standardization
//!   Assembly") is one top-level clause labelled `1`; `AppendixNo`/`AnnexNo` + title likewise,
//!   unlabelled. `Heading1`-`Heading4` are clauses one level under it, or as deep as their
//!   decimal label says (`1bis.1.1` is two levels under its section).
//! - `enumlev1`-`enumlev3` are items one to three levels under the last other clause.
//! - Other paragraphs sit under the last heading, or beside the clause before them.
//! - The apparatus of a proposal (`Proposal`, `Reasons`, `MoveNote` paragraphs, "…") is not
//!   text.
//!
//! `head` finds the number and title, `tree` places each clause as deep as it goes, `text`
//! reads a paragraph's label, spacing and note calls; this module walks the paragraphs.

mod head;
mod text;
mod tree;

#[cfg(test)]
mod tests;

use super::typed::{TypedCall, typed_as_text, typed_calls};
use super::xml::REF_OPEN;
use crate::input::Warning;
use crate::input::heading::{heading_kind, is_formula};
use crate::input::recommendation::{self as rec, Places, RecNo};
use crate::model::{Clause, Label, Language, ResNumber, Scheme, Section, SectionKind};
use head::second_head;
use text::{NoteRefs, split_label};
pub(super) use text::{shown_refs, squeeze};
use tree::Tree;

/// The clause tree and what the importer wants to say about it.
pub struct Laid {
    pub header: Option<(ResNumber, Option<String>)>,
    /// What the `RecNo` said, when the text is a Recommendation.
    pub recommendation: Option<RecNo>,
    pub formula: Option<String>,
    /// The `Resref` paragraph, footnote references still as markers.
    pub revision_line: Option<String>,
    pub sections: Vec<Section>,
    pub warnings: Vec<Warning>,
    /// Footnote ids in the order the text refers to them, each with the index of the paragraph
    /// that first refers to it (for what is said of the note); typed calls are not references.
    pub footnote_refs: Vec<(String, usize)>,
    /// The typed calls (`typed::TYPED`) in clause text and the revision line, in order.
    pub typed_calls: Vec<TypedCall>,
}

/// Says `message` of paragraph `i`.
fn warn(warnings: &mut Vec<Warning>, i: usize, message: String) {
    warnings.push(Warning {
        chosen: None,
        line: i + 1,
        message,
    });
}

/// Lays out the paragraphs (style, text) of one view of the document; `places` names where a
/// paragraph is in what is said of it.
pub fn lay_out(paras: &[(String, String)], language: Language, places: &Places) -> Laid {
    let mut warnings = Vec::new();
    let head = head::read(paras, places, &mut warnings);
    let mut unnumbered = Vec::new();

    let mut tree = Tree::default();
    let mut formula = None;
    let mut revision_line = None;
    let mut refs = NoteRefs::default();
    let mut typed = Vec::new();
    let mut pending_no: Option<(String, usize)> = None;
    for (i, (style, raw)) in paras.iter().enumerate().skip(head.start) {
        // Spacing round the paragraph is layout; a line break or a carriage return (`<w:cr/>`,
        // `&#13;`, which no one types as spacing) that ends it is the text's.
        let text = raw.trim_matches(|c: char| !matches!(c, '\n' | '\r') && c.is_whitespace());
        if style == "Resref" && !text.is_empty() {
            if revision_line.is_none() && tree.sections.is_empty() {
                refs.add(text, i);
                typed_calls(text, i, &mut typed);
                revision_line = Some(squeeze(text));
            } else {
                warn(
                    &mut warnings,
                    i,
                    format!(
                        "`{}` (a second list of earlier revisions, style Resref) is not clause text; skipped",
                        shown_refs(text)
                    ),
                );
            }
            continue;
        }
        if matches!(style.as_str(), "ResNo" | "Restitle" | "RecNo" | "Rectitle")
            && typed_as_text(text).contains(REF_OPEN)
        {
            // No field of the text holds a note on its number or title: said, not lost silently.
            warn(
                &mut warnings,
                i,
                format!(
                    "`{}` ({style}) carries a footnote mark, which the text has no place for; the mark and its note are dropped",
                    shown_refs(text)
                ),
            );
        }
        if matches!(style.as_str(), "ResNo" | "Restitle") && !text.is_empty() {
            let read = if style == "ResNo" {
                head.resno
            } else {
                head.restitle
            };
            if read != Some(i) {
                warn(&mut warnings, i, second_head(style, text, read, places));
            }
        }
        if text.is_empty() || matches!(style.as_str(), "ResNo" | "Restitle") || is_apparatus(style)
        {
            continue;
        }
        if head.recno.is_some() {
            let (skip, said) =
                rec::screen(style, &squeeze(&shown_refs(text)), i, &head.firsts, places);
            if let Some(said) = said {
                warn(&mut warnings, i, said);
            }
            if skip {
                continue;
            }
        }
        if text == "…" || text == "..." {
            warn(
                &mut warnings,
                i,
                "an elided run of unchanged provisions (…) has no text to import".into(),
            );
            continue;
        }
        refs.add(text, i);
        if tree.sections.is_empty() && formula.is_none() && is_formula(text) {
            formula = Some(squeeze(&typed_as_text(text)));
            continue;
        }
        let (label, body) = match split_label(text) {
            // A Recommendation's abbreviations (`CM<TAB>Cable Modem`, `DS`, `SO`) are typed as
            // label and text, and read as Roman or letter labels: their words are text.
            (l, _) if head.recno.is_some() && rec::is_abbreviation(l.written()) => {
                (Label::none(), squeeze(text))
            }
            split => split,
        };
        if style == "Call"
            || (label.scheme() == Scheme::None && heading_kind(text, language).is_some())
        {
            match heading_kind(text, language) {
                Some(kind) => {
                    tree.open(kind, squeeze(&typed_as_text(text)));
                    continue;
                }
                None => warn(
                    &mut warnings,
                    i,
                    format!(
                        "`{text}` is styled as a heading (Call) but names no known section; kept as a clause"
                    ),
                ),
            }
        }
        if head.recno.is_some() && rec::is_heading(style) {
            if label.scheme() != Scheme::None {
                unnumbered.push((i, label.written().to_string(), body.clone()));
            }
            tree.open(SectionKind::Other, typed_as_text(&body));
            continue;
        }
        if matches!(style.as_str(), "SectionNo" | "AppendixNo" | "AnnexNo") {
            pending_no = Some((text.to_string(), i));
            continue;
        }
        let (level, (label, body)) = match pending_no.take() {
            Some((no, _)) => (0, tree.numbered(&no, body)),
            None => (
                tree.level(style, &label, head.recno.is_some()),
                (label, body),
            ),
        };
        let clause = Clause {
            label,
            text: body,
            children: Vec::new(),
            call: None,
        };
        let level = if level >= crate::input::limits::MAX_DEPTH {
            warn(
                &mut warnings,
                i,
                format!(
                    "nested deeper than {} levels; kept at level {}",
                    crate::input::limits::MAX_DEPTH,
                    crate::input::limits::MAX_DEPTH
                ),
            );
            crate::input::limits::MAX_DEPTH - 1
        } else {
            level
        };
        let at = typed.len();
        typed_calls(&clause.text, i, &mut typed);
        if !tree.put(level, clause) {
            typed.truncate(at);
            warn(
                &mut warnings,
                i,
                format!(
                    "`{}` comes before the first section heading; not imported",
                    text.chars().take(60).collect::<String>()
                ),
            );
        }
    }
    if let Some((no, i)) = pending_no {
        warn(
            &mut warnings,
            i,
            format!("`{no}` has no title after it; not imported"),
        );
    }
    if let Some((i, label, heading)) = unnumbered.first() {
        warn(
            &mut warnings,
            *i,
            format!(
                "{} clause headings of the Recommendation are numbered ({}: `{label}` before `{heading}`, the first); a section has no number, so each reads as its words and the numbers are not kept",
                unnumbered.len(),
                places.at(i + 1)
            ),
        );
    }
    Laid {
        header: head.header,
        recommendation: head.recno.map(|(_, r)| r),
        formula,
        revision_line,
        sections: tree.sections,
        warnings,
        footnote_refs: refs.ids,
        typed_calls: typed,
    }
}

/// A proposal's own paragraphs, not the resolution's text: its symbol line, its Reasons, a
/// move note (`markup --format docx` writes them; reading back leaves them out).
fn is_apparatus(style: &str) -> bool {
    matches!(style, "Proposal" | "Reasons" | "MoveNote")
}
