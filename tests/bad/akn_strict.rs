//! The Akoma Ntoso reader is not lenient (issue 27, finding 29): on the UN's XML of GA 78/132,
//! trailing text, a second root and an XML declaration inside the file are refused; text loose
//! in `<preamble>` or `<mainBody>` is warned, with its words; and the symbol is not taken from
//! a cover-page text that is not a symbol of the body.

use predicates::prelude::*;

use crate::common;
use common::{repo, resdiff};

fn ga_78_132() -> String {
    std::fs::read_to_string(repo().join("fixtures/akn/unga-ict4sd/A_RES_78_132-2325902E.xml"))
        .expect("78/132")
}

fn import(dir: &std::path::Path, xml: &str) -> assert_cmd::assert::Assert {
    let path = dir.join("78-132.xml");
    std::fs::write(&path, xml).expect("write");
    resdiff()
        .arg("import")
        .arg(&path)
        .args(["--series", "ict4sd"])
        .assert()
}

#[test]
fn what_is_not_one_xml_document_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xml = ga_78_132();
    let root_end = xml.rfind("</akomaNtoso>").expect("root end") + "</akomaNtoso>".len();
    let (head, tail) = xml.split_at(root_end);
    let inside = xml.find("<preamble>").expect("preamble");
    for (bad, why) in [
        (
            format!("{head} trailing garbage{tail}"),
            "text outside the root element: “trailing garbage”",
        ),
        (
            format!("{head}<akomaNtoso/>{tail}"),
            "a second root element <akomaNtoso>",
        ),
        (
            format!(
                "{}<?xml version=\"1.0\"?>{}",
                &xml[..inside],
                &xml[inside..]
            ),
            "an XML declaration (<?xml ...?>) inside the file",
        ),
    ] {
        import(dir.path(), &bad)
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(why));
    }
}

#[test]
fn loose_text_in_the_body_is_warned() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xml = ga_78_132();
    for part in ["<preamble>", "<mainBody>"] {
        let at = xml.find(part).expect(part) + part.len();
        let bad = format!("{}Stray words here{}", &xml[..at], &xml[at..]);
        import(dir.path(), &bad).code(0).stderr(predicate::str::contains(format!(
            "warning: text directly in {part}, outside any paragraph, is not read: “Stray words here”"
        )));
    }
}

#[test]
fn the_symbol_is_not_taken_from_any_cover_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xml = ga_78_132();
    let cover = xml.find("<coverPage").expect("cover");
    let number = cover
        + xml[cover..]
            .find("A/RES/78/132</docNumber>")
            .expect("its number");
    let bad = format!(
        "{}see E/CN.16/2023/2 and 78/132{}",
        &xml[..number],
        &xml[number + "A/RES/78/132".len()..]
    );
    let out = dir.path().join("out.toml");
    std::fs::write(dir.path().join("78-132.xml"), &bad).expect("write");
    resdiff()
        .arg("import")
        .arg(dir.path().join("78-132.xml"))
        .args(["--series", "ict4sd", "-o"])
        .arg(&out)
        .assert()
        .code(0);
    let toml = std::fs::read_to_string(&out).expect("written");
    assert!(toml.contains("symbol = 'A/RES/78/132'"), "{toml}");
}
