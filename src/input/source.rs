//! Naming an input: a corpus address, a corpus `.toml` file, or a plain-text or DOCX resolution
//! (imported on the fly). Commands that take texts (`show`, `diff`) resolve their arguments here.

use std::path::{Path, PathBuf};

use crate::input::akn::{import_akn, import_read, read};
use crate::input::corpus::{Address, Corpus, LoadError};
pub use crate::input::read::Loaded;
use crate::input::read::{Format, Reading, Take, read_path};
use crate::input::{ImportError, ImportOptions, Imported, Side, Warning};
use crate::model::{Body, Document, ResNumber, UnSymbol, revision_slug};

/// Where a text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A corpus address, `wtdc/30@dubai-2014:ar`.
    Address(Address),
    /// A corpus `.toml` file.
    Toml(PathBuf),
    /// A plain-text resolution or a PDF, imported on the fly.
    Text(PathBuf),
    /// A Word document; with tracked changes, `FILE.docx#base` or `FILE.docx#proposal`. Also
    /// a side of a proposal printed to PDF with its marks (`FILE.pdf#base`).
    Docx(PathBuf, Option<Side>),
    /// An Akoma Ntoso (AKN4UN) resolution, `FILE.xml`.
    Akn(PathBuf),
}

/// Why an input could not be had.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{}: {source}", path.display())]
    Import {
        path: PathBuf,
        #[source]
        source: ImportError,
    },
    #[error("corpus folder `{}` not found", .0.display())]
    NoCorpus(PathBuf),
}

impl Source {
    /// A name with an extension resdiff reads (`.toml`, `.docx`, `.xml`, `.txt`) or an existing
    /// path is a file; anything else an address.
    pub fn parse(arg: &str) -> Result<Source, LoadError> {
        let (file, side) = match arg.rsplit_once('#') {
            Some((f, "base")) => (f, Some(Side::Base)),
            Some((f, "proposal")) => (f, Some(Side::Proposal)),
            _ => (arg, None),
        };
        let format = Format::named(Path::new(file));
        match format {
            Some(Format::Docx) => return Ok(Source::Docx(PathBuf::from(file), side)),
            Some(Format::Akn) => return Ok(Source::Akn(PathBuf::from(arg))),
            Some(Format::Toml) => return Ok(Source::Toml(PathBuf::from(arg))),
            // A side of a PDF is taken as a side of a DOCX is (the reader is chosen by the path).
            Some(Format::Pdf) if side.is_some() => {
                return Ok(Source::Docx(PathBuf::from(file), side));
            }
            Some(Format::Pdf) => return Ok(Source::Text(PathBuf::from(arg))),
            Some(Format::Plain) | None => {}
        }
        let path = Path::new(arg);
        let address = arg.parse::<Address>();
        if path.exists() && address.is_ok() {
            return Err(LoadError::Address(format!(
                "`{arg}` names both the file {} and a corpus address; write ./{arg} for the file",
                path.display()
            )));
        }
        if path.exists() || format == Some(Format::Plain) {
            return Ok(Source::Text(path.to_path_buf()));
        }
        Ok(Source::Address(address?))
    }

    /// A path, by the format its name says ([`Format::of`]); a `.docx` is taken whole.
    pub fn from_path(path: &Path) -> Source {
        let path = path.to_path_buf();
        match Format::of(&path) {
            Format::Toml => Source::Toml(path),
            Format::Docx => Source::Docx(path, None),
            Format::Akn => Source::Akn(path),
            Format::Plain | Format::Pdf => Source::Text(path),
        }
    }

    /// Whether the source is imported (plain text or DOCX) and may borrow metadata.
    pub fn is_text(&self) -> bool {
        matches!(self, Source::Text(_) | Source::Docx(..) | Source::Akn(_))
    }
}

/// Opens the corpus at `root`, with a clear error when it is not there.
pub fn open_corpus(root: &Path) -> Result<Corpus, SourceError> {
    if !root.is_dir() {
        return Err(SourceError::NoCorpus(root.to_path_buf()));
    }
    Ok(Corpus::open(root)?)
}

