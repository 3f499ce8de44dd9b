//! `compile --format html`: the synoptic table as one self-contained HTML page (inline CSS,
//! right to left for Arabic), conflicting rows highlighted, section headings as full-width rows.

use maud::{Markup, html};

use crate::diff::{Change, Op};
use crate::render::html::{lines, marked_lines, page};
use crate::render::shown;
use crate::track::compile::{Cell, RowKind, Synopsis};

const CSS: &str = "\
body{font-family:'Times New Roman','Noto Naskh Arabic',serif;margin:1.5em}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em;vertical-align:top}\
th{background:#eee}tr.heading td{background:#f6f6f6;font-style:italic}\
tr.conflict td{background:#fff3cd}tr.conflict td:first-child::before{content:'⚠ '}\
ins{text-decoration:underline;color:#005a9c}del{text-decoration:line-through;color:#a00}\
.symbol{font-weight:bold;margin-inline-end:.4em}.noc{color:#888}\
@media print{tr{break-inside:avoid}ins,del{color:#000}}";

fn cell(c: &Option<Cell>) -> Markup {
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
                @for r in &c.inline {
                    @match r.op {
                        Op::Equal => (marked_lines(&r.text)),
                        Op::Insert => ins { (marked_lines(&r.text)) },
                        Op::Delete => del { (marked_lines(&r.text)) },
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
        table_markup(s),
    )
}

/// The count of conflicts and the table, for a page of the caller's (the web app's).
pub fn table(s: &Synopsis) -> String {
    table_markup(s).into_string()
}

fn table_markup(s: &Synopsis) -> Markup {
    html! {
        p dir="ltr" { (s.conflicts()) " conflicting provision(s) highlighted." } "\n"
        table {
            "\n"
            tr {
                th { "base" }
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
                            (Some(l), Some(b)) => { (lines(l)) " " (marked_lines(b)) },
                            (None, Some(b)) => (marked_lines(b)),
                            _ => {},
                        }
                    }
                    @for c in &r.cells {
                        td { (cell(c)) }
                    }
                }
                "\n"
            }
        }
        "\n"
    }
}
