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

mod classify;
mod common;
mod numerals;
#[cfg(test)]
mod tests;

use classify::{classify, fold, split_suffix};
pub use numerals::roman;

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
