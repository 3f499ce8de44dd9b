//! `export --format akn`: every corpus text, ITU and UN, written as Akoma Ntoso, reads back to
//! the same document, and validates against the OASIS AKN 3.0 schema (xmllint, when installed;
//! required in CI).

use resdiff::input::ImportOptions;
use resdiff::input::akn::import_akn;
use resdiff::input::corpus::{Corpus, load_entry};
use resdiff::render::tree_akn;

use crate::common;
use common::{artifacts, repo, resdiff, validate_akn};

#[test]
fn every_corpus_text_round_trips_and_validates() {
    let corpus = Corpus::open(&repo().join("resolutions")).expect("corpus");
    let dir = artifacts("export-akn");
    let mut files = Vec::new();
    for e in &corpus.entries {
        let doc = load_entry(e).expect("loads");
        let xml = tree_akn::render(&doc);
        let back = import_akn(
            &xml,
            &ImportOptions::default(),
            &ImportOptions::default(),
            &|_, _| None,
        )
        .unwrap_or_else(|err| panic!("{}: {err}", e.address()))
        .document;
        assert!(
            back == doc,
            "{}: import(export(x)) differs from x",
            e.address()
        );
        let path = dir.join(format!("{}.xml", e.address().replace(['/', '@', ':'], "_")));
        std::fs::write(&path, xml).expect("write");
        files.push(path);
    }
    assert!(files.len() >= 76, "ITU and UN texts");
    validate_akn(&files);
}

#[test]
fn export_writes_the_frbr_identity_and_refuses_to_overwrite() {
    let out = resdiff()
        .args(["export", "wtdc/30@dubai-2014:ar", "--format", "akn"])
        .output()
        .expect("export");
    assert!(out.status.success());
    let xml = String::from_utf8(out.stdout).expect("utf-8");
    assert!(xml.contains(
        "<FRBRuri value=\"/akn/itu/statement/deliberation/wtdc/2014-04-10/res-30/ara@\"/>"
    ));
    // ITU: a container per preamble call and an hcontainer per operative verb, in order, as
    // ITU's AKN converter writes them.
    let doc = common::res30("dubai-2014");
    let names = |tag: &str| -> Vec<String> {
        xml.split(&format!("<{tag} name=\""))
            .skip(1)
            .filter_map(|r| r.split_once('"').map(|(n, _)| n.to_string()))
            .collect()
    };
    let kinds = |part: resdiff::model::Part| -> Vec<String> {
        doc.sections
            .iter()
            .filter(|s| s.kind.part() == part)
            .map(|s| s.kind.to_string())
            .collect()
    };
    assert_eq!(names("container"), kinds(resdiff::model::Part::Preamble));
    assert_eq!(names("hcontainer"), kinds(resdiff::model::Part::Operative));
    assert!(names("container").len() >= 6 && names("hcontainer").len() >= 5);
    let out = resdiff()
        .args(["export", "unga/ict4sd@78-132:en"])
        .output()
        .expect("export");
    let xml = String::from_utf8(out.stdout).expect("utf-8");
    assert!(xml.contains("/akn/un/statement/deliberation/unga/2023-12-19/78-132/eng@"));
    assert!(xml.contains("<span class=\"italic\">Recalling</span>"));
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("x.xml");
    std::fs::write(&file, "keep").expect("write");
    resdiff()
        .args(["export", "wtsa/1@hammamet-2016:en", "-o"])
        .arg(&file)
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "keep");
}

/// An exported file's base is read as a revision id: `unknown` is none; text that is no id is
/// refused, as the revision id is.
#[test]
fn an_exported_base_is_read_as_a_revision_id() {
    let corpus = Corpus::open(&repo().join("resolutions")).expect("corpus");
    let entry = corpus
        .entries
        .iter()
        .find(|e| e.address() == "wtdc/30@rcc-wtdc17:ar")
        .expect("rcc-wtdc17");
    let xml = tree_akn::render(&load_entry(entry).expect("loads"));
    assert!(
        xml.contains(r#"base="dubai-2014""#),
        "the export names its base"
    );
    let read = |base: &str| {
        import_akn(
            &xml.replace(r#"base="dubai-2014""#, &format!(r#"base="{base}""#)),
            &ImportOptions::default(),
            &ImportOptions::default(),
            &|_, _| None,
        )
    };
    let none = read("unknown").expect("reads").document.revision.base;
    assert_eq!(none, None);
    let err = read("../x").expect_err("no id").to_string();
    assert!(err.contains("base revision id `../x`"), "{err}");
}
