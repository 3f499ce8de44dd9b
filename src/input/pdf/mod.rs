//! The PDF reader: a PDF's text layer read back into a resolution.
//!
//! hayro parses the file and interprets each page ([`glyphs`]: every glyph with its place, size
//! and Unicode, and the thin rules drawn); the glyphs become lines in reading order ([`lines`]:
//! right-to-left lines reordered, Arabic presentation forms and lam-alef ligatures back to
//! letters, no spaces between Chinese characters); the lines become paragraphs with the page
//! furniture left out and the footnotes under their rule read as notes ([`layout`]); and the
//! paragraphs, as plain text, go to the plain-text reader, which finds the formula, headings,
//! labels and nesting as it does for a text exported from Word.
//!
//! Warnings: what the layout left out or guessed names its page, with `line` the page number;
//! the plain-text reader's warnings have `line` as the paragraph number of the text read.
//!
//! Refused, with the reason ([`PdfError`]): what is not a PDF, an encrypted PDF that needs a
//! password, a broken one, a scan (pages of images and no text), a PDF whose fonts have no
//! Unicode map, and any past the caps of [`crate::input::limits`] (pages, inflated bytes, glyphs
//! a page).

mod actual;
mod furniture;
mod glyphs;
mod guard;
mod layout;
mod lines;
mod marks;
mod nesting;
mod notes;
mod rtl;
mod stops;
#[cfg(test)]
mod tests;

use hayro_interpret::hayro_syntax::{DecryptionError, LoadPdfError, Pdf};
use hayro_interpret::kurbo::Rect;
use hayro_interpret::{
    Context, InterpreterCache, InterpreterSettings, TransformExt, interpret_page,
};

use crate::input::limits::{MAX_PDF_PAGE_GLYPHS, MAX_PDF_PAGES, MAX_TEXT};
use crate::input::plain::import_text_levelled;
use crate::input::{ImportError, ImportOptions, Imported, Side, Warning};

pub use lines::unshape;

/// Why a PDF was refused.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the file is empty")]
    Empty,
    #[error("not a PDF: no `%PDF-` header in its first 1024 bytes")]
    NotPdf,
    #[error("this PDF is encrypted with a password; save an unprotected copy")]
    Encrypted,
    #[error("this PDF is encrypted in a way resdiff cannot open ({0})")]
    Encryption(&'static str),
    #[error("broken PDF: {0}")]
    Broken(&'static str),
    #[error(
        "this PDF has no text: it is a scan (images only, on {pages} page{}); run OCR on it first",
        if *pages == 1 { "" } else { "s" }
    )]
    Scanned { pages: usize },
    #[error("this PDF has no text on any of its {pages} pages")]
    NoText { pages: usize },
    #[error(
        "this PDF's fonts do not say which letters their glyphs are ({unmapped} of {glyphs} glyphs have no Unicode): its text cannot be read"
    )]
    NoUnicode { unmapped: usize, glyphs: usize },
    #[error("the PDF has {pages} pages, more than the {limit} resdiff reads")]
    TooManyPages { pages: usize, limit: usize },
    #[error(
        "the PDF's compressed streams inflate to more than {limit} bytes (a compression bomb?)"
    )]
    Inflated { limit: u64 },
    #[error("page {page} draws more than {limit} glyphs")]
    TooManyGlyphs { page: usize, limit: usize },
    #[error("the PDF's text is more than {limit} bytes")]
    TooMuchText { limit: u64 },
}

/// The text of a PDF laid out as plain text, with what the layout left out (page, message).
pub struct PdfText {
    /// One paragraph a line, footnote definitions last.
    pub text: String,
    /// What the layout left out or guessed: (page, message).
    pub notes: Vec<(usize, String)>,
    /// Glyphs struck through or underlined (a proposal printed with its marks).
    pub marked: usize,
    /// The level of each line of `text` where the layout shows the tree by its indentation;
    /// `None`: the plain-text reader nests it by its label.
    pub levels: Vec<Option<usize>>,
}

