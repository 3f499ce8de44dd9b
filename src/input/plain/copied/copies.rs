//! A footnote mark LibreOffice prints with the copy the DOCX types after it (`customMarkFollows`),
//! split by a line end: `pdftotext` writes the two as one number (`وبتقريره1111`, read by
//! [`super::note_marks`]), and where the page's line ends inside them, as digits ending one
//! line and digits opening the next (`الدولي116` then `6 ، وتتطلع`, A/RES/74/197's note 16).
//! Notes follow on in order or not at all: unread, that mark cost every note after it.

use super::arabic_letter;
use super::pages::Line;
use crate::input::Warning;

/// The digits ending `t` after an Arabic letter (`الدولي116`): where they start.
fn digits_after_a_letter(t: &str) -> Option<usize> {
    let start = t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let run = t.len() - start;
    let letter = t[..start].chars().next_back().is_some_and(arabic_letter);
    ((2..=5).contains(&run) && letter).then_some(start)
}

/// The digits opening `t` (`6 ، وتتطلع`), where nothing numeric follows them: how many.
fn opening_digits(t: &str) -> Option<usize> {
    let run = super::digits::opening(t)?;
    let after = t[run..].chars().next();
    // `–` takes three bytes: the digit after it is past them all.
    let number_goes_on = after.is_some_and(|c| {
        matches!(c, '/' | '.' | '-' | '–' | ',' | '%')
            && t[run + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
    });
    (!number_goes_on).then_some(run)
}

/// Whether `seen` (the digits of both lines, in order) is note `n`'s mark twice, taken apart:
/// the same digits, the first of them `n`'s first.
fn twice(seen: &str, n: u32) -> bool {
    let n = n.to_string();
    let sorted = |s: &str| {
        let mut c: Vec<char> = s.chars().collect();
        c.sort_unstable();
        c
    };
    seen.len() == 2 * n.len()
        && sorted(seen) == sorted(&format!("{n}{n}"))
        && seen.chars().next() == n.chars().next()
        && seen.chars().next_back() == n.chars().next_back()
}

/// A line that opens note `n`: its number, alone or before the note's text.
fn opens_note(t: &str) -> Option<u32> {
    let run = super::digits::opening(t)?;
    let rest = &t[run..];
    (rest.is_empty() || rest.starts_with(' '))
        .then(|| t[..run].parse().ok())
        .flatten()
}

/// Each mark so split made whole at the end of its first line (`الدولي1616،`, the punctuation
/// after it brought up with it) where a note of that number stands below, with a warning.
pub fn rejoin(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    for i in 0..lines.len().saturating_sub(1) {
        if lines[i + 1].break_before {
            continue;
        }
        let t = lines[i].text.trim_end();
        let Some(start) = digits_after_a_letter(t) else {
            continue;
        };
        let next = lines[i + 1].body();
        let Some(run) = opening_digits(next) else {
            continue;
        };
        let seen = format!("{}{}", &t[start..], &next[..run]);
        let Some(n) = lines[i + 2..]
            .iter()
            .filter_map(|l| opens_note(l.body()))
            .find(|n| twice(&seen, *n))
        else {
            continue;
        };
        let rest = next[run..].trim_start();
        let (punct, rest) = match rest.chars().next() {
            Some(c @ ('،' | ',' | '؛' | ';' | '.')) => {
                (Some(c), rest[c.len_utf8()..].trim_start())
            }
            _ => (None, rest),
        };
        let (first, second) = (lines[i].number, lines[i + 1].number);
        let shown = (&t[..start], &t[start..], &next[..run]);
        let mut text = format!("{}{n}{n}", shown.0);
        text.extend(punct);
        let indent = lines[i + 1].indent();
        let rest = format!("{}{rest}", " ".repeat(indent));
        warnings.push(Warning {
            chosen: None,
            line: first,
            message: format!(
                "`…{}{}` ending line {first} and `{}` opening line {second}: the mark of footnote {n} and the copy the DOCX types after it (`{n}{n}`), split by the line end, read as one at the end of line {first}",
                super::detached::tail(shown.0),
                shown.1,
                shown.2
            ),
        });
        lines[i].text = text;
        lines[i + 1].text = rest;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(number: usize, text: &str) -> Line {
        Line::of_test(number, text, 4)
    }

    /// A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX, through `pdftotext`
    /// (lines 495, 496, 508 and 514 without `-layout`, as read): notes 16 and 17, each printed
    /// with its typed copy, 16's split by the line end.
    #[test]
    fn a_mark_and_its_copy_split_by_a_line_end() {
        let lines = vec![
            line(
                495,
                "التنمية، وتحيط علما بما نتج عنه من استنتاجات وتوصيات متفق عليها على الصعيد الحكومي الدولي116",
            ),
            line(496, "6 ، وتتطلع إلى تحقيق مزيد من التقدم في عملية المتابعة"),
            line(
                508,
                "واالبتكار ألغراض أهداف التنمية المستدامة1717 وسائر العمليات",
            ),
            line(514, "16"),
            line(516, "انظر E/FFDF/2019/3، الفرع األول."),
        ];
        let mut warnings = Vec::new();
        let read = rejoin(lines, &mut warnings);
        assert!(
            read[0].text.ends_with("الحكومي الدولي1616،"),
            "{:?}",
            read[0]
        );
        assert_eq!(
            read[1].text,
            "وتتطلع إلى تحقيق مزيد من التقدم في عملية المتابعة"
        );
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].message.starts_with(
                "`…ي الدولي116` ending line 495 and `6` opening line 496: the mark of footnote 16"
            ),
            "{warnings:?}"
        );
        // Then read as the mark, once, as any mark with its copy.
        let t = &read[0].text;
        let (s, e, _) = super::super::note_marks::find_mark(t, 0, 16, false).unwrap();
        assert_eq!(&t[s..e], "1616");
    }

    /// No note of that number below, or digits that are not the mark twice: as written.
    #[test]
    fn other_numbers_across_a_line_end_stay() {
        for (a, b, note) in [
            ("في الفترة من 2019", "20 إلى 24", "16"),
            ("الدولي116", "6 ، وتتطلع", "17"),
            ("الدولي117", "6 ، وتتطلع", "16"),
            ("الدولي 116", "6 ، وتتطلع", "16"),
            ("الدولي116", "6/2 وتتطلع", "16"),
            // A dash of three bytes after the digits (was a panic: sliced inside it).
            ("الدولي116", "6–7 وتتطلع", "16"),
        ] {
            let lines = vec![line(1, a), line(2, b), line(3, note)];
            let mut warnings = Vec::new();
            let read = rejoin(lines, &mut warnings);
            assert_eq!((read[0].text.as_str(), read[1].text.as_str()), (a, b));
            assert!(warnings.is_empty());
        }
    }
}
