use super::*;

/// A/RES/74/197 and A/RES/80/118 in Arabic as LibreOffice prints resdiff's DOCX, through
/// `pdftotext -layout` (74/197's preamble 11, 14 and 25, 80/118's operative 26, 41, 42).
#[test]
fn a_mark_after_a_blank_is_its_letters() {
    let (text, read) = marks_after_blanks("والذي قَي ّمت فيه والاستقرار وي ُسر التكاليف");
    assert_eq!(text, "والذي قَيّمت فيه والاستقرار ويُسر التكاليف");
    assert_eq!(
        read,
        [
            ["قَي ّمت".to_string(), "قَيّمت".to_string()],
            ["وي ُسر".to_string(), "ويُسر".to_string()]
        ]
    );
    assert_eq!(
        marks_after_blanks("على الرغم مما ُأحرز من تقدم").0,
        "على الرغم مما أُحرز من تقدم"
    );
    assert_eq!(
        marks_after_blanks("أن تع ِّز ز جميع التعاون المع ّزز").0,
        "أن تعزِّز جميع التعاون المعزّز"
    );
    assert_eq!(marks_after_blanks("بما يمك ِّن الأفراد").0, "بما يمكِّن الأفراد");
    // The text's marks, a mark after a digit, before a blank, after an alef, a tanween.
    for t in [
        "ويُسر التكاليف",
        "2030 ً و",
        "سدّ الفجوات",
        "إلى سد ّ الفجوات",
        "بالقرار 71 (المرا َ",
        "قائم ً بين",
    ] {
        assert_eq!(marks_after_blanks(t), (t.to_string(), Vec::new()), "{t}");
    }
}

/// A/RES/80/118's operative 6 and preamble 14, A/RES/74/197's operative 20, as above.
#[test]
fn a_blank_after_a_marked_letter_inside_a_word() {
    let texts = [
        "مستقرة ومؤمَّ نة، لكيلا يكونوا أمّ يين على",
        "وبأنّ نسبة من النساء تقلّ بمقدار 17 في المائة، وبأنّ الانتشار أنّ تكلفة",
        "تكلفة الحصول",
    ];
    let whole = Whole::of(texts.into_iter());
    let (text, read) = blanks_after_marks(texts[0], &whole);
    assert_eq!(text, "مستقرة ومؤمَّنة، لكيلا يكونوا أمّيين على");
    assert_eq!(read[0], ["ومؤمَّ نة".to_string(), "ومؤمَّنة".to_string()]);
    // A word after: written elsewhere, too long for a word's rest, or the article's.
    let (text, read) = blanks_after_marks(texts[1], &whole);
    assert_eq!((text.as_str(), read.len()), (texts[1], 0));
}

/// WTDC Res. 30's recognizing a) and resolves 6, as above.
#[test]
fn no_blank_between_a_series_name_and_its_number() {
    let texts = [
        "خطي العمل جيم2 وجيم5 وكشريك في تنفيذ خطوط العمل جيم1 وجيم3 وجيم4 وجيم6 وجيم7 وجيم 11، بالإضافة",
        "تماشيًا مع خط العمل جيم 5 الذي يكون القرار 71 بالقرار 139 والقرار 140",
    ];
    let glued = Glued::of(texts.into_iter());
    let (text, read) = blank_before_number(texts[1], &glued);
    assert_eq!(
        text,
        "تماشيًا مع خط العمل جيم5 الذي يكون القرار 71 بالقرار 139 والقرار 140"
    );
    assert_eq!(read, ["جيم5"]);
    assert_eq!(blank_before_number(texts[0], &glued).1, ["جيم11"]);
}

/// A/RES/80/118's preamble 33, operatives 17, 53 and 20, as above.
#[test]
fn a_shadda_between_blanks_after_a_short_word() {
    let line = "إلى سد ّ الفجوات، الذي أُعد ّ تماشيا وسد ّ، الأمم ّ التكنولوجيات تلاحظ ّ وبأ ّ لك ّ ل";
    let whole = Whole::of([line, "من أجل سد الفجوات", "سد الفجوات لك"].into_iter());
    let (text, read) = shadda_after_short_word(line, &whole);
    assert_eq!(
        text,
        "إلى سدّ الفجوات، الذي أُعدّ تماشيا وسدّ، الأمم ّ التكنولوجيات تلاحظ ّ وبأ ّ لك ّ ل"
    );
    assert_eq!(read, ["سدّ", "أُعدّ", "وسدّ"]);
}

/// WTDC Res. 30's recalling c) and A/RES/80/118's preamble 2, as above.
#[test]
fn no_blank_after_a_slash_but_before_a_month() {
    let (text, read) =
        blank_after_slash("بشأن الاتصالات/ تكنولوجيا المعلومات في 16 كانون الأول/ ديسمبر 2015 و/ 3");
    assert_eq!(
        text,
        "بشأن الاتصالات/تكنولوجيا المعلومات في 16 كانون الأول/ ديسمبر 2015 و/ 3"
    );
    assert_eq!(read, ["الاتصالات/تكنولوجيا"]);
}

/// A/RES/74/197's preamble 5 and 29, as above.
#[test]
fn no_blank_after_an_opening_bracket() {
    let (text, read) =
        blank_after_opening("المستدامة ( الموئل الثالث)، مثل ” اليوم الدولي“ و(الموئل)");
    assert_eq!(
        text,
        "المستدامة (الموئل الثالث)، مثل ”اليوم الدولي“ و(الموئل)"
    );
    assert_eq!(read, ["(الموئل", "”اليوم"]);
    // Closing, or before no Arabic letter: as it stands.
    for t in ["الدولي” الذي", "( 2030)", "x( الموئل"] {
        assert_eq!(blank_after_opening(t).0, t);
    }
}

/// A/RES/80/118 in Arabic as LibreOffice prints resdiff's DOCX, through `pdftotext -layout`
/// (the paragraph of line 730, as the repairs leave it): a fatha after a taa marbuta and a
/// shadda after a longer word, whose words' rests are elsewhere in the line.
#[test]
fn the_marks_left_apart_are_named() {
    let line =
        "المتحدة للتجارة والتنمية المعنون ”تنفيذ نتائج القمة َ 64 - تلاحظ ّ العالمية لمجتمع المعلومات";
    let (text, read) = shadda_after_short_word(line, &Whole::of([line].into_iter()));
    assert!(read.is_empty());
    assert_eq!(marks_left(&text), ["القمة َ", "تلاحظ ّ"]);
    assert!(marks_left("سدّ الفجوات ويُسر").is_empty());
}
