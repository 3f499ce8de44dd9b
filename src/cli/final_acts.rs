//! `import` of an ITU collection of Final Acts (issue 24): one corpus file per resolution under
//! `-o DIR` (laid out as the corpus is, `DIR/pp/140/dubai-2018.en.toml`), or with `--number N`
//! the one resolution, written as any import is.

use std::path::{Path, PathBuf};

use resdiff::input::corpus;
use resdiff::input::source::SourceError;
use resdiff::input::{self, ImportOptions};

use super::Result;
use super::args::ImportFormat;
use super::error::{self, CliError};
use super::exit_codes::SAME;
use super::output::{
    check_overwrite, emit, note, readable_plain, readable_toml, write_all_or_none, write_atomically,
};

/// Where and how `import` writes.
pub struct Out<'a> {
    pub file: &'a Path,
    pub output: Option<&'a Path>,
    pub force: bool,
    pub format: ImportFormat,
}

/// An ITU collection of Final Acts, read: its texts, and what it says, each line
/// `file:line: warning: …` (the collection's own warnings, then each text's).
pub struct Collection {
    pub texts: Vec<input::Imported>,
    pub said: Vec<String>,
}

/// Reads `file` if it is an ITU collection; `None` if it is not.
pub fn read(file: &Path, opts: &ImportOptions) -> Result<Option<Collection>> {
    let found = input::akn::import_final_acts_file(file, opts).map_err(|source| {
        CliError::Source(SourceError::Import {
            path: file.to_path_buf(),
            source,
        })
    })?;
    let Some((texts, warnings)) = found else {
        return Ok(None);
    };
    let said = warnings
        .iter()
        .chain(texts.iter().flat_map(|t| &t.warnings))
        .map(|w| error::warning_on(file.display(), w))
        .collect();
    Ok(Some(Collection { texts, said }))
}

impl Collection {
    /// Each text's corpus file under `dir`: where it goes, and its TOML.
    pub fn corpus_files(&self, dir: &Path) -> Result<Vec<(PathBuf, String)>> {
        self.texts
            .iter()
            .map(|t| {
                let text = readable_toml(corpus::to_toml(&t.document))?;
                Ok((corpus::path_for(dir, &t.document), text))
            })
            .collect()
    }
}

/// Imports `a.file` if it is an ITU collection; `None` if it is not.
pub fn import(a: &Out, opts: &ImportOptions) -> Result<Option<u8>> {
    let Some(collection) = read(a.file, opts)? else {
        return Ok(None);
    };
    collection.said.iter().for_each(note);
    let texts = &collection.texts;
    let render = |doc| match a.format {
        ImportFormat::Toml => readable_toml(corpus::to_toml(doc)),
        ImportFormat::Plain => readable_plain(input::to_plain_text(doc)),
    };
    if let [one] = texts.as_slice()
        && opts.number.is_some()
    {
        check_overwrite(a.output, a.force)?;
        let text = render(&one.document)?;
        return match a.output {
            None => emit(&text).map(|()| Some(SAME)),
            Some(path) => write_atomically(path, &text).map(|()| Some(SAME)),
        };
    }
    let Some(dir) = a.output.filter(|_| a.format == ImportFormat::Toml) else {
        return Err(CliError::Usage(format!(
            "{} holds {} resolutions: give -o DIR to file each as a corpus file under DIR, or --number N for one",
            a.file.display(),
            texts.len()
        )));
    };
    let files = collection.corpus_files(dir)?;
    let files: Vec<(&Path, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_path(), t.as_str()))
        .collect();
    write_all_or_none(&files, a.force)?;
    note(format_args!(
        "{} resolutions filed under {}",
        texts.len(),
        dir.display()
    ));
    Ok(Some(SAME))
}
