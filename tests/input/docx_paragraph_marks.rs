//! Tracked paragraph marks read as LibreOffice (and Word) mean them. A paragraph LibreOffice
//! records as new is its own runs inserted and the *preceding* paragraph's mark inserted; the
//! mark the new paragraph ends with was the preceding paragraph's, now in the new style. With
//! changes rejected the two join, and the joined paragraph keeps the first one's style: the
//! base is the original, whatever the styles (issue 23, finding 2; docs/tricky_cases.md).
//!
//! Every file here is made, accepted and rejected by LibreOffice itself
//! (`tests/tools/lo_docx.py`), or by Word's markup rewritten in and LibreOffice's accept and
//! reject compared.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use predicates::prelude::*;
use resdiff::model::{Clause, Document};

use crate::common;
use common::docx::{WTSA1, libreoffice, read, rewrite, same_tree, wtsa1};
use common::{artifacts, libreoffice_available, repo, resdiff};

const HAMMAMET: &str = "resolutions/wtsa/001/hammamet-2016.en.toml";

fn load(p: &Path) -> resdiff::input::DocxImport {
    read(&std::fs::read(p).expect("LibreOffice wrote it"))
}

/// `base` and `proposal` of a tracked file against LibreOffice's reject-all and accept-all of
/// it, which must hold no tracked change. Footnotes are left out: a custom footnote mark
/// LibreOffice saved twice is typed once more in the note's text (the base, read from the
/// tracked file, is compared with the original, footnotes included).
fn as_libreoffice(file: &Path, rejected: &Path, accepted: &Path, what: &str) -> Document {
    let got = load(file);
    let proposal = got.proposal.expect("tracked").document;
    let (rejected, accepted) = (load(rejected), load(accepted));
    let same_tree = |got: &Document, want: &Document, what: &str| {
        let plain = |d: &Document| Document {
            footnotes: Vec::new(),
            ..d.clone()
        };
        same_tree(&plain(got), &plain(want), what);
    };
    assert!(rejected.proposal.is_none() && accepted.proposal.is_none());
    same_tree(
        &got.base.document,
        &rejected.base.document,
        &format!("{what}: base against LibreOffice's reject-all"),
    );
    same_tree(
        &proposal,
        &accepted.base.document,
        &format!("{what}: proposal against LibreOffice's accept-all"),
    );
    got.base.document
}

/// The base-to-proposal diff of a tracked file, and its summary line.
fn diff_sides(file: &Path) -> (String, String) {
    let side = |s: &str| format!("{}#{s}", file.display());
    let out = resdiff()
        .args(["diff", &side("base"), &side("proposal")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let summary = text
        .lines()
        .find(|l| l.contains("NOC"))
        .unwrap_or_default()
        .to_string();
    (text, summary)
}

/// Res. 1 with 1.6 moved to after 1.11.3 (as 1.11.4), as plain text: a proposal whose DOCX
/// has a "moved from 1.6" note just above an inserted `enumlev2` paragraph.
fn moved_16(dir: &Path) -> PathBuf {
    let out = resdiff()
        .args(["show", "wtsa/1@hammamet-2016:en", "--format", "plain"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("\t1.6\t"))
        .expect("1.6");
    let moved = lines.remove(at);
    let after = lines
        .iter()
        .position(|l| l.starts_with("\t\t1.11.3\t"))
        .expect("1.11.3");
    lines.insert(after + 1, moved.replacen("\t1.6\t", "\t\t1.11.4\t", 1));
    let file = dir.join("moved-1.6.txt");
    std::fs::write(&file, lines.join("\n") + "\n").expect("write");
    file
}

fn clauses(cs: &[Clause]) -> Vec<&Clause> {
    cs.iter()
        .flat_map(|c| std::iter::once(c).chain(clauses(&c.children)))
        .collect()
}

/// No paragraph of the proposal's apparatus ("moved from 1.6") reads as a clause.
fn no_note_as_clause(doc: &Document, what: &str) {
    for s in &doc.sections {
        for c in clauses(&s.clauses) {
            assert!(
                !c.text.contains("moved from") && !c.text.contains("moved to"),
                "{what}: a move note reads as clause `{}`",
                c.label.written()
            );
        }
    }
}

/// The folder of this module's files, and the joined Res. 1 of [`joined_res1`] written in it,
/// once.
fn joined() -> &'static PathBuf {
    static JOINED: OnceLock<PathBuf> = OnceLock::new();
    JOINED.get_or_init(|| {
        let joined = artifacts("docx-paragraph-marks").join("joined.docx");
        std::fs::write(&joined, joined_res1()).expect("write");
        joined
    })
}

/// Both tests' LibreOffice jobs in one run of it (it takes seconds to start): our own proposal
/// (1.6 moved, for a delegate to edit in LibreOffice in turn) made, then every job of
/// [`new_paragraphs_after_list_items_leave_the_base_as_it_was`] and
/// [`a_deleted_paragraph_mark_joins_into_the_first_paragraph`]. Call it once LibreOffice is
/// known to be here.
fn libreoffice_jobs() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let dir = artifacts("docx-paragraph-marks");
        let at = |name: &str| dir.join(name);
        let res1 = repo().join(WTSA1);
        let ours = at("moved.docx");
        resdiff()
            .args(["markup", "wtsa/1@hammamet-2016:en"])
            .arg(moved_16(&dir))
            .args(["--doc", "42", "--proposer", "EUR", "--format", "docx"])
            .args(["--force", "-o"])
            .arg(&ours)
            .assert()
            .code(0);
        let joined = joined();
        libreoffice(
            &dir,
            &[
                ("items", res1.clone(), at("items.docx")),
                ("reject", at("items.docx"), at("items-rejected.docx")),
                ("accept", at("items.docx"), at("items-accepted.docx")),
                ("accept", ours.clone(), at("moved-accepted.docx")),
                ("reject", ours.clone(), at("moved-rejected.docx")),
                ("items", ours.clone(), at("moved-items.docx")),
                (
                    "reject",
                    at("moved-items.docx"),
                    at("moved-items-rejected.docx"),
                ),
                (
                    "accept",
                    at("moved-items.docx"),
                    at("moved-items-accepted.docx"),
                ),
                ("reject", joined.clone(), at("joined-rejected.docx")),
                ("accept", joined.clone(), at("joined-accepted.docx")),
            ],
        );
    });
}

