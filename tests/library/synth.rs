//! The synthetic pair generator the benchmarks use (`benches/support/synth.rs`): deterministic and
//! of the size asked for, so benchmark runs compare like with like.

// The benchmarks' module keeps its name here, inside this file's module of the same name.
#[allow(clippy::module_inception)]
#[path = "../../benches/support/synth.rs"]
mod synth;

#[test]
fn pairs_are_deterministic_and_sized() {
    let (a, b) = synth::pair(1000, 7);
    let (c, _) = synth::pair(1000, 7);
    assert_eq!(a, c);
    assert_eq!(a.clause_count(), 1000);
    let n = b.clause_count();
    assert!((900..1100).contains(&n), "{n}");
}

#[test]
fn near_identical_pairs_are_what_the_bench_says() {
    use resdiff::diff::{Change, DiffOptions, diff_documents};
    let (old, new) = synth::near_pair(3000, 7);
    assert_eq!(synth::near_pair(3000, 7).0, old);
    assert_eq!(old.clause_count(), 3000);
    let texts: Vec<&str> = old
        .sections
        .iter()
        .flat_map(|s| s.clauses.iter().map(|c| c.text.as_str()))
        .collect();
    // Repetitive: one line repeated by the hundred, the rest sharing their vocabulary.
    let same = texts.iter().filter(|t| **t == "(SUP - WRC-12)").count();
    assert!((450..750).contains(&same), "{same}");
    assert!(
        texts
            .iter()
            .all(|t| *t == "(SUP - WRC-12)" || t.starts_with("Additional allocation: in "))
    );
    // About 5% edited (identical lines edit to themselves), 1% added and 1% suppressed; the
    // renumbering after them is editorial, (MOD), and an added provision may pair with a
    // suppressed one nearby as one edited clause: they share most of their words.
    let diff = diff_documents(&old, &new, &DiffOptions::default()).expect("same resolution");
    let s = &diff.summary;
    let (changed, added, gone) = (s[Change::Mod], s[Change::Add], s[Change::Sup]);
    assert!((60..300).contains(&changed), "{changed}");
    assert!(added > 5 && gone > 0 && added + gone < 90, "{added} {gone}");
}
