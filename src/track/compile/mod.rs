//! The synoptic table secretariats build by hand: one row per provision of the base at any
//! depth (1, 1.11, 1.11.1 each have theirs; an unlabelled lead-in or continuation paragraph
//! shares its provision's row, see [`crate::model::provision`]), one column per proposal, each
//! cell the proposal's symbol and its version of that provision's own text with marks (a word
//! changed in 1.11.1 makes 1.11.1 MOD and leaves 1 and 1.11 NOC); rows for what proposals add,
//! placed after the base provision they follow, with their items; and rows where proposals
//! change one provision differently marked as conflicts.

mod table;

use std::collections::HashMap;

use serde::Serialize;

use table::{Table, index};

use crate::diff::{
    Change, ClauseChange, DiffError, DiffOptions, Op, Segment, diff_documents, new_text,
};
use crate::model::{Document, Footnote, SectionKind};

/// What one proposal does to one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The proposal's symbol for the provision.
    pub change: Change,
    /// The proposal's label for the provision (it may renumber).
    pub label: Option<String>,
    /// The proposal's text against the base's, as marked runs.
    pub inline: Vec<Segment>,
    /// For a provision moved whole (SUP*, ADD*): `moved to 4.4bis` / `moved from 1.12`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    /// A section heading.
    Heading,
    /// A provision of the base.
    Provision,
    /// A provision one proposal adds.
    Added,
}

/// One row of the table.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Heading, base provision or added provision.
    pub kind: RowKind,
    /// The section the row belongs to.
    pub section: SectionKind,
    /// The provision's name from the base's labels (`1.11.1`, `1.5 b) i)`; the proposal's for
    /// an added row); None for an unlabelled paragraph at the top level.
    pub label: Option<String>,
    /// How deep the provision stands: 0 for a top-level clause.
    pub depth: usize,
    /// The base's text of the provision, with the unlabelled paragraphs that belong to it
    /// (None for added rows).
    pub base: Option<String>,
    /// One per proposal; None where the proposal does not touch an added row.
    pub cells: Vec<Option<Cell>>,
    /// Two or more proposals change this provision, and not in the same way, or the row
    /// clashes.
    pub conflict: bool,
    /// A label clash: two (or more) proposals add different provisions under this label in this
    /// place, so the meeting must renumber one. Absent from the JSON when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub clash: bool,
}

/// The table.
#[derive(Debug, Clone, Serialize)]
pub struct Synopsis {
    /// Address of the base text.
    pub base: String,
    /// Addresses of the proposals, in column order.
    pub proposals: Vec<String>,
    /// Who makes each proposal, when known.
    pub proposers: Vec<Option<String>>,
    /// The texts are right to left (Arabic).
    pub rtl: bool,
    /// The rows in base order, added provisions where the proposals put them.
    pub rows: Vec<Row>,
    /// The footnotes the texts' marks (`[^1]`) name: the base's first, then each proposal's,
    /// in column order. Not in the JSON, whose texts keep their marks as the diff's do.
    #[serde(skip)]
    pub footnotes: Vec<Vec<Footnote>>,
}

impl Synopsis {
    /// Rows marked as conflicts.
    pub fn conflicts(&self) -> usize {
        self.rows.iter().filter(|r| r.conflict).count()
    }

    /// The table with only the rows some proposal changes (or that conflict), each under its
    /// section heading: what a meeting reads when 6 of 35 provisions are touched. A heading stays
    /// when a row under it stays or when a proposal changes the heading itself.
    pub fn changed_only(mut self) -> Synopsis {
        let changed =
            |r: &Row| r.conflict || r.cells.iter().flatten().any(|c| c.change != Change::Noc);
        let mut keep = vec![false; self.rows.len()];
        let mut heading = None;
        for (i, r) in self.rows.iter().enumerate() {
            if r.kind == RowKind::Heading {
                heading = Some(i);
            }
            if changed(r) {
                keep[i] = true;
                if let Some(h) = heading {
                    keep[h] = true;
                }
            }
        }
        let mut kept = keep.into_iter();
        self.rows.retain(|_| kept.next().unwrap_or(false));
        self
    }
}

/// Where a provision moved whole went or came from, as the proposal's markup says it.
pub(super) fn move_note(c: &ClauseChange) -> Option<String> {
    matches!(c.change, Change::AddMoved | Change::SupMoved)
        .then(|| c.move_note())
        .flatten()
}

pub(super) fn cell(c: &ClauseChange) -> Cell {
    let mut inline = c.inline.clone();
    items(&c.children, &mut inline);
    // The cell holds the provision with its items.
    Cell {
        change: c.with_items(),
        label: c.own_label().map(str::to_string),
        inline,
        note: move_note(c),
    }
}

/// A provision's items follow its text in its cell, each on a new line with its label marked
/// like a relabelled clause: a change to item '2' shows where it is.
fn items(children: &[ClauseChange], out: &mut Vec<Segment>) {
    for c in children {
        out.push(Segment::new(Op::Equal, "\n"));
        match (&c.old_label, &c.new_label, c.change.whole()) {
            (_, Some(n), Some(Op::Insert)) => out.push(Segment::new(Op::Insert, format!("{n} "))),
            (Some(o), _, Some(Op::Delete)) => out.push(Segment::new(Op::Delete, format!("{o} "))),
            (Some(o), Some(n), _) if o != n => {
                out.push(Segment::new(Op::Delete, o.clone()));
                out.push(Segment::new(Op::Insert, format!("{n} ")));
            }
            (o, n, _) => {
                if let Some(l) = n.as_ref().or(o.as_ref()) {
                    out.push(Segment::new(Op::Equal, format!("{l} ")));
                }
            }
        }
        out.extend(c.inline.iter().cloned());
        items(&c.children, out);
    }
}

