//! The parallel check's report: text, Markdown, JSON, and HTML side by side with one column per
//! language (Arabic right to left).

use crate::model::{ClausePath, Document};
use crate::render::{escape_html, escape_md, shown};
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

fn cell(doc: &Document, path: Option<&ClausePath>) -> String {
    let dir = if doc.language.is_rtl() { "rtl" } else { "ltr" };
    match path.and_then(|p| doc.clause(p).map(|c| (p, c))) {
        None => format!("<td class=\"none\" dir=\"{dir}\">—</td>"),
        Some((p, c)) => format!(
            "<td dir=\"{dir}\" lang=\"{}\"><b>{}</b> {}</td>",
            doc.language,
            escape_html(&place(doc, p)),
            escape_html(&c.text)
        ),
    }
}

/// A page of its own: the findings counted, then [`table`].
pub fn html(r: &Report, docs: &[Document]) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Parallel check: {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>Parallel check</h1>\n<p>{} finding(s); reference {}.</p>\n{}</body>\n</html>\n",
        escape_html(&r.reference),
        r.findings.len(),
        escape_html(&r.reference),
        table(r, docs)
    )
}

/// A table (`class="parallel"`) with one row per clause of the reference and one column per
/// text, Arabic right to left; rows with findings are marked (`class="bad"`) and their
/// findings listed in the first column. Extra clauses and footnote findings follow in a list.
/// The web app lays it in its own pages.
pub fn table(r: &Report, docs: &[Document]) -> String {
    let mut out = String::from("<table class=\"parallel\">\n<tr><th>findings</th>");
    for d in docs {
        out.push_str(&format!("<th>{}</th>", escape_html(&d.address())));
    }
    out.push_str("</tr>\n");
    let Some(reference) = docs.first() else {
        return out + "</table>\n";
    };
    // The check's own alignment of each text with the reference, not a second one.
    let corrs = &r.correspondences;
    let ref_paths: Vec<ClausePath> = match corrs.first() {
        Some(c) => c.pairs.iter().filter_map(|(r, _)| r.clone()).collect(),
        None => reference.clauses().into_iter().map(|(p, _)| p).collect(),
    };
    for path in &ref_paths {
        let label = place(reference, path);
        let here: Vec<&Finding> = r
            .findings
            .iter()
            .filter(|f| {
                f.section_index == path.section() + 1 && f.label == label && f.kind != Kind::Extra
            })
            .collect();
        let class = if here.is_empty() {
            ""
        } else {
            " class=\"bad\""
        };
        out.push_str(&format!("<tr{class}><td class=\"find\">"));
        for f in &here {
            out.push_str(&format!(
                "{} {}: {}<br>",
                f.kind.as_str(),
                f.language,
                escape_html(&f.detail)
            ));
        }
        out.push_str("</td>");
        out.push_str(&cell(reference, Some(path)));
        for (d, c) in docs[1..].iter().zip(corrs) {
            out.push_str(&cell(d, c.other_of(path)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    let rest: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.section == "footnotes" || f.kind == Kind::Extra)
        .collect();
    if !rest.is_empty() {
        out.push_str("<h3>Extra clauses and footnotes</h3>\n<ul class=\"parallel-rest\">\n");
        for f in rest {
            out.push_str(&format!("<li>{}</li>\n", escape_html(&line(f))));
        }
        out.push_str("</ul>\n");
    }
    out
}
