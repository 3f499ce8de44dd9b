//! Right-to-left lines: Arabic put in reading order, its numbers, brackets, marks and spaces.

use super::super::glyphs::Glyph;
use super::super::lines::lines;
use super::{drawn, placed, typed};

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
    // The gap is half a size wide: marked as a label's may be, a space unless a stop is found.
    assert_eq!(l[0].text.replace('\u{3}', " "), "القرار 30");
    assert!(l[0].rtl);
}

#[test]
fn a_number_and_the_comma_after_it_read_with_no_space_in_arabic() {
    // `لعام 2030،` as drawn: the comma at the left, the number, the word at the right; the
    // number's run was read in with a space on both sides before.
    let g = drawn(
        &["،", "2", "0", "3", "0", " ", "م", "ا", "ع", "ل"],
        100.0,
        100.0,
        6.0,
    );
    assert_eq!(lines(&g)[0].text.replace('\u{3}', " "), "لعام 2030،");
}

#[test]
fn a_note_of_latin_text_on_an_arabic_page_opens_with_its_mark() {
    // `¹⁵ A/74/821.` under Arabic notes: the mark at the right, raised; the line is right to
    // left as its page is.
    let mut g = drawn(&["ر", "ا", "ر", "ق", "ل", "ا"], 100.0, 100.0, 6.0);
    g.extend(typed(".A/74", 100.0, 120.0, 5.0, 10.0));
    for (i, t) in ["1", "5"].iter().enumerate() {
        g.push(Glyph {
            x: 126.9 + 3.0 * i as f64,
            y: 116.5,
            w: 3.0,
            size: 7.0,
            text: (*t).into(),
            typed: false,
            bold: false,
        });
    }
    let l = lines(&g);
    assert_eq!(
        l[1].text.replace('\u{3}', " "),
        "\u{1}15\u{2} A/74.",
        "{l:?}"
    );
}

/// Res. 30's heading line `القرار 30 (المراجَع في دبي، 2014)` as LibreOffice prints it: each
/// bracket drawn mirrored, mapped to the glyph drawn and marked with the character typed
/// (ActualText), and each space a blank glyph mapped to U+2066 and marked as a space. Read as
/// typed in a PDF whose other brackets are mirrored (Skia's), and as drawn before.
#[test]
fn typed_brackets_and_spaces_of_an_arabic_line_read_as_typed() {
    let drawn: [(f64, f64, &str, bool); 32] = [
        (202.10, 4.66, ")", true),
        (206.70, 7.00, "2", false),
        (213.70, 7.00, "0", false),
        (220.70, 7.00, "1", false),
        (227.70, 7.00, "4", false),
        (234.80, 3.50, " ", true),
        (238.30, 4.51, "،", false),
        (242.79, 11.66, "ي", false),
        (254.48, 3.89, "ب", false),
        (258.38, 6.23, "د", false),
        (264.60, 3.50, " ", true),
        (268.06, 11.66, "ي", false),
        (279.75, 6.69, "ف", false),
        (286.50, 3.50, " ", true),
        (289.83, 7.45, "ع", false),
        (297.40, 8.65, "ج\u{64e}", false),
        (306.08, 3.88, "ا", false),
        (309.97, 7.71, "ر", false),
        (317.67, 8.09, "م", false),
        (325.76, 4.26, "ل", false),
        (330.05, 3.88, "ا", false),
        (333.90, 4.66, "(", true),
        (338.60, 3.50, " ", true),
        (342.00, 7.00, "3", false),
        (349.00, 7.00, "0", false),
        (356.10, 3.50, " ", true),
        (359.60, 6.75, "ر", false),
        (366.39, 3.88, "ا", false),
        (370.28, 7.71, "ر", false),
        (377.98, 7.07, "ق", false),
        (384.98, 4.26, "ل", false),
        (389.27, 3.88, "ا", false),
    ];
    let g: Vec<Glyph> = drawn
        .iter()
        .map(|&(x, w, t, typed)| Glyph {
            x,
            y: 315.3,
            w,
            size: 14.0,
            text: t.into(),
            typed,
            bold: false,
        })
        .collect();
    let l = super::super::lines::lines_of(&g, true);
    assert_eq!(l[0].text, "القرار 30 (المراج\u{64e}ع في دبي، 2014)");
}

