//! DOCX import: the real WTSA Res. 1 as ITU publishes it, the round trip through our own
//! tracked-changes DOCX, and hostile files refused with one clear line and exit code 2.

use predicates::prelude::*;
use resdiff::input::corpus::{load_file, to_toml};
use resdiff::input::{Field, ImportOptions, import_docx};
use resdiff::markup::MarkupOptions;
use resdiff::model::{Body, Clause, Language, Stage, Status};
use resdiff::render::proposal_docx;

use crate::common;
use common::{repo, res30, res30_proposal, resdiff};

/// A copy of `../shared/data/itu-docx/T-RES-T.1-2016-MSW-E.docx`, shipped so that CI has it.
const WTSA1: &str = "fixtures/docx/T-RES-T.1-2016-MSW-E.docx";

fn find<'c>(clauses: &'c [Clause], label: &str) -> &'c Clause {
    clauses
        .iter()
        .find(|c| c.label.written() == label)
        .unwrap_or_else(|| panic!("no clause {label}"))
}

#[test]
fn wtsa_resolution_1_reads_into_the_clause_tree() {
    let path = repo().join(WTSA1);
    let Ok(bytes) = std::fs::read(&path) else {
        panic!("{} is shipped in fixtures/", path.display());
    };
    let opts = ImportOptions {
        body: Some(Body::Wtsa),
        ..ImportOptions::default()
    };
    let got = import_docx(&bytes, &opts, &ImportOptions::default()).expect("imports");
    assert!(
        got.proposal.is_none(),
        "the publication has no tracked changes"
    );
    let doc = got.base.document;
    assert_eq!(doc.language, Language::En);
    assert_eq!(doc.resolution.number_shown(), "1");
    assert_eq!(
        doc.resolution.title_shown(),
        "Rules of procedure of the ITU Telecommunication Standardization Sector"
    );
    assert_eq!(doc.revision.id_shown(), "hammamet-2016");
    assert_eq!(
        doc.formula.as_deref(),
        Some("The World Telecommunication Standardization Assembly (Hammamet, 2016),")
    );
    let kinds: Vec<&str> = doc.sections.iter().map(|s| s.kind.as_str()).collect();
    assert_eq!(kinds, ["considering", "resolves"]);
    let labels: Vec<&str> = doc.sections[0]
        .clauses
        .iter()
        .map(|c| c.label.written())
        .collect();
    assert_eq!(
        labels,
        [
            "a)", "b)", "b)bis", "c)", "d)", "e)", "f)", "g)", "h)", "i)"
        ]
    );

    // The rules: SECTION 1 > 1.11 > 1.11.1; 1.5 > b) > i) (enumlev1, enumlev2).
    let resolves = &doc.sections[1].clauses;
    let s1 = find(resolves, "1");
    assert_eq!(s1.text, "World Telecommunication Standardization Assembly");
    let r111 = find(&s1.children, "1.11");
    let subs: Vec<&str> = r111.children.iter().map(|c| c.label.written()).collect();
    assert_eq!(subs, ["1.11.1", "1.11.2", "1.11.3"]);
    let b = find(&find(&s1.children, "1.5").children, "b)");
    assert_eq!(b.children.len(), 7);
    assert_eq!(b.children[0].label.written(), "i)");
    assert!(
        find(resolves, "1bis")
            .text
            .starts_with("Documentation of ITU")
    );

    // ITU types footnote marks after the reference; they keep their printed numbers. Notes 1
    // and 1bis are on the list of earlier revisions under the title (issue 24).
    let marks: Vec<&str> = doc.footnotes.iter().map(|f| f.mark.as_str()).collect();
    assert_eq!(marks, ["1", "1bis", "2", "3", "4", "5"]);
    assert!(
        doc.footnotes[4]
            .text
            .starts_with("These include the least developed countries")
    );
}

#[test]
fn the_corpus_copy_of_wtsa_1_is_what_the_importer_makes() {
    let file = repo().join("resolutions/wtsa/001/hammamet-2016.en.toml");
    let shipped = std::fs::read_to_string(&file).expect("shipped in the corpus");
    let bytes = std::fs::read(repo().join(WTSA1)).expect("shared docx");
    let corpus_doc = load_file(&file).expect("loads");
    let opts = ImportOptions {
        body: Some(Body::Wtsa),
        date: corpus_doc.revision.date,
        source: corpus_doc.revision.source.clone(),
        ..ImportOptions::default()
    };
    let got = import_docx(&bytes, &opts, &ImportOptions::default()).expect("imports");
    assert_eq!(to_toml(&got.base.document), shipped);
}

