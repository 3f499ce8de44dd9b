//! Text copied from a PDF in ITU's layout (issue 25, item 3): ITU's own DOCX of WTSA Res. 1
//! printed by LibreOffice, through `pdftotext`, read back by the plain-text reader with no flags.

use std::process::Command as Std;

use crate::common::{repo, tool_available};
use crate::copied_pdf_text::{clauses, fold, mode, opts_of, pdftotext};
use resdiff::input::import_text;
use resdiff::model::Document;

/// ITU's own DOCX of WTSA Resolution 1 printed by LibreOffice, `pdftotext` with and without
/// `-layout`, read back (the form feeds between pages select the copied-text reading): the
/// cover and foreword are skipped, the running foot (`2 WTSA-16 – Resolution 1`) dropped, the
/// head and preamble read exactly, and the rest (parts, headings, appendices, figures' notes
/// and captions, footnotes) measured: clause lines of the corpus found as they are in the
/// reading, and lines read, exactly as in [`itu_expected`]; any change fails, either way.
#[test]
fn an_itu_text_printed_by_libreoffice_reads_back() {
    if !tool_available("pdftotext (poppler-utils)", Std::new("pdftotext").arg("-v")) {
        return;
    }
    // Printed with the other PDFs of this binary, in one LibreOffice run.
    let Some(pdfs) = crate::import_pdf::itu_prints() else {
        return;
    };
    let source = resdiff::input::corpus::load_file(
        &repo().join("resolutions/wtsa/001/hammamet-2016.en.toml"),
    )
    .expect("corpus");
    // The extractor writes the no-break hyphen of `ITU‑T` as `-`.
    let hyphens = |s: &str| fold(s).replace('\u{2011}', "-");
    let preamble = |d: &Document| -> Vec<String> {
        d.sections[0]
            .clauses
            .iter()
            .map(|c| format!("{} {}", c.label.norm(), hyphens(&c.text)))
            .collect()
    };
    let mut report = Vec::new();
    let mut measured = Vec::new();
    for layout in [true, false] {
        let text = pdftotext(&pdfs[0], layout);
        let read = import_text(&text, &opts_of()).expect("read");
        assert_eq!(read.document.formula, source.formula, "{}", mode(layout));
        assert_eq!(
            read.document.resolution.title,
            source.resolution.title,
            "{}",
            mode(layout)
        );
        assert!(read.warnings.iter().any(|w| {
            w.message
                .contains("`WTSA-16 – Resolution` (a running head or foot)")
        }));
        assert_eq!(
            preamble(&read.document),
            preamble(&source),
            "{}",
            mode(layout)
        );
        // The venue line under the title, with the title's notes called.
        assert_eq!(
            read.document.revision_line,
            source.revision_line,
            "{}",
            mode(layout)
        );
        let (a, b) = (clauses(&source), clauses(&read.document));
        // To look into with `diff`, as `copied_matrix` writes its prints'.
        if let Some(dir) = std::env::var_os("RESDIFF_COPIED_DUMP").map(std::path::PathBuf::from) {
            let name = format!("itu-wtsa-001-{}", if layout { "layout" } else { "raw" });
            let said: Vec<String> = read
                .warnings
                .iter()
                .map(|w| format!("{}: {}", w.line, w.message))
                .collect();
            let folded = |l: &[String]| l.iter().map(|x| hyphens(x)).collect::<Vec<_>>().join("\n");
            let _ = std::fs::create_dir_all(&dir);
            for (ext, body) in [
                ("txt", text.clone()),
                ("source", folded(&a)),
                ("read", folded(&b)),
                ("warnings", said.join("\n")),
            ] {
                let _ = std::fs::write(dir.join(format!("{name}.{ext}")), body);
            }
        }
        let found: std::collections::HashSet<String> = b.iter().map(|l| hyphens(l)).collect();
        let same = a.iter().filter(|x| found.contains(&hyphens(x))).count();
        let exact = same == a.len() && b.len() == a.len();
        report.push(format!(
            "{}: wtsa/1@hammamet-2016:en (LibreOffice, {}): {same} of the corpus's {} clause lines found as they are, {} lines read (expected {:?})",
            if exact { "EXACT" } else { "NOT YET EXACT" },
            mode(layout),
            a.len(),
            b.len(),
            itu_expected(layout)
        ));
        measured.push(((same, b.len()), itu_expected(layout)));
        if layout {
            // Exact, line by line: every clause, heading and note, in order, at its depth.
            let all = |l: &[String]| l.iter().map(|x| hyphens(x)).collect::<Vec<_>>();
            assert_eq!(all(&b), all(&a), "{}", mode(layout));
        }
    }
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{}", report.join("\n"));
    assert!(
        measured.iter().all(|(got, want)| got == want),
        "{}",
        report.join("\n")
    );
}

/// WTSA Res. 1 (359 clause and note lines) as LibreOffice prints ITU's DOCX, through
/// `pdftotext`, as measured: the corpus's lines found as they are in the reading, and the
/// lines read. With `-layout`, exact (asserted line by line above). What is left without
/// `-layout` (4 lines, 2 paragraphs joined, each warned at its line): no empty line or indent
/// to say that `Using the same procedures …` (8.3, after a full line ending a sentence) and
/// `Guidelines for drafting …` (after Appendix I's last dash item) open paragraphs.
///
/// Was (96, 288) with `-layout` (not measured without) before the copied-text reader knew
/// ITU's long texts. Then, in order: an item's lines hung in measured from the margin (103);
/// a note's number printed twice (`4   4`) read once, and no mark after `Study Group` (108);
/// `SECTION 1` and an appendix with their titles one heading each, numbered headings,
/// captions and figures' notes paragraphs of their own, the tree by the numbering (324, 351
/// read; without `-layout` 153 of 349); paragraphs opened by ITU's signs, not the UN's (349);
/// `i)` before `ii)` roman (354); a label alone on its line put before its text (without
/// `-layout` 332); a running foot and its page number on lines of their own dropped (358
/// read; 344); `9.5.5 and 9.5.6)` opening a line, not the next label, read on (355, 357; 345,
/// 358); `ITU -T` (9.3.4: a space `pdftotext` sets before the no-break hyphen) read as
/// `ITU-T`, written whole elsewhere (356; 346); 2.1.5's second call of note 2 (`study
/// group2.`, glued as the first) read as one (357; 347); without `-layout`, Figure 9.1's
/// second line (`– Sequence of events`, short, opening with the caption's dash) read as the
/// rest of its caption, not a dash item (348, 357); the title's notes 1 and 1bis, called in
/// the venue line under the title (`(Hammamet, 2016)1, 1bis`), read with it as the revision
/// line (they were dropped with the lines above the formula), 1bis's number printed `1` with
/// `bis` on a line under it read as one (359, 359; 350, 359). h29itu: `(TSAG)`, c), `has been
/// consented`, `task-oriented` read back (355, 357: 8.3's and Appendix I's last joins, warned).
fn itu_expected(layout: bool) -> (usize, usize) {
    if layout { (359, 359) } else { (355, 357) }
}
