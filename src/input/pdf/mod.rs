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
//! the plain-text reader's warnings are moved to the page their paragraph starts on, and a
//! count over the document names the pages it was found on ([`said`]).
//!
//! Refused, with the reason ([`PdfError`]): what is not a PDF, an encrypted PDF that needs a
//! password, a broken one, a scan (pages of images and no text), a PDF whose fonts have no
//! Unicode map, and any past the caps of [`crate::input::limits`] (pages, inflated bytes, glyphs
//! a page).

mod actual;
mod breaks;
pub(crate) mod flat;
mod furniture;
mod glyphs;
mod guard;
mod layout;
mod line_text;
mod lines;
mod mapped;
mod marks;
pub(crate) mod nesting;
mod notes;
mod paragraphs;
mod recommendation;
mod rtl;
mod said;
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
use crate::model::text::is_bidi_control;

use mapped::{ideographs, non_breaking_hyphens};

pub use lines::unshape;
pub(crate) use said::page_of;

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
    /// A bug of the reader's, refused rather than read with paragraphs shifted.
    #[error(
        "the PDF reader lost its place: {lines} paragraphs read with {styles} styles and {pages} pages"
    )]
    Misaligned {
        lines: usize,
        styles: usize,
        pages: usize,
    },
}

/// The text of a PDF laid out as plain text, with what the layout left out (page, message).
pub struct PdfText {
    /// One paragraph a line, footnote definitions last.
    pub text: String,
    /// The page each line of `text` starts on.
    pub pages: Vec<usize>,
    /// What the layout left out or guessed: (first page, message naming its pages).
    pub notes: Vec<(usize, String)>,
    /// Glyphs struck through or underlined (a proposal printed with its marks).
    pub marked: usize,
    /// The level of each line of `text` where the layout shows the tree by its indentation;
    /// `None`: the plain-text reader nests it by its label.
    pub levels: Vec<Option<usize>>,
    /// The ITU style of each line where the text is a Recommendation, laid out as its DOCX
    /// is (see [`recommendation`]); empty for any other text.
    pub styles: Vec<String>,
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
    // Counted page by page, to say where: (page, count).
    let (mut hyphens, mut radicals, mut nul) = (Vec::new(), Vec::new(), Vec::new());
    let mut controls = Vec::new();
    // ActualText spans that drew no glyph: (page, their texts).
    let mut unplaced: Vec<(usize, Vec<String>)> = Vec::new();
    let (mut unmapped_on, mut marked_on, mut bidi, mut shaped, mut across, mut sideways) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    // Private-use characters read as the Symbol font's, by font: (page, count) each.
    #[allow(clippy::type_complexity)]
    let mut symbols: std::collections::BTreeMap<(String, char, char), Vec<(usize, usize)>> =
        Default::default();
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
        let page_no = n + 1;
        for (font, was, now, count) in p.symbols.drain(..) {
            symbols
                .entry((font, was, now))
                .or_default()
                .push((page_no, count));
        }
        sideways.push((page_no, p.sideways));
        controls.push((page_no, p.controls));
        if !p.unplaced.is_empty() {
            unplaced.push((page_no, std::mem::take(&mut p.unplaced)));
        }
        if skia {
            hyphens.push((page_no, non_breaking_hyphens(&mut p.glyphs)));
        }
        radicals.push((page_no, ideographs(&mut p.glyphs)));
        // U+0000 is no character: Skia writes it for a glyph of several marks (an Arabic shadda
        // with its vowel) it finds no Unicode for.
        let before = p.glyphs.len();
        p.glyphs.retain(|g| !g.text.contains('\0'));
        nul.push((page_no, before - p.glyphs.len()));
        // What `lines` takes out or undoes without a word: bidi controls, presentation forms.
        let chars = || p.glyphs.iter().flat_map(|g| g.text.chars());
        bidi.push((page_no, chars().filter(|c| is_bidi_control(*c)).count()));
        shaped.push((
            page_no,
            chars().filter(|c| lines::is_presentation_form(*c)).count(),
        ));
        if p.dropped > 0 {
            return Err(PdfError::TooManyGlyphs {
                page: n + 1,
                limit: MAX_PDF_PAGE_GLYPHS,
            });
        }
        glyphs += p.glyphs.len();
        let page_unmapped = p
            .glyphs
            .iter()
            .filter(|g| g.text.contains('\u{FFFD}'))
            .count();
        unmapped += page_unmapped;
        unmapped_on.push((page_no, page_unmapped));
        images += p.images;
        text_bytes += p.glyphs.iter().map(|g| g.text.len() as u64).sum::<u64>();
        if text_bytes > MAX_TEXT {
            return Err(PdfError::TooMuchText { limit: MAX_TEXT });
        }
        let m = marks::marks(&p.glyphs, &p.rules);
        let page_marked = m.iter().filter(|m| **m != marks::Mark::None).count();
        marked += page_marked;
        marked_on.push((page_no, page_marked));
        // Marked glyphs are laid out as printed, bracketed by their mark; the side is taken
        // from the laid-out text (see `marks`).
        let mut page_glyphs = p.glyphs;
        marks::wrap(&mut page_glyphs, &m);
        let mut page_lines = lines::lines_of(&page_glyphs, skia);
        for l in &mut page_lines {
            l.text = marks::tidy_line(&l.text);
        }
        across.push((page_no, page_lines.iter().map(|l| l.read_across).sum()));
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
    let mut notes: Vec<(usize, String)> = laid
        .notes
        .into_iter()
        .map(|(page, message)| (page, format!("page {page}: {message}")))
        .collect();
    let counts: [Counted; 10] = [
        (&controls, |n| {
            format!(
                "{n} control characters in glyph text (a font's Unicode map or an ActualText gives them; no glyph draws one) read as U+FFFD"
            )
        }),
        (&sideways, |n| {
            format!(
                "left out {n} glyphs set sideways (text turned up or down the page, as LibreOffice prints a landscape page's running foot along its edge)"
            )
        }),
        (&nul, |n| {
            format!(
                "{n} glyphs mapped to U+0000 (no character) left out: in Chromium's Arabic they are a shadda with its vowel, which the text loses"
            )
        }),
        (&radicals, |n| {
            format!(
                "{n} CJK radicals read as the ideographs they are drawn as (`⼤` as `大`): the PDF maps the glyph a CJK font shares between them to the radical"
            )
        }),
        (&hyphens, |n| {
            format!(
                "{n} hyphens U+2010 read as U+2011 (non-breaking hyphen): Chromium's PDFs (Skia) map the one glyph fonts draw both with to U+2010, and texts type U+2011"
            )
        }),
        (&unmapped_on, |n| {
            format!("{n} glyphs have no Unicode in their font: read as U+FFFD")
        }),
        (&bidi, |n| {
            format!(
                "{n} directional control characters (left-to-right and right-to-left marks, embeddings and isolates, which PDF producers write around right-to-left runs; LibreOffice maps its Arabic fonts' blank glyph to U+2066) removed"
            )
        }),
        (&across, |n| {
            format!(
                "{n} brackets or punctuation marks of a Latin phrase broken over two right-to-left lines read with the phrase, where the producer set them by the lines around (the bidi algorithm reads a paragraph, not a line): `(New York,` then `2025).`"
            )
        }),
        (&shaped, |n| {
            format!(
                "{n} Arabic presentation forms (the letters' contextual shapes and lam-alef ligatures, as the fonts draw them) read as the letters they show"
            )
        }),
        (if side.is_none() { &marked_on } else { &[] }, |n| {
            format!(
                "{n} glyphs are struck through or underlined (a proposal's changes, or a link): read as printed, struck and underlined text together; name FILE.pdf#base or FILE.pdf#proposal for one side"
            )
        }),
    ];
    notes.extend(
        counts
            .into_iter()
            .filter_map(|(per_page, message)| said::counted(per_page, message)),
    );
    notes.extend(symbols.iter().filter_map(|((font, was, now), per_page)| {
        said::counted(per_page, |n| {
            format!(
                "{n} private-use characters U+{:04X} of the symbol font `{font}` read as `{now}` (U+{:04X}), the Symbol font's character at that code, as Word types it",
                u32::from(*was),
                u32::from(*now)
            )
        })
    }));
    notes.extend(unplaced.iter().map(|(page, texts)| {
        let shown: Vec<String> = texts
            .iter()
            .map(|t| format!("`{}`", crate::model::text::excerpt(t, 40)))
            .collect();
        (
            *page,
            format!(
                "page {page}: left out the text {} of {} (a producer's text for the glyphs it marks) that drew no glyph: there is no place in the line to put it",
                shown.join(", "),
                if texts.len() == 1 {
                    "an ActualText span".to_string()
                } else {
                    format!("{} ActualText spans", texts.len())
                }
            ),
        )
    }));
    // One side's lines, and the proposal's apparatus left out, each line with its level and
    // page.
    let (mut text, mut levels) = (String::with_capacity(laid.text.len()), Vec::new());
    let mut styles = Vec::new();
    let (mut pages, mut apparatus) = (Vec::new(), said::Apparatus::default());
    for (i, line) in laid.text.lines().enumerate() {
        let Some(kept) = marks::side_of_line(line, side) else {
            continue;
        };
        let page = laid.pages.get(i).copied().unwrap_or(0);
        if apparatus.left_out(&kept, page) {
            continue;
        }
        text.push_str(&kept);
        text.push('\n');
        levels.push(laid.levels.get(i).copied().flatten());
        styles.extend(laid.styles.get(i).cloned());
        pages.push(page);
    }
    notes.extend(apparatus.said());
    Ok(PdfText {
        levels,
        styles,
        text,
        pages,
        notes,
        marked,
    })
}

/// A count page by page, (page, how many), and what is said of the total.
type Counted<'c> = (&'c [(usize, usize)], fn(usize) -> String);

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
    let styled = !read.styles.is_empty();
    let mut imported = if styled {
        recommendation::import(&read, opts, fallback)?
    } else {
        import_text_levelled(&read.text, &read.levels, opts, fallback)?
    };
    let mut warnings: Vec<Warning> = read
        .notes
        .into_iter()
        .map(|(line, message)| Warning {
            line,
            message,
            chosen: None,
        })
        .collect();
    // Its lines are the PDF's paragraphs, which no one sees: said on the pages instead.
    // (A Recommendation's are said of their pages already.)
    warnings.extend(imported.warnings.drain(..).map(|w| {
        if styled {
            w
        } else {
            said::on_pages(w, &read.pages)
        }
    }));
    imported.warnings = warnings;
    Ok(imported)
}
