//! Alignment tests: the cases of `docs/tricky_cases.md`, on the texts in `fixtures/diff/`.

use std::path::Path;

use super::*;
use crate::input::diff_fixture as load;

/// (relation, old label, new label) of the top-level rows of section row `s`.
fn rows(a: &Alignment<'_>, s: usize) -> Vec<(Relation, String, String)> {
    a.sections[s]
        .clauses
        .iter()
        .map(|c| {
            let l = |side: Option<&At<'_>>| {
                side.map(|a| a.clause.label.norm().to_string())
                    .unwrap_or_default()
            };
            (c.relation(), l(c.old_side()), l(c.new_side()))
        })
        .collect()
}

fn r(rel: Relation, o: &str, n: &str) -> (Relation, String, String) {
    (rel, o.into(), n.into())
}

#[test]
fn renumbered_clauses_are_the_same_clauses_relabelled() {
    let (old, new) = (load("renumbering", "old"), load("renumbering", "new"));
    let a = align(&old, &new);
    use Relation::*;
    assert_eq!(
        rows(&a, 0),
        [
            r(Added, "", "a"),
            r(Added, "", "b"),
            r(Added, "", "c"),
            r(Added, "", "d"),
            r(Matched, "a", "e"),
            r(Matched, "b", "f"),
            r(Matched, "c", "g"),
        ]
    );
}

#[test]
fn moves_within_and_between_sections_then_edited() {
    let (old, new) = (load("moves", "old"), load("moves", "new"));
    let a = align(&old, &new);
    use Relation::*;
    assert_eq!(
        rows(&a, 0),
        [
            r(MovedOut, "1", "3"),
            r(Matched, "2", "1"),
            r(Matched, "3", "2"),
            r(MovedOut, "4", "3"),
            r(MovedIn, "1", "3"),
        ]
    );
    assert_eq!(
        rows(&a, 1),
        [
            r(Matched, "1", "1"),
            r(Matched, "2", "2"),
            r(MovedIn, "4", "3")
        ]
    );
    // Moved from resolves (section 0) and edited: found by similarity, not equality.
    let moved = &a.sections[1].clauses[2];
    assert_eq!(moved.old_side().map(|a| a.path.section()), Some(0));
    assert!(
        moved
            .score()
            .is_some_and(|s| s.similarity > 0.8 && s.similarity < 1.0)
    );
}

#[test]
fn replaced_clause_is_sup_and_add_edited_clause_is_matched() {
    let (old, new) = (load("replaced", "old"), load("replaced", "new"));
    let a = align(&old, &new);
    use Relation::*;
    assert_eq!(
        rows(&a, 0),
        [r(Matched, "a", "a"), r(Removed, "b", ""), r(Added, "", "b")]
    );
}

#[test]
fn nested_items_align_inside_their_parent() {
    let (old, new) = (load("nested", "old"), load("nested", "new"));
    let a = align(&old, &new);
    let kids = |s: usize| -> Vec<Relation> {
        let ClauseAlign::Matched(parent) = &a.sections[s].clauses[0] else {
            panic!("the parent is matched");
        };
        parent.children.iter().map(|c| c.relation()).collect()
    };
    use Relation::*;
    assert_eq!(kids(0), [Matched, Matched, Added]);
    assert_eq!(kids(1), [MovedOut, Matched, MovedIn, Matched]);
    // Children are named by their path under the parent, on each side.
    let ClauseAlign::Matched(parent) = &a.sections[1].clauses[0] else {
        panic!("the parent is matched");
    };
    let ClauseAlign::MovedIn(moved) = &parent.children[2] else {
        panic!("a moved item");
    };
    assert_eq!(moved.old.path, parent.old.path.child(0));
    assert_eq!(moved.new.path, parent.new.path.child(1));
    assert!(std::ptr::eq(
        old.clause(&moved.old.path).expect("there"),
        moved.old.clause
    ));
}

#[test]
fn sections_added_suppressed_renamed_and_empty() {
    let (old, new) = (load("sections", "old"), load("sections", "new"));
    let a = align(&old, &new);
    let kinds: Vec<(Option<SectionKindName>, Option<SectionKindName>)> = a
        .sections
        .iter()
        .map(|s| {
            (
                s.old_side().map(|x| x.section.kind.as_str()),
                s.new_side().map(|x| x.section.kind.as_str()),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            (Some("considering"), Some("considering")),
            (Some("noting"), Some("noting_with_satisfaction")),
            (Some("bearing_in_mind"), None),
            (None, Some("emphasizing")),
        ]
    );
    // The empty old section gains a clause.
    assert_eq!(rows(&a, 0), [r(Relation::Added, "", "")]);
}

type SectionKindName = &'static str;

#[test]
fn res_30_recalling_keeps_old_clauses_under_new_labels() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    let old = crate::input::corpus::load_file(&dir.join("dubai-2014.ar.toml")).expect("dubai");
    let new = crate::input::corpus::load_file(&dir.join("rcc-wtdc17.ar.toml")).expect("rcc");
    let a = align(&old, &new);
    let matched: Vec<(String, String)> = rows(&a, 0)
        .into_iter()
        .filter(|(rel, _, _)| *rel == Relation::Matched)
        .map(|(_, o, n)| (o, n))
        .collect();
    let want: Vec<(String, String)> = [("أ", "ه"), ("ب", "و"), ("ج", "ح"), ("د", "ط")]
        .iter()
        .map(|(o, n)| (o.to_string(), n.to_string()))
        .collect();
    assert_eq!(matched, want);
}
