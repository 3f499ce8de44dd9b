//! A line of the page that `pdftotext` (reading order, without `-layout`) wrote in pieces on
//! lines of their own: LibreOffice's Arabic print, where a vowel mark is drawn apart from its
//! letter and the extractor breaks the page's line around it. The right piece ends in the
//! broken word, a blank and the mark (`… الذي أنشأته رئاس ُ`), the left piece opens with the
//! word's rest (`ة اللجنة المعنية`), and the left piece mostly comes first. Read apart, the
//! left piece was a paragraph of its own, most often a heading of the operative part (it has
//! no closing punctuation), which shifted every clause after it.
//!
//! The pieces are set on one line as the page shows them, for [`super::pieces::in_order`] to
//! read from the right, the mark on the rest's first letter (`رئاسةُ اللجنة`), with a warning
//! naming both lines. A piece is joined to the line before it or after it, on its page with no
//! empty line between, that opens with an Arabic letter, where the two are no wider than the
//! text's widest line: to the one that makes a word the text writes elsewhere at the seam,
//! else to the line before, unless that one cannot hold the word's rest (`تق ّ` after a line
//! opening with a label) or opens with a word the text writes whole inside its lines (`لك ّ`
//! after `وداخلها`): then to the line after (`ل 100 شخص`, `لكلّ`: the page line written right
//! piece first). A word ending in an alef and a fathatan set apart (`أيضا ً`) is whole (see
//! [`super::marks::tanween_after_alef`]): only a word at the seam joins it.

use std::borrow::Cow;
use std::collections::HashSet;

use super::{arabic_letter, vowel_mark};
use crate::input::Warning;
use crate::model::text::is_bidi_control;

/// A raw line as read: its pieces in reading order where it has several, without controls.
fn read(raw: &str) -> String {
    super::pieces::in_order(raw)
        .unwrap_or_else(|| raw.chars().filter(|c| !is_bidi_control(*c)).collect())
        .trim()
        .to_string()
}

/// The word a right piece breaks (`رئاس` in `… أنشأته رئاس ُ`) and what was set apart from
/// it (see [`super::pieces::broken_end`]): the letters before the blank and the one or two
/// marks ending `t`, or a lam-alef's alef and its tanween (`فع ًا`).
fn broken(t: &str) -> Option<(&str, &str)> {
    let (body, mark) = super::pieces::broken_end(t)?;
    let word = body.trim_end().rsplit(' ').next()?;
    word.chars()
        .next_back()
        .is_some_and(arabic_letter)
        .then_some((word, mark))
}

/// The rest of a broken word that opens `t`: its first word, if made of Arabic letters (and
/// marks) alone; not a label (`أ)`).
fn rest(t: &str) -> Option<&str> {
    let first = t.split(' ').next().unwrap_or(t);
    (first.chars().next().is_some_and(arabic_letter)
        && first.chars().all(|c| arabic_letter(c) || vowel_mark(c)))
    .then_some(first)
}

/// A line `pdftotext` wrote of two lines of the page, each in its own right-to-left embedding,
/// the upper one first (80/118: `على نحو متوازن … للألفية` then `والسعي إلى … تلك الأهداف،`, the
/// paragraph's last line): read from the right as the pieces of one line, it was the second
/// line before the first, and the paragraph's end in the middle. A line so written is wider
/// than any line of the page: more than a quarter wider than 95 lines in 100 of the text. Each
/// embedding is a line of its own, in the order written, with a warning.
fn stacked<'a>(
    lines: Vec<(usize, Cow<'a, str>)>,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    let mut widths: Vec<usize> = lines
        .iter()
        .map(|(_, l)| read(l).chars().count())
        .filter(|w| *w > 0)
        .collect();
    widths.sort_unstable();
    let Some(&common) = widths.get(widths.len() * 95 / 100) else {
        return lines;
    };
    let mut out = Vec::with_capacity(lines.len());
    for (n, raw) in lines {
        if let Some(opening) = dropped_before(&raw) {
            warnings.push(Warning {
                chosen: None,
                line: n,
                message: format!(
                    "line {n} opens with a blank inside its right-to-left run (` {opening}`), where `pdftotext` writes one only before a left-to-right run it sets apart (` -`, ` ،`, ` 2030`): that run was dropped, most likely a dash opening the line on the page, as an extractor drops a hyphen where it joins lines; nothing in the copied text says what stood there: read as it stands"
                ),
            });
        }
        let wide = read(&raw).chars().count() * 4 > common * 5;
        let parts = super::pieces::pieces(&raw).filter(|p| wide && p.len() >= 2);
        let Some(parts) = parts else {
            out.push((n, raw));
            continue;
        };
        warnings.push(Warning {
            chosen: None,
            line: n,
            message: format!(
                "a line wider than any of the page's ({} characters, where 95 lines in 100 hold {common} or fewer), in {} right-to-left pieces: read as {} lines of the page, in the order written, not as the pieces of one",
                read(&raw).chars().count(),
                parts.len(),
                parts.len()
            ),
        });
        for p in parts {
            out.push((n, Cow::Owned(raw[p.start..p.end].to_string())));
        }
    }
    out
}

