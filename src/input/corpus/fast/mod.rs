//! A reader for corpus TOML as resdiff writes it, and as people edit it: one `key = value` a line,
//! literal and one-line basic strings, decimal integers, `[resolution]`, `[revision]`,
//! `[[section]]`, `[[section.clause]]` (nested `.clause` as deep as the loader reads) and
//! `[[footnote]]`, with blank lines and comments between. It gives what `toml` gives, spans
//! included, or nothing: for anything else (a multi-line string, a dotted or quoted key, an
//! inline table, a float, CRLF, a duplicate key or table, an unknown or missing field, a type
//! the field does not take, a syntax error) the caller parses with `toml`, so every error and
//! every less common form is read and reported by `toml` as before.
//!
//! Why: `toml` (its parser and serde) was 2.2M of the 10.1M instructions of a diff of two corpus
//! files of Res. 30 (callgrind); this reads the same two files in a tenth of that.

mod lex;

use toml::Spanned;

use lex::{key_value, rest_of_line, skip_blanks};

use super::read::{RawClause, RawDoc, RawFootnote, RawResolution, RawRevision, RawSection};
use crate::input::limits::MAX_DEPTH;

/// The document in `source`, as `toml::from_str` reads it, or `None` where this reader does
/// not go (see the module's comment).
pub(super) fn parse(source: &str) -> Option<RawDoc> {
    let b = source.as_bytes();
    let mut doc = Doc::default();
    let mut at = Table::Root;
    let mut pos = 0;
    while pos < b.len() {
        let end = memchr::memchr(b'\n', &b[pos..]).map_or(b.len(), |i| pos + i);
        let i = skip_blanks(b, pos, end);
        pos = end + 1;
        match b.get(i) {
            _ if i == end => {}
            Some(b'#') => rest_of_line(b, i, end)?,
            Some(b'[') => at = doc.header(b, i, end)?,
            _ => {
                let (key, value, after) = key_value(source, i, end)?;
                rest_of_line(b, after, end)?;
                doc.set(at, key, value)?;
            }
        }
    }
    doc.finish()
}

/// The table keys are going to.
#[derive(Clone, Copy)]
enum Table {
    Root,
    Resolution,
    Revision,
    Section,
    /// The last clause this many levels down the last section.
    Clause(usize),
    Footnote,
}

enum Value {
    Str(Spanned<String>),
    Int(Spanned<i64>),
}

impl Value {
    fn spanned_str(self) -> Option<Spanned<String>> {
        match self {
            Value::Str(s) => Some(s),
            Value::Int(_) => None,
        }
    }

    fn str(self) -> Option<String> {
        self.spanned_str().map(Spanned::into_inner)
    }

    fn int(self) -> Option<Spanned<i64>> {
        match self {
            Value::Int(n) => Some(n),
            Value::Str(_) => None,
        }
    }
}

/// Puts a value in an empty slot; a key given twice is `toml`'s to report.
fn put<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value?);
    Some(())
}

#[derive(Default)]
struct Doc {
    language: Option<Spanned<String>>,
    formula: Option<String>,
    revision_line: Option<Spanned<String>>,
    resolution: Option<Resolution>,
    revision: Option<Revision>,
    sections: Vec<Section>,
    footnotes: Vec<Footnote>,
}

#[derive(Default)]
struct Resolution {
    body: Option<Spanned<String>>,
    number: Option<Spanned<i64>>,
    series: Option<Spanned<String>>,
    recommendation: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
}

#[derive(Default)]
struct Revision {
    id: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
    venue: Option<String>,
    year: Option<Spanned<i64>>,
    date: Option<Spanned<String>>,
    proposer: Option<String>,
    source: Option<String>,
    base: Option<Spanned<String>>,
    symbol: Option<String>,
}

#[derive(Default)]
struct Section {
    kind: Option<Spanned<String>>,
    heading: Option<String>,
    clauses: Vec<Clause>,
}

#[derive(Default)]
struct Clause {
    label: Option<Spanned<String>>,
    call: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    clauses: Vec<Clause>,
}

#[derive(Default)]
struct Footnote {
    mark: Option<Spanned<String>>,
    text: Option<String>,
}

impl Doc {
    /// Opens the table the header at `i` names.
    fn header(&mut self, b: &[u8], i: usize, end: usize) -> Option<Table> {
        let line = &b[i..end];
        let (name, after) = if line.starts_with(b"[[") {
            let close = memchr::memmem::find(&line[2..], b"]]")?;
            (&line[2..2 + close], i + 2 + close + 2)
        } else {
            let close = memchr::memchr(b']', line)?;
            (&line[1..close], i + close + 1)
        };
        rest_of_line(b, after, end)?;
        let array = line.starts_with(b"[[");
        match (array, name) {
            (false, b"resolution") if self.resolution.is_none() => {
                self.resolution = Some(Resolution::default());
                Some(Table::Resolution)
            }
            (false, b"revision") if self.revision.is_none() => {
                self.revision = Some(Revision::default());
                Some(Table::Revision)
            }
            (true, b"section") => {
                self.sections.push(Section::default());
                Some(Table::Section)
            }
            (true, b"footnote") => {
                self.footnotes.push(Footnote::default());
                Some(Table::Footnote)
            }
            (true, _) => {
                let depth = clause_depth(name)?;
                let siblings = self.clauses_at(depth - 1)?;
                siblings.push(Clause::default());
                Some(Table::Clause(depth))
            }
            _ => None,
        }
    }

