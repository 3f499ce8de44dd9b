//! What became of a proposal: for each change it made to the base, whether the adopted text
//! took it.
//!
//! A change is a provision the proposal touched, at any depth, judged on its own words with
//! its unlabelled paragraphs (lead-ins, continuations: see [`crate::model::provision`]); its
//! labelled items are changes of their own. The adopted
//! version of a base provision is found by aligning base and adopted text, the adopted version
//! of an added provision by aligning proposal and adopted text. Verdicts:
//! - **adopted**: the adopted text is the proposed text (a suppression: the provision is gone);
//! - **not adopted**: the adopted text is the base's (an addition: nothing took its place);
//! - **partly**: some of the proposal's word changes are in the adopted text, not all;
//! - **adopted differently**: the provision changed, but none of the proposal's word changes
//!   are in it (or it was suppressed instead, or an addition was kept reworded);
//! - **not adopted (provision deleted)**: the proposal amends a provision the adopted text
//!   deleted.
//!
//! A change that only moves or renumbers a provision (its words are the base's) is judged on
//! the place alone, against the adopted numbering: adopted where the adopted text has it where
//! the proposal put it, else not adopted, whatever the adopted text did to its words.

use std::collections::{BTreeMap, HashMap};

use rows::Row;
use verdict::judge;

use serde::Serialize;

use crate::align::{ClauseAlign, Lone, align};
use crate::diff::{Change, DiffError, DiffOptions, Op, diff_documents};
use crate::model::provision::{self, Owner};
use crate::model::{Clause, ClausePath, Document, Preamble, SectionKind};
use owners::{combined, lead_in_changes};

/// What the adopted text did with one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The adopted text made the proposed change.
    Adopted,
    /// It made part of the change.
    Partly,
    /// It left the provision as the base had it.
    NotAdopted,
    /// It changed the provision, but not as proposed.
    AdoptedDifferently,
    /// It deleted the provision the proposal amends.
    NotAdoptedDeleted,
}

impl Verdict {
    /// The verdict as the terminal report writes it, e.g. `not adopted`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Adopted => "adopted",
            Verdict::Partly => "partly",
            Verdict::NotAdopted => "not adopted",
            Verdict::AdoptedDifferently => "adopted differently",
            Verdict::NotAdoptedDeleted => "not adopted (provision deleted)",
        }
    }
}

/// One change of the proposal and its fate.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The section kind, as written in reports.
    pub section: String,
    /// The proposal's label (the base's for a suppression).
    pub label: Option<String>,
    /// The base's label, where the proposal numbers the provision differently (1.13 that the
    /// proposal calls 1.14); absent when they agree, or for an addition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_label: Option<String>,
    /// What the proposal did: ADD, SUP, MOD, ...
    pub change: Change,
    /// The base's text of the provision; null for an addition.
    pub base: Option<String>,
    /// The proposal's text; null for a suppression.
    pub proposed: Option<String>,
    /// The adopted text's version; null when the provision is not there.
    pub adopted: Option<String>,
    /// What the adopted text did with the change.
    pub verdict: Verdict,
    /// Share of the proposal's word changes found in the adopted text (for amendments).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<f32>,
    /// For a move: the provisions the proposal renumbers to close the gap the move leaves,
    /// taken or left with the move (see [`rows`]); absent when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub renumbered: Vec<Renumbered>,
}

/// A provision renumbered with a move: its number in the base and in the proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Renumbered {
    /// The base's number, `1.11`.
    pub base: String,
    /// The proposal's, `1.10`.
    pub proposal: String,
}

/// The outcome of one proposal.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Address of the base text.
    pub base: String,
    /// Address of the proposal.
    pub proposal: String,
    /// Address of the adopted text.
    pub adopted: String,
    /// Each change of the proposal, in document order.
    pub items: Vec<Item>,
    /// Count of changes per verdict.
    pub summary: BTreeMap<&'static str, usize>,
}

/// Each clause of the old side at any depth, by its path, and its new version with the path it
/// stands at (None: suppressed).
type Map<'a> = HashMap<ClausePath, Option<(&'a Clause, ClausePath)>>;

fn versions<'a>(old: &'a Document, new: &'a Document) -> Map<'a> {
    fn walk<'a>(rows: &[ClauseAlign<'a>], out: &mut Map<'a>) {
        for c in rows {
            match c {
                ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => {
                    out.insert(p.old.path.clone(), Some((p.new.clause, p.new.path.clone())));
                    walk(&p.children, out);
                }
                // A moved clause: its MovedIn row (with the new place) is the one that counts.
                ClauseAlign::MovedOut { old, .. } | ClauseAlign::Removed(Lone { at: old, .. }) => {
                    out.entry(old.path.clone()).or_insert(None);
                }
                ClauseAlign::Added(_) => {}
            }
        }
    }
    let mut out = HashMap::new();
    for s in &align(old, new).sections {
        walk(&s.clauses, &mut out);
    }
    out
}

