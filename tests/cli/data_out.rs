//! Data out for researchers (issue 24, part 8): each command's `--format csv` read back by
//! Python's `csv` module, with the columns docs/csv.md documents and a known row of the corpus;
//! `search` over the corpus in two languages.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common;
use common::{resdiff, tool_available};

const DUBAI: &str = "wtdc/30@dubai-2014:ar";
const RCC: &str = "wtdc/30@rcc-wtdc17:ar";
const ATU: &str = "wtdc/30@atu-fixture:ar";

/// The rows of `csv` as Python's `csv.reader` reads them, header first; None when there is no
/// python3 here.
fn python_rows(csv: &[u8]) -> Option<Vec<Vec<String>>> {
    if !tool_available("python3", Command::new("python3").arg("--version")) {
        return None;
    }
    let mut child = Command::new("python3")
        .args([
            "-c",
            "import csv, io, json, sys\n\
             text = io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')\n\
             json.dump(list(csv.reader(text, strict=True)), sys.stdout)",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(csv)
        .expect("csv sent");
    let out = child.wait_with_output().expect("python3 ends");
    assert!(out.status.success(), "python's csv module refused the CSV");
    Some(serde_json::from_slice(&out.stdout).expect("rows as JSON"))
}

/// Runs resdiff with `args`, expecting exit `code`, and reads its CSV.
fn csv_of(args: &[&str], code: i32) -> Option<Vec<Vec<String>>> {
    let out = resdiff().args(args).output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    python_rows(&out.stdout)
}

/// Each row as column name → cell, after checking the header is `columns` and every row has
/// its width.
fn records(
    rows: &[Vec<String>],
    columns: &[&str],
) -> Vec<std::collections::HashMap<String, String>> {
    assert_eq!(rows[0], columns, "documented columns");
    rows[1..]
        .iter()
        .map(|r| {
            assert_eq!(r.len(), columns.len(), "row width: {r:?}");
            columns
                .iter()
                .map(|c| c.to_string())
                .zip(r.iter().cloned())
                .collect()
        })
        .collect()
}

#[test]
fn diff_csv_has_one_row_per_clause() {
    let Some(rows) = csv_of(&["diff", DUBAI, RCC, "--format", "csv"], 1) else {
        return;
    };
    let cols = [
        "section",
        "path",
        "depth",
        "change",
        "old_label",
        "new_label",
        "old_text",
        "new_text",
        "note",
    ];
    let recs = records(&rows, &cols);
    // The JSON diff counts every clause at every depth: one CSV row each.
    let json = resdiff()
        .args(["diff", DUBAI, RCC, "--format", "json"])
        .output()
        .expect("json");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("diff json");
    let total: u64 = v["summary"]
        .as_object()
        .expect("summary")
        .values()
        .filter_map(|n| n.as_u64())
        .sum();
    assert_eq!(recs.len() as u64, total);
    let first = &recs[0];
    assert_eq!(
        (
            first["section"].as_str(),
            first["change"].as_str(),
            first["new_label"].as_str()
        ),
        ("recalling", "ADD", "أ)")
    );
    assert_eq!(
        first["new_text"],
        "بالنواتج ذات الصلة لمرحلتي القمة العالمية لمجتمع المعلومات (WSIS)؛"
    );
    assert!(recs.iter().any(|r| r["change"] == "MOD"
        && !r["old_text"].is_empty()
        && !r["new_text"].is_empty()
        && r["old_text"] != r["new_text"]));
}

#[test]
fn compile_csv_has_four_columns_per_proposal() {
    let Some(rows) = csv_of(&["compile", DUBAI, RCC, ATU, "--format", "csv"], 0) else {
        return;
    };
    let cols = [
        "kind",
        "section",
        "label",
        "depth",
        "conflict",
        "clash",
        "base",
        "p1_change",
        "p1_label",
        "p1_text",
        "p1_note",
        "p2_change",
        "p2_label",
        "p2_text",
        "p2_note",
    ];
    let recs = records(&rows, &cols);
    let added = recs
        .iter()
        .find(|r| r["kind"] == "added" && r["label"] == "ب)")
        .expect("RCC's added recalling b)");
    assert_eq!(added["p1_change"], "ADD");
    assert!(added["p1_text"].starts_with("بالقرار A/70/125 للجمعية العامة"));
    assert_eq!(added["p2_change"], "", "ATU does not touch RCC's added row");
}

#[test]
fn blame_csv_keeps_every_text_as_json_has_it() {
    let Some(rows) = csv_of(&["blame", RCC, "--format", "csv"], 0) else {
        return;
    };
    let cols = [
        "section",
        "path",
        "depth",
        "text",
        "introduced",
        "introduced_year",
        "changed",
        "changed_year",
    ];
    let recs = records(&rows, &cols);
    let json = resdiff()
        .args(["blame", RCC, "--format", "json"])
        .output()
        .expect("json");
    let lines: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).expect("blame json");
    assert_eq!(recs.len(), lines.len());
    // Texts with commas, quotes and Arabic punctuation come back exactly.
    for (r, l) in recs.iter().zip(&lines) {
        assert_eq!(r["text"], l["text"].as_str().expect("text"));
        assert_eq!(
            r["introduced"],
            l["introduced"].as_str().expect("introduced")
        );
    }
    assert_eq!(
        (
            recs[0]["section"].as_str(),
            recs[0]["path"].as_str(),
            recs[0]["introduced"].as_str()
        ),
        ("recalling", "أ)", "rcc-wtdc17")
    );
}

#[test]
fn log_csv_has_one_row_per_revision() {
    let Some(rows) = csv_of(&["log", "wtdc/30:ar", "--format", "csv"], 0) else {
        return;
    };
    let cols = [
        "list", "address", "revision", "status", "year", "date", "venue", "proposer", "clauses",
        "from", "ADD", "SUP", "MOD", "(MOD)", "NOC", "ADD*", "SUP*",
    ];
    let recs = records(&rows, &cols);
    let rcc = recs
        .iter()
        .find(|r| r["revision"] == "rcc-wtdc17")
        .expect("RCC's row");
    assert_eq!(
        (
            rcc["list"].as_str(),
            rcc["proposer"].as_str(),
            rcc["from"].as_str()
        ),
        ("proposal", "RCC", DUBAI)
    );
    let dubai = &recs[0];
    assert_eq!(
        (dubai["list"].as_str(), dubai["date"].as_str()),
        ("adopted", "2014-04-10")
    );
    assert_eq!(dubai["ADD"], "", "the first text has no step to count");
}

const REFS: [&str; 14] = [
    "kind",
    "text",
    "section",
    "path",
    "offset",
    "body",
    "number",
    "tag",
    "revised",
    "venue",
    "year",
    "lookalike",
    "symbol",
    "body_guessed",
];

#[test]
fn refs_csv_has_one_row_per_citation() {
    let Some(rows) = csv_of(&["refs", DUBAI, "--format", "csv"], 0) else {
        return;
    };
    let recs = records(&rows, &REFS);
    let r71 = recs
        .iter()
        .find(|r| r["number"] == "71")
        .expect("Res. 71 cited");
    assert_eq!(
        (
            r71["kind"].as_str(),
            r71["body"].as_str(),
            r71["venue"].as_str(),
            r71["year"].as_str()
        ),
        ("resolution", "pp", "Guadalajara", "2010")
    );
    assert_eq!(r71["text"], "بالقرار 71 (المراجَع في غوادالاخارا، 2010)");
}

#[test]
fn refs_stale_csv_adds_the_standing() {
    let args = [
        "refs",
        DUBAI,
        "--stale",
        "--as-of",
        "2025-01-01",
        "--format",
        "csv",
    ];
    let out = resdiff().args(args).output().expect("runs");
    let Some(rows) = python_rows(&out.stdout) else {
        return;
    };
    // `symbol` and `body_guessed` came later: they stay last, after the standing.
    let cols: Vec<&str> = REFS[..12]
        .iter()
        .copied()
        .chain([
            "status",
            "superseded_by",
            "superseded_venue",
            "superseded_year",
            "evidence",
            "reason",
            "symbol",
            "body_guessed",
        ])
        .collect();
    let recs = records(&rows, &cols);
    assert!(!recs.is_empty());
    for r in &recs {
        assert!(
            ["current", "stale", "unknown"].contains(&r["status"].as_str()),
            "{r:?}"
        );
    }
}

/// Issue 24: on A/RES/80/118 `refs` listed its 23 SDG mentions and none of the resolutions it
/// recalls, nor the symbols in its footnotes.
#[test]
fn refs_csv_lists_the_un_resolutions_and_the_footnote_symbols_of_80_118() {
    let Some(rows) = csv_of(&["refs", "unga/ict4sd@80-118:en", "--format", "csv"], 0) else {
        return;
    };
    let recs = records(&rows, &REFS);
    let find = |text: &str| {
        recs.iter()
            .find(|r| r["text"] == text)
            .unwrap_or_else(|| panic!("{text} not listed"))
    };
    let r = find("79/194");
    assert_eq!(
        (r["kind"].as_str(), r["body"].as_str(), r["symbol"].as_str()),
        ("un_resolution", "unga", "A/RES/79/194")
    );
    assert_eq!(r["section"], "preambular");
    let r = find("2025/18");
    assert_eq!(
        (r["body"].as_str(), r["symbol"].as_str()),
        ("ecosoc", "E/RES/2025/18")
    );
    // Named ("Economic and Social Council resolution 2025/18"): not guessed. "Resolution 217 A
    // (III)" names no body: the guess says so, and from what.
    assert_eq!(r["body_guessed"], "");
    assert_eq!(
        find("217 A (III)")["body_guessed"],
        "no body named; 217 A (III), numbered with part and session in roman numerals (before 1976), taken as the General Assembly's"
    );
    for (symbol, mark) in [("A/80/62-E/2025/12", "11"), ("E/CN.16/2018/CRP.3", "22")] {
        let r = find(symbol);
        assert_eq!(
            (
                r["kind"].as_str(),
                r["section"].as_str(),
                r["path"].as_str()
            ),
            ("un_symbol", "footnotes", mark)
        );
    }
    let un = recs.iter().filter(|r| r["kind"] == "un_resolution").count();
    assert!(un >= 30, "{un} UN resolution citations");
}

#[test]
fn search_finds_a_phrase_in_arabic_and_in_english() {
    let cols = [
        "address", "language", "section", "path", "depth", "index", "text",
    ];
    // Without the shadda the texts write ("الميسّر"), as a searcher types it.
    let Some(rows) = csv_of(&["search", "الميسر الوحيد", "--format", "csv"], 0) else {
        return;
    };
    let ar = records(&rows, &cols);
    assert!(ar.iter().all(|r| r["language"] == "ar"));
    let dubai = ar
        .iter()
        .find(|r| r["address"] == DUBAI)
        .expect("Dubai's text, where ITU is the sole facilitator of C5");
    assert_eq!(
        (dubai["section"].as_str(), dubai["path"].as_str()),
        ("resolves_to_invite", "6")
    );
    assert!(dubai["text"].contains("الميسّر الوحيد"));
    let Some(rows) = csv_of(&["search", "DIGITAL DIVIDE", "--format", "csv"], 0) else {
        return;
    };
    let en = records(&rows, &cols);
    assert!(en.iter().all(|r| r["language"] == "en"));
    let hit = en
        .iter()
        .find(|r| r["address"] == "unga/ict4sd@78-132:en")
        .expect("the 2023 ICT4SD resolution speaks of the digital divide");
    assert!(hit["text"].to_lowercase().contains("digital divide"));
    // Accents do not matter either.
    let out = resdiff()
        .args(["search", "fracture numerique"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("fracture numérique"));
    // Nothing found: exit 1, as grep.
    resdiff()
        .args(["search", "no resolution says xyzzy"])
        .assert()
        .code(1);
}

/// The rows of `compile … --format json`, with the extra flags given.
fn compile_rows(extra: &[&str]) -> Vec<serde_json::Value> {
    let out = resdiff()
        .args(["compile", DUBAI, RCC, ATU, "--format", "json"])
        .args(extra)
        .output()
        .expect("compile");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("synopsis json");
    v["rows"].as_array().expect("rows").clone()
}

fn touched(row: &serde_json::Value) -> bool {
    row["conflict"] == true
        || row["cells"]
            .as_array()
            .expect("cells")
            .iter()
            .any(|c| !c.is_null() && c["change"] != "NOC")
}

#[test]
fn compile_changed_only_keeps_the_changed_rows_under_their_headings() {
    let all = compile_rows(&[]);
    let changed = compile_rows(&["--changed-only"]);
    let want: Vec<&serde_json::Value> = all
        .iter()
        .filter(|r| r["kind"] != "heading" && touched(r))
        .collect();
    let got: Vec<&serde_json::Value> = changed.iter().filter(|r| r["kind"] != "heading").collect();
    assert_eq!(got, want, "every changed row, in order, and no other");
    assert!(got.len() < all.len());
    // Each kept row sits under the heading of its own section.
    let mut section = None;
    for r in &changed {
        if r["kind"] == "heading" {
            section = Some(r["section"].clone());
        } else {
            assert_eq!(Some(&r["section"]), section.as_ref(), "{r}");
        }
    }
}

#[test]
fn two_different_new_provisions_under_one_label_clash() {
    // RCC and ATU each add a different recognizing د): the meeting must renumber one.
    let rows = compile_rows(&[]);
    let added: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| r["kind"] == "added" && r["section"] == "recognizing" && r["label"] == "د)")
        .collect();
    assert_eq!(added.len(), 2);
    assert!(
        added
            .iter()
            .all(|r| r["conflict"] == true && r["clash"] == true)
    );
    // An added row whose label no other proposal adds there is no clash.
    assert!(
        rows.iter()
            .filter(|r| r["kind"] == "added" && r["section"] == "recalling")
            .all(|r| r["conflict"] == false)
    );
}

/// A clash is marked as one in every format, not only as a conflict: its row shows one
/// proposal alone, and a reader must see why it is marked.
#[test]
fn a_label_clash_is_named_in_markdown_html_and_csv() {
    let out = |format: &str| {
        let out = resdiff()
            .args(["compile", DUBAI, RCC, ATU, "--format", format])
            .output()
            .expect("compile");
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let md = out("md");
    assert_eq!(md.matches("| ⚠ label clash |").count(), 2, "{md}");
    let html = out("html");
    assert_eq!(
        html.matches("<b class=\"clash\">label clash: د)</b>")
            .count(),
        2
    );
    let Some(rows) = csv_of(&["compile", DUBAI, RCC, ATU, "--format", "csv"], 0) else {
        return;
    };
    let clashing = rows
        .iter()
        .skip(1)
        .filter(|r| r.get(5).map(String::as_str) == Some("true"))
        .count();
    assert_eq!(clashing, 2, "{rows:?}");
}

/// Footnotes in the Markdown table are GFM footnotes: each mark a reference, each note
/// defined under the table; the escaped `\[^1\]` showed the raw mark.
#[test]
fn compile_markdown_footnotes_are_notes() {
    let out = resdiff()
        .args(["compile", DUBAI, RCC, ATU])
        .output()
        .expect("compile");
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(!md.contains("\\[^1\\]"), "raw mark left");
    assert!(md.contains("البلدان النامية[^1] في مجال"), "{md}");
    let defs: Vec<&str> = md.lines().filter(|l| l.starts_with("[^")).collect();
    assert_eq!(defs.len(), 1, "{defs:?}");
    assert!(
        defs[0].starts_with("[^1]: تشمل أقل البلدان نمواً"),
        "{}",
        defs[0]
    );
}

/// Footnotes in the HTML table are notes too: each mark a superscript link to a note listed
/// under the table, named as in the Markdown; no raw `[^1]` in the text a reader sees.
#[test]
fn compile_html_footnotes_link_to_their_notes() {
    let out = resdiff()
        .args(["compile", DUBAI, RCC, ATU, "--format", "html"])
        .output()
        .expect("compile");
    assert_eq!(out.status.code(), Some(0));
    let html = String::from_utf8(out.stdout).expect("utf-8");
    // The visible text: the page less its tags.
    let visible: String = html
        .split('<')
        .map(|p| p.split_once('>').map_or(p, |(_, text)| text))
        .collect();
    assert!(!visible.contains("[^"), "raw mark left: {visible}");
    let links: Vec<&str> = html
        .split("<sup class=\"fn\"><a href=\"#")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(!links.is_empty(), "no mark links: {html}");
    for id in &links {
        assert!(
            html.contains(&format!("<li id=\"{id}\">")),
            "{id} names no note"
        );
    }
    assert!(
        html.contains("<li id=\"fn-1\"><span class=\"mark\">1</span> <span class=\"text\">تشمل أقل البلدان نمواً"),
        "{html}"
    );
}