/// A note's mark raised at the right of its text, 11 pt from its end (page 2's note 3); a line
/// of its own before.
#[test]
fn a_right_to_left_notes_mark_joins_its_line() {
    let mut g = placed(&[
        (498.0, 695.3, 2.5, 10.0, " "),
        (500.5, 695.3, 4.82, 10.0, "ر"),
        (505.3, 695.3, 2.77, 10.0, "ا"),
        (508.09, 695.3, 5.51, 10.0, "ر"),
        (513.59, 695.3, 5.05, 10.0, "ق"),
        (518.68, 695.3, 3.04, 10.0, "ل"),
        (521.68, 695.3, 2.77, 10.0, "ا"),
        (535.8, 691.4, 2.9, 5.8, "3"),
    ]);
    g.extend(placed(&[
        (470.0, 695.3, 5.0, 10.0, "م"),
        (475.0, 695.3, 5.0, 10.0, "ل"),
    ]));
    let l = lines(&g);
    assert_eq!(l.len(), 1, "{l:?}");
    assert!(l[0].text.starts_with("\u{1}3\u{2}\u{3}القرار"), "{l:?}");
}

/// A raised mark beside a number reads after it, as each producer draws it (A/RES/74/197 by
/// LibreOffice, pages 2, 6 and 7; A/RES/80/118 by Chromium): before, `32016` and `102030`.
#[test]
fn a_raised_mark_beside_a_number_reads_after_it() {
    let text = |drawn: &[(f64, f64, f64, f64, &str)]| {
        let l = lines(&placed(drawn));
        assert_eq!(l.len(), 1, "{l:?}");
        l[0].text.replace(['\u{1}', '\u{2}'], "|")
    };
    // LibreOffice: the mark a run of its own, left of the number.
    let a = text(&[
        (411.3, 109.7, 3.86, 12.0, "،"),
        (415.2, 105.0, 3.5, 7.0, "3"),
        (418.6, 109.7, 6.0, 12.0, "2"),
        (424.6, 109.7, 6.0, 12.0, "0"),
        (430.6, 109.7, 6.0, 12.0, "1"),
        (436.6, 109.7, 6.0, 12.0, "6"),
        (442.7, 109.7, 3.0, 12.0, " "),
        (445.7, 109.7, 6.61, 12.0, "ر"),
    ]);
    assert_eq!(a, "ر 2016|3|،");
    // Printed twice (see `notes::undoubled`): the number, the mark and its copy as one number.
    let b = text(&[
        (418.3, 95.9, 6.0, 12.0, "2"),
        (424.3, 95.9, 6.0, 12.0, "0"),
        (430.3, 95.9, 6.0, 12.0, "3"),
        (436.3, 95.9, 6.0, 12.0, "0"),
        (442.3, 91.2, 3.5, 7.0, "1"),
        (445.8, 91.2, 3.5, 7.0, "0"),
        (449.3, 95.9, 6.0, 12.0, "1"),
        (455.3, 95.9, 6.0, 12.0, "0"),
        (461.4, 95.9, 3.0, 12.0, " "),
        (464.5, 95.9, 7.43, 12.0, "م"),
    ]);
    assert_eq!(b, "م 2030|10|10");
    // Printed twice after a word: the mark and its copy right to left.
    let c = text(&[
        (431.9, 95.9, 3.0, 12.0, " "),
        (434.8, 95.9, 6.0, 12.0, "1"),
        (440.8, 95.9, 6.0, 12.0, "1"),
        (446.9, 91.2, 3.5, 7.0, "1"),
        (450.4, 91.2, 3.5, 7.0, "1"),
        (453.8, 95.9, 6.3, 12.0, "ه"),
    ]);
    assert_eq!(c, "ه|11|11");
    // Chromium: one number, drawn in reading order.
    let e = text(&[
        (400.0, 100.0, 6.0, 12.0, "2"),
        (406.0, 100.0, 6.0, 12.0, "0"),
        (412.0, 100.0, 6.0, 12.0, "1"),
        (418.0, 100.0, 6.0, 12.0, "5"),
        (424.0, 95.3, 3.5, 7.0, "3"),
        (430.5, 100.0, 3.0, 12.0, " "),
        (433.5, 100.0, 6.0, 12.0, "م"),
    ]);
    assert_eq!(e, "م 2015|3|");
}

/// `لا ينبغي` with a no-break space, as LibreOffice draws it in A/RES/74/197 in Arabic (page 4):
/// the no-break space's glyph, and a blank glyph marked as a space over the next letter. One
/// no-break space; before, a space and a no-break space.
#[test]
fn a_blank_beside_a_no_break_space_is_that_space() {
    let g = placed(&[
        (91.69, 674.3, 3.61, 12.0, "ن"),
        (95.29, 674.3, 3.34, 12.0, "ي"),
        (98.6, 674.3, 3.0, 12.0, "\u{a0}"),
        (101.6, 674.3, 3.0, 12.0, " "),
        (101.7, 674.3, 6.84, 12.0, "\u{644}\u{627}"),
    ]);
    assert_eq!(lines(&g)[0].text, "لا\u{a0}ين");
}

