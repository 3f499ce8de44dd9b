//! Footnote marks in a text: `[^6]` is a code a translator keeps, not words to translate. The
//! XLIFF writes each as an inline code, and a footnote is told by the clause citing it.

/// A run of a text: words, or a footnote mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Words to translate.
    Text(&'a str),
    /// The mark of `[^mark]`.
    Mark(&'a str),
}

/// The text cut into words and marks, in order (marks as [`crate::diff::cited`] reads them);
/// the words of an empty text are none.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut words_from = 0;
    for (range, mark) in crate::diff::marks::cites(text) {
        if range.start > words_from {
            out.push(Piece::Text(&text[words_from..range.start]));
        }
        out.push(Piece::Mark(mark));
        words_from = range.end;
    }
    if words_from < text.len() {
        out.push(Piece::Text(&text[words_from..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 80/118 ¶6 cites two notes inside the sentence; a bracket that is no mark stays words.
    #[test]
    fn marks_are_cut_out_of_the_words() {
        let t = "the 2015 Addis Ababa Action Agenda,[^3] to close with urgency the estimated \
                 annual 4 trillion United States dollar financing gap,[^4] and [^ catalyse]";
        assert_eq!(
            pieces(t),
            [
                Piece::Text("the 2015 Addis Ababa Action Agenda,"),
                Piece::Mark("3"),
                Piece::Text(
                    " to close with urgency the estimated annual 4 trillion United States \
                     dollar financing gap,"
                ),
                Piece::Mark("4"),
                Piece::Text(" and [^ catalyse]"),
            ]
        );
        assert_eq!(pieces("[^1]"), [Piece::Mark("1")]);
        assert!(pieces("").is_empty());
    }
}
