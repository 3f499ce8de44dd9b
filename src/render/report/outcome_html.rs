//! `outcome --format html`: what the adopted text did with each change of a proposal, as a
//! table a secretariat can paste into a report: the provision, what was proposed, what was
//! adopted, and the verdict. [`table`] is the fragment the web app lays into its own page;
//! [`render`] the self-contained page (inline CSS, right to left for Arabic).

use maud::{Markup, html};

use crate::render::html::{lines, page};
use crate::render::shown;
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

fn text(t: &Option<String>, none: &str) -> Markup {
    html! {
        @match t {
            Some(t) => (lines(t)),
            None => span class="none" { (none) },
        }
    }
}

/// The summary line and the table, for a page of the caller's.
pub fn table(o: &Outcome) -> String {
    table_markup(o).into_string()
}

fn table_markup(o: &Outcome) -> Markup {
    html! {
        p class="summary" {
            (shown(&o.proposal)) " proposed against " (shown(&o.base)) ", judged by "
            (shown(&o.adopted)) ": "
            @for (n, (k, v)) in o.summary.iter().enumerate() {
                @if n > 0 { ", " }
                (shown(k)) " " (v)
            }
            "."
        }
        "\n"
        table class="outcome" {
            "\n"
            tr { th { "provision" } th { "proposed" } th { "adopted" } th { "verdict" } }
            "\n"
            @for i in &o.items {
                tr class=(class(i.verdict)) {
                    td {
                        (shown(&i.section.replace('_', " "))) " "
                        // The base's numbering, as the conference reads it; the proposal's
                        // beside it.
                        @match (&i.base_label, &i.label) {
                            (Some(base), Some(p)) => {
                                b { (shown(base)) } " (proposal: " (shown(p)) ") "
                            }
                            _ => { b { (shown(i.label.as_deref().unwrap_or("¶"))) } " " }
                        }
                        span class="symbol" { (i.change.symbol()) }
                        (shown(&super::text::renumbered(&i.renumbered)))
                    }
                    td { (text(&i.proposed, "suppressed")) }
                    td { (text(&i.adopted, "not in the adopted text")) }
                    td class="verdict" {
                        (i.verdict.as_str())
                        @if let Some(s) = i.share.filter(|s| *s > 0.0 && *s < 1.0) {
                            " (" (format!("{:.0}", s * 100.0)) "% of its word changes)"
                        }
                    }
                }
                "\n"
            }
        }
        "\n"
    }
}

/// The table as an HTML page of its own.
pub fn render(o: &Outcome, rtl: bool) -> String {
    let dir = if rtl { "rtl" } else { "ltr" };
    page(
        Some(dir),
        &format!("Outcome: {}", o.proposal),
        &format!("Outcome: {}", o.proposal),
        CSS,
        table_markup(o),
    )
}
