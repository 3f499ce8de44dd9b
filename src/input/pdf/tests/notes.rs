//! Footnotes: their marks in the text, and their lines at a page's foot.

use super::super::layout::{PageLines, lay_out};
use super::super::lines::lines;
use super::{FORMULA, a4_page, line, page_of, placed, typed};

#[test]
fn a_mark_printed_twice_by_libreoffice_is_read_once() {
    // `Group,¹⁴14 which`: the raised number, then the typed mark at the size of the text.
    let mut g = typed("Group,", 100.0, 100.0, 6.0, 12.0);
    g.extend(typed("14", 136.0, 96.0, 4.0, 7.0));
    g.extend(typed("14 which", 144.0, 100.0, 6.0, 12.0));
    let laid = lay_out(&[page_of(&g)]);
    assert_eq!(laid.text, "Group,14 which\n", "{:?}", laid.notes);
    assert!(
        laid.notes[0].1.contains("printed twice"),
        "{:?}",
        laid.notes
    );
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
        lay_out(&[page_of(&g)])
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
        rules: vec![super::super::glyphs::Rule {
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
    let one = a4_page(vec![
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
    ]);
    let two = a4_page(vec![
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
    ]);
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
        Some(super::super::layout::FOOTNOTE)
    );
    assert!(
        laid.text.contains("[^1]: Mar del Plata, 1968\n"),
        "{:?}",
        laid.text
    );
}
