//! The body of one `<statement>` or `<act>`: the preamble's containers, the main body's
//! paragraphs, points, subheadings and `<section>` parts, as sections of clauses.

use super::dom::Elem;
use super::{AknError, REPAIRED, text};
use crate::input::Warning;
use crate::model::{Body, Clause, Label, Scheme, Section, SectionKind, UnSymbol, read_roman_tree};

/// What one `<statement>` holds: its formula, sections and the resolutions it recalls.
#[derive(Default)]
pub(super) struct Read {
    pub(super) formula: Option<String>,
    pub(super) sections: Vec<Section>,
    pub(super) recalled: Vec<UnSymbol>,
    /// Where the markup was repaired or a number not kept as a label, each naming the element.
    pub(super) warnings: Vec<Warning>,
}

/// The preamble and main body of one `<statement>` or `<act>`.
pub(super) fn body(
    doc: &Elem,
    by: Body,
    notes: &mut text::Notes,
    lines: &text::Lines,
) -> Result<Read, AknError> {
    let mut sections = Vec::new();
    let mut formula = None;
    let mut recalled = Vec::new();
    let mut warn = Vec::new();
    for part in ["preamble", "mainBody"].iter().filter_map(|n| doc.child(n)) {
        super::said::loose(part, lines, &mut warn);
    }
    if let Some(preamble) = doc.child("preamble") {
        let mut clauses = Vec::new();
        for e in preamble.elems() {
            match e.name.as_str() {
                "formula" => formula = Some(text::flat(e, notes)?).filter(|f| !f.is_empty()),
                _ => {
                    let clause = paragraph(e, notes, lines, &mut warn)?;
                    text::links(e, by, &mut recalled);
                    clauses.push(clause);
                }
            }
        }
        sections.push(Section {
            kind: SectionKind::UnPreamble,
            heading: String::new(),
            clauses,
        });
    }
    if let Some(main) = doc.child("mainBody") {
        let mut current = Section {
            kind: SectionKind::UnOperative,
            heading: String::new(),
            clauses: Vec::new(),
        };
        // 78/240 (French): `<num>1.</num>` over an empty <p>, the text in the unnumbered
        // paragraph that follows: the number is that paragraph's.
        let mut orphan: Option<(String, AknError)> = None;
        for e in main.elems() {
            if e.name == "section" {
                // 78/253: a <section> opens a part of the operative text under its subheading
                // (Chinese: its last <heading>), with preambular paragraphs of its own as
                // <crossHeading>s; they are its first clauses, in order.
                let title = e
                    .child("subheading")
                    .or_else(|| e.elems().filter(|h| h.name == "heading").last());
                let heading = match title {
                    Some(t) => text::flat(t, notes)?,
                    None => String::new(),
                };
                // Its number, `I`; 78/253 puts it in a <p>.
                let num = e.child("num").or_else(|| {
                    e.elems()
                        .filter(|p| p.name == "p")
                        .find_map(|p| p.child("num"))
                });
                if let Some(num) = num {
                    let line = lines.at(num.offset);
                    let num = text::collapse(&text::plain(num));
                    warn.push(Warning {
                        chosen: None,
                        line,
                        message: format!(
                            "the number `{num}` of a <section> is not kept: the part is read by its heading “{heading}”"
                        ),
                    });
                }
                if !current.clauses.is_empty() || !current.heading.is_empty() {
                    sections.push(current);
                }
                current = Section {
                    kind: SectionKind::UnOperative,
                    heading,
                    clauses: Vec::new(),
                };
                super::said::loose(e, lines, &mut warn);
                for c in e.elems() {
                    match c.name.as_str() {
                        "crossHeading" | "container" | "paragraph" => {
                            current.clauses.push(paragraph(c, notes, lines, &mut warn)?);
                            text::links(c, by, &mut recalled);
                        }
                        // The part's number (`I`) and its headings, read above.
                        "p" | "num" | "subheading" | "heading" => {}
                        other => {
                            return Err(AknError::NotAkn(format!(
                                "line {}: a <section> holding <{other}>",
                                lines.at(c.offset)
                            )));
                        }
                    }
                }
                continue;
            }
            // 78/69: `<p><num>XIII</num></p>` alone in a paragraph, the number of the part
            // whose subheading follows: it stays the text of a heading, and is said.
            if e.child("num").is_none()
                && let Some(num) = e
                    .elems()
                    .filter(|p| p.name == "p")
                    .find_map(|p| p.child("num"))
            {
                let written = text::collapse(&text::plain(num));
                warn.push(Warning {
                    chosen: None,
                    line: lines.at(num.offset),
                    message: format!(
                        "the number `{written}` stands alone in a <paragraph>, in a <p>: it is read as a heading, not a clause label"
                    ),
                });
            }
            let heading = match (
                e.child("subheading"),
                e.child("content").or(e.child("list")),
            ) {
                (Some(sub), None) => Some(text::flat(sub, notes)?),
                _ => {
                    let mut clause = match paragraph(e, notes, lines, &mut warn) {
                        Err(empty @ AknError::Empty { .. })
                            if orphan.is_none() && e.child("list").is_none() =>
                        {
                            if let Some(num) = e.child("num") {
                                orphan = Some((text::collapse(&text::plain(num)), empty));
                                continue;
                            }
                            return Err(empty);
                        }
                        other => other?,
                    };
                    if let Some((num, empty)) = orphan.take() {
                        if !clause.label.written().is_empty() {
                            return Err(empty);
                        }
                        clause.label = Label::parse(&num).map_err(|_| AknError::BadNumber {
                            line: lines.at(e.offset),
                            num: num.clone(),
                        })?;
                        if let AknError::Empty { line, .. } = empty {
                            warn.push(Warning {
                                chosen: None,
                                line,
                                message: format!(
                                    "{REPAIRED}the number `{num}` stands over an empty <paragraph>; it is read as the number of the unnumbered <paragraph> at line {}, which holds the text",
                                    lines.at(e.offset)
                                ),
                            });
                        }
                    }
                    // ECOSOC 2021/28 marks its headings as paragraphs: no number, nothing
                    // nested, and no call (Chinese) or emphasis throughout. A lone operative
                    // paragraph, unnumbered, opens with a call and goes on.
                    let is_heading = clause.label.written().is_empty()
                        && clause.children.is_empty()
                        && clause.call.as_deref().is_none_or(|c| c == clause.text);
                    // 78/29: "and stresses ...;" after the points (a)-(c) of paragraph 6 is the
                    // end of that paragraph, not a heading: it goes under it, after its points.
                    if is_heading
                        && continues(&clause.text)
                        && let Some(prev) = current.clauses.last_mut()
                        && !prev.children.is_empty()
                    {
                        warn.push(Warning {
                            chosen: None,
                            line: lines.at(e.offset),
                            message: format!(
                                "{REPAIRED}an unnumbered <paragraph> that goes on with the sentence of paragraph `{}` is read as the end of that paragraph, after its points",
                                prev.label.written()
                            ),
                        });
                        prev.children.push(clause);
                        continue;
                    }
                    if !is_heading {
                        // ECOSOC 2022/15 (Arabic) writes the points (أ)-(د) of paragraph 89 as
                        // paragraphs of their own: a lettered paragraph goes under the one before.
                        let lettered =
                            !matches!(clause.label.scheme(), Scheme::Number | Scheme::None);
                        match current.clauses.last_mut() {
                            Some(prev) if lettered => {
                                // The line of its <num>, where the label stands.
                                let at = e.child("num").map_or(e.offset, |n| n.offset);
                                warn.push(Warning {
                                    chosen: None,
                                    line: lines.at(at),
                                    message: format!(
                                        "{REPAIRED}<paragraph> `{}` is marked up as a paragraph of its own; it is read as a point of paragraph `{}` (a <point> of its <list>)",
                                        clause.label.written(), prev.label.written()
                                    ),
                                });
                                prev.children.push(clause);
                            }
                            _ => current.clauses.push(clause),
                        }
                        continue;
                    }
                    Some(clause.text)
                }
            };
            if let Some(heading) = heading {
                if !current.clauses.is_empty() || !current.heading.is_empty() {
                    sections.push(current);
                }
                current = Section {
                    kind: SectionKind::UnOperative,
                    heading,
                    clauses: Vec::new(),
                };
            }
        }
        if let Some((_, empty)) = orphan {
            return Err(empty);
        }
        sections.push(current);
    }
    // Each once, in order: one set, where checking the list for each link was quadratic.
    let mut seen = rustc_hash::FxHashSet::default();
    recalled.retain(|s| seen.insert(s.clone()));
    // (i) under (a), read as roman numerals as every reader of a written tree reads them.
    for s in &mut sections {
        read_roman_tree(&mut s.clauses, None);
    }
    merge_typed(&mut warn);
    // The preamble is the first section, when there is one; the main body the rest.
    let split = usize::from(doc.child("preamble").is_some()).min(sections.len());
    if let Some(preamble) = doc.child("preamble") {
        super::said::twice(preamble, &sections[..split], lines, &mut warn);
    }
    if let Some(main) = doc.child("mainBody") {
        super::said::twice(main, &sections[split..], lines, &mut warn);
    }
    if let Some(attachments) = doc.child("attachments") {
        for a in attachments.elems() {
            unread(a, lines, &mut warn);
        }
    }
    Ok(Read {
        formula,
        sections,
        recalled,
        warnings: warn,
    })
}

