//! `diff` as HTML: the diff as an HTML fragment for the web app and the static site, inline (one
//! column, `<del>` and `<ins>` in place) or side by side (old and new columns).
//!
//! Every clause is a row with its ITU symbol; the symbol links to the provision in the text it
//! stands in (the new text, or the old one for SUP and SUP*), at the anchor
//! [`super::tree_html`] gives it. A run of two or more unchanged provisions folds into a
//! `<details>` (no script needed). Arabic is `dir="rtl"`, so the old column stands at the right.
//! Deleted and inserted runs of clause text are the diff's segments one to one, so counting
//! `.text del` and `.text ins` gives the JSON diff's delete and insert runs.

use maud::{Markup, html};

use super::shown;
use super::tree_html::anchor;
use crate::diff::{Change, ClauseChange, DocDiff, Op, Segment};

/// One column or two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// One column, deletions and insertions in place.
    Inline,
    /// The old text at the start side, the new one beside it.
    SideBySide,
}

/// Where the two texts' pages are, for the links from each change to its provision; `None`
/// leaves the symbols unlinked (texts that have no page, such as uploads).
#[derive(Debug, Clone, Copy, Default)]
pub struct Links<'a> {
    /// The old text's page.
    pub old: Option<&'a str>,
    /// The new text's page.
    pub new: Option<&'a str>,
}

/// The diff as a `<div class="diff">`.
pub fn render(diff: &DocDiff, layout: Layout, links: Links<'_>) -> String {
    let lang = diff.new.language;
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    let class = match layout {
        Layout::Inline => "inline",
        Layout::SideBySide => "sbs",
    };
    let w = Writer { layout, links };
    html! {
        div class={ "diff " (class) } lang=(lang) dir=(dir) {
            "\n"
            (summary(diff))
            @if !diff.has_changes() {
                p class="same" { "No changes." } "\n"
            }
            @if let Some(f) = &diff.formula {
                (Row {
                    change: f.change,
                    label: Markup::default(),
                    runs: &f.inline,
                    depth: 0,
                    href: None,
                    note: String::new(),
                }
                .render(layout, "formula"))
            }
            @for s in &diff.sections {
                section class=(change_class(s.change)) {
                    "\n"
                    h3 {
                        span class="sym" dir="ltr" { (s.change.symbol()) }
                        " "
                        @match (&s.old_heading, &s.new_heading) {
                            (Some(o), Some(n)) if o != n => {
                                del { (shown(o)) } " " ins { (shown(n)) }
                            }
                            (o, n) => (shown(n.as_ref().or(o.as_ref()).map_or("", String::as_str))),
                        }
                        " "
                        span class="kind" dir="ltr" { (s.kind) }
                    }
                    "\n"
                    (w.clauses(&s.clauses, &Place {
                        old_section: s.old_index,
                        new_section: s.new_index,
                        old: Vec::new(),
                        new: Vec::new(),
                    }, 0))
                }
                "\n"
            }
        }
        "\n"
    }
    .into_string()
}

fn summary(diff: &DocDiff) -> Markup {
    html! {
        table class="summary" dir="ltr" {
            tr {
                @for c in Change::ALL {
                    th class=(change_class(c)) { (c.symbol()) }
                }
            }
            tr {
                @for c in Change::ALL {
                    td { (diff.summary[c]) }
                }
            }
        }
        "\n"
    }
}

/// A CSS class per ITU symbol.
pub fn change_class(c: Change) -> &'static str {
    match c {
        Change::Noc => "chg-noc",
        Change::Editorial => "chg-edit",
        Change::Mod => "chg-mod",
        Change::Add => "chg-add",
        Change::Sup => "chg-sup",
        Change::AddMoved => "chg-addm",
        Change::SupMoved => "chg-supm",
    }
}

/// Where a clause list stands in each text: section and path of 1-based places.
struct Place {
    old_section: Option<usize>,
    new_section: Option<usize>,
    old: Vec<usize>,
    new: Vec<usize>,
}

struct Writer<'a> {
    layout: Layout,
    links: Links<'a>,
}