/// Loads a source. For an imported file, `overrides` (from flags such as `--lang`) win over
/// what the text says, and `defaults` fills what the text does not say (a diff passes the
/// other side's resolution, so a Word export can be compared without flags); the revision id
/// defaults to the file name, and a UN resolution's series is the corpus's (see
/// [`import_akn_to_show`]).
pub fn load(
    source: &Source,
    corpus_root: &Path,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
) -> Result<Loaded, SourceError> {
    let (path, take) = match source {
        Source::Address(a) => {
            if !corpus_root.is_dir() {
                return Err(SourceError::NoCorpus(corpus_root.to_path_buf()));
            }
            return Ok(Loaded {
                document: Corpus::open_for(corpus_root, a)?.load(a)?,
                warnings: Vec::new(),
                tracked: None,
            });
        }
        Source::Docx(p, Some(side)) => (p, Take::Side(*side)),
        Source::Toml(p) | Source::Text(p) | Source::Akn(p) | Source::Docx(p, None) => {
            (p, Take::Whole)
        }
    };
    let series_of = series_finder(corpus_root);
    let how = Reading {
        overrides,
        defaults,
        take,
        series_of: Some(&series_of),
        to_compare: true,
    };
    read_path(path, &how)
}

/// An AKN text imported to be shown or compared rather than filed: to show or compare a
/// text, a series is only a name, so without one in the corpus a name is made up from the
/// symbol (`r78-132`), and a warning says so. `import`, which files the text, asks for one
/// instead. The web app's upload form reads AKN through this too.
pub fn import_akn_to_show(
    xml: &str,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
    series_of: &dyn Fn(Body, &UnSymbol) -> Option<crate::model::ResNumber>,
) -> Result<Imported, ImportError> {
    let akn = read(xml)?;
    let symbol = akn.symbol.as_ref().map_or("x".into(), |s| s.revision_id());
    match import_read(akn, overrides, defaults, series_of) {
        Err(ImportError::NoSeries { cited }) => {
            let provisional = ResNumber::Series(format!("r{symbol}"));
            let opts = ImportOptions {
                number: Some(provisional.clone()),
                ..overrides.clone()
            };
            let mut i = import_akn(xml, &opts, defaults, series_of)?;
            i.warnings.push(Warning {
                chosen: None,
                line: 1,
                message: format!(
                    "no series: none of the resolutions it recalls ({cited}) is in the corpus; named `{provisional}` for this run"
                ),
            });
            Ok(i)
        }
        other => other,
    }
}

/// The series of the corpus revision with this symbol (`unga`, `78/132` -> `ict4sd`, from
/// `resolutions/unga/ict4sd/78-132.*.toml`). No corpus: no series.
pub fn series_in_corpus(
    corpus_root: &Path,
    body: Body,
    symbol: &UnSymbol,
) -> Option<crate::model::ResNumber> {
    series_finder(corpus_root)(body, symbol)
}

/// [`series_in_corpus`] for many symbols: the corpus is listed once, when first asked, where
/// listing it for each symbol a text recalls made a text of many links quadratic.
pub fn series_finder(corpus_root: &Path) -> impl Fn(Body, &UnSymbol) -> Option<ResNumber> + '_ {
    type Index = rustc_hash::FxHashMap<(Body, String), ResNumber>;
    let index: std::cell::OnceCell<Index> = std::cell::OnceCell::new();
    move |body, symbol| {
        let index = index.get_or_init(|| {
            let mut index = Index::default();
            if let Ok(corpus) = Corpus::open(corpus_root) {
                // The first in the corpus's order, as a search of the list found.
                for e in corpus.entries {
                    index.entry((e.body, e.revision)).or_insert(e.number);
                }
            }
            index
        });
        crate::work::steps(1);
        index.get(&(body, symbol.revision_id())).cloned()
    }
}

/// The revision id an imported file is given when nothing else names one: its file name
/// stem as a slug (`revision_slug`).
pub fn revision_from_file_name(p: &Path) -> Option<String> {
    let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned());
    stem.map(|s| revision_slug(&s, 0).trim_end_matches("-0").to_string())
}

/// Import defaults taken from a document on the other side of a comparison. The revision id,
/// year and formula are left to the text itself.
pub fn defaults_from(doc: &Document) -> ImportOptions {
    ImportOptions {
        language: Some(doc.language),
        body: doc.resolution.body,
        number: doc.resolution.number.clone(),
        title: doc.resolution.title.clone(),
        year: doc.revision.year,
        ..ImportOptions::default()
    }
}
