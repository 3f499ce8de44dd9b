//! Three-way merge of two proposals against their base, provision by provision.
//!
//! Both proposals are aligned with the base. For each base section and top-level clause, the
//! version of each proposal (changed, suppressed or untouched) is taken as a three-way merge
//! takes lines: if one proposal leaves it as it was, the other's version wins; if both make the
//! same change, it is taken once; if they change it differently, that is a conflict and the
//! base text stays, so the secretariat decides. Clauses a proposal adds go after the base
//! clause they follow in that proposal (both proposals' additions are kept). Labels are
//! compared loosely (proposals renumber), and the merged sections are numbered again.

use serde::Serialize;

use crate::align::{ClauseAlign, Lone, Paired, SectionAt, SectionSides, align};
use crate::model::{Clause, Document, Label, Scheme, Section, Status};

/// Two proposals that change one provision differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// `recalling, أ)` (base section kind and label).
    pub place: String,
    /// The base's version; null when the provision is new.
    pub base: Option<String>,
    /// Each proposal's version; null when it suppresses the provision.
    pub first: Option<String>,
    /// The second proposal's version; null when it suppresses the provision.
    pub second: Option<String>,
}

/// The merged text and what could not be merged.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged text; where proposals conflict, the base's provision stays.
    pub document: Document,
    /// The provisions left as they were because the proposals disagree.
    pub conflicts: Vec<Conflict>,
}

/// What one proposal did to the base's sections and clauses.
struct Versions<'a> {
    /// Per base section: the proposal's section (None: suppressed).
    sections: Vec<Option<&'a Section>>,
    /// Per base section, per base clause: the proposal's clause (None: suppressed or moved).
    clauses: Vec<Vec<Option<&'a Clause>>>,
    /// Per base section: clauses added after base clause `anchor` (None: at the start).
    added: Vec<Vec<(Option<usize>, &'a Clause)>>,
    /// Sections added after base section `anchor`.
    new_sections: Vec<(Option<usize>, &'a Section)>,
}

fn versions<'a>(base: &'a Document, p: &'a Document) -> Versions<'a> {
    let a = align(base, p);
    let n = base.sections.len();
    let mut v = Versions {
        sections: vec![None; n],
        clauses: base
            .sections
            .iter()
            .map(|s| vec![None; s.clauses.len()])
            .collect(),
        added: vec![Vec::new(); n],
        new_sections: Vec::new(),
    };
    let mut last_section = None;
    for s in &a.sections {
        match s.sides {
            SectionSides::Both {
                old: SectionAt { index: i, .. },
                ..
            }
            | SectionSides::Removed(SectionAt { index: i, .. }) => {
                v.sections[i] = s.new_side().map(|n| n.section);
                last_section = Some(i);
                let mut anchor = None;
                for c in &s.clauses {
                    place(c, i, &mut anchor, &mut v);
                }
            }
            SectionSides::Added(n) => v.new_sections.push((last_section, n.section)),
        }
    }
    v
}

fn place<'a>(
    c: &ClauseAlign<'a>,
    section: usize,
    anchor: &mut Option<usize>,
    v: &mut Versions<'a>,
) {
    // The rows of a section pair: whatever stands on the old side stands in `section`.
    match c {
        ClauseAlign::Matched(p) => {
            v.clauses[section][p.old.path.index()] = Some(p.new.clause);
            *anchor = Some(p.old.path.index());
        }
        ClauseAlign::Removed(Lone { at: old, .. }) | ClauseAlign::MovedOut { old, .. } => {
            *anchor = Some(old.path.index());
        }
        ClauseAlign::Added(Lone { at: new, .. }) | ClauseAlign::MovedIn(Paired { new, .. }) => {
            v.added[section].push((*anchor, new.clause));
        }
    }
}

/// Equal as provisions: same text and items, whatever their labels.
fn same(a: &Clause, b: &Clause) -> bool {
    a.text == b.text
        && a.children.len() == b.children.len()
        && a.children.iter().zip(&b.children).all(|(x, y)| same(x, y))
}

