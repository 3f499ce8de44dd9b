//! `show`: the clause tree for reading in a terminal. Text stays in logical order (the terminal
//! does the right-to-left layout); labels are padded so that texts of siblings start together.

use std::fmt::Write;

use super::{Style, look, shown_line as shown};
use crate::model::{Clause, Document, preambular};

/// The document as indented, label-aligned text.
pub fn render(doc: &Document, style: Style) -> String {
    let mut out = String::new();
    let r = &doc.revision;
    let mut facts = vec![r.stage.status().to_string()];
    facts.extend(
        r.venue
            .iter()
            .map(|v| format!("{} {}", shown(v), r.year_shown())),
    );
    facts.extend(
        r.stage
            .proposer()
            .iter()
            .map(|p| format!("by {}", shown(p.as_str()))),
    );
    facts.extend(r.source.iter().map(|s| format!("doc. {}", shown(s))));
    facts.extend(
        r.base
            .iter()
            .map(|b| format!("amends {}", shown(b.as_str()))),
    );
    let _ = writeln!(
        out,
        "{}  ({})",
        style.paint(&doc.address(), look::BOLD),
        facts.join(", ")
    );
    let _ = writeln!(out, "{}", shown(doc.resolution.title_shown()));
    if let Some(l) = &doc.revision_line {
        let _ = writeln!(out, "{}", shown(l));
    }
    if let Some(f) = &doc.formula {
        let _ = writeln!(out, "\n{}", shown(f));
    }
    let preamble = doc.preamble();
    for (i, s) in doc.sections.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}  {}",
            style.paint(&shown(&s.heading), look::BOLD),
            style.paint(&format!("[{}]", s.kind), look::DIM)
        );
        write_clauses(&mut out, &s.clauses, preamble.start(i), 1, style);
    }
    if !doc.footnotes.is_empty() {
        let _ = writeln!(out);
        for f in &doc.footnotes {
            let _ = writeln!(out, "[^{}] {}", shown(&f.mark), shown(&f.text));
        }
    }
    out
}

/// Writes the clauses, `depth` levels down; `pp` is where a UN preamble's top-level ones start in
/// its count, which names those without a label (PP3).
fn write_clauses(
    out: &mut String,
    clauses: &[Clause],
    pp: Option<usize>,
    depth: usize,
    style: Style,
) {
    let labels: Vec<_> = clauses
        .iter()
        .enumerate()
        .map(|(i, c)| match (c.label.written().trim(), pp) {
            ("", Some(start)) => preambular(start + i + 1).into(),
            (written, _) => shown(written),
        })
        .collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let indent = "  ".repeat(depth);
    for (c, label) in clauses.iter().zip(&labels) {
        let pad = " ".repeat(width - label.chars().count());
        let painted = style.paint(label, look::CYAN);
        let gap = if width == 0 { "" } else { "  " };
        let _ = writeln!(out, "{indent}{painted}{pad}{gap}{}", shown(&c.text));
        write_clauses(out, &c.children, None, depth + 1, style);
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::input::corpus::load_file;
    use crate::model::Document;
    use crate::render::{Style, report, tree_html};
    use crate::track::history;

    fn ict4sd(symbol: &str) -> Document {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/unga/ict4sd");
        load_file(&dir.join(format!("{symbol}.en.toml"))).expect("corpus")
    }

    /// The PP numbers `show` and `blame` print in a terminal are the HTML page's: GA 79/194's
    /// unlabelled preambular paragraphs, PP1 to its last.
    #[test]
    fn text_outputs_number_preambular_paragraphs_as_the_html_does() {
        let doc = ict4sd("79-194");
        let html = tree_html::render(&doc);
        let in_html: Vec<&str> = html
            .split("<span class=\"label\">")
            .skip(1)
            .filter_map(|s| s.split('<').next())
            .filter(|l| l.starts_with("PP"))
            .collect();
        assert!(in_html.len() > 50, "{}", in_html.len());
        let label = |line: &str| line.split_whitespace().next().map(str::to_string);
        let shown = super::render(&doc, Style::PLAIN);
        let in_show: Vec<String> = shown
            .lines()
            .filter_map(label)
            .filter(|l| l.starts_with("PP"))
            .collect();
        assert_eq!(in_show, in_html);
        let docs = ["74-197", "75-202", "76-189", "77-150", "78-132", "79-194"].map(ict4sd);
        let lines = history::blame(docs.to_vec(), "79-194").expect("blame");
        let blamed = report::text::blame(&lines, true, Style::PLAIN);
        let in_blame: Vec<&str> = blamed
            .lines()
            .filter_map(|l| l.split_whitespace().nth(4))
            .filter(|l| l.starts_with("PP"))
            .collect();
        assert_eq!(in_blame, in_html);
    }
}
