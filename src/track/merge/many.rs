//! The merge of any number of proposals: two at a time, each merge's conflicts held where they
//! stand (the next proposal cannot settle them silently), then every conflict listed with the
//! version of each proposal that touched the provision.

use std::collections::HashSet;

use thiserror::Error;

use super::levels::{added_labelled, flat, kept};
use super::{Conflict, Merged, Side, Spot, same, step, versions};
use crate::align::align;
use crate::model::Document;

/// The end of a merged draft's revision id when it still holds conflicts: a merge refuses such
/// a draft as a proposal, since the base text it holds there would pass for the merge's choice.
pub const CONFLICTED: &str = "-conflicted";

/// Why proposals cannot be merged.
#[derive(Debug, Error)]
pub enum MergeError {
    /// Fewer than two proposals.
    #[error("merge takes two proposals or more, got {0}")]
    TooFew(usize),
    /// A proposal is a merged draft that still holds conflicts (its address).
    #[error(
        "{0} is a merge that still holds conflicts (its base text stands where proposals \
         disagree): merge the proposals it came from together with the others instead"
    )]
    Conflicted(String),
    /// The merged text would be refused by the corpus loader: a bug of the merge, never
    /// written (the loader's problems).
    #[error("the merged text would not load, so nothing is written: {0}")]
    NotLoadable(String),
}

/// Merges `proposals`, all made against `base`. Every conflict is kept, with every side.
pub fn merge_all(base: &Document, proposals: &[Document]) -> Result<Merged, MergeError> {
    if let Some(p) = proposals
        .iter()
        .find(|p| p.revision.id_shown().ends_with(CONFLICTED))
    {
        return Err(MergeError::Conflicted(p.address()));
    }
    let [first, second, rest @ ..] = proposals else {
        return Err(MergeError::TooFew(proposals.len()));
    };
    let (mut document, mut conflicts) = step(base, first, second, &HashSet::new());
    for p in rest {
        let locked: HashSet<Spot> = conflicts.iter().map(|(_, s)| s.clone()).collect();
        let (next, more) = step(base, &document, p, &locked);
        document = next;
        conflicts.extend(more);
    }
    let all: Vec<&Document> = proposals.iter().collect();
    let mut merged = finish(base, &all, document, conflicts);
    merged.document = crate::input::checked(merged.document, crate::input::corpus::Check::Full)
        .map_err(|e| MergeError::NotLoadable(e.unlocated()))?;
    Ok(merged)
}

/// The merged draft named after its proposals, and each conflict with its sides.
pub(super) fn finish(
    base: &Document,
    proposals: &[&Document],
    mut document: Document,
    conflicts: Vec<(Conflict, Spot)>,
) -> Merged {
    let ids: Vec<&str> = proposals.iter().map(|p| p.revision.id_shown()).collect();
    let mut id = format!("merge-{}", ids.join("-"));
    if !conflicts.is_empty() {
        id.push_str(CONFLICTED);
    }
    // Ids (or `unknown`) joined by dashes after `merge-` make an id.
    document.revision.id = id.parse().ok();
    let proposers: Vec<&str> = proposals
        .iter()
        .filter_map(|p| p.revision.stage.proposer().map(|p| p.as_str()))
        .collect();
    // None joined is blank, which names no proposer.
    let proposers = crate::model::Proposer::try_from(proposers.join("+")).ok();
    document.revision.stage = crate::model::Stage::Draft(proposers);
    let sides = Sides::new(base, proposals);
    let conflicts = conflicts
        .into_iter()
        .map(|(mut c, spot)| {
            c.sides = sides.at(&spot);
            if proposals.len() > 2 && c.sides.len() >= 2 {
                c.first = c.sides[0].text.clone();
                c.second = c.sides[1].text.clone();
            }
            c
        })
        .collect();
    Merged {
        document,
        conflicts,
    }
}

/// Each proposal's version of whatever a conflict names.
struct Sides<'a> {
    base: &'a Document,
    proposals: &'a [&'a Document],
}

impl<'a> Sides<'a> {
    fn new(base: &'a Document, proposals: &'a [&'a Document]) -> Self {
        Sides { base, proposals }
    }

    /// The proposals that touch `spot`, each with its version; one that leaves it as the base
    /// has it is no side.
    fn at(&self, spot: &Spot) -> Vec<Side> {
        let b = self.base;
        self.proposals
            .iter()
            .filter_map(|p| {
                let a = align(b, p);
                let text: Option<Option<String>> = match spot {
                    Spot::Formula => (p.formula != b.formula).then(|| p.formula.clone()),
                    Spot::RevisionLine => {
                        (p.revision_line != b.revision_line).then(|| p.revision_line.clone())
                    }
                    Spot::Section(i) | Spot::Heading(i) => {
                        let v = versions(b, &a);
                        let bs = b.sections.get(*i)?;
                        match v.sections.get(*i).copied().flatten() {
                            None => Some(None),
                            Some((s, _)) if matches!(spot, Spot::Heading(_)) => {
                                (s.heading != bs.heading).then(|| Some(s.heading.clone()))
                            }
                            Some((s, _)) => (s != bs).then(|| Some(s.heading.clone())),
                        }
                    }
                    Spot::Footnote(mark) => {
                        let note = |d: &Document| {
                            d.footnotes
                                .iter()
                                .find(|f| f.mark == *mark)
                                .map(|f| f.text.clone())
                        };
                        let mine = note(p);
                        (mine != note(b)).then_some(mine)
                    }
                    Spot::Added {
                        section,
                        parent,
                        label,
                    } => {
                        let rows = match parent {
                            None => versions(b, &a).sections.get(*section).copied().flatten()?.1,
                            Some(path) => kept(&a).get(path)?.rows,
                        };
                        let count = match parent {
                            None => b.sections.get(*section)?.clauses.len(),
                            Some(path) => b.clause(path)?.children.len(),
                        };
                        added_labelled(count, rows, label).map(|c| Some(flat(c)))
                    }
                    Spot::Clause(path) | Spot::Text(path) => {
                        let bc = b.clause(path)?;
                        let k = kept(&a);
                        match k.get(path) {
                            None => Some(None),
                            Some(v) if matches!(spot, Spot::Text(_)) => {
                                (v.clause.text != bc.text).then(|| Some(v.clause.text.clone()))
                            }
                            Some(v) => {
                                (v.moved || !same(v.clause, bc)).then(|| Some(flat(v.clause)))
                            }
                        }
                    }
                };
                text.map(|text| Side {
                    proposal: p
                        .revision
                        .stage
                        .proposer()
                        .map_or_else(|| p.revision.id_shown().to_string(), ToString::to_string),
                    text,
                })
            })
            .collect()
    }
}
