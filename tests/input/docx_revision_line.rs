//! The list of earlier revisions under the title, with its footnotes (issue 24, part 6): WTSA
//! Res. 1 as ITU publishes it marks `(Hammamet, 2016)` with note 1 (every earlier revision)
//! and note 1bis (the 2017 republication). The line and both notes survive import → corpus →
//! proposal DOCX (read back) → `show`, plain text both ways, and `diff` sees a change to either.

use std::path::Path;

use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::corpus::{load_file, to_toml};
use resdiff::input::{ImportOptions, import_text, to_plain_text};
use resdiff::markup::MarkupOptions;
use resdiff::model::Document;
use resdiff::render::proposal_docx;

use crate::common;
use common::docx::{WTSA1, read, wtsa1};
use common::{proposal, repo, resdiff};

const LINE: &str = "(Hammamet, 2016)[^1], [^1bis]";
const CORPUS: &str = "resolutions/wtsa/001/hammamet-2016.en.toml";

/// The revision line and the texts of notes 1 and 1bis.
fn title_block(doc: &Document) -> (Option<&str>, Vec<(&str, &str)>) {
    let notes = doc
        .footnotes
        .iter()
        .filter(|f| f.mark == "1" || f.mark == "1bis")
        .map(|f| (f.mark.as_str(), f.text.as_str()))
        .collect();
    (doc.revision_line.as_deref(), notes)
}

#[test]
fn the_revision_line_and_its_notes_survive_import_corpus_proposal_and_show() {
    let imported = &wtsa1().base;
    assert!(
        imported
            .warnings
            .iter()
            .all(|w| !w.message.contains("Resref")),
        "the line is read, not skipped: {:?}",
        imported.warnings
    );
    let doc = imported.document.clone();
    let (line, notes) = title_block(&doc);
    assert_eq!(line, Some(LINE));
    assert_eq!(notes.len(), 2, "{:?}", doc.footnotes);
    assert!(
        notes[0]
            .1
            .starts_with("Previously published (Geneva, 1956 and 1958;")
    );
    assert!(notes[0].1.ends_with("Johannesburg, 2008; Dubai, 2012)."));
    // The typed `bis` is the mark's, not the note's first word: a reading, said naming the
    // paragraph that calls the note, the list (was read unsaid).
    assert!(
        notes[1]
            .1
            .starts_with("This Hammamet, 2016 edition was initially published")
    );
    let said: Vec<(usize, &str)> = imported
        .warnings
        .iter()
        .filter(|w| w.message.contains("typed after"))
        .map(|w| (w.line, w.message.as_str()))
        .collect();
    assert_eq!(
        said,
        [(
            55,
            "read footnote 1bis as Word's automatic number `1` with `bis` typed after its reference and at the start of the note: one mark, `1bis`"
        )]
    );
    // The body's notes keep their printed marks.
    let marks: Vec<&str> = doc.footnotes.iter().map(|f| f.mark.as_str()).collect();
    assert_eq!(marks, ["1", "1bis", "2", "3", "4", "5"]);

    // The corpus holds it, and loads it back.
    let toml = to_toml(&doc);
    assert!(
        toml.contains(&format!("revision_line = '{LINE}'")),
        "{toml}"
    );
    let corpus = load_file(&repo().join(CORPUS)).expect("corpus");
    assert_eq!(title_block(&corpus), title_block(&doc));

    // The proposal DOCX writes it (ITU's Resref, marks as footnote references) and reads back.
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let p = proposal(&corpus, &eur, &MarkupOptions::default());
    let bytes = proposal_docx::render(&p).expect("docx");
    let back = read(&bytes);
    let proposed = back.proposal.expect("tracked changes").document;
    assert_eq!(title_block(&back.base.document), title_block(&corpus));
    assert_eq!(title_block(&proposed), title_block(&eur));

    // `show` prints it under the title, and the notes with the others.
    let out = resdiff().args(["show", CORPUS]).output().expect("show");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[1..3],
        [
            "Rules of procedure of the ITU Telecommunication Standardization Sector",
            LINE
        ]
    );
    assert!(
        text.contains("\n[^1bis] This Hammamet, 2016 edition"),
        "{text}"
    );
}

