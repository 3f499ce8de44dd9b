//! An Arabic line that `pdftotext` wrote in pieces, each in its own right-to-left embedding
//! (U+202B … U+202C), left to right as the page shows them: LibreOffice's print, where a
//! vowel mark, a label or a note's number is set apart from the rest of the line
//! (`مها وتكملُها … من` `المستدامة لعام 2030، وتدع ُ`, `بالقرار 71 …` `أ)`). The line reads
//! from its right: the pieces in the other order.
//!
//! A line's embeddings at the top level ([`Piece`]: their columns and characters) are read here
//! once, for the repairs that set apart pieces back where the page shows them (tanween, marks,
//! rows, seams, shadda).

use std::borrow::Cow;

use super::dashes::dash_alone;
use super::{arabic_letter, vowel_mark};
use crate::model::text::is_bidi_control;

/// Columns a piece may stand from where it belongs (a mark from its word, a piece into the next
/// one's): `pdftotext -layout`'s grid is approximate.
pub(super) const SLACK: usize = 3;

const RLE: char = '\u{202B}';
const PDF: char = '\u{202C}';

/// A piece's text ending in a word broken by what was drawn apart from it, a blank before
/// what is left: one or two vowel marks alone (`وتدع ُ`, `أ ّ`), or a fathatan and its alef
/// (`فع ًا`, Chromium's `فعلًا`: the alef of a lam-alef ligature, whose lam `pdftotext` sets
/// with the next piece). The text before the blank, and that tail.
pub(super) fn broken_end(t: &str) -> Option<(&str, &str)> {
    let body = t.trim_end_matches(vowel_mark);
    let at = match t[body.len()..].chars().count() {
        1 | 2 => body.len(),
        0 => t.strip_suffix("\u{064B}ا")?.len(),
        _ => return None,
    };
    Some((t[..at].strip_suffix(' ')?, &t[at..]))
}

/// What of `next` (the piece after a broken word's `tail`) goes before the tail: its first
/// letter, after marks alone; the lam alone that opens it, before a tanween's alef.
pub(super) fn opens<'a>(tail: &str, next: &'a str) -> Option<&'a str> {
    let first = next.chars().next().filter(|c| arabic_letter(*c))?;
    let letter = &next[..first.len_utf8()];
    if !tail.ends_with('ا') {
        return Some(letter);
    }
    let alone = next[letter.len()..]
        .chars()
        .next()
        .is_none_or(char::is_whitespace);
    (first == 'ل' && alone).then_some(letter)
}

/// `out` ending in a shadda alone after a blank (`بما ّ`) before `piece`, whose first word is
/// broken by a blank between a doubled letter (`تقر ر`, 80/118's `بما تقرّر`): the shadda
/// fills that blank, the word before it whole. `None` otherwise (`أ ّ` then `ن تكلفة`).
fn shadda_in_gap(out: &str, piece: &str) -> Option<String> {
    let before = out.strip_suffix(" \u{0651}")?;
    let (first, rest) = piece.split_once(' ')?;
    let last = first.chars().last()?;
    let letters = |w: &str| w.chars().all(arabic_letter);
    if first.chars().count() < 2 || !letters(first) || !rest.starts_with(last) {
        return None;
    }
    let second = rest.split(' ').next()?;
    if !letters(second) || before.ends_with(vowel_mark) {
        return None;
    }
    Some(format!("{before} {first}\u{0651}{rest}"))
}

