//! A producer's ActualText: the characters a span of glyphs stands for, written beside the
//! glyphs (`/Span <</ActualText (…)>> BDC … EMC`) where the font's Unicode map cannot say them.
//! Both producers of issue 25 write it where their map is wrong for right-to-left text:
//! - LibreOffice for a bracket drawn mirrored (the glyph of `)` for a `(` typed) and for the
//!   blank glyph of its Arabic lines (mapped to U+2066, a space typed);
//! - Chromium (Skia) for a letter drawn with its vowels as several glyphs, one of them a shadda
//!   with its vowel that its map leaves at U+0000, for a mirrored bracket, a CJK ideograph whose
//!   glyph the map gives to its radical, and a non-breaking hyphen mapped to U+2010.
//!
//! The glyphs of a span become one glyph with the span's text (see [`collapse`]).

use unicode_normalization::char::is_combining_mark;

use super::glyphs::Glyph;

/// A PDF text string as Unicode: UTF-16BE or UTF-8 after their byte order mark, else
/// PDFDocEncoding (ASCII, Latin-1 above 0xA0, its own table between).
pub fn decode(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units = utf16
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]));
        return char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{FFFD}'))
            .collect();
    }
    if let Some(utf8) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(utf8).into_owned();
    }
    bytes.iter().map(|&b| pdf_doc(b)).collect()
}

/// One byte of PDFDocEncoding (ISO 32000-1, Annex D).
fn pdf_doc(b: u8) -> char {
    const LOW: [char; 8] = ['˘', 'ˇ', 'ˆ', '˙', '˝', '˛', '˚', '˜'];
    const HIGH: [char; 33] = [
        '•', '†', '‡', '…', '—', '–', 'ƒ', '⁄', '‹', '›', '−', '‰', '„', '“', '”', '‘', '’', '‚',
        '™', 'ﬁ', 'ﬂ', 'Ł', 'Œ', 'Š', 'Ÿ', 'Ž', 'ı', 'ł', 'œ', 'š', 'ž', '\u{FFFD}', '€',
    ];
    match b {
        0x18..=0x1F => LOW[usize::from(b - 0x18)],
        0x80..=0xA0 => HIGH[usize::from(b - 0x80)],
        b => char::from(b),
    }
}

/// The glyphs from `start` on (those drawn inside one ActualText span) as one glyph with the
/// span's `text`, spanning their advances, on the baseline of the first that shows a letter
/// (a vowel's glyph may be drawn raised) and marked [`Glyph::typed`]. A span that drew
/// nothing is dropped: there is no place to put its text.
pub fn collapse(glyphs: &mut Vec<Glyph>, start: usize, text: String) {
    let Some(span) = glyphs.get(start..).filter(|s| !s.is_empty()) else {
        return;
    };
    let letter = |g: &&Glyph| {
        g.text
            .chars()
            .any(|c| !is_combining_mark(c) && c != '\0' && c != '\u{FFFD}')
    };
    let base = span.iter().find(letter).unwrap_or(&span[0]);
    let x0 = span.iter().map(|g| g.x).fold(f64::INFINITY, f64::min);
    let x1 = span
        .iter()
        .map(|g| g.x + g.w)
        .fold(f64::NEG_INFINITY, f64::max);
    let one = Glyph {
        // A single glyph keeps its place: a mark's is its ink's centre (see `glyphs`).
        x: if span.len() == 1 { base.x } else { x0 },
        y: base.y,
        w: if span.len() == 1 { base.w } else { x1 - x0 },
        size: span.iter().map(|g| g.size).fold(0.0, f64::max),
        text,
        typed: true,
        bold: base.bold,
    };
    glyphs.truncate(start);
    glyphs.push(one);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(x: f64, y: f64, w: f64, text: &str) -> Glyph {
        Glyph {
            x,
            y,
            w,
            size: 16.0,
            text: text.into(),
            typed: false,
            bold: false,
        }
    }

    #[test]
    fn text_strings_decode_as_pdf_says() {
        // As the producers write them: Chromium's `(\()` and LibreOffice's `<FEFF0028>`.
        assert_eq!(decode(b"("), "(");
        assert_eq!(decode(&[0xFE, 0xFF, 0x00, 0x28]), "(");
        assert_eq!(
            decode(&[0xFE, 0xFF, 0x06, 0x41, 0x06, 0x51, 0x06, 0x4E]),
            "\u{641}\u{651}\u{64e}"
        );
        assert_eq!(decode(&[0xEF, 0xBB, 0xBF, 0xD9, 0x81]), "ف");
        assert_eq!(decode(&[0x84, 0x93]), "—ﬁ");
    }

    /// A/RES/80/118 in Arabic as Chromium prints it: `فَّ` drawn as the shadda-with-fatha glyph
    /// (mapped to U+0000), raised, then the feh 1.8 pt to its left, in one ActualText span.
    /// Read by the map alone, the marks were lost.
    #[test]
    fn a_span_of_glyphs_is_one_glyph_with_the_span_text() {
        let mut g = vec![
            glyph(80.0, 97.0, 5.0, "ن"),
            glyph(88.1, 94.7, 0.0, "\0"),
            glyph(86.3, 97.0, 5.4, "ف"),
        ];
        collapse(&mut g, 1, "\u{641}\u{651}\u{64e}".into());
        assert_eq!(g.len(), 2);
        let f = &g[1];
        assert_eq!((f.text.as_str(), f.typed), ("\u{641}\u{651}\u{64e}", true));
        assert_eq!((f.x, f.y), (86.3, 97.0));
        assert!((f.w - 5.4).abs() < 1e-9, "{f:?}");
        // A span that drew nothing leaves the glyphs as they were.
        collapse(&mut g, 2, "x".into());
        assert_eq!(g.len(), 2);
    }
}
