//! The rows of an outcome as a secretariat reads them: one row per move, and every provision
//! named by the base's numbering, unlabelled paragraphs included.
//!
//! A move is two rows of the diff (SUP* where the provision stood, ADD* where it went) and,
//! when the proposal closes the gap it leaves, a renumbering of each provision after it
//! (1.11 -> 1.10, 1.11.1 -> 1.10.1, ...). The conference takes or leaves the move as one: it is
//! one row, at the provision's new place, with its base number beside and the renumbered
//! provisions listed in it.

use crate::model::ClausePath;

use super::{Item, Renumbered, Verdict};

/// What the rows are folded by, beside each item.
#[derive(Debug, Clone)]
pub(super) struct Row {
    /// The number both rows of one move share.
    pub move_id: Option<usize>,
    /// Where the provision stands in the base.
    pub base_at: Option<ClausePath>,
    /// The row only renumbers a provision kept in place with its words.
    pub renumber_only: bool,
}

/// One row per move: the SUP* row of each move goes into its ADD* row (which gets the base's
/// number beside the new one), and so does each renumbering that closes the gap the move left
/// (a provision after it, under the same parent, or below one).
pub(super) fn one_row_per_move(rows: Vec<(Item, Row)>) -> Vec<Item> {
    let mut rows: Vec<Option<(Item, Row)>> = rows.into_iter().map(Some).collect();
    for i in 0..rows.len() {
        let Some((item, row)) = &rows[i] else {
            continue;
        };
        if item.change != crate::diff::Change::SupMoved {
            continue;
        }
        let (Some(id), Some(gap)) = (row.move_id, row.base_at.clone()) else {
            continue;
        };
        let from = item.label.clone();
        let Some(to) = rows.iter().position(|r| {
            r.as_ref().is_some_and(|(it, r)| {
                r.move_id == Some(id) && it.change == crate::diff::Change::AddMoved
            })
        }) else {
            continue;
        };
        // The renumberings the move makes: after the gap, under its parent, and below them.
        let closes_gap = |at: &ClausePath| {
            let mut p = at.clone();
            loop {
                if p.section() == gap.section()
                    && p.depth() == gap.depth()
                    && p.parent() == gap.parent()
                    && p.index() > gap.index()
                {
                    return true;
                }
                match p.parent() {
                    Some(up) => p = up,
                    None => return false,
                }
            }
        };
        let mut renumbered = Vec::new();
        for r in rows.iter_mut() {
            let folds = r.as_ref().is_some_and(|(_, r)| {
                r.renumber_only && r.base_at.as_ref().is_some_and(closes_gap)
            });
            if folds && let Some((it, _)) = r.take() {
                renumbered.push(Renumbered {
                    base: it.base_label.or(it.label.clone()).unwrap_or_default(),
                    proposal: it.label.unwrap_or_default(),
                });
            }
        }
        rows[i] = None;
        if let Some((moved, _)) = rows[to].as_mut() {
            moved.base_label = from.filter(|f| Some(f) != moved.label.as_ref());
            moved.renumbered = renumbered;
        }
    }
    rows.into_iter().flatten().map(|(item, _)| item).collect()
}

/// Counts of rows per verdict, every verdict named.
pub(super) fn summary(items: &[Item]) -> std::collections::BTreeMap<&'static str, usize> {
    let mut summary: std::collections::BTreeMap<&'static str, usize> = [
        Verdict::Adopted,
        Verdict::Partly,
        Verdict::NotAdopted,
        Verdict::AdoptedDifferently,
    ]
    .iter()
    .map(|v| (v.as_str(), 0))
    .collect();
    for i in items {
        *summary.entry(i.verdict.as_str()).or_default() += 1;
    }
    summary
}
