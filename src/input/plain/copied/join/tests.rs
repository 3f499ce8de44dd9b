use super::*;

#[test]
fn joins() {
    let mut t = "a people-".to_string();
    assert_eq!(append(&mut t, "centred society"), Join::Hyphen);
    assert_eq!(t, "a people-centred society");
    let mut t = "2025年7".to_string();
    append(&mut t, "月29日");
    assert_eq!(t, "2025年7月29日");
    let mut t = "goals -".to_string();
    assert_eq!(append(&mut t, "economic"), Join::Space);
    // A number broken in a Chinese line (LibreOffice's print of A/RES/80/118, note 2);
    // between words, a line end is still a space.
    let mut t = "2018/28、20".to_string();
    assert_eq!(append(&mut t, "19/24、2020/12"), Join::Tight);
    assert_eq!(t, "2018/28、2019/24、2020/12");
    let mut t = "resolutions 70/1 and 20".to_string();
    assert_eq!(append(&mut t, "19 others"), Join::Space);
}

#[test]
fn a_supplementary_ideograph_joins_as_the_pdf_reader_joins_it() {
    // `𠮷` (U+20BB7), outside the BMP: the PDF reader joined it tight, this reader with a
    // space, before both asked one function.
    let mut t = "见𠮷".to_string();
    assert_eq!(append(&mut t, "𠮷野"), Join::Tight);
    assert_eq!(t, "见𠮷𠮷野");
    assert_eq!(width("𠮷"), 2);
}

#[test]
fn a_bare_mark_after_closing_punctuation_ends_a_paragraph() {
    // A note cited again, as LibreOffice prints it: `levels;9` then `22. Encourages`.
    assert!(ends_paragraph("international levels;9"));
    assert!(ends_paragraph("Society,[^1]"));
    for t in ["in 2030", "version 1.9", "G20", "resolution 70/1"] {
        assert!(!ends_paragraph(t), "{t}");
    }
}

/// `pdftotext -layout` of A/RES/80/118 in Arabic as Chromium prints it (lines 28-37,
/// 150-157 and 302-320): a paragraph ends on a full line before `وإذ تؤكد من جديد`, and
/// `وإذ تلاحظ أيضًا` runs on after a full line ending in a comma. Only the empty line tells
/// them apart; read by the width alone, the first was joined and the second split.
#[test]
fn empty_lines_between_spaced_paragraphs_say_where_a_call_opens_one() {
    let text =
        include_str!("../../../../../fixtures/copied/unga-80-118.ar.pdftotext-layout.excerpt.txt");
    let starts = |text: &str| {
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&lines, 28, &mut warnings);
        let paras = paragraphs(&read, Language::Ar, true, &mut warnings);
        let starts: Vec<String> = paras
            .iter()
            .map(|p| p.text.split(' ').take(3).collect::<Vec<_>>().join(" "))
            .collect();
        (starts, warnings)
    };
    let (read, warnings) = starts(text);
    assert_eq!(
        read,
        [
            "وإذ ترحب بانعقاد",
            "وإذ تؤكد من",
            "وإذ تنوه بدور",
            "وإذ تحيط علما",
            "وإذ تلاحظ التحديات",
            "3 - تسلم",
            "4 - تؤكد",
            "5 - تشدد،"
        ]
    );
    let said: Vec<&str> = warnings
        .iter()
        .filter(|w| w.message.contains("a line opening with a call"))
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said[0].contains("read as opening a paragraph, as an empty line stands before it"));
    assert!(said[1].contains("read as running on in its paragraph"));
    // Without the empty lines (`pdftotext` without `-layout` sets them elsewhere), the
    // width alone decides, as before, each a guess warned (see `call_break`).
    let dense: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let (read, warnings) = starts(&dense);
    assert!(!read.contains(&"وإذ تؤكد من".to_string()), "{read:?}");
    assert!(read.contains(&"وإذ تلاحظ أيضًا".to_string()), "{read:?}");
    assert!(
        warnings.iter().any(|w| w
            .message
            .starts_with("`وإذ تلاحظ أيضًا` opens a line after line")),
        "{warnings:?}"
    );
}

#[test]
fn labels() {
    for t in [
        "1. Welcomes",
        "12 - يرحب",
        "(a) To",
        "(iv) the",
        "a) Resolution",
        "1 that",
        "1.1 that",
        // WTDC Res. 30 in Arabic: `'1'`, as ITU quotes the third level's numbers.
        "'1' خطة عمل جنيف؛",
        "'ii' the",
    ] {
        assert!(label_start(t, false), "{t}");
    }
    // LibreOffice's print of A/RES/74/197 in French: `… à Hyderabad` / `(Inde) en 2008, …`.
    assert!(!label_start("(Inde) en 2008, à Charm el-Cheikh", true));
    assert!(label_start("(xiv) the", true) && label_start("(أ) أن", true));
    for t in [
        "2030 Agenda",
        "79/194 of",
        "Recalling",
        "1.",
        "'12345' x",
        "'a' x",
    ] {
        assert!(!label_start(t, false), "{t}");
    }
    // A UN text numbers its paragraphs `1.`: `16 December` is a date.
    assert!(label_start("16 December 2015", false) && !label_start("16 December 2015", true));
    assert!(label_start("(a) To", true) && label_start("3 - يرحب", true));
}

