//! Footnotes of a copied text: the notes (`1 See A/C.2/59/3.`) at the foot of a page or gathered
//! at the end, and their marks, left as bare digits after a word (`Society,1`, `Court 1 reaffirms`).
//!
//! A run of lines is read as notes only where it reaches the end of a page (or of the text), its
//! numbers follow on from the notes before, and each number has a mark in the text before it; a
//! bare digit is read as a mark only for a note found so. Every mark read is said, with its line.

use super::itu::opening as opens_paragraph;
#[cfg(test)]
use super::join::PARAGRAPH;
use super::note_marks::{Cursor, marked, search};
use super::pages::Line;
use super::{arabic_block, arabic_letter};
use crate::input::Warning;
use crate::model::Footnote;

/// `12 See A/C.2/59/3.` or `12See ...`: a note's number and its text.
fn note_start(t: &str) -> Option<(u32, &str)> {
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let n: u32 = t[..digits].parse().ok()?;
    let rest = &t[digits..];
    // The raised number on a line of its own, the note's text on the next.
    if rest.is_empty() {
        return (n > 0).then_some((n, ""));
    }
    let body = rest.trim_start();
    // `4   4`: LibreOffice prints an ITU note's number raised and the copy ITU's DOCX types
    // after it; the note's text on the next line.
    if body == &t[..digits] && rest.len() > body.len() {
        return (n > 0).then_some((n, ""));
    }
    let first = body.chars().next()?;
    let joined = rest.len() == body.len();
    // `1. Welcomes`, `1 - يرحب`, `1) that`: a label, not a note.
    if matches!(first, '.' | ')' | '-' | '–' | '/' | ',' | ':' | '%') || first.is_ascii_digit() {
        return None;
    }
    // `1See`: the extractor left no space after a raised number; only before a capital or quote.
    if joined && !(first.is_uppercase() || matches!(first, '“' | '"' | '«')) {
        return None;
    }
    (n > 0).then_some((n, body))
}

/// A right-to-left note whose text opens with Latin letters or a symbol, as `pdftotext` gives
/// it: the note's number is taken into the left-to-right run and comes out after it
/// (`A/80/62-E/2025/12 11.`, `Financing … Report 2024 4 (تقرير …`). The text without it.
fn number_inside(t: &str, n: u32) -> Option<String> {
    let arabic = t.chars().any(arabic_block);
    let latin = t.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    if !(arabic || latin) {
        return None;
    }
    if arabic && !latin {
        return number_last(t, n);
    }
    let digits = n.to_string();
    let words: Vec<&str> = t.split(' ').collect();
    let at = words
        .iter()
        .position(|w| w.trim_end_matches(['.', ',', '،']) == digits)?;
    // Only where the Latin run ends: the last word, or the one before the Arabic text.
    let run_end = words[at + 1..]
        .first()
        .is_none_or(|w| w.starts_with(|c: char| !c.is_ascii_alphanumeric()));
    if !run_end || !latin {
        return None;
    }
    let mut rest: Vec<&str> = words.clone();
    let tail = rest.remove(at);
    let mut text = rest.join(" ");
    text.push_str(&tail[digits.len()..]);
    Some(text)
}

/// LibreOffice's Arabic note, its number at the right margin: `pdftotext -layout` writes it
/// last, after the note's first line and set apart from it by the layout's blanks
/// (`القرار 71/256، المرفق.    3`). The text without it. A number after one space is the
/// text's own (`الفقرة 2` ending a note's second line, ` 12` ending a body line): read as a
/// note's start, it shifted the notes by one or took the lines under it out as a note.
fn number_last(t: &str, n: u32) -> Option<String> {
    let (text, last) = t.rsplit_once(' ')?;
    let set_apart = text.ends_with("  ");
    let text = text.trim_end();
    let arabic = text.chars().any(arabic_letter);
    (set_apart && arabic && last == n.to_string()).then(|| text.to_string())
}

/// A line that opens a clause, never a note's second line.
fn labelled(t: &str) -> bool {
    let head = t.split_whitespace().next().unwrap_or_default();
    (head.starts_with('(') && head.ends_with(')') && head.len() <= 6)
        || (head.ends_with(')') && head.chars().count() <= 3)
        || (head.ends_with('.')
            && head[..head.len() - 1].chars().all(|c| c.is_ascii_digit())
            && head.len() > 1)
}

