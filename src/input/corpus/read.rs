//! Reading one resolution TOML file into a validated [`Document`].
//!
//! Parsing keeps byte spans of every key that can be wrong (`toml::Spanned`), so that each
//! [`Problem`] is reported at its line. All problems of a file are collected, not just the first,
//! so a translator fixing a file sees the whole list at once.

use std::collections::HashMap;
use std::path::Path;

use rustc_hash::FxHashSet;
use serde::Deserialize;
use toml::Spanned;

use super::error::{LoadError, Located, Problem};
use crate::input::limits;
use crate::model::{
    Body, Clause, Date, Document, Footnote, Label, Language, Proposer, ResNumber, Resolution,
    Revision, RevisionId, Section, SectionKind, Stage, Status, unknown,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDoc {
    pub(super) language: Spanned<String>,
    #[serde(default)]
    pub(super) formula: Option<String>,
    /// The line of earlier revisions under the title (`model::Document::revision_line`).
    #[serde(default)]
    pub(super) revision_line: Option<Spanned<String>>,
    pub(super) resolution: RawResolution,
    pub(super) revision: RawRevision,
    #[serde(default)]
    pub(super) section: Vec<RawSection>,
    #[serde(default)]
    pub(super) footnote: Vec<RawFootnote>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawResolution {
    pub(super) body: Spanned<String>,
    /// ITU resolutions.
    #[serde(default)]
    pub(super) number: Option<Spanned<i64>>,
    /// UN resolutions (issue 12): the series slug.
    #[serde(default)]
    pub(super) series: Option<Spanned<String>>,
    /// ITU Recommendations (issue 24): `D.19`, `J.1108`.
    #[serde(default)]
    pub(super) recommendation: Option<Spanned<String>>,
    pub(super) title: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRevision {
    pub(super) id: Spanned<String>,
    pub(super) status: Spanned<String>,
    #[serde(default)]
    pub(super) venue: Option<String>,
    pub(super) year: Spanned<i64>,
    #[serde(default)]
    pub(super) date: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) proposer: Option<String>,
    #[serde(default)]
    pub(super) source: Option<String>,
    #[serde(default)]
    pub(super) base: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) symbol: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSection {
    pub(super) kind: Spanned<String>,
    pub(super) heading: String,
    #[serde(default)]
    pub(super) clause: Vec<RawClause>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClause {
    #[serde(default)]
    pub(super) label: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) call: Option<Spanned<String>>,
    pub(super) text: Spanned<String>,
    #[serde(default)]
    pub(super) clause: Vec<RawClause>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFootnote {
    pub(super) mark: Spanned<String>,
    pub(super) text: String,
}

/// Reads and validates a file.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    let limit = crate::input::limits::MAX_TOML;
    let source = crate::input::limits::read_file_to_string(path, limit).map_err(|e| match e {
        crate::input::limits::Capped::Io(source) => LoadError::Io {
            path: path.to_path_buf(),
            source,
        },
        crate::input::limits::Capped::TooLarge { size } => LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit,
        },
    })?;
    parse_document(&source, path)
}

/// How strict validation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Everything, as the corpus requires.
    Full,
    /// Everything but duplicate labels: for raw imports of marked-up texts, where an old and a
    /// new clause may stand side by side with the same label until someone separates them.
    AllowDuplicateLabels,
}

/// Parses and validates TOML text; `path` is only used in messages.
pub fn parse_document(source: &str, path: &Path) -> Result<Document, LoadError> {
    parse_document_with(source, path, Check::Full)
}

/// [`parse_document`] with a choice of strictness.
pub fn parse_document_with(source: &str, path: &Path, check: Check) -> Result<Document, LoadError> {
    // The parser's tables, not the file's bytes, are what a file costs: counted before parsing.
    let (items, limit) = (limits::toml_items(source), limits::MAX_TOML_ITEMS);
    if items > limit {
        return Err(LoadError::TooManyItems {
            path: path.to_path_buf(),
            items,
            limit,
        });
    }
    // Files as resdiff writes them are read by the fast reader; anything else, and every error,
    // by `toml`, which the fast reader gives way to rather than judging.
    let raw: RawDoc = match super::fast::parse(source) {
        Some(raw) => raw,
        None => from_toml(source, path)?,
    };
    validate(raw, source, path, check)
}

/// `source` read by `toml`, its error placed at its line.
fn from_toml(source: &str, path: &Path) -> Result<RawDoc, LoadError> {
    toml::from_str(source).map_err(|e| {
        let message = e.message().trim().to_string();
        match e.span() {
            Some(s) => LoadError::Syntax {
                path: path.to_path_buf(),
                line: Lines::new(source).at(s.start),
                message,
            },
            None if message == "recursion limit" => LoadError::SyntaxUnplaced {
                path: path.to_path_buf(),
                message: "keys or tables nested deeper than the TOML reader goes (a key dotted \
                          hundreds of times?); the reader gives no line"
                    .into(),
            },
            None => LoadError::SyntaxUnplaced {
                path: path.to_path_buf(),
                message,
            },
        }
    })
}

