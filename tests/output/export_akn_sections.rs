//! AKN export keeps every section in its place: a section of unknown part (`other`, what plain
//! import makes of an unrecognised heading), a text adopted in parts (A/RES/78/80 A-B: preamble
//! A, operative A, preamble B, operative B), and a text with no operative part, which still
//! validates. `diff --format akn` lists an added `other` section.

use std::path::PathBuf;

use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::ImportOptions;
use resdiff::input::akn::{import_akn, import_akn_file};
use resdiff::model::{Document, Part, ResNumber, Section, SectionKind};
use resdiff::render::{diff_akn, tree_akn};

use crate::common;
use common::{artifacts, res30, validate_akn};

fn round_trip(doc: &Document, name: &str) {
    let xml = tree_akn::render(doc);
    let path = artifacts("export-akn-sections").join(format!("{name}.xml"));
    std::fs::write(&path, &xml).expect("write");
    validate_akn(&[path]);
    let back = import_akn(
        &xml,
        &ImportOptions::default(),
        &ImportOptions::default(),
        &|_, _| None,
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"))
    .document;
    assert_eq!(&back, doc, "{name}: import(export(x)) differs from x");
}

/// Res. 30 with a section under a heading outside the vocabulary, between two operative ones.
fn with_other() -> Document {
    let mut doc = res30("dubai-2014");
    let at = doc
        .sections
        .iter()
        .position(|s| s.kind.part() == Part::Operative)
        .expect("an operative section")
        + 1;
    let clauses = doc.sections[at - 1].clauses[..1].to_vec();
    doc.sections.insert(
        at,
        Section {
            kind: SectionKind::Other,
            heading: "proclaims solemnly".into(),
            clauses,
        },
    );
    doc
}

#[test]
fn an_other_section_keeps_its_place_through_akn() {
    round_trip(&with_other(), "other");
}

#[test]
fn a_text_adopted_in_parts_keeps_its_order_through_akn() {
    let path = PathBuf::from("fixtures/akn/unga-78session/A_RES_78_80AB-2324937E.xml");
    let doc = import_akn_file(
        &path,
        &ImportOptions {
            number: Some(ResNumber::Series("s78".into())),
            ..Default::default()
        },
        &ImportOptions::default(),
        &|_, _| None,
    )
    .expect("imports")
    .document;
    let parts: Vec<Part> = doc.sections.iter().map(|s| s.kind.part()).collect();
    assert!(
        !parts.is_sorted_by_key(|p| *p != Part::Preamble),
        "a preamble after an operative part"
    );
    round_trip(&doc, "78-80ab");
}

#[test]
fn a_text_without_operative_part_exports_valid_akn() {
    let mut doc = res30("dubai-2014");
    doc.sections.retain(|s| s.kind.part() == Part::Preamble);
    // The one note is cited in the operative part.
    doc.footnotes.clear();
    round_trip(&doc, "preamble-only");
}

#[test]
fn diff_akn_lists_an_added_other_section() {
    let (old, new) = (res30("dubai-2014"), with_other());
    let diff = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
    let xml = diff_akn::render(&diff, &old, &new);
    assert!(
        xml.contains("<textualMod type=\"insertion\"")
            && xml.contains("<new><resdiff:words xml:space=\"preserve\">proclaims solemnly"),
        "{xml}"
    );
}
