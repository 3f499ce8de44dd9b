//! The plain-text importer on any bytes: it must return a document or an error, never panic,
//! and a document it returns must survive the corpus round trip (TOML out, TOML in).
#![no_main]

use libfuzzer_sys::fuzz_target;
use resdiff::input::corpus::{Check, parse_document_with, to_toml};
use resdiff::input::{ImportOptions, import_text};
use resdiff::model::{Body, Language};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let opts = ImportOptions {
        language: Some(Language::Ar),
        body: Some(Body::Wtdc),
        number: Some(30),
        title: Some("fuzz".into()),
        revision: Some("fuzz".into()),
        year: Some(2014),
        ..ImportOptions::default()
    };
    if let Ok(imported) = import_text(text, &opts) {
        let toml = to_toml(&imported.document);
        let back = parse_document_with(&toml, std::path::Path::new("fuzz.toml"), Check::AllowDuplicateLabels)
            .expect("an imported document loads back");
        assert_eq!(back, imported.document);
    }
});
