//! Tests of [`super`]: labels written as a column apart, on lines of `pdftotext` (no
//! `-layout`) of LibreOffice's print of resdiff's DOCX of WTSA Res. 1.

use super::*;
use crate::input::plain::copied::pages;

/// Each label of the column and the line it was put before, as `(label, line)`.
fn labelled(text: &str, first: usize) -> (Vec<(String, usize)>, Vec<Warning>) {
    let raw: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let lines = read(pages::read(&raw, first, &mut warnings), &mut warnings);
    let got = lines
        .iter()
        .filter_map(|l| {
            let (head, _) = l.body().split_once(' ')?;
            decimal_alone(head).then(|| (head.to_string(), l.number))
        })
        .collect();
    (got, warnings)
}

/// `pdftotext` (no `-layout`) of LibreOffice's print of resdiff's DOCX of WTSA Res. 1,
/// lines 112-180: labels 1.5 to 1.9 at the page's top, over their paragraphs and the items
/// of 1.5 (`a)` alone over its text, lines of items ending short inside their clause).
#[test]
fn a_column_of_labels_goes_to_its_pages_paragraphs_in_order() {
    let (got, warnings) = labelled(include_str!("labels_column.txt"), 112);
    let want = [
        ("1.5", 129),
        ("1.6", 165),
        ("1.7", 168),
        ("1.8", 170),
        ("1.9", 175),
    ];
    let want: Vec<(String, usize)> = want.iter().map(|(l, n)| (l.to_string(), *n)).collect();
    assert_eq!(got, want, "{warnings:#?}");
    let said: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(said, [118, 120, 121, 122, 124], "{warnings:#?}");
}

/// The same, lines 960-1012: labels 8.2 and 8.3 over 8.1's paragraphs, some unlabelled,
/// and the titles of 8.2 and 8.3 further down the page.
#[test]
fn a_column_of_labels_goes_to_as_many_titles() {
    let (got, _) = labelled(include_str!("labels_column_headings.txt"), 960);
    let heads: Vec<(String, usize)> = got.into_iter().filter(|(l, _)| l.len() == 3).collect();
    assert_eq!(
        heads,
        [("8.2".to_string(), 1001), ("8.3".to_string(), 1008)]
    );
}

/// The same, lines 75-115: `SECTION 1`, labels 1.1 to 1.4, the title, then four
/// paragraphs, 1.3's after a full line ending a sentence (`… created by the assembly.`).
/// Left as written before (three paragraphs open for certain), the labels ran together.
#[test]
fn a_column_of_labels_counts_a_capital_after_a_sentence_where_that_makes_the_count() {
    let (got, warnings) = labelled(include_str!("labels_column_counted.txt"), 75);
    let want = [("1.1", 84), ("1.2", 90), ("1.3", 92), ("1.4", 107)];
    let want: Vec<(String, usize)> = want.iter().map(|(l, n)| (l.to_string(), *n)).collect();
    assert_eq!(got, want, "{warnings:#?}");
    assert!(
        warnings
            .iter()
            .any(|w| w.line == 79 && w.message.contains("counted"))
    );
}

/// The same, lines 380-420: `SECTION 2`, then `2.1` and `2` (the part's number again)
/// alone, then the part's title and 2.1's. Read before as one paragraph, `SECTION 2 2.1 2
/// Study groups …`, run into the clause before.
#[test]
fn a_label_under_a_parts_number_goes_under_its_title() {
    let (got, warnings) = labelled(include_str!("labels_under_part.txt"), 380);
    let want = [("2.1".to_string(), 414)];
    assert_eq!(
        got.into_iter()
            .filter(|(l, _)| l == "2.1")
            .collect::<Vec<_>>(),
        want
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.line == 411 && w.message.contains("dropped"))
    );
}

/// The same, lines 1182-1200: `9.5` alone at its page's top (the running foot above it
/// dropped), over the end of 9.4.5 that the page broke, its title `Procedure at study group
/// meetings` under 9.4.7. Read before as the label of `authorization given by …`.
#[test]
fn a_label_at_a_pages_top_over_a_broken_paragraph_goes_to_its_title() {
    let raw: Vec<&str> = include_str!("label_page_top.txt").lines().collect();
    let mut warnings = Vec::new();
    let mut lines = pages::read(&raw, 1182, &mut warnings);
    lines[0].break_before = true;
    let lines = read(lines, &mut warnings);
    let at = lines.iter().find(|l| l.number == 1194).map(Line::body);
    assert_eq!(
        at,
        Some("9.5 Procedure at study group meetings"),
        "{warnings:#?}"
    );
}

