//! A list item's mark standing alone, as copied texts write ITU's: told here once, for every
//! reader that looks for one.

/// Whether `t` is a list item's mark and nothing else: a hyphen or an en dash (LibreOffice's
/// prints), a bullet, U+2212 (ITU's DOCX dash) or U+F02D (the dash of the Symbol font, as
/// `pdftotext` reads some of ITU's PDFs).
pub(super) fn dash_alone(t: &str) -> bool {
    matches!(t, "-" | "–" | "•" | "\u{2212}" | "\u{f02d}")
}

/// Whether `t` opens with such a mark, set apart from the text after it (`–  relevant …`).
pub(super) fn opens_with_dash(t: &str) -> bool {
    t.split_whitespace().next().is_some_and(dash_alone)
}
