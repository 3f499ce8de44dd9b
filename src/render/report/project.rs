//! The projection's reports: Markdown and HTML for translators, JSON for tools, XLIFF 2.0 for
//! CAT tools (written with quick-xml's writer, which escapes).

use std::io::Cursor;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::diff::{Op, Segment};
use crate::model::Language;
use crate::render::{escape_html, escape_md, marked_md, shown};
use crate::track::project::{ProjectedClause, Projection, Status};

/// `{"clauses": [...], "drift": [...]}` with the texts named.
pub fn json(p: &Projection) -> String {
    serde_json::to_string_pretty(p).unwrap_or_default() + "\n"
}

fn counts(p: &Projection) -> String {
    let n = |s: Status| p.clauses.iter().filter(|c| c.status == s).count();
    format!(
        "{} carried, {} to translate, {} new, {} suppressed; {} drifted",
        n(Status::Carried),
        n(Status::Translate),
        n(Status::New),
        n(Status::Suppressed),
        p.drift.len()
    )
}

fn heading(c: &ProjectedClause) -> String {
    format!("{} {} {}", c.section_index, c.section, c.label)
}

/// The skeleton in NEW's order, then the suppressed clauses and the drift.
pub fn markdown(p: &Projection) -> String {
    let mut out = format!(
        "# Projection to {}\n\nSource: `{}` → `{}`; target: `{}`{}\n\n{}\n\n",
        p.target_language,
        p.source_old,
        p.source_new,
        p.target_old,
        p.target_new
            .as_ref()
            .map_or(String::new(), |t| format!(" → `{t}`")),
        counts(p)
    );
    for c in p.clauses.iter().filter(|c| c.status != Status::Suppressed) {
        let indent = "  ".repeat(c.depth);
        out.push_str(&format!(
            "{indent}- **{}** `{}`\n",
            escape_md(&heading(c)),
            c.status.as_str()
        ));
        match c.status {
            Status::Carried => {
                out.push_str(&format!(
                    "{indent}  {}\n",
                    escape_md(c.target.as_deref().unwrap_or(""))
                ));
            }
            Status::Translate => {
                out.push_str(&format!(
                    "{indent}  source change: {}\n",
                    marked_md(&c.source_diff)
                ));
                if let Some(t) = &c.target {
                    out.push_str(&format!(
                        "{indent}  previous translation: {}\n",
                        escape_md(t)
                    ));
                }
            }
            _ => out.push_str(&format!("{indent}  source: {}\n", escape_md(&c.source))),
        }
    }
    let gone: Vec<&ProjectedClause> = p
        .clauses
        .iter()
        .filter(|c| c.status == Status::Suppressed)
        .collect();
    if !gone.is_empty() {
        out.push_str("\n## Suppressed\n\n");
        for c in gone {
            out.push_str(&format!(
                "- **{}**: {}\n",
                escape_md(&heading(c)),
                escape_md(c.target.as_deref().unwrap_or(&c.source))
            ));
        }
    }
    if !p.drift.is_empty() {
        out.push_str(
            "\n## Translation drift\n\n| kind | clause | before | after |\n|---|---|---|---|\n",
        );
        for d in &p.drift {
            out.push_str(&format!(
                "| {} | {} {} | {} | {} |\n",
                d.kind.as_str(),
                d.section_index,
                escape_md(&d.label),
                escape_md(&d.old),
                escape_md(&d.new)
            ));
        }
    }
    out
}

const CSS: &str = "body{font-family:sans-serif;margin:1em}table{border-collapse:collapse;width:100%}\
td,th{border:1px solid #bbb;padding:.3em;vertical-align:top}del{color:#a00}ins{color:#060}\
.carried{background:#eef8ee}.translate{background:#fff3e0}.new{background:#e8f0ff}.suppressed{background:#fde0e0}";

