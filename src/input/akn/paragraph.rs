//! One paragraph of a body: its number, its text and call, the points of its list at any depth,
//! and the numbers and letters the markup left typed in the text, with the warnings that say so.

use super::dom::Elem;
use super::{AknError, REPAIRED, text};
use crate::input::Warning;
use crate::model::{Clause, Label, Scheme};

/// A preambular container or an operative paragraph (or point), with what nests under it.
pub(super) fn paragraph(
    e: &Elem,
    notes: &mut text::Notes,
    lines: &text::Lines,
    warn: &mut Vec<Warning>,
) -> Result<Clause, AknError> {
    let mut label = e
        .child("num")
        .map(|n| text::collapse(&text::plain(n)))
        .unwrap_or_default();
    // The body of the paragraph: its content, or the intro of its list; a container's own <p>s.
    // A point may hold its sub-points in a <sublist> of its own.
    let list = e.child("list").or_else(|| e.child("sublist"));
    let body: Vec<&Elem> = match (e.child("content"), list.and_then(|l| l.child("intro"))) {
        (Some(c), _) => vec![c],
        (None, Some(intro)) => vec![intro],
        (None, None) => vec![e],
    };
    let mut parts = Vec::new();
    let mut call = None;
    for b in &body {
        let (t, c) = text::with_call(b, notes)?;
        parts.push(t);
        call = call.or(c);
    }
    let mut text = parts.join(" ").trim().to_string();
    // Arabic 77/150, ECOSOC 2022/15: `1 -	Recognizes ...` with no <num>. A list written as
    // paragraphs with their letters typed in the text, `(أ) تعزيز ...`: the letter is the
    // point's label, not the opening of a heading.
    let typed = || {
        let number = text::number_in_text(&text).map(|(num, rest)| (num, rest, "number", TYPED));
        number.or_else(|| {
            letter_in_text(&text).map(|(num, rest)| (num, rest, "label", "it is read as its label"))
        })
    };
    if label.is_empty()
        && let Some((num, rest, what, read)) = typed()
    {
        warn.push(Warning {
            chosen: None,
            line: lines.at(e.offset),
            message: format!(
                "{REPAIRED}the {what} `{num}` is typed in the text of the <{}>, not in a <num>; {read}",
                e.name
            ),
        });
        label = num;
        text = rest;
    }
    if text.is_empty() {
        return Err(AknError::Empty {
            line: lines.at(e.offset),
            element: if e.name == "container" {
                "container"
            } else {
                "paragraph"
            },
        });
    }
    let mut children = Vec::new();
    if let Some(l) = list {
        points(l, &mut children, notes, lines, warn)?;
    }
    let label = Label::parse(&label).map_err(|_| AknError::BadNumber {
        line: lines.at(e.offset),
        num: label.clone(),
    })?;
    let call = call.filter(|c| text.contains(c.as_str()));
    Ok(Clause {
        label,
        text,
        children,
        call,
    })
}

/// The points of a list, at any depth. A `<sublist>` after a point holds that point's own
/// points (78/218: (i)-(xiii) under (a)), not one paragraph of its own.
fn points(
    list: &Elem,
    out: &mut Vec<Clause>,
    notes: &mut text::Notes,
    lines: &text::Lines,
    warn: &mut Vec<Warning>,
) -> Result<(), AknError> {
    for p in list.elems() {
        match p.name.as_str() {
            "intro" => {}
            "sublist" => {
                let mut subs = Vec::new();
                points(p, &mut subs, notes, lines, warn)?;
                match out.last_mut() {
                    Some(prev) => prev.children.extend(subs),
                    None => {
                        warn.push(Warning {
                            chosen: None,
                            line: lines.at(p.offset),
                            message: "a <sublist> opens its list, with no point to stand under: its points are read as points of the list".into(),
                        });
                        out.extend(subs);
                    }
                }
            }
            _ => out.push(paragraph(p, notes, lines, warn)?),
        }
    }
    Ok(())
}

/// `(أ) تعزيز ...` -> (`(أ)`, `تعزيز ...`): a bracketed letter or roman numeral the markup left
/// opening the text. Numbers are [`text::number_in_text`]'s.
fn letter_in_text(text: &str) -> Option<(String, String)> {
    let inner = text.strip_prefix('(')?;
    let close = inner.find(')')?;
    let rest = &inner[close + 1..];
    if inner[..close].chars().count() > 5 || !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let written = &text[..close + 2];
    let label = Label::parse(written).ok()?;
    let letters = !matches!(
        label.scheme(),
        Scheme::Number | Scheme::None | Scheme::Dash | Scheme::Bullet | Scheme::Decimal
    );
    letters.then(|| (written.to_string(), rest.trim_start().to_string()))
}

/// How a warning about a number typed in the text ends: [`merge_typed`] finds them by it.
const TYPED: &str = "it is read as its number";

/// Runs of numbers typed in the text (ECOSOC 2022/15 in Arabic: all 95 paragraphs) as one
/// warning each, from the first to the last, rather than one a paragraph.
pub(super) fn merge_typed(warn: &mut Vec<Warning>) {
    let number = |w: &Warning| {
        w.message
            .ends_with(TYPED)
            .then(|| w.message.split('`').nth(1).map(str::to_string))
            .flatten()
    };
    let mut out: Vec<Warning> = Vec::with_capacity(warn.len());
    let mut run: Vec<(usize, String)> = Vec::new();
    let flush = |run: &mut Vec<(usize, String)>, out: &mut Vec<Warning>| {
        match run.as_slice() {
            [] => {}
            [(line, num)] => out.push(Warning {
                chosen: None,
                line: *line,
                message: format!(
                    "{REPAIRED}the number `{num}` is typed in the text of the <paragraph>, not in a <num>; {TYPED}"
                ),
            }),
            [(first_line, first), .., (last_line, last)] => out.push(Warning {
                chosen: None,
                line: *first_line,
                message: format!(
                    "{REPAIRED}the numbers `{first}` to `{last}` of {} paragraphs (lines {first_line}–{last_line}) are typed in their text, not in <num>s; they are read as their numbers",
                    run.len()
                ),
            }),
        }
        run.clear();
    };
    for w in warn.drain(..) {
        match number(&w) {
            Some(num) => run.push((w.line, num)),
            None => {
                flush(&mut run, &mut out);
                out.push(w);
            }
        }
    }
    flush(&mut run, &mut out);
    *warn = out;
}
