use super::*;

fn rle(s: &str) -> String {
    format!("\u{202B}{s}\u{202C}")
}

fn joined(lines: &[String]) -> (Vec<String>, Vec<Warning>) {
    let mut w = Vec::new();
    let lines = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i + 1, Cow::Borrowed(l.as_str())))
        .collect();
    let out = join(lines, false, &mut w);
    // As `pages::read` reads them: left-to-right runs in order, then the pieces.
    let read = |l: &str| read(&super::super::runs::in_reading_order(l).0);
    (out.iter().map(|(_, l)| read(l)).collect(), w)
}

/// `pdftotext` (without `-layout`) of A/RES/80/118 in Arabic as LibreOffice prints
/// resdiff's DOCX, lines 574-577: the left piece `ة اللجنة المعنية` was read as a heading
/// of the operative part.
#[test]
fn a_page_line_broken_around_a_mark_is_read_whole() {
    let lines = [
        rle("صاحبة المصلحة من البلدان النامية في المنتدى نفسه وفي االجتماعات التحضيرية؛"),
        rle("ة اللجنة المعنية"),
        rle(
            "\u{202A} - 38\u{202C}تحيط علما بعمل الفريق العامل المعني بتعزيز التعاون\u{202A} ،\u{202C}الذي أنشأته رئاس ُ",
        ),
        rle(
            "بتسخير العلم والتكنولوجيا ألغراض التنمية\u{202A} ،\u{202C}على نحو ما طلبته الجمعية العامة في قرارها\u{202A} ،70/125\u{202C}من",
        ),
    ];
    let (out, w) = joined(&lines);
    assert_eq!(out.len(), 3, "{out:?}");
    assert!(
        out[1].ends_with("الذي أنشأته رئاسةُ اللجنة المعنية"),
        "{out:?}"
    );
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].line, 3);
    assert!(w[0].message.contains("read with line 2"), "{w:?}");
}

/// The same, lines 26-28: one line of two lines of the page, each in its own embedding,
/// among lines as wide as the text's (here, thirty of the width of line 26).
#[test]
fn a_line_of_two_lines_of_the_page_is_read_as_two() {
    let full = rle(
        "التنمية المستدامة\u{202A} ،\u{202C}والتزامها بتحقيق التنمية المستدامة بأبعادها الثالثة\u{202A}  -\u{202C}االقتصادي واالجتماعي والبيئي",
    );
    let mut lines = vec![full; 30];
    lines.push(format!(
        "{}{}",
        rle(" على نحو متوازن ومتكامل\u{202A} ،\u{202C}وباالستفادة من اإلنجازات التي تحققت في إطار األهداف اإلنمائية لأللفية"),
        rle("والسعي إلى استكمال ما لم ينفَّذ من تلك األهداف\u{202A}،\u{202C}")
    ));
    lines.push(rle("وإذ تؤكد من جديد أيضا قرارها"));
    let (out, w) = joined(&lines);
    assert_eq!(out.len(), 33, "{out:?}");
    assert!(out[30].ends_with("لأللفية"), "{out:?}");
    assert_eq!(out[31], "والسعي إلى استكمال ما لم ينفَّذ من تلك األهداف،");
    assert_eq!((w.len(), w[0].line), (2, 31), "{w:?}");
    // The blank opening the line is the dash's (`والبيئي - على`), which `pdftotext` dropped.
    assert!(
        w[0].message
            .starts_with("line 31 opens with a blank inside its right-to-left run (` على`)")
            && w[0]
                .message
                .contains("most likely a dash opening the line on the page"),
        "{w:?}"
    );
}

