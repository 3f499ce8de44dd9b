//! A page's glyphs read as lines: their order, their gaps, raised marks, presentation forms.

use super::super::glyphs::Glyph;
use super::super::lines::{lines, unshape};
use super::{drawn, placed, typed};

#[test]
fn presentation_forms_become_letters() {
    // Lam-alef with hamza above (U+FEF7) is lam then alef with hamza: the order pdftotext loses.
    assert_eq!(unshape("\u{FE8D}\u{FEF7}\u{FEBC}\u{FEDE}"), "الأصل");
    assert_eq!(unshape("abc 123"), "abc 123");
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
        typed: false,
        bold: false,
    });
    let l = lines(&g);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(l[0].text, "issue,\u{1}1\u{2}");
}

#[test]
fn a_note_mark_in_the_margin_of_its_hanging_indent_joins_its_line() {
    let mut g = typed("3", 57.0, 700.0, 3.5, 6.0);
    g.extend(typed("Resolution 71/256.", 71.0, 703.0, 5.0, 10.0));
    let l = lines(&g);
    assert_eq!(l.len(), 1, "{l:?}");
    // The gap after the mark is wider than a space: a label's, if the layout finds a stop there.
    assert_eq!(l[0].text, "\u{1}3\u{2}\u{3}Resolution 71/256.");
}

#[test]
fn skia_hyphens_and_radicals_read_as_the_text_types_them() {
    let mut g = typed("COVID\u{2010}19 \u{2F24}会\u{2ED4}", 0.0, 0.0, 5.0, 10.0);
    assert_eq!(super::super::non_breaking_hyphens(&mut g), 1);
    assert_eq!(super::super::ideographs(&mut g), 2);
    let text: String = g.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(text, "COVID\u{2011}19大会门");
}

#[test]
fn no_space_between_chinese_and_digits_set_apart_by_libreoffice() {
    // `的2018年` with LibreOffice's autospacing: a quarter of a space on each side of `2018`.
    let mut g = typed("的", 100.0, 100.0, 12.0, 12.0);
    g.extend(typed("2018", 114.5, 100.0, 6.0, 12.0));
    g.extend(typed("年", 141.0, 100.0, 12.0, 12.0));
    assert_eq!(lines(&g)[0].text, "的2018年");
}

/// `…/ipr/. For example:` as LibreOffice prints ITU's DOCX of WTSA Res. 1 (page 27, 9.3.8):
/// a blank drawn over the link's last `/`, the full stop right after that `/`. Read `ipr/ .`.
#[test]
fn a_blank_drawn_over_the_glyph_before_it_is_no_space() {
    let mut g = placed(&[
        (332.09, 245.9, 5.50, 11.0, "p"),
        (337.59, 245.9, 3.66, 11.0, "r"),
        (341.28, 245.9, 3.05, 11.0, "/"),
        (341.49, 245.9, 2.75, 11.0, " "),
        (344.30, 245.9, 2.75, 11.0, "."),
        (347.00, 245.9, 2.75, 11.0, " "),
        (349.79, 245.9, 6.12, 11.0, "F"),
    ]);
    for x in &mut g {
        x.typed = false;
    }
    let l = lines(&g);
    assert_eq!(l[0].text, "pr/. F");
}
