//! Where a revision stands and who proposes it. A proposal is made by someone: the type holds
//! the proposer in the proposal itself, so no proposal can be built without one, whichever
//! reader or command builds it. An adopted text or a draft may name a proposer too (a merge of
//! proposals is a draft by their proposers), so theirs is optional.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use super::Status;

/// Who proposes a text: `RCC`, `APT`, `ATU, RCC`. Never blank.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Proposer(String);

/// A proposer that names nobody.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the proposer is blank: name who proposes (e.g. RCC)")]
pub struct BlankProposer;

impl FromStr for Proposer {
    type Err = BlankProposer;
    fn from_str(s: &str) -> Result<Self, BlankProposer> {
        Proposer::try_from(s.to_string())
    }
}

impl TryFrom<String> for Proposer {
    type Error = BlankProposer;
    fn try_from(s: String) -> Result<Self, BlankProposer> {
        // Kept as written: files and outputs show the proposer byte for byte.
        if s.trim().is_empty() {
            return Err(BlankProposer);
        }
        Ok(Proposer(s))
    }
}

impl Proposer {
    /// The proposer as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Proposer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Proposer {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Proposer {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for Proposer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Proposer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        Proposer::try_from(s).map_err(serde::de::Error::custom)
    }
}

/// The status of a revision with its proposer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// Adopted by the body.
    Adopted(Option<Proposer>),
    /// A draft; a merge of proposals names their proposers.
    Draft(Option<Proposer>),
    /// A member's proposal, by its proposer.
    Proposal(Proposer),
}

/// A proposal that names no proposer: the one status that needs one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a proposal needs a proposer (e.g. RCC)")]
pub struct NoProposer;

impl Stage {
    /// The stage of a text of `status` by `proposer`; a proposal without one is refused.
    pub fn new(status: Status, proposer: Option<Proposer>) -> Result<Stage, NoProposer> {
        Ok(match status {
            Status::Adopted => Stage::Adopted(proposer),
            Status::Draft => Stage::Draft(proposer),
            Status::Proposal => Stage::Proposal(proposer.ok_or(NoProposer)?),
        })
    }

    /// Adopted, draft or proposal.
    pub fn status(&self) -> Status {
        match self {
            Stage::Adopted(_) => Status::Adopted,
            Stage::Draft(_) => Status::Draft,
            Stage::Proposal(_) => Status::Proposal,
        }
    }

    /// Who proposes the text, where it says; a proposal always says.
    pub fn proposer(&self) -> Option<&Proposer> {
        match self {
            Stage::Adopted(p) | Stage::Draft(p) => p.as_ref(),
            Stage::Proposal(p) => Some(p),
        }
    }

    /// The same text with another status; a proposal needs the proposer it had.
    pub fn with_status(self, status: Status) -> Result<Stage, NoProposer> {
        let proposer = match self {
            Stage::Adopted(p) | Stage::Draft(p) => p,
            Stage::Proposal(p) => Some(p),
        };
        Stage::new(status, proposer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proposal_without_a_proposer_does_not_build() {
        assert_eq!(Stage::new(Status::Proposal, None), Err(NoProposer));
        let draft = Stage::new(Status::Draft, None).expect("a draft may name nobody");
        assert_eq!(draft.with_status(Status::Proposal), Err(NoProposer));
        let rcc: Proposer = "RCC".parse().expect("a proposer");
        let proposal = Stage::new(Status::Proposal, Some(rcc.clone())).expect("builds");
        assert_eq!(
            (proposal.status(), proposal.proposer()),
            (Status::Proposal, Some(&rcc))
        );
    }

    #[test]
    fn a_blank_proposer_is_refused() {
        assert_eq!("".parse::<Proposer>(), Err(BlankProposer));
        assert_eq!(" \t".parse::<Proposer>(), Err(BlankProposer));
        assert!(serde_json::from_str::<Proposer>("\"\"").is_err());
        // Kept byte for byte, spaces and all.
        assert_eq!(
            "ATU, RCC".parse::<Proposer>().expect("two").as_str(),
            "ATU, RCC"
        );
    }
}
