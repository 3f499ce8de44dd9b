//! UN amendment instructions on random clause trees: worded, read back and applied, they give
//! the edited text (or the builder refuses, naming why).

use proptest::prelude::*;

use super::{apply, parse};
use crate::markup::amend::{AmendError, build};
use crate::markup::vocabulary::instructions;
use crate::model::Document;
use crate::track::apply::tests::{changeset, document, edited};

/// Built, worded, read back and applied: `b`, unless a repeated heading leaves a new paragraph
/// nowhere to go.
fn round_trip(a: &Document, b: &Document) -> Result<(), TestCaseError> {
    let built = match build(&changeset(a, b)) {
        Ok(built) => built,
        // Two sections under one heading: a paragraph new to the first has nothing to be
        // placed by (ITU and UN texts never repeat a heading; the generator does).
        Err(AmendError::Unplaced(h))
            if a.sections.iter().filter(|s| s.heading == h).count() > 1 =>
        {
            return Ok(());
        }
        Err(e) => return Err(TestCaseError::fail(e.to_string())),
    };
    let words = instructions(&built);
    let parsed = parse(&words).map_err(|e| TestCaseError::fail(format!("{e}\n{words}")))?;
    prop_assert_eq!(&parsed, &built, "{}", words);
    // A generated text the loader refuses (a citation of no note) is refused as the result.
    if crate::input::checked(b.clone(), crate::input::corpus::Check::Full).is_err() {
        let refused = matches!(
            apply(a, &parsed),
            Err(super::InstructionError::NotLoadable(_))
        );
        prop_assert!(refused, "{}", words);
        return Ok(());
    }
    let got = apply(a, &parsed).map_err(|e| TestCaseError::fail(format!("{e}\n{words}")))?;
    prop_assert_eq!(&got.sections, &b.sections, "{}", words);
    prop_assert_eq!(&got.formula, &b.formula);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn instructions_give_the_edited_text((a, b) in document("a").prop_flat_map(edited)) {
        round_trip(&a, &b)?;
    }

    #[test]
    fn instructions_between_unrelated_paragraphs_give_the_new_ones(a in document("a"), b in document("b")) {
        // B's paragraphs (nested, labelled, relabelled) under A's headings, formula and
        // footnotes: what UN instructions amend.
        let mut b2 = a.clone();
        for (i, s) in b2.sections.iter_mut().enumerate() {
            s.clauses = b.sections.get(i).map(|t| t.clauses.clone()).unwrap_or_default();
        }
        if let (Some(f), Some(g)) = (&mut b2.formula, &b.formula) {
            *f = g.clone();
        }
        round_trip(&a, &b2)?;
    }
}
