//! Footnotes of a copied text: the notes (`1 See A/C.2/59/3.`) at the foot of a page or gathered
//! at the end, and their marks, left as bare digits after a word (`Society,1`, `Court 1 reaffirms`).
//!
//! A run of lines is read as notes only where it reaches the end of a page (or of the text), its
//! numbers follow on from the notes before, and each number has a mark in the text before it; a
//! bare digit is read as a mark only for a note found so. Every mark read is said, with its line.

use super::pages::Line;
use super::{arabic_block, arabic_letter, vowel_mark};
use crate::input::Warning;
use crate::model::Footnote;
use crate::model::text::is_cjk;

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

/// Words after which a number is a number (`resolution 16`, `paragraph 7 of`), not a mark.
const NUMBER_WORDS: &[&str] = &[
    "resolution",
    "resolutions",
    "paragraph",
    "paragraphs",
    "article",
    "articles",
    "annex",
    "chapter",
    "section",
    "goal",
    "goals",
    "target",
    "targets",
    "of",
    "no",
    "para",
    "paras",
    "decision",
    "rule",
    "principle",
    "page",
    "pages",
    "session",
    "recommendation",
    "and",
    "to",
    "résolution",
    "résolutions",
    "paragraphe",
    "paragraphes",
    "annexe",
    "objectif",
    "objectifs",
    "cible",
    "de",
    "du",
    "des",
    "et",
    "à",
    "resolución",
    "resoluciones",
    "párrafo",
    "párrafos",
    "artículo",
    "anexo",
    "objetivo",
    "objetivos",
    "meta",
    "metas",
    "del",
    "y",
    "резолюции",
    "резолюция",
    "резолюцию",
    "пункт",
    "пункта",
    "пункте",
    "пунктов",
    "статьи",
    "статья",
    "цели",
    "цель",
    "задачи",
    "приложение",
    "и",
    "от",
    "по",
];