/// The same, lines 1125-1160: `9.4`, empty, `9.3.8.1` at the page's top; `9.4` was read on
/// `9.3.8.1` and its title `Consultation` run into 9.4.1, unsaid. Said at the column, with
/// the page's lines; not so a heading's number over its title with an empty line between,
/// as Chromium's print sets every label (its lines 1091-1093, `8.2`).
#[test]
fn a_column_of_labels_set_apart_is_said_with_its_page() {
    let raw: Vec<&str> = include_str!("labels_column_9_4.txt").lines().collect();
    let mut warnings = Vec::new();
    let mut lines = pages::read(&raw, 1125, &mut warnings);
    lines[0].break_before = true;
    columns_said(&lines, &mut warnings);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(warnings[0].line, 1125);
    assert!(
        warnings[0]
            .message
            .starts_with("labels `9.4`, `9.3.8.1` (lines 1125-1127) written as a column apart")
            && warnings[0]
                .message
                .contains("paragraphs of lines 1125-1160")
            && warnings[0]
                .message
                .contains("copy with `pdftotext -layout`"),
        "{warnings:#?}"
    );
    let raw = [
        "8.2",
        "",
        "Notification of the selection",
        "8.2.1 Once a study group",
    ];
    let mut warnings = Vec::new();
    let mut lines = pages::read(&raw, 1091, &mut warnings);
    lines[0].break_before = true;
    columns_said(&lines, &mut warnings);
    assert!(warnings.is_empty(), "{warnings:#?}");
}

/// The same, lines 1125-1160, 1295-1312 and 911-936: `9.4` over `9.3.8.1` alone, read as
/// its label, its title `Consultation` run into 9.4.1; `9.8` over the rest of 9.7's
/// paragraph, read as the label of `inconsistencies and …`, its title `Deletion of
/// Recommendations` run into its text; `7.3`, `7.4`, left alone (`7.3 7.4 Approval …`).
/// Each to the title over the first line labelled under it.
#[test]
fn a_label_at_a_pages_top_goes_to_the_title_over_its_first_child() {
    for (text, first, label, at) in [
        (include_str!("labels_column_9_4.txt"), 1125, "9.4", 1153),
        (include_str!("labels_column_9_8.txt"), 1295, "9.8", 1304),
        (include_str!("labels_column_7_3.txt"), 911, "7.3", 915),
        (include_str!("labels_column_7_3.txt"), 911, "7.4", 932),
    ] {
        let raw: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let mut lines = pages::read(&raw, first, &mut warnings);
        lines[0].break_before = true;
        let lines = read(lines, &mut warnings);
        let got = lines.iter().find(|l| l.number == at).map(Line::body);
        assert!(
            got.is_some_and(|t| t.starts_with(&format!("{label} "))),
            "{got:?} {warnings:#?}"
        );
        let said = format!("read as the label of line {at}");
        assert!(warnings.iter().any(|w| w.message.contains(&said)));
    }
}

/// The same, lines 539-580: `SECTION 3`, labels 3.1 to 3.4, the part's title, then four
/// paragraphs, three opening for certain and two lines that may (`Appointment of …`, 3.2's,
/// and `The mandate of …`, inside 3.3, both after a full line ending a sentence). Left as
/// written before, `SECTION 3 3.1 3.2 3.3 3.4 Study group management Within …` ran into the
/// dash item above; the first taken, said as a guess naming both.
#[test]
fn a_column_under_a_part_takes_the_first_lines_that_may_open_a_paragraph() {
    let (got, warnings) = labelled(include_str!("labels_column_section_3.txt"), 539);
    let want = [("3.1", 553), ("3.2", 557), ("3.3", 564), ("3.4", 577)];
    let want: Vec<(String, usize)> = want.iter().map(|(l, n)| (l.to_string(), *n)).collect();
    assert_eq!(got, want, "{warnings:#?}");
    assert!(
        warnings.iter().any(|w| w.line == 544
            && w.message
                .contains("line 557 read as opening one and line 566 not: a guess")),
        "{warnings:#?}"
    );
    let raw: Vec<&str> = include_str!("labels_column_section_3.txt")
        .lines()
        .collect();
    let mut warnings = Vec::new();
    let lines = pages::read(&raw, 539, &mut warnings);
    let (lines, heads) = super::super::itu::parts(lines, &[], &mut warnings);
    assert!(heads.contains(&543), "{warnings:#?}");
    let head = lines.iter().find(|l| l.number == 543).map(Line::body);
    assert_eq!(head, Some("3 Study group management"));
}
