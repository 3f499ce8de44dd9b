//! Footnote marks as Word prints them: each reference given the mark its note is printed
//! with (a custom mark, or the next automatic number with any suffix ITU types after it), and
//! the mark a note's text repeats at its start.

use std::collections::BTreeMap;

use super::xml::{self, REF_CLOSE, REF_OPEN};
use crate::input::Warning;
use crate::model::{Clause, numbered_suffix, typed_suffix};

/// Renumbers footnote references `[^w:id]` as Word prints them (1, 2, ... in reading order), in
/// one pass over each text: replacing each mark in every clause was quadratic in footnotes.
pub(super) fn renumber(clauses: &mut [Clause], marks: &BTreeMap<String, String>) {
    for c in clauses {
        if c.text.contains(REF_OPEN) {
            c.text = with_marks(&c.text, marks);
        }
        renumber(&mut c.children, marks);
    }
}

/// `text` with each reference whose id has a mark written `[^mark]`; others stay as they are.
/// An id runs from an opening marker to the closing one with no other opening between
/// (`xml::reference_id`): searching on to the end after each marker was quadratic in markers.
pub(super) fn with_marks(text: &str, marks: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(REF_OPEN) {
        crate::work::steps(i + 1);
        let after = &rest[i + REF_OPEN.len_utf8()..];
        let id = xml::reference_id(after);
        match id.and_then(|id| Some((marks.get(id)?, id.len()))) {
            Some((mark, end)) => {
                out.push_str(&rest[..i]);
                out.push_str("[^");
                out.push_str(mark);
                out.push(']');
                rest = &after[end + REF_CLOSE.len_utf8()..];
                // The suffix typed after an automatic number is in the mark (`printed_marks`).
                if let Some((_, suffix)) = numbered_suffix(mark) {
                    rest = rest.strip_prefix(suffix).unwrap_or(rest);
                }
            }
            None => match id.and_then(|id| Some((super::typed::typed_number(id)?, id.len()))) {
                // A typed call that names no note: the number as typed (`typed::resolve`).
                Some((number, end)) => {
                    out.push_str(&rest[..i]);
                    out.push_str(number);
                    rest = &after[end + REF_CLOSE.len_utf8()..];
                }
                None => {
                    out.push_str(&rest[..i + REF_OPEN.len_utf8()]);
                    rest = after;
                }
            },
        }
    }
    out.push_str(rest);
    out
}

/// The mark Word prints for each footnote the text refers to (by `w:id`): a custom mark as
/// typed; otherwise the next automatic number, which a custom mark does not take (WTSA Res. 1
/// marks its revision list `1` by hand, then its automatic note prints `1`). ITU types a
/// suffix after an automatic number, in the reference's superscript and at the start of the
/// note (`1bis`): a note whose text opens with one of ITU's suffixes and a space is marked
/// with it.
pub(super) fn printed_marks(
    refs: &[(String, usize)],
    custom: &BTreeMap<String, String>,
    texts: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut next = 0;
    refs.iter()
        .map(|(id, _)| {
            if let Some(mark) = custom.get(id) {
                return (id.clone(), mark.clone());
            }
            next += 1;
            let text = texts.get(id).map_or("", |t| t.trim_start());
            let suffix = typed_suffix(text).map_or("", |(s, _)| s);
            (id.clone(), format!("{next}{suffix}"))
        })
        .collect()
}

/// A warning for each note [`printed_marks`] marks with Word's automatic number and the suffix
/// typed after it (`1bis`), naming the paragraph that refers to it (the first, when several).
pub(super) fn suffixed_notes(
    refs: &[(String, usize)],
    marks: &BTreeMap<String, String>,
    custom: &BTreeMap<String, String>,
) -> Vec<Warning> {
    refs.iter()
        .filter(|(id, _)| !custom.contains_key(id))
        .filter_map(|(id, para)| {
            let mark = marks.get(id)?;
            let (number, suffix) = numbered_suffix(mark)?;
            Some(Warning {
                chosen: None,
                line: para + 1,
                message: format!(
                    "read footnote {mark} as Word's automatic number `{number}` with `{suffix}` typed after its reference and at the start of the note: one mark, `{mark}`"
                ),
            })
        })
        .collect()
}

/// `text` after its leading footnote mark `mark`, when a space or tab follows the mark.
pub(super) fn without_mark<'t>(text: &'t str, mark: &str) -> Option<&'t str> {
    text.trim_start()
        .strip_prefix(mark)
        .filter(|rest| rest.starts_with(char::is_whitespace))
}
