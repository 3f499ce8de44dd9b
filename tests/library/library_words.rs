//! Library errors and warnings name the field or value at fault, never a command-line flag:
//! the command line adds its flags (`src/cli/error.rs`), the web app its form fields
//! (`src/cli/web/error.rs`). So no string the library writes holds `--flag` text.

use crate::common;

use std::path::Path;

/// Every `.rs` file under `dir`, but the binary's.
fn library_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src reads").flatten() {
        let path = entry.path();
        if path.ends_with("src/cli") || path.ends_with("src/main.rs") {
            continue;
        }
        if path.is_dir() {
            library_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a line of code (comments left out): what it may say to a reader.
fn literals(line: &str) -> Vec<&str> {
    let code = line.trim_start();
    if code.starts_with("//") {
        return Vec::new();
    }
    code.split('"').skip(1).step_by(2).collect()
}

#[test]
fn no_library_string_names_a_flag() {
    let mut files = Vec::new();
    library_files(&common::repo().join("src"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        // Unit tests may say which flag a case stands for.
        if file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("reads");
        for (n, line) in text.lines().enumerate() {
            for lit in literals(line) {
                let flag = lit
                    .match_indices("--")
                    .any(|(i, _)| lit[i + 2..].starts_with(|c: char| c.is_ascii_lowercase()));
                if flag {
                    found.push(format!("{}:{}: {lit}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "flag text in library strings:\n{}",
        found.join("\n")
    );
}