/// Reads a PDF's text layer into paragraphs (see the module doc): the plain text the plain-text
/// reader takes, before any structure is found.
pub fn pdf_text(bytes: &[u8]) -> Result<PdfText, PdfError> {
    pdf_text_of(bytes, None)
}

/// [`pdf_text`] of one side of a proposal printed with its marks (see [`marks`]); `None`: the
/// text as printed, marks and all.
pub fn pdf_text_of(bytes: &[u8], side: Option<Side>) -> Result<PdfText, PdfError> {
    guard::check(bytes)?;
    let pdf = Pdf::new(bytes.to_vec()).map_err(|e| match e {
        LoadPdfError::Decryption(DecryptionError::PasswordProtected) => PdfError::Encrypted,
        LoadPdfError::Decryption(DecryptionError::MissingIDEntry) => {
            PdfError::Encryption("the file has no ID entry")
        }
        LoadPdfError::Decryption(DecryptionError::UnsupportedAlgorithm) => {
            PdfError::Encryption("an unsupported algorithm")
        }
        LoadPdfError::Decryption(_) => PdfError::Encryption("invalid encryption dictionary"),
        LoadPdfError::Invalid => {
            PdfError::Broken("no cross-reference table or page tree could be read")
        }
    })?;
    let pages = pdf.pages();
    if pages.len() > MAX_PDF_PAGES {
        return Err(PdfError::TooManyPages {
            pages: pages.len(),
            limit: MAX_PDF_PAGES,
        });
    }
    if pages.is_empty() {
        return Err(PdfError::Broken("the page tree holds no page"));
    }
    let skia = pdf
        .metadata()
        .producer
        .as_deref()
        .is_some_and(|p| p.starts_with(b"Skia/PDF"));
    let (mut hyphens, mut radicals, mut nul) = (0, 0, 0);
    let settings = InterpreterSettings::default();
    let cache = InterpreterCache::new();
    let mut laid_pages = Vec::with_capacity(pages.len());
    let (mut glyphs, mut unmapped, mut images, mut text_bytes) = (0usize, 0usize, 0usize, 0u64);
    let mut marked = 0;
    for (n, page) in pages.iter().enumerate() {
        let (w, h) = page.render_dimensions();
        let mut recorder = glyphs::Recorder::new(f64::from(h), MAX_PDF_PAGE_GLYPHS);
        let mut ctx = Context::new(
            page.initial_transform(true).to_kurbo(),
            Rect::new(0.0, 0.0, f64::from(w), f64::from(h)),
            &cache,
            pdf.xref(),
            settings.clone(),
        );
        interpret_page(page, &mut ctx, &mut recorder);
        let mut p = recorder.page;
        if skia {
            hyphens += non_breaking_hyphens(&mut p.glyphs);
        }
        radicals += ideographs(&mut p.glyphs);
        // U+0000 is no character: Skia writes it for a glyph of several marks (an Arabic shadda
        // with its vowel) it finds no Unicode for.
        let before = p.glyphs.len();
        p.glyphs.retain(|g| !g.text.contains('\0'));
        nul += before - p.glyphs.len();
        if p.dropped > 0 {
            return Err(PdfError::TooManyGlyphs {
                page: n + 1,
                limit: MAX_PDF_PAGE_GLYPHS,
            });
        }
        glyphs += p.glyphs.len();
        unmapped += p
            .glyphs
            .iter()
            .filter(|g| g.text.contains('\u{FFFD}'))
            .count();
        images += p.images;
        text_bytes += p.glyphs.iter().map(|g| g.text.len() as u64).sum::<u64>();
        if text_bytes > MAX_TEXT {
            return Err(PdfError::TooMuchText { limit: MAX_TEXT });
        }
        let m = marks::marks(&p.glyphs, &p.rules);
        let page_marked = m.iter().filter(|m| **m != marks::Mark::None).count();
        marked += page_marked;
        // Marked glyphs are laid out as printed, bracketed by their mark; the side is taken
        // from the laid-out text (see `marks`).
        let mut page_glyphs = p.glyphs;
        marks::wrap(&mut page_glyphs, &m);
        let mut page_lines = lines::lines_of(&page_glyphs, skia);
        for l in &mut page_lines {
            l.text = marks::tidy_line(&l.text);
        }
        laid_pages.push(layout::PageLines {
            height: p.height,
            lines: page_lines,
            rules: p.rules,
        });
    }
    if glyphs == 0 {
        return Err(if images > 0 {
            PdfError::Scanned { pages: pages.len() }
        } else {
            PdfError::NoText { pages: pages.len() }
        });
    }
    if unmapped * 2 > glyphs {
        return Err(PdfError::NoUnicode { unmapped, glyphs });
    }
    let laid = layout::lay_out(&laid_pages);
    let mut notes = laid.notes;
    if nul > 0 {
        notes.push((
            1,
            format!(
                "{nul} glyphs mapped to U+0000 (no character) left out: in Chromium's Arabic they are a shadda with its vowel, which the text loses"
            ),
        ));
    }
    if radicals > 0 {
        notes.push((
            1,
            format!(
                "{radicals} CJK radicals read as the ideographs they are drawn as (`⼤` as `大`): the PDF maps the glyph a CJK font shares between them to the radical"
            ),
        ));
    }
    if hyphens > 0 {
        notes.push((
            1,
            format!(
                "{hyphens} hyphens U+2010 read as U+2011 (non-breaking hyphen): Chromium's PDFs (Skia) map the one glyph fonts draw both with to U+2010, and texts type U+2011"
            ),
        ));
    }
    if unmapped > 0 {
        notes.push((
            1,
            format!("{unmapped} glyphs have no Unicode in their font: read as U+FFFD"),
        ));
    }
    if side.is_none() && marked > 0 {
        notes.push((
            1,
            format!(
                "{marked} glyphs are struck through or underlined (a proposal's changes, or a link): read as printed, struck and underlined text together; name FILE.pdf#base or FILE.pdf#proposal for one side"
            ),
        ));
    }
    // One side's lines, and the proposal's apparatus left out, each line with its level.
    let (mut text, mut levels) = (String::with_capacity(laid.text.len()), Vec::new());
    for (i, line) in laid.text.lines().enumerate() {
        let Some(kept) = marks::side_of_line(line, side) else {
            continue;
        };
        if is_apparatus(&kept) {
            continue;
        }
        text.push_str(&kept);
        text.push('\n');
        levels.push(laid.levels.get(i).copied().flatten());
    }
    Ok(PdfText {
        levels,
        text,
        notes,
        marked,
    })
}

