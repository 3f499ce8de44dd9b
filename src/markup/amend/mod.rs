//! UN amendment instructions: a diff laid out the way the UN tables amendments to a draft
//! resolution ("In the fourth preambular paragraph, replace “x” with “y”", "After operative
//! paragraph 5, insert a new paragraph reading: “…”", "Delete operative paragraph 7",
//! "Renumber the subsequent paragraphs accordingly").
//!
//! [`build`] turns a diff into [`Amendment`]s; `markup::vocabulary` words them (`render::amend_text` writes them out); `track::apply`
//! parses the words back and applies them to the old text. What an instruction does to a text
//! is defined here once ([`TextEdit::apply`], [`renumber`]): the builder chooses each
//! instruction by trying it, so applying the instructions to the old text gives the new one.
//!
//! Footnotes are amended as the paragraphs are, by their old numbers; see [`footnotes`].
//!
//! Every place is named in the old text's terms, as in a table of amendments to a draft:
//! paragraphs are counted through the preamble or the operative part (top-level clauses, across
//! section headings), subparagraphs are named by their label, else by their position.

mod build;
pub mod footnotes;
mod quote;

pub use build::{AmendError, build};

use crate::model::{Label, Part};

/// One step from a paragraph down to a subparagraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The child with this label as written: "subparagraph (b) of ...".
    Label(String),
    /// The child at this 1-based position: "the second subparagraph of ...".
    Ordinal(usize),
}

/// A paragraph of the old text: the `number`th of its part (or, with `number` 0, the operative
/// paragraph numbered `label`, when that number is its own in the part), then down `path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The preamble or the operative part, through which paragraphs are counted.
    pub part: Part,
    /// The paragraph's 1-based position among its part's paragraphs, across section headings;
    /// 0 when `label` names it.
    pub number: usize,
    /// "operative paragraph 5": the paragraph's number as printed, rather than its position.
    pub label: Option<String>,
    /// From the paragraph down to the subparagraph meant; empty for the paragraph itself.
    pub path: Vec<Step>,
}

/// Where a text edit applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The resolution's title: "In the title, replace ...".
    Title,
    /// The title formula ("The World Telecommunication Development Conference (Dubai,
    /// 2014),"): "In the formula, replace ...".
    Formula,
    /// A paragraph or subparagraph of the old text.
    Paragraph(Target),
    /// A footnote, by its mark in the old text: "In footnote 11, replace ...".
    Footnote(String),
    /// A section heading, as the old text words it (one section's alone): "In the heading
    /// “Internet governance”, replace ...".
    Heading(String),
}

/// A change to one text, by words quoted from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextEdit {
    /// replace “old” with “new”
    Replace {
        /// The words replaced, quoted from the text.
        old: String,
        /// The words that take their place.
        new: String,
    },
    /// delete “words”
    Delete(String),
    /// after “anchor”, insert “text”
    InsertAfter {
        /// The words, quoted from the text, that the new words follow.
        anchor: String,
        /// The words inserted.
        text: String,
    },
    /// before “anchor”, insert “text”
    InsertBefore {
        /// The words, quoted from the text, that the new words precede.
        anchor: String,
        /// The words inserted.
        text: String,
    },
    /// Replace the text of ... with “text”
    Whole(String),
}

/// Why a text edit does not apply.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("“{0}” is not in the text")]
    Missing(String),
    #[error("“{0}” occurs {1} times in the text; the instruction must quote words that occur once")]
    Ambiguous(String, usize),
}

/// The one occurrence of `words` in `text`, as a byte offset.
fn find_once(text: &str, words: &str) -> Result<usize, EditError> {
    crate::work::steps(text.len() + 1);
    let n = if words.is_empty() {
        0
    } else {
        text.matches(words).count()
    };
    match n {
        1 => Ok(text.find(words).unwrap_or_default()),
        0 => Err(EditError::Missing(words.to_string())),
        n => Err(EditError::Ambiguous(words.to_string(), n)),
    }
}

impl TextEdit {
    /// The text once the edit is made. Quoted words must occur once. Deleting words also
    /// deletes the space they leave doubled (or left before punctuation or the end); inserting
    /// words after or before an anchor puts one space between them.
    pub fn apply(&self, text: &str) -> Result<String, EditError> {
        match self {
            TextEdit::Replace { old, new } => {
                let at = find_once(text, old)?;
                Ok(format!("{}{new}{}", &text[..at], &text[at + old.len()..]))
            }
            TextEdit::Delete(words) => {
                let at = find_once(text, words)?;
                let (mut before, mut after) = (&text[..at], &text[at + words.len()..]);
                let closes =
                    after.is_empty() || after.starts_with([' ', ',', ';', '.', ':', ')', '،', '؛']);
                if before.ends_with(' ') && closes {
                    before = &before[..before.len() - 1];
                } else if before.is_empty() {
                    after = after.strip_prefix(' ').unwrap_or(after);
                }
                Ok(format!("{before}{after}"))
            }
            TextEdit::InsertAfter {
                anchor,
                text: words,
            } => {
                let at = find_once(text, anchor)? + anchor.len();
                Ok(format!("{} {words}{}", &text[..at], &text[at..]))
            }
            TextEdit::InsertBefore {
                anchor,
                text: words,
            } => {
                let at = find_once(text, anchor)?;
                Ok(format!("{}{words} {}", &text[..at], &text[at..]))
            }
            TextEdit::Whole(words) => Ok(words.clone()),
        }
    }
}

