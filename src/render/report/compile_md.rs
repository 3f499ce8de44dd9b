//! `compile --format md`: the synoptic table as a Markdown table: base text in the first
//! column, one column per proposal (its symbol in bold, then its text with `<ins>`/`<del>`);
//! conflicting rows start with ⚠. Cells show only what changes; unchanged provisions read NOC.
//! Footnote marks are GFM footnote references, their notes under the table.

use std::fmt::Write;

use super::compile_notes::Notes;
use crate::diff::Change;
use crate::render::{escape_md, marked_md};
use crate::track::compile::{Cell, RowKind, Synopsis};

fn cell(c: &Option<Cell>) -> String {
    match c {
        None => String::new(),
        Some(c) if c.change == Change::Noc => "NOC".into(),
        Some(c) => format!(
            "**{}** {}{}{}",
            escape_md(c.change.symbol()),
            c.note
                .as_deref()
                .map(|n| format!("*({})* ", escape_md(n)))
                .unwrap_or_default(),
            c.label
                .as_deref()
                .map(|l| format!("{} ", escape_md(l)))
                .unwrap_or_default(),
            marked_md(&c.inline)
        ),
    }
}

/// The table as Markdown.
pub fn render(s: &Synopsis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Synoptic table: {}\n", escape_md(&s.base));
    let names: Vec<String> = s
        .proposals
        .iter()
        .zip(&s.proposers)
        .map(|(a, p)| escape_md(&p.clone().unwrap_or_else(|| a.clone())))
        .collect();
    let _ = writeln!(
        out,
        "{} provisions, {} in conflict (⚠).\n",
        s.rows.iter().filter(|r| r.kind != RowKind::Heading).count(),
        s.conflicts()
    );
    if s.rtl {
        let _ = writeln!(out, "<div dir=\"rtl\">\n");
    }
    let mut notes = Notes::default();
    let base_notes = s.footnotes.first().map_or(&[][..], Vec::as_slice);
    let _ = writeln!(out, "| | base | {} |", names.join(" | "));
    let _ = writeln!(out, "|---|---|{}", "---|".repeat(names.len()));
    for r in &s.rows {
        // A clash says so: its row alone shows one proposal, which changes nothing else.
        let mark = match (r.clash, r.conflict) {
            (true, _) => "⚠ label clash",
            (false, true) => "⚠",
            _ => "",
        };
        let base = r.base.as_deref().map(escape_md).unwrap_or_default();
        let first = match r.kind {
            RowKind::Heading => format!("*{base}*"),
            RowKind::Provision => format!(
                "{} {base}",
                r.label.as_deref().map(escape_md).unwrap_or_default()
            ),
            RowKind::Added => String::new(),
        };
        let first = notes.link(first.trim(), base_notes, base_notes);
        let cells: Vec<String> = r
            .cells
            .iter()
            .enumerate()
            .map(|(p, c)| {
                let own = s.footnotes.get(p + 1).map_or(&[][..], Vec::as_slice);
                notes.link(&cell(c), base_notes, own)
            })
            .collect();
        let _ = writeln!(out, "| {mark} | {first} | {} |", cells.join(" | "));
    }
    out.push_str(&notes.definitions());
    if s.rtl {
        let _ = writeln!(out, "\n</div>");
    }
    out
}
