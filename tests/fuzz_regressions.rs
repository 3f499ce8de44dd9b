//! Every input a fuzz target once failed on (`fuzz/regressions/TARGET/`), run through the same
//! checks as the target on each `cargo test`, so that a fixed crash stays fixed.

use std::path::{Path, PathBuf};

use resdiff::input::corpus::{Check, parse_document, parse_document_with, to_toml};
use resdiff::input::{ImportOptions, import_docx, import_text};
use resdiff::model::{Body, Language};

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
}

fn opts(rev: &str) -> ImportOptions {
    ImportOptions {
        language: Some(Language::Ar),
        body: Some(Body::Wtdc),
        number: Some(30),
        title: Some("fuzz".into()),
        revision: Some(rev.into()),
        year: Some(2014),
        ..ImportOptions::default()
    }
}

#[test]
fn import_text_regressions() {
    let files = inputs("import_text");
    assert!(!files.is_empty(), "the crash inputs found so far are kept");
    for f in files {
        let bytes = std::fs::read(&f).expect("read");
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let Ok(imported) = import_text(text, &opts("fuzz")) {
            let toml = to_toml(&imported.document);
            let back =
                parse_document_with(&toml, Path::new("fuzz.toml"), Check::AllowDuplicateLabels)
                    .unwrap_or_else(|e| panic!("{}: does not load back: {e}", f.display()));
            assert_eq!(back, imported.document, "{}", f.display());
        }
    }
}

#[test]
fn load_toml_regressions() {
    for f in inputs("load_toml") {
        let text = String::from_utf8_lossy(&std::fs::read(&f).expect("read")).into_owned();
        let _ = parse_document(&text, &f);
    }
}

#[test]
fn read_docx_regressions() {
    for f in inputs("read_docx") {
        let _ = import_docx(
            &std::fs::read(&f).expect("read"),
            &ImportOptions::default(),
            &opts("fuzz"),
        );
    }
}

#[test]
fn diff_trees_regressions() {
    use resdiff::diff::{DiffOptions, DocDiff, diff_documents};
    use resdiff::render::diff_json;
    use resdiff::track::apply::apply;
    let files = inputs("diff_trees");
    assert!(!files.is_empty(), "the crash inputs found so far are kept");
    for f in files {
        let bytes = std::fs::read(&f).expect("read");
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let Some((a, b)) = text.split_once('\0') else {
            continue;
        };
        let (Ok(a), Ok(b)) = (import_text(a, &opts("a")), import_text(b, &opts("b"))) else {
            continue;
        };
        let (a, b) = (a.document, b.document);
        let diff = diff_documents(&a, &b, &DiffOptions::default()).expect("same resolution");
        let json: DocDiff = serde_json::from_str(&diff_json::render(&diff)).expect("JSON");
        match apply(&a, &json) {
            Ok(got) => assert_eq!(got, b, "{}", f.display()),
            Err(e) => panic!("{}: {e}", f.display()),
        }
    }
}
