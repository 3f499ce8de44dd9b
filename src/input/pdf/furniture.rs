//! Page furniture told from text: a line printed on several pages is a running header or footer
//! only if its numbers are the same on each or one goes up with the page (a page number).

/// The numbers of a line, in order (`None`: one not in decimal digits).
pub fn numbers(text: &str) -> Vec<Option<u64>> {
    let digit = |c: char| match c {
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        c => c.to_digit(10),
    };
    let mut out: Vec<Option<u64>> = Vec::new();
    let mut prev_numeric = false;
    for c in text.chars() {
        if c.is_numeric() {
            let d = digit(c).map(u64::from);
            if prev_numeric && let Some(last) = out.last_mut() {
                *last = last
                    .zip(d)
                    .and_then(|(n, d)| n.checked_mul(10)?.checked_add(d));
            } else {
                out.push(d);
            }
        }
        prev_numeric = c.is_numeric();
    }
    out
}

/// A line printed on a page: the page's index and the line's numbers.
pub type Printed = (usize, Vec<Option<u64>>);

/// [`numbered_as_pages`], and for a line whose number changes, printed on a quarter of the
/// `pages` at least (running heads alternate between odd and even pages, each on half):
/// `SECTION 5` and `SECTION 7` at the top of pages 17 and 19 of WTSA Res. 1 go up with the
/// page by chance, and are headings.
pub fn running(on: &[Printed], pages: usize) -> bool {
    let same = on.windows(2).all(|w| w[0].1 == w[1].1);
    numbered_as_pages(on) && (same || on.len() * 4 >= pages)
}

/// Whether a line printed on several pages (`(page index, its numbers)` each) is furniture by
/// its numbers: the same on every page, or one of them going up with the page (a page number).
/// Headings alike but for their number (`SECTION 2`, `SECTION 8`), each at the top of its page,
/// are not.
pub fn numbered_as_pages(on: &[Printed]) -> bool {
    let Some((_, first)) = on.first() else {
        return false;
    };
    if on.iter().all(|(_, n)| n == first) {
        return true;
    }
    (0..first.len()).any(|i| {
        let offset = |(page, n): &Printed| {
            n.get(i)
                .copied()
                .flatten()
                .map(|v| v as i128 - *page as i128)
        };
        let o = offset(&on[0]);
        o.is_some() && on.iter().all(|e| offset(e) == o)
    })
}