/// U+2010 (hyphen) as U+2011 (non-breaking hyphen) in the glyphs of a PDF made by Skia
/// (Chromium's printing), which maps a glyph back to the first of the characters the font draws
/// with it: fonts draw both hyphens with one glyph, and the texts type U+2011, never U+2010.
/// How many were changed.
fn non_breaking_hyphens(glyphs: &mut [glyphs::Glyph]) -> usize {
    let mut n = 0;
    for g in glyphs
        .iter_mut()
        .filter(|g| !g.typed && g.text.contains('\u{2010}'))
    {
        n += g.text.matches('\u{2010}').count();
        g.text = g.text.replace('\u{2010}', "\u{2011}");
    }
    n
}

/// The CJK radicals of `glyphs` as the ideographs fonts draw with the same glyph, which running
/// text means (Skia maps a glyph back to the lowest character the font maps to it: `⼤` U+2F24
/// for `大`). Kangxi radicals as Unicode's compatibility mapping says, but `⼾` as the
/// simplified `户` Chinese fonts draw; the radicals supplement's simplified forms by the table.
/// How many were changed.
fn ideographs(glyphs: &mut [glyphs::Glyph]) -> usize {
    use unicode_normalization::UnicodeNormalization;
    const SUPPLEMENT: [(char, char); 27] = [
        ('⺠', '民'),
        ('⻄', '西'),
        ('⻅', '见'),
        ('⻆', '角'),
        ('⻈', '讠'),
        ('⻉', '贝'),
        ('⻋', '车'),
        ('⻐', '钅'),
        ('⻓', '长'),
        ('⻔', '门'),
        ('⻘', '青'),
        ('⻙', '韦'),
        ('⻚', '页'),
        ('⻛', '风'),
        ('⻜', '飞'),
        ('⻝', '食'),
        ('⻠', '饣'),
        ('⻢', '马'),
        ('⻥', '鱼'),
        ('⻦', '鸟'),
        ('⻧', '卤'),
        ('⻨', '麦'),
        ('⻩', '黄'),
        ('⻬', '齐'),
        ('⻮', '齿'),
        ('⻰', '龙'),
        ('⻳', '龟'),
    ];
    let ideograph = |c: char| match c {
        '⼾' => Some('户'),
        '\u{2F00}'..='\u{2FD5}' => std::iter::once(c).nfkc().next(),
        _ => SUPPLEMENT.iter().find(|(r, _)| *r == c).map(|(_, i)| *i),
    };
    let mut n = 0;
    for g in glyphs.iter_mut().filter(|g| !g.typed) {
        if g.text.chars().any(|c| ideograph(c).is_some()) {
            g.text = g
                .text
                .chars()
                .map(|c| ideograph(c).inspect(|_| n += 1).unwrap_or(c))
                .collect();
        }
    }
    n
}

