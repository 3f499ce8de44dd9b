//! Labels alone on their lines, on lines of the prints as `pdftotext` gives them.

use super::*;

fn line(number: usize, text: &str) -> Line {
    Line::of_test(number, text, 0)
}

fn after_blank(number: usize, text: &str) -> Line {
    Line {
        blank_before: true,
        ..line(number, text)
    }
}

/// WTDC Res. 30 in Arabic as LibreOffice prints resdiff's DOCX, through `pdftotext`
/// without `-layout` (lines 35-41, 46-51, 187-193 and 212-219, as read).
#[test]
fn a_label_goes_before_the_line_it_opens() {
    let lines = vec![
        line(35, "العامة للأمم المتحدة؛"),
        line(
            36,
            "بالقرار 172 غوادالاخارا، 2010) لمؤتمر المندوبين المفوضين، بشأن الاستعراض الشامل لتنفيذ",
        ),
        line(37, "ه)"),
        line(38, "نتائج القمة العالمية لمجتمع المعلومات؛"),
        line(39, "و)"),
        after_blank(41, "بالوثائق التي اعتمدتها القمة في مرحلتيها:"),
        line(43, "التزام تونس وبرنامج عمل تونس بشأن مجتمع المعلومات؛"),
        after_blank(
            46,
            "بنتائج المائدة المستديرة الوزارية التي عقدت خلال منتدى القمة العالمية لمجتمع المعلومات",
        ),
        line(47, "ز)"),
        line(
            48,
            "لعام 2013 حيث شجع الوزراء على \"الاستمرار في عملية القمة لما بعد عام 2015\"؛",
        ),
        line(49, "ح)"),
        after_blank(
            51,
            "بنتائج عملية استعراض تنفيذ نتائج القمة بعد عشر سنوات على انعقادها (WSIS+10)،",
        ),
    ];
    let mut warnings = Vec::new();
    let read = put_back(lines, Language::Ar, &mut warnings);
    let heads: Vec<(usize, String)> = read
        .iter()
        .map(|l| (l.number, l.body().chars().take(10).collect()))
        .collect();
    let want = [
        (35, "العامة للأ"),
        (36, "ه) بالقرار"),
        (38, "نتائج القم"),
        (41, "و) بالوثائ"),
        (43, "التزام تون"),
        (46, "ز) بنتائج "),
        (48, "لعام 2013 "),
        (51, "ح) بنتائج "),
    ];
    assert_eq!(heads, want.map(|(n, t)| (n, t.to_string())));
    assert_eq!(warnings.len(), 4);
    assert!(
        warnings[0]
            .message
            .starts_with("label `ه)` on a line of its own, after line 36, the first of its item"),
        "{warnings:?}"
    );
    assert!(
        warnings[1]
            .message
            .contains("before lines that open items: read as the label of line 41")
    );
}

/// Two numbers in a run: `3` after item 3's one line, `4` before item 4's; `5` and `6`
/// after item 4's second line, before items 5 and 6.
#[test]
fn labels_in_a_run() {
    let lines = vec![
        line(187, "الحدث الرفيع المستوى للقمة (WSIS+10)؛"),
        line(
            188,
            "بتقديم معلومات إلى الأعضاء عن الاتجاهات الناشئة استنادا ً إلى أنشطة قطاع تنمية الاتصالات؛",
        ),
        line(189, "3"),
        line(190, "4"),
        after_blank(
            192,
            "باتخاذ الإجراءات الملائمة لتسهيل الأنشطة المتعلقة بتنفيذ هذا القرار،",
        ),
        line(
            212,
            "بتشجيع مؤسسات التمويل الدولية والدول الأعضاء وأعضاء القطاعات، كل بحسب دوره، على",
        ),
        line(213, "4"),
        line(
            214,
            "إيلاء أولوية خاصة لبناء الشبكات والبنية التحتية وإعادة بنائها وتحديثها في البلدان النامية؛",
        ),
        line(215, "5"),
        line(216, "6"),
        after_blank(
            218,
            "بمتابعة التنسيق مع الهيئات الدولية بغية تعبئة الموارد المالية المطلوبة لتنفيذ المشاريع؛",
        ),
        line(
            219,
            "باتخاذ المبادرات اللازمة لتشجيع إقامة الشراكات التي تم إيلاؤها أولوية عالية عملا ً بما يلي:",
        ),
    ];
    let mut warnings = Vec::new();
    let read = put_back(lines, Language::Ar, &mut warnings);
    let heads: Vec<(usize, String)> = read
        .iter()
        .map(|l| (l.number, l.body().chars().take(6).collect()))
        .collect();
    let want = [
        (187, "الحدث "),
        (188, "3 بتقد"),
        (192, "4 باتخ"),
        (212, "4 بتشج"),
        (214, "إيلاء "),
        (218, "5 بمتا"),
        (219, "6 باتخ"),
    ];
    assert_eq!(heads, want.map(|(n, t)| (n, t.to_string())));
    assert!(read[2].blank_before && read[5].blank_before);
}

