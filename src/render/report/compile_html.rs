//! `compile --format html`: the synoptic table as one self-contained HTML page (inline CSS,
//! right to left for Arabic), conflicting rows highlighted, section headings as full-width rows.
//! Footnote marks link to the notes listed under the table, named as the Markdown table names
//! them ([`super::compile_notes`]).

use maud::{Markup, html};

use super::compile_notes::Notes;
use crate::diff::{Change, Op};
use crate::model::Footnote;
use crate::render::diff_notes::whole_marks;
use crate::render::html::{at_marks, lines, page};
use crate::render::shown;
use crate::track::compile::{Cell, RowKind, Synopsis};

const CSS: &str = "\
body{font-family:'Times New Roman','Noto Naskh Arabic',serif;margin:1.5em}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em;vertical-align:top}\
th{background:#eee}tr.heading td{background:#f6f6f6;font-style:italic}\
tr.conflict td{background:#fff3cd}tr.conflict td:first-child::before{content:'⚠ '}\
ins{text-decoration:underline;color:#005a9c}del{text-decoration:line-through;color:#a00}\
.symbol{font-weight:bold;margin-inline-end:.4em}.noc{color:#888}\
ol.footnotes{list-style:none;padding-inline-start:0}sup.fn a{text-decoration:none}\
@media print{tr{break-inside:avoid}ins,del{color:#000}}";

/// The footnotes of the texts, base first, as the table names them (see [`Notes`]).
struct Noting<'a> {
    names: Notes,
    texts: &'a [Vec<Footnote>],
}

impl Noting<'_> {
    /// `text` with each footnote mark a superscript link to its note under the table: in a
    /// deleted run a note of the base, elsewhere one of text `at` (0 the base), else the base.
    /// A mark that names no note stays a superscript.
    fn marked(&mut self, text: &str, at: usize, deleted: bool) -> Markup {
        let base = self.texts.first().map_or(&[][..], Vec::as_slice);
        let own = self.texts.get(at).map_or(&[][..], Vec::as_slice);
        html! {
            @for (before, mark) in at_marks(text) {
                (lines(before))
                @if let Some(m) = mark {
                    @match self.names.resolve(m, deleted, base, own) {
                        Some(name) => sup class="fn" { a href={ "#" (note_id(&name)) } { (shown(m)) } },
                        None => sup class="mark" { (shown(m)) },
                    }
                }
            }
        }
    }

    /// The notes the table's marks link to, under it.
    fn list(&self) -> Markup {
        html! {
            @if self.names.named().next().is_some() {
                section class="notes" {
                    "\n"
                    h3 dir="ltr" { "Notes" } "\n"
                    ol class="footnotes" {
                        "\n"
                        @for (mark, text, name) in self.names.named() {
                            li id=(note_id(name)) {
                                span class="mark" { (shown(mark)) } " " span class="text" { (lines(text)) }
                            }
                            "\n"
                        }
                    }
                    "\n"
                }
                "\n"
            }
        }
    }
}

/// The anchor of a note as the table names it: `fn-1`, `fn-1-2` for a reworded note 1.
fn note_id(name: &str) -> String {
    format!("fn-{name}")
}

/// A proposal's cell; `at` is its text's place among the synopsis's footnotes (1 the first).
fn cell(c: &Option<Cell>, at: usize, notes: &mut Noting) -> Markup {
    html! {
        @match c {
            None => {},
            Some(c) if c.change == Change::Noc => span class="noc" { "NOC" },
            Some(c) => {
                span class="symbol" { (c.change.symbol()) }
                @if let Some(n) = &c.note {
                    i { "(" (lines(n)) ")" } " "
                }
                @if let Some(l) = &c.label {
                    (lines(l)) " "
                }
                // A renumbered mark is cut by the word diff (`[^` `1`→`2` `]`): whole first.
                @for r in &whole_marks(&c.inline) {
                    @match r.op {
                        Op::Equal => (notes.marked(&r.text, at, false)),
                        Op::Insert => ins { (notes.marked(&r.text, at, false)) },
                        Op::Delete => del { (notes.marked(&r.text, at, true)) },
                    }
                }
            }
        }
    }
}

/// The table as an HTML page.
pub fn render(s: &Synopsis) -> String {
    let dir = if s.rtl { "rtl" } else { "ltr" };
    page(
        Some(dir),
        &format!("Synoptic table: {}", s.base),
        &format!("Synoptic table: {}", s.base),
        CSS,
        table_markup(s, "base"),
    )
}

/// The count of conflicts and the table, for a page of the caller's (the web app's), the
/// base's column headed `base` (an uploaded file's name, say).
pub fn table(s: &Synopsis, base: &str) -> String {
    table_markup(s, base).into_string()
}

fn table_markup(s: &Synopsis, base: &str) -> Markup {
    let mut notes = Noting {
        names: Notes::default(),
        texts: &s.footnotes,
    };
    html! {
        p dir="ltr" { (s.conflicts()) " conflicting provision(s) highlighted." } "\n"
        table {
            "\n"
            tr {
                th { (shown(base)) }
                @for (a, p) in s.proposals.iter().zip(&s.proposers) {
                    th { (shown(p.as_ref().unwrap_or(a))) }
                }
            }
            "\n"
            @for r in &s.rows {
                @let class = match (r.kind, r.conflict) {
                    (_, true) => Some("conflict"),
                    (RowKind::Heading, _) => Some("heading"),
                    _ => None,
                };
                tr class=[class] {
                    td {
                        // Two proposals' new rows under one label: the first cell says why the
                        // row is marked, for it is empty (an added row has no base text).
                        @if r.clash {
                            b class="clash" { "label clash: " (lines(r.label.as_deref().unwrap_or_default())) }
                        }
                        @match (&r.label, &r.base) {
                            (Some(l), Some(b)) => { (lines(l)) " " (notes.marked(b, 0, false)) },
                            (None, Some(b)) => (notes.marked(b, 0, false)),
                            _ => {},
                        }
                    }
                    @for (p, c) in r.cells.iter().enumerate() {
                        td { (cell(c, p + 1, &mut notes)) }
                    }
                }
                "\n"
            }
        }
        "\n"
        (notes.list())
    }
}
