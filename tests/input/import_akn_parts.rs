//! Files of the GA's 78th session shaped otherwise than the two shipped series: parts A/B,
//! collections of parts, a note in the end of a paragraph after its points, `<section>` parts
//! with preambular paragraphs of their own, a number over an empty paragraph. Each reads whole:
//! as many footnotes as `<authorialNote>`s, every note cited, and the structure asserted here is
//! counted on the XML by plain string search.

use std::path::PathBuf;

use resdiff::input::ImportOptions;
use resdiff::input::akn::import_akn_file;
use resdiff::model::{Clause, Document, Part, ResNumber};

fn import(name: &str) -> (Document, String) {
    let path = PathBuf::from("fixtures/akn/unga-78session").join(name);
    let xml = std::fs::read_to_string(&path).expect("fixture");
    let doc = import_akn_file(
        &path,
        &ImportOptions {
            number: Some(ResNumber::Series("s78".into())),
            ..Default::default()
        },
        &ImportOptions::default(),
        &|_, _| None,
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"))
    .document;
    assert_eq!(
        doc.footnotes.len(),
        xml.matches("<authorialNote").count(),
        "{name}: footnotes"
    );
    (doc, xml)
}

fn all(cs: &[Clause]) -> Vec<&Clause> {
    cs.iter()
        .flat_map(|c| std::iter::once(c).chain(all(&c.children)))
        .collect()
}

#[test]
fn part_a_of_a_resolution_adopted_in_parts() {
    let (doc, _) = import("A_RES_78_183A-2326024E.xml");
    assert_eq!(doc.revision.id_shown(), "78-183a");
    assert_eq!(doc.revision.symbol.as_deref(), Some("A/RES/78/183 A"));
}

#[test]
fn a_collection_of_parts_reads_each_part_under_its_letter() {
    let (doc, xml) = import("A_RES_78_80AB-2324937E.xml");
    assert_eq!(doc.revision.symbol.as_deref(), Some("A/RES/78/80 A-B"));
    assert_eq!(
        doc.resolution.title_shown(),
        "Questions relating to information"
    );
    let a = "A. Information in the service of humanity";
    let b = "B. United Nations global communications policies and activities";
    assert!(
        doc.sections
            .iter()
            .all(|s| s.heading.starts_with(a) || s.heading.starts_with(b))
    );
    // Every preambular container and every numbered paragraph or point of both parts is a
    // clause.
    let preamble: usize = doc
        .sections
        .iter()
        .filter(|s| s.kind.part() == Part::Preamble)
        .map(|s| s.clauses.len())
        .sum();
    assert_eq!(preamble, xml.matches("<container ").count());
    let labelled = doc
        .sections
        .iter()
        .flat_map(|s| all(&s.clauses))
        .filter(|c| !c.label.written().is_empty())
        .count();
    assert_eq!(labelled, xml.matches("<num>").count());
}

#[test]
fn the_end_of_a_paragraph_after_its_points_keeps_its_note() {
    let (doc, _) = import("A_RES_78_29-2324537E.xml");
    let six = doc
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .find(|c| c.label.written() == "6.")
        .expect("paragraph 6");
    let last = six.children.last().expect("points");
    assert!(last.label.written().is_empty(), "{:?}", last.label);
    assert!(last.text.starts_with("and stresses the importance"));
    assert!(last.text.contains("[^15]"));
    assert!(doc.sections.iter().all(|s| !s.heading.contains("[^")));
}

#[test]
fn section_parts_keep_their_preambular_paragraphs() {
    let (doc, xml) = import("A_RES_78_253-2326236E.xml");
    let clauses: Vec<&Clause> = doc.sections.iter().flat_map(|s| all(&s.clauses)).collect();
    // Each <crossHeading>'s words open some clause: tags dropped, spaces collapsed.
    let mut heads = 0;
    for piece in xml.split("<crossHeading").skip(1) {
        let inner = piece.split_once('>').map_or("", |(_, r)| r);
        let inner = inner.split("</crossHeading>").next().unwrap_or_default();
        let mut words = String::new();
        let mut in_tag = false;
        for ch in inner.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => words.push(ch),
                _ => {}
            }
        }
        let words: Vec<&str> = words.split_whitespace().take(6).collect();
        let start = words.join(" ");
        assert!(
            clauses.iter().any(|c| c.text.starts_with(&start)),
            "no clause opens with “{start}”"
        );
        heads += 1;
    }
    assert_eq!(heads, 35);
}

#[test]
fn a_number_over_an_empty_paragraph_is_the_next_one_s() {
    let (doc, _) = import("A_RES_78_240-2326249F.xml");
    let first = doc
        .sections
        .iter()
        .filter(|s| s.kind.part() == Part::Operative)
        .flat_map(|s| &s.clauses)
        .next()
        .expect("an operative paragraph");
    assert_eq!(first.label.written(), "1.");
    assert!(
        first.text.starts_with("Encourage la poursuite"),
        "{}",
        first.text
    );
}
