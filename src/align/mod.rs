//! Alignment: which clause of the old revision is which clause of the new one.
//!
//! The algorithm, in the order it runs:
//!
//! 1. **Sections** are paired by heading (folded, a term of the vocabulary standing for its kind),
//!    never by position (`align::sections`). Sections left over on both sides are then paired
//!    when at least half of the smaller one's clauses match clauses of the other (a heading
//!    renamed or re-kinded); the rest are added or suppressed.
//! 2. **Top-level clauses** of all sections are matched at once, so a clause moved to another
//!    section is found. Matching (`matcher`) is exact on a folded form first (NFKC, no Arabic
//!    marks, one alef, look-alike letters in UN symbols folded, case and spacing ignored), then
//!    fuzzy on a shortlist built from an inverted word index, scored by a word-level diff ratio;
//!    below `matcher::REPLACED_BELOW` two clauses count as one suppressed and one added. Matches
//!    within the same section pair and with the same label win ties. Labels are never used to
//!    match: old a) and new e) with the same text are one clause, relabelled.
//! 3. **Order.** Within each section pair, the longest run of matched clauses whose order is kept
//!    (a longest increasing subsequence, O(n log n)) stays in place; any other match, and any match
//!    across sections, is a move (SUP* where it stood, ADD* where it went).
//! 4. **Children** of each matched pair are aligned the same way among themselves, recursively;
//!    children of an added or suppressed clause go with it.
//!
//! 5. **Moves across parents.** Suppressed and added provisions left over anywhere in the tree
//!    (1.12 gone from Section 1, 4.4bis new in Section 4) are matched once more; a pair at least
//!    [`moves::MOVED_AT_LEAST`] alike is one provision moved.
//!
//! Output lists sections and clauses in new-document order, with suppressed (and moved-away)
//! clauses where they stood. Cost is dominated by step 2: linear for exact matches, a bounded
//! number of word diffs per clause that has none. Decisions on hard cases are written down in
//! `docs/tricky_cases.md`.

mod kept;
pub(crate) mod matcher;
pub mod moves;
mod order;
mod rows;
mod sections;

use rustc_hash::FxHashMap as HashMap;

use crate::model::{Clause, ClausePath, Document};
pub use kept::Kept;
use matcher::{Analyses, Item, match_items};
pub use matcher::{Basis, Score};
use order::Slot;
pub use rows::{At, ClauseAlign, Lone, Paired, Relation, SectionAlign, SectionAt, SectionSides};
use sections::pair_sections;

/// Where a top-level clause (or a sibling among children) is while matching: section index in
/// its document, position among its siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Loc {
    section: usize,
    index: usize,
}

/// The alignment of two documents.
#[derive(Debug, Clone)]
pub struct Alignment<'a> {
    /// The sections in new-document order, suppressed ones where they stood.
    pub sections: Vec<SectionAlign<'a>>,
}

