//! UN amendment instructions ("In the fourth preambular paragraph, replace “x” with “y”",
//! `resdiff markup --style un`) applied to the text they amend.
//!
//! Every place an instruction names is found in the old text first (a table of amendments
//! numbers paragraphs as the draft does, whatever earlier amendments do), then the changes are
//! made together: words by `TextEdit::apply`, paragraphs inserted beside the one named,
//! deletions, renumbering by [`renumber`](crate::markup::amend::renumber), then labels given
//! outright.

mod parse;
mod tree;

pub use parse::{ParseError, parse};

use tree::{Node, clause, made, node};

use crate::markup::amend::footnotes::{cited, first_number, remark, renumber_footnotes};
use crate::markup::amend::{Amendment, Place, Step, Target, Under};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::input::limits::MAX_TEXT_EDITS;
use crate::markup::vocabulary::{sentence, target as target_words};
use crate::model::{Clause, Document, Footnote, Part, Scheme};

/// Why instructions cannot be applied.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstructionError {
    #[error(transparent)]
    Parse(#[from] ParseError),
    #[error("instruction {number} (“{text}”): {message}")]
    Apply {
        /// 1-based, in the order of the file; 0 when a section's paragraphs could not be put
        /// together once every instruction was taken.
        number: usize,
        /// The instruction's first 80 characters (with `number` 0, the section's heading).
        text: String,
        message: String,
    },
    /// The text the instructions give would be refused by the corpus loader (a label given
    /// twice, a paragraph emptied, nesting past the limit, ...).
    #[error("the text the instructions give would not load, so nothing is written: {0}")]
    NotLoadable(String),
}

/// Where the paragraphs an instruction may name stand, found once: searching every section
/// for each instruction was quadratic in instructions.
#[derive(Default)]
struct Index {
    /// By part, each section holding paragraphs: the position of its first (from 1), the
    /// section, and how many it holds.
    ordinals: FxHashMap<Part, Vec<(usize, usize, usize)>>,
    /// By part and number, the paragraphs numbered with it and no suffix.
    numbers: FxHashMap<(Part, String), Vec<(usize, usize)>>,
}

impl Index {
    fn of(base: &Document) -> Index {
        let mut index = Index::default();
        let mut counted: FxHashMap<Part, usize> = FxHashMap::default();
        for (si, s) in base.sections.iter().enumerate() {
            let part = s.kind.part();
            let before = counted.entry(part).or_default();
            if !s.clauses.is_empty() {
                index
                    .ordinals
                    .entry(part)
                    .or_default()
                    .push((*before + 1, si, s.clauses.len()));
            }
            *before += s.clauses.len();
            for (ci, c) in s.clauses.iter().enumerate() {
                if c.label.scheme() == Scheme::Number && c.label.suffix().is_none() {
                    let key = (part, c.label.norm().to_string());
                    index.numbers.entry(key).or_default().push((si, ci));
                }
            }
        }
        index
    }

    /// The section and index of the paragraph `t` names, before its path is followed.
    fn find(&self, t: &Target) -> Option<(usize, usize)> {
        crate::work::steps(1);
        match &t.label {
            // The number must be one paragraph's alone, as the writer checks.
            Some(l) => match self.numbers.get(&(t.part, l.clone()))?.as_slice() {
                [one] => Some(*one),
                _ => None,
            },
            None => {
                let sections = self.ordinals.get(&t.part)?;
                let k = sections.partition_point(|(first, _, _)| *first <= t.number);
                let (first, si, len) = *sections.get(k.checked_sub(1)?)?;
                (t.number - first < len).then_some((si, t.number - first))
            }
        }
    }
}

/// Counts one more change to the words of a text, refused past [`MAX_TEXT_EDITS`]: each
/// searches and copies the whole text, so 40,000 insertions into one paragraph were quadratic.
fn one_more_edit(edits: &mut usize) -> Result<(), String> {
    *edits += 1;
    if *edits > MAX_TEXT_EDITS {
        return Err(format!(
            "more than {MAX_TEXT_EDITS} changes to the words of this text; resdiff makes at most {MAX_TEXT_EDITS} a text (replace its text whole instead)"
        ));
    }
    Ok(())
}

struct Plan<'b> {
    base: &'b Document,
    index: Index,
    /// Changes to the words of the title, the formula, footnotes and headings (a paragraph
    /// counts its own), by place.
    edits: FxHashMap<String, usize>,
    title: String,
    formula: Option<String>,
    sections: Vec<Vec<Node>>,
    /// Paragraphs for sections that had none.
    appended: Vec<Vec<Clause>>,
    accordingly: bool,
    /// Section headings as amended.
    headings: Vec<String>,
    /// The old text's footnotes, each with whether it is deleted.
    footnotes: Vec<(Footnote, bool)>,
    /// New footnotes, in the order given.
    added: Vec<Footnote>,
    /// Where each old footnote is in `footnotes`, by mark (the first, as a search found).
    note_at: FxHashMap<String, usize>,
    /// The marks of `footnotes` and `added`.
    marks: FxHashSet<String>,
    renumber_footnotes: bool,
}

