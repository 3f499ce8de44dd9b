//! Whether a text is in Unicode NFC, told by its UTF-8 bytes for the characters resolutions are
//! written in: the comparison composes texts that are not, and the plain-text reader reads them
//! composed.

use unicode_normalization::is_nfc_quick;

use unicode_normalization::char::canonical_combining_class;

use super::form::class_in_form;

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
/// by their UTF-8 bytes, as stored. Even so, a byte at a time was 0.67M of a Res. 30 diff's
/// 8.6M: sixteen bytes that hold no byte of anything but ASCII, U+0080–U+02FF and the common
/// Arabic letters ([`suspicious`]) are passed over together, which is most of an Arabic text.
pub fn is_nfc(s: &str) -> bool {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut last = 0u8;
    let mut i = 0;
    while i < b.len() {
        if let Some(after) = past_plain_blocks(b, i) {
            // Every character passed over stands alone, a starter; the block's end may fall
            // inside its last one (two bytes at most), which is then looked at again.
            last = 0;
            i = if b.get(after).is_some_and(|&x| x & 0xC0 == 0x80) {
                after - 1
            } else {
                after
            };
        }
        let stop = (i + BLOCK).min(b.len());
        while i < stop {
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
    }
    true
}

/// The bytes [`is_nfc`] passes over in blocks of this many.
const BLOCK: usize = 16;

/// Where the blocks from `i` on that hold no [`suspicious`] byte end, or None when the first
/// does. Each block is looked at whole, without an early exit, so that the compiler compares
/// its bytes at once.
fn past_plain_blocks(b: &[u8], mut i: usize) -> Option<usize> {
    let start = i;
    while let Some(block) = b.get(i..).and_then(|rest| rest.first_chunk::<BLOCK>()) {
        if block
            .iter()
            .fold(0, |any, &x| any | u8::from(suspicious(x)))
            != 0
        {
            break;
        }
        i += BLOCK;
    }
    (i > start).then_some(i)
}

/// Whether byte `x` may be part of a character that is not an NFC starter standing on its own.
/// No byte is suspicious in ASCII, U+0080–U+02FF (leads C2–CB) and U+0600–U+060A,
/// U+0620–U+062F, U+0631–U+064A, U+0660–U+066F and U+0671–U+067F (leads D8 and D9 followed by
/// 80–8A, A0–AF or B1–BF): all starters in NFC, as [`ARABIC_STARTERS`] says. Every other lead
/// is suspicious, and so are the continuations of the rest of D8 and D9 (the harakat, U+0610–
/// U+061A, U+0670), and of some starters too (the Arabic comma, U+0630): those are looked at
/// one by one.
fn suspicious(x: u8) -> bool {
    (x.wrapping_sub(0x8B) < 0x15)
        | (x == 0xB0)
        | (x.wrapping_sub(0xC0) < 2)
        | (x.wrapping_sub(0xCC) < 0x0C)
        | (x >= 0xDA)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::IsNormalized;

    /// Sixteen bytes of Arabic letters: one block that [`is_nfc`] passes over.
    const SIXTEEN: &str = "القرارات";

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
    fn the_fast_check_agrees_with_the_full_one_on_whole_texts() {
        let mut lines = 0;
        for file in [
            "fixtures/wtdc-030-dubai-2014.ar.txt",
            "fixtures/wtdc-030-rcc-wtdc17.ar.txt",
            "fixtures/import/res30-excerpt.en.txt",
        ] {
            let text = std::fs::read_to_string(file).expect(file);
            for line in text.lines().chain([text.as_str()]) {
                let full = is_nfc_quick(line.chars()) == IsNormalized::Yes;
                assert_eq!(is_nfc(line), full, "{file}: {line:?}");
                lines += 1;
            }
        }
        assert!(lines > 100);
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
                // After blocks passed over whole: at a block's start, and with the block's end
                // inside the letter before it.
                format!("{SIXTEEN}{c}\u{64E}"),
                format!("a{SIXTEEN}{c}"),
                format!("{SIXTEEN}\u{651}{c}"),
            ] {
                let full = is_nfc_quick(s.chars()) == IsNormalized::Yes;
                assert_eq!(is_nfc(&s), full, "{s:?}");
            }
        }
    }
}
