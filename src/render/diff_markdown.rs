//! `diff --format md`: the diff as Markdown for review in a browser, a pull request or a mail.
//!
//! Deleted text is `<del>…</del>`, inserted text `<ins>…</ins>` (GitHub and most Markdown
//! viewers render both; plain readers still see the tags). Arabic texts are wrapped in
//! `<div dir="rtl" lang="ar">` so that clauses read right to left. Every clause is listed, NOC
//! ones included, so that the document can be followed clause by clause.

use std::fmt::Write;

use super::escape_md as escape;
use super::head_lines::{Head, head_lines};
use crate::diff::{Change, ClauseChange, DocDiff, Segment};

/// The diff as a Markdown document.
pub fn render(diff: &DocDiff) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} → {}\n",
        escape(&diff.old.address),
        escape(&diff.new.address)
    );
    let _ = writeln!(
        out,
        "{}\n",
        super::line_start_md(escape(diff.new.title_shown()))
    );
    if !diff.has_changes() {
        let _ = writeln!(out, "No changes.");
        return out;
    }
    let _ = writeln!(out, "| ADD | MOD | (MOD) | SUP | ADD\\* | SUP\\* | NOC |");
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    let n = |c: Change| diff.summary[c];
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} |\n",
        n(Change::Add),
        n(Change::Mod),
        n(Change::Editorial),
        n(Change::Sup),
        n(Change::AddMoved),
        n(Change::SupMoved),
        n(Change::Noc)
    );
    let rtl = diff.new.language.is_rtl();
    for (head, l) in head_lines(diff) {
        let line = format!(
            "{} {}{}",
            symbol(l.change),
            head.prefix(),
            inline(&l.inline)
        );
        if rtl && head == Head::Formula {
            let _ = writeln!(out, "<div dir=\"rtl\">\n\n{line}\n\n</div>\n");
        } else {
            let _ = writeln!(out, "{line}\n");
        }
    }
    for (s, pp) in diff
        .sections
        .iter()
        .zip(super::diff_text::preambular_starts(diff))
    {
        let heading = match (&s.old_heading, &s.new_heading) {
            (Some(o), Some(n)) if o != n => {
                format!("<del>{}</del> <ins>{}</ins>", escape(o), escape(n))
            }
            (o, n) => escape(&n.clone().or(o.clone()).unwrap_or_default()),
        };
        let _ = writeln!(out, "## {} — {} `{}`\n", symbol(s.change), heading, s.kind);
        if rtl {
            let _ = writeln!(out, "<div dir=\"rtl\" lang=\"{}\">\n", diff.new.language);
        }
        write_clauses(&mut out, &s.clauses, pp, 0);
        if rtl {
            let _ = writeln!(out, "\n</div>");
        }
        let _ = writeln!(out);
    }
    let notes = diff.note_changes();
    if !notes.is_empty() {
        let _ = writeln!(out, "## Footnotes\n");
    }
    for n in &notes {
        let _ = writeln!(
            out,
            "- {} \\[^{}] {}",
            symbol(n.change()),
            escape(n.mark()),
            inline(&n.inline)
        );
    }
    out
}

fn symbol(c: Change) -> String {
    format!("**{}**", c.symbol().replace('*', "\\*"))
}

/// Writes the clauses, `depth` levels down; `pp` is where a UN preamble's top-level ones start in
/// its count (old side, new side).
fn write_clauses(
    out: &mut String,
    clauses: &[ClauseChange],
    pp: Option<(usize, usize)>,
    depth: usize,
) {
    for c in clauses {
        let indent = "  ".repeat(depth);
        let label = match (
            super::diff_text::preambular_label(c, pp),
            &c.old_label,
            &c.new_label,
        ) {
            (Some(number), _, _) => number,
            (None, Some(o), Some(n)) if c.relabeled && !c.moved => {
                format!("<del>{}</del> <ins>{}</ins>", escape(o), escape(n))
            }
            (None, o, n) => super::diff_text::shown_label(c, o, n)
                .map(|l| escape(&l))
                .unwrap_or_default(),
        };
        let note = c
            .move_note()
            .map_or_else(String::new, |n| format!(" *({})*", escape(&n)));
        let _ = writeln!(
            out,
            "{indent}- {} {} {}{}",
            symbol(c.change),
            label,
            inline(&c.inline),
            note
        );
        write_clauses(out, &c.children, None, depth + 1);
    }
}

fn inline(segments: &[Segment]) -> String {
    super::marked_md(segments)
}
