//! The marks of a copied text's notes: bare digits after a word (`Society,1`, `Court 1
//! reaffirms`), glued to a year (`32016`) or printed with the DOCX's typed copy (`1111`), and
//! the search for each, in order, from where the last one was found.

use super::digits::year;
use super::hyphens::word_ending;
use super::pages::Line;
use super::{arabic_block, arabic_letter, vowel_mark};
use crate::model::text::is_cjk;

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
    // ITU's bodies by number: `Study Group 3 regional groups`, `Working Party 1`.
    "group",
    "party",
    "question",
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
pub(super) fn find_mark(
    t: &str,
    from: usize,
    n: u32,
    spaced_ok: bool,
) -> Option<(usize, usize, bool)> {
    let digits = n.to_string();
    // Whether the line is Arabic at all, asked of every number found in it.
    let arabic = t.chars().any(arabic_block);
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
            if year(next).is_some()
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
            let year_before = year(&t[head.len()..s]).is_some();
            let word_end = |c: char| arabic_letter(c) || vowel_mark(c) || matches!(c, '“' | '”');
            if arabic && next == digits && (before.is_some_and(word_end) || year_before) {
                return Some((s, e + run, false));
            }
            // LibreOffice's left-to-right prints do the same (`Society,1010`, `report1111`,
            // `2024–20341313`, `，1010`) for marks of two digits or more; one digit it prints
            // once. Only glued to a word, its closing punctuation or a year: `resolution 1010`
            // and `A/1010` are numbers.
            // `Decenio 202420341313`: `2024-` ended a line, and `pdftotext` without `-layout`
            // dropped its hyphen and joined the lines; the mark follows a range of years.
            let years = &t[head.len()..s];
            let range_before =
                years.len() == 8 && year(&years[..4]).is_some() && year(&years[4..]).is_some();
            if !arabic
                && digits.len() >= 2
                && next == digits
                && (year_before
                    || range_before
                    || before.is_some_and(|b| glued_mark_after(b, &t[..s])))
            {
                return Some((s, e + run, false));
            }
            continue;
        }
        if before.is_some_and(|c| c.is_ascii_digit()) {
            // `20165`: a year with the mark of note 5 right after it (`2016[^5]`).
            let run = t[..s].len() - t[..s].trim_end_matches(|c: char| c.is_ascii_digit()).len();
            if year(&t[s - run..s]).is_some() && !matches!(after, Some('/' | '-' | '–')) {
                return Some((s, e, false));
            }
            continue;
        }
        if matches!(after, Some('/' | '-' | '%' | '–' | '°'))
            || (matches!(after, Some('.' | ',')) && after2.is_some_and(|c| c.is_ascii_digit()))
        {
            continue;
        }
        if !arabic && t.trim() == digits {
            // `报告，` then `9`: a raised mark a full Chinese line had no room for, which
            // LibreOffice carries to a line of its own (see [`super::notes::extract`], which
            // puts it back on the line above).
            return Some((s, e, false));
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
        // `Court1`, `Society,1`: glued to a word or its closing punctuation. Not `G20`,
        // `ICT4D` (a code), `Add.1`, `A/C.2` (a document's part), nor digits inside a word.
        if b.is_alphabetic() || b == '.' || closing(b) {
            if (b.is_alphabetic() && after.is_some_and(char::is_alphabetic))
                || !glued_mark_after(b, &t[..s])
            {
                continue;
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

/// Whether a mark glued to `b`, the last character of `head`, may be a note's: after a word
/// (not a code such as `G20` or `ICT4D`) or after its closing punctuation (not a document's
/// part such as `Add.1` or `A/C.2`).
fn glued_mark_after(b: char, head: &str) -> bool {
    let word_before = head
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    if b.is_alphabetic() {
        let short_caps = word_before.chars().filter(|c| c.is_alphabetic()).count() <= 4
            && word_before.chars().all(|c| !c.is_lowercase());
        return !(short_caps && word_before.is_ascii());
    }
    if b == '.' {
        let stem = word_before.trim_end_matches('.');
        return !(stem.contains('/')
            || stem.chars().any(|c| c.is_ascii_digit())
            || stem.chars().count() <= 5 && stem.chars().next().is_some_and(char::is_uppercase));
    }
    closing(b)
}

/// Punctuation a mark may follow, glued: a clause's or a quotation's end, in the scripts of
/// the corpus (a full stop is [`glued_mark_after`]'s, which tells a document's part).
fn closing(b: char) -> bool {
    matches!(
        b,
        ',' | ';'
            | ':'
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
    )
}

/// Where a search for the next mark goes on from: a body line and a byte in it.
#[derive(Clone, Copy, Default)]
pub(super) struct Cursor {
    pub line: usize,
    pub byte: usize,
}

/// The next mark of note `n`: one glued to the word before it if there is one (`gap,4`), else a
/// spaced one (`Court 1 reaffirms`), which `annual 4 trillion` would also look like.
pub(super) fn search(body: &[Line], from: Cursor, n: u32) -> Option<(Cursor, usize, bool)> {
    // Whether a word names one of a series ([`numbered_name`]), asked of the whole body: once
    // per word and digits here, though both passes may meet them.
    let mut named: std::collections::HashMap<(&str, &str), bool> = std::collections::HashMap::new();
    for spaced_ok in [false, true] {
        for (i, l) in body.iter().enumerate().skip(from.line) {
            let mut start = if i == from.line { from.byte } else { 0 };
            while let Some((s, e, spaced)) = find_mark(&l.text, start, n, spaced_ok) {
                let (word, digits) = (
                    word_ending(&l.text[..s], char::is_alphabetic),
                    &l.text[s..e],
                );
                let series = *named
                    .entry((word, digits))
                    .or_insert_with(|| numbered_name(body, word, digits));
                if !series {
                    return Some((Cursor { line: i, byte: s }, e, spaced));
                }
                start = e;
            }
        }
    }
    None
}

/// Whether `digits` glued to `word` (`خطوط العمل جيم` `1`) are that word's
/// number, not a note's mark: the text writes the word glued to two other numbers or more, out
/// of order or one twice (`جيم2 وجيم5 … جيم1 وجيم3 … وجيم6 … وجيم6`: ITU's action lines, C1
/// to C11), so it names one of a series. Marks stand in order, each once: `вопросу1` …
/// `вопросу2` (Russian, `по этому вопросу`) are marks. WTDC Res. 30's note 1 was read at
/// `جيم1`, 60 lines before its mark (`النامية1`), and the notes after it among the operative
/// clauses' labels.
fn numbered_name(body: &[Line], word: &str, digits: &str) -> bool {
    if word.chars().count() < 2 {
        return false;
    }
    let mut numbers: Vec<u64> = Vec::new();
    for l in body {
        for (k, _) in l.text.match_indices(word) {
            let rest = &l.text[k + word.len()..];
            let run = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if let Ok(n) = rest[..run].parse() {
                numbers.push(n);
            }
        }
    }
    let others = numbers
        .iter()
        .filter(|n| n.to_string() != digits)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let in_order = numbers.windows(2).all(|w| w[0] < w[1]);
    others >= 2 && !in_order
}

/// Where the mark of note `n` ends in `body` after `cursor`, if it stands there, searching only
/// what was not searched in vain before (`unmarked`: the body lines already searched).
pub(super) fn marked(
    body: &[Line],
    cursor: Cursor,
    n: u32,
    unmarked: &mut usize,
) -> Option<Cursor> {
    let from = if *unmarked > cursor.line {
        Cursor {
            line: *unmarked,
            byte: 0,
        }
    } else {
        cursor
    };
    let found = search(body, from, n).map(|(at, e, _)| Cursor {
        line: at.line,
        byte: e,
    });
    if found.is_none() {
        *unmarked = body.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX: the
    /// marks glued to the text, before the year they follow, or with the DOCX's typed copy
    /// after them.
    #[test]
    fn libreoffice_s_arabic_marks() {
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

    /// `pdftotext -layout` of LibreOffice's prints of A/RES/80/118 and 74/197 (English,
    /// Chinese): a mark of two digits printed with the DOCX's typed copy after it. Unread, the
    /// notes of that page were not found (notes follow on in order or not at all).
    #[test]
    fn libreoffice_s_left_to_right_marks_printed_twice() {
        fn at(t: &str, n: u32) -> Option<&str> {
            find_mark(t, 0, n, false).map(|(s, e, _)| &t[s..e])
        }
        assert_eq!(at("the Information Society,1010 held in", 10), Some("1010"));
        assert_eq!(at("Digital Economy, its report1111 and", 11), Some("1111"));
        assert_eq!(at("digital economy in 2018;1212", 12), Some("1212"));
        assert_eq!(at("for the Decade 2024–20341313 and", 13), Some("1313"));
        assert_eq!(at("会议成果文件，1010 其中评估", 10), Some("1010"));
        // Without -layout (80/118 in Spanish): `2024-` ended a line, its hyphen dropped.
        assert_eq!(at("para el Decenio 202420341313 y la", 13), Some("1313"));
        // Numbers, codes and a document's parts; and one digit, which LibreOffice prints once.
        for (t, n) in [
            ("resolution 1010 of", 10),
            ("see A/1010", 10),
            ("the G2020 summit", 20),
            ("see Add.1111", 11),
            ("the Society,11 held", 1),
        ] {
            assert_eq!(at(t, n), None, "{t}");
        }
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
            "each Study Group 3 regional group",
        ] {
            for n in [1, 2, 3, 16, 19, 20, 59] {
                assert_eq!(find_mark(t, 0, n, true), None, "{t} {n}");
            }
        }
    }
}
