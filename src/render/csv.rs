//! CSV for researchers: one row per clause (diff, compile, blame, search), per revision (log) or
//! per citation (refs), under a header of stable column names documented in docs/csv.md.
//! Quoting is the `csv` crate's (RFC 4180), never hand-rolled: clause texts hold commas, quotes
//! and line breaks.
//!
//! A cell a spreadsheet would evaluate (first character `=`, `+`, `-` or `@` with more after it,
//! or a tab or carriage return first) gets a leading apostrophe: a CSV of third-party texts
//! opened in a spreadsheet must not run formulas (OWASP "CSV injection"). A script reading the
//! CSV strips that apostrophe from such cells to get the text back.

use serde_json::Value;

use crate::diff::{Change, ClauseChange, DocDiff, new_text, old_text};
use crate::track::compile::{RowKind, Synopsis};
use crate::track::history::{BlameLine, Entry, Log};
use crate::track::refs::{Citation, Staleness};
use crate::track::search::Hit;

/// Between the labels of a clause path: `1 / a)`.
const PATH_SEP: &str = " / ";

/// Columns of `diff --format csv`.
pub const DIFF_COLUMNS: &[&str] = &[
    "section",
    "path",
    "depth",
    "change",
    "old_label",
    "new_label",
    "old_text",
    "new_text",
    "note",
];

/// Columns of `compile --format csv` before the four per proposal (`p1_change`, …).
pub const COMPILE_COLUMNS: &[&str] = &[
    "kind", "section", "label", "depth", "conflict", "clash", "base",
];

/// Columns of `blame --format csv`.
pub const BLAME_COLUMNS: &[&str] = &[
    "section",
    "path",
    "depth",
    "text",
    "introduced",
    "introduced_year",
    "changed",
    "changed_year",
];

/// Columns of `log --format csv`: the list, the revision, then the step's count per ITU symbol.
pub const LOG_COLUMNS: &[&str] = &[
    "list", "address", "revision", "status", "year", "date", "venue", "proposer", "clauses",
    "from", "ADD", "SUP", "MOD", "(MOD)", "NOC", "ADD*", "SUP*",
];

/// Columns of `refs --format csv`.
pub const REFS_COLUMNS: &[&str] = &[
    "kind",
    "text",
    "section",
    "path",
    "offset",
    "body",
    "number",
    "tag",
    "revised",
    "venue",
    "year",
    "lookalike",
];

/// Columns added later, at the end of both `refs` tables (after [`STALE_COLUMNS`] with
/// `--stale`), so that no column moves.
pub const REFS_ADDED_COLUMNS: &[&str] = &["symbol", "body_guessed"];

/// Columns `refs --stale --format csv` adds after [`REFS_COLUMNS`].
pub const STALE_COLUMNS: &[&str] = &[
    "status",
    "superseded_by",
    "superseded_venue",
    "superseded_year",
    "evidence",
    "reason",
];

/// Columns of `search --format csv`.
pub const SEARCH_COLUMNS: &[&str] = &[
    "address", "language", "section", "path", "depth", "index", "text",
];

