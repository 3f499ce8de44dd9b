//! A note's raised mark that `pdftotext` writes on a line of its own, beside the line whose
//! copy of the mark was read as the mark (LibreOffice's Arabic print of A/RES/80/118, note 20:
//! `… بأسعار معقولة 20؛` then `20`). Left in the text, the lone number was read as a heading.

use super::pages::Line;
use crate::input::Warning;
use crate::model::Footnote;

/// Drops from `body` each line holding only the number of a note found, where the line
/// beside it (above or below, on the same page with no break between) holds that note's
/// mark: the mark is read there already, and the lone number is the same mark printed apart.
/// A lone number beside no such line is left as it is (it may be a label or a heading).
pub fn set_apart(
    body: Vec<Line>,
    notes: &[(Footnote, usize)],
    warnings: &mut Vec<Warning>,
) -> Vec<Line> {
    let lone = |l: &Line| {
        let t = l.body();
        !t.is_empty()
            && t.chars().all(|c| c.is_ascii_digit())
            && notes.iter().any(|(n, _)| n.mark == t)
    };
    let mut drop = vec![false; body.len()];
    for (i, l) in body.iter().enumerate() {
        if !lone(l) {
            continue;
        }
        let mark = format!("[^{}]", l.body());
        let above = (i > 0 && !l.break_before).then(|| &body[i - 1]);
        let below = body.get(i + 1).filter(|b| !b.break_before);
        let Some(beside) = [above, below]
            .into_iter()
            .flatten()
            .find(|b| b.text.contains(&mark))
        else {
            continue;
        };
        drop[i] = true;
        warnings.push(Warning {
            chosen: None,
            line: l.number,
            message: format!(
                "`{}` alone on its line, beside line {} which holds the mark of footnote {}: read as that mark printed apart (raised), not as a heading",
                l.body(),
                beside.number,
                l.body()
            ),
        });
    }
    body.into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(l, _)| l)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pdftotext -layout` of A/RES/80/118 in Arabic as LibreOffice prints resdiff's DOCX
    /// (lines 493 to 495, as the notes' reader leaves them): note 20's raised mark, which has
    /// no typed copy, on a line of its own under the line whose `20` was read as its mark. It
    /// was read as a heading of the operative part.
    #[test]
    fn a_note_s_mark_on_a_line_of_its_own() {
        let body = vec![
            Line::of_test(
                493,
                " ة بمتوسط دخل األسرة المعيشية ،مما يؤدي إلى االفتقار إلى إمكانية الحصول على تكنولوجيات  مقارن ً",
                8,
            ),
            Line::of_test(
                494,
                "                                                       المعلومات واالتصاالت بأسعار معقولة[^20]؛",
                8,
            ),
            Line::of_test(
                495,
                "                                                          20",
                8,
            ),
        ];
        let notes = vec![(
            Footnote {
                mark: "20".into(),
                text: "االتحاد الدولي لالتصاالت، International Telecommunication Union".into(),
            },
            535,
        )];
        let mut warnings = Vec::new();
        let read = set_apart(body.clone(), &notes, &mut warnings);
        let numbers: Vec<usize> = read.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [493, 494]);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 495);
        assert!(
            warnings[0].message.contains("beside line 494"),
            "{warnings:?}"
        );
        // No note 20 found, or a page break between: the number stays.
        let mut warnings = Vec::new();
        assert_eq!(set_apart(body.clone(), &[], &mut warnings).len(), 3);
        let mut broken = body;
        broken[2].break_before = true;
        assert_eq!(set_apart(broken, &notes, &mut warnings).len(), 3);
        assert!(warnings.is_empty());
    }
}
