//! Step 1 of the matching: clauses equal on a key (as written, matching form, citation-blind),
//! paired through a hash map, preferring the same group and label.

use rustc_hash::FxHashMap as HashMap;

use super::Item;

pub(super) fn exact<'t>(
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
