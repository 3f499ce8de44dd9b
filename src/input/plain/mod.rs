//! The plain-text format, both ways: reading a resolution exported from Word (or typed) into a
//! [`Document`], and writing a document back as that text ([`to_plain_text`]).
//!
//! The text is: optional TOML front matter between `+++` lines (metadata), anything before the
//! title formula (cover pages, Part I of a proposal: skipped and reported), the formula line, then
//! heading lines and `label<TAB>text` lines, `-`/`•` items, footnote definitions `[^1]: text`.
//! The importer tells what it did not take as it was (dropped artifacts, look-alike letters,
//! label jumps) in a list of [`Warning`]s; it never fixes text silently.

mod line;
mod tree;
mod write;

pub use write::to_plain_text;

use super::heading::{detect_language, heading_kind, is_formula};
use super::{
    Field, ImportError, ImportOptions, Imported, Warning, char_name, front_matter, metadata,
    parse_or, resolution_number, validate,
};
use crate::model::text::lookalikes;
use crate::model::{Document, Footnote, Language};

/// Imports plain text.
pub fn import_text(text: &str, opts: &ImportOptions) -> Result<Imported, ImportError> {
    import_text_with(text, opts, &ImportOptions::default())
}

/// [`import_text`] with fallback metadata (see [`import_file_with`]).
pub fn import_text_with(
    text: &str,
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let (fm, body_start) = front_matter(&lines)?;
    let mut warnings = Vec::new();
    let given = opts
        .language
        .or(parse_or::<Language>(fm.language.clone(), 2)?)
        .or(fallback.language);
    let language = match given {
        Some(language) => language,
        // Said, not guessed silently: the headings decide, and the reader is told.
        None => {
            let language = detect_language(text).ok_or(ImportError::Missing(Field::Language))?;
            warnings.push(Warning {
                line: body_start + 1,
                message: format!("no language given: read as `{language}` from the headings"),
            });
            language
        }
    };

    let start = lines
        .iter()
        .enumerate()
        .skip(body_start)
        .find(|(_, l)| is_formula(l) || heading_kind(l, language).is_some())
        .map(|(i, _)| i)
        .ok_or_else(|| {
            // `lines()` splits at LF only: CR-only line ends make one long line.
            if text.contains('\r') && !text.contains('\n') {
                ImportError::LoneCr
            } else {
                ImportError::NoSections
            }
        })?;
    let formula = is_formula(lines[start]).then(|| lines[start].trim().to_string());
    let skipped = lines[body_start..start]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .count();
    if skipped > 0 {
        warnings.push(Warning {
            line: body_start + 1,
            message: format!(
                "lines {}-{} ({skipped} non-empty) come before the {} and were not imported",
                body_start + 1,
                start,
                if formula.is_some() {
                    "title formula"
                } else {
                    "first heading"
                }
            ),
        });
    }

    let header = resolution_header(&lines[body_start..start]);
    let mut builder = tree::Builder::new();
    let mut footnotes: Vec<Footnote> = Vec::new();
    let first = if formula.is_some() { start + 1 } else { start };
    for (i, raw) in lines.iter().enumerate().skip(first) {
        let n = i + 1;
        let cleaned = line::clean(raw);
        for a in &cleaned.artifacts {
            warnings.push(Warning {
                line: n,
                message: format!("dropped Word export artifact `{a}`"),
            });
        }
        for (mark, body) in cleaned.footnotes {
            footnotes.push(Footnote { mark, text: body });
        }
        let content = cleaned.text.trim();
        if content.is_empty() {
            continue;
        }
        if content.chars().all(|c| c == '_') {
            warnings.push(Warning {
                line: n,
                message: "a rule of underscores ends the resolution; the rest was not imported"
                    .into(),
            });
            break;
        }
        for l in lookalikes(content) {
            warnings.push(Warning {
                line: n,
                message: format!(
                    "UN symbol `{}` contains {} U+{:04X} that looks like Latin `{}`; kept as written",
                    l.symbol,
                    char_name(l.found),
                    u32::from(l.found),
                    l.latin
                ),
            });
        }
        let (label, clause_text) = line::split_label(&cleaned.text);
        if label.scheme == crate::model::Scheme::None
            && let Some(kind) = heading_kind(content, language)
        {
            builder.section(kind, content, n);
            continue;
        }
        if !builder.clause(label, clause_text, n) {
            return Err(ImportError::Orphan {
                line: n,
                text: content.chars().take(60).collect(),
            });
        }
    }
    let (sections, tree_warnings) = builder.finish();
    warnings.extend(tree_warnings);
    warnings.sort_by_key(|w| w.line);
    if sections.is_empty() {
        return Err(ImportError::NoSections);
    }
    let (resolution, revision) = metadata(opts, fm, formula.as_deref(), header, fallback)?;
    let document = Document {
        resolution,
        revision,
        language,
        formula,
        sections,
        footnotes,
    };
    let document = validate(document)?;
    Ok(Imported { document, warnings })
}

/// `RESOLUTION 30 (Rev. Dubai, 2014)` / `القرار 30 (المراجَع في دبي، 2014)` and the title line
/// after it, as ITU prints them above the formula.
fn resolution_header(lines: &[&str]) -> Option<(u32, Option<String>)> {
    let (i, number) = lines.iter().enumerate().find_map(|(i, l)| {
        let (number, after) = resolution_number(l)?;
        (after.is_empty() || after.starts_with('(')).then_some((i, number))
    })?;
    let title = lines[i + 1..]
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .map(str::to_string);
    Some((number, title))
}
