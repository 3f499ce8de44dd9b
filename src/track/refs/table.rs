//! Which resolutions each ITU conference revised or adopted, each row with its source: the table
//! `refs --stale` judges by and `refs --fix` takes its tags from, so that neither names a
//! revision nobody has seen.
//!
//! - `data/revisions.tsv`: one row per (body, number, conference) known to have revised or
//!   adopted that resolution, with where that is read: a conference's Final Acts, an adopted
//!   text of the corpus, or a revision tag an adopted text of the corpus cites ("Resolution 71
//!   (Rev. Busan, 2014) of the Plenipotentiary Conference" in a PP-18 text says Busan revised
//!   Res. 71). `table_tests.rs` rebuilds it from `fixtures/akn/itu-akn4itu/` and `resolutions/`
//!   and fails when the shipped file differs.
//! - `data/final_acts.tsv`: the conferences whose Final Acts the table holds whole. Only there
//!   does a resolution missing from the table mean "not revised at that conference"; any other
//!   conference between a cited revision and the date leaves the standing unknown.
//!
//! The corpus a command runs on adds its own adopted texts ([`Table::with_corpus`]).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::model::{Body, Conference, Document, Status, conferences};

/// One known revision (or adoption) of a resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// The adopting body.
    pub body: Body,
    /// The resolution's number.
    pub number: u32,
    /// The conference that revised or adopted it.
    pub conference: &'static Conference,
    /// Where this is read.
    pub source: String,
}

/// The revisions known, and the conferences whose Final Acts are held whole.
#[derive(Debug, Clone, Default)]
pub struct Table {
    revisions: FxHashMap<(Body, u32), Vec<Known>>,
    final_acts: Vec<(&'static Conference, String)>,
}

const REVISIONS: &str = include_str!("../../../data/revisions.tsv");
const FINAL_ACTS: &str = include_str!("../../../data/final_acts.tsv");

/// The conference of `body` that met in `year` (at `venue`, when given).
pub fn conference_of(body: Body, venue: Option<&str>, year: u16) -> Option<&'static Conference> {
    let mut found = conferences().iter().filter(|k| {
        k.body == body && k.year == year && venue.is_none_or(|v| k.venue_en.eq_ignore_ascii_case(v))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

fn named(short: &str) -> Option<&'static Conference> {
    conferences().iter().find(|k| k.short == short)
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

impl Table {
    /// The table shipped in `data/`.
    pub fn shipped() -> Table {
        static SHIPPED: LazyLock<Table> = LazyLock::new(|| {
            let mut t = Table::default();
            for r in rows(REVISIONS) {
                if let (Some(body), Some(number), Some(k), Some(source)) = (
                    r.first().and_then(|b| b.parse().ok()),
                    r.get(1).and_then(|n| n.parse().ok()),
                    r.get(2).and_then(|c| named(c)),
                    r.get(3),
                ) {
                    t.add(body, number, k, source);
                }
            }
            for r in rows(FINAL_ACTS) {
                if let (Some(k), Some(source)) = (r.first().and_then(|c| named(c)), r.get(2)) {
                    t.final_acts.push((k, (*source).to_string()));
                }
            }
            t
        });
        SHIPPED.clone()
    }

    /// The table with the adopted ITU texts of `corpus` added.
    pub fn with_corpus(mut self, corpus: &[Document]) -> Table {
        for d in corpus
            .iter()
            .filter(|d| d.revision.stage.status() == Status::Adopted)
        {
            let (Some(body), Some(number), Some(year)) = (
                d.resolution.body,
                d.resolution.number.as_ref().and_then(|n| n.as_number()),
                d.revision.year,
            ) else {
                continue;
            };
            if let Some(k) = conference_of(body, d.revision.venue.as_deref(), year) {
                self.add(body, number, k, &format!("corpus: {}", d.address()));
            }
        }
        self
    }

    /// Records a revision; a row already known keeps its first source.
    pub fn add(&mut self, body: Body, number: u32, conference: &'static Conference, source: &str) {
        let known = self.revisions.entry((body, number)).or_default();
        if known.iter().any(|k| k.conference == conference) {
            return;
        }
        known.push(Known {
            body,
            number,
            conference,
            source: source.to_string(),
        });
    }

    /// Records that `conference`'s Final Acts are held whole.
    pub fn add_final_acts(&mut self, conference: &'static Conference, source: &str) {
        self.final_acts.push((conference, source.to_string()));
    }

    /// The known revisions of one resolution.
    pub fn revisions(&self, body: Body, number: u32) -> &[Known] {
        self.revisions
            .get(&(body, number))
            .map_or(&[], Vec::as_slice)
    }

    /// Where the table holds `conference`'s Final Acts whole, their source.
    pub fn final_acts(&self, conference: &Conference) -> Option<&str> {
        self.final_acts
            .iter()
            .find(|(k, _)| *k == conference)
            .map(|(_, s)| s.as_str())
    }

    /// `data/revisions.tsv` as this table writes it: by body, number, then conference year.
    pub fn revisions_tsv(&self) -> String {
        let mut all: Vec<&Known> = self.revisions.values().flatten().collect();
        all.sort_by_key(|k| (k.body.as_str(), k.number, k.conference.year));
        let mut out = String::from(
            "# Which resolutions each ITU conference revised or adopted; see src/track/refs/table.rs.\n# body\tnumber\tconference\tsource\n",
        );
        for k in all {
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\n",
                k.body.as_str(),
                k.number,
                k.conference.short,
                k.source
            ));
        }
        out
    }
}
