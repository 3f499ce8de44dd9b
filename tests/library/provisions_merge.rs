//! Merge per provision at every depth on the real text of WTSA Res. 1 (Rev. Hammamet, 2016)
//! and EUR's proposal to WTSA-20: edits to different provisions of one section, moves against
//! changes and suppressions, lists both proposals reshape (see `common::res1`).

use crate::common;

use common::repo;
use common::res1::*;
use resdiff::input::corpus::load_file;
use resdiff::track::merge::merge;

/// Two proposals editing different provisions of Section 1 (1.11.1 at depth 3; 1.8 at depth 2
/// and 1.11.3): they merge with no conflict, and the merged text has all three edits and the
/// rest of the base as it was.
#[test]
fn edits_to_different_provisions_of_one_section_merge_cleanly() {
    let base = base();
    let p1 = proposal("p1", &[PROVIDE]);
    let p2 = proposal("p2", &[SECOND_1_8, WORD_1_11_3]);
    let merged = merge(&base, &p1, &p2);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let all = proposal("all", &[PROVIDE, SECOND_1_8, WORD_1_11_3]);
    assert_eq!(merged.document.sections, all.sections);
    assert!(text_of(&merged.document, "1.11.1").contains("to provide information"));
}

/// EUR's proposal (1.7 deleted, 1.8 reworded, 1.11.1 changed, 1.12 moved to 4.4bis, 1.14
/// added) merged with one changing 1.11.3: no conflict, and 1.12's sentence stands once, at
/// 4.4bis.
#[test]
fn a_move_merges_without_a_duplicated_sentence() {
    let base = base();
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let p2 = proposal("p2", &[WORD_1_11_3]);
    let merged = merge(&base, &eur, &p2);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let doc = &merged.document;
    let sentence = text_of(&base, "1.12");
    let holding: Vec<String> = doc
        .clauses()
        .into_iter()
        .filter(|(_, c)| c.text == sentence)
        .map(|(_, c)| c.label.written().to_string())
        .collect();
    assert_eq!(holding, ["4.4bis"]);
    assert!(text_of(doc, "1.11.3").contains("take decisions"));
    assert_eq!(text_of(doc, "1.11.1"), text_of(&eur, "1.11.1"));
    assert_eq!(text_of(doc, "1.8"), text_of(&eur, "1.8"));
    assert!(
        doc.clauses()
            .iter()
            .any(|(_, c)| c.label.written() == "1.14")
    );
}

/// Both proposals change the same words of 1.11.1: one conflict, on 1.11.1 alone, holding the
/// two texts; 1.11.1 keeps the base's words, and 1.8, which one proposal changes besides, takes
/// the change. The report shows where the texts part.
#[test]
fn a_conflict_names_the_provision_and_its_two_texts() {
    let base = base();
    let p1 = proposal("p1", &[PROVIDE]);
    let p2 = proposal("p2", &[GIVE, SECOND_1_8]);
    let merged = merge(&base, &p1, &p2);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let c = &merged.conflicts[0];
    assert_eq!(c.place, "resolves, 1.11.1");
    assert_eq!(c.base.as_deref(), Some(text_of(&base, "1.11.1").as_str()));
    assert_eq!(c.first.as_deref(), Some(text_of(&p1, "1.11.1").as_str()));
    assert_eq!(c.second.as_deref(), Some(text_of(&p2, "1.11.1").as_str()));
    let doc = &merged.document;
    assert_eq!(text_of(doc, "1.11.1"), text_of(&base, "1.11.1"));
    assert_eq!(text_of(doc, "1.8"), text_of(&p2, "1.8"));
    let line = resdiff::render::report::text::conflicts(&merged.conflicts);
    assert!(line.contains("resolves, 1.11.1"), "{line}");
    assert!(
        line.contains("provide information") && line.contains("give information"),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1, "{line}");
}

