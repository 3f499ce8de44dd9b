//! Applying a changeset (the JSON of `resdiff diff --format json`) to a base text (merging two
//! proposals against one base is [`super::merge`]).
//!
//! A changeset holds both sides of every clause it lists (equal + deleted runs are the old text,
//! equal + inserted runs the new one). [`apply`] first checks the old side against the base,
//! section by section and clause by clause, and refuses with the full list of differences when
//! the changeset was made against another text: a proposal is never applied to the wrong base
//! silently. It then builds the new text from the new side. Changesets made with
//! normalisations (`--ignore-*`) are refused: their equal runs hold one side's spelling only.

pub mod instructions;

use serde::{Deserialize, Serialize};

use crate::diff::{Change, ClauseChange, DocDiff, Op, new_text, old_text};
use crate::input::corpus::Problem;
use crate::model::{
    BadRevisionId, Clause, Document, Label, Resolution, Revision, Section, Stage, unknown,
};

/// One place where the base is not what the changeset expects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    /// `recalling, clause 3 (ج))`, `section 2`, `formula`, ...
    pub place: String,
    /// What the changeset says the base holds there.
    pub expected: String,
    /// What the base holds.
    pub found: String,
}

/// Why a changeset cannot be applied.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// The diff ignored labels, whitespace or letter forms, so its texts are not the texts.
    #[error("the changeset was made with normalisations; it cannot rebuild the text exactly")]
    Normalised,
    #[error("the changeset is for {expected}, not {found}")]
    OtherResolution { expected: String, found: String },
    #[error("the changeset was made against another text than the base: {} difference(s), first: {}: expected `{}`, found `{}`", .0.len(), .0[0].place, .0[0].expected, .0[0].found)]
    OtherBase(Vec<Mismatch>),
    #[error("the changeset is not valid: {0}")]
    Invalid(String),
    /// The text built would be refused by the corpus loader (an id such as `../../etc`, year
    /// 65535, a duplicate label, nesting past the limit, a footnote nothing cites, ...).
    #[error("the text it gives would not load, so nothing is written: {0}")]
    NotLoadable(String),
}

/// Why a changeset's JSON gives no changeset.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not JSON, or not a changeset.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// The new side's revision id is no id: the text applying it would give would not load.
    #[error(transparent)]
    Apply(#[from] ApplyError),
}

/// Reads a changeset, the JSON of `diff --format json`. Its revision ids are read as ids, so a
/// changeset holding no id does not read; a new side's (`../../etc/passwd`) is the id of the text
/// [`apply`] would write, so it is refused as that text is ([`ApplyError::NotLoadable`]), naming
/// the id as the corpus loader does.
pub fn read_changeset(json: &str) -> Result<DocDiff, ReadError> {
    serde_json::from_str(json).map_err(|e| match bad_new_revision(json) {
        Some(bad) => not_loadable(&bad).into(),
        None => ReadError::Json(e),
    })
}

/// The new side's revision id, where it is text but no id.
fn bad_new_revision(json: &str) -> Option<BadRevisionId> {
    #[derive(Deserialize)]
    struct Side {
        revision: String,
    }
    #[derive(Deserialize)]
    struct Sides {
        new: Side,
    }
    let sides: Sides = serde_json::from_str(json).ok()?;
    unknown::read_revision(&sides.new.revision).err()
}

fn not_loadable(bad: &BadRevisionId) -> ApplyError {
    ApplyError::NotLoadable(Problem::BadRevision(bad.to_string()).to_string())
}

fn has_old(c: &ClauseChange) -> bool {
    c.change.whole() != Some(Op::Insert)
}

fn has_new(c: &ClauseChange) -> bool {
    c.change.whole() != Some(Op::Delete)
}

/// Both texts from a little before their first difference, so that the difference shows.
/// Two texts cut to where they differ (with 20 characters before), so that a message shows the
/// differing words, not the common prefix.
pub(crate) fn around(a: &str, b: &str) -> (String, String) {
    let same = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let from = same.saturating_sub(20);
    let cut = |s: &str| {
        let tail: String = s.chars().skip(from).collect();
        let tail = short(&tail);
        if from > 0 { format!("…{tail}") } else { tail }
    };
    (cut(a), cut(b))
}

