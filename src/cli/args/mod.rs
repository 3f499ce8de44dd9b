//! Command-line flags, parsed by clap into plain structs; `run` turns them into work.
//!
//! This file holds the top of the tree (the global flags and the commands); the argument
//! structs of the larger commands and the output formats live in the files below, by theme.

mod formats;
mod markup;
mod texts;
mod tracking;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use super::parallel_args::{
    PARALLEL_ABOUT, PARALLEL_EXAMPLES, PROJECT_ABOUT, PROJECT_EXAMPLES, ParallelArgs, ProjectArgs,
};

pub use formats::{
    CompileFormat, DiffFormat, ExportFormat, ImportFormat, ListFormat, MarkupFormat, MergeFormat,
    OutcomeFormat, ShowFormat, TrackFormat,
};
pub use markup::{MarkupArgs, MarkupStyle};
pub use texts::{DiffArgs, ImportArgs, SideArg, TextMeta};
pub use tracking::{CompileArgs, RefsArgs};

const ABOUT: &str = "Compare revisions of ITU resolutions clause by clause.";

const LONG_ABOUT: &str = "\
resdiff models each ITU resolution (WTDC, PP, WTSA, RA, Council) as a versioned clause tree:
sections such as 'recalling' or 'resolves', each a list of labelled clauses a), b) / 1, 2 /
'1', '2' / dash items. Texts live in a corpus folder as one TOML file per revision and language.

Addresses name a text in the corpus: BODY/NUMBER@REVISION:LANG, e.g. wtdc/30@dubai-2014:ar.
The language may be left out when a revision has only one. A path to a .toml file works too.

Exit codes: 0 done (or no differences), 1 differences found, 2 trouble (bad input, missing file).";

const EXAMPLES: &str = "\
Examples:
  resdiff list
  resdiff show wtdc/30@dubai-2014:ar
  resdiff show wtdc/30@rcc-wtdc17 --format json
  resdiff import ../shared/seeds/004_e26b540f71939401.txt --lang ar --body wtdc --number 30 \\
      --title \"...\" --revision rcc-raw -o raw.toml";

#[derive(Debug, Parser)]
#[command(name = "resdiff", version, about = ABOUT, long_about = LONG_ABOUT, after_help = EXAMPLES)]
pub struct Args {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// The flags every command takes, before or after its name.
#[derive(Debug, clap::Args)]
pub struct Global {
    /// The corpus folder (resolutions/<body>/<number>/<revision>.<lang>.toml).
    #[arg(
        long,
        global = true,
        env = "RESDIFF_CORPUS",
        default_value = "resolutions"
    )]
    pub corpus: PathBuf,

    /// Colour: auto (only on a terminal, and not when NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl Args {
    /// The arguments of this run, as [`Parser::parse`] reads them.
    ///
    /// Why not `parse` alone: clap builds the definition of every command (and drops it) before
    /// it reads a flag, 0.56M of the 8.6M instructions of a Res. 30 diff (callgrind). A run
    /// naming `diff`, the everyday one, is first read against a definition holding only the
    /// global flags and `diff`, whose flags are the same definitions; what that reads, the whole
    /// definition reads the same way. Anything it does not read (another command, `--help`,
    /// `--version`, a mistake) is read again by the whole definition, which gives the answer
    /// and every message as before.
    pub fn from_env() -> Args {
        let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
        match Args::diff_only(&argv) {
            Some(args) => args,
            None => Args::parse_from(argv),
        }
    }

    /// `argv` read as a `diff`, or None where it is not one.
    fn diff_only(argv: &[std::ffi::OsString]) -> Option<Args> {
        if !argv.iter().skip(1).any(|a| a == "diff") {
            return None;
        }
        let DiffOnly {
            global,
            command: DiffCommand::Diff(diff),
        } = DiffOnly::try_parse_from(argv).ok()?;
        Some(Args {
            global,
            command: Command::Diff(diff),
        })
    }
}

/// [`Args`] with `diff` as its only command ([`Args::from_env`]).
#[derive(Parser)]
#[command(name = "resdiff")]
struct DiffOnly {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: DiffCommand,
}

