//! Matching two lists of clause texts: exact first, then fuzzy on a shortlist.
//!
//! 1. Exact: clauses whose matching form (see [`crate::model::text::fold_for_matching`]) is equal are
//!    paired through a hash map, preferring the same group (aligned section) and label. O(n).
//! 2. Shortlist: for each clause still alone, candidates are the new clauses that share its rarer
//!    words (an inverted index that skips words found in more than [`COMMON`] clauses), ranked by
//!    shared-word count, the best [`SHORTLIST`] kept; plus the unmatched new clauses standing at
//!    the same place in the same group. Candidates whose word sets overlap too little (Dice below
//!    [`MIN_DICE`]) are dropped without a diff.
//! 3. Scoring: a word-level diff (`similar`, Myers) on the shortlist only gives the similarity
//!    ratio; pairs at or above [`REPLACED_BELOW`] are accepted greedily, best first, with a small
//!    bonus for the same group and label so that ties go to the expected place.
//!
//! Each pair says which step made it ([`Basis`]), so that the diff can tell a citation update
//! from a reworded clause without comparing the texts again.
//!
//! Cost: O(n) for step 1; step 2 is O(n · w · COMMON) for w words per clause; step 3 runs at most
//! SHORTLIST + 2 word diffs per unmatched clause, each O(w · d) for d differing words.

use rustc_hash::FxHashMap as HashMap;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

mod exact;
mod fuzzy;
mod ratio;
#[cfg(test)]
mod tests;

use exact::exact;
use fuzzy::fuzzy;
use ratio::similarity;

/// Below this similarity two clauses are not the same clause edited but one suppressed and
/// another added: with less than half of their words in common, a reader is better served by SUP
/// and ADD than by a MOD whose every word is struck through. See `docs/tricky_cases.md`.
pub const REPLACED_BELOW: f32 = 0.5;

/// Words found in more clauses than this do not nominate candidates (they still count in scores).
pub const COMMON: usize = 64;

/// Candidates kept per clause from the inverted index.
pub const SHORTLIST: usize = 6;

/// The most a same-group, same-label candidate gains over another when scores are ranked.
const MAX_BONUS: f32 = 0.07;

/// Word-set overlap below which no diff is run.
pub const MIN_DICE: f32 = 0.3;

/// The analyses of the clause texts of one alignment, shared by its matching passes: a clause
/// left alone at the top level is matched again among the leftovers of every depth
/// ([`super::moves`]), and a section's clauses may first be matched to pair sections. Analysing
/// each text again was a third of the matching on the Res. 30 pair (callgrind).
///
/// Keyed by where the text lies and its length: the texts are borrowed for as long as the
/// store, so no two texts alive at once share an address, and an analysis depends on the text
/// alone.
#[derive(Debug, Default)]
pub struct Analyses {
    by_text: RefCell<HashMap<(usize, usize), Rc<Analysed>>>,
}

impl Analyses {
    fn of(&self, text: &str) -> Rc<Analysed> {
        let at = (text.as_ptr() as usize, text.len());
        if let Some(a) = self.by_text.borrow().get(&at) {
            return Rc::clone(a);
        }
        let a = Rc::new(Analysed::new(text));
        self.by_text.borrow_mut().insert(at, Rc::clone(&a));
        a
    }
}

/// A clause as the matcher sees it. Everything past the raw key is computed on first use: most
/// clauses of a revision are unchanged and are paired on the raw key alone.
#[derive(Debug, Clone)]
pub struct Item<'t> {
    text: &'t str,
    /// Hash of the text as written.
    raw: u64,
    /// The matching-form key, word hashes and citation-blind key, from one pass over the text.
    analysed: OnceCell<Rc<Analysed>>,
    /// Where the analysis is found when another pass has made it.
    store: &'t Analyses,
    /// The aligned section (or 0 among siblings); matches within a group are preferred.
    pub group: usize,
    /// Position within its group.
    pub pos: usize,
    /// The clause's label as written, for tie-breaking among equal texts.
    pub label: &'t str,
}

#[derive(Debug, Clone)]
struct Analysed {
    key: u64,
    loose: u64,
    words: Words,
}

