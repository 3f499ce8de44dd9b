//! From a diff to UN amendment instructions: the places, in the old text's terms, and what
//! happens to each (the words quoted by [`super::quote`]).

use super::quote::text_edits;
use super::{Amendment, NewClause, Numbered, Place, Step, Target, Under, renumber};
use crate::diff::{ClauseChange, DocDiff, Op, new_text};
use crate::model::{Label, Part, Scheme};

/// Why a diff cannot be written as UN amendment instructions.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmendError {
    #[error(
        "{0}: UN amendment instructions amend paragraphs; a section heading added, removed, renamed or moved needs the ITU form"
    )]
    Section(String),
    #[error("the footnotes cannot be amended: {0}")]
    Footnotes(String),
    #[error("the title formula is added or removed; UN amendment instructions can only amend it")]
    Formula,
    #[error(
        "{0}: the heading names more than one section, so a paragraph new under it has nothing to be placed by"
    )]
    Unplaced(String),
}

/// The instructions that turn the diff's old text into its new one.
pub fn build(diff: &DocDiff) -> Result<Vec<Amendment>, AmendError> {
    // The paragraphs cite footnotes by their old marks from here on.
    let (diff, notes) = super::footnotes::prepare(diff)?;
    let diff = diff.as_ref();
    let mut out = Vec::new();
    if diff.old.title != diff.new.title {
        let runs = crate::diff::inline::diff_text(
            diff.old.title_shown(),
            diff.new.title_shown(),
            &Default::default(),
        );
        for edit in text_edits(&runs) {
            out.push(Amendment::Edit {
                place: Place::Title,
                edit,
            });
        }
    }
    if let Some(f) = &diff.formula {
        if f.change.whole().is_some() {
            return Err(AmendError::Formula);
        }
        for edit in text_edits(&f.inline) {
            out.push(Amendment::Edit {
                place: Place::Formula,
                edit,
            });
        }
    }
    let headings: Vec<&String> = diff
        .sections
        .iter()
        .filter_map(|s| s.old_heading.as_ref())
        .collect();
    let mut b = Builder {
        out,
        relabels: Vec::new(),
        accordingly: Vec::new(),
        unique_headings: headings
            .iter()
            .filter(|h| headings.iter().filter(|k| k == h).count() == 1)
            .map(|h| (*h).clone())
            .collect(),
    };
    // Operative paragraphs are named by their number where it is theirs alone in the part.
    let numbers: Vec<String> = diff
        .sections
        .iter()
        .filter(|s| s.kind.part() == Part::Operative)
        .flat_map(|s| s.clauses.iter().filter(|c| is_old(c)))
        .filter_map(|c| c.old_label.as_deref().and_then(number_label))
        .collect();
    let mut counted = [0usize; 2];
    let mut last_old_section = 0;
    for s in &diff.sections {
        // A section is named by its heading in the old text.
        let heading = s
            .old_heading
            .clone()
            .or(s.new_heading.clone())
            .unwrap_or_default();
        let moved = s.old_index.is_some_and(|i| i < last_old_section);
        // A heading reworded in place ("Internet governance" retranslated) is amended by its
        // words, where it names one section and is not empty.
        let reworded = match (&s.old_heading, &s.new_heading) {
            (Some(old), Some(new)) if old != new => {
                if old.trim().is_empty() || !b.unique_headings.contains(old) {
                    return Err(AmendError::Section(heading));
                }
                Some((old, new))
            }
            _ => None,
        };
        if s.change.whole().is_some() || s.old_kind.is_some() || moved {
            return Err(AmendError::Section(heading));
        }
        if let Some((old, new)) = reworded {
            let runs = crate::diff::inline::diff_text(old, new, &Default::default());
            for edit in text_edits(&runs) {
                b.out.push(Amendment::Edit {
                    place: Place::Heading(old.clone()),
                    edit,
                });
            }
        }
        last_old_section = s.old_index.unwrap_or(last_old_section);
        let part = s.kind.part();
        let slot = usize::from(part == Part::Operative);
        let first = counted[slot];
        counted[slot] += s.clauses.iter().filter(|c| is_old(c)).count();
        let top = |c: &ClauseChange| {
            let label = c.old_label.as_deref().and_then(number_label).filter(|n| {
                part == Part::Operative && numbers.iter().filter(|m| *m == n).count() == 1
            });
            Target {
                part,
                // Named by its number, a paragraph needs no position.
                number: if label.is_some() {
                    0
                } else {
                    first + c.old_index.unwrap_or(0)
                },
                label,
                path: Vec::new(),
            }
        };
        b.siblings(&s.clauses, &top, &Under::Heading(heading))?;
    }
    let Builder {
        mut out,
        relabels,
        accordingly,
        ..
    } = b;
    // Renumbering accordingly is said once, for every list it serves, when it gives some new
    // label; where it gives another label than the new text's, the label is given.
    let use_accordingly = accordingly
        .iter()
        .any(|r| r.by_renumbering == r.new && r.new != r.old);
    if use_accordingly {
        out.push(Amendment::RenumberAccordingly);
    }
    let listed = relabels
        .into_iter()
        .map(|r| (r, false))
        .chain(accordingly.into_iter().map(|r| (r, use_accordingly)));
    for (r, renumbered) in listed {
        let would_be = if renumbered {
            &r.by_renumbering
        } else {
            &r.old
        };
        if &r.new != would_be {
            out.push(Amendment::Relabel {
                target: r.target,
                label: r.new,
            });
        }
    }
    out.extend(notes);
    Ok(out)
}

