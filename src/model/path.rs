//! Clause paths: a clause named by where it stands, at any depth.

use std::fmt;

use super::{Clause, Document};

/// Where a clause stands in its document: its section's index, then its index among its
/// siblings at each depth from the top level down (all 0-based). It names a clause at any
/// depth, survives a clone of the document, and can be written out, as a pointer cannot.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClausePath {
    section: usize,
    /// Never empty: the top-level index first.
    indexes: Vec<usize>,
}

impl ClausePath {
    /// Top-level clause `index` of section `section`.
    pub fn top(section: usize, index: usize) -> ClausePath {
        ClausePath {
            section,
            indexes: vec![index],
        }
    }

    /// Child `index` of the clause at this path.
    pub fn child(&self, index: usize) -> ClausePath {
        let mut indexes = Vec::with_capacity(self.indexes.len() + 1);
        indexes.extend_from_slice(&self.indexes);
        indexes.push(index);
        ClausePath {
            section: self.section,
            indexes,
        }
    }

    /// The 0-based index of the clause's section.
    pub fn section(&self) -> usize {
        self.section
    }

    /// The index among its siblings.
    pub fn index(&self) -> usize {
        self.indexes[self.indexes.len() - 1]
    }

    /// The indexes from the top level down.
    pub fn indexes(&self) -> &[usize] {
        &self.indexes
    }

    /// 0 for a top-level clause.
    pub fn depth(&self) -> usize {
        self.indexes.len() - 1
    }

    /// The clause this one is an item of; none for a top-level clause.
    pub fn parent(&self) -> Option<ClausePath> {
        (self.indexes.len() > 1).then(|| ClausePath {
            section: self.section,
            indexes: self.indexes[..self.indexes.len() - 1].to_vec(),
        })
    }
}

/// `2:3.1`: section 2, its clause 3, that clause's item 1 (1-based, as people count).
impl fmt::Display for ClausePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.section + 1)?;
        let mut sep = "";
        for i in &self.indexes {
            write!(f, "{sep}{}", i + 1)?;
            sep = ".";
        }
        Ok(())
    }
}

impl Document {
    /// The clause at `path`, if the document has one there.
    pub fn clause(&self, path: &ClausePath) -> Option<&Clause> {
        let (first, rest) = path.indexes.split_first()?;
        let mut c = self.sections.get(path.section)?.clauses.get(*first)?;
        for &i in rest {
            c = c.children.get(i)?;
        }
        Some(c)
    }

    /// Every clause with its path, depth first in reading order.
    pub fn clauses(&self) -> Vec<(ClausePath, &Clause)> {
        fn walk<'d>(at: ClausePath, c: &'d Clause, out: &mut Vec<(ClausePath, &'d Clause)>) {
            let kids: Vec<ClausePath> = (0..c.children.len()).map(|i| at.child(i)).collect();
            out.push((at, c));
            for (p, k) in kids.into_iter().zip(&c.children) {
                walk(p, k, out);
            }
        }
        let mut out = Vec::with_capacity(self.clause_count());
        for (s, section) in self.sections.iter().enumerate() {
            for (i, c) in section.clauses.iter().enumerate() {
                walk(ClausePath::top(s, i), c, &mut out);
            }
        }
        out
    }
}
