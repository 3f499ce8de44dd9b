//! Changed runs as a reader can see them: where a change is one of invisible characters alone
//! (a run with nothing visible, or a deletion and insertion that would print alike), the
//! characters are named; a word replaced by the same word with a diacritic or tatweel more or
//! less is noted after it (the rules are in [`crate::model::text::invisible`]). Elsewhere, text
//! is shown as written: a no-break space inside an added paragraph is not the change.

use crate::diff::{Op, Segment};
pub(crate) use crate::model::text::invisible::{Piece, named, pieces};
use crate::model::text::invisible::{diacritic_note, invisible_name, looks_same};
use unicode_normalization::char::is_combining_mark;

/// How to show one run.
#[derive(Debug, Clone, Default)]
pub(crate) struct Shown {
    /// Name its invisible characters (a changed run only).
    pub name: bool,
    /// A note to put after it: `shadda added`.
    pub note: Option<String>,
}

/// Nothing a reader sees but spacing.
fn unseen(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || invisible_name(c).is_some() || is_combining_mark(c))
}

/// Per run, how to show it.
pub(crate) fn shown_runs(runs: &[Segment]) -> Vec<Shown> {
    let mut out: Vec<Shown> = runs
        .iter()
        .map(|r| Shown {
            name: r.op != Op::Equal && unseen(&r.text),
            note: None,
        })
        .collect();
    for (i, pair) in runs.windows(2).enumerate() {
        if pair[0].op == Op::Delete && pair[1].op == Op::Insert {
            if looks_same(&pair[0].text, &pair[1].text) {
                out[i].name = true;
                out[i + 1].name = true;
            }
            out[i + 1].note = diacritic_note(&pair[0].text, &pair[1].text);
        }
    }
    out
}
