//! `compile --format html`: the synoptic table as one self-contained HTML page (inline CSS,
//! right to left for Arabic), conflicting rows highlighted, section headings as full-width rows.

use std::fmt::Write;

use crate::diff::{Change, Op};
use crate::render::escape_html as esc;
use crate::track::compile::{Cell, RowKind, Synopsis};

const CSS: &str = "\
body{font-family:'Times New Roman','Noto Naskh Arabic',serif;margin:1.5em}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em;vertical-align:top}\
th{background:#eee}tr.heading td{background:#f6f6f6;font-style:italic}\
tr.conflict td{background:#fff3cd}tr.conflict td:first-child::before{content:'⚠ '}\
ins{text-decoration:underline;color:#005a9c}del{text-decoration:line-through;color:#a00}\
.symbol{font-weight:bold;margin-inline-end:.4em}.noc{color:#888}\
@media print{tr{break-inside:avoid}ins,del{color:#000}}";

fn cell(c: &Option<Cell>) -> String {
    match c {
        None => String::new(),
        Some(c) if c.change == Change::Noc => "<span class=\"noc\">NOC</span>".into(),
        Some(c) => {
            let text: String = c
                .inline
                .iter()
                .map(|r| match r.op {
                    Op::Equal => esc(&r.text),
                    Op::Insert => format!("<ins>{}</ins>", esc(&r.text)),
                    Op::Delete => format!("<del>{}</del>", esc(&r.text)),
                })
                .collect::<String>()
                .replace('\n', "<br>");
            format!(
                "<span class=\"symbol\">{}</span>{}{}{text}",
                esc(c.change.symbol()),
                c.note
                    .as_deref()
                    .map(|n| format!("<i>({})</i> ", esc(n)))
                    .unwrap_or_default(),
                c.label
                    .as_deref()
                    .map(|l| format!("{} ", esc(l)))
                    .unwrap_or_default()
            )
        }
    }
}

/// The table as an HTML page.
pub fn render(s: &Synopsis) -> String {
    let dir = if s.rtl { "rtl" } else { "ltr" };
    format!(
        "<!DOCTYPE html>\n<html dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Synoptic table: {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n\
         <h1>Synoptic table: {}</h1>\n{}</body>\n</html>\n",
        esc(&s.base),
        esc(&s.base),
        table(s)
    )
}

/// The count of conflicts and the table, for a page of the caller's (the web app's).
pub fn table(s: &Synopsis) -> String {
    let mut out = format!(
        "<p>{} conflicting provision(s) highlighted.</p>\n<table>\n<tr><th>base</th>",
        s.conflicts()
    );
    for (a, p) in s.proposals.iter().zip(&s.proposers) {
        let _ = write!(
            out,
            "<th>{}</th>",
            esc(&p.clone().unwrap_or_else(|| a.clone()))
        );
    }
    out.push_str("</tr>\n");
    for r in &s.rows {
        let class = match (r.kind, r.conflict) {
            (_, true) => " class=\"conflict\"",
            (RowKind::Heading, _) => " class=\"heading\"",
            _ => "",
        };
        let base = match (&r.label, &r.base) {
            (Some(l), Some(b)) => format!("{} {}", esc(l), esc(b)),
            (None, Some(b)) => esc(b),
            _ => String::new(),
        }
        .replace('\n', "<br>");
        let _ = write!(out, "<tr{class}><td>{base}</td>");
        for c in &r.cells {
            let _ = write!(out, "<td>{}</td>", cell(c));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    out
}