/// Builds the table of `proposals` against `base`: a row per provision at any depth (see
/// [`crate::model::provision`]), each cell the proposal's version of that provision's own text.
pub fn compile(base: &Document, proposals: &[Document]) -> Result<Synopsis, DiffError> {
    let diffs = proposals
        .iter()
        .map(|p| diff_documents(base, p, &DiffOptions::default()))
        .collect::<Result<Vec<_>, _>>()?;
    let n = proposals.len();
    // Sections a proposal adds, after the base section that stands before them in it.
    let mut new_sections: Vec<(Option<usize>, usize, &crate::diff::SectionChange)> = Vec::new();
    for (p, d) in diffs.iter().enumerate() {
        let mut anchor = None;
        for s in &d.sections {
            match s.old_index {
                Some(i) => anchor = Some(i - 1),
                None => new_sections.push((anchor, p, s)),
            }
        }
    }
    let push_new_sections = |rows: &mut Vec<Row>, at: Option<usize>| {
        for (_, p, s) in new_sections.iter().filter(|(a, _, _)| *a == at) {
            let only = |cell: Cell| {
                let mut cells = vec![None; n];
                cells[*p] = Some(cell);
                cells
            };
            let heading = s.new_heading.clone().unwrap_or_default();
            rows.push(Row {
                kind: RowKind::Heading,
                section: s.kind,
                label: None,
                depth: 0,
                base: None,
                cells: only(Cell {
                    change: Change::Add,
                    label: None,
                    inline: vec![Segment::new(Op::Insert, heading)],
                    note: None,
                }),
                conflict: false,
                clash: false,
            });
            for c in &s.clauses {
                rows.push(Row {
                    kind: RowKind::Added,
                    section: s.kind,
                    label: c.new_label.clone(),
                    depth: 0,
                    base: None,
                    cells: only(cell(c)),
                    conflict: false,
                    clash: false,
                });
            }
        }
    };
    let mut rows = Vec::new();
    push_new_sections(&mut rows, None);
    for (i, section) in base.sections.iter().enumerate() {
        let mut heading = vec![None; n];
        let mut table = Table {
            n,
            kind: section.kind,
            section: i,
            versions: vec![None; n],
            added: HashMap::new(),
            rows: Vec::new(),
            labels: HashMap::new(),
        };
        for (p, d) in diffs.iter().enumerate() {
            let Some(s) = d.sections.iter().find(|s| s.old_index == Some(i + 1)) else {
                continue;
            };
            heading[p] = Some(heading_cell(s));
            let mut at = HashMap::new();
            index(&s.clauses, i, &[], p, &mut at, &mut table.added);
            table.versions[p] = Some(at);
        }
        rows.push(Row {
            kind: RowKind::Heading,
            section: section.kind,
            label: None,
            depth: 0,
            base: Some(section.heading.clone()),
            conflict: conflicting(&heading),
            clash: false,
            cells: heading,
        });
        table.walk(&section.clauses, &[], None, &[], &vec![None; n]);
        // A label clash is a conflict too: the meeting must renumber one of the two.
        let clashing = table.clashing();
        for (mut r, clash) in table.rows.into_iter().zip(clashing) {
            r.conflict = clash || conflicting(&r.cells);
            r.clash = clash;
            rows.push(r);
        }
        push_new_sections(&mut rows, Some(i));
    }
    Ok(Synopsis {
        base: base.address(),
        proposals: proposals.iter().map(Document::address).collect(),
        proposers: proposals
            .iter()
            .map(|p| p.revision.stage.proposer().map(ToString::to_string))
            .collect(),
        rtl: base.language.is_rtl(),
        rows,
        footnotes: std::iter::once(base)
            .chain(proposals)
            .map(|d| d.footnotes.clone())
            .collect(),
    })
}

/// A proposal's version of a base section's heading.
fn heading_cell(s: &crate::diff::SectionChange) -> Cell {
    let change = match (&s.old_heading, &s.new_heading) {
        (_, None) => Change::Sup,
        (Some(o), Some(h)) if o != h => Change::Mod,
        _ => Change::Noc,
    };
    Cell {
        change,
        label: None,
        inline: match (&s.old_heading, &s.new_heading) {
            (Some(o), Some(h)) if o != h => {
                crate::diff::inline::diff_text(o, h, &DiffOptions::default())
            }
            (_, h) => h
                .iter()
                .map(|t| Segment::new(Op::Equal, t.clone()))
                .collect(),
        },
        note: None,
    }
}

/// Two or more cells change the provision, and their results differ (a suppression differs
/// from any amendment).
fn conflicting(cells: &[Option<Cell>]) -> bool {
    let results: Vec<Option<String>> = cells
        .iter()
        .flatten()
        .filter(|c| c.change != Change::Noc)
        .map(|c| (c.change.whole() != Some(Op::Delete)).then(|| new_text(&c.inline)))
        .collect();
    results.len() >= 2 && results.iter().any(|r| *r != results[0])
}

#[cfg(test)]
mod tests;
