//! Every HTML renderer escapes the text it is given, by construction (maud templates): a real
//! Res. 30 text with markup, quotes, an ampersand and an ESC planted in its title, a heading, a
//! clause and a footnote comes out as text, never as markup, with the ESC shown as `\u{1b}`.

use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::markup::MarkupOptions;
use resdiff::model::Document;
use resdiff::render::diff_html::{self, Layout, Links};
use resdiff::render::report::{compile_html, history_html, lineage_svg, outcome_html, parallel};
use resdiff::render::{proposal_html, tree_html};
use resdiff::track::{compile::compile, history, outcome::outcome};

use crate::common;
use common::{proposal, res30};

const HOSTILE: &str = "<script>alert(\"x\")</script> & \u{1b}[2J";
const ESCAPED: &str = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \\u{1b}[2J";

/// The RCC proposal with the hostile text before its title, first heading, first clause and
/// (when it has one) first footnote.
fn planted() -> Document {
    let mut d = res30("rcc-wtdc17");
    d.resolution.title = Some(format!("{HOSTILE} {}", d.resolution.title_shown()));
    let s = &mut d.sections[0];
    s.heading = format!("{HOSTILE} {}", s.heading);
    s.clauses[0].text = format!("{HOSTILE} {}", s.clauses[0].text);
    if let Some(f) = d.footnotes.first_mut() {
        f.text = format!("{HOSTILE} {}", f.text);
    }
    d
}

fn escaped(what: &str, html: &str) {
    assert!(
        !html.contains("<script"),
        "{what}: markup let through\n{html}"
    );
    assert!(!html.contains('\u{1b}'), "{what}: a raw ESC\n{html}");
    assert!(
        html.contains(ESCAPED),
        "{what}: the planted text is not shown escaped\n{html}"
    );
}

#[test]
fn every_html_renderer_escapes_the_text_it_shows() {
    let base = res30("dubai-2014");
    let new = planted();
    escaped("tree_html", &tree_html::render(&new));
    let diff = diff_documents(&base, &new, &DiffOptions::default()).expect("diff");
    for layout in [Layout::Inline, Layout::SideBySide] {
        escaped(
            "diff_html",
            &diff_html::render(&diff, layout, Links::default()),
        );
    }
    let p = proposal(&base, &new, &MarkupOptions::default());
    escaped("proposal_html", &proposal_html::render(&p));
    let synopsis = compile(&base, std::slice::from_ref(&new)).expect("compile");
    escaped("compile_html", &compile_html::render(&synopsis));
    let o = outcome(&base, &new, &new).expect("outcome");
    escaped("outcome_html", &outcome_html::render(&o, true));
    let docs = vec![base.clone(), new.clone()];
    let blame = history::blame(docs.clone(), new.revision.id_shown()).expect("blame");
    escaped("history_html::blame", &history_html::blame(&blame, true));
    let lineage = history::lineage(docs).expect("lineage");
    escaped("lineage_svg", &lineage_svg::render(&lineage));
    let mut english = new.clone();
    english.language = resdiff::Language::En;
    let pair = [new, english];
    let report = resdiff::track::parallel::check(&pair);
    escaped("parallel::html", &parallel::html(&report, &pair));
}
