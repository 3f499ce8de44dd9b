//! Characters Word draws from a symbol font (`w:sym`): ITU types the dash of a dash item as
//! `<w:sym w:font="Symbol" w:char="F02D"/>`, which holds no text, so a reader of `w:t` alone
//! loses the label. The Symbol font's code points are not Unicode; the few that ITU's texts use
//! for labels are mapped here after Adobe's Symbol encoding.

/// The Unicode character a `w:sym` stands for, when its font and code point are known: `char`
/// is hexadecimal, in the private-use range Word writes (`F02D`) or plain (`2D`).
pub fn symbol_char(font: &str, code: &str) -> Option<char> {
    let code = u32::from_str_radix(code, 16).ok()?;
    // Word shifts symbol-font code points to U+F000-U+F0FF.
    let code = if (0xF000..=0xF0FF).contains(&code) {
        code - 0xF000
    } else {
        code
    };
    if !font.eq_ignore_ascii_case("Symbol") {
        return None;
    }
    Some(match code {
        0x2D => '\u{2212}', // minus: ITU's dash item
        0xB7 => '\u{2022}', // bullet
        0xD2 | 0xE2 => '\u{00AE}',
        0xD3 | 0xE3 => '\u{00A9}',
        _ => return None,
    })
}

/// A font that keeps the Symbol font's characters at its code points, shifted to U+F000-U+F0FF
/// as Word shifts them: Symbol itself, and LibreOffice's OpenSymbol, which draws Symbol's text
/// in a PDF. `font` as a PDF names it (its subset prefix off).
pub fn symbol_encoded(font: &str) -> bool {
    ["Symbol", "SymbolMT", "OpenSymbol"]
        .iter()
        .any(|f| font.eq_ignore_ascii_case(f))
}

/// Text typed in a symbol font: each private-use character the font maps is its Unicode
/// character; everything else is kept.
pub fn symbol_text(font: &str, text: &str) -> String {
    text.chars()
        .map(|c| match c as u32 {
            0xF000..=0xF0FF => symbol_char(font, &format!("{:X}", c as u32)).unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::symbol_char;

    #[test]
    fn itu_dash_and_bullet() {
        assert_eq!(symbol_char("Symbol", "F02D"), Some('\u{2212}'));
        assert_eq!(symbol_char("Symbol", "2D"), Some('\u{2212}'));
        assert_eq!(symbol_char("Symbol", "F0B7"), Some('\u{2022}'));
        assert_eq!(symbol_char("Wingdings", "F0B7"), None);
        assert_eq!(symbol_char("Symbol", "zz"), None);
        // As LibreOffice writes it back: text in the font's private-use code point.
        assert_eq!(super::symbol_text("Symbol", "\u{F02D}"), "\u{2212}");
        assert_eq!(super::symbol_text("Times", "\u{F02D}"), "\u{F02D}");
    }
}
