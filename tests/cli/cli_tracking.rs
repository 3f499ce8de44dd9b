//! The tracking commands end to end: exit codes, refusals, files written or kept.

use predicates::prelude::*;

use crate::common;
use common::{repo, resdiff};

const DUBAI: &str = "wtdc/30@dubai-2014:ar";
const RCC: &str = "wtdc/30@rcc-wtdc17:ar";
const ATU: &str = "wtdc/30@atu-fixture:ar";

#[test]
fn apply_rebuilds_the_proposal_from_its_json_changeset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("rcc.json");
    let out = resdiff()
        .args(["diff", DUBAI, RCC, "--format", "json"])
        .output()
        .expect("diff");
    std::fs::write(&json, &out.stdout).expect("write");
    let toml = dir.path().join("rcc.toml");
    resdiff()
        .args(["apply", DUBAI])
        .arg(&json)
        .arg("-o")
        .arg(&toml)
        .assert()
        .code(0);
    let rebuilt = std::fs::read_to_string(&toml).expect("written");
    let shipped = std::fs::read_to_string(repo().join("resolutions/wtdc/030/rcc-wtdc17.ar.toml"))
        .expect("rcc");
    // The shipped file has the same data; compare what the loader reads.
    resdiff()
        .args(["diff", RCC])
        .arg(&toml)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no changes"));
    assert!(rebuilt.contains("proposer = 'RCC'") && shipped.contains("proposer = 'RCC'"));

    // Against ATU's text the same changeset is refused, clause by clause, and nothing written.
    let refused = dir.path().join("refused.toml");
    resdiff()
        .args(["apply", ATU])
        .arg(&json)
        .arg("-o")
        .arg(&refused)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "recalling), clause 1 (أ)): expected `",
        ))
        .stderr(predicate::str::contains(
            "was made against another text than wtdc/30@atu-fixture:ar",
        ));
    assert!(!refused.exists());
}

#[test]
fn apply_takes_a_tracked_changes_docx_too_and_refuses_bad_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docx = dir.path().join("rcc.docx");
    resdiff()
        .args(["markup", DUBAI, RCC, "--format", "docx", "-o"])
        .arg(&docx)
        .assert()
        .code(0);
    let out = dir.path().join("from-docx.toml");
    resdiff()
        .args(["apply", DUBAI])
        .arg(&docx)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    resdiff().args(["diff", RCC]).arg(&out).assert().code(0);

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"old\": 3}").expect("write");
    resdiff()
        .args(["apply", DUBAI])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.json:1:"))
        .stderr(predicate::str::contains("not a changeset"));
}

#[test]
fn merge_exits_1_on_conflicts_and_lists_them() {
    resdiff()
        .args(["merge", DUBAI, RCC, ATU])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "conflict: recalling, ه): first `suppressed`",
        ))
        .stdout(predicate::str::contains("status = 'draft'"));
    // A proposal merged with the base itself has nothing to conflict with.
    resdiff()
        .args(["merge", DUBAI, RCC, DUBAI])
        .assert()
        .code(0);
}

