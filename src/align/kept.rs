//! An alignment kept without its documents: every side by its place only, read back against the
//! two documents it was made of. A caller that needs one step of a resolution's history many
//! times (the blame of every later revision, its lineage, its diff) aligns it once and keeps
//! this, where an [`Alignment`] would borrow the documents.

use super::{
    Alignment, At, ClauseAlign, Lone, Paired, Score, SectionAlign, SectionAt, SectionSides,
};
use crate::model::{ClausePath, Document};

/// An [`Alignment`] by places: [`Kept::on`] gives it back.
#[derive(Debug, Clone)]
pub struct Kept {
    sections: Vec<(Sides, Vec<Row>)>,
}

#[derive(Debug, Clone, Copy)]
enum Sides {
    Both(usize, usize),
    Added(usize),
    Removed(usize),
}

#[derive(Debug, Clone)]
enum Row {
    Matched(Pair),
    Added(Alone),
    Removed(Alone),
    MovedIn(Pair),
    MovedOut {
        old: ClausePath,
        new: ClausePath,
        score: Score,
    },
}

#[derive(Debug, Clone)]
struct Pair {
    old: ClausePath,
    new: ClausePath,
    score: Score,
    children: Vec<Row>,
}

#[derive(Debug, Clone)]
struct Alone {
    at: ClausePath,
    children: Vec<Alone>,
}

impl Alignment<'_> {
    /// The alignment by places, to keep beyond its documents' borrow.
    pub fn keep(&self) -> Kept {
        let sides = |s: &SectionSides<'_>| match *s {
            SectionSides::Both { old, new } => Sides::Both(old.index, new.index),
            SectionSides::Added(n) => Sides::Added(n.index),
            SectionSides::Removed(o) => Sides::Removed(o.index),
        };
        Kept {
            sections: self
                .sections
                .iter()
                .map(|s| (sides(&s.sides), s.clauses.iter().map(row).collect()))
                .collect(),
        }
    }
}

fn row(a: &ClauseAlign<'_>) -> Row {
    let pair = |p: &Paired<'_>| Pair {
        old: p.old.path.clone(),
        new: p.new.path.clone(),
        score: p.score,
        children: p.children.iter().map(row).collect(),
    };
    match a {
        ClauseAlign::Matched(p) => Row::Matched(pair(p)),
        ClauseAlign::MovedIn(p) => Row::MovedIn(pair(p)),
        ClauseAlign::Added(l) => Row::Added(alone(l)),
        ClauseAlign::Removed(l) => Row::Removed(alone(l)),
        ClauseAlign::MovedOut { old, new, score } => Row::MovedOut {
            old: old.path.clone(),
            new: new.path.clone(),
            score: *score,
        },
    }
}

fn alone(l: &Lone<'_>) -> Alone {
    Alone {
        at: l.at.path.clone(),
        children: l.children.iter().map(alone).collect(),
    }
}

impl Kept {
    /// The alignment again, on the two documents it was made of; None when a place is not in
    /// them (other documents).
    pub fn on<'a>(&self, old: &'a Document, new: &'a Document) -> Option<Alignment<'a>> {
        let section = |d: &'a Document, index: usize| {
            d.sections
                .get(index)
                .map(|section| SectionAt { section, index })
        };
        let sections = self
            .sections
            .iter()
            .map(|(sides, rows)| {
                let sides = match *sides {
                    Sides::Both(o, n) => SectionSides::Both {
                        old: section(old, o)?,
                        new: section(new, n)?,
                    },
                    Sides::Added(n) => SectionSides::Added(section(new, n)?),
                    Sides::Removed(o) => SectionSides::Removed(section(old, o)?),
                };
                let clauses = rows.iter().map(|r| r.on(old, new)).collect::<Option<_>>()?;
                Some(SectionAlign { sides, clauses })
            })
            .collect::<Option<_>>()?;
        Some(Alignment { sections })
    }
}

fn at<'a>(d: &'a Document, path: &ClausePath) -> Option<At<'a>> {
    Some(At {
        clause: d.clause(path)?,
        path: path.clone(),
    })
}

impl Row {
    fn on<'a>(&self, old: &'a Document, new: &'a Document) -> Option<ClauseAlign<'a>> {
        let pair = |p: &Pair| -> Option<Paired<'a>> {
            Some(Paired {
                old: at(old, &p.old)?,
                new: at(new, &p.new)?,
                score: p.score,
                children: p
                    .children
                    .iter()
                    .map(|c| c.on(old, new))
                    .collect::<Option<_>>()?,
            })
        };
        Some(match self {
            Row::Matched(p) => ClauseAlign::Matched(pair(p)?),
            Row::MovedIn(p) => ClauseAlign::MovedIn(pair(p)?),
            Row::Added(l) => ClauseAlign::Added(l.on(new)?),
            Row::Removed(l) => ClauseAlign::Removed(l.on(old)?),
            Row::MovedOut {
                old: o,
                new: n,
                score,
            } => ClauseAlign::MovedOut {
                old: at(old, o)?,
                new: at(new, n)?,
                score: *score,
            },
        })
    }
}

impl Alone {
    fn on<'a>(&self, d: &'a Document) -> Option<Lone<'a>> {
        Some(Lone {
            at: at(d, &self.at)?,
            children: self
                .children
                .iter()
                .map(|c| c.on(d))
                .collect::<Option<_>>()?,
        })
    }
}
