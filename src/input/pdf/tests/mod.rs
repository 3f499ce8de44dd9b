use super::glyphs::Glyph;
use super::layout::PageLines;
use super::lines::lines;

mod breaks;
mod furniture;
mod lines;
mod notes;
mod paragraphs;
mod rtl;
mod tree;

/// Glyphs of one line, drawn left to right from `x` at baseline `y`, each `w` wide; `" "` is a
/// gap of one glyph with nothing drawn (producers draw no glyph for most spaces).
fn drawn(texts: &[&str], x: f64, y: f64, w: f64) -> Vec<Glyph> {
    let mut out = Vec::new();
    let mut at = x;
    for t in texts {
        if *t != " " {
            out.push(Glyph {
                x: at,
                y,
                w,
                size: 12.0,
                text: (*t).to_string(),
                typed: false,
                bold: false,
            });
        }
        at += w;
    }
    out
}

/// An A4 page (841.9 pt high) of `lines` as printed, with no rules.
fn a4_page(lines: Vec<super::lines::Line>) -> PageLines {
    PageLines {
        height: 841.9,
        lines,
        rules: Vec::new(),
    }
}

/// A page 800 high of the lines `glyphs` make, with no rules.
fn page_of(glyphs: &[Glyph]) -> PageLines {
    PageLines {
        height: 800.0,
        lines: lines(glyphs),
        rules: Vec::new(),
    }
}

/// Glyphs of `text` (one a character, spaces left as gaps), `w` wide each, from `x`.
fn typed(text: &str, x: f64, y: f64, w: f64, size: f64) -> Vec<Glyph> {
    let mut g = drawn(
        &text.split("").filter(|s| !s.is_empty()).collect::<Vec<_>>(),
        x,
        y,
        w,
    );
    for glyph in &mut g {
        glyph.size = size;
    }
    g
}

/// Glyphs `(x, y, width, size, text)` as a page of A/RES/74/197 in Arabic (LibreOffice) draws
/// them, left to right.
fn placed(drawn: &[(f64, f64, f64, f64, &str)]) -> Vec<Glyph> {
    drawn
        .iter()
        .map(|&(x, y, w, size, t)| Glyph {
            x,
            y,
            w,
            size,
            text: t.into(),
            typed: t == " ",
            bold: false,
        })
        .collect()
}

/// A line of a page as printed, `(x0, x1, y, size)`, left to right and plain (also the
/// paragraphs' first lines in `nesting`'s tests).
pub(super) fn line(text: &str, (x0, x1, y, size): (f64, f64, f64, f64)) -> super::lines::Line {
    super::lines::Line {
        text: text.to_string(),
        x0,
        x1,
        y,
        size,
        rtl: false,
        label_at: None,
        spaced_end: false,
        read_across: 0,
        bold: false,
        label_bold: false,
    }
}

/// Lines of WTSA Res. 1 as LibreOffice prints resdiff's DOCX, `(label, label x, text, text x)`
/// (no label: `""`), one a line from the top of a page: each level one step (28.35 pt) further
/// in, an unlabelled paragraph one step further than a label of its level. A row with no text
/// is a blank line.
fn indented(rows: &[(&str, f64, &str, f64)]) -> PageLines {
    let mut g = Vec::new();
    for (i, (label, lx, text, tx)) in rows.iter().enumerate() {
        let y = 100.0 + 20.0 * i as f64;
        if !label.is_empty() {
            g.extend(typed(label, *lx, y, 4.0, 12.0));
        }
        g.extend(typed(text, *tx, y, 6.0, 12.0));
    }
    page_of(&g)
}

const FORMULA: &str = "The World Telecommunication Standardization Assembly (Hammamet, 2016),";
