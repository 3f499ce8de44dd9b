//! The clause lineage chart: an SVG with a column per revision and a line per provision. A
//! provision's line joins each revision to the one it is compared with; a mark says what
//! happened there (born, edited, renumbered, moved, suppressed, kept), and hovering over a mark
//! shows the clause as it reads in that revision (an SVG `<title>`: no script).
//!
//! Each provision is one `<g class="provision">`, so the lines can be counted. Where the
//! section changes (recalling, considering, resolves ...), a `<g class="section">` row names
//! the new one with a rule across the chart, so a reader knows where in the text a line is.

use std::fmt::Write;

use crate::render::escape_html as esc;
use crate::track::history::lineage::{Event, Lineage};

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
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Clause lineage of {}\">",
        esc(&l.resolution)
    );
    let _ = writeln!(
        out,
        "<title>Clause lineage of {}: a column per revision, a line per provision</title>",
        esc(&l.resolution)
    );
    let x = |c: usize| LEFT + COL * c + COL / 2;
    let y = |r: usize| TOP + ROW * r + ROW / 2;
    for (c, col) in l.columns.iter().enumerate() {
        let _ = writeln!(
            out,
            "<g class=\"column {}\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" class=\"sub\">{} {}</text></g>",
            col.status.as_str(),
            x(c),
            TOP - 4,
            x(c),
            height - 4,
            x(c),
            TOP - 34,
            esc(&col.revision),
            x(c),
            TOP - 18,
            col.status.as_str(),
            col.year
        );
    }
    for (r, kind) in headings {
        let _ = writeln!(
            out,
            "<g class=\"section\"><line x1=\"4\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\
             <text x=\"4\" y=\"{}\">{}</text></g>",
            y(r) + ROW / 2,
            width - 4,
            y(r) + ROW / 2,
            y(r) + 3,
            esc(&kind.replace('_', " "))
        );
    }
    for (p, &r) in l.provisions.iter().zip(&rows) {
        let first = p.cells.iter().flatten().next();
        let label = first.map_or("", |c| c.label.as_str());
        let _ = writeln!(out, "<g class=\"provision depth-{}\">", p.depth.min(4));
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" class=\"label\" text-anchor=\"end\">{}</text>",
            LEFT - 6 - 8 * p.depth.min(4),
            y(r) + 4,
            esc(if label.is_empty() { "¶" } else { label })
        );
        for (c, cell) in p.cells.iter().enumerate() {
            let Some(cell) = cell else { continue };
            if let Some(f) = l.columns[c].from
                && p.cells[f]
                    .as_ref()
                    .is_some_and(|b| b.event != Event::Suppressed)
            {
                let _ = writeln!(
                    out,
                    "<line class=\"edge {}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                    cell.event.as_str(),
                    x(f),
                    y(r),
                    x(c),
                    y(r)
                );
            }
        }
        for (c, cell) in p.cells.iter().enumerate() {
            let Some(cell) = cell else { continue };
            let (cx, cy) = (x(c), y(r));
            let shape = match cell.event {
                Event::Suppressed => format!("<path d=\"M{} {}l8 8m0 -8l-8 8\"/>", cx - 4, cy - 4),
                Event::Born => format!("<circle cx=\"{cx}\" cy=\"{cy}\" r=\"5\"/>"),
                Event::Moved => format!("<path d=\"M{} {cy}l5 -5l5 5l-5 5z\"/>", cx - 5),
                _ => format!("<circle cx=\"{cx}\" cy=\"{cy}\" r=\"3.5\"/>"),
            };
            let _ = writeln!(
                out,
                "<g class=\"mark {}\"><title>{}: {} {} — {}</title>{shape}</g>",
                cell.event.as_str(),
                esc(&l.columns[c].revision),
                cell.event.as_str(),
                esc(&cell.label),
                esc(&cell.text)
            );
        }
        let _ = writeln!(out, "</g>");
    }
    let _ = writeln!(out, "</svg>");
    out
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
