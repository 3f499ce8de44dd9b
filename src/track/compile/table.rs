//! The rows of one base section, provision by provision: each proposal's diff indexed by base
//! path, the base tree walked in order, unlabelled paragraphs joined to their provision's row.

use std::collections::HashMap;

use super::{Cell, Row, RowKind, cell, move_note};
use crate::diff::{Change, ClauseChange, Op, Segment};
use crate::model::provision::{self, Owner};
use crate::model::{Clause, SectionKind};

/// One proposal's diff, by the base path of each clause it keeps, changes or suppresses.
pub(super) type Versions<'a> = HashMap<(usize, Vec<usize>), &'a ClauseChange>;

/// Where an added provision goes: its base section, its parent's base path (empty at the top
/// level) and the base sibling it follows (None: first under its parent).
type Anchor = (usize, Vec<usize>, Option<usize>);

/// Indexes one proposal's rows under a base parent; additions go after the base sibling they
/// follow in the proposal.
pub(super) fn index<'a>(
    rows: &'a [ClauseChange],
    section: usize,
    parent: &[usize],
    p: usize,
    at: &mut Versions<'a>,
    added: &mut HashMap<Anchor, Vec<(usize, Cell)>>,
) {
    let mut anchor = None;
    for c in rows {
        match (c.change.whole(), c.old_index) {
            (Some(Op::Insert), _) | (_, None) => added
                .entry((section, parent.to_vec(), anchor))
                .or_default()
                .push((p, cell(c))),
            (_, Some(k)) => {
                let mut path = parent.to_vec();
                path.push(k - 1);
                index(&c.children, section, &path, p, at, added);
                at.insert((section, path), c);
                anchor = Some(k - 1);
            }
        }
    }
}

/// The rows of one base section's clauses, built provision by provision.
pub(super) struct Table<'a> {
    pub(super) n: usize,
    pub(super) kind: SectionKind,
    pub(super) section: usize,
    /// Per proposal: its versions of the base's clauses (None: it suppresses the section).
    pub(super) versions: Vec<Option<Versions<'a>>>,
    pub(super) added: HashMap<Anchor, Vec<(usize, Cell)>>,
    pub(super) rows: Vec<Row>,
    /// The added rows by parent and label: two rows under one label are two different
    /// provisions that would be numbered alike (a label clash).
    pub(super) labels: HashMap<(Vec<usize>, String), Vec<usize>>,
}

