//! The flags of `parallel` and `project`, the six-language commands (kept apart from args/,
//! which holds the other commands' flags).

use std::path::PathBuf;

use clap::ValueEnum;

/// `resdiff parallel --help`.
pub const PARALLEL_ABOUT: &str = "\
Check that the language versions of one revision say the same in what does not translate.

TEXTS are addresses, files, or an address without a language (unga/ict4sd@80-118), which means
every language of that revision in the corpus. The versions are aligned by structure (sections,
labels read across scripts: أ = a = а, b)bis = ب) مكرراً) and by resolution numbers, UN symbols,
figures, footnote marks and URLs. Each disagreement is a finding: missing, extra, label, nesting,
order (paragraphs swapped), citation, number, footnote, lookalike. With three texts or more, a
disagreement is the language that differs from the majority, in whatever order the texts are
given (English is the reference the others are aligned with, and wins a tie); with two, the
second is told against the first.";

/// The examples under `resdiff parallel --help`.
pub const PARALLEL_EXAMPLES: &str = "\
Examples:
  resdiff parallel unga/ict4sd@80-118
  resdiff parallel unga/ict4sd@80-118:en unga/ict4sd@80-118:ar --format json
  resdiff parallel ecosoc/wsis@2025-18 --format html > 2025-18.html";

/// `resdiff project --help`.
pub const PROJECT_ABOUT: &str = "\
From the source-language diff SOURCE_OLD -> SOURCE_NEW and the target-language text TARGET_OLD,
write the skeleton of the new text in the target language: paragraphs carried over (the source
did not change), paragraphs to translate (with the source text and its diff), new paragraphs, and
the paragraphs the new text drops. With TARGET_NEW, also report translation drift: target
paragraphs that changed although the source did not (spacing, diacritics, punctuation, numbering
or wording).

With corpus addresses, --lang ar stands for TARGET_OLD and TARGET_NEW (the same revisions in
that language).";

/// The examples under `resdiff project --help`.
pub const PROJECT_EXAMPLES: &str = "\
Examples:
  resdiff project unga/ict4sd@79-194:en unga/ict4sd@80-118:en --lang ar --format md
  resdiff project unga/ict4sd@76-189:en unga/ict4sd@77-150:en unga/ict4sd@76-189:ar unga/ict4sd@77-150:ar --format json
  resdiff project unga/ict4sd@79-194:en unga/ict4sd@80-118:en --lang fr --format xliff -o 80-118.fr.xlf";

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
