//! The bad-input catalogue, part four: inputs that leave a choice. Where two readings are
//! possible, `resdiff` says so (a warning, or an error naming both), never picks one silently.

use std::io::Write;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::common;
use common::{repo, resdiff};

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

fn file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(&path, bytes).expect("write");
    path
}

const XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;
const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A document.xml of paragraphs `(style, text)`.
fn document_xml(paras: &[(&str, &str)]) -> String {
    let body: String = paras
        .iter()
        .map(|(style, text)| {
            let text = text.replace('\t', "</w:t><w:tab/><w:t>");
            format!(
                "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
            )
        })
        .collect();
    format!("{XML}<w:document {W}><w:body>{body}</w:body></w:document>")
}

fn zip(path: &Path, parts: &[(&str, &[u8])]) {
    let file = std::fs::File::create(path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in parts {
        zip.start_file(*name, opts).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish");
}

const META: [&str; 12] = [
    "--lang",
    "en",
    "--body",
    "wtsa",
    "--number",
    "1",
    "--title",
    "t",
    "--year",
    "2016",
    "--revision",
    "x",
];

#[test]
fn a_docx_with_two_document_parts_is_refused() {
    let d = tmp();
    let real = document_xml(&[("Call", "resolves"), ("Normal", "1\tthe real text.")]);
    let decoy = document_xml(&[("Call", "resolves"), ("Normal", "1\tthe decoy text.")]);
    let path = d.path().join("two.docx");
    // The zip writer refuses a name twice: write two names, then make the second the first.
    zip(
        &path,
        &[
            ("word/document.xml", real.as_bytes()),
            ("word/documenX.xml", decoy.as_bytes()),
        ],
    );
    let bytes = std::fs::read(&path).expect("zip");
    let from = b"word/documenX.xml";
    let mut patched = bytes.clone();
    for i in 0..bytes.len().saturating_sub(from.len()) {
        if &bytes[i..i + from.len()] == from {
            patched[i..i + from.len()].copy_from_slice(b"word/document.xml");
        }
    }
    std::fs::write(&path, patched).expect("patch");
    resdiff()
        .arg("import")
        .arg(&path)
        .args(META)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "two.docx: word/document.xml is stored twice in the package",
        ));
}

/// A corpus holding the Dubai text at both `wtdc/030/` and `wtdc/30/`.
fn corpus_twice(dir: &Path) -> PathBuf {
    let text =
        std::fs::read(repo().join("resolutions/wtdc/030/dubai-2014.ar.toml")).expect("dubai");
    let root = dir.join("corpus");
    file(&root, "wtdc/030/dubai-2014.ar.toml", &text);
    file(&root, "wtdc/30/dubai-2014.ar.toml", &text);
    root
}

#[test]
fn a_corpus_holding_one_text_in_two_folders_names_both() {
    let d = tmp();
    let root = corpus_twice(d.path());
    for args in [
        vec!["list"],
        vec!["log", "wtdc/30"],
        vec!["show", "wtdc/30@dubai-2014:ar"],
    ] {
        resdiff()
            .arg("--corpus")
            .arg(&root)
            .args(&args)
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(
                "wtdc/30@dubai-2014:ar is in the corpus twice",
            ))
            .stderr(predicate::str::contains("wtdc/030/dubai-2014.ar.toml"))
            .stderr(predicate::str::contains("wtdc/30/dubai-2014.ar.toml"));
    }
}

#[test]
fn a_local_file_named_like_an_address_is_not_read_in_its_place() {
    let d = tmp();
    let plain = std::fs::read(repo().join("fixtures/wtdc-030-dubai-2014.ar.txt")).expect("plain");
    file(d.path(), "wtdc/30@dubai-2014:ar", &plain);
    let run = |arg: &str| {
        let mut cmd = resdiff();
        cmd.current_dir(d.path())
            .env("RESDIFF_CORPUS", repo().join("resolutions"))
            .args(["show", arg]);
        cmd
    };
    run("wtdc/30@dubai-2014:ar")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "`wtdc/30@dubai-2014:ar` names both the file wtdc/30@dubai-2014:ar and a corpus address; \
             write ./wtdc/30@dubai-2014:ar for the file",
        ));
    run("./wtdc/30@dubai-2014:ar").assert().code(0);
}

