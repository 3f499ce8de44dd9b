//! The shipped table is what the Final Acts and the corpus say, row for row.

use std::path::PathBuf;

use super::table::{Table, conference_of};
use super::{Kind, body_of_conference, citations};
use crate::input::corpus::load_file;
use crate::model::{Body, Document, Status, conference_named};

const FINAL_ACTS_XML: &str = "fixtures/akn/itu-akn4itu/pp18_final_acts_akn.xml";

/// What `data/final_acts.tsv` says of PP-18, checked against the XML below.
const PP18_SOURCE: &str = "ITU, Final Acts of the Plenipotentiary Conference (Dubai, 2018), as converted to Akoma Ntoso by techpolicycomms/akn4itu (MIT; fixtures/akn/itu-akn4itu/pp18_final_acts_akn.xml, commit bc6305933f9eef7592b17ae4d2fd74d0dfd724f8), which splits the Final Acts by the PDF's table of contents: 61 resolutions revised or adopted at PP-18";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every ITU text of the shipped corpus.
fn itu_corpus() -> Vec<Document> {
    let mut out = Vec::new();
    for body in ["pp", "wtdc", "wtsa", "ra", "council"] {
        let Ok(dirs) = std::fs::read_dir(root().join("resolutions").join(body)) else {
            continue;
        };
        let mut dirs: Vec<PathBuf> = dirs.filter_map(|e| Some(e.ok()?.path())).collect();
        dirs.sort();
        for dir in dirs.iter().filter(|d| d.is_dir()) {
            let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                .expect("folder")
                .filter_map(|e| Some(e.ok()?.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            files.sort();
            out.extend(files.iter().map(|f| load_file(f).expect("corpus file")));
        }
    }
    out
}

/// "RESOLUTION 165 (REV. DUBAI, 2018)" for each resolution of the Final Acts.
fn final_acts_resolutions(xml: &str) -> Vec<(u32, String)> {
    xml.split("<FRBRnumber value=\"res-")
        .skip(1)
        .filter_map(|s| {
            let shown = s.split("showAs=\"").nth(1)?.split('"').next()?;
            let n = shown.strip_prefix("RESOLUTION ")?.split(' ').next()?;
            Some((n.parse().ok()?, shown.to_string()))
        })
        .collect()
}

/// The table from its sources: the Final Acts first, then the corpus's adopted texts, then the
/// revision tags those texts cite (where the tag's venue and year name a conference of the body
/// the citation names: a tag no conference of that body matches is left out, not guessed).
fn build(xml: &str, corpus: &[Document]) -> (Table, Vec<String>) {
    let pp18 = conference_named("PP-18").expect("PP-18 in the calendar");
    let mut t = Table::default();
    t.add_final_acts(pp18, PP18_SOURCE);
    let held = final_acts_resolutions(xml);
    for (n, shown) in &held {
        t.add(Body::Pp, *n, pp18, &format!("Final Acts PP-18: {shown}"));
    }
    let mut t = t.with_corpus(corpus);
    let mut contradictions = Vec::new();
    for d in corpus
        .iter()
        .filter(|d| d.revision.stage.status() == Status::Adopted)
    {
        for c in citations(d).iter().filter(|c| c.kind == Kind::Resolution) {
            let (Some(body), Some(n), Some(venue), Some(year)) =
                (c.body, c.number, c.venue.as_deref(), c.year)
            else {
                continue;
            };
            if body_of_conference(venue, year) != Some(body) {
                continue;
            }
            let Some(k) = conference_of(body, Some(venue), year) else {
                continue;
            };
            if k == pp18 && !held.iter().any(|(h, _)| *h == n) {
                contradictions.push(format!("{}: {}", d.address(), c.text));
                continue;
            }
            let place = format!("{} {}", c.section, c.path.join(" "));
            let source = format!("cited as `{}` in {}, {}", c.text, d.address(), place.trim());
            t.add(body, n, k, &source);
        }
    }
    (t, contradictions)
}

#[test]
fn the_shipped_table_is_built_from_the_final_acts_and_the_corpus() {
    let xml = std::fs::read_to_string(root().join(FINAL_ACTS_XML)).expect("final acts");
    let held = final_acts_resolutions(&xml);
    assert_eq!(
        held.len(),
        61,
        "the Final Acts of PP-18 hold 61 resolutions"
    );
    let (table, contradictions) = build(&xml, &itu_corpus());
    // No adopted text cites a PP-18 revision the Final Acts lack: the list is whole as far as
    // the corpus can tell.
    assert!(contradictions.is_empty(), "{contradictions:?}");
    let want = table.revisions_tsv();
    let final_acts = format!(
        "# Conferences whose Final Acts the table holds whole: see src/track/refs/table.rs.\n# conference\tresolutions\tsource\nPP-18\t{}\t{PP18_SOURCE}\n",
        held.len()
    );
    let paths = [
        (root().join("data/revisions.tsv"), want),
        (root().join("data/final_acts.tsv"), final_acts),
    ];
    for (path, want) in paths {
        if std::env::var_os("RESDIFF_WRITE_TABLE").is_some() {
            std::fs::write(&path, &want).expect("write");
        }
        let got = std::fs::read_to_string(&path).expect("shipped");
        assert!(
            got == want,
            "{} is not what its sources say; rebuild it with RESDIFF_WRITE_TABLE=1 cargo test table_tests",
            path.display()
        );
    }
}
