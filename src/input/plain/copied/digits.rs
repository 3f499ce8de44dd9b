//! A number as copied texts write a note's (its mark, its line) or a clause's label: one to
//! three ASCII digits. Told here once, for every reader that looks for one.

/// The most digits such a number has: the UN's and ITU's texts number fewer than 1,000 notes.
const MOST: usize = 3;

/// How many ASCII digits open `t`, where they are one to three (`12 See`, `6 ، وتتطلع`).
pub(super) fn opening(t: &str) -> Option<usize> {
    let run = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (1..=MOST).contains(&run).then_some(run)
}

/// Whether `t` is one to three ASCII digits and nothing else (`12`).
pub(super) fn whole(t: &str) -> bool {
    opening(t) == Some(t.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_to_three_digits() {
        assert_eq!(opening("12 See A/C.2/59/3."), Some(2));
        assert_eq!(opening("1234 x"), None);
        assert_eq!(opening("See"), None);
        assert!(whole("123") && whole("1"));
        assert!(!whole("") && !whole("1234") && !whole("12.") && !whole("١٢"));
    }
}
