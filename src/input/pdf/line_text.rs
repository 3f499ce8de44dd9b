//! One line's glyphs, left to right, as its text: the gaps between them read as nothing, a
//! space, a label's gap or a tab; raised runs marked; a right-to-left line put in reading order
//! (see `rtl`); and what the layout needs of the line's print (its bold label, its label's tab).

use super::glyphs::{Glyph, extent};
use super::lines::{
    LABEL_GAP, Line, SUP_CLOSE, SUP_OPEN, baseline, body_size, is_rtl_letter, unshape,
};
use crate::model::text::{is_bidi_control, is_cjk};

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

/// The line the glyphs `c` of one baseline make; `None` if it shows nothing.
pub(super) fn line_of(
    mut c: Vec<&Glyph>,
    page_rtl: bool,
    mirrored: bool,
    open_above: bool,
) -> Option<Line> {
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
    let (x0, x1) = extent(c.iter().copied());
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
