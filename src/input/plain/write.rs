//! Writing a document as plain text in the shape the importer reads, so that
//! TOML -> text -> TOML gives the same document.

use std::fmt::Write;

use crate::input::corpus::metadata_toml;
use crate::model::{Clause, Document};

/// The document as text: `+++` front matter, formula, headings, `label<TAB>text` lines (nesting
/// is carried by the label schemes), footnote definitions `[^mark]: text`.
pub fn to_plain_text(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "+++\n{}+++", metadata_toml(doc));
    if let Some(f) = &doc.formula {
        let _ = writeln!(out, "{f}");
    }
    for s in &doc.sections {
        let _ = writeln!(out, "{}", s.heading);
        write_clauses(&mut out, &s.clauses);
    }
    for f in &doc.footnotes {
        let _ = writeln!(out, "[^{}]: {}", f.mark, f.text);
    }
    out
}

fn write_clauses(out: &mut String, clauses: &[Clause]) {
    for c in clauses {
        if c.label.written.is_empty() {
            let _ = writeln!(out, "{}", c.text);
        } else {
            let _ = writeln!(out, "{}\t{}", c.label.written, c.text);
        }
        write_clauses(out, &c.children);
    }
}
