//! Script-aware text helpers shared by the importer and the comparison: spotting Cyrillic and
//! Greek letters that pass for Latin ones inside UN document symbols (a Russian original leaks
//! "А/70/125" with a Cyrillic А), and mapping them to Latin when a user asks for it.

/// A UN symbol that contains a letter from the wrong script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookalike {
    /// The symbol as written, e.g. `А/70/125`.
    pub symbol: String,
    /// The offending letter and the Latin letter it imitates.
    pub found: char,
    pub latin: char,
    /// Byte offset of the symbol in the text.
    pub offset: usize,
}

/// The Latin capital or small letter a Cyrillic or Greek letter imitates.
pub fn latin_twin(c: char) -> Option<char> {
    Some(match c {
        'А' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'Е' | 'Ε' => 'E',
        'К' | 'Κ' => 'K',
        'М' | 'Μ' => 'M',
        'Н' | 'Η' => 'H',
        'О' | 'Ο' => 'O',
        'Р' | 'Ρ' => 'P',
        'С' => 'C',
        'Т' | 'Τ' => 'T',
        'Х' | 'Χ' => 'X',
        'І' | 'Ι' => 'I',
        'Ѕ' => 'S',
        'а' => 'a',
        'е' => 'e',
        'о' | 'ο' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        _ => return None,
    })
}

fn symbol_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-') || latin_twin(c).is_some()
}

/// Runs of symbol characters that look like UN document symbols: at least one `/`, one digit and
/// one letter, e.g. `A/70/125`, `A/RES/70/1`, `E/CN.16/2016/3`.
fn symbols(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (symbol_char(c) && i < text.len(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let run = text[s..i].trim_end_matches(['.', '-']);
                let letters = run.chars().any(|c| c.is_alphabetic());
                if run.contains('/') && run.chars().any(|c| c.is_ascii_digit()) && letters {
                    out.push((s, run));
                }
                start = None;
            }
            _ => {}
        }
    }
    out.into_iter()
}

/// Every UN symbol of `text` that holds a look-alike letter.
pub fn lookalikes(text: &str) -> Vec<Lookalike> {
    symbols(text)
        .filter_map(|(offset, symbol)| {
            let (found, latin) = symbol.chars().find_map(|c| latin_twin(c).map(|l| (c, l)))?;
            Some(Lookalike {
                symbol: symbol.to_string(),
                found,
                latin,
                offset,
            })
        })
        .collect()
}

/// `text` with look-alike letters inside UN symbols replaced by their Latin twins; other text,
/// including Cyrillic words, is left alone.
pub fn fold_lookalikes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (offset, symbol) in symbols(text) {
        out.push_str(&text[last..offset]);
        out.extend(symbol.chars().map(|c| latin_twin(c).unwrap_or(c)));
        last = offset + symbol.len();
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_cyrillic_a_of_the_seed() {
        let text = "لقراري الجمعية العامة للأمم المتحدة А/70/125 وА/70/1، وكذلك";
        let found = lookalikes(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].symbol, "А/70/125");
        assert_eq!((found[0].found, found[0].latin), ('А', 'A'));
        assert_eq!(found[1].symbol, "А/70/1");
    }

    #[test]
    fn latin_symbols_and_cyrillic_words_are_not_flagged() {
        assert!(lookalikes("بالقرار A/70/125 للجمعية و A/RES/70/1").is_empty());
        assert!(lookalikes("решает предложить 2017/1").is_empty());
    }

    #[test]
    fn folding_touches_only_symbols() {
        let text = "Резолюция А/70/125 и А";
        assert_eq!(fold_lookalikes(text), "Резолюция A/70/125 и А");
    }
}
