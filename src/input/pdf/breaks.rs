//! Lines broken where the text has no space, which no glyph tells from a break at a space.
//!
//! A producer draws nothing at the end of a right-to-left line broken at a space: neither
//! Chromium (Skia) nor LibreOffice draws the space there, though LibreOffice draws it at a
//! left-to-right line's end ([`super::lines::Line::spaced_end`]). So a line's end says nothing,
//! and where a line was broken with no space, the reader guesses from the characters alone:
//! - after a slash glued to a word (`للاتصالات/` then `تكنولوجيا`): the line breaking rules
//!   break after one (UAX #14 keeps only a digit to it), and texts type a slash with no space
//!   after it (ITU's `telecommunications/ICTs`: none of the 690 slashes before a letter in the
//!   corpus's ITU texts have one). Joined with none in ITU's layout, said (see [`settle`]).
//! - Not between an Arabic word and the digits glued to it (`وجيم|11`, `جيم|5` in WTDC
//!   Res. 30): LibreOffice breaks a right-to-left line where a run of another direction starts,
//!   space or none (a paragraph of `وجيم10و وجيم11…` printed by LibreOffice 7.4 breaks between
//!   letters and digits on most of its lines; Latin `abcd10 abcd11…` only at its spaces), and
//!   Arabic texts type as many numbers after a space (`القرار 140`) as glued to a word: the
//!   characters do not tell, and the reader joins with a space.

use super::lines::{SUP_CLOSE, SUP_OPEN};
use crate::model::text::excerpt;

/// Stands where a line was broken after a slash ([`after_slash`]) until the layout is known
/// (see [`settle`]).
const SLASH_BREAK: char = '\u{4}';

/// Appends line `next` to `para` after a [`SLASH_BREAK`] where the line before was broken after
/// a slash ([`after_slash`]); `false`: not such a break, nothing appended.
pub fn join_after_slash(para: &mut String, next: &str, spaced: bool) -> bool {
    if !after_slash(para, next, spaced) {
        return false;
    }
    para.push(SLASH_BREAK);
    para.push_str(next.trim_matches([' ', '\t']));
    true
}

/// `text` as the layout reader (which decides the layout) should see it: a space at each
/// [`SLASH_BREAK`], as every other line is joined.
pub fn unsettled(text: &str) -> String {
    text.replace(SLASH_BREAK, " ")
}

/// Each [`SLASH_BREAK`] in `text` settled: in ITU's layout no space, said on its page (the next
/// of `pages`, one for each break in the order they were made); in the UN's a space, as any
/// line is joined: the UN's texts type a month's two names both ways, and in one text
/// (A/RES/74/197 in Arabic, `كانون الأول/ ديسمبر` where a line ends, `كانون الأول/ديسمبر`
/// four times within lines), 33 of the corpus's 1,087 slashes of UN texts before a letter
/// have a space after them; none of ITU's 690.
pub fn settle(
    text: &mut String,
    un: bool,
    pages: &mut impl Iterator<Item = usize>,
    notes: &mut Vec<(usize, String)>,
) {
    if !text.contains(SLASH_BREAK) {
        return;
    }
    // One pass, each note's excerpts from a window of 30 characters either side: a paragraph
    // with many breaks is not searched and copied again at each.
    let source = std::mem::take(text);
    text.reserve(source.len());
    let mut from = 0;
    for (at, _) in source.match_indices(SLASH_BREAK) {
        // Counted in tests: the text between breaks and each note's window, once.
        crate::work::steps(at - from + 61);
        text.push_str(&source[from..at]);
        from = at + SLASH_BREAK.len_utf8();
        let page = pages.next().unwrap_or_default();
        if un {
            text.push(' ');
            continue;
        }
        let shown = |c: &char| !matches!(c, &SUP_OPEN | &SUP_CLOSE);
        let mut tail: Vec<char> = text.chars().rev().filter(shown).take(30).collect();
        tail.reverse();
        let tail: String = tail.into_iter().collect();
        // One past the excerpt's 30, which says whether it is cut.
        let after: String = source[from..]
            .chars()
            .filter(shown)
            .map(|c| if c == SLASH_BREAK { ' ' } else { c })
            .take(31)
            .collect();
        notes.push((
            page,
            format!(
                "joined `…{tail}` and `{}` with no space: a line broken after a slash, where the PDF draws no space and ITU's texts type none",
                excerpt(&after, 30)
            ),
        ));
    }
    text.push_str(&source[from..]);
}

/// `para` ends with a slash glued to a word, `next` opens with a letter and no space was drawn
/// at the line's end (`spaced`): the line was broken after the slash, with no space (see the
/// module doc).
fn after_slash(para: &str, next: &str, spaced: bool) -> bool {
    let mut back = para.chars().rev();
    !spaced
        && back.next() == Some('/')
        && back.next().is_some_and(char::is_alphanumeric)
        && next
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::{SLASH_BREAK, settle};

    /// Each break searched the paragraph from its start and copied all of it, before and
    /// after, for its note: a paragraph of 20,000 breaks took minutes. One pass now, counted in
    /// work, not time; the notes are as they were.
    #[test]
    fn many_breaks_in_a_paragraph_are_settled_in_one_pass() {
        let paragraph = |breaks: usize| {
            let mut text = format!("للاتصالات/{SLASH_BREAK}").repeat(breaks);
            text.push_str("تكنولوجيا");
            text
        };
        crate::work::assert_linear("slash breaks", 2_000, |breaks| {
            let mut text = paragraph(breaks);
            let (mut notes, mut pages) = (Vec::new(), 1..);
            crate::work::steps_of(|| settle(&mut text, false, &mut pages, &mut notes)).1
        });
        let mut text = paragraph(20_000);
        let (mut notes, mut pages) = (Vec::new(), 1..);
        settle(&mut text, false, &mut pages, &mut notes);
        assert_eq!(notes.len(), 20_000);
        assert!(!text.contains(SLASH_BREAK));
        assert_eq!(
            notes[1],
            (
                2,
                "joined `…للاتصالات/للاتصالات/` and `للاتصالات/ للاتصالات/ للاتصالا…` with no space: a line broken after a slash, where the PDF draws no space and ITU's texts type none".to_string()
            )
        );
        assert_eq!(
            notes.last().map(|(_, n)| n.as_str()),
            Some(
                "joined `…للاتصالات/للاتصالات/للاتصالات/` and `تكنولوجيا` with no space: a line broken after a slash, where the PDF draws no space and ITU's texts type none"
            )
        );
    }
}
