//! The tanween put back, on the lines `pdftotext` gives of LibreOffice's Arabic prints.

use super::super::pages;

fn read(lines: &[&str]) -> (Vec<(usize, String)>, Vec<String>) {
    let mut w = Vec::new();
    let read = pages::read(lines, 1, &mut w);
    (
        read.into_iter().map(|l| (l.number, l.text)).collect(),
        w.into_iter()
            .filter(|w| w.message.contains("tanween"))
            .map(|w| format!("{}: {}", w.line, w.message))
            .collect(),
    )
}

/// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX
/// (lines 34-37 and 44-46): `ٌ` above its word `وشرط`, `ٍ` under `بروح`, on the line of
/// the other piece of the page's line.
#[test]
fn a_mark_goes_on_the_word_at_its_column() {
    let lines = [
        "\u{202b}بالعمل دون كلل من أجل تنفيذ الخطة بالكامل بحلول عام \u{202a} ،2030\u{202c}وإدراكها أن القضاء على الفقر بجميع\u{202c}",
        "                            \u{202b}ٌ\u{202c}",
        "\u{202b}وشرط ال غنى عنه لتحقيق التنمية\u{202c}     \u{202b}صوره وأبعاده\u{202a} ،\u{202c}بما في ذلك الفقر المدقع\u{202a} ،\u{202c}هو أكبر تحد يواجهه العالم\u{202c}",
        "\u{202b}بروح من الشراكة والتضامن على\u{202c}",
        "                           \u{202b}ٍ\u{202c}     \u{202b}وتهيئة بيئة مؤاتية على جميع المستويات لتحقيق التنمية المستدامة\u{202a}،\u{202c}\u{202c}",
        "                                                                                \u{202b}الصعيد العالمي\u{202a}،\u{202c}\u{202c}",
    ];
    let (read, said) = read(&lines);
    let texts: Vec<(usize, &str)> = read.iter().map(|(n, t)| (*n, t.trim())).collect();
    assert_eq!(
        texts,
        [
            (
                1,
                "بالعمل دون كلل من أجل تنفيذ الخطة بالكامل بحلول عام 2030، وإدراكها أن القضاء على الفقر بجميع"
            ),
            (
                3,
                "صوره وأبعاده، بما في ذلك الفقر المدقع، هو أكبر تحد يواجهه العالم وشرطٌ ال غنى عنه لتحقيق التنمية"
            ),
            (
                4,
                "وتهيئة بيئة مؤاتية على جميع المستويات لتحقيق التنمية المستدامة، بروحٍ من الشراكة والتضامن على"
            ),
            (6, "الصعيد العالمي،"),
        ]
    );
    assert_eq!(said.len(), 2, "{said:#?}");
    assert!(said[0].starts_with("2: a tanween `ٌ`"), "{said:#?}");
    assert!(said[0].contains("`وشرط`, the word at its column on line 3 below"));
    assert!(said[1].contains("`بروح`, the word at its column on line 4 above"));
    assert!(said[1].contains("the rest of line 5 (`وتهيئة"), "{said:#?}");
}

