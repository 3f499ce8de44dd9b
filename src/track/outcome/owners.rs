//! Which rows of a diff make one provision for outcome: a labelled row (or a top-level one)
//! with its unlabelled lead-ins and the unlabelled rows after it (see
//! [`crate::model::provision`]), and the change they make together.

use crate::diff::{Change, ClauseChange};

/// The changes of the lead-ins among `rows` (the unlabelled rows before the first labelled
/// one) and of theirs.
pub(super) fn lead_in_changes(rows: &[ClauseChange], out: &mut Vec<Change>) {
    for r in rows.iter().take_while(|r| !r.is_labelled()) {
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
