//! Moves across parents: a provision suppressed under one parent and added under another (1.12
//! gone from Section 1, 4.4bis new in Section 4) is one provision that moved, when the two texts
//! are alike enough. Step 2 of the alignment finds moves among top-level clauses and among the
//! children of one pair; this pass pairs what both left over, at any depth.

use super::matcher::{Analyses, Item, match_items};
use super::rows::{At, ClauseAlign, SectionAlign};
use super::{Score, paired};

/// The least similarity for a suppressed and an added provision under different parents to be
/// one provision moved. Stricter than the matcher's `REPLACED_BELOW`, which pairs siblings:
/// a provision that changes parent and most of its words is better read as SUP and ADD. See
/// `docs/tricky_cases.md`.
pub const MOVED_AT_LEAST: f32 = 0.75;

/// Where a row sits: its section row, then its index among rows at each depth.
type RowAddr = (usize, Vec<usize>);

fn items<'a>(rows: &[(RowAddr, At<'a>)], store: &'a Analyses) -> Vec<Item<'a>> {
    rows.iter()
        .enumerate()
        .map(|(i, (_, at))| Item::new(&at.clause.text, 0, i, at.clause.label.norm(), store))
        .collect()
}

/// Pairs the alignment's leftover suppressed and added rows (at any depth) that are one
/// provision moved, and rewrites them as [`ClauseAlign::MovedOut`] and [`ClauseAlign::MovedIn`].
pub(super) fn pair_leftovers(sections: &mut [SectionAlign<'_>], store: &Analyses) {
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    for (s, section) in sections.iter().enumerate() {
        collect(&section.clauses, &mut vec![], s, &mut removed, &mut added);
    }
    if removed.is_empty() || added.is_empty() {
        return;
    }
    let pairs: Vec<(usize, usize, Score)> = {
        let (oi, ni) = (items(&removed, store), items(&added, store));
        match_items(&oi, &ni)
            .into_iter()
            .filter(|(_, _, s)| s.similarity >= MOVED_AT_LEAST)
            .collect()
    };
    // Siblings of one pair, and top-level clauses, were matched among themselves already (at a
    // lower threshold): any pair found here changes parent.
    for (i, j, score) in pairs {
        let (old_addr, old) = &removed[i];
        let (new_addr, new) = &added[j];
        if let Some(row) = row_mut(sections, old_addr) {
            *row = ClauseAlign::MovedOut {
                old: old.clone(),
                new: new.clone(),
                score,
            };
        }
        if let Some(row) = row_mut(sections, new_addr) {
            *row = ClauseAlign::MovedIn(paired(old.clone(), new.clone(), score, store));
        }
    }
}

fn collect<'a>(
    rows: &[ClauseAlign<'a>],
    addr: &mut Vec<usize>,
    section: usize,
    removed: &mut Vec<(RowAddr, At<'a>)>,
    added: &mut Vec<(RowAddr, At<'a>)>,
) {
    for (i, row) in rows.iter().enumerate() {
        addr.push(i);
        match row {
            ClauseAlign::Removed(l) => removed.push(((section, addr.clone()), l.at.clone())),
            ClauseAlign::Added(l) => added.push(((section, addr.clone()), l.at.clone())),
            ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => {
                collect(&p.children, addr, section, removed, added)
            }
            ClauseAlign::MovedOut { .. } => {}
        }
        addr.pop();
    }
}

fn row_mut<'s, 'a>(
    sections: &'s mut [SectionAlign<'a>],
    (section, indexes): &RowAddr,
) -> Option<&'s mut ClauseAlign<'a>> {
    let (last, above) = indexes.split_last()?;
    let mut rows = &mut sections.get_mut(*section)?.clauses;
    for &i in above {
        rows = match rows.get_mut(i)? {
            ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => &mut p.children,
            _ => return None,
        };
    }
    rows.get_mut(*last)
}
