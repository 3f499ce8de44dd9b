//! Findings by majority. Every clause of the reference, every clause the reference lacks that
//! other texts hold (grouped by where they stand and their label), and every footnote is a
//! column: each text holds it or not, and those that hold it say something in its label and
//! marks. Texts that agree form a side; the biggest side is right and each text outside it gets
//! the finding, so a slip in the reference is the reference's, not five findings in the others.
//! A tie goes to the side holding the reference (or, where it holds nothing, the text that
//! comes first in the check's order).

use rustc_hash::FxHashSet as HashSet;

use super::compare::{fields, finding, footnote_finding, parent_place, presence};
use super::invariants::{self, Invariants, ascii_digits};
use super::order::moved;
use super::{Correspondence, Finding, Kind, Marks, place, same_label};
use crate::model::text::excerpt;
use crate::model::{ClausePath, Document};

/// A clause of one text: (text, path).
type Held = (usize, ClausePath);

pub(super) struct Votes<'a> {
    docs: &'a [&'a Document],
    marks: &'a [Marks],
    corrs: &'a [Correspondence],
    /// Per text, the reference paths whose counterpart stands out of order.
    moved: Vec<HashSet<ClausePath>>,
    /// (text, finding), in the order found.
    pub out: Vec<(usize, Finding)>,
    /// Per text, the columns it lacks (told by a clause that holds it).
    lacking: Vec<Vec<Held>>,
    /// Per text, its clauses the others lack, and who lacks them.
    lone: Vec<Vec<(ClausePath, String)>>,
}

/// The index of the winning side among `sides` (disjoint lists of text indexes).
fn winner(sides: &[Vec<usize>]) -> usize {
    let key = |s: &Vec<usize>| (s.len(), std::cmp::Reverse(s.iter().min().copied()));
    (0..sides.len())
        .max_by(|&a, &b| key(&sides[a]).cmp(&key(&sides[b])).then(b.cmp(&a)))
        .unwrap_or(0)
}

/// `members` split into sides by `same` with each side's first member, in order.
fn sides<T>(members: &[(usize, T)], same: impl Fn(&T, &T) -> bool) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (k, (_, v)) in members.iter().enumerate() {
        match out.iter_mut().find(|s| same(&members[s[0]].1, v)) {
            Some(s) => s.push(k),
            None => out.push(vec![k]),
        }
    }
    out
}

