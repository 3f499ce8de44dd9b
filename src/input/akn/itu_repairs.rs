//! The clauses of the Final Acts (issue 24), and the repairs of the conversion's defects: a
//! heading run into the clause before it, a label left in the text, points run together.

use super::dom::Elem;
use super::itu::unexpected;
use super::text::Lines;
use super::{AknError, REPAIRED, text};
use crate::input::Warning;
use crate::input::heading::heading_kind;
use crate::model::{Clause, Label, Language, Section, SectionKind};

/// Operative calls that, after a comma, open a heading rather than go on with a sentence.
pub(super) const RUN_IN: [&str; 6] = [
    ", instructs the ",
    ", invites ",
    ", requests the ",
    ", encourages ",
    ", urges ",
    ", further resolves",
];

/// The section that `next`, whose label `current` already holds, opens: the conversion ran its
/// heading into the end of the clause before (`..., instructs the Directors of the Bureaux`),
/// where it is taken from; failing that, a section of kind `other` with no heading.
pub(super) fn lost_heading(
    current: &mut Section,
    next: &Clause,
    (number, lines, at): (u32, &Lines, &Elem),
    warnings: &mut Vec<Warning>,
) -> Section {
    let line = lines.at(at.offset);
    let label = next.label.written().to_string();
    let prev = current.clauses.last_mut().map(deepest_last);
    // The nearest of the last three commas or semicolons after which a known heading stands:
    // "instructs the Secretary-General, in consultation with the Directors" has one inside.
    let found = prev.as_ref().and_then(|p| {
        let cuts = p.text.match_indices([',', ';']).map(|(i, _)| i);
        let cuts: Vec<usize> = cuts.collect();
        cuts.iter().rev().take(3).find_map(|&cut| {
            let tail = p.text[cut + 1..].trim();
            let short = (1..=16).contains(&tail.split_whitespace().count())
                && tail.chars().next().is_some_and(char::is_lowercase);
            let kind = heading_kind(tail, Language::En).filter(|_| short)?;
            Some((cut, tail.to_string(), kind))
        })
    });
    match (prev, found) {
        (Some(p), Some((cut, heading, kind))) => {
            p.text.truncate(cut + 1);
            warnings.push(Warning {
                chosen: None,
                line,
                message: format!(
                    "{REPAIRED}Resolution {number}: the numbering starts again at `{label}` after “{}”; the heading “{heading}” ran into the end of the clause before, and is read as the heading of a new section, of kind `{kind}`",
                    current.heading
                ),
            });
            Section {
                kind,
                heading,
                clauses: Vec::new(),
            }
        }
        _ => {
            warnings.push(Warning {
                chosen: None,
                line,
                message: format!(
                    "Resolution {number}: the numbering starts again at `{label}` after “{}” with no heading (the conversion lost it): a section of kind `other` with no heading is opened; give its heading by hand",
                    current.heading
                ),
            });
            Section {
                kind: SectionKind::Other,
                heading: String::new(),
                clauses: Vec::new(),
            }
        }
    }
}

/// The last clause at the deepest level: where a run-on heading stands.
fn deepest_last(c: &mut Clause) -> &mut Clause {
    if c.children.is_empty() {
        return c;
    }
    let last = c.children.len() - 1;
    deepest_last(&mut c.children[last])
}

/// `a) Resolution 73 ...` -> (`a)`, `Resolution 73 ...`); `1 that ITU's role ...` -> (`1`, ...).
/// Only a letter or short roman numeral with `)`, or a number of up to two digits before a
/// lower-case word, counts: "2030 Agenda" and "ITU ..." stay text.
pub(super) fn label_in_text(text: &str) -> Option<(String, String)> {
    let (first, rest) = text.split_once(' ')?;
    let rest = rest.trim_start();
    let lettered = first
        .strip_suffix(')')
        .is_some_and(|l| (1..=4).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase()));
    let numbered = (1..=2).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && rest.chars().next().is_some_and(char::is_lowercase);
    (lettered || numbered).then(|| (first.to_string(), rest.to_string()))
}