fn short(s: &str) -> String {
    crate::model::text::excerpt(s, 80)
}

/// The old side of a list of rows in old section `section` (1-based). A clause that moved away
/// (SUP*) carries no children where it stood; they are read from its new place: the ADD* row
/// that names this section and position as where it came from.
fn old_side(
    rows: &[ClauseChange],
    section: usize,
    all: &[&ClauseChange],
) -> Result<Vec<Clause>, ApplyError> {
    let mut olds: Vec<&ClauseChange> = rows.iter().filter(|c| has_old(c)).collect();
    olds.sort_by_key(|c| c.old_index);
    olds.iter()
        .map(|c| {
            let written = c.old_label.clone().unwrap_or_default();
            let label = Label::parse(&written).map_err(|e| ApplyError::Invalid(e.to_string()))?;
            let text = old_text(&c.inline);
            let children = if c.change == Change::SupMoved {
                let same = |m: &&&ClauseChange| {
                    m.old_section == Some(section)
                        && m.old_index == c.old_index
                        && m.old_label == c.old_label
                        && old_text(&m.inline) == text
                };
                // A move among siblings has its ADD* row in the same list; a move between
                // sections anywhere in the text.
                let local: Vec<&ClauseChange> = rows
                    .iter()
                    .filter(|m| m.change == Change::AddMoved)
                    .collect();
                match local.iter().find(same).or_else(|| all.iter().find(same)) {
                    Some(m) => old_side(&m.children, section, all)?,
                    None => Vec::new(),
                }
            } else {
                old_side(&c.children, section, all)?
            };
            Ok(Clause {
                label,
                text,
                children,
                call: None,
            })
        })
        .collect()
}

/// Labels read in their place, as the corpus loader reads them (`i)` under `b)` is roman).
fn settled(mut clauses: Vec<Clause>) -> Vec<Clause> {
    crate::model::read_roman_tree(&mut clauses, None);
    clauses
}

fn moved_rows<'d>(rows: &'d [ClauseChange], out: &mut Vec<&'d ClauseChange>) {
    for r in rows {
        if r.change == Change::AddMoved {
            out.push(r);
        }
        moved_rows(&r.children, out);
    }
}

/// The text the changeset was made against, rebuilt from its old side.
pub fn expected_base(changes: &DocDiff) -> Result<Document, ApplyError> {
    let mut moved = Vec::new();
    for s in &changes.sections {
        moved_rows(&s.clauses, &mut moved);
    }
    let mut olds: Vec<_> = changes
        .sections
        .iter()
        .filter(|s| s.old_index.is_some())
        .collect();
    olds.sort_by_key(|s| s.old_index);
    let sections = olds
        .iter()
        .map(|s| {
            Ok(Section {
                kind: s.old_kind.unwrap_or(s.kind),
                heading: s.old_heading.clone().unwrap_or_default(),
                clauses: settled(old_side(&s.clauses, s.old_index.unwrap_or(0), &moved)?),
            })
        })
        .collect::<Result<Vec<_>, ApplyError>>()?;
    let old_line = |l: &Option<crate::diff::LineChange>| {
        l.as_ref()
            .filter(|f| f.change != Change::Add)
            .map(|f| old_text(&f.inline))
    };
    document(
        &changes.old,
        [old_line(&changes.formula), old_line(&changes.revision_line)],
        sections,
        changes.footnotes.old.clone(),
    )
}

