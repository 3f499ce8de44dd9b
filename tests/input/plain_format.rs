//! The plain-text format's promise: `show --format plain` read back by the importer gives the
//! same tree, for every corpus text and for random trees (nesting, unlabelled paragraphs between
//! numbered ones, multi-line text, labels holding tabs or odd characters).

use crate::common;

use common::{repo, resdiff};
use proptest::prelude::*;
use std::path::Path;

use resdiff::input::corpus::{Check, Corpus, load_entry, load_file, parse_document_with, to_toml};
use resdiff::input::{ImportOptions, import_text, to_plain_text};
use resdiff::model::{
    Body, Clause, Document, Footnote, Label, Language, Resolution, Revision, Section, SectionKind,
    Stage,
};

fn round_trip(doc: &Document) -> Document {
    let text = to_plain_text(doc);
    match import_text(&text, &ImportOptions::default()) {
        Ok(i) => i.document,
        Err(e) => panic!("{}: {e}\n{text}", doc.address()),
    }
}

fn has_call(c: &Clause) -> bool {
    c.call.is_some() || c.children.iter().any(has_call)
}

fn drop_calls(c: &mut Clause) {
    c.call = None;
    c.children.iter_mut().for_each(drop_calls);
}

#[test]
fn every_corpus_text_reads_back_as_the_same_tree() {
    let corpus = Corpus::open(&repo().join("resolutions")).expect("corpus");
    assert!(corpus.entries.len() >= 4);
    let mut without_calls = Vec::new();
    for entry in &corpus.entries {
        let mut doc = load_entry(entry).expect("load");
        // The plain format has no place for a UN paragraph's call (the italic words it opens
        // with): it reads back without one. Everything else must come back as it was.
        if doc.sections.iter().flat_map(|s| &s.clauses).any(has_call) {
            without_calls.push(doc.address());
            doc.sections
                .iter_mut()
                .for_each(|s| s.clauses.iter_mut().for_each(drop_calls));
        }
        assert_eq!(round_trip(&doc), doc, "{}", doc.address());
    }
    eprintln!(
        "compared without calls (the plain format does not carry them): {}",
        without_calls.join(", ")
    );
    let fixture = load_file(&repo().join("fixtures/tracking/wtdc-030-adopted-fixture.ar.toml"))
        .expect("fixture");
    assert_eq!(round_trip(&fixture), fixture);
}

#[test]
fn wtsa_res_1_in_plain_text_diffs_as_no_change() {
    // The case of the issue: unlabelled chapeaus under 1.11 and 1bis.2.1 used to pull the
    // numbered provisions after them under them (ADD 326, SUP 326, MOD 4 on an unchanged text).
    let dir = tempfile::tempdir().expect("tempdir");
    for address in [
        "wtsa/1@hammamet-2016",
        "wtdc/30@dubai-2014",
        "wtdc/30@rcc-wtdc17",
    ] {
        let plain = resdiff()
            .args(["show", address, "--format", "plain"])
            .output()
            .expect("show");
        assert!(plain.status.success());
        let file = dir.path().join("r.txt");
        std::fs::write(&file, &plain.stdout).expect("write");
        let diff = resdiff()
            .args(["diff", address])
            .arg(&file)
            .output()
            .expect("diff");
        let out = String::from_utf8_lossy(&diff.stdout);
        assert_eq!(diff.status.code(), Some(0), "{address}: {out}");
        assert!(out.contains("no changes"), "{address}: {out}");
        assert!(
            diff.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&diff.stderr)
        );
    }
}

