//! The tracking commands: `log`, `blame`, `refs`, `compile`, `outcome`, `apply`, `merge`. Each
//! loads its texts through the library, calls one engine function and picks a renderer.

use super::exit_codes::{DIFFERENT, SAME};
use std::path::{Path, PathBuf};

use resdiff::diff::{DiffOptions, DocDiff, comparable, diff_documents};
use resdiff::input::corpus::{self, Address, LoadError};
use resdiff::input::limits::{Capped, MAX_DOCX, MAX_TEXT, read_file_to_string};
use resdiff::input::read::Format;
use resdiff::input::source::{self, Source, SourceError};
use resdiff::input::{ImportError, ImportOptions, Side};
use resdiff::markup::MarkupOptions;
use resdiff::model::{Date, Document};
use resdiff::render::report::{
    compile_html, compile_md, merge_json, outcome_html, text as tracking_text,
};
use resdiff::render::{Style, csv, json};
use resdiff::track::apply::{self, ApplyError};
use resdiff::track::compile::compile;
use resdiff::track::history;
use resdiff::track::merge;
use resdiff::track::outcome::outcome;
use resdiff::track::refs::{self, AsOf, Standing};
use resdiff::{CompareError, Comparison, Input};

use super::args::{
    CompileArgs, CompileFormat, ImportFormat, MergeFormat, OutcomeFormat, RefsArgs, TextMeta,
    TrackFormat,
};
use super::markup::{Who, check_output, meta, write_proposal};
use super::output::{note, note_raw, readable_plain, readable_toml};
use super::{
    CliError, Result, check_overwrite, emit, load_source, load_text, overrides, write_atomically,
};

/// All revisions of a resolution in one language (the one named, or the only one there is).
pub(super) fn revisions(corpus_root: &Path, spec: &str) -> Result<Vec<Document>> {
    let addr: Address = spec.parse()?;
    let corpus = source::open_corpus(corpus_root)?;
    let entries: Vec<_> = corpus.of(addr.body, &addr.number).collect();
    if entries.is_empty() {
        return Err(LoadError::Address(format!(
            "{}/{} is not in the corpus ({})",
            addr.body,
            addr.number,
            corpus_root.display()
        ))
        .into());
    }
    let language = match addr.language {
        Some(l) => l,
        None => {
            // The language of the revision named, else the only language there is.
            let mut langs: Vec<_> = entries
                .iter()
                .filter(|e| addr.revision.as_ref().is_none_or(|r| &e.revision == r))
                .map(|e| e.language)
                .collect();
            langs.sort();
            langs.dedup();
            match langs.as_slice() {
                [one] => *one,
                [] => {
                    return Err(
                        LoadError::Address(format!("no revision `{spec}` in the corpus")).into(),
                    );
                }
                many => {
                    let names: Vec<String> = many.iter().map(|l| l.to_string()).collect();
                    return Err(LoadError::Address(format!(
                        "{spec} exists in {}: add :LANG",
                        names.join(", ")
                    ))
                    .into());
                }
            }
        }
    };
    entries
        .iter()
        .filter(|e| e.language == language)
        .map(|e| {
            let doc = corpus::load_entry(e)?;
            super::warn_hidden(&e.address(), &doc);
            Ok(doc)
        })
        .collect()
}

/// Where a report goes: a file (`-o`, with no colour) or standard output.
pub struct Out<'a> {
    path: Option<&'a Path>,
    force: bool,
    style: Style,
}

impl<'a> Out<'a> {
    pub fn new(path: Option<&'a Path>, force: bool, style: Style) -> Self {
        Out { path, force, style }
    }

    /// The style to render in: a file gets no terminal colours.
    pub(super) fn style(&self) -> Style {
        if self.path.is_some() {
            Style::PLAIN
        } else {
            self.style
        }
    }

    pub(super) fn check(&self) -> Result<()> {
        check_overwrite(self.path, self.force)
    }

    pub(super) fn write(&self, out: String) -> Result<()> {
        write_or_emit(self.path, out)
    }
}