/// The same lines of A/RES/74/197 without `-layout` (lines 22-26 and 33-37): the mark
/// before or after the two pieces of the page's line, the left one first.
#[test]
fn a_mark_goes_on_the_word_at_the_seam() {
    let lines = [
        "\u{202b}بالعمل دون كلل من أجل تنفيذ الخطة بالكامل بحلول عام \u{202a} ،2030\u{202c}وإدراكها أن القضاء على الفقر بجميع\u{202c}",
        "\u{202b}ٌ\u{202c}",
        "\u{202b}وشرط ال غنى عنه لتحقيق التنمية\u{202c}",
        "\u{202b}صوره وأبعاده\u{202a} ،\u{202c}بما في ذلك الفقر المدقع\u{202a} ،\u{202c}هو أكبر تحد يواجهه العالم\u{202c}",
        "\u{202b}المستدامة\u{202a} ،\u{202c}والتزامها بتحقيق التنمية المستدامة بأبعادها الثالثة \u{202a} -\u{202c}االقتصادي واالجتماعي والبيئي \u{202a} -\u{202c}على\u{202c}",
        "\u{202b}خالل سياسات وإجراءات عملية\u{202a} ،\u{202c}وإذ تؤكد من جديد االلتزام السياسي القوي بالتصدي لتحدي التمويل\u{202c}",
        "\u{202b}بروح من الشراكة والتضامن على\u{202c}",
        "\u{202b}وتهيئة بيئة مؤاتية على جميع المستويات لتحقيق التنمية المستدامة\u{202a}،\u{202c}\u{202c}",
        "\u{202b}ٍ\u{202c}",
        "\u{202b}الصعيد العالمي\u{202a}،\u{202c}\u{202c}",
    ];
    let (read, said) = read(&lines);
    let texts: Vec<(usize, &str)> = read.iter().map(|(n, t)| (*n, t.trim())).collect();
    assert_eq!(texts.len(), 6, "{texts:#?}");
    assert_eq!(
        texts[1],
        (
            3,
            "صوره وأبعاده، بما في ذلك الفقر المدقع، هو أكبر تحد يواجهه العالم وشرطٌ ال غنى عنه لتحقيق التنمية"
        )
    );
    assert_eq!(
        texts[4],
        (
            7,
            "وتهيئة بيئة مؤاتية على جميع المستويات لتحقيق التنمية المستدامة، بروحٍ من الشراكة والتضامن على"
        )
    );
    assert_eq!(texts[5], (10, "الصعيد العالمي،"));
    assert_eq!(said.len(), 2, "{said:#?}");
    assert!(said[0].starts_with("2: a tanween `ٌ` on a line of its own, beside lines 3 and 4"));
    assert!(
        said[1].contains("`بروح`, the word at their seam"),
        "{said:#?}"
    );
}

/// `pdftotext -layout` of WTDC Res. 30 (lines 144-146, 161-163): `ً` over `حاليا` in the
/// middle of the line below, and over `وفقا`, its line's last piece (`جع في`, the end of a
/// word broken by a fatha) on the mark's line.
#[test]
fn a_mark_inside_a_line_and_a_piece_beside_it() {
    let lines = [
        " \u{202b}لخطوط العمل جيم\u{202a} 1\u{202c}وجيم\u{202a} 3\u{202c}وجيم\u{202a} 4\u{202c}وجيم\u{202a} 6\u{202c}وجيم\u{202a} 7\u{202c}بما فيها خطوط العمل الثمانية الفرعية\u{202c}                \u{202b}'\u{202a}'2\u{202c}\u{202c}",
        "                                 \u{202b}ً\u{202c}",
        "      \u{202b}المنبثقة عنها\u{202a} ،\u{202c}وخط العمل جيم\u{202a} ،11\u{202c}الذي تحدد فيه حاليا دور االتحاد كميسر مشارك\u{202a}،\u{202c}\u{202c}",
        "   \u{202b}بضمان تحديد أهداف ملموسة ومواعيد نهائية لألنشطة المتعلقة بالقمة وبضمان مراعاة هذه\u{202c}         \u{202b}\u{202a}2\u{202c}\u{202c}",
        "       \u{202b}جع في\u{202c}                    \u{202b}ً\u{202c}",
        "            \u{202b}األهداف والمواعيد في الخطط التشغيلية لقطاع تنمية االتصاالت وفقا للقرار \u{202a}( 140\u{202c}المرا َ\u{202c}",
    ];
    let (read, said) = read(&lines);
    let texts: Vec<(usize, &str)> = read.iter().map(|(n, t)| (*n, t.trim())).collect();
    assert_eq!(texts.len(), 4, "{texts:#?}");
    assert_eq!(
        texts[1],
        (
            3,
            "المنبثقة عنها، وخط العمل جيم11، الذي تحدد فيه حاليًا دور االتحاد كميسر مشارك،"
        )
    );
    assert_eq!(
        texts[3],
        (
            6,
            "األهداف والمواعيد في الخطط التشغيلية لقطاع تنمية االتصاالت وفقًا للقرار 140 (المراجَع في"
        )
    );
    assert!(
        said[1].contains("the rest of line 5 (`جع في`)"),
        "{said:#?}"
    );
}