/// A table: place, status, source (with its change), target (right to left for Arabic).
pub fn html(p: &Projection) -> String {
    let dir = if p.target_language.is_rtl() {
        "rtl"
    } else {
        "ltr"
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Projection to {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>Projection to {}</h1>\n<p>{} → {}; target {}. {}</p>\n<table>\n<tr><th>clause</th><th>status</th><th>source</th><th>target</th></tr>\n",
        p.target_language,
        p.target_language,
        escape_html(&p.source_old),
        escape_html(&p.source_new),
        escape_html(&p.target_old),
        counts(p)
    );
    for c in &p.clauses {
        let source = if c.source_diff.is_empty() {
            escape_html(&c.source)
        } else {
            marks(
                &c.source_diff,
                escape_html,
                ["<del>", "</del>"],
                ["<ins>", "</ins>"],
            )
        };
        out.push_str(&format!(
            "<tr class=\"{}\"><td>{}</td><td>{}</td><td lang=\"en\">{}</td><td dir=\"{dir}\" lang=\"{}\">{}</td></tr>\n",
            c.status.as_str(),
            escape_html(&heading(c)),
            c.status.as_str(),
            source,
            p.target_language,
            escape_html(c.target.as_deref().unwrap_or(""))
        ));
    }
    out.push_str("</table>\n");
    if !p.drift.is_empty() {
        out.push_str("<h2>Translation drift</h2>\n<table>\n<tr><th>kind</th><th>clause</th><th>before</th><th>after</th></tr>\n");
        for d in &p.drift {
            out.push_str(&format!(
                "<tr><td>{}</td><td>{} {}</td><td dir=\"{dir}\">{}</td><td dir=\"{dir}\">{}</td></tr>\n",
                d.kind.as_str(),
                d.section_index,
                escape_html(&d.label),
                escape_html(&d.old),
                escape_html(&d.new)
            ));
        }
        out.push_str("</table>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

type W = Writer<Cursor<Vec<u8>>>;

/// An element holding text; quick-xml escapes markup, [`shown`] the control characters XML
/// 1.0 forbids (a reader would refuse the whole file).
fn element(w: &mut W, name: &str, attrs: &[(&str, &str)], text: &str) -> std::io::Result<()> {
    open(w, name, attrs)?;
    w.write_event(Event::Text(BytesText::new(&shown(text))))?;
    close(w, name)
}

fn open(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
    let mut start = BytesStart::new(name);
    for (key, value) in attrs {
        start.push_attribute((*key, shown(value).as_ref()));
    }
    w.write_event(Event::Start(start))
}

fn close(w: &mut W, name: &str) -> std::io::Result<()> {
    w.write_event(Event::End(BytesEnd::new(name)))
}

/// XLIFF 2.0: one `<unit>` per NEW clause. A carried clause has its target and state `final`;
/// one to translate has state `initial`, its previous translation and source change as notes;
/// a new one has no target. Suppressed clauses are notes of the file.
pub fn xliff(p: &Projection, source_language: Language) -> String {
    let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 1);
    match write_xliff(&mut w, p, source_language) {
        Ok(()) => String::from_utf8(w.into_inner().into_inner()).unwrap_or_default() + "\n",
        // Writing to memory does not fail; an empty document would say so to the reader.
        Err(_) => String::new(),
    }
}

fn write_xliff(w: &mut W, p: &Projection, source_language: Language) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let (src, trg) = (source_language.as_str(), p.target_language.as_str());
    open(
        w,
        "xliff",
        &[
            ("xmlns", "urn:oasis:names:tc:xliff:document:2.0"),
            ("version", "2.0"),
            ("srcLang", src),
            ("trgLang", trg),
        ],
    )?;
    open(w, "file", &[("id", "f1"), ("original", &p.source_new)])?;
    let gone: Vec<&ProjectedClause> = p
        .clauses
        .iter()
        .filter(|c| c.status == Status::Suppressed)
        .collect();
    if !gone.is_empty() {
        open(w, "notes", &[])?;
        for c in gone {
            let text = format!(
                "suppressed {}: {}",
                heading(c),
                c.target.as_deref().unwrap_or(&c.source)
            );
            element(w, "note", &[("category", "suppressed")], &text)?;
        }
        close(w, "notes")?;
    }
    for (i, c) in p
        .clauses
        .iter()
        .filter(|c| c.status != Status::Suppressed)
        .enumerate()
    {
        let id = format!("u{}", i + 1);
        open(w, "unit", &[("id", &id), ("name", &heading(c))])?;
        open(w, "notes", &[])?;
        element(w, "note", &[("category", "status")], c.status.as_str())?;
        if c.status == Status::Translate {
            element(
                w,
                "note",
                &[("category", "source-change")],
                &marks(&c.source_diff, str::to_string, ["[-", "-]"], ["{+", "+}"]),
            )?;
            if let Some(t) = &c.target {
                element(w, "note", &[("category", "previous-translation")], t)?;
            }
        }
        close(w, "notes")?;
        let state = if c.status == Status::Carried {
            "final"
        } else {
            "initial"
        };
        open(w, "segment", &[("state", state)])?;
        element(w, "source", &[], &c.source)?;
        if let (Status::Carried, Some(t)) = (c.status, &c.target) {
            element(w, "target", &[], t)?;
        }
        close(w, "segment")?;
        close(w, "unit")?;
    }
    close(w, "file")?;
    close(w, "xliff")
}

/// A source change with its runs wrapped: `[-deleted-]{+inserted+}` in plain text (as the text
/// diff writes it), `<del>`/`<ins>` in HTML.
fn marks(runs: &[Segment], esc: fn(&str) -> String, del: [&str; 2], ins: [&str; 2]) -> String {
    runs.iter()
        .map(|s| {
            let [open, close] = match s.op {
                Op::Equal => ["", ""],
                Op::Delete => del,
                Op::Insert => ins,
            };
            format!("{open}{}{close}", esc(&s.text))
        })
        .collect()
}
