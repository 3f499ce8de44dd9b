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

use std::collections::HashSet;

use serde::Serialize;

mod levels;
mod many;

use levels::{Merger, kept, three};
pub use many::{MergeError, merge_all};

use crate::align::{Alignment, ClauseAlign, SectionAt, SectionSides, align};
use crate::model::{Clause, Document, Label, Proposer, Scheme, Section, Stage};

/// Two proposals that change one provision differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// `recalling, أ)` (base section kind and label).
    pub place: String,
    /// The base's version; null when the provision is new.
    pub base: Option<String>,
    /// Each proposal's version; null when it suppresses the provision.
    pub first: Option<String>,
    /// The second proposal's version; null when it suppresses the provision. With more than
    /// two proposals, `first` and `second` are the first two of `sides`.
    pub second: Option<String>,
    /// Every proposal that changed, moved or suppressed the provision, in the order given, with
    /// its version (null: suppressed).
    pub sides: Vec<Side>,
}

/// One proposal's version of a provision in conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    /// The proposer (`APT`), or the revision id when the proposal names none.
    pub proposal: String,
    /// Its version; null when it suppresses the provision.
    pub text: Option<String>,
}

/// Where in the base a conflict is, to find it again in every proposal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Spot {
    Formula,
    /// The line of earlier revisions under the title.
    RevisionLine,
    /// A section one proposal suppresses and another changes.
    Section(usize),
    Heading(usize),
    /// A provision with everything below it.
    Clause(crate::model::ClausePath),
    /// A provision's own words.
    Text(crate::model::ClausePath),
    /// Provisions added under one base parent (None: the section itself) with one label
    /// (normalised).
    Added {
        section: usize,
        parent: Option<crate::model::ClausePath>,
        label: String,
    },
    /// A footnote, by its mark: proposals give one number different texts.
    Footnote(String),
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
        _ if sample.written().trim_end().ends_with(')') => format!("{core})"),
        _ => core,
    };
    Label::parse(&written).ok()
}

/// Numbers the clauses of a merged list again, in the scheme of its first label.
fn renumber(clauses: &mut [Clause]) {
    let Some(sample) = clauses
        .iter()
        .map(|c| c.label.clone())
        .find(|l| l.ordinal().is_some() && l.suffix().is_none())
    else {
        return;
    };
    let mut n = 0;
    for c in clauses.iter_mut() {
        if c.label.scheme() != sample.scheme() || c.label.suffix().is_some() {
            continue;
        }
        n += 1;
        if let Some(l) = nth_label(sample.scheme(), &sample, n) {
            let was = c.label.written().trim().to_string();
            c.label = l;
            let now = c.label.written().trim().to_string();
            if was != now {
                follow(&mut c.children, &was, &now);
            }
        }
    }
}

