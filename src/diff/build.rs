//! From an [`Alignment`] to the [`DocDiff`]: each row classified and diffed word by word.

use super::{Change, Op, Segment};
use super::{
    ClauseChange, DiffOptions, DocDiff, Footnotes, LineChange, NotePairing, SectionChange, Summary,
    TextId, classify, inline,
};
use rustc_hash::FxHashMap as HashMap;

use crate::align::{Alignment, At, ClauseAlign, Lone, SectionAlign, SectionSides};
use crate::model::{Clause, ClausePath, Document, SectionKind};

/// Builds the diff from an alignment (exposed for tools that align once and render often).
pub fn from_alignment(
    old: &Document,
    new: &Document,
    alignment: &Alignment<'_>,
    opts: &DiffOptions,
) -> DocDiff {
    let mut ctx = Ctx {
        old,
        new,
        opts,
        moves: HashMap::default(),
        notes: NotePairing::new(&old.footnotes, &new.footnotes, opts),
    };
    let sections: Vec<SectionChange> = alignment.sections.iter().map(|s| ctx.section(s)).collect();
    let mut summary = Summary::default();
    fn count(cs: &[ClauseChange], summary: &mut Summary) {
        for c in cs {
            summary.add(c.change);
            count(&c.children, summary);
        }
    }
    for s in &sections {
        count(&s.clauses, &mut summary);
    }
    let formula = either_line(old.formula.as_deref(), new.formula.as_deref(), opts);
    let revision_line = either_line(
        old.revision_line.as_deref(),
        new.revision_line.as_deref(),
        opts,
    );
    let (old_title, new_title) = (
        crate::model::unknown::title(old.resolution.title.as_deref()),
        crate::model::unknown::title(new.resolution.title.as_deref()),
    );
    DocDiff {
        old: TextId::of(old),
        new: TextId::of(new),
        options: *opts,
        formula,
        revision_line,
        title: (old_title != new_title).then(|| line(old_title, new_title, opts)),
        footnotes: Footnotes {
            old: old.footnotes.clone(),
            new: new.footnotes.clone(),
        },
        summary,
        sections,
    }
}

/// A line either side may have (the formula, the revision line): ADD or SUP where one side
/// has none.
fn either_line(old: Option<&str>, new: Option<&str>, opts: &DiffOptions) -> Option<LineChange> {
    match (old, new) {
        (None, None) => None,
        (Some(o), None) => Some(LineChange {
            change: Change::Sup,
            inline: whole(Op::Delete, o),
        }),
        (None, Some(n)) => Some(LineChange {
            change: Change::Add,
            inline: whole(Op::Insert, n),
        }),
        (Some(o), Some(n)) => Some(line(o, n, opts)),
    }
}

/// A line on both sides, diffed and classified as a clause's text is.
fn line(old: &str, new: &str, opts: &DiffOptions) -> LineChange {
    let inline = inline::diff_text(old, new, opts);
    let change = classify::classify_text(old, new, &inline, false, opts.ignore_labels, None);
    LineChange { change, inline }
}

struct Ctx<'d> {
    old: &'d Document,
    new: &'d Document,
    opts: &'d DiffOptions,
    /// The `move_id` of each move met so far, by the old place of the clause that moved: its
    /// SUP* and ADD* rows both know that place.
    moves: HashMap<ClausePath, usize>,
    /// The footnotes paired by their words: a mark renumbered with its note is no change.
    notes: NotePairing,
}

fn whole(op: Op, text: &str) -> Vec<Segment> {
    vec![Segment::new(op, text.to_string())]
}

/// The label as written (kept whole, so that a changeset gives it back exactly).
fn label(c: &Clause) -> Option<String> {
    let l = c.label.written();
    (!l.trim().is_empty()).then(|| l.to_string())
}

/// A row's fields before its class is known.
fn row(old: Option<&At<'_>>, new: Option<&At<'_>>, similarity: Option<f32>) -> ClauseChange {
    ClauseChange {
        change: Change::Noc,
        old_label: old.and_then(|a| label(a.clause)),
        new_label: new.and_then(|a| label(a.clause)),
        old_index: old.map(|a| a.path.index() + 1),
        new_index: new.map(|a| a.path.index() + 1),
        relabeled: false,
        moved: false,
        moved_from: None,
        moved_to: None,
        old_section: None,
        move_id: None,
        similarity,
        inline: Vec::new(),
        children: Vec::new(),
    }
}

/// A clause on one side only and everything below it: all ADD, or all SUP.
fn lone(l: &Lone<'_>, change: Change) -> ClauseChange {
    let (old, new, op) = match change.whole() {
        Some(Op::Delete) => (Some(&l.at), None, Op::Delete),
        _ => (None, Some(&l.at), Op::Insert),
    };
    ClauseChange {
        change,
        inline: whole(op, &l.at.clause.text),
        children: l.children.iter().map(|c| lone(c, change)).collect(),
        ..row(old, new, None)
    }
}