/// Every difference between the text the changeset was made against and `base`, clause by
/// clause (aligned, so that one extra clause in the base is one difference, not a cascade).
pub fn check(base: &Document, changes: &DocDiff) -> Result<Vec<Mismatch>, ApplyError> {
    let expected = expected_base(changes)?;
    let mut out = Vec::new();
    if expected.formula != base.formula {
        out.push(Mismatch {
            place: "formula".into(),
            expected: expected.formula.clone().unwrap_or_default(),
            found: base.formula.clone().unwrap_or_default(),
        });
    }
    if expected.revision_line != base.revision_line {
        out.push(Mismatch {
            place: "revision line".into(),
            expected: expected.revision_line.clone().unwrap_or_default(),
            found: base.revision_line.clone().unwrap_or_default(),
        });
    }
    if expected.footnotes != base.footnotes {
        // The first note that differs, or the counts when one text has more.
        let pair = expected
            .footnotes
            .iter()
            .zip(&base.footnotes)
            .find(|(e, b)| e != b);
        out.push(match pair {
            Some((e, b)) => {
                let (expected, found) = around(&e.text, &b.text);
                Mismatch {
                    place: format!("footnote {}", e.mark),
                    expected: format!("[^{}] {expected}", e.mark),
                    found: format!("[^{}] {found}", b.mark),
                }
            }
            None => Mismatch {
                place: "footnotes".into(),
                expected: format!("{} footnotes", expected.footnotes.len()),
                found: format!("{} footnotes", base.footnotes.len()),
            },
        });
    }
    if expected.sections == base.sections {
        return Ok(out);
    }
    let diff = crate::diff::from_alignment(
        &expected,
        base,
        &crate::align::align(&expected, base),
        &crate::diff::DiffOptions::default(),
    );
    for s in &diff.sections {
        let place = format!(
            "section {} ({})",
            s.old_index.or(s.new_index).unwrap_or(0),
            s.kind
        );
        if s.old_heading != s.new_heading || s.old_kind.is_some() {
            let none = || "(no such section)".to_string();
            let (mut expected, mut found) = (
                s.old_heading.clone().unwrap_or_else(none),
                s.new_heading.clone().unwrap_or_else(none),
            );
            // One heading of two kinds: the kinds are the difference, so they are shown.
            if let Some(kind) = s.old_kind {
                expected = format!("{expected} [{kind}]");
                found = format!("{found} [{}]", s.kind);
            }
            out.push(Mismatch {
                place: place.clone(),
                expected,
                found,
            });
        }
        mismatched_clauses(&s.clauses, &place, &mut out);
    }
    // Texts that differ only where nothing shows (a trailing space, a no-break space) are
    // written with their escapes, or the message would say `x` is not `x`.
    for m in &mut out {
        if m.expected != m.found && inked(&m.expected) == inked(&m.found) {
            m.expected = unhidden(&m.expected);
            m.found = unhidden(&m.found);
        }
    }
    Ok(out)
}

/// Spacing and invisible characters: what two texts can differ in and still look the same.
fn unseen(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}')
}

/// The characters of `s` that show.
fn inked(s: &str) -> String {
    s.chars().filter(|c| !unseen(*c)).collect()
}

/// `s` with every spacing but a plain space, and every invisible character, written `\u{a0}`.
fn unhidden(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            ' ' => " ".to_string(),
            c if unseen(c) => format!("\\u{{{:x}}}", u32::from(c)),
            c => c.to_string(),
        })
        .collect()
}

fn mismatched_clauses(rows: &[ClauseChange], place: &str, out: &mut Vec<Mismatch>) {
    for r in rows {
        let label = r.old_label.as_ref().or(r.new_label.as_ref());
        let here = format!(
            "{place}, clause {} ({})",
            r.old_index.or(r.new_index).unwrap_or(0),
            label.map_or("unlabelled", |l| l.trim())
        );
        if r.change != Change::Noc {
            let none = || "(no such clause)".to_string();
            let (expected, found) = match r.change {
                Change::Add | Change::AddMoved if r.old_index.is_none() => {
                    (none(), new_text(&r.inline))
                }
                Change::Sup | Change::SupMoved => (old_text(&r.inline), none()),
                _ => (old_text(&r.inline), new_text(&r.inline)),
            };
            let label = |l: &Option<String>| l.clone().unwrap_or_default();
            if expected != found || r.relabeled {
                let (expected, found) = if r.relabeled {
                    (
                        format!("{} {}", label(&r.old_label), short(&expected)),
                        format!("{} {}", label(&r.new_label), short(&found)),
                    )
                } else {
                    around(&expected, &found)
                };
                out.push(Mismatch {
                    place: here.clone(),
                    expected,
                    found,
                });
            }
        }
        mismatched_clauses(&r.children, &here, out);
    }
}

