//! `diff` as HTML: the diff as an HTML fragment for the web app and the static site, inline (one
//! column, `<del>` and `<ins>` in place) or side by side (old and new columns).
//!
//! Every clause is a row with its ITU symbol; the symbol links to the provision in the text it
//! stands in (the new text, or the old one for SUP and SUP*), at the anchor
//! [`super::tree_html`] gives it. A run of two or more unchanged provisions folds into a
//! `<details>` (no script needed). Arabic is `dir="rtl"`, so the old column stands at the right.
//! Deleted and inserted runs of clause text are the diff's segments one to one, so counting
//! `.text del` and `.text ins` gives the JSON diff's delete and insert runs.

use std::fmt::Write;

use super::escape_html as esc;
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
    let mut out = String::new();
    let lang = diff.new.language;
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    let class = match layout {
        Layout::Inline => "inline",
        Layout::SideBySide => "sbs",
    };
    let _ = writeln!(
        out,
        "<div class=\"diff {class}\" lang=\"{lang}\" dir=\"{dir}\">"
    );
    summary(&mut out, diff);
    if !diff.has_changes() {
        let _ = writeln!(out, "<p class=\"same\">No changes.</p>");
    }
    if let Some(f) = &diff.formula {
        let r = Row {
            change: f.change,
            label: String::new(),
            runs: &f.inline,
            depth: 0,
            href: None,
            note: String::new(),
        };
        r.write(&mut out, layout, "formula");
    }
    let w = Writer { layout, links };
    for s in &diff.sections {
        let heading = match (&s.old_heading, &s.new_heading) {
            (Some(o), Some(n)) if o != n => format!("<del>{}</del> <ins>{}</ins>", esc(o), esc(n)),
            (o, n) => esc(n.as_ref().or(o.as_ref()).map_or("", String::as_str)),
        };
        let _ = writeln!(
            out,
            "<section class=\"{}\">\n<h3><span class=\"sym\" dir=\"ltr\">{}</span> {heading} <span class=\"kind\" dir=\"ltr\">{}</span></h3>",
            change_class(s.change),
            esc(s.change.symbol()),
            s.kind
        );
        let place = Place {
            old_section: s.old_index,
            new_section: s.new_index,
            old: Vec::new(),
            new: Vec::new(),
        };
        w.clauses(&mut out, &s.clauses, &place, 0);
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</div>");
    out
}

fn summary(out: &mut String, diff: &DocDiff) {
    let _ = write!(out, "<table class=\"summary\" dir=\"ltr\"><tr>");
    for c in Change::ALL {
        let _ = write!(out, "<th class=\"{}\">{}</th>", change_class(c), c.symbol());
    }
    let _ = write!(out, "</tr><tr>");
    for c in Change::ALL {
        let n = diff.summary[c];
        let _ = write!(out, "<td>{n}</td>");
    }
    let _ = writeln!(out, "</tr></table>");
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
    fn clauses(&self, out: &mut String, cs: &[ClauseChange], at: &Place, depth: usize) {
        let mut i = 0;
        while i < cs.len() {
            let run = cs[i..].iter().take_while(|c| unchanged(c)).count();
            if run >= 2 {
                let n: usize = cs[i..i + run].iter().map(count).sum();
                let _ = writeln!(
                    out,
                    "<details class=\"fold\"><summary dir=\"ltr\">{n} unchanged provisions</summary>"
                );
                for c in &cs[i..i + run] {
                    self.clause(out, c, at, depth);
                }
                let _ = writeln!(out, "</details>");
                i += run;
            } else {
                self.clause(out, &cs[i], at, depth);
                i += 1;
            }
        }
    }

    fn clause(&self, out: &mut String, c: &ClauseChange, at: &Place, depth: usize) {
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
                format!("<del>{}</del> <ins>{}</ins>", esc(o), esc(n))
            }
            (o, n) => esc(super::diff_text::shown_label(c, o, n)
                .as_deref()
                .unwrap_or("")),
        };
        let note = c.move_note().unwrap_or_default();
        Row {
            change: c.change,
            label,
            runs: &c.inline,
            depth,
            href: target,
            note,
        }
        .write(out, self.layout, "clause");
        self.clauses(out, &c.children, &here, depth + 1);
    }
}

/// A clause with nothing changed in it or below it.
fn unchanged(c: &ClauseChange) -> bool {
    !c.touched()
}

fn count(c: &ClauseChange) -> usize {
    1 + c.children.iter().map(count).sum::<usize>()
}

struct Row<'a> {
    change: Change,
    /// Already escaped.
    label: String,
    runs: &'a [Segment],
    depth: usize,
    href: Option<String>,
    note: String,
}

impl Row<'_> {
    fn write(&self, out: &mut String, layout: Layout, kind: &str) {
        let sym = esc(self.change.symbol());
        let sym = match &self.href {
            Some(h) => format!("<a class=\"sym\" dir=\"ltr\" href=\"{}\">{sym}</a>", esc(h)),
            None => format!("<span class=\"sym\" dir=\"ltr\">{sym}</span>"),
        };
        let note = if self.note.is_empty() {
            String::new()
        } else {
            format!(
                " <span class=\"note\" dir=\"ltr\">({})</span>",
                esc(&self.note)
            )
        };
        let _ = write!(
            out,
            "<div class=\"row {kind} {} depth-{}\">{sym}",
            change_class(self.change),
            self.depth.min(4)
        );
        match layout {
            Layout::Inline => {
                let _ = write!(
                    out,
                    "<span class=\"label\">{}</span><span class=\"text\">{}</span>{note}",
                    self.label,
                    runs(self.runs, |_| true)
                );
            }
            Layout::SideBySide => {
                let side = |keep: Op| -> String {
                    let text = runs(self.runs, |op| op == Op::Equal || op == keep);
                    if text.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "<span class=\"label\">{}</span><span class=\"text\">{text}</span>",
                            self.label
                        )
                    }
                };
                let _ = write!(
                    out,
                    "<div class=\"old\">{}</div><div class=\"new\">{}{note}</div>",
                    side(Op::Delete),
                    side(Op::Insert)
                );
            }
        }
        let _ = writeln!(out, "</div>");
    }
}

/// Segments as HTML, those `keep` accepts.
fn runs(segments: &[Segment], keep: impl Fn(Op) -> bool) -> String {
    let mut out = String::new();
    for s in segments.iter().filter(|s| keep(s.op)) {
        let text = esc(&s.text);
        match s.op {
            Op::Equal => out.push_str(&text),
            Op::Insert => {
                let _ = write!(out, "<ins>{text}</ins>");
            }
            Op::Delete => {
                let _ = write!(out, "<del>{text}</del>");
            }
        }
    }
    out
}
