//! An Arabic line that `pdftotext` wrote in pieces, each in its own right-to-left embedding
//! (U+202B … U+202C), left to right as the page shows them: LibreOffice's print, where a
//! vowel mark, a label or a note's number is set apart from the rest of the line
//! (`مها وتكملُها … من` `المستدامة لعام 2030، وتدع ُ`, `بالقرار 71 …` `أ)`). The line reads
//! from its right: the pieces in the other order.

use super::{arabic_letter, vowel_mark};
use crate::model::text::is_bidi_control;

const RLE: char = '\u{202B}';
const PDF: char = '\u{202C}';

/// `line` (its left-to-right runs already in reading order, its controls still in) read right
/// to left when it holds two right-to-left embeddings or more, each with a letter or a digit
/// (or, the rightmost, a list item's dash or bullet: `مواصلة المشاركة …` `-`): the text without
/// controls, leading blanks kept. `None`: one piece, or a piece that is a mark alone (a tanween
/// set on a line of its own, whose word is elsewhere).
///
/// A piece that ends in a blank and a mark alone is a word broken by the mark set apart
/// (`وتدع ُ` then `مها`, `أ ّ` then `ن تكلفة`, with blanks between the pieces or none): the
/// mark goes back after the letter that opens the next piece (`وتدعمُها`, `أنّ تكلفة`). Other
/// pieces are joined with a space where blanks stood between them, else with none.
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
        let mark: String = out
            .chars()
            .rev()
            .take_while(|c| vowel_mark(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let before_mark = &out[..out.len() - mark.len()];
        let first = piece.chars().next().filter(|c| arabic_letter(*c));
        match first {
            Some(letter) if !mark.is_empty() && before_mark.ends_with(' ') => {
                let keep = before_mark.trim_end().len();
                out.truncate(keep);
                out.push(letter);
                out.push_str(&mark);
                out.push_str(&piece[letter.len_utf8()..]);
            }
            _ if spaced => {
                out.push(' ');
                out.push_str(piece);
            }
            _ => out.push_str(piece),
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
        // One piece, or a mark alone in a piece: as before.
        assert_eq!(in_order(&rle("إن الجمعية العامة،")), None);
        assert_eq!(
            in_order(&format!("{}     {}", rle("ٍ"), rle("وتهيئة بيئة مؤاتية"))),
            None
        );
    }
}
