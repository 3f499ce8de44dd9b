//! A resolution across conferences: its revisions in order ([`log`]) and, for each clause of a
//! revision, where it first appeared and where its text last changed ([`blame`]).
//!
//! Adopted texts form the line of the resolution, in date order; each proposal hangs off the
//! revision it amends (its `base`, else the last adopted text before it). A step's counts are
//! the diff's. Blame follows the alignment step by step, so a clause keeps its history through
//! renumbering and moves: `أ)` of Dubai that RCC relabels `ه)` is still the clause of Dubai.

use std::collections::HashMap;

use serde::Serialize;

use crate::align::{ClauseAlign, Lone};
use crate::diff::{NotePairing, Summary};
use crate::model::{Clause, ClausePath, Document, Status};

pub mod lineage;
mod shared;
pub use lineage::{Lineage, lineage};
pub use shared::History;

/// One revision in the log, with the step that led to it.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The text's corpus address.
    pub address: String,
    /// The revision id.
    pub revision: String,
    /// Adopted, draft or proposal.
    pub status: Status,
    /// The year of the conference.
    pub year: u16,
    /// ISO date of adoption or submission.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<crate::model::Date>,
    /// The conference venue (English).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// Who proposes it, for a proposal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposer: Option<String>,
    /// Number of clauses at every depth.
    pub clauses: usize,
    /// The revision this one is compared with (the previous adopted text, or a proposal's base).
    pub from: Option<String>,
    /// Change counts of that step (every ITU symbol), absent for the first text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Summary>,
}

/// The revisions of one resolution in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Log {
    /// `body/number`, e.g. `wtdc/30`.
    pub resolution: String,
    /// The title of the latest text.
    pub title: String,
    /// The language of every text in the log.
    pub language: String,
    /// Adopted texts in date order.
    pub adopted: Vec<Entry>,
    /// Proposals and drafts in date order.
    pub proposals: Vec<Entry>,
}

/// Why a history cannot be made.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("no revisions given")]
    Empty,
    #[error("{0} is not a revision of this resolution in this language")]
    Foreign(String),
    #[error("no revision `{0}` (known: {1})")]
    UnknownRevision(String, String),
}

/// For each revision (by index into `docs`, sorted chronologically), the index of the revision
/// it is compared with: the previous adopted text, or for a proposal its base.
pub fn steps(docs: &[Document]) -> Vec<(Option<usize>, usize)> {
    let mut out = Vec::new();
    let mut last_adopted: Option<usize> = None;
    for (i, d) in docs.iter().enumerate() {
        if d.revision.stage.status() == Status::Adopted {
            out.push((last_adopted, i));
            last_adopted = Some(i);
        } else {
            let base = d
                .revision
                .base
                .as_ref()
                .and_then(|b| docs.iter().position(|x| x.revision.id.as_ref() == Some(b)))
                .or(last_adopted);
            out.push((base, i));
        }
    }
    out
}

fn check_same(docs: &[Document]) -> Result<(), HistoryError> {
    let first = docs.first().ok_or(HistoryError::Empty)?;
    for d in docs {
        if (d.resolution.body, &d.resolution.number, d.language)
            != (
                first.resolution.body,
                &first.resolution.number,
                first.language,
            )
        {
            return Err(HistoryError::Foreign(d.address()));
        }
    }
    Ok(())
}

/// The log of a resolution from all its revisions in one language.
pub fn log(docs: Vec<Document>) -> Result<Log, HistoryError> {
    Ok(History::new(docs)?.log())
}

