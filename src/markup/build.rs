//! Building a [`Proposal`] from a diff: the resolution heading as proposal 1, then sections and
//! their clauses, one proposal in all or one per changed top-level clause (see the module above
//! for the layout).

use super::units::{is_rules_section, unit_change};
use super::{
    MarkupError, MarkupOptions, Numbering, Paragraph, Proposal, ProposalMeta, Run, SectionEntry,
    Style,
};
use crate::diff::owners;
use crate::diff::{
    Change, ClauseChange, DocDiff, Op, SectionChange, Segment, TextId, as_written, new_text,
    old_text,
};
use crate::input::formula_venue_year;
use crate::model::provision::Owner;
use crate::model::{Language, conferences};

pub(super) fn equal(text: impl Into<String>) -> Run {
    Segment::new(Op::Equal, text)
}

pub(super) fn run(op: Op, text: impl Into<String>) -> Run {
    Segment::new(op, text)
}

/// Words of the apparatus in the text's language.
struct Words {
    resolution: &'static str,
    rev: &'static str,
    reasons: &'static str,
    draft_revision: &'static str,
}

fn words(lang: Language) -> Words {
    match lang {
        Language::Ar => Words {
            resolution: "القرار",
            rev: "المراجَع في",
            reasons: "الأسباب:",
            draft_revision: "مشروع مراجعة القرار",
        },
        _ => Words {
            resolution: "RESOLUTION",
            rev: "REV.",
            reasons: "Reasons:",
            draft_revision: "Draft revision of Resolution",
        },
    }
}

/// "DUBAI, 2014" / "دبي، 2014": a revision's venue and year as its heading writes them, from
/// its metadata, else from its formula ("The World Telecommunication Standardization Assembly
/// (Geneva, 2022)," names the assembly that adopts the revision).
fn venue_tag(text: &TextId, formula: Option<&str>) -> Option<String> {
    let (venue, year) = match text.venue.as_deref() {
        Some(v) => (v.to_string(), text.year_shown()),
        None => formula_venue_year(formula?)?,
    };
    if text.language == Language::Ar {
        let ar = conferences()
            .iter()
            .find(|c| c.venue_en.eq_ignore_ascii_case(&venue) && c.year == year)
            .map(|c| c.venue_ar.as_str())
            .filter(|v| !v.is_empty())
            .unwrap_or(&venue);
        Some(format!("{ar}، {year}"))
    } else {
        Some(format!("{}, {year}", venue.to_uppercase()))
    }
}

