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

/// The year `t` writes, where it is four ASCII digits of the 1900s or 2000s and nothing else
/// (`2016`): the years resolutions name, which a copied text glues to a note's mark or to the
/// year after a dropped hyphen (`20165`, `202420341313`).
pub(super) fn year(t: &str) -> Option<u16> {
    (t.len() == 4 && (t.starts_with("19") || t.starts_with("20")))
        .then(|| t.parse().ok())
        .flatten()
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

    #[test]
    fn years_of_two_centuries() {
        assert_eq!(year("2016"), Some(2016));
        assert_eq!(year("1945"), Some(1945));
        assert_eq!(year("1845"), None);
        assert_eq!(year("20165"), None);
        assert_eq!(year("20a1"), None);
    }
}
