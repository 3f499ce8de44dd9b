//! Metadata a compared text does not give (a plain text with no heading or front matter) is
//! `None` in the model. `diff`, `show` and `markup` need none of it, so files and JSON have
//! always shown it as a stand-in: body, title and revision id `unknown`, number and year `0`.
//! These write the stand-ins and read them back as `None`, so the outputs are what they were
//! while no caller can take a stand-in for a value. The corpus never holds them: its loader refuses them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{BadRevisionId, Body, ResNumber, RevisionId};

/// What a body, a title or a revision id nothing gave reads as.
pub const UNKNOWN_TEXT: &str = "unknown";
/// What a number or a year nothing gave reads as.
pub const UNKNOWN_NUMBER: u16 = 0;

/// `unknown` for a body nothing gave.
pub fn body_name(body: Option<Body>) -> &'static str {
    body.map_or(UNKNOWN_TEXT, Body::as_str)
}

/// `0` for a number nothing gave, as files and messages show it (an address says `unknown`).
pub fn number(number: Option<&ResNumber>) -> String {
    number.map_or(UNKNOWN_NUMBER.to_string(), ResNumber::to_string)
}

/// `unknown` for a title nothing gave.
pub fn title(title: Option<&str>) -> &str {
    title.unwrap_or(UNKNOWN_TEXT)
}

/// `unknown` for a revision id nothing gave.
pub fn revision(id: Option<&RevisionId>) -> &str {
    id.map_or(UNKNOWN_TEXT, RevisionId::as_str)
}

/// A revision id as written: `unknown` is none given.
pub fn read_revision(s: &str) -> Result<Option<RevisionId>, BadRevisionId> {
    match s.parse() {
        Ok(id) => Ok(Some(id)),
        Err(BadRevisionId::Unknown) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `0` for a year nothing gave.
pub fn year(year: Option<u16>) -> u16 {
    year.unwrap_or(UNKNOWN_NUMBER)
}

pub(crate) fn ser_body<S: Serializer>(v: &Option<Body>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(body_name(*v))
}

pub(crate) fn ser_number<S: Serializer>(v: &Option<ResNumber>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(n) => n.serialize(s),
        None => s.serialize_u16(UNKNOWN_NUMBER),
    }
}

pub(crate) fn ser_title<S: Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(title(v.as_deref()))
}

pub(crate) fn ser_revision<S: Serializer>(v: &Option<RevisionId>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(revision(v.as_ref()))
}

pub(crate) fn ser_year<S: Serializer>(v: &Option<u16>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u16(year(*v))
}

pub(crate) fn de_body<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Body>, D::Error> {
    let s = String::deserialize(d)?;
    if s == UNKNOWN_TEXT {
        return Ok(None);
    }
    s.parse().map(Some).map_err(serde::de::Error::custom)
}

pub(crate) fn de_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<ResNumber>, D::Error> {
    // 0 is no resolution's number (they run from 1), so it can only be the stand-in.
    Ok(Some(ResNumber::deserialize(d)?).filter(|n| *n != ResNumber::Number(UNKNOWN_NUMBER.into())))
}

pub(crate) fn de_title<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s = String::deserialize(d)?;
    Ok((s != UNKNOWN_TEXT).then_some(s))
}

/// A revision id, `unknown` read as none; anything else that is no id is refused.
pub(crate) fn de_revision<'de, D: Deserializer<'de>>(d: D) -> Result<Option<RevisionId>, D::Error> {
    read_revision(&String::deserialize(d)?).map_err(serde::de::Error::custom)
}

pub(crate) fn de_year<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u16>, D::Error> {
    let y = u16::deserialize(d)?;
    Ok((y != UNKNOWN_NUMBER).then_some(y))
}
