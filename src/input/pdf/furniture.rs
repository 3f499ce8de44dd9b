//! Page furniture told from text: a line printed on several pages is a running header or footer
//! only if its numbers are the same on each or one goes up with the page (a page number).

use std::collections::HashMap;

use super::layout::{PageLines, in_margin};
use super::lines::{SUP_CLOSE, SUP_OPEN};

/// The lines in the margin band of every page (footnotes aside), by their text with the digits
/// made one: the pages each is printed on, with its numbers there.
pub struct Printings(HashMap<String, Vec<Printed>>);

impl Printings {
    pub fn of(pages: &[PageLines]) -> Self {
        let mut seen: HashMap<String, Vec<Printed>> = HashMap::new();
        for (n, p) in pages.iter().enumerate() {
            let mut keys: Vec<(String, Vec<Option<u64>>)> = p
                .lines
                .iter()
                .filter(|l| in_margin(l, p.height) && !l.text.starts_with(SUP_OPEN))
                .map(|l| (key(&l.text), numbers(&l.text)))
                .collect();
            keys.sort();
            keys.dedup_by(|a, b| a.0 == b.0);
            for (k, numbers) in keys {
                seen.entry(k).or_default().push((n, numbers));
            }
        }
        Printings(seen)
    }

    /// Where a margin line alike to `text` but for its digits is printed.
    pub fn on(&self, text: &str) -> Option<&[Printed]> {
        self.0.get(&key(text)).map(Vec::as_slice)
    }

    /// [`Printings::on`], where it is furniture by its numbers (see [`numbered_as_pages`]).
    pub fn paged(&self, text: &str) -> Option<Paged<'_>> {
        self.on(text).filter(|on| numbered_as_pages(on)).map(Paged)
    }
}

/// A line's text with its digits made one, to find a running header or footer whose page number
/// changes from page to page.
fn key(text: &str) -> String {
    let mut key = String::new();
    for c in text.chars() {
        if c.is_numeric() {
            if !key.ends_with('#') {
                key.push('#');
            }
        } else if c != SUP_OPEN && c != SUP_CLOSE {
            key.push(c);
        }
    }
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

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

/// The pages a line furniture by its numbers is printed on (see [`Printings::paged`]).
pub struct Paged<'s>(&'s [Printed]);

impl Paged<'_> {
    /// How many pages it is printed on.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The pages it is printed on, from 1.
    pub fn pages(&self) -> Vec<usize> {
        self.0.iter().map(|(n, _)| n + 1).collect()
    }

    /// Whether it is a running head or foot: for a line whose number changes, printed on a
    /// quarter of the `pages` at least (running heads alternate between odd and even pages,
    /// each on half): `SECTION 5` and `SECTION 7` at the top of pages 17 and 19 of WTSA Res. 1
    /// go up with the page by chance, and are headings.
    pub fn running(&self, pages: usize) -> bool {
        let same = self.0.windows(2).all(|w| w[0].1 == w[1].1);
        same || self.0.len() * 4 >= pages
    }
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
