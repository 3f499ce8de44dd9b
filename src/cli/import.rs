//! `resdiff import`: one file to corpus TOML (or plain text) on stdout or `-o FILE`; a folder, or
//! several files, to a corpus folder `-o DIR`, read on every core.
//!
//! Many files are filed as a researcher files a session: each text at its corpus place under
//! DIR (`DIR/unga/s78/78-132.en.toml`). Every place is checked before anything is written (two
//! inputs that make one text, or a file already there without `--force`, refuse the whole run).
//! A file that cannot be read is named with its reason and left out; the others are written, and
//! the exit status is 2, so a script sees that something is missing.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use resdiff::input::corpus;
use resdiff::input::read::{self, Format, Reading, Take};
use resdiff::input::series::{self, SeriesLookup};
use resdiff::input::source::{self, CorpusSeries, Loaded};
use resdiff::input::{self, ImportOptions};

use super::args::{ImportArgs, ImportFormat, SideArg};
use super::exit_codes::{SAME, TROUBLE};
use super::output::{
    check_overwrite, emit, note, readable_plain, readable_toml, write_all_or_none, write_atomically,
};
use super::{CliError, Result, error, final_acts, parse_opt, warn_hidden};

pub fn import_cmd(a: ImportArgs, corpus: &CorpusSeries) -> Result<u8> {
    let opts = ImportOptions {
        language: parse_opt(a.meta.language.clone())?,
        body: parse_opt(a.meta.body.clone())?,
        number: a.meta.number.clone(),
        title: a.title.clone(),
        revision: a.revision.clone(),
        status: parse_opt(a.status.clone())?,
        year: a.year,
        venue: a.venue.clone(),
        date: a.date,
        proposer: a.proposer.clone(),
        source: a.source.clone(),
        base: a.base.clone(),
        allow_unknown: false,
    };
    match a.files.as_slice() {
        [one] if !one.is_dir() => import_one(&a, one, &opts, corpus),
        _ => import_many(&a, &opts, corpus),
    }
}

/// Which text of `file` to take: `--side` is for Word documents and PDFs (a proposal printed
/// with its marks), as `FILE.docx#base` and `FILE.pdf#base` are.
fn take_of(side: Option<SideArg>, file: &Path) -> Result<Take> {
    match (side, Format::of(file)) {
        (Some(_), Format::Akn) => Err(CliError::Usage(
            "--side applies to .docx and .pdf files".into(),
        )),
        (Some(_), Format::Plain | Format::Toml) => Err(CliError::Usage(
            "--side applies to .docx files with tracked changes and .pdf prints of a proposal"
                .into(),
        )),
        (Some(SideArg::Base), Format::Docx | Format::Pdf) => Ok(Take::Side(input::Side::Base)),
        (Some(SideArg::Proposal), Format::Docx | Format::Pdf) => {
            Ok(Take::Side(input::Side::Proposal))
        }
        (None, _) => Ok(Take::Whole),
    }
}

fn import_one(
    a: &ImportArgs,
    file: &Path,
    opts: &ImportOptions,
    series_of: &CorpusSeries,
) -> Result<u8> {
    // An ITU collection of Final Acts is many texts: filed each in its place (issue 24).
    if Format::of(file) == Format::Akn
        && a.side.is_none()
        && let Some(code) = final_acts::import(
            &final_acts::Out {
                file,
                output: a.output.as_deref(),
                force: a.force,
                format: a.format,
            },
            opts,
        )?
    {
        return Ok(code);
    }
    // Refuse before doing the work, so a mistake costs nothing.
    check_overwrite(a.output.as_deref(), a.force)?;
    let take = take_of(a.side, file)?;
    let imported = read_to_file(file, opts, take, series_of)?;
    for w in &imported.warnings {
        note(error::warning_on(file.display(), w));
    }
    warn_hidden(&file.display().to_string(), &imported.document);
    let text = match a.format {
        // Whatever import accepts, it writes only what the loader reads back.
        ImportFormat::Toml => readable_toml(corpus::to_toml(&imported.document))?,
        ImportFormat::Plain => readable_plain(input::to_plain_text(&imported.document))?,
    };
    match &a.output {
        None => emit(&text)?,
        Some(path) => write_atomically(path, &text)?,
    }
    Ok(SAME)
}

