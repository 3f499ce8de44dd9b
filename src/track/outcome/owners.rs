//! Which rows of a diff make one provision for outcome: a labelled row (or a top-level one)
//! with its unlabelled lead-ins and the unlabelled rows after it (see
//! [`crate::model::provision`]), and the change they make together.

use crate::diff::{Change, ClauseChange, Op};
use crate::model::provision::{self, Owner};

/// The label a row is named by: the new one, the old one for a suppression.
pub(super) fn own_label(c: &ClauseChange) -> Option<String> {
    match c.change.whole() {
        Some(Op::Delete) => c.old_label.clone().or(c.new_label.clone()),
        _ => c.new_label.clone().or(c.old_label.clone()),
    }
}

/// Whether a row is a provision by its label: see [`provision::is_labelled`].
pub(super) fn labelled(c: &ClauseChange) -> bool {
    own_label(c)
        .as_deref()
        .and_then(|l| crate::model::Label::parse(l).ok())
        .is_some_and(|l| provision::is_labelled(&l))
}

/// Where each of `rows` (`depth` 0 at the top level) belongs.
pub(super) fn owners(rows: &[ClauseChange], depth: usize) -> Vec<Owner> {
    let mut before = false;
    rows.iter()
        .map(|c| {
            let l = labelled(c);
            let o = provision::owner(l, depth, before);
            before |= l;
            o
        })
        .collect()
}

/// The changes of the lead-ins among `rows` (the unlabelled rows before the first labelled
/// one) and of theirs.
pub(super) fn lead_in_changes(rows: &[ClauseChange], out: &mut Vec<Change>) {
    for r in rows.iter().take_while(|r| !labelled(r)) {
        out.push(r.change);
        if r.change.whole().is_none() {
            lead_in_changes(&r.children, out);
        }
    }
}

/// A provision's change with its unlabelled paragraphs', as compile's row gives it: its own
/// when they agree (or are unchanged), else a change to the provision as a whole.
pub(super) fn combined(own: Change, parts: &[Change]) -> Change {
    let changed: Vec<Change> = parts
        .iter()
        .copied()
        .filter(|c| *c != Change::Noc)
        .collect();
    if changed.iter().all(|c| *c == own) {
        return own;
    }
    changed
        .iter()
        .map(|c| c.to_parent())
        .fold(own.to_parent(), Change::max)
}
