//! Vowel marks `pdftotext` sets apart from their letter by a blank, in LibreOffice's Arabic
//! print (its lam-alef hand, [`super::lam_alef::decide`]), where a mark drawn apart from its
//! letter comes out after a blank: inside a word (`وي ُسر` for `ويُسر`, `تول َّد` for
//! `تولَّد`), at a word's end (`وسد ّ الفجوات` for `وسدّ الفجوات`), or before a hamza's alef
//! that opens a word (`مما ُأحرز` for `مما أُحرز`, the mark drawn over the hamza). A mark never
//! stands as a word of its own nor opens one: the blank is the extractor's, and the mark goes
//! on the letter before it (on the alef, for the last, whose mark it is in every such place in
//! the texts measured).
//!
//! Where the mark is the next letter's (`المع َّزز` for `المعزَّز`), the word's letters come
//! out right and the mark one letter early: nothing in the copied text tells the two apart. A
//! fathatan after a word's final alef is [`super::marks::tanween_after_alef`]'s; a blank after a
//! mark inside a word (`أمّ يين`) is left, as a word may end in a mark (`التقريرَ الذي`).

use super::{alef, arabic_letter, vowel_mark};

/// `text` with each such blank taken out (and each mark before a hamza's alef put after it),
/// and the words so read.
pub(super) fn close(text: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut read: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let marks = chars[i + 1..]
            .iter()
            .take_while(|c| vowel_mark(**c))
            .count();
        let after = chars.get(i + 1 + marks).copied();
        let before = out.last().copied();
        let ends_word = after.is_none_or(|c| !(arabic_letter(c) || vowel_mark(c)));
        let apart = chars[i] == ' '
            && (1..=2).contains(&marks)
            && before.is_some_and(arabic_letter)
            && (after.is_some_and(arabic_letter) || ends_word)
            // `نموا ً` is the tanween's own repair; a fathatan elsewhere, left.
            && chars[i + 1] != '\u{064B}';
        let opening = chars[i] == ' '
            && (1..=2).contains(&marks)
            && chars[i + 1] != '\u{064B}'
            && after.is_some_and(|c| alef(c) && c != 'ا')
            && chars.get(i + 2 + marks).is_some_and(|c| arabic_letter(*c));
        if opening {
            out.push(' ');
            out.push(chars[i + 1 + marks]);
            out.extend(&chars[i + 1..=i + marks]);
            read.push(word_start(&out));
            i += 2 + marks;
            continue;
        }
        if apart {
            out.extend(&chars[i + 1..=i + marks]);
            read.push(word_start(&out));
            i += 1 + marks;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    let mut words = Vec::new();
    for start in read {
        let end = out[start..]
            .iter()
            .position(|c| !(arabic_letter(*c) || vowel_mark(*c)))
            .map_or(out.len(), |p| start + p);
        words.push(out[start..end].iter().collect());
    }
    (out.into_iter().collect(), words)
}

/// Where the word that `out` ends in opens.
fn word_start(out: &[char]) -> usize {
    out.iter()
        .rposition(|c| !(arabic_letter(*c) || vowel_mark(*c)))
        .map_or(0, |p| p + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words of A/RES/80/118 and 74/197 as `pdftotext` gives LibreOffice's print of them.
    #[test]
    fn a_mark_set_apart_goes_back_on_its_letter() {
        let (text, words) = close("والاستقرار وي ُسر التكاليف، وسد ّ الفجوات");
        assert_eq!(text, "والاستقرار ويُسر التكاليف، وسدّ الفجوات");
        assert_eq!(words, ["ويُسر", "وسدّ"]);
        assert_eq!(close("مما ُأحرز من تقدم").0, "مما أُحرز من تقدم");
        assert_eq!(close("الذي ُأعد ّ تماشيا").0, "الذي أُعدّ تماشيا");
        assert_eq!(close("ما تول َّد عن").0, "ما تولَّد عن");
        // The tanween's own, a blank after a mark, and a word's end: as they are.
        for kept in ["نموا ً،", "أمّ يين", "التقريرَ الذي"] {
            assert_eq!(close(kept).0, kept);
        }
    }
}