fn same_opt(a: Option<&Clause>, b: Option<&Clause>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// The next label of a sequential scheme, written as ITU writes it.
fn nth_label(scheme: Scheme, sample: &Label, n: u32) -> Option<Label> {
    let core = sample.same_scheme_at(n)?;
    let written = match scheme {
        Scheme::Number => core,
        _ => format!("{core})"),
    };
    Label::parse(&written).ok()
}

/// Numbers the top-level clauses of a merged section again, in the scheme of its first label.
fn renumber(clauses: &mut [Clause]) {
    let Some(sample) = clauses
        .iter()
        .map(|c| c.label.clone())
        .find(|l| l.ordinal.is_some() && l.suffix.is_none())
    else {
        return;
    };
    let mut n = 0;
    for c in clauses.iter_mut() {
        if c.label.scheme != sample.scheme || c.label.suffix.is_some() {
            continue;
        }
        n += 1;
        if let Some(l) = nth_label(sample.scheme, &sample, n) {
            c.label = l;
        }
    }
}

fn mentions(clauses: &[Clause], mark: &str) -> bool {
    clauses
        .iter()
        .any(|c| c.text.contains(mark) || mentions(&c.children, mark))
}

/// Merges proposals `first` and `second`, both made against `base`.
pub fn merge(base: &Document, first: &Document, second: &Document) -> Merged {
    let (v1, v2) = (versions(base, first), versions(base, second));
    let mut conflicts = Vec::new();
    let mut sections = Vec::new();
    let push_new = |sections: &mut Vec<Section>, anchor: Option<usize>| {
        for (a, s) in v1.new_sections.iter().chain(&v2.new_sections) {
            if *a == anchor && !sections.iter().any(|x: &Section| x == *s) {
                sections.push((*s).clone());
            }
        }
    };
    push_new(&mut sections, None);
    for (i, b) in base.sections.iter().enumerate() {
        let (s1, s2) = (v1.sections[i], v2.sections[i]);
        // A section one proposal suppresses and the other leaves alone goes.
        let heading = match (s1, s2) {
            (None, None) => None,
            (None, Some(s)) | (Some(s), None) => {
                let untouched = s.heading == b.heading
                    && s.clauses.len() == b.clauses.len()
                    && s.clauses.iter().zip(&b.clauses).all(|(x, y)| same(x, y));
                if untouched {
                    None
                } else {
                    conflicts.push(Conflict {
                        place: b.kind.to_string(),
                        base: Some(b.heading.clone()),
                        first: s1.map(|s| s.heading.clone()),
                        second: s2.map(|s| s.heading.clone()),
                    });
                    Some(b.heading.clone())
                }
            }
            (Some(x), Some(y)) => Some(if x.heading == b.heading {
                y.heading.clone()
            } else if y.heading == b.heading || x.heading == y.heading {
                x.heading.clone()
            } else {
                conflicts.push(Conflict {
                    place: format!("{} (heading)", b.kind),
                    base: Some(b.heading.clone()),
                    first: Some(x.heading.clone()),
                    second: Some(y.heading.clone()),
                });
                b.heading.clone()
            }),
        };
        let Some(heading) = heading else {
            push_new(&mut sections, Some(i));
            continue;
        };
        let mut clauses: Vec<Clause> = Vec::new();
        let add = |clauses: &mut Vec<Clause>, anchor: Option<usize>| {
            for (a, c) in v1.added[i].iter().chain(&v2.added[i]) {
                if *a == anchor && !clauses.iter().any(|x| same(x, c)) {
                    clauses.push((*c).clone());
                }
            }
        };
        add(&mut clauses, None);
        for (k, bc) in b.clauses.iter().enumerate() {
            let (c1, c2) = (v1.clauses[i][k], v2.clauses[i][k]);
            let chosen = if same_opt(c1, Some(bc)) {
                c2
            } else if same_opt(c2, Some(bc)) || same_opt(c1, c2) {
                c1
            } else {
                conflicts.push(Conflict {
                    place: format!("{}, {}", b.kind, bc.label.written.trim()),
                    base: Some(bc.text.clone()),
                    first: c1.map(|c| c.text.clone()),
                    second: c2.map(|c| c.text.clone()),
                });
                Some(bc)
            };
            if let Some(c) = chosen {
                clauses.push(c.clone());
            }
            add(&mut clauses, Some(k));
        }
        renumber(&mut clauses);
        sections.push(Section {
            kind: b.kind,
            heading,
            clauses,
        });
        push_new(&mut sections, Some(i));
    }

    let formula = {
        let (b, x, y) = (&base.formula, &first.formula, &second.formula);
        if x == b {
            y.clone()
        } else if y == b || x == y {
            x.clone()
        } else {
            conflicts.push(Conflict {
                place: "formula".into(),
                base: b.clone(),
                first: x.clone(),
                second: y.clone(),
            });
            b.clone()
        }
    };
    // Footnotes of all three texts, by mark, that the merged text still refers to.
    let mut footnotes: Vec<crate::model::Footnote> = Vec::new();
    for f in first
        .footnotes
        .iter()
        .chain(&second.footnotes)
        .chain(&base.footnotes)
    {
        let mark = format!("[^{}]", f.mark);
        let used = sections.iter().any(|s| mentions(&s.clauses, &mark));
        if used && !footnotes.iter().any(|g| g.mark == f.mark) {
            footnotes.push(f.clone());
        }
    }
    let mut revision = first.revision.clone();
    revision.id = format!("merge-{}-{}", first.revision.id, second.revision.id);
    revision.status = Status::Draft;
    revision.base = Some(base.revision.id.clone());
    revision.proposer = match (&first.revision.proposer, &second.revision.proposer) {
        (Some(a), Some(b)) => Some(format!("{a}+{b}")),
        (a, b) => a.clone().or(b.clone()),
    };
    revision.date = None;
    revision.source = None;
    Merged {
        document: Document {
            resolution: base.resolution.clone(),
            revision,
            language: base.language,
            formula,
            sections,
            footnotes,
        },
        conflicts,
    }
}
