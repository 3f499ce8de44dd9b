//! The corpus on disk: `resolutions/<body>/<number>/<revision>.<lang>.toml`, one file per revision
//! and language, and the addresses (`wtdc/30@dubai-2014:ar`) that name them.
//!
//! This module owns the TOML format (reading with line-accurate validation, writing), finding
//! files in the corpus tree, and resolving addresses to files.

mod error;
mod fast;
mod read;
mod validate;
mod write;

use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use error::{LoadError, Located, Problem};
pub use read::{Check, check_document, load_file, parse_document, parse_document_with};
pub use write::{metadata_toml, to_toml};

use crate::model::{Body, Document, Language, ResNumber, unknown};

/// A name for a text in the corpus: `body/number[@revision][:lang]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The body: `wtdc`, `pp`, ...
    pub body: Body,
    /// ITU: the resolution number; UN: the series slug.
    pub number: ResNumber,
    /// The revision id; optional where the resolution has one revision.
    pub revision: Option<String>,
    /// The language; optional where the revision has one language.
    pub language: Option<Language>,
}

impl FromStr for Address {
    type Err = LoadError;

    fn from_str(s: &str) -> Result<Self, LoadError> {
        let bad = |why: &str| {
            LoadError::Address(format!(
                "`{s}` is not an address: {why} (expected body/number@revision:lang, e.g. wtdc/30@dubai-2014:ar)"
            ))
        };
        let (rest, language) = match s.rsplit_once(':') {
            Some((rest, lang)) => (
                rest,
                Some(lang.parse::<Language>().map_err(|m| bad(&m.to_string()))?),
            ),
            None => (s, None),
        };
        let (res, revision) = match rest.split_once('@') {
            Some((res, rev)) if !rev.is_empty() => (res, Some(rev.to_string())),
            Some(_) => return Err(bad("empty revision after @")),
            None => (rest, None),
        };
        let (body, number) = res.split_once('/').ok_or_else(|| bad("no `/`"))?;
        let body = body.parse::<Body>().map_err(|m| bad(&m.to_string()))?;
        let number = match number.parse::<ResNumber>() {
            Ok(n @ (ResNumber::Number(_) | ResNumber::Recommendation(_))) if !body.is_un() => n,
            Ok(s @ ResNumber::Series(_)) if body.is_un() => s,
            Ok(_) if body.is_un() => {
                return Err(bad(
                    "a UN resolution is named by its series, e.g. unga/ict4sd",
                ));
            }
            Ok(_) => return Err(bad("the resolution number is not a positive number")),
            Err(m) => return Err(bad(&m.to_string())),
        };
        Ok(Address {
            body,
            number,
            revision,
            language,
        })
    }
}

/// One file of the corpus, as named by its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The body, from the folder name.
    pub body: Body,
    /// The resolution number or series slug, from the folder name.
    pub number: ResNumber,
    /// The revision id, from the file name.
    pub revision: String,
    /// The language, from the file name.
    pub language: Language,
    /// The file.
    pub path: PathBuf,
}

impl Entry {
    /// The entry's address, `body/number@revision:lang`.
    pub fn address(&self) -> String {
        format!(
            "{}/{}@{}:{}",
            self.body, self.number, self.revision, self.language
        )
    }
}

/// The files found under a corpus root.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The corpus folder.
    pub root: PathBuf,
    /// Every file named `<body>/<number>/<revision>.<lang>.toml`, in path order.
    pub entries: Vec<Entry>,
    /// Files that look like corpus files but are not named as the layout requires.
    pub misplaced: Vec<PathBuf>,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> LoadError + '_ {
    move |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The entries of folder `path` whose names `keep` accepts, in path order.
fn sorted_dir(path: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path).map_err(io_err(path))? {
        let entry = entry.map_err(io_err(path))?;
        let name = entry.file_name();
        if keep(&name.to_string_lossy()) {
            out.push((name, entry.path()));
        }
    }
    // Entries of one folder differ only in their names, so the names give the paths' order;
    // comparing whole paths component by component was 5% of a diff (callgrind).
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(out.into_iter().map(|(_, path)| path).collect())
}

impl Corpus {
    /// Scans `root` (usually `resolutions/`). Fails if it cannot be read.
    pub fn open(root: &Path) -> Result<Corpus, LoadError> {
        Corpus::scan(root, |_| true, |_| true)
    }

