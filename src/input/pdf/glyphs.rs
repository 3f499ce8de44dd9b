//! What a page draws, as the reader needs it: each glyph with its place, size and Unicode text,
//! and each thin horizontal rule (an underline, a strike-through, the rule above the footnotes).
//! hayro interprets the page's content; this device only records.

use hayro_interpret::font::{Glyph as HGlyph, GlyphRun, OutlineFontData};
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::hayro_syntax::object::{Dict, String as PdfString};
use hayro_interpret::kurbo::{Affine, BezPath, Point, Rect, Shape};
use hayro_interpret::{
    BlendMode, ClipPath, Device, DrawMode, DrawProps, Image, ImageDrawProps, SoftMask,
};

use crate::input::docx::symbol;

/// A glyph: its origin (top-down: `y` grows down the page), advance and size in points.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    /// The advance: where the next glyph would start, `x + w`.
    pub w: f64,
    pub size: f64,
    /// The Unicode text (a ligature glyph maps to several letters); U+FFFD when the font has no
    /// map for it.
    pub text: String,
    /// The text is what the producer says was typed (its ActualText, see `actual`), not what
    /// the font's map says the glyph draws: no guess about the glyph applies to it.
    pub typed: bool,
    /// Drawn in a bold font (its name or weight says so): how ITU's templates set a heading.
    pub bold: bool,
}

/// How far `glyphs` reach across the page: the least `x` and the greatest `x + w` (infinite,
/// the wrong way round, for none).
pub fn extent<'g>(glyphs: impl IntoIterator<Item = &'g Glyph>) -> (f64, f64) {
    glyphs
        .into_iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(x0, x1), g| {
            (x0.min(g.x), x1.max(g.x + g.w))
        })
}

/// A thin horizontal rule: from `x0` to `x1` at height `y` (top-down).
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
}

/// Everything recorded of one page, in points from its top left corner (the page's initial
/// transform puts them there).
#[derive(Debug, Default)]
pub struct Page {
    pub height: f64,
    pub glyphs: Vec<Glyph>,
    pub rules: Vec<Rule>,
    /// Images drawn (a scan is pages of images and no glyphs).
    pub images: usize,
    /// Glyphs past the cap, not recorded.
    pub dropped: usize,
    /// Private-use characters read as the Symbol font's characters: (font, the private-use
    /// character, what it was read as, how many).
    pub symbols: Vec<(String, char, char, usize)>,
    /// Glyphs set sideways (text rotated off the horizontal), not recorded: the lines are read
    /// along the page's width.
    pub sideways: usize,
    /// Control characters a font's Unicode map (or an ActualText) gave, read as U+FFFD.
    pub controls: usize,
    /// The text of each ActualText span that drew no glyph to put it at: left out, said.
    pub unplaced: Vec<String>,
}

/// The recording device for one page; `cap` glyphs at most.
pub struct Recorder {
    pub page: Page,
    pub cap: usize,
    /// Marked content open, and the ActualText span among it: its depth, its text and its
    /// first glyph (spans inside it are read as part of it).
    depth: usize,
    actual: Option<(usize, String, usize)>,
}

impl Recorder {
    pub fn new(height: f64, cap: usize) -> Recorder {
        Recorder {
            page: Page {
                height,
                ..Page::default()
            },
            cap,
            depth: 0,
            actual: None,
        }
    }

    fn rule(&mut self, b: Rect) {
        // An underline or strike is far wider than it is thick; a box or a glyph-sized mark is not.
        if b.height() <= 2.5 && b.width() >= 3.0 * b.height().max(0.5) {
            self.page.rules.push(Rule {
                x0: b.x0,
                x1: b.x1,
                y: (b.y0 + b.y1) / 2.0,
            });
        }
    }
}

