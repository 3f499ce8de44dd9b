//! The projection's reports: Markdown and HTML for translators, JSON for tools, XLIFF 2.0 for
//! CAT tools (written with quick-xml's writer, which escapes).

use std::io::Cursor;

use maud::html;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::diff::{Op, Segment};
use crate::model::Language;
use crate::render::html::page;
use crate::render::{escape_md, marked_md, shown};
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
    let body = html! {
        p {
            (shown(&p.source_old)) " → " (shown(&p.source_new)) "; target " (shown(&p.target_old))
            ". " (counts(p))
        }
        "\n"
        table {
            "\n"
            tr { th { "clause" } th { "status" } th { "source" } th { "target" } }
            "\n"
            @for c in &p.clauses {
                tr class=(c.status.as_str()) {
                    td { (shown(&heading(c))) }
                    td { (c.status.as_str()) }
                    td lang="en" {
                        @if c.source_diff.is_empty() {
                            (shown(&c.source))
                        } @else {
                            @for s in &c.source_diff {
                                @match s.op {
                                    Op::Equal => (shown(&s.text)),
                                    Op::Delete => del { (shown(&s.text)) },
                                    Op::Insert => ins { (shown(&s.text)) },
                                }
                            }
                        }
                    }
                    td dir=(dir) lang=(p.target_language) {
                        (shown(c.target.as_deref().unwrap_or("")))
                    }
                }
                "\n"
            }
        }
        "\n"
        @if !p.drift.is_empty() {
            h2 { "Translation drift" } "\n"
            table {
                "\n"
                tr { th { "kind" } th { "clause" } th { "before" } th { "after" } }
                "\n"
                @for d in &p.drift {
                    tr {
                        td { (d.kind.as_str()) }
                        td { (d.section_index) " " (shown(&d.label)) }
                        td dir=(dir) { (shown(&d.old)) }
                        td dir=(dir) { (shown(&d.new)) }
                    }
                    "\n"
                }
            }
            "\n"
        }
    };
    let title = format!("Projection to {}", p.target_language);
    page(None, &title, &title, CSS, body)
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
                &marks(&c.source_diff),
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

/// A source change with its runs wrapped as the text diff writes them: `[-deleted-]{+inserted+}`.
fn marks(runs: &[Segment]) -> String {
    runs.iter()
        .map(|s| match s.op {
            Op::Equal => s.text.clone(),
            Op::Delete => format!("[-{}-]", s.text),
            Op::Insert => format!("{{+{}+}}", s.text),
        })
        .collect()
}
