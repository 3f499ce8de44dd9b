//! Issue 23, finding 4: a footnote renumbered is not a change. Between A/RES/79/194 and
//! A/RES/80/118, "Recalling the Declaration of Principles …" cites the same four notes, which
//! 80/118 numbers 6 to 9 instead of 4 to 7 (two notes cited earlier came in). Footnotes pair by
//! their words, so the paragraph is NOC in `diff`, unchanged in `blame`, carried in `project`
//! and no change in `outcome`, and every diff format shows the renumbering: "6 (was 4)".

use crate::common;

use common::resdiff;
use serde_json::Value;

const OLD: &str = "unga/ict4sd@79-194:en";
const NEW: &str = "unga/ict4sd@80-118:en";
const PARAGRAPH: &str = "Recalling the Declaration of Principles";

fn stdout(args: &[&str]) -> String {
    let out = resdiff().args(args).output().expect("resdiff runs");
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn line_of<'t>(text: &'t str, what: &str) -> &'t str {
    text.lines()
        .find(|l| l.contains(PARAGRAPH))
        .unwrap_or_else(|| panic!("{what}: no line for the paragraph in\n{text}"))
}

#[test]
fn diff_text_and_markdown_show_the_paragraph_as_noc_with_its_old_numbers() {
    let text = stdout(&["diff", OLD, NEW]);
    let line = line_of(&text, "text");
    assert!(line.trim_start().starts_with("NOC"), "{line}");
    for mark in [
        "[^6 (was 4)]",
        "[^7 (was 5)]",
        "[^8 (was 6)]",
        "[^9 (was 7)]",
    ] {
        assert!(line.contains(mark), "{mark} in {line}");
    }
    let md = stdout(&["diff", OLD, NEW, "--format", "md"]);
    let line = line_of(&md, "md");
    assert!(line.contains("**NOC**"), "{line}");
    assert!(line.contains("\\[^6 (was 4)\\]"), "{line}");
}

#[test]
fn diff_json_keeps_its_fields_and_adds_was() {
    let json: Value =
        serde_json::from_str(&stdout(&["diff", OLD, NEW, "--format", "json"])).expect("JSON");
    let clause = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .flat_map(|s| s["clauses"].as_array().expect("clauses"))
        .find(|c| {
            c["inline"][0]["text"]
                .as_str()
                .unwrap_or("")
                .starts_with(PARAGRAPH)
        })
        .expect("the paragraph");
    assert_eq!(clause["change"], "NOC");
    let was: Vec<(&str, &str)> = clause["inline"]
        .as_array()
        .expect("runs")
        .iter()
        .filter_map(|r| Some((r["text"].as_str()?, r["was"].as_str()?)))
        .collect();
    assert_eq!(
        was,
        [("[^6]", "4"), ("[^7]", "5"), ("[^8]", "6"), ("[^9]", "7")]
    );
    assert!(
        clause["inline"]
            .as_array()
            .expect("runs")
            .iter()
            .all(|r| r["op"] == "equal")
    );
}

/// The web page's diff (one column: "6 (was 4)"; side by side: 4 in the old text, 6 in the
/// new).
#[test]
fn diff_html_marks_the_old_number() {
    use resdiff::render::diff_html::{Layout, Links, render};
    let diff = resdiff::diff::diff_documents(
        &common::un("unga/ict4sd", "79-194", "en"),
        &common::un("unga/ict4sd", "80-118", "en"),
        &Default::default(),
    )
    .expect("comparable");
    let row = |html: &str| {
        let at = html.find(PARAGRAPH).expect("the paragraph");
        let start = html[..at].rfind("<div class=\"row").expect("row start");
        html[start..at + html[at..].find("\n").expect("row end")].to_string()
    };
    let inline = row(&render(&diff, Layout::Inline, Links::default()));
    assert!(inline.contains("chg-noc"), "{inline}");
    assert!(
        inline.contains(
            r##"2003,<sup class="fn"><a href="#fn-6">6</a></sup><sup class="was" dir="ltr" title="footnote 4 in the old text">(was 4)</sup> and"##
        ),
        "{inline}"
    );
    let sbs = render(&diff, Layout::SideBySide, Links::default());
    let at = sbs.find(PARAGRAPH).expect("the paragraph");
    let old = &sbs[at..at + sbs[at..].find("</div>").expect("old side")];
    assert!(
        old.contains(r##"2003,<sup class="fn"><a href="#fno-4">4</a></sup> and"##),
        "{old}"
    );
}

#[test]
fn blame_does_not_date_the_paragraph_to_its_renumbering() {
    let json: Value = serde_json::from_str(&stdout(&[
        "blame",
        "unga/ict4sd@80-118:en",
        "--format",
        "json",
    ]))
    .expect("JSON");
    let line = json
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["text"].as_str().unwrap_or("").starts_with(PARAGRAPH))
        .expect("the paragraph");
    // 76/189 changed its spacing (no-break spaces); 80/118 only renumbered its notes.
    assert_eq!(line["changed"], "76-189", "{line}");
}

#[test]
fn project_carries_the_translation_with_the_new_numbers() {
    let json: Value = serde_json::from_str(&stdout(&[
        "project",
        OLD,
        NEW,
        "unga/ict4sd@79-194:ar",
        "--format",
        "json",
    ]))
    .expect("JSON");
    let row = json["clauses"]
        .as_array()
        .expect("clauses")
        .iter()
        .find(|c| c["source"].as_str().unwrap_or("").starts_with(PARAGRAPH))
        .expect("the paragraph");
    assert_eq!(row["status"], "carried", "{row}");
    let target = row["target"].as_str().expect("target");
    assert!(
        target.contains("2003[^6]") && !target.contains("[^4]"),
        "{target}"
    );
}

#[test]
fn outcome_finds_no_change_in_the_paragraph() {
    let out = stdout(&["outcome", OLD, NEW, NEW, "--format", "json"]);
    assert!(!out.contains(PARAGRAPH), "{out}");
}

/// E/RES/2025/18 cites "See A/C.2/59/3, annex." as notes 7 and 12, E/RES/2024/13 as 11: the
/// pairing says how it paired them, and paragraph 76 (now 78), citing it in both, reads "12
/// (was 11)".
#[test]
fn notes_with_the_same_words_are_paired_aloud() {
    let out = resdiff()
        .args(["diff", "ecosoc/wsis@2024-13:en", "ecosoc/wsis@2025-18:en"])
        .output()
        .expect("resdiff runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "warning: footnote 11 of the old text and footnotes 7 and 12 of the new read the same (“See A/C.2/59/3, annex.”)"
        ),
        "{stderr}"
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Geneva Plan of Action[^12 (was 11)]"),
        "{text}"
    );
}
