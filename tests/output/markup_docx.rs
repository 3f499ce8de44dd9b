//! The DOCX proposal opened by a client we did not write: LibreOffice (headless, through UNO,
//! `tests/tools/lo_tracked.py`) must count the tracked changes `resdiff` made, and accepting
//! or rejecting them all must give the proposal's or the base's text.

use std::process::Command as Std;

use resdiff::markup::MarkupOptions;
use resdiff::model::{Clause, Document};

use crate::common;
use common::{artifacts, libreoffice_available, proposal, repo, res30, res30_proposal, resdiff};

const DUBAI: &str = "wtdc/30@dubai-2014:ar";
const RCC: &str = "wtdc/30@rcc-wtdc17:ar";

/// The text paragraphs of a revision as a word processor holds them, made from the clause tree
/// alone: title, formula, then each heading and each clause ("label<TAB>text"), depth first.
/// A part of the rules of an English text ("SECTION 3", then "Study group management") is two
/// paragraphs, as ITU writes it, and so is an appendix after one ("Appendix I (to …)", then its
/// title).
fn expected_paragraphs(doc: &Document) -> Vec<String> {
    fn clauses(out: &mut Vec<String>, cs: &[Clause], top: bool, rules: &mut bool) {
        for c in cs {
            let label = c.label.written().trim();
            let section = top
                && !label.is_empty()
                && c.children.iter().any(|k| !k.label.written().is_empty())
                && c.children.iter().all(|k| {
                    k.label.written().is_empty()
                        || k.label.written().starts_with(&format!("{label}."))
                });
            if section {
                out.push(format!("SECTION {label}"));
                out.push(c.text.clone());
                *rules = true;
            } else if top && *rules && label.is_empty() {
                let (no, title) = c.text.split_once(" – ").expect("an appendix");
                out.extend([no.to_string(), title.to_string()]);
            } else {
                out.push(if label.is_empty() {
                    c.text.clone()
                } else {
                    format!("{label}\t{}", c.text)
                });
            }
            clauses(out, &c.children, false, rules);
        }
    }
    let mut out = vec![doc.resolution.title_shown().to_string()];
    out.extend(doc.revision_line.clone());
    out.extend(doc.formula.clone());
    for s in &doc.sections {
        out.push(s.heading.clone());
        clauses(&mut out, &s.clauses, true, &mut false);
    }
    out
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// LibreOffice's paragraphs from the resolution-number line on (the cover block and the
/// Introduction come before it), minus the proposal's apparatus (symbol lines, reasons) and that
/// line, whitespace normalised.
fn text_of(lo: &serde_json::Value, key: &str) -> Vec<String> {
    lo[key]
        .as_array()
        .expect("paragraph list")
        .iter()
        .skip_while(|p| p[0].as_str() != Some("Res_No"))
        .filter(|p| {
            !matches!(
                p[0].as_str(),
                Some("Proposal" | "Reasons" | "Res_No" | "Move note")
            )
        })
        .map(|p| normalise(p[1].as_str().unwrap_or_default()))
        .collect()
}

#[test]
fn libreoffice_counts_our_tracked_changes_and_accepts_and_rejects_them() {
    if !libreoffice_available() {
        return;
    }
    let (base, proposed) = (res30("dubai-2014"), res30("rcc-wtdc17"));
    let ours = res30_proposal(&MarkupOptions::default()).tracked();
    assert!(ours.insertions > 20 && ours.deletions > 20, "{ours:?}");
    check("RCC-23A1", DUBAI, RCC, &base, &proposed, "RCC");
    // WTSA Res. 1 against the EUR fixture: English, nested five deep (enumlev1-enumlev4).
    let res1 = "wtsa/1@hammamet-2016:en";
    let eur = "fixtures/proposals/wtsa-001-eur-wtsa20.en.toml";
    let load = |p: &str| resdiff::input::corpus::load_file(&repo().join(p)).expect("text");
    let (base, proposed) = (
        load("resolutions/wtsa/001/hammamet-2016.en.toml"),
        load(eur),
    );
    let lo = check("EUR-38A1", res1, eur, &base, &proposed, "EUR");
    // What a delegate sees on ITU's page: a part of the rules under its own SECTION heading,
    // and the dashes ITU draws in the Symbol font.
    let paras: Vec<(&str, &str)> = lo["accepted"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(|p| (p[0].as_str().unwrap_or(""), p[1].as_str().unwrap_or("")))
        .collect();
    let at = paras
        .iter()
        .position(|p| *p == ("Section_No", "SECTION 3"))
        .expect("SECTION 3 as a heading");
    assert_eq!(paras[at + 1], ("Section_title", "Study group management"));
    assert!(
        paras
            .iter()
            .any(|p| p.1 == "\u{2212}\tto entrust the study to a single study group; or"),
        "the dash items of 1.5 b) v)"
    );
}

/// Writes the proposal turning `base` into `proposed` as a DOCX, opens it in LibreOffice and
/// checks its tracked changes, author, footnotes, and both texts.
fn check(
    name: &str,
    base_at: &str,
    proposed_at: &str,
    base: &Document,
    proposed: &Document,
    author: &str,
) -> serde_json::Value {
    let dir = artifacts("markup-docx");
    let docx = dir.join(format!("{name}.docx"));
    resdiff()
        .args([
            "markup",
            base_at,
            proposed_at,
            "--annex",
            "1",
            "--format",
            "docx",
            "--force",
            "-o",
        ])
        .arg(&docx)
        .assert()
        .code(0);

    let out = Std::new("/usr/bin/python3")
        .arg(repo().join("tests/tools/lo_tracked.py"))
        .arg(&docx)
        .output()
        .expect("run LibreOffice");
    assert!(
        out.status.success(),
        "lo_tracked.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lo: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON from LibreOffice");

    let ours = proposal(base, proposed, &MarkupOptions::default()).tracked();
    assert_eq!(
        lo["redlines"]["Insert"], ours.insertions,
        "{}",
        lo["redlines"]
    );
    assert_eq!(
        lo["redlines"]["Delete"], ours.deletions,
        "{}",
        lo["redlines"]
    );
    assert_eq!(lo["authors"], serde_json::json!([author]));
    assert_eq!(lo["accepted_redlines_left"], 0);
    assert_eq!(lo["rejected_redlines_left"], 0);

    // A word processor shows a footnote reference as its mark, once: `[^1]` reads `1`, and
    // WTSA Res. 1's `1bis` on the list of earlier revisions `1bis` (a typed custom mark longer
    // than one character read `1bis1bis` in LibreOffice).
    let want = |d: &Document| -> Vec<String> {
        expected_paragraphs(d)
            .iter()
            .map(|p| {
                let shown = d.footnotes.iter().fold(p.clone(), |t, f| {
                    t.replace(&format!("[^{}]", f.mark), &f.mark)
                });
                normalise(&shown)
            })
            .collect()
    };
    let notes: Vec<(String, String)> = proposed
        .footnotes
        .iter()
        .map(|f| (f.mark.clone(), normalise(&f.text)))
        .collect();
    let lo_notes: Vec<(String, String)> =
        serde_json::from_value(lo["footnotes"].clone()).expect("footnote list");
    assert_eq!(lo_notes.len(), notes.len(), "{lo_notes:?}");
    // A note shows its label, then its text: an automatic number's typed suffix (`bis` after
    // `1`) starts the text. The mark is shown once: LibreOffice prints the reference's mark
    // before the note's text, so a mark typed in the text too read "5 5Background".
    let lo_notes: Vec<(String, String)> = lo_notes
        .into_iter()
        .zip(&notes)
        .map(|((label, text), (mark, _))| {
            let shown = format!("{label}{}", text.trim_start());
            match shown.strip_prefix(mark.as_str()) {
                Some(rest) => {
                    assert!(
                        !rest.trim_start().starts_with(mark.as_str()),
                        "footnote {mark} shows its mark twice: {text:?}"
                    );
                    (mark.clone(), normalise(rest))
                }
                None => (label, normalise(&text)),
            }
        })
        .collect();
    assert_eq!(lo_notes, notes, "footnotes as LibreOffice reads them");
    same_paragraphs(&text_of(&lo, "accepted"), &want(proposed), "accepted");
    same_paragraphs(&text_of(&lo, "rejected"), &want(base), "rejected");
    lo
}

/// Equal lists, reported at the first paragraph that differs.
fn same_paragraphs(got: &[String], want: &[String], what: &str) {
    if let Some(i) = (0..got.len().max(want.len())).find(|&i| got.get(i) != want.get(i)) {
        let (g, w) = (
            got.get(i).cloned().unwrap_or_default(),
            want.get(i).cloned().unwrap_or_default(),
        );
        let at = g.chars().zip(w.chars()).take_while(|(a, b)| a == b).count();
        let tail = |s: &str| {
            s.chars()
                .skip(at.saturating_sub(20))
                .take(60)
                .collect::<String>()
        };
        panic!(
            "{what}: paragraph {i} differs at char {at}\n LibreOffice: …{:?}\n expected:    …{:?}",
            tail(&g),
            tail(&w)
        );
    }
}
