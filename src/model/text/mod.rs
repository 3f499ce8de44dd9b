//! Script-aware text helpers shared by the importer and the comparison: spotting Cyrillic and
//! Greek letters that pass for Latin ones inside UN document symbols (a Russian original leaks
//! "А/70/125" with a Cyrillic А), and mapping them to Latin when a user asks for it; and the
//! tokenizer both the matcher and the inline diff split text with. The matching form of a clause
//! is in [`matching`].

mod form;
pub mod heading_fold;
pub mod invisible;
pub mod matching;
mod nfc;

pub use form::in_form;
pub use heading_fold::is_arabic_mark;
pub use matching::{Analysis, analyse, citation_blind_key, fold_for_matching};
pub use nfc::is_nfc;

/// Directional marks, embeddings and isolates, which PDF producers and extractors put around
/// right-to-left runs (producers with zero-width glyphs of their own).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}') || is_bidi_reordering(c)
}

/// The bidi controls that reorder the text after them, up to their end: embeddings, overrides
/// and isolates (U+202A-U+202E, U+2066-U+2069). Marks (LRM, RLM, ALM) only set the direction of
/// the character beside them.
pub fn is_bidi_reordering(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character of a right-to-left script: Hebrew, Arabic and their presentation forms. The HTML
/// isolation of Latin runs and the PDF reader's line order both ask it.
pub fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// A Chinese, Japanese or Korean character or punctuation mark (full-width forms and the
/// supplementary ideographs of planes 2 and 3 included): no space between two of them. The PDF
/// reader and the copied-text reader both ask it, so that they join the same lines alike.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// A UN symbol that contains a letter from the wrong script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookalike {
    /// The symbol as written, e.g. `А/70/125`.
    pub symbol: String,
    /// The offending letter and the Latin letter it imitates.
    pub found: char,
    /// The Latin letter it imitates.
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
    // A symbol holds a `/`, and every look-alike is a Greek or Cyrillic letter, two bytes led by
    // CE-D1: most lines have neither, and splitting each into runs was 6% of a plain-text diff.
    if memchr::memchr(b'/', text.as_bytes()).is_none()
        || !text.bytes().any(|b| matches!(b, 0xCE..=0xD1))
    {
        return Vec::new();
    }
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

/// The first `n` characters of `text`, and `…` when there were more: a clause quoted in a
/// one-line message.
pub fn excerpt(text: &str, n: usize) -> String {
    let mut out: String = text.chars().take(n).collect();
    if text.chars().nth(n).is_some() {
        out.push('…');
    }
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
    fn every_look_alike_is_two_bytes_led_by_ce_to_d1() {
        for c in ('\u{80}'..='\u{FFFF}').filter(|c| latin_twin(*c).is_some()) {
            let mut b = [0; 4];
            let bytes = c.encode_utf8(&mut b).as_bytes();
            assert!(bytes.len() == 2 && matches!(bytes[0], 0xCE..=0xD1), "{c}");
        }
    }

    #[test]
    fn folding_touches_only_symbols() {
        let text = "Резолюция А/70/125 и А";
        assert_eq!(fold_lookalikes(text), "Резолюция A/70/125 и А");
    }
}

/// What a token is made of; tokens never mix kinds, so "2014بوينس" is two tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum TokenKind {
    /// Arabic letters with their marks (diacritics, tatweel).
    Arabic,
    /// Latin, Cyrillic, Greek or other letters.
    Letters,
    /// Digits of any script.
    Digits,
    /// Whitespace.
    Space,
    /// Punctuation and symbols.
    Punct,
    /// A Chinese character (or Japanese kana): written without spaces, so each is a token of
    /// its own (docs/chinese_tokens.md measures why characters and not a segmenter).
    Han,
}

/// Kinds of U+0000..U+06FF, computed at compile time: tokenizing is a lookup per character for
/// ASCII and the main Arabic block, which is nearly all of our text. Only those two ranges are
/// read; the entries between them are never used.
pub(crate) static KINDS: [TokenKind; 0x700] = {
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
pub(crate) fn kind_of(c: char) -> TokenKind {
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
    if is_han(c) {
        return TokenKind::Han;
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
pub(crate) const fn arabic_kind(c: char) -> Option<TokenKind> {
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

/// CJK ideographs (unified, extension A, compatibility, the supplementary planes) and kana.
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Whether a character of kind `k` continues a token whose last character is of kind `prev`.
/// A number right after letters belongs to them ("C7", "جيم2"); letters right after a number
/// start a new word ("2014بوينس": tracked text run together), and so do letters after "C7".
#[inline(always)]
pub(crate) fn joins(prev: Option<TokenKind>, k: TokenKind) -> bool {
    // A table: matching on the pair of options cost more than the rest of tokenizing.
    JOINS[prev.map_or(NO_KIND, |p| p as usize)][k as usize]
}

const KIND_COUNT: usize = 6;
const NO_KIND: usize = KIND_COUNT;

static JOINS: [[bool; KIND_COUNT]; KIND_COUNT + 1] = {
    use TokenKind::*;
    let kinds = [Arabic, Letters, Digits, Space, Punct, Han];
    let mut table = [[false; KIND_COUNT]; KIND_COUNT + 1];
    let mut p = 0;
    while p < KIND_COUNT {
        let mut k = 0;
        while k < KIND_COUNT {
            table[p][k] = match (kinds[p], kinds[k]) {
                (Punct | Han, _) | (_, Punct | Han) => false,
                (Arabic | Letters, Digits) => true,
                (prev, next) => prev as usize == next as usize,
            };
            k += 1;
        }
        p += 1;
    }
    // Nothing joins the start of the text.
    table
};

/// Splits text into words, numbers, whitespace runs and single punctuation marks, at every change
/// of script or between letters and digits. Concatenating the tokens gives the text back.
pub fn tokenize(text: &str) -> Vec<&str> {
    // In Arabic text a token (a word or the space after it) averages over four bytes: one
    // allocation for most clauses.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut current: Option<TokenKind> = None;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII and two-byte characters (the Arabic block among them) are decoded here: decoding
        // through `chars()` and slicing at checked boundaries cost more than the tokenizing.
        let b = bytes[i];
        let (k, width) = match (b, bytes.get(i + 1)) {
            (0..0x80, _) => (KINDS[usize::from(b)], 1),
            (0xC0..0xE0, Some(&next)) => {
                let cp = (u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F);
                let k = match char::from_u32(cp) {
                    Some(c) => kind_of(c),
                    None => TokenKind::Punct,
                };
                (k, 2)
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (kind_of(c), c.len_utf8())
            }
        };
        if !joins(current, k) && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        current = Some(k);
        i += width;
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
        TokenKind::Arabic | TokenKind::Letters | TokenKind::Digits | TokenKind::Han
    )
}

/// The FNV-1a offset basis: the hash of nothing.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One FNV-1a step: `x` (a byte, a code point or a whole word's hash) into the running hash
/// `h`. Each step is a bijection of `h`, so equal sequences hash alike and a changed item
/// changes the hash.
#[inline(always)]
pub fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a over bytes: a fast, stable 64-bit hash for word and text identity.
pub fn fnv(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes
        .into_iter()
        .fold(FNV_OFFSET, |h, b| mix(h, u64::from(b)))
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
}
