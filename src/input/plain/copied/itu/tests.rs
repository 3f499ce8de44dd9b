//! Tests of the parts of a long ITU text in a copied text: WTSA Res. 1 as LibreOffice prints
//! ITU's DOCX, through `pdftotext`.

use super::super::itu_notes::{called_again, suffixed_notes};
use super::super::join::paragraphs;
use super::super::pages;
use super::*;
use crate::model::Language;

/// `pdftotext -layout` of LibreOffice's print of ITU's DOCX of WTSA Res. 1 (lines 108-116,
/// 236-242 and 1318-1325, shortened): a part's number over its title, a numbered heading
/// over its text, an appendix over its reference and title. They were read as
/// `SECTION 1 World …` (a paragraph with no label), `1bis.1 General principles In 1bis.1.1
/// …` (a heading run into its text) and `APPENDIX I (to …)` then `Information …`.
#[test]
fn parts_and_headings_are_paragraphs_of_their_own() {
    let text = "\
and meetings of the Union (in that order) shall prevail over this resolution.



                                           SECTION 1

               World Telecommunication Standardization Assembly
1.1      The World Telecommunication Standardization Assembly (WTSA), in undertaking the duties
assigned to it in Article 18 of the ITU Constitution, Article 13 of the ITU Convention and the General Rules
to consider other specific matters if required.
1bis.1 General principles
In 1bis.1.1 and 1bis.1.2 below, the term \"texts\" is used for ITU-T resolutions, Questions, opinions,
and reports.
                                        APPENDIX I
                           (to Resolution 1 (Rev. Hammamet, 2016))

                    Information for submission of a Question

•         Source";
    let lines: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let read = pages::read(&lines, 1, &mut warnings);
    let (read, heads) = parts(read, &[], &mut warnings);
    let paras =
        super::super::join::paragraphs(&read, crate::model::Language::En, false, &mut warnings);
    let got: Vec<(usize, String)> = paras.iter().map(|p| (p.line, p.text.clone())).collect();
    let lines: Vec<usize> = got.iter().map(|(n, _)| *n).collect();
    assert_eq!(lines, [1, 5, 8, 11, 12, 14, 19], "{got:#?}");
    assert!(
        got[1].1.starts_with("1 World Telecommunication"),
        "{got:#?}"
    );
    assert!(
        got[5]
            .1
            .starts_with("Appendix I (to Resolution 1 (Rev. Hammamet, 2016)) – Information"),
        "{got:#?}"
    );
    assert_eq!(heads, HashSet::from([5, 14]));
    let said: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(said, [5, 11, 14], "{warnings:#?}");
    // The tree by the numbering: the part at the top, the heading under it, its text
    // under the heading, the appendix at the top, its item under it.
    let paras: Vec<(usize, String)> = paras
        .into_iter()
        .map(|p| (p.line, super::super::with_tab(&p.text)))
        .collect();
    let levels = levels(&paras, &heads, &mut warnings);
    assert_eq!(
        levels,
        [
            Some(0),
            Some(0),
            Some(1),
            Some(1),
            Some(2),
            Some(0),
            Some(1)
        ]
    );
}

