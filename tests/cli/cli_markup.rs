//! `resdiff markup` end to end: formats, metadata from flags or from the text, refusals, and the
//! DOCX checked part by part (its XML, not its bytes).

use std::io::Read;

use predicates::prelude::*;
use quick_xml::Reader;
use quick_xml::events::Event;

use crate::common;
use common::resdiff;

const DUBAI: &str = "wtdc/30@dubai-2014:ar";
const RCC: &str = "wtdc/30@rcc-wtdc17:ar";

#[test]
fn markdown_to_stdout_with_ids_from_the_proposal_metadata() {
    resdiff()
        .args(["markup", DUBAI, RCC, "--annex", "1"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("**MOD** RCC/23A1/1\n"))
        .stdout(predicate::str::contains(
            "القرار 30 (المراجَع في <del>دبي، 2014</del><ins>بوينس آيرس، 2017</ins>)",
        ))
        .stdout(predicate::str::contains("<del>أ)</del><ins>ه)</ins>"));
}

/// The page's title names the proposal (its document and cover title), not the base it revises.
#[test]
fn the_html_title_names_the_proposal() {
    resdiff()
        .args(["markup", DUBAI, RCC, "--annex", "1", "--format", "html"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "<title>RCC/23A1: تعديل مقترح للقرار 30</title>",
        ));
}

/// A delegation writes its proposal before the secretariat numbers it: a draft naming no
/// proposer and no document is written, with placeholders a reader sees and a warning each.
#[test]
fn a_draft_that_names_no_proposer_or_document_has_placeholders() {
    const EUR: &str = "fixtures/proposals/wtsa-001-eur-wtsa20.en.toml";
    // The adopted text as the "proposal": it names neither proposer nor document.
    let res1 = "wtsa/1@hammamet-2016:en";
    resdiff()
        .args(["markup", EUR, res1])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "**MOD** \\[proposer\\]/\\[document number\\]/1",
        ))
        .stdout(predicate::str::contains("Document \\[document number\\]-E"))
        .stderr(predicate::str::contains(
            "wtsa/1@hammamet-2016:en names no proposer; the proposal says [proposer] until you pass --proposer",
        ))
        .stderr(predicate::str::contains(
            "names no conference document; the proposal says [document number] until you pass --doc",
        ));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("draft.docx");
    resdiff()
        .args(["markup", EUR, res1, "--format", "docx", "-o"])
        .arg(&path)
        .assert()
        .code(0);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).expect("docx")).expect("zip");
    let mut part = |name: &str| {
        let mut s = String::new();
        zip.by_name(name)
            .expect("part")
            .read_to_string(&mut s)
            .expect("utf-8");
        s
    };
    let header = part("word/header1.xml");
    assert!(header.contains("[document number]-E"), "{header}");
    let document = part("word/document.xml");
    assert!(document.contains("w:author=\"[proposer]\""));
    assert!(document.contains("[proposer]/[document number]/1"));
    resdiff()
        .args(["markup", RCC, DUBAI, "--proposer", "ATU", "--doc", "7"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("**MOD** ATU/7/1"));
}

#[test]
fn an_existing_output_is_kept_without_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("p.html");
    std::fs::write(&out, "keep me").expect("write");
    resdiff()
        .args(["markup", DUBAI, RCC, "--format", "html", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists; pass --force"));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "keep me");
}

#[test]
fn a_bad_reasons_file_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reasons = dir.path().join("reasons.toml");
    std::fs::write(&reasons, "1 = \"ok\"\nresolves = \"no\"\n").expect("write");
    resdiff()
        .args(["markup", DUBAI, RCC, "--reasons"])
        .arg(&reasons)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("reasons.toml: key `resolves`"));
}

/// Elements and attributes of one XML part, flattened: (element name, [(attr, value)]).
fn elements(xml: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.expect("attribute");
                        (a.key.as_ref().to_string(), a.value.to_string())
                    })
                    .collect();
                out.push((e.name().as_ref().to_string(), attrs));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn docx_parts_hold_tracked_changes_itu_styles_and_right_to_left() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.docx");
    resdiff()
        .args(["markup", DUBAI, RCC, "--annex", "1", "--format", "docx"])
        .args(["--date", "2017-09-01", "-o"])
        .arg(&path)
        .assert()
        .code(0);
    let file = std::fs::File::open(&path).expect("docx written");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let mut part = |name: &str| {
        let mut s = String::new();
        zip.by_name(name)
            .unwrap_or_else(|_| panic!("{name} missing"))
            .read_to_string(&mut s)
            .expect("utf-8 part");
        s
    };
    let types = part("[Content_Types].xml");
    assert!(types.contains("wordprocessingml.document.main+xml"));
    let settings = part("word/settings.xml");
    assert!(settings.contains("<w:trackRevisions/>"));
    let styles = elements(&part("word/styles.xml"));
    let style_ids: Vec<&str> = styles
        .iter()
        .filter(|(n, _)| n == "w:style")
        .filter_map(|(_, a)| a.iter().find(|(k, _)| k == "w:styleId"))
        .map(|(_, v)| v.as_str())
        .collect();

    let doc = elements(&part("word/document.xml"));
    let used: std::collections::BTreeSet<&str> = doc
        .iter()
        .filter(|(n, _)| n == "w:pStyle")
        .filter_map(|(_, a)| a.first().map(|(_, v)| v.as_str()))
        .collect();
    for s in [
        "ResNo",
        "Restitle",
        "Normalaftertitle",
        "Call",
        "enumlev1",
        "Proposal",
    ] {
        assert!(used.contains(s), "{s} not used");
    }
    for s in &used {
        assert!(style_ids.contains(s), "style {s} used but not defined");
    }
    let count = |name: &str| doc.iter().filter(|(n, _)| n == name).count();
    assert_eq!(
        count("w:p"),
        count("w:bidi") - 1,
        "every paragraph and the section are RTL"
    );
    assert!(count("w:ins") > 40 && count("w:del") > 30);
    assert!(count("w:delText") > 0);
    let mut ids = std::collections::BTreeSet::new();
    for (name, attrs) in doc.iter().filter(|(n, _)| n == "w:ins" || n == "w:del") {
        let get = |k: &str| attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str());
        assert_eq!(get("w:author"), Some("RCC"), "{name}");
        assert!(
            get("w:date").is_some_and(|d| d.starts_with("2017-09-01T")),
            "{name}"
        );
        assert!(
            ids.insert(get("w:id").expect("w:id").to_string()),
            "ids are unique"
        );
    }
}
