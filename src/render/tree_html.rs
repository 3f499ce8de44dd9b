//! `show` as HTML: one text's clause tree as an HTML fragment, for the web app and the static
//! site. Each section is `id="s2"` and each clause `id="p2.5.1"` (section, then the 1-based
//! place among siblings down the tree), the anchors a diff's changes link to ([`anchor`]).

use std::fmt::Write;

use super::escape_html as esc;
use crate::model::{Clause, Document};

/// The anchor of a clause: its section's and its own 1-based places, `p2.5.1`.
pub fn anchor(section: usize, path: &[usize]) -> String {
    let mut id = format!("p{section}");
    for i in path {
        let _ = write!(id, ".{i}");
    }
    id
}

/// The text as a `<div class="tree">` in its own language and direction.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let dir = if doc.language.is_rtl() { "rtl" } else { "ltr" };
    let _ = writeln!(
        out,
        "<div class=\"tree\" lang=\"{}\" dir=\"{dir}\">\n<h2 class=\"title\">{}</h2>",
        doc.language,
        esc(doc.resolution.title_shown())
    );
    if let Some(f) = &doc.formula {
        let _ = writeln!(out, "<p class=\"formula\">{}</p>", esc(f));
    }
    for (i, s) in doc.sections.iter().enumerate() {
        let _ = writeln!(
            out,
            "<section id=\"s{}\">\n<h3 class=\"call\">{} <span class=\"kind\" dir=\"ltr\">{}</span></h3>",
            i + 1,
            esc(&s.heading),
            s.kind
        );
        clauses(&mut out, &s.clauses, i + 1, &mut Vec::new());
        let _ = writeln!(out, "</section>");
    }
    if !doc.footnotes.is_empty() {
        let _ = writeln!(out, "<ol class=\"footnotes\">");
        for f in &doc.footnotes {
            let _ = writeln!(
                out,
                "<li><span class=\"mark\">{}</span> {}</li>",
                esc(&f.mark),
                esc(&f.text)
            );
        }
        let _ = writeln!(out, "</ol>");
    }
    let _ = writeln!(out, "</div>");
    out
}

fn clauses(out: &mut String, cs: &[Clause], section: usize, path: &mut Vec<usize>) {
    if cs.is_empty() {
        return;
    }
    let _ = writeln!(out, "<ol class=\"clauses\">");
    for (i, c) in cs.iter().enumerate() {
        path.push(i + 1);
        let _ = write!(
            out,
            "<li id=\"{}\"><span class=\"label\">{}</span> <span class=\"text\">{}</span>",
            anchor(section, path),
            esc(c.label.written().trim()),
            esc(&c.text)
        );
        clauses(out, &c.children, section, path);
        let _ = writeln!(out, "</li>");
        path.pop();
    }
    let _ = writeln!(out, "</ol>");
}