#[test]
fn plain_text_reads_the_line_both_ways() {
    let corpus = load_file(&repo().join(CORPUS)).expect("corpus");
    // The exact layout keeps it in the front matter.
    let written = to_plain_text(&corpus);
    let back = import_text(&written, &ImportOptions::default()).expect("reads");
    assert_eq!(title_block(&back.document), title_block(&corpus));
    // As Word's text export lays out ITU's page: the number, the title, the list, the formula.
    let notes: String = corpus
        .footnotes
        .iter()
        .take(3)
        .map(|f| format!("[^{}]: {}\n", f.mark, f.text))
        .collect();
    let page = format!(
        "RESOLUTION 1 (Rev. Hammamet, 2016)\n\
         Rules of procedure of the ITU Telecommunication Standardization Sector\n\
         {LINE}\n\
         The World Telecommunication Standardization Assembly (Hammamet, 2016),\n\
         considering\n\
         a)\tthat the functions\n\
         resolves\n\
         1\tthat the assembly[^2]\n\
         {notes}"
    );
    let got = import_text(&page, &ImportOptions::default()).expect("reads");
    assert!(
        got.warnings
            .iter()
            .all(|w| !w.message.contains("not imported")),
        "{:?}",
        got.warnings
    );
    assert_eq!(got.document.revision_line.as_deref(), Some(LINE));
}

/// A copy of the corpus text with `from` replaced by `to`.
fn edited(dir: &Path, from: &str, to: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(repo().join(CORPUS)).expect("corpus");
    assert!(text.contains(from), "{from}");
    let path = dir.join(format!("{}.toml", to.len()));
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    path
}

#[test]
fn diff_sees_a_changed_revision_line_or_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = edited(
        dir.path(),
        LINE,
        "(Hammamet, 2016; Geneva, 2022)[^1], [^1bis]",
    );
    let note = edited(
        dir.path(),
        "initially published in 2016",
        "initially published in October 2016",
    );
    for (new, words) in [(&line, "{+; Geneva, 2022+}"), (&note, "{+October +}")] {
        let out = resdiff()
            .args(["diff", CORPUS])
            .arg(new)
            .output()
            .expect("diff");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        assert_eq!(out.status.code(), Some(1), "{text}");
        assert!(text.contains(words), "{text}");
    }
    // The library says the same, and the same text is no change.
    let old = load_file(&repo().join(CORPUS)).expect("corpus");
    let new = load_file(&line).expect("edited");
    let d = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
    assert!(d.has_changes());
    assert!(
        !diff_documents(&old, &old, &DiffOptions::default())
            .expect("diff")
            .has_changes()
    );
}

#[test]
fn a_mark_no_place_holds_is_said() {
    // Word's text export loses the superscript: `1, 1bis` cannot be told from the list.
    let page = "RESOLUTION 1 (Rev. Hammamet, 2016)\n\
                Rules of procedure of the ITU Telecommunication Standardization Sector\n\
                (Hammamet, 2016)1, 1bis\n\
                The World Telecommunication Standardization Assembly (Hammamet, 2016),\n\
                considering\n\
                a)\tthat the functions\n";
    let got = import_text(page, &ImportOptions::default()).expect("reads");
    assert_eq!(
        got.document.revision_line.as_deref(),
        Some("(Hammamet, 2016)1, 1bis")
    );
    let w = got
        .warnings
        .iter()
        .find(|w| w.message.contains("`1, 1bis`"))
        .unwrap_or_else(|| panic!("{:?}", got.warnings));
    assert_eq!(w.line, 3);
    assert!(w.message.contains("cannot be placed"), "{}", w.message);

    // A footnote on the title of the DOCX: the text has no place for it.
    let bytes = std::fs::read(repo().join(WTSA1)).expect("fixture");
    let title_end = "<w:t>Standardization Sector</w:t></w:r></w:p>";
    let marked = common::docx::rewrite(&bytes, &|name, text| {
        if name == "word/document.xml" {
            assert!(text.contains(title_end));
            text.replacen(
                title_end,
                "<w:t>Standardization Sector</w:t></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p>",
                1,
            )
        } else {
            text
        }
    });
    let got = read(&marked).base;
    assert_eq!(
        got.document.resolution.title.as_deref(),
        Some("Rules of procedure of the ITU Telecommunication Standardization Sector")
    );
    assert!(
        got.warnings
            .iter()
            .any(|w| w.message.contains("(Restitle) carries a footnote mark")),
        "{:?}",
        got.warnings
    );
}
