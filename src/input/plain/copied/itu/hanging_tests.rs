//! Tests of ITU's layout as LibreOffice prints resdiff's DOCX of WTSA Res. 1 (`-layout` keeps
//! its hanging lines), through `pdftotext`.

use super::super::join::paragraphs;
use super::super::pages;
use super::*;
use crate::model::Language;

/// `lines` through `parts` and `paragraphs`: each paragraph's first line and its text.
fn read_paras(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let read = pages::read(&lines, 1, &mut warnings);
    let (read, _) = parts(read, &[], &mut warnings);
    paragraphs(&read, Language::En, false, &mut warnings)
        .into_iter()
        .map(|p| (p.line, p.text))
        .collect()
}

/// `pdftotext -layout` of LibreOffice's print of resdiff's DOCX of WTSA Res. 1 (lines 1219-1230,
/// a figure's notes, the text's widest lines, then 1170-1185). `9.8.2.1 At a study group
/// meeting it may be agreed to delete a` was read as a heading: short beside the widest lines.
#[test]
fn a_numbered_line_its_text_hangs_under_is_no_heading() {
    let got = read_paras(
        "                           NOTE 8 – DEADLINE FOR MEMBER STATES' REPLIES: If 70% of
                           replies received during the consultation period indicate approval, the
                           proposal shall be accepted (9.4.1, 9.4.5 and 9.4.7).
                           NOTE 9 – STUDY GROUP DECISION: After debate, the study group
                           reaches unopposed agreement to apply the approval procedure (9.5.3 and
                           9.5.2). A delegation can register a degree of reservation (9.5.4), can request
                           more time to consider its position (9.5.5) or can abstain from the decision
                           (9.5.6).
                           NOTE 10 – DIRECTOR'S NOTIFICATION: The Director notifies whether
                           the draft Recommendation is approved or not (9.6.1).
                           Figure 9.1 – Approval of new and revised Recommendations using TAP –
                           Sequence of events
9.8   Deletion of Recommendations
            Study groups may decide in each individual case which of the following
            alternatives is the most appropriate for the deletion of Recommendations.
      9.8.1 Deletion of Recommendations by WTSA
                  Upon the decision of the study group, the chairman shall include in his or
                  her report to WTSA the request to delete a Recommendation. WTSA should
                  consider the request and act as appropriate.
      9.8.2 Deletion of Recommendations between WTSAs
            9.8.2.1      At a study group meeting it may be agreed to delete a
                  Recommendation, either because it has been superseded by another
                  Recommendation or because it has become obsolete. This agreement must
                  be unopposed. Information about this agreement, including an explanatory
                  summary about the reasons for the deletion, shall be provided by a circular.
                  If no objection to the deletion is received within three months, the deletion
                  will come into force. In the case of objection, the matter will be referred
                  back to the study group.",
    );
    let clause = got
        .iter()
        .find(|(_, t)| t.starts_with("9.8.2.1"))
        .map(|(_, t)| t.as_str());
    assert!(
        clause.is_some_and(|t| t.contains("delete a Recommendation, either because")),
        "{got:#?}"
    );
    // A heading over its text stays one.
    assert!(
        got.iter()
            .any(|(_, t)| t == "9.8.1 Deletion of Recommendations by WTSA"),
        "{got:#?}"
    );
}

/// The same print, lines 765-772: `7.2.2 and 7.2.3 below.` opening a line inside 7.2.1 was
/// taken for the label the numbering expects, so the real `7.2.2` under the caption, not
/// expected after it, ran into the caption.
#[test]
fn a_reference_opening_a_line_inside_a_paragraph_is_no_label() {
    let got = read_paras(
        "       7.2    Approval of new or revised Questions between WTSAs (see Figure 7.1a)
              7.2.1 Between WTSAs, and after development of proposed new or revised Questions
                    (see 7.1 above), the approval procedure for new or revised Questions is set out in
                    7.2.2 and 7.2.3 below.
                    Figure 7.1a – Approval of new or revised Questions between WTSAs
              7.2.2 New or revised Questions may be approved by a study group if consensus at the
                    study group meeting is achieved. In addition, some Member States and Sector
                    Members (normally at least four) have to commit themselves to support the work,",
    );
    let starts: Vec<&str> = got.iter().map(|(_, t)| &t[..t.len().min(12)]).collect();
    assert_eq!(
        starts,
        [
            "7.2 Approval",
            "7.2.1 Betwee",
            "Figure 7.1a ",
            "7.2.2 New or"
        ],
        "{got:#?}"
    );
}

