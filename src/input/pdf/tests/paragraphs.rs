//! Lines grouped into paragraphs, and a label's gap read as a tab where a stop is found.

use super::super::glyphs::Glyph;
use super::super::layout::{PageLines, lay_out};
use super::{a4_page, indented, line, page_of, typed};

/// WTSA Res. 1's 1bis.1.1.1 as the EUR proposal prints it: its page ends after it, and its
/// hanging indent is deeper than its text; 1bis.1.1.2, whose text starts at the same stop, opens
/// the next page.
#[test]
fn a_label_gap_to_a_tab_stop_set_on_the_next_page_is_a_tab() {
    let page = |label: &str, text: &str| {
        let mut g = typed(label, 141.9, 100.0, 5.0, 12.0);
        g.extend(typed(text, 198.6, 100.0, 6.0, 12.0));
        g.extend(typed("content", 170.2, 115.0, 6.0, 12.0));
        page_of(&g)
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
    let laid = lay_out(&[page_of(&g)]);
    assert!(laid.text.starts_with("1.1\tThe World"), "{:?}", laid.text);
    // The same gap with no line starting where the text after it does: a space.
    let mut g = typed("1.5", 85.0, 100.0, 5.0, 12.0);
    g.extend(typed("billion", 113.5, 100.0, 6.0, 12.0));
    let laid = lay_out(&[page_of(&g)]);
    assert_eq!(laid.text, "1.5 billion\n");
}

#[test]
fn a_paragraph_ending_with_a_full_line_ends_where_the_next_is_indented() {
    // Two lines of a paragraph at the column's left edge, the last full; then a first line
    // indented (Chromium's UN layout), on the next page.
    let full = |t: &str, x: f64, y: f64| typed(t, x, y, (214.0 - x) / t.len() as f64, 10.0);
    let one = [
        full("Recalling the efforts", 92.0, 400.0),
        full("of the Forum in the year 2025", 64.0, 412.0),
        full("of the Forum in the year 2025", 64.0, 424.0),
    ]
    .concat();
    let two = full("Recalling also the conven", 92.0, 100.0);
    let laid = lay_out(&[page_of(&one), page_of(&two)]);
    assert_eq!(laid.text.lines().count(), 2, "{:?}", laid.text);
}

#[test]
fn a_raised_mark_wrapped_alone_ends_the_paragraph_above() {
    // LibreOffice broke a full line before the mark: `报告，` then `⁹` alone under it.
    let mut g = typed("报告，", 57.0, 100.0, 12.0, 12.0);
    g.extend(typed("9", 57.0, 108.0, 3.5, 7.0));
    g.extend(typed("又表示", 57.0, 130.0, 12.0, 12.0));
    let laid = lay_out(&[page_of(&g)]);
    assert_eq!(laid.text, "报告，9\n又表示\n", "{:?}", laid.notes);
}

/// Finding a label's tab stop costs a binary search in the document's stops, not a scan of every
/// line of every page: on 300 pages of 30 labelled lines, the positions compared grow as the
/// lines times their logarithm (the scan compared each of the 9000 labels with all 18000 edges
/// and label stops, 162 million).
#[test]
fn tab_stops_are_found_in_work_linear_in_the_pages() {
    use super::super::stops::{Stops, with_tabs};
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
            page_of(&g)
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

/// WTSA Res. 1 as LibreOffice prints ITU's DOCX: `1bis.2.2Approval` (its number glued to its
/// text, in bold 12 pt) opening page 9 under the full last line of page 8, and the notes under
/// Figure 9.1 (page 31), each a paragraph a point further from the one before than its lines
/// are from each other. Both were run into the paragraph before.
#[test]
fn a_glued_heading_atop_a_page_and_itus_notes_open_paragraphs() {
    let eight = a4_page(vec![
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
    let nine = a4_page(vec![
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
