//! Which revision of a resolution a text is: a slug such as `dubai-2014` or `rcc-wtdc17`,
//! checked once where it is read. A compared text that names none has no id (`None`), shown as
//! `unknown` (see [`super::unknown`]), which is therefore no id of its own.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::unknown::UNKNOWN_TEXT;

/// A revision id: lowercase letters, digits and dashes, neither first nor last a dash.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RevisionId(String);

/// Why a text is no revision id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadRevisionId {
    /// Empty, or not a slug.
    #[error("id `{0}` must be lowercase letters, digits and dashes, e.g. `dubai-2014`")]
    NotSlug(String),
    /// `unknown`, which stands for the id a text does not give.
    #[error("id `unknown` stands for an id nothing gave; name the revision, e.g. `dubai-2014`")]
    Unknown,
}

impl FromStr for RevisionId {
    type Err = BadRevisionId;
    fn from_str(s: &str) -> Result<Self, BadRevisionId> {
        RevisionId::try_from(s.to_string())
    }
}

impl TryFrom<String> for RevisionId {
    type Error = BadRevisionId;
    fn try_from(s: String) -> Result<Self, BadRevisionId> {
        let slug = !s.is_empty()
            && !s.starts_with('-')
            && !s.ends_with('-')
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !slug {
            return Err(BadRevisionId::NotSlug(s));
        }
        if s == UNKNOWN_TEXT {
            return Err(BadRevisionId::Unknown);
        }
        Ok(RevisionId(s))
    }
}

impl RevisionId {
    /// The id as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An id for a check that needs one where a text gives none; the caller puts `None` back.
    pub(crate) fn stand_in() -> RevisionId {
        RevisionId("no-revision-id".into())
    }
}

impl fmt::Display for RevisionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for RevisionId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for RevisionId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for RevisionId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Read as written, so a file holding no id (`../etc`, `unknown`) is refused where it is read.
impl<'de> Deserialize<'de> for RevisionId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        RevisionId::try_from(String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_slug_is_an_id() {
        for good in [
            "dubai-2014",
            "rcc-wtdc17",
            "78-183a",
            "merge-apt-atu-conflicted",
        ] {
            assert_eq!(
                good.parse::<RevisionId>().map(|r| r.to_string()),
                Ok(good.into())
            );
        }
        for bad in ["", "-x", "x-", "Dubai-2014", "../etc", "dubai 2014", "ℌ"] {
            assert_eq!(
                bad.parse::<RevisionId>(),
                Err(BadRevisionId::NotSlug(bad.into()))
            );
        }
    }

    #[test]
    fn json_holding_no_id_is_refused_where_it_is_read() {
        let id: RevisionId = serde_json::from_str("\"rcc-wtdc17\"").expect("an id");
        assert_eq!(id, "rcc-wtdc17");
        for bad in ["\"../../etc/passwd\"", "\"unknown\"", "\"\""] {
            assert!(serde_json::from_str::<RevisionId>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_stand_in_is_no_id() {
        assert_eq!("unknown".parse::<RevisionId>(), Err(BadRevisionId::Unknown));
    }
}
