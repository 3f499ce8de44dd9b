//! Helpers shared by the CLI integration tests.
#![allow(dead_code)] // each test binary uses its own subset

pub mod docx;
pub mod itu_page;
pub mod print;
pub mod res1;
pub mod un_page;

use std::path::PathBuf;

use assert_cmd::Command;

/// The repository root: the corpus, fixtures and README commands are relative to it.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary under test: this build's, or the one `RESDIFF_TEST_BIN` names (an older build, to
/// show that a new test fails there).
pub fn binary() -> PathBuf {
    std::env::var_os("RESDIFF_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| assert_cmd::cargo::cargo_bin("resdiff"))
}

/// The built binary, run from the repository root with no colour or corpus set by the caller's
/// environment.
pub fn resdiff() -> Command {
    let mut cmd = Command::new(binary());
    cmd.current_dir(repo())
        .env_remove("NO_COLOR")
        .env_remove("RESDIFF_CORPUS");
    cmd
}

/// Runs `args` from `dir` (with the repository's corpus) and checks what every refusal must be:
/// exit code 2, nothing on stdout, `message` on stderr, no panic.
pub fn refused(args: &[&str], dir: &std::path::Path, message: &str) {
    use predicates::prelude::*;
    resdiff()
        .current_dir(dir)
        .env("RESDIFF_CORPUS", repo().join("resolutions"))
        .args(args)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(message))
        .stderr(predicate::str::contains("panicked").not());
}

/// Whether an outside program a test needs is here. When it is not, the test prints why it
/// skips; with `RESDIFF_REQUIRE_TOOLS=1` (set by `.ci/run`, which installs the programs) a
/// missing program fails the test instead, so CI never passes by skipping.
pub fn tool_available(what: &str, probe: &mut std::process::Command) -> bool {
    let ok = probe
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        tool_missing(what);
    }
    ok
}

/// What a test does when an outside program is missing: skip, saying why, or fail with
/// `RESDIFF_REQUIRE_TOOLS=1` (see [`tool_available`]).
pub fn tool_missing(what: &str) {
    let required = std::env::var_os("RESDIFF_REQUIRE_TOOLS").is_some_and(|v| v == "1");
    assert!(
        !required,
        "{what} is required (RESDIFF_REQUIRE_TOOLS=1) but missing"
    );
    // Straight to the stderr stream: the test harness captures eprintln! of passing tests,
    // and a skip must show in a plain `cargo test`.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {what} is not installed (Debian: see .ci/run)"
    );
}

/// Whether LibreOffice and its Python bridge (which the UNO scripts under tests/tools/ drive) are
/// installed; each missing one is named, as [`tool_available`] does.
pub fn libreoffice_available() -> bool {
    let soffice = tool_available(
        "LibreOffice (soffice)",
        std::process::Command::new("soffice").arg("--version"),
    );
    let uno = tool_available(
        "python3-uno",
        std::process::Command::new("/usr/bin/python3").args(["-c", "import uno"]),
    );
    soffice && uno
}

/// Validates Akoma Ntoso files against the OASIS schema with xmllint, in one run (the schema is
/// parsed once); skips, saying why, when xmllint is missing (fails with RESDIFF_REQUIRE_TOOLS=1).
pub fn validate_akn(files: &[PathBuf]) {
    if !tool_available(
        "xmllint (libxml2-utils)",
        std::process::Command::new("xmllint").arg("--version"),
    ) {
        return;
    }
    let schema = repo().join("fixtures/akn/schema/akomantoso30.xsd");
    let out = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .args(files)
        .output()
        .expect("xmllint runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "xmllint:\n{stderr}");
    assert_eq!(
        stderr.matches(" validates").count(),
        files.len(),
        "{stderr}"
    );
}

/// A folder for a test's files, kept under `target/` so that artifacts (screenshots) survive.
pub fn artifacts(name: &str) -> PathBuf {
    let dir = repo().join("target").join("test-artifacts").join(name);
    std::fs::create_dir_all(&dir).expect("create artifact folder");
    dir
}

/// A Res. 30 text of the corpus by revision id (`dubai-2014`, `rcc-wtdc17`, `atu-fixture`).
pub fn res30(revision: &str) -> resdiff::model::Document {
    let path = repo().join(format!("resolutions/wtdc/030/{revision}.ar.toml"));
    resdiff::input::corpus::load_file(&path).unwrap_or_else(|e| panic!("{revision}: {e}"))
}

/// RCC's proposal against Dubai 2014 laid out as markup, ids RCC/23A1/n.
pub fn res30_proposal(opts: &resdiff::markup::MarkupOptions) -> resdiff::markup::Proposal {
    proposal(&res30("dubai-2014"), &res30("rcc-wtdc17"), opts)
}

/// The markup turning `base` into `new`, as RCC's WTDC-17 Doc. 23 Annex 1.
pub fn proposal(
    base: &resdiff::model::Document,
    new: &resdiff::model::Document,
    opts: &resdiff::markup::MarkupOptions,
) -> resdiff::markup::Proposal {
    let meta = resdiff::markup::ProposalMeta {
        proposer: "RCC".parse().expect("a proposer"),
        doc: Some(23),
        annex: Some(1),
        date: "2017-09-01".parse().expect("a date"),
    };
    proposal_by(base, new, meta, opts)
}

/// The markup turning `base` into `new`, by the proposer and document `meta` names.
pub fn proposal_by(
    base: &resdiff::model::Document,
    new: &resdiff::model::Document,
    meta: resdiff::markup::ProposalMeta,
    opts: &resdiff::markup::MarkupOptions,
) -> resdiff::markup::Proposal {
    let diff = resdiff::diff::diff_documents(base, new, &Default::default()).expect("diff");
    resdiff::markup::build(&diff, meta, opts).expect("markup")
}

/// One side (`old` or `new`) of a targeted case of `fixtures/diff/`, imported.
pub fn diff_fixture(case: &str, side: &str) -> resdiff::model::Document {
    let path = repo()
        .join("fixtures/diff")
        .join(case)
        .join(format!("{side}.txt"));
    resdiff::input::import_file(&path, &Default::default())
        .expect("fixture imports")
        .document
}

/// A text of a shipped UN series: `un("unga/ict4sd", "80-118", "ar")`.
pub fn un(series: &str, revision: &str, lang: &str) -> resdiff::model::Document {
    let path = repo().join(format!("resolutions/{series}/{revision}.{lang}.toml"));
    resdiff::input::corpus::load_file(&path).unwrap_or_else(|e| panic!("{revision}: {e}"))
}
