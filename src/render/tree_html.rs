//! `show` as HTML: one text's clause tree as an HTML fragment, for the web app and the static
//! site. Each section is `id="s2"` and each clause `id="p2.5.1"` (section, then the 1-based
//! place among siblings down the tree), the anchors a diff's changes link to ([`anchor`]).

use std::fmt::Write;

use maud::{Markup, html};

use super::shown;
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
    let dir = if doc.language.is_rtl() { "rtl" } else { "ltr" };
    html! {
        div class="tree" lang=(doc.language) dir=(dir) {
            "\n" h2 class="title" { (shown(&doc.resolution.title)) } "\n"
            @if let Some(f) = &doc.formula {
                p class="formula" { (shown(f)) } "\n"
            }
            @for (i, s) in doc.sections.iter().enumerate() {
                section id={ "s" (i + 1) } {
                    "\n"
                    h3 class="call" {
                        (shown(&s.heading)) " " span class="kind" dir="ltr" { (s.kind) }
                    }
                    "\n"
                    (clauses(&s.clauses, i + 1, &[]))
                }
                "\n"
            }
            @if !doc.footnotes.is_empty() {
                ol class="footnotes" {
                    "\n"
                    @for f in &doc.footnotes {
                        li { span class="mark" { (shown(&f.mark)) } " " (shown(&f.text)) } "\n"
                    }
                }
                "\n"
            }
        }
        "\n"
    }
    .into_string()
}

fn clauses(cs: &[Clause], section: usize, path: &[usize]) -> Markup {
    if cs.is_empty() {
        return Markup::default();
    }
    html! {
        ol class="clauses" {
            "\n"
            @for (i, c) in cs.iter().enumerate() {
                @let here = [path, &[i + 1]].concat();
                li id=(anchor(section, &here)) {
                    span class="label" { (shown(c.label.written.trim())) }
                    " "
                    span class="text" { (shown(&c.text)) }
                    (clauses(&c.children, section, &here))
                }
                "\n"
            }
        }
        "\n"
    }
}