const HEAD: &str = "language = \"en\"\n[resolution]\nbody = \"wtdc\"\nnumber = 30\ntitle = \"t\"\n\
                    [revision]\nid = \"x\"\nstatus = \"adopted\"\nyear = 2014\n";

fn refused_show(name: &str, text: &str, message: &str) {
    let d = tmp();
    file(d.path(), name, text.as_bytes());
    resdiff()
        .current_dir(d.path())
        .args(["show", name])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(message));
}

#[test]
fn a_footnote_reference_with_no_footnote_is_refused() {
    refused_show(
        "dangling.toml",
        &format!(
            "{HEAD}[[section]]\nkind = \"resolves\"\nheading = \"resolves\"\n\
             [[section.clause]]\nlabel = \"1\"\ntext = \"see the note[^9]\"\n"
        ),
        "dangling.toml:15: footnote `9`: [^9] refers to it, but no [[footnote]] gives its text",
    );
    // Word's export: a reference whose footnote text is missing.
    let d = tmp();
    file(
        d.path(),
        "word.txt",
        "resolves\n1\tthe developing countries[footnoteRef:7]7 first;\n".as_bytes(),
    );
    resdiff()
        .current_dir(d.path())
        .args(["import", "word.txt"])
        .args([
            "--lang", "en", "--body", "wtdc", "--number", "1", "--title", "t",
        ])
        .args(["--year", "2014", "--revision", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "footnote `7`: [^7] refers to it, but no [[footnote]] gives its text",
        ));
}

#[test]
fn a_toml_with_no_sections_is_refused() {
    refused_show(
        "empty.toml",
        HEAD,
        "empty.toml:1: no [[section]]: a resolution has at least one",
    );
}

#[test]
fn the_largest_label_number_is_followed_with_a_warning_not_an_overflow() {
    let d = tmp();
    file(
        d.path(),
        "big.txt",
        b"resolves\n4294967295\tthe first clause;\n1\tthe second clause.\n",
    );
    resdiff()
        .current_dir(d.path())
        .args(["import", "big.txt"])
        .args(META)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "big.txt:3: warning: label `1` follows `4294967295` (the largest number a label may have",
        ))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn an_enumlev_of_18446744073709551615_levels_is_kept_at_the_limit_with_a_warning() {
    let d = tmp();
    let xml = document_xml(&[
        ("Call", "resolves"),
        ("Normal", "1\tthe clause:"),
        ("Normal", "1.1\tthe sub-clause, one level down:"),
        ("enumlev18446744073709551615", "–\tthe item."),
    ]);
    let path = d.path().join("deep.docx");
    zip(&path, &[("word/document.xml", xml.as_bytes())]);
    resdiff()
        .arg("import")
        .arg(&path)
        .args(META)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("nested deeper than 32 levels"))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn a_text_with_lone_cr_line_ends_says_so() {
    let d = tmp();
    file(
        d.path(),
        "mac.txt",
        b"resolves\r1\tthe first clause;\r2\tthe second clause.\r",
    );
    resdiff()
        .current_dir(d.path())
        .args(["import", "mac.txt"])
        .args(META)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "mac.txt: lines end with a lone carriage return (CR",
        ))
        .stderr(predicate::str::contains("no section heading found").not());
}

#[test]
fn an_upper_case_toml_extension_is_read_as_toml() {
    let d = tmp();
    let text =
        std::fs::read(repo().join("resolutions/wtdc/030/dubai-2014.ar.toml")).expect("dubai");
    file(d.path(), "DUBAI.TOML", &text);
    resdiff()
        .current_dir(d.path())
        .args(["show", "DUBAI.TOML"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("wtdc/30@dubai-2014:ar"))
        .stderr(predicate::str::is_empty());
}
