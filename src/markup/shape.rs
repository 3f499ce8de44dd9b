//! How a page lays out each paragraph of a proposal, as ITU's template does: a part of the
//! rules is two paragraphs ("SECTION 3", then "Study group management"), and so is an appendix
//! after the rules ("Appendix I (to Resolution 1 …)", then its title). The DOCX, HTML and
//! Markdown proposals all lay out from here, so that they show one page.

use super::{Paragraph, Proposal, Run, Style};
use crate::diff::{Op, Segment};
use crate::model::Language;

/// What one paragraph of a proposal is on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape<'p> {
    /// As its style says ([`Style`]).
    Plain,
    /// A part of the rules: its number line ("SECTION 3", ITU's SectionNo) and its title
    /// (Sectiontitle).
    Section {
        /// "SECTION " and the label, marked as the label is.
        number: Vec<Run>,
        /// The clause's text.
        title: &'p [Run],
    },
    /// An unlabelled top-level paragraph after a part of the rules holding " – ": an appendix,
    /// its number (AppendixNo) and its title (Appendixtitle) either side of the dash.
    Appendix {
        /// "Appendix I (to Resolution 1 (Rev. Hammamet, 2016))".
        number: Vec<Run>,
        /// "Information for submission of a Question".
        title: Vec<Run>,
    },
    /// Any other unlabelled top-level paragraph after a part of the rules: a heading that
    /// leaves the section before it (Heading1).
    Heading,
}

impl Shape<'_> {
    /// The paragraphs a shaped paragraph `p` is on the page, each with ITU's style: a part's
    /// number line and its title (SectionNo and Sectiontitle, AppendixNo and Appendixtitle), or
    /// one heading (Heading1). None for [`Shape::Plain`], which each page lays out by its style.
    pub fn lines<'s>(&'s self, p: &'s Paragraph) -> Option<Vec<(&'static str, &'s [Run])>> {
        Some(match self {
            Shape::Plain => return None,
            Shape::Section { number, title } => {
                vec![("SectionNo", number.as_slice()), ("Sectiontitle", *title)]
            }
            Shape::Appendix { number, title } => vec![
                ("AppendixNo", number.as_slice()),
                ("Appendixtitle", title.as_slice()),
            ],
            Shape::Heading => vec![("Heading1", p.text.as_slice())],
        })
    }
}

/// The word ITU writes before a section's number in the rules, in the languages whose word the
/// DOCX reader reads back ("SECTION 3" in English and French); elsewhere a section stays one
/// numbered paragraph.
pub fn section_word(language: Language) -> Option<&'static str> {
    matches!(language, Language::En | Language::Fr).then_some("SECTION")
}

impl Proposal {
    /// Each paragraph with what it is on the page, in order.
    pub fn shapes(&self) -> Vec<(&Paragraph, Shape<'_>)> {
        // A part of the rules has been laid out: top-level paragraphs under no section
        // heading now leave it. A section heading (*resolves*) ends the rules.
        let mut in_rules = false;
        self.paragraphs
            .iter()
            .map(|para| {
                let shape = match para.style {
                    Style::Section => match section_word(self.language) {
                        Some(word) => {
                            in_rules = true;
                            Shape::Section {
                                number: section_number(para, word),
                                title: &para.text,
                            }
                        }
                        None => Shape::Plain,
                    },
                    Style::Normal if in_rules && para.label.is_empty() => {
                        match split_runs(&para.text, " – ") {
                            Some((number, title)) => Shape::Appendix { number, title },
                            None => Shape::Heading,
                        }
                    }
                    Style::Call => {
                        in_rules = false;
                        Shape::Plain
                    }
                    _ => Shape::Plain,
                };
                (para, shape)
            })
            .collect()
    }
}

/// "SECTION 3": the word, marked as the paragraph is whole, then the label without the tab
/// that ends it.
fn section_number(para: &Paragraph, word: &str) -> Vec<Run> {
    let mut number = vec![Segment {
        op: para.whole.unwrap_or(Op::Equal),
        text: format!("{word} "),
        was: None,
    }];
    number.extend(para.label.iter().map(|r| Segment {
        text: r.text.trim_end_matches('\t').to_string(),
        ..r.clone()
    }));
    number
}

/// `runs` cut at the first `sep` they hold, `sep` dropped: None unless it lies whole in one run.
fn split_runs(runs: &[Segment], sep: &str) -> Option<(Vec<Segment>, Vec<Segment>)> {
    let at = runs.iter().position(|r| r.text.contains(sep))?;
    let (head, tail) = runs[at].text.split_once(sep)?;
    let piece = |text: &str| Segment {
        text: text.to_string(),
        ..runs[at].clone()
    };
    let mut before = runs[..at].to_vec();
    before.push(piece(head));
    let mut after = vec![piece(tail)];
    after.extend_from_slice(&runs[at + 1..]);
    Some((before, after))
}
