//! The merge of the clauses under one base parent, provision by provision at every depth, and
//! of a provision one proposal moved and the other changed where it stood.

use std::collections::HashMap;

use super::{Conflict, Spot, renumber, same, same_opt};
use crate::align::{Alignment, ClauseAlign, Lone, Paired};
use crate::model::provision::{self, Owner};
use crate::model::{Clause, ClausePath, SectionKind};

/// A proposal's version of a base clause: the clause, its items aligned with the base
/// clause's, and whether the proposal moved it.
#[derive(Clone, Copy)]
pub(super) struct Version<'a> {
    pub(super) clause: &'a Clause,
    pub(super) rows: &'a [ClauseAlign<'a>],
    pub(super) moved: bool,
}

/// Every base clause a proposal keeps, at any depth and wherever it put it, by base path.
pub(super) type Kept<'a> = HashMap<ClausePath, Version<'a>>;

/// The clauses of `a` that stand on both sides, by their base path.
pub(super) fn kept<'a>(a: &'a Alignment<'a>) -> Kept<'a> {
    fn walk<'a>(rows: &'a [ClauseAlign<'a>], out: &mut Kept<'a>) {
        for c in rows {
            if let ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) = c {
                let moved = matches!(c, ClauseAlign::MovedIn(_));
                out.insert(
                    p.old.path.clone(),
                    Version {
                        clause: p.new.clause,
                        rows: &p.children,
                        moved,
                    },
                );
                walk(&p.children, out);
            }
        }
    }
    let mut out = HashMap::new();
    for s in &a.sections {
        walk(&s.clauses, &mut out);
    }
    out
}

/// A clause one proposal adds after base clause `anchor` (None: first), with, for one it moved
/// here, its base clause and path.
type Added<'a> = (
    Option<usize>,
    &'a Clause,
    Option<(&'a Clause, &'a ClausePath)>,
);

/// What one proposal did to the clauses under one base parent.
struct Level<'a> {
    /// Per base clause: the proposal's version in place (None: suppressed, or moved away).
    kept: Vec<Option<Version<'a>>>,
    /// Per base clause: the proposal moved it elsewhere (its version there).
    moved: Vec<Option<&'a Clause>>,
    /// Clauses added (or moved in) after base clause `anchor` (None: first); a moved one with
    /// its base clause and path.
    added: Vec<Added<'a>>,
}

fn level<'a>(count: usize, rows: &'a [ClauseAlign<'a>]) -> Level<'a> {
    let mut l = Level {
        kept: vec![None; count],
        moved: vec![None; count],
        added: Vec::new(),
    };
    let mut anchor = None;
    for c in rows {
        match c {
            ClauseAlign::Matched(p) => {
                if let Some(slot) = l.kept.get_mut(p.old.path.index()) {
                    *slot = Some(Version {
                        clause: p.new.clause,
                        rows: &p.children,
                        moved: false,
                    });
                }
                anchor = Some(p.old.path.index());
            }
            ClauseAlign::Removed(Lone { at: old, .. }) => anchor = Some(old.path.index()),
            ClauseAlign::MovedOut { old, new, .. } => {
                if let Some(m) = l.moved.get_mut(old.path.index()) {
                    *m = Some(new.clause);
                }
                anchor = Some(old.path.index());
            }
            ClauseAlign::Added(Lone { at: new, .. }) => l.added.push((anchor, new.clause, None)),
            ClauseAlign::MovedIn(Paired { old, new, .. }) => {
                l.added
                    .push((anchor, new.clause, Some((old.clause, &old.path))));
            }
        }
    }
    l
}

/// The clause a proposal adds (or moves in) among `rows` with the label `norm`.
pub(super) fn added_labelled<'a>(
    count: usize,
    rows: &'a [ClauseAlign<'a>],
    norm: &str,
) -> Option<&'a Clause> {
    level(count, rows)
        .added
        .into_iter()
        .map(|(_, c, _)| c)
        .find(|c| c.label.norm() == norm)
}

