//! The body of one `<statement>` or `<act>`: the preamble's containers, the main body's
//! paragraphs, points, subheadings and `<section>` parts, as sections of clauses.

use super::dom::Elem;
use super::{AknError, text};
use crate::model::{Body, Clause, Label, Scheme, Section, SectionKind, UnSymbol};

/// What one `<statement>` holds: its formula, sections and the resolutions it recalls.
#[derive(Default)]
pub(super) struct Read {
    pub(super) formula: Option<String>,
    pub(super) sections: Vec<Section>,
    pub(super) recalled: Vec<UnSymbol>,
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
    if let Some(preamble) = doc.child("preamble") {
        let mut clauses = Vec::new();
        for e in preamble.elems() {
            match e.name.as_str() {
                "formula" => formula = Some(text::flat(e, notes)?).filter(|f| !f.is_empty()),
                _ => {
                    let clause = paragraph(e, notes, lines)?;
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
                if !current.clauses.is_empty() || !current.heading.is_empty() {
                    sections.push(current);
                }
                current = Section {
                    kind: SectionKind::UnOperative,
                    heading,
                    clauses: Vec::new(),
                };
                for c in e.elems() {
                    match c.name.as_str() {
                        "crossHeading" | "container" | "paragraph" => {
                            current.clauses.push(paragraph(c, notes, lines)?);
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
            let heading = match (
                e.child("subheading"),
                e.child("content").or(e.child("list")),
            ) {
                (Some(sub), None) => Some(text::flat(sub, notes)?),
                _ => {
                    let mut clause = match paragraph(e, notes, lines) {
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
                        if !clause.label.written.is_empty() {
                            return Err(empty);
                        }
                        clause.label = Label::parse(&num).map_err(|_| AknError::BadNumber {
                            line: lines.at(e.offset),
                            num: num.clone(),
                        })?;
                    }
                    // ECOSOC 2021/28 marks its headings as paragraphs: no number, nothing
                    // nested, and no call (Chinese) or emphasis throughout. A lone operative
                    // paragraph, unnumbered, opens with a call and goes on.
                    let is_heading = clause.label.written.is_empty()
                        && clause.children.is_empty()
                        && clause.call.as_deref().is_none_or(|c| c == clause.text);
                    // 78/29: "and stresses ...;" after the points (a)-(c) of paragraph 6 is the
                    // end of that paragraph, not a heading: it goes under it, after its points.
                    if is_heading
                        && continues(&clause.text)
                        && let Some(prev) = current.clauses.last_mut()
                        && !prev.children.is_empty()
                    {
                        prev.children.push(clause);
                        continue;
                    }
                    if !is_heading {
                        // ECOSOC 2022/15 (Arabic) writes the points (أ)-(د) of paragraph 89 as
                        // paragraphs of their own: a lettered paragraph goes under the one before.
                        let lettered =
                            !matches!(clause.label.scheme, Scheme::Number | Scheme::None);
                        match current.clauses.last_mut() {
                            Some(prev) if lettered => prev.children.push(clause),
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
    Ok(Read {
        formula,
        sections,
        recalled,
    })
}

/// A preambular container or an operative paragraph (or point), with what nests under it.
fn paragraph(e: &Elem, notes: &mut text::Notes, lines: &text::Lines) -> Result<Clause, AknError> {
    let mut label = e
        .child("num")
        .map(|n| text::collapse(&text::plain(n)))
        .unwrap_or_default();
    // The body of the paragraph: its content, or the intro of its list; a container's own <p>s.
    let list = e.child("list");
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
        for p in l.elems().filter(|p| p.name != "intro") {
            children.push(paragraph(p, notes, lines)?);
        }
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
