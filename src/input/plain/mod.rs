//! The plain-text format, both ways: reading a resolution exported from Word (or typed) into a
//! [`Document`], and writing a document back as that text ([`to_plain_text`]).
//!
//! The text is: optional TOML front matter between `+++` lines (metadata), anything before the
//! title formula (cover pages, Part I of a proposal: skipped and reported), the formula line, then
//! heading lines and `label<TAB>text` lines, `-`/`•` items, footnote definitions `[^1]: text`.
//! The importer tells what it did not take as it was (dropped artifacts, look-alike letters,
//! label jumps) in a list of [`Warning`]s; it never fixes text silently.

pub mod copied;
mod header;
mod line;
mod nested;
mod tree;
mod write;

pub use write::to_plain_text;

use header::{number_line, resolution_header, revision_line, typed_marks};

use super::heading::{heading_kind, is_formula, looks_like_heading};
use super::language::{Undetected, detect};
use super::{
    FrontMatter, ImportError, ImportOptions, Imported, Warning, char_name, front_matter, metadata,
    modified_year, parse_or, resolution_number, validate,
};
use unicode_normalization::UnicodeNormalization;

use crate::model::text::lookalikes;
use crate::model::{Document, Footnote, Language, Section, SectionKind, read_roman_tree};

/// Imports plain text.
pub fn import_text(text: &str, opts: &ImportOptions) -> Result<Imported, ImportError> {
    import_text_with(text, opts, &ImportOptions::default())
}

/// [`import_text`] with fallback metadata (see [`import_file_with`](crate::input::import_file_with)).
pub fn import_text_with(
    text: &str,
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    import_text_levelled(text, &[], opts, fallback)
}