/// One input of many, read: its corpus files (one, or one per resolution of a collection of
/// Final Acts) and where each goes, or why not.
struct Filed {
    file: PathBuf,
    got: Result<Vec<(PathBuf, String)>>,
    /// Its warnings, said in input order once every file is read; each with what it says of
    /// the corpus, when it is about the corpus (said once per run).
    said: Vec<(String, Option<String>)>,
}

fn import_many(a: &ImportArgs, opts: &ImportOptions, series_of: &CorpusSeries) -> Result<u8> {
    let many = "importing a folder or several files writes a corpus folder";
    let Some(dir) = a.output.as_deref() else {
        return Err(CliError::Usage(format!(
            "{many}: give -o DIR (e.g. -o resolutions)"
        )));
    };
    if a.format != ImportFormat::Toml {
        return Err(CliError::Usage(format!(
            "{many}: --format plain takes one file"
        )));
    }
    if a.title.is_some() || a.revision.is_some() {
        return Err(CliError::Usage(format!(
            "{many}: --title and --revision name one text; give them with one file"
        )));
    }
    if dir.exists() && !dir.is_dir() {
        return Err(CliError::Usage(format!(
            "{} is not a folder; with several files -o names the corpus folder to write",
            dir.display()
        )));
    }
    let files = inputs(&a.files)?;
    let read_one = |file: &PathBuf| read_for_corpus(file, a.side, opts, series_of, dir);
    let filed = on_every_core(&files, read_one);
    let mut failed = 0;
    let mut corpus_said = rustc_hash::FxHashSet::default();
    for f in &filed {
        // A corpus file left out of the title evidence is said once, by the first input that
        // looked, not once per text whose series was proposed from titles.
        for (line, about) in &f.said {
            if about.as_ref().is_none_or(|a| corpus_said.insert(a.clone())) {
                note(line);
            }
        }
        if let Err(e) = &f.got {
            failed += 1;
            note(format_args!("resdiff: {e}"));
        }
    }
    // Two inputs that make one text: the same bytes are written once; different texts are both
    // left out, since either would silently stand for the other.
    type Made<'a> = (&'a Path, &'a str);
    let mut at: rustc_hash::FxHashMap<&Path, Vec<(&Filed, &str)>> =
        rustc_hash::FxHashMap::default();
    for f in &filed {
        for (place, text) in f.got.iter().flatten() {
            at.entry(place).or_default().push((f, text));
        }
    }
    let mut places: Vec<(&Path, Vec<(&Filed, &str)>)> = at.into_iter().collect();
    places.sort_by_key(|(place, _)| *place);
    let mut to_write: Vec<Made> = Vec::new();
    for (place, makers) in &places {
        let texts: Vec<&str> = makers.iter().map(|(_, t)| *t).collect();
        let names = || {
            let names: Vec<String> = makers
                .iter()
                .map(|(f, _)| f.file.display().to_string())
                .collect();
            names.join(" and ")
        };
        if texts.windows(2).all(|w| w[0] == w[1]) {
            if makers.len() > 1 {
                note(format_args!(
                    "{}: warning: {} make the same text: written once",
                    place.display(),
                    names()
                ));
            }
            to_write.push((place, texts[0]));
        } else {
            failed += makers.len();
            note(format_args!(
                "resdiff: {} make different texts at {}: none is written; import each alone (--revision names another place)",
                names(),
                place.display()
            ));
        }
    }
    write_all_or_none(&to_write, a.force)?;
    note(format_args!(
        "{} texts of {} files filed under {}{}",
        to_write.len(),
        filed.len(),
        dir.display(),
        if failed > 0 {
            format!("; {failed} files left out (named above)")
        } else {
            String::new()
        }
    ));
    Ok(if failed > 0 { TROUBLE } else { SAME })
}

