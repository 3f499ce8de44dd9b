//! The DOCX proposal reads back exactly: `diff FILE.docx#base BASE` and
//! `diff FILE.docx#proposal PROPOSAL` find no change, for Res. 30 (Arabic, two levels) and for
//! WTSA Res. 1 against the EUR fixture (English, nested five levels deep, with a clause added,
//! one deleted, one moved across sections, citation tags and words changed at depth 3), in both
//! proposal forms; and clauses holding line breaks and carriage returns.

use crate::common;
use common::{artifacts, resdiff};

const RES1_EUR: &str = "fixtures/proposals/wtsa-001-eur-wtsa20.en.toml";

fn reads_back(name: &str, base: &str, proposal: &str, extra: &[&str]) {
    let docx = artifacts("markup-readback").join(format!("{name}.docx"));
    resdiff()
        .args([
            "markup", base, proposal, "--annex", "1", "--format", "docx", "--force",
        ])
        .args(extra)
        .arg("-o")
        .arg(&docx)
        .assert()
        .code(0);
    for (side, text) in [("base", base), ("proposal", proposal)] {
        let out = resdiff()
            .args(["diff", &format!("{}#{side}", docx.display()), text])
            .output()
            .expect("run resdiff diff");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name} #{side} differs from {text}:\n{stdout}"
        );
        assert!(stdout.ends_with("no changes\n"), "{stdout}");
    }
}

#[test]
fn res30_reads_back_in_both_forms() {
    let (dubai, rcc) = ("wtdc/30@dubai-2014:ar", "wtdc/30@rcc-wtdc17:ar");
    reads_back("res30", dubai, rcc, &[]);
    reads_back("res30-per-provision", dubai, rcc, &["--per-provision"]);
}

#[test]
fn res1_nested_five_deep_reads_back_in_both_forms() {
    let base = "wtsa/1@hammamet-2016:en";
    reads_back("res1", base, RES1_EUR, &[]);
    reads_back("res1-per-provision", base, RES1_EUR, &["--per-provision"]);
}

/// WTSA Res. 1's clause on working arrangements, which the tests below change.
const CLAUSE: &str =
    "text = 'that general working arrangements of ITU‑T are stated in the Convention;'";

fn res1() -> String {
    let base =
        std::fs::read_to_string(common::repo().join("resolutions/wtsa/001/hammamet-2016.en.toml"))
            .expect("Res. 1");
    assert!(base.contains(CLAUSE));
    base
}

/// `base` as EUR's proposal `id`, its clause on working arrangements reading `text` (a TOML
/// string).
fn proposing(base: &str, id: &str, text: &str) -> String {
    base.replace(CLAUSE, &format!("text = {text}"))
        .replace("id = 'hammamet-2016'", &format!("id = '{id}'"))
        .replace(
            "status = 'adopted'",
            "status = 'proposal'\nproposer = 'EUR'",
        )
}

/// `text` written as `name.en.toml` among the test's files: its path.
fn written(name: &str, text: &str) -> String {
    let path = artifacts("markup-readback").join(format!("{name}.en.toml"));
    std::fs::write(&path, text).expect("write");
    path.to_string_lossy().into_owned()
}

/// A clause holding line breaks (inside, doubled, at its start and end) reads back from both
/// sides of the DOCX (issue 27, finding 30): each is a `<w:cr/>`, which a raw line break in
/// `w:t` is not to Word, and the reader reads it back as the line break.
#[test]
fn line_breaks_in_a_clause_read_back() {
    let text =
        r#""\nthat general working arrangements of ITU‑T are stated\nin the\n\nConvention;\n""#;
    let path = written("breaks", &proposing(&res1(), "breaks", text));
    reads_back("breaks", "wtsa/1@hammamet-2016:en", &path, &["--doc", "5"]);
}

/// A clause holding carriage returns (alone, before a line break, and ending it) reads back
/// from both sides of the DOCX as the characters themselves: they were written shown, as the
/// six characters `\u{d}`, though XML holds a carriage return as `&#13;`.
#[test]
fn carriage_returns_in_a_clause_read_back() {
    let text =
        r#""that general working arrangements\rof ITU‑T are stated in the\r\nConvention;\r""#;
    let path = written("returns", &proposing(&res1(), "returns", text));
    reads_back("returns", "wtsa/1@hammamet-2016:en", &path, &["--doc", "5"]);
}

/// A footnote mark of a number and a suffix that is not one of ITU's (`1a`) reads back as
/// itself: it was written as the automatic number and a typed `a`, which the reader, knowing
/// only ITU's suffixes (`bis`, `ter`, ...), read back as a second note `1` and an `a` in the
/// text.
#[test]
fn a_mark_with_another_suffix_reads_back() {
    let base = res1();
    assert!(base.contains("[^1bis]") && base.contains("mark = '1bis'"));
    let base = base
        .replace("[^1bis]", "[^1a]")
        .replace("mark = '1bis'", "mark = '1a'");
    let text = "'that the general working arrangements of ITU‑T are stated in the Convention;'";
    let proposal = written("suffix", &proposing(&base, "suffix", text));
    let base = written("suffix-base", &base);
    reads_back("suffix", &base, &proposal, &["--doc", "5"]);
}