/// Takes the notes out of `lines` and puts `[^N]` for each mark in the text. No notes, no marks.
pub fn extract(
    lines: Vec<Line>,
    warnings: &mut Vec<Warning>,
) -> (Vec<Line>, Vec<(Footnote, usize)>) {
    let mut body: Vec<Line> = Vec::new();
    let mut notes: Vec<(Footnote, usize)> = Vec::new();
    let mut cursor = Cursor::default();
    // Where the text was last searched in vain for the next mark: a text of many lines shaped
    // as that note is searched once, not once per line.
    let mut unmarked = 0;
    // An Arabic text's notes may open with their number last (see [`number_inside`]); in a
    // left-to-right text, a line ending in a number opens no note.
    let rtl = lines.iter().any(|l| l.text.contains(arabic_letter));
    // A mark carried to a line of its own ended the body read so far: the next line opens a
    // paragraph.
    let mut open_next = false;
    let mut i = 0;
    while i < lines.len() {
        let expected = notes.len() as u32 + 1;
        let t = lines[i].body();
        if let Some(n) = note_start(t).map(|(n, _)| n).or_else(|| {
            rtl.then(|| number_inside(t, expected))
                .flatten()
                .map(|_| expected)
        }) && n == expected
            && marked(&body, cursor, n, &mut unmarked)
            && let Some((region, end, copies)) = region(&lines, i, expected)
            && all_marked(&body, cursor, &region)
        {
            unmarked = 0;
            for (line, mark) in copies {
                warnings.push(Warning {
                    chosen: None,
                    line,
                    message: format!(
                        "the number of footnote {mark} printed again (the copy the DOCX types after its raised number): dropped"
                    ),
                });
            }
            for (mark, text, line, inside) in region {
                if inside {
                    warnings.push(Warning {
                        chosen: None,
                        line,
                        message: format!(
                            "read as the start of footnote {mark}, its number after its text (`… {mark}`), as `pdftotext` writes a right-to-left note whose number stands apart"
                        ),
                    });
                }
                let mut found = search(&body, cursor, mark);
                // A mark on a line of its own goes back to the end of the line above it.
                if let Some((at, _, _)) = found
                    && at.line > 0
                    && !body[at.line].break_before
                    && body[at.line].body() == mark.to_string()
                {
                    let lone = body.remove(at.line);
                    let above = &mut body[at.line - 1];
                    above.text.truncate(above.text.trim_end().len());
                    let byte = above.text.len();
                    above.text.push_str(lone.body());
                    let (above_number, end) = (above.number, above.text.len());
                    // At the margin (or with no indent kept), the mark is one the line above
                    // had no room left for: LibreOffice carried it to a line of its own, the
                    // paragraph's last (text running on would follow it on that line). In a
                    // right-to-left text the margin is on the other side: not read so.
                    let carried = !rtl && lone.indent() <= above.indent();
                    warnings.push(Warning {
                        chosen: None,
                        line: lone.number,
                        message: format!(
                            "`{mark}` alone on its line: read as a mark printed apart (raised) at the end of line {above_number}, above it{}",
                            if carried {
                                ", carried to a line of its own at the margin, which ends its paragraph (nothing follows it there): the next line opens one"
                            } else {
                                ""
                            }
                        ),
                    });
                    if carried {
                        match body.get_mut(at.line) {
                            Some(next) => opens_paragraph(next),
                            None => open_next = true,
                        }
                    }
                    found = Some((
                        Cursor {
                            line: at.line - 1,
                            byte,
                        },
                        end,
                        false,
                    ));
                }
                match found {
                    Some((at, e, spaced)) => {
                        let l = &mut body[at.line];
                        let shown: String = l.text[l.text[..at.byte]
                            .char_indices()
                            .rev()
                            .nth(12)
                            .map_or(0, |(k, _)| k)
                            ..e]
                            .trim_start()
                            .to_string();
                        let start = if spaced {
                            l.text[..at.byte].trim_end().len()
                        } else {
                            at.byte
                        };
                        // A year after the mark's digits (see [`find_mark`]) goes before it; a
                        // copy of the mark after it goes.
                        let tail = l.text[at.byte + mark.to_string().len()..e].to_string();
                        let year = if tail.len() == 4 { tail.as_str() } else { "" };
                        let new = format!("{year}[^{mark}]");
                        l.text.replace_range(start..e, &new);
                        cursor = Cursor {
                            line: at.line,
                            byte: start + new.len(),
                        };
                        warnings.push(Warning {
                            chosen: None,
                            line: l.number,
                            message: format!(
                                "read the digits of `{shown}` as the mark of footnote {mark}{} (the note is at line {line})",
                                match tail.len() {
                                    0 => String::new(),
                                    4 => format!(", after the year `{tail}` written after it"),
                                    _ => format!(", written twice (`{mark}{tail}`)"),
                                }
                            ),
                        });
                    }
                    None => warnings.push(Warning {
                        chosen: None,
                        line,
                        message: format!(
                            "footnote {mark}: no mark found in the text before it; the note is kept"
                        ),
                    }),
                }
                notes.push((
                    Footnote {
                        mark: mark.to_string(),
                        text,
                    },
                    line,
                ));
            }
            i = end;
            continue;
        }
        let mut line = lines[i].clone();
        if std::mem::take(&mut open_next) {
            opens_paragraph(&mut line);
        }
        body.push(line);
        i += 1;
    }
    let body = super::raised_marks::set_apart(body, &notes, warnings);
    (body, notes)
}

