//! `parallel` and `project` (issue 14) on the shipped UN series and Res. 30: the parallel check
//! on the twelve revisions, one injected disagreement of each kind, exit codes; the projection's
//! carried paragraphs for every consecutive pair and language, Arabic drift, the JSON contract,
//! the XLIFF read by a reader we did not write and checked against the OASIS schemas. One test
//! binary, so each text is loaded once.

#[path = "../common/mod.rs"]
mod common;
mod majority;
mod parallel;
mod project;
mod xliff;

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use resdiff::model::Document;

/// A text of a shipped UN series, loaded once for all the tests of this binary.
pub fn un(series: &str, revision: &str, lang: &str) -> &'static Document {
    static LOADED: OnceLock<Mutex<HashMap<String, &'static Document>>> = OnceLock::new();
    let key = format!("{series}/{revision}.{lang}");
    let cache = LOADED.get_or_init(Default::default);
    if let Some(doc) = cache.lock().expect("cache").get(&key) {
        return doc;
    }
    // Loaded outside the lock, so two tests load different texts at once.
    let doc: &'static Document = Box::leak(Box::new(common::un(series, revision, lang)));
    cache.lock().expect("cache").entry(key).or_insert(doc)
}