/// Whether a point's text holds the next point's label: `...; ii) providing ...`.
pub(super) fn runs_on(text: &str) -> bool {
    text.split_whitespace().skip(1).any(|w| {
        w.strip_suffix(')').is_some_and(|l| {
            (1..=4).contains(&l.len()) && l.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
        })
    })
}

/// A recital, paragraph or point: its `<num>`, or a label the conversion left in the text.
pub(super) fn clause(
    e: &Elem,
    (number, lines): (u32, &Lines),
    notes: &mut text::Notes,
    warnings: &mut Vec<Warning>,
) -> Result<Clause, AknError> {
    let line = lines.at(e.offset);
    let mut texts = Vec::new();
    let mut children = Vec::new();
    for c in e.elems() {
        match c.name.as_str() {
            "num" => {}
            "p" | "content" | "intro" => texts.push(text::flat(c, notes)?),
            "list" => {
                for p in c.elems() {
                    match p.name.as_str() {
                        "point" => {
                            let mut point = clause(p, (number, lines), notes, warnings)?;
                            let written = point.label.written().to_string();
                            if !written.is_empty()
                                && children
                                    .iter()
                                    .any(|c: &Clause| c.label.written() == written)
                            {
                                // Res. 71's tables come out as points numbered by SDG target
                                // ("5.5" twice): the number is kept as text, not as a label.
                                warnings.push(Warning {
                                    chosen: None,
                                    line: lines.at(p.offset),
                                    message: format!(
                                        "Resolution {number}: the point `{written}` stands twice under one paragraph (a table run into points by the conversion?); the second is kept unlabelled, its number in its text"
                                    ),
                                });
                                point.text = format!("{written} {}", point.text);
                                point.label = Label::none();
                            }
                            children.push(point);
                        }
                        "intro" => texts.push(text::flat(p, notes)?),
                        other => return Err(unexpected(lines, p, other, "<list>")),
                    }
                }
            }
            other => return Err(unexpected(lines, c, other, &format!("<{}>", e.name))),
        }
    }
    let mut body = texts
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let num = e.child("num").map(|n| text::collapse(&text::plain(n)));
    let label = match num.filter(|n| !n.is_empty()) {
        Some(n) => Label::parse(&n).map_err(|_| AknError::BadNumber { line, num: n })?,
        None => match label_in_text(&body) {
            Some((written, rest)) => {
                warnings.push(Warning {
                    chosen: None,
                    line,
                    message: format!(
                        "{REPAIRED}Resolution {number}: the label `{written}` stood in the text of an unnumbered <{}>; it is read as the clause's label",
                        e.name
                    ),
                });
                let label = Label::parse(&written).map_err(|_| AknError::BadNumber {
                    line,
                    num: written.clone(),
                })?;
                body = rest;
                label
            }
            None => Label::none(),
        },
    };
    if body.is_empty() && children.is_empty() {
        return Err(AknError::Empty {
            line,
            element: "recital or paragraph",
        });
    }
    if body.contains("_____") {
        warnings.push(Warning {
            chosen: None,
            line,
            message: format!(
                "Resolution {number}, clause `{}`: a footnote stands inline after a rule of underscores (the conversion's); it is kept in the text",
                label.written()
            ),
        });
    }
    if e.name == "point" && runs_on(&body) {
        warnings.push(Warning {
            chosen: None,
            line,
            message: format!(
                "Resolution {number}, point `{}`: the next points seem run into its text (the conversion's); kept as one clause",
                label.written()
            ),
        });
    }
    Ok(Clause {
        label,
        text: body,
        children,
        call: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_left_in_the_text_are_found_and_numbers_of_the_text_are_not() {
        assert_eq!(
            label_in_text("a) Resolution 73 (Minneapolis, 1998)"),
            Some(("a)".into(), "Resolution 73 (Minneapolis, 1998)".into()))
        );
        assert_eq!(
            label_in_text("1 that ITU's role"),
            Some(("1".into(), "that ITU's role".into()))
        );
        assert_eq!(label_in_text("2030 Agenda for"), None);
        assert_eq!(label_in_text("5 Member States"), None);
    }
}