/// WTDC Res. 30 as Chromium prints it, through `pdftotext` without `-layout` (lines 204-215,
/// the page's furniture taken out): operative 2's dash items, the last one's `-` opening the
/// next page after a line as wide as the text's. It was joined to the item before.
#[test]
fn a_dash_alone_opening_a_page_opens_its_item() {
    let raw = [
        "\u{202b}مواصلة المشاركة في تنظيم حلقات تدريبية؛\u{202c}",
        "",
        "\u{202b}\u{202a}-\u{202c}\u{202c}",
        "",
        "\u{202b}مواصلة إبرام اتفاقات مع الشركاء الوطنيين والإقليميين والدوليين الآخرين المعنيين بالتنمية\u{202a} ،\u{202c}إذا لزم الأمر؛\u{202c}",
        "\u{c}\u{202b}\u{202a}-\u{202c}\u{202c}",
        "",
        "\u{202b}مواصلة التعاون في المشاريع والمبادرات مع منظمات دولية وإقليمية ودولية حكومية ذات صلة\u{202a} ،\u{202c}حسب الاقتضاء؛\u{202c}",
    ];
    let mut warnings = Vec::new();
    let lines = super::super::pages::read(&raw, 204, &mut warnings);
    let paras = paragraphs(&lines, Language::Ar, false, &mut warnings);
    let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts[2].starts_with("- مواصلة التعاون"), "{texts:?}");
}

/// The paragraphs of `pdftotext -layout` lines of LibreOffice's print of resdiff's DOCX of WTSA
/// Res. 1 read from line `first`, as `(line, text)`.
fn itu_paragraphs(text: &str, first: usize) -> (Vec<(usize, String)>, Vec<Warning>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let read = super::super::pages::read(&lines, first, &mut warnings);
    let paras = paragraphs(&read, Language::En, false, &mut warnings);
    (
        paras.into_iter().map(|p| (p.line, p.text)).collect(),
        warnings,
    )
}

/// Lines 681-689: 6.2's last line, `respectively.`, under a line ending in a comma that the
/// justification left short. Read as a paragraph of its own before: ITU's open with a label, a
/// heading or a capital.
#[test]
fn a_line_in_lower_case_after_a_comma_runs_on_however_short_the_line_before() {
    let (paras, _) = itu_paragraphs(include_str!("wtsa_6.txt"), 681);
    let starts: Vec<usize> = paras.iter().map(|p| p.0).collect();
    assert_eq!(starts, [681, 687]);
    assert!(paras[1].1.ends_with("ITU-T A.2, respectively."));
}

/// Lines 696-704: `or,` standing alone between item c) and `through WTSA (see 7.1.10).`, each a
/// paragraph of the source: a line alone ending in a comma is no line of a paragraph run on.
#[test]
fn a_line_alone_ending_in_a_comma_still_ends_its_paragraph() {
    let (paras, _) = itu_paragraphs(include_str!("wtsa_7_1_0.txt"), 696);
    let texts: Vec<&str> = paras.iter().map(|p| p.1.as_str()).collect();
    assert_eq!(
        texts[texts.len() - 2..],
        ["or,", "through WTSA (see 7.1.10)."]
    );
}

/// Lines 895-904 (8.3): `Using the same procedures …`, a paragraph of the source, opens after a
/// line that runs the width and ends a sentence, as sentences inside paragraphs do: read as
/// running on, and said at its line.
#[test]
fn a_capital_after_a_full_line_ending_a_sentence_is_said() {
    let (paras, warnings) = itu_paragraphs(include_str!("wtsa_8_3.txt"), 895);
    assert_eq!(paras.len(), 1, "{paras:?}");
    assert!(
        warnings
            .iter()
            .any(|w| w.line == 903 && w.message.contains("may open a paragraph of its own")),
        "{warnings:#?}"
    );
}

/// `pdftotext` (no `-layout`) of Chromium's print of WTSA Res. 1, lines 1490-1516 (Appendix I):
/// `Guidelines for drafting …` after the short last dash item, which ends with no punctuation;
/// nothing says it opens a paragraph (as the source has it): read on, and said.
#[test]
fn a_capital_after_a_short_dash_item_is_said() {
    let (_, warnings) = itu_paragraphs(include_str!("wtsa_appendix_dashes.txt"), 1490);
    assert!(
        warnings
            .iter()
            .any(|w| w.line == 1514 && w.message.contains("list item")),
        "{warnings:#?}"
    );
}
