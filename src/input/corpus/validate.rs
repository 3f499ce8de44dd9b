//! The checks of one resolution text read from TOML (or made in memory): what
//! [`super::read`] runs on the raw tables, collecting every [`Problem`] at its line, and turning
//! the tables into a [`Document`] when there is none.

use std::collections::HashMap;

use rustc_hash::FxHashSet;
use toml::Spanned;

use super::error::{Located, Problem};
use super::read::{
    Check, Lines, RawClause, RawDoc, RawFootnote, RawResolution, RawRevision, RawSection,
};
use crate::input::limits;
use crate::model::{
    Body, Clause, Date, Document, Footnote, Label, Language, Proposer, ResNumber, Resolution,
    Revision, RevisionId, Section, SectionKind, Stage, Status, unknown,
};

/// The checks of one document, and the problems they found.
pub(super) struct Validator<'s> {
    pub(super) source: &'s str,
    /// Line starts, found only when a problem needs its line: most files have none.
    pub(super) lines: std::cell::OnceCell<Lines>,
    pub(super) check: Check,
    pub(super) problems: Vec<Located>,
    /// Footnote marks cited in clause texts (`[^1]`), with the offset of the citing text.
    pub(super) cited: Vec<(String, usize)>,
    /// Every mark written `[^mark]` in a clause text, plausible or not.
    pub(super) written: FxHashSet<String>,
    /// Clauses read so far, every level counted, against [`limits::MAX_CLAUSES`].
    pub(super) clauses: usize,
}

