//! Which section of the old text is which section of the new one.
//!
//! Sections are paired by what they are, never by position: pairing the n-th section of a kind
//! with the n-th made one inserted section shift every later one of its kind, and each of their
//! clauses came out as moved (a UN subheading added to ECOSOC 2025/18 gave 54 false moves).
//!
//! 1. **Heading.** Sections whose headings are the same once folded (NFKC, lower case, no Arabic
//!    marks, one alef, spacing and a closing `:`/`,`/`،` ignored) are one section. Two headings
//!    that are terms of the vocabulary for one kind (`data/heading-terms.tsv`: "bearing in mind"
//!    and "taking into account") are the same heading written two ways; a heading that names an
//!    addressee ("instructs the Director of the Radiocommunication Bureau", an open term) is
//!    itself, so a new Bureau's section does not take another's place. Several sections with one
//!    heading are paired in order.
//! 2. **Content.** Sections left over on both sides are paired when at least half of the smaller
//!    one's clauses match clauses of the other ([`SHARED_AT_LEAST`]): a heading renamed or
//!    re-kinded.
//!
//! The rest are added or suppressed. A section paired out of order is shown as moved by the
//! caller (suppressed where it stood, added where it went, its clauses moved with it).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::matcher::{Analyses, Item, match_items};
use crate::model::text::fold_for_matching;
use crate::model::{Document, Section, SectionKind, heading_terms};

/// Share of the smaller section's clauses that must match the other's for two sections with
/// different headings to be one section renamed.
pub const SHARED_AT_LEAST: f32 = 0.5;

/// What a heading says, for pairing: a term of the vocabulary stands for its kind, any other
/// heading for its folded words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum HeadingKey {
    Term(SectionKind),
    Written(SectionKind, String),
}

/// A heading in the form headings are compared in.
pub(crate) fn fold_heading(heading: &str) -> String {
    let folded = fold_for_matching(heading);
    let spaced = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    spaced.trim_end_matches([':', ',', '،', ' ']).to_string()
}

/// Whether `heading`, folded `folded`, is a closed term (one naming no addressee) of `kind`.
/// A heading written as the vocabulary writes it is one without folding anything; otherwise
/// the terms of the kind are folded when a heading of that kind is first asked about. Folding
/// the whole vocabulary up front was 8% of a diff (callgrind), for the few kinds one text uses.
fn is_closed_term(kind: SectionKind, heading: &str, folded: &str) -> bool {
    static TERMS: [OnceLock<HashSet<String>>; SectionKind::ALL.len()] =
        [const { OnceLock::new() }; SectionKind::ALL.len()];
    let closed = heading_terms().iter().filter(|t| !t.open && t.kind == kind);
    if closed.clone().any(|t| t.term == heading) {
        return true;
    }
    let Some(at) = SectionKind::ALL.iter().position(|k| *k == kind) else {
        return false;
    };
    TERMS[at]
        .get_or_init(|| closed.map(|t| fold_heading(t.term)).collect())
        .contains(folded)
}

fn heading_key(section: &Section) -> HeadingKey {
    let folded = fold_heading(&section.heading);
    let kind = section.kind;
    if kind != SectionKind::Other && is_closed_term(kind, &section.heading, &folded) {
        HeadingKey::Term(kind)
    } else {
        HeadingKey::Written(kind, folded)
    }
}

/// Pairs the sections of two texts: (old index, new index), in new-text order.
pub(super) fn pair_sections<'d>(
    old: &'d Document,
    new: &'d Document,
    store: &'d Analyses,
) -> Vec<(usize, usize)> {
    let mut old_used = vec![false; old.sections.len()];
    let mut new_used = vec![false; new.sections.len()];
    let mut pairs = by_heading(old, new, &mut old_used, &mut new_used);
    pairs.extend(by_content(old, new, &mut old_used, &mut new_used, store));
    pairs.sort_by_key(|p| p.1);
    pairs
}

/// Step 1: equal headings.
fn by_heading(
    old: &Document,
    new: &Document,
    old_used: &mut [bool],
    new_used: &mut [bool],
) -> Vec<(usize, usize)> {
    let mut olds: HashMap<HeadingKey, Vec<usize>> = HashMap::default();
    for (i, s) in old.sections.iter().enumerate() {
        olds.entry(heading_key(s)).or_default().push(i);
    }
    let mut taken: HashMap<HeadingKey, usize> = HashMap::default();
    let mut pairs = Vec::new();
    for (j, s) in new.sections.iter().enumerate() {
        let key = heading_key(s);
        let Some(candidates) = olds.get(&key) else {
            continue;
        };
        let n = taken.entry(key).or_default();
        if let Some(&i) = candidates.get(*n) {
            *n += 1;
            old_used[i] = true;
            new_used[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// Step 2: sections left over on both sides that share at least half the smaller one's clauses.
fn by_content<'d>(
    old: &'d Document,
    new: &'d Document,
    old_used: &mut [bool],
    new_used: &mut [bool],
    store: &'d Analyses,
) -> Vec<(usize, usize)> {
    let old_left: Vec<usize> = (0..old.sections.len()).filter(|&i| !old_used[i]).collect();
    let new_left: Vec<usize> = (0..new.sections.len()).filter(|&j| !new_used[j]).collect();
    if old_left.is_empty() || new_left.is_empty() {
        return Vec::new();
    }
    fn items<'d>(
        doc: &'d Document,
        which: &[usize],
        store: &'d Analyses,
    ) -> (Vec<Item<'d>>, Vec<usize>) {
        let mut items = Vec::new();
        let mut owner = Vec::new();
        for &s in which {
            for (i, c) in doc.sections[s].clauses.iter().enumerate() {
                items.push(Item::new(&c.text, 0, i, c.label.norm(), store));
                owner.push(s);
            }
        }
        (items, owner)
    }
    let (oi, oo) = items(old, &old_left, store);
    let (ni, no) = items(new, &new_left, store);
    let mut votes: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (i, j, _) in match_items(&oi, &ni) {
        *votes.entry((oo[i], no[j])).or_default() += 1;
    }
    let mut ranked: Vec<((usize, usize), usize)> = votes.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut pairs = Vec::new();
    for ((i, j), n) in ranked {
        let smaller = old.sections[i]
            .clauses
            .len()
            .min(new.sections[j].clauses.len())
            .max(1);
        if !old_used[i] && !new_used[j] && n as f32 >= SHARED_AT_LEAST * smaller as f32 {
            old_used[i] = true;
            new_used[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(kind: SectionKind, heading: &str) -> Section {
        Section {
            kind,
            heading: heading.to_string(),
            clauses: Vec::new(),
        }
    }

    #[test]
    fn terms_of_one_kind_are_one_heading_and_addressees_are_not() {
        use SectionKind::*;
        let key = |k, h| heading_key(&section(k, h));
        assert_eq!(
            key(BearingInMind, "bearing in mind"),
            key(BearingInMind, "Taking into account:")
        );
        assert_eq!(key(Recalling, "إذ يذكّر"), key(Recalling, "إذ يذكر"));
        assert_ne!(
            key(
                Instructs,
                "instructs the Director of the Radiocommunication Bureau"
            ),
            key(
                Instructs,
                "instructs the Director of the Telecommunication Standardization Bureau"
            )
        );
        assert_eq!(
            key(UnOperative, "Functional Architecture"),
            key(UnOperative, "functional  architecture")
        );
        assert_ne!(key(Other, "Scope"), key(Other, "History"));
    }
}
