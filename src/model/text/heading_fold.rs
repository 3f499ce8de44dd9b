//! The form headings are recognised in (NFKC, no Arabic marks or tatweel, one alef, lower case,
//! single-spaced, no closing `:`/`,`/`،`), and the list of Arabic marks it drops.
//!
//! This file is also compiled into `build.rs`, which folds the vocabulary of
//! `data/heading-terms.tsv` once at build time: folding it at start-up was a sixth of a
//! plain-text diff. So it names nothing of the crate, only `std` and `unicode_normalization`.

use std::borrow::Cow;

use unicode_normalization::{UnicodeNormalization, is_nfkc_quick};

/// Harakat (fatha, damma, kasra), tanween, shadda, sukun, the other combining marks of the
/// Arabic block, superscript alef, Quranic marks and tatweel: what a translator adds or drops
/// without changing a word. The one list of them: `--ignore-diacritics`, the matching form, the
/// heading reader and the drift report all read it (`const`, so the matching table is built
/// from it at compile time).
pub const fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

/// Lowercase, diacritic-free, alef-folded, single-spaced form for matching.
pub fn fold(s: &str) -> String {
    // Most terms and lines are NFKC already, and checking costs a fraction of composing them
    // again: folding the vocabulary was a tenth of a plain-text diff (callgrind).
    let nfkc: Cow<'_, str> = if is_nfkc(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfkc().collect())
    };
    let folded: String = nfkc
        .chars()
        .filter(|c| !is_arabic_mark(*c))
        .map(|c| match c {
            'إ' | 'آ' | 'ا' | 'ٱ' => 'أ',
            'ى' => 'ي',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches([':', ',', '،', ' '])
        .to_string()
}

/// Whether `s` is in NFKC, as the library's quick check says it, which looks at each character
/// by itself and at the canonical classes of neighbours. ASCII and the Arabic letters and digits
/// (starters, NFKC on their own) are told without its tables, which it searches for every
/// character.
pub fn is_nfkc(s: &str) -> bool {
    super::form::in_form(
        s,
        |c| {
            c.is_ascii()
                || matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}')
        },
        is_nfkc_quick,
    )
}

/// The words of a folded text.
pub fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The first three words of a folded term: long English terms are matched on these, since
/// texts differ after them.
pub fn first_three_words(full: &str) -> String {
    full.split(' ').take(3).collect::<Vec<_>>().join(" ")
}
