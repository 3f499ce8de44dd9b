//! Blanks `pdftotext` sets inside LibreOffice's Arabic print where the page shows none: before
//! a vowel mark drawn apart from its letter (`وي ُسر` for `ويُسر`, `سد ّ الفجوات` for `سدّ
//! الفجوات`), and after an opening bracket or quotation mark (`( الموئل`, `” اليوم`). Taken
//! out; the caller ([`super::repair`]) says each, with the words as seen and as read.

use super::marks::{Words, skeleton, word_at};
use super::{alef, arabic_letter, tanween, vowel_mark};

/// A vowel mark after a blank and before a letter, in a text in LibreOffice's hand: the mark is
/// its letter's (the letter before the blank: that hand writes each mark after its letter), and
/// a mark never opens a word. The words, as seen and as read.
///
/// Two forms are that hand's too, and read otherwise:
/// - before a hamza's alef opening a word (`مما ُأحرز`), the mark is the alef's, drawn over it:
///   `أُحرز`, the blank before the word kept;
/// - before a doubled letter (`المع ّزز`, or `تع ِّز ز` with a blank between the two), the
///   mark is the first's, as the shadda doubles it: `المعزّز`, `تعزِّز`.
///
/// Left as they stand: a mark after an alef (which bears none but the tanween, put back by
/// [`super::marks::tanween_after_alef`]: `المرا َ` is a word broken, its rest elsewhere), a
/// tanween (`قائم ً`, its `ة` elsewhere), and a mark before a blank (`الأمم ّ`): the rest of
/// its word is elsewhere in the line, and joining the mark to the word before would be a guess.
pub(super) fn marks_after_blanks(text: &str) -> (String, Vec<[String; 2]>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut read = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let k = chars[i + 1..]
            .iter()
            .take_while(|c| vowel_mark(**c))
            .count();
        let letter_at = |j: usize| chars.get(j).copied().is_some_and(arabic_letter);
        let next = i + 1 + k;
        let hamza_alef = chars.get(next).is_some_and(|c| matches!(c, 'أ' | 'إ'));
        let set_apart = chars[i] == ' '
            && i > 0
            && (arabic_letter(chars[i - 1]) || vowel_mark(chars[i - 1]))
            && (hamza_alef || !alef(chars[i - 1]))
            && (1..=2).contains(&k)
            && !chars[i + 1..next].iter().any(|c| tanween(*c))
            && letter_at(next);
        if !set_apart {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let marks = &chars[i + 1..next];
        let (seen_start, _) = word_at(&chars, i - 1);
        let y = chars[next];
        let (end, written): (usize, Vec<char>) = if hamza_alef {
            (next + 1, [&[' ', y][..], marks].concat())
        } else if chars.get(next + 1) == Some(&y) {
            (next + 1, [&[y][..], marks].concat())
        } else if chars.get(next + 1) == Some(&' ') && chars.get(next + 2) == Some(&y) {
            (next + 2, [&[y][..], marks].concat())
        } else {
            (next, marks.to_vec())
        };
        out.extend(&written);
        let (_, seen_end) = word_at(&chars, end);
        let seen: String = chars[seen_start..seen_end].iter().collect();
        let before: String = chars[seen_start..i].iter().collect();
        let tail: String = chars[end..seen_end].iter().collect();
        read.push([
            seen,
            format!("{before}{}{tail}", String::from_iter(&written)),
        ]);
        i = end;
    }
    (out, read)
}

/// The vowel marks still set apart after a blank once the repairs above are done, which they
/// leave knowingly (after an alef, `المرا َ`; a tanween, `قائم ً`; a shadda after a longer word,
/// `الأمم ّ`): the rest of the word they belong to is elsewhere in the line, and nothing says
/// which letter bears them. Each as seen, with the word before it.
pub(super) fn marks_left(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut left = Vec::new();
    for i in 1..chars.len() {
        if chars[i - 1] == ' ' && vowel_mark(chars[i]) {
            let (start, _) = word_at(&chars, i.saturating_sub(2));
            let (_, end) = word_at(&chars, i);
            left.push(chars[start..end].iter().collect());
        }
    }
    left
}

/// `( الموئل` for `(الموئل`, `” اليوم` for `”اليوم`: a blank after an opening bracket or an
/// opening quotation mark (Arabic opens with `”`), before an Arabic letter, which Arabic
/// never writes (no text of the corpus has one). The mark opens only after a blank or at the
/// start. The words, as read.
pub(super) fn blank_after_opening(text: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut read = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let opening =
            |j: usize| matches!(chars[j], '(' | '”') && (j == 0 || chars[j - 1].is_whitespace());
        let extra = c == ' '
            && i > 0
            && opening(i - 1)
            && chars.get(i + 1).copied().is_some_and(arabic_letter);
        if extra {
            let (_, end) = word_at(&chars, i + 1);
            read.push(format!(
                "{}{}",
                chars[i - 1],
                chars[i + 1..end].iter().collect::<String>()
            ));
            continue;
        }
        out.push(c);
    }
    (out, read)
}

