//! One way in: an input's name says which reader takes it ([`Format::of`], the only place the
//! choice is made), and [`read`] turns a name and its bytes into a text. A path is a case of
//! it ([`read_path`]: the file's bytes, then [`read`]); the command line, the web app's uploads
//! and [`crate::Comparison`] all come in here, so they accept the same files.
//!
//! Adding a format is one arm in [`Format::named`], one in [`Format::limit`] and one in [`read`].

use std::path::Path;

use crate::input::corpus::{LoadError, parse_document};
use crate::input::limits::{self, Capped};
use crate::input::series::SeriesLookup;
use crate::input::source::{SourceError, import_akn_to_show, revision_from_file_name};
use crate::input::{ImportError, ImportOptions, Imported, Side, Warning, akn, import_docx};
use crate::model::{Body, Document, UnSymbol};

/// The formats resdiff reads, each with its reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A corpus file, as `resdiff import` writes it.
    Toml,
    /// A Word document, with or without tracked changes.
    Docx,
    /// Akoma Ntoso (AKN4UN) XML, as the UN publishes its resolutions.
    Akn,
    /// Plain text, as Word's plain-text export gives it.
    Plain,
    /// A PDF with a text layer (as printed from Word, LibreOffice or a browser).
    Pdf,
}

impl Format {
    /// The format a name's extension (any case) says, when it says one.
    pub fn named(name: &Path) -> Option<Format> {
        let ext = name.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "toml" => Some(Format::Toml),
            "docx" => Some(Format::Docx),
            "xml" => Some(Format::Akn),
            "txt" => Some(Format::Plain),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }

    /// The reader for a name: by its extension, and plain text when it has none resdiff knows
    /// (Word's export may be saved under any name).
    pub fn of(name: &Path) -> Format {
        Format::named(name).unwrap_or(Format::Plain)
    }

    /// The most bytes read of a file in this format.
    pub fn limit(self) -> u64 {
        match self {
            Format::Toml => limits::MAX_TOML,
            Format::Docx => limits::MAX_DOCX,
            Format::Pdf => limits::MAX_PDF,
            Format::Akn | Format::Plain => limits::MAX_TEXT,
        }
    }
}

/// Which text of a Word document with tracked changes to take.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Take {
    /// The document whole; one with tracked changes is refused ([`ImportError::ChooseSide`]):
    /// taking a side silently could pass a proposal off as the adopted text.
    #[default]
    Whole,
    /// This side; the proposal of a document without tracked changes is refused.
    Side(Side),
    /// This side of a document with tracked changes, else the document whole; the loaded text
    /// says which ([`Loaded::tracked`]). For callers with no way to name a side.
    Prefer(Side),
}

/// The side taken of a document with tracked changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tracked {
    /// Base (changes rejected) or proposal (changes accepted).
    pub side: Side,
    /// The authors of the changes, joined: `ATU, RCC`.
    pub authors: String,
}

/// A loaded text and what the importer had to say about it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The text.
    pub document: Document,
    /// The importer's warnings (none for corpus texts).
    pub warnings: Vec<Warning>,
    /// The side taken, when the input was a Word document with tracked changes.
    pub tracked: Option<Tracked>,
}

impl From<Imported> for Loaded {
    fn from(i: Imported) -> Self {
        Loaded {
            document: i.document,
            warnings: i.warnings,
            tracked: None,
        }
    }
}

/// What the caller knows of UN series (a corpus): the series of a symbol, and the titles that
/// find a new text's predecessor. A closure `Fn(Body, &UnSymbol) -> Option<ResNumber>` is one
/// that knows symbols only.
pub type SeriesOf<'a> = &'a dyn SeriesLookup;

/// How to read an input: metadata given and borrowed, and the choices a format leaves open.
#[derive(Clone, Copy)]
pub struct Reading<'a> {
    /// Metadata that wins over what the text says (the caller's).
    pub overrides: &'a ImportOptions,
    /// Metadata for what neither the overrides nor the text say (another text's).
    pub defaults: &'a ImportOptions,
    /// The text of a Word document with tracked changes to take.
    pub take: Take,
    /// The series of a UN resolution, looked up by symbol; `None`: no corpus to ask.
    pub series_of: Option<SeriesOf<'a>>,
    /// A text to show or compare rather than file: a UN resolution whose series nothing gives
    /// is named provisionally (`r78-132`, with a warning), and a revision id nothing gives is
    /// taken from the file name. Filing a text (`import`) asks for both instead.
    pub to_compare: bool,
}

