//! The parallel check: one revision in several languages, aligned by structure and by what does
//! not translate (`invariants`), and what disagrees clause by clause.
//!
//! The reference is the first text in [`check_order`] (of three texts or more, the English);
//! every other text is aligned with it. Sections pair in order of kind; sibling clauses pair by a
//! global sequence alignment ([`pair_siblings`]) scored on labels read across scripts (أ = a = а:
//! same ordinal and suffix) and on shared citations, figures and footnote marks, so one dropped
//! paragraph is one `missing`, not a cascade; a crossing the alignment cannot make (two swapped
//! paragraphs) is re-paired after it (the `order` module). Their children are aligned the same
//! way. Then every clause is put to the vote (the `vote` module, from [`check`]): what a text
//! says against the majority of the texts is that text's finding.

mod compare;
pub(crate) mod invariants;
mod order;
mod vote;

use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

use crate::input::Warning;
use crate::input::akn::REPAIRED;
use crate::model::text::fnv;
use crate::model::{Clause, ClausePath, Document, Label, Language, Scheme};
pub use compare::{check, check_order};
use invariants::Invariants;

/// The order versions are checked and shown in: English first (the reference: UN texts are
/// negotiated in English), then the others.
pub const LANGUAGE_ORDER: [Language; 6] = [
    Language::En,
    Language::Ar,
    Language::Zh,
    Language::Fr,
    Language::Ru,
    Language::Es,
];

/// What disagrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A clause of the reference has no counterpart.
    Missing,
    /// A clause has no counterpart in the reference.
    Extra,
    /// Counterparts with labels that do not say the same (b) against ج)).
    Label,
    /// A clause at another depth than its counterpart.
    Nesting,
    /// A resolution number, symbol or URL in one text and not the other.
    Citation,
    /// A figure or year in one text and not the other.
    Number,
    /// A footnote mark in one text's clause and not the other's.
    Footnote,
    /// A Cyrillic or Greek letter inside a UN symbol.
    Lookalike,
    /// The source markup of one language differs from the others': the importer repaired it.
    Markup,
    /// A clause that stands elsewhere among its siblings than its counterparts do (two
    /// paragraphs swapped).
    Order,
}

impl Kind {
    /// The name the reports and the JSON use.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Missing => "missing",
            Kind::Extra => "extra",
            Kind::Label => "label",
            Kind::Nesting => "nesting",
            Kind::Citation => "citation",
            Kind::Number => "number",
            Kind::Footnote => "footnote",
            Kind::Lookalike => "lookalike",
            Kind::Markup => "markup",
            Kind::Order => "order",
        }
    }
}

/// One disagreement, told from the side of `language`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What disagrees.
    pub kind: Kind,
    /// The language whose text differs from the majority (of two texts, the second; for a
    /// look-alike, the one holding it).
    pub language: Language,
    /// The section kind (`operative`), or `footnotes`.
    pub section: String,
    /// 1-based position of the section in the reference (in `language`'s text when extra, in
    /// the first text holding the clause when the reference lacks it).
    pub section_index: usize,
    /// The clause's place, reference labels first: `5 > (a)`, `¶3` for an unlabelled paragraph.
    pub label: String,
    /// Where `label` starts `¶N` for an unlabelled top-level paragraph, N: a page counts it as
    /// a reader does (a UN text's preambular paragraph PP3).
    #[serde(skip)]
    pub unlabelled: Option<usize>,
    /// What differs, with the marks of each side.
    pub detail: String,
}

/// Which clause of the reference is which clause of another text.
#[derive(Debug, Clone, Default)]
pub struct Correspondence {
    /// (reference path, other path) in the reference's reading order; one side none for a
    /// missing or extra clause.
    pub pairs: Vec<(Option<ClausePath>, Option<ClausePath>)>,
    /// Reference path to other path, for the pairs with both sides.
    by_reference: HashMap<ClausePath, ClausePath>,
}