/// A tanween that stands where the words around it say nothing: left as it is.
#[test]
fn a_mark_with_no_word_to_bear_it_stays() {
    let lines = [
        "  \u{202b}الصعيد العالمي\u{202c}",
        "      \u{202b}ٌ\u{202c}",
        "  \u{202b}الصعيد العالمي\u{202c}",
    ];
    let (read, said) = read(&lines);
    assert_eq!(read.len(), 3);
    assert!(said.is_empty());
}

/// Empty embeddings, a mark at the line's edge, a mark on the first or last line: nothing to
/// put it on, and no panic.
#[test]
fn odd_lines_are_left() {
    for lines in [
        &["\u{202b}\u{202c}", "  \u{202b}ٌ\u{202c}", "\u{202b}\u{202c}"][..],
        &["  \u{202b}ٍ\u{202c}"],
        &["\u{202b}ٌ\u{202c}"],
        &["\u{202b}ٌ\u{202c}", "\u{202b}\u{202c}", "\u{202b}\u{202c}"],
        &["  \u{202b}ٌ\u{202c}", "\u{202c}\u{202b}وشرط\u{202c}"],
    ] {
        let (read, said) = read(lines);
        assert!(said.is_empty(), "{lines:?}: {said:?}");
        assert!(!read.is_empty());
    }
}

/// `pdftotext -layout` of A/RES/80/118 in Arabic as LibreOffice prints resdiff's DOCX (lines
/// 34-36): `ٌ` in a piece of its own glued to the end of the left piece of the page's line, at
/// its seam. It goes on `وشرط` (`وشرطٌ لا غنى عنه`), where the line was broken around it, not on
/// `لتحقيق`, a genitive after `ل` that never bears a dammatan; read so, the line's two pieces
/// were left in the order written, the right one last.
#[test]
fn a_mark_glued_to_a_piece_goes_on_the_word_at_the_seam() {
    let lines = [
        "  \u{202b}بالعمل دون كلل من أجل تنفيذ هذه الخطة بالكامل بحلول عام \u{202a} ،2030\u{202c}وإدراكها أن القضاء على الفقر\u{202c}",
        "\u{202b}وشرط ال غنى عنه لتحقيق\u{202c}\u{202b}ٌ\u{202c}      \u{202b}بجميع صوره وأبعاده\u{202a} ،\u{202c}بما في ذلك الفقر المدقع\u{202a} ،\u{202c}هو أكبر تحد يواجهه العالم\u{202c}",
        "\u{202b}التنمية المستدامة\u{202a} ،\u{202c}والتزامها بتحقيق التنمية المستدامة بأبعادها الثالثة \u{202a} -\u{202c}االقتصادي واالجتماعي والبيئي\u{202c}",
    ];
    let (read, said) = read(&lines);
    let texts: Vec<(usize, &str)> = read.iter().map(|(n, t)| (*n, t.trim())).collect();
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert_eq!(
        texts[1],
        (
            2,
            "بجميع صوره وأبعاده، بما في ذلك الفقر المدقع، هو أكبر تحد يواجهه العالم وشرطٌ ال غنى عنه لتحقيق"
        )
    );
    assert_eq!(said.len(), 1, "{said:#?}");
    assert!(
        said[0].starts_with("2: a tanween `ٌ` in a piece of its own, written right after `لتحقيق`"),
        "{said:#?}"
    );
    assert!(
        said[0].contains("put on `وشرط`, the word at the seam"),
        "{said:#?}"
    );
}
