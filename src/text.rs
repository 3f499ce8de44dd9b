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
pub fn symbols(text: &str) -> impl Iterator<Item = (usize, &str)> {
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
    if !text.chars().any(|c| latin_twin(c).is_some()) {
        return text.to_string();
    }
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

/// What a token is made of; tokens never mix kinds, so "2014بوينس" is two tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Arabic letters with their marks (diacritics, tatweel).
    Arabic,
    /// Latin, Cyrillic, Greek or other letters.
    Letters,
    Digits,
    Space,
    Punct,
}

/// Kinds of U+0000..U+06FF, computed at compile time: tokenizing is a lookup per character for
/// ASCII and the main Arabic block, which is nearly all of our text. Only those two ranges are
/// read; the entries between them are never used.
static KINDS: [TokenKind; 0x700] = {
    let mut table = [TokenKind::Punct; 0x700];
    let mut i = 0;
    while i < 0x700 {
        // Every index is below 0x700, a valid scalar value.
        let c = match char::from_u32(i as u32) {
            Some(c) => c,
            None => '\0',
        };
        table[i] = match arabic_kind(c) {
            Some(kind) => kind,
            None => match c {
                'a'..='z' | 'A'..='Z' => TokenKind::Letters,
                '0'..='9' => TokenKind::Digits,
                ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' => TokenKind::Space,
                _ => TokenKind::Punct,
            },
        };
        i += 1;
    }
    table
};

#[inline(always)]
fn kind_of(c: char) -> TokenKind {
    let u = c as usize;
    if u < 0x80 || (0x600..0x700).contains(&u) {
        return KINDS[u];
    }
    kind_of_other(c)
}

#[cold]
fn kind_of_other(c: char) -> TokenKind {
    if let Some(kind) = arabic_kind(c) {
        return kind;
    }
    match c {
        c if c.is_numeric() => TokenKind::Digits,
        c if c.is_alphabetic() => TokenKind::Letters,
        c if c.is_whitespace() => TokenKind::Space,
        _ => TokenKind::Punct,
    }
}

/// The kind of a character of the Arabic blocks, decided by code point: Unicode's property
/// tables are the slowest part of tokenizing Arabic text otherwise.
const fn arabic_kind(c: char) -> Option<TokenKind> {
    Some(match c {
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => TokenKind::Digits,
        '\u{0610}'..='\u{061A}' => TokenKind::Arabic,
        '\u{0600}'..='\u{061F}'
        | '\u{066A}'..='\u{066D}'
        | '\u{06D4}'
        | '\u{06DD}'
        | '\u{06DE}'
        | '\u{06E9}'
        | '\u{06FD}'
        | '\u{06FE}'
        | '\u{FD3E}'
        | '\u{FD3F}'
        | '\u{FEFF}' => TokenKind::Punct,
        '\u{0620}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}' => TokenKind::Arabic,
        _ => return None,
    })
}

fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

