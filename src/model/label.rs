//! Clause labels: `a)`, `أ )`, `(ﻫ`, `1`, `'2'`, `ii)`, `㈡`, `b)bis`, `-`, `•`.
//!
//! A label is kept as written (so that a text can be reproduced) together with a normalised form
//! and an ordinal. Normalisation is NFKC (so the presentation form `ﻫ` U+FEEB is the letter `ه`),
//! drops spaces (including the no-break spaces Word puts inside `أ )`) and brackets, folds the
//! alef variants and alef maqsura that typists use for `أ` and `ي`, maps Arabic-Indic digits to
//! ASCII, and reads `bis`/`ter`/`quater`/... (and Arabic `مكرراً`) as a suffix. Ordinals follow the
//! alphabet of the script: abjad order for Arabic (أ ب ج د ه و ز ح ط ي ...), the Russian
//! enumeration order for Cyrillic, a-z for Latin.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

mod common;

/// Arabic labels follow the abjad order, not the modern alphabetical (hija'i) order.
pub const ABJAD: &[char] = &[
    'أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق',
    'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
];

/// Russian ITU texts enumerate with а) б) в) ..., skipping ё and й.
pub const CYRILLIC: &[char] = &[
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у',
    'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
];

/// ITU's suffixes of an inserted item or note, in order: `1bis`, `2ter`. Labels read them
/// (and Arabic's [`ARABIC_BIS`]); the DOCX reader and writer know a footnote mark's suffix by
/// them.
pub const SUFFIXES: &[&str] = &["bis", "ter", "quater", "quinquies", "sexies"];

/// The ways Arabic texts write `bis`.
const ARABIC_BIS: &[&str] = &["مكرراً", "مكررا", "مكرر"];

/// A mark written as a number and one of [`SUFFIXES`] (`1bis`): the number and the suffix.
pub fn numbered_suffix(mark: &str) -> Option<(&str, &str)> {
    let suffix = mark.trim_start_matches(|c: char| c.is_ascii_digit());
    let number = &mark[..mark.len() - suffix.len()];
    (!number.is_empty() && SUFFIXES.contains(&suffix)).then_some((number, suffix))
}

/// One of [`SUFFIXES`] opening a text, then a space or tab (`bis<TAB>that …`, a suffix typed
/// after Word's automatic number), and the text after it.
pub fn typed_suffix(text: &str) -> Option<(&'static str, &str)> {
    SUFFIXES.iter().find_map(|s| {
        let rest = text.strip_prefix(*s)?;
        rest.starts_with(char::is_whitespace).then_some((*s, rest))
    })
}

/// Whether a note's mark, typed as text, reads as a note's number: up to four digits, and one
/// of [`SUFFIXES`]. The DOCX writer types a second call of a note so (as ITU does), and the
/// DOCX reader reads such a number in the note reference's style as a call.
pub(crate) fn is_note_number(mark: &str) -> bool {
    let digits = mark.bytes().take_while(u8::is_ascii_digit).count();
    (1..=4).contains(&digits) && (digits == mark.len() || numbered_suffix(mark).is_some())
}

/// How a label counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// أ) ب) ج) ...
    ArabicLetter,
    /// a) b) c) ...
    LatinLetter,
    /// а) б) в) ...
    CyrillicLetter,
    /// 1 2 3 (operative paragraphs)
    Number,
    /// '1' '2' (sub-items of numbered paragraphs)
    Quoted,
    /// 'i' 'ii' (quoted roman numerals)
    QuotedRoman,
    /// i) ii) iii)
    Roman,
    /// 1.1, 1.11.1, 1bis.2 (numbered paragraphs of rules and annexes)
    Decimal,
    /// - items
    Dash,
    /// • items
    Bullet,
    /// a paragraph without a label
    None,
}

impl Scheme {
    /// Schemes whose labels are not meant to be unique among siblings.
    pub fn is_repeating(self) -> bool {
        matches!(self, Scheme::Dash | Scheme::Bullet | Scheme::None)
    }
}

