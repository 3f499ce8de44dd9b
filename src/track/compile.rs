//! The synoptic table secretariats build by hand: one row per provision of the base, one
//! column per proposal, each cell the proposal's symbol and its text with marks; rows for what
//! proposals add, placed after the base provision they follow; and rows where proposals change
//! one provision differently marked as conflicts.

use serde::Serialize;

use crate::diff::{
    Change, ClauseChange, DiffError, DiffOptions, Op, Segment, diff_documents, new_text,
};
use crate::model::{Document, SectionKind};

/// What one proposal does to one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The proposal's symbol for the provision.
    pub change: Change,
    /// The proposal's label for the provision (it may renumber).
    pub label: Option<String>,
    /// The proposal's text against the base's, as marked runs.
    pub inline: Vec<Segment>,
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
    /// The base's label (the proposal's for an added row).
    pub label: Option<String>,
    /// The base's text (None for added rows).
    pub base: Option<String>,
    /// One per proposal; None where the proposal does not touch an added row.
    pub cells: Vec<Option<Cell>>,
    /// Two or more proposals change this provision, and not in the same way.
    pub conflict: bool,
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
}

impl Synopsis {
    /// Rows marked as conflicts.
    pub fn conflicts(&self) -> usize {
        self.rows.iter().filter(|r| r.conflict).count()
    }
}

fn cell(c: &ClauseChange) -> Cell {
    let mut inline = c.inline.clone();
    items(&c.children, &mut inline);
    // The cell holds the provision with its items.
    Cell {
        change: c.with_items(),
        label: c.new_label.clone().or(c.old_label.clone()),
        inline,
    }
}

/// A provision's items follow its text in its cell, each on a new line with its label marked
/// like a relabelled clause: a change to item '2' shows where it is.
fn items(children: &[ClauseChange], out: &mut Vec<Segment>) {
    for c in children {
        out.push(Segment {
            op: Op::Equal,
            text: "\n".into(),
        });
        match (&c.old_label, &c.new_label, c.change.whole()) {
            (_, Some(n), Some(Op::Insert)) => out.push(Segment {
                op: Op::Insert,
                text: format!("{n} "),
            }),
            (Some(o), _, Some(Op::Delete)) => out.push(Segment {
                op: Op::Delete,
                text: format!("{o} "),
            }),
            (Some(o), Some(n), _) if o != n => {
                out.push(Segment {
                    op: Op::Delete,
                    text: o.clone(),
                });
                out.push(Segment {
                    op: Op::Insert,
                    text: format!("{n} "),
                });
            }
            (o, n, _) => {
                if let Some(l) = n.as_ref().or(o.as_ref()) {
                    out.push(Segment {
                        op: Op::Equal,
                        text: format!("{l} "),
                    });
                }
            }
        }
        out.extend(c.inline.iter().cloned());
        items(&c.children, out);
    }
}

/// A base provision's text with its items, each on a new line after its label.
fn with_items(c: &crate::model::Clause) -> String {
    let mut s = c.text.clone();
    for k in &c.children {
        let label = k.label.written.trim();
        s.push('\n');
        if !label.is_empty() {
            s.push_str(label);
            s.push(' ');
        }
        s.push_str(&with_items(k));
    }
    s
}

/// Builds the table of `proposals` against `base`.
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
                base: None,
                cells: only(Cell {
                    change: Change::Add,
                    label: None,
                    inline: vec![Segment {
                        op: Op::Insert,
                        text: heading,
                    }],
                }),
                conflict: false,
            });
            for c in &s.clauses {
                rows.push(Row {
                    kind: RowKind::Added,
                    section: s.kind,
                    label: None,
                    base: None,
                    cells: only(cell(c)),
                    conflict: false,
                });
            }
        }
    };
    // Per base section index: provision cells [clause][proposal], additions per anchor.
    let mut rows = Vec::new();
    push_new_sections(&mut rows, None);
    for (i, section) in base.sections.iter().enumerate() {
        let mut heading = vec![None; n];
        let mut provisions: Vec<Vec<Option<Cell>>> = vec![vec![None; n]; section.clauses.len()];
        let mut added: Vec<(Option<usize>, usize, Cell)> = Vec::new();
        for (p, d) in diffs.iter().enumerate() {
            let Some(s) = d.sections.iter().find(|s| s.old_index == Some(i + 1)) else {
                continue;
            };
            let heading_change = match (&s.old_heading, &s.new_heading) {
                (_, None) => Change::Sup,
                (Some(o), Some(h)) if o != h => Change::Mod,
                _ => Change::Noc,
            };
            heading[p] = Some(Cell {
                change: heading_change,
                label: None,
                inline: match (&s.old_heading, &s.new_heading) {
                    (Some(o), Some(h)) if o != h => {
                        crate::diff::inline::diff_text(o, h, &DiffOptions::default())
                    }
                    (_, h) => h
                        .iter()
                        .map(|t| Segment {
                            op: Op::Equal,
                            text: t.clone(),
                        })
                        .collect(),
                },
            });
            let mut anchor = None;
            for c in &s.clauses {
                match (c.change.whole(), c.old_index) {
                    (Some(Op::Insert), _) | (_, None) => added.push((anchor, p, cell(c))),
                    (_, Some(k)) => {
                        if let Some(slot) = provisions.get_mut(k - 1) {
                            slot[p] = Some(cell(c));
                        }
                        anchor = Some(k - 1);
                    }
                }
            }
        }
        rows.push(Row {
            kind: RowKind::Heading,
            section: section.kind,
            label: None,
            base: Some(section.heading.clone()),
            conflict: conflicting(&heading),
            cells: heading,
        });
        let push_added = |rows: &mut Vec<Row>, at: Option<usize>| {
            for (_, p, c) in added.iter().filter(|(a, _, _)| *a == at) {
                let mut cells = vec![None; n];
                cells[*p] = Some(c.clone());
                rows.push(Row {
                    kind: RowKind::Added,
                    section: section.kind,
                    label: None,
                    base: None,
                    cells,
                    conflict: false,
                });
            }
        };
        push_added(&mut rows, None);
        for (k, clause) in section.clauses.iter().enumerate() {
            let cells = std::mem::take(&mut provisions[k]);
            rows.push(Row {
                kind: RowKind::Provision,
                section: section.kind,
                label: Some(clause.label.written.clone()).filter(|l| !l.trim().is_empty()),
                base: Some(with_items(clause)),
                conflict: conflicting(&cells),
                cells,
            });
            push_added(&mut rows, Some(k));
        }
        push_new_sections(&mut rows, Some(i));
    }
    Ok(Synopsis {
        base: base.address(),
        proposals: proposals.iter().map(Document::address).collect(),
        proposers: proposals
            .iter()
            .map(|p| p.revision.proposer.clone())
            .collect(),
        rtl: base.language.is_rtl(),
        rows,
    })
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
mod tests {
    use std::path::Path;

