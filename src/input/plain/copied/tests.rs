//! Tests of the copied-text reader as a whole: labels moved by the extractor, the lam-alef
//! hand decided over the text, the head repaired as the paragraphs.

mod layout {
    use super::super::*;

    #[test]
    fn a_label_under_its_line_is_put_back() {
        // `pdftotext -layout` of Chromium's Chinese: the raised mark lifted the first line.
        let text = "    确认信息和通信技术有潜力推动实现《议程》19 和国际商定的其\n       3.\n他发展目标，";
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = labels_below(pages::read(&lines, 1, &mut warnings), &mut warnings);
        assert_eq!(read.len(), 2);
        assert!(
            read[0].body().starts_with("3. 确认"),
            "{:?}",
            read[0].body()
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.message.contains("label `3.` alone"))
        );
    }

    #[test]
    fn a_label_at_the_page_foot_goes_to_the_page_first_line() {
        // `pdftotext` (no `-layout`) of Chromium's Chinese: `3.` written after the page's last
        // line, its paragraph opening the page.
        let text = "2. 欢迎贡献；\n\u{c}确认有潜力的其\n他发展目标；\n4. 重申；\n协同作用；\n3.\n\u{c}5. 又";
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = labels_below(pages::read(&lines, 1, &mut warnings), &mut warnings);
        let bodies: Vec<&str> = read.iter().map(|l| l.body()).collect();
        assert_eq!(
            bodies,
            [
                "2. 欢迎贡献；",
                "3. 确认有潜力的其",
                "他发展目标；",
                "4. 重申；",
                "协同作用；",
                "5. 又"
            ]
        );
        assert!(read[5].break_before);
        assert!(
            warnings[0]
                .message
                .contains("label `3.` alone at the page's foot: read as the label of line 2"),
            "{warnings:?}"
        );
    }
}

mod lam_alef {
    use super::super::*;

    fn text_of(layout: &Layout) -> String {
        let mut out = String::new();
        for s in &layout.sections {
            for c in &s.clauses {
                out.push_str(&c.text);
                out.push('\n');
            }
        }
        out
    }

    /// A paragraph as `pdftotext -layout` gives LibreOffice's print (A/RES/74/197 and WTDC
    /// Res. 30, taken apart), then one of the UN's own PDF (A/RES/80/118, ligatures whole): a
    /// mixed text, which once was read all in the hand because one paragraph showed it, and
    /// `الالتزام` became `اللاتزام`.
    #[test]
    fn a_mixed_text_is_not_read_in_libreoffice_s_hand() {
        let lines = [
            "إن الجمعية العامة،",
            "",
            "التي تشكل جزءا ال يتجزأ من خطة التنمية لألمم المتحدة لأللفية وال سيما لالتحاد الدولي لالتصاالت الالزمة",
            "",
            "النامية ومواصلة إصلاح الهيكل المالي الدولي عن طريق الالتزام المتواصل والقوي بتعددية الأطراف والتعاون الدولي والتضامن العالمي،",
        ];
        let layout = read_un(&lines, 1, Language::Ar).unwrap();
        let text = text_of(&layout);
        assert!(text.contains("عن طريق الالتزام المتواصل"), "{text}");
        // Only what needs no hand is put back: after an alef.
        assert!(text.contains("الدولي لالتصالات"), "{text}");
        let said = |w: &str| layout.warnings.iter().any(|x| x.message.contains(w));
        assert!(said("`إصلاح` (line 5)"), "{:#?}", layout.warnings);
        assert!(said("`لالتصاالت` as `لالتصالات`"), "{:#?}", layout.warnings);
    }
}

mod head {
    use super::super::*;

    /// The first 45 lines of `pdftotext` (no `-layout`) of WTDC Res. 30 in Arabic as
    /// LibreOffice prints resdiff's DOCX: the title and formula go through the repairs of the
    /// paragraphs below them (they once kept `تنمية االتصاالت لالتحاد`), each said on its line.
    #[test]
    fn the_title_and_formula_are_repaired_as_the_paragraphs() {
        let text =
            include_str!("../../../../fixtures/copied/wtdc-030.ar.libreoffice.pdftotext.head.txt");
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let out = unwrap_itu(&lines, 1, Language::Ar, &mut warnings).expect("a formula");
        let at = |line: usize| {
            out.iter()
                .find(|(l, _)| *l == line)
                .map(|(_, t)| t.as_str())
                .unwrap_or_default()
        };
        assert_eq!(
            at(16),
            "دور قطاع تنمية الاتصالات للاتحاد الدولي للاتصالات في تنفيذ نتائج القمة العالمية لمجتمع المعلومات"
        );
        assert_eq!(at(18), "إن المؤتمر العالمي لتنمية الاتصالات (دبي، 2014)،");
        for line in [16, 18] {
            assert!(
                warnings
                    .iter()
                    .any(|w| w.line == line && w.message.contains("lam-alef ligature")),
                "{line}: {warnings:#?}"
            );
        }
        // The lines above the resolution's number are not imported: as they are.
        assert!(out.iter().any(|(_, t)| t.contains("األصل")), "{out:#?}");
    }
}

