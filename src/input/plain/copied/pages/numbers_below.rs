//! A Chinese note made of resolution numbers (`第56/183、57/238、…号决议。`, note 1 of
//! A/RES/80/118) as `pdftotext -layout` writes Chromium's print: each line's numbers taken out
//! of its run and set on the line below (`第 、 、 、 …64/187、` then `56/183 57/238 …`), where
//! they stand on the page, a little lower (their digits sit lower than the Chinese). Put back
//! in order in the holes, with a warning naming both lines.

use super::Line;
use crate::input::Warning;

/// `56/183`: a resolution's number.
fn resolution(w: &str) -> bool {
    w.split_once('/').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    })
}

/// The holes of a line the numbers were taken out of: one in each blank between its pieces,
/// and one before it where it opens with the list's separator (`、 、 和 号决议。`, after a
/// line ending in `72/200、`). `None` unless the line is such a list (a separator among its
/// pieces, no Latin letter).
fn holes(t: &str) -> Option<usize> {
    let pieces: Vec<&str> = t.split_whitespace().collect();
    let list =
        pieces.iter().any(|p| p.starts_with('、')) && !t.chars().any(|c| c.is_ascii_alphabetic());
    (list && pieces.len() > 1).then(|| pieces.len() - 1 + usize::from(t.starts_with('、')))
}

/// Each line with holes followed, on its page, by a line of as many resolution numbers: the
/// numbers put back in its holes, in order, and their line dropped.
pub(super) fn put_back(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut it = lines.into_iter().peekable();
    while let Some(mut l) = it.next() {
        let numbers: Vec<String> = match it.peek() {
            Some(n) if !n.break_before => n.body().split_whitespace().map(String::from).collect(),
            _ => Vec::new(),
        };
        let fits = numbers.len() > 1
            && numbers.iter().all(|w| resolution(w))
            && holes(l.body()) == Some(numbers.len());
        if !fits {
            out.push(l);
            continue;
        }
        let below = it.next().map_or(0, |n| n.number);
        let body = l.body().to_string();
        let mut fill = numbers.iter();
        let mut text = " ".repeat(l.indent());
        for (j, piece) in body.split_whitespace().enumerate() {
            if j > 0 || piece.starts_with('、') {
                text.push_str(fill.next().map_or("", String::as_str));
            }
            text.push_str(piece);
        }
        warnings.push(Warning {
            chosen: None,
            line: l.number,
            message: format!(
                "{} resolution numbers on line {below} (`{}` …), which `pdftotext -layout` set below the list they belong to, put back in order in its {} holes: `{}`",
                numbers.len(),
                numbers[0],
                numbers.len(),
                text.trim()
            ),
        });
        l.text = text;
        out.push(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pdftotext -layout` of A/RES/80/118 in Chinese (Chromium's print), note 1: lines 448 to
    /// 451. Was read `第、、、、、、64/187、…72/200、56/183 57/238 …`, the numbers out of place.
    #[test]
    fn resolution_numbers_set_below_their_list_go_back_in_its_holes() {
        let lines = vec![
            Line::of_test(
                448,
                "    第      、 、 、 、 、 、64/187、65/141、66/184、67/195、68/198、69/204、70/184、71/212、72/200、",
                9,
            ),
            Line::of_test(449, "    56/183 57/238 59/220 60/252 62/182 63/202", 9),
            Line::of_test(450, "       、 、 、 、 和 号决议。", 9),
            Line::of_test(451, "73/218 74/197 75/202 76/189 77/150 78/132", 9),
        ];
        let mut warnings = Vec::new();
        let read = put_back(lines, &mut warnings);
        let bodies: Vec<&str> = read.iter().map(Line::body).collect();
        assert_eq!(
            bodies,
            [
                "第56/183、57/238、59/220、60/252、62/182、63/202、64/187、65/141、66/184、67/195、68/198、69/204、70/184、71/212、72/200、",
                "73/218、74/197、75/202、76/189、77/150和78/132号决议。",
            ]
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!((warnings[0].line, warnings[1].line), (448, 450));
        assert!(warnings[0].message.starts_with(
            "6 resolution numbers on line 449 (`56/183` …), which `pdftotext -layout` set below the list they belong to"
        ));
        // A list whose numbers are in it is left.
        let whole = vec![
            Line::of_test(1, "、57/238、59/220、60/252、", 0),
            Line::of_test(2, "56/183 57/238", 0),
        ];
        assert_eq!(put_back(whole, &mut Vec::new()).len(), 2);
    }
}
