//! The UN's numbering of preambular paragraphs (PP1, PP2, ...): a UN text numbers only its
//! operative paragraphs, and readers count the top-level paragraphs of its preamble, labelled
//! or not, in reading order across the preamble's sections. Every output that names an
//! unlabelled paragraph counts with [`PreambleCount`], so that a paragraph has one number in
//! all of them.

use super::{ClausePath, Document, Part};

/// The `n`th (from 1) paragraph of a UN preamble, as the UN names it: `PP3`.
pub fn preambular(n: usize) -> String {
    format!("PP{n}")
}

/// The count, taken in reading order: paragraph by paragraph ([`PreambleCount::next`]) or
/// section by section ([`PreambleCount::section`]).
#[derive(Debug, Clone, Copy)]
pub struct PreambleCount {
    un: bool,
    seen: usize,
}

impl PreambleCount {
    /// A count for a text of a UN body (`un`); another text's paragraphs are never counted.
    pub fn new(un: bool) -> PreambleCount {
        PreambleCount { un, seen: 0 }
    }

    /// The next paragraph in reading order, in a section of `part`, `depth` levels down (0 at
    /// the top): its number when it counts.
    pub fn next(&mut self, part: Part, depth: usize) -> Option<usize> {
        self.counts(part, depth).then(|| {
            self.seen += 1;
            self.seen
        })
    }

    /// The next section, of `part`, with `paragraphs` top-level paragraphs: the count before
    /// its first one (its `i`th, from 1, is `start + i`), when its paragraphs count.
    pub fn section(&mut self, part: Part, paragraphs: usize) -> Option<usize> {
        self.counts(part, 0).then(|| {
            let start = self.seen;
            self.seen += paragraphs;
            start
        })
    }

    fn counts(&self, part: Part, depth: usize) -> bool {
        self.un && part == Part::Preamble && depth == 0
    }
}

impl Document {
    /// Where section `section`'s top-level paragraphs start in the count (see
    /// [`PreambleCount::section`]); None when they do not count.
    pub fn preambular_start(&self, section: usize) -> Option<usize> {
        let mut count = PreambleCount::new(self.resolution.is_un());
        let mut start = None;
        for s in self.sections.iter().take(section + 1) {
            start = count.section(s.kind.part(), s.clauses.len());
        }
        start.filter(|_| section < self.sections.len())
    }

    /// A paragraph without a label, named as a reader counts it: a UN text's preambular
    /// paragraph by the count (PP3), another top-level paragraph by its place in its section
    /// (¶2). None for a labelled one, or one below the top level (it is part of the provision
    /// above it).
    pub fn unlabelled_name(&self, at: &ClausePath) -> Option<String> {
        let c = self.clause(at)?;
        if !c.label.written().trim().is_empty() || at.depth() != 0 {
            return None;
        }
        let n = at.index() + 1;
        Some(match self.preambular_start(at.section()) {
            Some(start) => preambular(start + n),
            None => format!("¶{n}"),
        })
    }
}
