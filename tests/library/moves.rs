//! Moves anywhere in the tree: EUR's proposal for Res. 1 moves 1.12 (Section 1) to 4.4bis
//! (Section 4, TSAG), unchanged. The diff reports one move both ways, linked by `move_id`, and
//! the text and Markdown renderings say where it went and where it came from. A word changed in
//! 1.11.1 is 1.11.1's change alone, and outcome judges provisions at every depth, moves by place.

use crate::common;

use common::repo;
use resdiff::diff::{Change, ClauseChange, DocDiff};
use resdiff::input::corpus::load_file;
use resdiff::track::outcome::Verdict;

fn res1_diff() -> DocDiff {
    let base = load_file(&repo().join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("base");
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    resdiff::diff::diff_documents(&base, &eur, &Default::default()).expect("diff")
}

fn find<'d>(
    rows: &'d [ClauseChange],
    change: Change,
    label: &str,
    out: &mut Vec<&'d ClauseChange>,
) {
    for r in rows {
        let shown = if change == Change::SupMoved {
            &r.old_label
        } else {
            &r.new_label
        };
        if r.change == change && shown.as_deref().map(str::trim) == Some(label) {
            out.push(r);
        }
        find(&r.children, change, label, out);
    }
}

fn find_all<'d>(diff: &'d DocDiff, change: Change, label: &str) -> Vec<&'d ClauseChange> {
    let mut out = Vec::new();
    for s in &diff.sections {
        find(&s.clauses, change, label, &mut out);
    }
    out
}

fn one<'d>(diff: &'d DocDiff, change: Change, label: &str) -> &'d ClauseChange {
    let out = find_all(diff, change, label);
    assert_eq!(
        out.len(),
        1,
        "{} {label}: {} rows",
        change.symbol(),
        out.len()
    );
    out[0]
}

#[test]
fn a_provision_moved_to_another_parent_is_a_move_both_ways() {
    let diff = res1_diff();
    let out = one(&diff, Change::SupMoved, "1.12");
    let into = one(&diff, Change::AddMoved, "4.4bis");
    assert!(out.move_id.is_some());
    assert_eq!(out.move_id, into.move_id);
    assert_eq!(out.move_note().as_deref(), Some("moved to 4.4bis"));
    assert_eq!(into.move_note().as_deref(), Some("moved from 1.12"));
    // Neither is also counted as a plain suppression or addition.
    assert_eq!(
        (
            diff.summary[Change::SupMoved],
            diff.summary[Change::AddMoved]
        ),
        (1, 1)
    );
    let text = resdiff::render::diff_text::render(&diff, resdiff::Style::PLAIN, Default::default());
    assert!(
        text.contains("SUP*  1.12") && text.contains("(moved to 4.4bis)"),
        "{text}"
    );
    assert!(
        text.contains("ADD*  4.4bis") && text.contains("(moved from 1.12)"),
        "{text}"
    );
    let md = resdiff::render::diff_markdown::render(&diff);
    assert!(
        md.contains("*(moved to 4.4bis)*") && md.contains("*(moved from 1.12)*"),
        "{md}"
    );
}

fn verdicts(
    base: &resdiff::Document,
    proposal: &resdiff::Document,
    adopted: &resdiff::Document,
) -> Vec<(Option<String>, Verdict)> {
    resdiff::track::outcome::outcome(base, proposal, adopted)
        .expect("outcome")
        .items
        .into_iter()
        .map(|i| (i.label.map(|l| l.trim().to_string()), i.verdict))
        .collect()
}

/// The base standing in for the adopted text adopts nothing (moves and relabels included); the
/// proposal standing in for it adopts everything.
#[test]
fn outcome_adopts_nothing_from_the_base_and_everything_from_the_proposal() {
    let res1 = |p: &str| load_file(&repo().join(p)).expect(p);
    let cases = [
        (
            res1("resolutions/wtsa/001/hammamet-2016.en.toml"),
            res1("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml"),
        ),
        (common::res30("dubai-2014"), common::res30("rcc-wtdc17")),
    ];
    for (base, proposal) in &cases {
        let from_base = verdicts(base, proposal, base);
        assert!(from_base.len() > 5, "{from_base:?}");
        assert!(
            from_base.iter().all(|(_, v)| *v == Verdict::NotAdopted),
            "{from_base:?}"
        );
        let from_proposal = verdicts(base, proposal, proposal);
        assert_eq!(from_proposal.len(), from_base.len());
        assert!(
            from_proposal.iter().all(|(_, v)| *v == Verdict::Adopted),
            "{from_proposal:?}"
        );
    }
}

/// A word changed in 1.11.1 (depth 3) is 1.11.1's change alone: its parents 1.11 and 1 are
/// unchanged in the diff and its summary, and outcome names 1.11.1.
#[test]
fn a_change_at_depth_three_is_that_provision_alone() {
    let diff = res1_diff();
    assert_eq!(one(&diff, Change::Mod, "1.11.1").change, Change::Mod);
    for parent in ["1", "1.11", "4"] {
        assert!(
            find_all(&diff, Change::Mod, parent).is_empty(),
            "{parent} is counted MOD"
        );
    }
    assert_eq!(diff.summary[Change::Mod], 2, "{}", diff.summary); // 1.8 and 1.11.1
    let base = load_file(&repo().join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("base");
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let labels: Vec<Option<String>> = verdicts(&base, &eur, &eur)
        .into_iter()
        .map(|v| v.0)
        .collect();
    assert!(labels.contains(&Some("1.11.1".into())), "{labels:?}");
    assert!(!labels.contains(&Some("1.11".into())) && !labels.contains(&Some("1".into())));
}

/// Two proposals rewording the end of Res. 1's 1.11.1 differently: the conflict shows the words
/// where they part, not the 300 characters they share.
#[test]
fn a_merge_conflict_shows_the_differing_words() {
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let text = |d: &resdiff::Document| {
        d.clauses()
            .into_iter()
            .find(|(_, c)| c.label.written().trim() == "1.11.1")
            .map(|(_, c)| c.text.clone())
            .expect("1.11.1")
    };
    let provide = text(&eur);
    let conflict = resdiff::track::merge::Conflict {
        place: "resolves, 1.11.1".into(),
        base: None,
        first: Some(provide.clone()),
        second: Some(provide.replace("provide information", "give information")),
        sides: Vec::new(),
    };
    let line = resdiff::render::report::text::conflicts(&[conflict]);
    assert!(
        line.contains("provide information") && line.contains("give information"),
        "{line}"
    );
    assert!(!line.contains("WTSA shall consider reports"), "{line}");
}

/// blame follows the move: 4.4bis in EUR's proposal is Hammamet's 1.12, not new.
#[test]
fn blame_follows_a_move_to_another_parent() {
    let base = load_file(&repo().join("resolutions/wtsa/001/hammamet-2016.en.toml")).expect("base");
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let lines = resdiff::track::history::blame(vec![base, eur], "eur-wtsa20").expect("blame");
    let at = |label: &str| {
        lines
            .iter()
            .find(|l| l.path.last().map(String::as_str) == Some(label))
            .unwrap_or_else(|| panic!("{label}"))
    };
    assert_eq!(at("4.4bis").introduced, "hammamet-2016");
    assert_eq!(at("4.4bis").changed, "hammamet-2016");
    assert_eq!(at("1.14").introduced, "eur-wtsa20");
}
