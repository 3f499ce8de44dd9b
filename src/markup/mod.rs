//! Amendment markup: from a [`DocDiff`] to the proposal a delegation submits, as a list of
//! paragraphs of marked runs that every proposal renderer (HTML, DOCX, Markdown) draws alike.
//!
//! The layout follows ITU's guidelines for proposals (`../shared/README.md`): the resolution
//! heading is proposal 1 ("MOD RCC/23A1/1", then "RESOLUTION 30 (REV. ~~DUBAI, 2014~~ BUENOS
//! AIRES, 2017)", the title and the formula); then each top-level clause is one provision with
//! its symbol and, when it changes, the next proposal number and a "Reasons:" line. Inserted text
//! is [`Op::Insert`], deleted text [`Op::Delete`]; a relabelled clause shows its old label
//! deleted and its new one inserted, as in the seed. Children travel inside their parent's
//! provision. Accepting every insertion and rejecting every deletion gives the proposal's text;
//! the reverse gives the base's: [`Paragraph::accepted`] and [`Paragraph::rejected`] say so
//! for one paragraph, and the DOCX test checks it with LibreOffice.
//!
//! The markup is always built from an exact diff ([`DiffOptions::default`]): a normalised diff
//! could not give back either text.

mod reasons;

use crate::diff::{Change, ClauseChange, DocDiff, Op, SectionChange, Segment};
use crate::model::{Document, Language, conferences};

pub use reasons::{Reasons, ReasonsError};

/// Who proposes, in which document: the parts of a proposal id `RCC/23A1/5`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalMeta {
    /// `RCC`, `APT`, `CEPT`, ... also the author of the DOCX revisions.
    pub proposer: String,
    /// The conference document number (`23` of WTDC-17/23).
    pub doc: u32,
    /// The annex or addendum (`1` of 23A1), if any.
    pub annex: Option<u32>,
    /// ISO date stamped on tracked changes.
    pub date: String,
}

/// How to lay the proposal out.
#[derive(Debug, Clone, Default)]
pub struct MarkupOptions {
    /// Replace each run of unchanged provisions by one "…" line.
    pub collapse_noc: bool,
    /// Reasons per proposal number.
    pub reasons: Reasons,
}

/// ITU paragraph styles (the names of ITU's Word template, so that a DOCX opens styled).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// "MOD RCC/23A1/1": the symbol and id above a provision.
    Proposal,
    /// "RESOLUTION 30 (REV. DUBAI, 2014)"
    ResNo,
    /// The resolution's title.
    Restitle,
    /// The formula after the title.
    Normalaftertitle,
    /// A section heading: *recalling*, *resolves*.
    Call,
    /// A top-level clause.
    Normal,
    /// Items nested one level (enumlev1) or deeper (enumlev2).
    Enumlev1,
    Enumlev2,
    /// "Reasons: ..."
    Reasons,
    /// "…" standing for unchanged provisions.
    Ellipsis,
}

impl Style {
    /// The style id in ITU's template.
    pub fn name(self) -> &'static str {
        match self {
            Style::Proposal => "Proposal",
            Style::ResNo => "ResNo",
            Style::Restitle => "Restitle",
            Style::Normalaftertitle => "Normalaftertitle",
            Style::Call => "Call",
            Style::Normal => "Normal",
            Style::Enumlev1 => "enumlev1",
            Style::Enumlev2 => "enumlev2",
            Style::Reasons => "Reasons",
            Style::Ellipsis => "Normal",
        }
    }

    /// Whether the paragraph is part of the resolution's text rather than the proposal's
    /// apparatus (symbols, ids, reasons, "…").
    pub fn is_text(self) -> bool {
        !matches!(self, Style::Proposal | Style::Reasons | Style::Ellipsis)
    }
}

/// A run of text and what the proposal does to it.
pub type Run = Segment;

/// One paragraph: a label (possibly empty) and the text after it, both as marked runs. A label
/// ends with a tab run, marked like the label when the whole label is inserted or deleted: the
/// tab is what a word processor tracks between label and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub style: Style,
    pub label: Vec<Run>,
    pub text: Vec<Run>,
    /// The section this paragraph belongs to (0-based, in new-document order), for navigation.
    pub section: Option<usize>,
    /// The paragraph exists only in the proposal (ADD) or only in the base (SUP).
    pub whole: Option<Op>,
}

impl Paragraph {
    fn plain(style: Style, text: impl Into<String>) -> Paragraph {
        Paragraph {
            style,
            label: Vec::new(),
            text: vec![equal(text)],
            section: None,
            whole: None,
        }
    }

    fn keep(runs: &[Run], drop: Op) -> String {
        runs.iter()
            .filter(|r| r.op != drop)
            .map(|r| r.text.as_str())
            .collect()
    }

    /// Label and text once every change is accepted.
    pub fn accepted(&self) -> Option<String> {
        (self.whole != Some(Op::Delete)).then(|| self.joined(Op::Delete))
    }

