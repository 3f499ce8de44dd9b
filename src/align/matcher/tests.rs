use super::*;

/// A store for one test's items, left to the end of the test process: a few bytes.
fn store() -> &'static Analyses {
    Box::leak(Box::default())
}

fn items<'a>(texts: &[&'a str], group: usize) -> Vec<Item<'a>> {
    let store = store();
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| Item::new(t, group, i, "", store))
        .collect()
}

#[test]
fn exact_then_fuzzy() {
    let old = items(
        &["alpha beta gamma delta", "one two three four five six"],
        0,
    );
    let new = items(
        &[
            "one two three four five seven",
            "zzz",
            "alpha beta gamma delta",
        ],
        0,
    );
    let mut pairs = match_items(&old, &new);
    pairs.sort_by_key(|p| p.0);
    assert_eq!((pairs[0].0, pairs[0].1, pairs[0].2.similarity), (0, 2, 1.0));
    assert_eq!(pairs[0].2.basis, Basis::Same);
    assert_eq!((pairs[1].0, pairs[1].1), (1, 0));
    assert!(pairs[1].2.similarity > 0.8 && pairs[1].2.similarity < 1.0);
    assert_eq!(pairs[1].2.basis, Basis::Words);
    assert_eq!(pairs.len(), 2);
}

#[test]
fn a_citation_update_is_matched_on_the_citation_blind_key() {
    let old = items(
        &["بالقرار 140 (المراجَع في غوادالاخارا، 2010) لمؤتمر المندوبين المفوضين؛"],
        0,
    );
    let new = items(
        &["بالقرار 140 (المراجَع في بوسان، 2014) لمؤتمر المندوبين المفوضين؛"],
        0,
    );
    let pairs = match_items(&old, &new);
    assert_eq!(pairs.len(), 1);
    assert_eq!(pairs[0].2.basis, Basis::CitationTags);
    assert!(pairs[0].2.similarity < 1.0);
}

#[test]
fn replacement_threshold_both_sides() {
    // 10 words, 5 kept (ratio 0.5): the same clause, edited.
    let old = items(&["one two three four five six seven eight nine ten"], 0);
    let half = items(&["one two three four five seis siete ocho nueve diez"], 0);
    let pairs = match_items(&old, &half);
    assert_eq!(pairs.len(), 1);
    assert!((pairs[0].2.similarity - 0.5).abs() < 1e-6);
    // 4 kept of 10 (ratio 0.4): a different clause.
    let less = items(&["one two three four cinco seis siete ocho nueve diez"], 0);
    assert!(match_items(&old, &less).is_empty());
}

#[test]
fn spacing_alone_never_makes_a_different_clause() {
    let old = items(
        &["بالقرار 140 (المراجَع في بوسان، 2014)", "one  two three"],
        0,
    );
    let new = items(
        &["one two\u{a0}three", "بالقرار140 (المراجَع في بوسان،2014)"],
        0,
    );
    let mut pairs = match_items(&old, &new);
    pairs.sort_by_key(|p| p.0);
    assert_eq!(pairs.len(), 2);
    assert_eq!(
        (pairs[0].0, pairs[0].1, pairs[0].2.basis),
        (0, 1, Basis::Same)
    );
    assert_eq!(
        (pairs[1].0, pairs[1].1, pairs[1].2.basis),
        (1, 0, Basis::Same)
    );
}

#[test]
fn identical_clauses_pair_by_group_then_label() {
    // More copies than a bucket scans: the tiers choose as the scan would.
    let labels: Vec<String> = (0..40).map(|i| (i % 20).to_string()).collect();
    let store = store();
    let make = |order: &mut dyn Iterator<Item = usize>| -> Vec<Item<'_>> {
        order
            .enumerate()
            .map(|(pos, i)| Item::new("(SUP - WRC-12)", i / 20, pos, &labels[i], store))
            .collect()
    };
    let old = make(&mut (0..40));
    let new = make(&mut (0..40).rev());
    let pairs = match_items(&old, &new);
    assert_eq!(pairs.len(), 40);
    for (i, j, score) in pairs {
        assert_eq!((old[i].group, old[i].label), (new[j].group, new[j].label));
        assert_eq!(score.basis, Basis::Same);
    }
    // One copy fewer in the new text's group 0: an old clause of group 0 takes one of group 1.
    let fewer = make(&mut (1..40));
    let pairs = match_items(&old, &fewer);
    assert_eq!(pairs.len(), 39);
    let across = pairs
        .iter()
        .filter(|(i, j, _)| old[*i].group != fewer[*j].group)
        .count();
    assert_eq!(across, 1);
}

#[test]
fn same_group_wins_ties() {
    let old = items(&["the same words here"], 1);
    let mut new = items(&["the same words here", "the same words here"], 0);
    new[1].group = 1;
    let pairs = match_items(&old, &new);
    assert_eq!(pairs[0].1, 1);
}