#[test]
fn our_tracked_changes_docx_reads_back_as_the_two_revisions() {
    let (base, rcc) = (res30("dubai-2014"), res30("rcc-wtdc17"));
    let p = res30_proposal(&MarkupOptions::default());
    let bytes = proposal_docx::render(&p).expect("renders");
    let got = import_docx(&bytes, &ImportOptions::default(), &ImportOptions::default())
        .expect("reads back");
    let back = got.base.document;
    let proposal = got
        .proposal
        .expect("tracked changes give a proposal")
        .document;
    for (ours, theirs) in [(&back, &base), (&proposal, &rcc)] {
        assert_eq!(ours.sections, theirs.sections);
        assert_eq!(ours.formula, theirs.formula);
        assert_eq!(ours.resolution, theirs.resolution);
        assert_eq!(ours.footnotes, theirs.footnotes);
    }
    assert_eq!(proposal.revision.stage.status(), Status::Proposal);
    assert_eq!(
        proposal.revision.stage.proposer().map(|p| p.as_str()),
        Some("RCC")
    );
    assert_eq!(
        proposal.revision.base.as_ref().map(|b| b.as_str()),
        Some("dubai-2014")
    );
    assert_eq!(got.authors, ["RCC"]);
}

/// A file on a disk that fills up after `room` bytes.
struct FullDisk {
    file: std::io::Cursor<Vec<u8>>,
    room: usize,
}

impl std::io::Write for FullDisk {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let free = self.room.saturating_sub(self.file.get_ref().len());
        if free == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "no space left on device",
            ));
        }
        let n = buf.len().min(free);
        self.file.write(&buf[..n])
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl std::io::Seek for FullDisk {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        self.file.seek(to)
    }
}

#[test]
fn a_docx_package_that_cannot_be_written_is_an_error_not_a_short_file() {
    let p = res30_proposal(&MarkupOptions::default());
    let whole = proposal_docx::render(&p).expect("renders in memory");
    assert!(whole.len() > 4096, "{} bytes", whole.len());
    // The disk fills at the start, in the middle of the document, and before the zip directory.
    for room in [0, whole.len() / 2, whole.len() - 100] {
        let disk = FullDisk {
            file: std::io::Cursor::new(Vec::new()),
            room,
        };
        let err = proposal_docx::write(&p, disk)
            .err()
            .unwrap_or_else(|| panic!("{room} bytes of room: written anyway"));
        let msg = err.to_string();
        assert!(
            msg.starts_with("cannot write the DOCX package (") && msg.contains("no space left"),
            "{room}: {msg}"
        );
    }
    let disk = FullDisk {
        file: std::io::Cursor::new(Vec::new()),
        room: whole.len(),
    };
    let written = proposal_docx::write(&p, disk).expect("fits exactly");
    assert_eq!(written.file.into_inner(), whole);
}

#[test]
fn a_tracked_docx_needs_a_side_and_each_side_imports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docx = dir.path().join("RCC-23A1.docx");
    resdiff()
        .args([
            "markup",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
            "--format",
            "docx",
        ])
        .arg("-o")
        .arg(&docx)
        .assert()
        .code(0);
    resdiff()
        .arg("import")
        .arg(&docx)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("holds tracked changes (by RCC)"));
    // Each side compares equal to its corpus text, through the FILE.docx#side syntax.
    let side = |s: &str| format!("{}#{s}", docx.display());
    resdiff()
        .args(["diff", "wtdc/30@dubai-2014:ar", &side("base")])
        .assert()
        .code(0);
    resdiff()
        .args(["diff", "wtdc/30@rcc-wtdc17:ar", &side("proposal")])
        .assert()
        .code(0);
    resdiff()
        .args(["diff", &side("base"), &side("proposal")])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("ADD 16, SUP 11"));
}

