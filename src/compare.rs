//! The front door: two texts of one resolution in, their [`DocDiff`] out, in one call. It sits
//! on top of the stages as the binary does (it reads with [`crate::input`] and compares with
//! [`crate::diff`]), for callers who want the answer rather than the pipeline.

use std::path::Path;

use crate::diff::{DiffError, DiffOptions, DocDiff, Normalisation, diff_documents};
use crate::input::read::{Reading, SeriesOf, Take, read};
use crate::input::source::{self, Loaded, Source, SourceError};
use crate::input::{Field, ImportError, ImportOptions, Warning, import_text_with};
use crate::model::{Document, Language, ResNumber};

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
///
/// It is the one loader of a pair of texts. Each text is read alone first, leaving unknown
/// what it does not say; a text that lacks metadata (body, number, title, year, language) is
/// then read again with what the other says of itself, never with what the other borrowed. So
/// whether two texts compare does not depend on the order they are given in.
#[derive(Clone, Default)]
pub struct Comparison<'a> {
    language: Option<Language>,
    options: DiffOptions,
    given: ImportOptions,
    fallback: ImportOptions,
    /// The corpus (its root, for corpus addresses) and its UN series, listed once for both
    /// texts (and for a text read again).
    corpus_series: std::sync::Arc<source::CorpusSeries>,
    series_of: Option<SeriesOf<'a>>,
}

impl std::fmt::Debug for Comparison<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Comparison")
            .field("language", &self.language)
            .field("options", &self.options)
            .field("given", &self.given)
            .field("fallback", &self.fallback)
            .field("corpus", &self.corpus_series.root())
            .finish_non_exhaustive()
    }
}

/// One text of a pair, before it is read.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// Plain text held in a string; `name` says which in messages ("old text").
    Plain {
        /// The text.
        text: &'a str,
        /// What messages call it.
        name: &'static str,
    },
    /// A corpus address or a file, as the command line names it.
    Source(&'a Source),
    /// Bytes and the name they came with (an upload): the name says the format.
    Bytes {
        /// The name, its extension saying the format ([`crate::input::read::Format::of`]).
        name: &'a Path,
        /// The content.
        bytes: &'a [u8],
        /// The text of a Word document with tracked changes to take.
        take: Take,
    },
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

impl<'a> Comparison<'a> {
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

    /// Metadata of both texts, over what they say (a command line's flags, a form's fields).
    /// With `allow_unknown`, what nothing gives stays unknown instead of refusing the text.
    pub fn given(mut self, given: ImportOptions) -> Self {
        self.given = given;
        self
    }

    /// Metadata for what neither text says of itself nor of the other (the text a changeset
    /// is applied to, say).
    pub fn fallback(mut self, fallback: ImportOptions) -> Self {
        self.fallback = fallback;
        self
    }

    /// The corpus that corpus addresses name, and whose UN series a UN resolution is filed in.
    pub fn corpus(self, root: &Path) -> Self {
        self.corpus_series(std::sync::Arc::new(source::series_finder(root)))
    }

    /// [`Comparison::corpus`] with its UN series at hand already (a command line that reads
    /// other texts from the same corpus): the corpus is listed once for all.
    pub fn corpus_series(mut self, series: std::sync::Arc<source::CorpusSeries>) -> Self {
        self.corpus_series = series;
        self
    }

    /// Where a UN resolution given as bytes finds its series (a corpus held in memory).
    pub fn series_of(mut self, series_of: SeriesOf<'a>) -> Self {
        self.series_of = Some(series_of);
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
            Input::Plain {
                text: old,
                name: "old text",
            },
            Input::Plain {
                text: new,
                name: "new text",
            },
        )
    }

    /// Compares two files: by extension a corpus `.toml`, a `.docx` (one without tracked
    /// changes), an Akoma Ntoso `.xml`, or else a plain-text resolution (its revision id
    /// defaults to the file name).
    pub fn files(&self, old: &Path, new: &Path) -> Result<Compared, CompareError> {
        let (old, new) = (Source::from_path(old), Source::from_path(new));
        self.run(Input::Source(&old), Input::Source(&new))
    }

    /// Compares two inputs of any kind.
    pub fn run(&self, old: Input, new: Input) -> Result<Compared, CompareError> {
        let (old, new) = self.pair(old, new)?;
        Ok(Compared {
            diff: diff_documents(&old.document, &new.document, &self.options)?,
            old_warnings: old.warnings,
            new_warnings: new.warnings,
        })
    }

    /// Reads two texts to compare, each lending the other what it says of itself (see
    /// [`Comparison`]), without comparing them.
    pub fn pair(&self, old: Input, new: Input) -> Result<(Loaded, Loaded), CompareError> {
        let given = self.overrides();
        let alone = ImportOptions {
            allow_unknown: true,
            ..given.clone()
        };
        let first = |input: &Input| match self.read(input, &alone, &self.fallback) {
            Ok(l) => Ok(Some(l)),
            Err(e) if lacks_metadata(&e) => Ok(None),
            Err(e) => Err(e),
        };
        let (old_alone, new_alone) = (first(&old)?, first(&new)?);
        let lend = |other: &Option<Loaded>| {
            let mut lent = other
                .as_ref()
                .map_or_else(ImportOptions::default, |o| known(&o.document));
            fill(&mut lent, &self.fallback);
            lent
        };
        let (to_old, to_new) = (lend(&new_alone), lend(&old_alone));
        let new = self.complete(&new, new_alone, &given, &to_new)?;
        let old = self.complete(&old, old_alone, &given, &to_old)?;
        Ok((old, new))
    }

    /// A text read alone, or read again with what the other text lends, when it lacks
    /// something the other says or the caller does not allow unknown metadata.
    fn complete(
        &self,
        input: &Input,
        alone: Option<Loaded>,
        given: &ImportOptions,
        lent: &ImportOptions,
    ) -> Result<Loaded, CompareError> {
        let mut lent = lent.clone();
        if let Some(l) = alone {
            // A UN series does not number an ITU text, nor a number a UN one: such a pair is
            // two resolutions, which the diff says, not a text the importer cannot file.
            let body = l.document.resolution.body;
            let series = matches!(lent.number, Some(ResNumber::Series(_)));
            if body.is_some_and(|b| b.is_un() != series) {
                lent.number = None;
            }
            let unknown = unknowns(&l.document);
            let lent_fills = unknown.iter().any(|f| lent_has(&lent, *f));
            if unknown.is_empty() || (given.allow_unknown && !lent_fills) {
                return Ok(l);
            }
        }
        self.read(input, given, &lent)
    }

    /// The caller's metadata, the language set by [`Comparison::language`] over it.
    fn overrides(&self) -> ImportOptions {
        ImportOptions {
            language: self.language.or(self.given.language),
            ..self.given.clone()
        }
    }

    /// Reads one text; `borrowed` fills what the text does not say.
    fn read(
        &self,
        input: &Input,
        overrides: &ImportOptions,
        borrowed: &ImportOptions,
    ) -> Result<Loaded, CompareError> {
        match input {
            Input::Plain { text, name } => import_text_with(text, overrides, borrowed)
                .map(Loaded::from)
                .map_err(|source| CompareError::Import { text: name, source }),
            Input::Source(source) => Ok(source::load_with(
                source,
                &self.corpus_series,
                overrides,
                borrowed,
            )?),
            Input::Bytes { name, bytes, take } => {
                let how = Reading {
                    overrides,
                    defaults: borrowed,
                    take: *take,
                    series_of: self.series_of,
                    to_compare: true,
                };
                Ok(read(name, bytes.to_vec(), &how)?)
            }
        }
    }
}

