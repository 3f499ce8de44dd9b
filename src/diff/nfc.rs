//! Texts are compared in Unicode NFC: the same words typed with precomposed letters (`é`) or with
//! combining marks (`e` + U+0301), as macOS, some PDF extractors and some keyboards give them, are
//! the same words. Every shipped text is NFC already, and for those nothing is copied.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use crate::model::text::is_nfc;
use crate::model::{Clause, Document};

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

/// The document with its title, texts, headings, formula and footnotes in NFC; borrowed when they are
/// (labels compare in their own normal form already).
pub fn in_nfc(doc: &Document) -> Cow<'_, Document> {
    let already = doc.resolution.title.as_deref().is_none_or(is_nfc)
        && doc.formula.as_deref().is_none_or(is_nfc)
        && doc
            .sections
            .iter()
            .all(|s| is_nfc(&s.heading) && clauses_nfc(&s.clauses))
        && doc.footnotes.iter().all(|f| is_nfc(&f.text));
    if already {
        return Cow::Borrowed(doc);
    }
    let mut d = doc.clone();
    if let Some(t) = &mut d.resolution.title {
        nfc(t);
    }
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
