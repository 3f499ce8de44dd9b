//! The flags of the tracking commands that take more than a few: `refs` and `compile`.

use std::path::PathBuf;

use resdiff::track::refs::AsOf;

use super::{CompileFormat, MarkupFormat, TextMeta, TrackFormat};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Exit codes: 0 listed (with --stale: none stale), 1 stale citations found, 2 trouble.

Examples:
  resdiff refs wtdc/30@dubai-2014:ar
  resdiff refs wtdc/30@dubai-2014:ar --stale --as-of WTDC-17
  resdiff refs wtdc/30@dubai-2014:ar --stale --as-of WTDC-17 --fix --proposer RCC --doc 23 --markup html -o fix.html")]
pub struct RefsArgs {
    /// The text: address, .toml file or plain-text file.
    pub text: String,
    /// Judge each resolution citation: current, stale (superseded since) or unknown.
    #[arg(long)]
    pub stale: bool,
    /// The date to judge at: YYYY-MM-DD or a conference (WTDC-17: its opening day). Default: today.
    #[arg(long)]
    pub as_of: Option<AsOf>,
    /// Write the MOD proposal that updates every stale citation (implies --stale).
    #[arg(long)]
    pub fix: bool,
    /// For --fix: who proposes (default: the text's proposer).
    #[arg(long)]
    pub proposer: Option<String>,
    /// For --fix: the conference document number (default: from the text's source).
    #[arg(long)]
    pub doc: Option<u32>,
    /// For --fix: the annex or addendum number.
    #[arg(long)]
    pub annex: Option<u32>,
    /// For --fix: the proposal's format.
    #[arg(long, value_enum, default_value_t = MarkupFormat::Md)]
    pub markup: MarkupFormat,
    /// Write here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// text (for reading), json (the values, docs/json.md) or csv (one row per citation, docs/csv.md).
    #[arg(long, value_enum, default_value_t = TrackFormat::Text)]
    pub format: TrackFormat,
    #[command(flatten)]
    pub meta: TextMeta,
}

#[derive(Debug, clap::Args)]
pub struct CompileArgs {
    /// The base text.
    pub base: String,
    /// Two or more proposals against it.
    #[arg(required = true, num_args = 1..)]
    pub proposals: Vec<String>,
    /// md (a Markdown table), html (one self-contained page), json or csv (one row per row, docs/csv.md).
    #[arg(long, value_enum, default_value_t = CompileFormat::Md)]
    pub format: CompileFormat,
    /// Only the rows some proposal changes (or that conflict), under their section headings.
    #[arg(long)]
    pub changed_only: bool,
    /// Write here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub meta: TextMeta,
}