    /// The corpus at `root` as far as `addr` needs it: the folders of its resolution only
    /// (listing and sorting the whole tree for two addresses was a fifth of a diff), or the
    /// whole tree when they hold nothing, so that the error names what the corpus does have.
    pub fn open_for(root: &Path, addr: &Address) -> Result<Corpus, LoadError> {
        let body = |name: &str| name.parse::<Body>().ok() == Some(addr.body);
        let number = |name: &str| name.parse::<ResNumber>().ok().as_ref() == Some(&addr.number);
        let narrow = Corpus::scan(root, body, number)?;
        if narrow.entries.is_empty() {
            return Corpus::open(root);
        }
        Ok(narrow)
    }

    /// The files under the body folders and number folders whose names the filters accept.
    fn scan(
        root: &Path,
        body_dir: impl Fn(&str) -> bool,
        num_dir: impl Fn(&str) -> bool,
    ) -> Result<Corpus, LoadError> {
        let mut corpus = Corpus {
            root: root.to_path_buf(),
            entries: Vec::new(),
            misplaced: Vec::new(),
        };
        for body_dir in sorted_dir(root, body_dir)?
            .into_iter()
            .filter(|p| p.is_dir())
        {
            let body = file_name(&body_dir).parse::<Body>().ok();
            for num_dir in sorted_dir(&body_dir, &num_dir)?
                .into_iter()
                .filter(|p| p.is_dir())
            {
                let number = file_name(&num_dir).parse::<ResNumber>().ok();
                for file in sorted_dir(&num_dir, |_| true)? {
                    crate::work::steps(1);
                    if file.extension().is_none_or(|e| e != "toml") {
                        continue;
                    }
                    match (body, number.clone(), split_file_name(&file)) {
                        (Some(body), Some(number), Some((revision, language)))
                            if body.is_un() == matches!(number, ResNumber::Series(_)) =>
                        {
                            corpus.entries.push(Entry {
                                body,
                                number,
                                revision,
                                language,
                                path: file,
                            })
                        }
                        _ => corpus.misplaced.push(file),
                    }
                }
            }
        }
        corpus.each_address_once()?;
        Ok(corpus)
    }

    /// Refuses two files for one address: any choice between them would be silent (`list` showed
    /// both, `log` compared a text with itself).
    fn each_address_once(&self) -> Result<(), LoadError> {
        let mut seen: std::collections::HashMap<String, &Path> = std::collections::HashMap::new();
        for e in &self.entries {
            let address = e.address();
            if let Some(first) = seen.get(&address) {
                return Err(LoadError::Twice {
                    address,
                    first: first.to_path_buf(),
                    second: e.path.clone(),
                });
            }
            seen.insert(address, &e.path);
        }
        Ok(())
    }

    /// The entries of one resolution.
    pub fn of<'a>(&'a self, body: Body, number: &'a ResNumber) -> impl Iterator<Item = &'a Entry> {
        self.entries
            .iter()
            .filter(move |e| e.body == body && &e.number == number)
    }

