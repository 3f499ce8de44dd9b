//! ITU's Final Acts as Akoma Ntoso (issue 24): a `<documentCollection>` whose FRBR author is
//! an ITU body (`#itu-pp`), one `<statement name="resolution">` per resolution, written the ITU
//! way: `<recitals>` under an italic heading (*recalling*), `<hcontainer>`s for the operative
//! calls (*resolves*, *instructs the Secretary-General*), clauses labelled `a)` and `1`.
//!
//! The only such file known (PP-18, Dubai 2018) was converted from ITU's PDF by a third party,
//! whose README lists its limits. Each one met here is repaired where the repair is sure, and
//! said where it is not, naming the line:
//! - a section's first label left in the text (`<p>a) Resolution 73 ...`): taken out as the label;
//! - footnotes printed inline after a rule of underscores (`____ 1 These include ...`): kept in
//!   the text, said;
//! - points run together in one `<point>` (`i) ... ii) ...`): kept, said;
//! - a title the conversion cut short with `...`: kept, said.
//!
//! Decisions and Recommendations of the collection are not resolutions: they are said and left.

use super::AknError;
use super::dom::Elem;
use super::itu_repairs::{RUN_IN, clause, lost_heading};
use super::text::{self, Lines};
use crate::input::Warning;
use crate::input::heading::heading_kind;
use crate::model::{
    Body, Date, Document, Language, ResNumber, Resolution, Revision, Section, SectionKind, Stage,
    read_roman_tree, revision_slug,
};

/// One resolution of the collection, and what was repaired or doubtful in it.
#[derive(Debug, Clone)]
pub struct ItuText {
    /// The resolution, ready to file (`pp/140@dubai-2018:en`).
    pub document: Document,
    /// Each naming its line in the file.
    pub warnings: Vec<Warning>,
}

/// What a collection gives: its resolutions, and what was left out of it.
#[derive(Debug, Clone)]
pub struct FinalActs {
    /// One per `<statement name="resolution">`, in the file's order.
    pub texts: Vec<ItuText>,
    /// Statements that are not resolutions (decisions, recommendations), and the conversion's
    /// defects that concern the whole file.
    pub warnings: Vec<Warning>,
}

/// The ITU body an FRBR author names: `#itu-pp`, `#itu-wtdc`, ...
fn itu_body(author: &str) -> Option<Body> {
    Some(match author.trim_start_matches('#') {
        "itu-pp" => Body::Pp,
        "itu-wtdc" => Body::Wtdc,
        "itu-wtsa" => Body::Wtsa,
        "itu-ra" => Body::Ra,
        "itu-wrc" => Body::Wrc,
        "itu-council" => Body::Council,
        _ => return None,
    })
}

/// The body of a parsed document whose FRBR work names an ITU author, if it does.
pub(super) fn author_body(doc: &Elem) -> Option<Body> {
    doc.find("FRBRWork")
        .and_then(|w| w.child("FRBRauthor"))
        .and_then(|a| a.attr("href"))
        .and_then(itu_body)
}