/// `cell` as a spreadsheet will show it, not run it.
fn defused(cell: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = cell.chars();
    let risky = match chars.next() {
        Some('=' | '+' | '-' | '@') => chars.next().is_some(),
        Some('\t' | '\r') => true,
        _ => false,
    };
    if risky {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The header, then the rows. Writing to a `Vec` cannot fail, and every row has the header's
/// width, so the writer's errors are unreachable; they are dropped rather than unwrapped.
fn table(header: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(row.iter().map(|c| defused(c).into_owned()));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn owned(cols: &[&str]) -> Vec<String> {
    cols.iter().map(|c| (*c).to_string()).collect()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// One row per clause at every depth, in the diff's order (new-document order, suppressed
/// clauses where they stood); the title and formula are not clauses and are left out.
pub fn diff(d: &DocDiff) -> String {
    fn walk(
        c: &ClauseChange,
        section: &str,
        path: &mut Vec<String>,
        depth: usize,
        out: &mut Vec<Vec<String>>,
    ) {
        let label = c.new_label.clone().or_else(|| c.old_label.clone());
        path.push(label.unwrap_or_default());
        let (old, new) = match c.change {
            Change::Add | Change::AddMoved => (String::new(), new_text(&c.inline)),
            Change::Sup | Change::SupMoved => (old_text(&c.inline), String::new()),
            _ => (old_text(&c.inline), new_text(&c.inline)),
        };
        out.push(vec![
            section.to_string(),
            path.join(PATH_SEP),
            depth.to_string(),
            c.change.symbol().to_string(),
            opt(c.old_label.as_deref()),
            opt(c.new_label.as_deref()),
            old,
            new,
            opt(c.move_note()),
        ]);
        for k in &c.children {
            walk(k, section, path, depth + 1, out);
        }
        path.pop();
    }
    let mut rows = Vec::new();
    for s in &d.sections {
        for c in &s.clauses {
            walk(c, s.kind.as_str(), &mut Vec::new(), 0, &mut rows);
        }
    }
    table(&owned(DIFF_COLUMNS), rows)
}

/// One row per row of the synoptic table; per proposal, in the order given, its class, label,
/// proposed text and note (`p1_change`, `p1_label`, `p1_text`, `p1_note`, then `p2_…`).
pub fn compile(s: &Synopsis) -> String {
    let mut header = owned(COMPILE_COLUMNS);
    for i in 1..=s.proposals.len() {
        for f in ["change", "label", "text", "note"] {
            header.push(format!("p{i}_{f}"));
        }
    }
    let rows = s.rows.iter().map(|r| {
        let kind = match r.kind {
            RowKind::Heading => "heading",
            RowKind::Provision => "provision",
            RowKind::Added => "added",
        };
        let mut row = vec![
            kind.to_string(),
            r.section.as_str().to_string(),
            opt(r.label.as_deref()),
            r.depth.to_string(),
            r.conflict.to_string(),
            r.clash.to_string(),
            opt(r.base.as_deref()),
        ];
        for c in &r.cells {
            match c {
                Some(c) => row.extend([
                    c.change.symbol().to_string(),
                    opt(c.label.as_deref()),
                    if matches!(c.change, Change::Sup | Change::SupMoved) {
                        String::new()
                    } else {
                        new_text(&c.inline)
                    },
                    opt(c.note.as_deref()),
                ]),
                None => row.extend(std::iter::repeat_n(String::new(), 4)),
            }
        }
        row
    });
    table(&header, rows.collect::<Vec<_>>())
}

/// One row per clause of the blamed revision.
pub fn blame(lines: &[BlameLine]) -> String {
    let rows = lines.iter().map(|l| {
        vec![
            l.section.clone(),
            l.path.join(PATH_SEP),
            l.depth.to_string(),
            l.text.clone(),
            l.introduced.clone(),
            l.introduced_year.to_string(),
            l.changed.clone(),
            l.changed_year.to_string(),
        ]
    });
    table(&owned(BLAME_COLUMNS), rows.collect::<Vec<_>>())
}

/// One row per revision: the adopted line, then the proposals (`list` says which).
pub fn log(l: &Log) -> String {
    fn row(list: &str, e: &Entry) -> Vec<String> {
        let mut row = vec![
            list.to_string(),
            e.address.clone(),
            e.revision.clone(),
            e.status.as_str().to_string(),
            e.year.to_string(),
            opt(e.date),
            opt(e.venue.as_deref()),
            opt(e.proposer.as_deref()),
            e.clauses.to_string(),
            opt(e.from.as_deref()),
        ];
        // The first text has no step, so no counts: empty cells, not zeros.
        row.extend(Change::ALL.iter().map(|&c| {
            e.changes
                .as_ref()
                .map(|s| s[c].to_string())
                .unwrap_or_default()
        }));
        row
    }
    let rows = (l.adopted.iter().map(|e| row("adopted", e)))
        .chain(l.proposals.iter().map(|e| row("proposal", e)));
    table(&owned(LOG_COLUMNS), rows.collect::<Vec<_>>())
}

/// A JSON value as a cell: strings as they are, arrays of labels joined as paths are, null empty.
fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| cell(Some(x)))
            .collect::<Vec<_>>()
            .join(PATH_SEP),
        Some(other) => other.to_string(),
    }
}

/// The citation's cells, read through its serialised form: the JSON field names are the
/// columns, so the CSV follows `refs --format json` without reaching into the refs module.
fn citation_cells(c: &Citation) -> Vec<String> {
    let v = serde_json::to_value(c).unwrap_or(Value::Null);
    REFS_COLUMNS.iter().map(|k| cell(v.get(k))).collect()
}

/// The cells of [`REFS_ADDED_COLUMNS`].
fn added_cells(c: &Citation) -> Vec<String> {
    let v = serde_json::to_value(c).unwrap_or(Value::Null);
    REFS_ADDED_COLUMNS.iter().map(|k| cell(v.get(k))).collect()
}

/// One row per citation.
pub fn refs(found: &[Citation]) -> String {
    let header: Vec<String> = owned(REFS_COLUMNS)
        .into_iter()
        .chain(owned(REFS_ADDED_COLUMNS))
        .collect();
    let rows = found.iter().map(|c| {
        let mut row = citation_cells(c);
        row.extend(added_cells(c));
        row
    });
    table(&header, rows.collect::<Vec<_>>())
}

/// One row per citation with its standing.
pub fn stale(judged: &[Staleness]) -> String {
    let header: Vec<String> = owned(REFS_COLUMNS)
        .into_iter()
        .chain(owned(STALE_COLUMNS))
        .chain(owned(REFS_ADDED_COLUMNS))
        .collect();
    let json_names = [
        "status",
        "superseded_by",
        "venue",
        "year",
        "evidence",
        "reason",
    ];
    let rows = judged.iter().map(|s| {
        let v = serde_json::to_value(s).unwrap_or(Value::Null);
        let mut row = citation_cells(&s.citation);
        row.extend(json_names.iter().map(|k| cell(v.get(k))));
        row.extend(added_cells(&s.citation));
        row
    });
    table(&header, rows.collect::<Vec<_>>())
}

/// One row per clause found.
pub fn search(hits: &[Hit]) -> String {
    let rows = hits.iter().map(|h| {
        vec![
            h.address.clone(),
            h.language.clone(),
            h.section.clone(),
            h.path.join(PATH_SEP),
            h.depth.to_string(),
            h.index.to_string(),
            h.text.clone(),
        ]
    });
    table(&owned(SEARCH_COLUMNS), rows.collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::defused;

    #[test]
    fn formulas_are_defused_and_lone_signs_kept() {
        assert_eq!(defused("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defused("-1+2"), "'-1+2");
        assert_eq!(defused("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defused("\tx"), "'\tx");
        assert_eq!(defused("-"), "-");
        assert_eq!(defused("a) -x"), "a) -x");
    }
}
