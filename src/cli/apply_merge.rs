//! The tracking commands that write a new text from a base: `apply` (a changeset, or UN
//! amendment instructions) and `merge` (several proposals at once), each as TOML or plain text.

use super::exit_codes::{DIFFERENT, SAME};
use std::path::{Path, PathBuf};

use resdiff::diff::{DiffOptions, DocDiff, comparable, diff_documents};
use resdiff::input::corpus;
use resdiff::input::limits::{MAX_TEXT, read_file_to_string};
use resdiff::input::read::Format;
use resdiff::input::source::{self, Source, SourceError};
use resdiff::input::{ImportError, ImportOptions, Side};
use resdiff::model::Document;
use resdiff::render::report::{merge_json, text as tracking_text};
use resdiff::track::apply::{self, ApplyError};
use resdiff::track::merge;
use resdiff::{CompareError, Comparison, Input};

use super::args::{ImportFormat, MergeFormat, TextMeta};
use super::output::{note, note_raw, readable_plain, readable_toml};
use super::tracking::{capped, load_with_base, write_or_emit};
use super::{CliError, Result, check_overwrite, load_source, overrides};

/// A changeset from a file: the JSON of `diff --format json`, or a DOCX with tracked changes
/// (its two sides, compared, with what they do not say taken from the base).
fn changeset(path: &Path, base: &Document) -> Result<DocDiff> {
    if Format::named(path) == Some(Format::Docx) {
        let (old, new) = (
            Source::Docx(path.to_path_buf(), Some(Side::Base)),
            Source::Docx(path.to_path_buf(), Some(Side::Proposal)),
        );
        let pair = Comparison::new()
            .fallback(source::defaults_from(base))
            .pair(Input::Source(&old), Input::Source(&new));
        let (old, new) = pair.map_err(|e| match e {
            CompareError::Source(SourceError::Import { source, .. }) => match source {
                ImportError::NoTrackedChanges => CliError::NoChangeset(path.to_path_buf()),
                ImportError::TooLarge { size, limit } => CliError::TooLarge {
                    path: path.to_path_buf(),
                    size,
                    limit,
                },
                ImportError::Io { source, .. } => CliError::Read {
                    path: path.to_path_buf(),
                    source,
                },
                source => SourceError::Import {
                    path: path.to_path_buf(),
                    source,
                }
                .into(),
            },
            other => other.into(),
        })?;
        return Ok(diff_documents(
            &old.document,
            &new.document,
            &DiffOptions::default(),
        )?);
    }
    let text = read_file_to_string(path, MAX_TEXT).map_err(|e| capped(path, e))?;
    // A byte-order mark, as some Windows editors save JSON, is no part of it.
    let json = text.strip_prefix('\u{feff}').unwrap_or(&text);
    apply::read_changeset(json).map_err(|e| match e {
        apply::ReadError::Json(source) => CliError::Changeset {
            path: path.to_path_buf(),
            source,
        },
        apply::ReadError::Apply(source) => CliError::Apply {
            changeset: path.to_path_buf(),
            base: base.address(),
            source,
        },
    })
}

pub fn apply_cmd(
    base: &str,
    changes: &Path,
    output: Option<&Path>,
    force: bool,
    format: ImportFormat,
    corpus: &source::CorpusSeries,
    text_meta: &TextMeta,
) -> Result<u8> {
    check_overwrite(output, force)?;
    let base = load_source(
        base,
        corpus,
        &overrides(text_meta)?,
        &ImportOptions::default(),
    )?;
    // UN amendment instructions are plain text; anything else but a DOCX is a diff's JSON.
    if Format::named(changes) == Some(Format::Plain) {
        let text = read_file_to_string(changes, MAX_TEXT).map_err(|e| capped(changes, e))?;
        let doc = apply::instructions::apply_text(&base, &text).map_err(|source| {
            CliError::Instructions {
                path: changes.to_path_buf(),
                source,
            }
        })?;
        return emit_applied(&doc, output, format);
    }
    let cs = changeset(changes, &base)?;
    let doc = apply::apply(&base, &cs).map_err(|source| {
        if let ApplyError::OtherBase(list) = &source {
            for m in list {
                note(format_args!(
                    "{}: {}: expected `{}`, found `{}`",
                    changes.display(),
                    m.place,
                    m.expected,
                    m.found
                ));
            }
        }
        CliError::Apply {
            changeset: changes.to_path_buf(),
            base: base.address(),
            source,
        }
    })?;
    emit_applied(&doc, output, format)
}

fn emit_applied(doc: &Document, output: Option<&Path>, format: ImportFormat) -> Result<u8> {
    let out = match format {
        ImportFormat::Toml => readable_toml(corpus::to_toml(doc))?,
        ImportFormat::Plain => readable_plain(resdiff::input::to_plain_text(doc))?,
    };
    write_or_emit(output, out)?;
    Ok(SAME)
}

pub struct MergeArgs<'a> {
    pub base: &'a str,
    pub proposals: &'a [String],
    pub output: Option<&'a PathBuf>,
    pub force: bool,
    pub format: MergeFormat,
    pub meta: &'a TextMeta,
}

pub fn merge_cmd(a: MergeArgs<'_>, corpus: &source::CorpusSeries) -> Result<u8> {
    check_overwrite(a.output.map(PathBuf::as_path), a.force)?;
    let names: Vec<&str> = a.proposals.iter().map(String::as_str).collect();
    let (base, others) = load_with_base(a.base, &names, corpus, a.meta)?;
    for p in &others {
        comparable(&base, p)?;
    }
    let merged = merge::merge_all(&base, &others)?;
    let out = match a.format {
        MergeFormat::Toml => {
            note_raw(&tracking_text::conflicts(&merged.conflicts));
            readable_toml(corpus::to_toml(&merged.document))?
        }
        MergeFormat::Json => merge_json::render(&merged),
    };
    write_or_emit(a.output.map(PathBuf::as_path), out)?;
    Ok(if merged.conflicts.is_empty() {
        SAME
    } else {
        DIFFERENT
    })
}