/// Our proposal DOCX with `word/document.xml` rewritten by `edit`, as another writer would
/// have made it.
fn proposal_docx_edited(edit: &dyn Fn(&str) -> String) -> Vec<u8> {
    use std::io::{Read, Write};
    let bytes = proposal_docx::render(&res30_proposal(&MarkupOptions::default())).expect("docx");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let name = file.name().expect("name").to_string();
        let mut content = Vec::new();
        file.read_to_end(&mut content).expect("read");
        if name == "word/document.xml" {
            content = edit(&String::from_utf8(content).expect("utf-8")).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        out.write_all(&content).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

fn both_sides(
    bytes: &[u8],
) -> (
    resdiff::model::Document,
    resdiff::model::Document,
    Vec<String>,
) {
    let got =
        import_docx(bytes, &ImportOptions::default(), &ImportOptions::default()).expect("reads");
    let proposal = got.proposal.expect("tracked").document;
    (got.base.document, proposal, got.authors)
}

#[test]
fn several_authors_or_none_leave_both_sides_readable() {
    let (base, rcc) = (res30("dubai-2014"), res30("rcc-wtdc17"));
    // Two authors: the first change by another drafter.
    let two = proposal_docx_edited(&|xml| xml.replacen("w:author=\"RCC\"", "w:author=\"ATU\"", 1));
    let (b, p, authors) = both_sides(&two);
    assert_eq!(authors, ["ATU", "RCC"]);
    assert_eq!((&b.sections, &p.sections), (&base.sections, &rcc.sections));
    assert_eq!(
        p.revision.stage.proposer().map(|p| p.as_str()),
        Some("ATU, RCC")
    );
    // No author at all (Word's "remove personal information"): a proposal is someone's, so
    // the changes are a draft by nobody known, and a warning says so (the previous main made
    // it a proposal by "unknown", silently).
    let none = proposal_docx_edited(&|xml| xml.replace(" w:author=\"RCC\"", ""));
    let got = import_docx(&none, &ImportOptions::default(), &ImportOptions::default());
    let got = got.expect("reads");
    assert!(got.authors.is_empty());
    assert_eq!(got.base.document.sections, base.sections);
    let p = got.proposal.expect("tracked");
    assert_eq!(p.document.sections, rcc.sections);
    assert_eq!(p.document.revision.stage, Stage::Draft(None));
    let said: Vec<_> = p.warnings.iter().map(|w| (w.chosen, &w.message)).collect();
    assert!(
        matches!(said.as_slice(), [(Some(Field::Proposer), m), ..] if m.contains("no author")),
        "{said:?}"
    );
    // The proposer given makes it a proposal again, with nothing to warn of.
    let named = ImportOptions {
        proposer: Some("RCC".into()),
        ..ImportOptions::default()
    };
    let got = import_docx(&none, &named, &ImportOptions::default()).expect("reads");
    let p = got.proposal.expect("tracked");
    assert_eq!(p.document.revision.stage, rcc.revision.stage);
    assert!(p.warnings.iter().all(|w| w.chosen != Some(Field::Proposer)));
}

#[test]
fn a_docx_by_nobody_is_told_with_the_flag_that_names_the_proposer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docx = dir.path().join("anonymous.docx");
    let none = proposal_docx_edited(&|xml| xml.replace(" w:author=\"RCC\"", ""));
    std::fs::write(&docx, none).expect("write");
    let told = format!(
        "{}:1: warning: the tracked changes name no author",
        docx.display()
    );
    resdiff()
        .args(["import", "--side", "proposal"])
        .arg(&docx)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("status = 'draft'"))
        .stdout(predicate::str::contains("proposer").not())
        .stderr(predicate::str::contains(told))
        .stderr(predicate::str::contains("pass --proposer NAME"));
    resdiff()
        .args(["import", "--side", "proposal", "--proposer", "RCC"])
        .arg(&docx)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("status = 'proposal'\n"))
        .stdout(predicate::str::contains("proposer = 'RCC'"))
        .stderr(predicate::str::contains("no author").not());
}

#[test]
fn attribute_values_are_unescaped() {
    let amp = proposal_docx_edited(&|xml| xml.replace("w:author=\"RCC\"", "w:author=\"AT&amp;T\""));
    let (_, p, authors) = both_sides(&amp);
    assert_eq!(authors, ["AT&T"]);
    assert_eq!(
        p.revision.stage.proposer().map(|p| p.as_str()),
        Some("AT&T")
    );
}

