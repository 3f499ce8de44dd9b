//! Reading back what `render::tree_akn` writes: the metadata from its `<proprietary>` element,
//! preamble `<container>`s and mainBody `<hcontainer>`s as sections of their kind, items and
//! paragraphs as clauses, whitespace kept. `import(export(x)) == x` for every corpus text.

use super::AknError;
use super::dom::Elem;
use super::text::{self, Notes, Space};
use crate::model::{
    Body, Clause, Document, Label, Language, ResNumber, Resolution, Revision, RevisionId, Section,
    SectionKind, Stage, Status, unknown,
};

/// The `<resdiff:text>` element of a file resdiff wrote, if this is one.
pub fn marker(doc: &Elem) -> Option<&Elem> {
    doc.child("meta")?
        .elems()
        .filter(|e| e.name == "proprietary")
        .find_map(|p| p.child("text"))
}

fn need<'a>(m: &'a Elem, name: &'static str) -> Result<&'a str, AknError> {
    m.attr(name).ok_or(AknError::Missing(name))
}

fn parse<T: std::str::FromStr>(what: &'static str, value: &str) -> Result<T, AknError> {
    value.parse().map_err(|_| AknError::Unknown {
        what,
        value: value.to_string(),
    })
}

fn parse_id(what: &'static str, value: &str) -> Result<Option<RevisionId>, AknError> {
    unknown::read_revision(value).map_err(|_| AknError::Unknown {
        what,
        value: value.to_string(),
    })
}

pub fn read(doc: &Elem, m: &Elem, language: Language) -> Result<Document, AknError> {
    let body = match need(m, "body")? {
        unknown::UNKNOWN_TEXT => None,
        b => Some(parse::<Body>("body", b)?),
    };
    let number = match (m.attr("number"), m.attr("series")) {
        (None, None) if let Some(r) = m.attr("recommendation") => Some(
            r.parse::<ResNumber>()
                .ok()
                .filter(|r| matches!(r, ResNumber::Recommendation(_)))
                .ok_or_else(|| AknError::Unknown {
                    what: "recommendation",
                    value: r.to_string(),
                })?,
        ),
        (Some(n), None) => Some(ResNumber::Number(n.parse().map_err(|_| {
            AknError::Unknown {
                what: "number",
                value: n.to_string(),
            }
        })?))
        .filter(|n| *n != ResNumber::Number(unknown::UNKNOWN_NUMBER.into())),
        (None, Some(s)) => Some(ResNumber::Series(s.to_string())),
        _ => return Err(AknError::Missing("number or series")),
    };
    let year = need(m, "year")?;
    let revision = Revision {
        id: parse_id("revision id", need(m, "revision")?)?,
        // A blank proposer names nobody; a proposal must name someone.
        stage: Stage::new(
            parse::<Status>("status", need(m, "status")?)?,
            m.attr("proposer").and_then(|p| p.parse().ok()),
        )
        .map_err(|_| AknError::Missing("the proposer of the proposal"))?,
        venue: m.attr("venue").map(str::to_string),
        year: Some(year.parse().map_err(|_| AknError::Unknown {
            what: "year",
            value: year.to_string(),
        })?)
        .filter(|y| *y != unknown::UNKNOWN_NUMBER),
        date: m
            .attr("date")
            .map(|d| {
                d.parse().map_err(|_| AknError::Unknown {
                    what: "date",
                    value: d.to_string(),
                })
            })
            .transpose()?,
        source: m.attr("source").map(str::to_string),
        base: m
            .attr("base")
            .map(|b| parse_id("base revision id", b))
            .transpose()?
            .flatten(),
        symbol: m.attr("symbol").map(str::to_string),
    };
    let title = doc
        .find("docTitle")
        .map(text::plain)
        .ok_or(AknError::Missing("the title (docTitle)"))?;
    let title = (title != unknown::UNKNOWN_TEXT).then_some(title);
    let mut notes = Notes::default();
    // Read before the body: notes are numbered in document order.
    let revision_line = doc
        .child("preface")
        .and_then(|p| {
            p.elems()
                .find(|e| e.name == "p" && e.has_class("revisions"))
        })
        .map(|e| text::flat(e, &mut notes))
        .transpose()?;
    let mut formula = None;
    let mut sections = Vec::new();
    if let Some(pre) = doc.child("preamble") {
        for e in pre.elems() {
            match e.name.as_str() {
                "formula" => formula = Some(text::plain(e)),
                "container" => {
                    let heading = e
                        .elems()
                        .find(|p| p.name == "p" && p.has_class("heading"))
                        .map(text::plain)
                        .unwrap_or_default();
                    let mut clauses = match e.child("blockList") {
                        Some(list) => items(list, &mut notes)?,
                        None => Vec::new(),
                    };
                    crate::model::read_roman_tree(&mut clauses, None);
                    sections.push(Section {
                        kind: kind(e)?,
                        heading,
                        clauses,
                    });
                }
                _ => {}
            }
        }
    }
    if let Some(main) = doc.child("mainBody") {
        for h in main.elems().filter(|e| e.name == "hcontainer") {
            let mut clauses = Vec::new();
            for p in h.elems().filter(|p| p.name == "paragraph") {
                clauses.push(paragraph(p, &mut notes)?);
            }
            crate::model::read_roman_tree(&mut clauses, None);
            sections.push(Section {
                kind: kind(h)?,
                heading: h.child("heading").map(text::plain).unwrap_or_default(),
                clauses,
            });
        }
    }
    Ok(Document {
        resolution: Resolution {
            body,
            number,
            title,
        },
        revision,
        language,
        formula,
        revision_line,
        sections,
        footnotes: notes.into_footnotes(),
    })
}

fn kind(e: &Elem) -> Result<SectionKind, AknError> {
    let name = e.attr("name").unwrap_or_default();
    name.parse().map_err(|_| AknError::Unknown {
        what: "section kind",
        value: name.to_string(),
    })
}

/// A clause from its element (`<num>`), the element holding its text, and its children read
/// after the text (notes are numbered in document order).
fn clause(
    e: &Elem,
    body: Option<&Elem>,
    notes: &mut Notes,
    children: impl FnOnce(&mut Notes) -> Result<Vec<Clause>, AknError>,
) -> Result<Clause, AknError> {
    let written = e.child("num").map(text::plain).unwrap_or_default();
    let label = Label::parse(&written).map_err(|_| AknError::BadNumber {
        line: 0,
        num: written.clone(),
    })?;
    let (text, call) = match body {
        Some(b) => text::with_call_as(b, notes, Space::Keep)?,
        None => (String::new(), None),
    };
    Ok(Clause {
        label,
        text,
        children: children(notes)?,
        call,
    })
}

fn items(list: &Elem, notes: &mut Notes) -> Result<Vec<Clause>, AknError> {
    let mut out = Vec::new();
    for item in list.elems().filter(|i| i.name == "item") {
        out.push(clause(item, item.child("p"), notes, |notes| {
            match item.child("blockList") {
                Some(l) => items(l, notes),
                None => Ok(Vec::new()),
            }
        })?);
    }
    Ok(out)
}

fn paragraph(p: &Elem, notes: &mut Notes) -> Result<Clause, AknError> {
    let body = p
        .child("content")
        .or(p.child("intro"))
        .and_then(|c| c.child("p"));
    clause(p, body, notes, |notes| {
        p.elems()
            .filter(|c| c.name == "paragraph")
            .map(|c| paragraph(c, notes))
            .collect()
    })
}