/// WTSA Res. 1, 7.1.5: `i)` opens the list, under a numbered clause, and `ii)` follows:
/// roman numerals, one level. Read as a letter, `ii)` went a level under it.
#[test]
fn a_space_before_a_words_hyphen_goes_where_the_text_writes_it_whole() {
    let raw = [
        "the author's guide for drafting ITU -T",
        "Recommendations of ITU-T and a list - not a word.",
    ];
    let mut warnings = Vec::new();
    let lines = spaced_hyphens(pages::read(&raw, 1, &mut warnings), &mut warnings);
    assert_eq!(lines[0].body(), "the author's guide for drafting ITU-T");
    assert_eq!(lines[1].body(), raw[1]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

/// WTSA Res. 1, 2.1.5, as `pdftotext -layout` writes LibreOffice's print (lines 443-453;
/// its note 2 numbered 1 here, the text's first).
#[test]
fn a_note_called_again_before_it_is_read_so() {
    let raw = [
        "WTSA shall appoint the chairman and vice-chairman of the study group1, in consultation with the",
        "interest and appoints the chairman and vice-chairman of the study group1. In this case, ITU-R shall be",
        "invited by Study Group 2 to nominate",
        "1   1",
        "     In special cases, WTSA may appoint the chairman.",
    ];
    let mut warnings = Vec::new();
    let (mut lines, notes) =
        super::super::notes::extract(pages::read(&raw, 443, &mut warnings), &mut warnings);
    called_again(&mut lines, &notes, &mut warnings);
    let marks: Vec<usize> = lines
        .iter()
        .map(|l| l.text.matches("[^1]").count())
        .collect();
    assert_eq!(marks, [1, 1, 0]);
    assert!(
        warnings
            .iter()
            .any(|w| w.line == 444 && w.message.contains("second call")),
        "{warnings:#?}"
    );
}

/// `pdftotext` (no `-layout`) of the same print (lines 1496-1497): Figure 9.1's caption
/// on two lines, no indent to say the second is centred under the first.
#[test]
fn a_captions_second_line_opening_with_its_dash_is_the_caption() {
    let raw = [
        "NOTE 10 – DIRECTOR'S NOTIFICATION: The Director notifies whether the draft Recommendation is approved or not.",
        "Figure 9.1 – Approval of new and revised Recommendations using TAP",
        "– Sequence of events",
    ];
    let mut warnings = Vec::new();
    let (lines, _) = parts(pages::read(&raw, 1, &mut warnings), &[], &mut warnings);
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[1].body().ends_with("using TAP – Sequence of events"));
}

/// `pdftotext -layout` of the same print (lines 45 and 91-99, shortened): the title's
/// notes 1 and 1bis, 1bis's number printed `1` over the note's first line and `bis` under
/// it. Read numbered on, `1bis` was taken into note 1's text.
#[test]
fn a_note_numbered_with_a_suffix_is_read_with_its_call() {
    let raw = [
        "                                             (Hammamet, 2016)1, 1bis",
        "1",
        "      Previously published (Geneva, 1956 and 1958).",
        "1",
        "       This Hammamet, 2016 edition was initially published in 2016 and then republished to move",
        "     bis",
        "",
        "     the contents of Annex A (ITU-T Documentation) to Section 1bis.",
        "\u{c}        resolves",
    ];
    let mut warnings = Vec::new();
    let mut lines = pages::read(&raw, 45, &mut warnings);
    let notes = suffixed_notes(&mut lines, &mut warnings);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].0.mark, "1bis");
    assert!(
        notes[0].0.text.starts_with("This Hammamet") && notes[0].0.text.ends_with("Section 1bis.")
    );
    assert_eq!(lines[0].body(), "(Hammamet, 2016)1, [^1bis]");
    let left: Vec<&str> = lines.iter().map(Line::body).collect();
    assert_eq!(left.len(), 4, "{left:?}");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

/// Chromium's print of ITU's layout (`pdftotext -layout`, lines 5 and 43-49): the number
/// whole, `1bis` alone on its line over the note's text. Was read into note 1.
#[test]
fn a_note_numbered_with_a_suffix_whole_on_its_line() {
    let raw = [
        "                                             (Hammamet, 2016)1, 1bis",
        "1",
        "     Previously published (Geneva, 1956 and 1958; New Delhi, 1960; Geneva, 1964; Mar del Plata, 1968; Geneva, 1972,",
        "     1976 and 1980, Malaga-Torremolinos, 1984; Melbourne, 1988; Helsinki, 1993; Geneva, 1996; Montreal, 2000;",
        "     Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012).",
        "1bis",
        "       This Hammamet, 2016 edition was initially published in 2016 and then republished in November 2017 to move the",
        "     contents of Annex A (ITU-T Documentation) to Section 1bis, as approved during the Assembly.",
        "\u{c}        resolves",
    ];
    let mut warnings = Vec::new();
    let mut lines = pages::read(&raw, 1, &mut warnings);
    let notes = suffixed_notes(&mut lines, &mut warnings);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0.mark, "1bis");
    assert!(
        notes[0].0.text.starts_with("This Hammamet")
            && notes[0]
                .0
                .text
                .ends_with("as approved during the Assembly."),
        "{notes:?}"
    );
    assert_eq!(lines[0].body(), "(Hammamet, 2016)1, [^1bis]");
    let left: Vec<&str> = lines.iter().map(Line::body).collect();
    assert_eq!(left.len(), 6, "{left:?}");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

#[test]
fn decimal_labels_follow_by_the_numbering() {
    for (a, b) in [
        ("9.5.3", "9.5.4"),
        ("1.13", "1bis"),
        ("4.3", "4.3bis"),
        ("4.3bis", "4.4"),
        ("7.1", "7.1.0"),
        ("7.1.11", "7.2"),
        ("2", "2.1"),
        ("1bis.9.3", "2"),
    ] {
        assert!(follows(a, b), "{a} {b}");
    }
    for (a, b) in [("9.5.3", "9.5.5"), ("1bis.1", "1bis.2.1"), ("9.1.1", "9.3")] {
        assert!(!follows(a, b), "{a} {b}");
    }
}

#[test]
fn an_i_that_ii_follows_is_roman() {
    let paras: Vec<(usize, String)> = [
        "7\tDevelopment and approval of Questions",
        "7.1.5\tEach study group shall consider the proposed new or revised Questions:",
        "i)\tthe clear purpose of each proposed Question;",
        "ii)\tthe priority and urgency of new Recommendation(s) desired;",
        "7.1.6\tAgreement by a study group is achieved by consensus.",
        "a)\tthrough a study group;",
        "b)\tthrough WTSA;",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| (i + 1, t.to_string()))
    .collect();
    let mut warnings = Vec::new();
    let levels = levels(&paras, &HashSet::from([1]), &mut warnings);
    let want = [0, 2, 3, 3, 2, 3, 3].map(Some);
    assert_eq!(levels, want);
}