/// `للفترة 2022-2025` in A/RES/80/118 in Arabic as Chromium draws it (page 3): numbers after
/// Arabic letters are Arabic numbers to the bidi algorithm, which a hyphen-minus does not join,
/// so `2025-2022` left to right. Before, read `2025-2022`. (`WSIS+10`, a Latin letter before
/// the number, stays one run: Res. 30's read-back counts it.)
#[test]
fn numbers_after_arabic_letters_are_not_joined_by_a_hyphen() {
    let mut drawn = vec![
        (193.39, 482.25, 2.38, 10.0, "ا"),
        (195.77, 482.25, 2.5, 10.0, " "),
    ];
    for (k, t) in ["2", "0", "2", "5", "-", "2", "0", "2", "2"]
        .iter()
        .enumerate()
    {
        let x = 199.07 + 5.0 * k as f64 - if k > 4 { 1.67 } else { 0.0 };
        drawn.push((x, 482.25, if *t == "-" { 3.33 } else { 5.0 }, 10.0, t));
    }
    drawn.extend([
        (242.39, 482.25, 2.5, 10.0, " "),
        (245.68, 482.25, 4.08, 10.0, "ة"),
    ]);
    assert_eq!(lines(&placed(&drawn))[0].text, "ة 2022-2025 ا");
}

/// A line drawn as `visual` reads left to right, 5 points a character at size 10; a space is
/// a gap of a quarter of the size with nothing drawn; `typed`: the characters whose text is
/// the producer's ActualText (LibreOffice's mirrored brackets).
fn drawn_visually(visual: &str, y: f64, typed: &str) -> Vec<Glyph> {
    let mut x = 100.0;
    let mut out = Vec::new();
    for c in visual.chars() {
        if c == ' ' {
            x += 2.5;
            continue;
        }
        out.push(Glyph {
            x,
            y,
            w: 5.0,
            size: 10.0,
            text: c.to_string(),
            typed: typed.contains(c),
            bold: false,
        });
        x += 5.0;
    }
    out
}

/// Right to left as drawn: the logical text's characters reversed.
fn rev(s: &str) -> String {
    s.chars().rev().collect()
}

/// A/RES/80/118's note 21 in Arabic as LibreOffice prints it: `… (New York,` ends a line and
/// `2025).` opens the next. LibreOffice ran the bidi algorithm over the note, where the
/// comma (between `York` and `2025`) and the closing bracket (of a pair with Latin inside and
/// before it) are left to right: drawn `York,` and `.2025)`. Read line by line they were
/// right to left: `… ,Progress … (New York` and `)2025.`.
#[test]
fn a_latin_bracket_broken_over_two_arabic_lines_reads_as_the_paragraph_sets_it() {
    let arabic = "إدارة الشؤون الاقتصادية والاجتماعية،";
    let mut g = drawn_visually(&format!("Progress (New York, {}", rev(arabic)), 100.0, "");
    g.extend(drawn_visually(".2025)", 112.0, ""));
    let l = lines(&g);
    assert_eq!(l[0].text, format!("{arabic} Progress (New York,"));
    assert_eq!(l[1].text, "2025).");
    assert_eq!(l.iter().map(|l| l.read_across).sum::<usize>(), 2);
    // A bracket glued to a Latin run's right end opens it (`11 (E/2025/31).` in note 25,
    // its brackets drawn mirrored with the typed ones as ActualText): read before the run.
    let g = drawn_visually(
        &format!(".)E/2025/31( 11 {}", rev("الملحق رقم")),
        100.0,
        "()",
    );
    let l = lines(&g);
    assert_eq!(l[0].text, "الملحق رقم 11 (E/2025/31).");
    assert_eq!(l[0].read_across, 0);
}

/// A right-to-left line of dot leaders (a table of contents) asked, of each dot, for a
/// search of the line: quadratic, 20,000 dots took 9.5 s in a debug build. Once per line
/// now, counted in work (the pieces looked at), not time.
#[test]
fn a_line_of_dot_leaders_is_read_in_one_pass() {
    use super::super::line_text::{Gap, Piece};
    let piece = |text: &str, gap: Gap| Piece {
        text: text.into(),
        gap,
        sup: false,
        typed: false,
        x0: 0.0,
        x1: 0.0,
    };
    let leaders = |dots: usize| {
        let mut pieces = vec![piece("5", Gap::None), piece(".", Gap::Space)];
        pieces.extend((1..dots).map(|_| piece(".", Gap::None)));
        pieces.push(piece("المحتويات", Gap::Space));
        pieces
    };
    let (text, across) = super::super::rtl::logical_rtl(&leaders(2_000), false, false);
    assert_eq!(text, format!("المحتويات {} 5", ".".repeat(2_000)));
    assert_eq!(across, 0);
    crate::work::assert_linear("a line of dot leaders", 2_000, |dots| {
        let pieces = leaders(dots);
        crate::work::steps_of(|| super::super::rtl::logical_rtl(&pieces, false, false)).1
    });
}
