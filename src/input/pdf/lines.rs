//! A page's glyphs as lines of text in logical order: glyphs on one baseline make a line, gaps
//! between them become spaces (none between Chinese characters) or a tab (a label's gap), a
//! right-to-left line is put back in reading order, Arabic presentation forms become letters, and
//! bidi controls (which producers map to zero-width glyphs) are dropped.

use unicode_normalization::UnicodeNormalization;

use super::glyphs::Glyph;
use super::line_text::line_of;
use crate::model::text::is_right_to_left;

/// One line of a page, in reading order.
#[derive(Debug, Clone)]
pub struct Line {
    /// The text; `\u{1}N\u{2}` marks a raised (superscript) run `N` (a footnote mark).
    pub text: String,
    /// Left and right ends of the ink, and the baseline (top-down), in points.
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    /// The body size of the line: its most common glyph size.
    pub size: f64,
    /// Right to left (Arabic).
    pub rtl: bool,
    /// Where the text after the line's first word starts (its right end in a right-to-left
    /// line) when a gap wider than a space follows that word, marked [`LABEL_GAP`] in `text`:
    /// a label's tab, if the layout finds other lines aligned there.
    pub label_at: Option<f64>,
    /// A space glyph drawn at the line's end (LibreOffice draws the space it broke a line at).
    pub spaced_end: bool,
    /// Pieces read by the lines around (see `rtl::logical_rtl`): how many, to be said.
    pub read_across: usize,
    /// Every glyph that shows something is bold (a heading, in ITU's templates).
    pub bold: bool,
    /// The first word (up to the first space or gap) is bold: a heading's number, whose title
    /// may not be.
    pub label_bold: bool,
}

/// Opens and closes a superscript run in [`Line::text`].
pub const SUP_OPEN: char = '\u{1}';
pub const SUP_CLOSE: char = '\u{2}';
/// The gap after a line's first word, wider than a space: a tab or a space, as the layout finds.
pub const LABEL_GAP: char = '\u{3}';

/// An Arabic presentation form: a letter's contextual shape or a ligature (`ﻻ`), which
/// [`unshape`] reads as the letters it shows. (U+FEFD-FEFF, at the block's end, are not: NFKC
/// leaves them as they are.)
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Arabic presentation forms (contextual shapes and ligatures such as lam-alef) to the letters
/// they show, as NFKC maps them; nothing else is changed.
pub fn unshape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_presentation_form(c) {
            out.extend(std::iter::once(c).nfkc());
        } else {
            out.push(c);
        }
    }
    out
}

