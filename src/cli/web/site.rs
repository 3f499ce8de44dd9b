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
    if std::fs::symlink_metadata(out).is_ok_and(|m| !m.is_dir()) {
        return Err(CliError::Usage(format!(
            "{} is a file, not a folder; site writes its pages into a folder",
            out.display()
        )));
    }
    let pages = library.all_pages();
    // Every target is checked before the first is written: a refusal leaves the site as it was.
    let targets = std::iter::once("style.css".to_string()).chain(pages.iter().map(|p| p.name()));
    for name in targets {
        own_page(&out.join(name))?;
    }
    std::fs::create_dir_all(out).map_err(|source| CliError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    write_page(&out.join("style.css"), CSS)?;
    for page in &pages {
        let html = library.render(page, Mode::Static).map_err(|e| match e {
            PageError::Diff(d) => CliError::Diff(d),
            PageError::History(h) => CliError::History(h),
            PageError::NotFound => CliError::Usage(format!("{}: no such page", page.name())),
        })?;
        write_page(&out.join(page.name()), html)?;
    }
    Ok(pages.len())
}

/// Writes one file of the site, replacing the site's earlier file through a temporary file (see
/// [`write_atomically`]). A link, folder or device under the page's name is not the site's own
/// earlier file: a planted `index.html -> /dev/tty` or `-> ~/.bashrc` would otherwise be written
/// through or lose its link, so it is refused, named.
fn write_page(path: &Path, bytes: impl AsRef<[u8]>) -> Result<()> {
    own_page(path)?;
    write_atomically(path, bytes)
}

/// Refuses a page's place when something other than a regular file (the site's earlier page)
/// stands there.
fn own_page(path: &Path) -> Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => Err(CliError::Usage(format!(
            "{} is not a regular file (a link, folder or device); site replaces only its own pages",
            path.display()
        ))),
        _ => Ok(()),
    }
}
