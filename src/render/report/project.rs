//! The projection's reports: Markdown and HTML for translators, JSON for tools, XLIFF 2.0 for
//! CAT tools ([`xliff`]).

mod xliff;

use maud::html;

use crate::diff::{Op, Segment};
use crate::render::html::page;
use crate::render::{escape_md, marked_md, shown};
use crate::track::project::{Drift, ProjectedClause, ProjectedNote, Projection, Status};
use xliff::footnote_name;
pub use xliff::xliff;

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
        p.all_drift().count()
    )
}

/// Where a drift is: `1 ¶12`, or `footnote 3` (the title and footnotes stand in no section).
fn drift_place(d: &Drift) -> String {
    match d.section_index {
        0 => d.label.clone(),
        s => format!("{s} {}", d.label),
    }
}

fn heading(c: &ProjectedClause) -> String {
    format!("{} {} {}", c.section_index, c.section, c.label)
}

/// One item of the Markdown skeleton: what the translator does, with the text to start from.
struct Item<'a> {
    heading: String,
    status: Status,
    target: Option<&'a str>,
    source: &'a str,
    source_diff: &'a [Segment],
}

fn item(out: &mut String, indent: &str, i: &Item) {
    out.push_str(&format!(
        "{indent}- **{}** `{}`\n",
        escape_md(&i.heading),
        i.status.as_str()
    ));
    match i.status {
        Status::Carried => {
            out.push_str(&format!(
                "{indent}  {}\n",
                escape_md(i.target.unwrap_or(""))
            ));
        }
        Status::Translate => {
            out.push_str(&format!(
                "{indent}  source change: {}\n",
                marked_md(i.source_diff)
            ));
            if let Some(t) = i.target {
                out.push_str(&format!(
                    "{indent}  previous translation: {}\n",
                    escape_md(t)
                ));
            }
        }
        _ => out.push_str(&format!("{indent}  source: {}\n", escape_md(i.source))),
    }
}

fn note_item(n: &ProjectedNote, heading: String) -> Item<'_> {
    Item {
        heading,
        status: n.status,
        target: n.target.as_deref(),
        source: &n.source,
        source_diff: &n.source_diff,
    }
}

/// The skeleton in NEW's order (the title first, the footnotes after the clauses), then the
/// suppressed clauses and footnotes, and the drift.
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
    if let Some(t) = &p.title {
        item(&mut out, "", &note_item(t, "title".into()));
    }
    for c in p.clauses.iter().filter(|c| c.status != Status::Suppressed) {
        let i = Item {
            heading: heading(c),
            status: c.status,
            target: c.target.as_deref(),
            source: &c.source,
            source_diff: &c.source_diff,
        };
        item(&mut out, &"  ".repeat(c.depth), &i);
    }
    let mut notes = p
        .footnotes
        .iter()
        .filter(|f| f.status != Status::Suppressed)
        .peekable();
    if notes.peek().is_some() {
        out.push_str("\n## Footnotes\n\n");
        for f in notes {
            item(&mut out, "", &note_item(f, footnote_name(f)));
        }
    }
    let gone: Vec<(String, &str)> = p
        .clauses
        .iter()
        .filter(|c| c.status == Status::Suppressed)
        .map(|c| (heading(c), c.target.as_deref().unwrap_or(&c.source)))
        .chain(
            p.footnotes
                .iter()
                .filter(|f| f.status == Status::Suppressed)
                .map(|f| (footnote_name(f), f.target.as_deref().unwrap_or(&f.source))),
        )
        .collect();
    if !gone.is_empty() {
        out.push_str("\n## Suppressed\n\n");
        for (heading, text) in gone {
            out.push_str(&format!(
                "- **{}**: {}\n",
                escape_md(&heading),
                escape_md(text)
            ));
        }
    }
    let drift: Vec<&Drift> = p.all_drift().collect();
    if !drift.is_empty() {
        out.push_str(
            "\n## Translation drift\n\n| kind | clause | before | after |\n|---|---|---|---|\n",
        );
        for d in &drift {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                d.kind.as_str(),
                match d.section_index {
                    0 => escape_md(&d.label),
                    s => format!("{s} {}", escape_md(&d.label)),
                },
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

/// A table: place, status, source (with its change), target (right to left for Arabic); the
/// title first, the footnotes last.
pub fn html(p: &Projection) -> String {
    let dir = if p.target_language.is_rtl() {
        "rtl"
    } else {
        "ltr"
    };
    // The title, the clauses (NEW's, then the suppressed), the footnotes likewise.
    let rows: Vec<Item> = p
        .title
        .iter()
        .map(|t| note_item(t, "title".into()))
        .chain(p.clauses.iter().map(|c| Item {
            heading: heading(c),
            status: c.status,
            target: c.target.as_deref(),
            source: &c.source,
            source_diff: &c.source_diff,
        }))
        .chain(p.footnotes.iter().map(|f| note_item(f, footnote_name(f))))
        .collect();
    let drift: Vec<&Drift> = p.all_drift().collect();
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
            @for i in &rows {
                tr class=(i.status.as_str()) {
                    td { (shown(&i.heading)) }
                    td { (i.status.as_str()) }
                    td lang="en" {
                        @if i.source_diff.is_empty() {
                            (shown(i.source))
                        } @else {
                            @for s in i.source_diff {
                                @match s.op {
                                    Op::Equal => (shown(&s.text)),
                                    Op::Delete => del { (shown(&s.text)) },
                                    Op::Insert => ins { (shown(&s.text)) },
                                }
                            }
                        }
                    }
                    td dir=(dir) lang=(p.target_language) {
                        (shown(i.target.unwrap_or("")))
                    }
                }
                "\n"
            }
        }
        "\n"
        @if !drift.is_empty() {
            h2 { "Translation drift" } "\n"
            table {
                "\n"
                tr { th { "kind" } th { "clause" } th { "before" } th { "after" } }
                "\n"
                @for d in &drift {
                    tr {
                        td { (d.kind.as_str()) }
                        td { (shown(&drift_place(d))) }
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
