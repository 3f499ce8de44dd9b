//! The exact plain layout, which `show --format plain` writes and the importer reads back to the
//! same tree: selected by `nesting = "tabs"` in the front matter.
//!
//! Word's plain-text export carries no nesting and no mark for an unlabelled paragraph, so the
//! ordinary reader guesses both from label schemes; this layout says them. A clause line is
//! `TABS LABEL<TAB>TEXT`: one leading tab per level below the section, `¶` for an unlabelled
//! paragraph. A line with no tab is a heading (`[kind] heading` when the kind is not the one the
//! vocabulary reads from the heading). Inside a field, `\t`, `\n`, `\r` and `\\` stand for a tab, a
//! newline, a carriage return and a backslash, and `\` before any other character keeps it as
//! written (`\¶` is a label that really is `¶`, `\[` a heading that starts with `[`).

use super::{ImportError, Warning};
use crate::input::heading::heading_kind;
use crate::model::{Clause, Footnote, Label, Language, Section, SectionKind};

pub const NESTING_KEY: &str = "nesting";
pub const NESTING_TABS: &str = "tabs";
/// The label field of an unlabelled paragraph.
pub const UNLABELLED: char = '¶';

/// A field written on one line.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// The field as it was before [`escape`].
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// What the lines after the front matter hold.
pub struct Read {
    pub sections: Vec<Section>,
    pub footnotes: Vec<Footnote>,
    pub warnings: Vec<Warning>,
}

/// Reads `lines` (the whole file; `start` is the first line after the front matter).
pub fn read(lines: &[&str], start: usize, language: Language) -> Result<Read, ImportError> {
    let mut out = Read {
        sections: Vec::new(),
        footnotes: Vec::new(),
        warnings: Vec::new(),
    };
    for (i, raw) in lines.iter().enumerate().skip(start) {
        let n = i + 1;
        if raw.is_empty() {
            continue;
        }
        if let Some(def) = raw.strip_prefix("[^")
            && let Some((mark, text)) = def.split_once("]: ")
        {
            out.footnotes.push(Footnote {
                mark: unescape(mark),
                text: unescape(text),
            });
            continue;
        }
        let depth = raw.len() - raw.trim_start_matches('\t').len();
        let rest = &raw[depth..];
        match rest.split_once('\t') {
            Some((field, text)) => {
                let label = if field == UNLABELLED.to_string() {
                    Label::none()
                } else {
                    Label::parse(&unescape(field))
                        .map_err(|e| ImportError::Invalid(format!("line {n}: {e}")))?
                };
                let clause = Clause {
                    label,
                    text: unescape(text),
                    children: Vec::new(),
                    call: None,
                };
                place(&mut out.sections, clause, depth, n, rest)?;
            }
            None if depth == 0 => {
                let (kind, heading) = section_head(rest, language);
                let kind = kind.unwrap_or_else(|| {
                    out.warnings.push(Warning {
                        chosen: None,
                        line: n,
                        message: format!(
                            "unrecognised heading `{heading}`; kept as a section of kind `other`"
                        ),
                    });
                    SectionKind::Other
                });
                out.sections.push(Section {
                    kind,
                    heading,
                    clauses: Vec::new(),
                });
            }
            None => {
                return Err(ImportError::Invalid(format!(
                    "line {n}: an indented line needs `LABEL<TAB>TEXT` (`¶<TAB>TEXT` for a paragraph without a label)"
                )));
            }
        }
    }
    Ok(out)
}

/// `[kind] heading`, or a heading whose kind the vocabulary gives.
fn section_head(line: &str, language: Language) -> (Option<SectionKind>, String) {
    if let Some(inner) = line.strip_prefix('[')
        && let Some((name, heading)) = inner.split_once("] ")
        && let Ok(kind) = name.parse::<SectionKind>()
    {
        return (Some(kind), unescape(heading));
    }
    let heading = unescape(line);
    (heading_kind(&heading, language), heading)
}

/// Puts `clause` at `depth` under the last clause of the level above.
fn place(
    sections: &mut [Section],
    clause: Clause,
    depth: usize,
    line: usize,
    text: &str,
) -> Result<(), ImportError> {
    let Some(section) = sections.last_mut() else {
        return Err(ImportError::Orphan {
            line,
            text: text.chars().take(60).collect(),
        });
    };
    let mut siblings = &mut section.clauses;
    for level in 0..depth {
        let Some(parent) = siblings.last_mut() else {
            return Err(ImportError::Invalid(format!(
                "line {line}: {depth} tabs, but the clause before stands at level {level}: a clause goes at most one level below the one before it"
            )));
        };
        siblings = &mut parent.children;
    }
    siblings.push(clause);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        for s in ["a\tb", "x\ny\r", "back\\slash\\n", "\\", "¶", "plain"] {
            assert_eq!(unescape(&escape(s)), s);
            assert!(!escape(s).contains(['\t', '\n', '\r']));
        }
        assert_eq!(unescape("\\¶"), "¶");
    }
}
