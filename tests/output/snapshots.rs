//! Snapshot regression of `diff` output: every step of the corpus (adopted texts in order, each
//! proposal against its base), and the
//! targeted cases of `fixtures/diff/`, in each output format. Snapshots live in
//! `tests/snapshots/`; review every new or changed one before accepting it.

use std::collections::BTreeMap;

use resdiff::diff::{DiffOptions, DocDiff, diff_documents};
use resdiff::input::corpus::{Corpus, chronological, load_entry};
use resdiff::input::{ImportOptions, import_file};
use resdiff::model::Document;
use resdiff::render::{Style, diff_json, diff_markdown, diff_text};
use resdiff::track::history::steps;

use crate::common;
use common::{diff_fixture as fixture, repo, res30};

fn snapshot_all(name: &str, diff: &DocDiff) {
    let text = diff_text::render(diff, Style::PLAIN, diff_text::TextOptions { all: true });
    insta::assert_snapshot!(format!("{name}__text"), text);
    insta::assert_snapshot!(format!("{name}__md"), diff_markdown::render(diff));
    insta::assert_snapshot!(format!("{name}__json"), diff_json::render(diff));
}

#[test]
fn every_consecutive_corpus_pair() {
    let corpus = Corpus::open(&repo().join("resolutions")).expect("corpus");
    let mut groups: BTreeMap<String, Vec<Document>> = BTreeMap::new();
    // The UN series (72 texts) have their own snapshots: tests/input/un_series.rs.
    for e in corpus.entries.iter().filter(|e| !e.body.is_un()) {
        let doc = load_entry(e).expect("corpus file loads");
        let key = format!("{}-{}-{}", e.body, e.number.folder(), e.language);
        groups.entry(key).or_default().push(doc);
    }
    let mut pairs = 0;
    for (key, mut docs) in groups {
        chronological(&mut docs);
        // Each revision against the one before it in its line: adopted texts in date order,
        // each proposal against its base (as `resdiff log` pairs them).
        for (from, to) in steps(&docs) {
            let Some(from) = from else { continue };
            let (a, b) = (&docs[from], &docs[to]);
            let diff = diff_documents(a, b, &DiffOptions::default()).expect("diff");
            let name = format!(
                "corpus__{key}__{}__{}",
                a.revision.id_shown(),
                b.revision.id_shown()
            );
            snapshot_all(&name, &diff);
            pairs += 1;
        }
    }
    assert!(pairs >= 1, "the corpus has at least the Res. 30 pair");
}

#[test]
fn targeted_cases() {
    for case in [
        "renumbering",
        "moves",
        "replaced",
        "nested",
        "sections",
        "identical",
    ] {
        let diff = diff_documents(
            &fixture(case, "old"),
            &fixture(case, "new"),
            &DiffOptions::default(),
        )
        .expect("diff");
        snapshot_all(&format!("case__{case}"), &diff);
    }
}

#[test]
fn normalised_diff_of_the_raw_seed_against_the_rcc_text() {
    // The raw seed (old and new run together) against the clean RCC text, all switches on: what
    // remains is the deleted text the seed still holds.
    let seed = import_file(
        &repo().join("fixtures/seed/004_e26b540f71939401.txt"),
        &ImportOptions {
            language: Some(resdiff::model::Language::Ar),
            body: Some(resdiff::model::Body::Wtdc),
            number: Some(30.into()),
            title: Some("seed".into()),
            revision: Some("seed-raw".into()),
            year: Some(2017),
            ..ImportOptions::default()
        },
    )
    .expect("seed")
    .document;
    let rcc = res30("rcc-wtdc17");
    let all = DiffOptions {
        ignore_labels: true,
        ignore_whitespace: true,
        ignore_presentation_forms: true,
        ignore_lookalikes: true,
        ignore_diacritics: true,
    };
    let diff = diff_documents(&seed, &rcc, &all).expect("diff");
    let text = diff_text::render(&diff, Style::PLAIN, diff_text::TextOptions::default());
    insta::assert_snapshot!("seed_raw__rcc_normalised__text", text);
}
