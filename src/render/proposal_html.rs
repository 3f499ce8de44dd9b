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

use std::fmt::Write;

use super::escape_html as esc;
use crate::diff::{Change, Op, Segment};
use crate::markup::{Cover, Paragraph, Proposal, Style};

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
.Call{font-style:italic;margin-top:1em}
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
    let mut out = String::new();
    let dir = if p.language.is_rtl() { "rtl" } else { "ltr" };
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"generator\" content=\"resdiff\">\n<title>{}</title>\n<style>\n{CSS}</style>\n\
         </head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"ids\">{} → {} · {}</p>",
        p.language,
        esc(&p.heading),
        esc(&p.heading),
        esc(&p.base),
        esc(&p.proposed),
        esc(&p.meta.group())
    );
    let _ = writeln!(out, "<table class=\"summary\">\n<tr>");
    for (change, _) in p.summary.iter() {
        let _ = write!(out, "<th>{}</th>", esc(change.symbol()));
    }
    let _ = writeln!(out, "</tr>\n<tr>");
    for (_, n) in p.summary.iter() {
        let _ = write!(out, "<td>{n}</td>");
    }
    let _ = writeln!(out, "</tr>\n</table>\n<nav>\n<ol>");
    for (i, s) in p.sections.iter().enumerate() {
        let mark = if s.change == Change::Noc {
            String::new()
        } else {
            format!(" <span class=\"symbol\">{}</span>", esc(s.change.symbol()))
        };
        let _ = writeln!(
            out,
            "<li><a href=\"#s{}\">{}</a>{mark}</li>",
            i + 1,
            esc(&s.heading)
        );
    }
    let _ = writeln!(out, "</ol>\n</nav>\n</header>\n<main>");
    cover(&mut out, &p.cover);
    let mut open: Option<usize> = None;
    for para in &p.paragraphs {
        if para.section != open {
            if open.is_some() {
                let _ = writeln!(out, "</section>");
            }
            if let Some(i) = para.section {
                let _ = writeln!(out, "<section id=\"s{}\">", i + 1);
            }
            open = para.section;
        }
        let _ = writeln!(out, "{}", paragraph(para));
    }
    if open.is_some() {
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</main>\n</body>\n</html>");
    out
}

/// The cover block, the Introduction part, and the heading of the Proposal part.
fn cover(out: &mut String, c: &Cover) {
    let _ = writeln!(
        out,
        "<div class=\"cover\">\n<p class=\"pagehead\">{}</p>\n<table><tr><td>{}</td>\
         <td class=\"doc\">{}<br>{}<br>{}</td></tr></table>\n<p class=\"Source\">{}</p>\n\
         <p class=\"Title1\">{}</p>\n</div>",
        esc(&c.header),
        c.conference.as_deref().map(esc).unwrap_or_default(),
        esc(&c.document),
        esc(&c.date),
        esc(&c.original),
        esc(&c.source),
        esc(&c.title)
    );
    if !c.introduction.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>", esc(&c.introduction_heading));
        for para in &c.introduction {
            let _ = writeln!(out, "<p>{}</p>", esc(para));
        }
    }
    let _ = writeln!(out, "<h2>{}</h2>", esc(&c.proposal_heading));
}

/// Marked runs as HTML; the tab that ends a label is left to the label's box.
fn marked(runs: &[Segment]) -> String {
    runs.iter()
        .filter(|r| r.text != "\t")
        .map(|r| {
            let text = esc(r.text.trim_end_matches('\t'));
            match r.op {
                Op::Equal => text,
                Op::Insert => format!("<ins>{text}</ins>"),
                Op::Delete => format!("<del>{text}</del>"),
            }
        })
        .collect()
}

fn paragraph(p: &Paragraph) -> String {
    let class = match p.style {
        Style::Ellipsis => "Ellipsis".into(),
        s => s.name(),
    };
    let indent = match p.style {
        Style::Enumlev(n) if n > 3 => format!(" style=\"margin-inline-start:{}em\"", 2 * n),
        _ => String::new(),
    };
    let body = match p.style {
        // Latin in every language: kept left to right as one unit, so an Arabic page reads
        // "MOD RCC/23A1/5" and not the id before the symbol.
        Style::Proposal => match p.symbol_and_id() {
            (symbol, Some(id)) => format!(
                "<span dir=\"ltr\">{}<span class=\"id\">{}</span></span>",
                esc(&symbol),
                esc(&id)
            ),
            (symbol, None) => format!("<span dir=\"ltr\">{}</span>", esc(&symbol)),
        },
        _ if p.label.is_empty() => marked(&p.text),
        _ => format!(
            "<span class=\"label\">{}</span>{}",
            marked(&p.label),
            marked(&p.text)
        ),
    };
    format!("<p class=\"{class}\"{indent}>{body}</p>")
}
