//! `markup --style un`: amendment instructions worded as the UN tables them, one instruction a
//! paragraph, blank lines between:
//!
//! ```text
//! In the fourth preambular paragraph, replace “Busan, 2014” with “Dubai, 2018”.
//!
//! After operative paragraph 5, insert a new paragraph reading: “6<TAB>Requests ...”.
//!
//! Delete operative paragraph 7.
//!
//! Renumber the subsequent paragraphs accordingly.
//! ```
//!
//! Footnotes are named by their old numbers ("In footnote 11, replace …", "Delete footnote 7",
//! "Insert footnote [^new4] reading: “…”", "Renumber the footnotes accordingly.").
//!
//! Operative paragraphs are named by their number ("operative paragraph 5") where it is theirs
//! alone, else by position ("the third operative paragraph"), as preambular paragraphs are.
//! A new paragraph is quoted as `label<TAB>text`, its subparagraphs on the following lines,
//! indented two spaces a level. The wording is English: the standard phrasing in the other
//! languages is not sourced yet, so [`render`] says when it fell back. `track::apply` reads the
//! same words back: both take them from [`crate::markup::vocabulary`].

use crate::markup::amend::Amendment;
use crate::markup::vocabulary::instructions;
use crate::model::Language;

/// The instructions as text, and whether they are in English for want of the text's language.
pub fn render(amendments: &[Amendment], language: Language) -> (String, bool) {
    let text = instructions(amendments);
    // Quoted text has its control characters escaped already (`markup::quoting`, which `apply`
    // reverses); this is for the words outside quotations (a footnote mark, a label).
    (super::shown(&text).into_owned(), language != Language::En)
}
