//! The body of one `<statement>` or `<act>`: the preamble's containers, the main body's
//! paragraphs, subheadings and `<section>` parts, as sections of clauses; what one paragraph
//! holds is read in `paragraph.rs`.

use super::dom::Elem;
use super::paragraph::{merge_typed, paragraph};
use super::{AknError, REPAIRED, text};
use crate::input::Warning;
use crate::model::{Body, Label, Scheme, Section, SectionKind, UnSymbol, read_roman_tree};

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
        let mut current = operative(String::new());
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
                open(&mut sections, &mut current, heading);
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
                open(&mut sections, &mut current, heading);
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

/// An operative part headed `heading`, no clause read into it yet.
fn operative(heading: String) -> Section {
    Section {
        kind: SectionKind::UnOperative,
        heading,
        clauses: Vec::new(),
    }
}

/// Opens the part headed `heading`: the one read so far is kept when it holds anything.
fn open(sections: &mut Vec<Section>, current: &mut Section, heading: String) {
    let done = std::mem::replace(current, operative(heading));
    if !done.clauses.is_empty() || !done.heading.is_empty() {
        sections.push(done);
    }
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