impl Table<'_> {
    /// Rows that share their label with another added row under the same parent.
    pub(super) fn clashing(&self) -> Vec<bool> {
        let mut out = vec![false; self.rows.len()];
        for rows in self.labels.values().filter(|r| r.len() > 1) {
            for &r in rows {
                out[r] = true;
            }
        }
        out
    }

    fn push_added(&mut self, parent: &[usize], anchor: Option<usize>, names: &[String]) {
        let key = (self.section, parent.to_vec(), anchor);
        let first = self.rows.len();
        for (p, c) in self.added.remove(&key).unwrap_or_default() {
            // Proposals that add the same provision at the same place share its row.
            let same = self.rows[first..].iter_mut().find(|r| {
                r.cells
                    .iter()
                    .flatten()
                    .any(|o| o.change == c.change && o.label == c.label && o.inline == c.inline)
            });
            if let Some(r) = same {
                r.cells[p] = Some(c);
                continue;
            }
            let mut cells = vec![None; self.n];
            let label = c
                .label
                .as_deref()
                .map(|l| provision::name(names.iter().map(String::as_str).chain([l])));
            cells[p] = Some(c);
            if let Some(l) = label.as_ref().filter(|l| !l.is_empty()) {
                self.labels
                    .entry((parent.to_vec(), l.clone()))
                    .or_default()
                    .push(self.rows.len());
            }
            self.rows.push(Row {
                kind: RowKind::Added,
                section: self.kind,
                label: label.filter(|l| !l.is_empty()),
                depth: parent.len(),
                base: None,
                cells,
                conflict: false,
                clash: false,
            });
        }
    }

    /// The cells of one base clause: each proposal's version of its own text (its items have
    /// rows of their own). A clause under one a proposal suppresses whole is suppressed with it.
    fn cells(&self, path: &[usize], clause: &Clause, gone: &[Option<Change>]) -> Vec<Option<Cell>> {
        (0..self.n)
            .map(|p| {
                let v = self.versions[p].as_ref()?;
                match v.get(&(self.section, path.to_vec())) {
                    Some(c) => Some(Cell {
                        change: c.change,
                        label: c.own_label().map(str::to_string),
                        inline: c.inline.clone(),
                        note: move_note(c),
                    }),
                    None => gone[p].map(|change| Cell {
                        change,
                        label: Some(clause.label.written().to_string()),
                        inline: vec![Segment::new(Op::Delete, clause.text.clone())],
                        note: None,
                    }),
                }
            })
            .collect()
    }

    /// Rows for `clauses` under the base clause at `parent` (whose row is `owner`, whose
    /// provision is named by `names`), in base order, additions where the proposals put them.
    pub(super) fn walk(
        &mut self,
        clauses: &[Clause],
        parent: &[usize],
        owner: Option<usize>,
        names: &[String],
        gone: &[Option<Change>],
    ) {
        self.push_added(parent, None, names);
        let mut labelled_before: Option<usize> = None;
        for (k, clause) in clauses.iter().enumerate() {
            let mut path = parent.to_vec();
            path.push(k);
            let cells = self.cells(&path, clause, gone);
            let labelled = provision::is_labelled(&clause.label);
            let joins = match provision::owner(labelled, parent.len(), labelled_before.is_some()) {
                Owner::Own => None,
                Owner::PreviousSibling => labelled_before,
                Owner::Parent => owner,
            };
            let row = match joins {
                Some(r) => {
                    join(&mut self.rows[r], clause, cells.clone());
                    r
                }
                None => {
                    let label = labelled.then(|| {
                        provision::name(
                            names
                                .iter()
                                .map(String::as_str)
                                .chain([clause.label.written()]),
                        )
                    });
                    self.rows.push(Row {
                        kind: RowKind::Provision,
                        section: self.kind,
                        label,
                        depth: parent.len(),
                        base: Some(clause.text.clone()),
                        cells: cells.clone(),
                        conflict: false,
                        clash: false,
                    });
                    self.rows.len() - 1
                }
            };
            if labelled {
                labelled_before = Some(row);
            }
            let gone: Vec<Option<Change>> = cells
                .iter()
                .zip(gone)
                .map(|(c, g)| {
                    c.as_ref()
                        .map(|c| c.change)
                        .filter(|c| c.whole() == Some(Op::Delete))
                        .or(*g)
                })
                .collect();
            let mut names = names.to_vec();
            names.push(clause.label.written().to_string());
            self.walk(&clause.children, &path, Some(row), &names, &gone);
            names.pop();
            self.push_added(parent, Some(k), &names);
        }
    }
}

/// Adds an unlabelled paragraph to the row of the provision it belongs to: its text on a new
/// line, each proposal's version likewise, the cell's symbol the provision's as a whole.
fn join(row: &mut Row, clause: &Clause, cells: Vec<Option<Cell>>) {
    // A dash or bullet stays before its item, as in the text.
    let dash = clause.label.written().trim();
    if let Some(b) = row.base.as_mut() {
        b.push('\n');
        if !dash.is_empty() {
            b.push_str(dash);
            b.push(' ');
        }
        b.push_str(&clause.text);
    }
    for (slot, c) in row.cells.iter_mut().zip(cells) {
        match (slot.as_mut(), c) {
            (Some(s), Some(c)) => {
                if s.change != c.change {
                    s.change = s.change.to_parent().max(c.change.to_parent());
                }
                s.inline.push(Segment::new(Op::Equal, "\n"));
                if let Some(l) = c.label.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
                    s.inline.push(Segment::new(
                        c.change.whole().unwrap_or(Op::Equal),
                        format!("{l} "),
                    ));
                }
                s.inline.extend(c.inline);
            }
            (None, Some(c)) => *slot = Some(c),
            (_, None) => {}
        }
    }
}
