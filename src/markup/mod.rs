//! Amendment markup: from a [`DocDiff`](crate::diff::DocDiff) to the proposal a delegation submits, as a list of
//! paragraphs of marked runs that every proposal renderer (HTML, DOCX, Markdown) draws alike.
//!
//! The layout follows ITU's guidelines for proposals (`../shared/README.md`). By default
//! ([`Numbering::Resolution`]) a revised resolution is ONE proposal, as PP, WTDC and WTSA
//! receive it: "MOD RCC/23A1/1" above the heading ("RESOLUTION 30 (REV. ~~DUBAI, 2014~~ BUENOS
//! AIRES, 2017)", the title and the formula), the whole revised text with its marks and no
//! symbol lines, and one "Reasons:" at the end. [`Numbering::PerProvision`] (the practice for the
//! Radio Regulations and the Constitution and Convention) makes the heading proposal 1 and each
//! top-level clause one provision with its symbol and, when it changes, the next proposal number
//! and a "Reasons:" line. Above either form stands the [`Cover`] block of the ITU document
//! (conference, addendum, date, original language, source, title). Inserted text
//! is [`Op::Insert`], deleted text [`Op::Delete`]; a relabelled clause shows its old label
//! deleted and its new one inserted, as in the seed. Children travel inside their parent's
//! provision, each at its own depth ([`Style::Enumlev`]). Accepting every insertion and rejecting every deletion gives the proposal's text;
//! the reverse gives the base's: [`Paragraph::accepted`] and [`Paragraph::rejected`] say so
//! for one paragraph, and the DOCX test checks it with LibreOffice.
//!
//! The markup reads the diff alone (ids, title, formula, footnotes are all in it), and only an
//! exact diff ([`DiffOptions::default`](crate::diff::DiffOptions)): a normalised one could not
//! give back either text, so [`build`] refuses it ([`MarkupError::NotExact`]).

pub mod amend;
mod build;
mod cover;
pub mod quoting;
mod reasons;
mod shape;
mod units;
pub mod vocabulary;

use std::borrow::Cow;

use crate::diff::{Change, Normalisation, Op, Segment, Summary, new_text, old_text};
use crate::model::{Date, Footnote, Language, Proposer};

pub use build::build;
use build::equal;
#[cfg(test)]
use build::run;
pub use cover::{Cover, CoverOptions};
pub use reasons::{Reasons, ReasonsError};
pub use shape::{Shape, section_word};

/// Who proposes, in which document: the parts of a proposal id `RCC/23A1/5`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalMeta {
    /// `RCC`, `APT`, `CEPT`, ... also the author of the DOCX revisions.
    pub proposer: Proposer,
    /// The conference document number (`23` of WTDC-17/23); `None` for a draft the secretariat
    /// has not numbered yet, written with the visible placeholder [`DOC_PLACEHOLDER`].
    pub doc: Option<u32>,
    /// The annex or addendum (`1` of 23A1), if any.
    pub annex: Option<u32>,
    /// ISO date stamped on tracked changes.
    pub date: Date,
}

/// How a proposal is numbered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Numbering {
    /// One proposal for the whole resolution (PP, WTDC, WTSA practice): one id, one Reasons.
    #[default]
    Resolution,
    /// One proposal per changed provision, each with its symbol, id and Reasons (Radio
    /// Regulations, Constitution and Convention practice).
    PerProvision,
}

/// How to lay the proposal out.
#[derive(Debug, Clone, Default)]
pub struct MarkupOptions {
    /// Replace each run of unchanged provisions by one "…" line.
    pub collapse_noc: bool,
    /// Reasons per proposal number.
    pub reasons: Reasons,
    /// One proposal for the whole resolution, or one per changed provision.
    pub numbering: Numbering,
    /// What the cover block says beyond the proposal's metadata.
    pub cover: CoverOptions,
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
    /// The list of earlier revisions under the title, with its footnote marks.
    Resref,
    /// The formula after the title.
    Normalaftertitle,
    /// A section heading: *recalling*, *resolves*.
    Call,
    /// A top-level clause.
    Normal,
    /// A top-level clause that is a part of the rules ("SECTION 3", "Study group management"):
    /// its label is a number and its items are numbered 3.1, 3.2, ... A word processor shows it
    /// as two paragraphs, ITU's SectionNo and Sectiontitle.
    Section,
    /// A clause nested `n` levels deep (1, 2, ...): ITU's enumlev1-enumlev3, and for deeper
    /// levels styles of the same name indented one step further each, so that the depth reads
    /// back from the style alone.
    Enumlev(usize),
    /// "Reasons: ..."
    Reasons,
    /// "…" standing for unchanged provisions.
    Ellipsis,
    /// "moved from 1.12" / "moved to 4.4bis": where a provision marked ADD* came from or one
    /// marked SUP* went, just above it.
    MoveNote,
}