/// Where a clause stands as a reader names it: its section's kind, then the labels from the top
/// level down (`resolves 1 1.11 1.11.1`).
fn place(doc: &Document, path: &ClausePath) -> Vec<String> {
    let mut out = vec![
        doc.sections
            .get(path.section())
            .map(|s| s.kind.to_string())
            .unwrap_or_default(),
    ];
    let mut at: Option<ClausePath> = None;
    for &i in path.indexes() {
        let next = match &at {
            None => ClausePath::top(path.section(), i),
            Some(p) => p.child(i),
        };
        out.push(
            doc.clause(&next)
                .map(|c| c.label.norm().to_string())
                .unwrap_or_default(),
        );
        at = Some(next);
    }
    out
}

/// The outcome of `proposal` (made against `base`) in `adopted`.
pub fn outcome<'a>(
    base: &'a Document,
    proposal: &'a Document,
    adopted: &'a Document,
) -> Result<Outcome, DiffError> {
    let diff = diff_documents(base, proposal, &DiffOptions::default())?;
    crate::diff::comparable(base, adopted)?;
    let base_to_adopted = versions(base, adopted);
    let proposal_to_adopted = versions(proposal, adopted);
    let base_to_proposal = versions(base, proposal);
    let maps = Maps {
        base,
        proposal,
        adopted,
        base_preamble: base.preamble(),
        proposal_preamble: proposal.preamble(),
        base_to_adopted,
        proposal_to_adopted,
        base_to_proposal,
    };
    let mut items = Vec::new();
    for s in &diff.sections {
        // The diff's indexes are 1-based; a path's are 0-based.
        let top =
            |section: Option<usize>| move |i: usize| section.map(|s| ClausePath::top(s - 1, i - 1));
        // A section of no known kind is named by its heading, as the reader sees it.
        let heading = s.new_heading.as_deref().or(s.old_heading.as_deref());
        let kind = match heading.map(str::trim).filter(|h| !h.is_empty()) {
            Some(h) if s.kind == SectionKind::Other => h.to_string(),
            _ => s.kind.to_string(),
        };
        maps.provisions(
            &s.clauses,
            &kind,
            &top(s.old_index),
            &top(s.new_index),
            None,
            &mut items,
        );
    }
    let items = rows::one_row_per_move(items);
    let summary = rows::summary(&items);
    Ok(Outcome {
        base: base.address(),
        proposal: proposal.address(),
        adopted: adopted.address(),
        items,
        summary,
    })
}

/// The texts and the alignments an outcome reads, walked provision by provision.
struct Maps<'a> {
    base: &'a Document,
    proposal: &'a Document,
    adopted: &'a Document,
    /// Each text's preamble counted once, to name its unlabelled paragraphs.
    base_preamble: Preamble<'a>,
    proposal_preamble: Preamble<'a>,
    base_to_adopted: Map<'a>,
    proposal_to_adopted: Map<'a>,
    base_to_proposal: Map<'a>,
}

impl<'a> Maps<'a> {
    /// One item per changed provision at any depth (1.11.1 under an unchanged 1.11 is its own
    /// item; the parent is none). `old_at`/`new_at` give the path of a row's 1-based index under
    /// the rows' parent on each side. An unlabelled (or dashed) paragraph below the top level
    /// is part of a provision (see [`crate::model::provision`]), the parent's (`parent`) or the
    /// labelled sibling's before it: it has no item of its own, and that provision's item judges
    /// its text with the provision's, as one.
    #[allow(clippy::too_many_arguments)]
    fn provisions(
        &self,
        rows: &[crate::diff::ClauseChange],
        section: &str,
        old_at: &dyn Fn(usize) -> Option<ClausePath>,
        new_at: &dyn Fn(usize) -> Option<ClausePath>,
        parent: Option<&str>,
        items: &mut Vec<(Item, Row)>,
    ) {
        let depth = usize::from(parent.is_some());
        let owners = crate::diff::owners(rows, depth);
        let mut labelled_before: Option<String> = None;
        for (i, c) in rows.iter().enumerate() {
            let whole = c.change.whole();
            let label = match owners[i] {
                Owner::Own => c.own_label().map(str::to_string),
                Owner::PreviousSibling => labelled_before.clone(),
                Owner::Parent => parent.filter(|p| !p.is_empty()).map(str::to_string),
            };
            if c.is_labelled() {
                labelled_before = label.clone();
            }
            let base_at = c
                .old_index
                .and_then(old_at)
                .filter(|_| whole != Some(Op::Insert));
            let prop_at = c
                .new_index
                .and_then(new_at)
                .filter(|_| whole != Some(Op::Delete));
            if owners[i] == Owner::Own {
                // Its lead-ins, and below the top level the unlabelled paragraphs after it.
                let mut parts = Vec::new();
                if whole.is_none() {
                    lead_in_changes(&c.children, &mut parts);
                }
                for (r, _) in rows
                    .iter()
                    .zip(&owners)
                    .skip(i + 1)
                    .take_while(|(_, o)| **o == Owner::PreviousSibling)
                {
                    parts.push(r.change);
                    if r.change.whole().is_none() {
                        lead_in_changes(&r.children, &mut parts);
                    }
                }
                let change = combined(c.change, &parts);
                if change != Change::Noc {
                    self.judged(
                        c,
                        change,
                        section,
                        label.clone(),
                        (&base_at, &prop_at),
                        items,
                    );
                }
            }
            if whole.is_none() {
                // Both sides stand here: its items are judged one by one below.
                if let (Some(b), Some(p)) = (base_at.clone(), prop_at.clone()) {
                    let (b, p) = (&b, &p);
                    self.provisions(
                        &c.children,
                        section,
                        &|i| Some(b.child(i - 1)),
                        &|i| Some(p.child(i - 1)),
                        // Top-level paragraphs stand alone; what is below them does not.
                        Some(label.as_deref().unwrap_or_default()),
                        items,
                    );
                }
            }
        }
    }

