//! A clause label on a line of its own above its text: `pdftotext` without `-layout` writes a
//! label LibreOffice sets apart from its paragraph by a tab (resdiff's DOCX, `1.<TAB>Recognizes`)
//! as a line of its own when the tab's gap is wide (`1.` to `9.`; `10.` and on are closer to
//! their text and stay on its line), and `(a)` so too. Read as the label of the line below.

use super::join::{ends_paragraph, label_start};
use super::pages::Line;
use crate::input::Warning;

/// `3.`, `(a)`, `(iv)` or `a)` (French and Spanish items), alone.
fn alone(t: &str) -> bool {
    let number = |n: &str| (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit());
    let item =
        |x: &str| (1..=5).contains(&x.chars().count()) && x.chars().all(char::is_alphanumeric);
    t.strip_suffix('.').is_some_and(number)
        || t.strip_suffix(')')
            .is_some_and(|x| item(x.strip_prefix('(').unwrap_or(x)))
}

/// Whether `t` may end a paragraph, a note's mark printed twice after it too (`Intelligence,1818`:
/// its notes are not read yet, and `ends_paragraph` takes no more than three digits for a mark).
fn may_end(t: &str) -> bool {
    let stem = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &t[stem.len()..];
    let (a, b) = digits.split_at(digits.len() / 2);
    ends_paragraph(t) || (digits.len() >= 4 && a == b && ends_paragraph(stem))
}

/// Each label alone on its line after a line that may end a paragraph (or opening a page), its
/// text on the next line, put before that text, with a warning naming the label's line. A
/// label alone under a paragraph's first line that does not end one (`pdftotext -layout`, a
/// raised mark lifting the line) is left to `labels_below`.
pub fn put_below(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut i = 0;
    while i + 1 < lines.len() {
        let (l, next) = (&lines[i], &lines[i + 1]);
        let opens = i == 0 || l.break_before || may_end(lines[i - 1].body());
        let text = next.body().to_string();
        if alone(l.body())
            && opens
            && !next.break_before
            && !text.is_empty()
            && !alone(&text)
            && !label_start(&text, true)
        {
            let after = match i.checked_sub(1) {
                Some(k) if !l.break_before => {
                    format!(" after line {}, which may end a paragraph", lines[k].number)
                }
                _ => " opening a page".to_string(),
            };
            let label = lines.remove(i);
            let next = &mut lines[i];
            next.text = format!("{}{} {}", " ".repeat(label.indent()), label.body(), text);
            next.break_before |= label.break_before;
            next.blank_before |= label.blank_before;
            warnings.push(Warning {
                chosen: None,
                line: label.number,
                message: format!(
                    "label `{}` alone on its line{after}: read as the label of line {}, below it (`pdftotext` without `-layout` writes a label set apart from its text by a tab on a line of its own)",
                    label.body(),
                    next.number
                ),
            });
        }
        i += 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pdftotext` (no `-layout`) of LibreOffice's print of A/RES/74/197 in English, lines
    /// 255-260 and 308-312 (the page's furniture `23(Add.1)-E` dropped before `8.`).
    #[test]
    fn a_label_above_its_text_goes_to_it() {
        let mut lines = vec![
            Line::of_test(
                257,
                "peoples and for all segments of society, and recommitting",
                1,
            ),
            Line::of_test(258, "first,", 1),
            Line::of_test(259, "1.", 1),
            Line::of_test(260, "Recognizes that information and communications", 1),
            Line::of_test(308, "Resolution 70/1.", 3),
            Line::of_test(311, "8.", 4),
            Line::of_test(312, "Notes the progress that has been made", 4),
        ];
        lines[5].break_before = true;
        let mut warnings = Vec::new();
        let read = put_below(lines, &mut warnings);
        let bodies: Vec<&str> = read.iter().map(Line::body).collect();
        assert_eq!(
            bodies,
            [
                "peoples and for all segments of society, and recommitting",
                "first,",
                "1. Recognizes that information and communications",
                "Resolution 70/1.",
                "8. Notes the progress that has been made",
            ]
        );
        assert!(read[4].break_before);
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings[0].message.starts_with(
                "label `1.` alone on its line after line 258, which may end a paragraph: read as the label of line 260"
            ),
            "{warnings:?}"
        );
        assert!(
            warnings[1]
                .message
                .contains("`8.` alone on its line opening a page")
        );
    }

    /// `pdftotext -layout` of Chromium's Chinese: the label under its paragraph's first line,
    /// which ends no paragraph (see `labels_below`): left.
    #[test]
    fn a_label_under_a_line_that_runs_on_is_left() {
        let lines = vec![
            Line::of_test(
                1,
                "确认信息和通信技术有潜力推动实现《议程》19 和国际商定的其",
                1,
            ),
            Line::of_test(2, "3.", 1),
            Line::of_test(3, "他发展目标，", 1),
        ];
        let mut warnings = Vec::new();
        assert_eq!(put_below(lines, &mut warnings).len(), 3);
        assert!(warnings.is_empty());
    }
}
