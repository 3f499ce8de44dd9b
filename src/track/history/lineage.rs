//! The lineage of a resolution's provisions: for each clause that ever stood in one of its
//! revisions, what happened to it in each revision. Revisions are the [`super::log`]'s (adopted
//! texts in date order, each proposal after its base); a provision keeps its identity through
//! the alignment of each step, as in [`super::blame`], so a clause renumbered or moved is one
//! provision. Drawn by `render::report::lineage_svg`.

use std::collections::HashMap;

use crate::align::{At, ClauseAlign, Lone, Relation};
use crate::diff::NotePairing;
use crate::model::{ClausePath, Document, Status};

use super::{History, HistoryError};

/// What a provision went through in one revision, against the revision that one is compared
/// with. The order is the precedence when several apply: a moved clause may also be edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Event {
    /// Unchanged (or the first revision shown).
    Kept,
    /// Only its label changed.
    Renumbered,
    /// Its text changed.
    Edited,
    /// It stands elsewhere (another section, or out of order).
    Moved,
    /// First appears here.
    Born,
    /// Present in the revision compared with, absent here.
    Suppressed,
}

impl Event {
    /// The event's name, also its CSS class in the chart.
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Kept => "kept",
            Event::Renumbered => "renumbered",
            Event::Edited => "edited",
            Event::Moved => "moved",
            Event::Born => "born",
            Event::Suppressed => "suppressed",
        }
    }
}

/// A provision in one revision: the event and the clause as it reads there (for a suppressed
/// one, as it read before).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// What happened.
    pub event: Event,
    /// The label as written.
    pub label: String,
    /// The clause text.
    pub text: String,
    /// The kind of the section it stands in (`recalling`, `resolves`), as reports write it.
    pub section: String,
}

/// One revision: a column of the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// `wtdc/30@dubai-2014:ar`
    pub address: String,
    /// `dubai-2014`
    pub revision: String,
    /// Adopted, draft or proposal.
    pub status: Status,
    /// The revision's year.
    pub year: u16,
    /// The column this revision is compared with.
    pub from: Option<usize>,
}

/// One provision: a cell per column, `None` where it does not stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provision {
    /// Nesting depth where it first stands (0: a top-level clause).
    pub depth: usize,
    /// One per column.
    pub cells: Vec<Option<Cell>>,
}

/// Columns and provisions, provisions in reading order (a new one after the clause it follows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lineage {
    /// `wtdc/30`
    pub resolution: String,
    /// The revisions, in log order.
    pub columns: Vec<Column>,
    /// The provisions, in reading order.
    pub provisions: Vec<Provision>,
    /// Per column: where each clause of that revision stands, to its provision's index in
    /// `provisions` (for a page of one paragraph, reached from any text).
    pub places: Vec<HashMap<ClausePath, usize>>,
}

/// The lineage of all revisions of one resolution in one language.
pub fn lineage(docs: Vec<Document>) -> Result<Lineage, HistoryError> {
    Ok(History::new(docs)?.lineage())
}

impl History {
    /// The [`lineage`] of these revisions, from the steps' alignments kept for their blames and
    /// diffs.
    pub fn lineage(&self) -> Lineage {
        of(self)
    }
}

fn of(h: &History) -> Lineage {
    let docs = h.docs();
    let links = h.steps();
    let columns: Vec<Column> = links
        .iter()
        .map(|&(from, i)| Column {
            address: docs[i].address(),
            revision: docs[i].revision.id_shown().to_string(),
            status: docs[i].revision.stage.status(),
            year: docs[i].revision.year_shown(),
            from: from.filter(|&f| f < i),
        })
        .collect();
    let mut b = Builder {
        width: docs.len(),
        provisions: Vec::new(),
        order: Vec::new(),
        ids: vec![HashMap::new(); docs.len()],
        kinds: docs
            .iter()
            .map(|d| d.sections.iter().map(|s| s.kind.to_string()).collect())
            .collect(),
    };
    for (i, column) in columns.iter().enumerate() {
        match column.from {
            None => {
                let mut after = None;
                for (path, clause) in docs[i].clauses() {
                    b.born(&At { clause, path }, i, &mut after);
                }
            }
            Some(f) => {
                // `f` is the step's own `from`: the column keeps it when it comes earlier.
                if let Some((_, alignment, notes)) = h.aligned(i) {
                    let mut after = None;
                    for s in &alignment.sections {
                        for c in &s.clauses {
                            b.step(c, f, i, notes, &mut after);
                        }
                    }
                }
            }
        }
    }
    let Builder {
        mut provisions,
        order,
        ids,
        ..
    } = b;
    let mut taken: Vec<Option<Provision>> = provisions.drain(..).map(Some).collect();
    let mut index = vec![usize::MAX; taken.len()];
    let mut kept = Vec::with_capacity(taken.len());
    for &p in &order {
        if let Some(provision) = taken[p].take() {
            index[p] = kept.len();
            kept.push(provision);
        }
    }
    let provisions = kept;
    let places = ids
        .into_iter()
        .map(|column| {
            column
                .into_iter()
                .filter_map(|(path, id)| {
                    index
                        .get(id)
                        .filter(|&&i| i != usize::MAX)
                        .map(|&i| (path, i))
                })
                .collect()
        })
        .collect();
    let first = &docs[0];
    Lineage {
        resolution: format!(
            "{}/{}",
            first.resolution.body_shown(),
            first.resolution.number_shown()
        ),
        columns,
        provisions,
        places,
    }
}

