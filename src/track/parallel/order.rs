//! Paragraphs out of order in one text. A sequence alignment cannot cross, so two swapped
//! paragraphs come out of it as two pairs with crossed labels, or as one pair, a `missing` and an
//! `extra`. [`uncross`] pairs them as they are meant (by label and marks) before anything is
//! compared; [`moved`] then names the paragraphs whose counterpart stands out of order.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{Correspondence, same_label};
use crate::model::{Clause, ClausePath};

/// Two clauses that can only be one another: the same label (across scripts) and the same marks,
/// with something to go on (a label, or marks).
pub(super) type Twins<'a> = dyn Fn(usize, usize) -> bool + 'a;

/// How well two clauses' marks agree (higher is better).
pub(super) type Agree<'a> = dyn Fn(usize, usize) -> f32 + 'a;

/// Re-pairs one sibling list's alignment where it crossed: consecutive pairs `(i, j)`,
/// `(i + 1, j + 1)` whose labels agree only crosswise become `(i, j + 1)`, `(i + 1, j)`, unless
/// their content says the labels were swapped and not the paragraphs: marks that agree better
/// straight, or (marks alike both ways) lengths that fit better straight, read as the ratio of
/// the two clauses' lengths on each side, which the languages' own length ratio cancels out of.
/// A lone clause on each side that are [`Twins`] become a pair, where the reference clause
/// stands.
pub(super) fn uncross(
    pairs: Vec<(Option<usize>, Option<usize>)>,
    a: &[Clause],
    b: &[Clause],
    agree: &Agree,
    twins: &Twins,
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut pairs = pairs;
    let labelled = |c: &Clause| !c.label.written.trim().is_empty();
    for k in 1..pairs.len() {
        if let ((Some(i), Some(j)), (Some(i2), Some(j2))) = (pairs[k - 1], pairs[k]) {
            let (ai, ai2, bj, bj2) = (&a[i], &a[i2], &b[j], &b[j2]);
            let crossed = [ai, ai2, bj, bj2].into_iter().all(labelled)
                && !same_label(&ai.label, &bj.label)
                && !same_label(&ai2.label, &bj2.label)
                && same_label(&ai.label, &bj2.label)
                && same_label(&ai2.label, &bj.label);
            let straight = agree(i, j) + agree(i2, j2);
            let cross = agree(i, j2) + agree(i2, j);
            let len = |c: &Clause| (c.text.chars().count().max(1) as f32).ln();
            let ratio = len(ai) - len(ai2);
            let lengths_cross =
                (len(bj2) - len(bj) - ratio).abs() < (len(bj) - len(bj2) - ratio).abs();
            let content_cross =
                cross > straight + 1e-4 || ((cross - straight).abs() < 1e-4 && lengths_cross);
            if crossed && content_cross {
                pairs[k - 1] = (Some(i), Some(j2));
                pairs[k] = (Some(i2), Some(j));
            }
        }
    }
    let lone_b: Vec<usize> = pairs
        .iter()
        .filter_map(|p| match p {
            (None, Some(j)) => Some(*j),
            _ => None,
        })
        .collect();
    let mut taken: HashSet<usize> = HashSet::default();
    for p in pairs.iter_mut() {
        if let (Some(i), None) = *p
            && let Some(&j) = lone_b.iter().find(|&&j| !taken.contains(&j) && twins(i, j))
        {
            taken.insert(j);
            *p = (Some(i), Some(j));
        }
    }
    pairs.retain(|p| !matches!(p, (None, Some(j)) if taken.contains(j)));
    pairs
}

/// A sibling list: its section and parent clause.
type List = (usize, Option<ClausePath>);

/// The reference paths whose counterpart stands out of order among its siblings: those left out
/// of the longest run of counterparts in the reference's order (so a swap of two names one).
pub(super) fn moved(corr: &Correspondence) -> HashSet<ClausePath> {
    // Sibling lists of the reference, each with its pairs' counterpart indexes in order.
    let mut lists: HashMap<List, Vec<(ClausePath, usize)>> = HashMap::default();
    for (r, o) in &corr.pairs {
        if let (Some(r), Some(o)) = (r, o) {
            lists
                .entry((r.section(), r.parent()))
                .or_default()
                .push((r.clone(), o.index()));
        }
    }
    let mut out = HashSet::default();
    for list in lists.values() {
        let keep = longest_increasing(&list.iter().map(|(_, o)| *o).collect::<Vec<_>>());
        for (k, (r, _)) in list.iter().enumerate() {
            if !keep.contains(&k) {
                out.insert(r.clone());
            }
        }
    }
    out
}

/// Positions of a longest strictly increasing subsequence (the earliest one on ties).
fn longest_increasing(v: &[usize]) -> HashSet<usize> {
    let n = v.len();
    let mut len = vec![1usize; n];
    let mut prev = vec![usize::MAX; n];
    for k in 0..n {
        for p in 0..k {
            if v[p] < v[k] && len[p] + 1 > len[k] {
                len[k] = len[p] + 1;
                prev[k] = p;
            }
        }
    }
    let mut out = HashSet::default();
    let Some(mut k) = (0..n).max_by_key(|&k| (len[k], usize::MAX - k)) else {
        return out;
    };
    loop {
        out.insert(k);
        if prev[k] == usize::MAX {
            break;
        }
        k = prev[k];
    }
    out
}
