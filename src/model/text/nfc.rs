//! Whether a text is in Unicode NFC, told by its UTF-8 bytes for the characters resolutions are
//! written in: the comparison composes texts that are not, and the plain-text reader reads them
//! composed.

use std::iter::Once;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, is_nfc_quick};

/// U+0600–U+06FF that are NFC starters standing on their own (letters, digits, punctuation),
/// one bit each.
const ARABIC_STARTERS: [u64; 4] = {
    let ranges = [
        (0x600, 0x60F),
        (0x61B, 0x64A),
        (0x660, 0x66F),
        (0x671, 0x6D5),
    ];
    let mut bits = [0u64; 4];
    let mut r = 0;
    while r < ranges.len() {
        let mut c = ranges[r].0 - 0x600;
        while c <= ranges[r].1 - 0x600 {
            bits[c / 64] |= 1 << (c % 64);
            c += 1;
        }
        r += 1;
    }
    bits
};

/// Whether `s` is in NFC. The characters of the shipped texts (Latin below U+0300, Arabic
/// letters, digits and presentation forms, general punctuation but U+2000 and U+2001) are NFC on
/// their own, and Arabic harakat only need to stand in canonical order; anything else asks the
/// library's check, for that character alone: its check looks at each character by itself
/// and at the canonical classes of neighbours, which the loop here does for all. The full check
/// on every character was a third of a Res. 30 diff (callgrind, release: 3.5M of 10.3M
/// instructions), and one Cyrillic look-alike sent a whole plain text back to it; decoding each
/// character to match it against these ranges was still 1.0M of 7.9M, so they are told apart
/// by their UTF-8 bytes, as stored.
pub fn is_nfc(s: &str) -> bool {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut last = 0u8;
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        if lead < 0x80 {
            last = 0;
            i += 1;
            continue;
        }
        let (next, third) = (at(i + 1), at(i + 2));
        // Arabic letters are most of an Arabic text: one bit each, a lookup rather than ranges.
        if (0xD8..=0xDB).contains(&lead) {
            let k = usize::from(lead & 3) << 6 | usize::from(next & 0x3F);
            if ARABIC_STARTERS[k >> 6] >> (k & 63) & 1 == 1 {
                last = 0;
                i += 2;
                continue;
            }
        }
        let ccc = match (lead, next) {
            // U+0080–U+02FF.
            (0xC2..=0xCB, _) => 0,
            // U+2002–U+206F (U+2000 and U+2001 are canonically U+2002 and U+2003).
            (0xE2, 0x80) if third >= 0x82 => 0,
            (0xE2, 0x81) if third <= 0xAF => 0,
            // U+FB50–U+FDFF, U+FE70–U+FEFF.
            (0xEF, 0xAD) if third >= 0x90 => 0,
            (0xEF, 0xAE..=0xB7 | 0xBA..=0xBB) => 0,
            (0xEF, 0xB9) if third >= 0xB0 => 0,
            // The harakat U+064B–U+0652 and U+0670.
            (0xD9, 0x8B..=0x92 | 0xB0) => {
                s[i..].chars().next().map_or(0, canonical_combining_class)
            }
            _ => {
                let Some(c) = s[i..].chars().next() else {
                    return false;
                };
                let Some(ccc) = class_in_form(c, last, is_nfc_quick) else {
                    return false;
                };
                last = ccc;
                i += c.len_utf8();
                continue;
            }
        };
        if ccc != 0 && ccc < last {
            return false;
        }
        last = ccc;
        i += if lead < 0xE0 { 2 } else { 3 };
    }
    true
}

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
fn class_in_form(c: char, last: u8, quick: impl Fn(Once<char>) -> IsNormalized) -> Option<u8> {
    if quick(std::iter::once(c)) != IsNormalized::Yes {
        return None;
    }
    let ccc = canonical_combining_class(c);
    (ccc == 0 || ccc >= last).then_some(ccc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_check_agrees_with_the_full_one() {
        for s in [
            "بالقرار 71 (المراجَع في غوادالاخارا، 2010)",
            "يذكّر",
            "يذكَّر",
            "ش\u{651}\u{64e}",
            "إ",
            "ا\u{655}",
            "Côte d'Ivoire",
            "Co\u{302}te",
            "ﻫ) — “quoted”",
            "São Tomé\u{a0}2014",
            "第71号决议，",
        ] {
            let full = is_nfc_quick(s.chars()) == IsNormalized::Yes;
            assert_eq!(is_nfc(s), full, "{s:?}");
        }
    }

    #[test]
    fn the_fast_check_agrees_with_the_full_one_on_every_character_of_the_bmp() {
        for c in ('\0'..='\u{FFFF}').filter(|c| !c.is_ascii()) {
            for s in [
                format!("{c}"),
                format!("a{c}b"),
                format!("\u{628}{c}"),
                format!("\u{628}\u{651}{c}"),
                format!("\u{628}{c}\u{64E}"),
            ] {
                let full = is_nfc_quick(s.chars()) == IsNormalized::Yes;
                assert_eq!(is_nfc(&s), full, "{s:?}");
            }
        }
    }
}
