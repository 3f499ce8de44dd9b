//! The binary on the shipped corpus: list, show, import, and what it says when input is bad.

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use crate::common;
use common::{repo, resdiff};

fn json_of(address: &str) -> Value {
    let out = resdiff()
        .args(["show", address, "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("json")
}

/// (kind, top-level clauses, nested items) of every section.
fn shape(doc: &Value) -> Vec<(String, usize, usize)> {
    let sections = doc["sections"].as_array().expect("sections");
    sections
        .iter()
        .map(|s| {
            let clauses = s["clauses"].as_array().expect("clauses");
            let nested = clauses
                .iter()
                .map(|c| c["children"].as_array().map_or(0, Vec::len))
                .sum();
            (
                s["kind"].as_str().unwrap_or("?").to_string(),
                clauses.len(),
                nested,
            )
        })
        .collect()
}

fn owned(v: &[(&str, usize, usize)]) -> Vec<(String, usize, usize)> {
    v.iter().map(|(k, a, b)| (k.to_string(), *a, *b)).collect()
}

#[test]
fn dubai_2014_json_has_every_section_with_its_clause_count() {
    let doc = json_of("wtdc/30@dubai-2014:ar");
    assert_eq!(doc["resolution"]["number"], 30);
    assert_eq!(doc["revision"]["status"], "adopted");
    assert_eq!(doc["direction"], "rtl");
    assert_eq!(
        shape(&doc),
        owned(&[
            ("recalling", 8, 2),
            ("recognizing", 4, 0),
            ("recognizing_further", 1, 0),
            ("bearing_in_mind", 4, 0),
            ("noting", 3, 2),
            ("noting_further", 1, 0),
            ("resolves_to_invite", 9, 2),
            ("instructs", 4, 0),
            ("instructs_further", 6, 7),
            ("invites", 5, 0),
            ("requests_sg", 1, 0),
        ])
    );
    // recalling a)-h): PP Res. 71, 130, 139, 140, 172, WSIS documents, round table, WSIS+10.
    let recalling = doc["sections"][0]["clauses"].as_array().expect("clauses");
    let cited: Vec<bool> = ["71", "130", "139", "140", "172"]
        .iter()
        .zip(recalling)
        .map(|(n, c)| {
            c["text"]
                .as_str()
                .unwrap_or("")
                .contains(&format!("بالقرار {n} "))
        })
        .collect();
    assert_eq!(cited, [true; 5]);
    assert_eq!(recalling[5]["children"].as_array().map(Vec::len), Some(2));
}

#[test]
fn rcc_proposal_json_has_every_section_with_its_clause_count() {
    let doc = json_of("wtdc/30@rcc-wtdc17");
    assert_eq!(doc["revision"]["proposer"], "RCC");
    assert_eq!(doc["revision"]["base"], "dubai-2014");
    assert_eq!(
        shape(&doc),
        owned(&[
            ("recalling", 10, 0),
            ("recognizing", 4, 0),
            ("recognizing_further", 4, 0),
            ("bearing_in_mind", 4, 0),
            ("noting", 2, 0),
            ("noting_further", 1, 0),
            ("resolves_to_invite", 9, 3),
            ("instructs", 4, 0),
            ("instructs_further", 9, 8),
            ("invites", 5, 0),
            ("requests_sg", 1, 0),
        ])
    );
    let labels: Vec<&str> = doc["sections"][0]["clauses"]
        .as_array()
        .expect("clauses")
        .iter()
        .map(|c| c["label_norm"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(labels, ["أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي"]);
}

#[test]
fn show_text_aligns_labels_and_keeps_arabic_in_logical_order() {
    let out = resdiff()
        .args(["show", "wtdc/30@dubai-2014:ar", "--color", "never"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    assert!(text.contains("\nإذ يذكّر  [recalling]\n  أ)  بالقرار 71"));
    assert!(text.contains("\n    -  إعلان مبادئ جنيف"));
    assert!(text.contains("\n  '1'  لخطوط العمل") || text.contains("\n    '1'  لخطوط العمل"));
    assert!(!text.contains('\u{1b}'), "no colour with --color never");
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    resdiff()
        .args(["show", "wtdc/30@dubai-2014", "--color", "always"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\u{1b}["));
    // Not a terminal: auto means no colour.
    resdiff()
        .args(["show", "wtdc/30@dubai-2014"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn show_of_a_toml_path_works_like_an_address() {
    let by_path = resdiff()
        .args([
            "show",
            "resolutions/wtdc/030/rcc-wtdc17.ar.toml",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let by_address = resdiff()
        .args(["show", "wtdc/30@rcc-wtdc17:ar", "--format", "json"])
        .output()
        .expect("runs");
    assert!(by_path.status.success());
    assert_eq!(by_path.stdout, by_address.stdout);
}

#[test]
fn unknown_address_lists_what_exists_and_exits_2() {
    resdiff()
        .args(["show", "wtdc/30@kigali-2022"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no revision `kigali-2022`"))
        .stderr(predicate::str::contains("dubai-2014, rcc-wtdc17"));
    resdiff()
        .args(["show", "wtdc/30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("name a revision"));
    // PP Res. 71 is in the corpus since the Final Acts of Dubai 2018 (issue 24): its revisions
    // are listed; Res. 72 is not among the 61.
    resdiff()
        .args(["show", "pp/71@busan-2014"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no revision `busan-2014`"))
        .stderr(predicate::str::contains("dubai-2018"));
    resdiff()
        .args(["show", "pp/72@busan-2014"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no resolution pp/72"));
}

#[test]
fn missing_and_broken_files_exit_2_naming_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nope.toml");
    resdiff()
        .args(["show", missing.to_str().unwrap_or_default()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope.toml: cannot read"));
    let src = std::fs::read_to_string(repo().join("resolutions/wtdc/030/dubai-2014.ar.toml"))
        .expect("corpus file");
    let broken = dir.path().join("broken.toml");
    std::fs::write(
        &broken,
        src.replacen("kind = 'recognizing'", "kind = 'realising'", 1),
    )
    .expect("write");
    let line = src
        .lines()
        .position(|l| l == "kind = 'recognizing'")
        .expect("kind line")
        + 1;
    resdiff()
        .args(["show", broken.to_str().unwrap_or_default()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "broken.toml:{line}: unknown section kind `realising`"
        )));
}

#[test]
fn missing_corpus_folder_is_explained() {
    resdiff()
        .args(["--corpus", "no/such/dir", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "corpus folder `no/such/dir` not found",
        ));
}

#[test]
fn import_of_the_seed_warns_with_file_and_line() {
    resdiff()
        .args([
            "import",
            "fixtures/seed/004_e26b540f71939401.txt",
            "--lang",
            "ar",
            "--body",
            "wtdc",
            "--number",
            "30",
            "--title",
            "دور قطاع تنمية الاتصالات",
            "--revision",
            "rcc-raw",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("[[section.clause.clause]]"))
        .stderr(predicate::str::contains(
            "004_e26b540f71939401.txt:36: warning: dropped Word export artifact",
        ))
        .stderr(predicate::str::contains(
            "004_e26b540f71939401.txt:89: warning: UN symbol `А/70/125`",
        ));
}

#[test]
fn import_never_overwrites_without_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.toml");
    std::fs::write(&out, "precious").expect("write");
    let args = |force: bool| {
        let mut a = vec![
            "import".to_string(),
            "fixtures/wtdc-030-dubai-2014.ar.txt".into(),
            "-o".into(),
            out.display().to_string(),
        ];
        if force {
            a.push("--force".into());
        }
        a
    };
    resdiff()
        .args(args(false))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists; pass --force"));
    assert_eq!(
        std::fs::read_to_string(&out).ok().as_deref(),
        Some("precious")
    );
    resdiff().args(args(true)).assert().success();
    let written = std::fs::read_to_string(&out).expect("written");
    let shipped = std::fs::read_to_string(repo().join("resolutions/wtdc/030/dubai-2014.ar.toml"))
        .expect("shipped");
    assert_eq!(written, shipped);
}

#[test]
fn import_of_a_missing_file_or_binary_file_exits_2() {
    resdiff()
        .args(["import", "no-such.txt", "--lang", "ar"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such.txt: cannot read"));
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = dir.path().join("x.txt");
    std::fs::write(&bin, [0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe]).expect("write");
    resdiff()
        .args(["import", bin.to_str().unwrap_or_default(), "--lang", "ar"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not UTF-8"));
}

#[test]
fn help_teaches_the_address_syntax_and_exit_codes() {
    resdiff()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("BODY/NUMBER@REVISION:LANG"))
        .stdout(predicate::str::contains("Exit codes"));
}

#[test]
fn plain_export_reimports_to_the_same_toml() {
    let dir = tempfile::tempdir().expect("tempdir");
    let txt = dir.path().join("rcc.txt");
    let plain = resdiff()
        .args(["show", "wtdc/30@rcc-wtdc17", "--format", "plain"])
        .output()
        .expect("runs")
        .stdout;
    std::fs::write(&txt, plain).expect("write");
    let toml = resdiff()
        .args(["import", txt.to_str().unwrap_or_default()])
        .output()
        .expect("runs");
    assert!(
        toml.status.success(),
        "{}",
        String::from_utf8_lossy(&toml.stderr)
    );
    let shipped = std::fs::read(Path::new(&repo()).join("resolutions/wtdc/030/rcc-wtdc17.ar.toml"))
        .expect("shipped");
    assert_eq!(toml.stdout, shipped);
}