/// The revisions `log` and `blame` read, and the one named: from an address, or from a file of
/// one text (with the corpus's revisions of its resolution, when the corpus has them).
fn history_of(
    spec: &str,
    corpus: &source::CorpusSeries,
) -> Result<(Vec<Document>, Option<String>)> {
    let corpus_root = corpus.root();
    if let Source::Address(addr) = Source::parse(spec)? {
        return Ok((revisions(corpus_root, spec)?, addr.revision));
    }
    let doc = load_source(
        spec,
        corpus,
        &ImportOptions::default(),
        &ImportOptions::default(),
    )?;
    let address = doc.address();
    // `body/number@revision:lang` without its revision: the resolution in that language.
    let resolution = match address.split_once('@') {
        Some((res, rest)) => match rest.rsplit_once(':') {
            Some((_, lang)) => format!("{res}:{lang}"),
            None => res.to_string(),
        },
        None => address.clone(),
    };
    let mut docs = match revisions(corpus_root, &resolution) {
        Ok(docs) => docs,
        Err(e) => {
            note(format_args!(
                "resdiff: warning: {spec}: no other revision of {resolution} read ({e}); its history is this text alone"
            ));
            Vec::new()
        }
    };
    let id = doc.revision.id_shown().to_string();
    docs.retain(|d| d.revision.id_shown() != id);
    docs.push(doc);
    Ok((docs, Some(id)))
}

pub fn log(
    spec: &str,
    format: TrackFormat,
    out: Out<'_>,
    corpus: &source::CorpusSeries,
) -> Result<u8> {
    out.check()?;
    let l = history::log(history_of(spec, corpus)?.0)?;
    out.write(match format {
        TrackFormat::Text => tracking_text::log(&l, out.style()),
        TrackFormat::Json => json::render(&l),
        TrackFormat::Csv => csv::log(&l),
    })?;
    Ok(SAME)
}

pub fn blame(
    spec: &str,
    format: TrackFormat,
    out: Out<'_>,
    corpus: &source::CorpusSeries,
) -> Result<u8> {
    out.check()?;
    let (docs, rev) = history_of(spec, corpus)?;
    let Some(rev) = rev else {
        let addr: Address = spec.parse()?;
        return Err(CliError::Usage(format!(
            "`{spec}` names no revision: blame one, e.g. {}/{}@REVISION",
            addr.body, addr.number
        )));
    };
    let un = docs.iter().any(|d| d.resolution.is_un());
    let lines = history::blame(docs, &rev)?;
    out.write(match format {
        TrackFormat::Text => tracking_text::blame(&lines, un, out.style()),
        TrackFormat::Json => json::render(&lines),
        TrackFormat::Csv => csv::blame(&lines),
    })?;
    Ok(SAME)
}

/// Every text of the corpus that loads: evidence of which resolutions were revised when.
fn whole_corpus(root: &Path) -> Vec<Document> {
    match source::open_corpus(root) {
        Ok(c) => c
            .entries
            .iter()
            .filter_map(|e| corpus::load_entry(e).ok())
            .collect(),
        Err(source::SourceError::NoCorpus(_)) => Vec::new(),
        Err(e) => {
            note(format_args!(
                "resdiff: warning: {e}; the corpus is not consulted, only the calendar"
            ));
            Vec::new()
        }
    }
}

pub fn refs(a: &RefsArgs, corpus: &source::CorpusSeries, style: Style) -> Result<u8> {
    if a.fix {
        check_output(a.output.as_deref(), a.force, a.markup)?;
    } else {
        check_overwrite(a.output.as_deref(), a.force)?;
    }
    let doc = load_text(&a.text, corpus, &a.meta)?;
    let found = refs::citations(&doc);
    if !a.stale && !a.fix {
        let out = match a.format {
            TrackFormat::Text => tracking_text::refs(&found, style),
            TrackFormat::Json => json::render(&found),
            TrackFormat::Csv => csv::refs(&found),
        };
        write_or_emit(a.output.as_deref(), out)?;
        return Ok(SAME);
    }
    let as_of = a.as_of.unwrap_or(AsOf(Date::today()));
    // The text judged is no later revision of what it cites: 80/118 recalls 79/194, and is not
    // what superseded it at the date of 80/118.
    let revision = |d: &Document| d.address().rsplit_once(':').map(|(r, _)| r.to_string());
    let own = revision(&doc);
    let mut texts = whole_corpus(corpus.root());
    texts.retain(|d| {
        revision(d) != own
            && (d.revision.symbol.is_none() || d.revision.symbol != doc.revision.symbol)
    });
    let judged = refs::stale(&found, &as_of, &texts);
    let stale = judged
        .iter()
        .filter(|s| s.status == Standing::Stale)
        .count();
    if a.fix {
        if stale == 0 {
            note(format_args!(
                "resdiff: no stale citation in {} as of {}; nothing to fix",
                doc.address(),
                as_of.0
            ));
            return Ok(SAME);
        }
        // Each stale citation the proposal does not update is named, with why.
        let left = refs::left_as_is(&judged);
        for (s, why) in &left {
            let c = &s.citation;
            let path = c.path.join(" ");
            let place = [c.section.as_str(), path.trim()].join(" ");
            note(format_args!(
                "resdiff: warning: {}: `{}` is stale (superseded by {}) but left as it is: {why}",
                place.trim(),
                c.text,
                s.superseded_by.as_deref().unwrap_or("a later text")
            ));
        }
        if left.len() == stale {
            note(format_args!(
                "resdiff: none of the {stale} stale citations in {} can be updated (each is named above); no proposal written",
                doc.address()
            ));
            return Ok(SAME);
        }
        let diff = refs::fix_diff(&doc, &judged);
        let who = Who {
            proposer: a.proposer.clone(),
            doc: a.doc,
            annex: a.annex,
            date: None,
        };
        let meta = meta(who, &diff.new)?;
        write_proposal(
            &diff,
            meta,
            &MarkupOptions::default(),
            a.markup,
            a.output.as_deref(),
        )?;
        return Ok(SAME);
    }
    let out = match a.format {
        TrackFormat::Text => tracking_text::stale(&judged, as_of.0, style),
        TrackFormat::Json => json::render(&judged),
        TrackFormat::Csv => csv::stale(&judged),
    };
    write_or_emit(a.output.as_deref(), out)?;
    Ok(if stale > 0 { DIFFERENT } else { SAME })
}

