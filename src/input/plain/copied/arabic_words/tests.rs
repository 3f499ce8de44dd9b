//! The word list's readings, on lines of LibreOffice's Arabic prints through `pdftotext`.

use super::*;

#[test]
fn the_lists_are_sorted_and_unique() {
    let strictly = |l: &[&str]| l.windows(2).all(|w| w[0] < w[1]);
    assert!(words().len() > 3000);
    assert!(strictly(words()));
    assert!(!collisions().is_empty());
    assert!(strictly(collisions()));
    // Every word has a lam before an alef, and no marks.
    assert!(words().iter().all(|w| {
        let c: Vec<char> = w.chars().collect();
        c.windows(2).any(|p| p[0] == 'ل' && alef(p[1])) && !c.iter().any(|&c| mark(c))
    }));
    // Each collision is what the reader would read otherwise; one the list has only with
    // another ending is read as seen, unsaid.
    for line in COLLISIONS.lines() {
        let (seen, read) = line.split_once('\t').expect("seen<TAB>read");
        match listed(read) {
            Some(Listed::Whole) => assert!(
                matches!(readings(seen, false), Some(Reading::Both { reads, written: true }) if reads.iter().any(|r| r == read)),
                "{line}"
            ),
            _ => assert_eq!(readings(seen, false), None, "{line}"),
        }
    }
}

/// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX,
/// after the ligatures after an alef and after a lam are put back: lines as they are.
#[test]
fn put_back_inside_a_word_by_the_list() {
    let line = "وإذ تالحظ أيضا انعقاد الدورة الثانية والعشرين للجنة المعنية بتسخير العلم والتكنولوجيا ألغراض";
    let (text, done) = by_list(line);
    assert!(text.starts_with("وإذ تلاحظ أيضا انعقاد"), "{text}");
    // At the word's start as well, where the words of the text did not say (Res. 30
    // writes `أغراض` nowhere else): `لأغراض` is listed, `ألغراض` is no word.
    assert_eq!(
        done.put_back,
        [
            ["تالحظ".to_string(), "تلاحظ".to_string()],
            ["ألغراض".to_string(), "لأغراض".to_string()]
        ]
    );
    assert!(done.left.is_empty());
    // The article, and a word of the UN's texts as seen that may be either.
    let (text, done) = by_list("التنمية الحق في الحتياجات ألن");
    assert_eq!(text, "التنمية الحق في لاحتياجات لأن");
    assert_eq!(done.left.len(), 1);
    assert_eq!(done.left[0].reads, ["لاحق"]);
    let (text, done) = by_list(
        "وداخلها، بما في ذلك ما يُالحظ من وجود 122 اشتراكا في خدمات النطاق العريض للأجهزة المتنقلة",
    );
    assert!(text.contains("ما يُلاحظ من"), "{text}");
    assert_eq!(done.put_back.len(), 1);
    // After a prefix letter, by the listed word after it.
    let (text, _) = by_list("والتنمية في جميع القطاعات الأخرى، وتالحظ في الوقت ذاته");
    assert!(text.ends_with("وتلاحظ في الوقت ذاته"), "{text}");
    let (text, done) = by_list(
        "خالل سياسات وإجراءات عملية، وإذ تؤكد من جديد الالتزام السياسي القوي بالتصدي لتحدي التمويل",
    );
    assert!(text.starts_with("خلال سياسات"), "{text}");
    // `عملية`, `السياسي` and `الالتزام` have no alef before a lam inside.
    assert_eq!(done.put_back.len(), 1);
}

/// Words of the UN's texts as seen stay, with every reading: `الثالثة` (A/RES/74/197, "the
/// third session"), `بالغ` (`بقلق بالغ`), `وفعال` (`بشكل كامل وفعال`); and the word's own
/// `ال` where nothing is listed (`أعمال`, `إعمال`, `المجال`).
#[test]
fn words_as_written_stay() {
    let (text, done) = by_list("انعقاد الدورة الثالثة وإذ تالحظ بقلق بالغ بشكل كامل وفعال");
    assert!(text.contains("الدورة الثالثة وإذ تلاحظ بقلق بالغ"), "{text}");
    let left: Vec<&str> = done.left.iter().map(|l| l.seen.as_str()).collect();
    assert_eq!(left, ["الثالثة", "بالغ", "وفعال"]);
    assert_eq!(done.left[0].reads, ["الثلاثة"]);
    assert!(done.left.iter().all(|l| l.written));
    // After a word that is no feminine singular, the cardinal (A/RES/74/197's preamble 3
    // and operative 42): said.
    let (text, done) = by_list("بأبعادها الثالثة - الاقتصادي، العناصر الثالثة لآلية");
    assert_eq!(text, "بأبعادها الثلاثة - الاقتصادي، العناصر الثلاثة لآلية");
    assert_eq!(done.by_agreement.len(), 2);
    assert_eq!(done.by_agreement[0][2], "بأبعادها");
    assert!(done.left.is_empty());
    let line = "أعمال إعمال في المجال مجال";
    assert_eq!(by_list(line), (line.to_string(), ByList::default()));
}

