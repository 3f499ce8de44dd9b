//! Which footnotes changed between the two sides, for the renderers and the exit code: the
//! diff carries both sides' notes whole, and a note whose words changed changes the text as
//! much as a clause does.

use super::inline::diff_text;
use super::{Change, DocDiff, Op, Segment};
use crate::model::Footnote;

/// One footnote that differs: the old note, the new one (None where a side has none), and the
/// words as runs.
#[derive(Debug, Clone)]
pub struct NoteChange<'d> {
    /// The old side's note.
    pub old: Option<&'d Footnote>,
    /// The new side's note.
    pub new: Option<&'d Footnote>,
    /// Kept, deleted and inserted words.
    pub inline: Vec<Segment>,
}

impl NoteChange<'_> {
    /// ADD, SUP or MOD.
    pub fn change(&self) -> Change {
        match (self.old, self.new) {
            (None, _) => Change::Add,
            (_, None) => Change::Sup,
            _ => Change::Mod,
        }
    }

    /// The note's mark, the new side's where both have one.
    pub fn mark(&self) -> &str {
        self.new.or(self.old).map_or("", |f| f.mark.as_str())
    }
}

impl DocDiff {
    /// The footnotes that differ, in the new side's order then the old side's dropped ones. A
    /// note whose words are on the other side unchanged, under any mark (renumbered because a
    /// citation came or went), is not a change of its own: the clause that cites it says so.
    /// The others pair by mark.
    pub fn note_changes(&self) -> Vec<NoteChange<'_>> {
        let (old, new) = (&self.footnotes.old, &self.footnotes.new);
        let runs = |a: &str, b: &str| diff_text(a, b, &self.options);
        // Without a normalisation, tokens compare as written and cover their text, so two notes
        // whose word diff is all kept are the same bytes: comparing them is the same answer as
        // diffing each old note against each new one, which was most of an HTML diff's time.
        let normalised = self.options.normalises_words();
        let same = |a: &Footnote, b: &Footnote| {
            if normalised {
                !runs(&a.text, &b.text).iter().any(|r| r.op != Op::Equal)
            } else {
                a.text == b.text
            }
        };
        let old: Vec<&Footnote> = old
            .iter()
            .filter(|o| !new.iter().any(|n| same(o, n)))
            .collect();
        let new: Vec<&Footnote> = new
            .iter()
            .filter(|n| !self.footnotes.old.iter().any(|o| same(o, n)))
            .collect();
        let mut out: Vec<NoteChange<'_>> = new
            .iter()
            .map(|n| {
                let o = old.iter().find(|o| o.mark == n.mark).copied();
                NoteChange {
                    old: o,
                    new: Some(n),
                    inline: runs(o.map_or("", |o| o.text.as_str()), &n.text),
                }
            })
            .collect();
        out.extend(
            old.iter()
                .filter(|o| !new.iter().any(|n| n.mark == o.mark))
                .map(|o| NoteChange {
                    old: Some(o),
                    new: None,
                    inline: runs(&o.text, ""),
                }),
        );
        out
    }
}
