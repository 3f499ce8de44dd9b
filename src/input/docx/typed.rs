//! Typed calls: a note called by its number typed in the note reference's character style,
//! not by a `w:footnoteReference`, as ITU calls a note a second time (WTSA Res. 1, 2.1.5:
//! `study group` then a run `2` styled `FootnoteReference`). `xml` marks such a run in the
//! text, `layout` notes where each stands in the clauses, and `resolve` reads each as a call
//! of the note the text calls by that number, once the notes' printed marks are known, else as
//! the number typed; either way said.

use std::collections::BTreeMap;

use super::layout::shown_refs;
use super::xml::{REF_OPEN, reference_id};
use crate::input::Warning;
use crate::input::recommendation::Places;

/// Opens the id of a typed call: a number typed in the note reference's character style, not a
/// `w:footnoteReference`, as ITU calls a note a second time (WTSA Res. 1, 2.1.5: `study group`
/// then a run `2`). It stands in the text as `REF_OPEN TYPED number REF_CLOSE` until the notes'
/// printed marks are known: a call of the note that prints that number, else the number as text.
/// Word's `w:id` is a decimal number, so no reference's id starts with it.
pub const TYPED: char = '\u{E002}';

/// The number of a typed call, from its id (`xml::reference_id`).
pub fn typed_number(id: &str) -> Option<&str> {
    id.strip_prefix(TYPED)
}

/// `text` with each typed call as the number typed, as it was read before typed calls were: in
/// a heading, a title, a formula, which hold no note calls.
pub fn typed_as_text(text: &str) -> String {
    // No note's mark is asked for: each typed call falls to the number as typed.
    super::marks::with_marks(text, &BTreeMap::new())
}

/// A number typed in the note reference's style, where it is: read as a call once the notes'
/// marks are known (`resolve`, from `docx::build`), and said.
pub struct TypedCall {
    /// Index of its paragraph.
    pub para: usize,
    pub number: String,
    /// The paragraph's words up to it, the number included, as typed: to find it by.
    pub before: String,
}

/// The typed calls in `text` (paragraph `para`'s text, or what of it a clause holds).
pub(super) fn typed_calls(text: &str, para: usize, out: &mut Vec<TypedCall>) {
    let mut rest = text;
    while let Some(i) = rest.find(REF_OPEN) {
        let after = &rest[i + REF_OPEN.len_utf8()..];
        if let Some(number) = reference_id(after).and_then(typed_number) {
            let upto = &text[..text.len() - rest.len() + i];
            out.push(TypedCall {
                para,
                number: number.to_string(),
                before: format!("{}{number}", last_words(&shown_refs(upto), 40)),
            });
        }
        rest = after;
    }
}

/// The words that end `text`, as many whole ones as `chars` holds (one at least), after `…`
/// where some are left out.
fn last_words(text: &str, chars: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut from = words.len();
    let mut len = 0;
    while from > 0 {
        len += words[from - 1].chars().count() + 1;
        if len > chars + 1 && from < words.len() {
            break;
        }
        from -= 1;
    }
    let cut = if from > 0 { "…" } else { "" };
    format!("{cut}{}", words[from..].join(" "))
}

/// Each typed call (a number typed in the note reference's style, [`TYPED`]) read as a call
/// of the note the text calls by that number (its mark added to `marks`), else kept as the
/// number; either way said, with the paragraph and the words before it. Word prints both
/// alike, raised: the style is all that says a call was meant, so a number that names no
/// note stays text.
pub(super) fn resolve(
    calls: &[TypedCall],
    marks: &mut BTreeMap<String, String>,
    places: &Places,
) -> Vec<Warning> {
    let notes: rustc_hash::FxHashSet<String> = marks.values().cloned().collect();
    calls
        .iter()
        .map(|c| {
            let n = &c.number;
            let done = if notes.contains(n) {
                marks.insert(format!("{TYPED}{n}"), n.clone());
                format!("read as a call of note {n}, as Word prints it")
            } else {
                format!("the text calls no note {n}; kept as text")
            };
            Warning {
                line: c.para + 1,
                message: format!(
                    "{} (`{}`): `{n}` typed in the note reference's character style (`footnote reference`), not as a reference: {done}",
                    places.at(c.para + 1),
                    c.before
                ),
                chosen: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::xml::REF_CLOSE;
    use super::*;

    #[test]
    fn a_typed_call_outside_the_clauses_reads_as_the_number_typed() {
        let text = format!("study group{REF_OPEN}{TYPED}2{REF_CLOSE}, and{REF_OPEN}3{REF_CLOSE}");
        assert_eq!(
            typed_as_text(&text),
            format!("study group2, and{REF_OPEN}3{REF_CLOSE}")
        );
        let mut calls = Vec::new();
        typed_calls(&text, 7, &mut calls);
        assert_eq!(calls.len(), 1);
        assert_eq!((calls[0].para, calls[0].number.as_str()), (7, "2"));
        assert_eq!(calls[0].before, "study group2");
    }

    #[test]
    fn the_words_before_a_call_are_whole_ones() {
        let words = "appoints the chairman and vice‑chairman of the study group";
        assert_eq!(
            last_words(words, 40),
            "…and vice‑chairman of the study group"
        );
        assert_eq!(last_words("group", 3), "group");
        assert_eq!(last_words("", 40), "");
    }
}