/// Whether the file is a collection of ITU texts (read by [`read_final_acts`], not [`super::read`]).
pub fn is_final_acts(xml: &str) -> bool {
    let Some(head) = xml.get(..xml.len().min(8192)) else {
        return false;
    };
    head.contains("<documentCollection")
        && head
            .split("FRBRauthor href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .any(|a| itu_body(a).is_some())
}

/// Reads every resolution of an ITU `<documentCollection>`.
pub fn read_final_acts(xml: &str) -> Result<FinalActs, AknError> {
    let root = super::dom::parse(xml)?;
    if root.name != "akomaNtoso" {
        return Err(AknError::NotAkn(format!("the root is <{}>", root.name)));
    }
    let coll = root
        .child("documentCollection")
        .ok_or_else(|| AknError::NotAkn("no <documentCollection> under <akomaNtoso>".into()))?;
    let lines = Lines::new(xml);
    let statements = super::statements(coll, &root)?;
    let mut out = FinalActs {
        texts: Vec::new(),
        warnings: Vec::new(),
    };
    if coll.find("FRBRauthor").and_then(|a| a.attr("href")) != Some("#converter")
        && coll
            .find("FRBRManifestation")
            .and_then(|m| m.child("FRBRauthor"))
            .and_then(|a| a.attr("href"))
            == Some("#converter")
    {
        out.warnings.push(Warning {
            chosen: None,
            line: lines.at(coll.offset),
            message: "the markup was made by a converter from ITU's PDF (FRBRManifestation author #converter): footnotes stand inline, tables and annexes are missing; check each text against the published Final Acts".into(),
        });
    }
    for st in statements {
        let name = st.attr("name").unwrap_or_default();
        if name != "resolution" {
            let shown = st
                .find("FRBRnumber")
                .and_then(|n| n.attr("showAs"))
                .unwrap_or(name);
            out.warnings.push(Warning {
                chosen: None,
                line: lines.at(st.offset),
                message: format!(
                    "{shown} is not imported: the corpus holds resolutions, and this is a {name}"
                ),
            });
            continue;
        }
        out.texts.push(statement(st, &lines)?);
    }
    Ok(out)
}

/// `RESOLUTION 140 (REV. DUBAI, 2018)` -> (`Dubai`, 2018).
fn venue_year(shown: &str) -> Option<(String, u16)> {
    let inner = shown.split_once('(')?.1.split_once(')')?.0;
    let (place, year) = inner.rsplit_once(',')?;
    let place = place.trim();
    let place = place
        .strip_prefix("REV.")
        .or_else(|| place.strip_prefix("Rev."))
        .unwrap_or(place)
        .trim();
    let venue: String = place
        .split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ");
    Some((venue, year.trim().parse().ok()?))
}

fn statement(st: &Elem, lines: &Lines) -> Result<ItuText, AknError> {
    let mut warnings = Vec::new();
    let body = author_body(st).ok_or(AknError::Missing("an ITU body (FRBRauthor #itu-...)"))?;
    let work = st
        .find("FRBRWork")
        .ok_or(AknError::Missing("the work (FRBRWork)"))?;
    let number_el = work
        .child("FRBRnumber")
        .ok_or(AknError::Missing("the number (FRBRnumber)"))?;
    let number: u32 = number_el
        .attr("value")
        .and_then(|v| v.strip_prefix("res-"))
        .and_then(|n| n.parse().ok())
        .ok_or(AknError::Missing(
            "the resolution number (FRBRnumber res-N)",
        ))?;
    let shown = number_el.attr("showAs").unwrap_or_default();
    let (venue, year) =
        venue_year(shown).ok_or(AknError::Missing("the venue and year (FRBRnumber showAs)"))?;
    let date: Option<Date> = work
        .child("FRBRdate")
        .and_then(|d| d.attr("date"))
        .and_then(|d| d.parse().ok());
    let title = st
        .child("preface")
        .and_then(|p| p.elems().find(|c| c.attr("name") == Some("title")))
        .map(|t| text::title(&text::plain(t)))
        .filter(|t| !t.is_empty())
        .ok_or(AknError::Missing("the title (preface container \"title\")"))?;
    if title.ends_with("...") || title.ends_with('…') {
        warnings.push(Warning {
            chosen: Some(crate::input::Field::Title),
            line: lines.at(st.offset),
            message: format!(
                "Resolution {number}: the title “{title}” ends in “...”: the conversion cut it short"
            ),
        });
    }
    let mut notes = text::Notes::default();
    let mut formula = None;
    let mut sections = Vec::new();
    if let Some(pre) = st.child("preamble") {
        for e in pre.elems() {
            match e.name.as_str() {
                "formula" => formula = Some(text::flat(e, &mut notes)?).filter(|f| !f.is_empty()),
                "recitals" => sections.extend(section(
                    e,
                    ("intro", "recital"),
                    (number, lines),
                    &mut notes,
                    &mut warnings,
                )?),
                other => return Err(unexpected(lines, e, other, "<preamble>")),
            }
        }
    }
    if let Some(main) = st.child("mainBody") {
        for e in main.elems() {
            if e.name != "hcontainer" {
                return Err(unexpected(lines, e, &e.name, "<mainBody>"));
            }
            sections.extend(section(
                e,
                ("heading", "paragraph"),
                (number, lines),
                &mut notes,
                &mut warnings,
            )?);
        }
    }
    Ok(ItuText {
        document: Document {
            resolution: Resolution {
                body: Some(body),
                number: Some(ResNumber::Number(number)),
                title: Some(title),
            },
            revision: Revision {
                id: Some(
                    revision_slug(&venue, year)
                        .parse()
                        .map_err(|_| AknError::Unknown {
                            what: "venue",
                            value: venue.clone(),
                        })?,
                ),
                stage: Stage::Adopted(None),
                venue: Some(venue),
                year: Some(year),
                date,
                source: None,
                base: None,
                symbol: None,
            },
            language: Language::En,
            formula,
            revision_line: None,
            sections,
            footnotes: notes.into_footnotes(),
        },
        warnings,
    })
}

pub(super) fn unexpected(lines: &Lines, e: &Elem, name: &str, inside: &str) -> AknError {
    AknError::NotAkn(format!(
        "line {}: {inside} holding <{name}>",
        lines.at(e.offset)
    ))
}

/// One heading and its items, the children of `at` named `heading` and `item`: a
/// `<recitals>`' `<intro>` and `<recital>`s, or an `<hcontainer>`'s `<heading>` and
/// `<paragraph>`s.
fn section(
    at: &Elem,
    (heading, item): (&str, &str),
    (number, lines): (u32, &Lines),
    notes: &mut text::Notes,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Section>, AknError> {
    let heading = text::collapse(&at.child(heading).map(text::plain).unwrap_or_default());
    let items: Vec<&Elem> = at.elems().filter(|r| r.name == item).collect();
    let kind = match heading_kind(&heading, Language::En) {
        Some(k) => k,
        None => {
            warnings.push(Warning {
                chosen: None,
                line: lines.at(at.offset),
                message: format!(
                    "Resolution {number}: the heading “{heading}” is outside the vocabulary: kept as written, of kind `other`"
                ),
            });
            SectionKind::Other
        }
    };
    let mut clauses = Vec::new();
    for item in &items {
        clauses.push(clause(item, (number, lines), notes, warnings)?);
    }
    let mut out = vec![Section {
        kind,
        heading,
        clauses: Vec::new(),
    }];
    for (c, item) in clauses.into_iter().zip(&items) {
        let Some(current) = out.last_mut() else {
            continue;
        };
        let again = !c.label.written().is_empty()
            && current
                .clauses
                .iter()
                .any(|p| p.label.written() == c.label.written());
        if again {
            let opened = lost_heading(current, &c, (number, lines, item), warnings);
            out.push(opened);
        }
        if let Some(current) = out.last_mut() {
            current.clauses.push(c);
        }
    }
    for s in &mut out {
        read_roman_tree(&mut s.clauses, None);
        // The last clause of a section is where a heading with no numbered clause after it
        // (so no restart to find it by) was run in: "..., instructs the Director of ... to follow".
        if let Some(last) = s.clauses.last()
            && let Some(call) = RUN_IN.iter().find(|c| last.text.contains(*c))
        {
            warnings.push(Warning {
                chosen: None,
                line: lines.at(at.offset),
                message: format!(
                    "Resolution {number}, clause `{}` of “{}”: “{}” in its text may be a heading the conversion ran in; kept as text",
                    last.label.written(),
                    s.heading,
                    call.trim_start_matches([',', ' ']).trim_end()
                ),
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn venue_and_year_come_from_the_number_shown() {
        assert_eq!(
            venue_year("RESOLUTION 140 (REV. DUBAI, 2018)"),
            Some(("Dubai".into(), 2018))
        );
        assert_eq!(
            venue_year("RESOLUTION 204 (DUBAI, 2018)"),
            Some(("Dubai".into(), 2018))
        );
    }
}
