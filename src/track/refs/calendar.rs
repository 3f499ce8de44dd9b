//! Which cited revisions were superseded at a date: the conference calendar (from
//! `data/conferences.tsv`) and the revisions the corpus holds.
//!
//! A citation of body B's resolution as revised (or adopted) at a conference in year Y is
//! **stale** as of date D when B met again after Y and before D: that later conference is where
//! the resolution would have been revised (the corpus, when it holds the resolution, says so for
//! sure; the calendar says which conference to check). Council resolutions ("Mod. 2016") are
//! modified at annual sessions the calendar does not list: their status is **unknown**.

use serde::Serialize;

use super::{Citation, Kind};
use crate::align::align;
use crate::diff::{DiffOptions, DocDiff, from_alignment};
use rustc_hash::FxHashMap;

use crate::model::{
    BadDate, Body, Clause, Date, Document, Language, Status, conference_named, conferences,
};

/// A date to judge against: `YYYY-MM-DD`, or a conference (`WTDC-17`: its opening day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf(pub Date);

/// Why a text is neither a date nor a conference of the calendar.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadAsOf {
    /// Shaped as a date, but not one that exists.
    #[error(transparent)]
    Date(#[from] BadDate),
    #[error(
        "`{0}` is neither a date (YYYY-MM-DD) nor a conference of the calendar (WTDC-17, WTDC-2017, PP-14, WRC-19, ...)"
    )]
    Unknown(String),
}

