//! A shadda `pdftotext -layout` sets in a piece of its own, away from its word: LibreOffice's
//! Arabic print, where the mark is drawn apart from its letter. Two shapes, as A/RES/74/197
//! comes out:
//! - at the right end of its line, beside the line's first word (`المقرر عقده … 2020؛` then
//!   `ّ`): its paragraph did not end at the `؛`, and the next one ran into it;
//! - under a word alone on the row above, at the left end of the line it ends (`وتكرر` above
//!   `ّ   تكنولوجيات … الجديدة،`): the word was read into the line above;
//! - under the blank that breaks the first word of the row above, the line's right piece beside
//!   it (80/118: `وتكر ر في هذا الشأن … األمم` above `ّ` `التكنولوجيات الجديدة،`): the two rows
//!   are one line of the page, the right piece first. Another vowel mark so set beside a label
//!   (`رئيسي المنتدى …` above `ْ` `73 - تدعو`) goes on the end of the row's first word.
//!
//! The word is one with a doubled letter (`المقرر`, `وتكرر`), which the shadda doubles in
//! speech: it goes on the first of the two (`المقرّر`, `وتكرّر`), the word on its line, each
//! said. A word with no doubled letter, or more than one, is left as it is. A tanween so set
//! under a word alone (80/118's `أمر` above `ٌ   وإذ تكرر … كرامة اإلنسان`) goes on the word's
//! end where the word can bear it (see [`super::tanween`]), the word on its line the same way.

use std::borrow::Cow;

use super::pieces::{Piece, SLACK, laid_out, line_pieces, pieces, text, words};
use super::tanween::bears;
use super::{arabic_letter, tanween, vowel_mark};
use crate::input::Warning;

const SHADDA: char = '\u{0651}';

/// Whether `p` is a shadda alone.
fn lone(p: &Piece) -> bool {
    matches!(p.chars.as_slice(), [(_, SHADDA)])
}

/// Where a shadda goes in `word` (a piece's characters): the byte of the raw line after the
/// first of its one doubled letter. The article's lam before a lam (`اللجنة`) is no such pair.
fn doubled(word: &[(usize, char)]) -> Option<usize> {
    let letters: Vec<(usize, char)> = word
        .iter()
        .copied()
        .filter(|(_, c)| !vowel_mark(*c))
        .collect();
    if !letters.iter().all(|(_, c)| arabic_letter(*c)) || word.iter().any(|(_, c)| *c == SHADDA) {
        return None;
    }
    let pairs: Vec<usize> = (1..letters.len())
        .filter(|&k| k > 2 && letters[k].1 == letters[k - 1].1)
        .collect();
    match pairs.as_slice() {
        [k] => Some(letters[k - 1].0 + letters[k - 1].1.len_utf8()),
        _ => None,
    }
}

/// `lines` (raw, `-layout`) with each shadda so set apart put on its word.
pub fn put_back<'a>(
    mut lines: Vec<(usize, Cow<'a, str>)>,
    layout: bool,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    if !layout {
        return lines;
    }
    let mut i = 0;
    while i < lines.len() {
        if !at_line_end(&mut lines, i, warnings) && !right_of_a_row(&mut lines, i, warnings) {
            under_a_word(&mut lines, i, warnings);
        }
        i += 1;
    }
    lines
}