/// A clause with everything below it, one paragraph a line, for a conflict's report.
pub(super) fn flat(c: &Clause) -> String {
    let mut s = c.text.clone();
    for k in &c.children {
        s.push('\n');
        s.push_str(&flat(k));
    }
    s
}

/// The three-way merge of one value: the side that changed it wins; None when both changed
/// it differently.
pub(super) fn three<T: PartialEq + Clone>(base: &T, x: &T, y: &T) -> Option<T> {
    if x == base || x == y {
        Some(y.clone())
    } else if y == base {
        Some(x.clone())
    } else {
        None
    }
}

/// Merges the clauses of one base section, provision by provision at every depth.
pub(super) struct Merger<'m, 'a> {
    pub(super) kind: SectionKind,
    /// The base section's index, for the paths of its clauses.
    pub(super) section: usize,
    pub(super) conflicts: &'m mut Vec<(Conflict, Spot)>,
    /// Where an earlier merge left a conflict: the first side (that merge) keeps its version
    /// there, whatever the second does, so the conflict is not lost.
    pub(super) locked: &'m std::collections::HashSet<Spot>,
    /// Each proposal's versions of every base clause, to merge a moved provision with the
    /// other proposal's version of it.
    pub(super) kept: [&'m Kept<'a>; 2],
}

