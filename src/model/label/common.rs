//! The labels most texts are made of, read without folding: digits, digits in quotes, a dash,
//! a bullet, one Latin or Arabic letter. Folding (NFKC, a string built a character at a time,
//! the suffixes tried, the schemes tried in turn) was 0.28M of the 8.6M instructions of a
//! Res. 30 diff (callgrind), for labels such as `ب)` and `3`. Each shape here is one that
//! folding leaves as it is but for a closing bracket; a test checks that both readings agree.

use super::{ABJAD, Label, Scheme};

/// `written` as [`Label::parse`] reads it, where it is one of the common shapes, with or
/// without a closing bracket: `12`, `'2'`, `-`, `•`, `b`, `ب`. None for anything else, which
/// the full reading reads.
pub(super) fn common(written: &str) -> Option<Label> {
    let core = written.strip_suffix(')').unwrap_or(written);
    let (scheme, ordinal, norm) = match core.as_bytes() {
        b"-" => (Scheme::Dash, None, "-".to_string()),
        digits if is_number(digits) => {
            let n: u32 = core.parse().ok()?;
            (Scheme::Number, Some(n), n.to_string())
        }
        [b'\'', digits @ .., b'\''] if is_number(digits) => {
            let n: u32 = core.get(1..core.len() - 1)?.parse().ok()?;
            (Scheme::Quoted, Some(n), format!("'{n}'"))
        }
        [letter @ b'a'..=b'z'] => {
            let n = u32::from(letter - b'a') + 1;
            (Scheme::LatinLetter, Some(n), core.to_string())
        }
        _ => {
            let mut chars = core.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return None;
            };
            if c == '•' {
                (Scheme::Bullet, None, core.to_string())
            } else {
                let n = ABJAD.iter().position(|&a| a == c)?;
                let n = u32::try_from(n + 1).ok()?;
                (Scheme::ArabicLetter, Some(n), core.to_string())
            }
        }
    };
    Some(Label {
        written: written.to_string(),
        norm,
        scheme,
        ordinal,
        suffix: None,
    })
}

/// One to nine ASCII digits: a number a `u32` holds.
fn is_number(digits: &[u8]) -> bool {
    (1..=9).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::super::CYRILLIC;
    use super::*;

    #[test]
    fn the_common_shapes_read_as_folding_reads_them() {
        let mut written: Vec<String> = (0..=1200).map(|n| n.to_string()).collect();
        written.extend((0..=30).map(|n| format!("'{n}'")));
        written.extend(('a'..='z').chain('A'..='Z').map(String::from));
        written.extend(ABJAD.iter().chain(CYRILLIC).map(|c| c.to_string()));
        written.extend(
            [
                "-",
                "•",
                "·",
                "*",
                "\u{2013}",
                "ا",
                "إ",
                "آ",
                "ٱ",
                "ى",
                "ـب",
                "ه",
                "ﻫ",
                "٣",
                "۳",
                "01",
                "007",
                "1.",
                "1 -",
                "1.1",
                "1bis",
                "bis",
                "(1",
                "1))",
                "' 1'",
                "''",
                "'01'",
                "'ii'",
                "i",
                "ii",
                "x",
                "1 ",
                " 1",
                "",
                " ",
                ")",
                "4294967295",
                "4294967296",
                "999999999",
                "9999999999",
                "ㄱ",
                "一",
                "\u{200f}ب",
                "ب\u{200f}",
                "b bis",
            ]
            .map(String::from),
        );
        let with_bracket: Vec<String> = written.iter().map(|w| format!("{w})")).collect();
        let mut read = 0;
        for w in written.iter().chain(&with_bracket) {
            if let Some(fast) = common(w) {
                assert_eq!(Ok(fast), Label::parse_folded(w), "{w:?}");
                read += 1;
            }
        }
        assert!(read > 2500, "{read}");
        for w in ["3", "12)", "'2'", "-", "•", "b)", "ب)", "أ", "غ)"] {
            assert!(common(w).is_some(), "{w:?}");
        }
    }
}
