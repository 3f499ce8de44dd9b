//! What does not translate: the marks a clause must carry in every language. Resolution numbers
//! and UN symbols (`77/150`, `A/70/125`, `E/RES/2023/3`), figures and years (Arabic-Indic,
//! Persian and full-width digits read as ASCII; a Chinese year such as 二〇二三 too), footnote
//! marks (`[^3]`) and URLs.
//!
//! Numbers of 31 or less are left out: they are days and months, and Chinese writes the month
//! as a number (2024年12月19日) where the other languages write its name. Look-alike letters in
//! symbols are folded first (reported apart, as `lookalike`), so `А/70/125` and `A/70/125` are
//! one citation.

use std::collections::BTreeSet;

use crate::model::text::{fold_lookalikes, symbols};

/// The untranslatable marks of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Invariants {
    /// UN symbols and resolution numbers, look-alike letters folded to Latin.
    pub citations: BTreeSet<String>,
    /// Figures and years by their significant digits.
    pub numbers: BTreeSet<String>,
    /// Footnote marks, digits as ASCII.
    pub footnotes: BTreeSet<String>,
    /// Web addresses as written, without trailing punctuation.
    pub urls: BTreeSet<String>,
}

/// A digit of any script the six languages write numbers in, as its value.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        '\u{FF10}'..='\u{FF19}' => Some(c as u32 - 0xFF10),
        _ => None,
    }
}

fn chinese_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
}

/// `text` with every digit as ASCII, and Chinese digit runs of four (years: 二〇二三) as ASCII.
pub fn ascii_digits(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..]
            .iter()
            .take_while(|&&c| chinese_digit(c).is_some())
            .count();
        if run == 4 && (chars[i..i + 4].contains(&'〇') || chars[i] == '二') {
            for &c in &chars[i..i + 4] {
                out.extend(chinese_digit(c).and_then(|d| char::from_digit(d, 10)));
            }
            i += 4;
            continue;
        }
        let c = chars[i];
        match digit_value(c).and_then(|d| char::from_digit(d, 10)) {
            Some(d) => out.push(d),
            None => out.push(c),
        }
        i += 1;
    }
    out
}

fn is_url_end(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '<' | '>' | '"' | '”' | '“' | '»' | '«' | '）' | '，' | '。' | '、' | '；'
        )
}

/// Reads the marks of a clause text.
pub fn of(text: &str) -> Invariants {
    let mut inv = Invariants::default();
    let mut rest = String::with_capacity(text.len());
    // Footnote marks first, then URLs: neither may feed the numbers.
    let mut s = text;
    while let Some(p) = s.find("[^") {
        rest.push_str(&s[..p]);
        match s[p..].find(']') {
            Some(e) => {
                inv.footnotes.insert(ascii_digits(&s[p + 2..p + e]));
                s = &s[p + e + 1..];
            }
            None => {
                rest.push_str(&s[p..]);
                s = "";
            }
        }
    }
    rest.push_str(s);
    let mut plain = String::with_capacity(rest.len());
    let mut s = rest.as_str();
    while let Some(p) = ["http://", "https://", "www."]
        .iter()
        .filter_map(|m| s.find(m))
        .min()
    {
        plain.push_str(&s[..p]);
        let end = s[p..].find(is_url_end).map_or(s.len(), |e| p + e);
        let url = s[p..end].trim_end_matches(['.', ',', ';', ':', ')', '،', '؛']);
        inv.urls.insert(url.to_string());
        plain.push(' ');
        s = &s[p + url.len()..];
    }
    plain.push_str(s);
    let text = ascii_digits(&fold_lookalikes(&plain));
    // UN symbols (letters, a slash and digits), then bare resolution numbers (`77/150`).
    let mut blanked = text.clone();
    for (offset, sym) in symbols(&text) {
        // `A/74/62-E/2019/6` is two documents, which some languages write apart.
        let mut rest = sym;
        while let Some(p) = joint(rest) {
            inv.citations.insert(rest[..p].to_string());
            rest = &rest[p + 1..];
        }
        inv.citations.insert(rest.to_string());
        blanked.replace_range(offset..offset + sym.len(), &" ".repeat(sym.len()));
    }
    numbers(&blanked, &mut inv);
    inv
}