impl Correspondence {
    /// The other text's clause paired with the reference clause at `path`.
    pub fn other_of(&self, path: &ClausePath) -> Option<&ClausePath> {
        self.by_reference.get(path)
    }

    fn push(&mut self, reference: Option<ClausePath>, other: Option<ClausePath>) {
        if let (Some(r), Some(o)) = (&reference, &other) {
            self.by_reference.insert(r.clone(), o.clone());
        }
        self.pairs.push((reference, other));
    }
}

/// The outcome of the check.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The reference text's address.
    pub reference: String,
    /// Every text's address, the reference first.
    pub texts: Vec<String>,
    /// The disagreements, text by text in the order given.
    pub findings: Vec<Finding>,
    /// Which clause of the reference is which clause of each other text, in the order given:
    /// the check's own alignment, kept for the side-by-side table.
    #[serde(skip)]
    pub correspondences: Vec<Correspondence>,
}

impl Report {
    /// Whether the versions say the same in every mark the check reads.
    pub fn agrees(&self) -> bool {
        self.findings.is_empty()
    }
}

/// [`check`], then a `markup` finding for each repair the importer made to a text's source
/// markup (`warnings[i]` are the import warnings of `docs[i]`): the repaired texts may agree,
/// but translators and editors need to know that one language's markup differs.
pub fn check_with_markup(docs: &[Document], warnings: &[Vec<Warning>]) -> Report {
    let mut report = check(docs);
    for (doc, ws) in docs.iter().zip(warnings) {
        for w in ws {
            if let Some(what) = w.message.strip_prefix(REPAIRED) {
                report.findings.push(Finding {
                    kind: Kind::Markup,
                    language: doc.language,
                    section: "markup".into(),
                    section_index: 0,
                    label: format!("line {}", w.line),
                    unlabelled: None,
                    detail: what.to_string(),
                });
            }
        }
    }
    report
}

/// The place of a clause written with its labels: `5 > (a)`, `¶3`.
pub fn place(doc: &Document, path: &ClausePath) -> String {
    placed(doc, path).0
}

/// [`place`], and the N of its `¶N` when it starts with an unlabelled top-level paragraph.
pub(super) fn placed(doc: &Document, path: &ClausePath) -> (String, Option<usize>) {
    let mut parts = Vec::with_capacity(path.depth() + 1);
    let mut unlabelled = None;
    let mut at: Option<ClausePath> = None;
    for &i in path.indexes() {
        let here = match &at {
            None => ClausePath::top(path.section(), i),
            Some(p) => p.child(i),
        };
        if let Some(c) = doc.clause(&here) {
            let written = c.label.written().trim();
            parts.push(if written.is_empty() {
                if parts.is_empty() {
                    unlabelled = Some(i + 1);
                }
                format!("¶{}", i + 1)
            } else {
                written.to_string()
            });
        }
        at = Some(here);
    }
    (parts.join(" > "), unlabelled)
}

/// Labels say the same across scripts when they count alike: letters (Arabic, Latin, Cyrillic)
/// by ordinal and suffix, other schemes by scheme and normal form.
pub fn same_label(a: &Label, b: &Label) -> bool {
    let letter = |s: Scheme| {
        matches!(
            s,
            Scheme::ArabicLetter | Scheme::LatinLetter | Scheme::CyrillicLetter
        )
    };
    if letter(a.scheme()) && letter(b.scheme()) {
        return a.ordinal().is_some() && a.ordinal() == b.ordinal() && a.suffix() == b.suffix();
    }
    a.scheme() == b.scheme()
        && (a.norm() == b.norm()
            || (a.ordinal().is_some() && a.ordinal() == b.ordinal() && a.suffix() == b.suffix()))
}

