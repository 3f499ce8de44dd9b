//! Section kinds: the canonical names of the headings that open each part of a resolution
//! (*recalling*, *resolves*, ...), and the heading terms they are written with in each language.
//!
//! The terms come from `data/heading-terms.tsv` (copied from `../shared/data/`), compiled into the
//! binary so that a newcomer's build needs nothing beside the repository.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Language;

/// Whether a section belongs to the preamble (reasons) or the operative part (decisions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Sections that give reasons: recalling, considering, noting, ...
    Preamble,
    /// Sections that decide: resolves, instructs, invites, ...
    Operative,
    /// A heading outside the vocabulary: which part it opens is not known.
    Unknown,
}

macro_rules! kinds {
    ($($variant:ident => $name:literal, $part:ident;)*) => {
        /// Canonical kind of a section heading.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum SectionKind { $(#[doc = concat!("`", $name, "`")] $variant,)* }

        impl SectionKind {
            /// Every kind, in the order a resolution usually presents them.
            pub const ALL: &'static [SectionKind] = &[$(SectionKind::$variant,)*];

            /// The canonical snake_case name used in TOML and JSON.
            pub const fn as_str(self) -> &'static str {
                match self { $(SectionKind::$variant => $name,)* }
            }

            /// Preamble or operative part.
            pub fn part(self) -> Part {
                match self { $(SectionKind::$variant => Part::$part,)* }
            }
        }
    };
}

kinds! {
    Recalling => "recalling", Preamble;
    RecallingFurther => "recalling_further", Preamble;
    Recognizing => "recognizing", Preamble;
    RecognizingFurther => "recognizing_further", Preamble;
    Considering => "considering", Preamble;
    ConsideringFurther => "considering_further", Preamble;
    BearingInMind => "bearing_in_mind", Preamble;
    Noting => "noting", Preamble;
    NotingFurther => "noting_further", Preamble;
    NotingWithSatisfaction => "noting_with_satisfaction", Preamble;
    Emphasizing => "emphasizing", Preamble;
    Aware => "aware", Preamble;
    Convinced => "convinced", Preamble;
    Resolves => "resolves", Operative;
    ResolvesToInvite => "resolves_to_invite", Operative;
    Instructs => "instructs", Operative;
    InstructsFurther => "instructs_further", Operative;
    InstructsSg => "instructs_sg", Operative;
    Invites => "invites", Operative;
    CallsUpon => "calls_upon", Operative;
    Encourages => "encourages", Operative;
    RequestsSg => "requests_sg", Operative;
    // Issue 16: the rest of ITU's operative and preambular calls, and `other` for a heading
    // outside the vocabulary (kept as written, with a warning). Kept together for merging.
    FurtherResolves => "further_resolves", Operative;
    Decides => "decides", Operative;
    Urges => "urges", Operative;
    Requests => "requests", Operative;
    Appeals => "appeals", Operative;
    HavingRegard => "having_regard", Preamble;
    Acknowledging => "acknowledging", Preamble;
    Mindful => "mindful", Preamble;
    TakingNote => "taking_note", Preamble;
    Welcoming => "welcoming", Preamble;
    Reaffirming => "reaffirming", Preamble;
    // Issue 24: ITU Recommendations (D.19) and the PP's Final Acts decide by "recommends".
    Recommends => "recommends", Operative;
    Other => "other", Unknown;
    // UN resolutions (issue 12): no headings; each paragraph opens with its own call.
    UnPreamble => "preambular", Preamble;
    UnOperative => "operative", Operative;
}

impl SectionKind {
    /// Whether a heading announces the section. UN sections have none: their paragraphs
    /// carry their calls. (`other` has one, as written, outside the vocabulary.)
    pub fn has_heading(self) -> bool {
        !matches!(self, SectionKind::UnPreamble | SectionKind::UnOperative)
    }
}

