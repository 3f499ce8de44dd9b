//! Diff, markup and apply on two arbitrary texts (the input split at its first NUL, each side
//! imported): no panic, and applying the diff's JSON to the old text gives the new one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resdiff::track::apply::apply;
use resdiff::diff::{DiffOptions, DocDiff, diff_documents};
use resdiff::input::{ImportOptions, import_text};
use resdiff::markup::{self, MarkupOptions, ProposalMeta};
use resdiff::model::{Body, Language};
use resdiff::render::{diff_json, proposal_docx, proposal_html};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Some((a, b)) = text.split_once('\0') else { return };
    let opts = |rev: &str| ImportOptions {
        language: Some(Language::Ar),
        body: Some(Body::Wtdc),
        number: Some(30),
        title: Some("fuzz".into()),
        revision: Some(rev.into()),
        year: Some(2014),
        ..ImportOptions::default()
    };
    let (Ok(a), Ok(b)) = (import_text(a, &opts("a")), import_text(b, &opts("b"))) else {
        return;
    };
    let (a, b) = (a.document, b.document);
    let diff = diff_documents(&a, &b, &DiffOptions::default()).expect("same resolution");
    let json: DocDiff = serde_json::from_str(&diff_json::render(&diff)).expect("JSON reads back");
    assert_eq!(apply(&a, &json).expect("applies to its own base"), b);
    let meta = ProposalMeta {
        proposer: "RCC".into(),
        doc: 1,
        annex: None,
        date: "2017-01-01".parse().expect("a date"),
    };
    if let Ok(p) = markup::build(&a, &b, &diff, meta, &MarkupOptions::default()) {
        let _ = proposal_html::render(&p);
        proposal_docx::render(&p).expect("a DOCX package builds in memory");
    }
});
