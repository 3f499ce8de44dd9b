//! Runs the command the flags name: loads inputs through the library, picks a renderer, writes
//! the result. Every failure becomes one message and exit code 2 in `main`.

mod apply_merge;
mod args;
mod conventions;
mod error;
pub mod exit_codes;
mod final_acts;
mod import;
mod markup;
pub mod output;
mod parallel;
mod parallel_args;
mod search;
mod tracking;
mod web;

use crate::cli::exit_codes::{DIFFERENT, SAME, TROUBLE};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;

pub use args::Args;
use args::{
    ColorChoice, Command, DiffArgs, DiffFormat, ExportFormat, ListFormat, ShowFormat, TextMeta,
};
pub use error::CliError;
use output::{check_overwrite, emit, note, readable_plain, readable_toml, write_atomically};
use resdiff::Input;
use resdiff::diff::{DiffOptions, Normalisation, diff_documents};
use resdiff::input::corpus;
use resdiff::input::source::{self, Loaded, Source};
use resdiff::input::{self, ImportOptions};
use resdiff::model::{Document, SectionKind, heading_terms};
use resdiff::render::{Style, diff_json, diff_markdown, diff_text, tree_json, tree_text};

type Result<T> = std::result::Result<T, CliError>;

fn style(choice: ColorChoice) -> Style {
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    Style { color }
}

/// Runs one command; the number is the exit code.
pub fn run(args: Args) -> Result<u8> {
    let style = style(args.global.color);
    // The corpus's UN series, found once however many inputs the command reads (`compile` of
    // a base and many proposals).
    let corpus = std::sync::Arc::new(source::series_finder(&args.global.corpus));
    match args.command {
        Command::Convention(c) => conventions::run(c, &corpus),
        Command::List { format } => list(&args.global.corpus, format),
        Command::Show { text, format, meta } => {
            let doc = load_text(&text, &corpus, &meta)?;
            let out = match format {
                ShowFormat::Text => tree_text::render(&doc, style),
                ShowFormat::Json => tree_json::render(&doc),
                ShowFormat::Plain => readable_plain(input::to_plain_text(&doc))?,
                ShowFormat::Toml => readable_toml(corpus::to_toml(&doc))?,
            };
            emit(&out)?;
            Ok(SAME)
        }
        Command::Import(a) => import::import_cmd(*a, &corpus),
        Command::Diff(a) => diff_cmd(&a, &corpus, style),
        Command::Markup(a) => markup::run(&a, &corpus),
        Command::Log {
            resolution,
            format,
            output,
            force,
        } => tracking::log(
            &resolution,
            format,
            tracking::Out::new(output.as_deref(), force, style),
            &corpus,
        ),
        Command::Blame {
            text,
            format,
            output,
            force,
        } => tracking::blame(
            &text,
            format,
            tracking::Out::new(output.as_deref(), force, style),
            &corpus,
        ),
        Command::Refs(a) => tracking::refs(&a, &corpus, style),
        Command::Search {
            term,
            format,
            output,
            force,
        } => search::run(
            &term,
            format,
            tracking::Out::new(output.as_deref(), force, style),
            &args.global.corpus,
        ),
        Command::Compile(a) => tracking::compile_cmd(&a, &corpus),
        Command::Outcome {
            base,
            proposal,
            adopted,
            format,
            output,
            force,
            meta,
        } => tracking::outcome_cmd(
            [&base, &proposal, &adopted],
            format,
            tracking::Out::new(output.as_deref(), force, style),
            &corpus,
            &meta,
        ),
        Command::Apply {
            base,
            changeset,
            output,
            force,
            format,
            meta,
        } => apply_merge::apply_cmd(
            &base,
            &changeset,
            output.as_deref(),
            force,
            format,
            &corpus,
            &meta,
        ),
        Command::Merge {
            base,
            proposals,
            output,
            force,
            format,
            meta,
        } => apply_merge::merge_cmd(
            apply_merge::MergeArgs {
                base: &base,
                proposals: &proposals,
                output: output.as_ref(),
                force,
                format,
                meta: &meta,
            },
            &corpus,
        ),
        Command::Export {
            text,
            format: ExportFormat::Akn,
            output,
            force,
        } => {
            check_overwrite(output.as_deref(), force)?;
            let doc = load_text(&text, &corpus, &TextMeta::default())?;
            let xml = resdiff::render::tree_akn::render(&doc);
            match &output {
                None => emit(&xml)?,
                Some(path) => write_atomically(path, &xml)?,
            }
            Ok(SAME)
        }
        Command::Serve { host, port } => web::serve(host, port, &args.global.corpus),
        Command::Site { out } => {
            let (n, skipped) = web::site::write(&args.global.corpus, &out)?;
            note(format_args!(
                "resdiff: wrote {n} pages and style.css to {}",
                out.display()
            ));
            // As `list`: the site is written, and a script is told that texts are missing.
            Ok(if skipped > 0 { TROUBLE } else { SAME })
        }
        Command::Parallel(a) => parallel::parallel(&a, &corpus),
        Command::Project(a) => parallel::project_cmd(&a, &corpus),
        Command::Kinds => {
            let mut out = String::new();
            for kind in SectionKind::ALL {
                let terms: Vec<String> = heading_terms()
                    .iter()
                    .filter(|t| t.kind == *kind)
                    .map(|t| format!("{}: {}", t.language, t.term))
                    .collect();
                if !kind.has_heading() {
                    out.push_str(&format!(
                        "{kind}\n  (UN resolutions: no heading; each paragraph opens with its call)\n"
                    ));
                    continue;
                }
                out.push_str(&format!("{kind}\n  {}\n", terms.join("\n  ")));
            }
            emit(&out)?;
            Ok(SAME)
        }
    }
}