    use super::*;
    use crate::input::corpus::load_file;

    fn corpus(rev: &str) -> Document {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
        load_file(&dir.join(format!("{rev}.ar.toml"))).expect("corpus")
    }

    #[test]
    fn a_section_a_proposal_adds_has_its_rows() {
        let side = |name: &str| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("fixtures/diff/sections/{name}.txt"));
            crate::input::import_file(&path, &Default::default())
                .expect("fixture")
                .document
        };
        let s = compile(&side("old"), &[side("new")]).expect("compile");
        let at = s
            .rows
            .iter()
            .position(|r| r.kind == RowKind::Heading && r.base.is_none())
            .expect("a heading row for the added section");
        let cell = s.rows[at].cells[0].as_ref().expect("the proposal's cell");
        assert_eq!(
            (cell.change, new_text(&cell.inline).as_str()),
            (Change::Add, "emphasizing")
        );
        let item = s.rows[at + 1].cells[0].as_ref().expect("its clause");
        assert_eq!(
            new_text(&item.inline),
            "the importance of measuring ICT for development,"
        );
    }

    #[test]
    fn rcc_and_atu_side_by_side() {
        let base = corpus("dubai-2014");
        let s = compile(&base, &[corpus("rcc-wtdc17"), corpus("atu-fixture")]).expect("compile");
        assert_eq!(s.proposers, [Some("RCC".into()), Some("ATU".into())]);
        let provisions = s
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Provision)
            .count();
        assert_eq!(
            provisions,
            base.sections.iter().map(|x| x.clauses.len()).sum::<usize>()
        );
        // Recalling a): both update PP Res. 71 to Busan 2014, identically (RCC also relabels).
        let a = s
            .rows
            .iter()
            .find(|r| {
                r.base
                    .as_deref()
                    .is_some_and(|t| t.starts_with("بالقرار 71"))
            })
            .expect("a)");
        assert!(!a.conflict);
        let changes: Vec<Change> = a.cells.iter().flatten().map(|c| c.change).collect();
        assert_eq!(changes, [Change::Editorial, Change::Editorial]);
        // Recalling e): RCC suppresses PP Res. 172, ATU updates it: a conflict.
        let e = s
            .rows
            .iter()
            .find(|r| {
                r.base
                    .as_deref()
                    .is_some_and(|t| t.starts_with("بالقرار 172"))
            })
            .expect("e)");
        assert!(e.conflict);
        // ATU's new recalling i) is an added row in ATU's column only.
        let added = s
            .rows
            .iter()
            .find(|r| {
                r.kind == RowKind::Added
                    && r.cells[1]
                        .as_ref()
                        .is_some_and(|c| new_text(&c.inline).contains("A/RES/70/1"))
            })
            .expect("ATU's addition");
        assert!(added.cells[0].is_none());
        assert!(s.conflicts() >= 1);
        // RCC's new item '3' under resolves 9 shows in RCC's cell for 9, after its label.
        let nine = s
            .rows
            .iter()
            .find(|r| r.section == SectionKind::ResolvesToInvite && r.label.as_deref() == Some("9"))
            .expect("resolves 9");
        let rcc = nine.cells[0].as_ref().expect("RCC changes 9");
        assert!(
            rcc.inline
                .iter()
                .any(|r| r.op == crate::diff::Op::Insert && r.text == "'3' ")
        );
        assert!(nine.base.as_deref().is_some_and(|b| b.contains("\n'2' ")));
    }
}