impl Plan<'_> {
    /// The clause a target names in the old text.
    fn find(&mut self, t: &Target) -> Result<&mut Node, String> {
        let found = self.index.find(t);
        let (si, ci) = found.ok_or_else(|| format!("the text has no {}", target_words(t)))?;
        let mut n = &mut self.sections[si][ci];
        for step in &t.path {
            let i = match step {
                Step::Ordinal(k) => k.checked_sub(1).filter(|&i| i < n.children.len()),
                Step::Label(l) => {
                    let same: Vec<usize> = (0..n.children.len())
                        .filter(|&i| n.children[i].label.written() == *l)
                        .collect();
                    (same.len() == 1).then(|| same[0])
                }
            };
            let i = i.ok_or_else(|| format!("the text has no {}", target_words(t)))?;
            n = &mut n.children[i];
        }
        Ok(n)
    }

    /// The old footnote marked `mark`, not deleted.
    fn footnote(&mut self, mark: &str) -> Result<&mut (Footnote, bool), String> {
        match self
            .note_at
            .get(mark)
            .and_then(|&i| self.footnotes.get_mut(i))
        {
            Some((_, true)) => Err(format!("footnote {mark} is deleted")),
            Some(f) => Ok(f),
            None => Err(format!("the text has no footnote {mark}")),
        }
    }

    fn apply(&mut self, a: &Amendment) -> Result<(), String> {
        match a {
            Amendment::RenumberAccordingly => self.accordingly = true,
            Amendment::RenumberFootnotes => self.renumber_footnotes = true,
            Amendment::DeleteFootnote(mark) => self.footnote(mark)?.1 = true,
            Amendment::AddFootnote { mark, text } => {
                if !self.marks.insert(mark.clone()) {
                    return Err(format!("footnote [^{mark}] is there already"));
                }
                self.added.push(Footnote {
                    mark: mark.clone(),
                    text: text.clone(),
                });
            }
            Amendment::Edit { place, edit } => {
                let counted = match place {
                    Place::Paragraph(_) => None,
                    Place::Title => Some("title".to_string()),
                    Place::Formula => Some("formula".to_string()),
                    Place::Footnote(mark) => Some(format!("[^{mark}]")),
                    Place::Heading(h) => Some(format!("heading {h}")),
                };
                if let Some(place) = counted {
                    one_more_edit(self.edits.entry(place).or_default())?;
                }
                let text = match place {
                    Place::Title => &mut self.title,
                    Place::Formula => self.formula.as_mut().ok_or("the text has no formula")?,
                    Place::Footnote(mark) => &mut self.footnote(mark)?.0.text,
                    Place::Heading(h) => {
                        let same: Vec<usize> = (0..self.base.sections.len())
                            .filter(|&i| self.base.sections[i].heading == *h)
                            .collect();
                        match same[..] {
                            [i] => &mut self.headings[i],
                            _ => return Err(format!("the text has no one section headed “{h}”")),
                        }
                    }
                    Place::Paragraph(t) => {
                        let n = self.find(t)?;
                        if n.deleted {
                            return Err("the paragraph is deleted".into());
                        }
                        one_more_edit(&mut n.edits)?;
                        &mut n.text
                    }
                };
                *text = edit.apply(text).map_err(|e| e.to_string())?;
            }
            Amendment::InsertAfter { target, clause: c } => {
                let c = clause(c)?;
                self.find(target)?.after.push(c);
            }
            Amendment::InsertBefore { target, clause: c } => {
                let c = clause(c)?;
                self.find(target)?.before.push(c);
            }
            Amendment::Append { under, clause: c } => {
                let c = clause(c)?;
                match under {
                    Under::Paragraph(t) => self.find(t)?.appended.push(c),
                    Under::Heading(h) => {
                        let same: Vec<usize> = (0..self.base.sections.len())
                            .filter(|&i| self.base.sections[i].heading == *h)
                            .collect();
                        match same[..] {
                            [i] => self.appended[i].push(c),
                            _ => return Err(format!("the text has no one section headed “{h}”")),
                        }
                    }
                }
            }
            Amendment::Delete(t) => {
                let n = self.find(t)?;
                if std::mem::replace(&mut n.deleted, true) {
                    return Err("the paragraph is deleted already".into());
                }
            }
            Amendment::Relabel { target, label: l } => {
                let l = l.clone();
                self.find(target)?.relabel = Some(l);
            }
        }
        Ok(())
    }
}

