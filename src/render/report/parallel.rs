//! The parallel check's report: text, Markdown, JSON, and HTML side by side with one column per
//! language (Arabic right to left).

use maud::{Markup, html};

use crate::model::{ClausePath, Document, Preamble, preambular};
use crate::render::html::{NoteSide, note_id, noted, page};
use crate::render::{escape_md, names, shown};
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
td[dir=rtl]{text-align:right}#disagreements:target tr:not(.bad):not(.head){display:none}";

fn cell(doc: &Document, preamble: &Preamble, path: Option<&ClausePath>) -> Markup {
    let dir = if doc.language.is_rtl() { "rtl" } else { "ltr" };
    html! {
        @match path.and_then(|p| doc.clause(p).map(|c| (p, c))) {
            None => td class="none" dir=(dir) { "—" },
            Some((p, c)) => td dir=(dir) lang=(doc.language) {
                b { (shown(&people_place(doc, preamble, p))) } " " (noted(&c.text, NoteSide::New, doc.language.is_rtl()))
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
    // Extra clauses, footnotes and markup repairs (no clause row to stand in), listed after the
    // table (when there is a text at all).
    let rest: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| {
            !docs.is_empty()
                && (f.section == "footnotes" || matches!(f.kind, Kind::Extra | Kind::Markup))
        })
        .collect();
    let preambles: Vec<Preamble> = docs.iter().map(Document::preamble).collect();
    let row_ids: Vec<String> = docs.first().map_or_else(Vec::new, |reference| {
        reference_paths(r, reference)
            .iter()
            .map(|p| row_id(p.section() + 1, &place(reference, p)))
            .collect()
    });
    html! {
        @if !r.findings.is_empty() {
            h3 { "Findings" } "\n"
            ol class="findings" {
                "\n"
                @for (i, f) in r.findings.iter().enumerate() {
                    li {
                        a href={ "#" (finding_target(r, docs, i, &row_ids)) } { (finding(f, docs, &preambles)) }
                    }
                    "\n"
                }
            }
            "\n"
            p class="links" {
                a href="#disagreements" { "disagreements only" } " · " a href="#all" { "every paragraph" }
            }
            "\n"
        }
        div id="disagreements" {
            "\n"
            table class="parallel" id="all" {
                "\n"
                tr class="head" {
                    th { "findings" }
                    @for d in docs {
                        th { (d.language.english_name()) br; small { (shown(&names::document(d))) } }
                    }
                }
                "\n"
                @if let Some(reference) = docs.first() {
                    (rows(r, reference, docs, &preambles))
                }
            }
            "\n"
        }
        "\n"
        @if !rest.is_empty() {
            h3 id="rest" { "Extra clauses and footnotes" } "\n"
            ul class="parallel-rest" {
                "\n"
                @for f in rest {
                    li { (finding(f, docs, &preambles)) } "\n"
                }
            }
            "\n"
        }
        (footnotes(docs))
    }
}

/// An unlabelled top-level paragraph as a reader counts it (a UN text's preambular one PP3, not
/// ¶3); other places as the check writes them.
fn people_place(doc: &Document, preamble: &Preamble, path: &ClausePath) -> String {
    preamble
        .unlabelled_name(path)
        .unwrap_or_else(|| place(doc, path))
}

/// A finding for a reader: its language by name, its place as a reader counts (a UN text's
/// unlabelled preambular paragraph PP3, not ¶3), and the marks it quotes as "footnote 26"
/// (the page shows marks as notes, not as `[^26]`).
fn finding(f: &Finding, docs: &[Document], preambles: &[Preamble]) -> String {
    // The place is the check's (`¶3 > (a)`), in section `section_index` of the text it was
    // found in: the reference's or the finding's language's, whose preambles count alike.
    let section = f.section_index.checked_sub(1);
    let start = section.and_then(|i| {
        docs.iter()
            .zip(preambles)
            .filter(|(d, _)| {
                d.sections
                    .get(i)
                    .is_some_and(|s| s.kind.as_str() == f.section)
            })
            .find_map(|(_, p)| p.start(i))
    });
    let counted = f.unlabelled.and_then(|n| {
        let rest = f.label.strip_prefix(&format!("¶{n}"))?;
        Some(format!("{}{rest}", preambular(start? + n)))
    });
    let label = counted.unwrap_or_else(|| f.label.clone());
    format!(
        "{}, {}, {} {}: {}",
        f.kind.as_str(),
        f.language.english_name(),
        f.section,
        shown(&as_notes(&label)),
        shown(&as_notes(&f.detail))
    )
}

/// `text` with each footnote mark written "footnote 26".
fn as_notes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (words, mark) in crate::render::html::at_marks(text) {
        out.push_str(words);
        if let Some(m) = mark {
            out.push_str("footnote ");
            out.push_str(m);
        }
    }
    out
}

/// Where the `i`th finding is shown: its clause's row, or the list after the table.
fn finding_target(r: &Report, docs: &[Document], i: usize, rows: &[String]) -> String {
    let f = &r.findings[i];
    if docs.is_empty() || f.section == "footnotes" || matches!(f.kind, Kind::Extra | Kind::Markup) {
        return "rest".to_string();
    }
    let id = row_id(f.section_index, &f.label);
    if rows.contains(&id) {
        id
    } else {
        "all".to_string()
    }
}

/// The anchor of a clause's row: its section's place and its label, `c2-_3`.
fn row_id(section: usize, label: &str) -> String {
    format!("c{section}-{}", anchor_part(label))
}

/// The reference's clauses in the check's own order.
fn reference_paths(r: &Report, reference: &Document) -> Vec<ClausePath> {
    match r.correspondences.first() {
        Some(c) => c.pairs.iter().filter_map(|(r, _)| r.clone()).collect(),
        None => reference.clauses().into_iter().map(|(p, _)| p).collect(),
    }
}

/// A label as part of an anchor: letters and digits kept, the rest as `_`.
fn anchor_part(label: &str) -> String {
    label
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect()
}

/// The footnotes of every text side by side, a row per place in the list; each row is the
/// anchor the marks of its notes link to (`fn-4`).
fn footnotes(docs: &[Document]) -> Markup {
    let rows = docs.iter().map(|d| d.footnotes.len()).max().unwrap_or(0);
    if rows == 0 {
        return Markup::default();
    }
    let mut taken: Vec<String> = Vec::new();
    let ids: Vec<Vec<String>> = (0..rows)
        .map(|i| {
            let mut here = Vec::new();
            for d in docs {
                if let Some(f) = d.footnotes.get(i)
                    && !taken.contains(&f.mark)
                {
                    taken.push(f.mark.clone());
                    here.push(note_id(NoteSide::New, &f.mark));
                }
            }
            here
        })
        .collect();
    html! {
        h3 { "Footnotes" } "\n"
        table class="parallel footnotes" {
            "\n"
            tr class="head" {
                @for d in docs { th { (d.language.english_name()) } }
            }
            "\n"
            @for (i, ids) in ids.iter().enumerate() {
                tr id=[ids.first()] {
                    @for (k, d) in docs.iter().enumerate() {
                        @let dir = if d.language.is_rtl() { "rtl" } else { "ltr" };
                        @match d.footnotes.get(i) {
                            None => td class="none" { "—" },
                            Some(f) => td dir=(dir) lang=(d.language) {
                                @if k == 0 {
                                    @for id in ids.iter().skip(1) { span id=(id) {} }
                                }
                                b { (shown(&f.mark)) } " " (noted(&f.text, NoteSide::New, d.language.is_rtl()))
                            },
                        }
                    }
                }
                "\n"
            }
        }
        "\n"
    }
}

/// A row per clause of the reference.
fn rows(r: &Report, reference: &Document, docs: &[Document], preambles: &[Preamble]) -> Markup {
    // The check's own alignment of each text with the reference, not a second one.
    let corrs = &r.correspondences;
    let ref_paths = reference_paths(r, reference);
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
            tr class=[(!here.is_empty()).then_some("bad")]
                id=(row_id(path.section() + 1, &label)) {
                td class="find" {
                    @for f in &here {
                        (finding(f, docs, preambles)) br;
                    }
                }
                (cell(reference, &preambles[0], Some(path)))
                @for ((d, p), c) in docs[1..].iter().zip(&preambles[1..]).zip(corrs) {
                    (cell(d, p, c.other_of(path)))
                }
            }
            "\n"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    /// A finding on an unlabelled preambular paragraph of a UN text is placed as the UN counts
    /// it (PP3), what lies below it kept; of a section that does not count, as the check wrote it.
    #[test]
    fn a_finding_on_an_unlabelled_preambular_paragraph_is_counted() {
        let path = std::path::Path::new("resolutions/unga/ict4sd/80-118.en.toml");
        let doc = crate::input::corpus::load_file(path).expect("A/RES/80/118");
        let at = |section_index: usize, label: &str, unlabelled: Option<usize>| Finding {
            kind: Kind::Number,
            language: Language::Fr,
            section: doc.sections[section_index - 1].kind.as_str().to_string(),
            section_index,
            label: label.into(),
            unlabelled,
            detail: "2025".into(),
        };
        let docs = std::slice::from_ref(&doc);
        let preambles = [doc.preamble()];
        let said = finding(&at(1, "¶3 > (a)", Some(3)), docs, &preambles);
        assert_eq!(said, "number, French, preambular PP3 > (a): 2025");
        let operative = doc.sections.len();
        let said = finding(&at(operative, "¶3", Some(3)), docs, &preambles);
        assert!(said.ends_with(" ¶3: 2025"), "{said}");
    }
}
