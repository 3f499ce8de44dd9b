//! An Arabic line that `pdftotext` wrote in pieces, each in its own right-to-left embedding
//! (U+202B … U+202C), left to right as the page shows them: LibreOffice's print, where a
//! vowel mark, a label or a note's number is set apart from the rest of the line
//! (`مها وتكملُها … من` `المستدامة لعام 2030، وتدع ُ`, `بالقرار 71 …` `أ)`). The line reads
//! from its right: the pieces in the other order.

use super::{arabic_letter, vowel_mark};
use crate::model::text::is_bidi_control;

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
    let mut pieces: Vec<(String, bool)> = Vec::new();
    let mut depth = 0usize;
    let mut gap = false;
    let mut lead = String::new();
    for c in line.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => {
                if depth == 0 {
                    pieces.push((String::new(), gap));
                    gap = false;
                }
                depth += 1;
            }
            PDF => depth = depth.saturating_sub(1),
            _ if is_bidi_control(c) => {}
            _ if depth == 0 => {
                if !c.is_whitespace() {
                    return None;
                }
                if pieces.is_empty() {
                    lead.push(c);
                } else {
                    gap = true;
                }
            }
            _ => pieces.last_mut()?.0.push(c),
        }
    }
    let whole = |p: &str| p.chars().any(|c| c.is_alphanumeric() && !vowel_mark(c));
    // A list item's mark (`-`, `•`) at the right margin, the piece that opens the line.
    let item_mark = |p: &str| matches!(p.trim(), "-" | "–" | "•");
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
        match broken_end(&out).and_then(|(before, tail)| Some((before, tail, opens(tail, piece)?)))
        {
            Some((before, tail, letter)) => {
                let (keep, tail) = (before.len(), tail.to_string());
                out.truncate(keep);
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
