//! Findings from a correspondence: what each pair of counterparts says differently.

use std::collections::BTreeSet;

use super::invariants::{self, Invariants, ascii_digits};
use super::{Correspondence, Finding, Kind, Marks, Report, correspond_marked, place, same_label};
use crate::model::text::{Lookalike, excerpt, lookalikes};
use crate::model::{ClausePath, Document};

/// Checks `docs` (the first is the reference) against each other.
pub fn check(docs: &[Document]) -> Report {
    let mut findings = Vec::new();
    let Some(reference) = docs.first() else {
        return Report {
            reference: String::new(),
            texts: Vec::new(),
            findings,
            correspondences: Vec::new(),
        };
    };
    for doc in docs {
        findings.extend(lookalike_findings(doc));
    }
    let marks: Vec<Marks> = docs.iter().map(Marks::of).collect();
    let mut correspondences = Vec::with_capacity(docs.len() - 1);
    for (other, om) in docs[1..].iter().zip(&marks[1..]) {
        let corr = correspond_marked(reference, &marks[0], other, om);
        findings.extend(compare_pair((reference, &marks[0]), (other, om), &corr));
        findings.extend(compare_footnotes(reference, other));
        correspondences.push(corr);
    }
    Report {
        reference: reference.address(),
        texts: docs.iter().map(Document::address).collect(),
        findings,
        correspondences,
    }
}

/// A finding in `doc`'s language about the clause at `path` of `at` (the reference, but for an
/// extra clause).
fn finding(
    kind: Kind,
    doc: &Document,
    at: &Document,
    path: &ClausePath,
    detail: String,
) -> Finding {
    let section = at.sections.get(path.section());
    Finding {
        kind,
        language: doc.language,
        section: section.map_or(String::new(), |s| s.kind.as_str().to_string()),
        section_index: path.section() + 1,
        label: place(at, path),
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

fn compare_pair(
    (reference, rm): (&Document, &Marks),
    (other, om): (&Document, &Marks),
    corr: &Correspondence,
) -> Vec<Finding> {
    let no_marks = Invariants::default();
    let mut out = Vec::new();
    let mut missing: Vec<&ClausePath> = Vec::new();
    let mut extra: Vec<&ClausePath> = Vec::new();
    for (r, o) in &corr.pairs {
        match (r, o) {
            (Some(r), Some(o)) => {
                let (Some(a), Some(b)) = (reference.clause(r), other.clause(o)) else {
                    continue;
                };
                let unlabelled =
                    a.label.written().trim().is_empty() && b.label.written().trim().is_empty();
                if !(unlabelled || same_label(&a.label, &b.label)) {
                    let detail = format!(
                        "`{}` in {}, `{}` in {}",
                        a.label.written().trim(),
                        reference.language,
                        b.label.written().trim(),
                        other.language
                    );
                    out.push(finding(Kind::Label, other, reference, r, detail));
                }
                let (ia, ib) = (rm.at(r).unwrap_or(&no_marks), om.at(o).unwrap_or(&no_marks));
                for (kind, what, x, y) in differing(ia, ib) {
                    let detail = presence(what, x, y, reference, other);
                    out.push(finding(kind, other, reference, r, detail));
                }
            }
            (Some(r), None) => missing.push(r),
            (None, Some(o)) => extra.push(o),
            (None, None) => {}
        }
    }
    // A clause missing at one depth and extra at another, with the same marks and label, moved
    // in the tree: one `nesting`, not two findings.
    let mut used = vec![false; extra.len()];
    for r in missing {
        let Some(a) = reference.clause(r) else {
            continue;
        };
        let ia = rm.at(r).unwrap_or(&no_marks);
        let nested = extra.iter().enumerate().position(|(k, o)| {
            !used[k]
                && o.depth() != r.depth()
                && other
                    .clause(o)
                    .is_some_and(|b| same_label(&a.label, &b.label) && om.at(o) == Some(ia))
        });
        match nested {
            Some(k) => {
                used[k] = true;
                let detail = format!(
                    "at depth {} in {} (under `{}`), depth {} in {} (under `{}`)",
                    r.depth(),
                    reference.language,
                    parent_place(reference, r),
                    extra[k].depth(),
                    other.language,
                    parent_place(other, extra[k]),
                );
                out.push(finding(Kind::Nesting, other, reference, r, detail));
            }
            None => {
                let detail = format!(
                    "no counterpart in {}: {}",
                    other.language,
                    excerpt(&a.text, 60)
                );
                out.push(finding(Kind::Missing, other, reference, r, detail));
            }
        }
    }
    for (k, o) in extra.into_iter().enumerate() {
        if used[k] {
            continue;
        }
        let Some(b) = other.clause(o) else {
            continue;
        };
        let detail = format!(
            "no counterpart in {}: {}",
            reference.language,
            excerpt(&b.text, 60)
        );
        out.push(finding(Kind::Extra, other, other, o, detail));
    }
    out
}

/// The place of the clause `path` is an item of; `top level` for a top-level clause.
fn parent_place(doc: &Document, path: &ClausePath) -> String {
    path.parent()
        .map_or_else(|| "top level".to_string(), |p| place(doc, &p))
}

type Difference<'a> = (
    Kind,
    &'static str,
    &'a BTreeSet<String>,
    &'a BTreeSet<String>,
);

fn differing<'a>(a: &'a Invariants, b: &'a Invariants) -> Vec<Difference<'a>> {
    [
        (Kind::Citation, "citation", &a.citations, &b.citations),
        (Kind::Citation, "URL", &a.urls, &b.urls),
        (Kind::Number, "figure", &a.numbers, &b.numbers),
        (Kind::Footnote, "footnote mark", &a.footnotes, &b.footnotes),
    ]
    .into_iter()
    .filter(|(_, _, x, y)| x != y)
    .collect()
}

fn presence(
    what: &str,
    x: &BTreeSet<String>,
    y: &BTreeSet<String>,
    a: &Document,
    b: &Document,
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
        parts.push(format!(
            "{what} {} in {}, not in {}",
            list(only_a),
            a.language,
            b.language
        ));
    }
    if !only_b.is_empty() {
        parts.push(format!(
            "{what} {} in {}, not in {}",
            list(only_b),
            b.language,
            a.language
        ));
    }
    parts.join("; ")
}

