//! Writing a document as plain text in the exact layout (`nesting = "tabs"`), so that
//! TOML -> text -> TOML gives the same document whatever its tree holds.

use std::fmt::Write;

use super::nested::{NESTING_KEY, NESTING_TABS, UNLABELLED, escape};
use crate::input::corpus::metadata_toml;
use crate::input::heading::heading_kind;
use crate::model::{Clause, Document};

/// The document as text: `+++` front matter (with the formula and `nesting = "tabs"`), headings,
/// one line per clause (`TABS LABEL<TAB>TEXT`, one leading tab per level, `¶` for no label),
/// footnote definitions `[^mark]: text`. Tabs, newlines and backslashes inside a field are
/// written `\t`, `\n`, `\\`. A heading the vocabulary would read as another kind says its kind:
/// `[recalling] as recalled`.
pub fn to_plain_text(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "+++\n{NESTING_KEY} = \"{NESTING_TABS}\"\n{}+++",
        metadata_toml(doc)
    );
    for s in &doc.sections {
        let heading = escape(&s.heading);
        let heading = if heading.starts_with('[') {
            format!("\\{heading}")
        } else {
            heading
        };
        if heading_kind(&s.heading, doc.language) == Some(s.kind) && !heading.is_empty() {
            let _ = writeln!(out, "{heading}");
        } else {
            let _ = writeln!(out, "[{}] {heading}", s.kind);
        }
        write_clauses(&mut out, &s.clauses, 0);
    }
    for f in &doc.footnotes {
        let _ = writeln!(out, "[^{}]: {}", escape(&f.mark), escape(&f.text));
    }
    out
}

fn write_clauses(out: &mut String, clauses: &[Clause], depth: usize) {
    for c in clauses {
        out.extend(std::iter::repeat_n('\t', depth));
        let label = escape(c.label.written());
        if label.is_empty() {
            out.push(UNLABELLED);
        } else if label.starts_with(UNLABELLED) {
            let _ = write!(out, "\\{label}");
        } else {
            out.push_str(&label);
        }
        let _ = writeln!(out, "\t{}", escape(&c.text));
        write_clauses(out, &c.children, depth + 1);
    }
}