/// A clause label as written and as understood. The fields are private so that the form
/// compared (`norm`) and the form shown (`written`) cannot drift apart: a label is made only by
/// [`Label::parse`] (or [`Label::none`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// Exactly as in the source, including odd spacing and presentation forms.
    written: String,
    /// Canonical form used for comparison: `أ`, `b bis`, `1`, `'2'`, `ii`, `-`.
    norm: String,
    /// Which sequence the label belongs to: letters, numbers, roman numerals, dashes, ...
    scheme: Scheme,
    /// Position in the scheme's sequence (a = 1); none for dashes, bullets and compounds.
    ordinal: Option<u32>,
    /// `bis`, `ter`, ... when present.
    suffix: Option<String>,
}

/// A label string that does not read as any label scheme.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a clause label (expected a letter, number, 'n', roman numeral, dash or bullet)"
)]
pub struct BadLabel(pub String);

impl Label {
    /// The label of an unlabelled paragraph.
    pub fn none() -> Label {
        Label {
            written: String::new(),
            norm: String::new(),
            scheme: Scheme::None,
            ordinal: None,
            suffix: None,
        }
    }

    /// Exactly as in the source, including odd spacing and presentation forms.
    pub fn written(&self) -> &str {
        &self.written
    }

    /// Canonical form used for comparison: `أ`, `b bis`, `1`, `'2'`, `ii`, `-`.
    pub fn norm(&self) -> &str {
        &self.norm
    }

    /// How many levels a decimal label sits below its section (its dots: `1.1` one, `1.11.1`
    /// two); `None` for any other scheme.
    pub fn decimal_depth(&self) -> Option<usize> {
        (self.scheme() == Scheme::Decimal).then(|| self.norm.matches('.').count())
    }

    /// Which sequence the label belongs to: letters, numbers, roman numerals, dashes, ...
    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// Position in the scheme's sequence (a = 1); none for dashes, bullets and compounds.
    pub fn ordinal(&self) -> Option<u32> {
        self.ordinal
    }

    /// `bis`, `ter`, ... when present.
    pub fn suffix(&self) -> Option<&str> {
        self.suffix.as_deref()
    }

    /// The letter `i`, `v` or `x` read as the roman numeral it is spelt like, where its place
    /// says so (see [`crate::model::read_roman`]); any other label comes back as it is. Written
    /// and normalised forms stay: only how the label counts changes.
    pub fn as_roman(self) -> Label {
        let ordinal = match self.norm.as_str() {
            "i" => 1,
            "v" => 5,
            "x" => 10,
            _ => return self,
        };
        if self.scheme != Scheme::LatinLetter {
            return self;
        }
        Label {
            scheme: Scheme::Roman,
            ordinal: Some(ordinal),
            ..self
        }
    }

    /// Whether two letters stand in one label, as in `أ ﻫ )`: the residue of a tracked
    /// relabelling (old a), new e)) that lost its strike-through.
    pub fn is_compound(&self) -> bool {
        self.norm.contains('/')
    }

    /// Reads a label as written. An empty string is the label of an unlabelled paragraph.
    pub fn parse(written: &str) -> Result<Label, BadLabel> {
        match common::common(written) {
            Some(label) => Ok(label),
            None => Label::parse_folded(written),
        }
    }

    /// [`Label::parse`] for every label: folded, its suffix split off, its scheme found.
    fn parse_folded(written: &str) -> Result<Label, BadLabel> {
        let folded = fold(written);
        if folded.is_empty() {
            return if written.trim().is_empty() {
                Ok(Label::none())
            } else {
                Err(BadLabel(written.to_string()))
            };
        }
        let (core, suffix) = split_suffix(&folded);
        let (scheme, ordinal, norm_core) =
            classify(&core).ok_or_else(|| BadLabel(written.to_string()))?;
        let norm = match &suffix {
            Some(s) => format!("{norm_core} {s}"),
            None => norm_core,
        };
        Ok(Label {
            written: written.to_string(),
            norm,
            scheme,
            ordinal,
            suffix,
        })
    }

