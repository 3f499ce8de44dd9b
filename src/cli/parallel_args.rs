//! The flags of `parallel` and `project`, the six-language commands (kept apart from args.rs,
//! which holds the other commands' flags and is long enough).

use std::path::PathBuf;

use clap::ValueEnum;

/// `resdiff parallel TEXT TEXT...`
#[derive(Debug, clap::Args)]
pub struct ParallelArgs {
    /// Two or more texts, or one address naming every language of a revision (unga/ict4sd@80-118).
    #[arg(required = true)]
    pub texts: Vec<String>,
    /// text (one line per finding), md, json ({"findings": [...]}), html (side by side).
    #[arg(long, value_enum, default_value_t = ParallelFormat::Text)]
    pub format: ParallelFormat,
}

/// How `parallel` writes its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParallelFormat {
    Text,
    Md,
    Json,
    Html,
}

/// `resdiff project SOURCE_OLD SOURCE_NEW [TARGET_OLD [TARGET_NEW]]`
#[derive(Debug, clap::Args)]
pub struct ProjectArgs {
    /// SOURCE_OLD SOURCE_NEW [TARGET_OLD [TARGET_NEW]].
    #[arg(required = true, num_args = 2..=4)]
    pub texts: Vec<String>,
    /// The target language (ar, zh, fr, ru, es), for corpus addresses: it stands for
    /// TARGET_OLD and TARGET_NEW.
    #[arg(long)]
    pub lang: Option<String>,
    /// md, html, json ({"clauses": [...], "drift": [...]}) or xliff (XLIFF 2.0).
    #[arg(long, value_enum, default_value_t = ProjectFormat::Md)]
    pub format: ProjectFormat,
    /// Write to FILE instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

/// How `project` writes the skeleton.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProjectFormat {
    Md,
    Html,
    Json,
    Xliff,
}