/// [`import_text_with`] where a layout gives the level of some lines (`levels[i]` for line `i`,
/// as the PDF reader reads a page indented by depth): such a clause goes under the nearest
/// clause above it of a lower level, whatever its label; the others nest by their labels.
pub fn import_text_levelled(
    text: &str,
    levels: &[Option<usize>],
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    // Each line with text becomes a clause, heading or footnote: refused before any is built.
    let with_text = crate::input::limits::lines_with_text(text);
    if with_text > crate::input::limits::MAX_LINES {
        return Err(ImportError::TooManyLines {
            lines: with_text,
            limit: crate::input::limits::MAX_LINES,
        });
    }
    let (fm, body_start) = front_matter(&lines)?;
    let mut warnings = Vec::new();
    let language = match opts
        .language
        .or(parse_or::<Language>(fm.language.clone(), 2)?)
    {
        Some(l) => l,
        None => {
            let (language, read) = detected_language(&lines[body_start..], fallback.language)?;
            // Said, not guessed silently: the reader is told where the language came from.
            if read {
                warnings.push(Warning {
                    chosen: None,
                    line: body_start + 1,
                    message: format!(
                        "no language given: read as `{language}` from the script and the headings"
                    ),
                });
            }
            language
        }
    };

    if let Some(nesting) = fm.nesting.as_deref() {
        if nesting != nested::NESTING_TABS {
            return Err(ImportError::FrontMatter {
                line: 2,
                message: format!("nesting = `{nesting}`: the only layout is \"tabs\""),
            });
        }
        let mut read = nested::read(&lines, body_start, language)?;
        for s in &mut read.sections {
            read_roman_tree(&mut s.clauses, None);
        }
        let formula = fm.formula.clone();
        let parts = Parts {
            language,
            formula,
            revision_line: fm.revision_line.clone(),
            sections: read.sections,
            footnotes: read.footnotes,
            warnings: {
                warnings.extend(read.warnings);
                warnings
            },
        };
        return assemble(parts, opts, fm, None, fallback);
    }

    // Letters typed as a base and a combining mark (NFD: `e` + U+0301, `ا` + U+0655) are the
    // letters of NFC; the formula, headings and labels are matched in that form. (The exact
    // layout above is read as written: it is lossless.)
    // The diff's check, which tells the shipped texts' characters apart by their bytes: the
    // library's quick check on every character was a fifth of a plain-text diff (callgrind).
    let nfc = !crate::model::text::is_nfc(text);
    let composed: String;
    let lines: Vec<&str> = if nfc {
        composed = text.nfc().collect();
        composed.lines().collect()
    } else {
        lines
    };
    if nfc {
        warnings.push(Warning {
            chosen: None,
            line: 1,
            message:
                "the text is not in Unicode NFC (marks typed apart from their letters); read in NFC"
                    .into(),
        });
    }
    if copied::is_un(&lines[body_start..]) {
        return read_un_copy(&lines, body_start, language, (fm, warnings), opts, fallback);
    }
    if copied::is_paged(&lines[body_start..]) {
        let mut found = Vec::new();
        if let Some(logical) =
            copied::unwrap_itu_levelled(&lines[body_start..], body_start + 1, language, &mut found)
        {
            return read_itu_copy(
                &lines[..body_start],
                &logical,
                (opts, fallback),
                found,
                warnings,
            );
        }
    }
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
    let before: Vec<&&str> = lines[body_start..start]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let skipped = before.len();
    // The number's line, found once for the list under it and the header.
    let number = number_line(&lines[body_start..start]);
    let listed = number
        .and_then(|(i, _)| revision_line(&lines[body_start..start], i))
        .map(|(i, line)| {
        if let Some(typed) = typed_marks(&line) {
            warnings.push(Warning {
                chosen: None,
                line: body_start + i + 1,
                message: format!(
                    "`{typed}` after the list of earlier revisions reads as footnote marks typed as text, which cannot be placed (a footnote's mark is written [^1]); kept as written"
                ),
            });
        }
        line
    });
    // `RESOLUTION N (...)`, its title and the list of its earlier revisions, alone above the
    // formula, are read, not skipped.
    let only_header = skipped <= 2 + usize::from(listed.is_some())
        && before
            .first()
            .is_some_and(|l| resolution_number(l).is_some());
    if skipped > 0 && !only_header {
        warnings.push(Warning {
            chosen: None,
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

    let header = number.map(|n| resolution_header(&lines[body_start..start], n));
    // A Council resolution names no conference: its `(Mod. 2016)` tag gives year and revision,
    // as the text's own word (after the front matter, before the other side's defaults).
    let mut fm = fm;
    if let Some(year) = lines[body_start..start]
        .iter()
        .find_map(|l| resolution_number(l).and_then(|(_, after)| modified_year(after)))
    {
        fm.revision.year = fm.revision.year.or(Some(year));
        fm.revision.id = fm.revision.id.or(Some(format!("mod-{year}")));
    }
    let mut builder = tree::Builder::new();
    let mut footnotes: Vec<Footnote> = Vec::new();
    let first = if formula.is_some() { start + 1 } else { start };
    for (i, raw) in lines.iter().enumerate().skip(first) {
        let n = i + 1;
        let cleaned = line::clean(raw);
        for a in &cleaned.artifacts {
            warnings.push(Warning {
                chosen: None,
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
                chosen: None,
                line: n,
                message: "a rule of underscores ends the resolution; the rest was not imported"
                    .into(),
            });
            break;
        }
        for l in lookalikes(content) {
            warnings.push(Warning {
                chosen: None,
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
        let line::Split {
            label,
            text: clause_text,
            notes,
        } = line::split_label(&cleaned.text);
        for message in notes {
            warnings.push(Warning {
                chosen: None,
                line: n,
                message,
            });
        }
        if label.scheme() == crate::model::Scheme::None
            && let Some(kind) = heading_kind(content, language)
        {
            builder.section(kind, content, n);
            continue;
        }
        if label.scheme() == crate::model::Scheme::None && looks_like_heading(content, language) {
            warnings.push(Warning {
                chosen: None,
                line: n,
                message: format!(
                    "unrecognised heading `{content}`; kept as a section of kind `other`"
                ),
            });
            builder.section(SectionKind::Other, content, n);
            continue;
        }
        let level = levels.get(i).copied().flatten();
        if !builder.clause_at(label, clause_text, n, level) {
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
    let parts = Parts {
        language,
        formula,
        revision_line: fm.revision_line.clone().or(listed),
        sections,
        footnotes,
        warnings,
    };
    assemble(parts, opts, fm, header, fallback)
}

/// Text copied from an ITU text's PDF, once [`copied::unwrap_itu`] has put it in the plain
/// layout: read as that layout is, and every warning put back on the line of the input.
fn read_itu_copy(
    front: &[&str],
    logical: &[(usize, String, Option<usize>)],
    (opts, fallback): (&ImportOptions, &ImportOptions),
    found: Vec<Warning>,
    before: Vec<Warning>,
) -> Result<Imported, ImportError> {
    let mut text = String::new();
    let mut line_of: Vec<usize> = (1..=front.len()).collect();
    let mut levels: Vec<Option<usize>> = vec![None; front.len()];
    for l in front {
        text.push_str(l);
        text.push('\n');
    }
    for (n, l, level) in logical {
        text.push_str(l);
        text.push('\n');
        line_of.push(*n);
        levels.push(*level);
    }
    let mut imported = import_text_levelled(&text, &levels, opts, fallback)?;
    for w in &mut imported.warnings {
        w.line = line_of
            .get(w.line.saturating_sub(1))
            .copied()
            .unwrap_or(w.line);
    }
    // The language warning was given once, on the copied text.
    imported
        .warnings
        .retain(|w| !w.message.starts_with("no language given"));
    imported.warnings.extend(before);
    imported.warnings.extend(found);
    imported.warnings.sort_by_key(|w| w.line);
    Ok(imported)
}

/// Text copied from a UN resolution's PDF (see [`copied`]); the symbol, title and body it
/// names fill what the front matter left open.
fn read_un_copy(
    lines: &[&str],
    body_start: usize,
    language: Language,
    (mut fm, mut warnings): (FrontMatter, Vec<Warning>),
    opts: &ImportOptions,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    let layout = copied::read_un(&lines[body_start..], body_start + 1, language)?;
    if layout.sections.is_empty() {
        return Err(ImportError::NoSections);
    }
    warnings.extend(layout.warnings);
    warnings.sort_by_key(|w| w.line);
    let r = &mut fm.resolution;
    r.body = r.body.take().or(layout.body.map(|b| b.to_string()));
    r.title = r.title.take().or(layout.title);
    if let Some(symbol) = layout.symbol {
        let v = &mut fm.revision;
        v.id = v.id.take().or(Some(symbol.replace('/', "-")));
        let prefix = layout.body.and_then(crate::model::Body::symbol_prefix);
        v.symbol = v.symbol.take().or(prefix.map(|p| format!("{p}{symbol}")));
        // ECOSOC numbers its resolutions by year: `2025/18`.
        let year = symbol.split('/').next().filter(|y| y.len() == 4);
        v.year = v.year.or(year.and_then(|y| y.parse().ok()));
    }
    let parts = Parts {
        language,
        formula: Some(layout.formula),
        revision_line: fm.revision_line.clone(),
        sections: layout.sections,
        footnotes: layout.footnotes,
        warnings,
    };
    assemble(parts, opts, fm, None, fallback)
}

/// What either layout read, before the metadata.
struct Parts {
    language: Language,
    formula: Option<String>,
    revision_line: Option<String>,
    sections: Vec<Section>,
    footnotes: Vec<Footnote>,
    warnings: Vec<Warning>,
}

/// The document from what was read and the metadata, checked as the corpus would check it.
fn assemble(
    parts: Parts,
    opts: &ImportOptions,
    fm: FrontMatter,
    header: Option<(u32, Option<String>)>,
    fallback: &ImportOptions,
) -> Result<Imported, ImportError> {
    let header = header.map(|(n, title)| (crate::model::ResNumber::Number(n), title));
    let (resolution, revision) = metadata(opts, fm, parts.formula.as_deref(), header, fallback)?;
    let document = Document {
        resolution,
        revision,
        language: parts.language,
        formula: parts.formula,
        revision_line: parts.revision_line,
        sections: parts.sections,
        footnotes: parts.footnotes,
    };
    let document = validate(document)?;
    Ok(Imported {
        document,
        warnings: parts.warnings,
    })
}

/// The language the text is written in, and whether the text told it; `fallback` (the other
/// side's, in a comparison) only where the text cannot tell, so an English file is never read
/// as Arabic.
fn detected_language(
    lines: &[&str],
    fallback: Option<Language>,
) -> Result<(Language, bool), ImportError> {
    // The first lines hold the headings and enough words; a long text need not be read twice.
    match (detect(lines.iter().take(400).copied()), fallback) {
        (Ok(l), _) => Ok((l, true)),
        (Err(_), Some(l)) => Ok((l, false)),
        (Err(Undetected::NoLetters), None) => Err(ImportError::Language {
            candidates: Vec::new(),
        }),
        (Err(Undetected::Ambiguous(candidates)), None) => Err(ImportError::Language { candidates }),
    }
}
