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

use similar::Algorithm;

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

fn exact<'t>(
    old: &[Item<'t>],
    new: &[Item<'t>],
    old_taken: &mut [bool],
    new_taken: &mut [bool],
    key: impl Fn(&Item<'t>) -> u64,
) -> Vec<(usize, usize, f32)> {
    // Sized for every new item up front: growing it rehashed the keys several times.
    let mut by_key: HashMap<u64, Bucket<'t>> =
        HashMap::with_capacity_and_hasher(new.len(), Default::default());
    for (j, n) in new.iter().enumerate().filter(|(j, _)| !new_taken[*j]) {
        by_key
            .entry(key(n))
            .and_modify(|b| b.more.push(j))
            .or_insert_with(|| Bucket::new(j));
    }
    let mut pairs = Vec::new();
    for (i, o) in old.iter().enumerate() {
        if old_taken[i] {
            continue;
        }
        let Some(bucket) = by_key.get_mut(&key(o)) else {
            continue;
        };
        if let Some(j) = bucket.best(o, new, new_taken) {
            new_taken[j] = true;
            old_taken[i] = true;
            pairs.push((i, j, 1.0));
        }
    }
    pairs
}

/// Candidates past which a bucket is indexed by group and label rather than scanned: thousands
/// of identical provisions ("(SUP - WRC-12)" in the Radio Regulations) made a scan per clause
/// quadratic.
const SCANNED: usize = 16;

/// The new items that share a key, in index order: the first, then any others (most keys have
/// one item, which then costs no allocation).
struct Bucket<'t> {
    first: usize,
    more: Vec<usize>,
    index: Option<Tiers<'t>>,
}

/// A long bucket by preference: same group and label, same group, same label, any.
struct Tiers<'t> {
    both: HashMap<(usize, &'t str), Free>,
    group: HashMap<usize, Free>,
    label: HashMap<&'t str, Free>,
    any: Free,
}

/// Indexes in increasing order and how many of them are known to be taken: items are taken,
/// never given back, so each is stepped over once.
#[derive(Default)]
struct Free {
    js: Vec<usize>,
    at: usize,
}

impl Free {
    fn first(&mut self, taken: &[bool]) -> Option<usize> {
        while self.js.get(self.at).is_some_and(|&j| taken[j]) {
            self.at += 1;
        }
        self.js.get(self.at).copied()
    }
}

impl<'t> Bucket<'t> {
    fn new(first: usize) -> Bucket<'t> {
        Bucket {
            first,
            more: Vec::new(),
            index: None,
        }
    }

    fn js(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.first).chain(self.more.iter().copied())
    }

    /// The free candidate in the same group, then with the same label, then the first: the
    /// greatest (same group, same label, lowest index).
    fn best(&mut self, o: &Item<'t>, new: &[Item<'t>], taken: &[bool]) -> Option<usize> {
        // The first and the others: at most SCANNED in all.
        if self.more.len() < SCANNED {
            return self.js().filter(|&j| !taken[j]).max_by_key(|&j| {
                let n = &new[j];
                (n.group == o.group, n.label == o.label, std::cmp::Reverse(j))
            });
        }
        let js = std::iter::once(self.first).chain(self.more.iter().copied());
        let tiers = self.index.get_or_insert_with(|| {
            let mut t = Tiers {
                both: HashMap::default(),
                group: HashMap::default(),
                label: HashMap::default(),
                any: Free::default(),
            };
            for j in js {
                let n = &new[j];
                t.both.entry((n.group, n.label)).or_default().js.push(j);
                t.group.entry(n.group).or_default().js.push(j);
                t.label.entry(n.label).or_default().js.push(j);
                t.any.js.push(j);
            }
            t
        });
        let label: &str = o.label;
        tiers
            .both
            .get_mut(&(o.group, label))
            .and_then(|f| f.first(taken))
            .or_else(|| tiers.group.get_mut(&o.group).and_then(|f| f.first(taken)))
            .or_else(|| tiers.label.get_mut(label).and_then(|f| f.first(taken)))
            .or_else(|| tiers.any.first(taken))
    }
}