/// `line` (its left-to-right runs already in reading order, its controls still in) read right
/// to left when it holds two right-to-left embeddings or more, each with a letter or a digit
/// (or, the rightmost, a list item's dash or bullet: `مواصلة المشاركة …` `-`): the text without
/// controls, leading blanks kept. `None`: one piece, or a piece that is a mark alone (a tanween
/// set on a line of its own, whose word is elsewhere).
///
/// A piece that ends in a word broken by a mark set apart ([`broken_end`]: `وتدع ُ` then
/// `مها`, `أ ّ` then `ن تكلفة`, `فع ًا` then `ل و/أو`, with blanks between the pieces or none):
/// the mark goes back after the letter that opens the next piece (`وتدعمُها`, `أنّ تكلفة`,
/// `فعلًا`). Other pieces are joined with a space where blanks stood between them, else with
/// none.
pub fn in_order(line: &str) -> Option<String> {
    if line.matches(RLE).count() < 2 {
        return None;
    }
    let parsed = pieces(line)?;
    let lead = " ".repeat(parsed.first()?.from);
    // Each piece's text, and whether blanks stood between it and the one before.
    let pieces: Vec<(String, bool)> = parsed
        .iter()
        .enumerate()
        .map(|(k, p)| (text(&p.chars), k > 0 && p.from > parsed[k - 1].to))
        .collect();
    let whole = |p: &str| p.chars().any(|c| c.is_alphanumeric() && !vowel_mark(c));
    // A list item's mark (`-`, `•`) at the right margin, the piece that opens the line.
    let item_mark = |p: &str| dash_alone(p.trim());
    let last = pieces.len().saturating_sub(1);
    let read = pieces
        .iter()
        .enumerate()
        .all(|(k, (p, _))| whole(p) || (k == last && item_mark(p)));
    if pieces.len() < 2 || !read {
        return None;
    }
    // Right to left: the last piece seen opens the line.
    let mut out = String::new();
    for k in (0..pieces.len()).rev() {
        let piece = pieces[k].0.trim();
        if k == pieces.len() - 1 {
            out.push_str(piece);
            continue;
        }
        // Whether a blank stood between this piece and the one after it, as seen.
        let spaced = pieces[k + 1].1;
        if let Some(read) = shadda_in_gap(&out, piece) {
            out = read;
            continue;
        }
        match broken_end(&out).and_then(|(before, tail)| Some((before, tail, opens(tail, piece)?)))
        {
            Some((before, tail, letter)) => {
                // A taa marbuta ends its word (`بصورة ُ` then `مجدية`: `بصورة مُجدية`).
                let closed = before.ends_with('\u{0629}');
                let (keep, tail) = (before.len(), tail.to_string());
                out.truncate(keep);
                if closed {
                    out.push(' ');
                }
                out.push_str(letter);
                out.push_str(&tail);
                out.push_str(&piece[letter.len()..]);
            }
            None if spaced => {
                out.push(' ');
                out.push_str(piece);
            }
            None => out.push_str(piece),
        }
    }
    Some(format!("{lead}{out}"))
}

/// An embedding of a raw line, at the top level: where the page shows it (columns, counted
/// without bidi controls, as `pdftotext -layout` lays them out) and its characters.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    /// Its first column, and the column after its last.
    pub from: usize,
    pub to: usize,
    /// Its bytes in the raw line, controls included.
    pub start: usize,
    pub end: usize,
    /// Its characters other than controls, with their bytes in the raw line.
    pub chars: Vec<(usize, char)>,
}

/// The pieces of `raw`: `None` where text stands outside any embedding or they do not close.
pub(super) fn pieces(raw: &str) -> Option<Vec<Piece>> {
    let mut out: Vec<Piece> = Vec::new();
    let mut depth = 0usize;
    let mut col = 0;
    for (b, c) in raw.char_indices() {
        if matches!(c, '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}') {
            if depth == 0 {
                out.push(Piece {
                    from: col,
                    to: col,
                    start: b,
                    end: b,
                    chars: Vec::new(),
                });
            }
            depth += 1;
        } else if c == PDF {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                out.last_mut()?.end = b + c.len_utf8();
            }
        } else if !is_bidi_control(c) {
            if depth == 0 {
                if !c.is_whitespace() {
                    return None;
                }
            } else {
                let p = out.last_mut()?;
                p.chars.push((b, c));
                p.to = col + 1;
            }
            col += 1;
        }
    }
    (depth == 0 && !out.is_empty()).then_some(out)
}

