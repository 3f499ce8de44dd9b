//! The lines ITU prints above the title formula: `RESOLUTION N (...)`, the title, and the list
//! of earlier revisions under it.

use crate::input::resolution_number;

/// The list of earlier revisions ITU prints under the title, `(Montreal, 2000; …; Hammamet,
/// 2016)[^1]`: the first line after the resolution number and its title, when it opens with a
/// parenthesis.
pub(super) fn revision_line(lines: &[&str]) -> Option<(usize, String)> {
    let number = lines.iter().position(|l| resolution_number(l).is_some())?;
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

/// `RESOLUTION 30 (Rev. Dubai, 2014)` / `القرار 30 (المراجَع في دبي، 2014)` and the title line
/// after it, as ITU prints them above the formula.
pub(super) fn resolution_header(lines: &[&str]) -> Option<(u32, Option<String>)> {
    let (i, number) = lines.iter().enumerate().find_map(|(i, l)| {
        let (number, after) = resolution_number(l)?;
        (after.is_empty() || after.starts_with('(')).then_some((i, number))
    })?;
    let title = lines[i + 1..]
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .map(str::to_string);
    Some((number, title))
}