/// The same print, lines 1086-1094: `–  that the proposed text is stable.` after a line of the
/// item before (ending `; and`) ran on in it.
#[test]
fn a_dash_set_out_from_the_line_before_opens_an_item() {
    let got = read_paras(
        "            another meeting. However, in justified circumstances the approval procedure may
            still be applied if the chairman of the study group, in consultation with TSB,
            considers:
            –      that the proposed changes are reasonable (in the context of the advice issued
                   under 9.4 above) for those Member States not represented at the meeting, or
                   not represented adequately under the changed circumstances; and
            –      that the proposed text is stable.
      9.5.3 After debate at the study group meeting, the decision of the delegations to approve
            the Recommendation under this approval procedure must be unopposed (but see",
    );
    let starts: Vec<usize> = got.iter().map(|(n, _)| *n).collect();
    assert_eq!(starts, [1, 4, 7, 8], "{got:#?}");
}

/// The same print, lines 1218-1253 and 900-916: an appendix's number with its reference on
/// one line (ending with its bracket, as a paragraph may end), bullets of one line each, a
/// line under a dash at the dash's column, and a part's title as wide as the page. Were read
/// as `Appendix I (to …)` and `Information …` two paragraphs, `•  Specific task … •
/// Relationship …` one, `Guidelines …` run into the dash above it, and `SECTION 9` a paragraph
/// with its title run into `9.1 General`.
#[test]
fn an_appendix_and_its_lists_as_libreoffice_prints_them() {
    let got = read_paras(
        "                           announced meeting (9.3.5).
                           NOTE 8 – DEADLINE FOR MEMBER STATES' REPLIES: If 70% of
                           replies received during the consultation period indicate approval, the
                           proposal shall be accepted (9.4.1, 9.4.5 and 9.4.7).
                           NOTE 9 – STUDY GROUP DECISION: After debate, the study group
                           reaches unopposed agreement to apply the approval procedure (9.5.3 and
                           9.5.2). A delegation can register a degree of reservation (9.5.4), can request
                           more time to consider its position (9.5.5) or can abstain from the decision
                           (9.5.6).
                           NOTE 10 – DIRECTOR'S NOTIFICATION: The Director notifies whether
                           the draft Recommendation is approved or not (9.6.1).
                           Figure 9.1 – Approval of new and revised Recommendations using TAP –
                           Sequence of events


                          Appendix I (to Resolution 1 (Rev. Hammamet, 2016))

                                Information for submission of a Question
       •      Source
       •      Short title
       •      Type of Question or proposal5
       •      Reasons or experience motivating the proposed Question or proposal
       •      Draft text of Question or proposal
       •      Specific task objective(s) with expected time-frames for completion
       •      Relationship of this study activity to other:
              –     Recommendations
              –     Questions
              –     study groups
              –     relevant standardization organizations
              Guidelines for drafting Question text are available on the ITU-T website.


                          Appendix II (to Resolution 1 (Rev. Hammamet, 2016))

                       Suggested text of the note to be included in the circular
              TSB has received a statement(s) indicating that the use of intellectual property,",
    );
    let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
    for want in [
        "Appendix I (to Resolution 1 (Rev. Hammamet, 2016)) – Information for submission of a Question",
        "• Specific task objective(s) with expected time-frames for completion",
        "– relevant standardization organizations",
        "Guidelines for drafting Question text are available on the ITU-T website.",
        "Appendix II (to Resolution 1 (Rev. Hammamet, 2016)) – Suggested text of the note to be included in the circular",
    ] {
        assert!(texts.contains(&want), "{want}: {texts:#?}");
    }
    let got = read_paras(
        "            group or working party meeting, accompanied by the reasons for reconsideration
            of the selection. A proposal from a Member State or Sector Member to change the
            selection has to be seconded before it can be addressed by the meeting.
            Using the same procedures as described in 8.1.1, the study group will decide if the
            selection will remain as is, or if it will be changed.
                                                                                23(Add.1)-E


            The selection may not be changed once the Recommendation has been consented
            (Recommendation ITU-T A.8, clause 3.1), or determined (see 9.3.1 below).


                                      SECTION 9

Approval of new and revised Recommendations using the traditional approval process
 9.1 General
      9.1.1 Procedures for approval of new or revised Recommendations which require",
    );
    let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        texts.contains(
            &"9 Approval of new and revised Recommendations using the traditional approval process"
        ),
        "{texts:#?}"
    );
    assert!(texts.contains(&"9.1 General"), "{texts:#?}");
}

