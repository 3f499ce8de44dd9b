//! The clause tree: what a resolution, a revision of it and its text in one language are.
//!
//! A [`Document`] is one revision of one resolution in one language: the title formula, then
//! sections (preamble and operative), each a list of labelled [`Clause`]s that may nest. This
//! module owns the types and their invariants; it knows nothing of files, diffs or output.

mod conference;
mod date;
mod kind;
mod label;
mod path;
mod preamble;
pub mod provision;
mod revision_id;
mod series;
mod stage;
pub mod text;
pub mod unknown;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

pub use conference::{Conference, conference_named, conferences, revision_slug, venue_in_english};
pub use date::{BadDate, Date};
pub(crate) use kind::{FOLDED_TERMS, FoldedTerm};
pub use kind::{HeadingTerm, Part, SectionKind, UnknownKind, heading_terms};
pub(crate) use label::is_note_number;
pub use label::{
    ABJAD, BadLabel, CYRILLIC, Label, SUFFIXES, Scheme, numbered_suffix, roman, typed_suffix,
};
pub use path::ClausePath;
pub use preamble::{Preamble, PreambleCount, preambular, preambular_starts};
pub use revision_id::{BadRevisionId, RevisionId};
pub use series::{BadResNumber, ResNumber, UnSymbol};
pub use stage::{BlankProposer, NoProposer, Proposer, Stage};

/// A value that names none of a fixed list: a language, a body or a status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{value}` (known: {})", known.join(", "))]
pub struct UnknownName {
    /// What was asked for: `language`, `body`, `status`.
    pub what: &'static str,
    /// The value as given.
    pub value: String,
    /// Every name the list holds, in declaration order.
    pub known: Vec<&'static str>,
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident, $err:literal { $($variant:ident => $s:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $(#[doc = concat!("`", $s, "`")] $variant,)* }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
            /// The lowercase name files, flags and the JSON use.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s,)* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownName;
            fn from_str(s: &str) -> Result<Self, UnknownName> {
                let lower = s.to_ascii_lowercase();
                $name::ALL.iter().copied().find(|v| v.as_str() == lower).ok_or_else(|| {
                    UnknownName {
                        what: $err,
                        value: s.to_string(),
                        known: $name::ALL.iter().map(|v| v.as_str()).collect(),
                    }
                })
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <String as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

string_enum!(
    /// The six languages of ITU texts.
    Language, "language" { Ar => "ar", En => "en", Fr => "fr", Es => "es", Ru => "ru", Zh => "zh" }
);

string_enum!(
    /// The body that adopts the resolution: ITU's conferences and Council, then (issue 12) the UN
    /// General Assembly, ECOSOC, the Human Rights Council and the Security Council. A compared
    /// text that names none has no body (`None`, shown as `unknown`: see [`unknown`]).
    Body, "body" { Pp => "pp", Wtdc => "wtdc", Wtsa => "wtsa", Ra => "ra", Wrc => "wrc", Council => "council",
        Unga => "unga", Ecosoc => "ecosoc", Hrc => "hrc", Unsc => "unsc" }
);

string_enum!(
    /// Where a revision stands: adopted by a conference, a draft, or a member's proposal.
    Status, "status" { Adopted => "adopted", Draft => "draft", Proposal => "proposal" }
);

// --- UN bodies (issue 12) ---
impl Body {
    /// UN bodies name resolutions by series and symbol, not by number (see [`ResNumber`]).
    pub fn is_un(self) -> bool {
        matches!(self, Body::Unga | Body::Ecosoc | Body::Hrc | Body::Unsc)
    }

    /// The symbol prefix of the body's resolutions: `A/RES/` for `78/132`.
    pub fn symbol_prefix(self) -> Option<&'static str> {
        match self {
            Body::Unga => Some("A/RES/"),
            Body::Ecosoc => Some("E/RES/"),
            Body::Hrc => Some("A/HRC/RES/"),
            Body::Unsc => Some("S/RES/"),
            _ => None,
        }
    }
}
// --- end UN bodies ---

/// ITU's Sectors, each with the body its Recommendations are approved under: one table, read
/// both ways (a Recommendation's name says its Sector; the model keeps its body).
const SECTORS: [(&str, Body); 3] = [
    ("ITU-T", Body::Wtsa),
    ("ITU-D", Body::Wtdc),
    ("ITU-R", Body::Ra),
];

impl Body {
    /// The ITU Sector of the body (WTSA: `ITU-T`), which names its Recommendations.
    pub fn sector(self) -> Option<&'static str> {
        SECTORS.iter().find(|(_, b)| *b == self).map(|(s, _)| *s)
    }

    /// The body of the ITU Sector named `sector` (`ITU-T`: WTSA).
    pub fn of_sector(sector: &str) -> Option<Body> {
        SECTORS.iter().find(|(s, _)| *s == sector).map(|(_, b)| *b)
    }
}

impl Language {
    /// Arabic is the only right-to-left language of the six.
    pub fn is_rtl(self) -> bool {
        self == Language::Ar
    }

    /// The language's usual English name: `Arabic`.
    pub fn english_name(self) -> &'static str {
        match self {
            Language::Ar => "Arabic",
            Language::En => "English",
            Language::Fr => "French",
            Language::Es => "Spanish",
            Language::Ru => "Russian",
            Language::Zh => "Chinese",
        }
    }
}

/// Which resolution: body, number and title. Each is `None` where a compared text does not say
/// (see [`unknown`]); a corpus text always says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolution {
    /// The body that adopts it.
    #[serde(serialize_with = "unknown::ser_body")]
    pub body: Option<Body>,
    /// ITU: its number within the body's resolutions; UN: the series slug.
    #[serde(serialize_with = "unknown::ser_number")]
    pub number: Option<ResNumber>,
    /// The title in this text's language.
    #[serde(serialize_with = "unknown::ser_title")]
    pub title: Option<String>,
}

/// Which text of the resolution: when, where, by whom, in what state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// Slug such as `dubai-2014` or `rcc-wtdc17`; unique within a resolution. `None` where a
    /// compared text does not say (see [`unknown`]).
    pub id: Option<RevisionId>,
    /// Adopted, draft or proposal, with who proposes it (`RCC`, `APT`, ...): a proposal always
    /// names its proposer.
    pub stage: Stage,
    /// Conference venue (English), e.g. `Dubai`.
    pub venue: Option<String>,
    /// The year of the conference (or of the proposal); `None` where a compared text does not
    /// say (see [`unknown`]).
    pub year: Option<u16>,
    /// ISO date `YYYY-MM-DD` (adoption, or submission for a proposal).
    pub date: Option<Date>,
    /// The source document, e.g. `WTDC-17/23`.
    pub source: Option<String>,
    /// For proposals and drafts: the revision they amend, `None` where nothing names it.
    pub base: Option<RevisionId>,
    /// UN texts: the document symbol, `A/RES/78/132`.
    pub symbol: Option<String>,
}

