//! Order: which matched pairs keep their relative order (and so stay in place), and how two
//! lists interleave when shown in new-document order.

/// The longest subset of `pairs` (old index, new index, what the pair carries) increasing in
/// both indexes, i.e. the pairs that kept their order; the others moved. Patience-style LIS,
/// O(n log n).
pub fn in_order<T: Copy>(pairs: &[(usize, usize, T)]) -> Vec<(usize, usize, T)> {
    let mut sorted = pairs.to_vec();
    sorted.sort_unstable_by_key(|&(i, j, _)| (i, j));
    // tails[k]: index into `sorted` of the smallest new index ending an increasing run of k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; sorted.len()];
    for (i, &(_, n, _)) in sorted.iter().enumerate() {
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

/// A row of two lists laid out together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot<T> {
    /// An anchor: old item `i` and new item `j`, and what their pair carries.
    Both(usize, usize, T),
    Old(usize),
    New(usize),
}

/// Rows in new order: anchors as [`Slot::Both`], other new items as [`Slot::New`], other old
/// items as [`Slot::Old`] placed where they stood (before the next anchor after them).
/// `anchors` must be increasing in both indices.
pub fn merge<T: Copy>(
    old_len: usize,
    new_len: usize,
    anchors: &[(usize, usize, T)],
) -> Vec<Slot<T>> {
    let mut rows = Vec::with_capacity(old_len.max(new_len));
    let (mut oi, mut nj) = (0, 0);
    let end = (old_len, new_len, None);
    let anchors = anchors.iter().map(|&(i, j, t)| (i, j, Some(t)));
    for (ai, aj, t) in anchors.chain(std::iter::once(end)) {
        // Old items before the anchor first, so a suppressed clause shows before its successor.
        rows.extend((oi..ai).map(Slot::Old));
        rows.extend((nj..aj).map(Slot::New));
        if let Some(t) = t {
            rows.push(Slot::Both(ai, aj, t));
        }
        oi = ai + 1;
        nj = aj + 1;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::Slot::*;
    use super::*;

    #[test]
    fn lis_keeps_the_longest_ordered_run() {
        // Clause 0 moved to the end: the others keep their order.
        let pairs = [
            (0, 4, 'a'),
            (1, 0, 'b'),
            (2, 1, 'c'),
            (3, 2, 'd'),
            (4, 3, 'e'),
        ];
        assert_eq!(
            in_order(&pairs),
            [(1, 0, 'b'), (2, 1, 'c'), (3, 2, 'd'), (4, 3, 'e')]
        );
        assert!(in_order::<()>(&[]).is_empty());
    }

    #[test]
    fn merge_puts_suppressed_where_they_stood() {
        // old: A B C ; new: A X C (B suppressed, X added)
        let rows = merge(3, 3, &[(0, 0, ()), (2, 2, ())]);
        assert_eq!(rows, [Both(0, 0, ()), Old(1), New(1), Both(2, 2, ())]);
        // four clauses added above an unchanged run
        let rows = merge(2, 6, &[(0, 4, ()), (1, 5, ())]);
        assert_eq!(rows.len(), 6);
        assert_eq!(rows[4], Both(0, 4, ()));
    }

    #[test]
    fn merge_of_one_sided_lists() {
        assert_eq!(merge::<()>(2, 0, &[]), [Old(0), Old(1)]);
        assert_eq!(merge::<()>(0, 1, &[]), [New(0)]);
    }
}
