//! Notes and their marks, on lines of the prints as `pdftotext` gives them.

use super::*;

#[test]
fn notes_and_labels() {
    assert_eq!(
        note_start("1 See A/C.2/59/3."),
        Some((1, "See A/C.2/59/3."))
    );
    assert_eq!(note_start("12See A/74/821."), Some((12, "See A/74/821.")));
    assert_eq!(note_start("1. Welcomes"), None);
    assert_eq!(note_start("1 - يرحب"), None);
    assert_eq!(note_start("2030 Agenda"), None);
    assert_eq!(note_start("16december"), None);
    assert_eq!(note_start("9"), Some((9, "")));
    // LibreOffice's print of ITU's DOCX: the raised number, then the DOCX's typed copy.
    assert_eq!(note_start("4   4"), Some((4, "")));
    assert_eq!(note_start("4 5"), None);
    assert_eq!(
        number_inside("A/80/62-E/2025/12 11.", 11).as_deref(),
        Some("A/80/62-E/2025/12.")
    );
    assert!(number_inside("Financing Report 2024 4 (تقرير", 4).is_some());
    assert_eq!(number_inside("resolution 4 of", 4), None);
}

/// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX, as
/// the reader has the lines: each note's number last (its marks: see
/// `note_marks::tests::libreoffice_s_arabic_marks`).
#[test]
fn libreoffice_s_arabic_notes_and_marks() {
    assert_eq!(
        number_last("القرار 71/256، المرفق.    3", 3).as_deref(),
        Some("القرار 71/256، المرفق.")
    );
    assert_eq!(number_last("القرار 71/256، المرفق.    3", 4), None);
    assert_eq!(number_last("in 2030   3", 3), None);
    // These once had a single space before the number, which is the text's own: see
    // [`the_text_s_own_number_last_opens_no_note`]; `pdftotext -layout` sets 3 or more.
    assert_eq!(
        number_inside("القرارات 56/183، و 67/195، و   1", 1).as_deref(),
        Some("القرارات 56/183، و 67/195، و")
    );
}

/// WTDC Res. 30 as LibreOffice prints resdiff's DOCX, `pdftotext -layout` (lines 55, 109,
/// 110, 116, 117, as read): ITU's operative items, their numbers at the right margin as
/// LibreOffice's Arabic notes have theirs, and `جيم1` (`C1`, an action line) before them.
/// Item 2 has no mark: the run is no run of notes, and was read as notes 1 and 2, 2 kept
/// with no mark, which made the text invalid.
#[test]
fn notes_follow_on_in_order_or_not_at_all() {
    let line = |number: usize, text: &str| Line {
        number,
        text: text.into(),
        page: 6,
        break_before: false,
        blank_before: false,
    };
    let lines = vec![
        line(55, "لخطوط العمل جيم1 وجيم3 وجيم4 وجيم6"),
        line(109, "1 االستمرار في مواصلة العمل بالتعاون مع القطاعين"),
        line(110, "في التنمية ( الحكومات والوكاالت المتخصصة"),
        line(116, "2 االستمرار في تشجيع مبدأ عدم االستبعاد"),
        line(117, "(الفقرات من 20 إلى 25 من التزام تونس)؛"),
    ];
    let mut warnings = Vec::new();
    let (body, notes) = extract(lines.clone(), &mut warnings);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(body.len(), 5);
    assert!(warnings.is_empty(), "{warnings:?}");
    // Nor `جيم1` and `جيم2` here (line 55 as the text has it): the text writes `جيم` glued
    // to other numbers, out of order, a series.
    let mut marked = lines.clone();
    marked[0].text = "خطي العمل جيم2 وجيم5 وكشريك في تنفيذ خطوط العمل جيم1 وجيم3 وجيم4".into();
    let (_, notes) = extract(marked, &mut warnings);
    assert!(notes.is_empty(), "{notes:?}");
    // With a mark for each, as before.
    let mut marked = lines;
    marked[0].text = "لخطوط العمل1 والتنمية2 وجيم4 وجيم6".into();
    let (body, notes) = extract(marked, &mut warnings);
    assert_eq!(notes.len(), 2);
    assert_eq!(body[0].text, "لخطوط العمل[^1] والتنمية[^2] وجيم4 وجيم6");
}

