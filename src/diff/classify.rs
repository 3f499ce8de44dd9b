//! ITU change classes of a clause: ADD, SUP, MOD, (MOD), NOC, ADD*, SUP*.
//!
//! (MOD) — an editorial change — is a change that touches no word, only spacing or punctuation;
//! a relabelling; or an update of citation tags only: the parenthesised revision of a cited text
//! ("(Rev. Guadalajara, 2010)" -> "(Rev. Busan, 2014)", "(المراجَع في غوادالاخارا، 2010)",
//! "(Mod. 2016)", "(دبي، 2014)"). Anything else that changes words is MOD.

use serde::{Deserialize, Serialize};

use super::inline::{Op, Segment};
use crate::align::Basis;
use crate::model::text::{citation_blind_key, is_content, tokenize};

/// The change class of a clause or section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Change {
    /// NOC: no change.
    #[serde(rename = "NOC")]
    Noc,
    /// (MOD): an editorial change (punctuation, relabelling, a citation's revision tag).
    #[serde(rename = "(MOD)")]
    Editorial,
    /// MOD: the text changes.
    #[serde(rename = "MOD")]
    Mod,
    /// ADD: only in the new text.
    #[serde(rename = "ADD")]
    Add,
    /// SUP: only in the old text.
    #[serde(rename = "SUP")]
    Sup,
    /// ADD*: moved here from elsewhere.
    #[serde(rename = "ADD*")]
    AddMoved,
    /// SUP*: moved from here to elsewhere.
    #[serde(rename = "SUP*")]
    SupMoved,
}

impl Change {
    /// Every class, in ITU's order (the order of summaries).
    pub const ALL: [Change; 7] = [
        Change::Add,
        Change::Sup,
        Change::Mod,
        Change::Editorial,
        Change::Noc,
        Change::AddMoved,
        Change::SupMoved,
    ];

    /// What this change is to the whole clause when the clause stands on one side only:
    /// inserted (ADD, ADD*: only in the new text) or deleted (SUP, SUP*: only in the old).
    pub fn whole(self) -> Option<Op> {
        match self {
            Change::Add | Change::AddMoved => Some(Op::Insert),
            Change::Sup | Change::SupMoved => Some(Op::Delete),
            _ => None,
        }
    }

    /// What this change makes of the clause above it: NOC, (MOD) for an editorial change, MOD
    /// for any other.
    pub fn to_parent(self) -> Change {
        match self {
            Change::Noc => Change::Noc,
            Change::Editorial => Change::Editorial,
            _ => Change::Mod,
        }
    }

    /// The symbol ITU prints: `ADD`, `(MOD)`, `SUP*`, ...
    pub fn symbol(self) -> &'static str {
        match self {
            Change::Noc => "NOC",
            Change::Editorial => "(MOD)",
            Change::Mod => "MOD",
            Change::Add => "ADD",
            Change::Sup => "SUP",
            Change::AddMoved => "ADD*",
            Change::SupMoved => "SUP*",
        }
    }
}

/// The class of a pair of texts given their inline diff and whether the label changed.
pub fn classify_text(
    old: &str,
    new: &str,
    segments: &[Segment],
    relabeled: bool,
    ignore_labels: bool,
    basis: Option<Basis>,
) -> Change {
    let changed: Vec<&Segment> = segments.iter().filter(|s| s.op != Op::Equal).collect();
    if changed.is_empty() {
        return if relabeled && !ignore_labels {
            Change::Editorial
        } else {
            Change::Noc
        };
    }
    let words_touched = changed
        .iter()
        .any(|s| tokenize(&s.text).iter().any(|t| is_content(t)));
    if !words_touched || same_without_note_marks(old, new) {
        return Change::Editorial;
    }
    // The matcher already compared the citation-blind keys of the pairs it made.
    let tags_only = match basis {
        Some(Basis::Same | Basis::CitationTags) => true,
        Some(Basis::Words) => false,
        None => citation_blind_key(old) == citation_blind_key(new),
    };
    if tags_only {
        Change::Editorial
    } else {
        Change::Mod
    }
}

/// Whether the texts read the same without their footnote references; without copying them
/// when neither has one, as most clauses do.
fn same_without_note_marks(old: &str, new: &str) -> bool {
    if !old.contains("[^") && !new.contains("[^") {
        return old == new;
    }
    without_note_marks(old) == without_note_marks(new)
}