/// The Arabic words of a text written whole, as skeletons ([`Words`]): what says whether a
/// blank after a marked letter ends a word (`أنّ تكلفة`) or is the extractor's (`ومؤمَّ نة`). A
/// word after one ending in a mark may be such a word's rest: not counted.
#[derive(Debug, Default)]
pub(super) struct Whole(Words);

impl Whole {
    pub fn of<'a>(texts: impl Iterator<Item = &'a str>) -> Whole {
        Whole(Words::counted(texts, |tokens, j| {
            j > 0 && tokens[j - 1].ends_with(|c: char| vowel_mark(c) && !tanween(c))
        }))
    }

    /// How often the text writes `skeleton` whole.
    fn count(&self, skeleton: &str) -> usize {
        self.0.count(skeleton)
    }
}

/// `ومؤمَّ نة` for `ومؤمَّنة`, `ميسِّ رين` for `ميسِّرين`: a blank `pdftotext` sets after a
/// letter's marks inside a word of LibreOffice's Arabic. Taken out where the piece after it
/// is a word's end, two or three letters not opening with the article, that the text writes
/// nowhere else as a word (`تكلفة` after `أنّ` is one; `بمقدار` after `تقلّ`, written once,
/// is too long to be a piece). A tanween ends its word (`قائمةً بين`): the blank after it
/// stays. The words, as seen and as read.
pub(super) fn blanks_after_marks(text: &str, whole: &Whole) -> (String, Vec<[String; 2]>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut read = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let marks = chars[..i]
            .iter()
            .rev()
            .take_while(|m| vowel_mark(**m))
            .count();
        let marked = c == ' '
            && (1..=2).contains(&marks)
            && !chars[i - marks..i].iter().any(|m| tanween(*m))
            && i > marks
            && arabic_letter(chars[i - marks - 1]);
        if marked && chars.get(i + 1).copied().is_some_and(arabic_letter) {
            let (start, _) = word_at(&chars, i - 1);
            let (_, end) = word_at(&chars, i + 1);
            let after: String = chars[i + 1..end].iter().collect();
            let rest = skeleton(&after);
            let piece = (2..=3).contains(&rest.chars().count()) && !rest.starts_with("ال");
            if piece && whole.count(&rest) == 0 {
                let before: String = chars[start..i].iter().collect();
                read.push([format!("{before} {after}"), format!("{before}{after}")]);
                continue;
            }
        }
        out.push(c);
    }
    (out, read)
}