mod headings {
    use super::super::*;

    /// `pdftotext -layout` of WTDC Res. 30 in Arabic as LibreOffice prints resdiff's DOCX
    /// (lines 104 to 109 and 191 to 194): a heading whose lam-alef is taken apart (`يالحظ`),
    /// which ran into the clause under it, and a heading on two lines (`إليها`), whose second
    /// was read as a clause and the items under it as that clause's.
    #[test]
    fn itu_headings_in_libreoffice_s_arabic() {
        let raw = [
            "                                                                                       \u{202b}وإذ يالحظ كذلك\u{202c}",
            "      \u{202b}أن األمين العام لالتحاد قد أنشأ فريق المهام المعني بالقمة العالمية لمجتمع المعلومات\u{202a} ،\u{202c}لصياغة\u{202c}",
            "         \u{202b}االستراتيجيات وتنسيق سياسات وأنشطة االتحاد فيما يتعلق بالقمة\u{202a} ،\u{202c}كما جاء في القرار \u{202a}1332\u{202c}\u{202c}",
            "                                        \u{202b}للمجلس\u{202a} ،\u{202c}وأن نائب األمين العام هو رئيس فريق المهام هذا\u{202a}،\u{202c}\u{202c}",
            "    \u{202b}يناشد الدول األعضاء وأعضاء القطاعات والمنتسبين إليها والهيئات األكاديمية المنضمة\u{202c}",
            "                                                                                \u{202b}إليها\u{202c}",
            "\u{202b}االستمرار في إعطاء األولوية لتنمية البنية التحتية لالتصاالت\u{202a}/\u{202c}تكنولوجيا المعلومات واالتصاالت بما\u{202c} \u{202b}\u{202a}1\u{202c}\u{202c}",
            "\u{202b}في ذلك في المناطق الريفية والنائية والتي تعاني من نقص الخدمات\u{202a} ،\u{202c}ولبناء الثقة واألمن في استخدام\u{202c}",
        ];
        let mut warnings = Vec::new();
        let lines = pages::read(&raw, 104, &mut warnings);
        let paras = paragraphs(&lines, Language::Ar, false, &mut warnings);
        let starts: Vec<(usize, String)> = paras
            .iter()
            .map(|p| {
                (
                    p.line,
                    p.text.split(' ').take(3).collect::<Vec<_>>().join(" "),
                )
            })
            .collect();
        assert_eq!(
            starts,
            [
                (104, "وإذ يالحظ كذلك".to_string()),
                (105, "أن األمين العام".to_string()),
                (108, "يناشد الدول األعضاء".to_string()),
                (110, "1 االستمرار في".to_string()),
            ]
        );
        assert!(paras[2].text.ends_with("المنضمة إليها"), "{:?}", paras[2]);
    }
}

mod furniture {
    use super::super::*;

    /// `pdftotext -layout` of A/RES/80/118 in Russian as LibreOffice prints resdiff's DOCX
    /// (lines 124-126, 776-778, 1035-1037): a name broken the same way on three pages, inside
    /// each, was dropped as a running head, and the text lost it.
    #[test]
    fn a_line_repeated_inside_pages_is_the_text_s() {
        let name = "осуществления решений Всемирной встречи на высшем уровне по вопросам";
        let mut lines = Vec::new();
        for (page, first, before, after) in [
            (
                2,
                124,
                "совещания высокого уровня Генеральной Ассамблеи, посвященного общему обзору хода",
                "информационного общества1010, в котором Ассамблея проанализировала ход осуществления",
            ),
            (
                14,
                776,
                "Интернета и с интересом ожидает проведения высокоуровневого общего обзора хода",
                "информационного общества 16 и 17 декабря 2025 года;",
            ),
            (
                19,
                1035,
                "ее резолюцией 70/125 совещания высокого уровня, посвященного общему обзору хода",
                "информационного общества, что предполагает участие всех заинтересованных сторон и",
            ),
        ] {
            lines.push(pages::Line::of_test(first, before, page));
            lines.push(pages::Line::of_test(first + 1, name, page));
            lines.push(pages::Line::of_test(first + 2, after, page));
        }
        let mut warnings = Vec::new();
        let read = pages::drop_furniture(lines, &mut warnings);
        assert_eq!(read.len(), 9, "{warnings:?}");
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}