    /// Label and text once every change is rejected.
    pub fn rejected(&self) -> Option<String> {
        (self.whole != Some(Op::Insert)).then(|| self.joined(Op::Insert))
    }

    fn joined(&self, drop: Op) -> String {
        Self::keep(&self.label, drop) + &Self::keep(&self.text, drop)
    }

    /// The marked runs in reading order, label first.
    pub fn runs(&self) -> impl Iterator<Item = &Run> {
        self.label.iter().chain(&self.text)
    }
}

/// One section of the proposal, for the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionEntry {
    pub heading: String,
    pub change: Change,
}

/// The proposal document.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub language: Language,
    pub meta: ProposalMeta,
    /// Addresses of the base and the proposal texts.
    pub base: String,
    pub proposed: String,
    /// "Draft revision of Resolution 30 (Rev. Dubai, 2014)" in the text's language.
    pub heading: String,
    /// Counts of provisions (clauses at every depth) per symbol, in ITU's order (ADD, SUP,
    /// MOD, (MOD), NOC, ADD*, SUP*).
    pub summary: Vec<(&'static str, usize)>,
    pub sections: Vec<SectionEntry>,
    pub paragraphs: Vec<Paragraph>,
}

/// Tracked changes a word processor shows: each maximal run of inserted or of deleted text
/// within one paragraph counts once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrackedCount {
    pub insertions: usize,
    pub deletions: usize,
}

impl Proposal {
    /// The proposal's text paragraphs with every change accepted.
    pub fn accepted_text(&self) -> Vec<String> {
        self.text_paragraphs()
            .filter_map(Paragraph::accepted)
            .collect()
    }

    /// The base's text paragraphs (every change rejected).
    pub fn rejected_text(&self) -> Vec<String> {
        self.text_paragraphs()
            .filter_map(Paragraph::rejected)
            .collect()
    }

    fn text_paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| p.style.is_text())
    }

    /// How many insertions and deletions a word processor will list. A paragraph inserted or
    /// deleted whole has its paragraph break tracked too, so consecutive paragraphs inserted
    /// whole (an ADD clause and its ADD items) are one insertion; LibreOffice counts them that
    /// way (`tests/markup_docx.rs`). Word-level changes never run on into the next paragraph:
    /// the DOCX stamps them apart from whole-paragraph changes (see `render::proposal_docx`).
    pub fn tracked(&self) -> TrackedCount {
        let mut n = TrackedCount::default();
        let mut prev: Option<&Paragraph> = None;
        for p in &self.paragraphs {
            let runs = p.runs().filter(|r| !r.text.is_empty());
            let joined = p.whole.is_some() && prev.and_then(|q| q.whole) == p.whole;
            let prev_end = p.whole.unwrap_or(Op::Equal);
            let mut last = if joined { prev_end } else { Op::Equal };
            for r in runs {
                if r.op != last {
                    match r.op {
                        Op::Insert => n.insertions += 1,
                        Op::Delete => n.deletions += 1,
                        Op::Equal => {}
                    }
                }
                last = r.op;
            }
            prev = Some(p);
        }
        n
    }

    /// `RCC/23A1/5`
    pub fn id(&self, number: usize) -> String {
        self.meta.id(number)
    }
}

impl ProposalMeta {
    /// `RCC/23A1/5`, or `RCC/23/5` without an annex.
    pub fn id(&self, number: usize) -> String {
        format!("{}/{number}", self.group())
    }

    /// `RCC/23A1`: the proposer and document every id of the proposal shares.
    pub fn group(&self) -> String {
        match self.annex {
            Some(a) => format!("{}/{}A{a}", self.proposer, self.doc),
            None => format!("{}/{}", self.proposer, self.doc),
        }
    }
}

/// Why no proposal can be written.
#[derive(Debug, thiserror::Error)]
pub enum MarkupError {
    #[error("the reasons file names proposal {number}, but the proposal has {count} proposals")]
    UnknownReason { number: usize, count: usize },
}

fn equal(text: impl Into<String>) -> Run {
    Run {
        op: Op::Equal,
        text: text.into(),
    }
}