impl Recorder {
    /// `text` with each C0 or C1 control character but U+0000 (said and left out in `mod`)
    /// read as U+FFFD, counted: a glyph never draws one, and the reader marks its own places
    /// in the text with some of them (a line broken after a slash, a struck span), which a
    /// font's map must not forge.
    fn clean_controls(&mut self, text: String) -> String {
        let control = |c: char| c != '\0' && c.is_control();
        if !text.chars().any(control) {
            return text;
        }
        text.chars()
            .map(|c| {
                if control(c) {
                    self.page.controls += 1;
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect()
    }

    /// `text` with each private-use character a symbol font maps read as the Symbol font's
    /// character (LibreOffice's OpenSymbol maps ITU's Symbol dash to U+F02D: read as the DOCX
    /// reader reads it, U+2212), counted by font to be said. Only in a font that keeps the
    /// Symbol font's code points there: another font's private-use characters are its own.
    fn symbol_text(&mut self, font: Option<&OutlineFontData>, text: String) -> String {
        if !text.chars().any(|c| ('\u{F000}'..='\u{F0FF}').contains(&c)) {
            return text;
        }
        let Some(name) = font
            .and_then(|f| f.postscript_name.as_deref())
            .filter(|n| symbol::symbol_encoded(n))
        else {
            return text;
        };
        let read = symbol::symbol_text("Symbol", &text);
        for (was, now) in text.chars().zip(read.chars()).filter(|(a, b)| a != b) {
            match self
                .page
                .symbols
                .iter_mut()
                .find(|(f, w, ..)| f == name && *w == was)
            {
                Some((.., count)) => *count += 1,
                None => self.page.symbols.push((name.to_string(), was, now, 1)),
            }
        }
        read
    }
}

impl<'a> Device<'a> for Recorder {
    fn draw_path(&mut self, path: &BezPath, props: DrawProps<'a>, mode: &DrawMode) {
        if matches!(mode, DrawMode::Invisible) {
            return;
        }
        let mut b = (props.transform * path.clone()).bounding_box();
        if let DrawMode::Stroke(s) | DrawMode::FillAndStroke(_, s) = mode {
            // A stroked line's thickness is its pen's, scaled as the path is.
            let pen = f64::from(s.line_width) * props.transform.as_coeffs()[3].abs();
            b = b.inflate(0.0, pen / 2.0);
        }
        self.rule(b);
    }

    fn push_clip_path(&mut self, _: &ClipPath) {}

    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}

    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, mode: &DrawMode) {
        // Invisible text (render mode 3) is an OCR layer over a scan: it is the text.
        let _ = mode;
        // One font a run: its name (for the symbol fonts and what is said of them) and weight.
        let font = run.glyphs().first().and_then(|g| match &**g {
            HGlyph::Outline(o) => o.font_data(),
            HGlyph::Type3(_) => None,
        });
        let bold = font.as_ref().is_some_and(|f| {
            f.weight.is_some_and(|w| w >= 600)
                || f.postscript_name
                    .as_deref()
                    .is_some_and(|n| n.contains("Bold"))
        });
        for g in run.glyphs() {
            if self.page.glyphs.len() >= self.cap {
                self.page.dropped += 1;
                continue;
            }
            let t: Affine = props.transform * g.transform();
            let origin = t * Point::ZERO;
            // Glyph space is 1000 units to the em.
            let size = 1000.0 * (t * Point::new(0.0, 1.0) - origin).hypot();
            let advance = match &**g {
                HGlyph::Outline(o) => o.advance_width().unwrap_or(0.0),
                HGlyph::Type3(t3) => t3.advance_width().unwrap_or(0.0),
            };
            let run = t * Point::new(f64::from(advance), 0.0) - origin;
            // Text drawn up or down the page (LibreOffice turns a landscape page's running foot
            // to run along its edge) makes a line of each glyph when read across.
            if run.y.abs() > 0.1 * run.x.abs() && run.hypot() > 0.0 {
                self.page.sideways += 1;
                continue;
            }
            let w = run.hypot();
            let text = match g.as_unicode() {
                Some(BfString::Char(c)) => c.to_string(),
                Some(BfString::String(s)) => s,
                None => '\u{FFFD}'.to_string(),
            };
            let text = self.clean_controls(text);
            let text = self.symbol_text(font.as_ref(), text);
            let mut at = origin;
            // A combining mark's origin is where the pen was, not over its letter: its ink's
            // centre says which letter it is drawn on.
            if let HGlyph::Outline(o) = &**g
                && !text.is_empty()
                && text
                    .chars()
                    .all(unicode_normalization::char::is_combining_mark)
            {
                let ink = (t * o.outline()).bounding_box();
                if ink.width() > 0.0 && ink.x0.is_finite() && ink.x1.is_finite() {
                    at.x = (ink.x0 + ink.x1) / 2.0;
                }
            }
            if !(at.x.is_finite() && at.y.is_finite() && size.is_finite() && w.is_finite()) {
                continue;
            }
            self.page.glyphs.push(Glyph {
                x: at.x,
                y: at.y,
                w,
                size,
                text,
                typed: false,
                bold,
            });
        }
    }

    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {
        self.page.images += 1;
    }

    fn pop_clip(&mut self) {}

    fn begin_marked_content(&mut self, _: &[u8], properties: Option<&Dict<'_>>) {
        self.depth += 1;
        if self.actual.is_none()
            && let Some(text) = properties.and_then(|p| p.get::<PdfString>(b"ActualText"))
        {
            let start = self.page.glyphs.len();
            let text = self.clean_controls(super::actual::decode(&text));
            self.actual = Some((self.depth, text, start));
        }
    }

    fn end_marked_content(&mut self) {
        if self.actual.as_ref().is_some_and(|(d, ..)| *d == self.depth)
            && let Some((_, text, start)) = self.actual.take()
            && let Some(text) = super::actual::collapse(&mut self.page.glyphs, start, text)
        {
            self.page.unplaced.push(text);
        }
        self.depth = self.depth.saturating_sub(1);
    }

    fn pop_transparency_group(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::{OutlineFontData, Recorder};

    fn font(name: &str) -> OutlineFontData {
        OutlineFontData {
            data: std::sync::Arc::new(Vec::<u8>::new()),
            cache_key: 0,
            postscript_name: Some(name.into()),
            weight: None,
            is_italic: false,
            is_serif: false,
            is_monospace: false,
        }
    }

    /// ITU's Symbol dash as LibreOffice prints it (OpenSymbol, U+F02D) is read as U+2212 and
    /// said; a private-use character of any other font is that font's own, and kept. Both
    /// were read as the Symbol font's, unsaid.
    #[test]
    fn only_a_symbol_fonts_private_use_characters_are_read_as_symbols() {
        let mut r = Recorder::new(800.0, 10);
        let dash = "\u{F02D}".to_string();
        assert_eq!(
            r.symbol_text(Some(&font("OpenSymbol")), dash.clone()),
            "\u{2212}"
        );
        assert_eq!(
            r.symbol_text(Some(&font("OpenSymbol")), dash.clone()),
            "\u{2212}"
        );
        assert_eq!(
            r.symbol_text(Some(&font("LiberationSerif")), dash.clone()),
            dash
        );
        assert_eq!(r.symbol_text(Some(&font("Wingdings")), dash.clone()), dash);
        assert_eq!(r.symbol_text(None, dash.clone()), dash);
        assert_eq!(
            r.page.symbols,
            [("OpenSymbol".to_string(), '\u{F02D}', '\u{2212}', 2)]
        );
    }

    /// A font mapping a glyph to U+0004 (the reader's mark of a line broken after a slash) or
    /// to another control character forged the reader's marks: text was deleted and a false
    /// note said. Each is read as U+FFFD and counted; U+0000 is left to `mod`, which says it.
    #[test]
    fn control_characters_from_a_fonts_map_are_not_text() {
        let mut r = Recorder::new(800.0, 10);
        assert_eq!(r.clean_controls("ab".into()), "ab");
        assert_eq!(r.clean_controls("\u{4}".into()), "\u{FFFD}");
        assert_eq!(
            r.clean_controls("a\u{11}\t\u{85}".into()),
            "a\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert_eq!(r.clean_controls("\0".into()), "\0");
        assert_eq!(r.page.controls, 4);
    }
}
