//! ITU's own Word files printed to PDF by LibreOffice read as the Word files themselves (issue
//! 25: "compare the draft with the adopted text" is usually a Word draft against a PDF, and ITU
//! publishes its texts as PDFs printed from such files). Each file is read as DOCX and as its
//! print, and the two readings are compared clause by clause, as `resdiff diff X.docx X.pdf`
//! compares them. The prints are made in the one LibreOffice run of `import_pdf`.

use crate::common;

use resdiff::input::ImportOptions;
use resdiff::input::pdf::import_pdf;

use super::import_pdf::{differing, differing_folded, itu_prints};

/// ITU's DOCX files printed: WTSA Res. 1 (`../shared/data/itu-docx`), and ITU-T J.1108
/// (metanorma/mn-samples-itu, see fixtures/docx/SOURCES.md), a Recommendation.
pub const FILES: [&str; 2] = [
    common::docx::WTSA1,
    "fixtures/docx/T-REC-J.1108-201901-P-MSW-E.docx",
];

fn pdf_read(
    pdf: &std::path::Path,
) -> Result<resdiff::input::Imported, resdiff::input::ImportError> {
    let none = ImportOptions {
        allow_unknown: true,
        ..Default::default()
    };
    import_pdf(
        &std::fs::read(pdf).expect("pdf"),
        &ImportOptions::default(),
        &none,
    )
}

/// WTSA Res. 1 as ITU's DOCX and as LibreOffice's print of it: lines (a clause, heading or
/// note each, with its depth) that differ, exactly, as measured; any change fails. What is
/// left, as seen comparing the two readings:
/// - U+2011 printed as `-` (the 67 lines between the two figures; see `import_pdf`);
/// - the title of `SECTION 9`, printed on two lines, read as two paragraphs: its second line
///   (`using the traditional approval process`) is taken for a heading, and every clause of
///   section 9 reads in that section, one level up (most of the lines left);
/// - the title's two notes, whose marks are on the skipped `(Hammamet, 2016)` line, read into
///   *considering*; a note mark set at text size (`2 In special cases`) read as a clause;
/// - ITU's dash items one level short (under `b)`, not `v)`), `5.4bis` read unlabelled, and
///   some headings' following paragraph (`1bis.2.2 Approval`) run in.
///
/// Before ITU's flat layout was read by its numbering (`pdf/flat.rs`), 1.11.1 read as a
/// sibling of 1.11, `SECTION 1` went under *resolves*' unlabelled paragraph, and every heading
/// of 1bis (`1bis.1.1Presentation of texts`) read unlabelled; then (177, 110) while
/// `SECTION 5` and `SECTION 7`, at the top of pages 17 and 19, were left out as a running head.
#[test]
fn wtsa_res1_printed_from_itus_docx_reads_as_the_docx() {
    let Some(pdfs) = itu_prints() else { return };
    let docx = common::docx::read(&std::fs::read(common::repo().join(FILES[0])).expect("docx"));
    let pdf = pdf_read(&pdfs[0]).expect("reads").document;
    let (n, folded) = (
        differing(&pdf, &docx.base.document),
        differing_folded(&pdf, &docx.base.document),
    );
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "WTSA Res. 1, ITU's DOCX against its LibreOffice print: {n} lines differ, {folded} with U+2011 folded, of {}",
        common::docx::lines(&docx.base.document).len()
    );
    assert_eq!((n, folded), (175, 108));
}

/// ITU-T J.1108, a Recommendation, is no resolution: its print is refused as its DOCX is, with
/// the same message.
#[test]
fn a_recommendation_printed_from_itus_docx_is_refused_as_the_docx() {
    let Some(pdfs) = itu_prints() else { return };
    let bytes = std::fs::read(common::repo().join(FILES[1])).expect("docx");
    let docx =
        resdiff::input::import_docx(&bytes, &ImportOptions::default(), &ImportOptions::default())
            .expect_err("no resolution");
    let pdf = pdf_read(&pdfs[1]).expect_err("no resolution");
    assert_eq!(pdf.to_string(), docx.to_string());
    assert!(
        pdf.to_string().contains("no section heading found"),
        "{pdf}"
    );
}