/// Aligns two revisions of one resolution.
pub fn align<'a>(old: &'a Document, new: &'a Document) -> Alignment<'a> {
    let store = Analyses::default();
    let section_pairs = pair_sections(old, new, &store);
    // Group ids: paired sections share one; unpaired sections get their own.
    let mut old_group = vec![usize::MAX; old.sections.len()];
    let mut new_group = vec![usize::MAX; new.sections.len()];
    for (g, &(i, j)) in section_pairs.iter().enumerate() {
        old_group[i] = g;
        new_group[j] = g;
    }
    let mut next = section_pairs.len();
    for g in old_group.iter_mut().chain(new_group.iter_mut()) {
        if *g == usize::MAX {
            *g = next;
            next += 1;
        }
    }
    let (old_items, old_locs) = top_items(old, &old_group, &store);
    let (new_items, new_locs) = top_items(new, &new_group, &store);
    let pairs: Vec<(Loc, Loc, Score)> = match_items(&old_items, &new_items)
        .into_iter()
        .map(|(i, j, s)| (old_locs[i], new_locs[j], s))
        .collect();

    let indexed = Pairs::new(&pairs);
    let anchors: Vec<(usize, usize, ())> = section_pairs.iter().map(|&(i, j)| (i, j, ())).collect();
    let rows = order::merge(
        old.sections.len(),
        new.sections.len(),
        &order::in_order(&anchors),
    );
    let old_at = |index| SectionAt {
        section: &old.sections[index],
        index,
    };
    let new_at = |index| SectionAt {
        section: &new.sections[index],
        index,
    };
    let mut sections: Vec<SectionAlign<'a>> = rows
        .into_iter()
        .map(|slot| {
            let (sides, os, ns) = match slot {
                Slot::Both(i, j, ()) => (
                    SectionSides::Both {
                        old: old_at(i),
                        new: new_at(j),
                    },
                    Some(i),
                    Some(j),
                ),
                Slot::Old(i) => (SectionSides::Removed(old_at(i)), Some(i), None),
                Slot::New(j) => (SectionSides::Added(new_at(j)), None, Some(j)),
            };
            SectionAlign {
                sides,
                clauses: section_rows(old, new, os, ns, &indexed, &store),
            }
        })
        .collect();
    moves::pair_leftovers(&mut sections, &store);
    Alignment { sections }
}

fn top_items<'a>(
    doc: &'a Document,
    group: &[usize],
    store: &'a Analyses,
) -> (Vec<Item<'a>>, Vec<Loc>) {
    let mut items = Vec::new();
    let mut locs = Vec::new();
    for (s, section) in doc.sections.iter().enumerate() {
        for (i, c) in section.clauses.iter().enumerate() {
            items.push(Item::new(&c.text, group[s], i, c.label.norm(), store));
            locs.push(Loc {
                section: s,
                index: i,
            });
        }
    }
    (items, locs)
}

/// The matches found, indexed both ways and by section pair, built once per alignment.
struct Pairs {
    by_old: HashMap<Loc, (Loc, Score)>,
    by_new: HashMap<Loc, (Loc, Score)>,
    /// (old section, new section) -> (old index, new index, score) of the matches between them.
    local: HashMap<(usize, usize), Vec<matcher::Pair>>,
}

impl Pairs {
    fn new(pairs: &[(Loc, Loc, Score)]) -> Pairs {
        let mut local: HashMap<(usize, usize), Vec<matcher::Pair>> = HashMap::default();
        for &(o, n, score) in pairs {
            local
                .entry((o.section, n.section))
                .or_default()
                .push((o.index, n.index, score));
        }
        Pairs {
            by_old: pairs.iter().map(|&(o, n, s)| (o, (n, s))).collect(),
            by_new: pairs.iter().map(|&(o, n, s)| (n, (o, s))).collect(),
            local,
        }
    }
}

/// The rows of one section pair (or of a section on one side only).
fn section_rows<'a>(
    old: &'a Document,
    new: &'a Document,
    os: Option<usize>,
    ns: Option<usize>,
    pairs: &Pairs,
    store: &Analyses,
) -> Vec<ClauseAlign<'a>> {
    let sides = Sides {
        old_section: os,
        new_section: ns,
        old_len: os.map_or(0, |s| old.sections[s].clauses.len()),
        new_len: ns.map_or(0, |s| new.sections[s].clauses.len()),
    };
    let at = |doc: &'a Document, loc: Loc| At {
        clause: &doc.sections[loc.section].clauses[loc.index],
        path: ClausePath::top(loc.section, loc.index),
    };
    build_rows(&sides, pairs, store, |l| at(old, l), |l| at(new, l))
}

/// The two sibling lists being laid out: their sections and lengths.
struct Sides {
    old_section: Option<usize>,
    new_section: Option<usize>,
    old_len: usize,
    new_len: usize,
}

