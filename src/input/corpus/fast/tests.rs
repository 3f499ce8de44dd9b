//! The fast reader against `toml`: wherever it reads a file, it reads what `toml` reads, spans
//! included (`Debug` shows them); and it reads every file of the corpus, or it would save nothing.

use std::path::{Path, PathBuf};

use super::super::read::RawDoc;
use super::parse;

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

/// What `toml` reads, shown with its spans; `None` where it refuses the text.
fn by_toml(source: &str) -> Option<String> {
    toml::from_str::<RawDoc>(source)
        .ok()
        .map(|raw| format!("{raw:?}"))
}

/// The fast reader reads nothing `toml` refuses, and reads the rest as `toml` does.
fn agrees(source: &str) -> bool {
    parse(source).is_none_or(|raw| Some(format!("{raw:?}")) == by_toml(source))
}

#[test]
fn reads_every_corpus_file_as_toml_does() {
    let mut files = Vec::new();
    toml_files(Path::new("resolutions"), &mut files);
    assert!(files.len() > 100, "{} corpus files", files.len());
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let fast = parse(&source).map(|raw| format!("{raw:?}"));
        assert!(fast.is_some(), "{}: left to toml", path.display());
        assert_eq!(fast, by_toml(&source), "{}", path.display());
    }
}

#[test]
fn agrees_with_toml_on_every_toml_file_of_the_repository() {
    let mut files = Vec::new();
    for dir in ["fixtures", "fuzz/regressions", "tests"] {
        toml_files(Path::new(dir), &mut files);
    }
    assert!(files.len() > 10, "{} files", files.len());
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(agrees(&source), "{}", path.display());
    }
}

/// A corpus file's opening (metadata, a section, clauses nested two deep, a footnote, strings of
/// both kinds), broken at every byte in every way below: each result is read as `toml` reads it
/// or left to `toml`.
#[test]
fn agrees_with_toml_on_every_one_character_edit() {
    let base = "# comment\nlanguage = 'ar'\nformula = \"F \\u00e9\\t\\\"x\\\\\"\n\n[resolution]\n\
                body = 'wtdc'\nnumber = 30\ntitle = 'T'  # note\n\n[revision]\nid = 'dubai-2014'\n\
                status = 'adopted'\nyear = 2014\ndate = '2014-04-10'\nsymbol = \"\"\"it's \"x\" \"\"\"\n\n[[section]]\nkind = 'resolves'\n\
                heading = 'h'\n\n[[section.clause]]\nlabel = '1'\ntext = 'a [^1]'\n\n\
                [[section.clause.clause]]\nlabel = 'a)'\ntext = \"b\"\n\n[[footnote]]\nmark = '1'\n\
                text = 'n'\n";
    assert!(parse(base).is_some());
    assert!(agrees(base));
    let edits = [
        "", "'", "\"", "\\", "[", "]", "=", "#", "\n", "\r", " ", "\t", ".", "0", "-", "+", "_",
        "a", "\u{1}", "\u{7f}", "é", "'''", "\"\"\"", "\\u", "[[", "]]", ",", "{", "x = 1\n",
    ];
    let mut read = 0;
    for at in (0..=base.len()).filter(|i| base.is_char_boundary(*i)) {
        for edit in edits {
            for cut in [0, 1] {
                let end = (at + cut).min(base.len());
                if !base.is_char_boundary(end) {
                    continue;
                }
                let source = format!("{}{edit}{}", &base[..at], &base[end..]);
                assert!(agrees(&source), "{source:?}");
                read += usize::from(parse(&source).is_some());
            }
        }
    }
    assert!(read > 1000, "{read} edits read by the fast reader");
}
