//! `diff OLD NEW --format akn`: the new text as Akoma Ntoso with the diff as AKN amendment
//! metadata (`activeModifications`/`textualMod`). For every consecutive step of both UN series
//! (English and Arabic) and Res. 30 both ways: the file still imports as the new text, every
//! `source` names an element of the file and every `destination` one of the old text's export,
//! the changes the diff finds are all there, and xmllint validates the files against the OASIS
//! schema (skipped with a reason when xmllint is missing; required with RESDIFF_REQUIRE_TOOLS=1).

use std::collections::HashSet;

use resdiff::diff::{ClauseChange, DiffOptions, Op, diff_documents};
use resdiff::input::ImportOptions;
use resdiff::input::akn::import_akn;
use resdiff::input::corpus::{Corpus, chronological, load_entry};
use resdiff::model::{Document, Language};
use resdiff::render::{diff_akn, tree_akn};

use crate::common;
use common::{artifacts, repo, res30, resdiff, validate_akn};

/// The values of `attr="…"` in `xml`.
fn values<'x>(xml: &'x str, attr: &str) -> Vec<&'x str> {
    let needle = format!(" {attr}=\"");
    xml.split(needle.as_str())
        .skip(1)
        .filter_map(|s| s.split_once('"').map(|(v, _)| v))
        .collect()
}

/// Clauses added, dropped, relabelled and reworded (a clause inside an added or dropped one
/// goes with it), counted on the diff, as the metadata should list them.
fn expected(cs: &[ClauseChange], n: &mut [usize; 4]) {
    for c in cs {
        match c.change.whole() {
            Some(Op::Insert) => n[0] += 1,
            Some(_) => n[1] += 1,
            None => {
                n[2] += usize::from(c.old_label != c.new_label);
                n[3] += usize::from(c.inline.iter().any(|r| r.op != Op::Equal));
                expected(&c.children, n);
            }
        }
    }
}

fn check(old: &Document, new: &Document, files: &mut Vec<std::path::PathBuf>) -> usize {
    let diff = diff_documents(old, new, &DiffOptions::default()).expect("diff");
    let xml = diff_akn::render(&diff, old, new);
    let what = format!("{} -> {}", old.address(), new.address());
    let back = import_akn(
        &xml,
        &ImportOptions::default(),
        &ImportOptions::default(),
        &|_, _| None,
    )
    .unwrap_or_else(|e| panic!("{what}: {e}"))
    .document;
    assert!(
        back == *new,
        "{what}: the file does not import as the new text"
    );
    let old_xml = tree_akn::render(old);
    let old_ids: HashSet<&str> = values(&old_xml, "eId").into_iter().collect();
    let new_ids: HashSet<&str> = values(&xml, "eId").into_iter().collect();
    let old_uri = tree_akn::expression_uri(old);
    let new_uri = tree_akn::expression_uri(new);
    let mods = xml
        .split_once("<activeModifications>")
        .and_then(|(_, m)| m.split_once("</activeModifications>"))
        .map_or("", |(m, _)| m);
    for href in values(mods, "href") {
        if let Some(id) = href.strip_prefix('#') {
            assert!(
                new_ids.contains(id),
                "{what}: source {href} is not in the file"
            );
        } else if let Some(id) = href.strip_prefix(&format!("{old_uri}#")) {
            assert!(
                old_ids.contains(id),
                "{what}: destination {href} is not in the old text"
            );
        } else {
            assert!(
                [&old_uri, &new_uri].contains(&&href.to_string()),
                "{what}: {href}"
            );
        }
    }
    let mut n = [0usize; 4];
    for s in &diff.sections {
        match s.change.whole() {
            Some(Op::Insert) => n[0] += 1,
            Some(_) => n[1] += 1,
            None => {
                n[3] += usize::from(s.old_heading != s.new_heading);
                expected(&s.clauses, &mut n);
            }
        }
    }
    n[3] += diff.note_changes().len()
        + usize::from(diff.title.is_some())
        + usize::from(
            diff.formula
                .as_ref()
                .is_some_and(|f| f.inline.iter().any(|r| r.op != Op::Equal)),
        );
    let got = ["insertion", "repeal", "renumbering", "substitution"]
        .map(|t| xml.matches(&format!("<textualMod type=\"{t}\"")).count());
    assert_eq!(
        got, n,
        "{what}: insertions, repeals, renumberings, substitutions"
    );
    let path = artifacts("diff-akn").join(format!(
        "{}.xml",
        what.replace(['/', '@', ':', ' ', '>'], "_")
    ));
    std::fs::write(&path, &xml).expect("write");
    files.push(path);
    n.iter().sum()
}

#[test]
fn every_un_step_and_res30_as_amendment_metadata() {
    let corpus = Corpus::open(&repo().join("resolutions")).expect("corpus");
    let mut files = Vec::new();
    let mut mods = 0;
    for series in ["ict4sd", "wsis"] {
        for lang in [Language::En, Language::Ar] {
            let mut docs: Vec<Document> = corpus
                .entries
                .iter()
                .map(|e| load_entry(e).expect("corpus text"))
                .filter(|d| d.language == lang && d.resolution.number_shown() == series)
                .collect();
            chronological(&mut docs);
            assert!(docs.len() >= 5, "{series}:{lang:?}");
            for pair in docs.windows(2) {
                mods += check(&pair[0], &pair[1], &mut files);
            }
        }
    }
    let (dubai, rcc) = (res30("dubai-2014"), res30("rcc-wtdc17"));
    mods += check(&dubai, &rcc, &mut files);
    mods += check(&rcc, &dubai, &mut files);
    assert_eq!(check(&dubai, &dubai, &mut files), 0);
    assert!(mods > 500, "{mods} modifications");
    validate_akn(&files);
}

#[test]
fn the_cli_writes_the_new_paragraph_as_an_insertion_after_its_old_neighbour() {
    let out = resdiff()
        .args([
            "diff",
            "unga/ict4sd@79-194:en",
            "unga/ict4sd@80-118:en",
            "--format",
            "akn",
        ])
        .output()
        .expect("diff");
    assert_eq!(out.status.code(), Some(1), "differences");
    let xml = String::from_utf8(out.stdout).expect("utf-8");
    let sevilla = xml
        .split("<textualMod ")
        .find(|m| m.contains("<new><resdiff:words xml:space=\"preserve\">Welcoming the convening of the Fourth International Conference"))
        .expect("the Sevilla paragraph is listed");
    assert!(sevilla.starts_with("type=\"insertion\""), "{sevilla}");
    assert!(
        sevilla.contains("/akn/un/statement/deliberation/unga/2024-12-19/79-194/eng@#item_")
            && sevilla.contains("pos=\"after\""),
        "{sevilla}"
    );
}
