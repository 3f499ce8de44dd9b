//! Errors of reading the corpus: each names the file, the line, and what is wrong.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// A problem found in a resolution file, at a line.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("unknown section kind `{0}` (see `resdiff kinds` or the README for the list)")]
    UnknownSectionKind(String),
    #[error("duplicate label `{label}` in section `{section}` (first used at line {first_line})")]
    DuplicateLabel {
        label: String,
        section: String,
        first_line: usize,
    },
    #[error("empty clause: a clause needs text")]
    EmptyClause,
    #[error("{0}")]
    UnknownLanguage(String),
    #[error("bad revision metadata: {0}")]
    BadRevision(String),
    #[error("bad resolution metadata: {0}")]
    BadResolution(String),
    #[error("bad label: {0}")]
    BadLabel(String),
    #[error("footnote `{0}`: {1}")]
    BadFootnote(String, String),
    #[error("bad call: {0}")]
    BadCall(String),
    #[error("clauses nested deeper than {0} levels; resdiff reads at most {0}")]
    TooDeep(usize),
    #[error("no [[section]]: a resolution has at least one (recalling, resolves, ...)")]
    NoSections,
    #[error("more than {0} clauses; resdiff reads at most {0}")]
    TooManyClauses(usize),
}

/// One problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// 1-based line of the file.
    pub line: usize,
    /// What is wrong there.
    pub problem: Problem,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// Why a resolution file or corpus address could not be loaded.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}:{line}: TOML syntax: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// A syntax error the parser gives no place for (its recursion limit, met by keys dotted
    /// thousands deep): no line is better than line 1.
    #[error("{}: TOML syntax: {message}", path.display())]
    SyntaxUnplaced { path: PathBuf, message: String },
    #[error("{}", render_invalid(path, problems))]
    Invalid {
        path: PathBuf,
        problems: Vec<Located>,
    },
    #[error("{0}")]
    Address(String),
    /// Two files of the corpus hold one address (`wtdc/030/x.ar.toml` and `wtdc/30/x.ar.toml`).
    #[error(
        "{address} is in the corpus twice: {} and {}; keep one (folders are numbered with 3 digits)",
        first.display(),
        second.display()
    )]
    Twice {
        address: String,
        first: PathBuf,
        second: PathBuf,
    },
    #[error("{}: {size} bytes, more than the {limit} resdiff reads", path.display())]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// Counted before parsing (see [`crate::input::limits::toml_items`]).
    #[error(
        "{}: {items} TOML keys, tables and array items, more than the {limit} resdiff reads (a clause is 5 to 8 of them; at most {} clauses)",
        path.display(),
        crate::input::limits::MAX_CLAUSES
    )]
    TooManyItems {
        path: PathBuf,
        items: usize,
        limit: usize,
    },
}

/// How many problems a message lists: a generated file can have tens of thousands (80,000
/// dangling footnotes made a 6 MB message), and the first ones say what is wrong.
const SHOWN_PROBLEMS: usize = 20;

/// `lines` up to [`SHOWN_PROBLEMS`], then how many more there are, joined with `sep`.
fn capped(lines: impl Iterator<Item = String>, count: usize, sep: &str) -> String {
    let mut out: Vec<String> = lines.take(SHOWN_PROBLEMS).collect();
    if count > SHOWN_PROBLEMS {
        out.push(format!("… and {} more problems", count - SHOWN_PROBLEMS));
    }
    out.join(sep)
}

fn render_invalid(path: &std::path::Path, problems: &[Located]) -> String {
    let lines = problems
        .iter()
        .map(|p| format!("{}:{}: {}", path.display(), p.line, p.problem));
    capped(lines, problems.len(), "\n")
}

impl LoadError {
    /// The problems of an invalid file (empty for other errors); handy in tests and tools.
    pub fn problems(&self) -> &[Located] {
        match self {
            LoadError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }

    /// The error for a document not yet written (an import, apply's result): an invalid one's
    /// problems `; `-separated, without the line 1 they all name.
    pub fn unlocated(&self) -> String {
        match self {
            LoadError::Invalid { problems, .. } => {
                let lines = problems.iter().map(|p| match &p.problem {
                    // The line of the first use is as meaningless as the problem's own.
                    Problem::DuplicateLabel { label, section, .. } => {
                        format!("duplicate label `{label}` in section `{section}`")
                    }
                    other => other.to_string(),
                });
                capped(lines, problems.len(), "; ")
            }
            other => other.to_string(),
        }
    }
}