/// Where the mark of note `n` stands in `t` at or after byte `from`: its digits, and whether a
/// space stands before them (`Court 1 reaffirms`).
fn find_mark(t: &str, from: usize, n: u32, spaced_ok: bool) -> Option<(usize, usize, bool)> {
    let digits = n.to_string();
    let mut at = from;
    while let Some(k) = t.get(at..).and_then(|s| s.find(&digits)) {
        let s = at + k;
        let e = s + digits.len();
        at = e;
        let before = t[..s].chars().next_back();
        let mut after_chars = t[e..].chars();
        let after = after_chars.next();
        let after2 = after_chars.next();
        if after.is_some_and(|c| c.is_ascii_digit()) {
            // `أكتوبر 32016،`: LibreOffice's Arabic sets a raised mark left of the year it
            // follows, and `pdftotext` writes the two as one number, the mark first. Read as
            // the year and its mark (`2016[^3]`): the span returned covers both.
            let run = t[e..].len()
                - t[e..]
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            let next = &t[e..e + run];
            let arabic = t.chars().any(arabic_block);
            let century = |y: &str| y.len() == 4 && (y.starts_with("19") || y.starts_with("20"));
            if century(next)
                && before.is_none_or(|c| !c.is_ascii_digit())
                && arabic
                && !matches!(t[e + run..].chars().next(), Some('/' | '-' | '–' | '.'))
            {
                return Some((s, e + run, false));
            }
            // `وبتقريره1111`, `لعام 20301010`: LibreOffice prints a note's number raised, then
            // the mark the DOCX types after it (`customMarkFollows`) at text size, and
            // `pdftotext` writes both as one number: the mark, once. After a word's tanween
            // (`نموا ً1212،`) or its closing quote (`المشتركة“1616`) as after its letter.
            let head = t[..s].trim_end_matches(|c: char| c.is_ascii_digit());
            let year_before = century(&t[head.len()..s]);
            let word_end = |c: char| arabic_letter(c) || vowel_mark(c) || matches!(c, '“' | '”');
            if arabic && next == digits && (before.is_some_and(word_end) || year_before) {
                return Some((s, e + run, false));
            }
            continue;
        }
        if before.is_some_and(|c| c.is_ascii_digit()) {
            // `20165`: a year with the mark of note 5 right after it (`2016[^5]`).
            let run = t[..s].len() - t[..s].trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let year = &t[s - run..s];
            let century = year.starts_with("19") || year.starts_with("20");
            if run == 4 && century && !matches!(after, Some('/' | '-' | '–')) {
                return Some((s, e, false));
            }
            continue;
        }
        if matches!(after, Some('/' | '-' | '%' | '–' | '°'))
            || (matches!(after, Some('.' | ',')) && after2.is_some_and(|c| c.is_ascii_digit()))
        {
            continue;
        }
        if t[..s].trim().is_empty() {
            // `13 和《…`: a Chinese line wrapped right after a title, its mark carried to the
            // start of the next line (a label would be `13.`).
            let spaced = t[e..].starts_with(' ');
            if spaced && t[e..].trim_start().chars().next().is_some_and(is_cjk) {
                return Some((s, e, false));
            }
            continue;
        }
        let Some(b) = before else { continue };
        let word_before = t[..s]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default();
        if b.is_alphabetic() {
            // `Court1`: not `G20` or `ICT4D`, an abbreviation or a code.
            let short_caps = word_before.chars().filter(|c| c.is_alphabetic()).count() <= 4
                && word_before.chars().all(|c| !c.is_lowercase());
            if after.is_some_and(char::is_alphabetic) || (short_caps && word_before.is_ascii()) {
                continue;
            }
            return Some((s, e, false));
        }
        if matches!(
            b,
            ',' | ';'
                | ':'
                | '.'
                | '”'
                | '’'
                | '"'
                | '»'
                | ')'
                | '）'
                | '」'
                | '》'
                | '、'
                | '』'
                | '】'
                | '،'
                | '，'
                | '；'
                | '：'
                | '。'
                | '؛'
                | '“'
        ) {
            if b == '.' {
                // `Add.1`, `A/C.2`, `p.1`: a document's part, not a mark.
                let stem = word_before.trim_end_matches('.');
                let abbreviation = stem.contains('/')
                    || stem.chars().any(|c| c.is_ascii_digit())
                    || stem.chars().count() <= 5
                        && stem.chars().next().is_some_and(char::is_uppercase);
                if abbreviation {
                    continue;
                }
            }
            return Some((s, e, false));
        }
        if b.is_whitespace() {
            let prev_word = word_before.trim_matches(|c: char| !c.is_alphanumeric());
            let word_ok = prev_word
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
                && !NUMBER_WORDS.contains(&prev_word.to_lowercase().as_str())
                // Chinese: `》、 12 《`.
                || word_before.chars().next_back().is_some_and(is_cjk);
            let next = t[e..].trim_start().chars().next();
            let next_ok = match next {
                None => true,
                Some(c) => {
                    c.is_lowercase()
                        || matches!(c, ',' | ';' | '.' | ':' | '،' | '؛')
                        || (!c.is_uppercase() && c.is_alphabetic())
                        || is_cjk(c)
                }
            };
            let spaced = t[e..].is_empty()
                || t[e..].starts_with(char::is_whitespace)
                || matches!(after, Some(',' | ';' | '.' | '،' | '؛'));
            if spaced_ok && word_ok && next_ok && spaced {
                return Some((s, e, true));
            }
        }
    }
    None
}

/// Where a search for the next mark goes on from: a body line and a byte in it.
#[derive(Clone, Copy, Default)]
struct Cursor {
    line: usize,
    byte: usize,
}

/// The next mark of note `n`: one glued to the word before it if there is one (`gap,4`), else a
/// spaced one (`Court 1 reaffirms`), which `annual 4 trillion` would also look like.
fn search(body: &[Line], from: Cursor, n: u32) -> Option<(Cursor, usize, bool)> {
    [false, true].into_iter().find_map(|spaced_ok| {
        body.iter().enumerate().skip(from.line).find_map(|(i, l)| {
            let start = if i == from.line { from.byte } else { 0 };
            let (s, e, spaced) = find_mark(&l.text, start, n, spaced_ok)?;
            Some((Cursor { line: i, byte: s }, e, spaced))
        })
    })
}

