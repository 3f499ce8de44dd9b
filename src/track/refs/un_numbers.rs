//! The shapes of a UN resolution's number as the six languages write it, and the words that may
//! stand between two numbers of a list: `79/194`, `2025/18`, `2250 (2015)`, `217 A (III)`
//! (`217 А (III)`, `217 ألف (د-3)`, `2200 A(XXI)`), a date after one (` of 19 December 2024`,
//! `, de 19 de diciembre de 2024`, ` от 19 декабря 2024 года`, ` المؤرخ 28 تموز/يوليه 2006`).

/// A number's shape, which says whose numbering it is when no body is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// `79/194`: session / number (the General Assembly, the Human Rights Council).
    Session,
    /// `2025/18`: year / number (the Economic and Social Council).
    Year,
    /// `2250 (2015)`: number (year) (the Security Council).
    Council,
    /// `217 A (III)`: number, part, session in roman numerals (the General Assembly before 1976).
    Old,
}

/// One number read: its length in the text, its shape and its symbol's tail (`79/194`,
/// `2250 (2015)`, `217 A (III)`).
pub(super) type Number = (usize, Shape, String);

/// The digits at the start of `s`.
pub(super) fn digits(s: &str) -> &str {
    &s[..s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len())]
}

/// The number at the start of `s`, of any shape.
pub(super) fn number(s: &str) -> Option<Number> {
    slashed(s).or_else(|| council(s)).or_else(|| old(s))
}

/// `79/194` or `2025/18`.
fn slashed(s: &str) -> Option<Number> {
    let a = digits(s);
    let rest = s[a.len()..].strip_prefix('/')?;
    let b = digits(rest);
    if a.is_empty() || b.is_empty() || a.len() > 4 {
        return None;
    }
    let n = a.len() + 1 + b.len();
    let shape = if a.len() == 4 {
        Shape::Year
    } else {
        Shape::Session
    };
    Some((n, shape, s[..n].to_string()))
}

/// `2250 (2015)`, `2321(2016)`.
fn council(s: &str) -> Option<Number> {
    let n = digits(s);
    let open = &s[n.len()..];
    let year = bracket(open)?;
    let y = digits(year);
    (!n.is_empty() && y.len() == 4 && year[y.len()..].starts_with(')')).then(|| {
        let len = s.len() - year.len() + y.len() + 1;
        (len, Shape::Council, format!("{n} ({y})"))
    })
}

/// The part letters of the old numbering, as the languages write them: Latin, Cyrillic (`А`)
/// and Arabic (`ألف`), each with its Latin letter.
const PARTS: &[(&str, char)] = &[
    ("ألف", 'A'),
    ("باء", 'B'),
    ("جيم", 'C'),
    ("دال", 'D'),
    ("А", 'A'),
    ("В", 'B'),
    ("С", 'C'),
];

/// `217 A (III)`, `217 А (III)`, `2200 A(XXI)`, `217 ألف (د-3)`: the symbol's tail is written
/// the English way, `217 A (III)`.
fn old(s: &str) -> Option<Number> {
    let n = digits(s);
    if n.is_empty() {
        return None;
    }
    let mut rest = &s[n.len()..];
    let mut part = None;
    if let Some(r) = rest.strip_prefix([' ', '\u{a0}']) {
        let latin = r
            .chars()
            .next()
            .filter(char::is_ascii_uppercase)
            .map(|c| (c.len_utf8(), c));
        let written = latin.or_else(|| {
            PARTS
                .iter()
                .find(|(w, _)| r.starts_with(w))
                .map(|(w, c)| (w.len(), *c))
        });
        if let Some((len, c)) = written
            && bracket(&r[len..]).is_some()
        {
            part = Some(c);
            rest = &r[len..];
        }
    }
    let inner = bracket(rest)?;
    let (len, session) = if let Some(arabic) = inner.strip_prefix("د-") {
        let d = digits(arabic);
        let session = roman(d.parse().ok()?)?;
        ("د-".len() + d.len(), session)
    } else {
        let r = &inner[..inner
            .find(|c: char| !"IVXLC".contains(c))
            .unwrap_or(inner.len())];
        (r.len(), r.to_string())
    };
    if session.is_empty() || !inner[len..].starts_with(')') {
        return None;
    }
    let end = s.len() - inner.len() + len + 1;
    let tail = match part {
        Some(c) => format!("{n} {c} ({session})"),
        None => format!("{n} ({session})"),
    };
    Some((end, Shape::Old, tail))
}

/// `s` past its opening bracket, with or without a space before it (a no-break space too: the
/// Russian ECOSOC 2021/28 writes `2200\u{a0}A\u{a0}(XXI)`).
fn bracket(s: &str) -> Option<&str> {
    s.strip_prefix([' ', '\u{a0}'])
        .unwrap_or(s)
        .strip_prefix('(')
}

/// A session in roman numerals (the old numbering ended at the 30th).
fn roman(n: u32) -> Option<String> {
    if !(1..=39).contains(&n) {
        return None;
    }
    let tens = "X".repeat((n / 10) as usize);
    let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][(n % 10) as usize];
    Some(tens + ones)
}

/// What leads into a date after a number.
const DATE_LEADS: &[&str] = &[
    " of ",
    " du ",
    ", de ",
    " de ",
    " от ",
    " المؤرخ ",
    " المؤرخة ",
];

