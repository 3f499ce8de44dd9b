//! `diff` for the terminal: one block per section, one line per changed clause with its ITU
//! symbol, labels (old struck, new shown) and the words that changed.
//!
//! Without colour, deletions read `[-old-]` and insertions `{+new+}` (as `git diff --word-diff`
//! writes them), so the output stays readable in a log or a pipe. With colour they are also red
//! and green. Unchanged clauses are counted, not printed, unless `all` is set; one that cites a
//! footnote under a new number is printed as NOC, the mark read `[^6 (was 4)]`.

use std::fmt::Write;

use super::head_lines::head_lines;
use super::{Style, kept, look, shown_line as shown, visible};
use crate::diff::{Change, ClauseChange, DocDiff, Op, Segment};
use crate::model::{self, Body, preambular};

/// Options of the terminal view.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// Print unchanged clauses too.
    pub all: bool,
}

/// The diff for reading in a terminal.
pub fn render(diff: &DocDiff, style: Style, opts: TextOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}\n{} {}",
        style.paint("---", look::RED),
        diff.old.address,
        style.paint("+++", look::GREEN),
        diff.new.address
    );
    if !diff.has_changes() {
        let _ = writeln!(out, "no changes");
        return out;
    }
    let _ = writeln!(out, "{}", diff.summary);
    // The formula unchanged is left out, as an unchanged clause is.
    for (head, l) in head_lines(diff).filter(|(_, l)| l.change != Change::Noc) {
        let _ = writeln!(
            out,
            "\n{} {}{}",
            symbol(l.change, style),
            head.prefix(),
            inline(&l.inline, style)
        );
    }
    for (s, pp) in diff.sections.iter().zip(preambular_starts(diff)) {
        let heading = match (&s.old_heading, &s.new_heading) {
            (Some(o), Some(n)) if o != n => format!("{} -> {}", shown(o), shown(n)),
            (o, n) => shown(n.as_ref().or(o.as_ref()).map_or("", String::as_str)).into_owned(),
        };
        let _ = writeln!(
            out,
            "\n{} {}  [{}]",
            symbol(s.change, style),
            style.paint(&heading, look::BOLD),
            s.kind
        );
        let mut quiet = 0;
        write_clauses(&mut out, &s.clauses, pp, 1, style, opts, &mut quiet);
        if quiet > 0 {
            let _ = writeln!(out, "  … {quiet} unchanged");
        }
    }
    let notes = diff.note_changes();
    if !notes.is_empty() {
        let _ = writeln!(out, "\n{}", style.paint("footnotes", look::BOLD));
    }
    for n in &notes {
        let _ = writeln!(
            out,
            "  {} [^{}] {}",
            symbol(n.change(), style),
            shown(n.mark()),
            inline(&n.inline, style)
        );
    }
    out
}

fn symbol(c: Change, style: Style) -> String {
    let padded = format!("{:5}", c.symbol());
    match c {
        Change::Add | Change::AddMoved => style.paint(&padded, look::GREEN.bold()),
        Change::Sup | Change::SupMoved => style.paint(&padded, look::RED.bold()),
        Change::Mod | Change::Editorial => style.paint(&padded, look::YELLOW.bold()),
        Change::Noc => style.paint(&padded, look::DIM),
    }
}

/// Writes the clauses, `depth` levels down; `pp` is where a UN preamble's top-level ones start in
/// its count (old side, new side).
fn write_clauses(
    out: &mut String,
    clauses: &[ClauseChange],
    pp: Option<(usize, usize)>,
    depth: usize,
    style: Style,
    opts: TextOptions,
    quiet: &mut usize,
) {
    for c in clauses {
        // A clause citing a note under its new number is unchanged, and says so.
        if !c.touched() && !c.renumbers_notes() && !opts.all {
            *quiet += c.children.len() + 1;
            continue;
        }
        let indent = "  ".repeat(depth);
        let _ = writeln!(
            out,
            "{indent}{} {}  {}{}",
            symbol(c.change, style),
            preambular_label(c, pp).unwrap_or_else(|| labels(c, style)),
            inline(&c.inline, style),
            moved_note(c)
        );
        write_clauses(out, &c.children, None, depth + 1, style, opts, quiet);
    }
}

