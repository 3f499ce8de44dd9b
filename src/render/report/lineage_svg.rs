//! The clause lineage chart: an SVG with a column per revision and a line per provision. A
//! provision's line joins each revision to the one it is compared with; a mark says what
//! happened there (born, edited, renumbered, moved, suppressed, kept), and hovering over a mark
//! shows the clause as it reads in that revision (an SVG `<title>`: no script).
//!
//! Each provision is one `<g class="provision">`, so the lines can be counted. Provisions stand
//! in bands by section (recalling, considering, resolves ...), the sections in the order they
//! first come, each band under a `<g class="section">` row naming it with a rule across the
//! chart, so a reader knows where in the text a line is. Each row is labelled with the
//! paragraph's number (as written, or PP3 for a UN preambular paragraph) and its opening words,
//! the whole text on hover; each column is headed by its year and the revision's short name.

use std::fmt::{Display, Write};

use maud::{Escaper, Markup, PreEscaped, html};

use crate::model::{Part, PreambleCount, SectionKind, preambular};
use crate::render::names::Names;
use crate::render::shown;
use crate::track::history::lineage::{Event, Lineage, Provision};

const COL: usize = 120;
const ROW: usize = 14;
/// Room for a row's number and opening words.
const LEFT: usize = 300;
const TOP: usize = 60;
/// How many characters of a paragraph's opening words a row shows.
const OPENING: usize = 40;

/// The section each provision first stands in.
fn section_of(p: &Provision) -> &str {
    p.cells
        .iter()
        .flatten()
        .next()
        .map_or("", |c| c.section.as_str())
}

/// The provisions in bands: grouped by section, sections in the order they first come, the
/// reading order kept within each (a provision moved across sections would otherwise open a
/// band of one row inside another).
fn banded(l: &Lineage) -> Vec<&Provision> {
    band_order(l)
        .into_iter()
        .map(|i| &l.provisions[i])
        .collect()
}

/// The indexes of the provisions in band order (see [`banded`]).
fn band_order(l: &Lineage) -> Vec<usize> {
    let mut order: Vec<&str> = Vec::new();
    for p in &l.provisions {
        let s = section_of(p);
        if !order.contains(&s) {
            order.push(s);
        }
    }
    let mut out = Vec::with_capacity(l.provisions.len());
    for s in order {
        out.extend((0..l.provisions.len()).filter(|&i| section_of(&l.provisions[i]) == s));
    }
    out
}

/// Each provision's number in each column, as the chart labels it (see [`numbers`]), by the
/// provision's index in the lineage.
pub(crate) fn paragraph_numbers(l: &Lineage, un: bool) -> Vec<Vec<String>> {
    let order = band_order(l);
    let bands: Vec<&Provision> = order.iter().map(|&i| &l.provisions[i]).collect();
    let mut out = vec![Vec::new(); l.provisions.len()];
    for (i, n) in order.into_iter().zip(numbers(&bands, l.columns.len(), un)) {
        out[i] = n;
    }
    out
}

/// For each provision (in `bands` order) and column, its number as written there, or for an
/// unlabelled preambular paragraph of a UN text its place in that revision's preamble (PP3).
fn numbers(bands: &[&Provision], columns: usize, un: bool) -> Vec<Vec<String>> {
    let mut pp = vec![PreambleCount::new(un); columns];
    bands
        .iter()
        .map(|p| {
            p.cells
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let Some(cell) = cell else {
                        return String::new();
                    };
                    let part = cell
                        .section
                        .parse::<SectionKind>()
                        .map_or(Part::Unknown, |k| k.part());
                    let label = cell.label.trim();
                    // A paragraph the revision suppressed stands in its column no more.
                    let number = (cell.event != Event::Suppressed)
                        .then(|| pp[c].next(part, p.depth))
                        .flatten();
                    match number {
                        Some(n) if label.is_empty() => preambular(n),
                        _ => label.to_string(),
                    }
                })
                .collect()
        })
        .collect()
}

/// The first words of `text`, cut at a word within [`OPENING`] characters.
fn opening(text: &str) -> String {
    if text.chars().count() <= OPENING {
        return text.to_string();
    }
    let cut: String = text.chars().take(OPENING).collect();
    let words = cut.rsplit_once(' ').map_or(cut.as_str(), |(w, _)| w);
    format!("{words} …")
}

/// The chart as an `<svg>` element (to stand inside an HTML page or alone in a `.svg` file),
/// revisions under their ids.
pub fn render(l: &Lineage) -> String {
    render_named(l, &Names::default())
}

/// The chart with the revisions under the names people use.
pub fn render_named(l: &Lineage, names: &Names) -> String {
    let bands = banded(l);
    let numbers = numbers(&bands, l.columns.len(), names.is_un());
    let sections: Vec<&str> = bands.iter().map(|p| section_of(p)).collect();
    // A provision's row, counting a heading row before each band.
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
                    text x=(x(c)) y=(TOP - 34) text-anchor="middle" class="year" { (col.year) }
                    text x=(x(c)) y=(TOP - 18) text-anchor="middle" class="sub" {
                        title { (shown(&names.revision(&col.revision))) " (" (col.status.as_str()) ")" }
                        (shown(&names.short(&col.revision)))
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
            @for ((p, &r), number) in bands.iter().zip(&rows).zip(&numbers) {
                (provision(l, names, p, number, r, &x, &y))
            }
        }
        "\n"
    }
    .into_string()
}