    fn judged(
        &self,
        c: &crate::diff::ClauseChange,
        change: Change,
        section: &str,
        label: Option<String>,
        (base_at, prop_at): (&Option<ClausePath>, &Option<ClausePath>),
        items: &mut Vec<(Item, Row)>,
    ) {
        let version = |map: &Map<'a>, at: &ClausePath| map.get(at).cloned().flatten();
        let whole = c.change.whole();
        {
            // A provision kept in place is judged on its own words and its unlabelled
            // paragraphs (its labelled items have their own verdicts); one added or suppressed,
            // with everything below it.
            let text = |doc: &Document, at: &ClausePath| {
                provision::text(doc, at, whole.is_some()).unwrap_or_default()
            };
            let base_clause = base_at.as_ref().filter(|p| self.base.clause(p).is_some());
            let prop_clause = prop_at
                .as_ref()
                .and_then(|p| self.proposal.clause(p).map(|c| (c, p.clone())));
            let adopted_clause = match (base_at, prop_at) {
                (Some(b), _) => version(&self.base_to_adopted, b),
                (None, Some(p)) => version(&self.proposal_to_adopted, p),
                (None, None) => None,
            };
            // A moved clause's proposed version is where it went.
            let prop_clause = prop_clause.or_else(|| {
                base_at
                    .as_ref()
                    .and_then(|b| version(&self.base_to_proposal, b))
            });
            // Where the proposal puts the provision, and where the adopted text has it.
            let prop_place = prop_at
                .clone()
                .or_else(|| {
                    base_at
                        .as_ref()
                        .and_then(|b| version(&self.base_to_proposal, b))
                        .map(|v| v.1)
                })
                .map(|p| place(self.proposal, &p));
            let adopted_place = adopted_clause.as_ref().map(|(_, p)| place(self.adopted, p));
            let (b, p, a) = (
                base_clause.map(|at| text(self.base, at)),
                prop_clause.map(|v| text(self.proposal, &v.1)),
                adopted_clause.map(|v| text(self.adopted, &v.1)),
            );
            let (mut verdict, part) = judge(b.as_deref(), p.as_deref(), a.as_deref());
            // A move or a relabel is adopted only where the adopted text has the provision
            // where the proposal put it (the words alone may be the base's, unchanged).
            let placed = c.moved || c.relabeled;
            if placed && a.is_some() && b.is_some() && b == p {
                // Only the place changes: the adopted numbering says whether it was taken.
                verdict = if prop_place == adopted_place {
                    Verdict::Adopted
                } else {
                    Verdict::NotAdopted
                };
            } else if placed
                && a.is_some()
                && prop_place != adopted_place
                && verdict == Verdict::Adopted
            {
                // The words were taken (or were the base's already); the place was not.
                verdict = if b.is_some() && a != b {
                    Verdict::AdoptedDifferently
                } else {
                    Verdict::NotAdopted
                };
            }
            let renumber_only = c.relabeled && !c.moved && b.is_some() && b == p;
            // The base's own label, when the proposal renumbers this provision.
            let mut base_label = c
                .old_label
                .clone()
                .filter(|_| whole != Some(Op::Insert) && c.relabeled)
                .filter(|l| Some(l) != label.as_ref());
            // An unlabelled paragraph is named as a reader counts it, the base's count first.
            let mut label = label;
            if label.is_none() {
                let base_name = base_clause.and_then(|at| self.base_preamble.unlabelled_name(at));
                let prop_name = prop_at
                    .as_ref()
                    .and_then(|at| self.proposal_preamble.unlabelled_name(at));
                label = prop_name.clone().or(base_name.clone());
                base_label = base_name.filter(|b| prop_name.as_ref().is_some_and(|p| p != b));
            }
            items.push((
                Item {
                    section: section.to_string(),
                    label,
                    base_label,
                    change,
                    base: b,
                    proposed: p,
                    adopted: a,
                    verdict,
                    share: part,
                    renumbered: Vec::new(),
                },
                Row {
                    move_id: c.move_id,
                    base_at: base_at.clone(),
                    renumber_only,
                },
            ));
        }
    }
}

mod owners;
mod rows;
mod verdict;

#[cfg(test)]
mod tests;