    /// The clauses `depth` levels under the last section (0: the section's own), each level
    /// in the last clause of the one above.
    fn clauses_at(&mut self, depth: usize) -> Option<&mut Vec<Clause>> {
        let mut clauses = &mut self.sections.last_mut()?.clauses;
        for _ in 0..depth {
            clauses = &mut clauses.last_mut()?.clauses;
        }
        Some(clauses)
    }

    fn set(&mut self, at: Table, key: &[u8], value: Value) -> Option<()> {
        match at {
            Table::Root => match key {
                b"language" => put(&mut self.language, value.spanned_str()),
                b"formula" => put(&mut self.formula, value.str()),
                b"revision_line" => put(&mut self.revision_line, value.spanned_str()),
                _ => None,
            },
            Table::Resolution => {
                let r = self.resolution.as_mut()?;
                match key {
                    b"body" => put(&mut r.body, value.spanned_str()),
                    b"number" => put(&mut r.number, value.int()),
                    b"series" => put(&mut r.series, value.spanned_str()),
                    b"recommendation" => put(&mut r.recommendation, value.spanned_str()),
                    b"title" => put(&mut r.title, value.spanned_str()),
                    _ => None,
                }
            }
            Table::Revision => {
                let r = self.revision.as_mut()?;
                match key {
                    b"id" => put(&mut r.id, value.spanned_str()),
                    b"status" => put(&mut r.status, value.spanned_str()),
                    b"venue" => put(&mut r.venue, value.str()),
                    b"year" => put(&mut r.year, value.int()),
                    b"date" => put(&mut r.date, value.spanned_str()),
                    b"proposer" => put(&mut r.proposer, value.str()),
                    b"source" => put(&mut r.source, value.str()),
                    b"base" => put(&mut r.base, value.spanned_str()),
                    b"symbol" => put(&mut r.symbol, value.str()),
                    _ => None,
                }
            }
            Table::Section => {
                let s = self.sections.last_mut()?;
                match key {
                    b"kind" => put(&mut s.kind, value.spanned_str()),
                    b"heading" => put(&mut s.heading, value.str()),
                    _ => None,
                }
            }
            Table::Clause(depth) => {
                let c = self.clauses_at(depth - 1)?.last_mut()?;
                match key {
                    b"label" => put(&mut c.label, value.spanned_str()),
                    b"call" => put(&mut c.call, value.spanned_str()),
                    b"text" => put(&mut c.text, value.spanned_str()),
                    _ => None,
                }
            }
            Table::Footnote => {
                let f = self.footnotes.last_mut()?;
                match key {
                    b"mark" => put(&mut f.mark, value.spanned_str()),
                    b"text" => put(&mut f.text, value.str()),
                    _ => None,
                }
            }
        }
    }

    /// The document, when every required field is there.
    fn finish(self) -> Option<RawDoc> {
        let r = self.resolution?;
        let v = self.revision?;
        Some(RawDoc {
            language: self.language?,
            formula: self.formula,
            revision_line: self.revision_line,
            resolution: RawResolution {
                body: r.body?,
                number: r.number,
                series: r.series,
                recommendation: r.recommendation,
                title: r.title?,
            },
            revision: RawRevision {
                id: v.id?,
                status: v.status?,
                venue: v.venue,
                year: v.year?,
                date: v.date,
                proposer: v.proposer,
                source: v.source,
                base: v.base,
                symbol: v.symbol,
            },
            section: self
                .sections
                .into_iter()
                .map(|s| {
                    Some(RawSection {
                        kind: s.kind?,
                        heading: s.heading?,
                        clause: raw_clauses(s.clauses)?,
                    })
                })
                .collect::<Option<_>>()?,
            footnote: self
                .footnotes
                .into_iter()
                .map(|f| {
                    Some(RawFootnote {
                        mark: f.mark?,
                        text: f.text?,
                    })
                })
                .collect::<Option<_>>()?,
        })
    }
}

fn raw_clauses(clauses: Vec<Clause>) -> Option<Vec<RawClause>> {
    clauses
        .into_iter()
        .map(|c| {
            Some(RawClause {
                label: c.label,
                call: c.call,
                text: c.text?,
                clause: raw_clauses(c.clauses)?,
            })
        })
        .collect()
}

/// How many `.clause` follow `section` in a header's name: `section.clause.clause` is 2. Deeper
/// than the loader reads (it reports the clause at [`MAX_DEPTH`] that has children) is `toml`'s.
fn clause_depth(name: &[u8]) -> Option<usize> {
    let mut rest = name.strip_prefix(b"section")?;
    let mut depth = 0;
    while let Some(after) = rest.strip_prefix(b".clause") {
        rest = after;
        depth += 1;
    }
    (rest.is_empty() && (1..=MAX_DEPTH + 1).contains(&depth)).then_some(depth)
}

#[cfg(test)]
mod tests;
