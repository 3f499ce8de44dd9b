//! `resdiff markup`: loads the two texts, fills the proposal's metadata from the flags or the
//! proposal text, and writes the proposal in the chosen format.

use super::exit_codes::SAME;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;

use resdiff::input::source::CorpusSeries;

use resdiff::diff::{DiffOptions, DocDiff, TextId, diff_documents};
use resdiff::markup::amend;
use resdiff::markup::{self, CoverOptions, MarkupOptions, Numbering, ProposalMeta, Reasons};
use resdiff::model::{Date, Language, Proposer};
use resdiff::render::{amend_text, proposal_docx, proposal_html, proposal_md};

use super::args::{MarkupArgs, MarkupFormat, MarkupStyle};
use super::error::Unnamed;
use super::{CliError, Result, emit, load_pair, write_atomically};

pub fn run(a: &MarkupArgs, corpus: &Arc<CorpusSeries>) -> Result<u8> {
    if a.style == MarkupStyle::Un {
        return un_instructions(a, corpus);
    }
    check_output(a.output.as_deref(), a.force, a.format)?;
    let reasons = match &a.reasons {
        Some(path) => Reasons::load(path)?,
        None => Reasons::default(),
    };
    let (base, proposal) = load_pair(&a.base, &a.proposal, &a.meta, corpus)?;
    let diff = diff_documents(&base, &proposal, &DiffOptions::default())?;
    let meta = draft_meta(
        Who {
            proposer: a.proposer.clone(),
            doc: a.doc,
            annex: a.annex,
            date: a.date,
        },
        &diff.new,
    );
    let original = match &a.original {
        Some(code) => Some(
            code.parse::<Language>()
                .map_err(|e| CliError::Usage(format!("--original: {e}")))?,
        ),
        None => None,
    };
    let introduction = match &a.introduction {
        // Read capped and checked as UTF-8 like every text resdiff reads.
        Some(path) => Some(
            resdiff::input::limits::read_file_to_string(path, resdiff::input::limits::MAX_TEXT)
                .map_err(|e| super::tracking::capped(path, e))?,
        ),
        None => None,
    };
    let opts = MarkupOptions {
        collapse_noc: a.collapse_noc,
        reasons,
        numbering: if a.per_provision {
            Numbering::PerProvision
        } else {
            Numbering::Resolution
        },
        cover: CoverOptions {
            conference: a.conference.clone(),
            source: a.source.clone(),
            title: a.title.clone(),
            original,
            introduction,
        },
    };
    write_proposal(&diff, meta, &opts, a.format, a.output.as_deref())?;
    Ok(SAME)
}

/// `--style un`: the amendment instructions, in English where the text's language has no
/// sourced phrasing yet (said on stderr).
fn un_instructions(a: &MarkupArgs, corpus: &Arc<CorpusSeries>) -> Result<u8> {
    super::check_overwrite(a.output.as_deref(), a.force)?;
    let (base, proposal) = load_pair(&a.base, &a.proposal, &a.meta, corpus)?;
    let diff = diff_documents(&base, &proposal, &DiffOptions::default())?;
    let built = amend::build(&diff)?;
    let (text, english) = amend_text::render(&built, base.language);
    if english {
        super::output::note(format_args!(
            "resdiff: warning: the UN phrasing of amendments is known in English only so far; the instructions for this {} text are in English",
            base.language
        ));
    }
    match a.output.as_deref() {
        Some(path) => write_atomically(path, text.into_bytes())?,
        None => emit(text.into_bytes())?,
    }
    Ok(SAME)
}

/// Refuses, before any work, an output that exists (without --force) or a DOCX for a terminal.
pub fn check_output(output: Option<&Path>, force: bool, format: MarkupFormat) -> Result<()> {
    super::check_overwrite(output, force)?;
    let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
    if to_stdout && format == MarkupFormat::Docx && std::io::stdout().is_terminal() {
        return Err(CliError::Usage(
            "a DOCX file is binary; write it with -o FILE.docx".into(),
        ));
    }
    Ok(())
}

/// Lays the diff out as a proposal and writes it.
pub fn write_proposal(
    diff: &DocDiff,
    meta: ProposalMeta,
    opts: &MarkupOptions,
    format: MarkupFormat,
    output: Option<&Path>,
) -> Result<()> {
    let bytes = proposal_bytes(diff, meta, opts, format)?;
    match output {
        Some(path) => write_atomically(path, bytes),
        None => emit(bytes),
    }
}

/// The proposal the diff makes, in `format` (shared with the web app's downloads).
pub fn proposal_bytes(
    diff: &DocDiff,
    meta: ProposalMeta,
    opts: &MarkupOptions,
    format: MarkupFormat,
) -> Result<Vec<u8>> {
    let built = markup::build(diff, meta, opts)?;
    Ok(match format {
        MarkupFormat::Html => proposal_html::render(&built).into_bytes(),
        MarkupFormat::Md => proposal_md::render(&built).into_bytes(),
        MarkupFormat::Docx => proposal_docx::render(&built)?,
    })
}

/// Who proposes, as the flags say.
pub struct Who {
    pub proposer: Option<String>,
    pub doc: Option<u32>,
    pub annex: Option<u32>,
    pub date: Option<Date>,
}

/// Flags first, then what the proposal text says of itself; refused when either names no
/// proposer or no document (what `refs --fix` and the web app's downloads need).
pub fn meta(a: Who, proposal: &TextId) -> Result<ProposalMeta> {
    let (proposer, doc, date) = who(&a, proposal);
    let unnamed = |what| CliError::Unnamed {
        address: proposal.address.clone(),
        what,
    };
    Ok(ProposalMeta {
        proposer: proposer.ok_or_else(|| unnamed(Unnamed::Proposer))?,
        doc: Some(doc.ok_or_else(|| unnamed(Unnamed::Doc))?),
        annex: a.annex,
        date,
    })
}

/// As [`meta`], for `markup`: a delegation writes its proposal before the secretariat numbers
/// it, so what is missing is written as a visible placeholder ("[document number]",
/// "[proposer]") and said in a warning.
fn draft_meta(a: Who, proposal: &TextId) -> ProposalMeta {
    let (proposer, doc, date) = who(&a, proposal);
    for (missing, what, placeholder) in [
        (
            proposer.is_none(),
            Unnamed::Proposer,
            markup::PROPOSER_PLACEHOLDER,
        ),
        (doc.is_none(), Unnamed::Doc, markup::DOC_PLACEHOLDER),
    ] {
        if missing {
            super::output::note(format_args!(
                "resdiff: warning: {} names no {what}; the proposal says {placeholder} until you pass {}",
                proposal.address,
                what.flag()
            ));
        }
    }
    ProposalMeta {
        proposer: proposer.unwrap_or_else(|| {
            markup::PROPOSER_PLACEHOLDER
                .parse()
                .expect("the placeholder is not blank")
        }),
        doc,
        annex: a.annex,
        date,
    }
}

/// Proposer, document number and date, from the flags or the proposal text.
fn who(a: &Who, rev: &TextId) -> (Option<Proposer>, Option<u32>, Date) {
    // A blank --proposer names nobody: the text's own proposer stands.
    let proposer = a
        .proposer
        .as_deref()
        .and_then(|p| p.parse().ok())
        .or(rev.proposer.clone());
    // "WTDC-17/23" -> 23
    let from_source = rev
        .source
        .as_deref()
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.rsplit('/').next())
        .and_then(|n| n.trim_start_matches('0').parse().ok());
    let doc = a.doc.or(from_source);
    let date = a.date.or(rev.date).unwrap_or_else(Date::today);
    (proposer, doc, date)
}