/// `pdftotext` (without `-layout`) of WTDC Res. 30 in Arabic as Chromium prints it (lines
/// 163-174): the quoted items `'1'` and `'2'` each alone between empty lines, after the
/// second line of item 9. Unread as labels, each was joined to the item before.
#[test]
fn a_quoted_label_alone_is_read_as_its_item_s() {
    let text =
        include_str!("../../../../../fixtures/copied/wtdc-030.ar.chromium.pdftotext.excerpt.txt");
    let raw: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let lines = super::super::pages::read(&raw, 163, &mut warnings);
    let read = put_back(lines, Language::Ar, &mut warnings);
    let heads: Vec<(usize, String)> = read
        .iter()
        .map(|l| (l.number, l.body().chars().take(7).collect()))
        .collect();
    assert_eq!(
        heads[2..5],
        [
            (168, "'1' لخط".to_string()),
            (172, "'2' لخط".to_string()),
            (173, "العمل ج".to_string()),
        ]
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.line == 166 && w.message.starts_with("label `'1'` on a line of its own")),
        "{warnings:?}"
    );
}

/// A label that is a line's own text, or with no line to take it: as written.
#[test]
fn other_lines_stay() {
    for lines in [
        vec![line(1, "ب) أنه تم الاتفاق"), line(2, "العمل جيم6؛")],
        vec![line(1, "أ)")],
        vec![line(1, "ج) القرار"), line(2, "د)"), line(3, "هـ) القرار")],
    ] {
        let mut warnings = Vec::new();
        let read = put_back(lines.clone(), Language::Ar, &mut warnings);
        assert_eq!(read.len(), lines.len());
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}

/// WTDC Res. 30 in Arabic as LibreOffice prints resdiff's DOCX, through `pdftotext`
/// without `-layout` (lines 41-46 and 106-111, as read): the dash and the bullet of the
/// list items set apart at the right margin, written after the item's line. They were read
/// as paragraphs of their own (`-`, `•`), the items as paragraphs with no label.
#[test]
fn a_dash_or_a_bullet_alone_goes_before_its_item() {
    let lines = vec![
        after_blank(41, "بالوثائق التي اعتمدتها القمة في مرحلتيها:"),
        line(42, "إعلان مبادئ جنيف وخطة عمل جنيف؛"),
        line(43, "التزام تونس وبرنامج عمل تونس بشأن مجتمع المعلومات؛"),
        line(44, "-"),
        after_blank(46, "بنتائج المائدة المستديرة الوزارية"),
        line(
            106,
            "ينسقه الاتحاد والذي من المرتقب فيه اعتماد الوثيقتين التاليتين:",
        ),
        line(107, "مشروع إعلان WSIS+10 بشأن تنفيذ نتائج القمة؛"),
        line(108, "•"),
        line(
            109,
            "مشروع رؤية WSIS+10 لما بعد عام 2015 في إطار اختصاصات الوكالات المشاركة،",
        ),
        line(110, "•"),
        line(111, "ج) القرار 1336 للمجلس"),
    ];
    let mut warnings = Vec::new();
    let read = put_back(lines, Language::Ar, &mut warnings);
    let heads: Vec<(usize, String)> = read
        .iter()
        .map(|l| (l.number, l.body().chars().take(8).collect()))
        .collect();
    let want = [
        (41, "بالوثائق"),
        (42, "- إعلان "),
        (43, "- التزام"),
        (46, "بنتائج ا"),
        (106, "ينسقه ال"),
        (107, "• مشروع "),
        (109, "• مشروع "),
        (111, "ج) القرا"),
    ];
    let want: Vec<(usize, String)> = want.iter().map(|(n, t)| (*n, t.to_string())).collect();
    assert_eq!(heads, want);
    assert!(warnings.iter().any(|w| {
        w.line == 108
            && w.message
                .starts_with("label `•` on a line of its own, after line 107")
    }));
}

/// WTDC Res. 30 in Arabic as LibreOffice prints resdiff's DOCX, through `pdftotext`
/// without `-layout` (lines 41-44 and 197-205, as read): `pdftotext` dropped the dash of
/// `إعلان مبادئ جنيف` (the item after it kept its own) and those of the four items under
/// `من أجل:`.
#[test]
fn a_dash_the_extractor_dropped() {
    let lines = vec![
        after_blank(41, "بالوثائق التي اعتمدتها القمة في مرحلتيها:"),
        line(42, "إعلان مبادئ جنيف وخطة عمل جنيف؛"),
        line(43, "التزام تونس وبرنامج عمل تونس بشأن مجتمع المعلومات؛"),
        line(44, "-"),
        line(
            197,
            "اللازم للمبادرات والمشاريع؛ وبأن يعمل كوسيط حافز في الوظائف التالية وغيرها من أجل:",
        ),
        line(
            198,
            "مواصلة تشجيع تنفيذ مشاريع ومبادرات الاتصالات/تكنولوجيا المعلومات والاتصالات",
        ),
        line(199, "الإقليمية؛"),
        line(200, "مواصلة المشاركة في تنظيم حلقات تدريبية؛"),
        line(
            205,
            "بالتشجيع على بناء القدرات البشرية فيما يتصل بمختلف جوانب قطاع الاتصالات/تكنولوجيا",
        ),
        line(206, "2"),
    ];
    let mut warnings = Vec::new();
    let read = put_back(lines, Language::Ar, &mut warnings);
    assert_eq!(read[1].body(), "- إعلان مبادئ جنيف وخطة عمل جنيف؛");
    assert_eq!(
        read[2].body(),
        "- التزام تونس وبرنامج عمل تونس بشأن مجتمع المعلومات؛"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.line == 42 && w.message.starts_with("the first item under line 41"))
    );
    // No item under `من أجل:` has its dash: each said, none changed.
    assert!(read[4].body().starts_with("مواصلة تشجيع"));
    let said: Vec<usize> = warnings
        .iter()
        .filter(|w| w.message.contains("under line 197"))
        .map(|w| w.line)
        .collect();
    assert_eq!(said, [198, 200]);
}
