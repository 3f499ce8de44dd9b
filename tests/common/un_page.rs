//! A UN resolution laid out in HTML as the UN prints it, for Chromium to print to PDF: the head
//! of the first page (Distr., session, "Resolution adopted by ..."), `80/118. Title`, the
//! formula, preamble paragraphs with their calls in italics and a first-line indent, numbered
//! operative paragraphs, `(a)` items indented, headings of the operative part, the notes under a
//! rule, and on every page a running head (the symbol) and foot (the job number `25-16680 (E)`),
//! repeated by the print as a table's head and foot are.

use resdiff::model::{Clause, Document, Language};

/// Text escaped for HTML by maud, as the renderers escape it.
pub fn escape(s: &str) -> String {
    maud::html!((s)).into_string()
}

/// `s` escaped, each footnote reference `[^3]` written by `sup` from its escaped mark.
pub fn with_marks_by(s: &str, sup: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(k) = rest.find("[^") {
        out.push_str(&escape(&rest[..k]));
        let tail = &rest[k + 2..];
        match tail.find(']') {
            Some(e) => {
                out.push_str(&sup(&escape(&tail[..e])));
                rest = &tail[e + 1..];
            }
            None => {
                out.push_str("[^");
                rest = tail;
            }
        }
    }
    out.push_str(&escape(rest));
    out
}

/// Footnote references `[^3]` as raised numbers.
fn with_marks(s: &str) -> String {
    with_marks_by(s, |mark| format!("<sup>{mark}</sup>"))
}

/// The paragraph's text with its call in italics, as the UN sets it.
fn paragraph(c: &Clause) -> String {
    match c.call.as_deref().filter(|call| c.text.starts_with(call)) {
        Some(call) => format!(
            "<i>{}</i>{}",
            escape(call),
            with_marks(&c.text[call.len()..])
        ),
        None => with_marks(&c.text),
    }
}

fn clause(out: &mut String, c: &Clause, depth: usize) {
    let class = match (c.label.written().is_empty(), depth) {
        (true, 0) => "pre",
        (_, 0) => "op",
        _ => "item",
    };
    let label = if c.label.written().is_empty() {
        String::new()
    } else {
        format!("{}&nbsp;", escape(c.label.written()))
    };
    out.push_str(&format!(
        "<p class=\"{class}\" style=\"margin-inline-start:{}mm\">{label}{}</p>\n",
        depth * 10,
        paragraph(c)
    ));
    for child in &c.children {
        clause(out, child, depth + 1);
    }
}

/// The page of `doc`; `job` is the job number printed at each page's foot.
pub fn html(doc: &Document, job: &str) -> String {
    let symbol = doc.revision.symbol.clone().unwrap_or_default();
    let number = symbol.rsplit_once("RES/").map_or("", |(_, n)| n);
    let lang = doc.language;
    let dir = if lang == Language::Ar { "rtl" } else { "ltr" };
    let letter = match lang {
        Language::Ar => "A",
        Language::Zh => "C",
        Language::En => "E",
        Language::Fr => "F",
        Language::Ru => "R",
        Language::Es => "S",
    };
    let mut out = format!(
        r#"<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 20mm 15mm 20mm; }}
body {{ font-family: "Times New Roman", "Noto Serif", "Noto Naskh Arabic", "Noto Serif CJK SC", serif; font-size: 10pt; }}
table.page {{ width: 100%; border-collapse: collapse; }}
thead td {{ font-size: 8pt; border-bottom: 1px solid #000; padding-bottom: 2mm; }}
tfoot td {{ font-size: 8pt; padding-top: 4mm; }}
p {{ margin: 0 0 6pt 0; text-align: justify; }}
p.pre, p.op {{ text-indent: 10mm; }}
h1 {{ font-size: 12pt; }} h2 {{ font-size: 10pt; font-weight: bold; }}
.notes {{ font-size: 8pt; border-top: 1px solid #000; margin-top: 8mm; }}
</style></head><body><table class="page"><thead><tr><td>{sym}</td></tr></thead>
<tfoot><tr><td>{job} ({letter})</td></tr></tfoot><tbody><tr><td>
<p>United Nations {sym}</p><p>Distr.: General</p>
<h1>{number}. {title}</h1>
<p><i>{formula}</i></p>
"#,
        sym = escape(&symbol),
        title = escape(doc.resolution.title.as_deref().unwrap_or_default()),
        formula = escape(doc.formula.as_deref().unwrap_or_default()),
    );
    for s in &doc.sections {
        if !s.heading.is_empty() {
            out.push_str(&format!("<h2>{}</h2>\n", escape(&s.heading)));
        }
        for c in &s.clauses {
            clause(&mut out, c, 0);
        }
    }
    out.push_str("<div class=\"notes\">\n");
    for n in &doc.footnotes {
        out.push_str(&format!(
            "<p><sup>{}</sup> {}</p>\n",
            escape(&n.mark),
            with_marks(&n.text)
        ));
    }
    out.push_str("</div></td></tr></tbody></table></body></html>\n");
    out
}
