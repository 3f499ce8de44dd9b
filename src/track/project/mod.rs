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
//!
//! The title and the footnotes are projected too ([`notes`]). Each clause has an id that names
//! the paragraph across revisions: where it was born, as the history follows it
//! ([`crate::track::history::births`]), so a CAT tool reuses work from one year's file in the
//! next year's.

mod drift;
mod inputs;
pub mod marks;
mod notes;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::align::{At, ClauseAlign, Lone, Paired, align};
use crate::diff::{DiffOptions, NotePairing, Segment, cited, remark};
use crate::model::{Clause, ClausePath, Document, Language};
use crate::track::history::Birth;
use crate::track::parallel::{Correspondence, correspond, place};
pub use drift::{Drift, DriftKind, classify};
pub use inputs::{InputsError, check};
pub use notes::ProjectedNote;

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
    /// The paragraph's id across revisions: the revision it was born in and its place there,
    /// `74-197:1:3` (section 1, clause 3; see [`birth_id`]).
    pub id: String,
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
    /// The title, when NEW has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<ProjectedNote>,
    /// NEW's clauses in order at every depth, then OLD's suppressed clauses.
    pub clauses: Vec<ProjectedClause>,
    /// NEW's footnotes in order, then OLD's suppressed ones.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<ProjectedNote>,
    /// Target clauses that changed although their source did not.
    pub drift: Vec<Drift>,
}

/// Where the clauses of SOURCE_OLD and SOURCE_NEW were born, by their paths, as the history of
/// their resolution tells ([`crate::track::history::births`]). A clause neither map names is
/// taken to be born where the projection first sees it: in OLD when NEW keeps it, else in NEW.
#[derive(Debug, Clone, Default)]
pub struct Births {
    /// SOURCE_OLD's clauses.
    pub old: HashMap<ClausePath, Birth>,
    /// SOURCE_NEW's clauses.
    pub new: HashMap<ClausePath, Birth>,
}

/// The id a birth gives: `revision:section:clause.item`, 1-based (`74-197:2:5.1`), the revision
/// id with any character an XML name token refuses replaced by `_`.
pub fn birth_id(b: &Birth) -> String {
    format!("{}:{}", safe(&b.revision), b.at)
}

