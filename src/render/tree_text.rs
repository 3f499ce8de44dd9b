//! `show`: the clause tree for reading in a terminal. Text stays in logical order (the terminal
//! does the right-to-left layout); labels are padded so that texts of siblings start together.

use std::fmt::Write;

use super::{Style, look, shown_line as shown};
use crate::model::{Clause, Document};

/// The document as indented, label-aligned text.
pub fn render(doc: &Document, style: Style) -> String {
    let mut out = String::new();
    let r = &doc.revision;
    let mut facts = vec![r.stage.status().to_string()];
    facts.extend(
        r.venue
            .iter()
            .map(|v| format!("{} {}", shown(v), r.year_shown())),
    );
    facts.extend(
        r.stage
            .proposer()
            .iter()
            .map(|p| format!("by {}", shown(p.as_str()))),
    );
    facts.extend(r.source.iter().map(|s| format!("doc. {}", shown(s))));
    facts.extend(
        r.base
            .iter()
            .map(|b| format!("amends {}", shown(b.as_str()))),
    );
    let _ = writeln!(
        out,
        "{}  ({})",
        style.paint(&doc.address(), look::BOLD),
        facts.join(", ")
    );
    let _ = writeln!(out, "{}", shown(doc.resolution.title_shown()));
    if let Some(l) = &doc.revision_line {
        let _ = writeln!(out, "{}", shown(l));
    }
    if let Some(f) = &doc.formula {
        let _ = writeln!(out, "\n{}", shown(f));
    }
    for s in &doc.sections {
        let _ = writeln!(
            out,
            "\n{}  {}",
            style.paint(&shown(&s.heading), look::BOLD),
            style.paint(&format!("[{}]", s.kind), look::DIM)
        );
        write_clauses(&mut out, &s.clauses, 1, style);
    }
    if !doc.footnotes.is_empty() {
        let _ = writeln!(out);
        for f in &doc.footnotes {
            let _ = writeln!(out, "[^{}] {}", shown(&f.mark), shown(&f.text));
        }
    }
    out
}

fn write_clauses(out: &mut String, clauses: &[Clause], depth: usize, style: Style) {
    let width = clauses
        .iter()
        .map(|c| shown(c.label.written().trim()).chars().count())
        .max()
        .unwrap_or(0);
    let indent = "  ".repeat(depth);
    for c in clauses {
        let label = shown(c.label.written().trim());
        let pad = " ".repeat(width - label.chars().count());
        let painted = style.paint(&label, look::CYAN);
        let gap = if width == 0 { "" } else { "  " };
        let _ = writeln!(out, "{indent}{painted}{pad}{gap}{}", shown(&c.text));
        write_clauses(out, &c.children, depth + 1, style);
    }
}
