//! A tanween set apart with the letter it is drawn over, which `pdftotext -layout` writes on the
//! row above the word they end: Chromium's Arabic print, which draws `ًا` (the fathatan and the
//! alef after it) and `ةً` as one raised piece. In its print of WTDC Res. 30, `ًا` stands alone
//! on the row over `أن كان شريك فقط؛` (`شريكًا`), over `تماشي مع` (`تماشيًا`), and `ًة` over
//! `وخاص القرار` (`وخاصةً`). A letter drawn with its vowel mark goes up the same way, leaving
//! a blank in its word: `َج` over `(المرا ع في` (`المراجَع`), beside `ًا` over `وفق`.
//!
//! Each piece goes back on the word at its column on the row below (or a word beside it: the
//! columns of a proportional font are approximate), the one that can take it: a tanween and its
//! letter end a word without the article, not ending in the piece's letter; a letter and its
//! mark fill a blank before a letter left alone (`ع`, not `و`, a word). The row it leaves empty
//! goes. Each with a warning naming both lines. [`super::tanween`] puts back a tanween set
//! apart alone.

use std::borrow::Cow;
use std::collections::HashSet;

use super::marks::word_at;
use super::pieces::{Piece, line_pieces, word_end};
use super::{arabic_letter, bears_fathatan, tanween, vowel_mark};
use crate::input::Warning;
use crate::model::text::is_bidi_control;

/// What a piece set apart holds, in the order the text writes it.
enum Apart {
    /// A tanween and the letter it is drawn over (`ًا`, `ةً`): a word's end.
    End(String),
    /// A letter and its vowel mark (`جَ`): a letter inside a word, where a blank stands. As
    /// seen (`َج`), which is how `pdftotext` writes such a letter in the rest of the text.
    Inside(String, String),
}

/// The piece `p` as set apart, if it is one.
fn apart(p: &Piece) -> Option<Apart> {
    match p.chars.as_slice() {
        [(_, '\u{064B}'), (_, 'ا')] => Some(Apart::End("\u{064B}ا".into())),
        [(_, '\u{064B}'), (_, 'ة')] => Some(Apart::End("ة\u{064B}".into())),
        [(_, m), (_, l)] if vowel_mark(*m) && !tanween(*m) && arabic_letter(*l) => {
            Some(Apart::Inside(format!("{l}{m}"), format!("{m}{l}")))
        }
        _ => None,
    }
}

/// Where `end` goes in `word` (a piece's characters between blanks): a byte of the raw line,
/// after its last letter ([`word_end`]). `None` where the word cannot end so.
fn bears(word: &[(usize, char)], end: &str) -> Option<usize> {
    let (at, c, letters) = word_end(word)?;
    let letter = end.chars().find(|c| !tanween(*c))?;
    // A word that bears a fathatan already ends as it must (`شريكًا`, `ملجأً`).
    (letters.chars().count() >= 2 && !bears_fathatan(c) && c != letter).then_some(at)
}

/// The word of `p` under column `col` that can end with `end` (that word, else the one on
/// either side): where it goes, and the word.
fn under(p: &Piece, col: usize, end: &str) -> Option<(usize, String)> {
    super::pieces::word_under(p, col, |w| bears(w, end))
}

/// Columns a letter set apart may stand from its blank: `pdftotext -layout`'s grid drifts
/// along a line of a proportional font (five columns over `المرا ع` in WTDC Res. 30).
const HOLE_SLACK: usize = 8;

