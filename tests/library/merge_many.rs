//! A secretariat's merge of three proposals to WTSA Res. 1 (Rev. Hammamet, 2016): APT and ATU
//! change the same words of 1.11.1 differently, ATU also amends 1.11.3, and EUR (the proposal
//! fixture) changes 1.11.1 a third way besides its other edits. Merging the first two, then
//! the result with the third, lost the APT/ATU conflict (the first merge left the base text
//! there, so EUR's text won silently) and exited 0.

use crate::common;

use common::res1::*;
use common::{repo, resdiff};
use resdiff::input::corpus::{load_file, to_toml};
use resdiff::track::merge::{MergeError, merge, merge_all};

const FURNISH: (&str, &str, &str) = ("1.11.1", "to supply information", "to furnish information");

fn eur() -> resdiff::Document {
    load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur")
}

fn three() -> [resdiff::Document; 3] {
    [
        proposal("apt", &[GIVE]),
        proposal("atu", &[FURNISH, WORD_1_11_3]),
        eur(),
    ]
}

#[test]
fn three_proposals_keep_every_conflict_with_all_sides() {
    let base = base();
    let ps = three();
    let merged = merge_all(&base, &ps).expect("merge");
    let on: Vec<_> = merged
        .conflicts
        .iter()
        .filter(|c| c.place == "resolves, 1.11.1")
        .collect();
    assert_eq!(on.len(), 1, "{:?}", merged.conflicts);
    let sides: Vec<(&str, Option<String>)> = on[0]
        .sides
        .iter()
        .map(|s| (s.proposal.as_str(), s.text.clone()))
        .collect();
    assert_eq!(
        sides,
        [
            ("APT", Some(text_of(&ps[0], "1.11.1"))),
            ("ATU", Some(text_of(&ps[1], "1.11.1"))),
            ("EUR", Some(text_of(&ps[2], "1.11.1"))),
        ]
    );
    let doc = &merged.document;
    assert_eq!(
        text_of(doc, "1.11.1"),
        text_of(&base, "1.11.1"),
        "the base stays"
    );
    assert!(
        text_of(doc, "1.11.3").contains("take decisions"),
        "ATU's 1.11.3"
    );
    assert_eq!(text_of(doc, "1.8"), text_of(&ps[2], "1.8"), "EUR's 1.8");
    assert!(
        doc.clauses()
            .iter()
            .any(|(_, c)| c.label.written() == "1.14")
    );
    assert!(
        doc.revision.id_shown().ends_with("-conflicted"),
        "{}",
        doc.revision.id_shown()
    );
    assert_eq!(
        doc.revision.stage.proposer().map(|p| p.as_str()),
        Some("APT+ATU+EUR")
    );
}

/// The two-step merge of before: its first result holds a conflict, so it is refused.
#[test]
fn a_merge_holding_conflicts_is_refused_as_a_proposal() {
    let base = base();
    let [apt, atu, eur] = three();
    let first = merge(&base, &apt, &atu);
    assert_eq!(first.conflicts.len(), 1);
    let err = merge_all(&base, &[first.document, eur]).expect_err("refused");
    assert!(matches!(err, MergeError::Conflicted(_)), "{err}");
}

/// On the command line: three proposals, exit 1, the conflict naming all three on stderr; the
/// merged draft, given back as a proposal, is refused (exit 2).
#[test]
fn the_cli_merges_three_proposals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let [apt, atu, _] = three();
    let (apt_path, atu_path) = (dir.path().join("apt.toml"), dir.path().join("atu.toml"));
    std::fs::write(&apt_path, to_toml(&apt)).expect("write");
    std::fs::write(&atu_path, to_toml(&atu)).expect("write");
    let base = repo().join("resolutions/wtsa/001/hammamet-2016.en.toml");
    let eur = repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml");
    let merged = dir.path().join("merged.toml");
    let out = resdiff()
        .arg("merge")
        .args([&base, &apt_path, &atu_path, &eur])
        .arg("-o")
        .arg(&merged)
        .output()
        .expect("merge");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let line = stderr
        .lines()
        .find(|l| l.contains("resolves, 1.11.1"))
        .unwrap_or_else(|| panic!("{stderr}"));
    for who in ["APT", "ATU", "EUR", "give", "furnish", "provide"] {
        assert!(line.contains(who), "{who}: {line}");
    }
    let again = resdiff()
        .arg("merge")
        .args([&base, &merged, &eur])
        .output()
        .expect("merge");
    let stderr = String::from_utf8(again.stderr).expect("UTF-8");
    assert_eq!(again.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("still holds conflicts"), "{stderr}");
}
