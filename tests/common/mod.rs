//! Helpers shared by the CLI integration tests.
#![allow(dead_code)] // each test binary uses its own subset

use std::path::PathBuf;

use assert_cmd::Command;

/// The repository root: the corpus, fixtures and README commands are relative to it.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built binary, run from the repository root with no colour or corpus set by the caller's
/// environment.
pub fn resdiff() -> Command {
    let mut cmd = Command::cargo_bin("resdiff").expect("binary");
    cmd.current_dir(repo())
        .env_remove("NO_COLOR")
        .env_remove("RESDIFF_CORPUS");
    cmd
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
        let required = std::env::var_os("RESDIFF_REQUIRE_TOOLS").is_some_and(|v| v == "1");
        assert!(
            !required,
            "{what} is required (RESDIFF_REQUIRE_TOOLS=1) but missing"
        );
        eprintln!("SKIPPED: {what} is not installed (Debian: see .ci/run)");
    }
    ok
}

/// A folder for a test's files, kept under `target/` so that artifacts (screenshots) survive.
pub fn artifacts(name: &str) -> PathBuf {
    let dir = repo().join("target").join("test-artifacts").join(name);
    std::fs::create_dir_all(&dir).expect("create artifact folder");
    dir
}
