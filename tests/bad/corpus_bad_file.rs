//! A label given twice in Akoma Ntoso (two `<num>1.</num>`) is warned on import, naming the
//! line, since the TOML it gives is one the corpus loader refuses; and one such file in the
//! corpus is skipped with a warning by `site` and `serve`, which read every other text (issue
//! 27, finding 18).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use predicates::prelude::*;

use crate::common;
use common::{binary, repo, resdiff};

const XML: &str = "fixtures/akn/unga-ict4sd/A_RES_78_132-2325902E.xml";

/// GA 78/132 with operative paragraph 2 numbered `1.` as well (line 358 of the file).
fn numbered_twice(dir: &Path) -> std::path::PathBuf {
    let xml = std::fs::read_to_string(repo().join(XML)).expect("78/132");
    let line = xml.lines().nth(357).expect("line 358");
    assert_eq!(line.trim(), "<num>2.</num>");
    let path = dir.join("78-132-twice.xml");
    std::fs::write(&path, xml.replacen("<num>2.</num>", "<num>1.</num>", 1)).expect("write");
    path
}

/// The English texts of the ict4sd series, and the one imported with its label twice, as a
/// corpus in `dir`.
fn corpus_with_bad_file(dir: &Path) -> std::path::PathBuf {
    let series = dir.join("corpus/unga/ict4sd");
    std::fs::create_dir_all(&series).expect("mkdir");
    for e in std::fs::read_dir(repo().join("resolutions/unga/ict4sd")).expect("series") {
        let path = e.expect("entry").path();
        if path.to_string_lossy().ends_with(".en.toml") {
            std::fs::copy(&path, series.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    let bad = series.join("twice.en.toml");
    resdiff()
        .arg("import")
        .arg(numbered_twice(dir))
        .args(["--series", "ict4sd", "-o"])
        .arg(&bad)
        .assert()
        .code(0);
    let toml = std::fs::read_to_string(&bad).expect("imported");
    std::fs::write(&bad, toml.replace("id = '78-132'", "id = 'twice'")).expect("write");
    dir.join("corpus")
}

#[test]
fn akn_import_warns_of_a_label_given_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xml = numbered_twice(dir.path());
    resdiff()
        .arg("import")
        .arg(&xml)
        .args(["--series", "ict4sd"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(format!(
            "{}:358: warning: label `1.` is given to two paragraphs of one list; the corpus loader refuses duplicate labels",
            xml.display()
        )));
}

#[test]
fn site_skips_a_bad_corpus_file_and_writes_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = corpus_with_bad_file(dir.path());
    let out = dir.path().join("site");
    resdiff()
        .arg("--corpus")
        .arg(&corpus)
        .arg("site")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "duplicate label `1.` in section `operative`",
        ))
        .stderr(predicate::str::contains(
            "twice.en.toml: skipped, the other texts are read",
        ));
    assert!(out.join("index.html").is_file());
    let index = std::fs::read_to_string(out.join("index.html")).expect("index");
    assert!(index.contains("80-118"), "the other texts are in the site");
}

/// Stops the server when the test ends, passed or not.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_skips_a_bad_corpus_file_and_starts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = corpus_with_bad_file(dir.path());
    let mut child = Command::new(binary())
        .arg("--corpus")
        .arg(&corpus)
        .args(["serve", "--port", "0"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start the server");
    let stderr = child.stderr.take().expect("stderr");
    let _server = Server(child);
    let mut said = Vec::new();
    for line in BufReader::new(stderr).lines() {
        let line = line.expect("stderr line");
        let serving = line.contains("serving the corpus on http://");
        said.push(line);
        if serving {
            break;
        }
    }
    assert!(
        said.iter().any(|l| l.contains("twice.en.toml: skipped")),
        "{said:?}"
    );
    assert!(
        said.last()
            .is_some_and(|l| l.contains("serving the corpus")),
        "the server starts: {said:?}"
    );
}