impl History {
    /// The log of the resolution: [`log`], with the steps' diffs kept for their pages.
    pub fn log(&self) -> Log {
        let docs = self.docs();
        let mut adopted = Vec::new();
        let mut proposals = Vec::new();
        for (from, i) in self.steps() {
            let d = &docs[i];
            let changes = from.and_then(|_| self.diff(i).map(|diff| diff.summary));
            let entry = Entry {
                address: d.address(),
                revision: d.revision.id_shown().to_string(),
                status: d.revision.stage.status(),
                year: d.revision.year_shown(),
                date: d.revision.date,
                venue: d.revision.venue.clone(),
                proposer: d.revision.stage.proposer().map(ToString::to_string),
                clauses: d.clause_count(),
                from: from.map(|f| docs[f].address()),
                changes,
            };
            if d.revision.stage.status() == Status::Adopted {
                adopted.push(entry);
            } else {
                proposals.push(entry);
            }
        }
        let first = &docs[0];
        Log {
            resolution: format!(
                "{}/{}",
                first.resolution.body_shown(),
                first.resolution.number_shown()
            ),
            title: first.resolution.title_shown().to_string(),
            language: first.language.to_string(),
            adopted,
            proposals,
        }
    }
}

/// The history of one clause of the blamed revision.
#[derive(Debug, Clone, Serialize)]
pub struct BlameLine {
    /// Section kind and the labels from the top-level clause down, e.g. `recalling`, `["ه)"]`.
    pub section: String,
    /// The labels from the top-level clause down to this one.
    pub path: Vec<String>,
    /// Nesting depth: 0 for a top-level clause.
    pub depth: usize,
    /// The clause text in the blamed revision.
    pub text: String,
    /// The revision where the clause first appears.
    pub introduced: String,
    /// The revision where its text (not only its label) last changed.
    pub changed: String,
    /// The year of the revision where it first appears (a UN revision is named by its symbol,
    /// `78-132`, not its year).
    pub introduced_year: u16,
    /// The year of the revision where its text last changed.
    pub changed_year: u16,
}

/// Where a clause stands in the revision it first appears in, and the step where its text last
/// changed (steps are indexes into the chronological revisions).
#[derive(Debug, Clone)]
struct Origin {
    born: usize,
    born_at: ClausePath,
    changed: usize,
}

/// For each clause of one revision, by its path: its [`Origin`].
type Origins = HashMap<ClausePath, Origin>;

/// `notes`: the step's footnotes paired by their words, so that a clause citing its notes under
/// new numbers has not changed.
fn carry(a: &ClauseAlign<'_>, prev: &Origins, step: usize, notes: &NotePairing, out: &mut Origins) {
    fn added(l: &Lone<'_>, step: usize, out: &mut Origins) {
        let born_at = l.at.path.clone();
        out.insert(
            l.at.path.clone(),
            Origin {
                born: step,
                born_at,
                changed: step,
            },
        );
        for c in &l.children {
            added(c, step, out);
        }
    }
    match a {
        ClauseAlign::Added(l) => added(l, step, out),
        // Gone from the new text; a moved clause is carried by its MovedIn row.
        ClauseAlign::Removed(_) | ClauseAlign::MovedOut { .. } => {}
        ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => {
            let mut origin = prev.get(&p.old.path).cloned().unwrap_or(Origin {
                born: step,
                born_at: p.new.path.clone(),
                changed: step,
            });
            if !notes.reads_same(&p.old.clause.text, &p.new.clause.text) {
                origin.changed = step;
            }
            out.insert(p.new.path.clone(), origin);
            for c in &p.children {
                carry(c, prev, step, notes, out);
            }
        }
    }
}

/// The index of revision `target` in `docs` (sorted chronologically).
fn position(docs: &[Document], target: &str) -> Result<usize, HistoryError> {
    docs.iter()
        .position(|d| d.revision.id_shown() == target)
        .ok_or_else(|| {
            let known: Vec<&str> = docs.iter().map(|d| d.revision.id_shown()).collect();
            HistoryError::UnknownRevision(target.to_string(), known.join(", "))
        })
}