#[derive(Subcommand)]
enum DiffCommand {
    Diff(Box<DiffArgs>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the texts of the corpus: address, status, year, clause count, title.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print one text as a clause tree.
    #[command(
        after_help = "Formats: text (readable tree), json (see docs/json.md), plain (the \
importable plain-text form, with front matter), toml (the corpus format)."
    )]
    Show {
        /// Address (wtdc/30@dubai-2014:ar) or path to a .toml file.
        text: String,
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
        #[command(flatten)]
        meta: TextMeta,
    },
    /// Compare two revisions clause by clause (exit 0: no changes, 1: changes, 2: trouble).
    #[command(
        long_about = "\
Compare two revisions of one resolution clause by clause.

OLD and NEW are corpus addresses (wtdc/30@dubai-2014:ar), corpus .toml files, or plain-text
resolutions (imported on the fly; metadata the text lacks is taken from the other side).

Clauses are aligned by content, not by label: a clause relabelled a) -> e) is one clause
relabelled; a clause moved to another section is ADD* where it went and SUP* where it stood; a
clause whose words were replaced by more than half is SUP + ADD. Each clause gets its ITU
symbol: ADD, SUP, MOD, (MOD) (editorial: punctuation, relabelling, a citation's revision tag
only), NOC, ADD*, SUP*.

Output: text (terminal; deletions [-...-], insertions {+...+}, coloured on a terminal), md
(Markdown with <del>/<ins>), json (the contract documented in docs/json.md).",
        after_help = "\
Examples:
  resdiff diff wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar
  resdiff diff wtdc/30@dubai-2014 wtdc/30@rcc-wtdc17 --format md > rcc.md
  resdiff diff wtdc/30@dubai-2014 draft.txt --ignore-presentation-forms --format json"
    )]
    Diff(Box<DiffArgs>),
    /// Read a plain-text or DOCX resolution and write corpus TOML.
    #[command(
        long_about = "\
Read a plain-text or Word (.docx) resolution and write it as corpus TOML.