fn write_or_emit(output: Option<&Path>, out: String) -> Result<()> {
    match output {
        Some(p) => write_atomically(p, out),
        None => emit(out),
    }
}

/// The base, then each other text with the base's metadata as defaults for plain-text inputs.
fn load_with_base(
    base: &str,
    others: &[&str],
    corpus: &source::CorpusSeries,
    text_meta: &TextMeta,
) -> Result<(Document, Vec<Document>)> {
    let flags = overrides(text_meta)?;
    let base = load_source(base, corpus, &flags, &ImportOptions::default())?;
    let defaults = source::defaults_from(&base);
    let others = others
        .iter()
        .map(|o| load_source(o, corpus, &flags, &defaults))
        .collect::<Result<Vec<_>>>()?;
    Ok((base, others))
}

pub fn compile_cmd(a: &CompileArgs, corpus: &source::CorpusSeries) -> Result<u8> {
    check_overwrite(a.output.as_deref(), a.force)?;
    let others: Vec<&str> = a.proposals.iter().map(String::as_str).collect();
    let (base, proposals) = load_with_base(&a.base, &others, corpus, &a.meta)?;
    let mut s = compile(&base, &proposals)?;
    if a.changed_only {
        s = s.changed_only();
    }
    let out = match a.format {
        CompileFormat::Md => compile_md::render(&s),
        CompileFormat::Html => compile_html::render(&s),
        CompileFormat::Json => json::render(&s),
        CompileFormat::Csv => csv::compile(&s),
    };
    write_or_emit(a.output.as_deref(), out)?;
    Ok(SAME)
}

pub fn outcome_cmd(
    [base, proposal, adopted]: [&str; 3],
    format: OutcomeFormat,
    out: Out<'_>,
    corpus: &source::CorpusSeries,
    text_meta: &TextMeta,
) -> Result<u8> {
    out.check()?;
    let (base, others) = load_with_base(base, &[proposal, adopted], corpus, text_meta)?;
    super::warn_same_notes(
        proposal,
        &resdiff::diff::NotePairing::new(
            &base.footnotes,
            &others[0].footnotes,
            &Default::default(),
        ),
    );
    let o = outcome(&base, &others[0], &others[1])?;
    out.write(match format {
        OutcomeFormat::Text => tracking_text::outcome(&o, out.style()),
        OutcomeFormat::Html => outcome_html::render(&o, base.language.is_rtl()),
        OutcomeFormat::Json => json::render(&o),
    })?;
    Ok(SAME)
}

/// A read refused or failed, naming the file.
pub(super) fn capped(path: &Path, e: Capped) -> CliError {
    match e {
        Capped::Io(source) => CliError::Read {
            path: path.to_path_buf(),
            source,
        },
        Capped::TooLarge { size } => CliError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: if Format::named(path) == Some(Format::Docx) {
                MAX_DOCX
            } else {
                MAX_TEXT
            },
        },
    }
}

