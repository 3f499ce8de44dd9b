//! `log` and `blame` as HTML fragments for the web app and the static site. The pages they
//! link to belong to the caller, which passes a function naming each link.

use maud::{Markup, html};

use crate::diff::Change;
use crate::model::{Part, PreambleCount, SectionKind, preambular};
use crate::render::html::{NoteSide, noted, paragraph_link};
use crate::render::names::Names;
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
    /// The name people give the revision at `address` (`A/RES/79/194`); `None` shows the
    /// revision id.
    fn name(&self, _address: &str) -> Option<String> {
        None
    }
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
            td {
                a href=(shown(&links.text(&e.address))) {
                    (shown(&links.name(&e.address).unwrap_or_else(|| e.revision.clone())))
                }
            }
            td { (e.status.as_str()) }
            td { (when) }
            td { (shown(e.proposer.as_deref().unwrap_or(""))) }
            td { (e.clauses) }
            td {
                @if let Some(f) = &e.from {
                    a href=(shown(&links.step(f, &e.address))) {
                        (shown(&links.name(f).unwrap_or_else(|| f.split('@').nth(1).unwrap_or(f).to_string())))
                    }
                }
            }
            @for c in Change::ALL {
                td {
                    @if let Some(m) = &e.changes { (m[c]) }
                }
            }
            td { a href=(shown(&links.blame(&e.address))) { "paragraph history" } }
        }
        "\n"
    }
}

/// Each blamed clause's label: its own, or for an unlabelled one its number in the UN's count
/// of preambular paragraphs (`PP3`, in a UN text: `un`), else `¶`.
pub(crate) fn labels(lines: &[BlameLine], un: bool) -> Vec<String> {
    let mut count = PreambleCount::new(un);
    lines
        .iter()
        .map(|l| {
            let label = l.path.last().map_or("", String::as_str);
            let part = l
                .section
                .parse::<SectionKind>()
                .map_or(Part::Unknown, |k| k.part());
            match count.next(part, l.depth) {
                Some(n) if label.is_empty() => preambular(n),
                _ if label.is_empty() => "¶".to_string(),
                _ => label.to_string(),
            }
        })
        .collect()
}

/// Blame as a table: for each clause, where it first appeared and where its text last changed.
/// `rtl` sets the direction of the clause texts.
pub fn blame(lines: &[BlameLine], rtl: bool) -> String {
    blame_named(lines, rtl, &Names::default())
}

/// [`blame`] with the revisions under the names people use, and a UN text's unlabelled
/// preambular paragraphs numbered as the UN counts them (PP3); footnote marks link to the
/// notes of the page (`#fn-4`).
pub fn blame_named(lines: &[BlameLine], rtl: bool, names: &Names) -> String {
    blame_linked(lines, rtl, names, &|_| None)
}

/// As [`blame_named`], each line with a link to its paragraph's own page where `link` (given
/// the line's index) has one.
pub fn blame_linked(
    lines: &[BlameLine],
    rtl: bool,
    names: &Names,
    link: &dyn Fn(usize) -> Option<String>,
) -> String {
    let dir = if rtl { "rtl" } else { "ltr" };
    let labels = labels(lines, names.is_un());
    html! {
        table class="blame" {
            thead {
                tr { th { "introduced" } th { "last changed" } th { "section" } th { "clause" } }
            }
            tbody {
                "\n"
                @for (k, (l, label)) in lines.iter().zip(&labels).enumerate() {
                    tr {
                        td { (shown(&names.revision(&l.introduced))) }
                        td { (shown(&names.revision(&l.changed))) }
                        td { (shown(&l.section.replace('_', " "))) }
                        td dir=(dir) class={ "depth-" (l.depth.min(4)) } {
                            span class="label" { (shown(label)) }
                            " "
                            (noted(&l.text, NoteSide::New, rtl))
                            (paragraph_link(link(k)))
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