    /// The label a reader expects at `ordinal` in this label's scheme (used to spot jumps).
    pub fn same_scheme_at(&self, ordinal: u32) -> Option<String> {
        let i = usize::try_from(ordinal.checked_sub(1)?).ok()?;
        match self.scheme {
            Scheme::ArabicLetter => ABJAD.get(i).map(char::to_string),
            Scheme::CyrillicLetter => CYRILLIC.get(i).map(char::to_string),
            Scheme::LatinLetter => u32::from('a')
                .checked_add(ordinal - 1)
                .and_then(char::from_u32)
                .filter(char::is_ascii_lowercase)
                .map(|c| c.to_string()),
            Scheme::Number => Some(ordinal.to_string()),
            Scheme::Quoted => Some(format!("'{ordinal}'")),
            Scheme::Roman | Scheme::QuotedRoman => roman(ordinal),
            Scheme::Decimal => {
                let core = self.norm.split(' ').next().unwrap_or_default();
                let (prefix, _) = core.rsplit_once('.')?;
                Some(format!("{prefix}.{ordinal}"))
            }
            Scheme::Dash | Scheme::Bullet | Scheme::None => None,
        }
    }
}

/// NFKC, no whitespace, no brackets, alef and digit variants folded, curly quotes straightened.
fn fold(written: &str) -> String {
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

fn split_suffix(folded: &str) -> (String, Option<String>) {
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

fn classify(core: &str) -> Option<(Scheme, Option<u32>, String)> {
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

/// 一 to 九十九 written with Han numerals: 三, 十, 十二, 二十, 二十三.
fn han_number(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|i| i as u32 + 1)
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

fn from_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let value = |c| match c {
        'i' => Some(1),
        'v' => Some(5),
        'x' => Some(10),
        'l' => Some(50),
        'c' => Some(100),
        _ => None,
    };
    let digits: Vec<i64> = s.chars().map(value).collect::<Option<_>>()?;
    let mut total = 0i64;
    for (i, d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(next) if next > d => total -= d,
            _ => total += d,
        }
    }
    let total = u32::try_from(total).ok()?;
    // Reject spellings such as "iiii" or "vx" by converting back.
    (roman(total).as_deref() == Some(s)).then_some(total)
}

/// `n` in lowercase Roman numerals (1 to 3999): `xiv`. Labels and Word's `lowerRoman` numbering
/// both count with it.
pub fn roman(mut n: u32) -> Option<String> {
    if n == 0 || n >= 4000 {
        return None;
    }
    const TABLE: &[(u32, &str)] = &[
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Label {
        Label::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn arabic_letters_follow_abjad_order() {
        let labels = [
            "أ)", "ب)", "ج)", "د)", "ه)", "و)", "ز)", "ح)", "ط)", "ي)", "ك)",
        ];
        let ordinals: Vec<_> = labels.iter().map(|l| p(l).ordinal).collect();
        assert_eq!(ordinals, (1..=11).map(Some).collect::<Vec<_>>());
        assert_eq!(p("ز )").scheme, Scheme::ArabicLetter);
        // UN Arabic: the letter with a tatweel, and paragraph numbers `1.` and `1 -`.
        assert_eq!(p("(هـ)").ordinal, Some(5));
        assert_eq!(
            (p("12 -").scheme, p("12 -").ordinal),
            (Scheme::Number, Some(12))
        );
        assert_eq!(p("12.").norm, "12");
    }

    #[test]
    fn presentation_forms_normalise_to_base_letters() {
        // As typed in the seed: HEH initial form, WAW/HAH/TAH/YEH/BEH isolated forms.
        for (form, base, ord) in [
            ("\u{feeb})", "ه", 5),
            ("\u{feed} )", "و", 6),
            ("\u{fea1})", "ح", 8),
            ("\u{fec1})", "ط", 9),
            ("\u{fef1})", "ي", 10),
            ("\u{fe8f})", "ب", 2),
        ] {
            let l = p(form);
            assert_eq!((l.norm.as_str(), l.ordinal), (base, Some(ord)), "{form}");
        }
    }

    #[test]
    fn spacing_and_bracket_variants_are_one_label() {
        let variants = ["أ )", "\u{a0}أ\u{a0})", "(أ", "أ)", "(أ)", "ا)", " إ )"];
        for v in variants {
            assert_eq!(p(v).norm, "أ", "{v:?}");
            assert_eq!(p(v).written, v);
        }
    }

    #[test]
    fn bis_and_ter_are_suffixes() {
        let l = p("b)bis");
        assert_eq!((l.norm.as_str(), l.ordinal), ("b bis", Some(2)));
        assert_eq!(l.suffix.as_deref(), Some("bis"));
        assert_eq!(p("c) ter").norm, "c ter");
        assert_eq!(p("ب) مكرراً").norm, "ب bis");
        assert_ne!(p("b)bis").norm, p("b)").norm);
        // Every suffix of ITU's list, which the DOCX reader knows footnote marks by too.
        assert_eq!(p("c)quater").suffix(), Some("quater"));
        assert_eq!(p("c)sexies").suffix(), Some("sexies"));
    }

    #[test]
    fn decimal_paragraph_numbers_of_rules() {
        // WTSA Res. 1 numbers its rules 1.1, 1.11.1, 1bis.1.2.
        let l = p("1.11.1");
        assert_eq!(
            (l.scheme, l.ordinal, l.norm.as_str()),
            (Scheme::Decimal, Some(1), "1.11.1")
        );
        assert_eq!(p("1bis.1.2").ordinal, Some(2));
        assert_eq!(p("9.3").norm, "9.3");
        assert!(Label::parse("1.a").is_err());
        assert!(Label::parse("1..2").is_err());
        assert_eq!(p("2").scheme, Scheme::Number);
    }

    #[test]
    fn quoted_numbers_and_quoted_roman() {
        assert_eq!(p("'1'").scheme, Scheme::Quoted);
        assert_eq!(p("\u{2018}3\u{2019}").norm, "'3'");
        let r = p("'iv'");
        assert_eq!((r.scheme, r.ordinal), (Scheme::QuotedRoman, Some(4)));
        assert!(Label::parse("'iiii'").is_err());
    }

    #[test]
    fn roman_numerals_need_more_than_one_letter() {
        assert_eq!(p("ii)").scheme, Scheme::Roman);
        assert_eq!(p("ix)").ordinal, Some(9));
        // a lone i) is the ninth letter; the tree builder decides from context.
        assert_eq!(p("i)").scheme, Scheme::LatinLetter);
    }

    #[test]
    fn numbers_dashes_bullets() {
        assert_eq!(p("12").ordinal, Some(12));
        assert_eq!(p("١٢").norm, "12");
        assert_eq!(p("-").scheme, Scheme::Dash);
        assert_eq!(p("–").norm, "-");
        assert_eq!(p("•").scheme, Scheme::Bullet);
        assert_eq!(p("").scheme, Scheme::None);
    }

    #[test]
    fn han_numerals_count_as_roman_numerals() {
        // A/RES/78/80 A-B in Chinese: ㈠ ㈡ where the English has (i) (ii).
        for (written, n) in [("㈠", 1), ("㈩", 10), ("(十一)", 11), ("（二十三）", 23)] {
            let l = p(written);
            assert_eq!((l.scheme, l.ordinal), (Scheme::Roman, Some(n)), "{written}");
            assert_eq!(l.written, written);
        }
        assert_eq!(p("㈣").norm, "iv");
        assert!(Label::parse("十十").is_err());
    }

    #[test]
    fn cyrillic_labels_count_in_russian_order() {
        assert_eq!(p("в)").ordinal, Some(3));
        assert_eq!(p("в)").scheme, Scheme::CyrillicLetter);
    }

    #[test]
    fn two_letters_are_a_compound_without_ordinal() {
        let l = p("\u{a0}أ \u{feeb}\u{a0})");
        assert!(l.is_compound());
        assert_eq!(l.norm, "أ/ه");
        assert_eq!(l.ordinal, None);
        assert!(p("ﺏج)").is_compound());
    }

    #[test]
    fn nonsense_is_rejected() {
        for bad in ["a1b)", "??", "ab3"] {
            assert!(Label::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn expected_label_at_ordinal() {
        assert_eq!(p("أ)").same_scheme_at(5).as_deref(), Some("ه"));
        assert_eq!(p("a)").same_scheme_at(3).as_deref(), Some("c"));
        assert_eq!(p("'1'").same_scheme_at(2).as_deref(), Some("'2'"));
    }
}