/// What a text says of itself that another text may borrow: its language, body, number, title
/// and year, where they are known. The revision id and the formula are each text's own.
fn known(doc: &Document) -> ImportOptions {
    let r = &doc.resolution;
    ImportOptions {
        language: Some(doc.language),
        body: r.body,
        number: r.number.clone(),
        title: r.title.clone(),
        year: doc.revision.year,
        ..ImportOptions::default()
    }
}

/// `lent`, with what it leaves open filled from `fallback`.
fn fill(lent: &mut ImportOptions, fallback: &ImportOptions) {
    lent.language = lent.language.or(fallback.language);
    lent.body = lent.body.or(fallback.body);
    if lent.number.is_none() {
        lent.number.clone_from(&fallback.number);
    }
    if lent.title.is_none() {
        lent.title.clone_from(&fallback.title);
    }
    lent.year = lent.year.or(fallback.year);
}

/// The metadata a text read with `allow_unknown` left unknown.
fn unknowns(doc: &Document) -> Vec<Field> {
    let (r, v) = (&doc.resolution, &doc.revision);
    [
        (r.body.is_none(), Field::Body),
        (r.number.is_none(), Field::Number),
        (r.title.is_none(), Field::Title),
        (v.year.is_none(), Field::Year),
        (v.id.is_none(), Field::Revision),
    ]
    .into_iter()
    .filter_map(|(unknown, f)| unknown.then_some(f))
    .collect()
}

fn lent_has(lent: &ImportOptions, field: Field) -> bool {
    match field {
        Field::Language => lent.language.is_some(),
        Field::Body => lent.body.is_some(),
        Field::Number => lent.number.is_some(),
        Field::Title => lent.title.is_some(),
        Field::Year => lent.year.is_some(),
        Field::Revision => lent.revision.is_some(),
        Field::Series => false,
        Field::Proposer => lent.proposer.is_some(),
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::Comparison;
    use crate::input::source::LISTED;

    /// Issue 24: every input read through `source::load` listed the corpus again for its UN
    /// series (a pair of Akoma Ntoso files: twice, and again for a text read a second time with
    /// what the other lends). A comparison lists it once.
    #[test]
    fn a_pair_lists_the_corpus_once() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let akn = repo.join("fixtures/akn/unga-ict4sd");
        LISTED.with(|n| n.set(0));
        let compared = Comparison::new()
            .corpus(&repo.join("resolutions"))
            .files(
                &akn.join("A_RES_79_194-2424293E.xml"),
                &akn.join("A_RES_80_118-2520736E.xml"),
            )
            .expect("compares");
        assert_eq!(
            compared.diff.old.revision.as_ref().map(|r| r.as_str()),
            Some("79-194")
        );
        assert_eq!(LISTED.with(std::cell::Cell::get), 1);
    }
}
