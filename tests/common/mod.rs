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
