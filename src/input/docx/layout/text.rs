//! What a paragraph's text holds besides its words: Word's spacing, a label before a tab, and
//! footnote references (`REF_OPEN id REF_CLOSE`), kept, shown or dropped.

use rustc_hash::FxHashSet;

use super::super::typed::{typed_as_text, typed_number};
use super::super::xml::{REF_CLOSE, REF_OPEN, reference_id};
use crate::model::{Label, Scheme};

/// Runs of spaces and tabs as one space: Word's layout leaves doubled spaces that no reader sees.
pub(in crate::input::docx) fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split([' ', '\t']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A clause's `label<TAB>text`; a label that reads as no label scheme stays in the text.
pub(super) fn split_label(text: &str) -> (Label, String) {
    if let Some((l, rest)) = text.split_once('\t')
        && let Ok(label) = Label::parse(l.trim())
        && label.scheme() != Scheme::None
    {
        return (label, squeeze(rest));
    }
    (Label::none(), squeeze(text))
}

/// The footnotes the text refers to, each once, in order; typed calls are not references.
#[derive(Default)]
pub(super) struct NoteRefs {
    /// Each id with the index of the paragraph that first refers to it.
    pub ids: Vec<(String, usize)>,
    seen: FxHashSet<String>,
}

impl NoteRefs {
    /// Adds the footnote ids `text` (paragraph `para`'s) refers to that are not held yet.
    pub fn add(&mut self, text: &str, para: usize) {
        let mut rest = text;
        while let Some(i) = rest.find(REF_OPEN) {
            let after = &rest[i + REF_OPEN.len_utf8()..];
            if let Some(id) = reference_id(after)
                && typed_number(id).is_none()
                && !self.seen.contains(id)
            {
                self.seen.insert(id.to_string());
                self.ids.push((id.to_string(), para));
            }
            rest = after;
        }
    }
}

/// `text` without its footnote references (a title's: warned about where they are met).
pub(super) fn without_refs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(REF_OPEN) {
        out.push_str(&rest[..i]);
        let after = &rest[i + REF_OPEN.len_utf8()..];
        match after.find(REF_CLOSE) {
            Some(end) => {
                // A typed call is a number, which the text holds as it was typed.
                out.push_str(typed_number(&after[..end]).unwrap_or_default());
                rest = &after[end + REF_CLOSE.len_utf8()..];
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` with its footnote references shown as `[^w:id]` and its typed calls as typed, for a
/// message.
pub(in crate::input::docx) fn shown_refs(text: &str) -> String {
    typed_as_text(text)
        .replace(REF_OPEN, "[^")
        .replace(REF_CLOSE, "]")
}
