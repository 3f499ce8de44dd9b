//! `log` and `blame` as HTML fragments for the web app and the static site. The pages they
//! link to belong to the caller, which passes a function naming each link.

use maud::{Markup, html};

use crate::diff::Change;
use crate::render::shown;
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
    html! {
        table class="log" {
            thead {
                tr {
                    th { "revision" } th { "status" } th { "date" } th { "proposer" }
                    th { "clauses" } th { "compared with" }
                    @for c in Change::ALL {
                        th { (c.symbol()) }
                    }
                    th {}
                }
            }
            tbody {
                "\n"
                @for e in l.adopted.iter().chain(&l.proposals) {
                    (entry(e, links))
                }
            }
        }
        "\n"
    }
    .into_string()
}

fn entry(e: &Entry, links: &dyn LogLinks) -> Markup {
    let when = e.date.map_or_else(|| e.year.to_string(), |d| d.to_string());
    html! {
        tr {
            td { a href=(shown(&links.text(&e.address))) { (shown(&e.revision)) } }
            td { (e.status.as_str()) }
            td { (when) }
            td { (shown(e.proposer.as_deref().unwrap_or(""))) }
            td { (e.clauses) }
            td {
                @if let Some(f) = &e.from {
                    a href=(shown(&links.step(f, &e.address))) {
                        (shown(f.split('@').nth(1).unwrap_or(f)))
                    }
                }
            }
            @for c in Change::ALL {
                td {
                    @if let Some(m) = &e.changes { (m[c]) }
                }
            }
            td { a href=(shown(&links.blame(&e.address))) { "blame" } }
        }
        "\n"
    }
}

/// Blame as a table: for each clause, where it first appeared and where its text last changed.
/// `rtl` sets the direction of the clause texts.
pub fn blame(lines: &[BlameLine], rtl: bool) -> String {
    let dir = if rtl { "rtl" } else { "ltr" };
    html! {
        table class="blame" {
            thead {
                tr { th { "introduced" } th { "last changed" } th { "section" } th { "clause" } }
            }
            tbody {
                "\n"
                @for l in lines {
                    @let label = l.path.last().map_or("", String::as_str);
                    tr {
                        td { (shown(&l.introduced)) }
                        td { (shown(&l.changed)) }
                        td { (shown(&l.section)) }
                        td dir=(dir) class={ "depth-" (l.depth.min(4)) } {
                            span class="label" { (shown(if label.is_empty() { "¶" } else { label })) }
                            " "
                            (shown(&l.text))
                        }
                    }
                    "\n"
                }
            }
        }
        "\n"
    }
    .into_string()
}
