//! Reading a label: folded to one spelling, its suffix split off, its scheme and ordinal found.

use unicode_normalization::UnicodeNormalization;

use super::numerals::{from_roman, han_number, roman};
use super::{ABJAD, ARABIC_BIS, CYRILLIC, SUFFIXES, Scheme, numbered_suffix};

/// NFKC, no whitespace, no brackets, alef and digit variants folded, curly quotes straightened.
pub(super) fn fold(written: &str) -> String {
    let normal: String = if written.is_ascii() {
        written.to_string()
    } else {
        written.nfkc().collect()
    };
    normal
        .chars()
        // Tatweel too: UN Arabic writes the letter ه as `هـ` in labels.
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '(' | ')' | '\u{200f}' | '\u{200e}' | '\u{0640}')
        })
        .map(|c| match c {
            'ا' | 'إ' | 'آ' | 'ٱ' => 'أ',
            'ى' => 'ي',
            '\u{2018}' | '\u{2019}' | '`' => '\'',
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
            '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

pub(super) fn split_suffix(folded: &str) -> (String, Option<String>) {
    let lower = folded.to_lowercase();
    // Longest first: `quater` ends with `ter`, and `مكرراً` with `مكرر`.
    static FOLDED: std::sync::LazyLock<Vec<(String, &str)>> = std::sync::LazyLock::new(|| {
        let latin = SUFFIXES.iter().map(|s| (fold(s), *s));
        let arabic = ARABIC_BIS.iter().map(|s| (fold(s), "bis"));
        let mut folded: Vec<(String, &str)> = latin.chain(arabic).collect();
        folded.sort_by_key(|(written, _)| std::cmp::Reverse(written.chars().count()));
        folded
    });
    for (written, canonical) in FOLDED.iter() {
        if let Some(core) = lower.strip_suffix(written.as_str())
            && !core.is_empty()
        {
            return (core.to_string(), Some((*canonical).to_string()));
        }
    }
    (folded.to_string(), None)
}

pub(super) fn classify(core: &str) -> Option<(Scheme, Option<u32>, String)> {
    let chars: Vec<char> = core.chars().collect();
    match chars.as_slice() {
        ['-' | '\u{2013}' | '\u{2014}' | '\u{2212}'] => {
            return Some((Scheme::Dash, None, "-".into()));
        }
        ['•' | '·' | '▪' | '◦' | '\u{f0b7}' | '*'] => {
            return Some((Scheme::Bullet, None, "•".into()));
        }
        _ => {}
    }
    if let Some(inner) = core.strip_prefix('\'').and_then(|c| c.strip_suffix('\'')) {
        if let Ok(n) = inner.parse::<u32>() {
            return Some((Scheme::Quoted, Some(n), format!("'{n}'")));
        }
        let lower = inner.to_lowercase();
        return from_roman(&lower).map(|n| (Scheme::QuotedRoman, Some(n), format!("'{lower}'")));
    }
    if !core.is_empty() && core.chars().all(|c| c.is_ascii_digit()) {
        let n = core.parse::<u32>().ok()?;
        return Some((Scheme::Number, Some(n), n.to_string()));
    }
    // UN operative paragraphs: `1.` in English, `1 -` in Arabic (spaces are folded away).
    if let Some(digits) = core.strip_suffix(['.', '-'])
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
    {
        let n = digits.parse::<u32>().ok()?;
        return Some((Scheme::Number, Some(n), n.to_string()));
    }
    if let Some(decimal) = decimal(core) {
        return Some(decimal);
    }
    // UN Chinese writes (i) (ii) as ㈠ ㈡ (NFKC: `(一)`): the roman-numeral count, so that
    // they pair with (i) (ii) of the other languages.
    if let Some(n) = han_number(core) {
        return Some((Scheme::Roman, Some(n), roman(n)?));
    }
    let trimmed = core.trim_end_matches('.');
    let letters: Vec<char> = trimmed.chars().collect();
    if let [c] = letters.as_slice() {
        return single_letter(*c);
    }
    let lower = trimmed.to_lowercase();
    if let Some(n) = from_roman(&lower) {
        return Some((Scheme::Roman, Some(n), lower));
    }
    // Two letters of one script in one label: a tracked relabelling that lost its marks.
    if letters.len() == 2 {
        let a = single_letter(letters[0])?;
        let b = single_letter(letters[1])?;
        if a.0 == b.0 {
            return Some((a.0, None, format!("{}/{}", a.2, b.2)));
        }
    }
    None
}

/// `1.11.1`, `1bis.1.2`: numbers joined by dots, each possibly with a suffix; the ordinal is
/// the last number.
fn decimal(core: &str) -> Option<(Scheme, Option<u32>, String)> {
    let core = core.trim_end_matches('.');
    if !core.contains('.') {
        return None;
    }
    let mut last = None;
    for part in core.split('.') {
        let number = match numbered_suffix(part) {
            Some((number, _)) => number,
            None if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) => part,
            None => return None,
        };
        last = number.parse::<u32>().ok();
    }
    Some((Scheme::Decimal, last, core.to_ascii_lowercase()))
}

fn single_letter(c: char) -> Option<(Scheme, Option<u32>, String)> {
    let pos = |alphabet: &[char], c: char| {
        alphabet
            .iter()
            .position(|&x| x == c)
            .and_then(|i| u32::try_from(i + 1).ok())
    };
    if let Some(n) = pos(ABJAD, c) {
        return Some((Scheme::ArabicLetter, Some(n), c.to_string()));
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    if let Some(n) = pos(CYRILLIC, lower) {
        return Some((Scheme::CyrillicLetter, Some(n), lower.to_string()));
    }
    if lower.is_ascii_lowercase() {
        let n = u32::from(lower) - u32::from('a') + 1;
        return Some((Scheme::LatinLetter, Some(n), lower.to_string()));
    }
    None
}
