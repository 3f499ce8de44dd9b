//! From an [`Alignment`] to the [`DocDiff`]: each row classified and diffed word by word.

use super::{Change, Op, Segment};
use super::{
    ClauseChange, DiffOptions, DocDiff, Footnotes, LineChange, SectionChange, Summary, TextId,
    classify, inline,
};
use crate::align::{Alignment, ClauseAlign, Relation, SectionAlign};
use crate::model::{Clause, Document, SectionKind};

/// Builds the diff from an alignment (exposed for tools that align once and render often).
pub fn from_alignment(
    old: &Document,
    new: &Document,
    alignment: &Alignment<'_>,
    opts: &DiffOptions,
) -> DocDiff {
    let ctx = Ctx { old, new, opts };
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
    let formula = match (&old.formula, &new.formula) {
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
    };
    let (old_title, new_title) = (&old.resolution.title, &new.resolution.title);
    DocDiff {
        old: TextId::of(old),
        new: TextId::of(new),
        options: *opts,
        formula,
        title: (old_title != new_title).then(|| line(old_title, new_title, opts)),
        footnotes: Footnotes {
            old: old.footnotes.clone(),
            new: new.footnotes.clone(),
        },
        summary,
        sections,
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
}

fn whole(op: Op, text: &str) -> Vec<Segment> {
    vec![Segment {
        op,
        text: text.to_string(),
    }]
}

/// The label as written (kept whole, so that a changeset gives it back exactly).
fn label(c: &Clause) -> Option<String> {
    let l = &c.label.written;
    (!l.trim().is_empty()).then(|| l.clone())
}

impl Ctx<'_> {
    fn section(&self, s: &SectionAlign<'_>) -> SectionChange {
        let clauses: Vec<ClauseChange> = s.clauses.iter().map(|c| self.clause(c)).collect();
        let (old_kind, new_kind) = (s.old.map(|(x, _)| x.kind), s.new.map(|(x, _)| x.kind));
        let (old_heading, new_heading) = (
            s.old.map(|(x, _)| x.heading.clone()),
            s.new.map(|(x, _)| x.heading.clone()),
        );
        let change = match (old_kind, new_kind) {
            (None, _) => Change::Add,
            (_, None) => Change::Sup,
            (Some(a), Some(b)) if a != b => Change::Mod,
            _ if old_heading != new_heading => Change::Mod,
            _ => rollup(&clauses, Change::Noc),
        };
        SectionChange {
            kind: new_kind.or(old_kind).unwrap_or(SectionKind::Resolves),
            change,
            old_kind: old_kind.filter(|k| Some(*k) != new_kind && new_kind.is_some()),
            old_heading,
            new_heading,
            old_index: s.old.map(|(_, i)| i + 1),
            new_index: s.new.map(|(_, i)| i + 1),
            clauses,
        }
    }

    fn kind_of(&self, doc_is_old: bool, section: usize) -> Option<SectionKind> {
        let doc = if doc_is_old { self.old } else { self.new };
        doc.sections.get(section).map(|s| s.kind)
    }

    fn clause(&self, a: &ClauseAlign<'_>) -> ClauseChange {
        let children: Vec<ClauseChange> = a.children.iter().map(|c| self.clause(c)).collect();
        let (old, new) = (a.old, a.new);
        let base = ClauseChange {
            change: Change::Noc,
            old_label: old.and_then(|(c, _)| label(c)),
            new_label: new.and_then(|(c, _)| label(c)),
            old_index: old.map(|(_, l)| l.index + 1),
            new_index: new.map(|(_, l)| l.index + 1),
            relabeled: false,
            moved: false,
            moved_from: None,
            moved_to: None,
            old_section: None,
            similarity: a.similarity,
            inline: Vec::new(),
            children: Vec::new(),
        };
        match (a.relation, old, new) {
            (Relation::Added, _, Some((n, _))) => ClauseChange {
                change: Change::Add,
                inline: whole(Op::Insert, &n.text),
                children,
                ..base
            },
            (Relation::Suppressed, Some((o, _)), _) => ClauseChange {
                change: Change::Sup,
                inline: whole(Op::Delete, &o.text),
                children,
                ..base
            },
            (Relation::MovedOut, Some((o, ol)), Some((_, nl))) => ClauseChange {
                change: Change::SupMoved,
                moved: true,
                moved_to: Some(nl.section)
                    .filter(|&s| self.kind_of(false, s) != self.kind_of(true, ol.section))
                    .and_then(|s| self.kind_of(false, s)),
                inline: whole(Op::Delete, &o.text),
                ..base
            },
            (relation, Some((o, ol)), Some((n, nl))) => {
                let inline = inline::diff_text(&o.text, &n.text, self.opts);
                let relabeled = o.label.norm != n.label.norm;
                let own = classify::classify_text(
                    &o.text,
                    &n.text,
                    &inline,
                    relabeled,
                    self.opts.ignore_labels,
                    a.basis,
                );
                let moved = relation == Relation::MovedIn;
                ClauseChange {
                    change: if moved {
                        Change::AddMoved
                    } else {
                        rollup(&children, own)
                    },
                    relabeled,
                    moved,
                    old_section: moved.then_some(ol.section + 1),
                    moved_from: Some(ol.section)
                        .filter(|_| moved)
                        .filter(|&s| self.kind_of(true, s) != self.kind_of(false, nl.section))
                        .and_then(|s| self.kind_of(true, s)),
                    inline,
                    children,
                    ..base
                }
            }
            // Alignment never yields a row without the side its relation needs.
            _ => base,
        }
    }
}

/// A parent's class given its own and its children's: any substantive child change makes a MOD,
/// editorial child changes at least a (MOD).
fn rollup(children: &[ClauseChange], own: Change) -> Change {
    let worst = children
        .iter()
        .map(|c| match c.change {
            Change::Noc => Change::Noc,
            Change::Editorial => Change::Editorial,
            _ => Change::Mod,
        })
        .max()
        .unwrap_or(Change::Noc);
    own.max(worst)
}