/// Reads one input from its name and bytes: the reader [`Format::of`] the name chooses,
/// refused past the format's [`Format::limit`]. Errors name the input by `name`.
pub fn read(name: &Path, bytes: Vec<u8>, how: &Reading) -> Result<Loaded, SourceError> {
    let format = Format::of(name);
    let size = bytes.len() as u64;
    if size > format.limit() {
        return Err(too_large(format, name, size));
    }
    let wrap = |source| SourceError::Import {
        path: name.to_path_buf(),
        source,
    };
    let mut fallback = how.defaults.clone();
    if how.to_compare && fallback.revision.is_none() {
        fallback.revision = revision_from_file_name(name);
    }
    let no_series = |_: Body, _: &UnSymbol| None;
    let series_of = how.series_of.unwrap_or(&no_series);
    match format {
        Format::Toml => {
            // Said as for any other empty file, not as the first key TOML found missing.
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Err(wrap(ImportError::Empty));
            }
            let text = limits::utf8_text(bytes).map_err(|source| LoadError::Io {
                path: name.to_path_buf(),
                source,
            })?;
            // A corpus file says everything itself: overrides and defaults do not apply.
            Ok(Loaded {
                document: parse_document(&text, name)?,
                warnings: Vec::new(),
                tracked: None,
            })
        }
        Format::Docx => {
            let got = import_docx(&bytes, how.overrides, &fallback).map_err(wrap)?;
            let tracked = |side| {
                Some(Tracked {
                    side,
                    authors: got.authors.join(", "),
                })
            };
            let (imported, tracked) = match (how.take, got.proposal) {
                (Take::Whole | Take::Side(Side::Base) | Take::Prefer(_), None) => (got.base, None),
                (Take::Side(Side::Proposal), None) => {
                    return Err(wrap(ImportError::NoTrackedChanges));
                }
                (Take::Whole, Some(_)) => {
                    return Err(wrap(ImportError::ChooseSide {
                        authors: got.authors.join(", "),
                    }));
                }
                (Take::Side(Side::Base) | Take::Prefer(Side::Base), Some(_)) => {
                    (got.base, tracked(Side::Base))
                }
                (Take::Side(Side::Proposal) | Take::Prefer(Side::Proposal), Some(p)) => {
                    (p, tracked(Side::Proposal))
                }
            };
            Ok(Loaded {
                tracked,
                ..Loaded::from(imported)
            })
        }
        Format::Akn => {
            let xml = crate::input::text_of(bytes, name).map_err(wrap)?;
            let imported = if how.to_compare {
                import_akn_to_show(&xml, how.overrides, &fallback, series_of)
            } else {
                akn::read(&xml)
                    .map_err(ImportError::from)
                    .and_then(|a| akn::import_read_in(a, how.overrides, &fallback, series_of))
            };
            Ok(imported.map_err(wrap)?.into())
        }
        Format::Pdf => {
            // A proposal printed with its marks holds two texts, as a DOCX with tracked changes
            // does; the whole is read as printed (marks are not certain enough to refuse it).
            let side = match how.take {
                Take::Whole => None,
                Take::Side(s) | Take::Prefer(s) => Some(s),
            };
            let pdf = crate::input::pdf::import_pdf_side(&bytes, side, how.overrides, &fallback);
            let imported = match (pdf, how.take) {
                (Err(ImportError::NoTrackedChanges), Take::Prefer(_)) => {
                    crate::input::pdf::import_pdf(&bytes, how.overrides, &fallback)
                }
                (got, _) => got,
            };
            let tracked = side.filter(|_| !matches!(how.take, Take::Whole));
            Ok(Loaded {
                tracked: tracked.map(|side| Tracked {
                    side,
                    authors: String::new(),
                }),
                ..Loaded::from(imported.map_err(wrap)?)
            })
        }
        Format::Plain => {
            let text = crate::input::text_of(bytes, name).map_err(wrap)?;
            let imported = crate::input::import_text_with(&text, how.overrides, &fallback);
            Ok(imported.map_err(wrap)?.into())
        }
    }
}

/// [`read`] of a file: its bytes, within the limit of the format its name says.
pub fn read_path(path: &Path, how: &Reading) -> Result<Loaded, SourceError> {
    let format = Format::of(path);
    let bytes = limits::read_file(path, format.limit()).map_err(|e| match (e, format) {
        (Capped::TooLarge { size }, _) => too_large(format, path, size),
        (Capped::Io(source), Format::Toml) => LoadError::Io {
            path: path.to_path_buf(),
            source,
        }
        .into(),
        (Capped::Io(source), _) => SourceError::Import {
            path: path.to_path_buf(),
            source: ImportError::Io {
                path: path.to_path_buf(),
                source,
            },
        },
    })?;
    read(path, bytes, how)
}

/// A file past its format's limit, in the words its reader has always used.
fn too_large(format: Format, path: &Path, size: u64) -> SourceError {
    let limit = format.limit();
    match format {
        Format::Toml => LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit,
        }
        .into(),
        _ => SourceError::Import {
            path: path.to_path_buf(),
            source: ImportError::TooLarge { limit, size },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::ImportOptions;

    #[test]
    fn a_name_chooses_its_reader_in_any_case() {
        let of = |n: &str| Format::of(Path::new(n));
        assert_eq!(of("res.TOML"), Format::Toml);
        assert_eq!(of("RCC-23A1.Docx"), Format::Docx);
        assert_eq!(of("A_RES_78_132.xml"), Format::Akn);
        assert_eq!(of("export.txt"), Format::Plain);
        // Word's export saved under any other name is still plain text.
        assert_eq!(of("draft"), Format::Plain);
        assert_eq!(Format::named(Path::new("draft.rtf")), None);
    }

    #[test]
    fn a_path_reads_as_its_bytes_under_its_name() {
        let none = ImportOptions::default();
        let how = Reading {
            overrides: &none,
            defaults: &none,
            take: Take::Whole,
            series_of: None,
            to_compare: true,
        };
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for file in [
            "fixtures/docx/T-RES-T.1-2016-MSW-E.docx",
            "fixtures/wtdc-030-dubai-2014.ar.txt",
            "resolutions/wtdc/030/dubai-2014.ar.toml",
        ] {
            let path = root.join(file);
            let by_path = read_path(&path, &how).expect("reads");
            let bytes = std::fs::read(&path).expect("bytes");
            let by_bytes = read(&path, bytes, &how).expect("reads");
            assert_eq!(by_path.document, by_bytes.document, "{file}");
            assert_eq!(by_path.warnings, by_bytes.warnings, "{file}");
        }
    }
}
