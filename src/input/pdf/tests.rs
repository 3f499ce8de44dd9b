use super::glyphs::Glyph;
use super::layout::{PageLines, lay_out};
use super::lines::{lines, unshape};

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
            });
        }
        at += w;
    }
    out
}

#[test]
fn presentation_forms_become_letters() {
    // Lam-alef with hamza above (U+FEF7) is lam then alef with hamza: the order pdftotext loses.
    assert_eq!(unshape("\u{FE8D}\u{FEF7}\u{FEBC}\u{FEDE}"), "الأصل");
    assert_eq!(unshape("abc 123"), "abc 123");
}

#[test]
fn an_arabic_line_reads_right_to_left_with_its_numbers_left_to_right() {
    // `القرار 30` as drawn: the number at the left, the word at the right, letters reversed.
    let g = drawn(
        &["3", "0", " ", "ر", "ا", "ر", "ق", "ل", "ا"],
        100.0,
        100.0,
        6.0,
    );
    let l = lines(&g);
    assert_eq!(l.len(), 1);
    assert_eq!(l[0].text, "القرار 30");
    assert!(l[0].rtl);
}

#[test]
fn chinese_takes_no_spaces_between_characters() {
    let mut g = drawn(&["信", "息"], 100.0, 100.0, 12.0);
    // A wider gap, as justified CJK text has.
    g.extend(drawn(&["社", "会"], 128.0, 100.0, 12.0));
    assert_eq!(lines(&g)[0].text, "信息社会");
}

#[test]
fn a_raised_small_number_is_a_footnote_mark_of_its_line() {
    let mut g = drawn(&["i", "s", "s", "u", "e", ","], 100.0, 100.0, 6.0);
    g.push(Glyph {
        x: 136.0,
        y: 96.0,
        w: 4.0,
        size: 7.0,
        text: "1".into(),
    });
    let l = lines(&g);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(l[0].text, "issue,\u{1}1\u{2}");
}

#[test]
fn a_running_head_on_every_page_is_left_out() {
    let page = |n: &str| PageLines {
        height: 800.0,
        lines: lines(
            &[
                drawn(&["A", "/", "R", "E", "S"], 72.0, 40.0, 6.0),
                drawn(&["T", "e", "x", "t", " ", n], 72.0, 400.0, 6.0),
            ]
            .concat(),
        ),
        rules: Vec::new(),
    };
    let laid = lay_out(&[page("1"), page("2")]);
    assert_eq!(laid.text, "Text 1 Text 2\n");
    assert_eq!(laid.notes.len(), 2, "{:?}", laid.notes);
}
