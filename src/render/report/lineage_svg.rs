//! The clause lineage chart: an SVG with a column per revision and a line per provision. A
//! provision's line joins each revision to the one it is compared with; a mark says what
//! happened there (born, edited, renumbered, moved, suppressed, kept), and hovering over a mark
//! shows the clause as it reads in that revision (an SVG `<title>`: no script).
//!
//! Each provision is one `<g class="provision">`, so the lines can be counted. Where the
//! section changes (recalling, considering, resolves ...), a `<g class="section">` row names
//! the new one with a rule across the chart, so a reader knows where in the text a line is.

use std::fmt::{Display, Write};

use maud::{Escaper, Markup, PreEscaped, html};

use crate::render::shown;
use crate::track::history::lineage::{Event, Lineage, Provision};

const COL: usize = 120;
const ROW: usize = 14;
const LEFT: usize = 90;
const TOP: usize = 60;

/// The section each provision first stands in, in reading order.
fn sections(l: &Lineage) -> Vec<&str> {
    l.provisions
        .iter()
        .map(|p| {
            p.cells
                .iter()
                .flatten()
                .next()
                .map_or("", |c| c.section.as_str())
        })
        .collect()
}

/// The chart as an `<svg>` element (to stand inside an HTML page or alone in a `.svg` file).
pub fn render(l: &Lineage) -> String {
    let sections = sections(l);
    // A provision's row, counting a heading row before each change of section.
    let mut rows = Vec::with_capacity(sections.len());
    let mut headings = Vec::new();
    let mut row = 0;
    for (i, s) in sections.iter().enumerate() {
        if i == 0 || sections[i - 1] != *s {
            headings.push((row, *s));
            row += 1;
        }
        rows.push(row);
        row += 1;
    }
    let width = LEFT + COL * l.columns.len().max(1);
    let height = TOP + ROW * (row + 1);
    let x = |c: usize| LEFT + COL * c + COL / 2;
    let y = |r: usize| TOP + ROW * r + ROW / 2;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" class="lineage" width=(width) height=(height)
            viewBox={ "0 0 " (width) " " (height) } role="img"
            aria-label={ "Clause lineage of " (shown(&l.resolution)) } {
            "\n"
            title {
                "Clause lineage of " (shown(&l.resolution))
                ": a column per revision, a line per provision"
            }
            "\n"
            @for (c, col) in l.columns.iter().enumerate() {
                g class={ "column " (col.status.as_str()) } {
                    (closed("line", &[("x1", &x(c)), ("y1", &(TOP - 4)), ("x2", &x(c)), ("y2", &(height - 4))]))
                    text x=(x(c)) y=(TOP - 34) text-anchor="middle" { (shown(&col.revision)) }
                    text x=(x(c)) y=(TOP - 18) text-anchor="middle" class="sub" {
                        (col.status.as_str()) " " (col.year)
                    }
                }
                "\n"
            }
            @for (r, kind) in headings {
                g class="section" {
                    (closed("line", &[("x1", &4), ("y1", &(y(r) + ROW / 2)), ("x2", &(width - 4)), ("y2", &(y(r) + ROW / 2))]))
                    text x="4" y=(y(r) + 3) { (shown(&kind.replace('_', " "))) }
                }
                "\n"
            }
            @for (p, &r) in l.provisions.iter().zip(&rows) {
                (provision(l, p, r, &x, &y))
            }
        }
        "\n"
    }
    .into_string()
}