/// A changeset from a file: the JSON of `diff --format json`, or a DOCX with tracked changes
/// (its two sides, compared, with what they do not say taken from the base).
fn changeset(path: &Path, base: &Document) -> Result<DocDiff> {
    if Format::named(path) == Some(Format::Docx) {
        let (old, new) = (
            Source::Docx(path.to_path_buf(), Some(Side::Base)),
            Source::Docx(path.to_path_buf(), Some(Side::Proposal)),
        );
        let pair = Comparison::new()
            .fallback(source::defaults_from(base))
            .pair(Input::Source(&old), Input::Source(&new));
        let (old, new) = pair.map_err(|e| match e {
            CompareError::Source(SourceError::Import { source, .. }) => match source {
                ImportError::NoTrackedChanges => CliError::NoChangeset(path.to_path_buf()),
                ImportError::TooLarge { size, limit } => CliError::TooLarge {
                    path: path.to_path_buf(),
                    size,
                    limit,
                },
                ImportError::Io { source, .. } => CliError::Read {
                    path: path.to_path_buf(),
                    source,
                },
                source => SourceError::Import {
                    path: path.to_path_buf(),
                    source,
                }
                .into(),
            },
            other => other.into(),
        })?;
        return Ok(diff_documents(
            &old.document,
            &new.document,
            &DiffOptions::default(),
        )?);
    }
    let text = read_file_to_string(path, MAX_TEXT).map_err(|e| capped(path, e))?;
    // A byte-order mark, as some Windows editors save JSON, is no part of it.
    let json = text.strip_prefix('\u{feff}').unwrap_or(&text);
    apply::read_changeset(json).map_err(|e| match e {
        apply::ReadError::Json(source) => CliError::Changeset {
            path: path.to_path_buf(),
            source,
        },
        apply::ReadError::Apply(source) => CliError::Apply {
            changeset: path.to_path_buf(),
            base: base.address(),
            source,
        },
    })
}

pub fn apply_cmd(
    base: &str,
    changes: &Path,
    output: Option<&Path>,
    force: bool,
    format: ImportFormat,
    corpus: &source::CorpusSeries,
    text_meta: &TextMeta,
) -> Result<u8> {
    check_overwrite(output, force)?;
    let base = load_source(
        base,
        corpus,
        &overrides(text_meta)?,
        &ImportOptions::default(),
    )?;
    // UN amendment instructions are plain text; anything else but a DOCX is a diff's JSON.
    if Format::named(changes) == Some(Format::Plain) {
        let text = read_file_to_string(changes, MAX_TEXT).map_err(|e| capped(changes, e))?;
        let doc = apply::instructions::apply_text(&base, &text).map_err(|source| {
            CliError::Instructions {
                path: changes.to_path_buf(),
                source,
            }
        })?;
        return emit_applied(&doc, output, format);
    }
    let cs = changeset(changes, &base)?;
    let doc = apply::apply(&base, &cs).map_err(|source| {
        if let ApplyError::OtherBase(list) = &source {
            for m in list {
                note(format_args!(
                    "{}: {}: expected `{}`, found `{}`",
                    changes.display(),
                    m.place,
                    m.expected,
                    m.found
                ));
            }
        }
        CliError::Apply {
            changeset: changes.to_path_buf(),
            base: base.address(),
            source,
        }
    })?;
    emit_applied(&doc, output, format)
}

fn emit_applied(doc: &Document, output: Option<&Path>, format: ImportFormat) -> Result<u8> {
    let out = match format {
        ImportFormat::Toml => readable_toml(corpus::to_toml(doc))?,
        ImportFormat::Plain => readable_plain(resdiff::input::to_plain_text(doc))?,
    };
    write_or_emit(output, out)?;
    Ok(SAME)
}

pub struct MergeArgs<'a> {
    pub base: &'a str,
    pub proposals: &'a [String],
    pub output: Option<&'a PathBuf>,
    pub force: bool,
    pub format: MergeFormat,
    pub meta: &'a TextMeta,
}

pub fn merge_cmd(a: MergeArgs<'_>, corpus: &source::CorpusSeries) -> Result<u8> {
    check_overwrite(a.output.map(PathBuf::as_path), a.force)?;
    let names: Vec<&str> = a.proposals.iter().map(String::as_str).collect();
    let (base, others) = load_with_base(a.base, &names, corpus, a.meta)?;
    for p in &others {
        comparable(&base, p)?;
    }
    let merged = merge::merge_all(&base, &others)?;
    let out = match a.format {
        MergeFormat::Toml => {
            note_raw(&tracking_text::conflicts(&merged.conflicts));
            readable_toml(corpus::to_toml(&merged.document))?
        }
        MergeFormat::Json => merge_json::render(&merged),
    };
    write_or_emit(a.output.map(PathBuf::as_path), out)?;
    Ok(if merged.conflicts.is_empty() {
        SAME
    } else {
        DIFFERENT
    })
}
