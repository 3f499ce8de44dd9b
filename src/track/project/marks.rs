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

/// Whether `mark` can be a footnote mark: the corpus reader's rule (no space, no `[`, at most
/// 16 characters), so a bracket in the words is not taken for one.
fn plausible(mark: &str) -> bool {
    !mark.is_empty()
        && mark.chars().count() <= 16
        && !mark.contains(|c: char| c.is_whitespace() || c == '[')
}

/// The text cut into words and marks, in order; the words of an empty text are none.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut words_from = 0;
    let mut at = 0;
    while let Some(open) = rest.find("[^") {
        let after = &rest[open + 2..];
        let Some(close) = after.find(']').filter(|&c| plausible(&after[..c])) else {
            // Not a mark: its `[^` stays words.
            at += open + 2;
            rest = after;
            continue;
        };
        let start = at + open;
        if start > words_from {
            out.push(Piece::Text(&text[words_from..start]));
        }
        out.push(Piece::Mark(&after[..close]));
        at = start + 2 + close + 1;
        words_from = at;
        rest = &text[at..];
    }
    if words_from < text.len() {
        out.push(Piece::Text(&text[words_from..]));
    }
    out
}

/// The footnote marks a text cites, in order.
pub fn cited(text: &str) -> Vec<&str> {
    pieces(text)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Mark(m) => Some(m),
            Piece::Text(_) => None,
        })
        .collect()
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
        assert_eq!(cited(t), ["3", "4"]);
        assert_eq!(pieces("[^1]"), [Piece::Mark("1")]);
        assert!(pieces("").is_empty());
    }
}
