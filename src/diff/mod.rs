//! The clause-level diff: from an [`Alignment`] to ITU change classes and inline word changes.
//!
//! [`DocDiff`] is the public contract the JSON renderer serialises as it is (see README, "JSON
//! diff"): sections in new-document order with suppressed ones where they stood, and in each,
//! clauses the same way. The diff knows nothing of output formats.

pub mod classify;
pub mod inline;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use classify::Change;
pub use inline::{Op, Segment, new_text, old_text};

use crate::align::{Alignment, ClauseAlign, Relation, SectionAlign, align};
use crate::model::{Clause, Document, Footnote, Language, SectionKind, Status};

/// Normalisations a user can switch on; all off compares texts exactly as written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOptions {
    /// A clause whose only change is its label is NOC, not (MOD).
    pub ignore_labels: bool,
    /// Any run of whitespace (spaces, no-break spaces, tabs) equals any other.
    pub ignore_whitespace: bool,
    /// Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF) equal their letters (NFKC).
    pub ignore_presentation_forms: bool,
    /// Cyrillic and Greek look-alike letters in UN symbols (А/70/125) equal Latin ones.
    pub ignore_lookalikes: bool,
}

impl DiffOptions {
    /// Whether words are compared in a normalised form rather than as written.
    pub fn normalises_words(&self) -> bool {
        self.ignore_whitespace || self.ignore_presentation_forms || self.ignore_lookalikes
    }
}

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
    /// The body (`wtdc`, `pp`, ...).
    pub body: String,
    /// The resolution number.
    pub number: u32,
    /// The revision id, e.g. `dubai-2014`.
    pub revision: String,
    /// Adopted, draft or proposal.
    pub status: Status,
    /// The language of the text.
    pub language: Language,
    /// The resolution's title in this text.
    pub title: String,
    /// The rest of the revision's metadata, so that a changeset can rebuild the new text whole.
    pub year: u16,
    /// The conference venue (English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// ISO date of adoption or submission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<crate::model::Date>,
    /// Who proposes it, for a proposal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposer: Option<String>,
    /// The source document, e.g. `WTDC-17/23`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The revision a proposal amends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
}