/// Whether each note of a `region` has its mark in `body`, in order after `cursor`: notes
/// follow on in order or not at all. A run of numbered lines some of whose numbers have no
/// mark is a numbered list (ITU's operative items, their numbers at the right margin of
/// LibreOffice's Arabic print, shaped as its notes), and a note kept with no mark made the
/// text invalid.
fn all_marked(body: &[Line], mut cursor: Cursor, region: &[(u32, String, usize, bool)]) -> bool {
    region
        .iter()
        .all(|(mark, ..)| match search(body, cursor, *mark) {
            Some((at, e, _)) => {
                cursor = Cursor {
                    line: at.line,
                    byte: e,
                };
                true
            }
            None => false,
        })
}

/// The notes from line `i` to the end of its page: number, text, line; and where the page ends.
/// `None` when the run is not shaped as notes (a clause label inside, or too long for its notes).
/// Each note also says whether its number was found after its text ([`number_inside`]).
#[allow(clippy::type_complexity)]
fn region(
    lines: &[Line],
    i: usize,
    first: u32,
) -> Option<(Vec<(u32, String, usize, bool)>, usize, Copies)> {
    let mut out: Vec<(u32, String, usize, bool)> = Vec::new();
    let mut copies = Vec::new();
    let mut end = i;
    while end < lines.len() && (end == i || !lines[end].break_before) {
        // Notes run a few lines each: a longer run is no run of notes, and is left as soon as
        // it is too long (a text of many lines shaped as a note is not read through per line).
        if end - i >= 4 * out.len() + 4 {
            return None;
        }
        let l = &lines[end];
        let t = l.body();
        let next = first + out.len() as u32;
        match note_start(t) {
            Some((n, text)) if n == next => {
                if text.is_empty() && t.len() > n.to_string().len() {
                    copies.push((l.number, n));
                }
                out.push((n, text.to_string(), l.number, false))
            }
            _ if labelled(t) => return None,
            // The copy ITU's DOCX types after a note's raised number, which LibreOffice prints
            // and `pdftotext` may write on a line of its own inside the note's text.
            _ if out.last().is_some_and(|(n, ..)| t == n.to_string()) => {
                copies.push((l.number, next - 1));
            }
            _ if let Some(text) = number_inside(t, next) => out.push((next, text, l.number, true)),
            _ => {
                let (_, text, _, _) = out.last_mut()?;
                super::join::append(text, t);
            }
        }
        end += 1;
    }
    Some((out, end, copies))
}

