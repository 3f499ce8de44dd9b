//! Order: which matched pairs keep their relative order (and so stay in place), and how two
//! lists interleave when shown in new-document order.

/// The longest subset of `pairs` (old index, new index) increasing in both, i.e. the pairs that
/// kept their order; the others moved. Patience-style LIS, O(n log n).
pub fn in_order(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut sorted = pairs.to_vec();
    sorted.sort_unstable();
    // tails[k]: index into `sorted` of the smallest new index ending an increasing run of k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; sorted.len()];
    for (i, &(_, n)) in sorted.iter().enumerate() {
        let k = tails.partition_point(|&t| sorted[t].1 < n);
        prev[i] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        out.push(sorted[i]);
        cur = prev[i];
    }
    out.reverse();
    out
}

/// Rows in new order: anchors as `(Some(i), Some(j))`, other new items as `(None, Some(j))`,
/// other old items as `(Some(i), None)` placed where they stood (before the next anchor after
/// them). `anchors` must be increasing in both indices.
pub fn merge(
    old_len: usize,
    new_len: usize,
    anchors: &[(usize, usize)],
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut rows = Vec::with_capacity(old_len.max(new_len));
    let (mut oi, mut nj) = (0, 0);
    for &(ai, aj) in anchors.iter().chain(std::iter::once(&(old_len, new_len))) {
        // Old items before the anchor first, so a suppressed clause shows before its successor.
        while oi < ai {
            rows.push((Some(oi), None));
            oi += 1;
        }
        while nj < aj {
            rows.push((None, Some(nj)));
            nj += 1;
        }
        if ai < old_len && aj < new_len {
            rows.push((Some(ai), Some(aj)));
        }
        oi = ai + 1;
        nj = aj + 1;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lis_keeps_the_longest_ordered_run() {
        // Clause 0 moved to the end: the others keep their order.
        let pairs = [(0, 4), (1, 0), (2, 1), (3, 2), (4, 3)];
        assert_eq!(in_order(&pairs), [(1, 0), (2, 1), (3, 2), (4, 3)]);
        assert!(in_order(&[]).is_empty());
    }

    #[test]
    fn merge_puts_suppressed_where_they_stood() {
        // old: A B C ; new: A X C (B suppressed, X added)
        let rows = merge(3, 3, &[(0, 0), (2, 2)]);
        assert_eq!(
            rows,
            [
                (Some(0), Some(0)),
                (Some(1), None),
                (None, Some(1)),
                (Some(2), Some(2))
            ]
        );
        // four clauses added above an unchanged run
        let rows = merge(2, 6, &[(0, 4), (1, 5)]);
        assert_eq!(rows.len(), 6);
        assert_eq!(rows[4], (Some(0), Some(4)));
    }

    #[test]
    fn merge_of_one_sided_lists() {
        assert_eq!(merge(2, 0, &[]), [(Some(0), None), (Some(1), None)]);
        assert_eq!(merge(0, 1, &[]), [(None, Some(0))]);
    }
}