/// One provision's `<g>`: its label, the lines from each revision to the next, its marks.
fn provision(
    l: &Lineage,
    names: &Names,
    p: &Provision,
    number: &[String],
    r: usize,
    x: &dyn Fn(usize) -> usize,
    y: &dyn Fn(usize) -> usize,
) -> Markup {
    // The row is named as the paragraph reads in the last revision that has it.
    let last = p.cells.iter().enumerate().rev().find_map(|(c, cell)| {
        cell.as_ref()
            .filter(|cell| cell.event != Event::Suppressed)
            .map(|cell| (c, cell))
    });
    let last = last.or_else(|| {
        p.cells
            .iter()
            .enumerate()
            .rev()
            .find_map(|(c, cell)| cell.as_ref().map(|cell| (c, cell)))
    });
    let (label, text) = last.map_or((String::new(), ""), |(c, cell)| {
        (number[c].clone(), cell.text.as_str())
    });
    let label = if label.is_empty() {
        "¶".to_string()
    } else {
        label
    };
    html! {
        g class={ "provision depth-" (p.depth.min(4)) } {
            "\n"
            g class="row-label" {
                title { (shown(&label)) " " (shown(text)) }
                text x=(LEFT - 6 - 8 * p.depth.min(4)) y=(y(r) + 4) class="label" text-anchor="end" {
                    tspan class="number" { (shown(&label)) } " " (shown(&opening(text)))
                }
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
                            (shown(&names.revision(&l.columns[c].revision))) ": " (cell.event.as_str()) " "
                            (shown(&number[c])) " — " (shown(&cell.text))
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

    /// Issue 26: in A/RES/74/197 … 80/118 two paragraphs crossed between preamble and operative
    /// part ("Recognizing the role of the Commission …" became operative 14 in 79/194; an
    /// operative "Also welcomes the holding of virtual E-commerce Week" became preambular in
    /// 77/150). Each stays in the band of the section it first stood in: the chart has one
    /// preambular band, then one operative band, and no band of one row between them.
    #[test]
    fn paragraphs_moved_across_sections_stay_in_their_band_on_the_real_series() {
        let corpus = Corpus::open(std::path::Path::new("resolutions")).expect("corpus");
        let number = "ict4sd".parse().expect("series");
        let mut docs: Vec<_> = corpus
            .of(Body::Unga, &number)
            .filter(|e| e.language == crate::model::Language::En)
            .map(|e| load_entry(e).expect("loads"))
            .collect();
        crate::input::corpus::chronological(&mut docs);
        let l = lineage(docs.clone()).expect("lineage");
        let crossed: Vec<&Provision> = l
            .provisions
            .iter()
            .filter(|p| {
                let mut sections = p.cells.iter().flatten().map(|c| c.section.as_str());
                let first = sections.next();
                sections.any(|s| Some(s) != first)
            })
            .collect();
        assert_eq!(crossed.len(), 2, "the two moves of the series");
        let svg = render_named(&l, &Names::of(&docs));
        let y = |line: &str, after: &str| -> usize {
            let at = line.find(after).expect(after) + after.len();
            let rest = &line[at..];
            let y = rest.split("y=\"").nth(1).expect("y");
            y[..y.find('"').expect("quote")].parse().expect("a number")
        };
        // Every row of the chart from top to bottom: a band's heading or a paragraph's label.
        let mut rows: Vec<(usize, String)> = svg
            .lines()
            .filter_map(|line| {
                if line.starts_with("<g class=\"section\">") {
                    let name = line.split("\">").last()?.strip_suffix("</text></g>")?;
                    Some((y(line, "<text"), format!("band {name}")))
                } else if line.starts_with("<g class=\"row-label\">") {
                    let text = line.split("<title>").nth(1)?.split("</title>").next()?;
                    Some((y(line, "</title>"), text.to_string()))
                } else {
                    None
                }
            })
            .collect();
        rows.sort();
        let bands: Vec<&str> = rows
            .iter()
            .filter_map(|(_, r)| r.strip_prefix("band "))
            .collect();
        assert_eq!(
            bands,
            ["preambular", "operative"],
            "bands from top to bottom"
        );
        assert!(rows[0].1 == "band preambular" && rows[1].1.starts_with("PP1 "));
        let operative = rows
            .iter()
            .position(|(_, r)| r == "band operative")
            .expect("operative band");
        for p in crossed {
            let first = p.cells.iter().flatten().next().expect("a cell");
            // The row is labelled as the paragraph last reads.
            let mut last = p
                .cells
                .iter()
                .flatten()
                .filter(|c| c.event != Event::Suppressed);
            let text = &last.next_back().expect("a cell").text;
            let opening: String = text.chars().take(40).collect();
            let at = rows
                .iter()
                .position(|(_, r)| r.contains(&opening))
                .unwrap_or_else(|| panic!("no row for {text}"));
            let preamble = first.section == "preambular";
            assert_eq!(at < operative, preamble, "{text}: in the wrong band");
        }
    }
}