fn validate(raw: RawDoc, source: &str, path: &Path, check: Check) -> Result<Document, LoadError> {
    let mut v = Validator {
        source,
        lines: std::cell::OnceCell::new(),
        check,
        problems: Vec::new(),
        cited: Vec::new(),
        written: FxHashSet::default(),
        clauses: 0,
    };
    let doc = v.document(raw);
    match (doc, v.problems.is_empty()) {
        (Some(doc), true) => Ok(doc),
        _ => Err(LoadError::Invalid {
            path: path.to_path_buf(),
            problems: v.problems,
        }),
    }
}

/// The loader's checks on a document made in memory (an import), as if it had been written out
/// and read back, but without the TOML text: writing and parsing it again cost 2 KB of memory a
/// clause (4 GB for a 16 MiB text of short clauses). The document is moved through the checks,
/// not copied, and comes back as the loader would give it. Problems name line 1: there is no
/// file yet.
pub fn check_document(doc: Document, path: &Path, check: Check) -> Result<Document, LoadError> {
    let at = |s: &str| Spanned::new(0..0, s.to_string());
    let raw = RawDoc {
        language: at(doc.language.as_str()),
        formula: doc.formula,
        revision_line: doc.revision_line.map(|l| Spanned::new(0..0, l)),
        resolution: RawResolution {
            // What is unknown goes in as the stand-in the TOML would hold, so it is refused
            // with the message a file gets.
            body: at(unknown::body_name(doc.resolution.body)),
            number: match &doc.resolution.number {
                Some(ResNumber::Series(_) | ResNumber::Recommendation(_)) => None,
                Some(ResNumber::Number(n)) => Some(i64::from(*n)),
                None => Some(i64::from(unknown::UNKNOWN_NUMBER)),
            }
            .map(|n| Spanned::new(0..0, n)),
            recommendation: match &doc.resolution.number {
                Some(ResNumber::Recommendation(r)) => Some(Spanned::new(0..0, r.clone())),
                _ => None,
            },
            series: match doc.resolution.number {
                Some(ResNumber::Series(s)) => Some(Spanned::new(0..0, s)),
                _ => None,
            },
            title: at(unknown::title(doc.resolution.title.as_deref())),
        },
        revision: RawRevision {
            id: Spanned::new(0..0, doc.revision.id_shown().to_string()),
            status: at(doc.revision.stage.status().as_str()),
            venue: doc.revision.venue,
            year: Spanned::new(0..0, i64::from(unknown::year(doc.revision.year))),
            date: doc.revision.date.map(|d| Spanned::new(0..0, d.to_string())),
            proposer: doc.revision.stage.proposer().map(ToString::to_string),
            source: doc.revision.source,
            base: doc.revision.base.map(|b| Spanned::new(0..0, b.to_string())),
            symbol: doc.revision.symbol,
        },
        section: doc
            .sections
            .into_iter()
            .map(|s| RawSection {
                kind: at(s.kind.as_str()),
                heading: s.heading,
                clause: raw_clauses(s.clauses),
            })
            .collect(),
        footnote: doc
            .footnotes
            .into_iter()
            .map(|f| RawFootnote {
                mark: Spanned::new(0..0, f.mark),
                text: f.text,
            })
            .collect(),
    };
    validate(raw, "", path, check)
}

/// Clauses as the TOML writer lays them out (an empty written label is no `label` key).
fn raw_clauses(clauses: Vec<Clause>) -> Vec<RawClause> {
    clauses
        .into_iter()
        .map(|c| RawClause {
            label: (!c.label.written().is_empty())
                .then(|| Spanned::new(0..0, c.label.written().to_string())),
            text: Spanned::new(0..0, c.text),
            call: c.call.map(|call| Spanned::new(0..0, call)),
            clause: raw_clauses(c.children),
        })
        .collect()
}

/// Byte offsets where lines start, so that each span finds its line in O(log n): counting
/// newlines per span made loading quadratic in file size.
struct Lines(Vec<usize>);

impl Lines {
    fn new(source: &str) -> Lines {
        let starts = std::iter::once(0)
            .chain(
                source
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Lines(starts)
    }

    fn at(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

struct Validator<'s> {
    source: &'s str,
    /// Line starts, found only when a problem needs its line: most files have none.
    lines: std::cell::OnceCell<Lines>,
    check: Check,
    problems: Vec<Located>,
    /// Footnote marks cited in clause texts (`[^1]`), with the offset of the citing text.
    cited: Vec<(String, usize)>,
    /// Every mark written `[^mark]` in a clause text, plausible or not.
    written: FxHashSet<String>,
    /// Clauses read so far, every level counted, against [`limits::MAX_CLAUSES`].
    clauses: usize,
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

    fn document(&mut self, raw: RawDoc) -> Option<Document> {
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
