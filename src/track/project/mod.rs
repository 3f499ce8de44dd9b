//! Change projection for translators: the source-language change OLD → NEW carried onto the
//! target language's OLD text, giving the NEW text's skeleton in the target language.
//!
//! Source OLD and NEW are aligned as a diff aligns them ([`crate::align`]); each source clause
//! is tied to its target counterpart by the parallel check's correspondence
//! ([`crate::track::parallel::correspond`]). A NEW clause whose source text is unchanged is
//! `carried` (its target OLD text is kept), a changed one is `translate` (with the source diff and
//! the target OLD text to start from), one with no OLD clause is `new`; OLD clauses NEW drops are
//! `suppressed`. Given the target NEW text, target clauses that changed although their source
//! did not are translation **drift**, sorted by what changed.

mod drift;
mod inputs;

use serde::Serialize;

use crate::align::{At, ClauseAlign, Lone, Paired, align};
use crate::diff::{DiffOptions, Segment, inline::diff_text};
use crate::model::{Clause, ClausePath, Document, Language};
use crate::track::parallel::{Correspondence, correspond, place};
pub use drift::{Drift, DriftKind, classify};
pub use inputs::{InputsError, check};

/// What the translator does with a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The source did not change: the target's old text stands.
    Carried,
    /// The source changed: retranslate, starting from the old target text.
    Translate,
    /// The source clause is new: translate from scratch.
    New,
    /// A clause of OLD that NEW drops.
    Suppressed,
}

impl Status {
    /// The name the reports and the JSON use.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Carried => "carried",
            Status::Translate => "translate",
            Status::New => "new",
            Status::Suppressed => "suppressed",
        }
    }
}

/// One clause of the skeleton (or, `suppressed`, of OLD).
#[derive(Debug, Clone, Serialize)]
pub struct ProjectedClause {
    /// What to do with it.
    pub status: Status,
    /// The section kind.
    pub section: String,
    /// 1-based section position in NEW (in OLD for suppressed clauses).
    pub section_index: usize,
    /// Depth in the tree: 0 for a top-level clause.
    pub depth: usize,
    /// The clause's place in the source text (NEW; OLD for suppressed).
    pub label: String,
    /// The target text: carried over, or (translate, suppressed) the OLD target text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The source text (NEW; OLD for suppressed).
    pub source: String,
    /// Translate: the source change, word by word.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub source_diff: Vec<Segment>,
}

/// The skeleton, the dropped clauses and the drift.
#[derive(Debug, Clone, Serialize)]
pub struct Projection {
    /// The source text's old revision (address).
    pub source_old: String,
    /// The source text's new revision.
    pub source_new: String,
    /// The target language's old revision.
    pub target_old: String,
    /// The target language's new revision, when given (drift is read from it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_new: Option<String>,
    /// The target language.
    pub target_language: Language,
    /// NEW's clauses in order at every depth, then OLD's suppressed clauses.
    pub clauses: Vec<ProjectedClause>,
    /// Target clauses that changed although their source did not.
    pub drift: Vec<Drift>,
}

struct Ctx<'a> {
    source_old: &'a Document,
    source_new: &'a Document,
    target_old: &'a Document,
    old_corr: Correspondence,
    new_corr: Option<(&'a Document, Correspondence)>,
    out: Vec<ProjectedClause>,
    suppressed: Vec<ProjectedClause>,
    drift: Vec<Drift>,
}

/// Projects the source change onto the target language. The texts are taken as given: [`check`]
/// first that they belong together.
pub fn project(
    source_old: &Document,
    source_new: &Document,
    target_old: &Document,
    target_new: Option<&Document>,
) -> Projection {
    let alignment = align(source_old, source_new);
    let mut cx = Ctx {
        source_old,
        source_new,
        target_old,
        old_corr: correspond(source_old, target_old),
        new_corr: target_new.map(|t| (t, correspond(source_new, t))),
        out: Vec::new(),
        suppressed: Vec::new(),
        drift: Vec::new(),
    };
    for s in &alignment.sections {
        rows(&mut cx, &s.clauses);
    }
    let mut clauses = cx.out;
    clauses.extend(cx.suppressed);
    Projection {
        source_old: source_old.address(),
        source_new: source_new.address(),
        target_old: target_old.address(),
        target_new: target_new.map(Document::address),
        target_language: target_old.language,
        clauses,
        drift: cx.drift,
    }
}

fn rows(cx: &mut Ctx, rows: &[ClauseAlign]) {
    for row in rows {
        match row {
            ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) => paired(cx, p),
            ClauseAlign::Added(l) => added(cx, l),
            ClauseAlign::Removed(l) => suppressed(cx, l),
            // The clause's MovedIn row, where it went, carries it.
            ClauseAlign::MovedOut { .. } => {}
        }
    }
}

impl Ctx<'_> {
    /// The target OLD clause paired with the source OLD clause at `path`.
    fn target_old_of(&self, path: &ClausePath) -> Option<&Clause> {
        self.old_corr
            .other_of(path)
            .and_then(|t| self.target_old.clause(t))
    }

    fn row(&self, status: Status, doc: &Document, at: &At) -> ProjectedClause {
        ProjectedClause {
            status,
            section: doc
                .sections
                .get(at.path.section())
                .map_or(String::new(), |s| s.kind.as_str().to_string()),
            section_index: at.path.section() + 1,
            depth: at.path.depth(),
            label: place(doc, &at.path),
            target: None,
            source: at.clause.text.clone(),
            source_diff: Vec::new(),
        }
    }
}

fn paired(cx: &mut Ctx, p: &Paired) {
    let (old, new) = (&p.old, &p.new);
    let target_old = cx.target_old_of(&old.path);
    let unchanged = old.clause.text == new.clause.text;
    let status = match target_old {
        Some(_) if unchanged => Status::Carried,
        _ => Status::Translate,
    };
    let mut row = cx.row(status, cx.source_new, new);
    row.target = target_old.map(|t| t.text.clone());
    if status == Status::Translate {
        row.source_diff = diff_text(&old.clause.text, &new.clause.text, &DiffOptions::default());
    }
    if unchanged
        && let (Some(t_old), Some((t_new_doc, corr))) = (target_old, &cx.new_corr)
        && let Some(t_new) = corr.other_of(&new.path).and_then(|t| t_new_doc.clause(t))
    {
        // A label the source renumbered is renumbered in the target too: not drift.
        let relabelled = old.clause.label.written() != new.clause.label.written();
        if let Some(kind) = classify(t_old, t_new, relabelled) {
            cx.drift.push(Drift {
                kind,
                section_index: row.section_index,
                label: row.label.clone(),
                old: t_old.text.clone(),
                new: t_new.text.clone(),
            });
        }
    }
    cx.out.push(row);
    rows(cx, &p.children);
}

fn added(cx: &mut Ctx, l: &Lone) {
    let row = cx.row(Status::New, cx.source_new, &l.at);
    cx.out.push(row);
    for c in &l.children {
        added(cx, c);
    }
}

fn suppressed(cx: &mut Ctx, l: &Lone) {
    let mut row = cx.row(Status::Suppressed, cx.source_old, &l.at);
    row.target = cx.target_old_of(&l.at.path).map(|t| t.text.clone());
    cx.suppressed.push(row);
    for c in &l.children {
        suppressed(cx, c);
    }
}