/// Where what was set apart from `word` (a piece's characters between blanks) goes at its end:
/// the byte of the raw line after its last letter, that letter, and the word's letters. `None`
/// where the word is not one to end so: one with the article (after `و`, `ب`, `ف` or `ك` too),
/// or anything but Arabic letters; punctuation a run set before it as the page shows it
/// (`،وخاص`) or after it (`فقط؛`) is not the word's.
pub(super) fn word_end(word: &[(usize, char)]) -> Option<(usize, char, String)> {
    let first = word.iter().position(|(_, c)| arabic_letter(*c))?;
    let last = word.iter().rposition(|(_, c)| arabic_letter(*c))?;
    let outside = |cs: &[(usize, char)]| {
        cs.iter()
            .any(|(_, c)| c.is_alphanumeric() || vowel_mark(*c))
    };
    if outside(&word[..first]) || outside(&word[last + 1..]) {
        return None;
    }
    let letters: String = word[first..=last].iter().map(|(_, c)| *c).collect();
    let bare = letters
        .strip_prefix(['و', 'ب', 'ف', 'ك'])
        .unwrap_or(&letters);
    if letters.starts_with("ال") || bare.starts_with("ال") || !letters.chars().all(arabic_letter)
    {
        return None;
    }
    let (at, c) = word[last];
    Some((at + c.len_utf8(), c, letters))
}

/// The words of `p` (runs of its characters between blanks), as index ranges.
pub(super) fn words(p: &Piece) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (k, (_, c)) in p.chars.iter().enumerate() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, k));
                start = None;
            }
            (false, None) => start = Some(k),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, p.chars.len()));
    }
    out
}

/// The word of `p` under column `col` (else the one on either side) whose `place` says where
/// what was set apart goes in it: that place, and the word.
pub(super) fn word_under(
    p: &Piece,
    col: usize,
    place: impl Fn(&[(usize, char)]) -> Option<usize>,
) -> Option<(usize, String)> {
    // Right to left: the piece's first character stands at its last column.
    let k =
        p.to.checked_sub(1)?
            .saturating_sub(col)
            .min(p.chars.len().checked_sub(1)?);
    let words = words(p);
    let w = words
        .iter()
        .position(|&(s, e)| k < e && (k >= s || k + 1 == s))
        .or_else(|| words.iter().rposition(|&(_, e)| e <= k))?;
    [w, w.wrapping_sub(1), w + 1]
        .into_iter()
        .filter_map(|w| words.get(w))
        .find_map(|&(s, e)| Some((place(&p.chars[s..e])?, text(&p.chars[s..e]))))
}

pub(super) fn text(chars: &[(usize, char)]) -> String {
    chars.iter().map(|(_, c)| *c).collect()
}

/// `pieces` of `raw` (and of `other`) on one line, each at its column, a `mark` inserted at
/// its byte of `raw`.
pub(super) fn laid_out(
    raw: &str,
    pieces: &[Piece],
    mark: Option<(char, usize)>,
    other: &[(&str, Piece)],
) -> String {
    let mut all: Vec<(usize, usize, String)> = pieces
        .iter()
        .map(|p| {
            let mut s = raw[p.start..p.end].to_string();
            if let Some((m, at)) = mark
                && (p.start..p.end).contains(&at)
            {
                s.insert(at - p.start, m);
            }
            (p.from, p.to, s)
        })
        .chain(
            other
                .iter()
                .map(|(r, p)| (p.from, p.to, r[p.start..p.end].to_string())),
        )
        .collect();
    all.sort_by_key(|(from, _, _)| *from);
    let mut out = String::new();
    let mut col = 0;
    for (from, to, s) in all {
        out.push_str(&" ".repeat(from.saturating_sub(col)));
        out.push_str(&s);
        col = to;
    }
    out
}

/// Whether two sets of pieces share no column.
pub(super) fn apart(a: &[Piece], b: &[Piece]) -> bool {
    a.iter()
        .all(|p| b.iter().all(|q| p.to <= q.from || q.to <= p.from))
}