/// The blanks in `p` between a letter and a letter alone that is not `و` (`المرا ع`): where a
/// letter was taken out. Each with its column, its byte in the raw line, and the word as seen.
fn holes(p: &Piece) -> Vec<(usize, usize, String)> {
    let cs = &p.chars;
    let letter = |k: usize| cs.get(k).is_some_and(|(_, c)| arabic_letter(*c));
    let chars: Vec<char> = cs.iter().map(|(_, c)| *c).collect();
    (1..cs.len().saturating_sub(1))
        .filter(|&k| {
            cs[k].1 == ' '
                && letter(k - 1)
                && letter(k + 1)
                && cs[k + 1].1 != 'و'
                && !letter(k + 2)
                && !cs.get(k + 2).is_some_and(|(_, c)| vowel_mark(*c))
        })
        .map(|k| {
            let (start, _) = word_at(&chars, k);
            // Right to left: the piece's first character stands at its last column.
            let col = p.to.saturating_sub(1 + k);
            (col, cs[k].0, super::pieces::text(&cs[start..k + 2]))
        })
        .collect()
}

/// The hole of `p` ([`holes`]) nearest column `col`, within [`HOLE_SLACK`].
fn hole(p: &Piece, col: usize) -> Option<(usize, String)> {
    holes(p)
        .into_iter()
        .filter(|(c, _, _)| c.abs_diff(col) <= HOLE_SLACK)
        .min_by_key(|(c, _, _)| c.abs_diff(col))
        .map(|(_, at, word)| (at, word))
}

/// `lines` (raw, numbered), each row holding only such pieces put back on the row below.
pub fn put_back<'a>(
    mut lines: Vec<(usize, Cow<'a, str>)>,
    layout: bool,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    // Columns say where the piece stands only as `-layout` lays them out: without them, the
    // words of the text say.
    if !layout {
        return by_words(lines, warnings);
    }
    let mut i = 0;
    while i + 1 < lines.len() {
        let placed = (|| {
            let ps = line_pieces(&lines, i)?;
            let target = line_pieces(&lines, i + 1)?;
            // Each piece's edit of the row below: where, what goes there, as read, the word.
            let mut edits: Vec<(usize, String, String, String)> = Vec::new();
            for p in &ps {
                let col = p.from;
                let mut near = target.iter().filter(|q| q.from <= col + 1 && col <= q.to);
                edits.push(match apart(p)? {
                    Apart::End(end) => {
                        let (at, word) = near.find_map(|q| under(q, col, &end))?;
                        (at, end.clone(), end, word)
                    }
                    // Before the blank, as the extractor writes a letter and its mark elsewhere
                    // (`المراَج ع`): [`super::marks`] puts the mark on it and the rest after it.
                    Apart::Inside(letter, seen) => {
                        let (at, word) = near.find_map(|q| hole(q, col))?;
                        (at, seen, letter, word)
                    }
                });
            }
            let mut raw = lines[i + 1].1.to_string();
            let mut order: Vec<&(usize, String, String, String)> = edits.iter().collect();
            order.sort_by_key(|e| std::cmp::Reverse(e.0));
            for (at, with, _, _) in order {
                raw.insert_str(*at, with);
            }
            Some((raw, edits))
        })();
        let Some((raw, edits)) = placed else {
            i += 1;
            continue;
        };
        let (row, below) = (lines[i].0, lines[i + 1].0);
        for (_, seen, with, word) in edits {
            warnings.push(Warning {
                chosen: None,
                line: row,
                message: if seen == with {
                    format!(
                        "`{with}` on a line of its own, as `pdftotext -layout` sets a tanween drawn with its letter apart from its word: put at the end of `{word}`, the word at its column on line {below} below"
                    )
                } else {
                    format!(
                        "`{with}` on a line of its own, as `pdftotext -layout` sets a letter drawn with its mark apart from its word: put in the blank of `{word}`, the word at its column on line {below} below (mark first, as the extractor writes the rest)"
                    )
                },
            });
        }
        lines[i + 1].1 = Cow::Owned(raw);
        lines.remove(i);
    }
    lines
}