/// The same, lines 546-550 (and 553, as wide as the text's lines): the right piece ends a clause, and the mark's word (`وتكرّر`)
/// is broken by a blank where the mark was; and 74/197's lines 320-323, a shadda alone
/// whose word is on the line before (`المقرّر`), which was read as a heading.
#[test]
fn a_mark_alone_after_a_piece_goes_in_the_left_piece_s_first_word_or_is_dropped() {
    let full = rle(
        "االلتزام بضمان المشاركة الكاملة والهادفة للمرأة في عمليات اتخاذ القرارات المتصلة بتكنولوجيات",
    );
    let lines = [
        full.clone(),
        rle("وتكر ر في هذا الشأن طلبها الموجه إلى الكيانات المعنية في منظومة األمم"),
        rle("التكنولوجيات الجديدة،"),
        rle("ّ"),
        rle(
            "المتحدة\u{202A} ،\u{202C}بما فيها هيئة األمم المتحدة للمساواة بين الجنسين وتمكين المرأة",
        ),
    ];
    let (out, w) = joined(&lines);
    assert_eq!(
        out[1],
        "التكنولوجيات الجديدة، وتكرّر في هذا الشأن طلبها الموجه إلى الكيانات المعنية في منظومة األمم"
    );
    assert_eq!((out.len(), w.len(), w[0].line), (3, 1, 4), "{w:?}");
    let lines = [
        full,
        rle("المقرر عقده في اإلمارات العربية المتحدة في عام 2020؛"),
        rle("ّ"),
        rle("\u{202A} - 15\u{202C}ترحب كذلك بالعمل الذي يؤديه برنامج المعلومات للجميع"),
    ];
    let (out, w) = joined(&lines);
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!((w.len(), w[0].line), (1, 3), "{w:?}");
    assert!(w[0].message.contains("dropped"), "{w:?}");
}

/// The same, lines 811-816: the right piece `73- تدعو`, then the mark of the left piece's
/// first word (`رئيسيْ`) alone.
#[test]
fn a_mark_alone_after_a_label_ends_the_left_piece_s_first_word() {
    let lines = [
        rle(
            "تنفيذ نتائج القمة العالمية لمجتمع المعلومات ومتابعتها على الصعيدين اإلقليمي والدولي\u{202A} ،\u{202C}وتتطلع إلى",
        ),
        rle(
            "نتائج االجتماع الرفيع المستوى لمنتدى القمة العالمية لمجتمع المعلومات بعد مضي عشرين سنة؛",
        ),
        rle("رئيسي المنتدى المتعدد أصحاب المصلحة المعني بتسخير العلم والتكنولوجيا واالبتكار"),
        rle("\u{202A} - 73\u{202C}تدعو"),
        rle("ْ"),
        rle(
            "ألغراض أهداف التنمية المستدامة في عام\u{202A} 2026\u{202C}إلى أن يُدرجا ضمن الموجز الذي يعدّانه أحدث",
        ),
    ];
    let (out, w) = joined(&lines);
    assert_eq!(out.len(), 4, "{out:?}");
    assert_eq!(
        out[2],
        "73 - تدعو رئيسيْ المنتدى المتعدد أصحاب المصلحة المعني بتسخير العلم والتكنولوجيا واالبتكار"
    );
    assert_eq!((w.len(), w[0].line), (1, 5), "{w:?}");
}

/// `pdftotext` of WTDC Res. 30 in Arabic as Chromium prints it (lines 87-89): `فعلًا`
/// drawn with a lam-alef, its lam opening the left piece `ل و/أو …`, its alef and tanween
/// ending the right piece, the item's label between (and line 96, as wide as the text's).
#[test]
fn a_lam_alef_s_lam_opens_the_left_piece() {
    let lines = [
        rle(
            "الأمين العام ومديري المكاتب بمواصلة إدماج تنفيذ خطة عمل قطاع تنمية الاتصالات\u{202A} ،\u{202C}وخاص القرار\u{202A} ،30\u{202C}وبذل جهود خاصة من",
        ),
        rle(
            "ل و\u{202A}/\u{202C}أو الذي سيضطلع به الاتحاد ويبلغ به مجلس الاتحاد من خلال فريق العمل التابع",
        ),
        rle("د)"),
        rle("العمل ذا الصلة الذي أنجز فع ًا"),
        rle("للمجلس المعني بالقمة العالمية لمجتمع المعلومات (\u{202A}،)CWG-WSIS\u{202C}"),
    ];
    let (out, w) = joined(&lines);
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(
        out[1],
        "د) العمل ذا الصلة الذي أنجز فعلًا و/أو الذي سيضطلع به الاتحاد ويبلغ به مجلس الاتحاد من خلال فريق العمل التابع"
    );
    assert_eq!((w.len(), w[0].line), (1, 4), "{w:?}");
}

