//! A label's gap read as a tab or a space: a tab where the text after it starts at a stop the
//! document sets (where other lines start, or other labels' text), found by binary search in
//! the stops of every page, sorted once.

use super::layout::{PageLines, plain};
use super::lines::{LABEL_GAP, Line};
use super::marks;
use crate::input::plain::copied::label_start;

/// Where the lines of every page start and where their labels' text starts, sorted, once a
/// document, for each direction: [`with_tabs`] asks it of each labelled line by binary search
/// (it scanned every line of every page for each one, quadratic in pages).
pub struct Stops {
    /// `[left to right, right to left]`: each line's edge (start), and each label's text start.
    edges: [Vec<f64>; 2],
    labels: [Vec<f64>; 2],
    /// Positions compared, for the test that the work grows with the lines, not their square.
    pub compared: std::cell::Cell<usize>,
}

/// Where a line starts: its left end, its right end when it runs right to left.
pub fn edge(l: &Line) -> f64 {
    if l.rtl { l.x1 } else { l.x0 }
}

impl Stops {
    pub fn of(pages: &[PageLines]) -> Stops {
        let mut edges = [Vec::new(), Vec::new()];
        let mut labels = [Vec::new(), Vec::new()];
        for l in pages.iter().flat_map(|p| &p.lines) {
            edges[usize::from(l.rtl)].push(edge(l));
            if let Some(at) = l.label_at {
                labels[usize::from(l.rtl)].push(at);
            }
        }
        for v in edges.iter_mut().chain(labels.iter_mut()) {
            v.sort_by(f64::total_cmp);
        }
        Stops {
            edges,
            labels,
            compared: std::cell::Cell::new(0),
        }
    }

    /// Whether a line other than `l` (whose label's text starts at `at`) starts at `at`, or has
    /// its label's text start there, within a point.
    fn stop_at(&self, l: &Line, at: f64) -> bool {
        let count = || self.compared.set(self.compared.get() + 1);
        let within = |v: &[f64]| {
            let lo = v.partition_point(|x| {
                count();
                *x < at - 1.0
            });
            let hi = v.partition_point(|x| {
                count();
                *x <= at + 1.0
            });
            hi - lo
        };
        let d = usize::from(l.rtl);
        // `l` itself is in both lists: its label's text start always, its edge if that near.
        let own_edge = usize::from((edge(l) - at).abs() <= 1.0);
        within(&self.edges[d]) - own_edge + within(&self.labels[d]) - 1 > 0
    }
}

/// A label's gap ([`LABEL_GAP`]) as a tab where the text after it starts where other lines of
/// the document start (a tab stop: the hanging indent, or the text of other labelled lines),
/// and the word before it reads as a label; a space elsewhere.
///
/// The stop may be set on another page: a paragraph's page break can leave it alone on its
/// page with its hanging indent (`1bis.1.1.1` before `1bis.1.1.2` on the next page).
pub fn with_tabs(lines: &[Line], stops: &Stops) -> Vec<Line> {
    lines
        .iter()
        .map(|l| {
            let Some(at) = l.label_at else {
                return l.clone();
            };
            let spaced = l.text.replace(LABEL_GAP, " ");
            let tab = stops.stop_at(l, at)
                && marks::line_sides(&plain(&spaced))
                    .iter()
                    .any(|side| label_start(side, false));
            Line {
                text: if tab {
                    l.text.replace(LABEL_GAP, "\t")
                } else {
                    spaced
                },
                label_at: l.label_at.filter(|_| tab),
                ..l.clone()
            }
        })
        .collect()
}
