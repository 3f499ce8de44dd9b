//! A page's glyphs as lines of text in logical order: glyphs on one baseline make a line, gaps
//! between them become spaces (none between Chinese characters) or a tab (a label's gap), a
//! right-to-left line is put back in reading order, Arabic presentation forms become letters, and
//! bidi controls (which producers map to zero-width glyphs) are dropped.

use unicode_normalization::UnicodeNormalization;

use super::glyphs::Glyph;
use crate::model::text::{is_bidi_control, is_cjk, is_right_to_left};

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
fn baseline(c: &[&Glyph]) -> f64 {
    let size = body_size(c);
    c.iter()
        .filter(|g| g.size >= 0.9 * size)
        .map(|g| g.y)
        .fold(f64::NAN, f64::max)
}

fn body_size(c: &[&Glyph]) -> f64 {
    c.iter().map(|g| g.size).fold(0.0, f64::max)
}

/// One visual piece of a line: a glyph's text, and what separates it from the piece before.
pub(super) struct Piece {
    pub(super) text: String,
    pub(super) gap: Gap,
    pub(super) sup: bool,
    /// The producer's ActualText: the character typed, a bracket included.
    pub(super) typed: bool,
    pub(super) x0: f64,
    pub(super) x1: f64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Gap {
    None,
    Space,
    /// Wider than a space (a third of the size and more) but not a tab's: a label's tab to a
    /// near stop, or a wide space of justified text.
    Wide,
    Tab,
}

impl Gap {
    pub(super) fn push_to(self, s: &mut String) {
        match self {
            Gap::None => {}
            Gap::Space => s.push(' '),
            Gap::Wide => s.push(LABEL_GAP),
            Gap::Tab => s.push('\t'),
        }
    }
}

fn line_of(mut c: Vec<&Glyph>, page_rtl: bool, mirrored: bool, open_above: bool) -> Option<Line> {
    c.sort_by(|a, b| a.x.total_cmp(&b.x));
    drop_drawn_tabs(&mut c);
    let size = body_size(&c);
    let base = baseline(&c);
    let letters: String = c.iter().map(|g| g.text.as_str()).collect();
    let rtl_letters = letters.chars().filter(|&ch| is_rtl_letter(ch)).count();
    let ltr_letters = letters
        .chars()
        .filter(|&ch| ch.is_alphabetic() && !is_rtl_letter(ch))
        .count();
    let rtl = page_rtl || (rtl_letters > 0 && rtl_letters >= ltr_letters);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut end: Option<f64> = None;
    let mut prev: Option<&str> = None;
    for g in &c {
        if g.text.chars().all(is_bidi_control) {
            // LibreOffice maps the blank glyph of its Arabic fonts to U+2066, spaces included:
            // the gap it leaves says what it was.
            continue;
        }
        let text = unshape(&g.text);
        // A blank drawn over the glyph before it takes no room on the line: no space
        // (LibreOffice draws one at the end of a hyperlink, `…/ipr/` then `.`).
        if !rtl
            && !text.is_empty()
            && text.chars().all(char::is_whitespace)
            && end.is_some_and(|e| g.x < e - 0.5 * g.w && g.x + g.w <= e + 0.1)
        {
            continue;
        }
        let gap = match end {
            None => Gap::None,
            Some(e) => {
                let space = g.x - e;
                let prev_cjk = prev.and_then(|p| p.chars().last()).is_some_and(is_cjk);
                let cjk = text.chars().next().is_some_and(is_cjk);
                let white = text.chars().all(char::is_whitespace)
                    || prev
                        .and_then(|p| p.chars().last())
                        .is_some_and(char::is_whitespace);
                // LibreOffice sets a quarter of a space between Chinese and Latin letters or
                // digits (its Asian-Western autospacing); Chinese writes none (`2030年`).
                let mixed = prev_cjk != cjk
                    && !white
                    && prev.is_some_and(|p| !p.is_empty())
                    && !text.is_empty();
                if white && space <= 1.5 * size {
                    Gap::None
                } else if space > 1.5 * size {
                    Gap::Tab
                } else if mixed && space <= 0.45 * size {
                    Gap::None
                } else if space > 0.33 * size && !(prev_cjk && cjk) {
                    Gap::Wide
                } else if space > 0.18 * size && !(prev_cjk && cjk) {
                    Gap::Space
                } else {
                    Gap::None
                }
            }
        };
        let sup = g.size < 0.85 * size && g.y < base - 0.15 * size;
        end = Some(end.map_or(g.x + g.w, |e: f64| e.max(g.x + g.w)));
        pieces.push(Piece {
            text,
            gap,
            sup,
            typed: g.typed,
            x0: g.x,
            x1: g.x + g.w,
        });
        prev = pieces.last().map(|p| p.text.as_str());
    }
    let x0 = c.iter().map(|g| g.x).fold(f64::INFINITY, f64::min);
    let x1 = c
        .iter()
        .map(|g| g.x + g.w)
        .fold(f64::NEG_INFINITY, f64::max);
    let (text, read_across) = if rtl {
        super::rtl::logical_rtl(&pieces, mirrored, open_above)
    } else {
        (join(pieces.iter()), 0)
    };
    let last = if rtl { pieces.first() } else { pieces.last() };
    let spaced_end = last.is_some_and(|p| !p.text.is_empty() && p.text.chars().all(|c| c == ' '));
    let text = tidy(&text);
    let bold = c.iter().all(|g| g.bold || g.text.trim().is_empty());
    let label_at = text
        .contains(LABEL_GAP)
        .then(|| after_first_word(&pieces, rtl));
    let label_bold = first_word_bold(&c, rtl, size);
    (!text.trim().is_empty()).then_some(Line {
        text,
        x0,
        x1,
        y: base,
        size,
        rtl,
        label_at: label_at.flatten(),
        spaced_end,
        read_across,
        bold,
        label_bold,
    })
}

/// Whether the glyphs of a line's first word (in reading order, up to a blank glyph or a gap
/// of a fifth of `size`) are bold.
fn first_word_bold(c: &[&Glyph], rtl: bool, size: f64) -> bool {
    let order: Box<dyn Iterator<Item = &&Glyph>> = if rtl {
        Box::new(c.iter().rev())
    } else {
        Box::new(c.iter())
    };
    // The word's last glyph so far, and whether all of it is bold.
    let mut last: Option<&Glyph> = None;
    let mut bold = true;
    for g in order {
        let blank = g.text.trim().is_empty();
        let gap = last.is_some_and(|p| {
            let d = if rtl {
                p.x - (g.x + g.w)
            } else {
                g.x - (p.x + p.w)
            };
            d > 0.2 * size
        });
        if (blank || gap) && last.is_some() {
            break;
        }
        if !blank {
            bold &= g.bold;
            last = Some(g);
        }
    }
    last.is_some() && bold
}

/// A tab beside marked text (a proposal's struck or underlined label, see `marks`): LibreOffice
/// draws it as a run of space glyphs, for the rule to run through, and blanks close up to the
/// next glyph. Dropped, the run leaves its gap, read as an unmarked tab's is.
fn drop_drawn_tabs(c: &mut Vec<&Glyph>) {
    let blank = |g: &Glyph| !g.text.is_empty() && g.text.chars().all(char::is_whitespace);
    // Control characters are a proposal's mark brackets (no PDF text carries them).
    let marked = |g: &Glyph| g.text.chars().any(char::is_control);
    let mut drop = vec![false; c.len()];
    let mut i = 1;
    while i < c.len() {
        let end = (i..c.len()).find(|&k| !blank(c[k])).unwrap_or(c.len());
        if end - i >= 2 && end < c.len() && (marked(c[i - 1]) || marked(c[end])) {
            drop[i..end].fill(true);
        }
        i = end + 1;
    }
    let mut k = 0;
    c.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Where the text after the first word of the line starts (ends, right to left).
fn after_first_word(pieces: &[Piece], rtl: bool) -> Option<f64> {
    if rtl {
        let i = (1..pieces.len())
            .rev()
            .find(|&i| pieces[i].gap != Gap::None)?;
        Some(pieces[i - 1].x1)
    } else {
        let i = (1..pieces.len()).find(|&i| pieces[i].gap != Gap::None)?;
        Some(pieces[i].x0)
    }
}

/// Pieces in order as text: gaps become a space or a tab, superscripts are marked.
fn join<'p>(pieces: impl Iterator<Item = &'p Piece>) -> String {
    let mut s = String::new();
    let mut in_sup = false;
    for p in pieces {
        // The gap after a raised run is outside it: `¹⁴ See` is the mark, then a space.
        if !p.sup && in_sup {
            s.push(SUP_CLOSE);
        }
        p.gap.push_to(&mut s);
        if p.sup && !in_sup {
            s.push(SUP_OPEN);
        }
        in_sup = p.sup;
        s.push_str(&p.text);
    }
    if in_sup {
        s.push(SUP_CLOSE);
    }
    s
}

/// Drops bidi controls, and spaces doubled by a space glyph drawn beside a gap; a wide gap is
/// kept marked only right after the first word, or `50 -` (where a label's tab is), a space
/// elsewhere.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut words = 0;
    for c in s.chars().filter(|&c| !is_bidi_control(c)) {
        let c = match c {
            LABEL_GAP
                if (words > 0 && !(words == 1 && number_dash(&out))) || out.trim().is_empty() =>
            {
                ' '
            }
            ' ' | '\t' | LABEL_GAP if !out.trim().is_empty() => {
                words += 1;
                c
            }
            c => c,
        };
        if c == LABEL_GAP && out.ends_with([' ', '\t']) {
            continue;
        }
        if c == ' ' && out.ends_with(LABEL_GAP) {
            continue;
        }
        if (c == ' ' || c == '\t') && out.ends_with([' ', '\t', LABEL_GAP]) {
            if c == '\t' {
                out.pop();
                out.push('\t');
            }
            continue;
        }
        if c == ' ' && out.ends_with(SUP_OPEN) {
            continue;
        }
        // A blank glyph LibreOffice draws beside a no-break space of an Arabic line (its
        // ActualText a space) is that space, not another.
        if c == ' ' && out.ends_with('\u{a0}') {
            continue;
        }
        if c == '\u{a0}' && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    // A no-break space at either end stays: the line was broken beside it.
    out.trim_matches(|c: char| c.is_whitespace() && c != '\u{a0}')
        .to_string()
}

/// `50 -`, the UN's Arabic label: a number, a space and a dash (the tab after the dash).
fn number_dash(s: &str) -> bool {
    s.trim_end()
        .strip_suffix(['-', '–'])
        .and_then(|n| n.strip_suffix(' '))
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
}
