//! Findings from a correspondence: what each pair of counterparts says differently.

use std::collections::BTreeSet;

use super::invariants::Invariants;
use super::vote::Votes;
use super::{
    Correspondence, Finding, Kind, LANGUAGE_ORDER, Marks, Report, correspond_marked, place, placed,
};
use crate::model::text::{Lookalike, lookalikes};
use crate::model::{ClausePath, Document};

/// The order the check reads `docs` in, as indexes into them. Two texts: as given, the first
/// the reference. Three or more: by [`LANGUAGE_ORDER`] (then address), so which text is the
/// reference, and every finding, is the same whatever order they are given in.
pub fn check_order(docs: &[Document]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    if docs.len() >= 3 {
        let rank = |d: &Document| LANGUAGE_ORDER.iter().position(|l| *l == d.language);
        order.sort_by_cached_key(|&i| (rank(&docs[i]), docs[i].address()));
    }
    order
}

/// Checks `docs` against each other, in [`check_order`]. With three texts or more a
/// disagreement is the minority's: the texts that agree on a clause's presence, label or marks
/// against the others are the majority, and each other text gets the finding; a tie goes to the
/// side of the reference.
pub fn check(given: &[Document]) -> Report {
    let docs: Vec<&Document> = check_order(given).into_iter().map(|i| &given[i]).collect();
    let mut findings = Vec::new();
    let Some(&reference) = docs.first() else {
        return Report {
            reference: String::new(),
            texts: Vec::new(),
            findings,
            correspondences: Vec::new(),
        };
    };
    for doc in &docs {
        findings.extend(lookalike_findings(doc));
    }
    let marks: Vec<Marks> = docs.iter().map(|d| Marks::of(d)).collect();
    let correspondences: Vec<Correspondence> = docs[1..]
        .iter()
        .zip(&marks[1..])
        .map(|(other, om)| correspond_marked(reference, &marks[0], other, om))
        .collect();
    let mut votes = Votes::new(&docs, &marks, &correspondences);
    votes.clauses();
    votes.lones();
    let notes = votes.footnotes();
    votes.out.extend(notes);
    // Text by text in the check's order, each in the reference's reading order.
    votes.out.sort_by_key(|(t, _)| *t);
    findings.extend(votes.out.into_iter().map(|(_, f)| f));
    Report {
        reference: reference.address(),
        texts: docs.iter().map(|d| d.address()).collect(),
        findings,
        correspondences,
    }
}

/// A finding in `doc`'s language about the clause at `path` of `at`.
pub(super) fn finding(
    kind: Kind,
    doc: &Document,
    at: &Document,
    path: &ClausePath,
    detail: String,
) -> Finding {
    let section = at.sections.get(path.section());
    let (label, unlabelled) = placed(at, path);
    Finding {
        kind,
        language: doc.language,
        section: section.map_or(String::new(), |s| s.kind.as_str().to_string()),
        section_index: path.section() + 1,
        label,
        unlabelled,
        detail,
    }
}

fn lookalike_findings(doc: &Document) -> Vec<Finding> {
    let detail = |l: &Lookalike| {
        format!(
            "`{}` has {} U+{:04X} where the symbol wants Latin {}",
            l.symbol,
            l.found,
            u32::from(l.found),
            l.latin
        )
    };
    let mut out = Vec::new();
    for (path, c) in doc.clauses() {
        for l in lookalikes(&c.text) {
            out.push(finding(Kind::Lookalike, doc, doc, &path, detail(&l)));
        }
    }
    for f in &doc.footnotes {
        for l in lookalikes(&f.text) {
            out.push(footnote_finding(Kind::Lookalike, doc, &f.mark, detail(&l)));
        }
    }
    out
}

/// The place of the clause `path` is an item of; `top level` for a top-level clause.
pub(super) fn parent_place(doc: &Document, path: &ClausePath) -> String {
    path.parent()
        .map_or_else(|| "top level".to_string(), |p| place(doc, &p))
}

/// The marks of a text by kind: (finding kind, what the detail calls it, the marks).
pub(super) type Field<'a> = (Kind, &'static str, &'a BTreeSet<String>);

pub(super) fn fields(a: &Invariants) -> [Field<'_>; 4] {
    [
        (Kind::Citation, "citation", &a.citations),
        (Kind::Citation, "URL", &a.urls),
        (Kind::Number, "figure", &a.numbers),
        (Kind::Footnote, "footnote mark", &a.footnotes),
    ]
}

pub(super) fn presence(
    what: &str,
    x: &BTreeSet<String>,
    y: &BTreeSet<String>,
    a: &str,
    b: &str,
) -> String {
    let list = |s: Vec<&String>| {
        s.iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let only_a: Vec<&String> = x.difference(y).collect();
    let only_b: Vec<&String> = y.difference(x).collect();
    let mut parts = Vec::new();
    if !only_a.is_empty() {
        parts.push(format!("{what} {} in {}, not in {}", list(only_a), a, b));
    }
    if !only_b.is_empty() {
        parts.push(format!("{what} {} in {}, not in {}", list(only_b), b, a));
    }
    parts.join("; ")
}

pub(super) fn footnote_finding(kind: Kind, doc: &Document, mark: &str, detail: String) -> Finding {
    Finding {
        kind,
        language: doc.language,
        section: "footnotes".into(),
        section_index: doc.sections.len() + 1,
        label: format!("[^{mark}]"),
        unlabelled: None,
        detail,
    }
}