/// Note 12 of A/RES/74/197 as LibreOffice prints it, its line broken before `الفقرة 12`
/// (the paragraph's number, not the next note's) and note 13 under it: the text's `13`
/// once opened note 13, and the real note 13 was taken into it.
#[test]
fn the_text_s_own_number_last_opens_no_note() {
    let line = |number: usize, text: &str| Line {
        number,
        text: text.into(),
        page: 3,
        break_before: false,
        blank_before: false,
    };
    let lines = [
        line(372, "12 انظر TD/B/EDE/1/3، الفصل الأول،"),
        line(373, "الفقرة 13"),
        line(
            374,
            "13 A/67/65-E/2012/48 و A/67/65/Corr.1-E/2012/48/Corr.1.",
        ),
    ];
    let (notes, end, _) = region(&lines, 0, 12).unwrap();
    assert_eq!(end, 3);
    let read: Vec<(u32, &str)> = notes.iter().map(|n| (n.0, n.1.as_str())).collect();
    assert_eq!(
        read,
        [
            (12, "انظر TD/B/EDE/1/3، الفصل الأول، الفقرة 13"),
            (13, "A/67/65-E/2012/48 و A/67/65/Corr.1-E/2012/48/Corr.1."),
        ]
    );
}

/// `pdftotext -layout` of A/RES/74/197 in Chinese as LibreOffice prints resdiff's DOCX
/// (lines 102-106 and 139-140): the raised mark of note 9, which the full line it ends had
/// no room for, carried to a line of its own at the margin (as the page shows it), the
/// paragraph's last. Unread, notes 9 to 17 were not found (notes follow on in order or not
/// at all); read back onto the line above with the next line left to the width, the call
/// opening it (`又表示注意到`, which Chinese texts also write running on) was joined to the
/// paragraph before.
#[test]
fn a_mark_on_a_line_of_its_own_goes_back_to_the_line_above() {
    // Numbered 1 here: the first note of these lines.
    let mut lines = vec![
        Line::of_test(
            102,
            "表示注意到秘书长关于区域和国际层面执行和后续落实信息社会世界峰会成果的进展报告，",
            2,
        ),
        Line::of_test(103, "1", 2),
        Line::of_test(
            106,
            "又表示注意到最不发达国家、内陆发展中国家和小岛屿发展中国家高级代表办公室与国际电",
            2,
        ),
        Line::of_test(139, "1", 2),
        Line::of_test(140, "    A/74/62-E/2019/6。", 2),
    ];
    lines[2].blank_before = true;
    let mut warnings = Vec::new();
    let (body, notes) = extract(lines, &mut warnings);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].0.text, "A/74/62-E/2019/6。");
    let bodies: Vec<&str> = body.iter().map(Line::body).collect();
    assert_eq!(
        bodies,
        [
            "表示注意到秘书长关于区域和国际层面执行和后续落实信息社会世界峰会成果的进展报告，[^1]",
            "又表示注意到最不发达国家、内陆发展中国家和小岛屿发展中国家高级代表办公室与国际电",
        ]
    );
    assert!(
        warnings.iter().any(|w| w.line == 103
            && w.message.starts_with("`1` alone on its line: read as a mark printed apart (raised) at the end of line 102")
            && w.message.ends_with("which ends its paragraph (nothing follows it there): the next line opens one")),
        "{warnings:?}"
    );
    assert!(body[1].text.starts_with(PARAGRAPH));
    assert!(!body[0].text.starts_with(PARAGRAPH));
}

