//! Snapshot regression of the tracking commands' text and JSON output on the corpus (Res. 30:
//! Dubai 2014, RCC's proposal, the ATU test fixture; the adopted-text test fixture for
//! `outcome`). Run through the binary, so the snapshots are what a user sees.

use crate::common;
use common::resdiff;

fn run(args: &[&str]) -> String {
    let out = resdiff()
        .args(args)
        .args(["--color", "never"])
        .output()
        .expect("runs");
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

const DUBAI: &str = "wtdc/30@dubai-2014:ar";
const RCC: &str = "wtdc/30@rcc-wtdc17:ar";
const ATU: &str = "wtdc/30@atu-fixture:ar";
const ADOPTED: &str = "fixtures/tracking/wtdc-030-adopted-fixture.ar.toml";

#[test]
fn log_and_blame() {
    insta::assert_snapshot!("log__text", run(&["log", "wtdc/30"]));
    insta::assert_snapshot!("log__json", run(&["log", "wtdc/30:ar", "--format", "json"]));
    insta::assert_snapshot!("blame_rcc__text", run(&["blame", RCC]));
    insta::assert_snapshot!("blame_rcc__json", run(&["blame", RCC, "--format", "json"]));
}

#[test]
fn refs() {
    insta::assert_snapshot!("refs_rcc__text", run(&["refs", RCC]));
    insta::assert_snapshot!("refs_rcc__json", run(&["refs", RCC, "--format", "json"]));
    let stale = ["refs", DUBAI, "--stale", "--as-of", "WTDC-17"];
    insta::assert_snapshot!("refs_dubai_stale__text", run(&stale));
    insta::assert_snapshot!(
        "refs_dubai_stale__json",
        run(&[&stale[..], &["--format", "json"]].concat())
    );
    let fix = [&stale[..], &["--fix", "--proposer", "RCC", "--doc", "23"]].concat();
    insta::assert_snapshot!("refs_dubai_fix__md", run(&fix));
}

#[test]
fn compile_outcome_merge() {
    let compile = ["compile", DUBAI, RCC, ATU];
    insta::assert_snapshot!("compile__md", run(&compile));
    insta::assert_snapshot!(
        "compile__html",
        run(&[&compile[..], &["--format", "html"]].concat())
    );
    insta::assert_snapshot!(
        "compile__json",
        run(&[&compile[..], &["--format", "json"]].concat())
    );
    let outcome = ["outcome", DUBAI, RCC, ADOPTED];
    insta::assert_snapshot!("outcome__text", run(&outcome));
    insta::assert_snapshot!(
        "outcome__json",
        run(&[&outcome[..], &["--format", "json"]].concat())
    );
    insta::assert_snapshot!("merge__toml", run(&["merge", DUBAI, RCC, ATU]));
    insta::assert_snapshot!(
        "merge__json",
        run(&["merge", DUBAI, RCC, ATU, "--format", "json"])
    );
}

#[test]
fn apply_refusal_lists_each_difference() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("rcc.json");
    let diff = resdiff()
        .args(["diff", DUBAI, RCC, "--format", "json"])
        .output()
        .expect("diff");
    std::fs::write(&json, &diff.stdout).expect("write");
    let out = resdiff()
        .args(["apply", ATU])
        .arg(&json)
        .output()
        .expect("apply");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    let shown = stderr.replace(&json.display().to_string(), "rcc.json");
    insta::assert_snapshot!("apply_refused__stderr", shown);
    // Applied to its own base, the changeset gives RCC's text (shown as plain text).
    let plain = resdiff()
        .args(["apply", DUBAI])
        .arg(&json)
        .args(["--format", "plain"])
        .output()
        .expect("apply");
    assert_eq!(plain.status.code(), Some(0));
    let rcc = resdiff()
        .args(["show", RCC, "--format", "plain"])
        .output()
        .expect("show");
    assert_eq!(plain.stdout, rcc.stdout);
}