impl Writer<'_> {
    fn clauses(&self, cs: &[ClauseChange], at: &Place, depth: usize) -> Markup {
        html! {
            @for run in folds(cs) {
                @if run.len() >= 2 {
                    details class="fold" {
                        summary dir="ltr" {
                            (run.iter().map(count).sum::<usize>()) " unchanged provisions"
                        }
                        "\n"
                        @for c in run {
                            (self.clause(c, at, depth))
                        }
                    }
                    "\n"
                } @else {
                    @for c in run {
                        (self.clause(c, at, depth))
                    }
                }
            }
        }
    }

    fn clause(&self, c: &ClauseChange, at: &Place, depth: usize) -> Markup {
        let mut old = at.old.clone();
        let mut new = at.new.clone();
        let here = Place {
            old_section: at.old_section,
            new_section: at.new_section,
            old: match c.old_index {
                Some(i) => {
                    old.push(i);
                    old
                }
                None => Vec::new(),
            },
            new: match c.new_index {
                Some(i) => {
                    new.push(i);
                    new
                }
                None => Vec::new(),
            },
        };
        let on_old = matches!(c.change, Change::Sup | Change::SupMoved);
        let (href, section, path) = if on_old {
            (self.links.old, here.old_section, &here.old)
        } else {
            (self.links.new, here.new_section, &here.new)
        };
        let target = match (href, section) {
            (Some(h), Some(s)) if path.len() == depth + 1 => {
                Some(format!("{h}#{}", anchor(s, path)))
            }
            _ => None,
        };
        let label = match (&c.old_label, &c.new_label) {
            (Some(o), Some(n)) if c.relabeled && !c.moved => {
                html! { del { (shown(o)) } " " ins { (shown(n)) } }
            }
            (o, n) => html! {
                (shown(super::diff_text::shown_label(c, o, n).as_deref().unwrap_or("")))
            },
        };
        let note = c.move_note().unwrap_or_default();
        html! {
            (Row {
                change: c.change,
                label,
                runs: &c.inline,
                depth,
                href: target,
                note,
            }
            .render(self.layout, "clause"))
            (self.clauses(&c.children, &here, depth + 1))
        }
    }
}

/// The clauses in runs: each changed clause alone, unchanged ones together (a run of two or
/// more folds).
fn folds(cs: &[ClauseChange]) -> Vec<&[ClauseChange]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let run = cs[i..].iter().take_while(|c| unchanged(c)).count().max(1);
        out.push(&cs[i..i + run]);
        i += run;
    }
    out
}

/// A clause with nothing changed in it or below it, and no renumbered note mark to show.
fn unchanged(c: &ClauseChange) -> bool {
    !c.touched() && !c.renumbers_notes()
}

fn count(c: &ClauseChange) -> usize {
    1 + c.children.iter().map(count).sum::<usize>()
}

struct Row<'a> {
    change: Change,
    label: Markup,
    runs: &'a [Segment],
    depth: usize,
    href: Option<String>,
    note: String,
}

impl Row<'_> {
    fn render(&self, layout: Layout, kind: &str) -> Markup {
        let side = |keep: Op| {
            let text = runs(self.runs, Some(keep));
            html! {
                @if !text.0.is_empty() {
                    span class="label" { (self.label) }
                    span class="text" { (text) }
                }
            }
        };
        let note = html! {
            @if !self.note.is_empty() {
                " " span class="note" dir="ltr" { "(" (shown(&self.note)) ")" }
            }
        };
        html! {
            div class={ "row " (kind) " " (change_class(self.change)) " depth-" (self.depth.min(4)) } {
                @match &self.href {
                    Some(h) => a class="sym" dir="ltr" href=(shown(h)) { (self.change.symbol()) },
                    None => span class="sym" dir="ltr" { (self.change.symbol()) },
                }
                @match layout {
                    Layout::Inline => {
                        span class="label" { (self.label) }
                        span class="text" { (runs(self.runs, None)) }
                        (note)
                    }
                    Layout::SideBySide => {
                        div class="old" { (side(Op::Delete)) }
                        div class="new" { (side(Op::Insert)) (note) }
                    }
                }
            }
            "\n"
        }
    }
}

/// Changed text, with each invisible character a labelled mark where they are the change:
/// `⟨NBSP⟩`, its full name and code point as the title.
fn changed(text: &str, name: bool) -> Markup {
    if !name {
        return html! { (shown(text)) };
    }
    html! {
        @for p in super::visible::pieces(text) {
            @match p {
                super::visible::Piece::Text(t) => (shown(&t)),
                super::visible::Piece::Named(short, long, c) => {
                    span class="invisible" title={ (long) " (U+" (format!("{:04X}", u32::from(c))) ")" } {
                        "⟨" (short) "⟩"
                    }
                }
            }
        }
    }
}

/// Segments as HTML: all of them, or one side's (`Some(Op::Delete)`: the old text, a
/// renumbered footnote mark under its old number there). In the one-column view a renumbered
/// mark reads `[^6 (was 4)]`, the note of its renumbering in a `was` span.
fn runs(segments: &[Segment], side: Option<Op>) -> Markup {
    let keep = |op: Op| side.is_none_or(|k| op == Op::Equal || op == k);
    let how = super::visible::shown_runs(segments);
    html! {
        @for (s, how) in segments.iter().zip(&how).filter(|(s, _)| keep(s.op)) {
            @match (s.op, &s.was) {
                (Op::Equal, Some(was)) if side == Some(Op::Delete) => (shown(&s.old_side())),
                (Op::Equal, Some(was)) if side.is_none() => {
                    (shown(s.text.strip_suffix(']').unwrap_or(&s.text)))
                    " " span class="was" title={ "footnote " (shown(was)) " in the old text" } {
                        "(was " (shown(was)) ")"
                    }
                    "]"
                }
                (Op::Equal, _) => (shown(&s.text)),
                (Op::Insert, _) => ins { (changed(&s.text, how.name)) },
                (Op::Delete, _) => del { (changed(&s.text, how.name)) },
            }
            @if let Some(n) = &how.note {
                " " span class="invisible" { "⟨" (shown(n)) "⟩" }
            }
        }
    }
}
