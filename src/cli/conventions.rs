//! What people expect of a command-line tool besides its commands: shell completions, a man page
//! (both generated from the same clap definitions as `--help`, so they cannot drift), and a
//! `git diff` text converter.
//!
//! The man page is a command (`resdiff man > resdiff.1`) rather than a build script: the flags are
//! defined once, in the binary, and a build script would need them copied or `include!`d into
//! it and would run on every build; packagers run the command once, and a test checks it.

use std::path::Path;

use clap::CommandFactory;

use super::args::{Args, SideArg};
use super::exit_codes::SAME;
use super::output;
use super::{CliError, Result, emit, parse_opt};
use resdiff::input::source::{self, Loaded, Source, SourceError};
use resdiff::input::{ImportError, ImportOptions, Side};
use resdiff::render::tree_lines;

/// `resdiff completions SHELL`: the completion script on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Args::command(), "resdiff", &mut out);
    emit(&out)?;
    Ok(SAME)
}

/// `resdiff man [COMMAND]`: the man page in roff, of the tool or of one command
/// (`resdiff-diff(1)`), on stdout.
pub fn man(command: Option<&str>) -> Result<u8> {
    let mut cmd = Args::command();
    cmd.build();
    let page = match command {
        None => cmd,
        Some(name) => {
            let sub = cmd.find_subcommand(name).ok_or_else(|| {
                let known: Vec<&str> = cmd
                    .get_subcommands()
                    .map(|s| s.get_name())
                    .filter(|n| *n != "help")
                    .collect();
                CliError::Usage(format!(
                    "no command `{name}` (commands: {})",
                    known.join(", ")
                ))
            })?;
            sub.clone().display_name(format!("resdiff-{name}"))
        }
    };
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut out)
        .map_err(|source| CliError::Write {
            path: "<stdout>".into(),
            source,
        })?;
    emit(&out)?;
    Ok(SAME)
}

/// `resdiff textconv FILE`: the text as one line per clause, for `git diff` (see
/// `docs/manual.md`). A DOCX with tracked changes shows its proposal (changes accepted) unless
/// `--side base`, and says so on its first line: git gives a converter no way to ask.
pub fn textconv(
    file: &Path,
    language: Option<String>,
    side: Option<SideArg>,
    corpus: &source::CorpusSeries,
) -> Result<u8> {
    // What `show` reads, textconv reads: a refusal makes `git diff` abort for every file.
    let overrides = ImportOptions {
        language: parse_opt(language)?,
        allow_unknown: true,
        ..ImportOptions::default()
    };
    // git hands the converter a temporary copy named `XXXXXX_name`: a revision id taken from the
    // file name would differ between the two sides of every diff.
    let defaults = ImportOptions {
        revision: Some("unnamed".into()),
        ..ImportOptions::default()
    };
    let chosen = side.map(|s| match s {
        SideArg::Base => Side::Base,
        SideArg::Proposal => Side::Proposal,
    });
    let src = match Source::from_path(file) {
        Source::Docx(path, _) => Source::Docx(path, chosen),
        other => other,
    };
    let (loaded, note) = match source::load_with(&src, corpus, &overrides, &defaults) {
        Err(SourceError::Import {
            source: ImportError::ChooseSide { authors },
            ..
        }) if chosen.is_none() => {
            let proposal = Source::Docx(file.to_path_buf(), Some(Side::Proposal));
            let loaded = source::load_with(&proposal, corpus, &overrides, &defaults)?;
            let note = format!(
                "tracked changes by {authors}: the proposal (changes accepted); --side base for the base\n"
            );
            (loaded, note)
        }
        other => (other?, String::new()),
    };
    let Loaded {
        document, warnings, ..
    } = loaded;
    for w in warnings {
        output::note(super::error::warning_on(file.display(), &w));
    }
    emit(note + &tree_lines::render(&document))?;
    Ok(SAME)
}

/// Runs one of the conventional commands.
pub fn run(command: super::args::Convention, corpus: &source::CorpusSeries) -> Result<u8> {
    use super::args::Convention;
    match command {
        Convention::Textconv {
            file,
            language,
            side,
        } => textconv(&file, language, side, corpus),
        Convention::Completions { shell } => completions(shell),
        Convention::Man { command } => man(command.as_deref()),
    }
}
