//! The bad-input catalogue, part three: output that would harm its reader. Control characters
//! reach neither a terminal nor a DOCX raw, and `apply` never writes a text its own loader
//! refuses.

use std::io::Read;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::{Value, json};

use crate::common;
use common::resdiff;

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

/// A text whose title, one clause and one item hold an OSC title sequence, a screen clear, a
/// BEL and a C1 CSI; `word` differs between the two texts made from it.
fn hostile(dir: &Path, name: &str, word: &str) -> PathBuf {
    let text = format!(
        "language = \"en\"\n[resolution]\nbody = \"wtdc\"\nnumber = 30\n\
         title = \"t\\u001b]0;pwned\\u0007\"\n[revision]\nid = \"x\"\nstatus = \"adopted\"\n\
         year = 2014\n[[section]]\nkind = \"resolves\"\nheading = \"resolves\"\n\
         [[section.clause]]\nlabel = \"1\"\ntext = \"{word} \\u001b[2J screen\"\n\
         [[section.clause.clause]]\nlabel = \"a)\"\ntext = \"bell \\u0007 and \\u009b and \\u0000\"\n"
    );
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn no_raw_controls(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let raw: Vec<char> = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        .collect();
    assert!(raw.is_empty(), "raw control characters {raw:?} in\n{text}");
}

#[test]
fn show_and_diff_print_control_characters_escaped_and_name_the_clause() {
    let d = tmp();
    let old = hostile(d.path(), "old.toml", "clear");
    let new = hostile(d.path(), "new.toml", "wipe");
    let show = resdiff()
        .arg("show")
        .arg(&old)
        .args(["--color", "never"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "old.toml: warning: section resolves clause 1 holds the control character U+001B; \
             text output shows it as \\u{1b}",
        ))
        .stderr(predicate::str::contains(
            "section resolves clause 1 a) holds the control character U+0007",
        ))
        .stderr(predicate::str::contains(
            "title holds the control character U+001B",
        ));
    let out = &show.get_output().stdout;
    no_raw_controls(out);
    let out = String::from_utf8_lossy(out);
    assert!(out.contains("t\\u{1b}]0;pwned\\u{7}"), "{out}");
    assert!(out.contains("bell \\u{7} and \\u{9b} and \\u{0}"), "{out}");
    // diff: without colour, and with colour (whose own escapes are the only ones left)
    let diff = resdiff()
        .arg("diff")
        .args([&old, &new])
        .args(["--color", "never", "--all"])
        .assert()
        .code(1);
    no_raw_controls(&diff.get_output().stdout);
    let coloured = resdiff()
        .arg("diff")
        .args([&old, &new])
        .args(["--color", "always", "--all"])
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&coloured.get_output().stdout).into_owned();
    let without_sgr = text
        .split('\u{1b}')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                return part.to_string();
            }
            // Each of ours is an SGR: ESC [ digits;... m
            let end = part.find('m').expect("an SGR sequence");
            assert!(part[1..end].chars().all(|c| c.is_ascii_digit() || c == ';'));
            part[end + 1..].to_string()
        })
        .collect::<String>();
    no_raw_controls(without_sgr.as_bytes());
    assert!(text.contains("\\u{1b}[2J screen"), "{text}");
}

#[test]
fn tracking_reports_print_control_characters_escaped() {
    let d = tmp();
    hostile(d.path(), "base.toml", "clear");
    hostile(d.path(), "proposal.toml", "wipe");
    hostile(d.path(), "adopted.toml", "erase");
    for args in [
        vec!["outcome", "base.toml", "proposal.toml", "adopted.toml"],
        vec!["refs", "base.toml"],
        vec!["merge", "base.toml", "proposal.toml", "adopted.toml"],
    ] {
        let out = resdiff()
            .current_dir(d.path())
            .args(&args)
            .args(["--format", if args[0] == "merge" { "toml" } else { "text" }])
            .output()
            .expect("run");
        assert!(
            out.status.code().is_some_and(|c| c < 2),
            "{args:?}: {out:?}"
        );
        no_raw_controls(&out.stderr);
        let shown = match args[0] {
            "merge" => String::from_utf8_lossy(&out.stderr).into_owned(), // the conflict list
            _ => {
                no_raw_controls(&out.stdout);
                String::from_utf8_lossy(&out.stdout).into_owned()
            }
        };
        if args[0] != "refs" {
            assert!(shown.contains("\\u{1b}[2J screen"), "{args:?}: {shown}");
        }
    }
}

fn docx_part(path: &Path, name: &str) -> Vec<u8> {
    let file = std::fs::File::open(path).expect("docx");
    let mut zip = zip::ZipArchive::new(file).expect("zip");
    let mut part = zip.by_name(name).expect("part");
    let mut bytes = Vec::new();
    part.read_to_end(&mut bytes).expect("read");
    bytes
}

