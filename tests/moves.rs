//! Moves anywhere in the tree: EUR's proposal for Res. 1 moves 1.12 (Section 1) to 4.4bis
//! (Section 4, TSAG), unchanged. The diff reports one move both ways, linked by `move_id`, and
//! the text and Markdown renderings say where it went and where it came from.

mod common;

use common::repo;
use resdiff::diff::{Change, ClauseChange, DocDiff};
use resdiff::input::corpus::load_file;

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

fn one<'d>(diff: &'d DocDiff, change: Change, label: &str) -> &'d ClauseChange {
    let mut out = Vec::new();
    for s in &diff.sections {
        find(&s.clauses, change, label, &mut out);
    }
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
