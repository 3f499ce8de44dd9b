//! Errors as the user meets them: dates that do not exist are refused wherever a date is read,
//! library errors reach the user with the flag that fixes them, and an output that cannot be
//! written leaves no file behind. Each refusal is exit 2, one message naming the value or file.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::common;
use common::{refused, repo, resdiff};

const DUBAI: &str = "wtdc/30@dubai-2014:ar";
const RCC: &str = "wtdc/30@rcc-wtdc17:ar";

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

/// The shipped Dubai 2014 text with its date replaced, in a corpus of its own; the file and
/// the line the date is on.
fn dubai_dated(root: &Path, date: &str) -> (PathBuf, usize) {
    let shipped = std::fs::read_to_string(repo().join("resolutions/wtdc/030/dubai-2014.ar.toml"))
        .expect("shipped");
    assert!(shipped.contains("date = '2014-04-10'"), "the fixture moved");
    let text = shipped.replace("date = '2014-04-10'", &format!("date = '{date}'"));
    let line = text
        .lines()
        .position(|l| l.starts_with("date = "))
        .expect("a date line")
        + 1;
    let dir = root.join("wtdc/030");
    std::fs::create_dir_all(&dir).expect("corpus folder");
    let path = dir.join("dubai-2014.ar.toml");
    std::fs::write(&path, text).expect("write");
    (path, line)
}

