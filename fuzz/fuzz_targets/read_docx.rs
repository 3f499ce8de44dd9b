//! The DOCX reader on any bytes (ZIP, XML, layout): a document or an error, never a panic or an
//! allocation past the caps.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resdiff::input::{ImportOptions, import_docx};
use resdiff::model::{Body, Language};

fuzz_target!(|data: &[u8]| {
    let fallback = ImportOptions {
        language: Some(Language::En),
        body: Some(Body::Wtsa),
        number: Some(1),
        title: Some("fuzz".into()),
        revision: Some("fuzz".into()),
        year: Some(2016),
        ..ImportOptions::default()
    };
    let _ = import_docx(data, &ImportOptions::default(), &fallback);
});