/// An old paragraph's labels: old, after renumbering accordingly, new.
struct Relabel {
    target: Target,
    old: String,
    by_renumbering: String,
    new: String,
}

struct Builder {
    out: Vec<Amendment>,
    /// Relabels in lists with no insertion or deletion: always said.
    relabels: Vec<Relabel>,
    /// Old paragraphs of lists with an insertion or deletion: said unless renumbering gives them.
    accordingly: Vec<Relabel>,
    /// Section headings of the old text that name one section only.
    unique_headings: Vec<String>,
}

/// `5` of a label `5` or `5.`: a plain paragraph number.
fn number_label(written: &str) -> Option<String> {
    Label::parse(written)
        .ok()
        .filter(|l| l.scheme() == Scheme::Number && l.suffix().is_none())
        .map(|l| l.norm().to_string())
}

/// Whether the clause stood in this list of the old text (a clause moved in did not: its
/// `old_index` is its place in the list it left).
fn is_old(c: &ClauseChange) -> bool {
    c.change.whole() != Some(Op::Insert)
}

fn new_clause(c: &ClauseChange) -> NewClause {
    NewClause {
        label: c.new_label.clone().unwrap_or_default(),
        text: new_text(&c.inline),
        children: c
            .children
            .iter()
            .filter(|k| k.change.whole() != Some(Op::Delete))
            .map(new_clause)
            .collect(),
    }
}

impl Builder {
    /// One list of siblings (a section's paragraphs, or a paragraph's subparagraphs).
    fn siblings(
        &mut self,
        list: &[ClauseChange],
        target: &dyn Fn(&ClauseChange) -> Target,
        owner: &Under,
    ) -> Result<(), AmendError> {
        let mut last_old: Option<Target> = None;
        let mut numbered: Vec<Numbered> = Vec::new();
        let mut first_change: Option<usize> = None;
        let mut kept: Vec<(usize, Target, Option<String>)> = Vec::new();
        for (i, c) in list.iter().enumerate() {
            match c.change.whole() {
                Some(Op::Insert) => {
                    let clause = new_clause(c);
                    let instruction = match &last_old {
                        Some(t) => Amendment::InsertAfter {
                            target: t.clone(),
                            clause,
                        },
                        None => match list[i..].iter().find(|k| is_old(k)) {
                            Some(next) => Amendment::InsertBefore {
                                target: target(next),
                                clause,
                            },
                            // The list was empty: the paragraph goes under its heading, or at
                            // the end of its parent.
                            None => match owner {
                                Under::Heading(h) if !self.unique_headings.contains(h) => {
                                    return Err(AmendError::Unplaced(h.clone()));
                                }
                                _ => Amendment::Append {
                                    under: owner.clone(),
                                    clause,
                                },
                            },
                        },
                    };
                    self.out.push(instruction);
                    first_change.get_or_insert(numbered.len());
                    numbered.push(Numbered {
                        label: c.new_label.clone().unwrap_or_default(),
                        inserted: true,
                    });
                }
                Some(_) => {
                    let t = target(c);
                    self.out.push(Amendment::Delete(t.clone()));
                    first_change.get_or_insert(numbered.len());
                    last_old = Some(t);
                }
                None => {
                    let t = target(c);
                    self.clause(c, &t)?;
                    kept.push((numbered.len(), t.clone(), c.new_label.clone()));
                    numbered.push(Numbered {
                        label: c.old_label.clone().unwrap_or_default(),
                        inserted: false,
                    });
                    last_old = Some(t);
                }
            }
        }
        let old_labels: Vec<String> = numbered.iter().map(|n| n.label.clone()).collect();
        match first_change {
            Some(from) => {
                renumber(&mut numbered, from);
                for (i, target, new) in kept {
                    self.accordingly.push(Relabel {
                        target,
                        old: old_labels[i].clone(),
                        by_renumbering: numbered[i].label.clone(),
                        new: new.unwrap_or_default(),
                    });
                }
            }
            None => {
                for (i, target, new) in kept {
                    let old = old_labels[i].clone();
                    self.relabels.push(Relabel {
                        target,
                        by_renumbering: old.clone(),
                        old,
                        new: new.unwrap_or_default(),
                    });
                }
            }
        }
        Ok(())
    }

    /// A paragraph kept: its words, then its subparagraphs.
    fn clause(&mut self, c: &ClauseChange, t: &Target) -> Result<(), AmendError> {
        for edit in text_edits(&c.inline) {
            self.out.push(Amendment::Edit {
                place: Place::Paragraph(t.clone()),
                edit,
            });
        }
        if !c.touched() {
            return Ok(());
        }
        let olds: Vec<&ClauseChange> = c.children.iter().filter(|k| is_old(k)).collect();
        let step = |k: &ClauseChange| -> Step {
            let label = k.old_label.clone().unwrap_or_default();
            let unique = olds
                .iter()
                .filter(|o| o.old_label.as_deref() == Some(label.as_str()))
                .count()
                == 1;
            let counts = Label::parse(&label).is_ok_and(|l| !l.scheme().is_repeating());
            if unique && counts {
                Step::Label(label)
            } else {
                Step::Ordinal(k.old_index.unwrap_or(0))
            }
        };
        let child = |k: &ClauseChange| {
            let mut path = t.path.clone();
            path.push(step(k));
            Target { path, ..t.clone() }
        };
        self.siblings(&c.children, &child, &Under::Paragraph(t.clone()))
    }
}