/// Relabels the items whose dotted labels extend a renumbered parent's (1.8.1 under 1.8 now
/// 1.7 is 1.7.1), and theirs below; a reader finds 1.7.1 under 1.7. Letters, numerals and
/// dashes hold no parent's number and stay.
fn follow(children: &mut [Clause], was: &str, now: &str) {
    for c in children {
        let written = c.label.written().trim();
        let Some(rest) = written
            .strip_prefix(was)
            .and_then(|r| r.strip_prefix('.'))
            .filter(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
        else {
            continue;
        };
        let Ok(label) = Label::parse(&format!("{now}.{rest}")) else {
            continue;
        };
        let old = written.to_string();
        c.label = label;
        let new = c.label.written().to_string();
        follow(&mut c.children, &old, &new);
    }
}

fn mentions(clauses: &[Clause], mark: &str) -> bool {
    clauses
        .iter()
        .any(|c| c.text.contains(mark) || mentions(&c.children, mark))
}

/// Merges proposals `first` and `second`, both made against `base`.
pub fn merge(base: &Document, first: &Document, second: &Document) -> Merged {
    let (document, conflicts) = step(base, first, second, &HashSet::new());
    many::finish(base, &[first, second], document, conflicts)
}

/// One two-way merge; where `locked` (an earlier merge's conflicts, `first` being that
/// merge's text), `first`'s version stays.
fn step(
    base: &Document,
    first: &Document,
    second: &Document,
    locked: &HashSet<Spot>,
) -> (Document, Vec<(Conflict, Spot)>) {
    let (a1, a2) = (align(base, first), align(base, second));
    let (v1, v2) = (versions(base, &a1), versions(base, &a2));
    let (k1, k2) = (kept(&a1), kept(&a2));
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
            // An earlier merge's conflict on the section: it stays as that merge left it.
            _ if locked.contains(&Spot::Section(i)) => (Some(b.heading.clone()), &[], &[]),
            (None, None) => (None, &[], &[]),
            (None, Some((s, _))) | (Some((s, _)), None) => {
                let untouched = s.heading == b.heading
                    && s.clauses.len() == b.clauses.len()
                    && s.clauses.iter().zip(&b.clauses).all(|(x, y)| same(x, y));
                if untouched {
                    (None, &[], &[])
                } else {
                    let c = Conflict {
                        place: b.kind.to_string(),
                        base: Some(b.heading.clone()),
                        first: s1.map(|s| s.0.heading.clone()),
                        second: s2.map(|s| s.0.heading.clone()),
                        sides: Vec::new(),
                    };
                    conflicts.push((c, Spot::Section(i)));
                    // The section stays as the base has it.
                    (Some(b.heading.clone()), &[], &[])
                }
            }
            (Some((x, xr)), Some((y, yr))) => {
                let merged = if locked.contains(&Spot::Heading(i)) {
                    Some(x.heading.clone())
                } else {
                    three(&b.heading, &x.heading, &y.heading)
                };
                let heading = merged.unwrap_or_else(|| {
                    let c = Conflict {
                        place: format!("{} (heading)", b.kind),
                        base: Some(b.heading.clone()),
                        first: Some(x.heading.clone()),
                        second: Some(y.heading.clone()),
                        sides: Vec::new(),
                    };
                    conflicts.push((c, Spot::Heading(i)));
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
                section: i,
                conflicts: &mut conflicts,
                locked,
                kept: [&k1, &k2],
            }
            .merge(&b.clauses, r1, r2, &[], None)
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

    let mut line = |field: fn(&Document) -> &Option<String>, spot: Spot, place: &str| {
        let (b, f, s) = (field(base), field(first), field(second));
        let merged = if locked.contains(&spot) {
            Some(f.clone())
        } else {
            three(b, f, s)
        };
        merged.unwrap_or_else(|| {
            let c = Conflict {
                place: place.into(),
                base: b.clone(),
                first: f.clone(),
                second: s.clone(),
                sides: Vec::new(),
            };
            conflicts.push((c, spot));
            b.clone()
        })
    };
    let formula = line(|d| &d.formula, Spot::Formula, "formula");
    let revision_line = line(|d| &d.revision_line, Spot::RevisionLine, "revision line");
    let cited = Cited {
        sections: &sections,
        revision_line: revision_line.as_deref(),
    };
    let footnotes = notes(base, first, second, &cited, locked, &mut conflicts);
    let mut revision = first.revision.clone();
    let (a, b) = (first.revision.id_shown(), second.revision.id_shown());
    revision.id = format!("merge-{a}-{b}").parse().ok();
    revision.base = base.revision.id.clone();
    let proposers = (
        first.revision.stage.proposer(),
        second.revision.stage.proposer(),
    );
    revision.stage = Stage::Draft(match proposers {
        (Some(a), Some(b)) => Proposer::try_from(format!("{a}+{b}")).ok(),
        (a, b) => a.or(b).cloned(),
    });
    revision.date = None;
    revision.source = None;
    let document = Document {
        resolution: base.resolution.clone(),
        revision,
        language: base.language,
        formula,
        revision_line,
        sections,
        footnotes,
    };
    (document, conflicts)
}

/// The footnotes of all three texts, by mark, that the merged text still refers to, each
/// merged as a text is: a mark the two proposals give different texts (both add `[^1]`, each
/// its own note) is a conflict, since the paragraphs of one would cite the other's note. The
/// base's note stays, or with none, the first proposal's, so the draft still loads.
/// The merged text's places that cite footnotes: its sections and its revision line.
struct Cited<'m> {
    sections: &'m [Section],
    revision_line: Option<&'m str>,
}

fn notes(
    base: &Document,
    first: &Document,
    second: &Document,
    cited_in: &Cited<'_>,
    locked: &HashSet<Spot>,
    conflicts: &mut Vec<(Conflict, Spot)>,
) -> Vec<crate::model::Footnote> {
    let text = |d: &Document, mark: &str| {
        d.footnotes
            .iter()
            .find(|f| f.mark == mark)
            .map(|f| f.text.clone())
    };
    let mut footnotes: Vec<crate::model::Footnote> = Vec::new();
    for f in first
        .footnotes
        .iter()
        .chain(&second.footnotes)
        .chain(&base.footnotes)
    {
        let cited = format!("[^{}]", f.mark);
        let used = cited_in
            .sections
            .iter()
            .any(|s| mentions(&s.clauses, &cited))
            || cited_in.revision_line.is_some_and(|l| l.contains(&cited));
        if !used || footnotes.iter().any(|g| g.mark == f.mark) {
            continue;
        }
        let (b, x, y) = (
            text(base, &f.mark),
            text(first, &f.mark),
            text(second, &f.mark),
        );
        let spot = Spot::Footnote(f.mark.clone());
        let merged = if locked.contains(&spot) {
            x.clone()
        } else {
            three(&b, &x, &y).unwrap_or_else(|| {
                let c = Conflict {
                    place: format!("footnote {}", f.mark),
                    base: b.clone(),
                    first: x.clone(),
                    second: y.clone(),
                    sides: Vec::new(),
                };
                conflicts.push((c, spot));
                b.clone().or(x.clone())
            })
        };
        // A side without the note (one that renumbered its notes) cannot give it.
        let text = merged.or(x).or(y).or(b).unwrap_or_else(|| f.text.clone());
        footnotes.push(crate::model::Footnote {
            mark: f.mark.clone(),
            text,
        });
    }
    footnotes
}
