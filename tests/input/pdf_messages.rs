//! What the PDF reader says names the pages a reader can turn to (issue 25): a review found its
//! messages silently wrong. The plain-text reader's warnings carried the line of the text the
//! PDF reader made (`…pdf:5: read the digits of `issue,1` as the mark of footnote 1 (the note
//! is at line 140)`, of a mark on page 1 and a note on page 13); counts over the whole document
//! were all said at "page 1"; and the directional controls removed, the Arabic presentation
//! forms read as letters, and a proposal's apparatus lines left out were not said at all.
//! On the PDFs the other tests print (see `import_pdf`): the UN texts by Chromium, Res. 30 by
//! LibreOffice.

use crate::import_pdf::{chromium, libreoffice, read_print};

use std::path::PathBuf;

use resdiff::input::Warning;

fn warnings(pdf: &std::path::Path) -> Vec<Warning> {
    read_print(pdf).expect("reads").warnings
}

fn printed(pdfs: &[(String, PathBuf)], address: &str) -> PathBuf {
    pdfs.iter()
        .find(|(a, _)| a == address)
        .map(|(_, p)| p.clone())
        .unwrap_or_else(|| panic!("{address} printed"))
}

/// The one warning whose message holds `part`.
fn said<'w>(ws: &'w [Warning], part: &str) -> &'w Warning {
    let found: Vec<&Warning> = ws.iter().filter(|w| w.message.contains(part)).collect();
    assert_eq!(found.len(), 1, "`{part}` in {ws:#?}");
    found[0]
}

#[test]
fn the_text_readers_warnings_name_pages_of_the_pdf() {
    let Some(pdfs) = chromium() else { return };
    let ws = warnings(&printed(pdfs, "unga/ict4sd@80-118:en"));
    // Footnote 1's mark is on page 1, footnote 10's on page 2, the notes on page 13 (the page
    // images checked: the text ends on page 13 with the notes gathered under it).
    let first = said(&ws, "as the mark of footnote 1 ");
    assert_eq!(first.line, 1, "{first:?}");
    assert!(
        first.message.starts_with("page 1: ")
            && first.message.ends_with("(the note is at page 13)"),
        "{first:?}"
    );
    let tenth = said(&ws, "as the mark of footnote 10 ");
    assert_eq!(tenth.line, 2, "{tenth:?}");
    // Every warning names its page: none is said by a line no one sees.
    for w in &ws {
        assert!(
            w.message.starts_with("page ") || w.message.starts_with("pages "),
            "{w:?}"
        );
        assert!(!w.message.contains(" line "), "{w:?}");
    }
}

#[test]
fn counts_over_the_document_name_their_pages() {
    let Some(pdfs) = chromium() else { return };
    let en = warnings(&printed(pdfs, "unga/ict4sd@80-118:en"));
    // Chromium writes the typed U+2011 beside the U+2010 glyph it draws (ActualText), so
    // nothing is guessed and nothing said; before the ActualText was read, the count was said
    // at `pages 5, ...` (the first `‑`, `COVID‑19`, is on page 5).
    assert!(!en.iter().any(|w| w.message.contains("U+2010")), "{en:#?}");
    let ar = warnings(&printed(pdfs, "unga/ict4sd@80-118:ar"));
    // The marks Chromium maps to U+0000 come with their typed text (ActualText): not guessed.
    assert!(!ar.iter().any(|w| w.message.contains("U+0000")), "{ar:#?}");
    // Nor are the presentation forms it draws: the typed letters come with them.
    assert!(
        !ar.iter().any(|w| w.message.contains("presentation forms")),
        "{ar:#?}"
    );
    // A count that remains, over LibreOffice's ten pages of A/RES/74/197 in Arabic: named by
    // its first pages and how many more, not at "page 1".
    let Some(lo) = libreoffice() else { return };
    let ws = warnings(&printed(lo, "unga/ict4sd@74-197:ar"));
    let bidi = said(&ws, "directional control characters");
    assert!(
        bidi.message.starts_with("pages 1, 2, 3 and 7 more: "),
        "{bidi:?}"
    );
}

#[test]
fn directional_controls_and_apparatus_left_out_are_said() {
    let Some(pdfs) = libreoffice() else { return };
    // resdiff's DOCX of Res. 30 (a proposal changing nothing: an ITU symbol line over the
    // text), printed by LibreOffice, which maps its Arabic fonts' blank glyph to U+2066.
    let ws = warnings(&printed(pdfs, "wtdc/030@dubai-2014:ar"));
    let bidi = said(&ws, "directional control characters");
    assert!(bidi.message.starts_with("pages 1, 2, 3 and "), "{bidi:?}");
    let apparatus = said(&ws, "a proposal's apparatus");
    assert!(
        apparatus
            .message
            .starts_with("page 1: left out 1 ITU symbol line"),
        "{apparatus:?}"
    );
}