/// The origins of every clause of revision `t`, following the line of adopted texts up to it
/// (and, for a proposal, its base).
fn origins(h: &History, t: usize) -> Origins {
    let docs = h.docs();
    // The lineage: follow `from` links back from the target.
    let mut line = vec![t];
    while let Some(f) = line.last().and_then(|&x| h.from(x))
        && !line.contains(&f)
    {
        line.push(f);
    }
    line.reverse();

    let mut origins: Origins = docs[line[0]]
        .clauses()
        .into_iter()
        .map(|(path, _)| {
            let origin = Origin {
                born: line[0],
                born_at: path.clone(),
                changed: line[0],
            };
            (path, origin)
        })
        .collect();
    // Each window is a step (`w[0]` is what `w[1]` is compared with), aligned once for every
    // revision whose line passes it.
    for w in line.windows(2) {
        let mut next = HashMap::new();
        if let Some((_, alignment, notes)) = h.aligned(w[1]) {
            for s in &alignment.sections {
                for c in &s.clauses {
                    carry(c, &origins, w[1], notes, &mut next);
                }
            }
        }
        origins = next;
    }
    origins
}

/// Where a clause first appears: the revision, and its place in that revision's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Birth {
    /// The revision id, `74-197`.
    pub revision: String,
    /// Where the clause stood in it.
    pub at: ClausePath,
}

/// For each clause of revision `target` of `docs` (all revisions of one resolution in one
/// language), by its path there: where it first appears, as [`blame`] follows it. A clause keeps
/// its birth through renumbering, moves and rewording, so the birth names the paragraph across
/// revisions, where its path does not.
pub fn births(
    docs: Vec<Document>,
    target: &str,
) -> Result<HashMap<ClausePath, Birth>, HistoryError> {
    History::new(docs)?.births(target)
}

/// Blames each clause of revision `target` of `docs` (all revisions of one resolution in one
/// language), following the line of adopted texts up to it (and, for a proposal, its base).
pub fn blame(docs: Vec<Document>, target: &str) -> Result<Vec<BlameLine>, HistoryError> {
    History::new(docs)?.blame(target)
}

impl History {
    /// [`births`], the steps aligned once for all the revisions asked.
    pub fn births(&self, target: &str) -> Result<HashMap<ClausePath, Birth>, HistoryError> {
        let docs = self.docs();
        let t = self.position(target)?;
        Ok(origins(self, t)
            .into_iter()
            .map(|(path, o)| {
                let birth = Birth {
                    revision: docs[o.born].revision.id_shown().to_string(),
                    at: o.born_at,
                };
                (path, birth)
            })
            .collect())
    }

    /// [`blame`], the steps aligned once for all the revisions blamed.
    pub fn blame(&self, target: &str) -> Result<Vec<BlameLine>, HistoryError> {
        let docs = self.docs();
        let t = self.position(target)?;
        let origins = origins(self, t);

        let doc = &docs[t];
        let mut out = Vec::new();
        fn walk(
            cs: &[Clause],
            at: &dyn Fn(usize) -> ClausePath,
            section: &str,
            path: &mut Vec<String>,
            origins: &Origins,
            docs: &[Document],
            out: &mut Vec<BlameLine>,
        ) {
            for (i, c) in cs.iter().enumerate() {
                path.push(c.label.written().trim().to_string());
                let here = at(i);
                let (intro, changed) = origins.get(&here).map_or((0, 0), |o| (o.born, o.changed));
                out.push(BlameLine {
                    section: section.to_string(),
                    path: path.clone(),
                    depth: path.len() - 1,
                    text: c.text.clone(),
                    introduced: docs[intro].revision.id_shown().to_string(),
                    changed: docs[changed].revision.id_shown().to_string(),
                    introduced_year: docs[intro].revision.year_shown(),
                    changed_year: docs[changed].revision.year_shown(),
                });
                walk(
                    &c.children,
                    &|k| here.child(k),
                    section,
                    path,
                    origins,
                    docs,
                    out,
                );
                path.pop();
            }
        }
        for (n, s) in doc.sections.iter().enumerate() {
            walk(
                &s.clauses,
                &|i| ClausePath::top(n, i),
                s.kind.as_str(),
                &mut Vec::new(),
                &origins,
                docs,
                &mut out,
            );
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