/// The word after a blank that opens a line's first right-to-left embedding (U+202B, a blank,
/// `على نحو`): `pdftotext` writes a blank there only before a run it sets apart (U+202B, then
/// ` -` in its own left-to-right embedding, then `على`: the dash opening the page's line, as
/// `-layout` keeps it), so what followed the blank was dropped.
fn dropped_before(raw: &str) -> Option<&str> {
    let body = raw.trim_start().strip_prefix("\u{202B} ")?;
    body.chars()
        .next()
        .filter(|c| arabic_letter(*c))
        .map(|_| body.split(' ').next().unwrap_or(body))
}

/// One or two marks and nothing else.
fn lone_mark(t: &str) -> bool {
    (1..=2).contains(&t.chars().count()) && t.chars().all(vowel_mark)
}

/// Whether `t` holds a word of Arabic letters: a piece of a line, not a label alone (`2`,
/// `'2'`, `أ)`).
fn has_word(t: &str) -> bool {
    t.split_whitespace()
        .any(|w| w.chars().count() >= 2 && w.chars().all(|c| arabic_letter(c) || vowel_mark(c)))
}

/// A mark alone on line `i`, after the right piece of a page line on the line before (`64-
/// تلاحظ`, `التكنولوجيات الجديدة،`) and its left piece on the line before that (`التقرير الذي
/// أعدته …`, `وتكر ر في هذا الشأن …`): the mark that broke the line, on the left piece's first
/// word (`تلاحظ التقريرَ الذي`); where a letter alone follows that word, the word's rest, the
/// blank before it goes (`وتكر ر في` as `وتكرّر في`; not `و`, a word). The pieces are set on
/// one line as the page shows them, with a warning; whether it did.
fn after_piece(
    lines: &mut Vec<(usize, Cow<'_, str>)>,
    i: usize,
    width: usize,
    warnings: &mut Vec<Warning>,
) -> bool {
    let (Some(r), Some(l)) = (i.checked_sub(1), i.checked_sub(2)) else {
        return false;
    };
    if !lone_mark(&read(&lines[i].1)) || lines[l..=i].iter().any(|(_, raw)| raw.contains('\u{c}')) {
        return false;
    }
    let right = read(&super::runs::in_reading_order(&lines[r].1).0);
    let left = read(&lines[l].1);
    let fits = left.chars().count() + 1 + right.chars().count() <= width;
    let Some(first) = rest(&left).filter(|_| fits && has_word(&right)) else {
        return false;
    };
    let mark = read(&lines[i].1);
    // The mark after the left piece's first word, in the raw line.
    let raw = &lines[l].1;
    let Some(start) = raw.find(|c: char| arabic_letter(c)) else {
        return false;
    };
    let end = raw[start..]
        .find(|c: char| !(arabic_letter(c) || vowel_mark(c)))
        .map_or(raw.len(), |k| start + k);
    let after = &raw[end..];
    let alone = after.strip_prefix(' ').and_then(|a| {
        let mut cs = a.chars();
        let c = cs.next()?;
        (arabic_letter(c) && c != 'و' && cs.next().is_none_or(|n| !arabic_letter(n)))
            .then_some(&a[..c.len_utf8()])
    });
    let (word, after) = match alone {
        Some(letter) => (format!("{first}{mark}{letter}"), &after[1 + letter.len()..]),
        None => (format!("{first}{mark}"), after),
    };
    let merged = format!("{}{word}{after} {}", &raw[..start], lines[r].1);
    let (nl, nr, nm) = (lines[l].0, lines[r].0, lines[i].0);
    warnings.push(Warning {
        chosen: None,
        line: nm,
        message: format!(
            "the mark `{mark}` alone on line {nm}, after `{right}` (line {nr}): read as the mark that broke that page line, whose left piece `pdftotext` wrote on line {nl}, put on that piece's first word (`{word}`), and the pieces read as one line"
        ),
    });
    lines[l].1 = Cow::Owned(merged);
    lines.remove(i);
    lines.remove(r);
    true
}

/// A vowel mark (not a tanween: see [`super::tanween`]) still alone on a line: nothing in the
/// copied text says whose it is (74/197's `ّ` between `… المقرر عقده … 2020؛` and paragraph
/// 15, whose word is on the line before, read a heading of the operative part). Dropped, with
/// a warning naming the line.
fn unplaced<'a>(
    mut lines: Vec<(usize, Cow<'a, str>)>,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    lines.retain(|(n, raw)| {
        let t = read(raw);
        let alone = lone_mark(&t) && !t.chars().any(super::tanween);
        if alone {
            warnings.push(Warning {
                chosen: None,
                line: *n,
                message: format!(
                    "the vowel mark `{t}` alone on a line, which `pdftotext` set apart from its letter, and nothing says which: dropped (read alone, it was a paragraph of its own)"
                ),
            });
        }
        !alone
    });
    lines
}

