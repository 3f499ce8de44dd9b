//! `resdiff site OUT/`: the corpus pages of `resdiff serve` written as files, for publishing
//! without a server. Links are relative file names, so the folder works from disk.

use std::path::Path;

use resdiff::input::corpus;

use super::super::output::write_new_or_atomically;
use super::super::{CliError, Result, open_corpus};
use super::pages::{CSS, Library, Mode, PageError};

/// Reads every text of the corpus. A file that does not load, or is not where the corpus
/// keeps texts, is skipped and named on stderr: one bad file must not keep the rest of the
/// corpus from being served.
pub fn load_library(root: &Path) -> Result<Library> {
    Ok(load_skipping(root)?.0)
}

/// [`load_library`], and how many files it skipped.
pub fn load_skipping(root: &Path) -> Result<(Library, usize)> {
    let corpus = open_corpus(root)?;
    for path in &corpus.misplaced {
        super::super::note(format_args!(
            "resdiff: warning: {}: not named <revision>.<lang>.toml under <body>/<number>/; skipped",
            path.display()
        ));
    }
    let mut docs = Vec::with_capacity(corpus.entries.len());
    let mut skipped = corpus.misplaced.len();
    for entry in &corpus.entries {
        match corpus::load_entry(entry) {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                skipped += 1;
                // Each problem on its own line, as `show` gives them.
                for line in e.to_string().lines() {
                    super::super::note(format_args!("resdiff: warning: {line}"));
                }
                super::super::note(format_args!(
                    "resdiff: warning: {}: skipped, the other texts are read",
                    entry.path.display()
                ));
            }
        }
    }
    Ok((Library::new(docs), skipped))
}

/// Writes the site into `out` (made if missing); returns the number of pages and of corpus
/// files skipped.
pub fn write(root: &Path, out: &Path) -> Result<(usize, usize)> {
    let (library, skipped) = load_skipping(root)?;
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
    Ok((pages.len(), skipped))
}

/// Writes one file of the site: a new page in place, the site's earlier page replaced through a
/// temporary file (see [`write_new_or_atomically`]). A link, folder or device under the page's name is not the site's own
/// earlier file: a planted `index.html -> /dev/tty` or `-> ~/.bashrc` would otherwise be written
/// through or lose its link, so it is refused, named.
fn write_page(path: &Path, bytes: impl AsRef<[u8]>) -> Result<()> {
    own_page(path)?;
    write_new_or_atomically(path, bytes)
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
