//! Which rows of a diff are provisions of their own and which belong to one (see
//! [`crate::model::provision`]): the markup numbers provisions by it, outcome judges them by it.

use crate::diff::{ClauseChange, Op};
use crate::model::Label;
use crate::model::provision::{self, Owner};

impl ClauseChange {
    /// The label a row is named by: the new one, the old one for a suppression.
    pub fn own_label(&self) -> Option<&str> {
        match self.change.whole() {
            Some(Op::Delete) => self.old_label.as_deref().or(self.new_label.as_deref()),
            _ => self.new_label.as_deref().or(self.old_label.as_deref()),
        }
    }

    /// Whether the row is a provision by its label: see [`provision::is_labelled`].
    pub fn is_labelled(&self) -> bool {
        self.own_label()
            .and_then(|l| Label::parse(l).ok())
            .is_some_and(|l| provision::is_labelled(&l))
    }
}

/// Where each of these sibling rows, `depth` levels down (0: the top level), belongs.
pub fn owners(rows: &[ClauseChange], depth: usize) -> Vec<Owner> {
    let mut before = false;
    rows.iter()
        .map(|c| {
            let l = c.is_labelled();
            let o = provision::owner(l, depth, before);
            before |= l;
            o
        })
        .collect()
}