impl TextId {
    fn of(doc: &Document) -> TextId {
        TextId {
            address: doc.address(),
            body: doc.resolution.body.to_string(),
            number: doc.resolution.number,
            revision: doc.revision.id.clone(),
            status: doc.revision.status,
            language: doc.language,
            title: doc.resolution.title.clone(),
            year: doc.revision.year,
            venue: doc.revision.venue.clone(),
            date: doc.revision.date,
            proposer: doc.revision.proposer.clone(),
            source: doc.revision.source.clone(),
            base: doc.revision.base.clone(),
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

/// What happened to the title formula.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FormulaChange {
    /// NOC, (MOD) or MOD, as for a clause.
    pub change: Change,
    /// The formula as runs: kept, deleted and inserted words.
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

impl Footnotes {
    fn is_empty(&self) -> bool {
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
    pub formula: Option<FormulaChange>,
    /// Footnotes of each side (`[^mark]` in clause texts), when either has any.
    #[serde(default, skip_serializing_if = "Footnotes::is_empty")]
    pub footnotes: Footnotes,
    /// Count of clauses (at every depth) per class; every class present, zero or not. Derived
    /// from the clauses, so a changeset read back leaves it empty.
    #[serde(skip_deserializing)]
    pub summary: BTreeMap<&'static str, usize>,
    /// Sections in new-text order, suppressed ones where they stood.
    pub sections: Vec<SectionChange>,
}

impl DocDiff {
    /// Whether anything differs (what `diff`-style exit codes report).
    pub fn has_changes(&self) -> bool {
        self.sections.iter().any(|s| s.change != Change::Noc)
            || self
                .formula
                .as_ref()
                .is_some_and(|f| f.change != Change::Noc)
    }
}

/// Compares two revisions of one resolution in one language.
pub fn diff_documents(
    old: &Document,
    new: &Document,
    opts: &DiffOptions,
) -> Result<DocDiff, DiffError> {
    comparable(old, new)?;
    Ok(from_alignment(old, new, &align(old, new), opts))
}

/// Whether two texts can be compared: revisions of one resolution, in one language.
pub fn comparable(old: &Document, new: &Document) -> Result<(), DiffError> {
    if (old.resolution.body, old.resolution.number) != (new.resolution.body, new.resolution.number)
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

/// Builds the diff from an alignment (exposed for tools that align once and render often).
pub fn from_alignment(
    old: &Document,
    new: &Document,
    alignment: &Alignment<'_>,
    opts: &DiffOptions,
) -> DocDiff {
    let ctx = Ctx { old, new, opts };
    let sections: Vec<SectionChange> = alignment.sections.iter().map(|s| ctx.section(s)).collect();
    let mut summary: BTreeMap<&'static str, usize> =
        Change::ALL.iter().map(|c| (c.symbol(), 0)).collect();
    fn count(cs: &[ClauseChange], summary: &mut BTreeMap<&'static str, usize>) {
        for c in cs {
            *summary.entry(c.change.symbol()).or_default() += 1;
            count(&c.children, summary);
        }
    }
    for s in &sections {
        count(&s.clauses, &mut summary);
    }
    let formula = match (&old.formula, &new.formula) {
        (None, None) => None,
        (Some(o), None) => Some(FormulaChange {
            change: Change::Sup,
            inline: whole(Op::Delete, o),
        }),
        (None, Some(n)) => Some(FormulaChange {
            change: Change::Add,
            inline: whole(Op::Insert, n),
        }),
        (Some(o), Some(n)) => {
            let inline = inline::diff_text(o, n, opts);
            let change = classify::classify_text(o, n, &inline, false, opts.ignore_labels, None);
            Some(FormulaChange { change, inline })
        }
    };
    DocDiff {
        old: TextId::of(old),
        new: TextId::of(new),
        options: *opts,
        formula,
        footnotes: Footnotes {
            old: old.footnotes.clone(),
            new: new.footnotes.clone(),
        },
        summary,
        sections,
    }
}

struct Ctx<'d> {
    old: &'d Document,
    new: &'d Document,
    opts: &'d DiffOptions,
}

fn whole(op: Op, text: &str) -> Vec<Segment> {
    vec![Segment {
        op,
        text: text.to_string(),
    }]
}

/// The label as written (kept whole, so that a changeset gives it back exactly).
fn label(c: &Clause) -> Option<String> {
    let l = &c.label.written;
    (!l.trim().is_empty()).then(|| l.clone())
}

impl Ctx<'_> {
    fn section(&self, s: &SectionAlign<'_>) -> SectionChange {
        let clauses: Vec<ClauseChange> = s.clauses.iter().map(|c| self.clause(c)).collect();
        let (old_kind, new_kind) = (s.old.map(|(x, _)| x.kind), s.new.map(|(x, _)| x.kind));
        let (old_heading, new_heading) = (
            s.old.map(|(x, _)| x.heading.clone()),
            s.new.map(|(x, _)| x.heading.clone()),
        );
        let change = match (old_kind, new_kind) {
            (None, _) => Change::Add,
            (_, None) => Change::Sup,
            (Some(a), Some(b)) if a != b => Change::Mod,
            _ if old_heading != new_heading => Change::Mod,
            _ => rollup(&clauses, Change::Noc),
        };
        SectionChange {
            kind: new_kind.or(old_kind).unwrap_or(SectionKind::Resolves),
            change,
            old_kind: old_kind.filter(|k| Some(*k) != new_kind && new_kind.is_some()),
            old_heading,
            new_heading,
            old_index: s.old.map(|(_, i)| i + 1),
            new_index: s.new.map(|(_, i)| i + 1),
            clauses,
        }
    }

    fn kind_of(&self, doc_is_old: bool, section: usize) -> Option<SectionKind> {
        let doc = if doc_is_old { self.old } else { self.new };
        doc.sections.get(section).map(|s| s.kind)
    }

    fn clause(&self, a: &ClauseAlign<'_>) -> ClauseChange {
        let children: Vec<ClauseChange> = a.children.iter().map(|c| self.clause(c)).collect();
        let (old, new) = (a.old, a.new);
        let base = ClauseChange {
            change: Change::Noc,
            old_label: old.and_then(|(c, _)| label(c)),
            new_label: new.and_then(|(c, _)| label(c)),
            old_index: old.map(|(_, l)| l.index + 1),
            new_index: new.map(|(_, l)| l.index + 1),
            relabeled: false,
            moved: false,
            moved_from: None,
            moved_to: None,
            old_section: None,
            similarity: a.similarity,
            inline: Vec::new(),
            children: Vec::new(),
        };
        match (a.relation, old, new) {
            (Relation::Added, _, Some((n, _))) => ClauseChange {
                change: Change::Add,
                inline: whole(Op::Insert, &n.text),
                children,
                ..base
            },
            (Relation::Suppressed, Some((o, _)), _) => ClauseChange {
                change: Change::Sup,
                inline: whole(Op::Delete, &o.text),
                children,
                ..base
            },
            (Relation::MovedOut, Some((o, ol)), Some((_, nl))) => ClauseChange {
                change: Change::SupMoved,
                moved: true,
                moved_to: Some(nl.section)
                    .filter(|&s| self.kind_of(false, s) != self.kind_of(true, ol.section))
                    .and_then(|s| self.kind_of(false, s)),
                inline: whole(Op::Delete, &o.text),
                ..base
            },
            (relation, Some((o, ol)), Some((n, nl))) => {
                let inline = inline::diff_text(&o.text, &n.text, self.opts);
                let relabeled = o.label.norm != n.label.norm;
                let own = classify::classify_text(
                    &o.text,
                    &n.text,
                    &inline,
                    relabeled,
                    self.opts.ignore_labels,
                    a.basis,
                );
                let moved = relation == Relation::MovedIn;
                ClauseChange {
                    change: if moved {
                        Change::AddMoved
                    } else {
                        rollup(&children, own)
                    },
                    relabeled,
                    moved,
                    old_section: moved.then_some(ol.section + 1),
                    moved_from: Some(ol.section)
                        .filter(|_| moved)
                        .filter(|&s| self.kind_of(true, s) != self.kind_of(false, nl.section))
                        .and_then(|s| self.kind_of(true, s)),
                    inline,
                    children,
                    ..base
                }
            }
            // Alignment never yields a row without the side its relation needs.
            _ => base,
        }
    }
}

/// A parent's class given its own and its children's: any substantive child change makes a MOD,
/// editorial child changes at least a (MOD).
fn rollup(children: &[ClauseChange], own: Change) -> Change {
    let worst = children
        .iter()
        .map(|c| match c.change {
            Change::Noc => Change::Noc,
            Change::Editorial => Change::Editorial,
            _ => Change::Mod,
        })
        .max()
        .unwrap_or(Change::Noc);
    own.max(worst)
}

#[cfg(test)]
mod tests;