fn run(op: Op, text: impl Into<String>) -> Run {
    Run {
        op,
        text: text.into(),
    }
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

/// "Dubai, 2014" / "دبي، 2014": a revision's venue and year as its citations write them.
fn venue_tag(doc: &Document) -> Option<String> {
    let venue = doc.revision.venue.as_deref()?;
    let year = doc.revision.year;
    if doc.language == Language::Ar {
        let ar = conferences()
            .iter()
            .find(|c| c.venue_en.eq_ignore_ascii_case(venue) && c.year == year)
            .map(|c| c.venue_ar.as_str())
            .filter(|v| !v.is_empty())
            .unwrap_or(venue);
        Some(format!("{ar}، {year}"))
    } else {
        Some(format!("{}, {year}", venue.to_uppercase()))
    }
}

/// Builds the proposal that turns `base` into `proposed`, from their exact diff.
pub fn build(
    base: &Document,
    proposed: &Document,
    diff: &DocDiff,
    meta: ProposalMeta,
    opts: &MarkupOptions,
) -> Result<Proposal, MarkupError> {
    let w = words(base.language);
    let mut b = Builder {
        paragraphs: Vec::new(),
        number: 0,
        opts,
        meta: &meta,
        w: &w,
        pending_noc: false,
        section: None,
    };

    // Proposal 1: the resolution itself (its number, revision tag, title and formula).
    let heading_changes = diff
        .formula
        .as_ref()
        .map(|f| f.change)
        .unwrap_or(Change::Noc);
    let old_tag = venue_tag(base);
    let new_tag = venue_tag(proposed);
    let res_symbol = if diff.has_changes() {
        Change::Mod
    } else {
        heading_changes
    };
    b.provision(res_symbol, true);
    let mut resno = vec![equal(format!(
        "{} {}",
        w.resolution, base.resolution.number
    ))];
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
    let title = if base.resolution.title == proposed.resolution.title {
        vec![equal(&base.resolution.title)]
    } else {
        crate::diff::inline::diff_text(
            &base.resolution.title,
            &proposed.resolution.title,
            &Default::default(),
        )
    };
    b.push(Paragraph {
        text: title,
        ..Paragraph::plain(Style::Restitle, "")
    });
    if let Some(f) = &diff.formula {
        b.push(Paragraph {
            text: f.inline.clone(),
            whole: whole_of(f.change),
            ..Paragraph::plain(Style::Normalaftertitle, "")
        });
    }
    b.reasons(res_symbol, 1);

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
    let count = b.number;
    for number in opts.reasons.numbers() {
        if number == 0 || number > count {
            return Err(MarkupError::UnknownReason { number, count });
        }
    }

    Ok(Proposal {
        language: base.language,
        heading: format!(
            "{} {}{}",
            w.draft_revision,
            base.resolution.number,
            old_tag
                .map(|t| format!(" ({} {t})", w.rev))
                .unwrap_or_default()
        ),
        base: diff.old.address.clone(),
        proposed: diff.new.address.clone(),
        summary: Change::ALL
            .iter()
            .map(|c| {
                (
                    c.symbol(),
                    diff.summary.get(c.symbol()).copied().unwrap_or(0),
                )
            })
            .collect(),
        sections,
        paragraphs: b.paragraphs,
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

fn whole_of(change: Change) -> Option<Op> {
    match change {
        Change::Add | Change::AddMoved => Some(Op::Insert),
        Change::Sup | Change::SupMoved => Some(Op::Delete),
        _ => None,
    }
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

    fn section(&mut self, i: usize, s: &SectionChange) {
        self.section = Some(i);
        let heading = match (&s.old_heading, &s.new_heading) {
            (Some(o), Some(n)) if o != n => vec![run(Op::Delete, o), run(Op::Insert, n)],
            (Some(o), None) => vec![run(Op::Delete, o)],
            (None, Some(n)) => vec![run(Op::Insert, n)],
            (o, n) => vec![equal(n.clone().or(o.clone()).unwrap_or_default())],
        };
        let heading_changed = matches!(s.change, Change::Add | Change::Sup)
            || s.old_heading != s.new_heading
            || s.old_kind.is_some();
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
            whole: whole_of(s.change),
        });
        if heading_changed {
            let n = self.number;
            self.reasons(Change::Mod, n);
        }
        for c in &s.clauses {
            if c.change == Change::Noc && self.opts.collapse_noc {
                self.pending_noc = true;
                continue;
            }
            self.flush_noc(i);
            self.provision(c.change, true);
            let number = self.number;
            self.clause(i, c, 0);
            self.reasons(c.change, number);
        }
        self.flush_noc(i);
    }

    fn clause(&mut self, section: usize, c: &ClauseChange, depth: usize) {
        let mut label = match (&c.old_label, &c.new_label) {
            (Some(o), Some(n)) if c.relabeled || o != n => {
                vec![run(Op::Delete, o), run(Op::Insert, n)]
            }
            (Some(o), None) if c.change != Change::Sup && c.change != Change::SupMoved => {
                vec![run(Op::Delete, o)]
            }
            (None, Some(n)) if c.change != Change::Add && c.change != Change::AddMoved => {
                vec![run(Op::Insert, n)]
            }
            (o, n) => {
                let op = match whole_of(c.change) {
                    Some(op) => op,
                    None => Op::Equal,
                };
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
        let style = match depth {
            0 => Style::Normal,
            1 => Style::Enumlev1,
            _ => Style::Enumlev2,
        };
        self.push(Paragraph {
            style,
            label,
            text: c.inline.clone(),
            section: Some(section),
            whole: whole_of(c.change),
        });
        for child in &c.children {
            self.clause(section, child, depth + 1);
        }
    }
}

#[cfg(test)]
mod tests;
