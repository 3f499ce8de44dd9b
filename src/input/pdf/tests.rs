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
                typed: false,
                bold: false,
            });
        }
        at += w;
    }
    out
}

/// A page 800 high of the lines `glyphs` make, with no rules.
fn page_of(glyphs: &[Glyph]) -> PageLines {
    PageLines {
        height: 800.0,
        lines: lines(glyphs),
        rules: Vec::new(),
    }
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
    // The gap is half a size wide: marked as a label's may be, a space unless a stop is found.
    assert_eq!(l[0].text.replace('\u{3}', " "), "القرار 30");
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
        typed: false,
        bold: false,
    });
    let l = lines(&g);
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(l[0].text, "issue,\u{1}1\u{2}");
}

#[test]
fn a_running_head_on_every_page_is_left_out() {
    let page = |n: &str| {
        page_of(
            &[
                drawn(&["A", "/", "R", "E", "S"], 72.0, 40.0, 6.0),
                drawn(&["T", "e", "x", "t", " ", n], 72.0, 400.0, 6.0),
            ]
            .concat(),
        )
    };
    let laid = lay_out(&[page("1"), page("2")]);
    assert_eq!(laid.text, "Text 1 Text 2\n");
    assert_eq!(laid.notes.len(), 2, "{:?}", laid.notes);
}