/// `pdftotext -layout` of LibreOffice's print of ITU's DOCX of WTSA Res. 1 (lines 650-656
/// and 847-849): a note's raised number and the copy the DOCX types after it, on the
/// number's line (`4   4`) or on a line of their own inside the note's text. The copy
/// was read into the note (`appropriate 3 measure`) or kept the note from being read.
#[test]
fn a_notes_number_printed_twice_is_read_once() {
    let line = |number: usize, text: &str| Line {
        number,
        text: text.into(),
        page: 12,
        break_before: false,
        blank_before: false,
    };
    let lines = [
        line(650, "3"),
        line(
            651,
            "    The Director and the study group chairmen may consider",
        ),
        line(652, "    3"),
        line(
            656,
            "    measure related to activities described in 4.4 and 5.5.",
        ),
        line(847, "4   4"),
        line(848, "     These include the least developed countries."),
    ];
    let (notes, end, copies) = region(&lines, 0, 3).unwrap();
    assert_eq!(end, 6);
    let read: Vec<(u32, &str)> = notes.iter().map(|n| (n.0, n.1.as_str())).collect();
    assert_eq!(
        read,
        [
            (
                3,
                "The Director and the study group chairmen may consider measure related to activities described in 4.4 and 5.5."
            ),
            (4, "These include the least developed countries."),
        ]
    );
    assert_eq!(copies, [(652, 3), (847, 4)]);
}

/// A/RES/80/118 in Arabic as LibreOffice prints resdiff's DOCX (lines 494-495 of `pdftotext
/// -layout`, 501-502 without, as the reader has them): note 20's number printed raised, on a
/// line of its own, and the copy the DOCX types after it at the text's size in the line above
/// or below (the lines after them keep the lone number from opening a run of notes). The raised one was put back at the end of the line above, and the copy kept in
/// the text (`معقولة 20؛[^20]`), or, without `-layout`, at the end of the line before
/// (`تكنولوجيات[^20]`).
#[test]
fn a_raised_arabic_mark_apart_from_its_typed_copy_is_read_once() {
    // Numbered 1 here: the first note of these lines.
    let line = |number: usize, text: &str| Line {
        number,
        text: text.into(),
        page: 10,
        break_before: false,
        blank_before: false,
    };
    let layout = vec![
        line(
            493,
            "مقارنةً بمتوسط دخل الأسرة المعيشية، مما يؤدي إلى الافتقار إلى إمكانية الحصول على تكنولوجيات",
        ),
        line(494, "المعلومات والاتصالات بأسعار معقولة 1؛"),
        line(495, "1"),
        line(
            499,
            "بحلول عام 2030، ولا سيما في جميع البلدان النامية، وترحب بالجهود التي تبذلها الأمم المتحدة",
        ),
        line(
            500,
            "لمساعدة البلدان، بناء على طلبها، على تحقيق هذا الهدف، وتهيب بجميع الجهات صاحبة المصلحة،",
        ),
        line(
            501,
            "بما فيها المجتمع الدولي، أن تدعم اتخاذ المزيد من الإجراءات، بما فيها الاستثمار، لتحسين إمكانات",
        ),
        line(
            502,
            "الاتصال باستخدام تقنية النطاق العريض وتحسين القدرة على الاتصال الإلكتروني في البلدان النامية؛",
        ),
        line(
            503,
            "28 - تسلم بأهمية القدرة على الاتصال الإلكتروني باستخدام تقنية النطاق العريض للمستعملين في",
        ),
        line(
            504,
            "المناطق الريفية والنائية، وتلاحظ في هذا الصدد أن المشغِّلين الصغار والجهات غير الساعية إلى الربح",
        ),
        line(
            505,
            "في المجتمعات المحلية، بما في ذلك الشبكات المجتمعية وغيرها من نماذج التكنولوجيا ونماذج",
        ),
        line(
            506,
            "الأعمال التجارية ذات الأسعار المعقولة والقابلة للتوسع والشاملة والتي توفِّر حلول الشوط الأخير",
        ),
        line(
            535,
            "1 الاتحاد الدولي للاتصالات، International Telecommunication Union",
        ),
    ];
    let mut raw = layout.clone();
    raw.swap(1, 2);
    for lines in [layout, raw] {
        let mut warnings = Vec::new();
        let (body, notes) = extract(lines, &mut warnings);
        assert_eq!(notes.len(), 1);
        let bodies: Vec<&str> = body.iter().map(Line::body).collect();
        assert_eq!(
            bodies[1], "المعلومات والاتصالات بأسعار معقولة[^1]؛",
            "{warnings:?}"
        );
        assert!(
            warnings.iter().any(|w| w.line == 495
                && w.message.starts_with(
                    "`1` alone on its line, beside line 494 which holds `1` at the text's size"
                )),
            "{warnings:?}"
        );
    }
}