/// `base` amended by `amendments`. The revision metadata stays the base's. The base is read in
/// Unicode NFC, as the diff that wrote the instructions read it (so the words they quote are
/// found), and so is the text given back.
pub fn apply(base: &Document, amendments: &[Amendment]) -> Result<Document, InstructionError> {
    let base = &*crate::diff::in_nfc(base);
    let mut note_at = FxHashMap::default();
    for (i, f) in base.footnotes.iter().enumerate() {
        note_at.entry(f.mark.clone()).or_insert(i);
    }
    let mut plan = Plan {
        base,
        index: Index::of(base),
        edits: FxHashMap::default(),
        note_at,
        marks: base.footnotes.iter().map(|f| f.mark.clone()).collect(),
        title: base.resolution.title_shown().to_string(),
        formula: base.formula.clone(),
        sections: base
            .sections
            .iter()
            .map(|s| s.clauses.iter().map(node).collect())
            .collect(),
        appended: vec![Vec::new(); base.sections.len()],
        accordingly: false,
        headings: base.sections.iter().map(|s| s.heading.clone()).collect(),
        footnotes: base.footnotes.iter().map(|f| (f.clone(), false)).collect(),
        added: Vec::new(),
        renumber_footnotes: false,
    };
    let failed = |i: usize, a: &Amendment, message: String| InstructionError::Apply {
        number: i + 1,
        text: sentence(a).chars().take(80).collect(),
        message,
    };
    for (i, a) in amendments.iter().enumerate() {
        plan.apply(a).map_err(|m| failed(i, a, m))?;
    }
    let mut doc = base.clone();
    // A title nothing gave stays unknown unless an instruction wrote one.
    if plan.title != base.resolution.title_shown() {
        doc.resolution.title = Some(plan.title);
    }
    doc.formula = plan.formula;
    for (((s, nodes), appended), heading) in doc
        .sections
        .iter_mut()
        .zip(plan.sections)
        .zip(plan.appended)
        .zip(plan.headings)
    {
        s.heading = heading;
        s.clauses =
            made(nodes, appended, plan.accordingly).map_err(|m| InstructionError::Apply {
                number: 0,
                text: s.heading.clone(),
                message: m,
            })?;
    }
    let touched = plan.renumber_footnotes
        || !plan.added.is_empty()
        || plan
            .footnotes
            .iter()
            .any(|(f, deleted)| *deleted || !base.footnotes.contains(f));
    if touched {
        let notes = plan
            .footnotes
            .into_iter()
            .filter(|(_, deleted)| !deleted)
            .map(|(f, _)| f)
            .chain(plan.added)
            .collect();
        doc.footnotes = footnotes(&mut doc, notes, plan.renumber_footnotes, &base.footnotes)
            .map_err(|message| InstructionError::Apply {
                number: 0,
                text: "footnotes".into(),
                message,
            })?;
    }
    // Instructions are a file anyone can write: what they give is checked as the loader would
    // check it, so `apply` never writes a text resdiff then refuses to read.
    crate::input::checked(doc, crate::input::corpus::Check::Full)
        .map_err(|e| InstructionError::NotLoadable(e.unlocated()))
}

/// Every text of `doc` that may cite a footnote, in reading order.
fn texts_mut(doc: &mut Document) -> Vec<&mut String> {
    fn clauses<'d>(out: &mut Vec<&'d mut String>, cs: &'d mut [Clause]) {
        for c in cs {
            out.push(&mut c.text);
            clauses(out, &mut c.children);
        }
    }
    let mut out: Vec<&mut String> = doc.resolution.title.iter_mut().collect();
    out.extend(doc.formula.as_mut());
    for s in &mut doc.sections {
        clauses(&mut out, &mut s.clauses);
    }
    out
}

/// The footnotes once the instructions are made: renumbered in the order cited when they say
/// so, and each cited by some paragraph (a footnote deleted must be cited nowhere, a new one
/// somewhere).
fn footnotes(
    doc: &mut Document,
    mut notes: Vec<Footnote>,
    renumbered: bool,
    old: &[Footnote],
) -> Result<Vec<Footnote>, String> {
    let mut texts = texts_mut(doc);
    if renumbered {
        let map = {
            let all: Vec<&str> = texts.iter().map(|t| t.as_str()).collect();
            renumber_footnotes(&all, first_number(old))
        };
        for t in texts.iter_mut() {
            **t = remark(t, &|m| map.get(m).cloned());
        }
        for f in &mut notes {
            f.mark = map
                .get(&f.mark)
                .cloned()
                .ok_or_else(|| format!("no paragraph cites footnote [^{}]", f.mark))?;
        }
        notes.sort_by_key(|f| f.mark.parse::<usize>().unwrap_or(usize::MAX));
    }
    // Sets, where searching every note for each citation and every text for each note was
    // quadratic in notes.
    let known: FxHashSet<&str> = notes.iter().map(|f| f.mark.as_str()).collect();
    let mut all_cited = FxHashSet::default();
    for t in &texts {
        for mark in cited(t) {
            if !known.contains(mark) {
                return Err(format!("[^{mark}] is cited, but no footnote has that mark"));
            }
            all_cited.insert(mark);
        }
    }
    if let Some(f) = notes.iter().find(|f| !all_cited.contains(f.mark.as_str())) {
        return Err(format!("no paragraph cites footnote [^{}]", f.mark));
    }
    drop((known, all_cited));
    Ok(notes)
}

/// Parses `text` and applies it to `base`.
pub fn apply_text(base: &Document, text: &str) -> Result<Document, InstructionError> {
    apply(base, &parse(text)?)
}

#[cfg(test)]
mod tests;