/// Reads `file` to file it in the corpus: its metadata and its series given, or found from the
/// corpus, never made up.
fn read_to_file(
    file: &Path,
    opts: &ImportOptions,
    take: Take,
    series_of: &dyn SeriesLookup,
) -> Result<Loaded> {
    let how = Reading {
        overrides: opts,
        defaults: &ImportOptions::default(),
        take,
        series_of: Some(series_of),
        to_compare: false,
    };
    Ok(read::read_path(file, &how)?)
}

/// Reads one input of many and renders its corpus file; warnings are kept to be said in order.
fn read_for_corpus(
    file: &Path,
    side: Option<SideArg>,
    opts: &ImportOptions,
    series_of: &dyn SeriesLookup,
    dir: &Path,
) -> Filed {
    let mut said = Vec::new();
    let name = file.display();
    let got = (|| {
        // `--side` is for the Word documents and PDFs among them; the others are taken whole.
        let take = match Format::of(file) {
            Format::Docx | Format::Pdf => take_of(side, file)?,
            _ => Take::Whole,
        };
        // An ITU collection of Final Acts is many texts, each filed in its place, as `import`
        // of the one file files them.
        if Format::of(file) == Format::Akn
            && let Some(collection) = final_acts::read(file, opts)?
        {
            said.extend(collection.said.iter().map(|l| (l.clone(), None)));
            return collection.corpus_files(dir);
        }
        let imported = read_to_file(file, opts, take, series_of)?;
        for w in &imported.warnings {
            let about = series::about_corpus(w).then(|| w.message.clone());
            said.push((error::warning_on(&name, w), about));
        }
        for h in resdiff::render::hidden_controls(&imported.document) {
            said.push((format!("{name}: warning: {h}"), None));
        }
        let text = readable_toml(corpus::to_toml(&imported.document))?;
        Ok(vec![(corpus::path_for(dir, &imported.document), text)])
    })();
    Filed {
        file: file.to_path_buf(),
        got,
        said,
    }
}

/// The files named, with each folder replaced by the files under it that resdiff reads (by
/// extension; hidden files and folders aside), in name order.
fn inputs(named: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in named {
        if p.is_dir() {
            let before = out.len();
            walk(p, &mut out)?;
            if out.len() == before {
                return Err(CliError::Usage(format!(
                    "{} holds no file resdiff reads (.xml, .docx, .txt, .pdf, .toml)",
                    p.display()
                )));
            }
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let io = |source| {
        CliError::Source(source::SourceError::Load(corpus::LoadError::Io {
            path: dir.to_path_buf(),
            source,
        }))
    };
    let mut entries = Vec::new();
    for e in std::fs::read_dir(dir).map_err(io)? {
        entries.push(e.map_err(io)?.path());
    }
    entries.sort();
    for p in entries {
        if p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else if Format::named(&p).is_some() {
            out.push(p);
        }
    }
    Ok(())
}

/// `f` of each item, in the items' order, on as many threads as the machine has cores. Texts
/// are independent and each costs about the same, so workers take the next one as they finish.
fn on_every_core<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = cores.min(items.len()).max(1);
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    let mut out: Vec<(usize, R)> = std::thread::scope(|s| {
        // The main thread's stack, as one file read alone gets.
        let spawned: Vec<_> = (1..workers)
            .map(|_| {
                std::thread::Builder::new()
                    .stack_size(8 << 20)
                    .spawn_scoped(s, work)
            })
            .collect();
        // This thread works too, and takes whatever a thread that could not start would have.
        let mut all = work();
        for h in spawned.into_iter().flatten() {
            match h.join() {
                Ok(done) => all.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    });
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, r)| r).collect()
}
