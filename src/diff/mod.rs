//! The clause-level diff: from an [`Alignment`](crate::align::Alignment) to ITU change classes and inline word changes.
//!
//! [`DocDiff`] is the public contract the JSON renderer serialises as it is (see
//! `docs/json.md`, "Diff"): sections in new-document order with suppressed ones where they
//! stood, and in each, clauses the same way. The diff knows nothing of output formats.

mod build;
pub(crate) mod classify;
pub mod inline;
pub(crate) mod marks;
mod nfc;
mod notes;
mod options;
mod provisions;
mod summary;

use serde::{Deserialize, Serialize};

pub use build::from_alignment;
pub use classify::Change;
pub use inline::{Op, Segment, as_written, new_text, old_text};
pub use marks::{NotePairing, SameWords, cited, remark};
pub use nfc::in_nfc;
pub use notes::NoteChange;
pub use options::{DiffOptions, Normalisation};
pub use provisions::owners;
pub use summary::Summary;

use crate::align::align;
use crate::model::{Document, Footnote, Language, SectionKind, Status, unknown};

/// Why two texts cannot be compared.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    #[error(
        "{old} and {new} are different resolutions; resdiff compares revisions of one resolution"
    )]
    DifferentResolutions { old: String, new: String },
    #[error("{old} is in `{old_lang}` and {new} in `{new_lang}`; compare texts in one language")]
    DifferentLanguages {
        old: String,
        new: String,
        old_lang: Language,
        new_lang: Language,
    },
}

/// Which text a side of the diff is.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TextId {
    /// The corpus address, e.g. `wtdc/30@dubai-2014:ar`.
    pub address: String,
    /// The body (`wtdc`, `pp`, ...); `unknown` in the JSON where the text names none.
    #[serde(
        serialize_with = "unknown::ser_body",
        deserialize_with = "unknown::de_body"
    )]
    pub body: Option<crate::model::Body>,
    /// ITU: the resolution number; UN: the series slug; `0` in the JSON where nothing gave one.
    #[serde(
        serialize_with = "unknown::ser_number",
        deserialize_with = "unknown::de_number"
    )]
    pub number: Option<crate::model::ResNumber>,
    /// The revision id, e.g. `dubai-2014`; `unknown` in the JSON where nothing gave one. A
    /// changeset holding no id here does not read (`apply::read_changeset` says why).
    #[serde(
        serialize_with = "unknown::ser_revision",
        deserialize_with = "unknown::de_revision"
    )]
    pub revision: Option<crate::model::RevisionId>,
    /// Adopted, draft or proposal.
    pub status: Status,
    /// The language of the text.
    pub language: Language,
    /// The resolution's title in this text; `unknown` in the JSON where nothing gave one.
    #[serde(
        serialize_with = "unknown::ser_title",
        deserialize_with = "unknown::de_title"
    )]
    pub title: Option<String>,
    /// The rest of the revision's metadata, so that a changeset can rebuild the new text whole.
    /// The year is `0` in the JSON where nothing gave one.
    #[serde(
        serialize_with = "unknown::ser_year",
        deserialize_with = "unknown::de_year"
    )]
    pub year: Option<u16>,
    /// The conference venue (English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// ISO date of adoption or submission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<crate::model::Date>,
    /// Who proposes it; a proposal always says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposer: Option<crate::model::Proposer>,
    /// The source document, e.g. `WTDC-17/23`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The revision a proposal amends; a changeset of an older resdiff may say `unknown`, read
    /// as none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "unknown::de_revision"
    )]
    pub base: Option<crate::model::RevisionId>,
    /// UN texts: `A/RES/78/132`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
}

