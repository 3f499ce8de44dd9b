//! From the paragraphs of an ITU-styled document to the clause tree: ITU's paragraph styles say
//! what each paragraph is, and so how deep it sits.
//!
//! - `ResNo` ("RESOLUTION 1 (Rev. Hammamet, 2016)") starts the resolution; what comes before it
//!   (cover page, foreword) is skipped. `Restitle` is the title, the first formula after it the
//!   title formula; `Resref` is the list of earlier revisions under the title (its footnote
//!   marks kept), a footnote mark on the number or the title is dropped with a warning.
//! - `Call` is a section heading (*considering*, *resolves*), read through the heading terms.
//! - A clause is `label<TAB>text`; a label that reads as no label scheme stays in the text.
//! - `SectionNo` + `Sectiontitle` ("SECTION 1", "World Telecommunication Standardization
//!   Assembly") is one top-level clause labelled `1`; `AppendixNo`/`AnnexNo` + title likewise,
//!   unlabelled. `Heading1`-`Heading4` are clauses one level under it, or as deep as their
//!   decimal label says (`1bis.1.1` is two levels under its section).
//! - `enumlev1`-`enumlev3` are items one to three levels under the last other clause.
//! - Other paragraphs sit under the last heading, or beside the clause before them.
//! - The apparatus of a proposal (`Proposal`, `Reasons`, `MoveNote` paragraphs, "…") is not
//!   text.

use rustc_hash::FxHashSet;

use super::typed::{TypedCall, typed_as_text, typed_calls, typed_number};
use super::xml::{REF_CLOSE, REF_OPEN};
use crate::input::Warning;
use crate::input::heading::{heading_kind, is_formula};
use crate::input::recommendation::{self as rec, Places, RecNo};
use crate::model::{Clause, Label, Language, ResNumber, Scheme, Section, SectionKind};

/// What is said of a `ResNo` or `Restitle` paragraph other than the one read as the number or
/// the title: a file holds one resolution, so a second one's head (a compilation of several, or
/// the number printed again over a page) is no clause text, and what follows it is read on as
/// the first's.
fn second_head(style: &str, text: &str, read: Option<usize>, places: &Places) -> String {
    let what = if style == "ResNo" { "number" } else { "title" };
    let shown = squeeze(&shown_refs(text));
    match read {
        Some(first) => format!(
            "`{shown}` ({style}) is a second resolution {what} after the one read ({}); skipped, and the paragraphs after it are read as part of the first resolution",
            places.at(first + 1)
        ),
        None => format!("`{shown}` ({style}) was not read as the resolution {what}; skipped"),
    }
}

/// The clause tree and what the importer wants to say about it.
pub struct Laid {
    pub header: Option<(ResNumber, Option<String>)>,
    /// What the `RecNo` said, when the text is a Recommendation.
    pub recommendation: Option<RecNo>,
    pub formula: Option<String>,
    /// The `Resref` paragraph, footnote references still as markers.
    pub revision_line: Option<String>,
    pub sections: Vec<Section>,
    pub warnings: Vec<Warning>,
    /// Footnote ids in the order the text refers to them, each with the index of the paragraph
    /// that first refers to it (for what is said of the note); typed calls are not references.
    pub footnote_refs: Vec<(String, usize)>,
    /// The typed calls (`typed::TYPED`) in clause text and the revision line, in order.
    pub typed_calls: Vec<TypedCall>,
}