/// A paragraph to insert, with its subparagraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClause {
    /// As written; empty for an unlabelled paragraph.
    pub label: String,
    /// Its text, without the label.
    pub text: String,
    /// Its subparagraphs, in order.
    pub children: Vec<NewClause>,
}

/// Where a paragraph goes when no old paragraph stands beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Under {
    /// "Under the heading “considering”": a section that had no paragraph.
    Heading(String),
    /// "At the end of operative paragraph 5": a paragraph that had no subparagraph.
    Paragraph(Target),
}

/// One instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Amendment {
    /// "In the fourth preambular paragraph, replace “x” with “y”": a change to the words of
    /// one text.
    Edit {
        /// The text changed.
        place: Place,
        /// What happens to its words.
        edit: TextEdit,
    },
    /// "After operative paragraph 5, insert a new paragraph reading: “…”".
    InsertAfter {
        /// The old paragraph the new one follows.
        target: Target,
        /// The paragraph inserted.
        clause: NewClause,
    },
    /// "Before ..., insert a new paragraph reading: “…”": only where no old paragraph precedes
    /// the new one among its siblings.
    InsertBefore {
        /// The old paragraph the new one precedes.
        target: Target,
        /// The paragraph inserted.
        clause: NewClause,
    },
    /// Into a list that had nothing: at the end, in the order given.
    Append {
        /// The section or paragraph the list belongs to.
        under: Under,
        /// The paragraph inserted.
        clause: NewClause,
    },
    /// "Delete operative paragraph 7": the paragraph with its subparagraphs.
    Delete(Target),
    /// "Renumber ... as “5”": a label the renumbering does not give.
    Relabel {
        /// The old paragraph renumbered.
        target: Target,
        /// Its new label, as written.
        label: String,
    },
    /// "Renumber the subsequent paragraphs accordingly": see [`renumber`].
    RenumberAccordingly,
    /// "Insert footnote [^new4] reading: “…”": a note the new text cites as `[^mark]`.
    AddFootnote {
        /// The mark the quoted paragraphs cite it by ([`footnotes::NEW_MARK`] and a number).
        mark: String,
        /// Its text.
        text: String,
    },
    /// "Delete footnote 7": a note of the old text no paragraph cites any more.
    DeleteFootnote(String),
    /// "Renumber the footnotes accordingly": see [`footnotes::renumber_footnotes`].
    RenumberFootnotes,
}

/// One paragraph of a list of siblings as the renumbering sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    /// The label as written.
    pub label: String,
    /// Inserted by the instructions: its label is given, and the numbering goes on from it.
    pub inserted: bool,
}

/// "Renumber the subsequent paragraphs accordingly" on one list of siblings, from position
/// `from` (the first insertion or deletion): each old paragraph labelled in a counting scheme
/// (letters, numbers, roman numerals; not dashes, decimals or `bis` labels) takes the place after
/// the paragraph before it, written the way it was (`c)` → `b)`, `'3'` → `'2'`).
pub fn renumber(list: &mut [Numbered], from: usize) {
    let mut prev: Option<Label> = list[..from.min(list.len())]
        .iter()
        .rev()
        .find_map(|n| Label::parse(&n.label).ok().filter(|l| l.ordinal.is_some()));
    for n in list.iter_mut().skip(from) {
        let Ok(label) = Label::parse(&n.label) else {
            continue;
        };
        if !n.inserted
            && label.suffix.is_none()
            && let (Some(p), Some(ordinal)) = (&prev, label.ordinal)
            && p.scheme == label.scheme
            && let Some(expected) = p.ordinal.map(|o| o + 1)
            && expected != ordinal
            && let (Some(old), Some(new)) = (
                label.same_scheme_at(ordinal),
                label.same_scheme_at(expected),
            )
            && n.label.contains(&old)
        {
            n.label = n.label.replacen(&old, &new, 1);
        }
        if let Ok(l) = Label::parse(&n.label)
            && l.ordinal.is_some()
        {
            prev = Some(l);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deleting_words_leaves_no_double_space() {
        let del = |w: &str, t: &str| TextEdit::Delete(w.into()).apply(t);
        assert_eq!(del("very", "is very good").as_deref(), Ok("is good"));
        assert_eq!(del("very", "is good, very").as_deref(), Ok("is good,"));
        assert_eq!(del("Very", "Very good").as_deref(), Ok("good"));
        assert_eq!(del(", 2014", "Busan, 2014)").as_deref(), Ok("Busan)"));
        assert!(matches!(del("a", "a a"), Err(EditError::Ambiguous(_, 2))));
        let ins = TextEdit::InsertAfter {
            anchor: "ITU".into(),
            text: "and UNESCO".into(),
        };
        assert_eq!(
            ins.apply("ITU, WIPO").as_deref(),
            Ok("ITU and UNESCO, WIPO")
        );
    }

    #[test]
    fn renumbering_follows_each_scheme_as_written() {
        let list = |labels: &[(&str, bool)]| -> Vec<Numbered> {
            labels
                .iter()
                .map(|(l, inserted)| Numbered {
                    label: l.to_string(),
                    inserted: *inserted,
                })
                .collect()
        };
        let mut after_delete = list(&[("a)", false), ("c)", false), ("d)", false)]);
        renumber(&mut after_delete, 1);
        let labels: Vec<&str> = after_delete.iter().map(|n| n.label.as_str()).collect();
        assert_eq!(labels, ["a)", "b)", "c)"]);
        let mut after_insert = list(&[("1", false), ("2", true), ("2", false), ("'1'", false)]);
        renumber(&mut after_insert, 1);
        let labels: Vec<&str> = after_insert.iter().map(|n| n.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "3", "'1'"]);
    }
}
