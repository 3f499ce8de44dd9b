//! The title and the footnotes in the projection: translated like clauses, carried when the
//! source did not change.
//!
//! A NEW footnote continues the OLD one with the same text; failing that, the one the same
//! paragraph cites at the same place (the k-th mark of the clause NEW's paragraph continues),
//! so a note renumbered because one was added before it (6, was 4) or reworded is still
//! paired. Its target is the target OLD footnote with the source OLD footnote's mark: the six
//! language versions number their notes alike. A footnote's id is its first citing clause's id
//! and the mark's place among that clause's marks (`74-197:1:1:fn1`), so it lasts as long as
//! that paragraph cites it there.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{Ctx, Drift, Status, drift::classify_text};
use crate::diff::cited;
use crate::diff::{DiffOptions, Segment, inline::diff_text};
use crate::model::{ClausePath, Document, Footnote};

/// The title or a footnote, projected.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectedNote {
    /// `title`, or the footnote's id across revisions (see the module's documentation).
    pub id: String,
    /// What to do with it.
    pub status: Status,
    /// A footnote's mark in NEW (in OLD when suppressed); none for the title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark: Option<String>,
    /// A footnote whose mark changed: its mark in OLD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_mark: Option<String>,
    /// The target OLD text: carried over, or to start from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The source text (NEW; OLD when suppressed).
    pub source: String,
    /// Translate: the source change, word by word.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub source_diff: Vec<Segment>,
    /// Carried: the target changed although the source did not (its `section_index` is 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drift: Option<Drift>,
}

/// The drift of a carried note: its target OLD and NEW texts, if they differ.
fn drift(row: &ProjectedNote, label: String, new: Option<&str>) -> Option<Drift> {
    let (old, new) = (row.target.as_deref()?, new?);
    if row.status != Status::Carried {
        return None;
    }
    Some(Drift {
        id: row.id.clone(),
        kind: classify_text(old, new)?,
        section_index: 0,
        label,
        old: old.to_string(),
        new: new.to_string(),
    })
}

fn paired(id: String, old: &str, new: &str, target: Option<&str>) -> ProjectedNote {
    let status = match target {
        Some(_) if old == new => Status::Carried,
        _ => Status::Translate,
    };
    ProjectedNote {
        id,
        status,
        mark: None,
        old_mark: None,
        target: target.map(str::to_string),
        source: new.to_string(),
        source_diff: if status == Status::Translate {
            diff_text(old, new, &DiffOptions::default())
        } else {
            Vec::new()
        },
        drift: None,
    }
}

/// The title of NEW, with OLD's and the target's (and its drift, given the target's NEW text).
pub(super) fn title(
    old: &Document,
    new: &Document,
    target: &Document,
    target_new: Option<&Document>,
) -> Option<ProjectedNote> {
    let new_title = new.resolution.title.as_deref()?;
    let target = target.resolution.title.as_deref();
    Some(match old.resolution.title.as_deref() {
        Some(old_title) => {
            let mut row = paired("title".into(), old_title, new_title, target);
            let target_new = target_new.and_then(|t| t.resolution.title.as_deref());
            row.drift = drift(&row, "title".into(), target_new);
            row
        }
        None => ProjectedNote {
            id: "title".into(),
            status: Status::New,
            mark: None,
            old_mark: None,
            target: None,
            source: new_title.to_string(),
            source_diff: Vec::new(),
            drift: None,
        },
    })
}

/// Each mark `doc` cites: the first clause citing it, with the mark's 0-based place among that
/// clause's marks. One pass over the clauses for all the footnotes.
fn citing(doc: &Document) -> HashMap<&str, (ClausePath, usize)> {
    let mut first = HashMap::new();
    for (path, c) in doc.clauses() {
        for (k, mark) in cited(&c.text).into_iter().enumerate() {
            first.entry(mark).or_insert_with(|| (path.clone(), k));
        }
    }
    first
}

/// NEW's footnotes, then OLD's that NEW drops.
pub(super) fn footnotes(cx: &Ctx) -> Vec<ProjectedNote> {
    let (old, new) = (cx.source_old, cx.source_new);
    let mut used: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    let (cites_new, cites_old) = (citing(new), citing(old));
    for f in &new.footnotes {
        let cite = cites_new.get(f.mark.as_str());
        let id = match &cite {
            Some((path, k)) => cx.ids.get(path).map(|id| format!("{id}:fn{}", k + 1)),
            None => None,
        }
        .unwrap_or_else(|| {
            format!(
                "{}:fn-{}",
                super::safe(new.revision.id_shown()),
                super::safe(&f.mark)
            )
        });
        // Paired by their words, as `diff` pairs them (the same notes, renumbered).
        let same_text = cx.notes.old_mark(&f.mark).and_then(|m| {
            old.footnotes
                .iter()
                .find(|o| o.mark == m && !used.contains(o.mark.as_str()))
        });
        let same_place = || {
            let (path, k) = cite?;
            let old_clause = old.clause(cx.old_of.get(path)?)?;
            let mark = *cited(&old_clause.text).get(*k)?;
            old.footnotes
                .iter()
                .find(|o| o.mark == mark && !used.contains(o.mark.as_str()))
        };
        let mut row = match same_text.or_else(same_place) {
            Some(o) => {
                used.insert(&o.mark);
                let target = note_text(&cx.target_old.footnotes, &o.mark);
                let mut row = paired(id, &o.text, &f.text, target);
                row.old_mark = (o.mark != f.mark).then(|| o.mark.clone());
                // The target's NEW text numbers its notes as the source's NEW text does.
                let target_new = cx
                    .new_corr
                    .as_ref()
                    .and_then(|(t, _)| note_text(&t.footnotes, &f.mark));
                row.drift = drift(&row, format!("footnote {}", f.mark), target_new);
                row
            }
            None => ProjectedNote {
                id,
                status: Status::New,
                mark: None,
                old_mark: None,
                target: None,
                source: f.text.clone(),
                source_diff: Vec::new(),
                drift: None,
            },
        };
        row.mark = Some(f.mark.clone());
        out.push(row);
    }
    for o in old
        .footnotes
        .iter()
        .filter(|o| !used.contains(o.mark.as_str()))
    {
        let id = cites_old
            .get(o.mark.as_str())
            .map(|(path, k)| format!("{}:fn{}", cx.old_id(path), k + 1))
            .unwrap_or_else(|| {
                format!(
                    "{}:fn-{}",
                    super::safe(old.revision.id_shown()),
                    super::safe(&o.mark)
                )
            });
        out.push(ProjectedNote {
            id,
            status: Status::Suppressed,
            mark: Some(o.mark.clone()),
            old_mark: None,
            target: note_text(&cx.target_old.footnotes, &o.mark).map(str::to_string),
            source: o.text.clone(),
            source_diff: Vec::new(),
            drift: None,
        });
    }
    out
}

fn note_text<'a>(notes: &'a [Footnote], mark: &str) -> Option<&'a str> {
    notes
        .iter()
        .find(|n| n.mark == mark)
        .map(|n| n.text.as_str())
}
