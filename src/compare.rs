//! The front door: two texts of one resolution in, their [`DocDiff`] out, in one call. It sits
//! on top of the stages as the binary does (it reads with [`crate::input`] and compares with
//! [`crate::diff`]), for callers who want the answer rather than the pipeline.

use std::path::Path;

use crate::diff::{DiffError, DiffOptions, DocDiff, Normalisation, diff_documents};
use crate::input::source::{self, Loaded, Source, SourceError, defaults_from};
use crate::input::{ImportError, ImportOptions, Warning, import_text_with};
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
    /// A text given as a string could not be imported.
    #[error("{text}: {source}")]
    Import {
        /// "old text" or "new text".
        text: &'static str,
        /// What the importer refused.
        #[source]
        source: ImportError,
    },
    /// A file could not be read (the error names it, and the line where it can).
    #[error(transparent)]
    Source(#[from] SourceError),
    /// The two texts are not revisions of one resolution in one language.
    #[error(transparent)]
    Diff(#[from] DiffError),
}

/// One side of a comparison, before it is read.
enum Side<'a> {
    Text { text: &'a str, name: &'static str },
    File(&'a Path),
}

impl Comparison {
    /// Language from the front matter or headings, every normalisation off.
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
    pub fn ignore_labels(self, yes: bool) -> Self {
        self.normalisation(Normalisation::IgnoreLabels, yes)
    }

    /// Any run of whitespace equals any other.
    pub fn ignore_whitespace(self, yes: bool) -> Self {
        self.normalisation(Normalisation::IgnoreWhitespace, yes)
    }

    /// Arabic presentation forms equal their letters.
    pub fn ignore_presentation_forms(self, yes: bool) -> Self {
        self.normalisation(Normalisation::IgnorePresentationForms, yes)
    }

    /// Cyrillic and Greek look-alike letters in UN symbols equal Latin ones.
    pub fn ignore_lookalikes(self, yes: bool) -> Self {
        self.normalisation(Normalisation::IgnoreLookalikes, yes)
    }

    /// Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel do
    /// not count.
    pub fn ignore_diacritics(self, yes: bool) -> Self {
        self.normalisation(Normalisation::IgnoreDiacritics, yes)
    }

    /// Any one normalisation of [`Normalisation::ALL`], by value.
    pub fn normalisation(mut self, normalisation: Normalisation, yes: bool) -> Self {
        normalisation.set(&mut self.options, yes);
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
    /// changes), or else a plain-text resolution (its revision id defaults to the file name).
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
            Err(e) if lacks_metadata(&e) => {
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

    /// Reads one side; `borrowed` fills what the text does not say.
    fn load(&self, side: &Side, borrowed: &ImportOptions) -> Result<Loaded, CompareError> {
        let overrides = ImportOptions {
            language: self.language,
            ..ImportOptions::default()
        };
        match side {
            Side::Text { text, name } => import_text_with(text, &overrides, borrowed)
                .map(|i| Loaded {
                    document: i.document,
                    warnings: i.warnings,
                })
                .map_err(|source| CompareError::Import { text: name, source }),
            // Only imported sources read the corpus root, and a path is never an address.
            Side::File(path) => Ok(source::load(
                &Source::from_path(path),
                Path::new(""),
                &overrides,
                borrowed,
            )?),
        }
    }
}

/// Whether the other side may supply what this one lacks: metadata, or a language the text
/// cannot tell by itself.
fn lacks_metadata(e: &CompareError) -> bool {
    matches!(
        e,
        CompareError::Import {
            source: ImportError::Missing { .. } | ImportError::Language { .. },
            ..
        } | CompareError::Source(SourceError::Import {
            source: ImportError::Missing { .. } | ImportError::Language { .. },
            ..
        })
    )
}
