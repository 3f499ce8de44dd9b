//! A word broken by a vowel mark set apart, whose rest `pdftotext -layout` writes on the row
//! above: LibreOffice's Arabic print, where the mark is drawn apart from its letter and the
//! extractor breaks the page's line around it (`جع في غوادالاخارا، 2010) … بشأن الخطة` on one
//! row, ending at the column where `بالقرار 71 (المرا َ` `أ)` opens the next). The two rows are
//! one line of the page: the upper one's piece is set beside the lower one's, for
//! [`super::pieces::in_order`] to read the line from its right and the word whole
//! (`(المراجَع في`), with a warning naming both lines. The upper row may hold more pieces, each
//! but its leftmost ending in a word so broken (`ن نسبة …` `ن هناك … وبأ ّ` over `تسلم بأ ّ`).

use std::borrow::Cow;

use super::pieces::{Piece, SLACK, laid_out, line_pieces, text};
use crate::input::Warning;

/// Whether a piece ends in a word broken by a mark set apart (`المرا َ`, `فع ًا`: see
/// [`super::pieces::broken_end`]), and `next`, the piece that runs the line on, can hold the
/// rest: a tanween's alef takes the lam alone that opens it.
fn broken(p: &Piece, next: &Piece) -> bool {
    super::pieces::broken_end(&text(&p.chars)).is_some_and(|(_, tail)| {
        !tail.ends_with('ا') || super::pieces::opens(tail, text(&next.chars).trim()).is_some()
    })
}

/// `lines` (raw, `-layout`), each upper row so found set on the line below it.
pub fn join<'a>(
    mut lines: Vec<(usize, Cow<'a, str>)>,
    layout: bool,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    // Columns say where a row ends only as `-layout` lays them out.
    if !layout {
        return lines;
    }
    let mut i = 1;
    while i < lines.len() {
        let (Some(upper), Some(lower)) = (line_pieces(&lines, i - 1), line_pieces(&lines, i))
        else {
            i += 1;
            continue;
        };
        let (Some(first), Some(right)) = (lower.first(), upper.last()) else {
            i += 1;
            continue;
        };
        // The upper row ends where the lower one's broken word opens, not at the margin. Its
        // pieces before the last each end in a word broken the same way (`ن هناك … وبأ ّ`
        // then `ن نسبة …`), the line running on from one to the next.
        let beside = right.to <= first.from + SLACK && right.to > first.from.saturating_sub(SLACK);
        let chained = (1..upper.len()).all(|k| broken(&upper[k], &upper[k - 1]));
        if !(broken(first, right)
            && beside
            && chained
            && right.chars.iter().any(|(_, c)| c.is_alphabetic()))
        {
            i += 1;
            continue;
        }
        // Set just left of the lower row's piece, touching it: the word runs on.
        let shift = |c: usize| (c + first.from).saturating_sub(right.to);
        let moved: Vec<Piece> = upper
            .iter()
            .map(|p| {
                let mut m = p.clone();
                (m.from, m.to) = (shift(p.from), shift(p.to));
                m
            })
            .collect();
        let upper_raw = lines[i - 1].1.to_string();
        let other: Vec<(&str, Piece)> =
            moved.into_iter().map(|m| (upper_raw.as_str(), m)).collect();
        let merged = laid_out(&lines[i].1, &lower, None, &other);
        let (up, down) = (lines[i - 1].0, lines[i].0);
        let seen: Vec<String> = upper
            .iter()
            .rev()
            .map(|p| text(&p.chars).trim().to_string())
            .collect();
        warnings.push(Warning {
            chosen: None,
            line: up,
            message: format!(
                "`{}`, ending where the word broken by a mark set apart on line {down} (`{}`) opens: read as the rest of that line, as `pdftotext -layout` sets a piece of a line drawn apart on the row above",
                seen.join("` `"),
                text(&first.chars).trim()
            ),
        });
        lines[i].1 = Cow::Owned(merged);
        lines.remove(i - 1);
    }
    lines
}

