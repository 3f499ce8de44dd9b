//! `show`: the clause tree for reading in a terminal. Text stays in logical order (the terminal
//! does the right-to-left layout); labels are padded so that texts of siblings start together.

use std::fmt::Write;

use super::{Style, look};
use crate::model::{Clause, Document};

/// The document as indented, label-aligned text.
pub fn render(doc: &Document, style: Style) -> String {
    let mut out = String::new();
    let r = &doc.revision;
    let mut facts = vec![r.status.to_string()];
    facts.extend(r.venue.iter().map(|v| format!("{v} {}", r.year)));
    facts.extend(r.proposer.iter().map(|p| format!("by {p}")));
    facts.extend(r.source.iter().map(|s| format!("doc. {s}")));
    facts.extend(r.base.iter().map(|b| format!("amends {b}")));
    let _ = writeln!(
        out,
        "{}  ({})",
        style.paint(&doc.address(), look::BOLD),
        facts.join(", ")
    );
    let _ = writeln!(out, "{}", doc.resolution.title);
    if let Some(f) = &doc.formula {
        let _ = writeln!(out, "\n{f}");
    }
    for s in &doc.sections {
        let _ = writeln!(
            out,
            "\n{}  {}",
            style.paint(&s.heading, look::BOLD),
            style.paint(&format!("[{}]", s.kind), look::DIM)
        );
        write_clauses(&mut out, &s.clauses, 1, style);
    }
    if !doc.footnotes.is_empty() {
        let _ = writeln!(out);
        for f in &doc.footnotes {
            let _ = writeln!(out, "[^{}] {}", f.mark, f.text);
        }
    }
    out
}

fn write_clauses(out: &mut String, clauses: &[Clause], depth: usize, style: Style) {
    let width = clauses
        .iter()
        .map(|c| c.label.written.trim().chars().count())
        .max()
        .unwrap_or(0);
    let indent = "  ".repeat(depth);
    for c in clauses {
        let label = c.label.written.trim();
        let pad = " ".repeat(width - label.chars().count());
        let shown = style.paint(label, look::CYAN);
        let gap = if width == 0 { "" } else { "  " };
        let _ = writeln!(out, "{indent}{shown}{pad}{gap}{}", c.text);
        write_clauses(out, &c.children, depth + 1, style);
    }
}
