//! `textconv`: a text as lines for a line diff such as `git diff`. One line per clause, each
//! carrying the clause's path (section kind, then the labels down to it), so that a changed line
//! says which clause it is without the hunk's context. Nothing on a line depends on another
//! clause (no padding to the widest label, no numbering of unlabelled paragraphs), so an edit
//! changes its own line only.

use std::borrow::Cow;
use std::fmt::Write;

use super::shown;
use crate::model::{Clause, Document};

/// The document, one metadata field, heading, clause or footnote per line.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let (res, rev) = (&doc.resolution, &doc.revision);
    let _ = writeln!(out, "address: {}", doc.address());
    let _ = writeln!(out, "title: {}", one_line(res.title_shown()));
    let _ = writeln!(out, "status: {}", rev.stage.status());
    let _ = writeln!(out, "year: {}", rev.year_shown());
    for (key, value) in rev.optional_fields() {
        let _ = writeln!(out, "{key}: {}", one_line(&value));
    }
    if let Some(l) = &doc.revision_line {
        let _ = writeln!(out, "revision line: {}", one_line(l));
    }
    if let Some(f) = &doc.formula {
        let _ = writeln!(out, "formula: {}", one_line(f));
    }
    for s in &doc.sections {
        let _ = writeln!(out, "\n[{}] {}", s.kind, one_line(&s.heading));
        write_clauses(&mut out, &s.clauses, &s.kind.to_string());
    }
    if !doc.footnotes.is_empty() {
        out.push('\n');
    }
    for f in &doc.footnotes {
        let _ = writeln!(out, "footnote {}\t{}", f.mark, one_line(&f.text));
    }
    out
}

fn write_clauses(out: &mut String, clauses: &[Clause], parent: &str) {
    for c in clauses {
        let label = c.label.written().trim();
        let path = if label.is_empty() {
            format!("{parent} ¶")
        } else {
            format!("{parent} {}", one_line(label))
        };
        let _ = writeln!(out, "{path}\t{}", one_line(&c.text));
        write_clauses(out, &c.children, &format!("{path} >"));
    }
}

/// Text kept on its line: line breaks and tabs written `\n` and `\t`, other control characters
/// as [`shown`] writes them (`\u{1b}`). Borrowed when there are none, as in every shipped text.
fn one_line(s: &str) -> Cow<'_, str> {
    let s = shown(s);
    if !s.contains(['\n', '\t']) {
        return s;
    }
    Cow::Owned(s.replace('\n', "\\n").replace('\t', "\\t"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_clause_line_names_its_path_and_controls_stay_on_the_line() {
        let toml = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/resolutions/wtdc/030/dubai-2014.ar.toml"
        ))
        .expect("corpus text");
        let doc = crate::input::corpus::parse_document(&toml, std::path::Path::new("x.toml"))
            .expect("loads");
        let out = render(&doc);
        assert!(out.starts_with("address: wtdc/30@dubai-2014:ar\n"), "{out}");
        assert!(out.contains("\nrecalling و) > -\tإعلان مبادئ جنيف وخطة عمل جنيف؛\n"));
        let lines = out.lines().filter(|l| l.contains('\t')).count();
        assert_eq!(lines, doc.clause_count() + doc.footnotes.len());
        assert_eq!(one_line("a\tb\nc\u{7}"), "a\\tb\\nc\\u{7}");
    }
}
