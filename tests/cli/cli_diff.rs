//! `resdiff diff` end to end: exit codes like `diff`, formats, inputs of every kind, bad inputs.

use predicates::prelude::*;

use crate::common;
use common::resdiff;

const DUBAI: &str = "wtdc/30@dubai-2014:ar";
const RCC: &str = "wtdc/30@rcc-wtdc17:ar";

#[test]
fn differences_exit_1_and_name_the_itu_symbols() {
    resdiff()
        .args(["diff", DUBAI, RCC])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "ADD 16, SUP 11, MOD 11, (MOD) 13, NOC 24",
        ))
        .stdout(predicate::str::contains("(MOD) [-أ)-] {+ه)+}"));
}

#[test]
fn markdown_and_json_formats() {
    resdiff()
        .args(["diff", DUBAI, RCC, "--format", "md"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("<div dir=\"rtl\" lang=\"ar\">"))
        .stdout(predicate::str::contains(
            "<del>غوادالاخارا، 2010</del><ins>بوسان، 2014</ins>",
        ));
    let out = resdiff()
        .args(["diff", DUBAI, RCC, "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["summary"]["ADD"], 16);
    assert_eq!(v["old"]["revision"], "dubai-2014");
    let first = &v["sections"][0]["clauses"][4];
    for key in [
        "change",
        "old_label",
        "new_label",
        "old_index",
        "new_index",
        "relabeled",
        "moved",
        "similarity",
        "inline",
        "children",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    assert_eq!(first["relabeled"], true);
}

#[test]
fn a_plain_text_side_is_imported_on_the_fly() {
    // The clean fixture text is the corpus file's source: no changes.
    resdiff()
        .args(["diff", "fixtures/wtdc-030-rcc-wtdc17.ar.txt", RCC])
        .assert()
        .code(0);
    // The raw seed takes its resolution from the other side; the importer's warnings name it.
    resdiff()
        .args([
            "diff",
            DUBAI,
            "fixtures/seed/004_e26b540f71939401.txt",
            "--normalize",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "004_e26b540f71939401.txt:36: warning",
        ));
}

#[test]
fn colour_on_request_only() {
    resdiff()
        .args(["diff", DUBAI, RCC, "--color", "always"])
        .assert()
        .stdout(predicate::str::contains("\u{1b}[31m"));
    resdiff()
        .args(["diff", DUBAI, RCC, "--color", "auto"])
        .env("NO_COLOR", "1")
        .assert()
        .stdout(predicate::str::contains("\u{1b}[").not());
}
