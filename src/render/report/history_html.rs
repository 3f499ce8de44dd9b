//! `log` and `blame` as HTML fragments for the web app and the static site. The pages they
//! link to belong to the caller, which passes a function naming each link.

use std::fmt::Write;

use crate::diff::Change;
use crate::render::escape_html as esc;
use crate::track::history::{BlameLine, Entry, Log};

/// The links a log table needs: a revision's page, and the page of the step from one revision
/// (address) to another.
pub trait LogLinks {
    /// The page of the text at `address`.
    fn text(&self, address: &str) -> String;
    /// The page of the diff from `from` to `to` (addresses).
    fn step(&self, from: &str, to: &str) -> String;
    /// The blame page of the text at `address`.
    fn blame(&self, address: &str) -> String;
}

/// The log as a table: adopted texts, then proposals, each with its step's counts.
pub fn log(l: &Log, links: &dyn LogLinks) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<table class=\"log\"><thead><tr><th>revision</th><th>status</th><th>date</th>\
         <th>proposer</th><th>clauses</th><th>compared with</th>"
    );
    for c in Change::ALL {
        let _ = write!(out, "<th>{}</th>", c.symbol());
    }
    let _ = writeln!(out, "<th></th></tr></thead><tbody>");
    for e in l.adopted.iter().chain(&l.proposals) {
        entry(&mut out, e, links);
    }
    let _ = writeln!(out, "</tbody></table>");
    out
}

fn entry(out: &mut String, e: &Entry, links: &dyn LogLinks) {
    let when = e.date.map_or_else(|| e.year.to_string(), |d| d.to_string());
    let from = match &e.from {
        Some(f) => format!(
            "<a href=\"{}\">{}</a>",
            esc(&links.step(f, &e.address)),
            esc(f.split('@').nth(1).unwrap_or(f))
        ),
        None => String::new(),
    };
    let _ = write!(
        out,
        "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{when}</td><td>{}</td><td>{}</td><td>{from}</td>",
        esc(&links.text(&e.address)),
        esc(&e.revision),
        e.status.as_str(),
        esc(e.proposer.as_deref().unwrap_or("")),
        e.clauses
    );
    for c in Change::ALL {
        let n = e
            .changes
            .as_ref()
            .map_or(String::new(), |m| m[c].to_string());
        let _ = write!(out, "<td>{n}</td>");
    }
    let _ = writeln!(
        out,
        "<td><a href=\"{}\">blame</a></td></tr>",
        esc(&links.blame(&e.address))
    );
}

/// Blame as a table: for each clause, where it first appeared and where its text last changed.
/// `rtl` sets the direction of the clause texts.
pub fn blame(lines: &[BlameLine], rtl: bool) -> String {
    let dir = if rtl { "rtl" } else { "ltr" };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<table class=\"blame\"><thead><tr><th>introduced</th><th>last changed</th><th>section</th>\
         <th>clause</th></tr></thead><tbody>"
    );
    for l in lines {
        let label = l.path.last().map_or("", String::as_str);
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td dir=\"{dir}\" class=\"depth-{}\"><span class=\"label\">{}</span> {}</td></tr>",
            esc(&l.introduced),
            esc(&l.changed),
            esc(&l.section),
            l.depth.min(4),
            esc(if label.is_empty() { "¶" } else { label }),
            esc(&l.text)
        );
    }
    let _ = writeln!(out, "</tbody></table>");
    out
}
