//! The parallel check's report: text, Markdown, JSON, and HTML side by side with one column per
//! language (Arabic right to left).

use maud::{Markup, html};

use crate::model::{ClausePath, Document};
use crate::render::html::page;
use crate::render::{escape_md, shown};
use crate::track::parallel::{Finding, Kind, Report, place};

fn line(f: &Finding) -> String {
    let label = if f.label.is_empty() {
        String::new()
    } else {
        format!(" {}", f.label)
    };
    // The label and detail quote the texts, which may hold control characters.
    format!(
        "{:9} {}  {} {}{}: {}",
        f.kind.as_str(),
        f.language,
        f.section_index,
        f.section,
        shown(&label),
        shown(&f.detail)
    )
}

/// One line per finding, under a line naming the texts.
pub fn text(r: &Report) -> String {
    let mut out = format!(
        "parallel check of {} (reference {})\n",
        r.texts.join(", "),
        r.reference
    );
    if r.agrees() {
        out.push_str("all versions agree\n");
    }
    for f in &r.findings {
        out.push_str(&line(f));
        out.push('\n');
    }
    out
}

/// A Markdown table of the findings.
pub fn markdown(r: &Report) -> String {
    let mut out = format!(
        "# Parallel check\n\nTexts: {} (reference: {})\n\n",
        r.texts
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", "),
        r.reference
    );
    if r.agrees() {
        out.push_str("All versions agree.\n");
        return out;
    }
    out.push_str("| kind | language | section | clause | detail |\n|---|---|---|---|---|\n");
    for f in &r.findings {
        out.push_str(&format!(
            "| {} | {} | {} {} | {} | {} |\n",
            f.kind.as_str(),
            f.language,
            f.section_index,
            f.section,
            escape_md(&f.label),
            escape_md(&f.detail)
        ));
    }
    out
}

/// `{"reference", "texts", "findings": [{"kind", "language", "section", "section_index", "label", "detail"}]}`.
pub fn json(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap_or_default() + "\n"
}

const CSS: &str = "body{font-family:sans-serif;margin:1em}table{border-collapse:collapse;width:100%}\
td,th{border:1px solid #bbb;padding:.3em;vertical-align:top;font-size:90%}\
tr.bad td{background:#fff3e0}td.none{background:#fde0e0}.find{color:#a00;font-size:85%}\
td[dir=rtl]{text-align:right}";

fn cell(doc: &Document, path: Option<&ClausePath>) -> Markup {
    let dir = if doc.language.is_rtl() { "rtl" } else { "ltr" };
    html! {
        @match path.and_then(|p| doc.clause(p).map(|c| (p, c))) {
            None => td class="none" dir=(dir) { "—" },
            Some((p, c)) => td dir=(dir) lang=(doc.language) {
                b { (shown(&place(doc, p))) } " " (shown(&c.text))
            },
        }
    }
}

/// A page of its own: the findings counted, then [`table`].
pub fn html(r: &Report, docs: &[Document]) -> String {
    let body = html! {
        p { (r.findings.len()) " finding(s); reference " (shown(&r.reference)) "." } "\n"
        (table_markup(r, docs))
    };
    page(
        None,
        &format!("Parallel check: {}", r.reference),
        "Parallel check",
        CSS,
        body,
    )
}

/// A table (`class="parallel"`) with one row per clause of the reference and one column per
/// text, Arabic right to left; rows with findings are marked (`class="bad"`) and their
/// findings listed in the first column. Extra clauses and footnote findings follow in a list.
/// The web app lays it in its own pages.
pub fn table(r: &Report, docs: &[Document]) -> String {
    table_markup(r, docs).into_string()
}

fn table_markup(r: &Report, docs: &[Document]) -> Markup {
    // Extra clauses and footnotes, listed after the table (when there is a text at all).
    let rest: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| !docs.is_empty() && (f.section == "footnotes" || f.kind == Kind::Extra))
        .collect();
    html! {
        table class="parallel" {
            "\n"
            tr {
                th { "findings" }
                @for d in docs {
                    th { (shown(&d.address())) }
                }
            }
            "\n"
            @if let Some(reference) = docs.first() {
                (rows(r, reference, docs))
            }
        }
        "\n"
        @if !rest.is_empty() {
            h3 { "Extra clauses and footnotes" } "\n"
            ul class="parallel-rest" {
                "\n"
                @for f in rest {
                    li { (line(f)) } "\n"
                }
            }
            "\n"
        }
    }
}

/// A row per clause of the reference.
fn rows(r: &Report, reference: &Document, docs: &[Document]) -> Markup {
    // The check's own alignment of each text with the reference, not a second one.
    let corrs = &r.correspondences;
    let ref_paths: Vec<ClausePath> = match corrs.first() {
        Some(c) => c.pairs.iter().filter_map(|(r, _)| r.clone()).collect(),
        None => reference.clauses().into_iter().map(|(p, _)| p).collect(),
    };
    html! {
        @for path in &ref_paths {
            @let label = place(reference, path);
            @let here: Vec<&Finding> = r
                .findings
                .iter()
                .filter(|f| {
                    f.section_index == path.section() + 1
                        && f.label == label
                        && f.kind != Kind::Extra
                })
                .collect();
            tr class=[(!here.is_empty()).then_some("bad")] {
                td class="find" {
                    @for f in &here {
                        (f.kind.as_str()) " " (f.language) ": " (shown(&f.detail)) br;
                    }
                }
                (cell(reference, Some(path)))
                @for (d, c) in docs[1..].iter().zip(corrs) {
                    (cell(d, c.other_of(path)))
                }
            }
            "\n"
        }
    }
}