/// Splits text into words, numbers, whitespace runs and single punctuation marks, at every change
/// of script or between letters and digits. Concatenating the tokens gives the text back.
pub fn tokenize(text: &str) -> Vec<&str> {
    // In Arabic text a token (a word or the space after it) averages over four bytes: one
    // allocation for most clauses.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut start = 0;
    let mut current: Option<TokenKind> = None;
    for (i, c) in text.char_indices() {
        let k = kind_of(c);
        // A number right after letters belongs to them ("C7", "جيم2"); letters right after a
        // number start a new word ("2014بوينس": tracked text run together).
        let joins = match (current, k) {
            (Some(TokenKind::Punct), _) | (_, TokenKind::Punct) => false,
            (Some(TokenKind::Arabic | TokenKind::Letters), TokenKind::Digits) => true,
            (Some(TokenKind::Digits), TokenKind::Digits) => true,
            (Some(prev), k) => prev == k,
            (None, _) => false,
        };
        // After "C7" more letters are a new token, like after any number.
        let k = if joins && k == TokenKind::Digits {
            TokenKind::Digits
        } else {
            k
        };
        if !joins && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        current = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The kind of a token made by [`tokenize`].
pub fn token_kind(token: &str) -> TokenKind {
    token.chars().next().map_or(TokenKind::Space, kind_of)
}

/// Whether a token carries meaning (a word or a number), as opposed to spacing or punctuation.
pub fn is_content(token: &str) -> bool {
    matches!(
        token_kind(token),
        TokenKind::Arabic | TokenKind::Letters | TokenKind::Digits
    )
}

/// The comparison form used to align clauses: NFKC, look-alike letters as Latin, Arabic marks
/// and tatweel removed, alef and yeh variants folded, lower case. One pass, one allocation:
/// this runs on every clause of both texts. Look-alikes are folded everywhere, not only inside
/// UN symbols: both sides fold alike, so equal texts stay equal.
pub fn fold_for_matching(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len());
    // Most characters stay as they are; they are copied in runs rather than one by one.
    let mut run = 0;
    for (i, c) in text.char_indices() {
        let keep = match c {
            'A'..='Z' => false,
            c if c.is_ascii() => true,
            'إ' | 'آ' | 'ٱ' | 'أ' | 'ى' => false,
            c if is_arabic_mark(c) => false,
            '\u{0600}'..='\u{06FF}' => true,
            _ => false,
        };
        if keep {
            continue;
        }
        out.push_str(&text[run..i]);
        run = i + c.len_utf8();
        match c {
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c if is_arabic_mark(c) => {}
            'إ' | 'آ' | 'ٱ' | 'أ' => out.push('ا'),
            'ى' => out.push('ي'),
            c => match latin_twin(c) {
                Some(l) => out.push(l.to_ascii_lowercase()),
                None => {
                    for n in std::iter::once(c).nfkc() {
                        match n {
                            'إ' | 'آ' | 'ٱ' | 'أ' => out.push('ا'),
                            'ى' => out.push('ي'),
                            n if is_arabic_mark(n) => {}
                            n => out.extend(n.to_lowercase()),
                        }
                    }
                }
            },
        }
    }
    out.push_str(&text[run..]);
    out
}

/// FNV-1a over bytes: a fast, stable 64-bit hash for word and text identity.
pub fn fnv(bytes: impl IntoIterator<Item = u8>) -> u64 {
    fnv_extend(0xcbf2_9ce4_8422_2325, bytes)
}

/// Continues an [`fnv`] hash `h` with more bytes, for keys fed piece by piece.
pub fn fnv_extend(h: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes
        .into_iter()
        .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A key equal for two texts that differ only in spacing, punctuation, Arabic marks, letter
/// variants, look-alikes and the revision tags of citations: "Resolution 140 (Rev. Guadalajara,
/// 2010);" and "Resolution 140 (Rev. Busan, 2014)," share it.
pub fn citation_blind_key(text: &str) -> u64 {
    citation_blind_key_of_tokens(&tokenize(&fold_for_matching(text)))
}

/// Whether the tokens between a pair of parentheses are a citation's revision tag: a year and a
/// few words ("Rev. Busan, 2014", "المراجَع في بوسان، 2014", "Mod. 2016").
fn is_citation_tag(inner: &[&str]) -> bool {
    let has_year = inner.iter().any(|t| {
        t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) && t.starts_with(['1', '2'])
    });
    has_year && inner.iter().filter(|t| is_content(t)).count() <= 5
}

/// [`citation_blind_key`] of the tokens of a text already passed through [`fold_for_matching`]:
/// the words and numbers in order, each revision tag standing as one marker. The matcher has
/// these tokens anyway for its word hashes, so the key costs no second pass over the text.
pub fn citation_blind_key_of_tokens(tokens: &[&str]) -> u64 {
    let mut h = fnv([]);
    let mut eat = |bytes: &[u8]| h = fnv_extend(h, bytes.iter().copied());
    let mut i = 0;
    while i < tokens.len() {
        // A group runs to the first ")"; a "(" inside it opens no group of its own.
        let group = (tokens[i] == "(")
            .then(|| tokens[i + 1..].iter().position(|t| *t == ")"))
            .flatten();
        let end = match group {
            Some(len) if is_citation_tag(&tokens[i + 1..i + 1 + len]) => {
                // Upper case: folded text is lower case, so no text hashes like the marker.
                eat(b"REV");
                i += len + 2;
                continue;
            }
            Some(len) => i + len + 2,
            None => i + 1,
        };
        for t in &tokens[i..end] {
            if is_content(t) {
                eat(t.as_bytes());
            }
        }
        i = end;
    }
    h
}

#[cfg(test)]
mod token_tests {
    use super::*;

    #[test]
    fn run_together_tracked_text_splits_at_script_and_digit_boundaries() {
        let t = tokenize("(دبي، 2014بوينس آيرس، 2017)،");
        assert_eq!(
            t,
            [
                "(",
                "دبي",
                "،",
                " ",
                "2014",
                "بوينس",
                " ",
                "آيرس",
                "،",
                " ",
                "2017",
                ")",
                "،"
            ]
        );
    }

    #[test]
    fn latin_symbols_and_mixed_text() {
        assert_eq!(
            tokenize("A/70/125 WSIS+10"),
            ["A", "/", "70", "/", "125", " ", "WSIS", "+", "10"]
        );
        assert_eq!(
            tokenize("جيم2 وجيم11 C7"),
            ["جيم2", " ", "وجيم11", " ", "C7"]
        );
        assert_eq!(tokenize("2010بوسان"), ["2010", "بوسان"]);
        assert_eq!(tokenize("ITU-D's"), ["ITU", "-", "D", "'", "s"]);
    }

    #[test]
    fn tokens_concatenate_to_the_text() {
        let text = "بالقرار 71 (المراجَع في\u{a0}بوسان، 2014) لمؤتمر؛ ﻫ";
        assert_eq!(tokenize(text).concat(), text);
    }

    #[test]
    fn diacritics_stay_inside_their_word() {
        assert_eq!(tokenize("المراجَع في"), ["المراجَع", " ", "في"]);
        assert!(is_content("المراجَع") && !is_content("،") && !is_content(" "));
    }

    #[test]
    fn matching_form_ignores_marks_forms_and_lookalikes() {
        assert_eq!(fold_for_matching("المراجَع"), fold_for_matching("المراجع"));
        assert_eq!(fold_for_matching("\u{feeb}"), fold_for_matching("ه"));
        assert_eq!(fold_for_matching("А/70/1"), fold_for_matching("A/70/1"));
    }

    // The character-by-character key this module used before keys were taken from tokens; kept
    // as the reference the token version must agree with.
    /// Replaces each parenthesised citation tag (a group holding a year and a few words) by a marker.
    fn mask_citation_tags(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(open) = rest.find('(') {
            out.push_str(&rest[..open]);
            let tail = &rest[open..];
            let Some(close) = tail.find(')') else {
                out.push_str(tail);
                return out;
            };
            let inner = &tail[1..close];
            let tokens = tokenize(inner);
            let has_year = tokens.iter().any(|t| {
                t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) && t.starts_with(['1', '2'])
            });
            let words = tokens.iter().filter(|t| is_content(t)).count();
            if has_year && words <= 5 {
                out.push_str("(\u{2063}REV\u{2063})");
            } else {
                out.push_str(&tail[..=close]);
            }
            rest = &tail[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// [`citation_blind_key`] of a text already passed through [`fold_for_matching`].
    fn citation_blind_key_of_folded(folded: &str) -> u64 {
        let masked = mask_citation_tags(folded);
        let mut h = fnv([]);
        let mut buf = [0u8; 4];
        for c in masked.chars() {
            // Letters and digits only; the cheap tests first (this runs on every changed clause).
            let keep = if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                !matches!(kind_of(c), TokenKind::Space | TokenKind::Punct)
            };
            if keep {
                h = fnv_extend(h, c.encode_utf8(&mut buf).bytes());
            }
        }
        h
    }

    #[test]
    fn token_key_agrees_with_the_character_key_on_the_corpus_and_odd_groups() {
        let mut texts: Vec<String> = [
            "القرار 140 (المراجَع في بوسان، 2014) (a (b 2010)) (c) (d 2010",
            "resolution 71 (rev. busan, 2014) and (a long note with many words 2010 here)",
            "(2010) () ((rev 2014)",
        ]
        .map(String::from)
        .to_vec();
        for rev in ["dubai-2014", "rcc-wtdc17"] {
            let path = format!(
                "{}/resolutions/wtdc/030/{rev}.ar.toml",
                env!("CARGO_MANIFEST_DIR")
            );
            let doc = crate::corpus::load_file(std::path::Path::new(&path)).expect("corpus file");
            for section in &doc.sections {
                for clause in &section.clauses {
                    texts.push(clause.text.clone());
                    texts.extend(clause.children.iter().map(|c| c.text.clone()));
                }
            }
        }
        assert!(texts.len() > 100);
        for text in &texts {
            let folded = fold_for_matching(text);
            assert_eq!(
                citation_blind_key_of_tokens(&tokenize(&folded)),
                citation_blind_key_of_folded(&folded),
                "{text}"
            );
        }
    }
}