/// Builds the proposal that turns the diff's old text into its new one. The diff must be exact
/// (made with no normalisation).
pub fn build(
    diff: &DocDiff,
    meta: ProposalMeta,
    opts: &MarkupOptions,
) -> Result<Proposal, MarkupError> {
    let options = diff.options.normalisations();
    if !options.is_empty() {
        return Err(MarkupError::NotExact { options });
    }
    let (base, proposed) = (&diff.old, &diff.new);
    let w = words(base.language);
    let mut b = Builder {
        paragraphs: Vec::new(),
        number: 0,
        opts,
        meta: &meta,
        w: &w,
        pending_noc: false,
        section: None,
        per_provision: opts.numbering == Numbering::PerProvision,
        pending_reasons: None,
    };

    // Proposal 1: the resolution itself (its number, revision tag, title and formula).
    let heading_changes = diff
        .heading_lines()
        .map(|l| l.change)
        .max()
        .unwrap_or(Change::Noc);
    // Each side's formula, as the diff's runs give it back ("" for a side that has none).
    let formula = |side: fn(&[Segment]) -> String| {
        diff.formula
            .as_ref()
            .map(|f| side(&f.inline))
            .filter(|f| !f.is_empty())
    };
    let old_tag = venue_tag(base, formula(old_text).as_deref());
    let new_tag = venue_tag(proposed, formula(new_text).as_deref());
    let res_symbol = if diff.has_changes() {
        Change::Mod
    } else {
        heading_changes
    };
    b.provision(res_symbol, true);
    // A Recommendation is named as ITU names it: RECOMMENDATION ITU-T J.1108 (issue 24).
    let recommendation = base
        .number
        .as_ref()
        .and_then(|n| n.recommendation_name(base.body));
    let ar = base.language == Language::Ar;
    let (name, heading_name) = match &recommendation {
        Some(r) if ar => {
            let r = r.trim_start_matches("Recommendation ");
            (format!("التوصية {r}"), format!("مشروع مراجعة التوصية {r}"))
        }
        Some(r) => (r.to_uppercase(), format!("Draft revision of {r}")),
        None => (
            format!("{} {}", w.resolution, base.number_shown()),
            format!("{} {}", w.draft_revision, base.number_shown()),
        ),
    };
    let mut resno = vec![equal(name)];
    match (&old_tag, &new_tag) {
        (Some(o), Some(n)) if o != n && diff.has_changes() => {
            resno.push(equal(format!(" ({} ", w.rev)));
            resno.push(run(Op::Delete, o.clone()));
            resno.push(run(Op::Insert, n.clone()));
            resno.push(equal(")"));
        }
        (Some(o), _) => resno.push(equal(format!(" ({} {o})", w.rev))),
        _ => {}
    }
    b.push(Paragraph {
        text: resno,
        ..Paragraph::plain(Style::ResNo, "")
    });
    let title = match &diff.title {
        Some(t) => t.inline.clone(),
        None => vec![equal(base.title_shown())],
    };
    b.push(Paragraph {
        text: title,
        ..Paragraph::plain(Style::Restitle, "")
    });
    if let Some(l) = &diff.revision_line {
        b.push(Paragraph {
            text: l.inline.clone(),
            whole: l.change.whole(),
            ..Paragraph::plain(Style::Resref, "")
        });
    }
    if let Some(f) = &diff.formula {
        b.push(Paragraph {
            text: f.inline.clone(),
            whole: f.change.whole(),
            ..Paragraph::plain(Style::Normalaftertitle, "")
        });
    }
    if b.per_provision {
        b.reasons(res_symbol, 1);
    }

    let mut sections = Vec::new();
    for (i, s) in diff.sections.iter().enumerate() {
        sections.push(SectionEntry {
            heading: s
                .new_heading
                .clone()
                .or(s.old_heading.clone())
                .unwrap_or_default(),
            change: s.change,
        });
        b.section(i, s);
    }
    b.flush_reasons();
    if !b.per_provision {
        // One proposal: its Reasons close the whole revised text.
        b.section = None;
        b.reasons(res_symbol, 1);
    }
    let count = b.number;
    let (old_notes, new_notes) = (&diff.footnotes.old, &diff.footnotes.new);
    for number in opts.reasons.numbers() {
        if number == 0 || number > count {
            return Err(MarkupError::UnknownReason { number, count });
        }
    }

    let cover = super::cover::cover(&opts.cover, &meta, proposed);
    Ok(Proposal {
        language: base.language,
        numbering: opts.numbering,
        cover,
        heading: format!(
            "{heading_name}{}",
            old_tag
                .map(|t| format!(" ({} {t})", w.rev))
                .unwrap_or_default()
        ),
        base: base.address.clone(),
        proposed: proposed.address.clone(),
        summary: diff.summary,
        sections,
        paragraphs: b.paragraphs,
        footnotes: new_notes
            .iter()
            .chain(
                old_notes
                    .iter()
                    .filter(|f| !new_notes.iter().any(|p| p.mark == f.mark)),
            )
            .cloned()
            .collect(),
        meta,
    })
}

/// Joins neighbouring runs of the same kind.
fn merge(runs: &mut Vec<Run>) {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for r in runs.drain(..) {
        match out.last_mut() {
            Some(last) if last.op == r.op => last.text.push_str(&r.text),
            _ => out.push(r),
        }
    }
    *runs = out;
}

struct Builder<'a> {
    paragraphs: Vec<Paragraph>,
    number: usize,
    opts: &'a MarkupOptions,
    meta: &'a ProposalMeta,
    w: &'a Words,
    /// An "…" line is owed for unchanged provisions skipped so far.
    pending_noc: bool,
    /// The section being laid out; its paragraphs, symbol lines included, carry it.
    section: Option<usize>,
    /// Each changed provision is a proposal of its own, with symbol lines and Reasons.
    per_provision: bool,
    /// The Reasons owed to the provision laid out last, due once its unlabelled paragraphs
    /// (which are part of it) are out: its symbol and proposal number.
    pending_reasons: Option<(Change, usize)>,
}