impl Ctx<'_> {
    fn section(&mut self, s: &SectionAlign<'_>) -> SectionChange {
        let clauses: Vec<ClauseChange> = s.clauses.iter().map(|c| self.clause(c)).collect();
        let (old, new) = (s.old_side(), s.new_side());
        let (old_heading, new_heading) = (
            old.map(|x| x.section.heading.clone()),
            new.map(|x| x.section.heading.clone()),
        );
        let (kind, change, old_kind) = match s.sides {
            SectionSides::Added(n) => (n.section.kind, Change::Add, None),
            SectionSides::Removed(o) => (o.section.kind, Change::Sup, None),
            SectionSides::Both { old, new } => {
                let (a, b) = (old.section.kind, new.section.kind);
                let change = if a != b
                    || !same_heading(&old.section.heading, &new.section.heading, self.opts)
                {
                    Change::Mod
                } else {
                    rollup(&clauses, Change::Noc)
                };
                (b, change, (a != b).then_some(a))
            }
        };
        SectionChange {
            kind,
            change,
            old_kind,
            old_heading,
            new_heading,
            old_index: old.map(|x| x.index + 1),
            new_index: new.map(|x| x.index + 1),
            clauses,
        }
    }

    fn kind_of(&self, doc_is_old: bool, section: usize) -> Option<SectionKind> {
        let doc = if doc_is_old { self.old } else { self.new };
        doc.sections.get(section).map(|s| s.kind)
    }

    /// The id linking the two rows of the move of the clause that stood at `old`.
    fn move_id(&mut self, old: &ClausePath) -> usize {
        let next = self.moves.len() + 1;
        *self.moves.entry(old.clone()).or_insert(next)
    }

    fn clause(&mut self, a: &ClauseAlign<'_>) -> ClauseChange {
        match a {
            ClauseAlign::Added(l) => lone(l, Change::Add),
            ClauseAlign::Removed(l) => lone(l, Change::Sup),
            ClauseAlign::MovedOut { old, new, score } => {
                let (from, to) = (old.path.section(), new.path.section());
                ClauseChange {
                    change: Change::SupMoved,
                    moved: true,
                    moved_to: Some(to)
                        .filter(|&s| self.kind_of(false, s) != self.kind_of(true, from))
                        .and_then(|s| self.kind_of(false, s)),
                    move_id: Some(self.move_id(&old.path)),
                    inline: whole(Op::Delete, &old.clause.text),
                    ..row(Some(old), Some(new), Some(score.similarity))
                }
            }
            ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => {
                let moved = matches!(a, ClauseAlign::MovedIn(_));
                let move_id = moved.then(|| self.move_id(&p.old.path));
                let children: Vec<ClauseChange> =
                    p.children.iter().map(|c| self.clause(c)).collect();
                let (o, n) = (p.old.clause, p.new.clause);
                let (from, to) = (p.old.path.section(), p.new.path.section());
                let (inline, old_text) = self.notes.runs(&o.text, &n.text, self.opts);
                let relabeled = o.label.norm() != n.label.norm();
                let own = classify::classify_text(
                    &old_text,
                    &n.text,
                    &inline,
                    relabeled,
                    self.opts.ignore_labels,
                    Some(p.score.basis),
                );
                ClauseChange {
                    // A provision is counted for its own text: an unchanged parent of a changed
                    // item is NOC (the item carries the change).
                    change: if moved { Change::AddMoved } else { own },
                    relabeled,
                    moved,
                    old_section: moved.then_some(from + 1),
                    moved_from: Some(from)
                        .filter(|_| moved)
                        .filter(|&s| self.kind_of(true, s) != self.kind_of(false, to))
                        .and_then(|s| self.kind_of(true, s)),
                    move_id,
                    inline,
                    children,
                    ..row(Some(&p.old), Some(&p.new), Some(p.score.similarity))
                }
            }
        }
    }
}

/// Whether two headings read the same under the user's normalisations, as clause texts are
/// compared: with `-n`, a heading that gained tanween is the heading it was.
fn same_heading(old: &str, new: &str, opts: &DiffOptions) -> bool {
    old == new
        || (opts.normalises_words()
            && inline::diff_text(old, new, opts)
                .iter()
                .all(|s| s.op == Op::Equal))
}

/// A section's class given its clauses' (each with its items).
fn rollup(clauses: &[ClauseChange], own: Change) -> Change {
    clauses
        .iter()
        .map(|c| c.with_items().to_parent())
        .fold(own, Change::max)
}