#[test]
fn a_corpus_date_that_does_not_exist_is_refused_with_file_and_line() {
    let d = tmp();
    let (path, line) = dubai_dated(d.path(), "2014-02-31");
    let want = format!(
        "{}:{line}: bad revision metadata: `2014-02-31` is not a date: month 2 of 2014 has 28 days",
        path.display()
    );
    refused(&["show", &path.to_string_lossy()], d.path(), &want);
    // Through the corpus address too, and in `list`, which goes on to the other texts.
    let corpus = d.path().to_string_lossy().into_owned();
    refused(&["--corpus", &corpus, "show", DUBAI], d.path(), &want);
    resdiff()
        .args(["--corpus", &corpus, "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(want));
}

#[test]
fn a_corpus_date_must_exist_and_lie_within_its_year() {
    let d = tmp();
    // 29 February exists in 2016 only; this text is of 2014, so the year check speaks.
    let (path, line) = dubai_dated(d.path(), "2016-02-29");
    let want = format!(
        "{}:{line}: bad revision metadata: date `2016-02-29` is not in year 2014",
        path.display()
    );
    refused(&["show", &path.to_string_lossy()], d.path(), &want);
    let (path, _) = dubai_dated(d.path(), "2014-12-31");
    resdiff()
        .args(["show", &path.to_string_lossy(), "--format", "json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"date\": \"2014-12-31\""));
}

#[test]
fn markup_date_is_a_real_date() {
    let d = tmp();
    for (date, message) in [
        (
            "2017-13-45",
            "`2017-13-45` is not a date: there is no month 13",
        ),
        (
            "2015-02-29",
            "`2015-02-29` is not a date: month 2 of 2015 has 28 days",
        ),
        ("1/9/2017", "`1/9/2017` is not a date (YYYY-MM-DD)"),
    ] {
        refused(
            &["markup", DUBAI, RCC, "--format", "md", "--date", date],
            d.path(),
            message,
        );
    }
    resdiff()
        .args([
            "markup",
            DUBAI,
            RCC,
            "--format",
            "md",
            "--date",
            "2016-02-29",
        ])
        .assert()
        .code(0);
}

#[test]
fn import_dates_are_real_dates_from_the_flag_and_the_front_matter() {
    let d = tmp();
    let src = repo().join("fixtures/wtdc-030-dubai-2014.ar.txt");
    let src = src.to_string_lossy();
    refused(
        &["import", &src, "--date", "2014-04-31"],
        d.path(),
        "`2014-04-31` is not a date: month 4 of 2014 has 30 days",
    );
    let text = std::fs::read_to_string(repo().join("fixtures/wtdc-030-dubai-2014.ar.txt"))
        .expect("fixture");
    assert!(text.contains("date = \"2014-04-10\""), "the fixture moved");
    let bad = text.replacen("date = \"2014-04-10\"", "date = \"2014-02-30\"", 1);
    let line = 1 + bad
        .lines()
        .position(|l| l.starts_with("date = "))
        .expect("a date line");
    std::fs::write(d.path().join("dated.txt"), bad).expect("write");
    refused(
        &["import", "dated.txt"],
        d.path(),
        &format!("dated.txt: line {line}: front matter: `2014-02-30` is not a date"),
    );
}

#[test]
fn as_of_takes_a_real_date_or_a_conference() {
    let d = tmp();
    refused(
        &["refs", DUBAI, "--stale", "--as-of", "9999-99-99"],
        d.path(),
        "`9999-99-99` is not a date: there is no month 99",
    );
    refused(
        &["refs", DUBAI, "--stale", "--as-of", "2017-02-29"],
        d.path(),
        "`2017-02-29` is not a date: month 2 of 2017 has 28 days",
    );
    // The conference form and a valid date both judge: Res. 71 (Guadalajara, 2010) is stale by
    // WTDC-17 (PP-14 met between).
    for as_of in ["WTDC-17", "2017-10-09"] {
        resdiff()
            .args(["refs", DUBAI, "--stale", "--as-of", as_of])
            .assert()
            .code(1)
            .stdout(predicate::str::contains("as of 2017-10-09:"));
    }
}

#[test]
fn missing_metadata_gets_the_flag_that_gives_it() {
    let d = tmp();
    std::fs::write(d.path().join("t.txt"), "recalling\na)\tthe text;\n").expect("write");
    // Without a heading or a word of one language there is nothing to read the language from
    // (with one, it is read).
    std::fs::write(d.path().join("u.txt"), "a)\tx;\n").expect("write");
    refused(
        &["import", "u.txt"],
        d.path(),
        "u.txt: cannot tell the language: it reads as en or fr or es: pass --lang ar|en|fr|es|ru|zh",
    );
    // Everything missing in one run, so that one more run does it.
    let all = "t.txt: cannot tell the body, the resolution number, the resolution title, the year and the revision id: pass --body pp|wtdc|wtsa|ra|wrc|council, --number N, --title \"...\", --year YYYY and --revision ID (e.g. dubai-2014)\n";
    refused(&["import", "t.txt"], d.path(), all);
    refused(&["import", "t.txt", "--lang", "en"], d.path(), all);
    refused(
        &[
            "import", "t.txt", "--lang", "en", "--body", "wtdc", "--year", "2017",
        ],
        d.path(),
        "t.txt: cannot tell the resolution number, the resolution title and the revision id: pass --number N, --title \"...\" and --revision ID (e.g. dubai-2014)\n",
    );
    // The flags named are enough.
    resdiff()
        .current_dir(d.path())
        .args(["import", "t.txt", "--body", "wtdc", "--number", "9"])
        .args(["--title", "T", "--year", "2017", "--revision", "x-2017"])
        .assert()
        .code(0);
    // A formula gives the body, the year and (with its venue) the revision id.
    std::fs::write(
        d.path().join("f.txt"),
        "The World Telecommunication Development Conference (Buenos Aires, 2017),\n\nrecalling\na)\tthe text;\n",
    )
    .expect("write");
    refused(
        &["import", "f.txt"],
        d.path(),
        "f.txt: cannot tell the resolution number and the resolution title: pass --number N and --title \"...\"\n",
    );
}

#[test]
fn a_missing_corpus_and_a_two_sided_docx_get_their_flags() {
    let d = tmp();
    refused(
        &["--corpus", "no-such-corpus", "show", DUBAI],
        d.path(),
        "corpus folder `no-such-corpus` not found: run from the repository root, or pass --corpus DIR",
    );
    let docx = d.path().join("rcc.docx");
    resdiff()
        .args(["markup", DUBAI, RCC, "--format", "docx", "-o"])
        .arg(&docx)
        .assert()
        .code(0);
    refused(
        &["import", "rcc.docx"],
        d.path(),
        "rcc.docx: the document holds tracked changes (by RCC): say which text to take, the base (changes rejected) or the proposal (changes accepted): pass --side base|proposal, or name FILE.docx#base or FILE.docx#proposal",
    );
}

/// Every normalisation, one at a time and all at once: the runs of such a changeset hold one
/// side's spelling only, so `apply` refuses it with the same message whichever it was
/// (`--ignore-diacritics` once slipped past and failed clause by clause).
#[test]
fn a_normalised_changeset_is_refused_with_the_way_to_make_a_plain_one() {
    let d = tmp();
    for flag in [
        "-n",
        "--ignore-labels",
        "--ignore-whitespace",
        "--ignore-presentation-forms",
        "--ignore-lookalikes",
        "--ignore-diacritics",
    ] {
        let out = resdiff()
            .args(["diff", DUBAI, RCC, flag, "--format", "json"])
            .output()
            .expect("diff");
        assert_eq!(out.status.code(), Some(1), "{flag}");
        std::fs::write(d.path().join("n.json"), out.stdout).expect("write");
        refused(
            &["apply", DUBAI, "n.json"],
            d.path(),
            "n.json: the changeset was made with normalisations; it cannot rebuild the text exactly: make it with a plain `resdiff diff --format json` (no --ignore-* or -n)",
        );
    }
}

/// No file at all, or only `keep`, in `dir`: a failed write leaves nothing behind.
fn only(dir: &Path, keep: &[&str]) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, keep, "left in {}", dir.display());
}

