//! Log and blame on the Res. 30 corpus: Dubai 2014, RCC's proposal, the ATU test fixture.

use std::path::Path;

use super::*;
use crate::diff::Change;
use crate::input::corpus::load_file;

fn res30() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    ["rcc-wtdc17", "dubai-2014", "atu-fixture"]
        .iter()
        .map(|r| load_file(&dir.join(format!("{r}.ar.toml"))).expect("corpus file"))
        .collect()
}

#[test]
fn log_keeps_adopted_texts_and_proposals_apart_and_counts_each_step() {
    let log = log(res30()).expect("log");
    let adopted: Vec<&str> = log.adopted.iter().map(|e| e.revision.as_str()).collect();
    assert_eq!(adopted, ["dubai-2014"]);
    assert!(
        log.adopted[0].changes.is_none(),
        "the first text has no step"
    );
    let proposals: Vec<(&str, Option<&str>)> = log
        .proposals
        .iter()
        .map(|e| (e.revision.as_str(), e.from.as_deref()))
        .collect();
    assert_eq!(
        proposals,
        [
            ("rcc-wtdc17", Some("wtdc/30@dubai-2014:ar")),
            ("atu-fixture", Some("wtdc/30@dubai-2014:ar"))
        ]
    );
    let rcc = log.proposals[0].changes.as_ref().expect("counts");
    assert_eq!(
        (
            rcc[Change::Add],
            rcc[Change::Sup],
            rcc[Change::Mod],
            rcc[Change::Editorial]
        ),
        // Two parents are counted for their own text: one unchanged (was MOD for its items),
        // one renumbered only (was MOD, now (MOD)).
        (16, 11, 11, 13)
    );
}

#[test]
fn blame_follows_a_relabelled_clause_back_to_dubai() {
    let lines = blame(res30(), "rcc-wtdc17").expect("blame");
    let find = |section: &str, label: &str| {
        lines
            .iter()
            .find(|l| l.section == section && l.path == [label])
            .unwrap_or_else(|| panic!("{section} {label}"))
    };
    // RCC's new recalling a) is its own; Dubai's a) (PP Res. 71) is now e), citation updated.
    let new_a = find("recalling", "أ)");
    assert_eq!(
        (new_a.introduced.as_str(), new_a.changed.as_str()),
        ("rcc-wtdc17", "rcc-wtdc17")
    );
    let old_a = find("recalling", "ه)");
    assert!(old_a.text.starts_with("بالقرار 71"));
    assert_eq!(
        (old_a.introduced.as_str(), old_a.changed.as_str()),
        ("dubai-2014", "rcc-wtdc17")
    );
    // An unchanged clause is Dubai's through and through.
    let unchanged = find("bearing_in_mind", "ج)");
    assert_eq!(
        (unchanged.introduced.as_str(), unchanged.changed.as_str()),
        ("dubai-2014", "dubai-2014")
    );
    assert_eq!(
        lines.len(),
        64,
        "every clause of RCC's text, at every depth"
    );
}

#[test]
fn blame_of_an_unknown_revision_names_the_known_ones() {
    let err = blame(res30(), "cairo-2099").expect_err("unknown");
    assert_eq!(
        err.to_string(),
        "no revision `cairo-2099` (known: dubai-2014, rcc-wtdc17, atu-fixture)"
    );
}

/// The birth names the paragraph, not its place: Dubai's recalling a) (PP Res. 71), which RCC
/// relabels e) and rewords, was born in Dubai as that section's first clause; RCC's new a) was
/// born in RCC's text.
#[test]
fn births_follow_a_relabelled_clause_back_to_its_place_in_dubai() {
    let docs = res30();
    let rcc = docs[0].clone();
    let dubai = docs[1].clone();
    let births = births(docs, "rcc-wtdc17").expect("births");
    assert_eq!(births.len(), rcc.clause_count());
    let at = |doc: &Document, label: &str| {
        doc.clauses()
            .into_iter()
            .find(|(p, c)| {
                doc.sections[p.section()].kind.as_str() == "recalling"
                    && p.depth() == 0
                    && c.label.written().trim() == label
            })
            .map(|(p, _)| p)
            .unwrap_or_else(|| panic!("{label}"))
    };
    let old_a = &births[&at(&rcc, "ه)")];
    assert_eq!(old_a.revision, "dubai-2014");
    assert_eq!(old_a.at, at(&dubai, "أ)"));
    let new_a = &births[&at(&rcc, "أ)")];
    assert_eq!(
        (new_a.revision.as_str(), &new_a.at),
        ("rcc-wtdc17", &at(&rcc, "أ)"))
    );
}

/// A History aligns and diffs each step once for every revision asked: its answers are the ones
/// a History made afresh for each question gives, whatever was asked first, and a step's diff
/// is `diff_documents`'.
#[test]
fn a_history_answers_as_one_made_for_each_question() {
    let shared = History::new(res30()).expect("history");
    let revisions: Vec<String> = shared
        .docs()
        .iter()
        .map(|d| d.revision.id_shown().to_string())
        .collect();
    let json = |d: &crate::diff::DocDiff| serde_json::to_string(d).expect("json");
    for (i, r) in revisions.iter().enumerate().rev() {
        let fresh = History::new(res30()).expect("history");
        let lines = |h: &History| format!("{:?}", h.blame(r).expect("blame"));
        assert_eq!(lines(&shared), lines(&fresh), "{r}");
        assert_eq!(shared.births(r).ok(), fresh.births(r).ok(), "{r}");
        match shared.from(i) {
            Some(f) => {
                let docs = shared.docs();
                let made = crate::diff::diff_documents(&docs[f], &docs[i], &Default::default())
                    .expect("diff");
                assert_eq!(json(&shared.diff(i).expect("a step")), json(&made), "{r}");
            }
            None => assert!(shared.diff(i).is_none(), "{r}"),
        }
    }
    assert_eq!(shared.lineage(), lineage(res30()).expect("lineage"));
    assert_eq!(
        format!("{:?}", shared.log()),
        format!("{:?}", log(res30()).expect("log"))
    );
}