/// Runs of spaces and tabs as one space: Word's layout leaves doubled spaces that no reader sees.
pub(super) fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split([' ', '\t']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn split_label(text: &str) -> (Label, String) {
    if let Some((l, rest)) = text.split_once('\t')
        && let Ok(label) = Label::parse(l.trim())
        && label.scheme() != Scheme::None
    {
        return (label, squeeze(rest));
    }
    (Label::none(), squeeze(text))
}

struct Tree {
    sections: Vec<Section>,
    /// Depth of each open clause's children: the path of indexes from the section down.
    path: Vec<usize>,
    /// Level of the last clause that was not an enumerated item, and whether it was a heading.
    base: usize,
    heading: bool,
}

impl Tree {
    fn put(&mut self, level: usize, clause: Clause) -> bool {
        let Some(section) = self.sections.last_mut() else {
            return false;
        };
        let level = level.min(self.path.len());
        self.path.truncate(level);
        let mut siblings = &mut section.clauses;
        for &i in &self.path {
            siblings = &mut siblings[i].children;
        }
        siblings.push(clause);
        self.path.push(siblings.len() - 1);
        true
    }
}

/// Adds the footnote ids `text` (paragraph `para`'s) refers to that `seen` does not hold yet,
/// in order.
fn footnote_ids(
    text: &str,
    para: usize,
    out: &mut Vec<(String, usize)>,
    seen: &mut FxHashSet<String>,
) {
    let mut rest = text;
    while let Some(i) = rest.find(REF_OPEN) {
        let after = &rest[i + REF_OPEN.len_utf8()..];
        if let Some(id) = super::xml::reference_id(after)
            && typed_number(id).is_none()
            && !seen.contains(id)
        {
            seen.insert(id.to_string());
            out.push((id.to_string(), para));
        }
        rest = after;
    }
}

/// Lays out the paragraphs (style, text) of one view of the document; `places` names where a
/// paragraph is in what is said of it.
pub fn lay_out(paras: &[(String, String)], language: Language, places: &Places) -> Laid {
    let mut warnings = Vec::new();
    let warn = |warnings: &mut Vec<Warning>, i: usize, message: String| {
        warnings.push(Warning {
            chosen: None,
            line: i + 1,
            message,
        });
    };
    let resno = paras
        .iter()
        .position(|(s, t)| s == "ResNo" && t.chars().any(|c| c.is_ascii_digit()));
    // A Recommendation is read only where no resolution number is: a resolution quoting one
    // stays a resolution.
    let recno = resno
        .is_none()
        .then(|| {
            paras
                .iter()
                .enumerate()
                .find_map(|(i, (s, t))| Some((i, rec::read(t).filter(|_| s == "RecNo")?)))
        })
        .flatten();
    let start = resno.or(recno.as_ref().map(|(i, _)| *i)).unwrap_or(0);
    let skipped = paras[..start]
        .iter()
        .filter(|(s, t)| !t.trim().is_empty() && !is_apparatus(s))
        .count();
    if skipped > 0 {
        warn(
            &mut warnings,
            0,
            format!(
                "{} ({skipped} with text: cover page, foreword) come before the {} number and were not imported",
                places.upto(start),
                if recno.is_some() {
                    "Recommendation's"
                } else {
                    "resolution"
                }
            ),
        );
    }
    // The title: the first paragraph with text in the title's style after the number.
    let title = resno
        .map(|i| (i, "Restitle"))
        .or(recno.as_ref().map(|(i, _)| (*i, "Rectitle")))
        .and_then(|(i, style)| {
            (i + 1..paras.len()).find(|&j| paras[j].0 == style && !paras[j].1.trim().is_empty())
        });
    let restitle = title.filter(|_| resno.is_some());
    let header = match (resno, &recno) {
        (Some(i), _) => crate::input::resolution_number(&paras[i].1)
            .map(|(number, _)| ResNumber::Number(number)),
        (None, Some((_, r))) => Some(r.number.clone()),
        (None, None) => None,
    }
    .map(|number| (number, title.map(|j| squeeze(&without_refs(&paras[j].1)))));
    if let Some((i, r)) = &recno
        && let Some(said) = rec::reading(paras[*i].1.trim(), r)
    {
        warn(&mut warnings, *i, format!("{}: {said}", places.at(i + 1)));
    }
    // A Recommendation's number and title as read, to tell their repeats by.
    let shown = |i: usize| (i, squeeze(&shown_refs(&paras[i].1)));
    let firsts = rec::Firsts {
        number: recno.as_ref().map(|(i, _)| shown(*i)),
        title: title.filter(|_| recno.is_some()).map(shown),
    };
    let mut unnumbered = Vec::new();

    let mut tree = Tree {
        sections: Vec::new(),
        path: Vec::new(),
        base: 0,
        heading: false,
    };
    let mut formula = None;
    let mut revision_line = None;
    let mut refs = Vec::new();
    let mut typed = Vec::new();
    let mut seen_refs = FxHashSet::default();
    let mut pending_no: Option<(String, usize)> = None;
    for (i, (style, raw)) in paras.iter().enumerate().skip(start) {
        // Spacing round the paragraph is layout; a line break or a carriage return (`<w:cr/>`,
        // `&#13;`, which no one types as spacing) that ends it is the text's.
        let text = raw.trim_matches(|c: char| !matches!(c, '\n' | '\r') && c.is_whitespace());
        if style == "Resref" && !text.is_empty() {
            if revision_line.is_none() && tree.sections.is_empty() {
                footnote_ids(text, i, &mut refs, &mut seen_refs);
                typed_calls(text, i, &mut typed);
                revision_line = Some(squeeze(text));
            } else {
                warn(
                    &mut warnings,
                    i,
                    format!(
                        "`{}` (a second list of earlier revisions, style Resref) is not clause text; skipped",
                        shown_refs(text)
                    ),
                );
            }
            continue;
        }
        if matches!(style.as_str(), "ResNo" | "Restitle" | "RecNo" | "Rectitle")
            && typed_as_text(text).contains(REF_OPEN)
        {
            // No field of the text holds a note on its number or title: said, not lost silently.
            warn(
                &mut warnings,
                i,
                format!(
                    "`{}` ({style}) carries a footnote mark, which the text has no place for; the mark and its note are dropped",
                    shown_refs(text)
                ),
            );
        }
        if matches!(style.as_str(), "ResNo" | "Restitle") && !text.is_empty() {
            let read = if style == "ResNo" { resno } else { restitle };
            if read != Some(i) {
                warn(&mut warnings, i, second_head(style, text, read, places));
            }
        }
        if text.is_empty() || matches!(style.as_str(), "ResNo" | "Restitle") || is_apparatus(style)
        {
            continue;
        }
        if recno.is_some() {
            let (skip, said) = rec::screen(style, &squeeze(&shown_refs(text)), i, &firsts, places);
            if let Some(said) = said {
                warn(&mut warnings, i, said);
            }
            if skip {
                continue;
            }
        }
        if text == "…" || text == "..." {
            warn(
                &mut warnings,
                i,
                "an elided run of unchanged provisions (…) has no text to import".into(),
            );
            continue;
        }
        footnote_ids(text, i, &mut refs, &mut seen_refs);
        if tree.sections.is_empty() && formula.is_none() && is_formula(text) {
            formula = Some(squeeze(&typed_as_text(text)));
            continue;
        }
        let (label, body) = match split_label(text) {
            // A Recommendation's abbreviations (`CM<TAB>Cable Modem`, `DS`, `SO`) are typed as
            // label and text, and read as Roman or letter labels: their words are text.
            (l, _) if recno.is_some() && rec::is_abbreviation(l.written()) => {
                (Label::none(), squeeze(text))
            }
            split => split,
        };
        if style == "Call"
            || (label.scheme() == Scheme::None && heading_kind(text, language).is_some())
        {
            match heading_kind(text, language) {
                Some(kind) => {
                    tree.sections.push(Section {
                        kind,
                        heading: squeeze(&typed_as_text(text)),
                        clauses: Vec::new(),
                    });
                    tree.path.clear();
                    (tree.base, tree.heading) = (0, false);
                    continue;
                }
                None => warn(
                    &mut warnings,
                    i,
                    format!(
                        "`{text}` is styled as a heading (Call) but names no known section; kept as a clause"
                    ),
                ),
            }
        }
        if recno.is_some() && rec::is_heading(style) {
            if label.scheme() != Scheme::None {
                unnumbered.push((i, label.written().to_string(), body.clone()));
            }
            tree.sections.push(Section {
                kind: SectionKind::Other,
                heading: typed_as_text(&body),
                clauses: Vec::new(),
            });
            tree.path.clear();
            (tree.base, tree.heading) = (0, false);
            continue;
        }
        if matches!(style.as_str(), "SectionNo" | "AppendixNo" | "AnnexNo") {
            pending_no = Some((text.to_string(), i));
            continue;
        }
        let (level, clause) = if let Some((no, _)) = pending_no.take() {
            // "SECTION 1bis" + its title: one clause labelled 1bis; an appendix stays unlabelled.
            let number = no.split_whitespace().last().unwrap_or_default();
            let label = Label::parse(number).ok().filter(|l| {
                l.scheme() == Scheme::Number && no.to_lowercase().starts_with("section")
            });
            let (label, body) = match label {
                Some(l) => (l, body),
                None => (Label::none(), format!("{no} – {body}")),
            };
            (tree.base, tree.heading) = (0, true);
            (
                0,
                Clause {
                    label,
                    text: body,
                    children: Vec::new(),
                    call: None,
                },
            )
        } else {
            let level = if recno.is_some() && style == "ListParagraph" {
                tree.base + 1
            } else if let Some(n) = style
                .strip_prefix("enumlev")
                .and_then(|n| n.parse::<usize>().ok())
            {
                // saturating: `enumlev18446744073709551615` is deep, not a wrapped level 0
                tree.base.saturating_add(n.max(1))
            } else if let Some(n) = style.strip_prefix("Heading") {
                let n = n.parse::<usize>().unwrap_or(1);
                let level = label.decimal_depth().unwrap_or(n.saturating_sub(1));
                (tree.base, tree.heading) = (level, true);
                level
            } else if let Some(d) = label.decimal_depth().filter(|_| recno.is_none()) {
                (tree.base, tree.heading) = (d, false);
                d
            } else if tree.heading {
                tree.base + 1
            } else {
                tree.base
            };
            (
                level,
                Clause {
                    label,
                    text: body,
                    children: Vec::new(),
                    call: None,
                },
            )
        };
        let level = if level >= crate::input::limits::MAX_DEPTH {
            warn(
                &mut warnings,
                i,
                format!(
                    "nested deeper than {} levels; kept at level {}",
                    crate::input::limits::MAX_DEPTH,
                    crate::input::limits::MAX_DEPTH
                ),
            );
            crate::input::limits::MAX_DEPTH - 1
        } else {
            level
        };
        let at = typed.len();
        typed_calls(&clause.text, i, &mut typed);
        if !tree.put(level, clause) {
            typed.truncate(at);
            warn(
                &mut warnings,
                i,
                format!(
                    "`{}` comes before the first section heading; not imported",
                    text.chars().take(60).collect::<String>()
                ),
            );
        }
    }
    if let Some((no, i)) = pending_no {
        warn(
            &mut warnings,
            i,
            format!("`{no}` has no title after it; not imported"),
        );
    }
    if let Some((i, label, heading)) = unnumbered.first() {
        warn(
            &mut warnings,
            *i,
            format!(
                "{} clause headings of the Recommendation are numbered ({}: `{label}` before `{heading}`, the first); a section has no number, so each reads as its words and the numbers are not kept",
                unnumbered.len(),
                places.at(i + 1)
            ),
        );
    }
    Laid {
        header,
        recommendation: recno.map(|(_, r)| r),
        formula,
        revision_line,
        sections: tree.sections,
        warnings,
        footnote_refs: refs,
        typed_calls: typed,
    }
}

/// `text` without its footnote references (a title's: warned about where they are met).
fn without_refs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(REF_OPEN) {
        out.push_str(&rest[..i]);
        let after = &rest[i + REF_OPEN.len_utf8()..];
        match after.find(REF_CLOSE) {
            Some(end) => {
                // A typed call is a number, which the text holds as it was typed.
                out.push_str(typed_number(&after[..end]).unwrap_or_default());
                rest = &after[end + REF_CLOSE.len_utf8()..];
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` with its footnote references shown as `[^w:id]` and its typed calls as typed, for a
/// message.
pub(super) fn shown_refs(text: &str) -> String {
    typed_as_text(text)
        .replace(REF_OPEN, "[^")
        .replace(REF_CLOSE, "]")
}

/// A proposal's own paragraphs, not the resolution's text: its symbol line, its Reasons, a
/// move note (`markup --format docx` writes them; reading back leaves them out).
fn is_apparatus(style: &str) -> bool {
    matches!(style, "Proposal" | "Reasons" | "MoveNote")
}
