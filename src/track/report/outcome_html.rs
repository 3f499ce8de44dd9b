//! `outcome --format html`: what the adopted text did with each change of a proposal, as a
//! table a secretariat can paste into a report: the provision, what was proposed, what was
//! adopted, and the verdict. [`table`] is the fragment the web app lays into its own page;
//! [`render`] the self-contained page (inline CSS, right to left for Arabic).

use std::fmt::Write;

use crate::render::escape_html as esc;
use crate::track::outcome::{Outcome, Verdict};

const CSS: &str = "\
body{font-family:'Times New Roman','Noto Naskh Arabic',serif;margin:1.5em}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em;vertical-align:top}\
th{background:#eee}.symbol{font-weight:bold}.none{color:#888}\
tr.adopted td.verdict{background:#e3f4e1}tr.partly td.verdict{background:#fff3cd}\
tr.not-adopted td.verdict,tr.adopted-differently td.verdict{background:#fde2e1}\
@media print{tr{break-inside:avoid}}";

/// The CSS class of a verdict's row: `not-adopted`.
fn class(v: Verdict) -> &'static str {
    match v {
        Verdict::Adopted => "adopted",
        Verdict::Partly => "partly",
        Verdict::NotAdopted => "not-adopted",
        Verdict::AdoptedDifferently => "adopted-differently",
        Verdict::NotAdoptedDeleted => "not-adopted",
    }
}

fn text(t: &Option<String>, none: &str) -> String {
    match t {
        Some(t) => esc(t).replace('\n', "<br>"),
        None => format!("<span class=\"none\">{none}</span>"),
    }
}

/// The summary line and the table, for a page of the caller's.
pub fn table(o: &Outcome) -> String {
    let summary: Vec<String> = o
        .summary
        .iter()
        .map(|(k, v)| format!("{} {v}", esc(k)))
        .collect();
    let mut out = format!(
        "<p class=\"summary\">{} proposed against {}, judged by {}: {}.</p>\n\
         <table class=\"outcome\">\n<tr><th>provision</th><th>proposed</th><th>adopted</th>\
         <th>verdict</th></tr>\n",
        esc(&o.proposal),
        esc(&o.base),
        esc(&o.adopted),
        summary.join(", ")
    );
    for i in &o.items {
        let share = i
            .share
            .filter(|s| *s > 0.0 && *s < 1.0)
            .map_or(String::new(), |s| {
                format!(" ({:.0}% of its word changes)", s * 100.0)
            });
        let _ = writeln!(
            out,
            "<tr class=\"{}\"><td>{} <b>{}</b> <span class=\"symbol\">{}</span></td>\
             <td>{}</td><td>{}</td><td class=\"verdict\">{}{share}</td></tr>",
            class(i.verdict),
            esc(&i.section.replace('_', " ")),
            esc(i.label.as_deref().unwrap_or("¶")),
            esc(i.change.symbol()),
            text(&i.proposed, "suppressed"),
            text(&i.adopted, "not in the adopted text"),
            esc(i.verdict.as_str()),
        );
    }
    out.push_str("</table>\n");
    out
}

/// The table as an HTML page of its own.
pub fn render(o: &Outcome, rtl: bool) -> String {
    let dir = if rtl { "rtl" } else { "ltr" };
    format!(
        "<!DOCTYPE html>\n<html dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Outcome: {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n\
         <h1>Outcome: {}</h1>\n{}</body>\n</html>\n",
        esc(&o.proposal),
        esc(&o.proposal),
        table(o)
    )
}