impl Style {
    /// The style id in ITU's template.
    pub fn name(self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Style::Proposal => "Proposal",
            Style::ResNo => "ResNo",
            Style::Restitle => "Restitle",
            Style::Resref => "Resref",
            Style::Normalaftertitle => "Normalaftertitle",
            Style::Call => "Call",
            Style::Normal => "Normal",
            Style::Section => "Sectiontitle",
            Style::Enumlev(n) => return Cow::Owned(format!("enumlev{n}")),
            Style::Reasons => "Reasons",
            Style::Ellipsis => "Normal",
            Style::MoveNote => "MoveNote",
        })
    }

    /// The style of a clause `depth` levels below its section.
    pub fn for_depth(depth: usize) -> Style {
        match depth {
            0 => Style::Normal,
            n => Style::Enumlev(n),
        }
    }

    /// Whether the paragraph is part of the resolution's text rather than the proposal's
    /// apparatus (symbols, ids, reasons, "…").
    pub fn is_text(self) -> bool {
        !matches!(
            self,
            Style::Proposal | Style::Reasons | Style::Ellipsis | Style::MoveNote
        )
    }
}

/// A run of text and what the proposal does to it.
pub type Run = Segment;

/// One paragraph: a label (possibly empty) and the text after it, both as marked runs. A label
/// ends with a tab run, marked like the label when the whole label is inserted or deleted: the
/// tab is what a word processor tracks between label and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The ITU paragraph style.
    pub style: Style,
    /// The label as marked runs, ending with the tab run; empty for an unlabelled paragraph.
    pub label: Vec<Run>,
    /// The text as marked runs.
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

    /// Label and text once every change is accepted.
    pub fn accepted(&self) -> Option<String> {
        (self.whole != Some(Op::Delete)).then(|| new_text(&self.label) + &new_text(&self.text))
    }

    /// Label and text once every change is rejected.
    pub fn rejected(&self) -> Option<String> {
        (self.whole != Some(Op::Insert)).then(|| old_text(&self.label) + &old_text(&self.text))
    }

    /// A symbol line's symbol and proposal id (`MOD`, `RCC/23A1/5`), which the line holds
    /// tab-separated for word processors; a NOC line has no id.
    pub fn symbol_and_id(&self) -> (String, Option<String>) {
        let line: String = self.text.iter().map(|r| r.text.as_str()).collect();
        match line.split_once('\t') {
            Some((symbol, id)) => (symbol.to_string(), Some(id.to_string())),
            None => (line, None),
        }
    }

    /// The marked runs in reading order, label first.
    pub fn runs(&self) -> impl Iterator<Item = &Run> {
        self.label.iter().chain(&self.text)
    }
}

/// One section of the proposal, for the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionEntry {
    /// The heading as written in the proposal (the base's for a suppressed section).
    pub heading: String,
    /// The section's symbol.
    pub change: Change,
}

/// The proposal document.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// The language of both texts.
    pub language: Language,
    /// Proposer, document number, annex and date.
    pub meta: ProposalMeta,
    /// Addresses of the base and the proposal texts.
    pub base: String,
    /// Address of the proposal text.
    pub proposed: String,
    /// "Draft revision of Resolution 30 (Rev. Dubai, 2014)" in the text's language.
    pub heading: String,
    /// How the proposal is numbered, as [`MarkupOptions::numbering`] asked.
    pub numbering: Numbering,
    /// The ITU document's cover block, introduction and page header.
    pub cover: Cover,
    /// Counts of provisions (clauses at every depth) per symbol; [`Summary::iter`] gives them
    /// in ITU's order (ADD, SUP, MOD, (MOD), NOC, ADD*, SUP*).
    pub summary: Summary,
    /// The sections, for the table of contents.
    pub sections: Vec<SectionEntry>,
    /// Every paragraph in document order: heading, symbol lines, clauses, reasons.
    pub paragraphs: Vec<Paragraph>,
    /// Footnotes the text refers to as `[^mark]`: the proposal's, then any only the base has.
    pub footnotes: Vec<Footnote>,
}

/// Tracked changes a word processor shows: each maximal run of inserted or of deleted text
/// within one paragraph counts once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrackedCount {
    /// Runs of inserted text.
    pub insertions: usize,
    /// Runs of deleted text.
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
    /// way (`tests/output/markup_docx.rs`). Word-level changes never run on into the next
    /// paragraph: the DOCX stamps them apart from whole-paragraph changes (see
    /// `render::proposal_docx`).
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

    /// What the proposal is called, for a window title or a file's properties: its document
    /// and its cover title ("EUR/38A1: Proposed modification to Resolution 1"), where
    /// [`Proposal::heading`] names the base it revises.
    pub fn name(&self) -> String {
        format!("{}: {}", self.meta.group(), self.cover.title)
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
        let doc = self.doc_shown();
        match self.annex {
            Some(a) => format!("{}/{doc}A{a}", self.proposer),
            None => format!("{}/{doc}", self.proposer),
        }
    }

    /// The document number, or the placeholder a draft carries until it has one.
    pub fn doc_shown(&self) -> String {
        self.doc
            .map_or_else(|| DOC_PLACEHOLDER.to_string(), |d| d.to_string())
    }
}

/// What a draft shows where the conference document number will go.
pub const DOC_PLACEHOLDER: &str = "[document number]";

/// What a draft shows, and its tracked changes name as author, until it names its proposer.
pub const PROPOSER_PLACEHOLDER: &str = "[proposer]";

/// Why no proposal can be written.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum MarkupError {
    #[error(
        "markup needs an exact diff, but this one was made with {}: its runs cannot give back either text as written",
        .options.iter().map(|o| format!("`{o}`")).collect::<Vec<_>>().join(", ")
    )]
    NotExact { options: Vec<Normalisation> },
    #[error("the reasons file names proposal {number}, but the proposal has {count} proposals")]
    UnknownReason { number: usize, count: usize },
}

#[cfg(test)]
mod tests;