/// Lays out two sibling lists given the pairs found (which may point outside the lists, for
/// clauses that moved between sections): kept-order pairs in place, others as moves.
fn build_rows<'a>(
    sides: &Sides,
    pairs: &Pairs,
    store: &Analyses,
    old_at: impl Fn(Loc) -> At<'a>,
    new_at: impl Fn(Loc) -> At<'a>,
) -> Vec<ClauseAlign<'a>> {
    let here_old = |i: usize| Loc {
        section: sides.old_section.unwrap_or(0),
        index: i,
    };
    let here_new = |j: usize| Loc {
        section: sides.new_section.unwrap_or(0),
        index: j,
    };
    let local = match (sides.old_section, sides.new_section) {
        (Some(o), Some(n)) => pairs.local.get(&(o, n)).map_or(&[][..], Vec::as_slice),
        _ => &[],
    };
    let anchors = order::in_order(local);
    let (by_old, by_new) = (&pairs.by_old, &pairs.by_new);
    order::merge(sides.old_len, sides.new_len, &anchors)
        .into_iter()
        .map(|slot| match slot {
            Slot::Both(i, j, score) => {
                let (o, n) = (old_at(here_old(i)), new_at(here_new(j)));
                ClauseAlign::Matched(paired(o, n, score, store))
            }
            Slot::New(j) => {
                let n = new_at(here_new(j));
                match by_new.get(&here_new(j)) {
                    Some(&(o, score)) => ClauseAlign::MovedIn(paired(old_at(o), n, score, store)),
                    None => ClauseAlign::Added(lone(n)),
                }
            }
            Slot::Old(i) => {
                let o = old_at(here_old(i));
                match by_old.get(&here_old(i)) {
                    Some(&(n, score)) => ClauseAlign::MovedOut {
                        old: o,
                        new: new_at(n),
                        score,
                    },
                    None => ClauseAlign::Removed(lone(o)),
                }
            }
        })
        .collect()
}

pub(super) fn paired<'a>(old: At<'a>, new: At<'a>, score: Score, store: &Analyses) -> Paired<'a> {
    let children = align_siblings(&old, &new, store);
    Paired {
        old,
        new,
        score,
        children,
    }
}

/// A clause on one side only, with its children on the same side.
fn lone(at: At<'_>) -> Lone<'_> {
    let children = at
        .clause
        .children
        .iter()
        .enumerate()
        .map(|(i, clause)| {
            lone(At {
                clause,
                path: at.path.child(i),
            })
        })
        .collect();
    Lone { at, children }
}

/// Aligns the children of a matched pair among themselves.
fn align_siblings<'a>(old: &At<'a>, new: &At<'a>, store: &Analyses) -> Vec<ClauseAlign<'a>> {
    let (old_kids, new_kids) = (&old.clause.children, &new.clause.children);
    if old_kids.is_empty() && new_kids.is_empty() {
        return Vec::new();
    }
    fn items<'c>(cs: &'c [Clause], store: &'c Analyses) -> Vec<Item<'c>> {
        cs.iter()
            .enumerate()
            .map(|(i, c)| Item::new(&c.text, 0, i, c.label.norm(), store))
            .collect()
    }
    let (os, ns) = (old.path.section(), new.path.section());
    let at = |section: usize, index: usize| Loc { section, index };
    let pairs: Vec<(Loc, Loc, Score)> =
        match_items(&items(old_kids, store), &items(new_kids, store))
            .into_iter()
            .map(|(i, j, s)| (at(os, i), at(ns, j), s))
            .collect();
    let sides = Sides {
        old_section: Some(os),
        new_section: Some(ns),
        old_len: old_kids.len(),
        new_len: new_kids.len(),
    };
    build_rows(
        &sides,
        &Pairs::new(&pairs),
        store,
        |l| At {
            clause: &old_kids[l.index],
            path: old.path.child(l.index),
        },
        |l| At {
            clause: &new_kids[l.index],
            path: new.path.child(l.index),
        },
    )
}

#[cfg(test)]
mod tests;