/// An address, a corpus `.toml` file or a plain-text file, with importer warnings on stderr.
/// `corpus`: the corpus addresses name, with its UN series, found once for the run
/// ([`source::series_finder`]).
fn load_source(
    arg: &str,
    corpus: &source::CorpusSeries,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
) -> Result<Document> {
    Ok(load_warned(arg, corpus, overrides, defaults)?.document)
}

/// [`load_source`], keeping the warnings too (`parallel` reports markup repairs).
fn load_warned(
    arg: &str,
    corpus: &source::CorpusSeries,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
) -> Result<Loaded> {
    let src = Source::parse(arg)?;
    let loaded = source::load_with(&src, corpus, overrides, defaults)?;
    tell(arg, &loaded);
    Ok(loaded)
}

/// A warning for each place of the text that holds a control character, which text output
/// shows escaped (`\u{1b}`) and a terminal would otherwise obey.
pub(crate) fn warn_hidden(name: &str, doc: &Document) {
    for h in resdiff::render::hidden_controls(doc) {
        note(format_args!("{name}: warning: {h}"));
    }
}

fn load_text(arg: &str, corpus: &source::CorpusSeries, meta: &TextMeta) -> Result<Document> {
    load_source(arg, corpus, &overrides(meta)?, &ImportOptions::default())
}

/// Import options from `--lang`, `--body`, `--number`. Commands that read texts to compare or
/// show them need no metadata, so what neither the flags nor the text give stays unknown.
fn overrides(meta: &TextMeta) -> Result<ImportOptions> {
    Ok(ImportOptions {
        language: parse_opt(meta.language.clone())?,
        body: parse_opt(meta.body.clone())?,
        number: meta.number.clone(),
        allow_unknown: true,
        ..ImportOptions::default()
    })
}

/// Loads the two sides of a comparison through [`resdiff::Comparison`], each borrowing what
/// it lacks from the other, and says what the importers had to say. Both load on this thread:
/// at resolution size, a thread for the second file cost more than it saved (hyperfine on the
/// Res. 30 diff: 2.5 against 2.3 ms).
fn load_pair(
    old_arg: &str,
    new_arg: &str,
    meta: &TextMeta,
    corpus: &Arc<source::CorpusSeries>,
) -> Result<(Document, Document)> {
    let (old_src, new_src) = (Source::parse(old_arg)?, Source::parse(new_arg)?);
    let (old, new) = resdiff::Comparison::new()
        .given(overrides(meta)?)
        .corpus_series(Arc::clone(corpus))
        .pair(Input::Source(&old_src), Input::Source(&new_src))?;
    Ok((said(old_arg, old), said(new_arg, new)))
}

