//! Renderers: one module per output format. Each takes values from the modules before it (the
//! clause tree, the diff, the proposal markup) and returns a `String`, or for DOCX the bytes or a
//! [`RenderError`]; none prints or decides exit codes.

use crate::diff::{Op, Segment};

pub mod diff_json;
pub mod diff_markdown;
pub mod diff_text;
pub mod json;
pub mod proposal_docx;
pub mod proposal_html;
pub mod proposal_md;
pub mod tree_json;
pub mod tree_text;

/// Why a renderer produced nothing. Text renderers build strings in memory and cannot fail; a
/// DOCX is a zip package, whose writer reports its errors rather than leaving a truncated file.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot write the DOCX package ({part}): {source}")]
    Package {
        /// The package part being written, e.g. `word/document.xml`.
        part: &'static str,
        #[source]
        source: zip::result::ZipError,
    },
}

/// Whether a renderer may use ANSI colours; the binary decides from `--color` and the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub const PLAIN: Style = Style { color: false };

    pub(crate) fn paint(&self, s: &str, f: impl FnOnce(&str) -> colored::ColoredString) -> String {
        if self.color {
            f(s).to_string()
        } else {
            s.to_string()
        }
    }
}

/// Characters Markdown or HTML would read as markup, escaped.
pub(crate) fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '*' | '_' | '`' | '[' | ']' | '\\' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Marked runs as Markdown: `<del>old</del>`, `<ins>new</ins>`.
pub(crate) fn marked_md(runs: &[Segment]) -> String {
    runs.iter()
        .map(|s| match s.op {
            Op::Equal => escape_md(&s.text),
            Op::Delete => format!("<del>{}</del>", escape_md(&s.text)),
            Op::Insert => format!("<ins>{}</ins>", escape_md(&s.text)),
        })
        .collect()
}

/// Text escaped for HTML element content and attribute values.
pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
