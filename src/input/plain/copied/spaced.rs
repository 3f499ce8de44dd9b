//! Whether `pdftotext -layout` spaced a copied text's paragraphs apart by empty lines, which
//! then say where a call after a line that may end a paragraph opens one (see `call_break`).

use super::join::{ends_paragraph, label_start};
use super::pages::Line;
use crate::input::Warning;

/// Whether `pdftotext -layout` spaced the paragraphs of `lines` apart: an empty line before
/// every labelled one (three at least) and none inside one (the only empty lines follow a line
/// that may end a paragraph, or a page's furniture).
fn spaced(lines: &[Line], un: bool) -> bool {
    let labelled: Vec<&Line> = lines
        .iter()
        .skip(1)
        .filter(|l| !l.break_before && label_start(l.body(), un))
        .collect();
    labelled.len() >= 3
        && labelled.iter().all(|l| l.blank_before)
        && lines
            .windows(2)
            .all(|w| !w[1].blank_before || w[1].break_before || ends_paragraph(w[0].body()))
}

/// Whether the paragraphs of `lines` are spaced apart by empty lines ([`spaced`]), and the
/// lines with the empty lines put back that `pdftotext -layout` set one line late.
///
/// A raised note mark makes its line taller: in Chromium's print of A/RES/74/197 in Arabic,
/// `pdftotext -layout` sets no empty line before paragraph 13, whose first line ends with mark
/// 11 (`… وبتقريره11`), and one under that line, inside the paragraph. Where the text is
/// spaced apart but for such lines (Arabic and Chinese, `dense`, whose calls run on and whose
/// empty lines say where a paragraph opens), each empty line is put back before the line with
/// the mark, warned, naming it.
pub(super) fn spaced_apart(
    lines: &[Line],
    un: bool,
    dense: bool,
    warnings: &mut Vec<Warning>,
) -> (bool, Option<Vec<Line>>) {
    if !dense {
        return (false, None);
    }
    if spaced(lines, un) {
        return (true, None);
    }
    let late: Vec<usize> = (1..lines.len().saturating_sub(1))
        .filter(|&i| {
            let (p, l, n) = (&lines[i - 1], &lines[i], &lines[i + 1]);
            !l.blank_before
                && !l.break_before
                && n.blank_before
                && !n.break_before
                && ends_paragraph(p.body())
                && !ends_paragraph(l.body())
                && l.body().contains("[^")
        })
        .collect();
    if late.is_empty() {
        return (false, None);
    }
    let mut moved = lines.to_vec();
    for &i in &late {
        moved[i].blank_before = true;
        moved[i + 1].blank_before = false;
    }
    if !spaced(&moved, un) {
        return (false, None);
    }
    for &i in &late {
        warnings.push(Warning {
            chosen: None,
            line: lines[i].number,
            message: format!(
                "an empty line under line {}, inside a paragraph, read as the one before it, which opens the paragraph: a raised note mark on the line makes it taller, and `pdftotext -layout` set the empty line one line late (the text's paragraphs are spaced apart by empty lines, and none stands inside one elsewhere)",
                lines[i].number
            ),
        });
    }
    (true, Some(moved))
}

#[cfg(test)]
mod tests {
    use super::super::join::paragraphs;
    use super::super::pages;
    use super::*;
    use crate::model::Language;

    /// `pdftotext -layout` of A/RES/74/197 in Arabic as Chromium prints it, lines 118-142 and
    /// 250-270. Its paragraphs are spaced apart by empty lines, but paragraph 13 (line 40 here):
    /// its first line ends with mark 11, raised, and the empty line stands under it. Read as
    /// it stood, the text was not spaced apart, and the width and the text's uses guessed:
    /// `وإذ تلاحظ أيضا` (line 9), which runs on after a full line ending in a comma, was split
    /// from its paragraph (in the whole text, `وإذ تشير إلى` opening one after an empty line
    /// was also joined to the paragraph before, twice).
    #[test]
    fn an_empty_line_set_under_a_raised_mark_is_read_before_its_line() {
        let text =
            include_str!("../../../../fixtures/copied/unga-74-197.ar.pdftotext-layout.excerpt.txt");
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let mut read = pages::read(&lines, 1, &mut warnings);
        // The marks as the note reader reads them before paragraphs are joined (the notes,
        // at the text's end, are not in the excerpt).
        for l in &mut read {
            l.text = l
                .text
                .replace("وبتقريره11", "وبتقريره[^11]")
                .replace("عام 201812", "عام 2018[^12]");
        }
        let paras = paragraphs(&read, Language::Ar, true, &mut warnings);
        let starts: Vec<String> = paras
            .iter()
            .map(|p| p.text.split(' ').take(3).collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(
            starts,
            [
                "وإذ تحيط علما",
                "وإذ تلاحظ التحديات",
                "وإذ تشدد، مع",
                "وإذ تشدد أيضا",
                "وإذ تشير إلى",
                "9 - تلاحظ",
                "10 - تشجع",
                "11 - تحث",
                "12 - تسلم",
                "13 - ترحب",
                "14 - ترحب",
            ]
        );
        assert!(
            paras[1].text.contains("القيمة، وإذ تلاحظ أيضا"),
            "{}",
            paras[1].text
        );
        assert!(
            paras[9].text.ends_with("في عام 2018[^12]؛"),
            "{}",
            paras[9].text
        );
        let said: Vec<&Warning> = warnings
            .iter()
            .filter(|w| w.message.contains("one line late"))
            .collect();
        assert_eq!(said.len(), 1, "{warnings:?}");
        assert_eq!(said[0].line, 40);
        assert!(said[0].message.starts_with(
            "an empty line under line 40, inside a paragraph, read as the one before it"
        ));
    }
}
