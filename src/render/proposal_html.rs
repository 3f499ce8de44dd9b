//! `markup --format html`: the proposal as one self-contained HTML file (inline CSS, no script,
//! no network), as a secretariat would publish it.
//!
//! `<html lang dir>` follows the text's language, so Arabic reads right to left; inserted text is
//! `<ins>` (underlined), deleted text `<del>` (struck through), both also coloured on screen and
//! kept black in print. At the top: the proposal's heading, a summary table of symbols and a
//! table of contents linking each section (`#s1`, `#s2`, ...); then the cover block of the ITU
//! document (page header, conference, document, date, original language, source, title) and its
//! parts Introduction (when there is one) and Proposal. Each paragraph's class is its ITU style
//! name; items nested deeper than enumlev3 are indented one step further per level.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::shown;
use crate::diff::{Change, Op, Segment};
use crate::markup::{Cover, Paragraph, Proposal, Shape, Style};

const CSS: &str = "\
body{font-family:'Times New Roman','Noto Naskh Arabic','Noto Serif',serif;font-size:12pt;\
max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5;color:#000}
ins{text-decoration:underline;color:#005a9c;background:#eef6ff}
del{text-decoration:line-through;color:#a00;background:#fff0f0}
table.summary{border-collapse:collapse;margin:1em 0}
table.summary th,table.summary td{border:1px solid #888;padding:.2em .6em;text-align:center}
nav ol{padding-inline-start:1.5em}
.Proposal{font-weight:bold;margin-top:1.5em}
.Proposal .id{font-weight:normal;margin-left:1em}
.ResNo{text-align:center;text-transform:uppercase;margin-top:1.5em}
.Restitle{text-align:center;font-weight:bold}
.Resref{text-align:center;font-style:italic}
.Call{font-style:italic;margin-top:1em}
.SectionNo,.AppendixNo{text-align:center;margin-top:1.5em;margin-bottom:0}
.Sectiontitle,.Appendixtitle{text-align:center;font-weight:bold;margin-top:.3em}
.Heading1{font-weight:bold;margin-top:1.5em}
.enumlev1{margin-inline-start:2em}
.enumlev2{margin-inline-start:4em}
.enumlev3{margin-inline-start:6em}
.cover{border-bottom:1px solid #888;margin-bottom:1em}
.cover .pagehead{text-align:end;color:#333}
.cover table{width:100%}
.cover td.doc{text-align:end}
.Source,.Title1{text-align:center;font-weight:bold}
.Title1{text-transform:uppercase}
.label{display:inline-block;min-width:2.5em}
.MoveNote{font-style:italic;color:#555}.Reasons{font-style:italic;color:#333;border-top:1px dotted #888;padding-top:.2em}
.Ellipsis{text-align:center}
@media print{body{max-width:none;margin:0;font-size:11pt}nav,table.summary{display:none}\
ins,del{color:#000;background:none}section{break-inside:auto}.Proposal{break-after:avoid}}
";

/// The proposal as an HTML document.
pub fn render(p: &Proposal) -> String {
    let dir = if p.language.is_rtl() { "rtl" } else { "ltr" };
    html! {
        (DOCTYPE) "\n"
        html lang=(p.language) dir=(dir) {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="generator" content="resdiff"; "\n"
                title { (shown(&p.name())) } "\n"
                // A constant of this file, not text of a document.
                style { "\n" (PreEscaped(CSS)) }
                "\n"
            }
            "\n"
            body {
                "\n"
                header {
                    "\n"
                    h1 { (shown(&p.heading)) } "\n"
                    p class="ids" {
                        (shown(&p.base)) " → " (shown(&p.proposed)) " · " (shown(&p.meta.group()))
                    }
                    "\n"
                    table class="summary" {
                        "\n"
                        tr {
                            "\n"
                            @for (change, _) in p.summary.iter() {
                                th { (change.symbol()) }
                            }
                        }
                        "\n"
                        tr {
                            "\n"
                            @for (_, n) in p.summary.iter() {
                                td { (n) }
                            }
                        }
                        "\n"
                    }
                    "\n"
                    nav {
                        "\n"
                        ol {
                            "\n"
                            @for (i, s) in p.sections.iter().enumerate() {
                                li {
                                    a href={ "#s" (i + 1) } { (shown(&s.heading)) }
                                    @if s.change != Change::Noc {
                                        " " span class="symbol" { (s.change.symbol()) }
                                    }
                                }
                                "\n"
                            }
                        }
                        "\n"
                    }
                    "\n"
                }
                "\n"
                main {
                    "\n"
                    (cover(&p.cover))
                    @for (section, paras) in by_section(&p.shapes()) {
                        @if let Some(i) = section {
                            section id={ "s" (i + 1) } {
                                "\n"
                                @for (para, shape) in paras {
                                    (shaped(para, shape)) "\n"
                                }
                            }
                            "\n"
                        } @else {
                            @for (para, shape) in paras {
                                (shaped(para, shape)) "\n"
                            }
                        }
                    }
                }
                "\n"
            }
            "\n"
        }
        "\n"
    }
    .into_string()
}

/// The paragraphs in runs of one section each (`None`: outside every section).
type Shaped<'p> = (&'p Paragraph, Shape<'p>);

fn by_section<'s, 'p>(paras: &'s [Shaped<'p>]) -> Vec<(Option<usize>, &'s [Shaped<'p>])> {
    paras
        .chunk_by(|a, b| a.0.section == b.0.section)
        .map(|run| (run[0].0.section, run))
        .collect()
}

/// The cover block, the Introduction part, and the heading of the Proposal part.
fn cover(c: &Cover) -> Markup {
    html! {
        div class="cover" {
            "\n"
            p class="pagehead" { (shown(&c.header)) } "\n"
            table {
                tr {
                    td {
                        @if let Some(conference) = &c.conference { (shown(conference)) }
                    }
                    td class="doc" {
                        (shown(&c.document)) br; (shown(&c.date)) br; (shown(&c.original))
                    }
                }
            }
            "\n"
            p class="Source" { (shown(&c.source)) } "\n"
            p class="Title1" { (shown(&c.title)) } "\n"
        }
        "\n"
        @if !c.introduction.is_empty() {
            h2 { (shown(&c.introduction_heading)) } "\n"
            @for para in &c.introduction {
                p { (shown(para)) } "\n"
            }
        }
        h2 { (shown(&c.proposal_heading)) } "\n"
    }
}

/// Marked runs as HTML; the tab that ends a label is left to the label's box.
fn marked(runs: &[Segment]) -> Markup {
    html! {
        @for r in runs.iter().filter(|r| r.text != "\t") {
            @let text = shown(r.text.trim_end_matches('\t'));
            @match r.op {
                Op::Equal => (text),
                Op::Insert => ins { (text) },
                Op::Delete => del { (text) },
            }
        }
    }
}

/// A paragraph as the page shows it: a part of the rules or an appendix after them as its
/// number line and its title, with ITU's style names, as the DOCX lays it out.
fn shaped(p: &Paragraph, shape: &Shape<'_>) -> Markup {
    html! {
        @match shape.lines(p) {
            Some(lines) => {
                @for (i, (class, runs)) in lines.iter().enumerate() {
                    @if i > 0 { "\n" }
                    p class=(class) { (marked(runs)) }
                }
            }
            None => (paragraph(p)),
        }
    }
}

fn paragraph(p: &Paragraph) -> Markup {
    let class = match p.style {
        Style::Ellipsis => "Ellipsis".into(),
        // Where the language has no SECTION word (`markup::section_word`), a part of the rules
        // stays one numbered paragraph, as in the DOCX.
        Style::Section => "Normal".into(),
        s => s.name(),
    };
    let indent = match p.style {
        Style::Enumlev(n) if n > 3 => Some(format!("margin-inline-start:{}em", 2 * n)),
        _ => None,
    };
    html! {
        p class=(class) style=[indent] {
            @match p.style {
                // Latin in every language: kept left to right as one unit, so an Arabic page
                // reads "MOD RCC/23A1/5" and not the id before the symbol.
                Style::Proposal => {
                    @let (symbol, id) = p.symbol_and_id();
                    span dir="ltr" {
                        (shown(&symbol))
                        @if let Some(id) = id {
                            span class="id" { (shown(&id)) }
                        }
                    }
                }
                _ if p.label.is_empty() => (marked(&p.text)),
                _ => {
                    span class="label" { (marked(&p.label)) }
                    (marked(&p.text))
                }
            }
        }
    }
}
