//! The bad-input catalogue: what people feed `resdiff` by mistake or malice, one test each.
//! Every case must end with exit code 2 and one clear line naming the file and the problem:
//! never a panic, a hang, a silent skip, or a file lost. Cases that a small file in the
//! repository can hold are console sessions in `tests/cmd/bad_inputs.md`; these need files made
//! at run time (sparse, huge, zipped) or check more than the output.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use predicates::prelude::*;

use crate::common;
use common::{refused, repo, resdiff};

fn file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

const HEAD: &str = "language = \"en\"\n[resolution]\nbody = \"wtdc\"\nnumber = 30\ntitle = \"t\"\n\
                    [revision]\nid = \"x\"\nstatus = \"adopted\"\nyear = 2014\n";

#[test]
fn a_50_mb_text_is_refused_before_it_is_read() {
    let d = tmp();
    let big = d.path().join("big.txt");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(50 * 1024 * 1024).expect("sparse 50 MB");
    refused(
        &["import", "big.txt", "--lang", "en"],
        d.path(),
        "big.txt: the file has 52428800 bytes, more than the 16777216 resdiff reads",
    );
}

#[test]
fn deeply_nested_clauses() {
    let d = tmp();
    let mut text = format!("{HEAD}[[section]]\nkind = \"resolves\"\nheading = \"resolves\"\n");
    for depth in 1..=40 {
        let path = std::iter::repeat_n("clause", depth)
            .collect::<Vec<_>>()
            .join(".");
        text.push_str(&format!("[[section.{path}]]\ntext = \"t\"\n"));
    }
    file(d.path(), "deep.toml", text.as_bytes());
    refused(
        &["show", "deep.toml"],
        d.path(),
        "clauses nested deeper than 32 levels",
    );
    // Far deeper, the TOML reader's own recursion limit answers first, still as an error.
    let mut deeper = text.clone();
    for depth in 41..=3000 {
        let path = std::iter::repeat_n("clause", depth)
            .collect::<Vec<_>>()
            .join(".");
        deeper.push_str(&format!("[[section.{path}]]\ntext = \"t\"\n"));
    }
    file(d.path(), "deeper.toml", deeper.as_bytes());
    refused(&["show", "deeper.toml"], d.path(), "deeper.toml:");
}

#[test]
fn an_existing_output_is_not_overwritten_without_force() {
    let d = tmp();
    let out = file(d.path(), "out.toml", b"precious");
    let src = repo().join("fixtures/wtdc-030-dubai-2014.ar.txt");
    resdiff()
        .arg("import")
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "out.toml exists; pass --force to overwrite it",
        ));
    assert_eq!(std::fs::read(&out).expect("kept"), b"precious");
}

/// Issue 27, finding 28: a symbolic link whose target is missing is still something in the
/// way; `-o` onto it replaced the link without `--force`.
#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_not_replaced_without_force() {
    let d = tmp();
    let out = d.path().join("out.toml");
    std::os::unix::fs::symlink(d.path().join("gone.toml"), &out).expect("symlink");
    let src = repo().join("fixtures/wtdc-030-dubai-2014.ar.txt");
    resdiff()
        .arg("import")
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "out.toml is a symbolic link to a missing file; pass --force to replace it",
        ));
    let link = std::fs::symlink_metadata(&out).expect("the link is kept");
    assert!(link.file_type().is_symlink());
    // With --force the link itself is replaced by the file; its missing target is not made.
    resdiff()
        .arg("import")
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .code(0);
    assert!(std::fs::symlink_metadata(&out).expect("written").is_file());
    assert!(!d.path().join("gone.toml").exists());
}

#[test]
fn output_into_a_missing_folder() {
    let d = tmp();
    let out = d.path().join("no/such/folder/out.toml");
    let src = repo().join("fixtures/wtdc-030-dubai-2014.ar.txt");
    resdiff()
        .arg("import")
        .arg(&src)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("the folder").and(predicate::str::contains("does not exist")),
        );
}

