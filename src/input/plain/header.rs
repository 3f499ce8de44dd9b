//! The lines ITU prints above the title formula: `RESOLUTION N (...)`, the title, and the list
//! of earlier revisions under it.

use crate::input::resolution_number;

/// The line of the resolution's number, `RESOLUTION 30 (Rev. Dubai, 2014)` /
/// `القرار 30 (المراجَع في دبي، 2014)`, as ITU prints it above the formula: its index in
/// `lines` and the number. Not a cover's `Resolution 1 – Rules of procedure …` (ITU's DOCX of
/// WTSA Res. 1, printed): nothing but the revision may follow the number.
pub(super) fn number_line(lines: &[&str]) -> Option<(usize, u32)> {
    lines.iter().enumerate().find_map(|(i, l)| {
        let (number, after) = resolution_number(l)?;
        (after.is_empty() || after.starts_with('(')).then_some((i, number))
    })
}

/// The list of earlier revisions ITU prints under the title, `(Montreal, 2000; …; Hammamet,
/// 2016)[^1]`: the first line after the number's line (at `number`, see [`number_line`]) and
/// its title, when it opens with a parenthesis.
pub(super) fn revision_line(lines: &[&str], number: usize) -> Option<(usize, String)> {
    let mut after = lines
        .iter()
        .enumerate()
        .skip(number + 1)
        .map(|(i, l)| (i, l.trim()))
        .filter(|(_, l)| !l.is_empty());
    after.next()?;
    after
        .next()
        .filter(|(_, l)| l.starts_with('(') && l.contains(')'))
        .map(|(i, l)| (i, l.to_string()))
}

/// What follows the list's closing parenthesis besides `[^mark]` references, when it holds a
/// letter or digit: a mark whose superscript a text export lost (`1, 1bis`).
pub(super) fn typed_marks(line: &str) -> Option<&str> {
    let tail = &line[line.rfind(')')? + 1..];
    let mut rest = tail.to_string();
    while let Some(i) = rest.find("[^") {
        match rest[i..].find(']') {
            Some(end) => rest.replace_range(i..i + end + 1, ""),
            None => break,
        }
    }
    rest.chars().any(char::is_alphanumeric).then(|| tail.trim())
}

/// The resolution's number and the title line after its line (`(i, number)`, see
/// [`number_line`]), as ITU prints them above the formula.
pub(super) fn resolution_header(
    lines: &[&str],
    (i, number): (usize, u32),
) -> (u32, Option<String>) {
    let title = lines[i + 1..]
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .map(str::to_string);
    (number, title)
}

#[cfg(test)]
mod tests {
    use super::{number_line, revision_line};

    /// WTSA Res. 1 as LibreOffice prints ITU's DOCX: a cover names the resolution before the
    /// title page does. The list under the title was not found (the cover's line taken for the
    /// number's), and its notes' marks with it.
    #[test]
    fn the_list_of_revisions_follows_the_title_not_a_cover() {
        let lines = [
            "Resolution 1 – Rules of procedure of the ITU Telecommunication Standardization Sector",
            "FOREWORD",
            "The International Telecommunication Union (ITU) is the United Nations specialized agency.",
            "RESOLUTION 1 (Rev.\u{a0}Hammamet, 2016)",
            "Rules of procedure of the ITU Telecommunication Standardization Sector",
            "(Hammamet, 2016)[^1], [^1bis]",
        ];
        let (number, _) = number_line(&lines).expect("a number's line");
        assert_eq!(
            revision_line(&lines, number),
            Some((5, "(Hammamet, 2016)[^1], [^1bis]".to_string()))
        );
    }
}
