//! The UN's numbering of preambular paragraphs (PP1, PP2, ...): a UN text numbers only its
//! operative paragraphs, and readers count the top-level paragraphs of its preamble, labelled
//! or not, in reading order across the preamble's sections. Every output that names an
//! unlabelled paragraph counts with [`PreambleCount`] (a whole text with [`preambular_starts`]),
//! so that a paragraph has one number in all of them.

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

/// Where each section's top-level paragraphs start in the count (see
/// [`PreambleCount::section`]), the sections given in reading order as (part, top-level
/// paragraphs); None where they do not count. A text counts its own sections; a diff each side's.
pub fn preambular_starts(
    un: bool,
    sections: impl IntoIterator<Item = (Part, usize)>,
) -> Vec<Option<usize>> {
    let mut count = PreambleCount::new(un);
    sections
        .into_iter()
        .map(|(part, paragraphs)| count.section(part, paragraphs))
        .collect()
}

/// A text with its preamble counted once ([`Document::preamble`]), for naming its paragraphs:
/// one count for the whole text, not one per paragraph named.
#[derive(Debug, Clone)]
pub struct Preamble<'d> {
    doc: &'d Document,
    starts: Vec<Option<usize>>,
}

impl Document {
    /// The text's preamble counted, section by section.
    pub fn preamble(&self) -> Preamble<'_> {
        let sections = self
            .sections
            .iter()
            .map(|s| (s.kind.part(), s.clauses.len()));
        Preamble {
            doc: self,
            starts: preambular_starts(self.resolution.is_un(), sections),
        }
    }
}

impl Preamble<'_> {
    /// Where section `section`'s top-level paragraphs start in the count; None when they do not
    /// count.
    pub fn start(&self, section: usize) -> Option<usize> {
        self.starts.get(section).copied().flatten()
    }

    /// A paragraph without a label, named as a reader counts it: a UN text's preambular
    /// paragraph by the count (PP3), another top-level paragraph by its place in its section
    /// (¶2). None for a labelled one, or one below the top level (it is part of the provision
    /// above it).
    pub fn unlabelled_name(&self, at: &ClausePath) -> Option<String> {
        let c = self.doc.clause(at)?;
        if !c.label.written().trim().is_empty() || at.depth() != 0 {
            return None;
        }
        let n = at.index() + 1;
        Some(match self.start(at.section()) {
            Some(start) => preambular(start + n),
            None => format!("¶{n}"),
        })
    }
}