#[test]
fn stdout_closed_early_is_not_a_crash() {
    // `resdiff diff ... | head -1`: the reader goes away after one line.
    let bin = common::binary();
    let mut child = std::process::Command::new(bin)
        .current_dir(repo())
        .args([
            "diff",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
            "--all",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = String::new();
    {
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout)
            .read_line(&mut first)
            .expect("one line");
    } // the pipe closes here
    let out = child.wait_with_output().expect("wait");
    assert!(first.starts_with("--- wtdc/30@dubai-2014:ar"), "{first}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        out.status.code(),
        Some(1),
        "differences, as if read whole: {stderr}"
    );
}

#[test]
fn a_failed_run_leaves_the_previous_output_intact_and_no_temporary_file() {
    let d = tmp();
    let out = file(d.path(), "rcc.toml", b"the previous version");
    let bad = file(d.path(), "bad.json", b"{ not json");
    resdiff()
        .args(["apply", "wtdc/30@dubai-2014:ar"])
        .arg(&bad)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .code(2);
    assert_eq!(std::fs::read(&out).expect("kept"), b"the previous version");
    // A successful --force run replaces it whole, through a temporary file that does not stay.
    let json = d.path().join("rcc.json");
    let diff = resdiff()
        .args([
            "diff",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
            "--format",
            "json",
        ])
        .output()
        .expect("diff");
    std::fs::write(&json, diff.stdout).expect("write");
    resdiff()
        .args(["apply", "wtdc/30@dubai-2014:ar"])
        .arg(&json)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .code(0);
    let written = std::fs::read_to_string(&out).expect("replaced");
    assert!(written.starts_with("# wtdc/30@rcc-wtdc17:ar"));
    let left: Vec<String> = std::fs::read_dir(d.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}
fn zip_with(dir: &Path, name: &str, parts: &[(&str, &[u8])]) -> std::path::PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (part, bytes) in parts {
        zip.start_file(*part, opts).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish");
    path
}

fn refused_docx(path: &Path, message: &str) {
    resdiff()
        .arg("import")
        .arg(path)
        .args(["--lang", "en", "--body", "wtsa"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(path.display().to_string()))
        .stderr(predicate::str::contains(message))
        .stderr(predicate::str::contains("panicked").not());
}

const XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;
const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

#[test]
fn docx_that_is_not_a_zip() {
    let d = tmp();
    let not_zip = file(
        d.path(),
        "letter.docx",
        b"Dear delegate, this is plain text.",
    );
    refused_docx(&not_zip, "not a DOCX file");
}

#[test]
fn docx_zip_bomb() {
    let d = tmp();
    // 40 MiB of zeros deflate to about 40 KB: a bomb for a reader without a cap.
    let zeros = vec![0u8; 40 * 1024 * 1024];
    let bomb = zip_with(d.path(), "bomb.docx", &[("word/document.xml", &zeros)]);
    assert!(std::fs::metadata(&bomb).expect("bomb").len() < 2 * 1024 * 1024);
    refused_docx(&bomb, "inflates past 33554432 bytes");
}

#[test]
fn docx_two_parts_share_one_budget() {
    let d = tmp();
    // Each part is under the cap; together they are not, and together is what reading costs.
    let zeros = vec![0u8; 20 * 1024 * 1024];
    let two = zip_with(
        d.path(),
        "two.docx",
        &[
            ("word/document.xml", &zeros),
            ("word/footnotes.xml", &zeros),
        ],
    );
    refused_docx(&two, "word/footnotes.xml inflates past 12582912 bytes");
}

#[test]
fn docx_without_document_xml() {
    let d = tmp();
    let empty = zip_with(
        d.path(),
        "nodoc.docx",
        &[("word/styles.xml", b"<w:styles/>")],
    );
    refused_docx(&empty, "no word/document.xml");
}

#[test]
fn docx_with_malformed_xml() {
    let d = tmp();
    let broken = format!("{XML}<w:document {W}><w:body><w:p><w:r><w:t>a</w:r></w:p>");
    let malformed = zip_with(
        d.path(),
        "malformed.docx",
        &[("word/document.xml", broken.as_bytes())],
    );
    refused_docx(&malformed, "word/document.xml: malformed XML at byte");
}

#[test]
fn docx_with_external_entities() {
    let d = tmp();
    let xxe = format!(
        "{XML}<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\
         <w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    );
    let external = zip_with(
        d.path(),
        "xxe.docx",
        &[("word/document.xml", xxe.as_bytes())],
    );
    refused_docx(&external, "declares a DTD");
    // Without a DTD, an entity reference is still never expanded.
    let undeclared = format!(
        "{XML}<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    );
    let entity = zip_with(
        d.path(),
        "entity.docx",
        &[("word/document.xml", undeclared.as_bytes())],
    );
    refused_docx(&entity, "`&xxe;`");
}

/// Akoma Ntoso: the same refusals as DOCX XML, and a file that is no AKN resolution.
#[test]
fn akn_with_a_dtd_an_entity_bad_xml_or_no_resolution() {
    let d = tmp();
    let real = std::fs::read_to_string(repo().join("fixtures/akn/unga-ict4sd/74_197_E.xml"))
        .expect("fixture");
    let dtd = real.replacen(
        "<akomaNtoso",
        "<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><akomaNtoso",
        1,
    );
    file(d.path(), "dtd.xml", dtd.as_bytes());
    refused(
        &["show", "dtd.xml"],
        d.path(),
        "dtd.xml: the file declares a DTD",
    );
    let entity = real.replacen("The General Assembly", "&xxe;", 1);
    file(d.path(), "entity.xml", entity.as_bytes());
    refused(
        &["import", "entity.xml", "--series", "x"],
        d.path(),
        "`&xxe;`",
    );
    let cut = &real[..real.len() / 2];
    file(d.path(), "cut.xml", cut.as_bytes());
    refused(&["show", "cut.xml"], d.path(), "cut.xml: bad XML");
    file(d.path(), "other.xml", b"<html><body>no</body></html>");
    refused(
        &["show", "other.xml"],
        d.path(),
        "not an Akoma Ntoso resolution",
    );
    let no_lang = real.replacen(
        "<FRBRlanguage language=\"eng\">",
        "<FRBRlanguage language=\"deu\">",
        1,
    );
    file(d.path(), "lang.xml", no_lang.as_bytes());
    refused(&["show", "lang.xml"], d.path(), "unknown language `deu`");
}
