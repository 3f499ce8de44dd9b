//! Numbers in Word's list formats (`w:numFmt`): `3` as `c`, `iii`, `ج` (abjad), `в`.

use crate::model::{ABJAD, CYRILLIC, roman};

/// Letters repeat at most this many times (`aaaaaaaaaa`); past it a number is not computed.
const MAX_REPEAT: usize = 10;

/// A bullet as a label: a dash stays a dash; any other glyph (often a private-use character in
/// the Symbol font) is a bullet.
pub(super) fn bullet(text: &str) -> String {
    match text.trim() {
        "" => String::new(),
        d @ ("-" | "–" | "—") => d.to_string(),
        _ => "•".to_string(),
    }
}

/// `n` in the number format `format`, and whether the format is one resdiff knows (else `n` in
/// decimal).
pub(super) fn format(format: &str, n: u32) -> (String, bool) {
    let shown = match format {
        "decimal" | "" => Some(n.to_string()),
        "decimalZero" => Some(format!("{n:02}")),
        "lowerLetter" => letters(n, 'a'),
        "upperLetter" => letters(n, 'A'),
        "lowerRoman" => roman(n),
        "upperRoman" => roman(n).map(|r| r.to_uppercase()),
        "arabicAbjad" => from_table(ABJAD, n),
        "russianLower" => from_table(CYRILLIC, n),
        "russianUpper" => from_table(CYRILLIC, n).map(|r| r.to_uppercase()),
        _ => None,
    };
    match shown {
        Some(s) => (s, true),
        None => (n.to_string(), false),
    }
}

/// Word's letters: a-z, then aa-zz, then aaa-zzz ...
fn letters(n: u32, a: char) -> Option<String> {
    let i = n.checked_sub(1)?;
    let letter = char::from_u32(u32::from(a) + i % 26)?;
    let times = usize::try_from(i / 26 + 1)
        .ok()
        .filter(|t| *t <= MAX_REPEAT)?;
    Some(letter.to_string().repeat(times))
}

fn from_table(table: &[char], n: u32) -> Option<String> {
    let i = usize::try_from(n.checked_sub(1)?).ok()?;
    let letter = table[i % table.len()];
    let times = Some(i / table.len() + 1).filter(|t| *t <= MAX_REPEAT)?;
    Some(letter.to_string().repeat(times))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(format("lowerLetter", 27).0, "aa");
        assert_eq!(format("upperRoman", 14).0, "XIV");
        assert_eq!(format("arabicAbjad", 3).0, "ج");
        assert_eq!(format("russianLower", 2).0, "б");
        assert_eq!(format("lowerRoman", 0), ("0".to_string(), false));
        assert_eq!(format("chineseCounting", 2), ("2".to_string(), false));
        assert_eq!(letters(u32::MAX, 'a'), None, "capped, not a 165 MB label");
        assert_eq!(
            format("lowerLetter", 26 * 10 + 1),
            ("261".to_string(), false),
            "past the cap: decimal"
        );
        assert_eq!(bullet("\u{f0b7}"), "•");
        assert_eq!(bullet("–"), "–");
    }
}
