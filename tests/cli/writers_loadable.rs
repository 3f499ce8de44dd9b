//! Every writer of corpus TOML checks what it writes with the loader's own checks (issue 27,
//! findings 16 and 17): `apply` with UN instructions, and `merge`, refuse with exit 2 and
//! write nothing rather than give a file resdiff then refuses to read; two proposals that add
//! one label or one footnote number are a conflict, not a file with the label twice.

use predicates::prelude::*;
use resdiff::input::corpus::load_file;

use crate::common;
use common::{repo, resdiff};

const BASE: &str = "resolutions/unga/ict4sd/79-194.en.toml";

/// Instructions for GA 79/194 that each give a text the loader refuses: a label given twice,
/// an emptied paragraph.
const UNLOADABLE: [(&str, &str); 2] = [
    (
        "Renumber operative paragraph 2 as “1.”.\n",
        "duplicate label `1.` in section `operative`",
    ),
    (
        "Replace the text of operative paragraph 1 with “”.\n",
        "empty clause",
    ),
];

#[test]
fn apply_refuses_instructions_that_give_an_unloadable_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.toml");
    for (words, why) in UNLOADABLE {
        let file = dir.path().join("amendments.txt");
        std::fs::write(&file, words).expect("write");
        std::fs::write(&out, "kept").expect("write");
        resdiff()
            .args(["apply", BASE])
            .arg(&file)
            .arg("-o")
            .arg(&out)
            .arg("--force")
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "would not load, so nothing is written",
            ))
            .stderr(predicate::str::contains(why))
            .stderr(predicate::str::contains("line 1)").not());
        assert_eq!(std::fs::read_to_string(&out).expect("read"), "kept");
    }
}

#[test]
fn apply_still_writes_what_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("amendments.txt");
    std::fs::write(
        &file,
        "In operative paragraph 1, replace “global economy” with “world economy”.\n",
    )
    .expect("write");
    let out = dir.path().join("out.en.toml");
    resdiff()
        .args(["apply", BASE])
        .arg(&file)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    load_file(&out).expect("loads");
}

/// WTSA Res. 1 as proposal `id`, adding after `considering {after}` the clause `{after}bis`
/// that reads `text`, which cites a footnote 6 reading `note`.
fn adding_bis(id: &str, after: &str, text: &str, note: &str) -> resdiff::Document {
    let mut p = common::res1::proposal(id, &[]);
    let considering = &mut p.sections[0].clauses;
    let at = considering
        .iter()
        .position(|c| c.label.written() == after)
        .expect("the clause before");
    considering.insert(
        at + 1,
        resdiff::model::Clause {
            label: resdiff::model::Label::parse(&format!("{after}bis")).expect("label"),
            text: format!("{text}[^6]"),
            children: Vec::new(),
            call: None,
        },
    );
    p.footnotes.push(resdiff::model::Footnote {
        mark: "6".into(),
        text: note.into(),
    });
    p
}

/// Writes each proposal to `dir` and merges them with WTSA Res. 1; the merge's exit code, its
/// stderr and the draft.
fn merged(
    dir: &std::path::Path,
    proposals: &[resdiff::Document],
) -> (i32, String, resdiff::Document) {
    let mut files = Vec::new();
    for p in proposals {
        let file = dir.join(format!("{}.en.toml", p.revision.id_shown()));
        std::fs::write(&file, resdiff::input::corpus::to_toml(p)).expect("write");
        files.push(file);
    }
    let out = dir.join("merged.en.toml");
    let run = resdiff()
        .args(["merge", "resolutions/wtsa/001/hammamet-2016.en.toml"])
        .args(&files)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&run.stderr).to_string();
    let draft = load_file(&out).unwrap_or_else(|e| panic!("the merged draft loads: {e}\n{stderr}"));
    (run.status.code().unwrap_or(-1), stderr, draft)
}

const ITRS: (&str, &str) = (
    "that the ITRs were revised in 2012;",
    "Final Acts of WCIT-12 (Dubai, 2012).",
);
const VOLUNTARY: (&str, &str) = (
    "that ITU‑T Recommendations are voluntary;",
    "See Resolution 2 (Rev. Hammamet, 2016).",
);

#[test]
fn merge_makes_a_label_added_twice_a_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, stderr, draft) = merged(
        dir.path(),
        &[
            adding_bis("apt", "d)", ITRS.0, ITRS.1),
            adding_bis("atu", "d)", VOLUNTARY.0, VOLUNTARY.1),
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "conflict: considering, d)bis (added): first `that the ITRs were revised in 2012;[^6]`, \
             second `that ITU‑T Recommendations are voluntary;[^6]`; neither is added"
        ),
        "{stderr}"
    );
    let labels: Vec<&str> = draft.sections[0]
        .clauses
        .iter()
        .map(|c| c.label.written())
        .collect();
    assert!(
        !labels.contains(&"d)bis"),
        "neither side is picked: {labels:?}"
    );
}

#[test]
fn merge_makes_a_footnote_number_added_twice_a_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, stderr, draft) = merged(
        dir.path(),
        &[
            adding_bis("apt", "d)", ITRS.0, ITRS.1),
            adding_bis("atu", "e)", VOLUNTARY.0, VOLUNTARY.1),
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "conflict: footnote 6: first `Final Acts of WCIT-12 (Dubai, 2012).`, \
             second `See Resolution 2 (Rev. Hammamet, 2016).`; the first proposal's note stands"
        ),
        "{stderr}"
    );
    // Both paragraphs are in, and the draft holds one note 6.
    let texts: Vec<&str> = draft.sections[0]
        .clauses
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert!(texts.iter().any(|t| t.starts_with(ITRS.0)), "{texts:?}");
    assert!(
        texts.iter().any(|t| t.starts_with(VOLUNTARY.0)),
        "{texts:?}"
    );
    assert_eq!(draft.footnotes.iter().filter(|f| f.mark == "6").count(), 1);
}

#[test]
fn merge_of_three_un_resolutions_writes_what_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("merged.en.toml");
    let series = repo().join("resolutions/unga/ict4sd");
    resdiff()
        .arg("merge")
        .args(["78-132", "79-194", "80-118"].map(|r| series.join(format!("{r}.en.toml"))))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "conflict: footnote 9: first `A/79/62-E/2024/3.`",
        ));
    load_file(&out).expect("the merged draft loads");
}
