//! The front door: two texts of one resolution in, their [`DocDiff`] out, in one call. It sits
//! on top of the stages as the binary does (it reads with [`crate::input`] and compares with
//! [`crate::diff`]), for callers who want the answer rather than the pipeline.

use std::path::Path;

use crate::diff::{DiffError, DiffOptions, DocDiff, diff_documents};
use crate::input::corpus::{LoadError, load_file};
use crate::input::source::defaults_from;
use crate::input::{
    ImportError, ImportOptions, Imported, Warning, detect_language, import_docx_file,
    import_text_with, read_text,
};
use crate::model::Language;

/// Compares two plain texts of one resolution (as Word exports them, or typed: a title formula,
/// heading lines, `label<TAB>text` clause lines, optional `+++` front matter). The language is
/// read from the section headings; metadata one text lacks is taken from the other.
///
/// Importer warnings (skipped cover pages, label jumps) are dropped here; [`Comparison`] keeps
/// them.
pub fn compare(old: &str, new: &str) -> Result<DocDiff, CompareError> {
    Comparison::new().texts(old, new).map(|c| c.diff)
}

/// [`compare`] for two files, each a corpus `.toml`, a `.docx` or a plain-text resolution.
pub fn compare_files(
    old: impl AsRef<Path>,
    new: impl AsRef<Path>,
) -> Result<DocDiff, CompareError> {
    Comparison::new()
        .files(old.as_ref(), new.as_ref())
        .map(|c| c.diff)
}

/// A comparison with options: the language, when the headings should not decide it, and the
/// normalisations of [`DiffOptions`].
///
/// ```
/// use resdiff::{Comparison, Language};
///
/// let compare = Comparison::new().language(Language::En).ignore_whitespace(true);
/// # let _ = compare;
/// ```
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    language: Option<Language>,
    options: DiffOptions,
}

/// A diff and what the importers had to say about the texts behind it.
#[derive(Debug, Clone)]
pub struct Compared {
    /// The clause-by-clause diff.
    pub diff: DocDiff,
    /// Warnings about the old text, by line (paragraph for DOCX).
    pub old_warnings: Vec<Warning>,
    /// Warnings about the new text.
    pub new_warnings: Vec<Warning>,
}

/// Why two texts could not be compared.
#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    /// A plain-text or DOCX side could not be read; `text` is its path, or "old text" / "new text".
    #[error("{text}: {source}")]
    Import {
        /// Which side: a path, or "old text" / "new text" for a string.
        text: String,
        /// What the importer refused.
        #[source]
        source: ImportError,
    },
    /// A corpus `.toml` side could not be loaded (the error names the file and line).
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The two texts are not revisions of one resolution in one language.
    #[error(transparent)]
    Diff(#[from] DiffError),
}

/// One side of a comparison, before it is read.
enum Side<'a> {
    Text { text: &'a str, name: &'static str },
    File(&'a Path),
}

impl Side<'_> {
    fn name(&self) -> String {
        match self {
            Side::Text { name, .. } => (*name).to_string(),
            Side::File(p) => p.display().to_string(),
        }
    }
}

impl Comparison {
    /// Language from the headings, every normalisation off.
    pub fn new() -> Self {
        Self::default()
    }

    /// The language of both texts, over what their front matter and headings say.
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// All normalisations at once.
    pub fn options(mut self, options: DiffOptions) -> Self {
        self.options = options;
        self
    }

    /// A clause whose only change is its label is NOC, not (MOD).
    pub fn ignore_labels(mut self, yes: bool) -> Self {
        self.options.ignore_labels = yes;
        self
    }

    /// Any run of whitespace equals any other.
    pub fn ignore_whitespace(mut self, yes: bool) -> Self {
        self.options.ignore_whitespace = yes;
        self
    }

    /// Arabic presentation forms equal their letters.
    pub fn ignore_presentation_forms(mut self, yes: bool) -> Self {
        self.options.ignore_presentation_forms = yes;
        self
    }

    /// Cyrillic and Greek look-alike letters in UN symbols equal Latin ones.
    pub fn ignore_lookalikes(mut self, yes: bool) -> Self {
        self.options.ignore_lookalikes = yes;
        self
    }

    /// Compares two plain texts (see [`compare`]).
    pub fn texts(&self, old: &str, new: &str) -> Result<Compared, CompareError> {
        self.run(
            Side::Text {
                text: old,
                name: "old text",
            },
            Side::Text {
                text: new,
                name: "new text",
            },
        )
    }

    /// Compares two files: by extension a corpus `.toml`, a `.docx` (one without tracked
    /// changes), or else a plain-text resolution.
    pub fn files(&self, old: &Path, new: &Path) -> Result<Compared, CompareError> {
        self.run(Side::File(old), Side::File(new))
    }

    fn run(&self, old: Side, new: Side) -> Result<Compared, CompareError> {
        let none = ImportOptions::default();
        // A text lacking metadata (body, number, title, year) borrows the other's, as `resdiff
        // diff` does; the old side is tried alone first, and waits for the new one only when it
        // cannot stand alone.
        let (old, new) = match self.load(&old, &none) {
            Ok(o) => {
                let n = self.load(&new, &defaults_from(&o.document))?;
                (o, n)
            }
            Err(CompareError::Import {
                source: ImportError::Missing { .. },
                ..
            }) => {
                let n = self.load(&new, &none)?;
                let o = self.load(&old, &defaults_from(&n.document))?;
                (o, n)
            }
            Err(e) => return Err(e),
        };
        Ok(Compared {
            diff: diff_documents(&old.document, &new.document, &self.options)?,
            old_warnings: old.warnings,
            new_warnings: new.warnings,
        })
    }

    /// Reads one side. The language comes from the caller, else the front matter, else the
    /// text's own headings, else the other side.
    fn load(&self, side: &Side, borrowed: &ImportOptions) -> Result<Imported, CompareError> {
        let overrides = ImportOptions {
            language: self.language,
            ..ImportOptions::default()
        };
        let import_err = |source| CompareError::Import {
            text: side.name(),
            source,
        };
        let text = match side {
            Side::Text { text, .. } => std::borrow::Cow::Borrowed(*text),
            Side::File(path) if has_extension(path, "toml") => {
                return Ok(Imported {
                    document: load_file(path)?,
                    warnings: Vec::new(),
                });
            }
            Side::File(path) if has_extension(path, "docx") => {
                return import_docx_file(path, None, &overrides, borrowed).map_err(import_err);
            }
            Side::File(path) => std::borrow::Cow::Owned(read_text(path).map_err(import_err)?),
        };
        let fallback = ImportOptions {
            language: detect_language(&text).or(borrowed.language),
            ..borrowed.clone()
        };
        import_text_with(&text, &overrides, &fallback).map_err(import_err)
    }
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}
