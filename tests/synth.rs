//! The synthetic pair generator the benchmarks use (`benches/support/synth.rs`): deterministic and
//! of the size asked for, so benchmark runs compare like with like.

#[path = "../benches/support/synth.rs"]
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