pub(super) fn is_rtl_letter(c: char) -> bool {
    is_right_to_left(c)
        && !c.is_ascii_digit()
        && !matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Groups a page's glyphs into lines, top to bottom.
#[cfg(test)]
pub fn lines(glyphs: &[Glyph]) -> Vec<Line> {
    lines_of(glyphs, false)
}

/// [`lines`]; `mirrored`: the PDF maps a bracket of right-to-left text by the glyph drawn, which
/// is mirrored (`)` drawn for `(`), as Skia's do; other producers map the character typed.
pub fn lines_of(glyphs: &[Glyph], mirrored: bool) -> Vec<Line> {
    let mut gs: Vec<Glyph> = attach_marks(glyphs);
    gs.retain(|g| g.size > 0.0);
    gs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    // Clusters by baseline: a glyph joins a line whose baseline is within a third of its size.
    let mut clusters: Vec<Vec<&Glyph>> = Vec::new();
    for g in &gs {
        let joined = clusters.iter_mut().rev().take(4).find(|c| {
            let base = baseline(c);
            (g.y - base).abs() <= 0.3 * body_size(c).max(g.size)
        });
        match joined {
            Some(c) => c.push(g),
            None => clusters.push(vec![g]),
        }
    }
    // A cluster of small raised glyphs (a superscript mark) joins the line it sits on: the next
    // one down whose baseline is at most half that line's size below.
    let mut merged: Vec<Vec<&Glyph>> = Vec::new();
    clusters.sort_by(|a, b| baseline(a).total_cmp(&baseline(b)));
    let mut pending: Vec<Vec<&Glyph>> = Vec::new();
    for c in clusters {
        let size = body_size(&c);
        let base = baseline(&c);
        let mut c = c;
        pending.retain(|s| {
            let keep = !(body_size(s) < 0.85 * size
                && baseline(s) < base
                && base - baseline(s) <= 0.6 * size
                && overlaps_x(s, &c, 1.5 * size));
            if !keep {
                c.extend(s.iter().copied());
            }
            keep
        });
        merged.append(&mut pending);
        pending.push(c);
    }
    merged.append(&mut pending);
    // A page of right-to-left text sets every line right to left, a line of Latin letters only
    // (a note `A/74/821.`) too: its paragraph is.
    let (rtl, ltr) = gs
        .iter()
        .flat_map(|g| g.text.chars())
        .fold((0, 0), |(r, l), c| {
            if is_rtl_letter(c) {
                (r + 1, l)
            } else if c.is_alphabetic() {
                (r, l + 1)
            } else {
                (r, l)
            }
        });
    let page_rtl = rtl > ltr;
    // Top down, each line knowing the one above: a bracket left open there (see `rtl`).
    merged.sort_by(|a, b| baseline(a).total_cmp(&baseline(b)));
    let mut out: Vec<Line> = Vec::with_capacity(merged.len());
    for c in merged {
        let open_above = out.last().is_some_and(|above: &Line| {
            above.rtl
                && baseline(&c) - above.y <= 2.0 * above.size
                && (body_size(&c) - above.size).abs() <= 0.12 * above.size
                && super::rtl::leaves_latin_bracket_open(&above.text)
        });
        out.extend(line_of(c, page_rtl, mirrored, open_above));
    }
    out.sort_by(|a, b| a.y.total_cmp(&b.y));
    out
}

/// Whether `a` (a raised mark) and `b` overlap across the page, or `a` ends at most `before`
/// left of where `b` starts: a note's mark stands in the margin of its hanging indent.
fn overlaps_x(a: &[&Glyph], b: &[&Glyph], before: f64) -> bool {
    let span = |c: &[&Glyph]| {
        c.iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, r), g| {
                (l.min(g.x), r.max(g.x + g.w))
            })
    };
    let (a0, a1) = span(a);
    let (b0, b1) = span(b);
    // Either side: a right-to-left note's mark stands right of its text.
    a0 <= b1 + before.max(2.0) && b0 <= a1 + before.max(2.0)
}

/// Combining marks (Arabic vowels and tanwin, accents drawn apart) appended to the letter they
/// are drawn on: on their own they would sort by their own place, away from their letter, and
/// may sit above the baseline far enough to make a line of their own.
fn attach_marks(glyphs: &[Glyph]) -> Vec<Glyph> {
    use unicode_normalization::char::is_combining_mark;
    let is_mark = |g: &Glyph| !g.text.is_empty() && g.text.chars().all(is_combining_mark);
    let mut bases: Vec<Glyph> = glyphs.iter().filter(|g| !is_mark(g)).cloned().collect();
    let mut order: Vec<usize> = (0..bases.len()).collect();
    order.sort_by(|&a, &b| bases[a].y.total_cmp(&bases[b].y));
    for m in glyphs.iter().filter(|g| is_mark(g)) {
        let lo = order.partition_point(|&i| bases[i].y < m.y - 1.2 * m.size);
        let centre = m.x;
        let best = order[lo..]
            .iter()
            .take_while(|&&i| bases[i].y <= m.y + 1.2 * m.size)
            .filter(|&&i| !bases[i].text.chars().all(char::is_whitespace))
            .min_by(|&&a, &&b| {
                let d = |g: &Glyph| {
                    let dx = if centre < g.x {
                        g.x - centre
                    } else if centre > g.x + g.w {
                        centre - g.x - g.w
                    } else {
                        0.0
                    };
                    dx * 4.0 + (g.y - m.y).abs()
                };
                d(&bases[a]).total_cmp(&d(&bases[b]))
            })
            .copied();
        match best {
            Some(i) => bases[i].text.push_str(&m.text),
            None => bases.push(m.clone()),
        }
    }
    bases
}

/// The baseline of a cluster: that of its largest glyphs.
pub(super) fn baseline(c: &[&Glyph]) -> f64 {
    let size = body_size(c);
    c.iter()
        .filter(|g| g.size >= 0.9 * size)
        .map(|g| g.y)
        .fold(f64::NAN, f64::max)
}

/// The size of a cluster's largest glyphs.
pub(super) fn body_size(c: &[&Glyph]) -> f64 {
    c.iter().map(|g| g.size).fold(0.0, f64::max)
}