#[cfg(test)]
mod tests {
    /// `pdftotext -layout` of WTDC Res. 30 in Arabic as LibreOffice prints resdiff's DOCX
    /// (lines 26-29 and 56-57).
    #[test]
    fn the_rest_of_a_broken_word_on_the_row_above() {
        let raw = [
            "                                                                              \u{202b}إذ يذكّر\u{202c}",
            "         \u{202b}جع في غواداالخارا\u{202a} )2010 ،\u{202c}لمؤتمر المندوبين المفوضين\u{202a} ،\u{202c}بشأن الخطة\u{202c}",
            "                                                                      \u{202b}بالقرار \u{202a}( 71\u{202c}المرا َ\u{202c}   \u{202b}أ)\u{202c}",
            "                                                        \u{202b}االستراتيجية لالتحاد للفترة \u{202a}2012-2015\u{202c}؛\u{202c}",
            "     \u{202b}جع في غواداالخارا\u{202a} )2010 ،\u{202c}لمؤتمر\u{202c}",
            "                                   \u{202b}\u{202a} ،11\u{202c}باإلضافة إلى خط العمل جيم\u{202a} 8\u{202c}كما ورد في القرار \u{202a}( 140\u{202c}المرا َ\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 26, &mut warnings);
        let texts: Vec<(usize, &str)> = read.iter().map(|l| (l.number, l.body())).collect();
        assert_eq!(
            texts,
            [
                (26, "إذ يذكّر"),
                (
                    28,
                    "أ) بالقرار 71 (المراجَع في غواداالخارا، 2010) لمؤتمر المندوبين المفوضين، بشأن الخطة"
                ),
                (29, "االستراتيجية لالتحاد للفترة 2015-2012؛"),
                (
                    31,
                    "11، باإلضافة إلى خط العمل جيم8 كما ورد في القرار 140 (المراجَع في غواداالخارا، 2010) لمؤتمر"
                ),
            ]
        );
        let said: Vec<&str> = warnings
            .iter()
            .filter(|w| w.message.contains("row above"))
            .map(|w| w.message.as_str())
            .collect();
        assert_eq!(said.len(), 2);
        assert!(said[0].starts_with("`جع في غواداالخارا"), "{said:?}");
    }

    /// A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX (operative 20, lines 358 and
    /// 359): the upper row in two pieces, each ending in a word broken by a mark set apart
    /// but the last; it was read as a heading of the operative part.
    #[test]
    fn an_upper_row_in_pieces() {
        let raw = [
            " \u{202b}ن نسبة من يستخدم اإلنترنت من النساء\u{202c}    \u{202b}ن هناك فجوة رقمية جنسانية ما تزال قائمة وبأ ّ\u{202c}",
            "                                                                                    \u{202b}\u{202a} - 20\u{202c}تسلم بأ ّ\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 358, &mut warnings);
        let texts: Vec<(usize, &str)> = read.iter().map(|l| (l.number, l.body())).collect();
        assert_eq!(
            texts,
            [(
                359,
                "20 - تسلم بأنّ هناك فجوة رقمية جنسانية ما تزال قائمة وبأنّ نسبة من يستخدم اإلنترنت من النساء"
            )]
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.line == 358 && w.message.contains("row above")),
            "{warnings:?}"
        );
    }

    /// A full line above a short one, or a lower row with no broken word: as written.
    #[test]
    fn other_rows_stay() {
        let raw = [
            "\u{202b}بالعمل دون كلل من أجل تنفيذ الخطة بالكامل بحلول عام\u{202c}",
            "                                  \u{202b}بالقرار المرا َ\u{202c}",
            "  \u{202b}جع في غواداالخارا\u{202c}",
            "                   \u{202b}بالقرار ( 71\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 1, &mut warnings);
        assert_eq!(read.len(), 4);
        // Without `-layout` (no line indented) a label and the line after it are not rows.
        let raw = [
            "\u{202b}أ)\u{202c}",
            "\u{202b}بالقرار \u{202a}( 71\u{202c}المرا َ\u{202c}",
        ];
        let read = super::super::pages::read(&raw, 21, &mut warnings);
        assert_eq!(read.len(), 2);
        assert!(!warnings.iter().any(|w| w.message.contains("row above")));
    }

    /// `pdftotext -layout` of WTDC Res. 30 in Arabic as Chromium prints it (lines 69-70):
    /// `فعلًا` drawn with a lam-alef, its lam opening the row above (`ل و/أو …`) and its alef
    /// and tanween ending the row below (`فع ًا`). Read apart, `ل و/أو …` was a paragraph.
    #[test]
    fn a_lam_alef_s_lam_on_the_row_above() {
        let raw = [
            "\u{202b}ل و\u{202a}/\u{202c}أو الذي سيضطلع به الاتحاد ويبلغ به مجلس الاتحاد من خلال فريق العمل التابع\u{202c}",
            "                                                                            \u{202b}العمل ذا الصلة الذي أنجز فع ًا\u{202c}   \u{202b}د)\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 69, &mut warnings);
        assert_eq!(read.len(), 1, "{read:?}");
        assert_eq!(
            read[0].body(),
            "د) العمل ذا الصلة الذي أنجز فعلًا و/أو الذي سيضطلع به الاتحاد ويبلغ به مجلس الاتحاد من خلال فريق العمل التابع"
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.line == 69 && w.message.contains("فع \u{64b}ا`)")),
            "{warnings:?}"
        );
        // A row below whose tanween's alef is not followed by a lam alone: as written.
        let raw = [raw[0].replacen("ل و", "لو", 1), raw[1].to_string()];
        let raw: Vec<&str> = raw.iter().map(String::as_str).collect();
        assert_eq!(super::super::pages::read(&raw, 69, &mut warnings).len(), 2);
    }

    /// `pdftotext -layout` of A/RES/80/118 in Arabic as LibreOffice prints resdiff's DOCX
    /// (operative 66, lines 740 and 741): the shadda after `بما` is `تقر ر`'s, whose blank it
    /// fills, not a mark on the first letter of the row above (`بماتّقر ر`).
    #[test]
    fn a_shadda_fills_the_blank_of_the_word_above() {
        let raw = [
            "     \u{202b}تقر ر بشأن طرائق االستعراض العام الذي تجريه الجمعية العامة لتنفيذ نتائج\u{202c}",
            "                                                                         \u{202b}\u{202a} - 66\u{202c}تحيط علما بما ّ\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 740, &mut warnings);
        assert_eq!(
            read[0].body(),
            "66 - تحيط علما بما تقرّر بشأن طرائق االستعراض العام الذي تجريه الجمعية العامة لتنفيذ نتائج"
        );
        assert!(warnings.iter().any(|w| {
            w.line == 741
                && w.message
                    .contains("read from the right: `66 - تحيط علما بما تقرّر")
        }));
    }

    /// The same print (operative 27, line 498): a damma set apart after a word ending in a taa
    /// marbuta, which ends its word: the mark goes on the next piece's first letter, a blank
    /// kept between (`بصورة مُجدية`, not `بصورةمُجدية`).
    #[test]
    fn a_mark_after_a_taa_marbuta_opens_the_next_word() {
        let raw = [
            "    \u{202b}مجدية وميسورة التكلفة\u{202c}  \u{202b}\u{202a} - 27\u{202c}تشدد على ضرورة توفير سبل حصول الجميع على اإلنترنت بصورة ُ\u{202c}",
        ];
        let mut warnings = Vec::new();
        let read = super::super::pages::read(&raw, 498, &mut warnings);
        assert_eq!(
            read[0].body(),
            "27 - تشدد على ضرورة توفير سبل حصول الجميع على اإلنترنت بصورة مُجدية وميسورة التكلفة"
        );
    }
}