/// Where a symbol joins a second one with `-`: a dash followed by a capital and, later, a `/`.
fn joint(symbol: &str) -> Option<usize> {
    symbol.char_indices().find_map(|(i, c)| {
        let after = &symbol[i + 1..];
        (c == '-' && after.starts_with(|c: char| c.is_ascii_uppercase()) && after.contains('/'))
            .then_some(i)
    })
}

/// Digit groups joined by `/` are resolution numbers. Other digit groups joined by one `.`, `,`
/// or space are one figure, read as its significant digits (separators, leading and trailing
/// zeros dropped): languages write a figure in different units and separators (`5.5 billion`,
/// `5.500 millones`, `55亿`; `4 trillion`, `4 000 milliards`), and the digits are what they share.
/// Figures whose significant digits make 31 or less are left out with the days and months.
fn numbers(text: &str, inv: &mut Invariants) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut value = String::new();
        let mut slash = false;
        loop {
            while i < b.len() && b[i].is_ascii_digit() {
                value.push(b[i] as char);
                i += 1;
            }
            let digit_at = |at: usize| at < b.len() && b[at].is_ascii_digit();
            // A space joins only a group of three (`4 000`), not `ВВУИО+20 2025`.
            let thousands = |at: usize| (at..at + 3).all(digit_at) && !digit_at(at + 3);
            if i + 1 < b.len() && b[i] == b'/' && digit_at(i + 1) {
                slash = true;
                value.push('/');
                i += 1;
            } else if !slash
                && ((matches!(b.get(i), Some(b',' | b'.')) && digit_at(i + 1))
                    || (b.get(i) == Some(&b' ') && thousands(i + 1)))
            {
                i += 1;
            } else if !slash && text[i..].starts_with('\u{a0}') && thousands(i + 2) {
                i += 2;
            } else if !slash && text[i..].starts_with('\u{202f}') && thousands(i + 3) {
                i += 3;
            } else {
                break;
            }
        }
        if slash {
            inv.citations.insert(value);
        } else {
            let digits = value.trim_start_matches('0').trim_end_matches('0');
            if digits.len() >= 3 || digits.parse::<u32>().is_ok_and(|v| v > 31) {
                inv.numbers.insert(digits.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_numbers_and_marks_in_four_scripts() {
        let en = of(
            "Recalling its resolution 77/150 of 14 December 2022 and A/70/125,[^1] see https://www.un.org/x.",
        );
        let ar = of(
            "إذ تشير إلى قرارها ٧٧/١٥٠ المؤرخ 14 كانون الأول/ديسمبر ٢٠٢٢ و А/70/125[^1]، انظر https://www.un.org/x",
        );
        let zh = of("回顾其2022年12月14日第77/150号决议和A/70/125[^1]，见https://www.un.org/x。");
        for other in [&ar, &zh] {
            assert_eq!(&en, other);
        }
        assert_eq!(
            en.citations.iter().collect::<Vec<_>>(),
            ["77/150", "A/70/125"]
        );
        assert_eq!(en.numbers.iter().collect::<Vec<_>>(), ["2022"]);
    }

    #[test]
    fn thousands_separators_and_chinese_years() {
        assert_eq!(of("5.5 billion").numbers, of("5.500 millones").numbers);
        assert_eq!(of("55亿").numbers, of("5,5 milliards").numbers);
        assert_eq!(
            of("A/74/62-E/2019/6").citations,
            of("A/74/62 و E/2019/6").citations
        );
        assert_eq!(of("二〇二三年").numbers, of("2023").numbers);
        assert!(of("一个").numbers.is_empty());
        assert_eq!(of("E/RES/2023/3").citations.len(), 1);
    }
}
