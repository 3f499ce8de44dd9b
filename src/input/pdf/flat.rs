//! The tree of a text laid out as ITU lays out its own: every decimal clause at the margin, its
//! lettered items hung one tab in, headings in bold. The indentation says little (see
//! [`super::nesting`]); the DOCX reader reads such a text by its paragraph styles, and this
//! reads the print the same way from what the styles leave on the page:
//! - `SECTION 1` + its title, an appendix's number + title: level 0, a heading;
//! - a decimal clause: as deep as its label has dots (`1.11.1` two), as `Heading1`-`Heading4`
//!   and the DOCX reader's decimal paragraphs are; a title (`1.13 Voting`: short, with no
//!   closing stop) is a heading;
//! - any other labelled paragraph (`a)`, `i)`, `−`): one level under the last decimal clause,
//!   and one further for each step it is indented (`enumlev1`-`enumlev3`);
//! - an unlabelled paragraph: under the last heading, else beside the clause before it.

use super::nesting::Levelled;
use crate::input::heading::heading_kind;
use crate::model::text::excerpt;
use crate::model::{Label, Language, Scheme};

/// Gives each line its level by the rules above. `heads[i]`: line `i` is a `SECTION` or an
/// appendix with its title; each line's level holds its indent in steps, where one was read.
/// The choice, and each label given its tab back, said in `notes` (page, message).
pub fn by_numbering(lines: &mut [Levelled], heads: &[bool], notes: &mut Vec<(usize, String)>) {
    let first_head = heads.iter().position(|h| *h).and_then(|i| lines.get(i));
    if let Some((head, _, page)) = first_head {
        notes.push((
            *page,
            format!(
                "read the text's tree by its numbering (`1.11.1` under `1.11`, an item under the clause before it), not by its indentation: it is laid out as ITU lays out its texts, every clause at the margin whatever its depth, with its parts and appendices (here `{}`) as headings",
                match head.split_once('\t') {
                    Some((number, _)) => format!("SECTION {number}"),
                    None => excerpt(head.split(" – ").next().unwrap_or(head), 40),
                }
            ),
        ));
    }
    let (mut base, mut heading) = (0usize, false);
    for (i, (text, level, page)) in lines.iter_mut().enumerate() {
        let mut steps = level.unwrap_or(0);
        if heads.get(i).copied().unwrap_or(false) {
            (base, heading) = (0, true);
            *level = Some(0);
            continue;
        }
        if let Some(split) = glued(text) {
            // Read as unlabelled, its text's start counted one step deeper than its label's.
            let label = split.split('\t').next().unwrap_or_default();
            notes.push((
                *page,
                format!(
                    "read `{}` as the label `{label}` and its text: its label printed with no tab after it, where ITU's DOCX has one",
                    excerpt(text, 40)
                ),
            ));
            *text = split;
            steps += 1;
        }
        let labelled = text.split_once('\t').and_then(|(l, body)| {
            let label = Label::parse(l.trim()).ok()?;
            (label.scheme() != Scheme::None).then_some((label, body))
        });
        *level = Some(match labelled {
            None if heading_kind(text, Language::En).is_some() => {
                // *considering*, *resolves*: the reader starts a section there.
                (base, heading) = (0, false);
                0
            }
            None if heading => base + 1,
            None => base,
            Some((label, body)) if let Some(dots) = label.decimal_depth() => {
                base = dots;
                heading = is_title(body);
                base
            }
            Some(_) => base + 1 + steps,
        });
    }
}

/// A label printed with no gap after it, as LibreOffice sets the tab after a bold heading's
/// number (`1bis.1.1Presentation of texts`) or after ITU's Symbol dash (`− to adopt`), or with
/// a space's gap, where the label reaches the tab stop (`5.4bis The Director`): the line with
/// its tab back, `1bis.1.1\tPresentation of texts`. Only a decimal label followed by a
/// capital, and the dash followed by a space, are split: the DOCX has a tab there.
pub(super) fn glued(text: &str) -> Option<String> {
    if text.contains('\t') {
        return None;
    }
    if let Some(rest) = text.strip_prefix("\u{2212} ") {
        return Some(format!("\u{2212}\t{}", rest.trim_start()));
    }
    let at = text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c.is_ascii_lowercase()))?;
    let (label, rest) = text.split_at(at);
    let parsed = Label::parse(label).ok()?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    (parsed.scheme() == Scheme::Decimal && rest.starts_with(char::is_uppercase))
        .then(|| format!("{label}\t{rest}"))
}

/// A heading's text: short, and ending with no stop, colon or semicolon.
pub(crate) fn is_title(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.chars().count() <= 100 && !text.ends_with(['.', ':', ';', ',', '…'])
}

#[cfg(test)]
mod tests {
    use super::{by_numbering, glued};

    #[test]
    fn a_label_printed_with_no_gap_gets_its_tab_back() {
        assert_eq!(
            glued("1bis.1.1Presentation of texts").as_deref(),
            Some("1bis.1.1\tPresentation of texts")
        );
        assert_eq!(
            glued("\u{2212} to adopt").as_deref(),
            Some("\u{2212}\tto adopt")
        );
        assert_eq!(
            glued("5.4bis The Director shall promote").as_deref(),
            Some("5.4bis\tThe Director shall promote")
        );
        assert_eq!(glued("1.5 million people"), None);
        assert_eq!(glued("2020Vision"), None);
        assert_eq!(glued("1.1\tText"), None);
    }

    #[test]
    fn decimal_clauses_nest_by_their_dots_and_items_by_their_indent() {
        let mut lines: Vec<super::Levelled> = [
            (
                "that the provisions … shall prevail over this resolution.",
                Some(0),
            ),
            (
                "1\tWorld Telecommunication Standardization Assembly",
                Some(0),
            ),
            ("1.11\tAs a general rule:", Some(0)),
            ("a)\tto consider;", Some(0)),
            ("i)\tto propose;", Some(1)),
            ("1.11.1\tWTSA shall consider reports.", Some(0)),
            ("1.13\tVoting", Some(0)),
            ("Should there be a need for a vote, …", Some(0)),
        ]
        .iter()
        .map(|(t, l)| (t.to_string(), *l, 1))
        .collect();
        let heads = [false, true, false, false, false, false, false, false];
        let mut notes = Vec::new();
        by_numbering(&mut lines, &heads, &mut notes);
        assert_eq!(notes.len(), 1, "{notes:?}");
        let levels: Vec<usize> = lines.iter().filter_map(|l| l.1).collect();
        assert_eq!(levels, [0, 0, 1, 2, 3, 2, 1, 2]);
    }
}