/// A loaded text, its importer's warnings and its hidden controls said on stderr.
fn said(name: &str, loaded: Loaded) -> Document {
    tell(name, &loaded);
    loaded.document
}

/// The importer's warnings on `name`, and a warning for each hidden control character.
fn tell(name: &str, loaded: &Loaded) {
    for w in &loaded.warnings {
        note(error::warning_on(name, w));
    }
    warn_hidden(name, &loaded.document);
}

fn diff_cmd(a: &DiffArgs, corpus: &Arc<source::CorpusSeries>, style: Style) -> Result<u8> {
    let (old, new) = load_pair(&a.old, &a.new, &a.meta, corpus)?;
    let mut opts = DiffOptions::default();
    for n in Normalisation::ALL {
        n.set(&mut opts, a.normalize || a.asks(n));
    }
    let diff = diff_documents(&old, &new, &opts)?;
    warn_same_notes(&a.new, &diff.note_pairing());
    let out = match a.format {
        DiffFormat::Text => diff_text::render(&diff, style, diff_text::TextOptions { all: a.all }),
        DiffFormat::Md => diff_markdown::render(&diff),
        DiffFormat::Json => diff_json::render(&diff),
        DiffFormat::Akn => resdiff::render::diff_akn::render(&diff, &old, &new),
        DiffFormat::Csv => resdiff::render::csv::diff(&diff),
    };
    emit(&out)?;
    let code = if diff.has_changes() { DIFFERENT } else { SAME };
    // The process ends next: freeing every clause and change one by one was 1.5% of a Res. 30
    // diff (callgrind), for memory the exit returns anyway.
    std::mem::forget(diff);
    std::mem::forget((old, new, out));
    Ok(code)
}

/// Notes with the same words are paired by a rule, not by what they say: a reader relying on
/// "6 (was 4)" or on a paragraph found unchanged is told how.
pub(crate) fn warn_same_notes(name: &str, notes: &resdiff::diff::NotePairing) {
    for same in notes.same_words() {
        note(format_args!("{name}: warning: {same}"));
    }
}

fn open_corpus(root: &Path) -> Result<corpus::Corpus> {
    Ok(source::open_corpus(root)?)
}

fn list(root: &Path, format: ListFormat) -> Result<u8> {
    let corpus = open_corpus(root)?;
    let mut rows = Vec::new();
    let mut failed = 0;
    for path in &corpus.misplaced {
        note(format_args!(
            "resdiff: {}: not named <revision>.<lang>.toml under <body>/<number>/; not listed",
            path.display()
        ));
        failed += 1;
    }
    for entry in &corpus.entries {
        match corpus::load_entry(entry) {
            Ok(doc) => rows.push(doc),
            Err(e) => {
                note(format_args!("resdiff: {e}"));
                failed += 1;
            }
        }
    }
    let out = match format {
        ListFormat::Text => list_text(&rows),
        ListFormat::Json => list_json(&rows),
    };
    emit(&out)?;
    Ok(if failed > 0 { TROUBLE } else { SAME })
}

fn list_text(docs: &[Document]) -> String {
    let mut out = String::new();
    let width = docs.iter().map(|d| d.address().len()).max().unwrap_or(0);
    for d in docs {
        let r = &d.revision;
        out.push_str(&format!(
            "{:width$}  {:8}  {:10}  {:>3} clauses  {}\n",
            d.address(),
            r.stage.status().as_str(),
            r.date
                .map_or_else(|| r.year_shown().to_string(), |d| d.to_string()),
            d.clause_count(),
            resdiff::render::shown(d.resolution.title_shown())
        ));
    }
    out
}

fn list_json(docs: &[Document]) -> String {
    let rows: Vec<serde_json::Value> = docs
        .iter()
        .map(|d| {
            serde_json::json!({
                "address": d.address(),
                "resolution": d.resolution,
                "revision": d.revision,
                "language": d.language,
                "sections": d.sections.len(),
                "clauses": d.clause_count(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n"
}

pub(crate) fn parse_opt<T: std::str::FromStr<Err: std::fmt::Display>>(
    v: Option<String>,
) -> Result<Option<T>> {
    v.map(|s| s.parse::<T>())
        .transpose()
        .map_err(|e| CliError::Usage(e.to_string()))
}
