//! The revisions of one resolution in one language with what each step gives kept: a step (a
//! revision against the one it is compared with, see [`super::steps`]) is aligned once however
//! many blames and lineages ask for it. Blaming each
//! revision of a series on its own aligned every step before it again: quadratic in the
//! series' length, most of `resdiff site`'s time.

use std::sync::OnceLock;

use crate::align::{Alignment, Kept, align};
use crate::diff::{DiffOptions, NotePairing};
use crate::input::corpus::chronological;
use crate::model::Document;

use super::{HistoryError, check_same, steps};

/// What one step gives, made on first use.
#[derive(Debug)]
struct Step {
    alignment: Kept,
    /// The step's footnotes paired by their words.
    notes: NotePairing,
}

/// The revisions of one resolution in one language, oldest first, each step worked out once.
#[derive(Debug)]
pub struct History {
    docs: Vec<Document>,
    /// Per revision, the revision it is compared with ([`super::steps`]).
    from: Vec<Option<usize>>,
    aligned: Vec<OnceLock<Step>>,
}

impl History {
    /// All the revisions of one resolution in one language, in any order.
    pub fn new(mut docs: Vec<Document>) -> Result<History, HistoryError> {
        check_same(&docs)?;
        chronological(&mut docs);
        let mut from = vec![None; docs.len()];
        for (f, i) in steps(&docs) {
            from[i] = f;
        }
        Ok(History {
            aligned: docs.iter().map(|_| OnceLock::new()).collect(),
            docs,
            from,
        })
    }

    /// The revisions, oldest first (as [`super::steps`] indexes them).
    pub fn docs(&self) -> &[Document] {
        &self.docs
    }

    /// The revision that revision `to` is compared with.
    pub fn from(&self, to: usize) -> Option<usize> {
        self.from.get(to).copied().flatten()
    }

    fn step(&self, to: usize) -> Option<(usize, &Step)> {
        let from = self.from(to)?;
        let (old, new) = (&self.docs[from], &self.docs[to]);
        let step = self.aligned[to].get_or_init(|| Step {
            alignment: align(old, new).keep(),
            notes: NotePairing::new(&old.footnotes, &new.footnotes, &DiffOptions::default()),
        });
        Some((from, step))
    }

    /// The step that led to revision `to`: the revision compared with, the two texts' alignment
    /// and their footnotes paired by their words.
    pub(super) fn aligned(&self, to: usize) -> Option<(usize, Alignment<'_>, &NotePairing)> {
        let (from, step) = self.step(to)?;
        let (old, new) = (&self.docs[from], &self.docs[to]);
        // The kept places are the two texts' own, so they read back; aligning again is only a
        // fallback that never runs.
        let alignment = step
            .alignment
            .on(old, new)
            .unwrap_or_else(|| align(old, new));
        Some((from, alignment, &step.notes))
    }

    /// The index of revision `target`.
    pub fn position(&self, target: &str) -> Result<usize, HistoryError> {
        super::position(&self.docs, target)
    }
}