impl fmt::Display for SectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SectionKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SectionKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <String as Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A section kind name that is not one of [`SectionKind::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown section kind `{0}`")]
pub struct UnknownKind(pub String);

impl FromStr for SectionKind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SectionKind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}

/// One way of writing a heading: a kind, a language and the term as it is written.
#[derive(Debug, Clone)]
pub struct HeadingTerm {
    /// The kind the term announces.
    pub kind: SectionKind,
    /// The language it is written in.
    pub language: Language,
    /// The term as written, e.g. `recalling further` or `وإذ يذكّر كذلك`.
    pub term: &'static str,
    /// Written with a trailing `...` in the table: any addressee may follow ("instructs ...").
    pub open: bool,
}

/// A heading term in folded form ([`crate::model::text::heading_fold::fold`]), with its first three
/// words: long English terms are matched on these.
pub(crate) struct FoldedTerm {
    /// The term as the table has it.
    pub(crate) term: &'static HeadingTerm,
    pub(crate) full: &'static str,
    pub(crate) words: usize,
    pub(crate) short: &'static str,
}

impl SectionKind {
    /// The kind named `name` in the table of heading terms, at compile time: a row naming a
    /// kind the model does not know stops the build.
    const fn named(name: &str) -> SectionKind {
        let mut i = 0;
        while i < SectionKind::ALL.len() {
            if same(SectionKind::ALL[i].as_str().as_bytes(), name.as_bytes()) {
                return SectionKind::ALL[i];
            }
            i += 1;
        }
        panic!("data/heading-terms.tsv names a kind the model does not know")
    }
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

// `HEADING_TERMS` and `FOLDED_TERMS`: the table's rows, alternatives ("bearing in mind / taking
// into account") split and a trailing "..." dropped (kept as `open`), and each term folded
// (`crate::model::text::heading_fold::fold`), written out by `build.rs` from `data/heading-terms.tsv`.
// Parsing and folding them at start-up was 1.9M instructions of a 11.9M plain-text diff.
include!(concat!(env!("OUT_DIR"), "/heading_terms.rs"));

/// All heading terms of the table, alternatives ("bearing in mind / taking into account") split,
/// a trailing "..." dropped (and kept as [`HeadingTerm::open`]).
pub fn heading_terms() -> &'static [HeadingTerm] {
    &HEADING_TERMS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::heading_fold::{first_three_words, fold, words};

    const TERMS_TSV: &str = include_str!("../../data/heading-terms.tsv");

    /// The table read as `build.rs` reads it, at run time: (kind, language, term, open).
    fn parse_terms(tsv: &str) -> Vec<(SectionKind, Language, String, bool)> {
        let mut out = Vec::new();
        let mut lines = tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        let Some(header) = lines.next() else {
            return out;
        };
        let columns: Vec<&str> = header.split('\t').collect();
        for line in lines {
            let cells: Vec<&str> = line.split('\t').collect();
            let kind = cells[0].parse::<SectionKind>().expect("a known kind");
            for (col, cell) in columns.iter().zip(&cells) {
                let Ok(language) = col.parse::<Language>() else {
                    continue;
                };
                for alt in cell.split(" / ") {
                    let open = alt.trim().ends_with("...");
                    let term = alt.trim().trim_end_matches("...").trim();
                    if !term.is_empty() {
                        out.push((kind, language, term.to_string(), open));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn the_built_table_is_the_tsv_read_and_folded_now() {
        let read = parse_terms(TERMS_TSV);
        let built: Vec<_> = heading_terms()
            .iter()
            .map(|t| (t.kind, t.language, t.term.to_string(), t.open))
            .collect();
        assert_eq!(built, read);
        assert_eq!(FOLDED_TERMS.len(), HEADING_TERMS.len());
        for (t, f) in HEADING_TERMS.iter().zip(FOLDED_TERMS) {
            let full = fold(t.term);
            assert_eq!(f.full, full, "{}", t.term);
            assert_eq!(f.short, first_three_words(&full), "{}", t.term);
            assert_eq!(f.words, words(&full), "{}", t.term);
            assert!(std::ptr::eq(f.term, t), "{}", t.term);
        }
    }

    #[test]
    fn every_row_of_the_table_names_a_known_kind() {
        for line in TERMS_TSV.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let kind = line.split('\t').next().unwrap_or_default();
            assert!(kind.parse::<SectionKind>().is_ok(), "unknown kind {kind:?}");
        }
    }

    #[test]
    fn terms_cover_both_languages_for_every_kind() {
        for kind in SectionKind::ALL
            .iter()
            .filter(|k| k.has_heading() && **k != SectionKind::Other)
        {
            // No Arabic text of a Recommendation has been read: its term is left unknown
            // rather than made up (issue 24).
            if *kind == SectionKind::Recommends {
                continue;
            }
            for lang in [Language::Ar, Language::En] {
                assert!(
                    heading_terms()
                        .iter()
                        .any(|t| t.kind == *kind && t.language == lang),
                    "{kind} has no {lang} term"
                );
            }
        }
    }

    #[test]
    fn alternatives_are_split() {
        let bim: Vec<_> = heading_terms()
            .iter()
            .filter(|t| t.kind == SectionKind::BearingInMind && t.language == Language::En)
            .map(|t| t.term)
            .collect();
        assert_eq!(bim, ["bearing in mind", "taking into account"]);
    }

    #[test]
    fn no_term_stands_for_two_kinds() {
        let mut seen = std::collections::HashMap::new();
        for t in heading_terms() {
            let key = (t.language, t.term.to_lowercase(), t.open);
            if let Some(kind) = seen.insert(key, t.kind) {
                assert_eq!(kind, t.kind, "{} `{}`", t.language, t.term);
            }
        }
    }
}