#[test]
fn refs_stale_exit_codes() {
    resdiff()
        .args(["refs", DUBAI, "--stale", "--as-of", "WTDC-17"])
        .assert()
        .code(1);
    resdiff()
        .args(["refs", DUBAI, "--stale", "--as-of", "2012-01-01"])
        .assert()
        .code(0);
    resdiff()
        .args(["refs", DUBAI, "--stale", "--as-of", "WTDC-99"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`WTDC-99` is neither a date"));
    resdiff()
        .args(["refs", DUBAI, "--fix", "--as-of", "WTDC-17"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "names no proposer; pass --proposer",
        ));
}

/// Issue 24: on WTSA Res. 1, `--stale --as-of WTSA-24` called every Plenipotentiary citation
/// "superseded at PP-22", and `--fix` wrote `Resolution 5 (Rev. Bucharest, 2022)`, moved Res. 165
/// past Dubai 2018 and rewrote the resolution's own appendix headings. Only tags the table holds
/// are written now.
#[test]
fn refs_fix_on_wtsa_1_writes_only_tags_the_table_holds() {
    let wtsa1 = "wtsa/1@hammamet-2016";
    let fix = resdiff()
        .args(["refs", wtsa1, "--stale", "--as-of", "WTSA-24"])
        .args(["--fix", "--proposer", "X", "--doc", "1"])
        .output()
        .expect("runs");
    assert_eq!(fix.status.code(), Some(0));
    let md = String::from_utf8_lossy(&fix.stdout);
    let inserted: Vec<&str> = md
        .split("<ins>")
        .skip(1)
        .filter_map(|s| s.split("</ins>").next())
        .collect();
    // Res. 165 and Res. 71: PP-18 revised both (its Final Acts); nothing else is known.
    assert_eq!(inserted, ["Rev. Dubai, 2018", " Dubai, 2018"], "{md}");
    assert!(!md.contains("Bucharest") && !md.contains("Geneva, 2022"));
    assert!(md.contains("Appendix I (to Resolution 1 (Rev. Hammamet, 2016))"));
    let stale = resdiff()
        .args(["refs", wtsa1, "--stale", "--as-of", "WTSA-24"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&stale.stdout);
    assert!(
        text.contains("unknown (no Final Acts of WTSA-20 in the table)"),
        "{text}"
    );
    assert!(!text.contains("PP-22 (Bucharest"), "{text}");
    // "WTSA Resolution 2" names its body.
    let list = resdiff().args(["refs", wtsa1]).output().expect("runs");
    let list = String::from_utf8_lossy(&list.stdout);
    let line = list.lines().find(|l| l.starts_with("resolves 3 3.1 "));
    assert!(line.is_some_and(|l| l.ends_with("WTSA Res. 2")), "{list}");
}

#[test]
fn log_and_blame_errors_name_the_problem() {
    resdiff()
        .args(["log", "wtdc/999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("wtdc/999 is not in the corpus"));
    resdiff()
        .args(["blame", "wtdc/30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("names no revision"));
    resdiff()
        .args(["blame", "wtdc/30@cairo-2099"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no revision `wtdc/30@cairo-2099` in the corpus",
        ));
}

#[test]
fn compile_writes_html_and_keeps_an_existing_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let html = dir.path().join("synopsis.html");
    resdiff()
        .args(["compile", DUBAI, RCC, ATU, "--format", "html", "-o"])
        .arg(&html)
        .assert()
        .code(0);
    let page = std::fs::read_to_string(&html).expect("written");
    assert!(page.contains("<html dir=\"rtl\">") && page.contains("class=\"conflict\""));
    resdiff()
        .args(["compile", DUBAI, RCC, "-o"])
        .arg(&html)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists; pass --force"));
}

#[test]
fn apply_takes_un_amendment_instructions_and_names_the_one_that_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let txt = dir.path().join("eur.txt");
    let base = "wtsa/1@hammamet-2016:en";
    let eur = "fixtures/proposals/wtsa-001-eur-wtsa20.en.toml";
    resdiff()
        .args(["markup", base, eur, "--style", "un", "-o"])
        .arg(&txt)
        .assert()
        .code(0);
    let words = std::fs::read_to_string(&txt).expect("written");
    assert!(words.contains(
        "In subparagraph 1.11.1 of subparagraph 1.11 of operative paragraph 1, replace “supply” with “provide”."
    ));
    let toml = dir.path().join("eur.toml");
    resdiff()
        .args(["apply", base])
        .arg(&txt)
        .arg("-o")
        .arg(&toml)
        .assert()
        .code(0);
    resdiff()
        .args(["diff", eur])
        .arg(&toml)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("no changes"));

    // Arabic: English words, said on stderr.
    resdiff()
        .args(["markup", DUBAI, RCC, "--style", "un"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("known in English only"));

    // The same instructions on Res. 30: the paragraph they name is not there.
    resdiff()
        .args(["apply", DUBAI])
        .arg(&txt)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "instruction 1 (“In the formula, replace “Hammamet, 2016”",
        ))
        .stderr(predicate::str::contains("is not in the text"));
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "In the formula, replace “a”.\n").expect("write");
    resdiff()
        .args(["apply", DUBAI])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.txt: line 1: expected `” with “`",
        ));
}

/// `outcome --format html`: a row per change with its verdict, as many of each as the JSON
/// counts, right to left for Arabic, and the texts escaped as everywhere else.
#[test]
fn outcome_html_has_a_row_per_change() {
    let adopted = "fixtures/tracking/wtdc-030-adopted-fixture.ar.toml";
    let run = |format: &str| {
        let out = resdiff()
            .args(["outcome", DUBAI, RCC, adopted, "--format", format])
            .output()
            .expect("outcome");
        assert_eq!(out.status.code(), Some(0), "{format}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).expect("JSON");
    let html = run("html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html dir=\"rtl\">"));
    let items = json["items"].as_array().expect("items");
    assert_eq!(html.matches("<tr class=\"").count(), items.len());
    for (verdict, class) in [
        ("adopted", "adopted"),
        ("partly", "partly"),
        ("not_adopted", "not-adopted"),
        ("adopted_differently", "adopted-differently"),
    ] {
        let n = items.iter().filter(|i| i["verdict"] == verdict).count();
        assert_eq!(
            html.matches(&format!("<tr class=\"{class}\">")).count(),
            n,
            "{verdict}"
        );
    }
    assert!(html.contains("<td class=\"verdict\">not adopted</td>"));
}

/// Issue 24: `refs --fix` counted the stale UN citations (text and footnotes) of A/RES/79/194,
/// then wrote a proposal that changed none of them and said nothing. Each is named as left,
/// with why, and no empty proposal is written.
#[test]
fn refs_fix_names_each_stale_citation_it_leaves() {
    let out = resdiff()
        .args(["refs", "unga/ict4sd@79-194:en", "--as-of", "2026-01-01"])
        .args(["--fix", "--proposer", "X", "--doc", "1"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty(), "no proposal");
    let err = String::from_utf8_lossy(&out.stderr);
    for said in [
        "resdiff: warning: preambular: `78/132` is stale (superseded by A/RES/80/118) but left as it is: a UN resolution is cited by its own symbol, not by a revision tag",
        "resdiff: warning: footnotes 1: `77/150` is stale (superseded by A/RES/80/118) but left as it is",
        "can be updated (each is named above); no proposal written",
    ] {
        assert!(err.contains(said), "no `{said}` in:\n{err}");
    }
}
