//! What each fuzz target checks, one function per target. The targets (`fuzz_targets/*.rs`) and
//! `tests/bad/fuzz_regressions.rs` include this file by path, so a kept crash input is checked on
//! every `cargo test` exactly as the fuzzer checked it, and the two cannot drift apart. A check
//! fails by panicking, which is how libFuzzer learns of a failure.

use std::path::Path;

use resdiff::diff::{DiffOptions, DocDiff, diff_documents};
use resdiff::input::akn::{import_read, read};
use resdiff::input::corpus::{Check, check_document, parse_document, parse_document_with, to_toml};
use resdiff::input::{ImportOptions, Side, import_docx, import_text};
use resdiff::markup::{self, MarkupOptions, ProposalMeta};
use resdiff::model::{Body, Document, Language, ResNumber};
use resdiff::render::{diff_json, proposal_docx, proposal_html, tree_akn};
use resdiff::track::apply::{ApplyError, apply};

/// Metadata for texts that carry none, so that the checks reach past the metadata errors.
fn options(
    language: Language,
    body: Body,
    number: u32,
    revision: &str,
    year: u16,
) -> ImportOptions {
    ImportOptions {
        language: Some(language),
        body: Some(body),
        number: Some(number.into()),
        title: Some("fuzz".into()),
        revision: Some(revision.into()),
        year: Some(year),
        ..ImportOptions::default()
    }
}

fn res30(revision: &str) -> ImportOptions {
    options(Language::Ar, Body::Wtdc, 30, revision, 2014)
}

/// A document the tool wrote loads back as the same document.
fn survives_toml(document: &Document) {
    let toml = to_toml(document);
    let back = parse_document_with(&toml, Path::new("fuzz.toml"), Check::AllowDuplicateLabels)
        .unwrap_or_else(|e| panic!("a document resdiff wrote does not load back: {e}"));
    assert_eq!(&back, document, "the document changed through TOML");
}

/// `import_text`: any bytes as plain text give a document or an error, never a panic, and a
/// document survives the corpus round trip.
pub fn import_text_check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(imported) = import_text(text, &res30("fuzz")) {
        survives_toml(&imported.document);
    }
}

/// `load_toml`: any bytes as corpus TOML give a document or a located error, never a panic; a
/// document loaded survives being written and read again.
pub fn load_toml_check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(document) = parse_document(text, Path::new("fuzz.toml")) {
        survives_toml(&document);
    }
}

/// `read_docx`: any bytes as a `.docx` give a document or an error, never a panic or an
/// allocation past the caps.
pub fn read_docx_check(data: &[u8]) {
    let fallback = options(Language::En, Body::Wtsa, 1, "fuzz", 2016);
    let _ = import_docx(data, &ImportOptions::default(), &fallback);
}

/// `read_pdf`: any bytes as a `.pdf` give a document or an error, never a panic or an allocation
/// past the caps; a document survives the corpus round trip.
pub fn read_pdf_check(data: &[u8]) {
    let fallback = options(Language::En, Body::Wtsa, 1, "fuzz", 2016);
    if let Ok(imported) =
        resdiff::input::pdf::import_pdf(data, &ImportOptions::default(), &fallback)
    {
        survives_toml(&imported.document);
        // A text read may have marks: each side of a proposal is read from the same layout.
        for side in [Side::Base, Side::Proposal] {
            if let Ok(imported) = resdiff::input::pdf::import_pdf_side(
                data,
                Some(side),
                &ImportOptions::default(),
                &fallback,
            ) {
                survives_toml(&imported.document);
            }
        }
    }
}

/// `akn`: any bytes as an Akoma Ntoso file (the web upload reaches this reader) give a document
/// or an error, never a panic or an allocation past the caps; a document survives the corpus
/// round trip, and Akoma Ntoso written by resdiff reads back as the same document.
pub fn akn_check(data: &[u8]) {
    let Ok(xml) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(akn) = read(xml) else {
        return;
    };
    // The series is not in a UN file: name one of the right kind, so that the import goes on.
    let series = if akn.body().is_some_and(resdiff::Body::is_un) {
        ResNumber::Series("fuzz".into())
    } else {
        ResNumber::Number(1)
    };
    let opts = ImportOptions {
        number: Some(series),
        ..ImportOptions::default()
    };
    let Ok(imported) = import_read(akn, &opts, &ImportOptions::default(), &|_, _| None) else {
        return;
    };
    let document = imported.document;
    survives_toml(&document);
    let exported = tree_akn::render(&document);
    let back = read(&exported)
        .unwrap_or_else(|e| panic!("Akoma Ntoso resdiff wrote does not read back: {e}"));
    let back = import_read(
        back,
        &ImportOptions::default(),
        &ImportOptions::default(),
        &|_, _| None,
    )
    .unwrap_or_else(|e| panic!("Akoma Ntoso resdiff wrote does not import back: {e}"));
    assert_eq!(
        back.document, document,
        "the document changed through Akoma Ntoso"
    );
}

/// `diff_trees`: two texts split at the first NUL, each imported; no panic in diff, markup or
/// apply, and the diff's JSON applied to the old text gives the new one (or is refused, exactly
/// when the new one would not load in the corpus).
pub fn diff_trees_check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some((a, b)) = text.split_once('\0') else {
        return;
    };
    let (Ok(a), Ok(b)) = (import_text(a, &res30("a")), import_text(b, &res30("b"))) else {
        return;
    };
    let (a, b) = (a.document, b.document);
    let diff = diff_documents(&a, &b, &DiffOptions::default()).expect("same resolution");
    let json: DocDiff = serde_json::from_str(&diff_json::render(&diff)).expect("JSON reads back");
    match apply(&a, &json) {
        Ok(got) => assert_eq!(got, b, "apply(old, diff(old, new)) is not new"),
        // An import may keep duplicate labels; apply writes only what the corpus loads.
        Err(ApplyError::NotLoadable(why)) => assert!(
            check_document(b.clone(), Path::new("b"), Check::Full).is_err(),
            "apply refused a new text that loads: {why}"
        ),
        Err(e) => panic!("the diff does not apply to its own base: {e}"),
    }
    let meta = ProposalMeta {
        proposer: "RCC".parse().expect("a proposer"),
        doc: Some(1),
        annex: None,
        date: "2017-01-01".parse().expect("a date"),
    };
    if let Ok(p) = markup::build(&diff, meta, &MarkupOptions::default()) {
        let _ = proposal_html::render(&p);
        proposal_docx::render(&p).expect("a DOCX package builds in memory");
    }
}

/// The base `un_instructions` amends: GA 74/197 (English), from the corpus, read once.
fn res_74_197() -> &'static Document {
    static BASE: std::sync::OnceLock<Document> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let toml = include_str!("../resolutions/unga/ict4sd/74-197.en.toml");
        parse_document(toml, Path::new("74-197.en.toml")).expect("74/197 loads")
    })
}

/// `un_instructions`: any bytes as UN amendment instructions (`markup --style un`) give
/// instructions or a parse error naming the instruction, never a panic; applied to GA 74/197
/// they give a text or an error naming the instruction, never a panic; a text given is one
/// the TOML writer can write.
pub fn un_instructions_check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(amendments) = resdiff::track::apply::instructions::parse(text) else {
        return;
    };
    if let Ok(amended) = resdiff::track::apply::instructions::apply(res_74_197(), &amendments) {
        let _ = to_toml(&amended);
    }
}
