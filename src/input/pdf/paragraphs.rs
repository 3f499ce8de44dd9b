//! The body's lines grouped into paragraphs, as a reader sees them: by the space above a line,
//! its size, where it starts, and where the line before it ended.

use std::collections::HashMap;

use super::breaks;
use super::layout::{join_line, plain};
use super::lines::{Line, SUP_CLOSE, SUP_OPEN};
use super::stops::edge;
use crate::input::plain::copied::{ends_paragraph, opens_with_call};
use crate::model::Language;
use crate::model::text::excerpt;

/// A paragraph of the body: its text (`label<TAB>text` where the label stands apart), its first
/// line as printed (where it starts, and where its label's text starts).
pub struct Para {
    pub text: String,
    pub first: Line,
    /// The page it starts on.
    pub page: usize,
    /// A line after its first starts further in than the first: its text hangs (a list item).
    pub hangs: bool,
}

/// Body lines grouped into paragraphs, one string each: a paragraph ends where the next line
/// stands apart (more space above it than the lines of a paragraph have), changes size, opens
/// with a label (a wide gap after its first word), or follows a short line.
/// The page of each line broken after a slash is pushed to `slash_pages` (see `breaks`).
pub fn paragraphs(
    body: &[(usize, &Line)],
    notes: &mut Vec<(usize, String)>,
    slash_pages: &mut Vec<usize>,
) -> Vec<Para> {
    // The column's edges on each page: where most body lines start and end (not the outermost
    // ink: a cover block or a wide table may reach past the column).
    let mut spans: HashMap<usize, (Vec<f64>, Vec<f64>)> = HashMap::new();
    for (page, l) in body {
        let e = spans.entry(*page).or_default();
        e.0.push(l.x0);
        e.1.push(l.x1);
    }
    let edges: HashMap<usize, (f64, f64)> = spans
        .into_iter()
        .map(|(page, (mut lefts, mut rights))| {
            lefts.sort_by(f64::total_cmp);
            rights.sort_by(f64::total_cmp);
            let left = lefts[lefts.len() / 10];
            let right = rights[rights.len() - 1 - rights.len() / 10];
            (page, (left, right))
        })
        .collect();
    // The text's leading: the most common distance between two lines of one size on a page. A
    // line with a raised mark may stand a little lower (Chromium makes room for the mark).
    let mut pitches: HashMap<i64, usize> = HashMap::new();
    for w in body.windows(2) {
        let ((pa, a), (pb, b)) = (w[0], w[1]);
        let d = b.y - a.y;
        if pa == pb && a.size == b.size && d > 0.9 * a.size && d < 2.0 * a.size {
            *pitches.entry((d * 2.0).round() as i64).or_default() += 1;
        }
    }
    let leading = pitches
        .into_iter()
        .max_by_key(|&(d, n)| (n, -d))
        .map_or(0.0, |(d, _)| d as f64 / 2.0);
    let mut out: Vec<Para> = Vec::new();
    let mut prev: Option<(usize, &Line)> = None;
    // The lines of the paragraph being built: after its first, each starts at the same place.
    let mut run = 0;
    for &(page, l) in body {
        // A raised mark alone on a line: LibreOffice broke a full line before it (`报告，` then
        // `⁹`); it ends the paragraph above.
        let digits = plain(&l.text);
        let mark_alone = (1..=3).contains(&digits.len())
            && digits.chars().all(|c| c.is_ascii_digit())
            && prev.is_some_and(|(pp, p)| pp == page && l.size < 0.85 * p.size);
        if mark_alone && let Some(last) = out.last_mut() {
            last.text.push(SUP_OPEN);
            last.text.push_str(&digits);
            last.text.push(SUP_CLOSE);
            notes.push((
                page,
                format!(
                    "the raised mark `{}` alone on a line: read at the end of the paragraph above",
                    plain(&l.text)
                ),
            ));
            continue;
        }
        let labelled = l.text.contains('\t');
        let new = match prev {
            None => true,
            Some((pp, p)) => {
                let (left, right) = edges[&pp];
                let slack = if p.rtl { p.x0 - left } else { right - p.x1 };
                // Short: the next line's first word (and a space) would have fitted at its end,
                // so the line ended because its paragraph did. Widths are estimated from the
                // next line's mean glyph width, a space counted as half a letter (it is about
                // that wide): counted whole, they made a letter narrower than it is, and a line
                // left short by a long word (`по` before `широкополосной`) read as an end.
                let spaces = l.text.chars().filter(|c| *c == ' ').count() as f64;
                let chars = (l.text.chars().count() as f64 - 0.5 * spaces).max(1.0);
                let per_char = (l.x1 - l.x0) / chars;
                let first_word = l
                    .text
                    .split([' ', '\t'])
                    .next()
                    .map_or(0, |w| w.chars().count()) as f64;
                let short = slack > (first_word + 1.0) * per_char + 0.5 * p.size;
                let raised = if p.text.contains(SUP_OPEN) || l.text.contains(SUP_OPEN) {
                    0.45
                } else {
                    0.3
                };
                let apart = pp == page
                    && l.y - p.y > (1.45 * p.size.max(l.size)).max(leading + raised * p.size);
                let resized = (l.size - p.size).abs() > 0.12 * p.size;
                // A paragraph's lines after its first start where the line before did; a line
                // that starts elsewhere (a first-line indent, a hanging label) opens the next,
                // on this page or the next (where the paragraph before ended with a full line).
                let moved = run > 1 && l.rtl == p.rtl && (edge(l) - edge(p)).abs() > 0.5 * p.size;
                // A labelled line's text hangs: its paragraph goes on at the text's start (or
                // back at the label's, as ITU prints it), never past it. A line starting further
                // in opens the next, on this page or the next (`8.1` with its heading alone at a
                // page's foot, its first paragraph at the top of the next page).
                let past_text = run == 1
                    && l.rtl == p.rtl
                    && p.label_at.is_some_and(|at| {
                        if p.rtl {
                            l.x1 < at - 0.5 * p.size
                        } else {
                            l.x0 > at + 0.5 * p.size
                        }
                    });
                // A heading's number glued to its text by LibreOffice (`1bis.2.2Approval`, at
                // the top of a page under the last line of a paragraph): larger than that line.
                let heading =
                    l.size > p.size + 0.5 && super::flat::glued(&plain(&l.text)).is_some();
                labelled
                    || heading
                    || past_text
                    || short
                    || apart
                    || resized
                    || moved
                    || (opens_note(&plain(&l.text))
                        && {
                            notes.push((
                            page,
                            format!(
                                "a paragraph taken to open at `{}`: ITU's notes open so, and nothing in their spacing tells them apart",
                                excerpt(&plain(&l.text), 30)
                            ),
                        ));
                            true
                        })
                    || {
                        // Across a page, with no space or indent to tell: a paragraph that may end
                        // there (`2030,`) and a line opening with a preamble's call (`Reaffirming`).
                        let called = pp != page
                            && out.last().is_some_and(|t| ends_paragraph(&plain(&t.text)))
                            && Language::ALL
                                .iter()
                                .any(|&lang| opens_with_call(&plain(&l.text), lang));
                        if called {
                            notes.push((
                            page,
                            format!(
                                "a paragraph taken to open at the top of the page: the page before ends with closing punctuation, and `{}` opens a preamble paragraph",
                                plain(&l.text).split_whitespace().next().unwrap_or_default()
                            ),
                        ));
                        }
                        called
                    }
            }
        };
        run = if new { 1 } else { run + 1 };
        if new || out.is_empty() {
            out.push(Para {
                text: first_line(&l.text),
                first: l.clone(),
                page,
                hangs: false,
            });
        } else if let Some(last) = out.last_mut() {
            last.hangs |= if l.rtl {
                l.x1 < last.first.x1 - 0.5 * l.size
            } else {
                l.x0 > last.first.x0 + 0.5 * l.size
            };
            let spaced = prev.is_some_and(|(_, p)| p.spaced_end);
            let next = l.text.replace('\t', " ");
            if breaks::join_after_slash(&mut last.text, &next, spaced) {
                slash_pages.push(page);
            } else {
                join_line(&mut last.text, &next, spaced);
            }
        }
        prev = Some((page, l));
    }
    out
}

/// `NOTE 2 – SG or WP DETERMINATION: …`: ITU's notes under a figure, each a paragraph, whose
/// spacing (a point more than their lines') does not tell them apart.
fn opens_note(text: &str) -> bool {
    text.strip_prefix("NOTE ").is_some_and(|rest| {
        let rest = rest
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start();
        rest.starts_with("– ") || rest.starts_with("- ")
    })
}

/// A paragraph's first line: its first tab (after the label) kept, any other a space.
fn first_line(text: &str) -> String {
    match text.split_once('\t') {
        Some((label, rest)) if label.chars().count() <= 12 => {
            format!("{}\t{}", label.trim(), rest.replace('\t', " ").trim())
        }
        _ => text.replace('\t', " "),
    }
}
