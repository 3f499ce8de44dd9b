//! `show` as HTML: one text's clause tree as an HTML fragment, for the web app and the static
//! site. Each section is `id="s2"` and each clause `id="p2.5.1"` (section, then the 1-based
//! place among siblings down the tree), the anchors a diff's changes link to ([`anchor`]).

use std::fmt::Write;

use maud::{Markup, PreEscaped, html};

use super::html::{NoteSide, clause_path, isolated, note_id, noted, paragraph_link};
use super::shown;
use crate::model::{Clause, ClausePath, Document, preambular};

/// The anchor of a clause: its section's and its own 1-based places, `p2.5.1`.
pub fn anchor(section: usize, path: &[usize]) -> String {
    let mut id = format!("p{section}");
    for i in path {
        let _ = write!(id, ".{i}");
    }
    id
}

/// The text as a `<div class="tree">` in its own language and direction.
/// Footnote marks are superscript links to the notes listed at the end (`id="fn-4"`); an
/// unlabelled preambular paragraph of a UN text is numbered as the UN counts them (PP3).
pub fn render(doc: &Document) -> String {
    render_linked(doc, &|_| None)
}

/// As [`render`], each paragraph with a link to its own page where `link` gives one.
pub fn render_linked(doc: &Document, link: &dyn Fn(&ClausePath) -> Option<String>) -> String {
    let rtl = doc.language.is_rtl();
    let dir = if rtl { "rtl" } else { "ltr" };
    let preamble = doc.preamble();
    html! {
        div class="tree" lang=(doc.language) dir=(dir) {
            "\n" h2 class="title" { (noted(doc.resolution.title_shown(), NoteSide::New, rtl)) } "\n"
            @if let Some(l) = &doc.revision_line {
                p class="revisions" { (noted(l, NoteSide::New, rtl)) } "\n"
            }
            @if let Some(f) = &doc.formula {
                p class="formula" { (noted(f, NoteSide::New, rtl)) } "\n"
            }
            @for (i, s) in doc.sections.iter().enumerate() {
                section id={ "s" (i + 1) } {
                    "\n"
                    h3 class="call" {
                        (isolated(&s.heading, rtl)) " " span class="kind" dir="ltr" { (s.kind) }
                    }
                    "\n"
                    (clauses(&s.clauses, i + 1, &[], &Ctx { rtl, pp: preamble.start(i), link }))
                }
                "\n"
            }
            (PreEscaped(notes(doc)))
        }
        "\n"
    }
    .into_string()
}

/// The text's footnotes as a list whose items are the anchors its marks link to (`fn-4`);
/// empty for a text with none.
pub fn notes(doc: &Document) -> String {
    if doc.footnotes.is_empty() {
        return String::new();
    }
    let rtl = doc.language.is_rtl();
    let dir = if rtl { "rtl" } else { "ltr" };
    html! {
        section class="notes" lang=(doc.language) dir=(dir) {
            "\n"
            ol class="footnotes" {
                "\n"
                @for f in &doc.footnotes {
                    li id=(note_id(NoteSide::New, &f.mark)) {
                        span class="mark" { (shown(&f.mark)) } " " (noted(&f.text, NoteSide::New, rtl))
                    }
                    "\n"
                }
            }
            "\n"
        }
        "\n"
    }
    .into_string()
}

struct Ctx<'a> {
    rtl: bool,
    pp: Option<usize>,
    link: &'a dyn Fn(&ClausePath) -> Option<String>,
}

fn clauses(cs: &[Clause], section: usize, path: &[usize], ctx: &Ctx<'_>) -> Markup {
    if cs.is_empty() {
        return Markup::default();
    }
    html! {
        ol class="clauses" {
            "\n"
            @for (i, c) in cs.iter().enumerate() {
                @let here = [path, &[i + 1]].concat();
                @let written = c.label.written().trim();
                li id=(anchor(section, &here)) {
                    span class="label" {
                        @match ctx.pp {
                            Some(at) if path.is_empty() && written.is_empty() => {
                                (preambular(at + i + 1))
                            }
                            _ => (shown(written)),
                        }
                    }
                    " "
                    span class="text" { (noted(&c.text, NoteSide::New, ctx.rtl)) }
                    (paragraph_link(clause_path(section, &here).and_then(|p| (ctx.link)(&p))))
                    (clauses(&c.children, section, &here, &Ctx { rtl: ctx.rtl, pp: None, link: ctx.link }))
                }
                "\n"
            }
        }
        "\n"
    }
}
