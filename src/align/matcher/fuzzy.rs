//! Steps 2 and 3 of the matching: a shortlist per clause left alone from an inverted word index,
//! then a word diff on the shortlist, pairs accepted greedily, best first.

use rustc_hash::FxHashMap as HashMap;

use super::ratio::{dice, ratio_bound, share, similarity};
use super::{COMMON, Item, MAX_BONUS, MIN_DICE, REPLACED_BELOW, SHORTLIST};

pub(super) fn fuzzy(
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