impl std::str::FromStr for AsOf {
    type Err = BadAsOf;
    fn from_str(s: &str) -> Result<AsOf, BadAsOf> {
        match s.parse::<Date>() {
            Ok(d) => return Ok(AsOf(d)),
            // A conference name never starts with a digit: this was meant as a date.
            Err(e) if s.starts_with(|c: char| c.is_ascii_digit()) => return Err(e.into()),
            Err(_) => {}
        }
        let c = conference_named(s).ok_or_else(|| BadAsOf::Unknown(s.to_string()))?;
        Ok(AsOf(span(&c.dates, c.year).0))
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Opening and closing day of a conference from the calendar's `dates` ("9-20 Oct 2017",
/// "24 May-4 Jun 2010", "(Nov 2006)", or empty): a whole month or year when days are unknown.
/// A day the month does not have reads as the month's last (`every_conference_spans_its_year`
/// checks the shipped calendar).
pub fn span(dates: &str, year: u16) -> (Date, Date) {
    let main = dates
        .trim_matches(['(', ')'])
        .split(',')
        .next()
        .unwrap_or_default();
    let mut days = Vec::new();
    let mut months = Vec::new();
    for t in main.split([' ', '-']).filter(|t| !t.is_empty()) {
        if let Some(m) = MONTHS
            .iter()
            .position(|m| t.to_ascii_lowercase().starts_with(m))
        {
            months.push(m as u8 + 1);
        } else if let Ok(d) = t.parse::<u8>()
            && (1..=31).contains(&d)
        {
            days.push(d);
        }
    }
    let (m1, m2) = (
        months.first().copied().unwrap_or(1),
        months.last().copied().unwrap_or(12),
    );
    let d1 = if months.is_empty() {
        1
    } else {
        days.first().copied().unwrap_or(1)
    };
    let d2 = if months.is_empty() {
        31
    } else {
        days.last().copied().unwrap_or(31)
    };
    (day_of(year, m1, d1), day_of(year, m2, d2))
}

/// `day` of `month` (1-12), or the month's last day when it has fewer.
fn day_of(year: u16, month: u8, day: u8) -> Date {
    let last = Date::end_of_month(year, month);
    Date::new(year, month, day)
        .or(last)
        .unwrap_or(Date::from_unix_days(0))
}

/// What became of a cited revision by the date asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// No later revision by the date.
    Current,
    /// Superseded by a later revision by the date.
    Stale,
    /// The citation names no revision, or one the calendar does not know.
    Unknown,
}

/// A resolution citation and its standing at the date.
#[derive(Debug, Clone, Serialize)]
pub struct Staleness {
    /// The citation.
    pub citation: Citation,
    /// Current, stale or unknown.
    pub status: Standing,
    /// The conference (or corpus revision) that superseded the cited one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
    /// Its venue (English) and year: what an updated citation names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The superseding conference's year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// `corpus` (a revision of the cited resolution is in the corpus) or `calendar`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<&'static str>,
    /// Why the standing is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
}

/// The standing of every resolution citation of `citations` as of `as_of`; `corpus` holds the
/// texts the corpus has (any resolution), used before the calendar.
pub fn stale(citations: &[Citation], as_of: &AsOf, corpus: &[Document]) -> Vec<Staleness> {
    // The corpus's adopted revisions by resolution, found once: searching the whole corpus
    // for each citation cost citations times corpus.
    let mut adopted: Adopted = FxHashMap::default();
    for d in corpus
        .iter()
        .filter(|d| d.revision.stage.status() == Status::Adopted)
    {
        // A text of unknown body cannot be the later revision of a citation, which names one.
        let Some(body) = d.resolution.body else {
            continue;
        };
        let number = d
            .resolution
            .number
            .as_ref()
            .and_then(crate::model::ResNumber::as_number);
        adopted.entry((body, number)).or_default().push(d);
    }
    citations
        .iter()
        .filter(|c| c.kind == Kind::Resolution)
        .map(|c| judge(c, as_of.0, &adopted))
        .collect()
}

/// Adopted revisions by body and number.
type Adopted<'c> = FxHashMap<(Body, Option<u32>), Vec<&'c Document>>;

fn judge(c: &Citation, as_of: Date, adopted: &Adopted<'_>) -> Staleness {
    let mut out = Staleness {
        citation: c.clone(),
        status: Standing::Unknown,
        superseded_by: None,
        venue: None,
        year: None,
        evidence: None,
        reason: None,
    };
    if c.body == Some(Body::Council) {
        out.reason = Some("Council resolutions change at sessions the calendar does not list");
        return out;
    }
    let (Some(body), Some(year)) = (c.body, c.year) else {
        out.reason = Some(if c.body.is_none() {
            "the adopting body is not named near the citation"
        } else {
            "the citation names no revision"
        });
        return out;
    };
    // The corpus first: a later adopted revision of this very resolution.
    crate::work::steps(1);
    let later = adopted
        .get(&(body, c.number))
        .into_iter()
        .flatten()
        .filter(|d| {
            d.revision.year.is_some_and(|y| y > year) && d.revision.date.is_some_and(|d| d <= as_of)
        })
        .max_by_key(|d| d.revision.year);
    if let Some(d) = later {
        out.status = Standing::Stale;
        out.superseded_by = Some(d.address());
        out.venue = d.revision.venue.clone();
        out.year = d.revision.year;
        out.evidence = Some("corpus");
        return out;
    }
    let next = conferences()
        .iter()
        .filter(|k| k.body == body && k.year > year && span(&k.dates, k.year).1 <= as_of)
        .max_by_key(|k| k.year);
    out.status = Standing::Current;
    if let Some(k) = next {
        out.status = Standing::Stale;
        out.superseded_by = Some(format!("{} ({}, {})", k.short, k.venue_en, k.year));
        out.venue = Some(k.venue_en.clone());
        out.year = Some(k.year);
        out.evidence = Some("calendar");
    }
    out
}

/// The revision tag an updated citation carries, in the text's language.
pub fn new_tag(language: Language, venue: &str, year: u16) -> String {
    if language == Language::Ar {
        let ar = conferences()
            .iter()
            .find(|k| k.venue_en == venue && k.year == year)
            .map_or(venue, |k| k.venue_ar.as_str());
        format!("(المراجَع في {ar}، {year})")
    } else {
        format!("(Rev. {venue}, {year})")
    }
}

/// The exact diff from `doc` to its [`fix`]: what `refs --fix` lays out as a proposal.
pub fn fix_diff(doc: &Document, judged: &[Staleness]) -> DocDiff {
    let fixed = fix(doc, judged);
    from_alignment(doc, &fixed, &align(doc, &fixed), &DiffOptions::default())
}

/// `doc` with every stale citation's revision tag updated to the revision that superseded it.
pub fn fix(doc: &Document, judged: &[Staleness]) -> Document {
    // Each citing clause's updates, by section kind and labels, made in one pass over its text:
    // replacing them one by one searched and copied the whole text for each, and looked for
    // the clause among all the section's for each (40,000 stale citations: 22 s).
    let mut updates: Updates = FxHashMap::default();
    for s in judged.iter().filter(|s| s.status == Standing::Stale) {
        let (Some(tag), Some(venue), Some(year)) = (&s.citation.tag, &s.venue, s.year) else {
            continue;
        };
        let replacement =
            s.citation
                .text
                .replacen(tag.as_str(), &new_tag(doc.language, venue, year), 1);
        let key = (s.citation.section.as_str(), s.citation.path.as_slice());
        updates.entry(key).or_default().push((
            s.citation.offset,
            s.citation.text.as_str(),
            replacement,
        ));
    }
    let mut out = doc.clone();
    if updates.is_empty() {
        return out;
    }
    for u in updates.values_mut() {
        u.sort_by_key(|(at, _, _)| *at);
    }
    for section in &mut out.sections {
        let kind = section.kind.as_str();
        update(&mut section.clauses, kind, &mut Vec::new(), &updates);
    }
    out
}

/// Citation updates by section kind and clause labels: (offset, as written, updated).
type Updates<'j> = FxHashMap<(&'j str, &'j [String]), Vec<(usize, &'j str, String)>>;

fn update(clauses: &mut [Clause], kind: &str, path: &mut Vec<String>, updates: &Updates<'_>) {
    for c in clauses {
        path.push(c.label.written().trim().to_string());
        if let Some(u) = updates.get(&(kind, path.as_slice())) {
            c.text = updated(&c.text, u);
        }
        update(&mut c.children, kind, path, updates);
        path.pop();
    }
}

/// `text` with each citation that stands where it was found replaced, in one pass.
fn updated(text: &str, updates: &[(usize, &str, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for (at, old, new) in updates {
        crate::work::steps(1);
        if *at >= done && text.get(*at..).is_some_and(|t| t.starts_with(old)) {
            out.push_str(&text[done..*at]);
            out.push_str(new);
            done = at + old.len();
        }
    }
    out.push_str(&text[done..]);
    out
}