fn document(
    id: &crate::diff::TextId,
    [formula, revision_line]: [Option<String>; 2],
    sections: Vec<Section>,
    footnotes: Vec<crate::model::Footnote>,
) -> Result<Document, ApplyError> {
    Ok(Document {
        resolution: Resolution {
            body: id.body,
            number: id.number.clone(),
            title: id.title.clone(),
        },
        revision: Revision {
            id: id.revision.clone(),
            stage: Stage::new(id.status, id.proposer.clone())
                .map_err(|e| ApplyError::Invalid(e.to_string()))?,
            venue: id.venue.clone(),
            year: id.year,
            date: id.date,
            source: id.source.clone(),
            base: id.base.clone(),
            symbol: id.symbol.clone(),
        },
        language: id.language,
        formula,
        revision_line,
        sections,
        footnotes,
    })
}

fn rebuild(rows: &[ClauseChange]) -> Result<Vec<Clause>, ApplyError> {
    rows.iter()
        .filter(|c| has_new(c))
        .map(|c| {
            let written = c.new_label.clone().unwrap_or_default();
            let label = Label::parse(&written).map_err(|e| ApplyError::Invalid(e.to_string()))?;
            Ok(Clause {
                label,
                text: new_text(&c.inline),
                children: rebuild(&c.children)?,
                call: None,
            })
        })
        .collect()
}

/// Applies `changes` to `base`: the new text, or every place where the base is not the text the
/// changeset was made against.
pub fn apply(base: &Document, changes: &DocDiff) -> Result<Document, ApplyError> {
    if !changes.options.normalisations().is_empty() {
        return Err(ApplyError::Normalised);
    }
    let old = &changes.old;
    let r = &base.resolution;
    if (old.body, &old.number, old.language) != (r.body, &r.number, base.language) {
        return Err(ApplyError::OtherResolution {
            expected: format!(
                "{}/{}:{}",
                old.body_shown(),
                old.number_shown(),
                old.language
            ),
            found: format!("{}/{}:{}", r.body_shown(), r.number_shown(), base.language),
        });
    }
    let mismatches = check(base, changes)?;
    if !mismatches.is_empty() {
        return Err(ApplyError::OtherBase(mismatches));
    }
    let mut news: Vec<_> = changes
        .sections
        .iter()
        .filter(|s| s.new_index.is_some())
        .collect();
    news.sort_by_key(|s| s.new_index);
    let sections = news
        .iter()
        .map(|s| {
            Ok(Section {
                kind: s.kind,
                heading: s.new_heading.clone().unwrap_or_default(),
                clauses: settled(rebuild(&s.clauses)?),
            })
        })
        .collect::<Result<Vec<_>, ApplyError>>()?;
    let new_line = |l: &Option<crate::diff::LineChange>| {
        l.as_ref()
            .filter(|f| !matches!(f.change, Change::Sup))
            .map(|f| new_text(&f.inline))
    };
    let doc = document(
        &changes.new,
        [new_line(&changes.formula), new_line(&changes.revision_line)],
        sections,
        changes.footnotes.new.clone(),
    )?;
    loadable(doc)
}

/// `doc` if the corpus loader accepts it: the loader's own checks, as on the TOML it would read
/// (a changeset is a file anyone can edit, and its new side is taken as written).
fn loadable(doc: Document) -> Result<Document, ApplyError> {
    let path = std::path::PathBuf::from(doc.address());
    crate::input::corpus::check_document(doc, &path, crate::input::corpus::Check::Full)
        .map_err(|e| ApplyError::NotLoadable(e.unlocated()))
}

#[cfg(test)]
mod tests;