fn labels(c: &ClauseChange, style: Style) -> String {
    match (&c.old_label, &c.new_label) {
        (Some(o), Some(n)) if c.relabeled && !c.moved => {
            let mut out = String::new();
            mark(&mut out, o, Op::Delete, style);
            out.push(' ');
            mark(&mut out, n, Op::Insert, style);
            out
        }
        (o, n) => shown_label(c, o, n).map_or_else(|| "¶".into(), |l| shown(&l).into_owned()),
    }
}

/// Where each section's top-level paragraphs start in the UN's count of preambular paragraphs
/// (old side, new side); None where they do not count (operative sections, ITU texts).
pub(crate) fn preambular_starts(diff: &DocDiff) -> Vec<Option<(usize, usize)>> {
    let un = diff.new.body.is_some_and(Body::is_un);
    let side = |index: fn(&ClauseChange) -> Option<usize>| {
        let sections = diff.sections.iter().map(|s| {
            let paragraphs = s.clauses.iter().filter(|c| index(c).is_some()).count();
            (s.kind.part(), paragraphs)
        });
        model::preambular_starts(un, sections)
    };
    let (old, new) = (side(|c| c.old_index), side(|c| c.new_index));
    old.into_iter().zip(new).map(|(o, n)| o.zip(n)).collect()
}

/// A top-level paragraph without a label in a section whose count starts at `pp` (see
/// [`preambular_starts`]), named by the count on the side a reader looks for it: `PP3`.
pub(crate) fn preambular_label(c: &ClauseChange, pp: Option<(usize, usize)>) -> Option<String> {
    let (old_at, new_at) = pp?;
    let written = shown_label(c, &c.old_label, &c.new_label);
    if written.is_some_and(|l| !l.trim().is_empty()) {
        return None;
    }
    let on_old = matches!(c.change, Change::Sup | Change::SupMoved);
    match (c.old_index, c.new_index) {
        (_, Some(n)) if !on_old => Some(preambular(new_at + n)),
        (Some(o), _) => Some(preambular(old_at + o)),
        _ => None,
    }
}

/// The label a reader looks for: the old one for what left the text, else the new one.
pub(crate) fn shown_label(
    c: &ClauseChange,
    old: &Option<String>,
    new: &Option<String>,
) -> Option<String> {
    match c.change {
        Change::Sup | Change::SupMoved => old.clone().or(new.clone()),
        _ => new.clone().or(old.clone()),
    }
}

fn moved_note(c: &ClauseChange) -> String {
    c.move_note()
        .map_or_else(String::new, |n| format!("  ({n})"))
}

/// Appends a deleted (`[-...-]`) or inserted (`{+...+}`) run; the brackets stay with colour on,
/// so the marks survive a copy into plain text.
fn mark(out: &mut String, s: &str, op: Op, style: Style) {
    let (open, close) = match op {
        Op::Delete => ("[-", "-]"),
        _ => ("{+", "+}"),
    };
    let look = match op {
        Op::Delete => look::RED.strikethrough(),
        _ => look::GREEN.underline(),
    };
    out.push_str(open);
    let s = &*shown(s);
    if style.color {
        let _ = write!(out, "{look}{s}{look:#}");
    } else {
        out.push_str(s);
    }
    out.push_str(close);
}

/// The runs, a change of invisible characters alone named (`[- -]{+⟨NBSP⟩+}`) and a word that
/// only gained or lost a diacritic noted (`{+تسلّم+} ⟨shadda added⟩`).
fn inline(segments: &[Segment], style: Style) -> String {
    // One string for the whole clause: a string per run was a tenth of rendering.
    let mut out = String::with_capacity(segments.iter().map(|s| s.text.len() + 4).sum());
    for (s, how) in segments.iter().zip(visible::shown_runs(segments)) {
        match s.op {
            Op::Equal => out.push_str(&shown(&kept(s))),
            op if how.name => mark(&mut out, &visible::named(&s.text), op, style),
            op => mark(&mut out, &s.text, op, style),
        }
        if let Some(n) = how.note {
            let _ = write!(out, " ⟨{}⟩", shown(&n));
        }
    }
    out
}