/// The JSON keeps the fields it always had, in their order: `status` and `proposer` apart.
impl Serialize for Revision {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shown<'a> {
            id: &'a str,
            status: Status,
            #[serde(skip_serializing_if = "Option::is_none")]
            venue: Option<&'a str>,
            year: u16,
            #[serde(skip_serializing_if = "Option::is_none")]
            date: Option<Date>,
            #[serde(skip_serializing_if = "Option::is_none")]
            proposer: Option<&'a Proposer>,
            #[serde(skip_serializing_if = "Option::is_none")]
            source: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            base: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            symbol: Option<&'a str>,
        }
        Shown {
            id: self.id_shown(),
            status: self.stage.status(),
            venue: self.venue.as_deref(),
            year: self.year_shown(),
            date: self.date,
            proposer: self.stage.proposer(),
            source: self.source.as_deref(),
            base: self.base.as_ref().map(RevisionId::as_str),
            symbol: self.symbol.as_deref(),
        }
        .serialize(s)
    }
}

/// As outputs show it, unknowns as their stand-ins (see [`unknown`]).
impl Resolution {
    /// The body's name, `unknown` where the text names none.
    pub fn body_shown(&self) -> &'static str {
        unknown::body_name(self.body)
    }

    /// The number or series, `0` where nothing gave one.
    pub fn number_shown(&self) -> String {
        unknown::number(self.number.as_ref())
    }

    /// The title, `unknown` where nothing gave one.
    pub fn title_shown(&self) -> &str {
        unknown::title(self.title.as_deref())
    }

    /// Whether a UN body adopts it (no for a body nothing gave).
    pub fn is_un(&self) -> bool {
        self.body.is_some_and(Body::is_un)
    }
}

impl Revision {
    /// The id, `unknown` where nothing gave one (see [`unknown`]).
    pub fn id_shown(&self) -> &str {
        unknown::revision(self.id.as_ref())
    }

    /// The year, `0` where nothing gave one (see [`unknown`]).
    pub fn year_shown(&self) -> u16 {
        unknown::year(self.year)
    }

