//! `resdiff site OUT/`: the corpus pages of `resdiff serve` written as files, for publishing
//! without a server. Links are relative file names, so the folder works from disk.

use std::path::Path;

use resdiff::input::corpus;

use super::super::{CliError, Result, open_corpus, write_atomically};
use super::pages::{CSS, Library, Mode, PageError};

/// Reads every text of the corpus; any file that does not load stops the start, named.
pub fn load_library(root: &Path) -> Result<Library> {
    let corpus = open_corpus(root)?;
    if let Some(path) = corpus.misplaced.first() {
        return Err(CliError::Usage(format!(
            "{}: not named <revision>.<lang>.toml under <body>/<number>/",
            path.display()
        )));
    }
    let docs = corpus
        .entries
        .iter()
        .map(corpus::load_entry)
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(Library::new(docs))
}

/// Writes the site into `out` (made if missing); returns the number of pages.
pub fn write(root: &Path, out: &Path) -> Result<usize> {
    let library = load_library(root)?;
    std::fs::create_dir_all(out).map_err(|source| CliError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    write_atomically(&out.join("style.css"), CSS)?;
    let pages = library.all_pages();
    for page in &pages {
        let html = library.render(page, Mode::Static).map_err(|e| match e {
            PageError::Diff(d) => CliError::Diff(d),
            PageError::History(h) => CliError::History(h),
            PageError::NotFound => CliError::Usage(format!("{}: no such page", page.name())),
        })?;
        write_atomically(&out.join(page.name()), html)?;
    }
    Ok(pages.len())
}