/// `pdftotext` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX (lines 327-332,
/// 350, 236 and 354-359): two page lines written right piece first. `لك ّ` was read with the
/// line before, `لكوّداخلها`, where `وداخلها` is a word the text writes whole inside its lines
/// (line 350): it goes with `ل 100 شخص`, `لكلّ`. `تق ّ` was left, the line before opening with a
/// label: the line after is the only one that may hold its rest, `تقلّ`.
#[test]
fn a_right_piece_written_first_joins_the_line_after() {
    let lines = [
        rle(
            "المسائل االجتماعية واالقتصادية واألخالقية والثقافية والتقنية المتعلقة بالتطورات التكنولوجية السريعة",
        ),
        rle(
            "\u{202A} - 16\u{202C}تسلم بأنّه على الرغم مما ُأحرز من تقدم وتحقق من مكاسب كبيرة في اآلونة األخيرة\u{202A} ،\u{202C}فإن النمو",
        ),
        rle(
            "في سبل الوصول إلى تكنولوجيات المعلومات واالتصاالت واستخدامها ما زال غير متكافئ\u{202A} ،\u{202C}وتعرب عن",
        ),
        rle(
            "قلقها إزاء استمرار الفجوات الرقمية وفجوات النطاق العريض بين البلدان المتقدمة والبلدان النامية",
        ),
        rle(
            "وداخلها\u{202A} ،\u{202C}بما في ذلك ما يُالحظ من وجود \u{202A} 122\u{202C}اشتراكا في خدمات النطاق العريض لألجهزة المتنقلة",
        ),
        rle("لك ّ"),
        rle(
            "ل \u{202A} 100\u{202C}شخص في البلدان المتقدمة في مقابل \u{202A} 75\u{202C}اشتراكا في البلدان النامية و \u{202A} 33\u{202C}اشتراكا في أقل",
        ),
        rle(
            "بين البلدان وداخلها\u{202A} ،\u{202C}بوسائل منها تعزيز بيئات السياسات التمكينية على جميع المستويات\u{202A} ،\u{202C}ووضع أطر",
        ),
        rle("متفق عليها؛"),
        rle("ن نسبة من يستخدم اإلنترنت من النساء"),
        rle("ن هناك فجوة رقمية جنسانية ما تزال قائمة وبأ ّ"),
        rle("\u{202A} - 20\u{202C}تسلم بأ ّ"),
        rle("تق ّ"),
        rle(
            "ل بمقدار \u{202A} 17\u{202C}في المائة عن نسبة الرجال في جميع أنحاء العالم و \u{202A} 43\u{202C}في المائة في أقل البلدان نموا\u{202A}،\u{202C}",
        ),
    ];
    let (out, w) = joined(&lines);
    assert!(out[4].starts_with("وداخلها، بما في ذلك"), "{out:#?}");
    assert!(
        out[5].starts_with("لكلّ 100 شخص في البلدان المتقدمة"),
        "{out:#?}"
    );
    assert!(
        out.iter().any(|l| l.starts_with("تقلّ بمقدار 17 في المائة")),
        "{out:#?}"
    );
    let said: Vec<(usize, &str)> = w.iter().map(|w| (w.line, w.message.as_str())).collect();
    assert!(
        said.iter().any(|(l, m)| *l == 6
            && m.contains("read with line 7")
            && m.contains("the line before opens with a word the text writes whole")),
        "{said:#?}"
    );
    assert!(
        said.iter().any(|(l, m)| *l == 13
            && m.contains("read with line 14")
            && m.contains("the only line beside it that may open with the word's rest")),
        "{said:#?}"
    );
}