    /// The optional fields that are set, as text under their corpus keys, in file order: venue,
    /// date, proposer, source, base, symbol. Writers list them from here, so none is forgotten.
    pub fn optional_fields(&self) -> Vec<(&'static str, String)> {
        [
            ("venue", self.venue.clone()),
            ("date", self.date.map(|d| d.to_string())),
            ("proposer", self.stage.proposer().map(Proposer::to_string)),
            ("source", self.source.clone()),
            ("base", self.base.as_ref().map(RevisionId::to_string)),
            ("symbol", self.symbol.clone()),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.map(|v| (key, v)))
        .collect()
    }
}

/// A footnote of the text; the clause text carries its mark as `[^mark]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Footnote {
    /// The mark, e.g. `1`, as clause texts refer to it (`[^1]`).
    pub mark: String,
    /// The footnote's text.
    pub text: String,
}

/// A labelled paragraph and the items nested under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clause {
    /// The label as written and as understood; empty for an unlabelled paragraph.
    pub label: Label,
    /// The paragraph's text, without its label.
    pub text: String,
    /// Items nested under it.
    pub children: Vec<Clause>,
    /// UN texts: the opening italic words that say what the paragraph does (*Recalling also*,
    /// *Requests the Secretary-General*); `text` holds them, at its start but for a short lead
    /// in Chinese (在这方面**强调**).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call: Option<String>,
}

/// A heading and its clauses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The canonical kind the heading announces.
    pub kind: SectionKind,
    /// The heading as written, e.g. `إذ يذكّر` or `recalling`.
    pub heading: String,
    /// The section's clauses, in order.
    pub clauses: Vec<Clause>,
}

/// One revision of one resolution in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Which resolution.
    pub resolution: Resolution,
    /// Which revision of it.
    pub revision: Revision,
    /// The language of the text.
    pub language: Language,
    /// The title formula: "The World Telecommunication Development Conference (Dubai, 2014),".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// The line under the title that lists the conferences which adopted and revised the text,
    /// as printed: `(Montreal, 2000; Florianópolis, 2004; …)`, `(Hammamet, 2016)[^1], [^1bis]`.
    /// Its footnote marks are the text's [`Footnote`]s, as a clause's are; it is no clause.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision_line: Option<String>,
    /// The sections in order.
    pub sections: Vec<Section>,
    /// The footnotes clause texts refer to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<Footnote>,
}

/// `i`, `v` and `x` read as Latin letters unless their place says roman numerals: a sibling is
/// a roman numeral, or (for `i`) they sit under a lettered clause, where a letter would have been
/// a sibling. The plain-text importer decides the same way when it nests them, and every reader
/// of a written tree (the corpus loader, `apply`) calls this, so a text reads the same however
/// it arrives. Applies to `clauses` (children of a clause of scheme `parent`), not below.
pub fn read_roman(clauses: &mut [Clause], parent: Option<Scheme>) {
    let roman_sibling = clauses.iter().any(|c| c.label.scheme() == Scheme::Roman);
    let under_letter = parent == Some(Scheme::LatinLetter);
    if !(roman_sibling || under_letter) {
        return;
    }
    for c in clauses.iter_mut() {
        if !roman_sibling && c.label.norm() != "i" {
            continue;
        }
        c.label = std::mem::replace(&mut c.label, Label::none()).as_roman();
    }
}

/// [`read_roman`] on a whole tree.
pub fn read_roman_tree(clauses: &mut [Clause], parent: Option<Scheme>) {
    read_roman(clauses, parent);
    for c in clauses.iter_mut() {
        let scheme = c.label.scheme();
        read_roman_tree(&mut c.children, Some(scheme));
    }
}

impl Clause {
    /// This clause and all below it, depth first.
    pub fn count(&self) -> usize {
        1 + self.children.iter().map(Clause::count).sum::<usize>()
    }
}

impl Document {
    /// Number of clauses at every depth.
    pub fn clause_count(&self) -> usize {
        self.sections
            .iter()
            .flat_map(|s| &s.clauses)
            .map(Clause::count)
            .sum()
    }

    /// `wtdc/30@dubai-2014:ar`; what nothing gave reads `unknown` (`unknown/unknown@old:ar`).
    pub fn address(&self) -> String {
        let number = self
            .resolution
            .number
            .as_ref()
            .map_or(unknown::UNKNOWN_TEXT.to_string(), ResNumber::to_string);
        format!(
            "{}/{number}@{}:{}",
            unknown::body_name(self.resolution.body),
            self.revision.id_shown(),
            self.language
        )
    }
}
