//! Every UN resolution of the two shipped series imports, and the clause tree holds as many
//! preambular paragraphs, operative paragraphs, points and footnotes as the XML. The XML is
//! counted here by plain string search over the file, not through resdiff's reader.

use std::path::{Path, PathBuf};

use resdiff::input::ImportOptions;
use resdiff::input::akn::import_akn_file;
use resdiff::model::{Clause, Document, Part, ResNumber};

fn files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["fixtures/akn/unga-ict4sd", "fixtures/akn/ecosoc-wsis"] {
        for e in std::fs::read_dir(dir).expect("fixture folder") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "xml") {
                out.push(p);
            }
        }
    }
    out.sort();
    assert_eq!(out.len(), 72, "42 GA files and 30 ECOSOC files");
    out
}

/// The part of `xml` between `<tag` and `</tag>`.
fn between<'a>(xml: &'a str, tag: &str) -> &'a str {
    let start = xml.find(&format!("<{tag}")).unwrap_or(0);
    let end = xml[start..]
        .find(&format!("</{tag}>"))
        .map_or(xml.len(), |e| start + e);
    &xml[start..end]
}

/// A paragraph is operative when it is numbered, in `<num>` or (where the markup left the
/// number in the text) as `1 -` opening its text; the others are headings.
/// A paragraph numbered with a letter (`<num>(أ)</num>`, ECOSOC 2022/15 in Arabic) is a point
/// of the paragraph before.
fn numbered(paragraph: &str) -> Option<bool> {
    let head = &paragraph[..paragraph.find("</content>").unwrap_or(paragraph.len())];
    if let Some(at) = head.find("<num>") {
        let num = head[at + 5..].trim_start_matches(['\t', ' ', '(']);
        return Some(num.starts_with(|c: char| c.is_ascii_digit()));
    }
    let text: String = strip_tags(&head[head.find('>').map_or(0, |i| i + 1)..]);
    let t = text.trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0 && t[digits..].trim_start().starts_with(['-', '–'])).then_some(true)
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

struct Counts {
    preamble: usize,
    operative: usize,
    points: usize,
    notes: usize,
    /// Paragraphs whose first `<p>` holds an italic or bold span.
    emphasised: usize,
}

fn emphasised(chunk: &str) -> bool {
    let Some(p) = chunk.find("<p ") else {
        return false;
    };
    let first = &chunk[p..chunk[p..].find("</p>").map_or(chunk.len(), |e| p + e)];
    first.contains("<span class=\"italic") || first.contains("<span class=\"bold")
}

fn xml_counts(xml: &str) -> Counts {
    let pre = between(xml, "preamble");
    let main = between(xml, "mainBody");
    let paragraphs: Vec<Option<bool>> = main.split("<paragraph ").skip(1).map(numbered).collect();
    Counts {
        preamble: pre.matches("<container ").count(),
        operative: paragraphs.iter().filter(|p| **p == Some(true)).count(),
        points: main.matches("<point ").count()
            + paragraphs.iter().filter(|p| **p == Some(false)).count(),
        notes: xml.matches("<authorialNote ").count(),
        emphasised: pre
            .split("<container ")
            .skip(1)
            .filter(|c| emphasised(c))
            .count()
            + main
                .split("<paragraph ")
                .skip(1)
                .filter(|p| numbered(p) == Some(true) && emphasised(p))
                .count(),
    }
}

fn in_part(doc: &Document, part: Part) -> Vec<&Clause> {
    doc.sections
        .iter()
        .filter(|s| s.kind.part() == part)
        .flat_map(|s| &s.clauses)
        .collect()
}

fn import(path: &Path) -> Document {
    let opts = ImportOptions {
        number: Some(ResNumber::Series("fixture".into())),
        ..ImportOptions::default()
    };
    import_akn_file(path, &opts, &ImportOptions::default(), &|_, _| None)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .document
}

#[test]
fn every_file_imports_with_the_counts_of_the_xml() {
    for path in files() {
        let xml = std::fs::read_to_string(&path).expect("read");
        let want = xml_counts(&xml);
        let doc = import(&path);
        let pre = in_part(&doc, Part::Preamble);
        let op = in_part(&doc, Part::Operative);
        let points: usize = op.iter().map(|c| c.count() - 1).sum();
        let name = path.display();
        assert_eq!(pre.len(), want.preamble, "{name}: preambular paragraphs");
        assert_eq!(op.len(), want.operative, "{name}: operative paragraphs");
        assert_eq!(points, want.points, "{name}: points");
        assert_eq!(doc.footnotes.len(), want.notes, "{name}: footnotes");
        // Operative paragraphs are numbered 1, 2, 3 ... whether the number stood in <num> or
        // in the text (Arabic 77/150, ECOSOC 2022/15).
        for (i, c) in op.iter().enumerate() {
            assert_eq!(
                c.label.ordinal(),
                Some(i as u32 + 1),
                "{name}: paragraph {}",
                i + 1
            );
        }
        // Every paragraph keeps its call, and its text holds it. Where the markup has no
        // emphasis there is none (ECOSOC 2024/13 in Chinese: 欢迎 not bold).
        let calls = pre.iter().chain(&op).filter(|c| c.call.is_some()).count();
        assert_eq!(calls, want.emphasised, "{name}: paragraphs with a call");
    }
}

#[test]
fn metadata_comes_from_frbr() {
    let doc = import(Path::new(
        "fixtures/akn/unga-ict4sd/A_RES_78_132-2325902A.xml",
    ));
    assert_eq!(doc.resolution.body_shown(), "unga");
    assert_eq!(doc.revision.id_shown(), "78-132");
    assert_eq!(doc.revision.symbol.as_deref(), Some("A/RES/78/132"));
    assert_eq!(
        doc.revision.date.map(|d| d.to_string()).as_deref(),
        Some("2023-12-19")
    );
    assert_eq!(doc.language.as_str(), "ar");
    let doc = import(Path::new("fixtures/akn/ecosoc-wsis/E_RES_2023_3_C.xml"));
    assert_eq!(
        (doc.resolution.body_shown(), doc.revision.id_shown()),
        ("ecosoc", "2023-3")
    );
    assert_eq!(doc.language.as_str(), "zh");
    assert_eq!(doc.formula.as_deref(), Some("经济及社会理事会，"));
}