#[test]
fn a_docx_that_cannot_be_written_is_exit_2_and_no_file() {
    let d = tmp();
    let markup = |out: &Path| {
        let mut cmd = resdiff();
        cmd.args(["markup", DUBAI, RCC, "--format", "docx", "--force", "-o"])
            .arg(out);
        cmd
    };
    // Into a folder that does not exist.
    markup(&d.path().join("gone/p.docx"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("gone").and(predicate::str::contains("does not exist")));
    only(d.path(), &[]);
    // Under a path that is a file, not a folder.
    std::fs::write(d.path().join("plain"), b"a file").expect("write");
    markup(&d.path().join("plain/p.docx")).assert().code(2);
    only(d.path(), &["plain"]);
    // Onto a folder: nothing replaces it, and no temporary file stays.
    std::fs::create_dir(d.path().join("p.docx")).expect("folder");
    markup(&d.path().join("p.docx"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("p.docx"));
    only(d.path(), &["p.docx", "plain"]);
    assert!(d.path().join("p.docx").is_dir());
}

#[test]
fn merge_json_holds_the_document_as_show_json_has_it() {
    let d = tmp();
    let atu = "wtdc/30@atu-fixture:ar";
    let json = resdiff()
        .args(["merge", DUBAI, RCC, atu, "--format", "json"])
        .output()
        .expect("merge");
    assert_eq!(json.status.code(), Some(1), "one conflict");
    let merged: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    resdiff()
        .args(["merge", DUBAI, RCC, atu, "-o"])
        .arg(d.path().join("m.toml"))
        .assert()
        .code(1);
    let shown = resdiff()
        .args(["show", "m.toml", "--format", "json"])
        .current_dir(d.path())
        .env("RESDIFF_CORPUS", repo().join("resolutions"))
        .output()
        .expect("show");
    assert_eq!(shown.status.code(), Some(0));
    let shown: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("JSON");
    assert_eq!(merged["document"], shown);
    assert_eq!(merged["conflicts"][0]["place"], "recalling, ه)");
}

#[test]
fn a_docx_without_tracked_changes_is_no_changeset() {
    refused(
        &[
            "apply",
            "wtsa/1@hammamet-2016:en",
            "fixtures/docx/T-RES-T.1-2016-MSW-E.docx",
        ],
        &repo(),
        "fixtures/docx/T-RES-T.1-2016-MSW-E.docx: no tracked changes, so no changeset; compare texts with `resdiff diff`",
    );
}
