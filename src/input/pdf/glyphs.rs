//! What a page draws, as the reader needs it: each glyph with its place, size and Unicode text,
//! and each thin horizontal rule (an underline, a strike-through, the rule above the footnotes).
//! hayro interprets the page's content; this device only records.

use hayro_interpret::font::{Glyph as HGlyph, GlyphRun};
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::hayro_syntax::object::{Dict, String as PdfString};
use hayro_interpret::kurbo::{Affine, BezPath, Point, Rect, Shape};
use hayro_interpret::{
    BlendMode, ClipPath, Device, DrawMode, DrawProps, Image, ImageDrawProps, SoftMask,
};

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
    /// Glyphs set sideways (text rotated off the horizontal), not recorded: the lines are read
    /// along the page's width.
    pub sideways: usize,
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
            // A symbol font's glyph maps to its private-use code (LibreOffice's OpenSymbol maps
            // ITU's Symbol dash to U+F02D): read as the DOCX reader reads it, U+2212.
            let text = crate::input::docx::symbol::symbol_text("Symbol", &text);
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
            self.actual = Some((self.depth, super::actual::decode(&text), start));
        }
    }

    fn end_marked_content(&mut self) {
        if self.actual.as_ref().is_some_and(|(d, ..)| *d == self.depth)
            && let Some((_, text, start)) = self.actual.take()
        {
            super::actual::collapse(&mut self.page.glyphs, start, text);
        }
        self.depth = self.depth.saturating_sub(1);
    }

    fn pop_transparency_group(&mut self) {}
}