/// The lines where a note's number was printed twice (line, note).
type Copies = Vec<(usize, u32)>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_and_labels() {
        assert_eq!(
            note_start("1 See A/C.2/59/3."),
            Some((1, "See A/C.2/59/3."))
        );
        assert_eq!(note_start("12See A/74/821."), Some((12, "See A/74/821.")));
        assert_eq!(note_start("1. Welcomes"), None);
        assert_eq!(note_start("1 - يرحب"), None);
        assert_eq!(note_start("2030 Agenda"), None);
        assert_eq!(note_start("16december"), None);
        assert_eq!(note_start("9"), Some((9, "")));
        // LibreOffice's print of ITU's DOCX: the raised number, then the DOCX's typed copy.
        assert_eq!(note_start("4   4"), Some((4, "")));
        assert_eq!(note_start("4 5"), None);
        assert_eq!(
            number_inside("A/80/62-E/2025/12 11.", 11).as_deref(),
            Some("A/80/62-E/2025/12.")
        );
        assert!(number_inside("Financing Report 2024 4 (تقرير", 4).is_some());
        assert_eq!(number_inside("resolution 4 of", 4), None);
    }

    /// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX, as
    /// the reader has the lines: each note's number last (its marks: see
    /// `note_marks::tests::libreoffice_s_arabic_marks`).
    #[test]
    fn libreoffice_s_arabic_notes_and_marks() {
        assert_eq!(
            number_last("القرار 71/256، المرفق.    3", 3).as_deref(),
            Some("القرار 71/256، المرفق.")
        );
        assert_eq!(number_last("القرار 71/256، المرفق.    3", 4), None);
        assert_eq!(number_last("in 2030   3", 3), None);
        // These once had a single space before the number, which is the text's own: see
        // [`the_text_s_own_number_last_opens_no_note`]; `pdftotext -layout` sets 3 or more.
        assert_eq!(
            number_inside("القرارات 56/183، و 67/195، و   1", 1).as_deref(),
            Some("القرارات 56/183، و 67/195، و")
        );
    }

    /// WTDC Res. 30 as LibreOffice prints resdiff's DOCX, `pdftotext -layout` (lines 55, 109,
    /// 110, 116, 117, as read): ITU's operative items, their numbers at the right margin as
    /// LibreOffice's Arabic notes have theirs, and `جيم1` (`C1`, an action line) before them.
    /// Item 2 has no mark: the run is no run of notes, and was read as notes 1 and 2, 2 kept
    /// with no mark, which made the text invalid.
    #[test]
    fn notes_follow_on_in_order_or_not_at_all() {
        let line = |number: usize, text: &str| Line {
            number,
            text: text.into(),
            page: 6,
            break_before: false,
            blank_before: false,
        };
        let lines = vec![
            line(55, "لخطوط العمل جيم1 وجيم3 وجيم4 وجيم6"),
            line(109, "1 االستمرار في مواصلة العمل بالتعاون مع القطاعين"),
            line(110, "في التنمية ( الحكومات والوكاالت المتخصصة"),
            line(116, "2 االستمرار في تشجيع مبدأ عدم االستبعاد"),
            line(117, "(الفقرات من 20 إلى 25 من التزام تونس)؛"),
        ];
        let mut warnings = Vec::new();
        let (body, notes) = extract(lines.clone(), &mut warnings);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(body.len(), 5);
        assert!(warnings.is_empty(), "{warnings:?}");
        // Nor `جيم1` and `جيم2` here (line 55 as the text has it): the text writes `جيم` glued
        // to other numbers, out of order, a series.
        let mut marked = lines.clone();
        marked[0].text = "خطي العمل جيم2 وجيم5 وكشريك في تنفيذ خطوط العمل جيم1 وجيم3 وجيم4".into();
        let (_, notes) = extract(marked, &mut warnings);
        assert!(notes.is_empty(), "{notes:?}");
        // With a mark for each, as before.
        let mut marked = lines;
        marked[0].text = "لخطوط العمل1 والتنمية2 وجيم4 وجيم6".into();
        let (body, notes) = extract(marked, &mut warnings);
        assert_eq!(notes.len(), 2);
        assert_eq!(body[0].text, "لخطوط العمل[^1] والتنمية[^2] وجيم4 وجيم6");
    }

    /// Note 12 of A/RES/74/197 as LibreOffice prints it, its line broken before `الفقرة 12`
    /// (the paragraph's number, not the next note's) and note 13 under it: the text's `13`
    /// once opened note 13, and the real note 13 was taken into it.
    #[test]
    fn the_text_s_own_number_last_opens_no_note() {
        let line = |number: usize, text: &str| Line {
            number,
            text: text.into(),
            page: 3,
            break_before: false,
            blank_before: false,
        };
        let lines = [
            line(372, "12 انظر TD/B/EDE/1/3، الفصل الأول،"),
            line(373, "الفقرة 13"),
            line(
                374,
                "13 A/67/65-E/2012/48 و A/67/65/Corr.1-E/2012/48/Corr.1.",
            ),
        ];
        let (notes, end, _) = region(&lines, 0, 12).unwrap();
        assert_eq!(end, 3);
        let read: Vec<(u32, &str)> = notes.iter().map(|n| (n.0, n.1.as_str())).collect();
        assert_eq!(
            read,
            [
                (12, "انظر TD/B/EDE/1/3، الفصل الأول، الفقرة 13"),
                (13, "A/67/65-E/2012/48 و A/67/65/Corr.1-E/2012/48/Corr.1."),
            ]
        );
    }

    /// `pdftotext -layout` of A/RES/74/197 in Chinese as LibreOffice prints resdiff's DOCX
    /// (lines 102-106 and 139-140): the raised mark of note 9, which the full line it ends had
    /// no room for, carried to a line of its own at the margin (as the page shows it), the
    /// paragraph's last. Unread, notes 9 to 17 were not found (notes follow on in order or not
    /// at all); read back onto the line above with the next line left to the width, the call
    /// opening it (`又表示注意到`, which Chinese texts also write running on) was joined to the
    /// paragraph before.
    #[test]
    fn a_mark_on_a_line_of_its_own_goes_back_to_the_line_above() {
        // Numbered 1 here: the first note of these lines.
        let mut lines = vec![
            Line::of_test(
                102,
                "表示注意到秘书长关于区域和国际层面执行和后续落实信息社会世界峰会成果的进展报告，",
                2,
            ),
            Line::of_test(103, "1", 2),
            Line::of_test(
                106,
                "又表示注意到最不发达国家、内陆发展中国家和小岛屿发展中国家高级代表办公室与国际电",
                2,
            ),
            Line::of_test(139, "1", 2),
            Line::of_test(140, "    A/74/62-E/2019/6。", 2),
        ];
        lines[2].blank_before = true;
        let mut warnings = Vec::new();
        let (body, notes) = extract(lines, &mut warnings);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].0.text, "A/74/62-E/2019/6。");
        let bodies: Vec<&str> = body.iter().map(Line::body).collect();
        assert_eq!(
            bodies,
            [
                "表示注意到秘书长关于区域和国际层面执行和后续落实信息社会世界峰会成果的进展报告，[^1]",
                "又表示注意到最不发达国家、内陆发展中国家和小岛屿发展中国家高级代表办公室与国际电",
            ]
        );
        assert!(
            warnings.iter().any(|w| w.line == 103
                && w.message.starts_with("`1` alone on its line: read as a mark printed apart (raised) at the end of line 102")
                && w.message.ends_with("which ends its paragraph (nothing follows it there): the next line opens one")),
            "{warnings:?}"
        );
        assert!(body[1].text.starts_with(PARAGRAPH));
        assert!(!body[0].text.starts_with(PARAGRAPH));
    }

    /// `pdftotext -layout` of LibreOffice's print of ITU's DOCX of WTSA Res. 1 (lines 650-656
    /// and 847-849): a note's raised number and the copy the DOCX types after it, on the
    /// number's line (`4   4`) or on a line of their own inside the note's text. The copy
    /// was read into the note (`appropriate 3 measure`) or kept the note from being read.
    #[test]
    fn a_notes_number_printed_twice_is_read_once() {
        let line = |number: usize, text: &str| Line {
            number,
            text: text.into(),
            page: 12,
            break_before: false,
            blank_before: false,
        };
        let lines = [
            line(650, "3"),
            line(
                651,
                "    The Director and the study group chairmen may consider",
            ),
            line(652, "    3"),
            line(
                656,
                "    measure related to activities described in 4.4 and 5.5.",
            ),
            line(847, "4   4"),
            line(848, "     These include the least developed countries."),
        ];
        let (notes, end, copies) = region(&lines, 0, 3).unwrap();
        assert_eq!(end, 6);
        let read: Vec<(u32, &str)> = notes.iter().map(|n| (n.0, n.1.as_str())).collect();
        assert_eq!(
            read,
            [
                (
                    3,
                    "The Director and the study group chairmen may consider measure related to activities described in 4.4 and 5.5."
                ),
                (4, "These include the least developed countries."),
            ]
        );
        assert_eq!(copies, [(652, 3), (847, 4)]);
    }
}