/// As outputs show it, unknowns as their stand-ins (see [`unknown`]).
impl TextId {
    /// The body's name, `unknown` where the text names none.
    pub fn body_shown(&self) -> &'static str {
        unknown::body_name(self.body)
    }

    /// The number or series, `0` where nothing gave one.
    pub fn number_shown(&self) -> String {
        unknown::number(self.number.as_ref())
    }

    /// The title, `unknown` where nothing gave one.
    pub fn title_shown(&self) -> &str {
        unknown::title(self.title.as_deref())
    }

    /// The revision id, `unknown` where nothing gave one.
    pub fn revision_shown(&self) -> &str {
        unknown::revision(self.revision.as_ref())
    }

    /// The year, `0` where nothing gave one.
    pub fn year_shown(&self) -> u16 {
        unknown::year(self.year)
    }

    pub(crate) fn of(doc: &Document) -> TextId {
        TextId {
            address: doc.address(),
            body: doc.resolution.body,
            number: doc.resolution.number.clone(),
            revision: doc.revision.id.clone(),
            status: doc.revision.stage.status(),
            language: doc.language,
            title: doc.resolution.title.clone(),
            year: doc.revision.year,
            venue: doc.revision.venue.clone(),
            date: doc.revision.date,
            proposer: doc.revision.stage.proposer().cloned(),
            source: doc.revision.source.clone(),
            base: doc.revision.base.clone(),
            symbol: doc.revision.symbol.clone(),
        }
    }
}

/// What happened to one clause.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClauseChange {
    /// The clause's ITU symbol.
    pub change: Change,
    /// The label in the old text, as written; None for an added clause.
    pub old_label: Option<String>,
    /// The label in the new text, as written; None for a suppressed clause.
    pub new_label: Option<String>,
    /// 1-based position among siblings in the old text; null when absent.
    pub old_index: Option<usize>,
    /// 1-based position among siblings in the new text; null when absent.
    pub new_index: Option<usize>,
    /// The label changed (the clause may still read the same).
    pub relabeled: bool,
    /// The clause left its place (ADD*/SUP*, or reordered among siblings).
    pub moved: bool,
    /// For ADD*: the section it came from; for SUP*: the section it went to (when different).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved_from: Option<SectionKind>,
    /// For SUP*: the section the clause went to, when it is another section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<SectionKind>,
    /// For ADD*: the 1-based position of the section it came from in the old text, so that its
    /// SUP* row can be told from other clauses with the same text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_section: Option<usize>,
    /// For SUP* and ADD*: the same number on both rows of one move (1, 2, ... in the order the
    /// diff lists them), linking where a clause stood to where it went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub move_id: Option<usize>,
    /// Word similarity of the two versions, 0..=1; null for a clause on one side only.
    pub similarity: Option<f32>,
    /// The clause text as runs: kept, deleted and inserted words.
    pub inline: Vec<Segment>,
    /// Nested clauses, compared the same way.
    pub children: Vec<ClauseChange>,
}

/// What happened to one section.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SectionChange {
    /// The new kind, or the old one for a suppressed section.
    pub kind: SectionKind,
    /// The section's symbol: ADD, SUP, MOD when anything inside changed, else NOC.
    pub change: Change,
    /// Set when the kind itself changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_kind: Option<SectionKind>,
    /// The heading as written in the old text.
    pub old_heading: Option<String>,
    /// The heading as written in the new text.
    pub new_heading: Option<String>,
    /// 1-based position among the sections of the old and the new text; null when absent.
    pub old_index: Option<usize>,
    /// 1-based position among the sections of the new text; null when absent.
    pub new_index: Option<usize>,
    /// The section's clauses in new-text order, suppressed ones where they stood.
    pub clauses: Vec<ClauseChange>,
}

/// What happened to a one-line part of the text: the title formula, the title.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LineChange {
    /// NOC, (MOD) or MOD, as for a clause (ADD or SUP when one side has no formula).
    pub change: Change,
    /// The line as runs: kept, deleted and inserted words.
    pub inline: Vec<Segment>,
}

/// The footnotes of both sides.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnotes {
    /// The old text's footnotes.
    pub old: Vec<Footnote>,
    /// The new text's footnotes.
    pub new: Vec<Footnote>,
}

impl ClauseChange {
    /// Whether this clause or any clause below it changed. A parent's own `change` is about its
    /// own text only (an unchanged chapeau above a changed item is NOC), so a reader that skips
    /// unchanged clauses asks this instead.
    pub fn touched(&self) -> bool {
        self.change != Change::Noc || self.children.iter().any(ClauseChange::touched)
    }

    /// Whether its text cites a footnote under a new number (no change, but shown: "6 (was 4)").
    pub fn renumbers_notes(&self) -> bool {
        self.inline.iter().any(|s| s.was.is_some())
    }