/// Whether a mark of note `n` stands in `body` after `cursor`, searching only what was not
/// searched in vain before (`unmarked`: the body lines already searched).
fn marked(body: &[Line], cursor: Cursor, n: u32, unmarked: &mut usize) -> bool {
    let from = if *unmarked > cursor.line {
        Cursor {
            line: *unmarked,
            byte: 0,
        }
    } else {
        cursor
    };
    let found = search(body, from, n).is_some();
    if !found {
        *unmarked = body.len();
    }
    found
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
            && let Some((region, end)) = region(&lines, i, expected)
        {
            unmarked = 0;
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
                let found = search(&body, cursor, mark);
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
        body.push(lines[i].clone());
        i += 1;
    }
    (body, notes)
}

/// The notes from line `i` to the end of its page: number, text, line; and where the page ends.
/// `None` when the run is not shaped as notes (a clause label inside, or too long for its notes).
/// Each note also says whether its number was found after its text ([`number_inside`]).
#[allow(clippy::type_complexity)]
fn region(
    lines: &[Line],
    i: usize,
    first: u32,
) -> Option<(Vec<(u32, String, usize, bool)>, usize)> {
    let mut out: Vec<(u32, String, usize, bool)> = Vec::new();
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
            Some((n, text)) if n == next => out.push((n, text.to_string(), l.number, false)),
            _ if labelled(t) => return None,
            _ if let Some(text) = number_inside(t, next) => out.push((next, text, l.number, true)),
            _ => {
                let (_, text, _, _) = out.last_mut()?;
                super::join::append(text, t);
            }
        }
        end += 1;
    }
    Some((out, end))
}

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
        assert_eq!(
            number_inside("A/80/62-E/2025/12 11.", 11).as_deref(),
            Some("A/80/62-E/2025/12.")
        );
        assert!(number_inside("Financing Report 2024 4 (تقرير", 4).is_some());
        assert_eq!(number_inside("resolution 4 of", 4), None);
    }

    /// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX, as
    /// the reader has the lines: each note's number last, the marks glued to the text, before
    /// the year they follow, or with the DOCX's typed copy after them.
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
        fn at(t: &str, n: u32) -> Option<&str> {
            find_mark(t, 0, n, false).map(|(s, e, _)| &t[s..e])
        }
        assert_eq!(at("بشأن هذه المسألة1،", 1), Some("1"));
        assert_eq!(at("تشرين الأول/أكتوبر 32016،", 3), Some("32016"));
        assert_eq!(at("الرقمي، وبتقريره1111 وبإنشاء", 11), Some("1111"));
        assert_eq!(at("لعام 20301010 وسائر الأهداف", 10), Some("1010"));
        assert_eq!(at("20181212؛", 12), Some("1212"));
        // A/RES/80/118: after a tanween set apart, after a closing quote.
        assert_eq!(at("البلدان نموا ً1212، وبرنامج", 12), Some("1212"));
        assert_eq!(at("المعنون ”خطتنا المشتركة“1616 التي", 16), Some("1616"));
        // Not in a left-to-right text, not a date.
        assert_eq!(at("in 32016 cases", 3), None);
        assert_eq!(at("الفترة 32016/17", 3), None);
    }

    #[test]
    fn a_chinese_mark_carried_to_the_next_line() {
        // `…行动纲领》` then `13 和《…`: the mark opens the line; a label would be `13.`.
        assert_eq!(
            find_mark("13 和《安提瓜", 0, 13, false),
            Some((0, 2, false))
        );
        assert_eq!(find_mark("13. 欢迎", 0, 13, false), None);
        assert_eq!(find_mark("13 December", 0, 13, true), None);
    }

    #[test]
    fn marks_attached_or_spaced() {
        let t = "the Information Society,1 and";
        assert_eq!(find_mark(t, 0, 1, true).map(|m| m.2), Some(false));
        let t = "the Rome Statute of the International Criminal Court 1 reaffirms";
        assert_eq!(find_mark(t, 0, 1, true).map(|m| m.2), Some(true));
        assert_eq!(
            find_mark("Global Digital Compact,5contributing", 0, 5, true).map(|m| m.0),
            Some(23)
        );
        for t in [
            "resolution 16 of",
            "of 16 December",
            "A/C.2/59/3",
            "G20 leaders",
            "see Add.1, annex",
            "16.5 per cent",
            "COVID-19",
        ] {
            for n in [1, 2, 3, 16, 19, 20, 59] {
                assert_eq!(find_mark(t, 0, n, true), None, "{t} {n}");
            }
        }
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
        let (notes, end) = region(&lines, 0, 12).unwrap();
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
}