/// The usable pieces of line `i`: on the same page as its neighbours (no form feed).
pub(super) fn line_pieces(lines: &[(usize, Cow<'_, str>)], i: usize) -> Option<Vec<Piece>> {
    let raw = &lines.get(i)?.1;
    if raw.contains('\u{c}') {
        return None;
    }
    pieces(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rle(s: &str) -> String {
        format!("\u{202B}{s}\u{202C}")
    }

    /// `pdftotext -layout` of A/RES/74/197 and WTDC Res. 30 in Arabic, as LibreOffice prints
    /// resdiff's DOCX (lines 42, 36, 101 and Res. 30's 28), left-to-right runs read.
    #[test]
    fn pieces_read_right_to_left() {
        let line = format!(
            "{}{}",
            rle("مها وتكملُها وتساعد على توضيح سياق غاياتها المتصلة بوسائل التنفيذ من"),
            rle("المستدامة لعام 2030، وتدع ُ")
        );
        assert_eq!(
            in_order(&line).as_deref(),
            Some(
                "المستدامة لعام 2030، وتدعمُها وتكملُها وتساعد على توضيح سياق غاياتها المتصلة بوسائل التنفيذ من"
            )
        );
        let line = format!(
            "{}     {}",
            rle("وشرط ال غنى عنه لتحقيق التنمية"),
            rle("صوره وأبعاده، بما في ذلك الفقر المدقع، هو أكبر تحد يواجهه العالم")
        );
        assert_eq!(
            in_order(&line).as_deref(),
            Some(
                "صوره وأبعاده، بما في ذلك الفقر المدقع، هو أكبر تحد يواجهه العالم وشرط ال غنى عنه لتحقيق التنمية"
            )
        );
        let line = format!(
            "      {}   {}",
            rle("القرار 71/256، المرفق."),
            rle("\u{202A}3\u{202C}")
        );
        assert_eq!(
            in_order(&line).as_deref(),
            Some("      3 القرار 71/256، المرفق.")
        );
        let line = format!("{}  {}", rle("بالقرار 71 (المرا َ"), rle("أ)"));
        assert_eq!(in_order(&line).as_deref(), Some("أ) بالقرار 71 (المرا َ"));
        let line = format!(
            "{}      {}",
            rle("ن تكلفة الحصول على هذه الخدمات"),
            rle("البلدان نموا، وما يُالحظ من أ ّ")
        );
        assert_eq!(
            in_order(&line).as_deref(),
            Some("البلدان نموا، وما يُالحظ من أنّ تكلفة الحصول على هذه الخدمات")
        );
        // WTDC Res. 30 (line 173, `-layout`): a list item's dash at the right margin.
        let line = format!(
            "{}       {}",
            rle("مواصلة المشاركة في تنظيم حلقات تدريبية؛"),
            rle("\u{202A}-\u{202C}")
        );
        assert_eq!(
            in_order(&line).as_deref(),
            Some("- مواصلة المشاركة في تنظيم حلقات تدريبية؛")
        );
        assert_eq!(
            in_order(&format!("{}  {}", rle("-"), rle("مواصلة المشاركة"))),
            None
        );
        // WTDC Res. 30 as Chromium prints it (lines 69-70, rows set side by side): a lam-alef's
        // lam opening the left piece, its alef and tanween ending the right one.
        let line = format!(
            "{}{}",
            rle("ل و/أو الذي سيضطلع"),
            rle("العمل ذا الصلة الذي أنجز فع ًا")
        );
        assert_eq!(
            in_order(&line).as_deref(),
            Some("العمل ذا الصلة الذي أنجز فعلًا و/أو الذي سيضطلع")
        );
        let line = format!("{}{}", rle("لو الذي"), rle("أنجز فع ًا"));
        assert_eq!(in_order(&line).as_deref(), Some("أنجز فع ًالو الذي"));
        // One piece, or a mark alone in a piece: as before.
        assert_eq!(in_order(&rle("إن الجمعية العامة،")), None);
        assert_eq!(
            in_order(&format!("{}     {}", rle("ٍ"), rle("وتهيئة بيئة مؤاتية"))),
            None
        );
    }
}
