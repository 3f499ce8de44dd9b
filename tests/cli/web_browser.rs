//! `resdiff serve` in a real browser: the server runs on a free loopback port, and headless
//! Chromium (chromedriver, Selenium; `tests/tools/web_browser.py`) opens the corpus, the Res. 30
//! lineage chart and diff, uploads two files (the diff, then the DOCX), and opens every kind of
//! corpus page in English and Arabic (issue 26). What the browser saw is checked against the
//! JSON diff and the log; a screenshot of each page (`page-KIND.png`, the lineage charts as
//! `page-series-*-chart.png`, each page after following its first footnote link as
//! `page-KIND-note.png`) stays in `target/test-artifacts/web/` for a person to look at.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command as Std, Stdio};

use serde_json::Value;

use crate::common;
use common::{artifacts, repo, resdiff, tool_available};

/// Stops the server when the test ends, passed or not.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `resdiff serve --port 0` and reads the address it prints.
fn serve() -> (Server, String) {
    let mut child = Std::new(env!("CARGO_BIN_EXE_resdiff"))
        .current_dir(repo())
        .args(["serve", "--port", "0"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start the server");
    let stderr = child.stderr.take().expect("stderr");
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stderr)
        .read_line(&mut line)
        .expect("the server says where it listens");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    (server, url)
}

fn json(args: &[&str]) -> Value {
    let out = resdiff().args(args).output().expect("run resdiff");
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Insert and delete runs of every clause (and the formula) of a JSON diff.
fn runs(diff: &Value) -> (usize, usize) {
    fn walk(v: &Value, n: &mut (usize, usize)) {
        for seg in v["inline"].as_array().into_iter().flatten() {
            match seg["op"].as_str() {
                Some("insert") => n.0 += 1,
                Some("delete") => n.1 += 1,
                _ => {}
            }
        }
        for c in v["children"].as_array().into_iter().flatten() {
            walk(c, n);
        }
    }
    let mut n = (0, 0);
    if !diff["formula"].is_null() {
        walk(&diff["formula"], &mut n);
    }
    for s in diff["sections"].as_array().into_iter().flatten() {
        for c in s["clauses"].as_array().into_iter().flatten() {
            walk(c, &mut n);
        }
    }
    n
}

#[test]
fn chromium_browses_the_corpus_the_diff_the_lineage_and_an_upload() {
    let python = "/usr/bin/python3";
    if !tool_available("Chromium", Std::new("chromium").arg("--version"))
        || !tool_available("chromedriver", Std::new("chromedriver").arg("--version"))
        || !tool_available(
            "Selenium for /usr/bin/python3 (python3-selenium)",
            Std::new(python).args(["-c", "import selenium"]),
        )
    {
        return;
    }
    let dir = artifacts("web");
    let (_server, url) = serve();
    let old = repo().join("fixtures/wtdc-030-dubai-2014.ar.txt");
    let new = repo().join("fixtures/wtdc-030-rcc-wtdc17.ar.txt");
    let adopted = repo().join("fixtures/tracking/wtdc-030-adopted-fixture.ar.toml");
    let out = Std::new(python)
        .arg(repo().join("tests/tools/web_browser.py"))
        .arg(&url)
        .arg(&dir)
        .arg(&old)
        .arg(&new)
        .arg(&adopted)
        .arg(repo().join("resolutions/wtsa/001/hammamet-2016.en.toml"))
        .arg(repo().join("fixtures/proposals/wtsa-001-eur-wtsa20.en.toml"))
        .output()
        .expect("run the browser script");
    assert!(
        out.status.success(),
        "browser script failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: Value = serde_json::from_slice(&out.stdout).expect("the script's JSON");

    // The diff page: right to left, every run of the JSON diff, nothing from outside.
    let diff = json(&[
        "diff",
        "wtdc/30@dubai-2014:ar",
        "wtdc/30@rcc-wtdc17:ar",
        "--format",
        "json",
    ]);
    let (ins, del) = runs(&diff);
    assert!(ins > 0 && del > 0);
    let d = &seen["diff"];
    assert_eq!(d["dir"], "rtl");
    assert_eq!(d["direction"], "rtl");
    assert_eq!(
        d["symbolAtRight"], true,
        "the ITU symbol stands at the right"
    );
    assert_eq!(d["ins"].as_u64(), Some(ins as u64));
    assert_eq!(d["del"].as_u64(), Some(del as u64));
    assert_eq!(d["external"].as_u64(), Some(0));
    assert_eq!(d["insUnderlined"], "underline");
    assert!(
        d["folds"].as_u64().is_some_and(|n| n > 0),
        "unchanged runs fold"
    );
    assert_eq!(d["openFolds"].as_u64(), Some(0));
    assert_eq!(seen["provision_link"]["found"].as_u64(), Some(1));

    // The lineage chart: a line per provision. Provisions are the first text's clauses and
    // each later revision's additions.
    let log = json(&["log", "wtdc/30:ar", "--format", "json"]);
    let mut provisions = 0;
    let mut columns = 0;
    for e in ["adopted", "proposals"]
        .iter()
        .flat_map(|k| log[k].as_array().cloned().unwrap_or_default())
    {
        columns += 1;
        provisions += match e["changes"].as_object() {
            None => e["clauses"].as_u64().unwrap_or(0),
            Some(c) => c["ADD"].as_u64().unwrap_or(0),
        };
    }
    assert_eq!(seen["lineage_columns"].as_u64(), Some(columns));
    assert_eq!(seen["lineage_provisions"].as_u64(), Some(provisions));
    assert!(
        seen["lineage_hover"].as_str().is_some_and(|t| [
            "Rev. Dubai, 2014: ",
            "RCC proposal (WTDC-17/23): ",
            "ATU proposal ("
        ]
        .iter()
        .any(|r| t.starts_with(r))
            && t.contains(" — ")),
        "hovering a mark names the revision and shows the text: {}",
        seen["lineage_hover"]
    );

    // The upload: the same diff as the corpus pair, and a DOCX resdiff reads back.
    let u = &seen["upload"];
    assert_eq!(u["direction"], "rtl");
    assert_eq!(u["ins"].as_u64(), Some(ins as u64));
    assert_eq!(u["del"].as_u64(), Some(del as u64));
    let path = seen["download"].as_str().expect("a DOCX was downloaded");
    let bytes = std::fs::read(path).expect("read the download");
    let read = resdiff::input::import_docx(
        &bytes,
        &resdiff::input::ImportOptions::default(),
        &resdiff::input::ImportOptions::default(),
    )
    .expect("the download is a DOCX");
    let accepted = read.proposal.expect("with tracked changes").document;
    let rcc = common::res30("rcc-wtdc17");
    assert_eq!(accepted.clause_count(), rcc.clause_count());

    // The outcome form: the command's verdicts, one row each, in its order.
    let outcome = json(&[
        "outcome",
        "wtdc/30@dubai-2014:ar",
        "wtdc/30@rcc-wtdc17:ar",
        "fixtures/tracking/wtdc-030-adopted-fixture.ar.toml",
        "--format",
        "json",
    ]);
    let verdicts: Vec<String> = outcome["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["verdict"].as_str().unwrap_or("").replace('_', " "))
        .collect();
    let o = &seen["outcome"];
    assert_eq!(o["direction"], "rtl");
    assert_eq!(o["rows"].as_u64(), Some(verdicts.len() as u64));
    assert_eq!(o["verdicts"], serde_json::json!(verdicts));
    for shot in ["1-corpus", "2-lineage", "3-diff", "4-upload", "5-outcome"] {
        assert!(dir.join(format!("{shot}.png")).is_file(), "{shot}.png");
    }
    every_page_speaks_to_people(&seen, &dir);
}

/// Issue 26: each kind of page, in English and Arabic, shows no corpus address and no literal
/// footnote mark outside its small address line; a legend where ITU symbols stand; side by side
/// with its columns headed; every footnote link with its note, the first one followed onto it;
/// the lineage chart's rows labelled with number and opening words.
fn every_page_speaks_to_people(seen: &Value, dir: &std::path::Path) {
    let pages = seen["pages"].as_object().expect("the pages seen");
    assert_eq!(pages.len(), 17, "{pages:?}");
    for (kind, p) in pages {
        assert!(p["address"].is_null(), "{kind}: {} shown", p["address"]);
        assert_eq!(p["literalMark"], false, "{kind}: a literal [^ mark");
        assert_eq!(p["notesMissing"], serde_json::json!([]), "{kind}");
        let symbols = ["series", "diff", "sbs", "compile"];
        if symbols.iter().any(|k| kind.starts_with(k)) {
            assert_eq!(p["legend"].as_u64(), Some(9), "{kind}: the legend");
            // In the texts' language where a sourced term exists: none but English has one,
            // so the others explain in English, marked so and saying so.
            let english = kind.ends_with("-en");
            let langs = if english { [""] } else { ["en"] };
            assert_eq!(p["legendLangs"], serde_json::json!(langs), "{kind}");
            assert_eq!(
                p["legendNote"].as_u64(),
                Some(u64::from(!english)),
                "{kind}"
            );
        }
        // The synoptic table of uploaded files names the files, not an address.
        if kind != "index" && kind != "compile-en" {
            assert_eq!(p["hasAddressLine"], true, "{kind}: the address line");
        }
        if kind.starts_with("text") || kind.starts_with("diff") || kind.starts_with("sbs") {
            assert!(p["noteLinks"].as_u64().is_some_and(|n| n > 20), "{kind}");
            let f = &p["followed"];
            assert_eq!(f["landed"], f["want"], "{kind}: the link lands on its note");
            assert_eq!(f["onScreen"], true, "{kind}: the note is in view");
        }
        if kind.starts_with("series") {
            let rows = p["lineageRows"].as_u64().expect("rows");
            assert!(rows > 50, "{kind}: {rows} rows");
            assert_eq!(p["lineageUnlabelled"].as_u64(), Some(0), "{kind}");
            assert_eq!(p["lineageNumbered"].as_u64(), Some(rows), "{kind}");
        }
        assert!(dir.join(format!("page-{kind}.png")).is_file(), "{kind}");
    }
    for kind in ["series-en", "series-ar", "series-itu-ar"] {
        let chart = dir.join(format!("page-{kind}-chart.png"));
        assert!(chart.is_file(), "{kind}: the lineage chart's screenshot");
    }
    for (kind, old, new) in [
        ("sbs-en", "A/RES/79/194 (2024)", "A/RES/80/118 (2025)"),
        ("sbs-ar", "A/RES/79/194 (2024)", "A/RES/80/118 (2025)"),
    ] {
        assert_eq!(
            pages[kind]["heading"],
            serde_json::json!([old, new]),
            "{kind}"
        );
    }
    assert_eq!(pages["text-ar"]["title"], "A/RES/80/118 (Arabic)");
    // A paragraph's own page, reached from the diff: a row per revision that has it.
    for kind in ["paragraph-en", "paragraph-ar"] {
        let p = &pages[kind];
        assert!(p["rows"].as_u64().is_some_and(|n| n >= 2), "{kind}: {p}");
        assert!(
            p["title"]
                .as_str()
                .is_some_and(|t| t.ends_with("in every revision")),
            "{kind}: {p}"
        );
    }
    // Disagreements only: the rows with findings and the heading, nothing else.
    let d = &seen["disagreements"];
    let bad = d["bad"].as_u64().expect("marked rows");
    assert!(bad > 0 && d["before"].as_u64() > Some(bad + 1), "{d}");
    assert_eq!(d["after"].as_u64(), Some(bad + 1), "{d}");
}
