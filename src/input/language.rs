//! Which of the six languages a plain text is in, when nothing says: the script tells Arabic,
//! Russian and Chinese; among the Latin-script languages, the heading words and the formula
//! decide, and the commonest short words break a tie. The answer is refused, naming the
//! candidates, only when the text is truly ambiguous.

use super::heading::{heading_kind_in, is_formula};
use crate::model::Language;

/// Why no language could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undetected {
    /// No letters at all.
    NoLetters,
    /// Two or more languages fit as well.
    Ambiguous(Vec<Language>),
}

const LATIN: [Language; 3] = [Language::En, Language::Fr, Language::Es];

/// Short words that stand on nearly every line of one language and few of the others.
fn common_words(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::En => &["the", "of", "and", "to", "that", "in"],
        Language::Fr => &["le", "la", "les", "des", "et", "du", "que"],
        Language::Es => &["el", "los", "las", "y", "del", "que"],
        _ => &[],
    }
}

/// The language of a text, when it tells: `detect` without the reason it could not.
pub fn detect_language(text: &str) -> Option<Language> {
    detect(text.lines()).ok()
}

/// The language of `lines`.
pub fn detect<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> Result<Language, Undetected> {
    let (mut arabic, mut cyrillic, mut han, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in lines.clone().flat_map(str::chars) {
        match c {
            '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
                arabic += 1
            }
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            c if c.is_alphabetic() => latin += 1,
            _ => {}
        }
    }
    let total = arabic + cyrillic + han + latin;
    if total == 0 {
        return Err(Undetected::NoLetters);
    }
    // A script that holds most letters is the language: a Latin UN symbol or an English
    // acronym inside an Arabic text does not change it. Han counts double: a character is a word.
    for (count, lang) in [
        (arabic, Language::Ar),
        (cyrillic, Language::Ru),
        (han * 2, Language::Zh),
    ] {
        if count * 2 > total {
            return Ok(lang);
        }
    }
    if latin * 2 <= total {
        let mut mixed: Vec<Language> = [
            (arabic, Language::Ar),
            (cyrillic, Language::Ru),
            (han, Language::Zh),
            (latin, Language::En),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, l)| *l)
        .collect();
        mixed.sort();
        return Err(Undetected::Ambiguous(mixed));
    }
    let mut scores = [0usize; 3];
    for line in lines {
        for (i, lang) in LATIN.iter().enumerate() {
            if heading_kind_in(line, *lang).is_some() {
                scores[i] += 100;
            }
            if is_formula(line) && formula_language(line) == Some(*lang) {
                scores[i] += 100;
            }
            let words = common_words(*lang);
            scores[i] += line
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| words.iter().any(|c| w.eq_ignore_ascii_case(c)))
                .count();
        }
    }
    let best = scores.iter().copied().max().unwrap_or(0);
    let top: Vec<Language> = LATIN
        .iter()
        .zip(scores)
        .filter(|(_, s)| *s == best)
        .map(|(l, _)| *l)
        .collect();
    match top.as_slice() {
        [one] if best > 0 => Ok(*one),
        _ => Err(Undetected::Ambiguous(top)),
    }
}

/// The language a Latin-script formula opens in: "The Council," / "Le Conseil," / "El Consejo,".
fn formula_language(line: &str) -> Option<Language> {
    let t = line.trim_start();
    if t.starts_with("The ") {
        Some(Language::En)
    } else if ["Le ", "L'", "L’"].iter().any(|p| t.starts_with(p)) || t.starts_with("La Conférence")
    {
        Some(Language::Fr)
    } else if t.starts_with("El ")
        || t.starts_with("La Conferencia")
        || t.starts_with("La Asamblea")
    {
        Some(Language::Es)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(text: &str) -> Result<Language, Undetected> {
        detect(text.lines())
    }

    #[test]
    fn scripts_say_arabic_russian_chinese() {
        assert_eq!(lang("إذ يذكّر\nأ)\tبالقرار 71 (A/70/125)"), Ok(Language::Ar));
        assert_eq!(lang("напоминая\nа)\tрезолюцию 71"), Ok(Language::Ru));
        assert_eq!(lang("忆及\n a)\t第71号决议"), Ok(Language::Zh));
    }

    #[test]
    fn latin_languages_by_headings_and_formula() {
        assert_eq!(
            lang("The Council,\nconsidering\na)\tthat the Council decided"),
            Ok(Language::En)
        );
        assert_eq!(
            lang("Le Conseil,\nconsidérant\na)\tque le Conseil a décidé"),
            Ok(Language::Fr)
        );
        assert_eq!(
            lang("El Consejo,\nconsiderando\na)\tque el Consejo decidió"),
            Ok(Language::Es)
        );
    }

    #[test]
    fn ambiguity_names_the_candidates() {
        assert_eq!(lang("1\t2030\n2\t2031"), Err(Undetected::NoLetters));
        match lang("q\tz") {
            Err(Undetected::Ambiguous(c)) => assert_eq!(c, LATIN.to_vec()),
            other => panic!("{other:?}"),
        }
        match lang("يذكر abcd") {
            Err(Undetected::Ambiguous(c)) => assert_eq!(c, [Language::Ar, Language::En]),
            other => panic!("{other:?}"),
        }
    }
}
