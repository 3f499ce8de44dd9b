//! What can go wrong in a command: the library's typed errors as they are, plus the few the
//! shell itself has (writing, usage). An import error always arrives inside
//! `SourceError::Import`, which names the file. The library names fields and files; this is where a
//! message gains the flag that fixes it, since only the command line knows its flags.

use std::path::PathBuf;

use resdiff::diff::DiffError;
use resdiff::input::corpus::LoadError;
use resdiff::input::source::SourceError;
use resdiff::input::{Field, ImportError};
use resdiff::markup::amend::AmendError;
use resdiff::markup::{MarkupError, ReasonsError};
use resdiff::render::RenderError;
use resdiff::track::apply::ApplyError;
use resdiff::track::apply::instructions::InstructionError;
use resdiff::track::history::HistoryError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{0}{hint}", hint = source_hint(.0))]
    Source(#[from] SourceError),
    #[error(transparent)]
    Diff(#[from] DiffError),
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("{0}{hint}", hint = markup_hint(.0))]
    Markup(#[from] MarkupError),
    #[error(transparent)]
    Reasons(#[from] ReasonsError),
    #[error(transparent)]
    Render(#[from] RenderError),
    /// A changeset that does not fit the base it is applied to.
    #[error("{}", apply_message(changeset, base, source))]
    Apply {
        changeset: PathBuf,
        /// The base's address.
        base: String,
        #[source]
        source: ApplyError,
    },
    /// A DOCX given as a changeset that holds no tracked changes.
    #[error(
        "{}: no tracked changes, so no changeset; compare texts with `resdiff diff`",
        .0.display()
    )]
    NoChangeset(PathBuf),
    #[error(
        "{}:{}:{}: not a changeset (the JSON of `resdiff diff --format json`): {source}",
        path.display(),
        source.line(),
        source.column()
    )]
    Changeset {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    /// UN amendment instructions that do not read or do not apply.
    #[error("{}: {source}", path.display())]
    Instructions {
        path: PathBuf,
        #[source]
        source: InstructionError,
    },
    #[error(transparent)]
    Amend(#[from] AmendError),
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {size} bytes, more than the {limit} resdiff reads", path.display())]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// A TOML or plain text about to be written that resdiff could not read back.
    #[error(
        "the {format} would be {source}; nothing written: a text this large cannot be read back, so it cannot go in the corpus"
    )]
    Unreadable {
        format: &'static str,
        #[source]
        source: resdiff::input::limits::Unreadable,
    },
    /// Flags that do not go together, or a flag a command needs and did not get.
    #[error("{0}")]
    Usage(String),
    #[error("{}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The flag that gives a field the importer could not find.
fn flag(field: Field) -> &'static str {
    match field {
        Field::Language => "--lang ar|en|fr|es|ru|zh",
        Field::Body => "--body pp|wtdc|wtsa|ra|wrc|council",
        Field::Number => "--number N",
        Field::Title => "--title \"...\"",
        Field::Year => "--year YYYY",
        Field::Revision => "--revision ID (e.g. dubai-2014)",
    }
}

/// What to type to get past an import error, after a colon; empty when no flag helps.
fn import_hint(e: &ImportError) -> String {
    match e {
        ImportError::Missing(fields) => {
            let flags: Vec<&str> = fields.iter().map(|f| flag(*f)).collect();
            format!(": pass {}", resdiff::input::and_list(&flags))
        }
        ImportError::Language { .. } => format!(": pass {}", flag(Field::Language)),
        ImportError::ChooseSide { .. } => {
            ": pass --side base|proposal, or name FILE.docx#base or FILE.docx#proposal".into()
        }
        _ => String::new(),
    }
}

fn source_hint(e: &SourceError) -> String {
    match e {
        SourceError::Import { source, .. } => import_hint(source),
        SourceError::NoCorpus(_) => {
            ": run from the repository root, or pass --corpus DIR (or set RESDIFF_CORPUS)".into()
        }
        SourceError::Load(_) => String::new(),
    }
}

/// The library names a diff's normalisations by field; the user knows them as flags.
fn markup_hint(e: &MarkupError) -> String {
    match e {
        MarkupError::NotExact { options } => {
            let flags: Vec<String> = options.iter().map(|o| format!("--{}", o.flag())).collect();
            format!(" (drop {})", flags.join(", "))
        }
        _ => String::new(),
    }
}

fn apply_message(changeset: &std::path::Path, base: &str, e: &ApplyError) -> String {
    let path = changeset.display();
    match e {
        // The command lists the differences on stderr before it returns this.
        ApplyError::OtherBase(list) => format!(
            "{path} was made against another text than {base}: {} difference(s) listed above; nothing written",
            list.len()
        ),
        ApplyError::Normalised => format!(
            "{path}: {e}: make it with a plain `resdiff diff --format json` (no --ignore-* or -n)"
        ),
        _ => format!("{path}: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use resdiff::diff::Normalisation;
    use resdiff::markup::MarkupError;

    use super::CliError;

    #[test]
    fn a_normalised_diff_gets_the_flags_to_drop() {
        let e = CliError::from(MarkupError::NotExact {
            options: vec![
                Normalisation::IgnoreWhitespace,
                Normalisation::IgnorePresentationForms,
            ],
        });
        let msg = e.to_string();
        assert!(
            msg.contains("`ignore_whitespace`, `ignore_presentation_forms`")
                && msg.ends_with("(drop --ignore-whitespace, --ignore-presentation-forms)"),
            "{msg}"
        );
    }
}
