//! `markup --format md`: the proposal as Markdown, for a quick review before the DOCX goes out.
//!
//! Deleted text is `<del>…</del>`, inserted text `<ins>…</ins>` (as in `diff --format md`); the
//! symbol line of each provision is bold ("**MOD** RCC/23A1/5"), section headings italic, nested
//! items are list items indented by depth; a part of the rules is its number line ("SECTION 3")
//! and its title, both bold, as the DOCX lays it out (`markup::Shape`). The cover block (page header, conference, document,
//! date, original language, source, title) comes first, then the parts Introduction (when there
//! is one) and Proposal. Arabic proposals sit in `<div dir="rtl" lang="ar">`.

use std::fmt::Write;

use super::{escape_md, line_start_md, marked_md};
use crate::diff::Segment;
use crate::markup::{Cover, Paragraph, Proposal, Shape, Style};

/// The proposal as a Markdown document.
pub fn render(p: &Proposal) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape_md(&p.heading));
    let _ = writeln!(
        out,
        "Base: `{}` · proposal: `{}` · {}\n",
        p.base,
        p.proposed,
        escape_md(&p.meta.group())
    );
    let symbols: Vec<&str> = p.summary.iter().map(|(c, _)| c.symbol()).collect();
    let _ = writeln!(
        out,
        "| {} |",
        symbols
            .iter()
            .map(|s| s.replace('*', "\\*"))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let _ = writeln!(out, "|{}", "---|".repeat(symbols.len()));
    let counts: Vec<String> = p.summary.iter().map(|(_, n)| n.to_string()).collect();
    let _ = writeln!(out, "| {} |\n", counts.join(" | "));
    let rtl = p.language.is_rtl();
    if rtl {
        let _ = writeln!(out, "<div dir=\"rtl\" lang=\"{}\">\n", p.language);
    }
    cover(&mut out, &p.cover);
    for (para, shape) in p.shapes() {
        let _ = writeln!(out, "{}\n", shaped(para, &shape));
    }
    if rtl {
        let _ = writeln!(out, "</div>");
    }
    out
}

/// The cover block, Introduction, and the heading of the Proposal part.
fn cover(out: &mut String, c: &Cover) {
    let _ = writeln!(out, "`{}`\n", c.header);
    let mut lines: Vec<String> = c
        .conference
        .iter()
        .map(|c| format!("**{}**", escape_md(c)))
        .collect();
    for line in [&c.document, &c.date, &c.original] {
        lines.push(line_start_md(escape_md(line)));
    }
    // Two trailing spaces: one line each, one block.
    let _ = writeln!(out, "{}\n", lines.join("  \n"));
    let _ = writeln!(out, "**{}**\n", escape_md(&c.source));
    let _ = writeln!(out, "**{}**\n", escape_md(&c.title));
    if !c.introduction.is_empty() {
        let _ = writeln!(out, "## {}\n", escape_md(&c.introduction_heading));
        for para in &c.introduction {
            let _ = writeln!(out, "{}\n", line_start_md(escape_md(para)));
        }
    }
    let _ = writeln!(out, "## {}\n", escape_md(&c.proposal_heading));
}

/// A paragraph as the page shows it: a part of the rules or an appendix after them as its
/// number line and its title, each bold on a line of its own, as ITU centres them.
fn shaped(p: &Paragraph, shape: &Shape<'_>) -> String {
    match shape.lines(p) {
        Some(lines) => {
            let bold: Vec<String> = lines
                .iter()
                .map(|(_, runs)| format!("**{}**", marked_md(runs)))
                .collect();
            bold.join("\n\n")
        }
        None => paragraph(p),
    }
}

fn paragraph(p: &Paragraph) -> String {
    // The tab that ends a label is a word processor's; a space does here.
    let label: Vec<Segment> = p
        .label
        .iter()
        .filter(|r| r.text != "\t")
        .map(|r| Segment::new(r.op, r.text.trim_end_matches('\t').to_string()))
        .collect();
    let label = marked_md(&label);
    let text = marked_md(&p.text);
    // The label, or an unlabelled paragraph's words (a UN preambular one), starts the line: a
    // dash, plus or `1.` there would read as a list marker.
    let body = line_start_md(if label.is_empty() {
        text
    } else {
        format!("{label} {text}")
    });
    match p.style {
        Style::Proposal => match p.symbol_and_id() {
            (symbol, Some(id)) => format!("**{}** {}", escape_md(&symbol), escape_md(&id)),
            (symbol, None) => format!("**{}**", escape_md(&symbol)),
        },
        Style::ResNo => format!("**{body}**"),
        Style::Restitle => format!("**{body}**"),
        Style::Resref => format!("*{body}*"),
        Style::Call => format!("*{body}*"),
        Style::Enumlev(n) => format!("{}- {body}", "  ".repeat(n.saturating_sub(1))),
        Style::Reasons => format!("*{body}*"),
        Style::MoveNote => format!("*({body})*"),
        Style::Normal | Style::Section | Style::Normalaftertitle | Style::Ellipsis => body,
    }
}