/// How a warning about a number typed in the text ends: [`merge_typed`] finds them by it.
const TYPED: &str = "it is read as its number";

/// Runs of numbers typed in the text (ECOSOC 2022/15 in Arabic: all 95 paragraphs) as one
/// warning each, from the first to the last, rather than one a paragraph.
fn merge_typed(warn: &mut Vec<Warning>) {
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

/// An annex (`<attachment>`) is not read as clauses: a warning names its numbers, from the
/// first to the last, and the lines they stand on (78/4: a political declaration of 109
/// paragraphs).
fn unread(a: &Elem, lines: &text::Lines, warn: &mut Vec<Warning>) {
    let mut nums = Vec::new();
    a.find_all("num", &mut nums);
    let (Some(first), Some(last)) = (nums.first(), nums.last()) else {
        return;
    };
    let name = a
        .find("docTitle")
        .or_else(|| a.find("heading"))
        .map(|t| text::collapse(&text::plain(t)))
        .unwrap_or_else(|| "annex".into());
    let number = |n: &Elem| text::collapse(&text::plain(n));
    warn.push(Warning {
        chosen: None,
        line: lines.at(a.offset),
        message: format!(
            "lines {}–{}: the <{}> “{name}” is not read: its {} numbers, `{}` to `{}`, are not clause labels",
            lines.at(first.offset),
            lines.at(last.offset),
            a.name,
            nums.len(),
            number(first),
            number(last)
        ),
    });
}

/// A preambular container or an operative paragraph (or point), with what nests under it.
fn paragraph(
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
    if label.is_empty()
        && let Some((num, rest)) = text::number_in_text(&text)
    {
        // Arabic 77/150, ECOSOC 2022/15: `1 -	Recognizes ...` with no <num>.
        warn.push(Warning {
            chosen: None,
            line: lines.at(e.offset),
            message: format!(
                "{REPAIRED}the number `{num}` is typed in the text of the <{}>, not in a <num>; {TYPED}",
                e.name
            ),
        });
        label = num;
        text = rest;
    } else if label.is_empty()
        && let Some((num, rest)) = letter_in_text(&text)
    {
        // A list written as paragraphs with their letters typed in the text, `(أ) تعزيز ...`:
        // the letter is the point's label, not the opening of a heading.
        warn.push(Warning {
            chosen: None,
            line: lines.at(e.offset),
            message: format!(
                "{REPAIRED}the label `{num}` is typed in the text of the <{}>, not in a <num>; it is read as its label",
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

/// Whether an unnumbered paragraph with no call reads as the rest of a sentence rather than a
/// heading: it opens in lower case, or ends (footnote marks aside) as a clause does.
fn continues(text: &str) -> bool {
    let mut t = text.trim_end();
    while t.ends_with(']')
        && let Some(at) = t.rfind("[^")
    {
        t = t[..at].trim_end();
    }
    text.chars().next().is_some_and(char::is_lowercase)
        || t.ends_with([';', '；', '؛', ',', '，', '،', ':', '：'])
}
