//! `resdiff diff` end to end: exit codes like `diff`, formats, inputs of every kind, bad inputs.

use predicates::prelude::*;

mod common;
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
            "ADD 16, SUP 11, MOD 13, (MOD) 12, NOC 23",
        ))
        .stdout(predicate::str::contains("(MOD) [-أ)-] {+ه)+}"));
}

#[test]
fn identical_inputs_exit_0_with_no_changes() {
    resdiff()
        .args(["diff", DUBAI, "resolutions/wtdc/030/dubai-2014.ar.toml"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no changes"));
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

#[test]
fn bad_inputs_give_one_line_and_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![DUBAI.into(), "missing.toml".into()],
            "missing.toml: cannot read",
        ),
        (
            vec![DUBAI.into(), "wtdc/30@kigali-2022".into()],
            "no revision `kigali-2022`",
        ),
        (
            vec!["wtdc/31@x".into(), RCC.into()],
            "no resolution wtdc/31",
        ),
        (
            vec![DUBAI.into(), "fixtures/diff/moves/new.txt".into()],
            "different resolutions",
        ),
        (
            vec![DUBAI.into(), dir.path().display().to_string()],
            "cannot read",
        ),
        (
            vec!["wtdc/30@dubai-2014:xx".into(), RCC.into()],
            "unknown language `xx`",
        ),
    ];
    for (args, msg) in cases {
        let out = resdiff().arg("diff").args(&args).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(msg), "{args:?}: {err}");
        assert_eq!(
            err.lines().filter(|l| l.starts_with("resdiff:")).count(),
            1,
            "{err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
