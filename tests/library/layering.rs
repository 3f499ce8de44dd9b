//! The module list is the data flow: a module of the library uses the stages before it, never
//! those after (model → input → align → diff → markup → track → render). Unit tests inside a
//! module obey the same rule, so the grep a reader would run gives the same answer.

use std::path::{Path, PathBuf};

const STAGES: [&str; 7] = [
    "model", "input", "align", "diff", "markup", "track", "render",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `crate::x` paths named in a file (in `use` lines and inline paths alike).
fn crate_paths(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        if i > 0 && text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &text[i + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        found.push(name);
    }
    found
}

#[test]
fn no_module_uses_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    let mut violations = Vec::new();
    for stage in STAGES {
        let rank = STAGES.iter().position(|s| *s == stage).expect("a stage");
        let mut files = Vec::new();
        rust_files(&src.join(stage), &mut files);
        assert!(!files.is_empty(), "src/{stage}/ holds no Rust file");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("UTF-8 source");
            for used in crate_paths(&text) {
                if let Some(used_rank) = STAGES.iter().position(|s| *s == used)
                    && used_rank > rank
                {
                    violations.push(format!("{} uses crate::{used}", file.display()));
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} files checked");
    assert!(
        violations.is_empty(),
        "later stages used:\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_library_has_no_module_outside_the_stages() {
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("lib.rs");
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';'))
        .collect();
    let mut sorted_stages = STAGES.to_vec();
    sorted_stages.sort_unstable();
    assert_eq!(modules, sorted_stages);
}
