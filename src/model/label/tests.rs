use super::*;

fn p(s: &str) -> Label {
    Label::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn arabic_letters_follow_abjad_order() {
    let labels = [
        "أ)", "ب)", "ج)", "د)", "ه)", "و)", "ز)", "ح)", "ط)", "ي)", "ك)",
    ];
    let ordinals: Vec<_> = labels.iter().map(|l| p(l).ordinal).collect();
    assert_eq!(ordinals, (1..=11).map(Some).collect::<Vec<_>>());
    assert_eq!(p("ز )").scheme, Scheme::ArabicLetter);
    // UN Arabic: the letter with a tatweel, and paragraph numbers `1.` and `1 -`.
    assert_eq!(p("(هـ)").ordinal, Some(5));
    assert_eq!(
        (p("12 -").scheme, p("12 -").ordinal),
        (Scheme::Number, Some(12))
    );
    assert_eq!(p("12.").norm, "12");
}

#[test]
fn presentation_forms_normalise_to_base_letters() {
    // As typed in the seed: HEH initial form, WAW/HAH/TAH/YEH/BEH isolated forms.
    for (form, base, ord) in [
        ("\u{feeb})", "ه", 5),
        ("\u{feed} )", "و", 6),
        ("\u{fea1})", "ح", 8),
        ("\u{fec1})", "ط", 9),
        ("\u{fef1})", "ي", 10),
        ("\u{fe8f})", "ب", 2),
    ] {
        let l = p(form);
        assert_eq!((l.norm.as_str(), l.ordinal), (base, Some(ord)), "{form}");
    }
}

#[test]
fn spacing_and_bracket_variants_are_one_label() {
    let variants = ["أ )", "\u{a0}أ\u{a0})", "(أ", "أ)", "(أ)", "ا)", " إ )"];
    for v in variants {
        assert_eq!(p(v).norm, "أ", "{v:?}");
        assert_eq!(p(v).written, v);
    }
}

#[test]
fn bis_and_ter_are_suffixes() {
    let l = p("b)bis");
    assert_eq!((l.norm.as_str(), l.ordinal), ("b bis", Some(2)));
    assert_eq!(l.suffix.as_deref(), Some("bis"));
    assert_eq!(p("c) ter").norm, "c ter");
    assert_eq!(p("ب) مكرراً").norm, "ب bis");
    assert_ne!(p("b)bis").norm, p("b)").norm);
    // Every suffix of ITU's list, which the DOCX reader knows footnote marks by too.
    assert_eq!(p("c)quater").suffix(), Some("quater"));
    assert_eq!(p("c)sexies").suffix(), Some("sexies"));
}

#[test]
fn decimal_paragraph_numbers_of_rules() {
    // WTSA Res. 1 numbers its rules 1.1, 1.11.1, 1bis.1.2.
    let l = p("1.11.1");
    assert_eq!(
        (l.scheme, l.ordinal, l.norm.as_str()),
        (Scheme::Decimal, Some(1), "1.11.1")
    );
    assert_eq!(p("1bis.1.2").ordinal, Some(2));
    assert_eq!(p("9.3").norm, "9.3");
    assert!(Label::parse("1.a").is_err());
    assert!(Label::parse("1..2").is_err());
    assert_eq!(p("2").scheme, Scheme::Number);
}

#[test]
fn quoted_numbers_and_quoted_roman() {
    assert_eq!(p("'1'").scheme, Scheme::Quoted);
    assert_eq!(p("\u{2018}3\u{2019}").norm, "'3'");
    let r = p("'iv'");
    assert_eq!((r.scheme, r.ordinal), (Scheme::QuotedRoman, Some(4)));
    assert!(Label::parse("'iiii'").is_err());
}

#[test]
fn roman_numerals_need_more_than_one_letter() {
    assert_eq!(p("ii)").scheme, Scheme::Roman);
    assert_eq!(p("ix)").ordinal, Some(9));
    // a lone i) is the ninth letter; the tree builder decides from context.
    assert_eq!(p("i)").scheme, Scheme::LatinLetter);
}

#[test]
fn numbers_dashes_bullets() {
    assert_eq!(p("12").ordinal, Some(12));
    assert_eq!(p("١٢").norm, "12");
    assert_eq!(p("-").scheme, Scheme::Dash);
    assert_eq!(p("–").norm, "-");
    assert_eq!(p("•").scheme, Scheme::Bullet);
    assert_eq!(p("").scheme, Scheme::None);
}

#[test]
fn han_numerals_count_as_roman_numerals() {
    // A/RES/78/80 A-B in Chinese: ㈠ ㈡ where the English has (i) (ii).
    for (written, n) in [("㈠", 1), ("㈩", 10), ("(十一)", 11), ("（二十三）", 23)] {
        let l = p(written);
        assert_eq!((l.scheme, l.ordinal), (Scheme::Roman, Some(n)), "{written}");
        assert_eq!(l.written, written);
    }
    assert_eq!(p("㈣").norm, "iv");
    assert!(Label::parse("十十").is_err());
}

#[test]
fn cyrillic_labels_count_in_russian_order() {
    assert_eq!(p("в)").ordinal, Some(3));
    assert_eq!(p("в)").scheme, Scheme::CyrillicLetter);
}

#[test]
fn two_letters_are_a_compound_without_ordinal() {
    let l = p("\u{a0}أ \u{feeb}\u{a0})");
    assert!(l.is_compound());
    assert_eq!(l.norm, "أ/ه");
    assert_eq!(l.ordinal, None);
    assert!(p("ﺏج)").is_compound());
}

#[test]
fn nonsense_is_rejected() {
    for bad in ["a1b)", "??", "ab3"] {
        assert!(Label::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn expected_label_at_ordinal() {
    assert_eq!(p("أ)").same_scheme_at(5).as_deref(), Some("ه"));
    assert_eq!(p("a)").same_scheme_at(3).as_deref(), Some("c"));
    assert_eq!(p("'1'").same_scheme_at(2).as_deref(), Some("'2'"));
}