fn footnote_finding(kind: Kind, doc: &Document, mark: &str, detail: String) -> Finding {
    Finding {
        kind,
        language: doc.language,
        section: "footnotes".into(),
        section_index: doc.sections.len() + 1,
        label: format!("[^{mark}]"),
        detail,
    }
}

fn compare_footnotes(reference: &Document, other: &Document) -> Vec<Finding> {
    let mut out = Vec::new();
    let key = |m: &str| ascii_digits(m);
    for f in &reference.footnotes {
        match other
            .footnotes
            .iter()
            .find(|g| key(&g.mark) == key(&f.mark))
        {
            None => out.push(footnote_finding(
                Kind::Missing,
                other,
                &f.mark,
                format!(
                    "footnote in {}, not in {}: {}",
                    reference.language,
                    other.language,
                    excerpt(&f.text, 60)
                ),
            )),
            Some(g) => {
                let (ia, ib) = (invariants::of(&f.text), invariants::of(&g.text));
                for (kind, what, x, y) in differing(&ia, &ib) {
                    let detail = presence(what, x, y, reference, other);
                    out.push(footnote_finding(kind, other, &f.mark, detail));
                }
            }
        }
    }
    for g in &other.footnotes {
        if !reference
            .footnotes
            .iter()
            .any(|f| key(&f.mark) == key(&g.mark))
        {
            out.push(footnote_finding(
                Kind::Extra,
                other,
                &g.mark,
                format!(
                    "footnote in {}, not in {}: {}",
                    other.language,
                    reference.language,
                    excerpt(&g.text, 60)
                ),
            ));
        }
    }
    out
}