impl<'a> Votes<'a> {
    pub(super) fn new(
        docs: &'a [&'a Document],
        marks: &'a [Marks],
        corrs: &'a [Correspondence],
    ) -> Votes<'a> {
        let mut moved_in = vec![HashSet::default()];
        moved_in.extend(corrs.iter().map(moved));
        Votes {
            docs,
            marks,
            corrs,
            moved: moved_in,
            out: Vec::new(),
            lacking: vec![Vec::new(); docs.len()],
            lone: vec![Vec::new(); docs.len()],
        }
    }

    /// The languages of texts `ts`, in the check's order: `en/zh/fr`.
    fn names(&self, ts: impl IntoIterator<Item = usize>) -> String {
        let mut ts: Vec<usize> = ts.into_iter().collect();
        ts.sort_unstable();
        ts.iter()
            .map(|&t| self.docs[t].language.to_string())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Text `t`'s counterpart of the reference clause `r`.
    fn counterpart(&self, t: usize, r: &ClausePath) -> Option<ClausePath> {
        match t {
            0 => Some(r.clone()),
            _ => self.corrs[t - 1].other_of(r).cloned(),
        }
    }

    /// The reference's clauses, each a column.
    pub(super) fn clauses(&mut self) {
        for (r, _) in self.docs[0].clauses() {
            let members: Vec<Held> = (0..self.docs.len())
                .filter_map(|t| self.counterpart(t, &r).map(|p| (t, p)))
                .collect();
            self.column(members, Some(&r));
        }
    }

    /// The clauses the reference lacks, grouped across texts by the reference clause before
    /// them, depth and label; then the lacking and lone clauses read as findings.
    pub(super) fn lones(&mut self) {
        let mut cols: Vec<(Option<ClausePath>, Vec<Held>)> = Vec::new();
        for (t, corr) in self.corrs.iter().enumerate().map(|(k, c)| (k + 1, c)) {
            let mut anchor: Option<ClausePath> = None;
            for (r, o) in &corr.pairs {
                match (r, o) {
                    (Some(r), _) => anchor = Some(r.clone()),
                    (None, Some(o)) => {
                        let Some(b) = self.docs[t].clause(o) else {
                            continue;
                        };
                        let col = cols.iter_mut().find(|(a, m)| {
                            let (u, p) = &m[0];
                            *a == anchor
                                && !m.iter().any(|(v, _)| *v == t)
                                && p.depth() == o.depth()
                                && self.docs[*u]
                                    .clause(p)
                                    .is_some_and(|c| same_label(&c.label, &b.label))
                        });
                        match col {
                            Some((_, m)) => m.push((t, o.clone())),
                            None => cols.push((anchor.clone(), vec![(t, o.clone())])),
                        }
                    }
                    (None, None) => {}
                }
            }
        }
        for (_, members) in cols {
            self.column(members, None);
        }
        for t in 0..self.docs.len() {
            self.resolve(t);
        }
    }

    /// One column: who holds it, then (if the holders win) what they say.
    fn column(&mut self, members: Vec<Held>, reference: Option<&ClausePath>) {
        let Some(rep) = members.first().cloned() else {
            return;
        };
        let has: Vec<usize> = members.iter().map(|(t, _)| *t).collect();
        let lacks: Vec<usize> = (0..self.docs.len()).filter(|t| !has.contains(t)).collect();
        if !lacks.is_empty() && winner(&[has.clone(), lacks.clone()]) == 1 {
            let who = self.names(lacks.iter().copied());
            for (t, p) in members {
                self.lone[t].push((p, who.clone()));
            }
            return;
        }
        for &t in &lacks {
            self.lacking[t].push(rep.clone());
        }
        self.labels(&members, &rep);
        let none = Invariants::default();
        let invs: Vec<(usize, &Invariants)> = members
            .iter()
            .map(|(t, p)| (*t, self.marks[*t].at(p).unwrap_or(&none)))
            .collect();
        for (kind, found) in self.mark_votes(&invs) {
            for (t, detail) in found {
                let f = finding(kind, self.docs[t], self.docs[rep.0], &rep.1, detail);
                self.out.push((t, f));
            }
        }
        if let Some(r) = reference {
            self.order(&members, r);
        }
    }

    /// For each kind of mark, the findings of the texts outside the winning side.
    fn mark_votes(&self, invs: &[(usize, &Invariants)]) -> Vec<(Kind, Vec<(usize, String)>)> {
        let mut out = Vec::new();
        for k in 0..4 {
            let sets: Vec<(usize, _)> = invs.iter().map(|(t, i)| (*t, fields(i)[k])).collect();
            let s = sides(&sets, |a, b| a.2 == b.2);
            if s.len() < 2 {
                continue;
            }
            let texts = |side: &Vec<usize>| side.iter().map(|&k| sets[k].0).collect::<Vec<_>>();
            let w = winner(&s.iter().map(texts).collect::<Vec<_>>());
            let (kind, what, wset) = sets[s[w][0]].1;
            let wname = self.names(texts(&s[w]));
            let mut found = Vec::new();
            for (_, side) in s.iter().enumerate().filter(|(n, _)| *n != w) {
                for &m in side {
                    let (t, (_, _, set)) = sets[m];
                    let lang = self.docs[t].language.to_string();
                    found.push((t, presence(what, wset, set, &wname, &lang)));
                }
            }
            out.push((kind, found));
        }
        out
    }

    fn labels(&mut self, members: &[Held], rep: &Held) {
        let labels: Vec<(usize, _)> = members
            .iter()
            .filter_map(|(t, p)| self.docs[*t].clause(p).map(|c| (*t, &c.label)))
            .collect();
        let s = sides(&labels, |a, b| same_label(a, b));
        if s.len() < 2 {
            return;
        }
        let texts = |side: &Vec<usize>| side.iter().map(|&k| labels[k].0).collect::<Vec<_>>();
        let w = winner(&s.iter().map(texts).collect::<Vec<_>>());
        let (wt, wl) = labels[s[w][0]];
        let agree = match texts(&s[w]).len() {
            1 => String::new(),
            _ => format!(" (as in {})", self.names(texts(&s[w]).into_iter().skip(1))),
        };
        for (_, side) in s.iter().enumerate().filter(|(n, _)| *n != w) {
            for &m in side {
                let (t, l) = labels[m];
                let detail = format!(
                    "`{}` in {}{agree}, `{}` in {}",
                    wl.written.trim(),
                    self.docs[wt].language,
                    l.written.trim(),
                    self.docs[t].language
                );
                let f = finding(Kind::Label, self.docs[t], self.docs[rep.0], &rep.1, detail);
                self.out.push((t, f));
            }
        }
    }

    /// Whether the clause stands among its siblings where the majority has it.
    fn order(&mut self, members: &[Held], r: &ClausePath) {
        let flags: Vec<(usize, bool)> = members
            .iter()
            .map(|(t, _)| (*t, self.moved[*t].contains(r)))
            .collect();
        let s = sides(&flags, |a, b| a == b);
        if s.len() < 2 {
            return;
        }
        let texts = |side: &Vec<usize>| side.iter().map(|&k| flags[k].0).collect::<Vec<_>>();
        let w = winner(&s.iter().map(texts).collect::<Vec<_>>());
        let winners = texts(&s[w]);
        for (_, side) in s.iter().enumerate().filter(|(n, _)| *n != w) {
            for &m in side {
                let t = flags[m].0;
                let detail = self.order_detail(t, &winners, r);
                let f = finding(Kind::Order, self.docs[t], self.docs[0], r, detail);
                self.out.push((t, f));
            }
        }
    }

    /// `5.` and `6.` swapped, or where the clause stands in text `t` and in the winners.
    fn order_detail(&self, t: usize, winners: &[usize], r: &ClausePath) -> String {
        let w = winners[0];
        let sibling = |i: usize| match r.parent() {
            None => ClausePath::top(r.section(), i),
            Some(p) => p.child(i),
        };
        let at = |x: usize, p: &ClausePath| self.counterpart(x, p).map(|c| c.index());
        let reference = self.docs[0];
        let lang = self.docs[t].language;
        let neighbours = [r.index().checked_sub(1), Some(r.index() + 1)];
        for q in neighbours.into_iter().flatten().map(sibling) {
            if reference.clause(&q).is_none() {
                continue;
            }
            if let (Some(tr), Some(tq), Some(wr), Some(wq)) =
                (at(t, r), at(t, &q), at(w, r), at(w, &q))
                && (tr < tq) != (wr < wq)
                && tr.abs_diff(tq) == 1
            {
                return format!(
                    "`{}` and `{}` swapped in {lang}: {} has them the other way round",
                    place(reference, r),
                    place(reference, &q),
                    self.names(winners.iter().copied()),
                );
            }
        }
        let before = |x: usize| {
            self.counterpart(x, r)
                .and_then(|c| c.index().checked_sub(1).map(|i| (c, i)))
                .map_or("the start of its list".to_string(), |(c, i)| {
                    let prev = match c.parent() {
                        None => ClausePath::top(c.section(), i),
                        Some(p) => p.child(i),
                    };
                    format!("`{}`", place(self.docs[x], &prev))
                })
        };
        format!(
            "out of order in {lang}: after {} there, after {} in {}",
            before(t),
            before(w),
            self.names(winners.iter().copied())
        )
    }

    /// Text `t`'s lacking columns and lone clauses as findings: a lacking clause and a lone one
    /// at another depth with the same label and marks is one `nesting`.
    fn resolve(&mut self, t: usize) {
        let doc = self.docs[t];
        let lone = std::mem::take(&mut self.lone[t]);
        let mut used = vec![false; lone.len()];
        for (u, rp) in std::mem::take(&mut self.lacking[t]) {
            let Some(a) = self.docs[u].clause(&rp) else {
                continue;
            };
            let ia = self.marks[u].at(&rp);
            let nested = lone.iter().enumerate().position(|(k, (o, _))| {
                !used[k]
                    && o.depth() != rp.depth()
                    && doc.clause(o).is_some_and(|b| {
                        same_label(&a.label, &b.label) && self.marks[t].at(o) == ia
                    })
            });
            let f = match nested {
                Some(k) => {
                    used[k] = true;
                    let o = &lone[k].0;
                    let detail = format!(
                        "at depth {} in {} (under `{}`), depth {} in {} (under `{}`)",
                        rp.depth(),
                        self.docs[u].language,
                        parent_place(self.docs[u], &rp),
                        o.depth(),
                        doc.language,
                        parent_place(doc, o),
                    );
                    finding(Kind::Nesting, doc, self.docs[u], &rp, detail)
                }
                None => {
                    let detail = format!(
                        "no counterpart in {}: {}",
                        doc.language,
                        excerpt(&a.text, 60)
                    );
                    finding(Kind::Missing, doc, self.docs[u], &rp, detail)
                }
            };
            self.out.push((t, f));
        }
        for (k, (o, who)) in lone.into_iter().enumerate() {
            let Some(b) = doc.clause(&o).filter(|_| !used[k]) else {
                continue;
            };
            let detail = format!("no counterpart in {who}: {}", excerpt(&b.text, 60));
            self.out
                .push((t, finding(Kind::Extra, doc, doc, &o, detail)));
        }
    }

    /// The footnotes, each mark (read in ASCII digits) a column.
    pub(super) fn footnotes(&self) -> Vec<(usize, Finding)> {
        let key = |m: &str| ascii_digits(m);
        let mut keys: Vec<String> = Vec::new();
        for d in self.docs {
            for f in &d.footnotes {
                if !keys.contains(&key(&f.mark)) {
                    keys.push(key(&f.mark));
                }
            }
        }
        let mut out = Vec::new();
        for k in keys {
            let members: Vec<(usize, &crate::model::Footnote)> = (0..self.docs.len())
                .filter_map(|t| {
                    let d = self.docs[t];
                    d.footnotes
                        .iter()
                        .find(|f| key(&f.mark) == k)
                        .map(|f| (t, f))
                })
                .collect();
            let Some(&(_, rep)) = members.first() else {
                continue;
            };
            let has: Vec<usize> = members.iter().map(|(t, _)| *t).collect();
            let lacks: Vec<usize> = (0..self.docs.len()).filter(|t| !has.contains(t)).collect();
            if !lacks.is_empty() && winner(&[has.clone(), lacks.clone()]) == 1 {
                for (t, f) in members {
                    let detail = format!(
                        "footnote in {}, not in {}: {}",
                        self.docs[t].language,
                        self.names(lacks.iter().copied()),
                        excerpt(&f.text, 60)
                    );
                    out.push((
                        t,
                        footnote_finding(Kind::Extra, self.docs[t], &f.mark, detail),
                    ));
                }
                continue;
            }
            for &t in &lacks {
                let detail = format!(
                    "footnote in {}, not in {}: {}",
                    self.names(has.iter().copied()),
                    self.docs[t].language,
                    excerpt(&rep.text, 60)
                );
                out.push((
                    t,
                    footnote_finding(Kind::Missing, self.docs[t], &rep.mark, detail),
                ));
            }
            let invs: Vec<Invariants> = members
                .iter()
                .map(|(_, f)| invariants::of(&f.text))
                .collect();
            let refs: Vec<(usize, &Invariants)> = members
                .iter()
                .zip(&invs)
                .map(|((t, _), i)| (*t, i))
                .collect();
            for (kind, found) in self.mark_votes(&refs) {
                for (t, detail) in found {
                    out.push((t, footnote_finding(kind, self.docs[t], &rep.mark, detail)));
                }
            }
        }
        out
    }
}
