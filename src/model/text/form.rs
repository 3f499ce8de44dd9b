//! Whether a text is in a Unicode normal form, asked of each character alone and of the order
//! of its marks: the one step under the NFC check (`nfc.rs`) and the heading fold's NFKC check
//! (`heading_fold.rs`).
//!
//! `build.rs` compiles this file beside `heading_fold.rs`, so it names nothing of the crate.

use std::iter::Once;

use unicode_normalization::IsNormalized;
use unicode_normalization::char::canonical_combining_class;

/// Whether `s` is in the normal form whose quick check is `quick`, asked of each character
/// alone, its combining marks in canonical order: what the library's check over the whole text
/// tells, less its table searches for the characters `starter` knows to stand alone in that form.
pub fn in_form(
    s: &str,
    starter: impl Fn(char) -> bool,
    quick: impl Fn(Once<char>) -> IsNormalized + Copy,
) -> bool {
    let mut last = 0;
    for c in s.chars() {
        let class = if starter(c) {
            Some(0)
        } else {
            class_in_form(c, last, quick)
        };
        let Some(ccc) = class else {
            return false;
        };
        last = ccc;
    }
    true
}

/// The canonical class of `c` after a character of class `last`; None when `quick` (a library
/// quick check: `is_nfc_quick`, `is_nfkc_quick`) says `c` alone is not in its form, or a mark
/// stands out of canonical order.
pub fn class_in_form(c: char, last: u8, quick: impl Fn(Once<char>) -> IsNormalized) -> Option<u8> {
    if quick(std::iter::once(c)) != IsNormalized::Yes {
        return None;
    }
    let ccc = canonical_combining_class(c);
    (ccc == 0 || ccc >= last).then_some(ccc)
}
