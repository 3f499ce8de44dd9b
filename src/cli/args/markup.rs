//! The flags of `markup`: the proposal, its cover and its style.

use std::path::PathBuf;

use clap::ValueEnum;
use resdiff::model::Date;

use super::{MarkupFormat, TextMeta};

#[derive(Debug, clap::Args)]
pub struct MarkupArgs {
    /// The text being amended: address, .toml file or plain-text file.
    pub base: String,
    /// The proposed text: address, .toml file or plain-text file.
    pub proposal: String,
    /// Who proposes (RCC, APT, CEPT, ...); the DOCX revisions' author. Default: the proposal's.
    #[arg(long)]
    pub proposer: Option<String>,
    /// Conference document number (23 of WTDC-17/23). Default: from the proposal's source.
    #[arg(long)]
    pub doc: Option<u32>,
    /// Annex or addendum number: ids read RCC/23A1/n, the cover "Addendum 1 to Document 23".
    #[arg(long, alias = "addendum")]
    pub annex: Option<u32>,
    /// itu: the proposal as ITU receives it (--format html|docx|md); un: amendment
    /// instructions as the UN tables them ("In the fourth preambular paragraph, replace ...").
    #[arg(long, value_enum, default_value_t = MarkupStyle::Itu)]
    pub style: MarkupStyle,
    /// One proposal per changed provision (Radio Regulations, Constitution and Convention
    /// practice) instead of one for the whole resolution.
    #[arg(long)]
    pub per_provision: bool,
    /// Conference on the cover ("WTDC-17"). Default: the proposal's source before the slash.
    #[arg(long)]
    pub conference: Option<String>,
    /// Source line of the cover ("European Common Proposals"). Default: the proposer's.
    #[arg(long)]
    pub source: Option<String>,
    /// Title of the cover. Default: "Proposed modification to Resolution N".
    #[arg(long)]
    pub title: Option<String>,
    /// Original language on the cover (ar, en, fr, es, ru, zh). Default: the text's.
    #[arg(long)]
    pub original: Option<String>,
    /// Text of the Introduction part (UTF-8; paragraphs apart by blank lines).
    #[arg(long)]
    pub introduction: Option<PathBuf>,
    /// html (one self-contained page), docx (tracked changes) or md (for review).
    #[arg(long, value_enum, default_value_t = MarkupFormat::Md)]
    pub format: MarkupFormat,
    /// Write here instead of standard output (required for docx on a terminal).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// TOML file of reasons: `default = "..."`, `3 = "..."`.
    #[arg(long)]
    pub reasons: Option<PathBuf>,
    /// Show each run of unchanged provisions as one "…" line.
    #[arg(long)]
    pub collapse_noc: bool,
    /// Date of the tracked changes (YYYY-MM-DD). Default: the proposal's date, else today.
    #[arg(long)]
    pub date: Option<Date>,
    #[command(flatten)]
    pub meta: TextMeta,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MarkupStyle {
    Itu,
    Un,
}
