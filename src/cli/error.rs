//! What can go wrong in a command: the library's typed errors as they are, plus the few the
//! shell itself has (writing, usage). An import error always arrives inside
//! `SourceError::Import`, which names the file. The library names fields and files; this is where a
//! message gains the flag that fixes it, since only the command line knows its flags.

use std::path::PathBuf;

use resdiff::CompareError;
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
    #[error("{}", source_message(.0))]
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
    #[error("{0}{hint}", hint = if matches!(.0, AmendError::Section(_)) { " (drop --style un)" } else { "" })]
    Amend(#[from] AmendError),
    #[error(transparent)]
    Merge(#[from] resdiff::track::merge::MergeError),
    /// Two texts given as strings that could not be read (the library's front door; the
    /// command line names files, whose errors arrive as `Source`).
    #[error(transparent)]
    Compare(CompareError),
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
    /// A proposal's metadata that neither its text nor the flags give.
    #[error("{address} names no {what}; pass {}", what.flag())]
    Unnamed { address: String, what: Unnamed },
    /// Flags that do not go together, or a flag a command needs and did not get.
    #[error("{0}")]
    Usage(String),
    #[error("{}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What a proposal must name to be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unnamed {
    Proposer,
    Doc,
}

impl Unnamed {
    pub(super) fn flag(self) -> &'static str {
        match self {
            Unnamed::Proposer => "--proposer (RCC, APT, CEPT, ...)",
            Unnamed::Doc => "--doc (23 for WTDC-17/23)",
        }
    }
}

impl std::fmt::Display for Unnamed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Unnamed::Proposer => "proposer",
            Unnamed::Doc => "conference document",
        })
    }
}

impl From<CompareError> for CliError {
    fn from(e: CompareError) -> Self {
        match e {
            CompareError::Source(e) => CliError::Source(e),
            CompareError::Diff(e) => CliError::Diff(e),
            other => CliError::Compare(other),
        }
    }
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
        Field::Series => "--series NAME (e.g. --series ict4sd)",
        Field::Proposer => "--proposer NAME (e.g. --proposer RCC)",
    }
}

/// A warning on the input `name`, as every command says it: `name:line: warning: message`.
pub fn warning_on(name: impl std::fmt::Display, w: &resdiff::input::Warning) -> String {
    format!("{name}:{}: warning: {}", w.line, warning(w))
}

/// A warning's message, with the flag that makes another choice where the importer chose.
pub fn warning(w: &resdiff::input::Warning) -> String {
    match w.chosen {
        Some(Field::Series) => format!("{}; pass --series to choose another", w.message),
        Some(Field::Proposer) => format!(
            "{}; pass {} to read them as a proposal",
            w.message,
            flag(Field::Proposer)
        ),
        Some(f) => format!("{}; pass {} to choose another", w.message, flag(f)),
        None => w.message.clone(),
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
        ImportError::NoSeries { .. } => format!("; pass {}", flag(Field::Series)),
        ImportError::ChooseSide { .. } => {
            ": pass --side base|proposal, or name FILE.docx#base or FILE.docx#proposal".into()
        }
        _ => String::new(),
    }
}

/// The library's message with the flag that fixes it; a series of the wrong kind is told in
/// the flag's terms.
fn source_message(e: &SourceError) -> String {
    match e {
        SourceError::Import {
            path,
            source: ImportError::NumberKind { number, body },
        } => format!(
            "{}: the imported text is not a valid resolution: a UN resolution takes a series name (e.g. --series ict4sd), an ITU one a number: not {number} for {}",
            path.display(),
            resdiff::model::unknown::body_name(*body)
        ),
        _ => format!("{e}{}", source_hint(e)),
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