A .docx is read through ITU's paragraph styles: ResNo (number and revision), Restitle, Call
(section headings), enumlev1-3 (items), SectionNo/Heading2-3 (rules and annexes), footnotes. A
document with tracked changes holds two texts: --side base (changes rejected) or --side proposal
(changes accepted; its proposer is the changes' author). Hostile files are refused: not a ZIP,
parts that inflate past 32 MiB, a missing word/document.xml, malformed XML, DTDs and entities.
Warnings name the paragraph number instead of a line.

The text is: optional TOML front matter between '+++' lines; anything before the title formula
('The World Telecommunication Development Conference (Dubai, 2014),' / 'إن المؤتمر العالمي ...')
is skipped (and reported); then heading lines ('recalling', 'إذ يذكّر', ...) and clause lines
'label<TAB>text'. Dash and bullet items nest under the clause before them; '1' items under
numbered paragraphs. Footnotes ('[footnoteRef:1]' from Word, or '[^1]: text') are kept.
Word artifacts such as '[bookmark: _GoBack]' are dropped, and every change of that kind, look-alike
letters in UN symbols (a Cyrillic 'А' in 'А/70/125') and label jumps are reported on stderr as
FILE:LINE: warning: ... without being fixed.

Metadata comes from the flags, else the front matter, else the formula (body, venue, year).

A United Nations resolution in Akoma Ntoso (.xml) is filed in a series: --series NAME (e.g.
--series ict4sd). Without it, the series of its predecessor in the corpus (--corpus) is proposed,
with a warning giving the evidence: the same revision in another language, else the one series
holding a text of the same title (\"same title as A/RES/79/235 ...\"), else the one resolution
it recalls whose title shares at least half its words (\"recalls A/RES/79/121, whose title
shares 7 of their 9 words\"). Merely being recalled is no evidence. When there is no such
predecessor, or more than one, import stops, names the candidates and asks for --series.

A folder (read with every folder under it) or several files are read together, on every core,
and each text is filed as a corpus file under -o DIR at its corpus place
(DIR/unga/ict4sd/80-118.en.toml). Series are proposed from the corpus as it was before the run,
or --series names one for all. Every place is checked before anything is written: two inputs
making the same text, or a file already there (without --force), refuse the whole run. A file
that cannot be read is named with its reason and left out; the others are written, and the exit
status is 2.",
        after_help = "\
Examples:
  resdiff import fixtures/docx/T-RES-T.1-2016-MSW-E.docx -o wtsa-1.toml
  resdiff import A_RES_80_118-2520736E.xml --series ict4sd -o 80-118.en.toml
  resdiff --corpus resolutions import GAresolutions/80session/ -o resolutions"
    )]
    Import(Box<ImportArgs>),
    /// Write the ITU proposal that turns BASE into PROPOSAL (HTML, DOCX with tracked changes, Markdown).
    #[command(
        long_about = "\
Write the proposal a delegation submits: the base resolution with the proposed changes marked
the way ITU contributions mark them.

By default the revised resolution is ONE proposal, as PP, WTDC and WTSA receive it: 'MOD
RCC/23A1/1' above the heading (the number with its revision tag, the title, the formula), the
whole revised text with its marks, one 'Reasons:' at the end. With --per-provision the heading is
proposal 1 and each top-level clause follows with its symbol (ADD, MOD, (MOD), SUP, NOC, ADD*,
SUP*) and, when it changes, the next proposal number and a 'Reasons:' line. Inserted text is
underlined, deleted text struck through; a relabelled clause shows its old label struck and its
new one underlined. A cover block (conference, addendum and document, date, original language,
source, title), an optional Introduction and the page header with the document number come
first.

Formats: html (one self-contained file, right to left for Arabic, summary table and contents),
docx (Word/LibreOffice file whose marks are real tracked changes by the proposer, in ITU paragraph
styles: ResNo, Restitle, Normalaftertitle, Call, enumlev1), md (<ins>/<del>, for review).

--proposer and --doc default to the proposal's metadata (proposer = \"RCC\", source =
\"WTDC-17/23\"). The reasons file is TOML: `default = \"...\"` and one `N = \"...\"` per proposal
number.",
        after_help = "\
Examples:
  resdiff markup wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar --annex 1 --format html -o rcc.html
  resdiff markup wtdc/30@dubai-2014 wtdc/30@rcc-wtdc17 --proposer RCC --doc 23 --annex 1 \\
      --format docx -o RCC-23A1.docx --reasons reasons.toml
  resdiff markup wtdc/30@dubai-2014 wtdc/30@rcc-wtdc17 --format md --collapse-noc"
    )]
    Markup(Box<MarkupArgs>),
    /// The revisions of a resolution in date order (adopted, then proposals), with the change counts of each step.
    #[command(
        after_help = "Examples:\n  resdiff log wtdc/30\n  resdiff log wtdc/30:ar --format json"
    )]
    Log {
        /// The resolution: BODY/NUMBER[:LANG], e.g. wtdc/30:ar, or a file of one of its texts.
        resolution: String,
        /// text (for reading), json (the values, docs/json.md) or csv (one row per clause, docs/csv.md).
        #[arg(long, value_enum, default_value_t = TrackFormat::Text)]
        format: TrackFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// For each clause of a revision: the revision where it first appeared and where its text last changed.
    #[command(
        after_help = "Follows renumbering and moves: a clause relabelled a) -> e) keeps its history.\n\nExample:\n  resdiff blame wtdc/30@rcc-wtdc17:ar"
    )]
    Blame {
        /// The revision: BODY/NUMBER@REVISION[:LANG], or its file (blamed against the corpus).
        text: String,
        /// text (for reading), json (the values, docs/json.md) or csv (one row per clause, docs/csv.md).
        #[arg(long, value_enum, default_value_t = TrackFormat::Text)]
        format: TrackFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Citations in a text (ITU resolutions, UN symbols, WSIS action lines, SDGs); --stale says which cited revisions were superseded.
    Refs(Box<RefsArgs>),
    /// Clauses holding a term, in every text of the corpus and every language; ignores case, accents and Arabic marks.
    #[command(
        after_help = "Exit status: 0 when some clause holds the term, 1 when none does (as grep).\n\nExamples:\n  resdiff search \"digital divide\"\n  resdiff search \"الفجوة الرقمية\" --format csv -o hits.csv"
    )]
    Search {
        /// The words to find, as one phrase.
        term: String,
        /// text (for reading), json (docs/json.md) or csv (docs/csv.md).
        #[arg(long, value_enum, default_value_t = TrackFormat::Text)]
        format: TrackFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// The synoptic table of proposals against one base: a row per provision, a column per proposal, conflicts marked.
    #[command(
        after_help = "Example:\n  resdiff compile wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar wtdc/30@atu-fixture:ar --format html -o synopsis.html"
    )]
    Compile(Box<CompileArgs>),
    /// For each change a proposal made: did the adopted text take it (adopted / partly / not adopted / adopted differently)?
    #[command(
        after_help = "Example:\n  resdiff outcome wtdc/30@dubai-2014 wtdc/30@rcc-wtdc17 fixtures/tracking/wtdc-030-adopted-fixture.ar.toml"
    )]
    Outcome {
        /// The text the proposal amends.
        base: String,
        /// The proposal.
        proposal: String,
        /// The text the conference adopted.
        adopted: String,
        /// text (for reading), html (a table for a report) or json (the values, documented in docs/json.md).
        #[arg(long, value_enum, default_value_t = OutcomeFormat::Text)]
        format: OutcomeFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        meta: TextMeta,
    },
    /// Apply a changeset (JSON of `diff --format json`, a DOCX with tracked changes, or UN amendment instructions in a .txt) to a base; write the result.
    #[command(
        after_help = "The changeset must have been made against this very base: otherwise every difference is listed and nothing is written (exit 2). A .txt file holds UN amendment instructions as `markup --style un` writes them; an instruction that names a paragraph the base lacks, or quotes words it lacks, is refused with its number.\n\nExamples:\n  resdiff diff wtdc/30@dubai-2014 wtdc/30@rcc-wtdc17 --format json > rcc.json\n  resdiff apply wtdc/30@dubai-2014 rcc.json -o rcc.toml\n  resdiff markup wtdc/30@dubai-2014 wtdc/30@rcc-wtdc17 --style un -o rcc.txt\n  resdiff apply wtdc/30@dubai-2014 rcc.txt -o rcc.toml"
    )]
    Apply {
        /// The text the changeset was made against.
        base: String,
        /// A .json changeset, a .docx with tracked changes, or a .txt of UN amendment instructions.
        changeset: PathBuf,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
        /// toml (a corpus file) or plain (the importable plain text).
        #[arg(long, value_enum, default_value_t = ImportFormat::Toml)]
        format: ImportFormat,
        #[command(flatten)]
        meta: TextMeta,
    },
    /// Combine two proposals made against one base; list the provisions they change differently (exit 1 when any).
    #[command(
        after_help = "A conflicting provision keeps the base text in the merged draft, and the conflict lists every proposal's version. A draft that still holds conflicts (its revision id ends in -conflicted) is refused as a proposal: merge all the proposals at once.\n\nExample:\n  resdiff merge wtdc/30@dubai-2014 wtdc/30@rcc-wtdc17 wtdc/30@atu-fixture -o merged.toml"
    )]
    Merge {
        /// The text the proposals amend.
        base: String,
        /// Two or more proposals (none wins a conflict: the base text stays).
        #[arg(required = true, num_args = 2..)]
        proposals: Vec<String>,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
        /// toml (the merged draft; conflicts on stderr) or json ({"conflicts", "document"}).
        #[arg(long, value_enum, default_value_t = MergeFormat::Toml)]
        format: MergeFormat,
        #[command(flatten)]
        meta: TextMeta,
    },
    /// Check that versions of one revision in several languages agree (exit 0: they agree, 1: findings).
    #[command(long_about = PARALLEL_ABOUT, after_help = PARALLEL_EXAMPLES)]
    Parallel(Box<ParallelArgs>),
    /// Project a source-language change onto a target language: the new text's skeleton for translators.
    #[command(long_about = PROJECT_ABOUT, after_help = PROJECT_EXAMPLES)]
    Project(Box<ProjectArgs>),
    /// List the section kinds and the headings they are recognised by.
    Kinds,
    /// Write a text in another standard format: Akoma Ntoso 3.0 (AKN4UN statement).
    Export {
        /// Address (unga/ict4sd@80-118:en, wtdc/30@dubai-2014:ar) or path.
        text: String,
        #[arg(long, value_enum, default_value_t = ExportFormat::Akn)]
        format: ExportFormat,
        /// Write to FILE instead of standard output.
        #[arg(short, long)]
        output: Option<std::path::PathBuf>,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Serve the corpus, diffs, history and a compare-your-files form as a local web app.
    #[command(long_about = "\
Serve the corpus as a local web application: each resolution's revisions and clause trees, the
diff of any two revisions (inline or side by side), each revision's blame, a clause lineage
chart, and a form to compare your own files (plain text or DOCX) and download the proposal.

It listens on 127.0.0.1 (this machine only) unless --host says otherwise. Pages fetch nothing
from elsewhere; uploaded files stay in memory. The corpus is read once at start.")]
    Serve {
        /// The address to listen on; anything but a loopback address exposes the server.
        #[arg(long, default_value = "127.0.0.1")]
        host: std::net::IpAddr,
        /// The port (0: any free port, printed at start).
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Write the corpus pages of `serve` as a static site into OUT (made if missing).
    Site {
        /// The folder to write; files of the same names are replaced.
        out: PathBuf,
    },
    #[command(flatten)]
    Convention(Convention),
}

/// The commands every command-line tool is expected to have, apart from resdiff's own work.
#[derive(Debug, Subcommand)]
pub enum Convention {
    /// Print a text as one line per clause, each naming its clause, for `git diff`.
    #[command(after_help = "\
As a git textconv filter (see docs/manual.md):
  printf '*.toml diff=resdiff\\n*.docx diff=resdiff\\n' >> .gitattributes
  git config diff.resdiff.textconv \"resdiff textconv\"")]
    Textconv {
        /// A corpus .toml, a .docx, an Akoma Ntoso .xml, a .pdf or a plain-text resolution.
        file: PathBuf,
        /// Language of a plain-text file (default: its front matter, else its headings).
        #[arg(long = "lang")]
        language: Option<String>,
        /// For a DOCX with tracked changes: the base or the proposal (the default).
        #[arg(long, value_enum)]
        side: Option<SideArg>,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(
        after_help = "Example:\n  resdiff completions bash > ~/.local/share/bash-completion/completions/resdiff"
    )]
    Completions {
        /// bash, zsh, fish, powershell or elvish.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) of resdiff, or of one of its commands.
    #[command(
        after_help = "Examples:\n  resdiff man > resdiff.1\n  resdiff man diff > resdiff-diff.1"
    )]
    Man {
        /// A command (diff, markup, ...); without it, the page of resdiff itself.
        command: Option<String>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(line: &str) -> Vec<std::ffi::OsString> {
        line.split(' ').map(Into::into).collect()
    }

    #[test]
    fn a_diff_read_by_the_diff_alone_is_read_as_the_whole_definition_reads_it() {
        for line in [
            "resdiff diff a b",
            "resdiff diff wtdc/30@dubai-2014:ar wtdc/30@rcc-wtdc17:ar --format json",
            "resdiff --corpus elsewhere diff a.txt b.txt --color never --all",
            "resdiff diff a b --normalize --lang ar --format md --corpus c",
            "resdiff --color always diff -- -a diff",
        ] {
            let fast = Args::diff_only(&argv(line)).map(|a| format!("{a:?}"));
            let whole = Args::try_parse_from(argv(line)).map(|a| format!("{a:?}"));
            assert_eq!(fast, Some(whole.expect(line)), "{line}");
        }
    }

    #[test]
    fn anything_else_is_left_to_the_whole_definition() {
        for line in [
            "resdiff show diff",
            "resdiff diff --help",
            "resdiff help diff",
            "resdiff --version diff",
            "resdiff diff a",
            "resdiff diff a b --format pdf",
            "resdiff diff a b --no-such-flag",
            "resdiff list",
        ] {
            assert!(Args::diff_only(&argv(line)).is_none(), "{line}");
        }
    }
}
