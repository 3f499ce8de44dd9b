//! The metadata of an import (body, number, title, revision): the `+++` front matter a text may
//! start with, and [`metadata`], which settles each field from the caller's options, the front
//! matter, what the text says and the fallbacks, in that order, or names the ones missing.

use serde::Deserialize;

use super::{Field, ImportError, ImportOptions, heading, revision_id};
use crate::model::{
    Body, Date, ResNumber, Resolution, Revision, Stage, Status, revision_slug, unknown,
    venue_in_english,
};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct FrontMatter {
    pub(super) language: Option<String>,
    /// `"tabs"`: the exact layout `show --format plain` writes (see `plain::nested`).
    pub(super) nesting: Option<String>,
    pub(super) formula: Option<String>,
    /// The line of earlier revisions under the title (`model::Document::revision_line`).
    pub(super) revision_line: Option<String>,
    #[serde(default)]
    pub(super) resolution: FmResolution,
    #[serde(default)]
    pub(super) revision: FmRevision,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct FmResolution {
    pub(super) body: Option<String>,
    pub(super) number: Option<u32>,
    /// A UN resolution's series (`show --format plain` of a UN text writes it).
    pub(super) series: Option<String>,
    /// An ITU Recommendation's name, `D.19` (issue 24).
    pub(super) recommendation: Option<String>,
    pub(super) title: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct FmRevision {
    pub(super) id: Option<String>,
    pub(super) status: Option<String>,
    pub(super) venue: Option<String>,
    pub(super) year: Option<u16>,
    pub(super) date: Option<Date>,
    pub(super) proposer: Option<String>,
    pub(super) source: Option<String>,
    pub(super) base: Option<String>,
    /// A UN revision's symbol (`A/RES/80/118`).
    pub(super) symbol: Option<String>,
}

/// Splits `+++ ... +++` front matter off; returns it and the line number the body starts at.
pub(super) fn front_matter(lines: &[&str]) -> Result<(FrontMatter, usize), ImportError> {
    if lines.first().map(|l| l.trim()) != Some("+++") {
        return Ok((FrontMatter::default(), 0));
    }
    let Some(end) = lines.iter().skip(1).position(|l| l.trim() == "+++") else {
        return Err(ImportError::FrontMatter {
            line: 1,
            message: "opening `+++` has no closing `+++`".into(),
        });
    };
    let toml_text = lines[1..=end].join("\n");
    let fm = toml::from_str(&toml_text).map_err(|e| {
        let at = e
            .span()
            .map_or(0, |s| toml_text[..s.start].matches('\n').count());
        ImportError::FrontMatter {
            line: at + 2,
            message: e.message().trim().to_string(),
        }
    })?;
    Ok((fm, end + 2))
}

pub(super) fn parse_or<T: std::str::FromStr<Err: std::fmt::Display>>(
    value: Option<String>,
    line: usize,
) -> Result<Option<T>, ImportError> {
    value
        .map(|v| v.parse::<T>())
        .transpose()
        .map_err(|e| ImportError::FrontMatter {
            line,
            message: e.to_string(),
        })
}

/// The resolution and revision an import names, settled field by field (see the module).
pub(super) fn metadata(
    opts: &ImportOptions,
    fm: FrontMatter,
    formula: Option<&str>,
    header: Option<(ResNumber, Option<String>)>,
    fallback: &ImportOptions,
) -> Result<(Resolution, Revision), ImportError> {
    let (header_number, header_title) = header.map_or((None, None), |(n, t)| (Some(n), t));
    let unknown = opts.allow_unknown || fallback.allow_unknown;
    let mut missing = Vec::new();
    let r = fm.resolution;
    let v = fm.revision;
    let venue_year = formula.and_then(heading::formula_venue_year);
    let formula_venue = venue_year
        .as_ref()
        .and_then(|(venue, _)| venue_in_english(venue));
    // Each field is settled (`Some`) by the first source that gives it, or as unknown
    // (`Some(None)`) by front matter that writes the stand-in (`show --format plain` of a text
    // that named nothing) or where unknowns are allowed; `None` is missing.
    let fm_body = match r.body {
        Some(b) if b.eq_ignore_ascii_case(unknown::UNKNOWN_TEXT) => Some(None),
        b => parse_or::<Body>(b, 2)?.map(Some),
    };
    let body = match opts.body {
        Some(b) => Some(Some(b)),
        None => fm_body.or_else(|| formula.and_then(heading::formula_body).map(Some)),
    }
    .or(fallback.body.map(Some))
    .or(unknown.then_some(None));
    if body.is_none() {
        missing.push(Field::Body);
    }
    let stand_in = u32::from(unknown::UNKNOWN_NUMBER);
    let number = opts
        .number
        .clone()
        .map(Some)
        .or(r
            .number
            .map(|n| (n != stand_in).then_some(ResNumber::Number(n))))
        .or(parse_or::<ResNumber>(r.series, 2)?.map(Some))
        .or(parse_or::<ResNumber>(r.recommendation, 2)?.map(Some))
        .or(header_number.map(Some))
        .or(fallback.number.clone().map(Some))
        .or(unknown.then_some(None));
    if number.is_none() {
        missing.push(Field::Number);
    }
    let title = opts
        .title
        .clone()
        .map(Some)
        .or(r.title.map(|t| (t != unknown::UNKNOWN_TEXT).then_some(t)))
        .or(header_title.map(Some))
        .or(fallback.title.clone().map(Some))
        .or(unknown.then_some(None));
    if title.is_none() {
        missing.push(Field::Title);
    }
    let year = opts
        .year
        .map(Some)
        .or(v.year.map(|y| (y != unknown::UNKNOWN_NUMBER).then_some(y)))
        .or(venue_year.as_ref().map(|(_, y)| Some(*y)))
        .or(fallback.year.map(Some))
        .or(unknown.then_some(None));
    if year.is_none() {
        missing.push(Field::Year);
    }
    let venue = opts
        .venue
        .clone()
        .or(v.venue)
        .or(formula_venue.map(str::to_string));
    let id = opts
        .revision
        .clone()
        .or(v.id)
        .or_else(|| {
            // An unknown year makes `venue-0`, as it always has.
            let (venue, year) = venue.as_deref().zip(year.map(unknown::year))?;
            Some(revision_slug(venue, year))
        })
        .or(fallback.revision.clone())
        .map(Some)
        .or(unknown.then_some(None));
    // With a venue, the revision id follows from the year: only the year is then asked for.
    if id.is_none() && (venue.is_none() || year.is_some()) {
        missing.push(Field::Revision);
    }
    let (Some(body), Some(number), Some(title), Some(year), Some(id)) =
        (body, number, title, year, id)
    else {
        return Err(ImportError::Missing(missing));
    };
    let id = id.as_deref().map(revision_id).transpose()?.flatten();
    let base = opts.base.clone().or(v.base);
    let base = base.as_deref().map(revision_id).transpose()?.flatten();
    let status = match opts.status {
        Some(s) => s,
        None => parse_or::<Status>(v.status, 2)?
            .or(fallback.status)
            .unwrap_or(Status::Adopted),
    };
    // A blank proposer names nobody, which a proposal cannot do.
    let proposer = opts.proposer.clone().or(v.proposer);
    let stage = Stage::new(status, proposer.and_then(|p| p.parse().ok()))
        .map_err(|_| ImportError::Missing(vec![Field::Proposer]))?;
    Ok((
        Resolution {
            body,
            number,
            title,
        },
        Revision {
            id,
            stage,
            venue,
            year,
            date: opts.date.or(v.date),
            source: opts.source.clone().or(v.source),
            base,
            symbol: v.symbol,
        },
    ))
}