/// The shadda at the right end of line `i`, beside its first word.
fn at_line_end(lines: &mut [(usize, Cow<'_, str>)], i: usize, warnings: &mut Vec<Warning>) -> bool {
    let Some(ps) = line_pieces(lines, i) else {
        return false;
    };
    let [.., before, mark] = ps.as_slice() else {
        return false;
    };
    if !lone(mark) || mark.from > before.to + SLACK {
        return false;
    }
    let first = first_word(before);
    let Some(at) = doubled(first) else {
        return false;
    };
    let word = text(first);
    let merged = laid_out(&lines[i].1, &ps[..ps.len() - 1], Some((SHADDA, at)), &[]);
    warnings.push(Warning {
        chosen: None,
        line: lines[i].0,
        message: format!(
            "a shadda set apart at the right end of the line, beside its first word `{word}`, as `pdftotext -layout` sets a mark drawn apart from its letter: put on the first of the word's doubled letter"
        ),
    });
    lines[i].1 = Cow::Owned(merged);
    true
}

/// A mark alone opening line `i` on the left, at the right end of the row above, the rest of
/// line `i` right of that row: the two rows are one line of the page, the right piece first,
/// set on one line as the page shows them for [`super::pieces::in_order`] to read. A shadda
/// under the blank that breaks the row's first word fills it where it falls between the word's
/// doubled letter (`وتكر ر` as `وتكرّر`); another vowel mark goes on the end of that word, whole
/// (`التقرير` as `التقريرَ`, `رئيسي` as `رئيسيْ`): a mark drawn inside a word breaks it.
fn right_of_a_row(
    lines: &mut Vec<(usize, Cow<'_, str>)>,
    i: usize,
    warnings: &mut Vec<Warning>,
) -> bool {
    let (Some(upper), Some(ps)) = (
        i.checked_sub(1).and_then(|u| line_pieces(lines, u)),
        line_pieces(lines, i),
    ) else {
        return false;
    };
    let ([up], [mark, right]) = (upper.as_slice(), ps.as_slice()) else {
        return false;
    };
    let [(_, m)] = mark.chars.as_slice() else {
        return false;
    };
    if right.from < up.to || !vowel_mark(*m) || tanween(*m) {
        return false;
    }
    let ws = words(up);
    let [(s1, e1), (s2, e2), ..] = ws.as_slice() else {
        return false;
    };
    // The columns of the word (and its broken rest, for a shadda), the piece's right end first.
    let span = if *m == SHADDA { *e2 } else { *e1 };
    if mark.from + SLACK < up.to.saturating_sub(span) || mark.from > up.to + SLACK {
        return false;
    }
    let (blank, c) = up.chars[*e1];
    let (first, second) = (&up.chars[*s1..*e1], &up.chars[*s2..*e2]);
    let mut raw = lines[i - 1].1.to_string();
    let (seen, read) = if *m == SHADDA {
        let joined: Vec<(usize, char)> = [first, second].concat();
        if *s2 != e1 + 1 || c != ' ' || doubled(&joined) != Some(blank) {
            return false;
        }
        raw.replace_range(blank..blank + 1, &SHADDA.to_string());
        (
            text(&up.chars[*s1..*e2]),
            format!("{}{SHADDA}{}", text(first), text(second)),
        )
    } else {
        let whole = |w: &[(usize, char)]| w.len() > 1 && w.iter().all(|(_, c)| arabic_letter(*c));
        if !whole(first) || !whole(second) {
            return false;
        }
        raw.insert(blank, *m);
        (text(first), format!("{}{m}", text(first)))
    };
    let Some(mut moved) = pieces(&raw).and_then(|v| match v.as_slice() {
        [p] => Some(p.clone()),
        _ => None,
    }) else {
        return false;
    };
    // A blank between the rows' pieces, as between any two words of the page's line.
    let width = moved.to - moved.from;
    moved.to = moved.to.min(right.from.saturating_sub(1));
    moved.from = moved.to.saturating_sub(width);
    let merged = laid_out(&lines[i].1, &ps[1..], None, &[(raw.as_str(), moved)]);
    let (n_up, down) = (lines[i - 1].0, lines[i].0);
    let put = if *m == SHADDA {
        "broken by a blank above a shadda set apart"
    } else {
        "above a vowel mark set apart"
    };
    warnings.push(Warning {
        chosen: None,
        line: n_up,
        message: format!(
            "`{seen}`, opening line {n_up}, {put} on line {down} with a piece of that line right of it, as `pdftotext -layout` breaks a line of LibreOffice's Arabic print around a mark drawn apart: the mark put on the word (`{read}`), and the two rows read as one line, that piece first"
        ),
    });
    lines[i].1 = Cow::Owned(merged);
    lines.remove(i - 1);
    true
}

/// The shadda (or a tanween) opening line `i` on the left, under a word alone on the row above.
fn under_a_word(lines: &mut Vec<(usize, Cow<'_, str>)>, i: usize, warnings: &mut Vec<Warning>) {
    let (Some(upper), Some(ps)) = (
        i.checked_sub(1).and_then(|u| line_pieces(lines, u)),
        line_pieces(lines, i),
    ) else {
        return;
    };
    let ([word], [mark, next, ..]) = (upper.as_slice(), ps.as_slice()) else {
        return;
    };
    let under = mark.from + SLACK >= word.from && mark.from <= word.to + SLACK;
    if !under || word.chars.iter().any(|(_, c)| c.is_whitespace()) {
        return;
    }
    let placed = if lone(mark) {
        doubled(&word.chars).map(|at| (at, SHADDA))
    } else {
        match mark.chars.as_slice() {
            [(_, m)] if tanween(*m) => bears(&word.chars, *m).map(|at| (at, *m)),
            _ => None,
        }
    };
    let Some((at, m)) = placed else {
        return;
    };
    let mut raw = lines[i - 1].1.to_string();
    raw.insert(at, m);
    let Some(mut moved) = pieces(&raw).and_then(|v| match v.as_slice() {
        [p] => Some(p.clone()),
        _ => None,
    }) else {
        return;
    };
    // Left of the line's text, a blank between: the line's last word.
    let width = moved.to - moved.from;
    moved.to = next.from.saturating_sub(1);
    moved.from = moved.to.saturating_sub(width);
    let merged = laid_out(&lines[i].1, &ps[1..], None, &[(raw.as_str(), moved)]);
    let (up, down) = (lines[i - 1].0, lines[i].0);
    let put = if m == SHADDA {
        "the shadda put on the first of its doubled letter".to_string()
    } else {
        format!("the tanween `{m}` put on its end")
    };
    let (mark_name, word) = (
        if m == SHADDA { "shadda" } else { "tanween" },
        text(&word.chars).trim().to_string(),
    );
    warnings.push(Warning {
        chosen: None,
        line: up,
        message: format!(
            "`{word}`, a word alone above a {mark_name} set apart on line {down}, as `pdftotext -layout` sets a mark drawn apart from its letter: {put}, and the word read as the last of line {down}"
        ),
    });
    lines[i].1 = Cow::Owned(merged);
    lines.remove(i - 1);
}

/// The first word of a right-to-left piece (its characters are in reading order).
fn first_word(p: &Piece) -> &[(usize, char)] {
    let chars = &p.chars;
    let start = chars
        .iter()
        .position(|(_, c)| !c.is_whitespace())
        .unwrap_or(chars.len());
    let end = chars[start..]
        .iter()
        .position(|(_, c)| c.is_whitespace())
        .map_or(chars.len(), |k| start + k);
    &chars[start..end]
}

#[cfg(test)]
mod tests {
    /// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX
    /// (operative 14, lines 327 and 328, and 20, lines 363 to 365).
    #[test]
    fn a_shadda_set_apart_goes_on_its_doubled_letter() {
        let raw = [
            "   \u{202b}\u{202a} 2019\u{202c}تحت عنوان ”من الرقمنة إلى التنمية“\u{202a} ،\u{202c}وتتطلّع إلى األسبوع\u{202c}",
            "                                            \u{202b}المقرر عقده في اإلمارات العربية المتحدة في عام \u{202a}2020\u{202c}؛\u{202c} \u{202b}ّ\u{202c}",
            "    \u{202b}صاحبة المصلحة أن تضمن المشاركة الكاملة للمرأة في مجتمع المعلومات وإمكانية حصولها على\u{202c}",
            "         \u{202b}وتكرر\u{202c}",
            "           \u{202b}ّ\u{202c}   \u{202b}تكنولوجيات المعلومات واالتصاالت ألغراض التنمية\u{202a} ،\u{202c}بما في ذلك التكنولوجيات الجديدة\u{202a}،\u{202c}\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 327, &mut warnings);
        let texts: Vec<(usize, &str)> = read.iter().map(|l| (l.number, l.body())).collect();
        assert_eq!(
            texts[1],
            (328, "المقرّر عقده في اإلمارات العربية المتحدة في عام 2020؛")
        );
        assert_eq!(
            texts[3],
            (
                331,
                "تكنولوجيات المعلومات واالتصاالت ألغراض التنمية، بما في ذلك التكنولوجيات الجديدة، وتكرّر"
            )
        );
        assert_eq!(read.len(), 4);
        assert_eq!(
            warnings
                .iter()
                .filter(|w| w.message.contains("shadda set apart"))
                .count(),
            2
        );
    }

    /// `pdftotext -layout` of A/RES/80/118 in Arabic as LibreOffice prints resdiff's DOCX
    /// (preamble, lines 341 and 342): `أمرٌ`'s tanween under the word, alone on the row above.
    #[test]
    fn a_tanween_under_a_word_alone_goes_on_its_end() {
        let raw = [
            "   \u{202b}أمر\u{202c}",
            "    \u{202b}ٌ\u{202c}  \u{202b}وإذ تكرر تأكيد التعهّد بعدم ترك أحد خلف الركب\u{202a} ،\u{202c}وإذ تؤكد من جديد التسليم بأن كرامة اإلنسان\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 341, &mut warnings);
        let texts: Vec<(usize, &str)> = read.iter().map(|l| (l.number, l.body())).collect();
        assert_eq!(
            texts,
            [(
                342,
                "وإذ تكرر تأكيد التعهّد بعدم ترك أحد خلف الركب، وإذ تؤكد من جديد التسليم بأن كرامة اإلنسان أمرٌ"
            )]
        );
        assert!(warnings.iter().any(|w| {
            w.line == 341
                && w.message
                    .contains("`أمر`, a word alone above a tanween set apart on line 342")
        }));
    }

    /// `pdftotext -layout` of A/RES/80/118 in Arabic as LibreOffice prints resdiff's DOCX
    /// (operative 32, lines 541 and 542, a page's first): `وتكرّر`'s shadda under the blank
    /// that breaks it, the line's right piece beside it on the row below.
    #[test]
    fn a_shadda_under_a_blank_in_the_row_above_fills_it() {
        let raw = [
            "     \u{202b}وتكر ر في هذا الشأن طلبها الموجه إلى الكيانات المعنية في منظومة األمم\u{202c}",
            "                                                                       \u{202b}ّ\u{202c}    \u{202b}التكنولوجيات الجديدة\u{202a}،\u{202c}\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 541, &mut warnings);
        let texts: Vec<(usize, &str)> = read.iter().map(|l| (l.number, l.body())).collect();
        assert_eq!(
            texts,
            [(
                542,
                "التكنولوجيات الجديدة، وتكرّر في هذا الشأن طلبها الموجه إلى الكيانات المعنية في منظومة األمم"
            )]
        );
        assert!(warnings.iter().any(|w| {
            w.line == 541
                && w.message
                    .contains("`وتكر ر`, opening line 541, broken by a blank")
        }));
    }

    /// The same print (operative 73, lines 797 and 798): its sukun set apart between the row
    /// above and the label `73 -`, which was read into operative 72; operative 64's fatha.
    #[test]
    fn a_mark_beside_a_label_goes_on_the_row_above() {
        let raw = [
            "     \u{202b}رئيسي المنتدى المتعدد أصحاب المصلحة المعني بتسخير العلم والتكنولوجيا واالبتكار\u{202c}",
            "                                                                              \u{202b}ْ\u{202c}     \u{202b}\u{202a} - 73\u{202c}تدعو\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 797, &mut warnings);
        let texts: Vec<(usize, &str)> = read.iter().map(|l| (l.number, l.body())).collect();
        assert_eq!(
            texts,
            [(
                798,
                "73 - تدعو رئيسيْ المنتدى المتعدد أصحاب المصلحة المعني بتسخير العلم والتكنولوجيا واالبتكار"
            )]
        );
        assert!(warnings.iter().any(|w| {
            w.line == 797
                && w.message
                    .contains("`رئيسي`, opening line 797, above a vowel mark set apart")
        }));
        // Operative 64, lines 730 and 731: its fatha.
        let raw = [
            "\u{202b}التقرير الذي أعدته أمانة مؤتمر األمم المتحدة للتجارة والتنمية المعنون ”تنفيذ نتائج القمة\u{202c}",
            "                                                                                  \u{202b}َ\u{202c}      \u{202b}\u{202a} - 64\u{202c}تالحظ\u{202c}",
        ];
        let read = super::super::pages::read(&raw, 730, &mut warnings);
        assert_eq!(
            read[0].body(),
            "64 - تالحظ التقريرَ الذي أعدته أمانة مؤتمر األمم المتحدة للتجارة والتنمية المعنون ”تنفيذ نتائج القمة"
        );
    }
}