#[test]
fn alternate_content_is_read_once() {
    let base = res30("dubai-2014");
    // A text box: Word writes its content twice, as mc:Choice and as the VML mc:Fallback.
    let boxed = proposal_docx_edited(&|xml| {
        // The run holding the first words of recalling a) (`بالقرار 71`).
        let words = xml.find("بالقرار 71").expect("recalling a)");
        let at = xml[..words].rfind("<w:r>").expect("a run");
        let end = at + xml[at..].find("</w:r>").expect("run end") + "</w:r>".len();
        let run = &xml[at..end];
        format!(
            "{}<mc:AlternateContent><mc:Choice Requires=\"wps\">{run}</mc:Choice><mc:Fallback>{run}</mc:Fallback></mc:AlternateContent>{}",
            &xml[..at],
            &xml[end..]
        )
    });
    let (b, _, _) = both_sides(&boxed);
    assert_eq!(b.sections, base.sections);
    assert_eq!(b.formula, base.formula);
    assert_eq!(b.resolution, base.resolution);
}

#[test]
fn text_inserted_by_one_and_deleted_by_another_is_in_neither_text() {
    let (base, rcc) = (res30("dubai-2014"), res30("rcc-wtdc17"));
    // A second reviewer deletes words the first inserted: Word nests the deletion inside the
    // insertion. Rejecting all drops the insertion; accepting all drops the deletion.
    let nested = proposal_docx_edited(&|xml| {
        // The first insertion inside recalling a), after `بالقرار 71`.
        let words = xml.find("بالقرار 71").expect("recalling a)");
        let at = words + xml[words..].find("<w:ins ").expect("an insertion");
        let run = at + xml[at..].find("<w:r>").expect("its run");
        let end = run + xml[run..].find("</w:r>").expect("run end") + "</w:r>".len();
        let deleted = xml[run..end]
            .replace("<w:t ", "<w:delText ")
            .replace("</w:t>", "</w:delText>");
        format!(
            "{}<w:del w:id=\"9999\" w:author=\"ATU\">{deleted}</w:del>{}",
            &xml[..run],
            &xml[end..]
        )
    });
    let (b, p, authors) = both_sides(&nested);
    assert_eq!(authors, ["ATU", "RCC"]);
    assert_eq!(
        b.sections, base.sections,
        "the base never had the inserted words"
    );
    assert_ne!(
        p.sections, rcc.sections,
        "the proposal lost them to the second reviewer"
    );
}

/// A file holds one resolution: a second `ResNo` and `Restitle` with text (WTSA Res. 1's own,
/// copied to the end, as a compilation of two resolutions or the number printed again over a
/// page would have them) are no clause text, and were skipped unsaid. Each is said, naming the
/// paragraph read as the number or title, and the tree is the one without them.
#[test]
fn a_second_resolution_number_and_title_are_said() {
    let bytes = std::fs::read(repo().join(WTSA1)).expect("fixture");
    let doubled = common::docx::rewrite(&bytes, &|name, xml| {
        if name != "word/document.xml" {
            return xml;
        }
        // The paragraph of that style holding text (the first `ResNo` is an empty one that
        // ends the cover's section).
        let para = |style: &str| {
            let tag = format!("<w:pStyle w:val=\"{style}\"/>");
            xml.match_indices(&tag)
                .map(|(at, _)| {
                    let start = xml[..at].rfind("<w:p ").expect("paragraph");
                    let end = at + xml[at..].find("</w:p>").expect("end") + "</w:p>".len();
                    &xml[start..end]
                })
                .find(|p| p.contains("<w:t>") || p.contains("<w:t "))
                .expect(style)
                .to_string()
        };
        let head = para("ResNo") + &para("Restitle");
        let body_end = xml.rfind("<w:sectPr").expect("the body's last section");
        format!("{}{head}{}", &xml[..body_end], &xml[body_end..])
    });
    let got = common::docx::read(&doubled).base;
    let want = &common::docx::wtsa1().base;
    common::docx::same_tree(&got.document, &want.document, "with a second head");
    assert_eq!(got.document.resolution, want.document.resolution);
    let said: Vec<&str> = got
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .filter(|m| m.contains("is a second resolution"))
        .collect();
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(
        said[0].contains("(ResNo) is a second resolution number after the one read (paragraph 53)"),
        "{said:?}"
    );
    assert!(
        said[1].contains("(Restitle) is a second resolution title"),
        "{said:?}"
    );
    assert_eq!(got.warnings.len(), want.warnings.len() + 2);
}