/// `pdftotext -layout` of LibreOffice's print of ITU's DOCX of WTSA Res. 1 (1.5 a)): the
/// item's lines hang 8 columns in, so its third, ending `(TSAG)`, was shorter than 80% of
/// the page's lines and read as ending the item.
#[test]
fn an_items_lines_hung_in_run_the_width_from_the_margin() {
    let text = "\
1.5       In addition to the steering, budget control and editorial committees, the two following committees
are set up:
a)      The \"Committee on Working Methods of ITU-T\", which submits to the plenary meeting reports
    including proposals on the ITU-T working methods for implementation of the ITU-T work
    programme, on the basis of the Telecommunication Standardization Advisory Group (TSAG)
    reports submitted to the assembly and the proposals of ITU Member States and ITU-T Sector
    Members.
b)      The \"Committee on the ITU-T Work Programme and Organization\", which submits to the plenary
    meeting reports including proposals on the programme and organization of the work of ITU-T
    consistent with ITU-T strategy and priorities. It shall specifically:";
    let lines: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let read = pages::read(&lines, 1, &mut warnings);
    let paras = paragraphs(&read, Language::En, false, &mut warnings);
    let starts: Vec<usize> = paras.iter().map(|p| p.line).collect();
    assert_eq!(starts, [1, 3, 8], "{paras:?}");
}

/// `pdftotext -layout` of the same print (lines 1010-1013, 1318-1330, 947-951, shortened):
/// in ITU's layout a line opening with a call word (`According to`) runs on, items after
/// short lines open paragraphs (`•  Source`), a paragraph opens after an empty line, a
/// bracket's end (`AAP) are`) is no label, and ITU's dash `−` is one.
#[test]
fn itus_layout_opens_paragraphs_by_its_own_signs() {
    let text = "\
9.1.1     Procedures for approval of new or revised Recommendations which require formal consultation of
Member States (traditional approval process, TAP) are found in this section of WTSA Resolution 1.
According to No. 246B of the Convention, draft new or revised ITU-T Recommendations are adopted by a
study group in accordance with procedures established by WTSA, and Recommendations which do not
require formal consultation of Member States for their approval are considered approved. Procedures for
such approval of Recommendations (alternative approval process, AAP) are found in the relevant texts of
the Union, and those that do not (alternative approval process, which is specified in the annex of this
AAP) are specified in Recommendation ITU-T A.8.
•         Source
•         Short title
•         Relationship of this study activity to other:
      \u{2212}     Recommendations
      \u{2212}     relevant standardization organizations

Guidelines for drafting Question text are available on the ITU-T website.";
    let lines: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let read = pages::read(&lines, 1, &mut warnings);
    let paras = paragraphs(&read, Language::En, false, &mut warnings);
    let starts: Vec<usize> = paras.iter().map(|p| p.line).collect();
    assert_eq!(starts, [1, 9, 10, 11, 12, 13, 15], "{paras:#?}");
}

/// `pdftotext` (no `-layout`) of the same print (lines 104-107, 114-118): ITU's
/// `label<TAB>text` written as the label on a line of its own, an empty line between
/// them or not. Read as paragraphs with no label, the label a paragraph of its own.
#[test]
fn a_label_alone_on_its_line_goes_before_its_text() {
    let text = "SECTION 1\nWorld Telecommunication Standardization Assembly\n1.1\nThe World Telecommunication Standardization Assembly (WTSA), in undertaking the duties\nto consider other specific matters if required.\na)\n\nIf an existing resolution identifies a priority issue, the need for a similar\nWTSA resolution should be questioned.";
    let lines: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let read = pages::read(&lines, 1, &mut warnings);
    let (read, heads) = parts(read, &[], &mut warnings);
    let bodies: Vec<&str> = read.iter().map(|l| l.body()).collect();
    assert_eq!(
        bodies[0],
        "1 World Telecommunication Standardization Assembly"
    );
    assert!(bodies[1].starts_with("1.1 The World"), "{bodies:?}");
    assert!(bodies[3].starts_with("a) If an existing"), "{bodies:?}");
    assert_eq!(heads, HashSet::from([1]));
    let said = warnings
        .iter()
        .filter(|w| w.message.contains("alone on its line"))
        .count();
    assert_eq!(said, 2, "{warnings:#?}");
}

/// `pdftotext` (no `-layout`) of LibreOffice's print of resdiff's DOCX of WTSA Res. 1, lines
/// 1311-1313: `9.8.2.1` alone put before `At a study group meeting it may be agreed to delete
/// a`, a short line ending on an article, read as a heading before (its paragraph split).
#[test]
fn a_numbered_line_ending_on_an_article_is_no_heading() {
    assert!(decimal_heading(
        "9.8.2 Deletion of Recommendations between WTSAs"
    ));
    assert!(!decimal_heading(
        "9.8.2.1 At a study group meeting it may be agreed to delete a"
    ));
}
