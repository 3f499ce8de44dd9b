//! A tanween set apart with the letter it is drawn over, which `pdftotext -layout` writes on the
//! row above the word they end: Chromium's Arabic print, which draws `ًا` (the fathatan and the
//! alef after it) and `ةً` as one raised piece. In its print of WTDC Res. 30, `ًا` stands alone
//! on the row over `أن كان شريك فقط؛` (`شريكًا`), over `تماشي مع` (`تماشيًا`), and `ًة` over
//! `وخاص القرار` (`وخاصةً`).
//!
//! The piece goes back on the word at its column on the row below (or a word beside it: the
//! columns of a proportional font are approximate), the one that can end so: not a word with
//! the article, nor one ending in the piece's letter; the row it leaves empty goes. Each with a
//! warning naming both lines. [`super::tanween`] puts back a tanween set apart alone.

use std::borrow::Cow;

use super::tanween::{Piece, line_pieces};
use super::{arabic_letter, tanween};
use crate::input::Warning;

/// A piece that is a tanween and the letter it is drawn over: what goes at the word's end, in
/// the order the text writes it (`ًا`, `ةً`).
fn apart(p: &Piece) -> Option<String> {
    match p.chars.as_slice() {
        [(_, '\u{064B}'), (_, 'ا')] => Some("\u{064B}ا".into()),
        [(_, '\u{064B}'), (_, 'ة')] => Some("ة\u{064B}".into()),
        _ => None,
    }
}

/// Where `end` goes in `word` (a piece's characters between blanks): a byte of the raw line,
/// after its last letter. `None` where the word cannot end so.
fn bears(word: &[(usize, char)], end: &str) -> Option<usize> {
    let last = word.iter().rposition(|(_, c)| arabic_letter(*c))?;
    // Punctuation after the word (`؛`) stays after it; anything else there is not this shape.
    if word[last + 1..]
        .iter()
        .any(|(_, c)| c.is_alphanumeric() || super::vowel_mark(*c))
    {
        return None;
    }
    let letters: String = word[..=last].iter().map(|(_, c)| *c).collect();
    let bare = letters
        .strip_prefix(['و', 'ب', 'ف', 'ك'])
        .unwrap_or(&letters);
    let (at, c) = word[last];
    let letter = end.chars().find(|c| !tanween(*c))?;
    (letters.chars().count() >= 2
        && !letters.starts_with("ال")
        && !bare.starts_with("ال")
        && letters.chars().all(arabic_letter)
        && !matches!(c, 'ا' | 'ة' | 'ى' | 'ء')
        && c != letter)
        .then_some(at + c.len_utf8())
}

/// The word of `p` under column `col` that can end with `end` (that word, else the one on
/// either side): where it goes, and the word.
fn under(p: &Piece, col: usize, end: &str) -> Option<(usize, String)> {
    tanween::word_under(p, col, |w| bears(w, end))
}

/// `lines` (raw, numbered), each row holding only such a piece put back on the row below.
pub fn put_back<'a>(
    mut lines: Vec<(usize, Cow<'a, str>)>,
    layout: bool,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    // Columns say where the piece stands only as `-layout` lays them out.
    if !layout {
        return lines;
    }
    let mut i = 0;
    while i + 1 < lines.len() {
        let placed = (|| {
            let ps = line_pieces(&lines, i)?;
            let [p] = ps.as_slice() else {
                return None;
            };
            let end = apart(p)?;
            let target = line_pieces(&lines, i + 1)?;
            let col = p.from;
            let (at, word) = target
                .iter()
                .filter(|q| q.from <= col + 1 && col <= q.to)
                .find_map(|q| under(q, col, &end))?;
            let mut raw = lines[i + 1].1.to_string();
            raw.insert_str(at, &end);
            Some((raw, end, word))
        })();
        if let Some((raw, end, word)) = placed {
            let (row, below) = (lines[i].0, lines[i + 1].0);
            warnings.push(Warning {
                chosen: None,
                line: row,
                message: format!(
                    "`{end}` on a line of its own, as `pdftotext -layout` sets a tanween drawn with its letter apart from its word: put at the end of `{word}`, the word at its column on line {below} below"
                ),
            });
            lines[i + 1].1 = Cow::Owned(raw);
            lines.remove(i);
        } else {
            i += 1;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pdftotext -layout` of WTDC Res. 30 in Arabic as Chromium prints it (ITU's layout),
    /// lines 37-39 and 118-120: `ًا` alone over the rows whose words it ends.
    #[test]
    fn a_tanween_with_its_alef_on_the_row_above_ends_the_word_at_its_column() {
        let text = include_str!(
            "../../../../fixtures/copied/wtdc-030.ar.chromium.pdftotext-layout.excerpt.txt"
        );
        let lines: Vec<(usize, Cow<str>)> = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, Cow::Borrowed(l)))
            .collect();
        let mut warnings = Vec::new();
        let read = put_back(lines, true, &mut warnings);
        let plain: Vec<String> = read
            .iter()
            .map(|(_, l)| {
                l.chars()
                    .filter(|c| !crate::model::text::is_bidi_control(*c))
                    .collect::<String>()
                    .trim()
                    .to_string()
            })
            .collect();
        assert_eq!(plain.len(), 4, "{plain:?}");
        assert_eq!(plain[1], "أن كان شريكًا فقط؛");
        assert!(plain[3].contains(" تماشيًا مع خط العمل"), "{}", plain[3]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(
            warnings[0].message,
            "`ًا` on a line of its own, as `pdftotext -layout` sets a tanween drawn with its letter apart from its word: put at the end of `شريك`, the word at its column on line 3 below"
        );
        assert_eq!(warnings[0].line, 2);
    }
}