impl Validator<'_> {
    fn line<T>(&self, s: &Spanned<T>) -> usize {
        self.line_at(s.span().start)
    }

    fn line_at(&self, offset: usize) -> usize {
        self.lines
            .get_or_init(|| Lines::new(self.source))
            .at(offset)
    }

    fn report<T>(&mut self, at: &Spanned<T>, problem: Problem) {
        let line = self.line(at);
        self.problems.push(Located { line, problem });
    }

    pub(super) fn document(&mut self, raw: RawDoc) -> Option<Document> {
        let language = match raw.language.get_ref().parse::<Language>() {
            Ok(l) => Some(l),
            Err(msg) => {
                self.report(&raw.language, Problem::UnknownLanguage(msg.to_string()));
                None
            }
        };
        if raw.section.is_empty() {
            let line = self.line(&raw.language);
            let problem = Problem::NoSections;
            self.problems.push(Located { line, problem });
        }
        let resolution = self.resolution(raw.resolution);
        let revision = self.revision(raw.revision);
        let sections: Vec<Section> = raw
            .section
            .into_iter()
            .filter_map(|s| self.section(s))
            .collect();
        let revision_line = raw
            .revision_line
            .filter(|l| !l.get_ref().trim().is_empty())
            .map(|l| {
                self.marks_of(&l);
                l.into_inner()
            });
        let footnotes = self.footnotes(raw.footnote);
        Some(Document {
            resolution: resolution?,
            revision: revision?,
            language: language?,
            formula: raw.formula.filter(|f| !f.trim().is_empty()),
            revision_line,
            sections,
            footnotes,
        })
    }

    fn resolution(&mut self, raw: RawResolution) -> Option<Resolution> {
        let body = match raw.body.get_ref().parse::<Body>() {
            Ok(b) => Ok(b),
            Err(_)
                if raw
                    .body
                    .get_ref()
                    .eq_ignore_ascii_case(unknown::UNKNOWN_TEXT) =>
            {
                Err("body `unknown`: a corpus text says which body adopted it".to_string())
            }
            Err(e) => Err(e.to_string()),
        }
        .map_err(|m| self.report(&raw.body, Problem::BadResolution(m)))
        .ok();
        let number = self.number(&raw, body);
        if raw.title.get_ref().trim().is_empty() {
            self.report(&raw.title, Problem::BadResolution("empty title".into()));
        }
        Some(Resolution {
            body: Some(body?),
            number: Some(number?),
            title: Some(raw.title.into_inner()),
        })
    }

    /// ITU bodies number their resolutions, UN bodies follow a series (see `model::ResNumber`).
    fn number(&mut self, raw: &RawResolution, body: Option<Body>) -> Option<ResNumber> {
        let un = body.is_some_and(Body::is_un);
        if let Some(r) = &raw.recommendation {
            let read = r.get_ref().parse::<ResNumber>();
            return match read {
                Ok(rec @ ResNumber::Recommendation(_))
                    if !un && raw.number.is_none() && raw.series.is_none() =>
                {
                    Some(rec)
                }
                _ => {
                    let msg = format!(
                        "recommendation `{}`: an ITU Recommendation (capitals, a dot and numbers: D.19), alone, under an ITU body",
                        r.get_ref()
                    );
                    self.report(r, Problem::BadResolution(msg));
                    None
                }
            };
        }
        match (&raw.number, &raw.series) {
            (Some(n), None) if !un => {
                let number = u32::try_from(*n.get_ref())
                    .ok()
                    .filter(|n| (1..=9999).contains(n));
                if number.is_none() {
                    let msg = format!("number {} is not between 1 and 9999", n.get_ref());
                    self.report(n, Problem::BadResolution(msg));
                }
                number.map(ResNumber::Number)
            }
            (None, Some(s)) if un => match s.get_ref().parse::<ResNumber>() {
                Ok(series @ ResNumber::Series(_)) => Some(series),
                _ => {
                    let msg = format!(
                        "series `{}` must be lowercase letters, digits and dashes, a letter first (e.g. ict4sd)",
                        s.get_ref()
                    );
                    self.report(s, Problem::BadResolution(msg));
                    None
                }
            },
            _ => {
                let msg = if un {
                    "a UN resolution is named by `series` (e.g. series = \"ict4sd\"), not `number`"
                } else {
                    "an ITU resolution is named by `number`, not `series`"
                };
                self.report(&raw.body, Problem::BadResolution(msg.into()));
                None
            }
        }
    }

    fn revision(&mut self, raw: RawRevision) -> Option<Revision> {
        let id = raw
            .id
            .get_ref()
            .parse::<RevisionId>()
            .map_err(|e| self.report(&raw.id, Problem::BadRevision(e.to_string())))
            .ok();
        let base = match &raw.base {
            None => Some(None),
            Some(b) => b
                .get_ref()
                .parse::<RevisionId>()
                .map(Some)
                .map_err(|e| self.report(b, Problem::BadRevision(format!("base {e}"))))
                .ok(),
        };
        let status = raw
            .status
            .get_ref()
            .parse::<Status>()
            .map_err(|m| self.report(&raw.status, Problem::BadRevision(m.to_string())))
            .ok();
        let year = u16::try_from(*raw.year.get_ref())
            .ok()
            .filter(|y| (1865..=2100).contains(y));
        if year.is_none() {
            let msg = format!("year {} is not between 1865 and 2100", raw.year.get_ref());
            self.report(&raw.year, Problem::BadRevision(msg));
        }
        let date = raw.date.as_ref().and_then(|raw_date| {
            let checked = raw_date
                .get_ref()
                .parse::<Date>()
                .map_err(|e| e.to_string())
                .and_then(|d| match year {
                    Some(y) if d.year() != y => Err(format!("date `{d}` is not in year {y}")),
                    _ => Ok(d),
                });
            checked
                .map_err(|msg| self.report(raw_date, Problem::BadRevision(msg)))
                .ok()
        });
        let proposer = match raw.proposer.map(Proposer::try_from) {
            Some(Err(_)) if status != Some(Status::Proposal) => {
                let msg = "`proposer` is empty: leave it out where the text names none".into();
                self.report(&raw.status, Problem::BadRevision(msg));
                None
            }
            p => p.and_then(Result::ok),
        };
        let stage = status.map(|s| Stage::new(s, proposer)).transpose();
        let stage = stage
            .map_err(|_| {
                let msg = "a proposal needs `proposer` (e.g. \"RCC\")".to_string();
                self.report(&raw.status, Problem::BadRevision(msg));
            })
            .ok()
            .flatten();
        (date.is_some() == raw.date.is_some()).then_some(())?;
        Some(Revision {
            id: Some(id?),
            stage: stage?,
            venue: raw.venue,
            year: Some(year?),
            date,
            source: raw.source,
            base: base?,
            symbol: raw.symbol,
        })
    }

    fn section(&mut self, raw: RawSection) -> Option<Section> {
        let kind = raw.kind.get_ref().parse::<SectionKind>();
        if let Err(e) = &kind {
            self.report(&raw.kind, Problem::UnknownSectionKind(e.0.clone()));
        }
        let name = raw.kind.get_ref().clone();
        let mut clauses = self.clauses(raw.clause, &name, 1);
        crate::model::read_roman_tree(&mut clauses, None);
        Some(Section {
            kind: kind.ok()?,
            heading: raw.heading,
            clauses,
        })
    }

    /// Validates siblings: labels unique (dashes and bullets excepted), texts non-empty.
    fn clauses(&mut self, raw: Vec<RawClause>, section: &str, depth: usize) -> Vec<Clause> {
        // Sized once: growing it as labels came was 0.03M of a Res. 30 diff's 5.5M instructions
        // (callgrind). SipHash stays, since the labels come from the file.
        let mut seen: HashMap<String, usize> = HashMap::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        for c in raw {
            let label = match &c.label {
                None => Label::none(),
                Some(l) => match Label::parse(l.get_ref()) {
                    Ok(label) => label,
                    Err(e) => {
                        self.report(l, Problem::BadLabel(e.to_string()));
                        continue;
                    }
                },
            };
            if let Some(l) = &c.label
                && !label.scheme().is_repeating()
                && self.check == Check::Full
            {
                let offset = l.span().start;
                if let Some(&first) = seen.get(label.norm()) {
                    let (line, first_line) = (self.line_at(offset), self.line_at(first));
                    let problem = Problem::DuplicateLabel {
                        label: l.get_ref().clone(),
                        section: section.to_string(),
                        first_line,
                    };
                    self.problems.push(Located { line, problem });
                } else {
                    seen.insert(label.norm().to_string(), offset);
                }
            }
            if c.text.get_ref().trim().is_empty() {
                self.report(&c.text, Problem::EmptyClause);
            }
            self.clauses += 1;
            if self.clauses == limits::MAX_CLAUSES + 1 {
                self.report(&c.text, Problem::TooManyClauses(limits::MAX_CLAUSES));
            }
            if let Some(call) = &c.call
                && (call.get_ref().trim().is_empty()
                    || !c.text.get_ref().contains(call.get_ref().as_str()))
            {
                let msg = format!("call `{}` is not in the text", call.get_ref());
                self.report(call, Problem::BadCall(msg));
            }
            self.marks_of(&c.text);
            let children = if depth >= crate::input::limits::MAX_DEPTH && !c.clause.is_empty() {
                self.report(&c.text, Problem::TooDeep(crate::input::limits::MAX_DEPTH));
                Vec::new()
            } else {
                self.clauses(c.clause, section, depth + 1)
            };
            out.push(Clause {
                label,
                text: c.text.into_inner(),
                children,
                call: c.call.map(Spanned::into_inner),
            });
        }
        out
    }

    /// The footnote marks a text (a clause's, the revision line) cites, for [`Self::footnotes`].
    fn marks_of(&mut self, text: &Spanned<String>) {
        // Most texts cite no note: one byte search says so, before two splits are set up for
        // nothing (0.09M of a Res. 30 diff's 8.6M instructions, callgrind).
        if memchr::memchr(b'^', text.get_ref().as_bytes()).is_none() {
            return;
        }
        let at = text.span().start;
        self.cited
            .extend(cited_marks(text.get_ref()).map(|m| (m.to_string(), at)));
        for mark in written_marks(text.get_ref()) {
            if !self.written.contains(mark) {
                self.written.insert(mark.to_string());
            }
        }
    }

    fn footnotes(&mut self, raw: Vec<RawFootnote>) -> Vec<Footnote> {
        // Sets, not searches of lists or texts, so that each footnote costs the same however
        // many there are (a DOCX import may bring thousands; searching the texts for each mark
        // `cited_marks` finds implausible, one with a space, was quadratic).
        let citations = std::mem::take(&mut self.cited);
        let mut defined: FxHashSet<String> = FxHashSet::default();
        let mut out: Vec<Footnote> = Vec::new();
        for f in raw {
            let mark = f.mark.get_ref().clone();
            let problem = if !defined.insert(mark.clone()) {
                Some("defined twice")
            } else if f.text.trim().is_empty() {
                Some("empty text")
            } else if !self.written.contains(&mark) {
                Some("no clause refers to it with [^mark]")
            } else {
                None
            };
            if let Some(p) = problem {
                self.report(&f.mark, Problem::BadFootnote(mark.clone(), p.into()));
            }
            out.push(Footnote { mark, text: f.text });
        }
        for (mark, at) in citations {
            if !defined.contains(&mark) {
                let line = self.line_at(at);
                let why = format!("[^{mark}] refers to it, but no [[footnote]] gives its text");
                let problem = Problem::BadFootnote(mark, why);
                self.problems.push(Located { line, problem });
            }
        }
        out
    }
}

/// The marks of the footnote references (`[^1]`, `[^a]`) in a text.
fn cited_marks(text: &str) -> impl Iterator<Item = &str> {
    text.split("[^").skip(1).filter_map(|after| {
        let (mark, _) = after.split_once(']')?;
        let plausible = !mark.is_empty()
            && mark.chars().count() <= 16
            && !mark.contains(|c: char| c.is_whitespace() || c == '[');
        plausible.then_some(mark)
    })
}

/// Every mark written `[^mark]` in a text: each `[^` up to the first `]` after it, before the
/// next `[^`. A mark holding `]` or `[^` cannot be cited, since that is where its citation
/// ends or another starts.
fn written_marks(text: &str) -> impl Iterator<Item = &str> {
    text.split("[^").skip(1).filter_map(|after| {
        crate::work::steps(after.len() + 1);
        Some(after.split_once(']')?.0)
    })
}
