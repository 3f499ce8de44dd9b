//! UN resolutions: how they are named. An ITU resolution keeps its number from revision to
//! revision (WTDC Res. 30 is revised as Res. 30); a UN resolution takes a new symbol every time
//! (A/RES/77/150, then A/RES/78/132), and what holds the revisions together is their title and the
//! "Recalling its resolution 77/150" link. So a UN resolution is named in the corpus by a
//! *series* slug chosen once (`ict4sd`), and each revision by its symbol (`78-132`).

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// What follows the body in an address: an ITU resolution number or a UN series slug.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResNumber {
    /// ITU: `30`, written `030` in corpus folder names.
    Number(u32),
    /// UN: a lowercase slug naming the series, e.g. `ict4sd`, `wsis`.
    Series(String),
    /// An ITU Recommendation (issue 24): `D.19`, `J.1108`, `BT.500`, under the body of its
    /// Sector (ITU-D: WTDC, ITU-T: WTSA, ITU-R: RA), which it keeps from edition to edition.
    Recommendation(String),
}

impl ResNumber {
    /// The corpus folder: `030`, `ict4sd`.
    pub fn folder(&self) -> String {
        match self {
            ResNumber::Number(n) => format!("{n:03}"),
            ResNumber::Series(s) | ResNumber::Recommendation(s) => s.clone(),
        }
    }

    /// How ITU names a Recommendation of `body`'s Sector: `Recommendation ITU-T J.1108`.
    pub fn recommendation_name(&self, body: Option<super::Body>) -> Option<String> {
        let ResNumber::Recommendation(r) = self else {
            return None;
        };
        Some(match body.and_then(super::Body::sector) {
            Some(sector) => format!("Recommendation {sector} {r}"),
            None => format!("Recommendation {r}"),
        })
    }

    /// The number, for ITU resolutions.
    pub fn as_number(&self) -> Option<u32> {
        match self {
            ResNumber::Number(n) => Some(*n),
            ResNumber::Series(_) | ResNumber::Recommendation(_) => None,
        }
    }
}

impl fmt::Display for ResNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResNumber::Number(n) => write!(f, "{n}"),
            ResNumber::Series(s) | ResNumber::Recommendation(s) => f.write_str(s),
        }
    }
}

impl From<u32> for ResNumber {
    fn from(n: u32) -> Self {
        ResNumber::Number(n)
    }
}

impl PartialEq<u32> for ResNumber {
    fn eq(&self, other: &u32) -> bool {
        self.as_number() == Some(*other)
    }
}

/// Digits (1 to 9999) read as a number, `030` too; a slug (a lowercase letter first, then
/// lowercase letters, digits and single dashes) as a series; one to three capitals, a dot and
/// dot-separated numbers (`D.19`, `J.1108`, `BT.500`, `Y.3172.1`) as a Recommendation.
impl FromStr for ResNumber {
    type Err = BadResNumber;
    fn from_str(s: &str) -> Result<Self, BadResNumber> {
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            return s
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=9999).contains(n))
                .map(ResNumber::Number)
                .ok_or_else(|| BadResNumber::OutOfRange(s.to_string()));
        }
        if is_series_slug(s) {
            return Ok(ResNumber::Series(s.to_string()));
        }
        if is_recommendation(s) {
            return Ok(ResNumber::Recommendation(s.to_string()));
        }
        Err(BadResNumber::Neither(s.to_string()))
    }
}

/// Why a text names neither a resolution number nor a series.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadResNumber {
    #[error("number {0} is not between 1 and 9999")]
    OutOfRange(String),
    #[error(
        "`{0}` is neither a resolution number nor a series name (lowercase letters, digits and dashes, a letter first, e.g. ict4sd)"
    )]
    Neither(String),
}

