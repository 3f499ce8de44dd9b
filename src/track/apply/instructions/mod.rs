//! UN amendment instructions ("In the fourth preambular paragraph, replace “x” with “y”",
//! `resdiff markup --style un`) applied to the text they amend.
//!
//! Every place an instruction names is found in the old text first (a table of amendments
//! numbers paragraphs as the draft does, whatever earlier amendments do), then the changes are
//! made together: words by `TextEdit::apply`, paragraphs inserted beside the one named,
//! deletions, renumbering by [`renumber`], then labels given outright.

mod parse;

pub use parse::{ParseError, parse};

use crate::markup::amend::footnotes::{cited, first_number, remark, renumber_footnotes};
use crate::markup::amend::{Amendment, NewClause, Numbered, Place, Step, Target, Under, renumber};
use crate::markup::vocabulary::{sentence, target as target_words};
use crate::model::{Clause, Document, Footnote, Label, Scheme};

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
}

/// A clause of the old text with what the instructions do to it.
struct Node {
    label: Label,
    text: String,
    /// The old clause's call (UN), kept while the new text still holds it.
    call: Option<String>,
    deleted: bool,
    before: Vec<Clause>,
    after: Vec<Clause>,
    relabel: Option<String>,
    children: Vec<Node>,
    /// Subparagraphs for a paragraph that had none.
    appended: Vec<Clause>,
}

fn node(c: &Clause) -> Node {
    Node {
        label: c.label.clone(),
        text: c.text.clone(),
        call: c.call.clone(),
        deleted: false,
        before: Vec::new(),
        after: Vec::new(),
        relabel: None,
        children: c.children.iter().map(node).collect(),
        appended: Vec::new(),
    }
}

fn label(written: &str) -> Result<Label, String> {
    Label::parse(written).map_err(|e| e.to_string())
}

fn clause(c: &NewClause) -> Result<Clause, String> {
    Ok(Clause {
        label: label(&c.label)?,
        text: c.text.clone(),
        children: c.children.iter().map(clause).collect::<Result<_, _>>()?,
        call: None,
    })
}

struct Plan<'b> {
    base: &'b Document,
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
    renumber_footnotes: bool,
}

impl Plan<'_> {
    /// The clause a target names in the old text.
    fn find(&mut self, t: &Target) -> Result<&mut Node, String> {
        let mut left = t.number;
        let mut found = None;
        let mut numbered = Vec::new();
        for (si, s) in self.base.sections.iter().enumerate() {
            if s.kind.part() != t.part {
                continue;
            }
            for (ci, c) in s.clauses.iter().enumerate() {
                let l = &c.label;
                if t.label.as_deref() == Some(l.norm.as_str())
                    && l.scheme == Scheme::Number
                    && l.suffix.is_none()
                {
                    numbered.push((si, ci));
                }
            }
            if t.label.is_none() && left >= 1 && left <= s.clauses.len() {
                found = Some((si, left - 1));
            }
            left = left.saturating_sub(s.clauses.len());
        }
        if t.label.is_some() {
            // The number must be one paragraph's alone, as the writer checks.
            found = (numbered.len() == 1).then(|| numbered[0]);
        }
        let (si, ci) = found.ok_or_else(|| format!("the text has no {}", target_words(t)))?;
        let mut n = &mut self.sections[si][ci];
        for step in &t.path {
            let i = match step {
                Step::Ordinal(k) => k.checked_sub(1).filter(|&i| i < n.children.len()),
                Step::Label(l) => {
                    let same: Vec<usize> = (0..n.children.len())
                        .filter(|&i| n.children[i].label.written == *l)
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
        match self.footnotes.iter_mut().find(|(f, _)| f.mark == mark) {
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
                let taken = self.footnotes.iter().map(|(f, _)| f).chain(&self.added);
                if taken.clone().any(|f| f.mark == *mark) {
                    return Err(format!("footnote [^{mark}] is there already"));
                }
                self.added.push(Footnote {
                    mark: mark.clone(),
                    text: text.clone(),
                });
            }
            Amendment::Edit { place, edit } => {
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

/// The clauses of one list of siblings once the instructions are made.
fn made(nodes: Vec<Node>, appended: Vec<Clause>, accordingly: bool) -> Result<Vec<Clause>, String> {
    let mut out: Vec<(Clause, bool, Option<String>)> = Vec::new();
    let mut first: Option<usize> = None;
    for n in nodes {
        for c in n.before {
            first.get_or_insert(out.len());
            out.push((c, true, None));
        }
        if n.deleted {
            first.get_or_insert(out.len());
        } else {
            let children = made(n.children, n.appended, accordingly)?;
            let call = n.call.filter(|call| n.text.contains(call.as_str()));
            let c = Clause {
                label: n.label,
                text: n.text,
                children,
                call,
            };
            out.push((c, false, n.relabel));
        }
        for c in n.after {
            first.get_or_insert(out.len());
            out.push((c, true, None));
        }
    }
    for c in appended {
        first.get_or_insert(out.len());
        out.push((c, true, None));
    }
    if accordingly && let Some(from) = first {
        let mut numbered: Vec<Numbered> = out
            .iter()
            .map(|(c, inserted, _)| Numbered {
                label: c.label.written.clone(),
                inserted: *inserted,
            })
            .collect();
        renumber(&mut numbered, from);
        for ((c, _, _), n) in out.iter_mut().zip(numbered) {
            if c.label.written != n.label {
                c.label = label(&n.label)?;
            }
        }
    }
    out.into_iter()
        .map(|(mut c, _, relabel)| {
            if let Some(l) = relabel {
                c.label = label(&l)?;
            }
            Ok(c)
        })
        .collect()
}

/// `base` amended by `amendments`. The revision metadata stays the base's. The base is read in
/// Unicode NFC, as the diff that wrote the instructions read it (so the words they quote are
/// found), and so is the text given back.
pub fn apply(base: &Document, amendments: &[Amendment]) -> Result<Document, InstructionError> {
    let base = &*crate::diff::in_nfc(base);
    let mut plan = Plan {
        base,
        title: base.resolution.title.clone(),
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
    doc.resolution.title = plan.title;
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
    Ok(doc)
}

/// Every text of `doc` that may cite a footnote, in reading order.
fn texts_mut(doc: &mut Document) -> Vec<&mut String> {
    fn clauses<'d>(out: &mut Vec<&'d mut String>, cs: &'d mut [Clause]) {
        for c in cs {
            out.push(&mut c.text);
            clauses(out, &mut c.children);
        }
    }
    let mut out = vec![&mut doc.resolution.title];
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
    for t in &texts {
        for mark in cited(t) {
            if !notes.iter().any(|f| f.mark == mark) {
                return Err(format!("[^{mark}] is cited, but no footnote has that mark"));
            }
        }
    }
    for f in &notes {
        if !texts.iter().any(|t| cited(t).contains(&f.mark.as_str())) {
            return Err(format!("no paragraph cites footnote [^{}]", f.mark));
        }
    }
    Ok(notes)
}

/// Parses `text` and applies it to `base`.
pub fn apply_text(base: &Document, text: &str) -> Result<Document, InstructionError> {
    apply(base, &parse(text)?)
}

#[cfg(test)]
mod tests;
