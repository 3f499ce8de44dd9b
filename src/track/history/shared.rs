//! The revisions of one resolution in one language with what each step gives kept: a step (a
//! revision against the one it is compared with, see [`super::steps`]) is aligned once, and its
//! diff made once, however many blames, lineages, logs and diff pages ask for it. Blaming each
//! revision of a series on its own aligned every step before it again: quadratic in the
//! series' length, most of `resdiff site`'s time.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use crate::align::{Alignment, Kept, align};
use crate::diff::{DiffOptions, DocDiff, NotePairing, diff_documents, from_alignment, in_nfc};
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
    diffs: Vec<OnceLock<Option<Arc<DocDiff>>>>,
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
            diffs: docs.iter().map(|_| OnceLock::new()).collect(),
            docs,
            from,
        })
    }

    /// The revisions, oldest first (as [`super::steps`] indexes them). Every revision number the
    /// methods below take or give is an index into this list, not into the caller's own.
    pub fn docs(&self) -> &[Document] {
        &self.docs
    }

    /// The revision that revision `to` is compared with.
    pub fn from(&self, to: usize) -> Option<usize> {
        self.from.get(to).copied().flatten()
    }

    /// Each revision with the one it is compared with, as [`super::steps`] gives them, from what
    /// was found once when the history was made.
    pub fn steps(&self) -> Vec<(Option<usize>, usize)> {
        (0..self.docs.len()).map(|i| (self.from(i), i)).collect()
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

    /// The diff of the step that led to revision `to` (with the default options), made once;
    /// None for a revision compared with none.
    pub fn diff(&self, to: usize) -> Option<Arc<DocDiff>> {
        let from = self.from(to)?;
        self.diffs[to]
            .get_or_init(|| {
                let (old, new) = (&self.docs[from], &self.docs[to]);
                let opts = DiffOptions::default();
                // Texts already in NFC (every shipped one) are compared as they are, so the
                // step's alignment is the diff's; others are aligned in NFC by the diff itself.
                let diff = match (in_nfc(old), in_nfc(new)) {
                    (Cow::Borrowed(_), Cow::Borrowed(_)) => match self.aligned(to) {
                        Some((_, a, _)) => from_alignment(old, new, &a, &opts),
                        None => diff_documents(old, new, &opts).ok()?,
                    },
                    _ => diff_documents(old, new, &opts).ok()?,
                };
                Some(Arc::new(diff))
            })
            .clone()
    }

    /// The index of revision `target`.
    pub fn position(&self, target: &str) -> Result<usize, HistoryError> {
        super::position(&self.docs, target)
    }
}
