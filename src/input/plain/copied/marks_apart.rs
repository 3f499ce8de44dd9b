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
//! mark inside a word (`أمّ يين`) goes only where the words of the text say so (see
//! [`join_rests`]), as a word may end in a mark (`التقريرَ الذي`).

use std::collections::HashMap;

use super::{alef, arabic_letter, tanween, vowel_mark};

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

/// How often the text writes each word (letters only) where no mark ends the word before it:
/// a word's rest after a mark set apart (`ومؤمَّ نة`) is not counted.
pub(super) fn words<'a>(texts: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut out: HashMap<String, usize> = HashMap::new();
    for t in texts {
        let mut before_mark = false;
        for w in t.split_whitespace() {
            let w_letters = w.trim_end_matches(|c: char| !c.is_alphanumeric() && !vowel_mark(c));
            let word = !w_letters.is_empty()
                && w_letters.chars().all(|c| arabic_letter(c) || vowel_mark(c));
            if word && !before_mark {
                let letters: String = w_letters.chars().filter(|c| arabic_letter(*c)).collect();
                *out.entry(letters).or_default() += 1;
            }
            before_mark = w.chars().next_back().is_some_and(vowel_mark);
        }
    }
    out
}

/// `ومؤمَّ نة` for `ومؤمَّنة`, `ميسِّ رين` for `ميسِّرين`: a blank after a word ending in a vowel
/// mark (not a tanween, which ends words), before one to three letters that `words` says the
/// text writes nowhere as a word of their own: the word's rest, the blank `pdftotext`'s. A
/// word may end in a mark (`التقريرَ الذي`): the words of the text say which. The text, and
/// the words so read.
pub(super) fn join_rests(text: &str, words: &HashMap<String, usize>) -> (String, Vec<String>) {
    let mut out: Vec<String> = Vec::new();
    let mut read = Vec::new();
    for w in text.split(' ') {
        // The rest's letters, and the punctuation after them (`نة،`).
        let letters = w.trim_end_matches(|c: char| !c.is_alphanumeric() && !vowel_mark(c));
        let rest = (1..=3).contains(&letters.chars().count()) && letters.chars().all(arabic_letter);
        let joins = rest
            && words.get(letters).is_none_or(|n| *n == 0)
            && out.last().is_some_and(|prev| {
                let mut cs = prev.chars().rev();
                cs.next().is_some_and(|c| vowel_mark(c) && !tanween(c))
                    && prev.chars().any(arabic_letter)
                    && prev.chars().all(|c| arabic_letter(c) || vowel_mark(c))
            });
        match out.last_mut() {
            Some(prev) if joins => {
                read.push(format!("{prev}{letters}"));
                prev.push_str(w);
            }
            _ => out.push(w.to_string()),
        }
    }
    (out.join(" "), read)
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

    /// A/RES/80/118 as `pdftotext` gives LibreOffice's print (preamble 14, paragraphs 6 and
    /// 64): the rest of a word after a blank where a mark ends the word before, and a word
    /// that ends in its mark.
    #[test]
    fn a_word_s_rest_after_its_mark_is_joined_where_the_text_writes_it_nowhere() {
        let text = [
            "لكيلا يكونوا أمّ يين على صعيدي",
            "ومستقرة ومؤمَّ نة، مع التسليم",
            "تلاحظ التقريرَ الذي أعدته الذي",
        ];
        let words = words(text.iter().copied());
        assert_eq!(words.get("نة"), None);
        let read: Vec<String> = text.iter().map(|t| join_rests(t, &words).0).collect();
        assert_eq!(
            read,
            [
                "لكيلا يكونوا أمّيين على صعيدي",
                "ومستقرة ومؤمَّنة، مع التسليم",
                "تلاحظ التقريرَ الذي أعدته الذي",
            ]
        );
    }
}
