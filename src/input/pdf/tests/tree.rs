//! The tree of clauses a page's indentation shows, or leaves to the labels.

use super::super::layout::{Laid, lay_out};
use super::{FORMULA, indented};

/// The clauses of a laid-out page read by the plain-text reader with its levels, as
/// `depth label` lines.
fn tree_of(laid: &Laid) -> Vec<String> {
    use crate::input::ImportOptions;
    let opts = ImportOptions {
        language: Some(crate::model::Language::En),
        allow_unknown: true,
        ..Default::default()
    };
    let doc = crate::input::plain::import_text_levelled(&laid.text, &laid.levels, &opts, &opts)
        .unwrap_or_else(|e| panic!("{e}: {:?}", laid.text))
        .document;
    fn walk(out: &mut Vec<String>, cs: &[crate::model::Clause], depth: usize) {
        for c in cs {
            let label = c.label.written().trim();
            out.push(format!(
                "{depth} {}",
                if label.is_empty() { "¶" } else { label }
            ));
            walk(out, &c.children, depth + 1);
        }
    }
    let mut out = Vec::new();
    for s in &doc.sections {
        walk(&mut out, &s.clauses, 0);
    }
    out
}

/// The tree the indentation shows (WTSA Res. 1's 1.11 to 1.13 as LibreOffice prints resdiff's
/// DOCX): `1.11.1` under `1.11`, the unlabelled text of `1.13 Voting` under it, a) and b)
/// beside that text, the dashes under b). By their labels alone the text of 1.13 went to the top of
/// its section, and the items after it with it.
#[test]
fn a_page_indented_by_depth_is_read_as_the_tree_it_shows() {
    let page = indented(&[
        ("", 0.0, FORMULA, 56.8),
        ("", 0.0, "", 0.0),
        ("", 0.0, "resolves", 113.5),
        ("", 0.0, "", 0.0),
        ("1.11", 85.2, "The programme of work", 113.5),
        ("1.11.1", 113.5, "WTSA shall consider", 170.2),
        ("1.11.2", 113.5, "In those cases", 170.2),
        ("1.13", 85.2, "Voting", 113.5),
        ("", 0.0, "Should there be a need for a vote", 141.9),
        ("a)", 113.5, "to consider the proposals", 141.9),
        ("b)", 113.5, "to draw up proposals", 141.9),
        ("−", 141.9, "to accept proposals", 170.2),
        ("−", 141.9, "to entrust the study", 170.2),
    ]);
    let laid = lay_out(&[page]);
    assert_eq!(
        tree_of(&laid),
        [
            "0 1.11", "1 1.11.1", "1 1.11.2", "0 1.13", "1 ¶", "1 a)", "1 b)", "2 −", "2 −"
        ],
        "{:?} {:?}",
        laid.text,
        laid.levels
    );
}

/// ITU's own layout (Res. 1 as ITU prints it): every decimal clause and its items hang from the
/// column's edge, so the indentation tells no level and the labels nest the clauses.
#[test]
fn a_page_not_indented_by_depth_is_left_to_the_labels() {
    let page = indented(&[
        ("", 0.0, FORMULA, 56.8),
        ("", 0.0, "", 0.0),
        ("", 0.0, "resolves", 113.5),
        ("", 0.0, "", 0.0),
        ("1.10", 56.8, "During WTSA, the heads", 96.5),
        ("a)", 56.8, "to consider the proposals", 96.5),
        ("b)", 56.8, "to draw up proposals", 96.5),
        ("1.11", 56.8, "The programme of work", 96.5),
        ("", 0.0, "Should there be a need for a vote", 56.8),
    ]);
    let laid = lay_out(&[page]);
    assert!(laid.levels.iter().all(Option::is_none), "{:?}", laid.levels);
}
