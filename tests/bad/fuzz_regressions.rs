//! Every input kept for a fuzz target (`fuzz/regressions/TARGET/`), run through the target's own
//! check (`fuzz/checks.rs`, shared with the targets) on each `cargo test`, so that a fixed crash
//! stays fixed.

#[allow(dead_code)] // clippy sees the file once per includer
#[path = "../../fuzz/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

/// The kept inputs of a target; none would make the test pass on an empty folder, so that is a
/// failure.
fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no input kept", dir.display());
    files
}

/// Runs `check` on every kept input of `target`; a failure names the file.
fn run(target: &str, check: fn(&[u8])) {
    for f in inputs(target) {
        let bytes = std::fs::read(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        if let Err(panic) = std::panic::catch_unwind(|| check(&bytes)) {
            let why = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("a panic");
            panic!("{}: {why}", f.display());
        }
    }
}

#[test]
fn import_text_regressions() {
    run("import_text", checks::import_text_check);
}

#[test]
fn load_toml_regressions() {
    run("load_toml", checks::load_toml_check);
}

#[test]
fn read_docx_regressions() {
    run("read_docx", checks::read_docx_check);
}

#[test]
fn read_pdf_regressions() {
    run("read_pdf", checks::read_pdf_check);
}

#[test]
fn diff_trees_regressions() {
    run("diff_trees", checks::diff_trees_check);
}

#[test]
fn akn_regressions() {
    run("akn", checks::akn_check);
}

#[test]
fn un_instructions_regressions() {
    run("un_instructions", checks::un_instructions_check);
}