#[test]
fn the_layout_says_nesting_and_unlabelled_paragraphs() {
    let text = "+++\nnesting = \"tabs\"\nlanguage = \"en\"\n[resolution]\nbody = \"wtsa\"\nnumber = 1\ntitle = \"Rules\"\n[revision]\nid = \"x-2016\"\nyear = 2016\n+++\nresolves\n1.11\tchapeau\n\t¶\tthe text under 1.11:\n\t1.11.1\tfirst\n\t\ta)\titem with a\\ttab and\\na newline\n";
    let doc = import_text(text, &ImportOptions::default())
        .expect("import")
        .document;
    let c = &doc.sections[0].clauses[0];
    assert_eq!(c.children.len(), 2);
    assert_eq!(c.children[0].label.written(), "");
    assert_eq!(c.children[1].label.written(), "1.11.1");
    assert_eq!(
        c.children[1].children[0].text,
        "item with a\ttab and\na newline"
    );
    // A clause two levels below the one before it has nowhere to go.
    let bad = text.replace("\t\ta)", "\t\t\ta)");
    let err = import_text(&bad, &ImportOptions::default()).expect_err("too deep");
    assert!(err.to_string().contains("line 16"), "{err}");
}

const WORDS: &[&str] = &[
    "the",
    "Conference",
    "بالقرار",
    "71",
    "a\tb",
    "line\nbreak",
    "back\\slash",
    "\\n",
    "¶",
    "[^1]",
    "[^1]",
    "[^1]",
    "[draft]",
    " lead",
    "trail ",
    "\r",
];
const LABELS: &[&str] = &[
    "",
    "أ)",
    "ب)",
    "a)",
    "b)bis",
    "1",
    "2",
    "'1'",
    "-",
    "•",
    "ii)",
    "i)",
    "1.11.1",
    "1bis.2",
    " a )",
    "(c)",
    "\u{a0}أ\u{a0})",
    "a\t)",
    "ﻫ)",
];
const HEADINGS: &[(SectionKind, &str)] = &[
    (SectionKind::Recalling, "recalling"),
    (SectionKind::Recalling, "[odd] heading"),
    (SectionKind::Considering, "إذ يضع في اعتباره"),
    (SectionKind::Resolves, "resolves"),
    (SectionKind::Noting, "recalling"),
    (SectionKind::Other, "\\begins with a backslash"),
    (SectionKind::Other, "hereby proclaims"),
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..6)
        .prop_map(|w| w.join(" "))
        .prop_filter("a clause has text", |t| !t.trim().is_empty())
}

fn clause(depth: u32) -> BoxedStrategy<Clause> {
    let leaf = (prop::sample::select(LABELS), text()).prop_map(|(l, t)| Clause {
        label: Label::parse(l).expect("label"),
        text: t,
        children: Vec::new(),
        call: None,
    });
    if depth == 0 {
        return leaf.boxed();
    }
    (leaf, prop::collection::vec(clause(depth - 1), 0..3))
        .prop_map(|(mut c, children)| {
            c.children = children;
            c
        })
        .boxed()
}

fn document() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(
            (
                prop::sample::select(HEADINGS),
                prop::collection::vec(clause(3), 0..5),
            ),
            1..5,
        ),
        prop::option::of(text()),
        prop::option::of(text()),
    )
        .prop_map(|(sections, formula, note)| Document {
            resolution: Resolution {
                body: Some(Body::Wtsa),
                number: Some(1.into()),
                title: Some("Rules of procedure".into()),
            },
            revision: Revision {
                id: "hammamet-2016".parse().ok(),
                stage: Stage::Adopted(None),
                venue: Some("Hammamet".into()),
                year: Some(2016),
                date: None,
                source: None,
                base: None,
                symbol: None,
            },
            language: Language::En,
            formula,
            revision_line: None,
            sections: sections
                .into_iter()
                .map(|((kind, heading), clauses)| Section {
                    kind,
                    heading: heading.to_string(),
                    clauses,
                })
                .collect(),
            footnotes: note
                .map(|text| Footnote {
                    mark: "1".into(),
                    text,
                })
                .into_iter()
                .collect(),
        })
}

/// A random tree as the corpus reads it (`i)` by its place, duplicate labels allowed, as the
/// importer allows them), or none when the corpus would refuse it (a footnote nothing cites).
fn as_the_corpus_reads_it(doc: &Document) -> Option<Document> {
    parse_document_with(
        &to_toml(doc),
        Path::new("random"),
        Check::AllowDuplicateLabels,
    )
    .ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn random_trees_read_back_the_same(doc in document()) {
        if let Some(doc) = as_the_corpus_reads_it(&doc) {
            prop_assert_eq!(round_trip(&doc), doc);
        }
    }
}
