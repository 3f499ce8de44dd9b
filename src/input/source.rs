//! Naming an input: a corpus address, a corpus `.toml` file, or a plain-text or DOCX resolution
//! (imported on the fly). Commands that take texts (`show`, `diff`) resolve their arguments here.

use std::path::{Path, PathBuf};

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::input::akn::{import_read_in, read};
use crate::input::corpus::{Address, Corpus, Entry, LoadError};
pub use crate::input::read::Loaded;
use crate::input::read::{Format, Reading, Take, read_path};
use crate::input::series::{SeriesLookup, Titled, Titles};
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
/// [`import_akn_to_show`]). For one input; a run that reads many gives each the one finder of
/// [`load_with`], so that the corpus is listed once.
pub fn load(
    source: &Source,
    corpus_root: &Path,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
) -> Result<Loaded, SourceError> {
    load_with(source, &series_finder(corpus_root), overrides, defaults)
}

/// [`load`] with the corpus's UN series already at hand ([`series_finder`]), its root the
/// corpus that addresses name.
pub fn load_with(
    source: &Source,
    corpus: &CorpusSeries,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
) -> Result<Loaded, SourceError> {
    let corpus_root = corpus.root();
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
    let how = Reading {
        overrides,
        defaults,
        take,
        series_of: Some(corpus),
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
    series_of: &dyn SeriesLookup,
) -> Result<Imported, ImportError> {
    let akn = read(xml)?;
    let symbol = akn.symbol.as_ref().map_or("x".into(), |s| s.revision_id());
    match import_read_in(akn, overrides, defaults, series_of) {
        Err(ImportError::NoSeries { why }) => {
            let provisional = ResNumber::Series(format!("r{symbol}"));
            let opts = ImportOptions {
                number: Some(provisional.clone()),
                ..overrides.clone()
            };
            let mut i = import_read_in(read(xml)?, &opts, defaults, series_of)?;
            i.warnings.push(Warning {
                chosen: None,
                line: 1,
                message: format!("no series: {why}; named `{provisional}` for this run"),
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
    series_finder(corpus_root).series(body, symbol)
}

/// What the corpus at `root` knows of UN series ([`series_finder`]).
#[derive(Default)]
pub struct CorpusSeries {
    root: PathBuf,
    entries: OnceLock<Vec<Entry>>,
    symbols: OnceLock<FxHashMap<(Body, String), ResNumber>>,
    titles: OnceLock<Titles>,
}

/// [`series_in_corpus`] for many symbols, and the corpus's titles for finding a predecessor
/// ([`crate::input::series`]): the corpus is listed once, when first asked, where listing it
/// for each symbol a text recalls made a text of many links quadratic; titles are read (from
/// each UN file's head) only when a text's own symbol is not in the corpus.
pub fn series_finder(corpus_root: &Path) -> CorpusSeries {
    CorpusSeries {
        root: corpus_root.to_path_buf(),
        entries: OnceLock::new(),
        symbols: OnceLock::new(),
        titles: OnceLock::new(),
    }
}

#[cfg(test)]
thread_local! {
    /// How many times this thread listed a corpus for its UN series: a test counts them.
    pub(crate) static LISTED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl CorpusSeries {
    /// The corpus folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn entries(&self) -> &[Entry] {
        self.entries.get_or_init(|| {
            #[cfg(test)]
            LISTED.with(|n| n.set(n.get() + 1));
            Corpus::open(&self.root)
                .map(|c| c.entries.into_iter().filter(|e| e.body.is_un()).collect())
                .unwrap_or_default()
        })
    }
}

impl SeriesLookup for CorpusSeries {
    fn series(&self, body: Body, symbol: &UnSymbol) -> Option<ResNumber> {
        let index = self.symbols.get_or_init(|| {
            let mut index = FxHashMap::default();
            // The first in the corpus's order, as a search of the list found.
            for e in self.entries() {
                index
                    .entry((e.body, e.revision.clone()))
                    .or_insert(e.number.clone());
            }
            index
        });
        crate::work::steps(1);
        index.get(&(body, symbol.revision_id())).cloned()
    }

    fn titles(&self) -> Option<&Titles> {
        Some(self.titles.get_or_init(|| {
            let mut titles = Titles::default();
            for e in self.entries() {
                match head_of(&e.path) {
                    Ok((title, symbol)) => titles.add(Titled {
                        body: e.body,
                        series: e.number.clone(),
                        revision: e.revision.clone(),
                        language: e.language,
                        title,
                        symbol,
                    }),
                    Err(why) => titles.unread(&e.path, &why),
                }
            }
            titles
        }))
    }
}

/// The title and symbol a corpus file gives in its head (the metadata before the first
/// `[[section]]`, as `import` writes it). A file whose head cannot be read is no evidence: why
/// is returned, to be said ([`Titles::unread`]).
fn head_of(path: &Path) -> Result<(String, Option<String>), String> {
    use std::io::Read;
    #[derive(serde::Deserialize)]
    struct Head {
        resolution: HeadResolution,
        revision: Option<HeadRevision>,
    }
    #[derive(serde::Deserialize)]
    struct HeadResolution {
        title: String,
    }
    #[derive(serde::Deserialize)]
    struct HeadRevision {
        symbol: Option<String>,
    }
    // A head is a few hundred bytes; a title longer than this is no title.
    const HEAD: u64 = 16 * 1024;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(HEAD).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    let end = text.find("\n[[").map_or(text.len(), |at| at + 1);
    let head: Head = toml::from_str(&text[..end]).map_err(|e| {
        // toml's message spans lines (the line quoted, a caret): its first line says it.
        let e = e.to_string();
        e.lines().next().unwrap_or_default().trim().to_string()
    })?;
    Ok((head.resolution.title, head.revision.and_then(|r| r.symbol)))
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