impl Builder<'_> {
    fn push(&mut self, mut p: Paragraph) {
        p.section = p.section.or(self.section);
        // A paragraph that exists on one side only is one change as a whole: its runs all carry
        // that change, and runs of the other side (a clause moved then edited) have no place.
        if let Some(op) = p.whole {
            let other = if op == Op::Insert {
                Op::Delete
            } else {
                Op::Insert
            };
            for runs in [&mut p.label, &mut p.text] {
                runs.retain(|r| r.op != other);
                for r in runs.iter_mut() {
                    r.op = op;
                }
            }
        }
        merge(&mut p.label);
        merge(&mut p.text);
        self.paragraphs.push(p);
    }

    /// The symbol line of a provision; changed provisions take the next number.
    fn provision(&mut self, change: Change, numbered: bool) {
        let line = if numbered && change != Change::Noc {
            self.number += 1;
            format!("{}\t{}", change.symbol(), self.meta.id(self.number))
        } else {
            change.symbol().to_string()
        };
        self.push(Paragraph::plain(Style::Proposal, line));
    }

    fn reasons(&mut self, change: Change, number: usize) {
        if change == Change::Noc {
            return;
        }
        let text = self.opts.reasons.get(number).unwrap_or_default();
        let line = if text.is_empty() {
            self.w.reasons.to_string()
        } else {
            format!("{} {text}", self.w.reasons)
        };
        self.push(Paragraph::plain(Style::Reasons, line));
    }

    fn flush_noc(&mut self, section: usize) {
        if std::mem::take(&mut self.pending_noc) {
            self.push(Paragraph {
                section: Some(section),
                ..Paragraph::plain(Style::Ellipsis, "…")
            });
        }
    }

    fn flush_reasons(&mut self) {
        if let Some((change, number)) = self.pending_reasons.take() {
            self.reasons(change, number);
        }
    }

    fn section(&mut self, i: usize, s: &SectionChange) {
        self.flush_reasons();
        self.section = Some(i);
        let heading = match (&s.old_heading, &s.new_heading) {
            (Some(o), Some(n)) if o != n => vec![run(Op::Delete, o), run(Op::Insert, n)],
            (Some(o), None) => vec![run(Op::Delete, o)],
            (None, Some(n)) => vec![run(Op::Insert, n)],
            (o, n) => vec![equal(n.clone().or(o.clone()).unwrap_or_default())],
        };
        let heading_changed = self.per_provision
            && (matches!(s.change, Change::Add | Change::Sup)
                || s.old_heading != s.new_heading
                || s.old_kind.is_some());
        if heading_changed {
            self.flush_noc(i);
            let symbol = match s.change {
                Change::Add | Change::Sup => s.change,
                _ => Change::Mod,
            };
            self.provision(symbol, true);
        }
        self.push(Paragraph {
            section: Some(i),
            label: Vec::new(),
            text: heading,
            style: Style::Call,
            whole: s.change.whole(),
        });
        if heading_changed {
            let n = self.number;
            self.reasons(Change::Mod, n);
        }
        let top = owners(&s.clauses, 0);
        for (k, c) in s.clauses.iter().enumerate() {
            if !c.touched() && self.opts.collapse_noc {
                self.pending_noc = true;
                continue;
            }
            self.flush_reasons();
            self.flush_noc(i);
            if self.per_provision && !c.touched() {
                self.provision(c.change, true);
            }
            // Top-level paragraphs are each a provision, labelled or not.
            self.clause(i, c, 0, false, unit_change(&s.clauses, k, &top));
        }
        self.flush_reasons();
        self.flush_noc(i);
    }

    /// Lays out `c` and its items. A `member` is an unlabelled (or dashed) paragraph of the
    /// provision above or before it: it takes no number of its own, its change being counted in
    /// that provision's symbol. `unit`: the symbol of `c` with its members, for a provision.
    fn clause(
        &mut self,
        section: usize,
        c: &ClauseChange,
        depth: usize,
        member: bool,
        unit: Change,
    ) {
        if !member {
            self.flush_reasons();
        }
        let mut label = match (&c.old_label, &c.new_label) {
            (Some(o), Some(n)) if c.relabeled || o != n => {
                vec![run(Op::Delete, o), run(Op::Insert, n)]
            }
            (Some(o), None) if c.change.whole() != Some(Op::Delete) => vec![run(Op::Delete, o)],
            (None, Some(n)) if c.change.whole() != Some(Op::Insert) => vec![run(Op::Insert, n)],
            (o, n) => {
                let op = c.change.whole().unwrap_or(Op::Equal);
                n.clone()
                    .or(o.clone())
                    .map(|l| vec![run(op, l)])
                    .unwrap_or_default()
            }
        };
        if !label.is_empty() {
            let first = label[0].op;
            let op = if label.iter().all(|r| r.op == first) {
                first
            } else {
                Op::Equal
            };
            label.push(run(op, "\t"));
        }
        // Per provision, each changed provision at any depth takes its number and Reasons; an
        // unchanged parent above it is context, without a symbol. Its unlabelled paragraphs
        // come with it, so its Reasons wait for them.
        let numbered = self.per_provision && !member && unit != Change::Noc;
        if numbered {
            self.provision(unit, true);
        }
        let number = self.number;
        // A provision moved whole says where it went or came from, as the diff does.
        if matches!(c.change, Change::AddMoved | Change::SupMoved)
            && let Some(note) = c.move_note()
        {
            self.push(Paragraph {
                section: Some(section),
                ..Paragraph::plain(Style::MoveNote, note)
            });
        }
        let style = if depth == 0 && is_rules_section(c) {
            Style::Section
        } else {
            Style::for_depth(depth)
        };
        self.push(Paragraph {
            style,
            label,
            // A renumbered note mark is a tracked change on paper: rejecting it gives the base.
            text: as_written(&c.inline),
            section: Some(section),
            whole: c.change.whole(),
        });
        if numbered {
            self.pending_reasons = Some((unit, number));
        }
        let owners = owners(&c.children, depth + 1);
        for (k, child) in c.children.iter().enumerate() {
            let joins = owners[k] != Owner::Own;
            let unit = if joins {
                Change::Noc
            } else {
                unit_change(&c.children, k, &owners)
            };
            self.clause(section, child, depth + 1, member || joins, unit);
        }
    }
}