    /// Finds the one file an address names, or says what the address could have named.
    pub fn resolve<'a>(&'a self, addr: &'a Address) -> Result<&'a Entry, LoadError> {
        let candidates: Vec<&Entry> = self.of(addr.body, &addr.number).collect();
        let name = format!("{}/{}", addr.body, addr.number);
        if candidates.is_empty() {
            let mut have: Vec<String> = self
                .entries
                .iter()
                .map(|e| format!("{}/{}", e.body, e.number))
                .collect();
            have.dedup();
            return Err(LoadError::Address(format!(
                "no resolution {name} in corpus {} (it has: {})",
                self.root.display(),
                if have.is_empty() {
                    "nothing".to_string()
                } else {
                    have.join(", ")
                }
            )));
        }
        let revisions = unique(candidates.iter().map(|e| e.revision.clone()));
        let Some(rev) = &addr.revision else {
            return Err(LoadError::Address(format!(
                "{name}: name a revision, one of: {}",
                revisions
                    .iter()
                    .map(|r| format!("{name}@{r}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        };
        let of_rev: Vec<&Entry> = candidates
            .into_iter()
            .filter(|e| &e.revision == rev)
            .collect();
        if of_rev.is_empty() {
            return Err(LoadError::Address(format!(
                "{name} has no revision `{rev}` (it has: {})",
                revisions.join(", ")
            )));
        }
        match addr.language {
            Some(lang) => of_rev
                .into_iter()
                .find(|e| e.language == lang)
                .ok_or_else(|| {
                    LoadError::Address(format!(
                        "{name}@{rev} has no `{lang}` text (it has: {})",
                        unique(of_rev_langs(self, addr, rev)).join(", ")
                    ))
                }),
            None if of_rev.len() == 1 => Ok(of_rev[0]),
            None => Err(LoadError::Address(format!(
                "{name}@{rev} exists in several languages; add one of: {}",
                of_rev
                    .iter()
                    .map(|e| format!(":{}", e.language))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }

    /// Loads the document an address names and checks that the file agrees with its name.
    pub fn load(&self, addr: &Address) -> Result<Document, LoadError> {
        let entry = self.resolve(addr)?;
        load_entry(entry)
    }
}

/// Loads an entry and checks its contents against its path.
pub fn load_entry(entry: &Entry) -> Result<Document, LoadError> {
    let doc = load_file(&entry.path)?;
    let mismatch = if doc.revision.id_shown() != entry.revision {
        Some(format!(
            "[revision] id `{}` differs from the file name `{}`",
            doc.revision.id_shown(),
            entry.revision
        ))
    } else if doc.language != entry.language {
        Some(format!(
            "language `{}` differs from the file name `.{}.toml`",
            doc.language, entry.language
        ))
    } else if doc.resolution.body != Some(entry.body)
        || doc.resolution.number.as_ref() != Some(&entry.number)
    {
        Some(format!(
            "[resolution] {}/{} differs from the folder {}/{}",
            unknown::body_name(doc.resolution.body),
            unknown::number(doc.resolution.number.as_ref()),
            entry.body,
            entry.number.folder()
        ))
    } else {
        None
    };
    match mismatch {
        None => Ok(doc),
        Some(msg) => Err(LoadError::Invalid {
            path: entry.path.clone(),
            problems: vec![Located {
                line: 1,
                problem: Problem::BadRevision(msg),
            }],
        }),
    }
}

fn of_rev_langs<'a>(
    corpus: &'a Corpus,
    addr: &'a Address,
    rev: &'a str,
) -> impl Iterator<Item = String> + 'a {
    corpus
        .of(addr.body, &addr.number)
        .filter(move |e| e.revision == rev)
        .map(|e| e.language.to_string())
}

fn unique(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for i in items {
        if !v.contains(&i) {
            v.push(i);
        }
    }
    v
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `dubai-2014.ar.toml` -> (`dubai-2014`, ar)
fn split_file_name(p: &Path) -> Option<(String, Language)> {
    let name = file_name(p);
    let stem = name.strip_suffix(".toml")?;
    let (rev, lang) = stem.rsplit_once('.')?;
    Some((rev.to_string(), lang.parse().ok()?))
}

/// Sorts revisions of one resolution oldest first: by year, then date, adopted texts before
/// drafts and proposals of the same year, then id. This is the order `diff` snapshots and
/// history follow.
pub fn chronological(docs: &mut [Document]) {
    use crate::model::Status;
    let rank = |s: Status| match s {
        Status::Adopted => 0,
        Status::Draft => 1,
        Status::Proposal => 2,
    };
    docs.sort_by(|a, b| {
        let key = |d: &Document| {
            (
                d.revision.year,
                d.revision.date, // undated (None) first, as the empty string sorted
                rank(d.revision.stage.status()),
                d.revision.id_shown().to_string(),
            )
        };
        key(a).cmp(&key(b))
    });
}

/// The path a document takes in a corpus rooted at `root`.
pub fn path_for(root: &Path, doc: &Document) -> PathBuf {
    let number = doc.resolution.number.as_ref();
    root.join(unknown::body_name(doc.resolution.body))
        .join(number.map_or(format!("{:03}", unknown::UNKNOWN_NUMBER), ResNumber::folder))
        .join(format!("{}.{}.toml", doc.revision.id_shown(), doc.language))
}

#[cfg(test)]
mod tests;
