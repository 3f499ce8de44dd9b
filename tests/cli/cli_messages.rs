//! The command line's messages of issue 27, finding 25, each naming the file, the place and the
//! problem: invalid UTF-8 in a `.toml` (line and byte), a BOM and Windows line ends in an
//! instructions file and a BOM in a JSON changeset (read, not refused), a section of another
//! kind under the same heading (the kinds shown), `--reasons` naming proposal 0, a TOML
//! recursion error (no line 1 it does not stand on) and 80,000 dangling footnotes (the first
//! problems, then a count).

use predicates::prelude::*;

use crate::common;
use common::{repo, resdiff};

const BASE: &str = "resolutions/unga/ict4sd/79-194.en.toml";

fn base() -> String {
    std::fs::read_to_string(repo().join(BASE)).expect("79/194")
}

#[test]
fn invalid_utf8_in_a_toml_file_names_line_and_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = base();
    let at = text.find("[revision]").expect("revision");
    let mut bytes = text.as_bytes()[..at].to_vec();
    bytes.extend_from_slice(b"# \xff\n");
    bytes.extend_from_slice(&text.as_bytes()[at..]);
    let line = text[..at].matches('\n').count() + 1;
    let path = dir.path().join("bad.en.toml");
    std::fs::write(&path, bytes).expect("write");
    resdiff()
        .arg("show")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "cannot read: not UTF-8 text: line {line}, byte {}",
            at + 2
        )));
}

#[test]
fn a_bom_and_windows_line_ends_are_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let words = "In operative paragraph 1, replace “global economy” with “world economy”.\n\nDelete operative paragraph 2.\n";
    let unix = dir.path().join("unix.txt");
    std::fs::write(&unix, words).expect("write");
    let windows = dir.path().join("windows.txt");
    std::fs::write(&windows, format!("\u{feff}{}", words.replace('\n', "\r\n"))).expect("write");
    let applied = |file: &std::path::Path| {
        let out = resdiff()
            .args(["apply", BASE])
            .arg(file)
            .output()
            .expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    assert_eq!(applied(&windows), applied(&unix));

    let json = dir.path().join("bom.json");
    let diff = resdiff()
        .args([
            "diff",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
            "--format",
            "json",
        ])
        .output()
        .expect("diff");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(&diff.stdout);
    std::fs::write(&json, bytes).expect("write");
    resdiff()
        .args(["apply", "wtdc/30@dubai-2014:ar"])
        .arg(&json)
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("# wtdc/30@rcc-wtdc17:ar"));
}

#[test]
fn a_section_of_another_kind_shows_the_kinds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let diff = resdiff()
        .args([
            "diff",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
            "--format",
            "json",
        ])
        .output()
        .expect("diff");
    let mut json: serde_json::Value = serde_json::from_slice(&diff.stdout).expect("JSON");
    json["sections"][0]["kind"] = "considering".into();
    let path = dir.path().join("kind.json");
    std::fs::write(&path, json.to_string()).expect("write");
    resdiff()
        .args(["apply", "wtdc/30@dubai-2014:ar"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "section 1 (recalling): expected `إذ يذكّر [considering]`, found `إذ يذكّر [recalling]`",
        ));
}

#[test]
fn reasons_for_proposal_0_are_a_bad_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reasons = dir.path().join("reasons.toml");
    std::fs::write(&reasons, "0 = \"Editorial.\"\n").expect("write");
    resdiff()
        .args([
            "markup",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
            "--reasons",
        ])
        .arg(&reasons)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "key `0` is neither a proposal number (1, 2, ...) nor `default`",
        ));
}

#[test]
fn a_toml_recursion_error_claims_no_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("deep.en.toml");
    std::fs::write(&path, format!("{}\n{}y = 1\n", base(), "x.".repeat(3000))).expect("write");
    resdiff()
        .arg("show")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "TOML syntax: keys or tables nested deeper",
        ))
        .stderr(predicate::str::contains("deep.en.toml:1:").not());
}

#[test]
fn eighty_thousand_dangling_footnotes_give_a_short_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = base();
    let end = "into the global economy;'";
    let at = text.find(end).expect("paragraph 1") + end.len() - 1;
    let cites: String = (0..80_000).map(|i| format!("[^n{i}]")).collect();
    let path = dir.path().join("notes.en.toml");
    std::fs::write(&path, format!("{}{cites}{}", &text[..at], &text[at..])).expect("write");
    let out = resdiff().arg("show").arg(&path).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("footnote `n0`: [^n0] refers to it"),
        "{stderr}"
    );
    assert!(stderr.contains("… and 79980 more problems"), "{stderr}");
    assert!(stderr.len() < 10_000, "{} bytes", stderr.len());
}
