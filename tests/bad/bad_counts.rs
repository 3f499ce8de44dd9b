//! The bad-input catalogue, continued (see `bad_inputs.rs`): files under the size caps that hold
//! too many parts. Parsers cost by the part (a table, a line, a paragraph, an element), not by
//! the byte, so each count is capped too (`input::limits`) and checked as it is read, before
//! the cost. The files here are the smallest that cross each cap: the time and memory of the
//! largest accepted inputs are measured in `bench/scale.sh`, not here.

use std::io::Write;
use std::path::Path;

use resdiff::input::limits::{
    MAX_LINES, MAX_PARAGRAPHS, MAX_TEXT_EDITS, MAX_TOML, MAX_TOML_ITEMS, MAX_TRACKED_NESTING,
    MAX_XML_ELEMENTS,
};

use crate::common;
use common::{refused, resdiff};

const FORMULA: &str = "The World Telecommunication Development Conference (Dubai, 2014),";

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

#[test]
fn a_toml_of_too_many_items_is_refused_before_it_is_parsed() {
    let d = tmp();
    // 3 MB of one array: parsed, it would be a value each; counted, it is refused unread.
    let mut text = String::from(
        "language = 'en'\n[resolution]\nbody = 'wtdc'\nnumber = 1\ntitle = 'T'\n\
         [revision]\nid = 'x'\nstatus = 'adopted'\nyear = 2014\n[[section]]\nkind = 'resolves'\n\
         heading = 'resolves'\nx = [1",
    );
    text.push_str(&",1".repeat(MAX_TOML_ITEMS));
    text.push_str("]\n");
    std::fs::write(d.path().join("many.toml"), text).expect("write");
    refused(
        &["show", "many.toml"],
        d.path(),
        &format!(
            "many.toml: {} TOML keys, tables and array items, more than the {MAX_TOML_ITEMS} resdiff reads (a clause is 5 to 8 of them; at most 200000 clauses)",
            // 7 keys and 2 tables of metadata, the section's 2 `[` and 2 keys, `x =` and its `[`
            MAX_TOML_ITEMS + 15
        ),
    );
}

#[test]
fn a_plain_text_of_too_many_lines_is_refused_before_it_is_read() {
    let d = tmp();
    let mut text = format!("{FORMULA}\nresolves\n");
    text.push_str(&"-\ta\n".repeat(MAX_LINES));
    std::fs::write(d.path().join("lines.txt"), text).expect("write");
    refused(
        &["import", "lines.txt", "--lang", "en"],
        d.path(),
        &format!(
            "lines.txt: the text has {} lines with text, more than the {MAX_LINES} resdiff reads",
            MAX_LINES + 2
        ),
    );
}

#[test]
fn a_docx_of_too_many_paragraphs_is_refused_as_it_is_read() {
    let d = tmp();
    // Empty paragraphs: 7 bytes each, so 32 MiB would hold 4.8 million; a 14 KB package.
    let xml = format!(
        "<w:document xmlns:w=\"w\"><w:body>{}</w:body></w:document>",
        "<w:p/>".repeat(MAX_PARAGRAPHS + 1)
    );
    let path = d.path().join("paras.docx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create"));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", deflated)
        .expect("entry");
    zip.write_all(xml.as_bytes()).expect("xml");
    zip.finish().expect("zip");
    refused(
        &["import", "paras.docx", "--lang", "en"],
        d.path(),
        &format!(
            "paras.docx: word/document.xml holds more than {MAX_PARAGRAPHS} paragraphs, more than resdiff reads"
        ),
    );
}

#[test]
fn a_docx_of_tracked_changes_nested_too_deep_is_refused_as_it_is_read() {
    let d = tmp();
    // A million nested `w:ins` around 190,000 paragraphs was 54 s (issue 27): each run read
    // the whole stack. One past the cap is refused where it opens.
    let wrappers = "<w:ins w:author=\"RCC\">".repeat(MAX_TRACKED_NESTING + 1);
    let xml = format!("<w:document xmlns:w=\"w\"><w:body>{wrappers}<w:p/></w:body></w:document>");
    let path = d.path().join("deep.docx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create"));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("entry");
    zip.write_all(xml.as_bytes()).expect("xml");
    zip.finish().expect("zip");
    let at = xml.len() - "<w:p/></w:body></w:document>".len();
    refused(
        &["import", "deep.docx", "--lang", "en"],
        d.path(),
        &format!(
            "deep.docx: word/document.xml: tracked changes (w:ins, w:del, w:moveTo, w:moveFrom) nested more than {MAX_TRACKED_NESTING} deep at byte {at}; resdiff reads at most {MAX_TRACKED_NESTING}"
        ),
    );
}

#[test]
fn un_instructions_making_too_many_changes_to_one_text_are_refused() {
    let d = tmp();
    // 40,000 insertions into one paragraph were 15.5 s (issue 27): each searched and copied it.
    let text: String = (0..=MAX_TEXT_EDITS)
        .map(|i| {
            format!("In the first preambular paragraph, after “Recalling”, insert “w{i}”.\n\n")
        })
        .collect();
    std::fs::write(d.path().join("many.txt"), text).expect("write");
    refused(
        &["apply", "unga/ict4sd@74-197:en", "many.txt"],
        d.path(),
        &format!(
            "many.txt: instruction {} (“In the first preambular paragraph, after “Recalling”, insert “w{MAX_TEXT_EDITS}”.”): more than {MAX_TEXT_EDITS} changes to the words of this text; resdiff makes at most {MAX_TEXT_EDITS} a text (replace its text whole instead)",
            MAX_TEXT_EDITS + 1
        ),
    );
}

#[test]
fn an_akn_file_of_too_many_elements_is_refused_as_it_is_read() {
    let d = tmp();
    let xml = format!(
        "<akomaNtoso><statement name=\"resolution\">{}</statement></akomaNtoso>",
        "<p/>".repeat(MAX_XML_ELEMENTS)
    );
    std::fs::write(d.path().join("many.xml"), xml).expect("write");
    refused(
        &["import", "many.xml", "--series", "ict4sd"],
        d.path(),
        &format!("many.xml: more than {MAX_XML_ELEMENTS} XML elements, more than resdiff reads"),
    );
}

/// A plain text whose one clause is `n` control characters: TOML escapes each as `\u0001`, six
/// bytes for one.
fn control_text(dir: &Path, n: usize) {
    let text = format!("{FORMULA}\nresolves\n1\tto {};\n", "\u{1}".repeat(n));
    std::fs::write(dir.join("ctl.txt"), text).expect("write");
}

#[test]
fn an_import_never_writes_toml_its_loader_refuses() {
    let d = tmp();
    // 6 MiB of text under the 16 MiB cap, 36 MiB of TOML over the 32 MiB one: the old import
    // wrote it, and exited 0, and `show` then refused the file.
    control_text(d.path(), 6 * 1024 * 1024);
    let args = [
        "import", "ctl.txt", "--lang", "en", "--number", "1", "--title", "T",
    ];
    refused(
        &[&args[..], &["-o", "ctl.toml"]].concat(),
        d.path(),
        &format!("bytes, more than the {MAX_TOML} resdiff reads; nothing written"),
    );
    assert!(!d.path().join("ctl.toml").exists(), "nothing is written");
    // The plain text it came from is what resdiff reads, and `--format plain` writes it.
    resdiff()
        .current_dir(d.path())
        .args(args)
        .args(["--format", "plain", "-o", "ctl-out.txt"])
        .assert()
        .code(0);
}