impl Merger<'_, '_> {
    /// `names`: the labels of the parents, top level down, to name a provision in a conflict.
    pub(super) fn merge(
        &mut self,
        base: &[Clause],
        r1: &[ClauseAlign<'_>],
        r2: &[ClauseAlign<'_>],
        names: &[String],
        parent: Option<&ClausePath>,
    ) -> Vec<Clause> {
        let (l1, l2) = (level(base.len(), r1), level(base.len(), r2));
        let mut out: Vec<Clause> = Vec::new();
        // Where each addition went in `out`, and whose it is (0: first, 1: second).
        let mut added: Vec<(usize, usize)> = Vec::new();
        self.add(&mut out, &mut added, [&l1, &l2], None, names);
        let mut labelled_before: Option<&str> = None;
        for (k, bc) in base.iter().enumerate() {
            let (c1, c2) = (l1.kept[k], l2.kept[k]);
            // An unlabelled paragraph is named by the provision it belongs to.
            let labelled = provision::is_labelled(&bc.label);
            let own = match provision::owner(labelled, names.len(), labelled_before.is_some()) {
                Owner::Own => Some(bc.label.written()),
                Owner::PreviousSibling => labelled_before,
                Owner::Parent => None,
            };
            let place = provision::name(names.iter().map(String::as_str).chain(own));
            if labelled {
                labelled_before = Some(bc.label.written());
            }
            let (v1, v2) = (c1.map(|c| c.clause), c2.map(|c| c.clause));
            let (m1, m2) = (l1.moved[k], l2.moved[k]);
            let path = parent.map_or_else(|| ClausePath::top(self.section, k), |p| p.child(k));
            let locked_text = self.locked.contains(&Spot::Text(path.clone()));
            let chosen = if self.locked.contains(&Spot::Clause(path.clone()))
                || (locked_text && (c1.is_none() || c2.is_none()))
            {
                // An earlier merge's conflict: it stays as that merge left it (the base).
                Some(v1.cloned().unwrap_or_else(|| bc.clone()))
            } else if let (true, Some(x), Some(y)) = (locked_text, c1, c2) {
                // Its own words are an earlier conflict; its items still merge.
                Some(self.both(bc, x, y, names, &place, &path))
            } else if (m1.is_some() && c2.is_none() && m2.is_none())
                || (m2.is_some() && c1.is_none() && m1.is_none())
            {
                // One moves it, the other suppresses it: neither wins, and it stays where it
                // stood (`add` leaves out the moved copy).
                let spot = Spot::Clause(path.clone());
                self.conflict(&place, spot, flat(bc), m1.map(flat), m2.map(flat));
                Some(bc.clone())
            } else if m1.is_some() && (c2.is_some() || m2.is_some()) {
                // Moved by one (or both): merged where it went, with the other's version.
                None
            } else if m2.is_some() && c1.is_some() {
                None
            } else if let (Some(x), Some(y)) = (c1, c2)
                && (self.pulls(0, x.rows) || self.pulls(1, y.rows))
            {
                // One takes in a provision the other changed where it stood: merged below.
                Some(self.both(bc, x, y, names, &place, &path))
            } else if same_opt(v1, Some(bc)) {
                v2.cloned()
            } else if same_opt(v2, Some(bc)) || same_opt(v1, v2) {
                v1.cloned()
            } else if let (Some(x), Some(y)) = (c1, c2) {
                Some(self.both(bc, x, y, names, &place, &path))
            } else {
                // One suppresses it, the other changes it.
                let spot = Spot::Clause(path.clone());
                self.conflict(&place, spot, flat(bc), v1.map(flat), v2.map(flat));
                Some(bc.clone())
            };
            if let Some(c) = chosen {
                out.push(c);
            }
            self.add(&mut out, &mut added, [&l1, &l2], Some(k), names);
        }
        // Each proposal numbers what it keeps and adds; where both reshaped this list, neither
        // numbering holds, and at the top level the merged list is numbered again as before.
        let reshaped = |l: &Level<'_>| !l.added.is_empty() || l.kept.iter().any(Option::is_none);
        if parent.is_none() || (reshaped(&l1) && reshaped(&l2)) {
            renumber(&mut out);
        }
        self.one_label_each(out, &added, names, parent)
    }

    /// `out` without the additions whose label another clause of the list holds (both
    /// proposals add `b)bis`, or one adds the label the other gives a clause): a conflict,
    /// since either choice would drop a proposal's text and both would give the label twice.
    /// Neither addition is taken. Numbers renumbered above are no longer shared.
    fn one_label_each(
        &mut self,
        out: Vec<Clause>,
        added: &[(usize, usize)],
        names: &[String],
        parent: Option<&ClausePath>,
    ) -> Vec<Clause> {
        let mut holders: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, c) in out.iter().enumerate() {
            if provision::is_labelled(&c.label) {
                holders.entry(c.label.norm()).or_default().push(i);
            }
        }
        let mut dropped = vec![false; out.len()];
        let mut found: Vec<(String, Spot, [Option<String>; 2])> = Vec::new();
        for &(i, side) in added {
            let c = &out[i];
            if !provision::is_labelled(&c.label) {
                continue;
            }
            let spot = Spot::Added {
                section: self.section,
                parent: parent.cloned(),
                label: c.label.norm().to_string(),
            };
            let shared = holders.get(c.label.norm()).is_some_and(|h| h.len() > 1);
            if !shared && !self.locked.contains(&spot) {
                continue;
            }
            dropped[i] = true;
            if self.locked.contains(&spot) {
                continue;
            }
            let at = match found.iter().position(|(_, s, _)| *s == spot) {
                Some(at) => at,
                None => {
                    let others = holders[c.label.norm()]
                        .iter()
                        .find(|&&j| !added.iter().any(|&(a, _)| a == j))
                        .map(|&j| flat(&out[j]));
                    let name = provision::name(
                        names.iter().map(String::as_str).chain([c.label.written()]),
                    );
                    found.push((name, spot, [others.clone(), others]));
                    found.len() - 1
                }
            };
            found[at].2[side] = Some(flat(c));
        }
        for (name, spot, [first, second]) in found {
            let (label, base) = (name.clone(), None);
            self.conflicts.push((
                Conflict {
                    place: format!("{}, {label} (added)", self.kind),
                    base,
                    first,
                    second,
                    sides: Vec::new(),
                },
                spot,
            ));
        }
        out.into_iter()
            .zip(dropped)
            .filter_map(|(c, gone)| (!gone).then_some(c))
            .collect()
    }

    /// Whether proposal `side` moves into these rows (or below) a provision the other proposal
    /// changed where it stood (the merge must then take it with that change) or suppressed (a
    /// conflict: the moved copy is left out).
    fn pulls(&self, side: usize, rows: &[ClauseAlign<'_>]) -> bool {
        rows.iter().any(|c| match c {
            ClauseAlign::MovedIn(p) => {
                self.kept[1 - side]
                    .get(&p.old.path)
                    .is_none_or(|o| !o.moved && !same(o.clause, p.old.clause))
                    || self.pulls(side, &p.children)
            }
            ClauseAlign::Matched(p) => self.pulls(side, &p.children),
            _ => false,
        })
    }

    fn conflict(
        &mut self,
        place: &str,
        spot: Spot,
        base: String,
        first: Option<String>,
        second: Option<String>,
    ) {
        let conflict = Conflict {
            place: if place.is_empty() {
                self.kind.to_string()
            } else {
                format!("{}, {place}", self.kind)
            },
            base: Some(base),
            first,
            second,
            sides: Vec::new(),
        };
        self.conflicts.push((conflict, spot));
    }

    /// The additions of both proposals after base clause `anchor`, each once. A provision one
    /// proposal moved here is merged with the other's version of it where it stood.
    fn add(
        &mut self,
        out: &mut Vec<Clause>,
        added: &mut Vec<(usize, usize)>,
        levels: [&Level<'_>; 2],
        anchor: Option<usize>,
        names: &[String],
    ) {
        for (side, l) in levels.into_iter().enumerate() {
            for (a, c, from) in &l.added {
                if *a != anchor {
                    continue;
                }
                let kept = self.kept;
                // Moved here, but suppressed by the other: a conflict where it stood, which
                // keeps the base text there.
                // Or an earlier merge's conflict, which stays where it stood.
                if let Some((_, path)) = from
                    && (!kept[1 - side].contains_key(*path)
                        || self.locked.contains(&Spot::Clause((*path).clone()))
                        || self.locked.contains(&Spot::Text((*path).clone())))
                {
                    continue;
                }
                let merged = match from {
                    Some((bc, path)) => match (kept[side].get(*path), kept[1 - side].get(*path)) {
                        // The other changed it where it stood: both changes go where it went.
                        (Some(&mine), Some(&o)) if !o.moved && !same(o.clause, bc) => {
                            let place = provision::name(
                                names.iter().map(String::as_str).chain([bc.label.written()]),
                            );
                            let (x, y) = if side == 0 { (mine, o) } else { (o, mine) };
                            self.both(bc, x, y, names, &place, path)
                        }
                        _ => (*c).clone(),
                    },
                    None => (*c).clone(),
                };
                if !out.iter().any(|x| same(x, &merged)) {
                    out.push(merged);
                    added.push((out.len() - 1, side));
                }
            }
        }
    }

    /// A base clause both proposals keep and change (or what is below it) differently: its
    /// own text is merged like a line, its items one by one.
    fn both(
        &mut self,
        bc: &Clause,
        x: Version<'_>,
        y: Version<'_>,
        names: &[String],
        place: &str,
        path: &ClausePath,
    ) -> Clause {
        let (xc, yc) = (x.clause, y.clause);
        let spot = Spot::Text(path.clone());
        let merged = if self.locked.contains(&spot) {
            Some(xc.text.clone())
        } else {
            three(&bc.text, &xc.text, &yc.text)
        };
        let text = merged.unwrap_or_else(|| {
            self.conflict(
                place,
                spot,
                bc.text.clone(),
                Some(xc.text.clone()),
                Some(yc.text.clone()),
            );
            bc.text.clone()
        });
        let mut inner = names.to_vec();
        inner.push(bc.label.written().to_string());
        let children = self.merge(&bc.children, x.rows, y.rows, &inner, Some(path));
        // The label of the one that moved it wins: it names the new place.
        let label = match (x.moved, y.moved) {
            (true, false) => xc.label.clone(),
            (false, true) => yc.label.clone(),
            _ => three(&bc.label, &xc.label, &yc.label).unwrap_or(bc.label.clone()),
        };
        // The call is a word of the text: it goes with the text taken, else a proposal's
        // call could name a word the base text kept in a conflict does not hold.
        let call = if text == yc.text {
            yc.call.clone()
        } else if text == xc.text {
            xc.call.clone()
        } else {
            bc.call.clone()
        };
        Clause {
            label,
            text,
            children,
            call,
        }
    }
}
