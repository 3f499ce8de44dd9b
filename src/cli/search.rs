//! `resdiff search TERM`: every corpus text that loads, searched clause by clause.

use std::path::Path;

use resdiff::input::{corpus, source};
use resdiff::render::report::search_text;
use resdiff::render::{csv, json};
use resdiff::track::search::{search, search_form};

use super::Result;
use super::args::TrackFormat;
use super::error::CliError;
use super::exit_codes::{DIFFERENT, SAME, TROUBLE};
use super::output::note;
use super::tracking::Out;

pub fn run(term: &str, format: TrackFormat, out: Out<'_>, corpus_root: &Path) -> Result<u8> {
    out.check()?;
    if search_form(term).is_empty() {
        return Err(CliError::Usage(format!(
            "`{term}` has nothing to search for once case, marks and spaces are set aside"
        )));
    }
    let corpus = source::open_corpus(corpus_root)?;
    let mut docs = Vec::new();
    let mut failed = false;
    // A text that does not load is named and skipped: the others are still searched, and the
    // exit status says that the answer may be incomplete.
    for entry in &corpus.entries {
        match corpus::load_entry(entry) {
            Ok(d) => docs.push(d),
            Err(e) => {
                note(format_args!("resdiff: {e}; not searched"));
                failed = true;
            }
        }
    }
    let hits = search(&docs, term);
    out.write(match format {
        TrackFormat::Text => search_text::render(&hits, out.style()),
        TrackFormat::Json => json::render(&hits),
        TrackFormat::Csv => csv::search(&hits),
    })?;
    Ok(if failed {
        TROUBLE
    } else if hits.is_empty() {
        DIFFERENT
    } else {
        SAME
    })
}