/// `سد ّ الفجوات` for `سدّ الفجوات`, `أعد ّ تماشيا`: a shadda alone between blanks after a word
/// of three letters, or two the text writes whole twice elsewhere (after `و` or `ف`), without the
/// article and not ending in an alef: the shadda of its last
/// letter, doubled (`سدد`, `عدد`), as `pdftotext` sets it apart in LibreOffice's print. After a
/// longer word (`الأمم ّ`, `تلاحظ ّ`) it is a mark set apart from a letter elsewhere in the
/// line, and stays. The words, as read.
pub(super) fn shadda_after_short_word(text: &str, whole: &Whole) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len());
    let mut read = Vec::new();
    let mut rest = text;
    while let Some(k) = rest.find(" \u{0651}") {
        let (head, tail) = rest.split_at(k);
        let after = &tail[" \u{0651}".len()..];
        let word: String = head
            .chars()
            .rev()
            .take_while(|c| arabic_letter(*c) || vowel_mark(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let letters = skeleton(&word);
        let stem = letters.strip_prefix(['و', 'ف']).unwrap_or(&letters);
        // Two letters only where the text writes the word whole twice elsewhere (`سد`; `لك`,
        // `تي` are words broken, their rest elsewhere); an alef bears no shadda (`بأ ّ`).
        let short = match stem.chars().count() {
            2 => whole.count(stem) >= 2,
            3 => true,
            _ => false,
        } && !letters.starts_with("ال")
            && !letters.ends_with(|c: char| alef(c) || c == 'ى');
        let alone = after.is_empty() || after.starts_with(' ') || after.starts_with(['،', '؛']);
        out.push_str(head);
        if short && alone && head.len() == head.trim_end().len() {
            out.push('\u{0651}');
            read.push(format!("{word}\u{0651}"));
        } else {
            out.push_str(" \u{0651}");
        }
        rest = after;
    }
    out.push_str(rest);
    (out, read)
}

/// The word ending `head` (Arabic letters), without a leading `و`.
fn stem_before(head: &str) -> String {
    let word: Vec<char> = head
        .chars()
        .rev()
        .take_while(|c| arabic_letter(*c))
        .collect();
    let word: String = word.into_iter().rev().collect();
    match word.strip_prefix('و') {
        Some(s) if s.chars().count() >= 2 => s.to_string(),
        _ => word,
    }
}

/// How often a text writes each stem glued to a number (`جيم5`, `وجيم5`) and with a blank
/// before it (`جيم 5`): each ending of the letters before a number counted, counted once for
/// the whole text.
#[derive(Debug, Default)]
pub(super) struct Glued(std::collections::HashMap<String, (usize, usize)>);

impl Glued {
    pub fn of<'a>(texts: impl Iterator<Item = &'a str>) -> Glued {
        let mut counts = std::collections::HashMap::new();
        for t in texts {
            let chars: Vec<char> = t.chars().collect();
            for i in 0..chars.len() {
                if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
                    continue;
                }
                let spaced = i > 0 && chars[i - 1] == ' ';
                let end = if spaced { i - 1 } else { i };
                let start = chars[..end]
                    .iter()
                    .rposition(|c| !arabic_letter(*c))
                    .map_or(0, |p| p + 1);
                for s in start..end {
                    let n: &mut (usize, usize) =
                        counts.entry(chars[s..end].iter().collect()).or_default();
                    if spaced {
                        n.1 += 1;
                    } else {
                        n.0 += 1;
                    }
                }
            }
        }
        Glued(counts)
    }

    /// Whether the text writes `stem` glued to a number twice or more, and more often than
    /// with a blank before it.
    fn more(&self, stem: &str) -> bool {
        let (glued, spaced) = self.0.get(stem).copied().unwrap_or_default();
        glued >= 2 && glued > spaced
    }
}

/// `جيم 5` for `جيم5`: a blank between an Arabic word and a number where the texts write that
/// word glued to its numbers (ITU's action lines, `جيم2`, `وجيم5`) at least twice and more
/// often than not: `pdftotext` sets it where a line of LibreOffice's print breaks between the
/// two (`وجيم` then `11،`) or a left-to-right run opens with it. `glued` counts the whole
/// text's paragraphs. The words, as read.
pub(super) fn blank_before_number(text: &str, glued: &Glued) -> (String, Vec<String>) {
    if !text.contains(|c: char| c.is_ascii_digit()) {
        return (text.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut read = Vec::new();
    let mut rest = text;
    while let Some(k) = rest.find(|c: char| c.is_ascii_digit()) {
        let (head, tail) = rest.split_at(k);
        let digits = tail.len() - tail.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let spaced = head.strip_suffix(' ').map(stem_before);
        match spaced {
            Some(stem) if stem.chars().count() >= 2 && glued.more(&stem) => {
                out.push_str(&head[..head.len() - 1]);
                read.push(format!("{stem}{}", &tail[..digits]));
            }
            _ => out.push_str(head),
        }
        out.push_str(&tail[..digits]);
        rest = &tail[digits..];
    }
    out.push_str(rest);
    (out, read)
}

/// The Latin names of the months, which the UN's Arabic writes after their Syriac names and a
/// slash, with a blank or none (`كانون الأول/ ديسمبر`, `أيلول/سبتمبر`).
const MONTHS: [&str; 15] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيه",
    "يونيو",
    "يوليه",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
    "أيار",
];

/// `الاتصالات/ تكنولوجيا` for `الاتصالات/تكنولوجيا`: a blank after a slash between two Arabic
/// words, which the corpus's Arabic texts write only before a month's Latin name (as often as
/// none): `pdftotext` sets it in LibreOffice's print. Taken out but before a month's name,
/// where the text may have it. The words, as read.
pub(super) fn blank_after_slash(text: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len());
    let mut read = Vec::new();
    let mut rest = text;
    while let Some(k) = rest.find("/ ") {
        let (head, tail) = rest.split_at(k);
        let after = &tail[2..];
        let next: String = after.chars().take_while(|c| arabic_letter(*c)).collect();
        let word: String = head
            .chars()
            .rev()
            .take_while(|c| arabic_letter(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        out.push_str(head);
        if !word.is_empty() && !next.is_empty() && !MONTHS.contains(&next.as_str()) {
            out.push('/');
            read.push(format!("{word}/{next}"));
        } else {
            out.push_str("/ ");
        }
        rest = after;
    }
    out.push_str(rest);
    (out, read)
}

#[cfg(test)]
mod tests;