/// `pdftotext -layout` of A/RES/74/197 (operative 21) and A/RES/80/118 (operatives 10 and
/// 59) as LibreOffice prints them, after the certain repairs: words the list has only with
/// another ending (`الملاحظات`, `لأولويات`) or after two letters (`و`, `ل`: `استطلاع`).
#[test]
fn another_ending_or_two_prefix_letters() {
    let (text, done) = by_list("الإقليمية، على النحو المالحظ في تقرير الأمين العام");
    assert_eq!(text, "الإقليمية، على النحو الملاحظ في تقرير الأمين العام");
    assert_eq!(
        done.by_form,
        [[
            "المالحظ".to_string(),
            "الملاحظ".to_string(),
            "الملاحظات".to_string()
        ]]
    );
    let (text, done) = by_list("مشتركة وفقا ألولوياته واحتياجاته المحددة");
    assert_eq!(text, "مشتركة وفقا لأولوياته واحتياجاته المحددة");
    assert_eq!(done.by_form[0][2], "لأولويات");
    let (text, done) = by_list("آلية تيسير التكنولوجيا والستطالع إمكانية وضع");
    assert_eq!(text, "آلية تيسير التكنولوجيا ولاستطلاع إمكانية وضع");
    assert_eq!(done.put_back.len(), 1);
    // A word as seen whose reading the list has only with another ending stays, unsaid.
    let line = "في جميع أنحاء العالم";
    assert_eq!(by_list(line), (line.to_string(), ByList::default()));
}

/// WTDC Res. 30 (resolves 1) as LibreOffice prints it, through `pdftotext`: `ذات` takes a
/// noun, `العلاقة`, not the participle `العالقة` (left, and said, elsewhere).
#[test]
fn the_owner_word_takes_a_noun() {
    let (text, done) = by_list("والإقليمية ذات العالقة، وغيرها");
    assert_eq!(text, "والإقليمية ذات العلاقة، وغيرها");
    assert_eq!(done.by_construct[0][2], "ذات");
    let (text, done) = by_list("المسائل العالقة");
    assert_eq!(text, "المسائل العالقة");
    assert_eq!(done.left.len(), 1);
}

/// WTDC Res. 30 in Arabic as LibreOffice prints it, through `pdftotext`: `عملاً` and
/// `فعلاً` with their ligature taken apart and their fathatan set apart (`عمال ً`). A
/// fathatan is written on the final alef, never on a lam: `عملا`, not `عمال`. Without it,
/// or where it could go on either, both stay.
#[test]
fn a_fathatan_after_the_word_decides() {
    let (text, done) = by_list("برنامج عمل تونس عمال ً بمضمون الفقرة");
    assert_eq!(text, "برنامج عمل تونس عملا ً بمضمون الفقرة");
    assert_eq!(
        done.by_tanween,
        [(
            ["عمال".to_string(), "عملا".to_string()],
            vec!["عملا".to_string()]
        )]
    );
    assert!(done.left.is_empty());
    let (text, done) = by_list("الصلة الذي أنجز فعالً و/أو الذي");
    assert!(text.contains("أنجز فعلاً و/أو"), "{text}");
    assert_eq!(done.by_tanween.len(), 1);
    // No fathatan, or one on the letter after: left, as before.
    for line in ["أولوية عالية عمال بما يلي", "عمال ًا"] {
        let (text, done) = by_list(line);
        assert_eq!(text, line);
        assert!(done.by_tanween.is_empty() && done.left.len() == 1, "{line}");
    }
    // `الثالثة` ends in a taa marbuta, which bears it: left, as before.
    let (_, done) = by_list("الدورة الثالثة ً");
    assert!(done.by_tanween.is_empty() && done.left.len() == 1);
}