/// Pairs two sibling lists in order, maximising the summed score of the pairs (Needleman-Wunsch
/// with free gaps); `score` below zero forbids a pair.
pub fn pair_siblings(
    n: usize,
    m: usize,
    score: impl Fn(usize, usize) -> f32,
) -> Vec<(Option<usize>, Option<usize>)> {
    let w = m + 1;
    // Scored once: the traceback reads them again.
    let scores: Vec<f32> = (0..n * m).map(|k| score(k / m, k % m)).collect();
    let score = |i: usize, j: usize| scores[i * m + j];
    let mut best = vec![0f32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let s = score(i, j);
            let diag = if s >= 0.0 {
                s + best[(i + 1) * w + j + 1]
            } else {
                f32::MIN
            };
            best[i * w + j] = diag.max(best[(i + 1) * w + j]).max(best[i * w + j + 1]);
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::with_capacity(n.max(m)));
    while i < n || j < m {
        if i < n && j < m {
            let s = score(i, j);
            if s >= 0.0 && (best[i * w + j] - (s + best[(i + 1) * w + j + 1])).abs() < 1e-4 {
                out.push((Some(i), Some(j)));
                i += 1;
                j += 1;
                continue;
            }
        }
        if i < n && (j == m || (best[i * w + j] - best[(i + 1) * w + j]).abs() < 1e-4) {
            out.push((Some(i), None));
            i += 1;
        } else {
            out.push((None, Some(j)));
            j += 1;
        }
    }
    out
}

fn clause_score(a: &Clause, b: &Clause, na: &Node, nb: &Node) -> f32 {
    let label = if a.label.scheme() == Scheme::None && b.label.scheme() == Scheme::None {
        0.5
    } else if same_label(&a.label, &b.label) {
        1.0
    } else {
        0.0
    };
    let children = if a.children.is_empty() == b.children.is_empty() {
        0.2
    } else {
        0.0
    };
    0.5 + label + shared(&na.keys, &nb.keys) + children
}

/// Shared marks over all marks (Jaccard), 0.5 when neither text has any, on the marks' sorted
/// hashes: the alignment scores every pair of siblings, and a walk of two short integer lists
/// is far cheaper than four string-set intersections (the check of 80/118's six versions: most
/// of its time).
fn shared(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 0.5;
    }
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both as f32 / (a.len() + b.len() - both) as f32
}