/// `" of 19 December 2024"` (and its kin in the other languages) at the start of `s`: its
/// length, so a list reads on past the date. The date ends at its year, within a few words.
pub(super) fn date_after(s: &str) -> usize {
    let Some(lead) = DATE_LEADS.iter().find_map(|l| spaced_prefix(s, l)) else {
        return 0;
    };
    let rest = &s[lead..];
    // Each word with its offset in `rest` (the spaces between may be no-break, two bytes).
    let mut at = 0;
    for (i, word) in rest.split([' ', '\u{a0}']).enumerate().take(6) {
        let y = digits(word);
        if i > 0 && y.len() == 4 && y.len() == word.trim_end_matches([',', '،']).len() {
            let mut end = lead + at + y.len();
            for tail in [" года", " г."] {
                if s[end..].starts_with(tail) {
                    end += tail.len();
                }
            }
            return end;
        }
        // Day and month words only: a comma or a full stop ends the phrase before a year.
        if word.is_empty() || word.contains(['.', ';', '(']) || (i > 0 && word.contains(',')) {
            return 0;
        }
        at += word.len();
        at += rest[at..].chars().next().map_or(0, char::len_utf8);
    }
    0
}

/// The words between two numbers of a list, in the six languages.
const SEPARATORS: &[&str] = &[
    ", and ", ", ", " , ", " and ", " et ", " y ", " и ", "، و ", "، و", "، ", " و ", "、", "和",
];

/// The separator at the start of `s` followed by a digit: its length. A space in a separator
/// stands for a no-break space too (the Arabic lists write `، و\u{a0}67/195`).
pub(super) fn separator(s: &str) -> Option<usize> {
    SEPARATORS.iter().find_map(|sep| {
        let len = spaced_prefix(s, sep)?;
        s[len..]
            .starts_with(|c: char| c.is_ascii_digit())
            .then_some(len)
    })
}

/// How far past a dated number a list may read to its next number ("of 21 March 2024 on
/// seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for
/// sustainable development and 78/311"), in characters.
const TITLE_REACH: usize = 400;

/// A decision's keyword in the six languages (`مقرر` and `决定` stand in the words around).
const DECISIONS: &[&str] = &["decision", "décision", "decisión", "решени", "مقرر", "决定"];

/// Where a list broken by what a number is about goes on: "78/265 of 21 March 2024 on <title>
/// and 78/311 of 1 July 2024", "79/1 от 22 сентября 2024 года, в которой …, 79/194 от …". `at`
/// is just past a number of `shape`. English, Spanish and Russian write such lists without
/// repeating the keyword, so reading stopped at the first title. The next number is taken
/// only when both it and the one before carry a date, it has the same shape, and it follows a
/// separator within the same sentence part with no resolution keyword between: a "2/3 of the
/// members" or a number of another kind of list ends the list instead of joining it.
pub(super) fn continued(text: &str, at: usize, shape: Shape) -> Option<usize> {
    let dated = date_after(&text[at..]);
    if dated == 0 {
        return None;
    }
    let from = at + dated;
    for (n, (i, c)) in text[from..].char_indices().enumerate() {
        crate::work::steps(1);
        let full_stop = c == '.' && text[from + i + 1..].starts_with([' ', '\u{a0}']);
        if n > TITLE_REACH || full_stop || matches!(c, ';' | '؛' | '；' | '。') {
            return None;
        }
        let here = from + i;
        let Some(len) = separator(&text[here..]) else {
            continue;
        };
        let next = here + len;
        // A keyword in between starts a list of its own, read from it; a decision's keyword
        // ("as well as its decisions 75/526 of 15 December 2020 and 78/516 of …") starts a
        // list of decisions, numbered as resolutions are.
        let between = text[from..here].to_lowercase();
        let decision = DECISIONS.iter().any(|d| between.contains(d));
        if decision || !super::un::keywords(&text[from..here]).is_empty() {
            return None;
        }
        let (n, s, _) = number(&text[next..])?;
        return (s == shape && date_after(&text[next + n..]) > 0).then_some(next);
    }
    None
}

/// The length of `pattern` at the start of `s`, a space in it matching any space a citation is
/// written with.
fn spaced_prefix(s: &str, pattern: &str) -> Option<usize> {
    let mut rest = s;
    for p in pattern.chars() {
        let c = rest.chars().next()?;
        let same = c == p || (p == ' ' && matches!(c, '\u{a0}' | '\u{202f}'));
        if !same {
            return None;
        }
        rest = &rest[c.len_utf8()..];
    }
    Some(s.len() - rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_as_the_six_languages_write_them() {
        assert_eq!(
            number("79/194 of"),
            Some((6, Shape::Session, "79/194".into()))
        );
        assert_eq!(number("2025/18,").map(|n| n.1), Some(Shape::Year));
        assert_eq!(
            number("2321(2016)").map(|n| n.2),
            Some("2321 (2016)".into())
        );
        for (written, tail) in [
            ("217 A (III).", "217 A (III)"),
            ("217 А (III).", "217 A (III)"),
            ("2200 A(XXI)号", "2200 A (XXI)"),
            ("217 ألف (د-3).", "217 A (III)"),
            ("2200 ألف (د-21)،", "2200 A (XXI)"),
        ] {
            let (n, shape, t) = number(written).expect(written);
            assert_eq!((shape, t.as_str()), (Shape::Old, tail), "{written}");
            assert!(written[n..].len() <= "号".len(), "{written}");
        }
        assert_eq!(number("140 (Rev. Dubai, 2018)"), None);
    }

    #[test]
    fn dates_read_past() {
        for d in [
            " of 19 December 2024",
            " du 19 décembre 2024",
            ", de 19 de diciembre de 2024",
            " от 19 декабря 2024 года",
            " المؤرخ 28 تموز/يوليه 2006",
        ] {
            assert_eq!(date_after(&format!("{d}, 1")), d.len(), "{d}");
        }
        assert_eq!(date_after(" of the Council, 2024"), 0);
    }
}