/// WTSA Res. 1 as the EUR proposal prints it: `SECTION 2` and `SECTION 8` each open a page,
/// under the running head, so each is in the margin band and alike but for its number. A page
/// number goes up with the page; a section's does not.
#[test]
fn headings_alike_at_the_top_of_pages_are_not_a_running_head() {
    let page = |head: &str, number: &str| {
        page_of(
            &[
                typed("WTSA-20/38-E", 462.0, 40.0, 6.0, 12.0),
                typed(head, 268.0, 70.0, 6.0, 12.0),
                typed("Text", 72.0, 400.0, 6.0, 12.0),
                typed(number, 300.0, 780.0, 6.0, 12.0),
            ]
            .concat(),
        )
    };
    let laid = lay_out(&[
        page("SECTION 2", "- 4 -"),
        page("SECTION 8", "- 5 -"),
        page("Study groups", "- 6 -"),
    ]);
    assert_eq!(
        laid.text,
        // Each `SECTION N` and the paragraph after it (its title) one clause, labelled N.
        "2\tText\n8\tText\nStudy groups\nText\n"
    );
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

/// WTSA Res. 1's 1bis.1.1.1 as the EUR proposal prints it: its page ends after it, and its
/// hanging indent is deeper than its text; 1bis.1.1.2, whose text starts at the same stop, opens
/// the next page.
#[test]
fn a_label_gap_to_a_tab_stop_set_on_the_next_page_is_a_tab() {
    let page = |label: &str, text: &str| {
        let mut g = typed(label, 141.9, 100.0, 5.0, 12.0);
        g.extend(typed(text, 198.6, 100.0, 6.0, 12.0));
        g.extend(typed("content", 170.2, 115.0, 6.0, 12.0));
        PageLines {
            height: 800.0,
            lines: lines(&g),
            rules: Vec::new(),
        }
    };
    let laid = lay_out(&[page("1bis.1.1.1", "Texts"), page("1bis.1.1.2", "Each")]);
    assert!(
        laid.text.starts_with("1bis.1.1.1\tTexts"),
        "{:?}",
        laid.text
    );
}

#[test]
fn a_label_gap_to_a_tab_stop_other_lines_start_at_is_a_tab() {
    // `1.1` then text 1.1 sizes on (WTSA Res. 1 as LibreOffice prints it): wider than a space,
    // narrower than the 1.5 sizes a tab needs alone; the next line starts where the text does.
    let mut g = typed("1.1", 85.0, 100.0, 5.0, 12.0);
    g.extend(typed("The World", 113.5, 100.0, 6.0, 12.0));
    g.extend(typed("a) If it", 113.5, 115.0, 6.0, 12.0));
    let laid = lay_out(&[PageLines {
        height: 800.0,
        lines: lines(&g),
        rules: Vec::new(),
    }]);
    assert!(laid.text.starts_with("1.1\tThe World"), "{:?}", laid.text);
    // The same gap with no line starting where the text after it does: a space.
    let mut g = typed("1.5", 85.0, 100.0, 5.0, 12.0);
    g.extend(typed("billion", 113.5, 100.0, 6.0, 12.0));
    let laid = lay_out(&[PageLines {
        height: 800.0,
        lines: lines(&g),
        rules: Vec::new(),
    }]);
    assert_eq!(laid.text, "1.5 billion\n");
}

#[test]
fn a_mark_printed_twice_by_libreoffice_is_read_once() {
    // `Group,¹⁴14 which`: the raised number, then the typed mark at the size of the text.
    let mut g = typed("Group,", 100.0, 100.0, 6.0, 12.0);
    g.extend(typed("14", 136.0, 96.0, 4.0, 7.0));
    g.extend(typed("14 which", 144.0, 100.0, 6.0, 12.0));
    let laid = lay_out(&[PageLines {
        height: 800.0,
        lines: lines(&g),
        rules: Vec::new(),
    }]);
    assert_eq!(laid.text, "Group,14 which\n", "{:?}", laid.notes);
    assert!(
        laid.notes[0].1.contains("printed twice"),
        "{:?}",
        laid.notes
    );
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
fn a_paragraph_ending_with_a_full_line_ends_where_the_next_is_indented() {
    // Two lines of a paragraph at the column's left edge, the last full; then a first line
    // indented (Chromium's UN layout), on the next page.
    let page = |lines: Vec<Glyph>| PageLines {
        height: 800.0,
        lines: super::lines::lines(&lines),
        rules: Vec::new(),
    };
    let full = |t: &str, x: f64, y: f64| typed(t, x, y, (214.0 - x) / t.len() as f64, 10.0);
    let one = [
        full("Recalling the efforts", 92.0, 400.0),
        full("of the Forum in the year 2025", 64.0, 412.0),
        full("of the Forum in the year 2025", 64.0, 424.0),
    ]
    .concat();
    let two = full("Recalling also the conven", 92.0, 100.0);
    let laid = lay_out(&[page(one), page(two)]);
    assert_eq!(laid.text.lines().count(), 2, "{:?}", laid.text);
}

#[test]
fn skia_hyphens_and_radicals_read_as_the_text_types_them() {
    let mut g = typed("COVID\u{2010}19 \u{2F24}会\u{2ED4}", 0.0, 0.0, 5.0, 10.0);
    assert_eq!(super::non_breaking_hyphens(&mut g), 1);
    assert_eq!(super::ideographs(&mut g), 2);
    let text: String = g.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(text, "COVID\u{2011}19大会门");
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

#[test]
fn no_space_between_chinese_and_digits_set_apart_by_libreoffice() {
    // `的2018年` with LibreOffice's autospacing: a quarter of a space on each side of `2018`.
    let mut g = typed("的", 100.0, 100.0, 12.0, 12.0);
    g.extend(typed("2018", 114.5, 100.0, 6.0, 12.0));
    g.extend(typed("年", 141.0, 100.0, 12.0, 12.0));
    assert_eq!(lines(&g)[0].text, "的2018年");
}

#[test]
fn a_raised_mark_wrapped_alone_ends_the_paragraph_above() {
    // LibreOffice broke a full line before the mark: `报告，` then `⁹` alone under it.
    let mut g = typed("报告，", 57.0, 100.0, 12.0, 12.0);
    g.extend(typed("9", 57.0, 108.0, 3.5, 7.0));
    g.extend(typed("又表示", 57.0, 130.0, 12.0, 12.0));
    let laid = lay_out(&[PageLines {
        height: 800.0,
        lines: lines(&g),
        rules: Vec::new(),
    }]);
    assert_eq!(laid.text, "报告，9\n又表示\n", "{:?}", laid.notes);
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
    let l = super::lines::lines_of(&g, true);
    assert_eq!(l[0].text, "القرار 30 (المراج\u{64e}ع في دبي، 2014)");
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

/// LibreOffice breaks the copy of a mark printed twice at the line end (A/RES/74/197 in
/// Arabic, page 10: `الدولي¹⁶1`, the next line opening `6،`): both parts dropped, the mark
/// read once. Before, the note had no mark and the text was refused.
#[test]
fn a_mark_copy_split_by_the_line_end_is_dropped() {
    let page = |first: &[(f64, f64, f64, f64, &str)]| {
        let mut g = placed(first);
        g.extend(placed(&[
            (528.28, 293.3, 3.86, 12.0, "،"),
            (532.6, 293.3, 6.0, 12.0, "6"),
        ]));
        lay_out(&[PageLines {
            height: 800.0,
            lines: lines(&g),
            rules: Vec::new(),
        }])
    };
    let laid = page(&[
        (58.0, 279.5, 6.0, 12.0, "1"),
        (64.1, 274.8, 3.5, 7.0, "1"),
        (67.6, 274.8, 3.5, 7.0, "6"),
        (71.1, 279.5, 10.0, 12.0, "ي"),
        (81.0, 279.5, 3.65, 12.0, "ل"),
    ]);
    assert_eq!(laid.text, "لي16،\n", "{:?}", laid.notes);
    assert!(
        laid.notes[0].1.contains("printed twice"),
        "{:?}",
        laid.notes
    );
}

/// Finding a label's tab stop costs a binary search in the document's stops, not a scan of every
/// line of every page: on 300 pages of 30 labelled lines, the positions compared grow as the
/// lines times their logarithm (the scan compared each of the 9000 labels with all 18000 edges
/// and label stops, 162 million).
#[test]
fn tab_stops_are_found_in_work_linear_in_the_pages() {
    use super::stops::{Stops, with_tabs};
    let pages: Vec<PageLines> = (0..300)
        .map(|_| {
            let g: Vec<Glyph> = (0..30)
                .flat_map(|i| {
                    let y = 100.0 + 20.0 * f64::from(i);
                    let mut g = typed("1.1", 85.0, y, 5.0, 12.0);
                    g.extend(typed("Text", 113.5, y, 6.0, 12.0));
                    g
                })
                .collect();
            PageLines {
                height: 800.0,
                lines: lines(&g),
                rules: Vec::new(),
            }
        })
        .collect();
    let labelled: usize = pages
        .iter()
        .flat_map(|p| &p.lines)
        .filter(|l| l.label_at.is_some())
        .count();
    assert_eq!(labelled, 9000);
    let stops = Stops::of(&pages);
    for p in &pages {
        assert!(
            with_tabs(&p.lines, &stops)
                .iter()
                .all(|l| l.text == "1.1\tText")
        );
    }
    // Four binary searches a label, each over at most 9000 positions (14 steps at most).
    let compared = stops.compared.get();
    assert!(compared <= 9000 * 4 * 15, "{compared} positions compared");
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
    PageLines {
        height: 800.0,
        lines: lines(&g),
        rules: Vec::new(),
    }
}

/// The clauses of a laid-out page read by the plain-text reader with its levels, as
/// `depth label` lines.
fn tree_of(laid: &super::layout::Laid) -> Vec<String> {
    use crate::input::ImportOptions;
    let opts = ImportOptions {
        language: Some(crate::model::Language::En),
        allow_unknown: true,
        ..Default::default()
    };
    let doc = crate::input::plain::import_text_levelled(&laid.text, &laid.levels, &opts, &opts)
        .unwrap_or_else(|e| panic!("{e}: {:?}", laid.text))
        .document;
    fn walk(out: &mut Vec<String>, cs: &[crate::model::Clause], depth: usize) {
        for c in cs {
            let label = c.label.written().trim();
            out.push(format!(
                "{depth} {}",
                if label.is_empty() { "¶" } else { label }
            ));
            walk(out, &c.children, depth + 1);
        }
    }
    let mut out = Vec::new();
    for s in &doc.sections {
        walk(&mut out, &s.clauses, 0);
    }
    out
}

const FORMULA: &str = "The World Telecommunication Standardization Assembly (Hammamet, 2016),";

/// The tree the indentation shows (WTSA Res. 1's 1.11 to 1.13 as LibreOffice prints resdiff's
/// DOCX): `1.11.1` under `1.11`, the unlabelled text of `1.13 Voting` under it, a) and b)
/// beside that text, the dashes under b). By their labels alone the text of 1.13 went to the top of
/// its section, and the items after it with it.
#[test]
fn a_page_indented_by_depth_is_read_as_the_tree_it_shows() {
    let page = indented(&[
        ("", 0.0, FORMULA, 56.8),
        ("", 0.0, "", 0.0),
        ("", 0.0, "resolves", 113.5),
        ("", 0.0, "", 0.0),
        ("1.11", 85.2, "The programme of work", 113.5),
        ("1.11.1", 113.5, "WTSA shall consider", 170.2),
        ("1.11.2", 113.5, "In those cases", 170.2),
        ("1.13", 85.2, "Voting", 113.5),
        ("", 0.0, "Should there be a need for a vote", 141.9),
        ("a)", 113.5, "to consider the proposals", 141.9),
        ("b)", 113.5, "to draw up proposals", 141.9),
        ("−", 141.9, "to accept proposals", 170.2),
        ("−", 141.9, "to entrust the study", 170.2),
    ]);
    let laid = lay_out(&[page]);
    assert_eq!(
        tree_of(&laid),
        [
            "0 1.11", "1 1.11.1", "1 1.11.2", "0 1.13", "1 ¶", "1 a)", "1 b)", "2 −", "2 −"
        ],
        "{:?} {:?}",
        laid.text,
        laid.levels
    );
}

/// ITU's own layout (Res. 1 as ITU prints it): every decimal clause and its items hang from the
/// column's edge, so the indentation tells no level and the labels nest the clauses.
#[test]
fn a_page_not_indented_by_depth_is_left_to_the_labels() {
    let page = indented(&[
        ("", 0.0, FORMULA, 56.8),
        ("", 0.0, "", 0.0),
        ("", 0.0, "resolves", 113.5),
        ("", 0.0, "", 0.0),
        ("1.10", 56.8, "During WTSA, the heads", 96.5),
        ("a)", 56.8, "to consider the proposals", 96.5),
        ("b)", 56.8, "to draw up proposals", 96.5),
        ("1.11", 56.8, "The programme of work", 96.5),
        ("", 0.0, "Should there be a need for a vote", 56.8),
    ]);
    let laid = lay_out(&[page]);
    assert!(laid.levels.iter().all(Option::is_none), "{:?}", laid.levels);
}

/// `8.1` and its heading end WTSA Res. 1's page 20 as LibreOffice prints the EUR proposal; the
/// unlabelled paragraph under it opens page 21, a step further in than the heading's text. A
/// labelled paragraph goes on at its text's start, not past it: two paragraphs (they were
/// read as one).
#[test]
fn a_line_past_a_labels_text_opens_the_next_paragraph_on_the_next_page() {
    let foot = indented(&[
        ("7.4", 85.2, "Deletion of Questions", 113.5),
        (
            "8.1",
            85.2,
            "ITU-T Recommendation approval processes",
            113.5,
        ),
    ]);
    let top = indented(&[("", 0.0, "Procedures for approval of Recommendations", 141.9)]);
    let laid = lay_out(&[foot, top]);
    assert_eq!(
        laid.text,
        "7.4\tDeletion of Questions\n8.1\tITU-T Recommendation approval processes\nProcedures for approval of Recommendations\n"
    );
}

/// A page of body text with a note's mark, and notes under a rule at its foot: `notes` are
/// `(mark, text)`, the mark raised before its text (none: a line going on).
fn page_with_notes(body: &str, notes: &[(&str, &str)]) -> PageLines {
    let mut g = typed(body, 72.0, 400.0, 6.0, 12.0);
    g.extend(typed("More text of the page.", 72.0, 415.0, 6.0, 12.0));
    for (i, (mark, text)) in notes.iter().enumerate() {
        let y = 720.0 + 11.0 * i as f64;
        if !mark.is_empty() {
            g.extend(typed(mark, 72.0, y - 3.0, 3.5, 6.0));
        }
        g.extend(typed(text, 80.0, y, 5.0, 10.0));
    }
    PageLines {
        height: 800.0,
        lines: lines(&g),
        rules: vec![super::glyphs::Rule {
            x0: 72.0,
            x1: 216.0,
            y: 705.0,
        }],
    }
}

/// A note printed on over a page break: its last line opens the next page's notes with no mark.
/// It goes on with the note above it, said on its page (it was dropped, unsaid).
#[test]
fn a_note_line_with_no_mark_atop_a_pages_notes_goes_on_with_the_note_before() {
    let one = page_with_notes("The text of one page.", &[("1", "A note that begins here")]);
    let two = page_with_notes(
        "The text of another page.",
        &[("", "and goes on here."), ("2", "Another note.")],
    );
    let laid = lay_out(&[one, two]);
    assert!(
        laid.text
            .contains("[^1]: A note that begins here and goes on here.\n[^2]: Another note.\n"),
        "{:?}",
        laid.text
    );
    assert!(
        laid.notes.contains(&(
            2,
            "1 footnote line with no mark at the top of the page's notes read as note 1 going on from the page before".into()
        )),
        "{:?}",
        laid.notes
    );
    // With no note before it, the line is left out, and said.
    let alone = page_with_notes("The text of a page.", &[("", "and goes on here.")]);
    let laid = lay_out(&[alone]);
    assert!(!laid.text.contains("goes on"), "{:?}", laid.text);
    assert!(
        laid.notes.contains(&(
            1,
            "left out 1 footnote line with no mark and no note before it: `and goes on here.`"
                .into()
        )),
        "{:?}",
        laid.notes
    );
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

/// WTSA Res. 1's pages 4 and 12 as LibreOffice prints ITU's DOCX: no rule above the notes (the
/// separator is not drawn), LibreOffice's number in a note's margin and the note's own mark
/// after it (`2<TAB>2`), two marks raised in one run on the list of revisions, and the
/// running foot at the body's size under the notes. The notes were read as body text, their
/// marks as clauses' labels (`1 Previously published`, `2 In special cases`).
#[test]
fn notes_under_no_rule_are_read_by_their_size_and_marks() {
    let foot = |n: &str| {
        line(
            &format!("WTSA-16 – Resolution 1\t{n}"),
            (379.8, 538.8, 810.8, 11.0),
        )
    };
    let one = PageLines {
        height: 841.9,
        lines: vec![
            line(
                "RESOLUTION 1 (Rev.\u{a0}Hammamet, 2016)",
                (177.3, 418.4, 67.9, 14.0),
            ),
            line(
                "(Hammamet, 2016)\u{1}1, 1bis\u{2}",
                (248.5, 346.4, 140.1, 11.0),
            ),
            line(FORMULA, (56.8, 405.3, 167.2, 11.0)),
            line("considering", (96.5, 148.4, 192.8, 11.0)),
            line(
                "a)\tthat the functions, duties and organization of the ITU",
                (56.8, 537.8, 214.8, 11.0),
            ),
            line(
                "and operational planning in ITU,",
                (56.8, 201.1, 650.8, 11.0),
            ),
            line(
                "\u{1}1\u{2} Previously published (Geneva, 1956 and 1958; Mar\u{a0}del\u{a0}Plata,\u{a0}1968; Geneva,",
                (56.8, 538.7, 730.8, 10.0),
            ),
            line("1972, 1976 and 1980).", (69.6, 360.5, 742.8, 10.0)),
            line(
                "\u{1}1\tbis\u{2} This Hammamet, 2016 edition was initially published in 2016.",
                (56.8, 538.0, 770.8, 10.0),
            ),
            foot("1"),
        ],
        rules: Vec::new(),
    };
    let two = PageLines {
        height: 841.9,
        lines: vec![
            line("resolves", (96.5, 148.4, 100.0, 11.0)),
            line(
                "1\tthat the chairman and vice-chairman of the study group\u{1}2\u{2}.",
                (56.8, 538.0, 700.0, 11.0),
            ),
            line(
                "\u{1}2\t2\u{2} In special cases, WTSA may appoint the chairman.",
                (56.8, 538.1, 770.8, 10.0),
            ),
            foot("2"),
        ],
        rules: Vec::new(),
    };
    let laid = lay_out(&[one, two]);
    assert!(
        laid.text.contains("(Hammamet, 2016)[^1], [^1bis]\n")
            && laid.text.contains("study group[^2].\n")
            && laid.text.ends_with(
                "[^1]: Previously published (Geneva, 1956 and 1958; Mar del Plata, 1968; Geneva, 1972, 1976 and 1980).\n[^1bis]: This Hammamet, 2016 edition was initially published in 2016.\n[^2]: In special cases, WTSA may appoint the chairman.\n"
            ),
        "{}",
        laid.text
    );
    for (page, lines) in [(1, 3), (2, 1)] {
        let said = format!(
            "read the {lines} line{} at the page's foot as its notes, with no rule drawn above them: smaller text than the body's, opening with a raised mark",
            if lines == 1 { "" } else { "s" }
        );
        assert!(laid.notes.contains(&(page, said)), "{:?}", laid.notes);
    }
}

/// WTSA Res. 1 as LibreOffice prints ITU's DOCX: `1bis.2.2Approval` (its number glued to its
/// text, in bold 12 pt) opening page 9 under the full last line of page 8, and the notes under
/// Figure 9.1 (page 31), each a paragraph a point further from the one before than its lines
/// are from each other. Both were run into the paragraph before.
#[test]
fn a_glued_heading_atop_a_page_and_itus_notes_open_paragraphs() {
    let page = |lines: Vec<super::lines::Line>| PageLines {
        height: 841.9,
        lines,
        rules: Vec::new(),
    };
    let eight = page(vec![
        line("1bis.2.1Definition", (56.8, 147.7, 677.5, 12.0)),
        line(
            "Resolution: A text of the World Telecommunication Standardization Assembly containing provisions on the",
            (56.8, 537.8, 699.9, 11.0),
        ),
        line(
            "organization, working methods and programmes of the ITU Telecommunication Standardization Sector, and of the",
            (56.8, 537.8, 713.9, 11.0),
        ),
    ]);
    let nine = page(vec![
        line("1bis.2.2Approval", (56.8, 145.1, 81.5, 12.0)),
        line(
            "WTSA shall examine and may approve revised or new WTSA resolutions proposed by Member States and",
            (56.8, 537.5, 103.9, 11.0),
        ),
        line(
            "NOTE 1 – Exceptionally, an additional period of up to four weeks would be added if a delegation requested more time under 9.5.5.",
            (56.8, 528.5, 352.3, 9.0),
        ),
        line(
            "NOTE 2 – SG or WP DETERMINATION: The study group or working party determines that work on a draft Recommendation is",
            (56.8, 527.5, 367.3, 9.0),
        ),
        line(
            "sufficiently mature and requests the SG chairman to make the request to the Director (9.3.1).",
            (56.8, 389.9, 381.3, 9.0),
        ),
        line(
            "NOTE 3 – CHAIRMAN'S REQUEST: The SG chairman requests that the Director announce the intention to seek approval (9.3.1).",
            (56.8, 529.5, 396.3, 9.0),
        ),
    ]);
    let laid = lay_out(&[eight, nine]);
    let firsts: Vec<&str> = laid
        .text
        .lines()
        .map(|l| l.split([' ', '\t']).next().unwrap_or_default())
        .collect();
    assert_eq!(
        firsts,
        [
            "1bis.2.1Definition",
            "Resolution:",
            "1bis.2.2Approval",
            "WTSA",
            "NOTE",
            "NOTE",
            "NOTE"
        ],
        "{}",
        laid.text
    );
    assert!(
        laid.notes
            .iter()
            .any(|(p, m)| *p == 2 && m.starts_with("a paragraph taken to open at `NOTE 2 –")),
        "{:?}",
        laid.notes
    );
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

/// A Recommendation's notes kept their spaces as drawn, no-break ones too, where a
/// resolution's were read as one space each, as the DOCX reader reads them: one step for both.
#[test]
fn a_recommendations_note_spaces_are_read_as_a_resolutions() {
    let mut page = page_with_notes("A text.", &[("1", "Mar del\u{a0}Plata, 1968")]);
    let mut g = typed("Recommendation ITU-T J.1108", 72.0, 300.0, 6.0, 12.0);
    g.extend(typed("A title", 72.0, 340.0, 6.0, 12.0));
    page.lines.splice(0..0, lines(&g));
    let laid = lay_out(&[page]);
    assert_eq!(
        laid.styles.last().map(String::as_str),
        Some(super::layout::FOOTNOTE)
    );
    assert!(
        laid.text.contains("[^1]: Mar del Plata, 1968\n"),
        "{:?}",
        laid.text
    );
}