/// Each mark hashed with its kind (a figure `2019` is not a footnote mark `2019`), sorted.
fn keys(inv: &Invariants) -> Vec<u64> {
    let sets = [&inv.citations, &inv.numbers, &inv.footnotes, &inv.urls];
    let mut out: Vec<u64> = sets
        .iter()
        .enumerate()
        .flat_map(|(tag, set)| {
            set.iter()
                .map(move |v| fnv(std::iter::once(tag as u8).chain(v.bytes())))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The marks of every clause of a document, in its tree's shape, read once: the alignment
/// scores every pair of siblings and the comparison reads each pair again.
#[derive(Debug, Clone)]
pub struct Marks {
    sections: Vec<Vec<Node>>,
}

#[derive(Debug, Clone)]
struct Node {
    inv: Invariants,
    /// The marks as [`keys`], for scoring pairs.
    keys: Vec<u64>,
    children: Vec<Node>,
}

impl Marks {
    /// Reads the marks of every clause of `doc`.
    pub fn of(doc: &Document) -> Marks {
        fn nodes(c: &[Clause]) -> Vec<Node> {
            c.iter()
                .map(|c| {
                    let inv = invariants::of(&c.text);
                    Node {
                        keys: keys(&inv),
                        inv,
                        children: nodes(&c.children),
                    }
                })
                .collect()
        }
        Marks {
            sections: doc.sections.iter().map(|s| nodes(&s.clauses)).collect(),
        }
    }

    /// The marks of the clause at `path`.
    pub fn at(&self, path: &ClausePath) -> Option<&Invariants> {
        let (&first, rest) = path.indexes().split_first()?;
        let mut n = self.sections.get(path.section())?.get(first)?;
        for &i in rest {
            n = n.children.get(i)?;
        }
        Some(&n.inv)
    }
}

/// Aligns `other` with `reference`, clause by clause at every depth.
pub fn correspond(reference: &Document, other: &Document) -> Correspondence {
    correspond_marked(reference, &Marks::of(reference), other, &Marks::of(other))
}

/// [`correspond`] with the marks of both texts already read.
pub fn correspond_marked<'a>(
    reference: &'a Document,
    rm: &'a Marks,
    other: &'a Document,
    om: &'a Marks,
) -> Correspondence {
    let mut out = Correspondence::default();
    let sections = pair_siblings(reference.sections.len(), other.sections.len(), |i, j| {
        if reference.sections[i].kind == other.sections[j].kind {
            1.0
        } else {
            -1.0
        }
    });
    let side = |doc: &'a Document, marks: &'a Marks, s: usize| Side {
        section: s,
        parent: None,
        clauses: &doc.sections[s].clauses,
        marks: &marks.sections[s],
    };
    for (i, j) in sections {
        let a = i.map(|i| side(reference, rm, i));
        let b = j.map(|j| side(other, om, j));
        pair_lists(a.as_ref(), b.as_ref(), &mut out);
    }
    out
}

/// A sibling list on one side: the clauses and their marks, and where they stand.
#[derive(Clone, Copy)]
struct Side<'a> {
    section: usize,
    parent: Option<&'a ClausePath>,
    clauses: &'a [Clause],
    marks: &'a [Node],
}

impl<'a> Side<'a> {
    fn path(&self, i: usize) -> ClausePath {
        match self.parent {
            None => ClausePath::top(self.section, i),
            Some(p) => p.child(i),
        }
    }

    fn children<'p>(&self, i: usize, path: &'p ClausePath) -> Side<'p>
    where
        'a: 'p,
    {
        Side {
            section: self.section,
            parent: Some(path),
            clauses: &self.clauses[i].children,
            marks: &self.marks[i].children,
        }
    }
}

/// Pairs two sibling lists (either may be absent: everything on the other side is then
/// missing or extra), then the children of each pair, depth first in reading order.
fn pair_lists(a: Option<&Side>, b: Option<&Side>, out: &mut Correspondence) {
    let (na, nb) = (
        a.map_or(0, |s| s.clauses.len()),
        b.map_or(0, |s| s.clauses.len()),
    );
    let pairs = match (a, b) {
        (Some(a), Some(b)) => {
            let pairs = pair_siblings(na, nb, |i, j| {
                clause_score(&a.clauses[i], &b.clauses[j], &a.marks[i], &b.marks[j])
            });
            let twins = |i: usize, j: usize| {
                let (ca, cb) = (&a.clauses[i], &b.clauses[j]);
                let something =
                    !ca.label.written().trim().is_empty() || !a.marks[i].keys.is_empty();
                something && same_label(&ca.label, &cb.label) && a.marks[i].inv == b.marks[j].inv
            };
            let agree = |i: usize, j: usize| shared(&a.marks[i].keys, &b.marks[j].keys);
            order::uncross(pairs, a.clauses, b.clauses, &agree, &twins)
        }
        _ => (0..na)
            .map(|i| (Some(i), None))
            .chain((0..nb).map(|j| (None, Some(j))))
            .collect(),
    };
    for (i, j) in pairs {
        let pa = a.zip(i).map(|(a, i)| a.path(i));
        let pb = b.zip(j).map(|(b, j)| b.path(j));
        out.push(pa.clone(), pb.clone());
        let ca = a
            .zip(i)
            .zip(pa.as_ref())
            .map(|((a, i), p)| a.children(i, p));
        let cb = b
            .zip(j)
            .zip(pb.as_ref())
            .map(|((b, j), p)| b.children(j, p));
        pair_lists(ca.as_ref(), cb.as_ref(), out);
    }
}
