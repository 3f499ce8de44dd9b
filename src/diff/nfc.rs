//! Texts are compared in Unicode NFC: the same words typed with precomposed letters (`é`) or with
//! combining marks (`e` + U+0301), as macOS, some PDF extractors and some keyboards give them, are
//! the same words. Every shipped text is NFC already, and for those nothing is copied.

use std::borrow::Cow;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::model::{Clause, Document};

/// Whether `s` is in NFC. The characters of the shipped texts (Latin below U+0300, Arabic
/// letters, digits and presentation forms, general punctuation) are NFC on their own, and Arabic
/// harakat only need to stand in canonical order; anything else asks the full check. The full
/// check on every character was a third of a Res. 30 diff (callgrind, release: 3.5M of 10.3M).
fn is_nfc(s: &str) -> bool {
    if s.is_ascii() {
        return true;
    }
    let mut last = 0u8;
    for c in s.chars() {
        let ccc = match c {
            '\0'..='\u{02FF}'
            | '\u{0600}'..='\u{060F}'
            | '\u{061B}'..='\u{064A}'
            | '\u{0660}'..='\u{066F}'
            | '\u{0671}'..='\u{06D5}'
            | '\u{2000}'..='\u{206F}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}' => 0,
            '\u{064B}'..='\u{0652}' | '\u{0670}' => canonical_combining_class(c),
            _ => return is_nfc_quick(s.chars()) == IsNormalized::Yes,
        };
        if ccc != 0 && ccc < last {
            return false;
        }
        last = ccc;
    }
    true
}

fn nfc(s: &mut String) {
    if !is_nfc(s) {
        *s = s.nfc().collect();
    }
}

fn clauses_nfc(clauses: &[Clause]) -> bool {
    clauses
        .iter()
        .all(|c| is_nfc(&c.text) && clauses_nfc(&c.children))
}

fn clauses_to_nfc(clauses: &mut [Clause]) {
    for c in clauses {
        nfc(&mut c.text);
        clauses_to_nfc(&mut c.children);
    }
}

/// The document with its texts, headings, formula and footnotes in NFC; borrowed when they are
/// (labels compare in their own normal form already).
pub fn in_nfc(doc: &Document) -> Cow<'_, Document> {
    let already = doc.formula.as_deref().is_none_or(is_nfc)
        && doc
            .sections
            .iter()
            .all(|s| is_nfc(&s.heading) && clauses_nfc(&s.clauses))
        && doc.footnotes.iter().all(|f| is_nfc(&f.text));
    if already {
        return Cow::Borrowed(doc);
    }
    let mut d = doc.clone();
    if let Some(f) = &mut d.formula {
        nfc(f);
    }
    for s in &mut d.sections {
        nfc(&mut s.heading);
        clauses_to_nfc(&mut s.clauses);
    }
    for f in &mut d.footnotes {
        nfc(&mut f.text);
    }
    Cow::Owned(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_check_agrees_with_the_full_one() {
        for s in [
            "بالقرار 71 (المراجَع في غوادالاخارا، 2010)",
            "يذكّر",
            "يذكَّر",
            "ش\u{651}\u{64e}",
            "إ",
            "ا\u{655}",
            "Côte d'Ivoire",
            "Co\u{302}te",
            "ﻫ) — “quoted”",
            "São Tomé\u{a0}2014",
            "第71号决议，",
        ] {
            let full = is_nfc_quick(s.chars()) == IsNormalized::Yes;
            assert_eq!(is_nfc(s), full, "{s:?}");
        }
    }
}