/// Whether a line is a proposal's apparatus, left out as the DOCX reader leaves it out: the
/// Reasons (`Reasons:`, `الأسباب:`), the ITU symbol lines (`MOD RCC/23A1/2`, `NOC`) and the
/// notes of where a provision moved.
fn is_apparatus(l: &str) -> bool {
    let symbol = |l: &str| {
        let mut words = l.split_whitespace();
        let first = words.next().unwrap_or("");
        let first = first.trim_end_matches('*');
        let is_symbol = matches!(
            first,
            "ADD" | "MOD" | "(MOD)" | "SUP" | "NOC" | "(SUP)" | "(ADD)"
        );
        is_symbol && words.next().is_none_or(|id| id.contains('/')) && words.next().is_none()
    };
    let t = l.trim();
    // Where a moved provision went or came from (`moved to 4.4bis`), as `markup` notes it.
    let move_note = t == "moved"
        || ((t.starts_with("moved to ") || t.starts_with("moved from "))
            && t.split_whitespace().count() <= 4);
    t.starts_with("Reasons:") || t.starts_with("الأسباب:") || symbol(t) || move_note
}

/// Imports a PDF: its text (see [`pdf_text`]) read as plain text is.
pub fn import_pdf(
    bytes: &[u8],
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    import_pdf_side(bytes, None, opts, fallback)
}

/// [`import_pdf`] of one side of a proposal printed with its marks; a side of a PDF with no
/// marks is refused as a DOCX without tracked changes is.
pub fn import_pdf_side(
    bytes: &[u8],
    side: Option<Side>,
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    let read = pdf_text_of(bytes, side)?;
    if side == Some(Side::Proposal) && read.marked == 0 {
        return Err(ImportError::NoTrackedChanges);
    }
    let mut imported = import_text_levelled(&read.text, &read.levels, opts, fallback)?;
    let mut warnings: Vec<Warning> = read
        .notes
        .into_iter()
        .map(|(page, message)| Warning {
            line: page,
            message: format!("page {page}: {message}"),
            chosen: None,
        })
        .collect();
    warnings.append(&mut imported.warnings);
    imported.warnings = warnings;
    Ok(imported)
}