struct Builder {
    width: usize,
    provisions: Vec<Provision>,
    /// Reading order of provision ids.
    order: Vec<usize>,
    /// Per column: where a clause stands to its provision id.
    ids: Vec<HashMap<ClausePath, usize>>,
    /// Per column: the kind of each section, by index.
    kinds: Vec<Vec<String>>,
}

impl Builder {
    fn new_provision(&mut self, depth: usize, after: Option<usize>) -> usize {
        let id = self.provisions.len();
        self.provisions.push(Provision {
            depth,
            cells: vec![None; self.width],
        });
        // Right after the provision of the clause before it in the text (first if none), so a
        // clause a proposal adds stands where the proposal puts it.
        let at = match after.and_then(|a| self.order.iter().position(|&p| p == a)) {
            Some(pos) => pos + 1,
            None => 0,
        };
        self.order.insert(at.min(self.order.len()), id);
        id
    }

    /// Puts the clause standing at `at` in revision `from` (the column itself, or for a
    /// suppression the revision it stood in) into the provision's cell of `column`.
    fn set(&mut self, id: usize, column: usize, event: Event, at: &At<'_>, from: usize) {
        let section = self.kinds[from]
            .get(at.path.section())
            .cloned()
            .unwrap_or_default();
        self.provisions[id].cells[column] = Some(Cell {
            event,
            label: at.clause.label.written().trim().to_string(),
            text: at.clause.text.clone(),
            section,
        });
    }

    fn born(&mut self, at: &At<'_>, column: usize, after: &mut Option<usize>) {
        let id = self.new_provision(at.path.depth(), *after);
        self.set(id, column, Event::Born, at, column);
        self.ids[column].insert(at.path.clone(), id);
        *after = Some(id);
    }

    fn added(&mut self, l: &Lone<'_>, column: usize, after: &mut Option<usize>) {
        self.born(&l.at, column, after);
        for c in &l.children {
            self.added(c, column, after);
        }
    }

    fn removed(&mut self, l: &Lone<'_>, from: usize, column: usize, after: &mut Option<usize>) {
        if let Some(&id) = self.ids[from].get(&l.at.path) {
            self.set(id, column, Event::Suppressed, &l.at, from);
            *after = Some(id);
        }
        for c in &l.children {
            self.removed(c, from, column, after);
        }
    }

    fn step(
        &mut self,
        a: &ClauseAlign<'_>,
        from: usize,
        column: usize,
        notes: &NotePairing,
        after: &mut Option<usize>,
    ) {
        match a {
            ClauseAlign::Added(l) => self.added(l, column, after),
            ClauseAlign::Removed(l) => self.removed(l, from, column, after),
            // The MovedIn row carries a moved clause.
            ClauseAlign::MovedOut { .. } => {}
            ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => {
                let (o, n) = (p.old.clause, p.new.clause);
                let new = &p.new;
                match self.ids[from].get(&p.old.path).copied() {
                    Some(id) => {
                        let event = if a.relation() == Relation::MovedIn {
                            Event::Moved
                        } else if !notes.reads_same(&o.text, &n.text) {
                            Event::Edited
                        } else if o.label.norm() != n.label.norm() {
                            Event::Renumbered
                        } else {
                            Event::Kept
                        };
                        self.set(id, column, event, new, column);
                        self.ids[column].insert(p.new.path.clone(), id);
                        *after = Some(id);
                    }
                    None => self.born(&p.new, column, after),
                }
                for c in &p.children {
                    self.step(c, from, column, notes, after);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::corpus::Corpus;
    use crate::model::Body;
    use std::path::Path;

    fn res30() -> Vec<Document> {
        let corpus = Corpus::open(Path::new("resolutions")).expect("corpus");
        corpus
            .of(Body::Wtdc, &30.into())
            .map(|e| crate::input::corpus::load_entry(e).expect("loads"))
            .collect()
    }

    #[test]
    fn every_clause_of_every_revision_is_on_exactly_one_line() {
        let docs = res30();
        let l = lineage(docs.clone()).expect("lineage");
        assert_eq!(l.columns.len(), docs.len());
        for (i, col) in l.columns.iter().enumerate() {
            let doc = docs
                .iter()
                .find(|d| d.address() == col.address)
                .expect("column is a revision");
            let standing = l
                .provisions
                .iter()
                .filter(|p| {
                    p.cells[i]
                        .as_ref()
                        .is_some_and(|c| c.event != Event::Suppressed)
                })
                .count();
            assert_eq!(standing, doc.clause_count(), "{}", col.address);
        }
    }

    #[test]
    fn provisions_born_in_a_proposal_are_its_additions() {
        let docs = res30();
        let l = lineage(docs.clone()).expect("lineage");
        let rcc = l
            .columns
            .iter()
            .position(|c| c.revision == "rcc-wtdc17")
            .expect("rcc column");
        let base = l.columns[rcc].from.expect("rcc has a base");
        let old = docs
            .iter()
            .find(|d| d.address() == l.columns[base].address)
            .expect("base");
        let new = docs
            .iter()
            .find(|d| d.revision.id_shown() == "rcc-wtdc17")
            .expect("rcc");
        let diff = crate::diff::diff_documents(old, new, &crate::diff::DiffOptions::default())
            .expect("diff");
        let born = l
            .provisions
            .iter()
            .filter(|p| {
                p.cells[rcc]
                    .as_ref()
                    .is_some_and(|c| c.event == Event::Born)
            })
            .count();
        assert_eq!(born, diff.summary[crate::diff::Change::Add]);
        let gone = l
            .provisions
            .iter()
            .filter(|p| {
                p.cells[rcc]
                    .as_ref()
                    .is_some_and(|c| c.event == Event::Suppressed)
            })
            .count();
        assert_eq!(gone, diff.summary[crate::diff::Change::Sup]);
    }
}