    /// The class of the clause taken with everything below it, for a reader who sees it whole
    /// (a compile cell, a section): any substantive change below makes a MOD, editorial ones at
    /// least a (MOD).
    pub fn with_items(&self) -> Change {
        let below = self
            .children
            .iter()
            .map(|c| c.with_items().to_parent())
            .max()
            .unwrap_or(Change::Noc);
        self.change.max(below)
    }

    /// Where a moved clause went or came from, as a reader names it: `moved from 1.12`,
    /// `moved to 4.4bis`, `moved from recalling` (another section, no label), `moved` (reordered
    /// among its siblings); None for a clause that did not move.
    pub fn move_note(&self) -> Option<String> {
        if !self.moved {
            return None;
        }
        let (dir, section, label) = match self.change {
            Change::SupMoved => ("to", self.moved_to, &self.new_label),
            _ => ("from", self.moved_from, &self.old_label),
        };
        let place: Vec<String> = section
            .map(|k| k.to_string())
            .into_iter()
            // A dash or bullet names no place.
            .chain(label.as_ref().and_then(|l| {
                crate::model::Label::parse(l)
                    .ok()
                    .filter(|p| !p.scheme().is_repeating())
                    .map(|_| l.trim().to_string())
            }))
            .filter(|p| !p.is_empty())
            .collect();
        Some(if place.is_empty() {
            "moved".to_string()
        } else {
            format!("moved {dir} {}", place.join(" "))
        })
    }
}

impl Footnotes {
    pub(crate) fn is_empty(&self) -> bool {
        self.old.is_empty() && self.new.is_empty()
    }
}

/// The diff of two revisions.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocDiff {
    /// Which text the old side is.
    pub old: TextId,
    /// Which text the new side is.
    pub new: TextId,
    /// The normalisations the diff was made with; markup and apply need none.
    pub options: DiffOptions,
    /// The title formula ("The World Telecommunication Development Conference (Dubai, 2014),"),
    /// when either side has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formula: Option<LineChange>,
    /// The line of earlier revisions under the title (`Document::revision_line`), when either
    /// side has one; its notes are among the footnotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision_line: Option<LineChange>,
    /// The title's change, when the two titles differ (each side's title is in its [`TextId`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LineChange>,
    /// Footnotes of each side (`[^mark]` in clause texts), when either has any.
    #[serde(default, skip_serializing_if = "Footnotes::is_empty")]
    pub footnotes: Footnotes,
    /// Count of clauses (at every depth) per class; every class present, zero or not.
    #[serde(default)]
    pub summary: Summary,
    /// Sections in new-text order, suppressed ones where they stood.
    pub sections: Vec<SectionChange>,
}

impl DocDiff {
    /// The lines of the resolution's head that are compared: formula, title and the revision
    /// line under it, where either text has one.
    pub fn heading_lines(&self) -> impl Iterator<Item = &LineChange> {
        [&self.formula, &self.title, &self.revision_line]
            .into_iter()
            .flatten()
    }

    /// Whether the formula, the title, the revision line, a footnote or any section differs
    /// (what `diff`-style exit codes report).
    pub fn has_changes(&self) -> bool {
        self.sections.iter().any(|s| s.change != Change::Noc)
            || self.heading_lines().any(|f| f.change != Change::Noc)
            || !self.note_changes().is_empty()
    }

    /// How the two sides' footnotes pair (by their words), as the clauses were compared.
    pub fn note_pairing(&self) -> NotePairing {
        NotePairing::new(&self.footnotes.old, &self.footnotes.new, &self.options)
    }
}

/// Compares two revisions of one resolution in one language.
pub fn diff_documents(
    old: &Document,
    new: &Document,
    opts: &DiffOptions,
) -> Result<DocDiff, DiffError> {
    comparable(old, new)?;
    let (old, new) = (nfc::in_nfc(old), nfc::in_nfc(new));
    Ok(from_alignment(&old, &new, &align(&old, &new), opts))
}

/// Whether two texts can be compared: revisions of one resolution, in one language.
pub fn comparable(old: &Document, new: &Document) -> Result<(), DiffError> {
    if (old.resolution.body, &old.resolution.number)
        != (new.resolution.body, &new.resolution.number)
    {
        return Err(DiffError::DifferentResolutions {
            old: old.address(),
            new: new.address(),
        });
    }
    if old.language != new.language {
        return Err(DiffError::DifferentLanguages {
            old: old.address(),
            new: new.address(),
            old_lang: old.language,
            new_lang: new.language,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
