//! ITU item labels on lines of their own in a right-to-left text copied without `-layout`
//! (`أ)`, `ز)`, `3`): LibreOffice's Arabic print sets an item's label apart at the right margin
//! of its first line, and `pdftotext` writes a page line's pieces left first, so the label comes
//! out after that line (`أن القمة العالمية … لالتصالات` `أ)`). Where an empty line stands
//! before it, or after it and the line before is not its item's first (`… المعلومات؛` `و)`,
//! empty line, `بالوثائق …`), it is the label of the line after it; labels in a run (`5` `6`,
//! then an empty line) go to the lines after the run, in order.

use super::join::{ends_paragraph, label_start};
use super::pages::Line;
use crate::input::Warning;
use crate::input::heading::heading_kind;
use crate::model::Language;

/// `أ)`, `ز)`, `ب)bis`, `12`: an item label and nothing else.
pub(super) fn label_alone(t: &str) -> bool {
    let digits = (1..=2).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit());
    let head = t.strip_suffix("bis").unwrap_or(t);
    let lettered = head.strip_suffix(')').is_some_and(|name| {
        (1..=2).contains(&name.chars().count()) && name.chars().all(char::is_alphanumeric)
    });
    // `'1'`, `'ii'`: ITU's Arabic items of the third level, quoted (WTDC Res. 30 as Chromium
    // prints it, each on a line of its own between empty lines).
    let quoted = t
        .strip_prefix('\'')
        .and_then(|x| x.strip_suffix('\''))
        .is_some_and(|x| {
            (1..=4).contains(&x.len())
                && (x.chars().all(|c| c.is_ascii_digit())
                    || x.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
        });
    // `-`, `•`: ITU's Arabic list items, their dash or bullet set apart at the right margin.
    let dash = matches!(t, "-" | "•");
    digits || lettered || quoted || dash
}

/// Whether the text is `pdftotext`'s reading order: no line indented (`-layout` pads every
/// right-to-left line to the right margin, and sets a label on its line).
pub fn reading_order(lines: &[Line]) -> bool {
    !lines.iter().any(|l| l.indent() > 0)
}

/// Whether line `k` opens an item: the first, after an empty line or a page break, or after a
/// line that ends a clause or is a heading.
fn opens_item(lines: &[Line], k: usize, language: Language) -> bool {
    let l = &lines[k];
    let Some(before) = k.checked_sub(1).map(|p| lines[p].body()) else {
        return true;
    };
    l.blank_before
        || l.break_before
        || ends_paragraph(before)
        || heading_kind(before, language).is_some()
}

/// Each label alone on a line put before the line it opens, with a warning naming both.
pub fn put_back(
    mut lines: Vec<Line>,
    language: Language,
    warnings: &mut Vec<Warning>,
) -> Vec<Line> {
    let free = |l: &Line| !label_start(l.body(), false) && !label_alone(l.body());
    let mut i = 0;
    while i < lines.len() {
        if !label_alone(lines[i].body()) {
            i += 1;
            continue;
        }
        // The run of labels from `i`, each on a line of its own, none after an empty line.
        let mut end = i + 1;
        while end < lines.len()
            && label_alone(lines[end].body())
            && !lines[end].blank_before
            && !lines[end].break_before
        {
            end += 1;
        }
        let mut moves: Vec<(usize, usize)> = Vec::new();
        let mut from = i;
        // The first is the label of the line before it (that line's piece written first),
        // unless an empty line stands before it, or after the run where that line is not its
        // item's first (`… المعلومات؛` `و)`, empty line, `بالوثائق …`).
        let spaced_after = lines
            .get(end)
            .is_none_or(|l| l.blank_before || l.break_before);
        let back = !lines[i].blank_before
            && !lines[i].break_before
            && i.checked_sub(1).is_some_and(|p| {
                free(&lines[p]) && (!spaced_after || opens_item(&lines, p, language))
            });
        if back {
            moves.push((i, i - 1));
            from += 1;
        }
        // The rest, in order, to the lines after the run, on its page.
        for (n, label) in (from..end).enumerate() {
            let to = end + n;
            let fits = lines.get(to).is_some_and(|l| {
                free(l)
                    && (to == end || !l.break_before)
                    && lines[end..=to].iter().skip(1).all(|l| !l.break_before)
            });
            if !fits {
                break;
            }
            moves.push((label, to));
        }
        for &(label, to) in &moves {
            let (at, line) = (lines[label].number, lines[to].number);
            let text = lines[label].body().to_string();
            warnings.push(Warning {
                chosen: None,
                line: at,
                message: format!(
                    "label `{text}` on a line of its own, {}: read as the label of line {line}, as `pdftotext` writes a right-to-left line's pieces left first",
                    if to < label {
                        format!("after line {line}, the first of its item")
                    } else {
                        "before lines that open items".to_string()
                    }
                ),
            });
            lines[to].text = format!("{text} {}", lines[to].body());
        }
        // The labels moved go, highest first; the line after a run takes its empty line.
        let mut gone: Vec<usize> = moves.iter().map(|m| m.0).collect();
        gone.sort_unstable();
        for &g in gone.iter().rev() {
            let removed = lines.remove(g);
            if let Some(next) = lines.get_mut(g) {
                next.blank_before |= removed.blank_before;
                next.break_before |= removed.break_before;
            }
        }
        i = end - gone.len();
        if gone.is_empty() {
            i = end;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
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
            warnings[0].message.starts_with(
                "label `ه)` on a line of its own, after line 36, the first of its item"
            ),
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
            include_str!("../../../../fixtures/copied/wtdc-030.ar.chromium.pdftotext.excerpt.txt");
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
            (42, "إعلان مب"),
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
}