impl Analysed {
    fn new(text: &str) -> Analysed {
        let a = crate::model::text::analyse(text);
        let mut sorted = a.words.clone();
        sorted.sort_unstable();
        let mut set = sorted.clone();
        set.dedup();
        Analysed {
            key: a.key,
            loose: a.loose,
            words: Words {
                seq: a.words,
                sorted,
                set,
            },
        }
    }
}

/// Content words as hashes (no string per word: items for 40,000 clauses must stay cheap).
#[derive(Debug, Clone)]
struct Words {
    /// In text order.
    seq: Vec<u64>,
    /// Sorted, with repeats.
    sorted: Vec<u64>,
    /// Sorted, distinct.
    set: Vec<u64>,
}

impl<'t> Item<'t> {
    /// An item for `text` at `pos` in `group`; its analysis is computed on first use, or found
    /// in `store`.
    pub fn new(
        text: &'t str,
        group: usize,
        pos: usize,
        label: &'t str,
        store: &'t Analyses,
    ) -> Item<'t> {
        // Eight bytes a step: this runs on every clause of both texts. Texts that differ only in
        // spacing meet on the matching-form key instead, which ignores it.
        let raw = {
            use std::hash::Hasher;
            let mut h = rustc_hash::FxHasher::default();
            h.write(text.as_bytes());
            h.finish()
        };
        Item {
            text,
            raw,
            analysed: OnceCell::new(),
            store,
            group,
            pos,
            label,
        }
    }

    /// Hash of the matching form (see [`crate::model::text::fold_for_matching`]), spacing removed: two
    /// clauses that differ only in spacing are the same clause.
    fn key(&self) -> u64 {
        self.analysed().key
    }

    /// See [`crate::model::text::citation_blind_key`].
    fn loose(&self) -> u64 {
        self.analysed().loose
    }

    fn words(&self) -> &Words {
        &self.analysed().words
    }

    fn analysed(&self) -> &Analysed {
        self.analysed.get_or_init(|| self.store.of(self.text))
    }
}

/// What made two clauses a pair; the diff uses it to classify without folding the texts again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Equal as written or in matching form (spacing, marks, letter variants, look-alikes).
    Same,
    /// Equal once the revision tags of citations are masked.
    CitationTags,
    /// Similar words. Their citation-blind keys differ: a pair equal on that key would have been
    /// made by the earlier pass, which saw both clauses free.
    Words,
}

/// How alike a pair is and why it was made.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// Share of words in common, in order, in 0..=1.
    pub similarity: f32,
    /// What made the pair: equal text, equal label, similar words, ...
    pub basis: Basis,
}

/// A pair: old index, new index, score.
pub type Pair = (usize, usize, Score);

/// Pairs old and new items; each index appears at most once.
pub fn match_items<'t>(old: &[Item<'t>], new: &[Item<'t>]) -> Vec<Pair> {
    let mut new_taken = vec![false; new.len()];
    let mut old_taken = vec![false; old.len()];
    let same = |(i, j, similarity)| {
        (
            i,
            j,
            Score {
                similarity,
                basis: Basis::Same,
            },
        )
    };
    let mut pairs: Vec<Pair> = exact(old, new, &mut old_taken, &mut new_taken, |i| i.raw)
        .into_iter()
        .map(same)
        .collect();
    pairs.extend(
        exact(old, new, &mut old_taken, &mut new_taken, |i| i.key())
            .into_iter()
            .map(same),
    );
    // Second pass: equal once citation tags are masked ("(Rev. Guadalajara, 2010)" ->
    // "(Rev. Busan, 2014)"), the commonest edit; their similarity is computed for these pairs
    // only, instead of a shortlist each.
    for (i, j, _) in exact(old, new, &mut old_taken, &mut new_taken, |i| i.loose()) {
        let similarity = similarity(&old[i].words().seq, &new[j].words().seq);
        let basis = Basis::CitationTags;
        pairs.push((i, j, Score { similarity, basis }));
    }
    let words = |(i, j, similarity)| {
        let basis = Basis::Words;
        (i, j, Score { similarity, basis })
    };
    pairs.extend(
        fuzzy(old, new, &mut old_taken, &mut new_taken)
            .into_iter()
            .map(words),
    );
    pairs
}
