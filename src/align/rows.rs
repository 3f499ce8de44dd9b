//! The rows an alignment is made of. Each kind of row holds exactly the sides it has: a matched
//! or moved clause both, an added or removed one a single side (and everything below it is on
//! that side too), so no consumer needs a fallback for a row without the side it expects.

use super::Score;
use crate::model::{Clause, ClausePath, Section};

/// One side of a row: a clause and where it stands in its document.
#[derive(Debug, Clone)]
pub struct At<'a> {
    /// The clause.
    pub clause: &'a Clause,
    /// Where it stands: section, then sibling index at each depth.
    pub path: ClausePath,
}

/// A clause found on both sides, with its children aligned among themselves.
#[derive(Debug, Clone)]
pub struct Paired<'a> {
    /// The clause in the old text.
    pub old: At<'a>,
    /// The clause in the new text.
    pub new: At<'a>,
    /// How alike the two texts are (similarity 1.0 when their folded forms are equal) and what
    /// made the pair.
    pub score: Score,
    /// The two clauses' children, aligned among themselves.
    pub children: Vec<ClauseAlign<'a>>,
}

/// A clause on one side only; its children are on that side only too.
#[derive(Debug, Clone)]
pub struct Lone<'a> {
    /// The clause and where it stands on its side.
    pub at: At<'a>,
    /// Its children, on the same side.
    pub children: Vec<Lone<'a>>,
}

/// One row of the aligned clause list.
#[derive(Debug, Clone)]
pub enum ClauseAlign<'a> {
    /// The same clause, in place (its text may differ).
    Matched(Paired<'a>),
    /// Only in the new text.
    Added(Lone<'a>),
    /// Only in the old text.
    Removed(Lone<'a>),
    /// The new place of a clause that moved (to another section, or out of order); the pair
    /// and its children are here.
    MovedIn(Paired<'a>),
    /// The old place of a clause that moved: where it stood (`old`) and where it went (`new`,
    /// whose [`ClauseAlign::MovedIn`] row carries the children).
    MovedOut {
        /// Where the clause stood.
        old: At<'a>,
        /// Where it went.
        new: At<'a>,
        /// How alike the two versions are.
        score: Score,
    },
}

/// The kind of a row, without its contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// [`ClauseAlign::Matched`]
    Matched,
    /// [`ClauseAlign::Added`]
    Added,
    /// [`ClauseAlign::Removed`]
    Removed,
    /// [`ClauseAlign::MovedIn`]
    MovedIn,
    /// [`ClauseAlign::MovedOut`]
    MovedOut,
}

impl<'a> ClauseAlign<'a> {
    /// The kind of this row.
    pub fn relation(&self) -> Relation {
        match self {
            ClauseAlign::Matched(_) => Relation::Matched,
            ClauseAlign::Added(_) => Relation::Added,
            ClauseAlign::Removed(_) => Relation::Removed,
            ClauseAlign::MovedIn(_) => Relation::MovedIn,
            ClauseAlign::MovedOut { .. } => Relation::MovedOut,
        }
    }

    /// The old side, when the row has one (a moved clause's old place, on both its rows).
    pub fn old_side(&self) -> Option<&At<'a>> {
        match self {
            ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => Some(&p.old),
            ClauseAlign::Removed(l) => Some(&l.at),
            ClauseAlign::MovedOut { old, .. } => Some(old),
            ClauseAlign::Added(_) => None,
        }
    }

    /// The new side, when the row has one (a moved clause's new place, on both its rows).
    pub fn new_side(&self) -> Option<&At<'a>> {
        match self {
            ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => Some(&p.new),
            ClauseAlign::Added(l) => Some(&l.at),
            ClauseAlign::MovedOut { new, .. } => Some(new),
            ClauseAlign::Removed(_) => None,
        }
    }

    /// The score of a pair (matched or moved); none for a clause on one side only.
    pub fn score(&self) -> Option<Score> {
        match self {
            ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => Some(p.score),
            ClauseAlign::MovedOut { score, .. } => Some(*score),
            ClauseAlign::Added(_) | ClauseAlign::Removed(_) => None,
        }
    }
}

/// A section and its position among the sections of its document.
#[derive(Debug, Clone, Copy)]
pub struct SectionAt<'a> {
    /// The section.
    pub section: &'a Section,
    /// Its 0-based position among the sections of its document.
    pub index: usize,
}

/// Which sides a section row has.
#[derive(Debug, Clone, Copy)]
pub enum SectionSides<'a> {
    /// A section of each text, paired.
    Both {
        /// The old text's section.
        old: SectionAt<'a>,
        /// The new text's section.
        new: SectionAt<'a>,
    },
    /// Only in the new text.
    Added(SectionAt<'a>),
    /// Only in the old text.
    Removed(SectionAt<'a>),
}

/// One row of the aligned section list.
#[derive(Debug, Clone)]
pub struct SectionAlign<'a> {
    /// Which sides the row has.
    pub sides: SectionSides<'a>,
    /// The section's clauses, aligned.
    pub clauses: Vec<ClauseAlign<'a>>,
}

impl<'a> SectionAlign<'a> {
    /// The old text's section, unless the section was added.
    pub fn old_side(&self) -> Option<SectionAt<'a>> {
        match self.sides {
            SectionSides::Both { old, .. } | SectionSides::Removed(old) => Some(old),
            SectionSides::Added(_) => None,
        }
    }

    /// The new text's section, unless the section was removed.
    pub fn new_side(&self) -> Option<SectionAt<'a>> {
        match self.sides {
            SectionSides::Both { new, .. } | SectionSides::Added(new) => Some(new),
            SectionSides::Removed(_) => None,
        }
    }
}
