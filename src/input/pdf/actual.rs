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

use super::glyphs::{Glyph, extent};

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
/// nothing (its glyphs all left out, or none drawn) has no place for its text: the text is
/// given back, for the page to say it left it out.
pub fn collapse(glyphs: &mut Vec<Glyph>, start: usize, text: String) -> Option<String> {
    let Some(span) = glyphs.get(start..).filter(|s| !s.is_empty()) else {
        return Some(text).filter(|t| !t.is_empty());
    };
    let letter = |g: &&Glyph| {
        g.text
            .chars()
            .any(|c| !is_combining_mark(c) && c != '\0' && c != '\u{FFFD}')
    };
    let base = span.iter().find(letter).unwrap_or(&span[0]);
    let (x0, x1) = extent(span);
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
    None
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
        assert_eq!(collapse(&mut g, 1, "\u{641}\u{651}\u{64e}".into()), None);
        assert_eq!(g.len(), 2);
        let f = &g[1];
        assert_eq!((f.text.as_str(), f.typed), ("\u{641}\u{651}\u{64e}", true));
        assert_eq!((f.x, f.y), (86.3, 97.0));
        assert!((f.w - 5.4).abs() < 1e-9, "{f:?}");
        // A span that drew nothing leaves the glyphs as they were, and gives its text back to
        // be said (it was dropped unsaid); an empty one has nothing to say.
        assert_eq!(collapse(&mut g, 2, "x".into()), Some("x".into()));
        assert_eq!(collapse(&mut g, 2, String::new()), None);
        assert_eq!(g.len(), 2);
    }

    /// A one-page PDF drawing `content` in Helvetica (as `fuzz/regressions/read_pdf/
    /// helvetica-one-line.pdf` is made), its cross-reference table counted.
    fn pdf(content: &str) -> Vec<u8> {
        let objects = [
            "<</Type/Catalog/Pages 2 0 R>>".to_string(),
            "<</Type/Pages/Count 1/Kids[3 0 R]>>".into(),
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>".into(),
            format!("<</Length {}>>\nstream\n{content}\nendstream", content.len()),
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>".into(),
        ];
        let mut out = String::from("%PDF-1.7\n");
        let mut at = Vec::new();
        for (i, o) in objects.iter().enumerate() {
            at.push(out.len());
            out.push_str(&format!("{} 0 obj\n{o}\nendobj\n", i + 1));
        }
        let xref = out.len();
        out.push_str(&format!(
            "xref\n0 {}\n0000000000 65535 f \n",
            objects.len() + 1
        ));
        for a in at {
            out.push_str(&format!("{a:010} 00000 n \n"));
        }
        out.push_str(&format!(
            "trailer\n<</Size {} /Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        ));
        out.into_bytes()
    }

    /// An ActualText span whose glyph is set sideways (left out, as LibreOffice's running foot
    /// turned up a landscape page's edge is) has no glyph to put its text at: the text was
    /// dropped unsaid. Said, naming the page and the text.
    #[test]
    fn a_span_that_draws_no_glyph_is_said_left_out() {
        let bytes = pdf(concat!(
            "BT /F1 12 Tf 72 720 Td (RESOLUTION 1) Tj ET\n",
            "/Span <</ActualText (WTSA-16)>> BDC BT /F1 10 Tf 0 1 -1 0 580 400 Tm (WTSA-16) Tj ET EMC\n",
            "/Span <</ActualText ()>> BDC EMC",
        ));
        let read = super::super::pdf_text(&bytes).expect("reads");
        assert_eq!(read.text.trim(), "RESOLUTION 1");
        let said: Vec<&(usize, String)> = read
            .notes
            .iter()
            .filter(|(_, m)| m.contains("ActualText"))
            .collect();
        assert_eq!(
            said,
            [&(
                1,
                "page 1: left out the text `WTSA-16` of an ActualText span (a producer's text for the glyphs it marks) that drew no glyph: there is no place in the line to put it".to_string()
            )],
            "{:#?}",
            read.notes
        );
    }
}