/// A revision id or a footnote mark as part of an XML name token.
fn safe(revision: &str) -> String {
    revision
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '.' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

impl Projection {
    /// Every drift: the clauses', then the title's and the footnotes'.
    pub fn all_drift(&self) -> impl Iterator<Item = &Drift> {
        let notes = self.title.iter().chain(&self.footnotes);
        self.drift
            .iter()
            .chain(notes.filter_map(|n| n.drift.as_ref()))
    }
}

struct Ctx<'a> {
    source_old: &'a Document,
    source_new: &'a Document,
    target_old: &'a Document,
    old_corr: Correspondence,
    new_corr: Option<(&'a Document, Correspondence)>,
    births: &'a Births,
    /// NEW clause path -> the OLD clause it continues.
    old_of: HashMap<ClausePath, ClausePath>,
    /// NEW clause path -> its id.
    ids: HashMap<ClausePath, String>,
    /// The ids given so far.
    seen: HashSet<String>,
    out: Vec<ProjectedClause>,
    suppressed: Vec<ProjectedClause>,
    drift: Vec<Drift>,
    /// The source's footnotes paired by their words: a clause citing its notes under new
    /// numbers is carried, not retranslated.
    notes: NotePairing,
}

/// Projects the source change onto the target language, with ids from OLD and NEW alone
/// ([`project_with`] with no history). The texts are taken as given: [`check`] first that they
/// belong together.
pub fn project(
    source_old: &Document,
    source_new: &Document,
    target_old: &Document,
    target_new: Option<&Document>,
) -> Projection {
    let births = Births::default();
    project_with(source_old, source_new, target_old, target_new, &births)
}

/// Projects the source change onto the target language; clause ids come from `births`.
pub fn project_with(
    source_old: &Document,
    source_new: &Document,
    target_old: &Document,
    target_new: Option<&Document>,
    births: &Births,
) -> Projection {
    let alignment = align(source_old, source_new);
    let mut cx = Ctx {
        source_old,
        source_new,
        target_old,
        old_corr: correspond(source_old, target_old),
        new_corr: target_new.map(|t| (t, correspond(source_new, t))),
        births,
        old_of: HashMap::new(),
        ids: HashMap::new(),
        seen: HashSet::new(),
        out: Vec::new(),
        suppressed: Vec::new(),
        drift: Vec::new(),
        notes: NotePairing::new(
            &source_old.footnotes,
            &source_new.footnotes,
            &DiffOptions::default(),
        ),
    };
    for s in &alignment.sections {
        rows(&mut cx, &s.clauses);
    }
    let footnotes = notes::footnotes(&cx);
    let mut clauses = cx.out;
    clauses.extend(cx.suppressed);
    Projection {
        source_old: source_old.address(),
        source_new: source_new.address(),
        target_old: target_old.address(),
        target_new: target_new.map(Document::address),
        target_language: target_old.language,
        title: notes::title(source_old, source_new, target_old, target_new),
        clauses,
        footnotes,
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

impl<'a> Ctx<'a> {
    /// The target OLD clause paired with the source OLD clause at `path`.
    fn target_old_of(&self, path: &ClausePath) -> Option<&'a Clause> {
        let target_old = self.target_old;
        self.old_corr
            .other_of(path)
            .and_then(|t| target_old.clause(t))
    }

    /// The id of a suppressed OLD clause.
    fn old_id(&self, old: &ClausePath) -> String {
        let birth = self.births.old.get(old).cloned().unwrap_or_else(|| Birth {
            revision: self.source_old.revision.id_shown().to_string(),
            at: old.clone(),
        });
        birth_id(&birth)
    }

    /// The id of a NEW clause (`old`: the OLD clause it continues). Two NEW clauses are never
    /// born at the same place, but a revision id made a name token could meet another: the later
    /// clause gets `_2`, and so on, so every id names one unit.
    fn new_id(&mut self, new: &ClausePath, old: Option<&ClausePath>) -> String {
        let base = match (self.births.new.get(new), old) {
            (Some(b), _) => birth_id(b),
            (None, Some(o)) => self.old_id(o),
            (None, None) => birth_id(&Birth {
                revision: self.source_new.revision.id_shown().to_string(),
                at: new.clone(),
            }),
        };
        let mut id = base.clone();
        let mut n = 1;
        while !self.seen.insert(id.clone()) {
            n += 1;
            id = format!("{base}_{n}");
        }
        self.ids.insert(new.clone(), id.clone());
        id
    }

    fn row(&self, status: Status, doc: &Document, at: &At) -> ProjectedClause {
        ProjectedClause {
            id: String::new(),
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
    let unchanged = cx.notes.reads_same(&old.clause.text, &new.clause.text);
    // Its notes renumbered: the translation cites the same marks (the UN numbers footnotes
    // alike in every language) and takes the new numbers; a translation citing others is left
    // to the translator.
    let renumbered = unchanged && old.clause.text != new.clause.text;
    let carried: Option<Clause> = target_old.filter(|_| unchanged).and_then(|t| {
        if !renumbered {
            Some(t.clone())
        } else {
            // Citing what the source cited, in its order, it cites what the source cites now.
            let now = cited(&new.clause.text);
            let next = std::cell::Cell::new(0);
            (cited(&t.text) == cited(&old.clause.text)).then(|| Clause {
                text: remark(&t.text, &|_| {
                    next.set(next.get() + 1);
                    now.get(next.get() - 1).map(|m| m.to_string())
                }),
                ..t.clone()
            })
        }
    });
    let status = match carried {
        Some(_) => Status::Carried,
        None => Status::Translate,
    };
    let mut row = cx.row(status, cx.source_new, new);
    row.id = cx.new_id(&new.path, Some(&old.path));
    cx.old_of.insert(new.path.clone(), old.path.clone());
    row.target = carried.as_ref().or(target_old).map(|t| t.text.clone());
    if status == Status::Translate || renumbered {
        row.source_diff = cx
            .notes
            .runs(&old.clause.text, &new.clause.text, &DiffOptions::default())
            .0;
    }
    if let (Some(t_old), Some((t_new_doc, corr))) = (&carried, &cx.new_corr)
        && let Some(t_new) = corr.other_of(&new.path).and_then(|t| t_new_doc.clause(t))
    {
        // A label the source renumbered is renumbered in the target too: not drift.
        let relabelled = old.clause.label.written() != new.clause.label.written();
        if let Some(kind) = classify(t_old, t_new, relabelled) {
            cx.drift.push(Drift {
                id: row.id.clone(),
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
    let mut row = cx.row(Status::New, cx.source_new, &l.at);
    row.id = cx.new_id(&l.at.path, None);
    cx.out.push(row);
    for c in &l.children {
        added(cx, c);
    }
}

fn suppressed(cx: &mut Ctx, l: &Lone) {
    let mut row = cx.row(Status::Suppressed, cx.source_old, &l.at);
    row.id = cx.old_id(&l.at.path);
    row.target = cx.target_old_of(&l.at.path).map(|t| t.text.clone());
    cx.suppressed.push(row);
    for c in &l.children {
        suppressed(cx, c);
    }
}

#[cfg(test)]
mod tests;