/// The same print, lines 840-864: `8.1   ITU-T Recommendation approval processes and selection
/// of the approval process`, too wide to be short, ends its page; its text on the next is set
/// in under 8.1's children, deeper than a line of 8.1's own would hang. Was run into it.
#[test]
fn a_wide_heading_ending_its_page_over_deeper_text() {
    let got = read_paras(
        "                  facilitate further study of the Question.
            7.4.1.3      Notification of the result will be given in a circular, and TSAG shall
                  be informed by the Director. In addition, the Director shall publish a list of
                  deleted Questions whenever appropriate, but at least once by the middle of a
                  study period.
      7.4.2 Deletion of a Question by WTSA
                  Upon the decision of the study group, the chairman shall include in his or
                  her report to WTSA the request to delete a Question. WTSA will decide as
                  appropriate.


                                      SECTION 8

             Recommendation development and approval processes
8.1   ITU-T Recommendation approval processes and selection of the approval process
\u{c}                                                                                   23(Add.1)-E


            Procedures for approval of Recommendations which require formal consultation
            of Member States (traditional approval process, TAP) are specified in Section 9 of
            this resolution. Procedures for approval of Recommendations which do not
            require formal consultation of Member States (alternative approval process, AAP)
            are specified in Recommendation ITU-T A.8. In accordance with the Convention,
            the status of Recommendations approved is the same for both methods of
            approval.",
    );
    let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        texts.contains(
            &"8.1 ITU-T Recommendation approval processes and selection of the approval process"
        ),
        "{texts:#?}"
    );
}

/// `pdftotext` (no `-layout`) of LibreOffice's print of resdiff's DOCX of WTSA Res. 1, lines
/// 1236-1291 (9.6 to 9.7) under lines 553-556 (3.1, the text's full width): `However,
/// implementers …`, the fourth line of the dash item `–  "As of the date …`, after a short
/// line ending a sentence, read as a paragraph of its own; the item's lines all end short, as
/// its text hangs under its label. Said, unsaid before.
#[test]
fn a_capital_after_a_sentence_in_a_hanging_item_is_said() {
    let wide = [
        "Within the mandate set out in WTSA Resolution 2, study group chairmen shall be",
        "responsible for the establishment of an appropriate structure for the distribution of work,",
        "after consulting with study group vice-chairmen. The study group chairmen perform the",
        "duties required of them within their study groups or within joint coordination activities.",
    ];
    let mut lines: Vec<pages::Line> = (553..)
        .zip(wide)
        .map(|(n, t)| pages::Line::of_test(n, t, 0))
        .collect();
    let mut blank = false;
    for (n, t) in (1236..).zip(include_str!("dash_item_hanging.txt").lines()) {
        if t.is_empty() {
            blank = true;
            continue;
        }
        let mut l = pages::Line::of_test(n, t, 1);
        l.blank_before = std::mem::take(&mut blank);
        l.break_before = n == 1236;
        lines.push(l);
    }
    let mut warnings = Vec::new();
    let (read, _) = parts(lines, &[], &mut warnings);
    let got = paragraphs(&read, Language::En, false, &mut warnings);
    assert!(got.iter().any(|p| p.line == 1284), "{got:#?}");
    assert!(
        warnings.iter().any(|w| w.line == 1284
            && w.message.contains(
                "after line 1283, which ends a sentence, in the list item of line 1280 whose lines all end short"
            )
            && w.message.contains("read as opening a paragraph of its own; it may run on")),
        "{warnings:#?}"
    );
}

/// `pdftotext` (no `-layout`) of LibreOffice's print of resdiff's DOCX of WTSA Res. 1, lines
/// 955-1012 (the running head, dropped as repeated in the whole text, taken out): `8.1` from its column over `ITU-T Recommendation approval processes and selection of
/// the approval process`, too wide to be short, ending its page; the next opens with a capital
/// (`Procedures for approval …`). Was run into that text; read as a heading, said.
#[test]
fn a_wide_numbered_title_ending_its_page_over_a_capital_is_a_heading() {
    let lines: Vec<&str> = include_str!("heading_page_end.txt").lines().collect();
    let mut warnings = Vec::new();
    let read = pages::read(&lines, 955, &mut warnings);
    let (read, _) = parts(read, &[], &mut warnings);
    let got = paragraphs(&read, Language::En, false, &mut warnings);
    let texts: Vec<(usize, &str)> = got.iter().map(|p| (p.line, p.text.as_str())).collect();
    assert!(
        texts.contains(&(
            964,
            "8.1 ITU-T Recommendation approval processes and selection of the approval process"
        )),
        "{texts:#?}"
    );
    assert!(texts.iter().any(|(n, _)| *n == 972), "{texts:#?}");
    assert!(
        warnings.iter().any(|w| w.line == 964
            && w.message.contains("ending its page, the next page opening with a capital (line 972); it may be a paragraph's first line")),
        "{warnings:#?}"
    );
}
