//! Which cited revisions were superseded at a date, judged by the sourced [`Table`] of
//! revisions and the conference calendar (`data/conferences.tsv`).
//!
//! A citation of body B's resolution N as revised (or adopted) in year Y is, as of date D:
//! - **stale** when the table holds a revision of N by a conference of B that met after Y and
//!   closed by D (the latest such is what `--fix` writes; a conference after it whose Final Acts
//!   the table lacks is named in `reason`, as a later revision may exist);
//! - **current** when every conference of B between Y and D is one whose Final Acts the table
//!   holds whole, and none of them revised N;
//! - **unknown** otherwise, naming the conferences the table lacks. That B met is no evidence
//!   that N was revised: most resolutions are left alone at most conferences.
//!
//! Council resolutions ("Mod. 2016") change at annual sessions the calendar does not list:
//! unknown. UN resolutions are stale when the corpus holds a later member of the cited one's
//! series.

use serde::Serialize;

use super::{Citation, Kind, Table};
use rustc_hash::FxHashMap;

use crate::model::{BadDate, Body, Conference, Date, Document, conference_named, conferences};

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
    /// The conference (or, for a UN resolution, the corpus text) that superseded the cited one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
    /// Its venue (English) and year: what an updated citation names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The superseding conference's year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Where the table read what the standing rests on: a conference's Final Acts, a corpus
    /// text (`corpus: pp/165@dubai-2018:en`) or a tag an adopted text cites.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// Why the standing is unknown; for a stale citation, what the table lacks after the
    /// revision it names (a later one may exist).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The standing of every resolution citation of `citations` as of `as_of`, judged by the
/// shipped [`Table`] with the adopted texts of `corpus` added; UN resolutions by the series the
/// corpus holds.
pub fn stale(citations: &[Citation], as_of: &AsOf, corpus: &[Document]) -> Vec<Staleness> {
    let table = Table::shipped().with_corpus(corpus);
    let un = UnCorpus::new(corpus);
    citations
        .iter()
        .filter_map(|c| match c.kind {
            Kind::Resolution => Some(judge(c, as_of.0, &table)),
            Kind::UnResolution => Some(un.judge(c, as_of.0)),
            _ => None,
        })
        .collect()
}

fn unjudged(c: &Citation) -> Staleness {
    Staleness {
        citation: c.clone(),
        status: Standing::Unknown,
        superseded_by: None,
        venue: None,
        year: None,
        evidence: None,
        reason: None,
    }
}

/// The conferences of `body` after `year` that had closed by `as_of`, oldest first.
fn met_since(body: Body, year: u16, as_of: Date) -> Vec<&'static Conference> {
    let mut met: Vec<&Conference> = conferences()
        .iter()
        .filter(|k| k.body == body && k.year > year && span(&k.dates, k.year).1 <= as_of)
        .collect();
    met.sort_by_key(|k| k.year);
    met
}

/// "no Final Acts of PP-22 in the table", naming each conference the table does not hold whole.
fn lacking(table: &Table, met: &[&Conference]) -> Option<String> {
    let missing: Vec<&str> = met
        .iter()
        .filter(|k| table.final_acts(k).is_none())
        .map(|k| k.short.as_str())
        .collect();
    (!missing.is_empty()).then(|| format!("no Final Acts of {} in the table", missing.join(", ")))
}

fn judge(c: &Citation, as_of: Date, table: &Table) -> Staleness {
    let mut out = unjudged(c);
    if c.body == Some(Body::Council) {
        out.reason =
            Some("Council resolutions change at sessions the calendar does not list".into());
        return out;
    }
    let (Some(body), Some(year), Some(number)) = (c.body, c.year, c.number) else {
        out.reason = Some(
            if c.body.is_none() {
                "the adopting body is not named near the citation"
            } else {
                "the citation names no revision"
            }
            .into(),
        );
        return out;
    };
    crate::work::steps(1);
    let met = met_since(body, year, as_of);
    let latest = table
        .revisions(body, number)
        .iter()
        .filter(|k| met.contains(&k.conference))
        .max_by_key(|k| k.conference.year);
    if let Some(k) = latest {
        let after: Vec<&Conference> = met
            .iter()
            .copied()
            .filter(|m| m.year > k.conference.year)
            .collect();
        out.status = Standing::Stale;
        out.superseded_by = Some(format!(
            "{} ({}, {})",
            k.conference.short, k.conference.venue_en, k.conference.year
        ));
        out.venue = Some(k.conference.venue_en.clone());
        out.year = Some(k.conference.year);
        out.evidence = Some(k.source.clone());
        out.reason = lacking(table, &after).map(|l| format!("{l}: a later revision may exist"));
        return out;
    }
    match lacking(table, &met) {
        Some(l) => out.reason = Some(l),
        None => {
            out.status = Standing::Current;
            let held: Vec<&str> = met.iter().filter_map(|k| table.final_acts(k)).collect();
            out.evidence = (!held.is_empty()).then(|| held.join("; "));
        }
    }
    out
}

/// The corpus's UN resolutions by symbol, and each series's members.
struct UnCorpus<'c> {
    by_symbol: FxHashMap<String, &'c Document>,
    series: FxHashMap<(Body, String), Vec<&'c Document>>,
}

impl<'c> UnCorpus<'c> {
    fn new(corpus: &'c [Document]) -> UnCorpus<'c> {
        let mut by_symbol = FxHashMap::default();
        let mut series: FxHashMap<(Body, String), Vec<&Document>> = FxHashMap::default();
        for d in corpus {
            let (Some(body), Some(symbol), Some(number)) = (
                d.resolution.body.filter(|b| b.is_un()),
                d.revision.symbol.as_ref(),
                d.resolution.number.as_ref(),
            ) else {
                continue;
            };
            by_symbol.insert(symbol.clone(), d);
            let members = series.entry((body, number.to_string())).or_default();
            // One member per symbol: the six languages of one resolution are one revision.
            if !members
                .iter()
                .any(|m| m.revision.symbol == d.revision.symbol)
            {
                members.push(d);
            }
        }
        UnCorpus { by_symbol, series }
    }

    /// Stale when the cited resolution's series has a later member adopted by `as_of`.
    fn judge(&self, c: &Citation, as_of: Date) -> Staleness {
        let mut out = unjudged(c);
        let symbol = c.symbol.as_deref().unwrap_or_default();
        let Some(cited) = self.by_symbol.get(symbol) else {
            out.reason = Some(format!("{symbol} is not in the corpus"));
            return out;
        };
        let (Some(body), Some(number)) = (cited.resolution.body, cited.resolution.number.as_ref())
        else {
            return out;
        };
        let series = format!("{}/{}", body.as_str(), number);
        let later = self
            .series
            .get(&(body, number.to_string()))
            .into_iter()
            .flatten()
            .filter(|d| {
                d.revision.date > cited.revision.date && d.revision.date.is_some_and(|d| d <= as_of)
            })
            .max_by_key(|d| d.revision.date);
        match later {
            Some(d) => {
                out.status = Standing::Stale;
                out.superseded_by = d.revision.symbol.clone();
                out.year = d.revision.year;
                out.evidence = Some(format!("corpus: {}", d.address()));
            }
            None => {
                out.reason = Some(format!(
                    "no later resolution of the series {series} in the corpus"
                ));
            }
        }
        out
    }
}