/// The skeletons (letters only) of the words of `lines`, as read.
fn written(lines: &[(usize, Cow<'_, str>)]) -> HashSet<String> {
    lines
        .iter()
        .flat_map(|(_, l)| l.split(|c: char| c.is_whitespace() || is_bidi_control(c)))
        .map(|w| w.chars().filter(|c| arabic_letter(*c)).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Reading order (`pdftotext` without `-layout`): each piece set apart alone on a line, before
/// the line whose word it belongs to (one or two such lines in a row: `ًا` then `َج` before
/// `… وفق للقرار (140 المرا ع …`). A letter and its mark go in the one hole of that line; a
/// tanween and its letter on the one word that can take them and, so ended, is a word the text
/// writes elsewhere (`شريك` then `شريكًا`, `وخاص` then `خاصة`). Where none or several are,
/// nothing says which: the piece stays where it stands, with a warning naming the words.
fn by_words<'a>(
    mut lines: Vec<(usize, Cow<'a, str>)>,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    let alone = |lines: &[(usize, Cow<'_, str>)], i: usize| -> Option<(Piece, Apart)> {
        let ps = line_pieces(lines, i)?;
        let [p] = ps.as_slice() else { return None };
        Some((p.clone(), apart(p)?))
    };
    if !(0..lines.len()).any(|i| alone(&lines, i).is_some()) {
        return lines;
    }
    let written = written(&lines);
    let mut i = 0;
    while i < lines.len() {
        let Some((piece, what)) = alone(&lines, i) else {
            i += 1;
            continue;
        };
        let mut t = i + 1;
        while t < lines.len() && alone(&lines, t).is_some() {
            t += 1;
        }
        let seen = super::pieces::text(&piece.chars);
        let Some(target) = line_pieces(&lines, t) else {
            i += 1;
            continue;
        };
        let (placed, why) = match &what {
            Apart::End(end) => {
                let letter: String = end.chars().filter(|c| !tanween(*c)).collect();
                let fits: Vec<(usize, String)> = target
                    .iter()
                    .flat_map(|q| {
                        super::pieces::words(q)
                            .into_iter()
                            .map(move |(s, e)| &q.chars[s..e])
                    })
                    .filter_map(|w| {
                        let word = super::pieces::text(w);
                        Some((
                            bears(w, end)?,
                            word.trim_matches(|c: char| !arabic_letter(c)).to_string(),
                        ))
                    })
                    .collect();
                let so: Vec<&(usize, String)> = fits
                    .iter()
                    .filter(|(_, w)| {
                        let letters: String = w.chars().filter(|c| arabic_letter(*c)).collect();
                        let bare = letters
                            .strip_prefix(['و', 'ب', 'ف', 'ك', 'ل'])
                            .unwrap_or(&letters);
                        written.contains(&format!("{letters}{letter}"))
                            || written.contains(&format!("{bare}{letter}"))
                    })
                    .collect();
                let named = super::quoted(fits.iter().map(|(_, w)| w), ", ");
                match so.as_slice() {
                    [(at, w)] => (
                        Some((*at, end.clone(), end.clone(), w.clone())),
                        format!(
                            "of the words of that line that can end so ({named}), the one the text writes so ended elsewhere"
                        ),
                    ),
                    _ => (
                        None,
                        format!(
                            "of the words of that line that can end so ({named}), the text writes {} so ended elsewhere",
                            if so.is_empty() { "none" } else { "several" }
                        ),
                    ),
                }
            }
            Apart::Inside(letter, seen) => {
                let all: Vec<(usize, usize, String)> = target.iter().flat_map(holes).collect();
                match all.as_slice() {
                    [(_, at, w)] => (
                        Some((*at, seen.clone(), letter.clone(), w.clone())),
                        "the one word of that line broken by a blank before a letter alone"
                            .to_string(),
                    ),
                    _ => (
                        None,
                        format!(
                            "{} words of that line are broken by a blank before a letter alone",
                            all.len()
                        ),
                    ),
                }
            }
        };
        let (row, below) = (lines[i].0, lines[t].0);
        let Some((at, with, read, word)) = placed else {
            warnings.push(Warning {
                chosen: None,
                line: row,
                message: format!(
                    "`{seen}` alone on a line, set apart by `pdftotext` from its word on line {below}, and nothing in the copied text says which: {why}; left where it stands"
                ),
            });
            i += 1;
            continue;
        };
        warnings.push(Warning {
            chosen: None,
            line: row,
            message: format!(
                "`{read}` alone on a line, set apart by `pdftotext` from its word on line {below}: put on `{word}`, {why}"
            ),
        });
        let mut raw = lines[t].1.to_string();
        raw.insert_str(at, &with);
        lines[t].1 = Cow::Owned(raw);
        lines.remove(i);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pdftotext -layout` of WTDC Res. 30 in Arabic as Chromium prints it (ITU's layout),
    /// lines 37-39, 118-120, 74-76 and 142-144: `ًا` alone over the rows whose words it ends,
    /// `ًة` over `،وخاص` (a run's comma before the word, as the page shows it), and `ًا` beside
    /// `َج` over `وفق … (المرا ع`.
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
        assert_eq!(plain.len(), 8, "{plain:?}");
        assert_eq!(plain[1], "أن كان شريكًا فقط؛");
        assert!(plain[3].contains(" تماشيًا مع خط العمل"), "{}", plain[3]);
        assert!(plain[5].contains(" ،وخاصةً القرار"), "{}", plain[5]);
        assert!(
            plain[7].contains(" وفقًا للقرار ( 140المراَج ع في"),
            "{}",
            plain[7]
        );
        assert_eq!(warnings.len(), 5, "{warnings:?}");
        assert_eq!(
            warnings[0].message,
            "`ًا` on a line of its own, as `pdftotext -layout` sets a tanween drawn with its letter apart from its word: put at the end of `شريك`, the word at its column on line 3 below"
        );
        assert_eq!(warnings[0].line, 2);
        assert_eq!(warnings[3].line, 11);
        assert!(
            warnings[3]
                .message
                .contains("put in the blank of `المرا ع`"),
            "{warnings:?}"
        );
    }

    /// `pdftotext` (without `-layout`) of the same print, lines 48-51, 59, 93-96, 148-152 and
    /// 180-185: each piece alone on the line before its word's. `شريكًا` is written on line 59
    /// and `خاصة` beside `وخاص`; `تماشي` and `وفق` are written nowhere else, ended or not.
    #[test]
    fn without_columns_the_words_of_the_text_say_which_word() {
        let text =
            include_str!("../../../../fixtures/copied/wtdc-030.ar.chromium.pdftotext.marks.txt");
        let lines: Vec<(usize, Cow<str>)> = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, Cow::Borrowed(l)))
            .collect();
        let mut warnings = Vec::new();
        let read = put_back(lines, false, &mut warnings);
        let plain = |n: usize| -> String {
            let (_, l) = read.iter().find(|(k, _)| *k == n).expect("line");
            l.chars().filter(|c| !is_bidi_control(*c)).collect()
        };
        assert_eq!(read.len(), 17, "{read:?}");
        assert_eq!(plain(4), "أن كان شريكًا فقط؛");
        assert!(plain(9).contains(" ،وخاصةً القرار"), "{}", plain(9));
        assert!(plain(19).contains("140المراَج ع في"), "{}", plain(19));
        let said: Vec<(usize, &str)> = warnings
            .iter()
            .map(|w| (w.line, w.message.as_str()))
            .collect();
        assert_eq!(said.len(), 5, "{said:?}");
        assert!(said[0].1.contains("put on `شريك`"), "{said:?}");
        // Not decided: said at the piece's line, which stays.
        assert_eq!(said[2].0, 12);
        assert!(
            said[2]
                .1
                .contains("nothing in the copied text says which: of the words of that line that can end so (`في`, `استعمال`, `تماشي`"),
            "{said:?}"
        );
        assert!(plain(12).contains('\u{64b}'));
        assert_eq!(said[3].0, 17);
    }
}
