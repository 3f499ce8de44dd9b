//! The flags of the commands that read and compare texts (`import`, `diff`), and the metadata
//! every command that reads a plain text takes.

use std::path::PathBuf;

use clap::ValueEnum;
use resdiff::diff::Normalisation;
use resdiff::model::Date;

use super::{DiffFormat, ImportFormat};

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file: plain text (UTF-8), Word (.docx), Akoma Ntoso (.xml) or PDF. A folder, or
    /// several files, are read together and filed under -o DIR.
    #[arg(required = true, value_name = "FILE|DIR")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub meta: TextMeta,
    /// Resolution title.
    #[arg(long)]
    pub title: Option<String>,
    /// Revision id, e.g. dubai-2014 or rcc-wtdc17.
    #[arg(long)]
    pub revision: Option<String>,
    /// adopted, draft or proposal.
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub year: Option<u16>,
    #[arg(long)]
    pub venue: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    pub date: Option<Date>,
    /// Who proposes the text (RCC, APT, CEPT, ...).
    #[arg(long)]
    pub proposer: Option<String>,
    /// Source document, e.g. WTDC-17/23.
    #[arg(long)]
    pub source: Option<String>,
    /// The revision a proposal amends.
    #[arg(long)]
    pub base: Option<String>,
    /// Write here instead of standard output; with a folder or several files, the corpus
    /// folder to file them under.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Overwrite the output file(s) if they exist.
    #[arg(long)]
    pub force: bool,
    /// Output toml (corpus file) or plain (the normalised plain text).
    #[arg(long, value_enum, default_value_t = ImportFormat::Toml)]
    pub format: ImportFormat,
    /// For a DOCX with tracked changes, or a proposal printed to PDF with its marks: the base
    /// (changes rejected) or the proposal (accepted).
    #[arg(long, value_enum)]
    pub side: Option<SideArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SideArg {
    Base,
    Proposal,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The old text: address, .toml file or plain-text file.
    pub old: String,
    /// The new text: address, .toml file or plain-text file.
    pub new: String,
    /// text, md, json, or akn (the new text as Akoma Ntoso with the changes as AKN amendment
    /// metadata: activeModifications/textualMod), or csv (one row per clause, docs/csv.md).
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Terminal format: print unchanged clauses too.
    #[arg(long)]
    pub all: bool,
    /// A clause whose only change is its label counts as unchanged (NOC), not (MOD).
    #[arg(long)]
    pub ignore_labels: bool,
    /// Any run of spaces, no-break spaces or tabs equals any other.
    #[arg(long)]
    pub ignore_whitespace: bool,
    /// Arabic presentation forms (ﻫ U+FEEB) equal their letters (ه).
    #[arg(long)]
    pub ignore_presentation_forms: bool,
    /// Cyrillic or Greek look-alike letters in UN symbols (А/70/125) equal Latin ones.
    #[arg(long)]
    pub ignore_lookalikes: bool,
    /// Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel do not count.
    #[arg(long)]
    pub ignore_diacritics: bool,
    /// All --ignore-* switches at once.
    #[arg(short = 'n', long)]
    pub normalize: bool,
    #[command(flatten)]
    pub meta: TextMeta,
}

impl DiffArgs {
    /// Whether its own flag asks for `n` (`-n` aside). The match has no catch-all, so a new
    /// normalisation does not build until it has a flag here.
    pub fn asks(&self, n: Normalisation) -> bool {
        match n {
            Normalisation::IgnoreLabels => self.ignore_labels,
            Normalisation::IgnoreWhitespace => self.ignore_whitespace,
            Normalisation::IgnorePresentationForms => self.ignore_presentation_forms,
            Normalisation::IgnoreLookalikes => self.ignore_lookalikes,
            Normalisation::IgnoreDiacritics => self.ignore_diacritics,
        }
    }
}

/// What a plain text may not say about itself; every command that reads one takes these.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct TextMeta {
    /// Language of plain-text inputs: ar, en, fr, es, ru, zh (default: read from the script and
    /// the headings).
    #[arg(long = "lang")]
    pub language: Option<String>,
    /// Body of plain-text inputs: pp, wtdc, wtsa, ra, wrc, council, unga, ecosoc, hrc, unsc
    /// (default: from the formula, else the other side's, else unknown).
    #[arg(long)]
    pub body: Option<String>,
    /// Resolution number (ITU), or series name (UN, e.g. ict4sd), of imported inputs
    /// (default: from the RESOLUTION line, else the other side's, else unknown; a UN text's
    /// series is proposed from its predecessor in the corpus).
    #[arg(long, visible_alias = "series")]
    pub number: Option<resdiff::model::ResNumber>,
}

#[cfg(test)]
mod tests {
    use clap::Parser;
    use resdiff::diff::Normalisation;

    use super::super::{Args, Command};

    /// Each normalisation of the library's table has its own flag on `diff`, named by the table,
    /// and that flag asks for it alone.
    #[test]
    fn every_normalisation_has_its_flag() {
        for n in Normalisation::ALL {
            let flag = format!("--{}", n.flag());
            let args = Args::try_parse_from(["resdiff", "diff", "a.txt", "b.txt", &flag])
                .unwrap_or_else(|e| panic!("{flag}: {e}"));
            let Command::Diff(diff) = args.command else {
                panic!("{flag}: not a diff");
            };
            for m in Normalisation::ALL {
                assert_eq!(diff.asks(m), m == n, "{flag} asks for {m}");
            }
        }
    }
}