/// EUR moves 1.12 to 4.4bis; another proposal changes a word of 1.12 where it stands. Merged
/// (in either order): 1.12 stands once, at 4.4bis, with that word changed; no conflict.
#[test]
fn a_moved_provision_takes_the_other_proposals_change() {
    let base = base();
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let p = proposal(
        "p",
        &[(
            "1.12",
            "assign specific matters",
            "assign particular matters",
        )],
    );
    for (first, second) in [(&eur, &p), (&p, &eur)] {
        let merged = merge(&base, first, second);
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        let holding: Vec<String> = merged
            .document
            .clauses()
            .into_iter()
            .filter(|(_, c)| c.text.contains("of the Convention, WTSA may assign"))
            .map(|(_, c)| c.label.written().to_string())
            .collect();
        assert_eq!(holding, ["4.4bis"]);
        assert_eq!(
            text_of(&merged.document, "4.4bis"),
            text_of(&p, "1.12"),
            "the other proposal's word, where EUR put the provision"
        );
    }
}

/// EUR moves 1.12 to 4.4bis; another proposal suppresses 1.12. Neither wins (in either
/// order): one conflict on 1.12, holding EUR's text and "suppressed", and the sentence stays
/// once, where it stood. Before, it landed at 4.4bis with no conflict: a silent choice.
#[test]
fn a_move_against_a_suppression_is_a_conflict_and_the_base_stays() {
    let base = base();
    let eur =
        load_file(&repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml")).expect("eur");
    let mut p = proposal("p", &[]);
    let one = p
        .sections
        .iter_mut()
        .find_map(|s| find_mut(&mut s.clauses, "1"))
        .expect("1");
    one.children.retain(|c| c.label.written().trim() != "1.12");
    for (first, second, eur_first) in [(&eur, &p, true), (&p, &eur, false)] {
        let merged = merge(&base, first, second);
        let holding: Vec<String> = merged
            .document
            .clauses()
            .into_iter()
            .filter(|(_, c)| c.text.contains("of the Convention, WTSA may assign"))
            .map(|(_, c)| c.label.written().to_string())
            .collect();
        // Where it stood: both proposals reshape Section 1 (EUR suppresses 1.7), so the merged
        // list is numbered again and it reads 1.11 there.
        assert_eq!(holding, ["1.11"], "once, in Section 1, not at 4.4bis");
        let on_1_12: Vec<_> = merged
            .conflicts
            .iter()
            .filter(|c| c.place.ends_with("1.12"))
            .collect();
        assert_eq!(on_1_12.len(), 1, "{:?}", merged.conflicts);
        let (moved, suppressed) = if eur_first {
            (&on_1_12[0].first, &on_1_12[0].second)
        } else {
            (&on_1_12[0].second, &on_1_12[0].first)
        };
        assert!(suppressed.is_none());
        assert_eq!(moved.as_deref(), Some(text_of(&eur, "4.4bis").as_str()));
    }
}

/// One proposal suppresses 1.3, the other 1.7: both reshape the list under 1, so the merged
/// list is numbered again (1.11 reads 1.9), and 1.11's dotted items follow their provision
/// (1.9.1 to 1.9.3, not 1.11.1 under 1.9); 1.5's a) and i) hold no number and stay.
#[test]
fn renumbered_provisions_take_their_dotted_items_along() {
    let base = base();
    let (p1, p2) = (suppressing("p1", &["1.3"]), suppressing("p2", &["1.7"]));
    let merged = merge(&base, &p1, &p2);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let doc = &merged.document;
    let one = doc
        .sections
        .iter()
        .find_map(|s| s.clauses.iter().find(|c| c.label.written().trim() == "1"))
        .expect("1");
    let was_1_11 = one
        .children
        .iter()
        .find(|c| c.text == text_of(&base, "1.11"))
        .expect("1.11's text");
    assert_eq!(was_1_11.label.written(), "1.9");
    let items: Vec<&str> = was_1_11
        .children
        .iter()
        .map(|c| c.label.written())
        .collect();
    assert_eq!(items, ["1.9.1", "1.9.2", "1.9.3"]);
    assert_eq!(text_of(doc, "1.9.1"), text_of(&base, "1.11.1"));
    let was_1_5 = one
        .children
        .iter()
        .find(|c| c.text == text_of(&base, "1.5"))
        .expect("1.5's text");
    assert_eq!(was_1_5.label.written(), "1.4");
    let b = &was_1_5.children[1];
    assert_eq!(b.label.written(), "b)");
    assert_eq!(b.children[0].label.written(), "i)");
    assert!(
        !doc.clauses()
            .iter()
            .any(|(_, c)| c.label.written() == "1.11.1")
    );
}