/// `lines` (raw), each right piece set beside the left piece of its page's line.
pub fn join<'a>(
    lines: Vec<(usize, Cow<'a, str>)>,
    layout: bool,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    // `pdftotext -layout` sets the pieces on one line.
    if layout {
        return lines;
    }
    let mut lines = stacked(lines, warnings);
    let texts: Vec<String> = lines.iter().map(|(_, l)| read(l)).collect();
    if !texts.iter().any(|t| broken(t).is_some() || lone_mark(t)) {
        return lines;
    }
    let width = texts.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    let written: HashSet<String> = texts
        .iter()
        .flat_map(|t| t.split_whitespace().map(super::marks::skeleton))
        .filter(|w| !w.is_empty())
        .collect();
    // Words written inside a line, not opening one: whole words, where a line's first word may
    // be a broken word's rest.
    let inside: HashSet<String> = texts
        .iter()
        .flat_map(|t| t.split_whitespace().skip(1).map(super::marks::skeleton))
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < lines.len() {
        if after_piece(&mut lines, i, width, warnings) {
            i -= 2;
            continue;
        }
        let t = read(&lines[i].1);
        let Some((word, mark)) = broken(&t) else {
            i += 1;
            continue;
        };
        let seam = |k: usize| -> Option<String> {
            let (_, raw) = lines.get(k)?;
            if raw.contains('\u{c}') || lines[i].1.contains('\u{c}') {
                return None;
            }
            let other = read(raw);
            let fits = other.chars().count() + 1 + t.chars().count() <= width;
            let rest = rest(&other).filter(|_| fits)?;
            super::pieces::opens(mark, &other)?;
            Some(format!(
                "{}{}{}",
                super::marks::skeleton(word),
                super::marks::skeleton(rest),
                super::marks::skeleton(mark)
            ))
        };
        // An item's label set apart at the right margin may stand between the pieces (`جع في
        // …` `أ)` `بالقرار 71 (المرا َ`): it opens the page's line.
        let label = i
            .checked_sub(1)
            .filter(|&p| super::label_lines::label_alone(&read(&lines[p].1)));
        let before = label.unwrap_or(i).checked_sub(1).and_then(seam);
        let after = seam(i + 1);
        let alef_tanween = word.ends_with('ا') && mark == "\u{064B}";
        let prev = label.unwrap_or(i).saturating_sub(1);
        // The line before opens with a word the text writes whole inside its lines
        // (`وداخلها` before `لك ّ`), not a word's rest.
        let whole_before = lines
            .get(prev)
            .and_then(|(_, raw)| rest(&read(raw)).map(super::marks::skeleton))
            .filter(|r| inside.contains(r));
        let (k, joined, why) = match (&before, &after) {
            (Some(w), _) if written.contains(w) => (prev, w.clone(), "a word the text writes"),
            (_, Some(w)) if written.contains(w) => (i + 1, w.clone(), "a word the text writes"),
            (Some(w), _) if !alef_tanween && (after.is_none() || whole_before.is_none()) => (
                prev,
                w.clone(),
                "the line before, as `pdftotext` writes a page line's left piece first",
            ),
            (None, Some(w)) if !alef_tanween => (
                i + 1,
                w.clone(),
                "the line after, the only line beside it that may open with the word's rest",
            ),
            (Some(_), Some(w)) if !alef_tanween => (
                i + 1,
                w.clone(),
                "the line after: the line before opens with a word the text writes whole inside its lines",
            ),
            _ => {
                i += 1;
                continue;
            }
        };
        let (left, right) = (lines[k].0, lines[i].0);
        let label = label.filter(|_| k < i);
        warnings.push(Warning {
            chosen: None,
            line: right,
            message: format!(
                "line {right} ends in a word broken by a mark set apart (`{word} {mark}`), as `pdftotext` breaks a line of LibreOffice's Arabic print around a mark drawn apart: read with line {left}{} as the pieces of one line of the page, the mark on `{joined}`, {why}",
                label.map_or(String::new(), |p| format!(" and the label on line {}", lines[p].0))
            ),
        });
        // Left to right, as the page shows them: a blank before the label, which
        // [`super::pieces::in_order`] keeps.
        let merged = match label {
            Some(p) => format!("{}{} {}", lines[k].1, lines[i].1, lines[p].1),
            None => format!("{}{}", lines[k].1, lines[i].1),
        };
        let at = k.min(i);
        lines[at].1 = Cow::Owned(merged);
        let mut gone: Vec<usize> = label.into_iter().chain([k.max(i)]).collect();
        gone.sort_unstable();
        for g in gone.into_iter().rev() {
            lines.remove(g);
        }
        i = at;
    }
    unplaced(lines, warnings)
}

#[cfg(test)]
mod tests;
