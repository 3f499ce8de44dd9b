//! Translation drift: a target clause that changed between two revisions although its source
//! did not. What changed is told by the first of these comparisons that makes the texts equal,
//! each blind to what the ones before it were blind to: spacing (whitespace and zero-width
//! characters ignored, so `فيما` → `في ما` and a no-break space are spacing), then diacritics
//! (the Arabic marks of [`is_arabic_mark`], tanween and tatweel included; combining marks of the
//! other scripts), then punctuation (every character that is not a letter or a digit), then
//! numbering (digits of any script as ASCII, and the label). Anything else is wording. A drift
//! that changed a comma and a tanween is `punctuation`: the kind names the weightiest change.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::model::Clause;
use crate::model::text::is_arabic_mark;
use crate::track::parallel::invariants::ascii_digits;

/// What a drift changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DriftKind {
    /// Only runs of whitespace differ.
    Spacing,
    /// Only diacritics (and spacing) differ.
    Diacritics,
    /// Only punctuation (and diacritics, spacing) differs: a comma, a quotation mark.
    Punctuation,
    /// Only digits (in another script) or the label differ.
    Numbering,
    /// Anything else: a word.
    Wording,
}

impl DriftKind {
    /// The name the reports and the JSON use.
    pub fn as_str(self) -> &'static str {
        match self {
            DriftKind::Spacing => "spacing",
            DriftKind::Diacritics => "diacritics",
            DriftKind::Punctuation => "punctuation",
            DriftKind::Numbering => "numbering",
            DriftKind::Wording => "wording",
        }
    }
}

/// One drifted clause: its place in the source NEW text, and the target text before and after.
#[derive(Debug, Clone, Serialize)]
pub struct Drift {
    /// The clause's id (as the projection's clause has it).
    pub id: String,
    /// What changed.
    pub kind: DriftKind,
    /// 1-based section position in the source NEW text.
    pub section_index: usize,
    /// The clause's place in the source NEW text.
    pub label: String,
    /// The target text before.
    pub old: String,
    /// The target text after.
    pub new: String,
}

/// Zero-width characters are spacing too: they join or part letters and show nothing.
fn is_spacing(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn spacing(s: &str) -> String {
    s.chars().filter(|&c| !is_spacing(c)).collect()
}

/// The Arabic marks a diff made with `ignore_diacritics` ignores (tatweel included), and every
/// other script's combining marks (the accents of French and Spanish, once decomposed).
fn is_diacritic(c: char) -> bool {
    is_arabic_mark(c) || unicode_normalization::char::is_combining_mark(c)
}

fn bare(s: &str) -> String {
    spacing(
        &s.nfd()
            .filter(|&c| !is_diacritic(c))
            .nfc()
            .collect::<String>(),
    )
}

/// [`bare`] with letters and digits only.
fn unpunctuated(bare: &str) -> String {
    bare.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// How a target clause drifted, or none when it reads the same. `relabelled`: the source
/// clause's label changed too, so the target's may.
pub fn classify(old: &Clause, new: &Clause, relabelled: bool) -> Option<DriftKind> {
    let same_label = relabelled || old.label.written() == new.label.written();
    kind(&old.text, &new.text, same_label)
}

/// How a text with no label (the title, a footnote) drifted, or none when it reads the same.
pub fn classify_text(old: &str, new: &str) -> Option<DriftKind> {
    kind(old, new, true)
}

fn kind(a: &str, b: &str, same_label: bool) -> Option<DriftKind> {
    if a == b && same_label {
        return None;
    }
    if spacing(a) == spacing(b) && same_label {
        return Some(DriftKind::Spacing);
    }
    let (bare_a, bare_b) = (bare(a), bare(b));
    if bare_a == bare_b && same_label {
        return Some(DriftKind::Diacritics);
    }
    let (plain_a, plain_b) = (unpunctuated(&bare_a), unpunctuated(&bare_b));
    if plain_a == plain_b && same_label {
        return Some(DriftKind::Punctuation);
    }
    if ascii_digits(&plain_a) == ascii_digits(&plain_b) {
        return Some(DriftKind::Numbering);
    }
    Some(DriftKind::Wording)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::input::corpus::load_file;

    /// A mark the diff ignores under `ignore_diacritics` is a diacritics drift, not wording:
    /// every Arabic mark, added after the first letter of a clause of the Dubai 2014 Arabic text.
    /// (The drift report had its own list, without the Quranic signs U+06DD, U+06DE, U+06E5,
    /// U+06E6 and U+06E9, which it called wording.)
    #[test]
    fn every_arabic_mark_is_a_diacritics_drift() {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030/dubai-2014.ar.toml");
        let doc = load_file(&path).expect("Dubai 2014");
        let clause = doc.sections[0].clauses[0].clone();
        let first = clause.text.chars().next().expect("text");
        let mut marks = 0;
        for c in ('\u{0600}'..='\u{06FF}').filter(|c| is_arabic_mark(*c)) {
            let mut marked = clause.clone();
            marked.text = format!("{first}{c}{}", &clause.text[first.len_utf8()..]);
            assert_eq!(
                classify(&clause, &marked, false),
                Some(DriftKind::Diacritics),
                "U+{:04X}",
                c as u32
            );
            marks += 1;
        }
        assert!(marks > 40, "{marks} marks");
    }
}
