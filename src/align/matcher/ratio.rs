//! How alike two clauses' words are: the word diff's ratio and the cheap bounds that spare it.

use similar::Algorithm;

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
pub(super) fn share(common: usize, x: usize, y: usize) -> f32 {
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