/// The text without its footnote references (`[^3]`): UN texts renumber their footnotes every
/// year, and a paragraph whose only change is its note's number is changed editorially.
fn without_note_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("[^") {
        out.push_str(&rest[..at]);
        match rest[at..].find(']') {
            Some(end) => rest = &rest[at + end + 1..],
            None => {
                rest = &rest[at..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{DiffOptions, inline::diff_text};

    fn class(old: &str, new: &str) -> Change {
        let segs = diff_text(old, new, &DiffOptions::default());
        classify_text(old, new, &segs, false, false, None)
    }

    #[test]
    fn citation_revision_updates_are_editorial() {
        assert_eq!(
            class(
                "بالقرار 140 (المراجَع في غوادالاخارا، 2010) لمؤتمر المندوبين المفوضين؛",
                "بالقرار 140 (المراجَع في بوسان، 2014) لمؤتمر المندوبين المفوضين؛"
            ),
            Change::Editorial
        );
        assert_eq!(
            class(
                "Resolution 140 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference;",
                "Resolution 140 (Rev. Busan, 2014) of the Plenipotentiary Conference;"
            ),
            Change::Editorial
        );
    }

    #[test]
    fn punctuation_only_is_editorial_and_words_are_mod() {
        assert_eq!(class("كشريك،", "كشريك؛"), Change::Editorial);
        assert_eq!(
            class(
                "to continue to work;",
                "to continue to work with the 2030 Agenda;"
            ),
            Change::Mod
        );
        // A citation update plus new words is a MOD.
        assert_eq!(
            class(
                "القرار 75 (المراجَع في دبي، 2012) للجمعية؛",
                "القرار 75 (المراجَع في الحمامات، 2016) للجمعية، مع أخذ خطة التنمية المستدامة؛"
            ),
            Change::Mod
        );
    }

    #[test]
    fn relabelling_alone_is_editorial_unless_ignored() {
        let segs = diff_text("x;", "x;", &DiffOptions::default());
        assert_eq!(
            classify_text("x;", "x;", &segs, true, false, None),
            Change::Editorial
        );
        assert_eq!(
            classify_text("x;", "x;", &segs, true, true, None),
            Change::Noc
        );
        assert_eq!(
            classify_text("x;", "x;", &segs, false, false, None),
            Change::Noc
        );
    }

    #[test]
    fn renumbered_footnotes_are_editorial() {
        assert_eq!(
            class("Habitat III, 2016,[^3] and", "Habitat III, 2016,[^5] and"),
            Change::Editorial
        );
        assert_eq!(
            class("Habitat,[^3] and", "Habitat III,[^5] and"),
            Change::Mod
        );
    }

    /// The UN languages: guillemets, inverted marks and spacing are punctuation; Chinese
    /// characters are words of their own.
    #[test]
    fn six_languages() {
        assert_eq!(
            class("« Notre Programme commun »,", "«Notre Programme commun» ;"),
            Change::Editorial
        );
        assert_eq!(class("¿Decide?", "Decide:"), Change::Editorial);
        // Case is folded for matching: a change of case alone is editorial.
        assert_eq!(
            class("Решает продолжить", "решает продолжить"),
            Change::Editorial
        );
        assert_eq!(class("Решает продолжить", "Решает прекратить"), Change::Mod);
        assert_eq!(class("第七十九届会议", "第八十届会议"), Change::Mod);
        let segs = diff_text("第七十九届会议", "第八十届会议", &DiffOptions::default());
        let changed: Vec<(Op, &str)> = segs
            .iter()
            .filter(|s| s.op != Op::Equal)
            .map(|s| (s.op, s.text.as_str()))
            .collect();
        // 七十九 -> 八十 (79th -> 80th) is one number replaced: the 十 both happen to write is no
        // word they share, and a lone unchanged character between two changes misleads (issue 23).
        assert_eq!(changed, [(Op::Delete, "七十九"), (Op::Insert, "八十")]);
    }

    #[test]
    fn long_parentheses_are_not_citation_tags() {
        assert_eq!(
            class(
                "infrastructure (roads and power lines built before 2010) matters",
                "infrastructure (satellites and submarine cables laid after 2014) matters"
            ),
            Change::Mod
        );
    }
}