/// One provision's `<g>`: its label, the lines from each revision to the next, its marks.
fn provision(
    l: &Lineage,
    p: &Provision,
    r: usize,
    x: &dyn Fn(usize) -> usize,
    y: &dyn Fn(usize) -> usize,
) -> Markup {
    let first = p.cells.iter().flatten().next();
    let label = first.map_or("", |c| c.label.as_str());
    html! {
        g class={ "provision depth-" (p.depth.min(4)) } {
            "\n"
            text x=(LEFT - 6 - 8 * p.depth.min(4)) y=(y(r) + 4) class="label" text-anchor="end" {
                (shown(if label.is_empty() { "¶" } else { label }))
            }
            "\n"
            @for (c, cell) in p.cells.iter().enumerate() {
                @if let Some(cell) = cell
                    && let Some(f) = l.columns[c].from
                    && p.cells[f].as_ref().is_some_and(|b| b.event != Event::Suppressed)
                {
                    (closed("line", &[("class", &format!("edge {}", cell.event.as_str())), ("x1", &x(f)), ("y1", &y(r)), ("x2", &x(c)), ("y2", &y(r))]))
                    "\n"
                }
            }
            @for (c, cell) in p.cells.iter().enumerate() {
                @if let Some(cell) = cell {
                    g class={ "mark " (cell.event.as_str()) } {
                        title {
                            (shown(&l.columns[c].revision)) ": " (cell.event.as_str()) " "
                            (shown(&cell.label)) " — " (shown(&cell.text))
                        }
                        (mark(cell.event, x(c), y(r)))
                    }
                    "\n"
                }
            }
        }
        "\n"
    }
}

/// The shape of a mark, centred on (`cx`, `cy`).
fn mark(event: Event, cx: usize, cy: usize) -> Markup {
    match event {
        Event::Suppressed => closed(
            "path",
            &[("d", &format!("M{} {}l8 8m0 -8l-8 8", cx - 4, cy - 4))],
        ),
        Event::Born => closed("circle", &[("cx", &cx), ("cy", &cy), ("r", &5)]),
        Event::Moved => closed(
            "path",
            &[("d", &format!("M{} {cy}l5 -5l5 5l-5 5z", cx - 5))],
        ),
        _ => closed("circle", &[("cx", &cx), ("cy", &cy), ("r", &3.5)]),
    }
}

/// An SVG element with no content, closed as XML wants it (`<line x1="4"/>`): maud writes
/// elements without content as HTML's void elements (`<br>`). The values are escaped as maud
/// escapes them.
fn closed(name: &str, attrs: &[(&str, &dyn Display)]) -> Markup {
    let mut out = format!("<{name}");
    for (key, value) in attrs {
        let _ = write!(out, " {key}=\"");
        let _ = write!(Escaper::new(&mut out), "{value}");
        out.push('"');
    }
    out.push_str("/>");
    PreEscaped(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::corpus::{Corpus, load_entry};
    use crate::model::Body;
    use crate::track::history::lineage::lineage;

    #[test]
    fn each_section_is_named_once_above_its_provisions() {
        let corpus = Corpus::open(std::path::Path::new("resolutions")).expect("corpus");
        let docs: Vec<_> = corpus
            .of(Body::Wtdc, &30.into())
            .map(|e| load_entry(e).expect("loads"))
            .collect();
        let first_kinds: Vec<String> = docs[0]
            .sections
            .iter()
            .map(|s| s.kind.to_string().replace('_', " "))
            .collect();
        let l = lineage(docs).expect("lineage");
        let svg = render(&l);
        // Both revisions have the same sections in the same order: each heads its run of lines.
        let named: Vec<String> = svg
            .lines()
            .filter(|line| line.starts_with("<g class=\"section\">"))
            .filter_map(|line| {
                let text = line.split("<text").nth(1)?;
                Some(
                    text.split_once('>')?
                        .1
                        .strip_suffix("</text></g>")?
                        .to_string(),
                )
            })
            .collect();
        assert_eq!(named, first_kinds, "{svg}");
        assert!(named.len() > 5 && named[0] == "recalling", "{named:?}");
        assert_eq!(
            svg.matches("<g class=\"provision").count(),
            l.provisions.len()
        );
        // A heading row above each run: the chart is that much taller than a row per line.
        let height = TOP + ROW * (l.provisions.len() + named.len() + 1);
        assert!(svg.contains(&format!("height=\"{height}\"")));
    }
}