#[test]
fn new_paragraphs_after_list_items_leave_the_base_as_it_was() {
    if !libreoffice_available() {
        return;
    }
    libreoffice_jobs();
    let dir = artifacts("docx-paragraph-marks");
    let at = |name: &str| dir.join(name);
    let ours = at("moved.docx");
    let original = &wtsa1().base.document;
    let hammamet = resdiff::input::corpus::load_file(&repo().join(HAMMAMET)).expect("text");

    // ITU's file: the base is the original, and LibreOffice's reject-all; the proposal its
    // accept-all; between them the five new paragraphs and the deleted item, no move.
    let items = at("items.docx");
    let base = as_libreoffice(
        &items,
        &at("items-rejected.docx"),
        &at("items-accepted.docx"),
        "Res. 1 with new paragraphs",
    );
    same_tree(&base, original, "Res. 1 with new paragraphs: base");
    let (text, summary) = diff_sides(&items);
    assert!(
        summary.starts_with("ADD 5, SUP 1, NOC") && !summary.contains('*'),
        "summary: {summary}\n{text}"
    );
    for added in ["1.10bis", "1.4bis", "v)bis", "c)", "a)"] {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(&format!("ADD   {added}  {{+"))),
            "no ADD {added}\n{text}"
        );
    }
    resdiff()
        .args(["diff", &format!("{}#base", items.display()), WTSA1])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no changes"));

    // Our proposal accepted and rejected by LibreOffice: the move note stays apparatus.
    let moved = as_libreoffice(
        &ours,
        &at("moved-rejected.docx"),
        &at("moved-accepted.docx"),
        "our proposal",
    );
    same_tree(&moved, &hammamet, "our proposal: base");
    let (text, summary) = diff_sides(&ours);
    assert_eq!(summary, "NOC 350, ADD* 1, SUP* 1", "{text}");
    assert!(text.contains("(moved from 1.6)"), "{text}");
    no_note_as_clause(
        &load(&at("moved-accepted.docx")).base.document,
        "our proposal accepted",
    );

    // Our proposal edited in LibreOffice (its styles are by depth, so the new `Standard`
    // paragraphs are top-level clauses there): both authors' changes rejected give the adopted
    // text, and the move note stays apparatus on every side.
    let edited = at("moved-items.docx");
    let base = as_libreoffice(
        &edited,
        &at("moved-items-rejected.docx"),
        &at("moved-items-accepted.docx"),
        "our proposal with new paragraphs",
    );
    same_tree(&base, &hammamet, "our proposal with new paragraphs: base");
    let proposal = load(&edited).proposal.expect("tracked").document;
    no_note_as_clause(&proposal, "our proposal with new paragraphs");
    no_note_as_clause(
        &load(&at("moved-items-accepted.docx")).base.document,
        "our proposal with new paragraphs, accepted",
    );
}

/// WTSA Res. 1 with the mark of 1.3 d) deleted as Word records it: the item and 1.4 join,
/// and 1.4's paragraph keeps its own style (LibreOffice restyles it when it joins them).
fn joined_res1() -> Vec<u8> {
    let bytes = std::fs::read(repo().join(WTSA1)).expect("shipped fixture");
    rewrite(&bytes, &|name, xml| {
        if name != "word/document.xml" {
            return xml;
        }
        let words = xml
            .find("If the actions proposed have been accomplished")
            .expect("1.3 d)");
        let start = xml[..words].rfind("<w:p ").expect("its paragraph");
        let end = start + xml[start..].find("</w:pPr>").expect("its pPr");
        let rpr = start + xml[start..end].rfind("</w:rPr>").expect("its mark's rPr");
        let del = "<w:del w:id=\"901\" w:author=\"Word\" w:date=\"2024-01-01T00:00:00Z\"/>";
        format!("{}{del}{}", &xml[..rpr], &xml[rpr..])
    })
}

#[test]
fn a_deleted_paragraph_mark_joins_into_the_first_paragraph() {
    let joined = joined();
    let dir = joined.parent().expect("its folder");
    let got = load(joined);
    let original = &wtsa1().base.document;
    same_tree(&got.base.document, original, "joined: base");
    // Accepted, the item takes in 1.4's words and stays an item of 1.3, in its list style.
    let proposal = got.proposal.expect("tracked").document;
    let all: Vec<&Clause> = proposal
        .sections
        .iter()
        .flat_map(|s| clauses(&s.clauses))
        .collect();
    let three = all
        .iter()
        .find(|c| c.label.written() == "1.3")
        .expect("1.3");
    let d = three
        .children
        .iter()
        .find(|c| c.text.starts_with("If the actions proposed"))
        .expect("d) under 1.3");
    assert!(
        d.text
            .contains("questioned.1.4 WTSA shall establish a Budget Control Committee"),
        "{}",
        d.text
    );
    assert!(all.iter().all(|c| c.label.written() != "1.4"));
    if !libreoffice_available() {
        return;
    }
    libreoffice_jobs();
    as_libreoffice(
        joined,
        &dir.join("joined-rejected.docx"),
        &dir.join("joined-accepted.docx"),
        "joined",
    );
}
