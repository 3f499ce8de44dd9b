//! Three-way merge of two proposals against their base, provision by provision.
//!
//! Both proposals are aligned with the base. For each base section and each provision at any
//! depth, the version of each proposal (changed, suppressed or untouched) is taken as a
//! three-way merge takes lines: if one proposal leaves it as it was (with everything below
//! it), the other's version wins; if both make the same change, it is taken once; if both keep
//! it and change different things, its own text is merged the same way and its items one by
//! one, so edits to 1.11.1 and 1.11.3 both land; if they change the same text differently, or
//! one suppresses what the other changes, that is a conflict on that provision alone and its
//! base text stays, so the secretariat decides. Clauses a proposal adds go after the base
//! clause they follow in that proposal (both proposals' additions are kept). Labels are
//! compared loosely (proposals renumber); the merged top level is numbered again, and so is a
//! deeper list both proposals reshaped.

use serde::Serialize;

use crate::align::{Alignment, ClauseAlign, Lone, Paired, SectionAt, SectionSides, align};
use crate::model::provision::{self, Owner};
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

/// What one proposal did to the base's sections: per base section, the proposal's section
/// (None: suppressed) and its clauses aligned with the base's; sections it adds, after the base
/// section `anchor`.
struct Versions<'a> {
    sections: Vec<Option<(&'a Section, &'a [ClauseAlign<'a>])>>,
    new_sections: Vec<(Option<usize>, &'a Section)>,
}

fn versions<'a>(base: &Document, a: &'a Alignment<'a>) -> Versions<'a> {
    let mut v = Versions {
        sections: vec![None; base.sections.len()],
        new_sections: Vec::new(),
    };
    let mut last_section = None;
    for s in &a.sections {
        match s.sides {
            SectionSides::Both {
                old: SectionAt { index: i, .. },
                new,
            } => {
                v.sections[i] = Some((new.section, s.clauses.as_slice()));
                last_section = Some(i);
            }
            SectionSides::Removed(SectionAt { index: i, .. }) => last_section = Some(i),
            SectionSides::Added(n) => v.new_sections.push((last_section, n.section)),
        }
    }
    v
}

/// What one proposal did to the clauses under one base parent.
struct Level<'a> {
    /// Per base clause: the proposal's version in place, with its items aligned with the base
    /// clause's (None: suppressed, or moved elsewhere).
    kept: Vec<Option<(&'a Clause, &'a [ClauseAlign<'a>])>>,
    /// Clauses added (or moved in) after base clause `anchor` (None: first).
    added: Vec<(Option<usize>, &'a Clause)>,
}

fn level<'a>(count: usize, rows: &'a [ClauseAlign<'a>]) -> Level<'a> {
    let mut l = Level {
        kept: vec![None; count],
        added: Vec::new(),
    };
    let mut anchor = None;
    for c in rows {
        match c {
            ClauseAlign::Matched(p) => {
                if let Some(slot) = l.kept.get_mut(p.old.path.index()) {
                    *slot = Some((p.new.clause, p.children.as_slice()));
                }
                anchor = Some(p.old.path.index());
            }
            ClauseAlign::Removed(Lone { at: old, .. }) | ClauseAlign::MovedOut { old, .. } => {
                anchor = Some(old.path.index());
            }
            ClauseAlign::Added(Lone { at: new, .. }) | ClauseAlign::MovedIn(Paired { new, .. }) => {
                l.added.push((anchor, new.clause));
            }
        }
    }
    l
}

/// A clause with everything below it, one paragraph a line, for a conflict's report.
fn flat(c: &Clause) -> String {
    let mut s = c.text.clone();
    for k in &c.children {
        s.push('\n');
        s.push_str(&flat(k));
    }
    s
}

/// The three-way merge of one value: the side that changed it wins; None when both changed
/// it differently.
fn three<T: PartialEq + Clone>(base: &T, x: &T, y: &T) -> Option<T> {
    if x == base || x == y {
        Some(y.clone())
    } else if y == base {
        Some(x.clone())
    } else {
        None
    }
}

/// Merges the clauses under one base parent, provision by provision at every depth.
struct Merger<'m> {
    kind: crate::model::SectionKind,
    conflicts: &'m mut Vec<Conflict>,
}

impl Merger<'_> {
    /// `names`: the labels of the parents, top level down, to name a provision in a conflict.
    fn merge(
        &mut self,
        base: &[Clause],
        r1: &[ClauseAlign<'_>],
        r2: &[ClauseAlign<'_>],
        names: &[String],
        top: bool,
    ) -> Vec<Clause> {
        let (l1, l2) = (level(base.len(), r1), level(base.len(), r2));
        let mut out: Vec<Clause> = Vec::new();
        let add = |out: &mut Vec<Clause>, anchor: Option<usize>| {
            for (a, c) in l1.added.iter().chain(&l2.added) {
                if *a == anchor && !out.iter().any(|x| same(x, c)) {
                    out.push((*c).clone());
                }
            }
        };
        add(&mut out, None);
        let mut labelled_before: Option<&str> = None;
        for (k, bc) in base.iter().enumerate() {
            let (c1, c2) = (l1.kept[k], l2.kept[k]);
            // An unlabelled paragraph is named by the provision it belongs to.
            let labelled = provision::is_labelled(&bc.label);
            let own = match provision::owner(labelled, names.len(), labelled_before.is_some()) {
                Owner::Own => Some(bc.label.written.as_str()),
                Owner::PreviousSibling => labelled_before,
                Owner::Parent => None,
            };
            let place = || {
                let name = provision::name(names.iter().map(String::as_str).chain(own));
                if name.is_empty() {
                    self.kind.to_string()
                } else {
                    format!("{}, {name}", self.kind)
                }
            };
            if labelled {
                labelled_before = Some(bc.label.written.as_str());
            }
            let (v1, v2) = (c1.map(|c| c.0), c2.map(|c| c.0));
            let chosen = if same_opt(v1, Some(bc)) {
                v2.cloned()
            } else if same_opt(v2, Some(bc)) || same_opt(v1, v2) {
                v1.cloned()
            } else if let (Some((x, xr)), Some((y, yr))) = (c1, c2) {
                // Both keep it and change it (or what is below it) differently: its own text
                // is merged like a line, its items one by one.
                let text = match three(&bc.text, &x.text, &y.text) {
                    Some(t) => t,
                    None => {
                        self.conflicts.push(Conflict {
                            place: place(),
                            base: Some(bc.text.clone()),
                            first: Some(x.text.clone()),
                            second: Some(y.text.clone()),
                        });
                        bc.text.clone()
                    }
                };
                let mut inner = names.to_vec();
                inner.push(bc.label.written.clone());
                let children = self.merge(&bc.children, xr, yr, &inner, false);
                Some(Clause {
                    label: three(&bc.label, &x.label, &y.label).unwrap_or(bc.label.clone()),
                    text,
                    children,
                    call: three(&bc.call, &x.call, &y.call).unwrap_or(bc.call.clone()),
                })
            } else {
                // One suppresses it, the other changes it.
                self.conflicts.push(Conflict {
                    place: place(),
                    base: Some(flat(bc)),
                    first: v1.map(flat),
                    second: v2.map(flat),
                });
                Some(bc.clone())
            };
            if let Some(c) = chosen {
                out.push(c);
            }
            add(&mut out, Some(k));
        }
        // Each proposal numbers what it keeps and adds; where both reshaped this list, neither
        // numbering holds, and at the top level the merged list is numbered again as before.
        let reshaped = |l: &Level<'_>| !l.added.is_empty() || l.kept.iter().any(Option::is_none);
        if top || (reshaped(&l1) && reshaped(&l2)) {
            renumber(&mut out);
        }
        out
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
        Scheme::Number | Scheme::Decimal | Scheme::Quoted | Scheme::QuotedRoman => core,
        _ if sample.written.trim_end().ends_with(')') => format!("{core})"),
        _ => core,
    };
    Label::parse(&written).ok()
}

/// Numbers the clauses of a merged list again, in the scheme of its first label.
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
    let (a1, a2) = (align(base, first), align(base, second));
    let (v1, v2) = (versions(base, &a1), versions(base, &a2));
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
        let (heading, r1, r2): (_, &[ClauseAlign<'_>], &[ClauseAlign<'_>]) = match (s1, s2) {
            (None, None) => (None, &[], &[]),
            (None, Some((s, _))) | (Some((s, _)), None) => {
                let untouched = s.heading == b.heading
                    && s.clauses.len() == b.clauses.len()
                    && s.clauses.iter().zip(&b.clauses).all(|(x, y)| same(x, y));
                if untouched {
                    (None, &[], &[])
                } else {
                    conflicts.push(Conflict {
                        place: b.kind.to_string(),
                        base: Some(b.heading.clone()),
                        first: s1.map(|s| s.0.heading.clone()),
                        second: s2.map(|s| s.0.heading.clone()),
                    });
                    // The section stays as the base has it.
                    (Some(b.heading.clone()), &[], &[])
                }
            }
            (Some((x, xr)), Some((y, yr))) => {
                let heading = three(&b.heading, &x.heading, &y.heading).unwrap_or_else(|| {
                    conflicts.push(Conflict {
                        place: format!("{} (heading)", b.kind),
                        base: Some(b.heading.clone()),
                        first: Some(x.heading.clone()),
                        second: Some(y.heading.clone()),
                    });
                    b.heading.clone()
                });
                (Some(heading), xr, yr)
            }
        };
        let Some(heading) = heading else {
            push_new(&mut sections, Some(i));
            continue;
        };
        let clauses = if s1.is_some() && s2.is_some() {
            Merger {
                kind: b.kind,
                conflicts: &mut conflicts,
            }
            .merge(&b.clauses, r1, r2, &[], true)
        } else {
            b.clauses.clone()
        };
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
