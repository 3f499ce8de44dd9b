//! Footnotes of a copied text: the notes (`1 See A/C.2/59/3.`) at the foot of a page or gathered
//! at the end, and their marks, left as bare digits after a word (`Society,1`, `Court 1 reaffirms`).
//!
//! A run of lines is read as notes only where it reaches the end of a page (or of the text), its
//! numbers follow on from the notes before, and each number has a mark in the text before it; a
//! bare digit is read as a mark only for a note found so. Every mark read is said, with its line.

use super::itu::opening as opens_paragraph;
#[cfg(test)]
use super::join::PARAGRAPH;
use super::note_marks::{Cursor, find_mark, marked, search};
use super::pages::Line;
use super::{arabic_block, arabic_letter};
use crate::input::Warning;
use crate::model::Footnote;

/// `12 See A/C.2/59/3.` or `12See ...`: a note's number and its text.
fn note_start(t: &str) -> Option<(u32, &str)> {
    let digits = super::digits::opening(t)?;
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
            && let Some(after_first) = marked(&body, cursor, n, &mut unmarked)
            && let Some((region, end, copies)) = region(&lines, i, expected)
            && all_marked(&body, after_first, region.get(1..).unwrap_or_default())
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
                let lone = found.filter(|(at, _, _)| {
                    at.line > 0
                        && !body[at.line].break_before
                        && body[at.line].body() == mark.to_string()
                });
                let copy = lone
                    .filter(|_| rtl)
                    .and_then(|(at, _, _)| typed_copy(&body, at.line, cursor, mark));
                if let (Some((at, _, _)), Some((k, s, e, spaced))) = (lone, copy) {
                    let lone = body.remove(at.line);
                    let k = if k > at.line { k - 1 } else { k };
                    warnings.push(Warning {
                        chosen: None,
                        line: lone.number,
                        message: format!(
                            "`{mark}` alone on its line, beside line {} which holds `{mark}` at the text's size: read as the note's number printed raised and the copy the DOCX types after it, one mark, where the copy stands",
                            body[k].number
                        ),
                    });
                    found = Some((Cursor { line: k, byte: s }, e, spaced));
                } else if let Some((at, _, _)) = lone {
                    // A mark on a line of its own goes back to the end of the line above it.
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
    if !rtl && !notes.is_empty() {
        super::itu_notes::apart(&mut body, &mut notes, warnings);
    }
    let body = super::raised_marks::set_apart(body, &notes, warnings);
    (body, notes)
}

/// LibreOffice's Arabic prints a note's number raised, then the copy the DOCX types after it at
/// the text's size, and `pdftotext` may write the raised one on a line of its own (its
/// baseline is no longer the line's) beside the line holding the copy (A/RES/80/118's `بأسعار
/// معقولة 20؛`: the line above with `-layout`, below without). The copy, on the line above or
/// below the lone mark at `lone` and after `cursor`: its line, its digits, and whether a blank
/// stands before them.
fn typed_copy(
    body: &[Line],
    lone: usize,
    cursor: Cursor,
    mark: u32,
) -> Option<(usize, usize, usize, bool)> {
    let above = lone.checked_sub(1).filter(|_| !body[lone].break_before);
    let below = Some(lone + 1).filter(|&k| body.get(k).is_some_and(|l| !l.break_before));
    [above, below]
        .into_iter()
        .flatten()
        .filter(|&k| k >= cursor.line)
        .find_map(|k| {
            let from = if k == cursor.line { cursor.byte } else { 0 };
            let (s, e, spaced) = find_mark(&body[k].text, from, mark, true)?;
            Some((k, s, e, spaced))
        })
}

/// Whether each note of a `region` (after its first, found by [`marked`]) has its mark in
/// `body`, in order after `cursor`: notes
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
mod tests;
