//! The names people use for texts, languages and paragraphs, for pages a delegate reads: a UN
//! text by its document symbol (A/RES/80/118), an ITU text as ITU cites it ("Resolution 30
//! (Rev. Dubai, 2014)"), a proposal by its proposer, an unlabelled preambular paragraph of a UN
//! text as the UN counts it (PP3); a language is shown by its English name
//! ([`Language::english_name`](crate::model::Language::english_name)). The corpus address
//! (`unga/ict4sd@80-118:ar`) stays what tools and URLs use; these are only for showing.

use std::collections::HashMap;

use crate::diff::TextId;
use crate::model::{Body, Document, ResNumber, Status};

/// The body as people write it before a resolution number: `WTDC`, `PP`; the UN's organs by
/// their names.
pub fn body(b: Body) -> &'static str {
    match b {
        Body::Pp => "PP",
        Body::Wtdc => "WTDC",
        Body::Wtsa => "WTSA",
        Body::Ra => "RA",
        Body::Wrc => "WRC",
        Body::Council => "Council",
        Body::Unga => "General Assembly",
        Body::Ecosoc => "ECOSOC",
        Body::Hrc => "Human Rights Council",
        Body::Unsc => "Security Council",
    }
}

/// What naming a text needs, from a [`Document`] or a diff's [`TextId`].
struct Fields<'a> {
    body: Option<Body>,
    number: Option<&'a ResNumber>,
    id: &'a str,
    status: Status,
    venue: Option<&'a str>,
    year: Option<u16>,
    date: Option<crate::model::Date>,
    proposer: Option<&'a str>,
    source: Option<&'a str>,
    symbol: Option<&'a str>,
}

