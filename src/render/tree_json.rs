//! `show --format json`: the clause tree as JSON, a stable shape for scripts.
//!
//! ```text
//! {"address", "resolution": {"body", "number", "title"},
//!  "revision": {"id", "status", "venue"?, "year", "date"?, "proposer"?, "source"?, "base"?},
//!  "language", "direction": "rtl"|"ltr", "formula"?,
//!  "sections": [{"kind", "part", "heading",
//!                "clauses": [{"label", "label_norm", "scheme", "ordinal", "text", "children": [...]}]}],
//!  "footnotes": [{"mark", "text"}]}
//! ```

use serde::Serialize;

use crate::model::{Clause, Document, Part, Resolution, Revision, Scheme};

#[derive(Serialize)]
struct DocView<'a> {
    address: String,
    resolution: &'a Resolution,
    revision: &'a Revision,
    language: &'a str,
    direction: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    formula: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    revision_line: Option<&'a str>,
    sections: Vec<SectionView<'a>>,
    footnotes: &'a [crate::model::Footnote],
}

#[derive(Serialize)]
struct SectionView<'a> {
    kind: &'static str,
    part: Part,
    heading: &'a str,
    clauses: Vec<ClauseView<'a>>,
}

#[derive(Serialize)]
struct ClauseView<'a> {
    label: &'a str,
    label_norm: &'a str,
    scheme: Scheme,
    ordinal: Option<u32>,
    text: &'a str,
    children: Vec<ClauseView<'a>>,
}

fn clause(c: &Clause) -> ClauseView<'_> {
    ClauseView {
        label: c.label.written().trim(),
        label_norm: c.label.norm(),
        scheme: c.label.scheme(),
        ordinal: c.label.ordinal(),
        text: &c.text,
        children: c.children.iter().map(clause).collect(),
    }
}

/// Pretty-printed JSON of the document.
pub fn render(doc: &Document) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&view(doc)).unwrap_or_default() + "\n"
}

/// The document in this shape, for a report that holds one (`merge --format json`) to
/// serialise in the same pass.
pub fn view(doc: &Document) -> impl Serialize + '_ {
    DocView {
        address: doc.address(),
        resolution: &doc.resolution,
        revision: &doc.revision,
        language: doc.language.as_str(),
        direction: if doc.language.is_rtl() { "rtl" } else { "ltr" },
        formula: doc.formula.as_deref(),
        revision_line: doc.revision_line.as_deref(),
        sections: doc
            .sections
            .iter()
            .map(|s| SectionView {
                kind: s.kind.as_str(),
                part: s.kind.part(),
                heading: &s.heading,
                clauses: s.clauses.iter().map(clause).collect(),
            })
            .collect(),
        footnotes: &doc.footnotes,
    }
}