#[test]
fn the_docx_holds_no_character_xml_forbids() {
    let d = tmp();
    let base = hostile(d.path(), "base.toml", "clear");
    let proposal = std::fs::read_to_string(&base)
        .expect("base")
        .replace(
            "id = \"x\"\nstatus = \"adopted\"",
            "id = \"p\"\nstatus = \"proposal\"\nproposer = \"R\\u000bCC\"",
        )
        .replace("clear", "wipe");
    std::fs::write(d.path().join("proposal.toml"), proposal).expect("proposal");
    std::fs::write(
        d.path().join("reasons.toml"),
        "default = \"form\\ffeed \\u0000 and \\u001b[2J\"\n",
    )
    .expect("reasons");
    let out = d.path().join("p.docx");
    resdiff()
        .current_dir(d.path())
        .args([
            "markup",
            "base.toml",
            "proposal.toml",
            "--doc",
            "1",
            "--format",
            "docx",
        ])
        .args(["--reasons", "reasons.toml", "--date", "2026-01-01", "-o"])
        .arg(&out)
        .assert()
        .code(0);
    for part in [
        "word/document.xml",
        "word/footnotes.xml",
        "docProps/core.xml",
    ] {
        let xml = String::from_utf8(docx_part(&out, part)).expect("utf-8");
        let forbidden: Vec<char> = xml
            .chars()
            .filter(|c| {
                (*c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
                    || matches!(c, '\u{fffe}' | '\u{ffff}')
            })
            .collect();
        assert!(forbidden.is_empty(), "{part}: {forbidden:?}");
        if part == "word/document.xml" {
            assert!(
                xml.contains("form\\u{c}feed \\u{0} and \\u{1b}[2J"),
                "reasons shown"
            );
            assert!(xml.contains("\\u{1b}[2J screen"), "clause text shown");
        }
    }
    // and it reads back
    resdiff()
        .arg("import")
        .arg(format!("{}", out.display()))
        .args([
            "--side",
            "proposal",
            "--body",
            "wtdc",
            "--year",
            "2014",
            "--revision",
            "p",
        ])
        .assert()
        .code(0);
}

/// The changeset turning Dubai 2014 into RCC's proposal, edited by `edit` (as anyone may edit
/// a JSON file), applied: refused, naming the problem, and nothing written.
fn apply_refuses(edit: impl FnOnce(&mut Value), message: &str) {
    let d = tmp();
    let diff = resdiff()
        .args(["diff", "wtdc/30@dubai-2014:ar", "wtdc/30@rcc-wtdc17:ar"])
        .args(["--format", "json"])
        .output()
        .expect("diff");
    let mut cs: Value = serde_json::from_slice(&diff.stdout).expect("json");
    edit(&mut cs);
    let json = d.path().join("cs.json");
    std::fs::write(&json, serde_json::to_vec(&cs).expect("json")).expect("write");
    let out = d.path().join("out.toml");
    resdiff()
        .args(["apply", "wtdc/30@dubai-2014:ar"])
        .arg(&json)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "would not load, so nothing is written",
        ))
        .stderr(predicate::str::contains(message));
    assert!(!out.exists(), "written anyway");
}

#[test]
fn apply_refuses_a_revision_id_that_is_a_path() {
    apply_refuses(
        |cs| cs["new"]["revision"] = json!("../../etc/passwd"),
        "id `../../etc/passwd` must be lowercase letters",
    );
}

#[test]
fn apply_refuses_number_zero_an_empty_title_and_year_65535() {
    apply_refuses(
        |cs| cs["new"]["number"] = json!(0),
        "number 0 is not between 1 and 9999",
    );
    apply_refuses(|cs| cs["new"]["title"] = json!(" "), "empty title");
    apply_refuses(
        |cs| cs["new"]["year"] = json!(65535),
        "year 65535 is not between 1865 and 2100",
    );
}

#[test]
fn apply_refuses_a_duplicate_label() {
    apply_refuses(
        |cs| {
            let clauses = cs["sections"][0]["clauses"]
                .as_array_mut()
                .expect("clauses");
            let first = clauses[0]["new_label"].clone();
            clauses[1]["new_label"] = first;
        },
        "duplicate label `أ)`",
    );
}

#[test]
fn apply_refuses_60_levels_of_nesting() {
    apply_refuses(
        |cs| {
            let mut chain = json!([]);
            for level in (0..60).rev() {
                chain = json!([{
                    "change": "ADD", "old_label": null, "new_label": null,
                    "old_index": null, "new_index": 1, "relabeled": false, "moved": false,
                    "similarity": null,
                    "inline": [{"op": "insert", "text": format!("level {level}")}],
                    "children": chain,
                }]);
            }
            let clauses = cs["sections"][0]["clauses"]
                .as_array_mut()
                .expect("clauses");
            clauses[0]["children"] = chain;
        },
        "nested deeper than 32 levels",
    );
}

#[test]
fn apply_refuses_an_orphan_footnote() {
    apply_refuses(
        |cs| {
            let notes = cs["footnotes"]["new"].as_array_mut().expect("footnotes");
            notes.push(json!({"mark": "9", "text": "nothing cites me"}));
        },
        "footnote `9`: no clause refers to it",
    );
}