impl<'a> Fields<'a> {
    fn of_doc(d: &'a Document) -> Fields<'a> {
        Fields {
            body: d.resolution.body,
            number: d.resolution.number.as_ref(),
            id: d.revision.id_shown(),
            status: d.revision.stage.status(),
            venue: d.revision.venue.as_deref(),
            year: d.revision.year,
            date: d.revision.date,
            proposer: d.revision.stage.proposer().map(|p| p.as_str()),
            source: d.revision.source.as_deref(),
            symbol: d.revision.symbol.as_deref(),
        }
    }

    fn of_id(t: &'a TextId) -> Fields<'a> {
        Fields {
            body: t.body,
            number: t.number.as_ref(),
            id: t.revision_shown(),
            status: t.status,
            venue: t.venue.as_deref(),
            year: t.year,
            date: t.date,
            proposer: t.proposer.as_ref().map(|p| p.as_str()),
            source: t.source.as_deref(),
            symbol: t.symbol.as_deref(),
        }
    }

    /// The UN symbol: the text's own, or the body's prefix before the revision id
    /// (`79-194` -> `A/RES/79/194`), the corpus's way of naming UN revisions.
    fn un_symbol(&self) -> Option<String> {
        if let Some(s) = self.symbol {
            return Some(s.to_string());
        }
        let prefix = self.body?.symbol_prefix()?;
        let (a, b) = self.id.split_once('-')?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
        (digits(a) && digits(b)).then(|| format!("{prefix}{a}/{b}"))
    }

    /// `Resolution 30`; a Recommendation as ITU names it, `Recommendation ITU-T J.1108`.
    fn resolution(&self) -> String {
        match self.number {
            Some(ResNumber::Number(n)) => format!("Resolution {n}"),
            Some(r @ ResNumber::Recommendation(_)) => {
                r.recommendation_name(self.body).unwrap_or_default()
            }
            _ => "Resolution".to_string(),
        }
    }

    /// The revision's own part: `Rev. Dubai, 2014`, `RCC proposal (WTDC-17/23)`.
    fn revision(&self) -> String {
        if let Some(s) = self.un_symbol() {
            return s;
        }
        let recommendation = matches!(self.number, Some(ResNumber::Recommendation(_)));
        match self.status {
            // A Recommendation's edition is its approval month: J.1108 (01/2019).
            Status::Adopted if recommendation => match (self.date, self.year) {
                (Some(d), _) => format!("{:02}/{}", d.month(), d.year()),
                (None, Some(y)) => y.to_string(),
                _ => self.id.to_string(),
            },
            Status::Adopted => match (self.venue, self.year) {
                (Some(v), Some(y)) => format!("Rev. {v}, {y}"),
                (None, Some(y)) => format!("Rev. {y}"),
                _ => self.id.to_string(),
            },
            Status::Proposal | Status::Draft => {
                let what = if self.status == Status::Draft {
                    "draft".to_string()
                } else {
                    format!("{} proposal", self.proposer.unwrap_or("a"))
                };
                match self.source {
                    Some(s) => format!("{what} ({s})"),
                    None => what,
                }
            }
        }
    }

    /// The whole name: `A/RES/80/118`, `Resolution 30 (Rev. Dubai, 2014)`, `Resolution 30,
    /// RCC proposal (WTDC-17/23)`.
    fn name(&self) -> String {
        if let Some(s) = self.un_symbol() {
            return s;
        }
        match self.status {
            Status::Adopted => format!("{} ({})", self.resolution(), self.revision()),
            _ => format!("{}, {}", self.resolution(), self.revision()),
        }
    }

    /// The name with the year, for the heading of a column: `A/RES/79/194 (2024)`.
    fn heading(&self) -> String {
        let name = self.name();
        match self.year {
            Some(y) if !name.contains(&y.to_string()) => format!("{name} ({y})"),
            _ => name,
        }
    }
}

/// How people cite a text: `A/RES/80/118`, `Resolution 30 (Rev. Dubai, 2014)`.
pub fn document(d: &Document) -> String {
    Fields::of_doc(d).name()
}

/// As [`document`], for one side of a diff.
pub fn text(t: &TextId) -> String {
    Fields::of_id(t).name()
}

/// A side of a diff named with its year, for a column heading: `A/RES/79/194 (2024)`.
pub fn heading(t: &TextId) -> String {
    Fields::of_id(t).heading()
}

/// As [`heading`], for a text.
pub fn document_heading(d: &Document) -> String {
    Fields::of_doc(d).heading()
}

/// The revision within its resolution: `A/RES/79/194`, `Rev. Dubai, 2014`, `RCC proposal
/// (WTDC-17/23)`.
pub fn revision(d: &Document) -> String {
    Fields::of_doc(d).revision()
}

/// Revision names by revision id (and by address), for reports whose values name revisions
/// by id only (a log, a blame, a lineage chart). An id it does not know names itself.
#[derive(Debug, Clone, Default)]
pub struct Names {
    by_id: HashMap<String, String>,
    short: HashMap<String, String>,
    years: HashMap<String, u16>,
    un: bool,
}

impl Names {
    /// The names of a series' revisions.
    pub fn of(docs: &[Document]) -> Names {
        let mut n = Names::default();
        for d in docs {
            n.un |= d.resolution.is_un();
            let name = revision(d);
            n.by_id
                .insert(d.revision.id_shown().to_string(), name.clone());
            n.by_id.insert(d.address(), name);
            let f = Fields::of_doc(d);
            let short = match (f.un_symbol(), f.status, f.venue, f.proposer) {
                (Some(s), ..) => s,
                (None, Status::Adopted, Some(v), _) => v.to_string(),
                (None, Status::Proposal, _, Some(p)) => format!("{p} proposal"),
                _ => d.revision.id_shown().to_string(),
            };
            n.short
                .insert(d.revision.id_shown().to_string(), short.clone());
            n.short.insert(d.address(), short);
            if let Some(y) = d.revision.year {
                n.years.insert(d.revision.id_shown().to_string(), y);
                n.years.insert(d.address(), y);
            }
        }
        n
    }

    /// The name of a revision given by id or address.
    pub fn revision(&self, id: &str) -> String {
        self.by_id
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// A short name for a narrow column: the UN symbol, the venue, `RCC proposal`.
    pub fn short(&self, id: &str) -> String {
        self.short
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// The revision's name with its year where the name does not hold it.
    pub fn heading(&self, id: &str) -> String {
        let name = self.revision(id);
        match self.years.get(id) {
            Some(y) if !name.contains(&y.to_string()) => format!("{name} ({y})"),
            _ => name,
        }
    }

    /// Whether the texts are the UN's, whose preambular paragraphs are counted PP1, PP2 ...
    pub fn is_un(&self) -> bool {
        self.un
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::corpus::{Corpus, load_entry};
    use crate::model::Language;

    fn corpus(body: Body, number: ResNumber) -> Vec<Document> {
        let corpus = Corpus::open(std::path::Path::new("resolutions")).expect("corpus");
        corpus
            .of(body, &number)
            .map(|e| load_entry(e).expect("loads"))
            .collect()
    }

    #[test]
    fn texts_are_named_as_people_cite_them() {
        let names: Vec<String> = corpus(Body::Wtdc, 30.into()).iter().map(document).collect();
        assert!(
            names.contains(&"Resolution 30 (Rev. Dubai, 2014)".to_string()),
            "{names:?}"
        );
        assert!(
            names.contains(&"Resolution 30, RCC proposal (WTDC-17/23)".to_string()),
            "{names:?}"
        );
        let un = corpus(Body::Unga, ResNumber::Series("ict4sd".into()));
        let d = un
            .iter()
            .find(|d| d.revision.id_shown() == "79-194")
            .expect("79/194");
        assert_eq!(document(d), "A/RES/79/194");
        assert_eq!(document_heading(d), "A/RES/79/194 (2024)");
        let e = corpus(Body::Ecosoc, ResNumber::Series("wsis".into()));
        let d = e
            .iter()
            .find(|d| d.revision.id_shown() == "2025-18")
            .expect("2025/18");
        assert_eq!(document(d), "E/RES/2025/18");
        assert_eq!(Language::Ar.english_name(), "Arabic");
    }

    /// Issue 24: an ITU Recommendation is named "Recommendation ITU-T J.1108 (01/2019)" where a
    /// resolution says "Resolution 30 (Rev. Dubai, 2014)". The clauses are WTSA Res. 1's: only
    /// the name is under test; J.1108 (01/2019) and D.19 (03/2010) are the Recommendations of
    /// `fixtures/itu/SOURCES.md` and `../shared/data/outside/mn-samples-itu`.
    #[test]
    fn a_recommendation_is_named_as_itu_names_it() {
        let mut d = corpus(Body::Wtsa, 1.into()).remove(0);
        d.resolution.number = "J.1108".parse().ok();
        d.resolution.title =
            Some("Transmission specification for radio over IP transmission systems".into());
        d.revision.venue = None;
        d.revision.date = "2019-01-13".parse().ok();
        assert_eq!(document(&d), "Recommendation ITU-T J.1108 (01/2019)");
        assert_eq!(revision(&d), "01/2019");
        d.resolution.body = Some(Body::Wtdc);
        d.resolution.number = "D.19".parse().ok();
        d.revision.date = None;
        d.revision.year = Some(2010);
        assert_eq!(document(&d), "Recommendation ITU-D D.19 (2010)");
        // The corpus file names it `recommendation = 'D.19'` and reads it back.
        let toml = crate::input::corpus::to_toml(&d);
        assert!(toml.contains("recommendation = 'D.19'"), "{toml}");
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("d19.toml");
        std::fs::write(&path, &toml).expect("write");
        let back = crate::input::corpus::load_file(&path).expect("loads");
        assert_eq!(back.resolution.number, d.resolution.number);
    }

    #[test]
    fn a_un_revision_without_symbol_is_named_from_its_id() {
        let mut d = corpus(Body::Unga, ResNumber::Series("ict4sd".into()))
            .into_iter()
            .next()
            .expect("a text");
        d.revision.symbol = None;
        d.revision.id = "74-197".parse().ok();
        assert_eq!(document(&d), "A/RES/74/197");
        let n = Names::of(std::slice::from_ref(&d));
        assert_eq!(n.revision(&d.address()), "A/RES/74/197");
        assert_eq!(n.revision("nope"), "nope");
        assert!(n.is_un());
    }
}
