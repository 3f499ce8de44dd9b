//! The verdict on one change, from the three versions of its provision: the base's, the
//! proposal's and the adopted text's.

use super::Verdict;
use crate::diff::{DiffOptions, Op};
use crate::model::text::{is_content, tokenize};

fn words(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .filter(|t| is_content(t))
        .map(str::to_string)
        .collect()
}

/// Share of the word changes of `base -> proposed` that `adopted` shows: inserted words it has,
/// deleted words it lacks.
fn share(base: &str, proposed: &str, adopted: &str) -> f32 {
    let segs = crate::diff::inline::diff_text(base, proposed, &DiffOptions::default());
    let have = words(adopted);
    let (mut total, mut found) = (0usize, 0usize);
    for s in segs {
        for w in words(&s.text) {
            match s.op {
                Op::Insert => {
                    total += 1;
                    found += usize::from(have.contains(&w));
                }
                Op::Delete => {
                    total += 1;
                    found += usize::from(!have.contains(&w));
                }
                Op::Equal => {}
            }
        }
    }
    if total == 0 {
        1.0
    } else {
        found as f32 / total as f32
    }
}

pub(super) fn judge(
    base: Option<&str>,
    proposed: Option<&str>,
    adopted: Option<&str>,
) -> (Verdict, Option<f32>) {
    match (base, proposed, adopted) {
        // A suppression.
        (Some(_), None, None) => (Verdict::Adopted, None),
        (Some(b), None, Some(a)) if a == b => (Verdict::NotAdopted, None),
        (Some(_), None, Some(_)) => (Verdict::AdoptedDifferently, None),
        // An addition.
        (None, Some(_), None) => (Verdict::NotAdopted, None),
        (None, Some(p), Some(a)) if a == p => (Verdict::Adopted, None),
        (None, Some(p), Some(a)) => {
            let s = share("", p, a);
            (Verdict::Partly, Some(s))
        }
        // An amendment.
        (Some(_), Some(_), None) => (Verdict::NotAdoptedDeleted, None),
        (Some(_), Some(p), Some(a)) if a == p => (Verdict::Adopted, Some(1.0)),
        (Some(b), Some(_), Some(a)) if a == b => (Verdict::NotAdopted, Some(0.0)),
        (Some(b), Some(p), Some(a)) => {
            let s = share(b, p, a);
            let v = if s >= 0.999 {
                Verdict::Adopted
            } else if s > 0.0 {
                Verdict::Partly
            } else {
                Verdict::AdoptedDifferently
            };
            (v, Some(s))
        }
        (None, None, _) => (Verdict::NotAdopted, None),
    }
}