fn fuzzy(
    old: &[Item<'_>],
    new: &[Item<'_>],
    old_taken: &mut [bool],
    new_taken: &mut [bool],
) -> Vec<(usize, usize, f32)> {
    let open_new: Vec<usize> = (0..new.len()).filter(|&j| !new_taken[j]).collect();
    if open_new.is_empty() {
        return Vec::new();
    }
    // The inverted index as one list of clauses, a run per word, found through a map of where
    // each word's run starts and ends (two binary searches per word of every unmatched clause
    // missed the cache on 40k clauses; a map of vectors cost an allocation per distinct word).
    // Filled as a counting sort, words counted first, then clauses in increasing order: sorting
    // (word, clause) pairs was a tenth of the matching on the Res. 30 pair (callgrind).
    let total: usize = open_new.iter().map(|&j| new[j].words().set.len()).sum();
    let mut runs: HashMap<u64, (usize, usize)> =
        HashMap::with_capacity_and_hasher(total, Default::default());
    for &j in &open_new {
        for &w in &new[j].words().set {
            runs.entry(w).or_insert((0, 0)).1 += 1;
        }
    }
    let mut start = 0;
    for run in runs.values_mut() {
        let len = run.1;
        *run = (start, start);
        start += len;
    }
    let mut postings = vec![0; total];
    for &j in &open_new {
        for w in &new[j].words().set {
            if let Some(run) = runs.get_mut(w) {
                postings[run.1] = j;
                run.1 += 1;
            }
        }
    }
    let posting = |w: u64| {
        runs.get(&w)
            .map_or(&postings[..0], |&(a, b)| &postings[a..b])
    };
    // Unmatched new clauses by (group, position), to offer the clause standing at the same place.
    let mut by_place: HashMap<(usize, usize), usize> =
        HashMap::with_capacity_and_hasher(open_new.len(), Default::default());
    for &j in &open_new {
        by_place.insert((new[j].group, new[j].pos), j);
    }

    let mut scored: Vec<(f32, f32, usize, usize)> = Vec::new();
    // Shared-word counts per new clause, and which entries are set, cleared after each clause.
    let mut counts = vec![0usize; new.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, o) in old.iter().enumerate().filter(|(i, _)| !old_taken[*i]) {
        // Whether every word of the clause was counted: then a count is the number of words the
        // clause shares with that new clause, and the overlap needs no merge of word sets.
        let mut all_counted = true;
        for &w in &o.words().set {
            let post = posting(w);
            if post.len() <= COMMON {
                for &j in post {
                    if counts[j] == 0 {
                        touched.push(j);
                    }
                    counts[j] += 1;
                }
            } else {
                all_counted = false;
            }
        }
        let mut cands: Vec<(usize, usize)> = touched.iter().map(|&j| (counts[j], j)).collect();
        cands.sort_unstable_by(|a, b| b.cmp(a));
        cands.truncate(SHORTLIST);
        let mut shortlist: Vec<usize> = cands.into_iter().map(|(_, j)| j).collect();
        for p in [o.pos.saturating_sub(1), o.pos, o.pos + 1] {
            if let Some(&j) = by_place.get(&(o.group, p))
                && !shortlist.contains(&j)
            {
                shortlist.push(j);
            }
        }
        // Cheap bounds first; the word diff runs best-bound first and stops once no remaining
        // candidate can beat the best score found, bonus included.
        let (ow, shared) = (o.words(), &counts);
        let mut bounded: Vec<(f32, usize)> = shortlist
            .into_iter()
            .map(|j| (j, new[j].words()))
            .filter(|(j, nw)| {
                let overlap = if all_counted {
                    share(shared[*j], ow.set.len(), nw.set.len())
                } else {
                    dice(&ow.set, &nw.set)
                };
                overlap >= MIN_DICE
            })
            .map(|(j, nw)| {
                // Without repeated words the multisets are the sets: the bound is the overlap.
                let bound = if all_counted
                    && ow.sorted.len() == ow.set.len()
                    && nw.sorted.len() == nw.set.len()
                {
                    share(shared[j], ow.set.len(), nw.set.len())
                } else {
                    ratio_bound(&ow.sorted, &nw.sorted)
                };
                (bound, j)
            })
            .filter(|(b, _)| *b >= REPLACED_BELOW)
            .collect();
        for j in touched.drain(..) {
            counts[j] = 0;
        }
        bounded.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut best = 0.0f32;
        for (bound, j) in bounded {
            if bound + MAX_BONUS < best {
                break;
            }
            let n = &new[j];
            let ratio = similarity(&o.words().seq, &n.words().seq);
            if ratio >= REPLACED_BELOW {
                let bonus = if n.group == o.group { 0.05 } else { 0.0 }
                    + if n.label == o.label { 0.02 } else { 0.0 };
                best = best.max(ratio + bonus);
                scored.push((ratio + bonus, ratio, i, j));
            }
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    let mut pairs = Vec::new();
    for (_, ratio, i, j) in scored {
        if !old_taken[i] && !new_taken[j] {
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push((i, j, ratio));
        }
    }
    pairs
}

/// Dice coefficient of two sorted, distinct word sets.
pub fn dice(x: &[u64], y: &[u64]) -> f32 {
    // The same merge count as the bound, on sets instead of multisets.
    ratio_bound(x, y)
}

/// An upper bound of [`similarity`] from word counts alone (order ignored), in O(n): pairs
/// below the threshold are dropped before the O(n·d) diff.
pub fn ratio_bound(x: &[u64], y: &[u64]) -> f32 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    share(common, x.len(), y.len())
}

/// Twice the `common` items over the items of both sides: [`dice`] and [`ratio_bound`] given
/// their count of common items.
fn share(common: usize, x: usize, y: usize) -> f32 {
    if x + y == 0 {
        return 1.0;
    }
    2.0 * common as f32 / (x + y) as f32
}

/// Share of words in common, in order: `similar`'s ratio on the word sequences.
pub fn similarity(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let ops = similar::capture_diff_slices(Algorithm::Myers, a, b);
    similar::diff_ratio(&ops, a.len(), b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store for one test's items, left to the end of the test process: a few bytes.
    fn store() -> &'static Analyses {
        Box::leak(Box::default())
    }

    fn items<'a>(texts: &[&'a str], group: usize) -> Vec<Item<'a>> {
        let store = store();
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Item::new(t, group, i, "", store))
            .collect()
    }

    #[test]
    fn exact_then_fuzzy() {
        let old = items(
            &["alpha beta gamma delta", "one two three four five six"],
            0,
        );
        let new = items(
            &[
                "one two three four five seven",
                "zzz",
                "alpha beta gamma delta",
            ],
            0,
        );
        let mut pairs = match_items(&old, &new);
        pairs.sort_by_key(|p| p.0);
        assert_eq!((pairs[0].0, pairs[0].1, pairs[0].2.similarity), (0, 2, 1.0));
        assert_eq!(pairs[0].2.basis, Basis::Same);
        assert_eq!((pairs[1].0, pairs[1].1), (1, 0));
        assert!(pairs[1].2.similarity > 0.8 && pairs[1].2.similarity < 1.0);
        assert_eq!(pairs[1].2.basis, Basis::Words);
        assert_eq!(pairs.len(), 2);
    }

    #[test]
    fn a_citation_update_is_matched_on_the_citation_blind_key() {
        let old = items(
            &["بالقرار 140 (المراجَع في غوادالاخارا، 2010) لمؤتمر المندوبين المفوضين؛"],
            0,
        );
        let new = items(
            &["بالقرار 140 (المراجَع في بوسان، 2014) لمؤتمر المندوبين المفوضين؛"],
            0,
        );
        let pairs = match_items(&old, &new);
        assert_eq!(pairs.len(), 1);
        assert_eq!(pairs[0].2.basis, Basis::CitationTags);
        assert!(pairs[0].2.similarity < 1.0);
    }

    #[test]
    fn replacement_threshold_both_sides() {
        // 10 words, 5 kept (ratio 0.5): the same clause, edited.
        let old = items(&["one two three four five six seven eight nine ten"], 0);
        let half = items(&["one two three four five seis siete ocho nueve diez"], 0);
        let pairs = match_items(&old, &half);
        assert_eq!(pairs.len(), 1);
        assert!((pairs[0].2.similarity - 0.5).abs() < 1e-6);
        // 4 kept of 10 (ratio 0.4): a different clause.
        let less = items(&["one two three four cinco seis siete ocho nueve diez"], 0);
        assert!(match_items(&old, &less).is_empty());
    }

    #[test]
    fn spacing_alone_never_makes_a_different_clause() {
        let old = items(
            &["بالقرار 140 (المراجَع في بوسان، 2014)", "one  two three"],
            0,
        );
        let new = items(
            &["one two\u{a0}three", "بالقرار140 (المراجَع في بوسان،2014)"],
            0,
        );
        let mut pairs = match_items(&old, &new);
        pairs.sort_by_key(|p| p.0);
        assert_eq!(pairs.len(), 2);
        assert_eq!(
            (pairs[0].0, pairs[0].1, pairs[0].2.basis),
            (0, 1, Basis::Same)
        );
        assert_eq!(
            (pairs[1].0, pairs[1].1, pairs[1].2.basis),
            (1, 0, Basis::Same)
        );
    }

    #[test]
    fn identical_clauses_pair_by_group_then_label() {
        // More copies than a bucket scans: the tiers choose as the scan would.
        let labels: Vec<String> = (0..40).map(|i| (i % 20).to_string()).collect();
        let store = store();
        let make = |order: &mut dyn Iterator<Item = usize>| -> Vec<Item<'_>> {
            order
                .enumerate()
                .map(|(pos, i)| Item::new("(SUP - WRC-12)", i / 20, pos, &labels[i], store))
                .collect()
        };
        let old = make(&mut (0..40));
        let new = make(&mut (0..40).rev());
        let pairs = match_items(&old, &new);
        assert_eq!(pairs.len(), 40);
        for (i, j, score) in pairs {
            assert_eq!((old[i].group, old[i].label), (new[j].group, new[j].label));
            assert_eq!(score.basis, Basis::Same);
        }
        // One copy fewer in the new text's group 0: an old clause of group 0 takes one of group 1.
        let fewer = make(&mut (1..40));
        let pairs = match_items(&old, &fewer);
        assert_eq!(pairs.len(), 39);
        let across = pairs
            .iter()
            .filter(|(i, j, _)| old[*i].group != fewer[*j].group)
            .count();
        assert_eq!(across, 1);
    }

    #[test]
    fn same_group_wins_ties() {
        let old = items(&["the same words here"], 1);
        let mut new = items(&["the same words here", "the same words here"], 0);
        new[1].group = 1;
        let pairs = match_items(&old, &new);
        assert_eq!(pairs[0].1, 1);
    }
}