fn is_recommendation(s: &str) -> bool {
    let Some((series, numbers)) = s.split_once('.') else {
        return false;
    };
    s.len() <= 20
        && (1..=3).contains(&series.len())
        && series.bytes().all(|b| b.is_ascii_uppercase())
        && numbers
            .split('.')
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn is_series_slug(s: &str) -> bool {
    s.len() <= 40
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A number serialises as a JSON number (as before series existed), a series as a string.
impl Serialize for ResNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ResNumber::Number(n) => s.serialize_u32(*n),
            ResNumber::Series(v) | ResNumber::Recommendation(v) => s.serialize_str(v),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ResNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u32),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Number(n) => Ok(ResNumber::Number(n)),
            Raw::Text(s) => s.parse().map_err(serde::de::Error::custom),
        }
    }
}

/// A UN resolution symbol without its document prefix: `78/132` (General Assembly: session /
/// number), `2023/3` (ECOSOC: year / number). The revision id is the symbol with a dash,
/// `78-132`, since ids are slugs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnSymbol {
    /// The session (General Assembly) or the year (ECOSOC).
    pub first: u32,
    /// The resolution's number within it.
    pub second: u32,
}

impl UnSymbol {
    /// Reads `78/132`, `A/RES/78/132`, `E/RES/2023/3`, `78-132`.
    pub fn parse(s: &str) -> Option<UnSymbol> {
        let s = s.trim().trim_end_matches('.');
        let tail = s.rsplit('/').take(2).collect::<Vec<_>>();
        let (a, b) = match tail.as_slice() {
            [b, a] if a.bytes().all(|c| c.is_ascii_digit()) => (*a, *b),
            _ => s.split_once('-')?,
        };
        let num = |x: &str| {
            (!x.is_empty() && x.len() <= 5 && x.bytes().all(|c| c.is_ascii_digit()))
                .then(|| x.parse().ok())
                .flatten()
        };
        Some(UnSymbol {
            first: num(a)?,
            second: num(b)?,
        })
    }

    /// `78-132`: the revision id in the corpus.
    pub fn revision_id(&self) -> String {
        format!("{}-{}", self.first, self.second)
    }
}

impl fmt::Display for UnSymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.first, self.second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_series_read_apart() {
        assert_eq!("030".parse::<ResNumber>(), Ok(ResNumber::Number(30)));
        assert_eq!(
            "ict4sd".parse::<ResNumber>(),
            Ok(ResNumber::Series("ict4sd".into()))
        );
        assert!("0".parse::<ResNumber>().is_err());
        assert!("../etc".parse::<ResNumber>().is_err());
        assert!("4ict".parse::<ResNumber>().is_err());
        assert_eq!(ResNumber::Number(30).folder(), "030");
        // ITU Recommendations (issue 24): D.19 of ITU-D, J.1108 of ITU-T.
        let d19 = "D.19".parse::<ResNumber>();
        assert_eq!(d19, Ok(ResNumber::Recommendation("D.19".into())));
        assert_eq!(
            "J.1108"
                .parse::<ResNumber>()
                .ok()
                .and_then(|r| r.recommendation_name(Some(crate::model::Body::Wtsa))),
            Some("Recommendation ITU-T J.1108".into())
        );
        for bad in ["D.", "d.19", "D.19.", "DTBX.1", ".19", "D.1a"] {
            assert!(bad.parse::<ResNumber>().is_err(), "{bad}");
        }
    }

    #[test]
    fn symbols_read_with_or_without_prefix() {
        let s = UnSymbol::parse("A/RES/78/132").unwrap();
        assert_eq!(
            (s.to_string(), s.revision_id()),
            ("78/132".into(), "78-132".into())
        );
        assert_eq!(
            UnSymbol::parse("E/RES/2023/3").unwrap().to_string(),
            "2023/3"
        );
        assert_eq!(UnSymbol::parse("78-132"), UnSymbol::parse("78/132."));
        assert_eq!(UnSymbol::parse("A/RES"), None);
    }
}
