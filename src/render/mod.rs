//! Renderers: one module per output format, the last stage. Each takes values from the stages
//! before it (the clause tree, the diff, the proposal markup, and in [`report`] the tracking
//! commands' values) and returns a `String`, or for DOCX the bytes or a [`RenderError`]; none
//! prints or decides exit codes. The CLI, the web app and the static site share them.

use crate::diff::{Op, Segment};

pub mod amend_text;
pub mod csv;
pub mod diff_akn;
pub mod diff_html;
pub mod diff_json;
pub mod diff_markdown;
pub mod diff_text;
mod html;
pub mod json;
pub mod proposal_docx;
pub mod proposal_html;
pub mod proposal_md;
pub mod report;
mod shown;
pub mod tree_akn;
pub mod tree_html;
pub mod tree_json;
pub mod tree_lines;
pub mod tree_text;

/// Why a renderer produced nothing. Text renderers build strings in memory and cannot fail; a
/// DOCX is a zip package, whose writer reports its errors rather than leaving a truncated file.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
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

pub use shown::{HiddenControl, hidden_controls, shown};

/// Whether a renderer may use ANSI colours. The caller decides (the binary from `--color`, `NO_COLOR`
/// and the terminal); the renderer obeys, whatever the process's stdout is, so a library caller
/// asking for colour gets it in a file or a web page too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Mark changes and headings with ANSI escape codes.
    pub color: bool,
}

impl Style {
    /// No escape codes: for files, pipes and tests.
    pub const PLAIN: Style = Style { color: false };
    /// ANSI colours and effects, wherever the text goes.
    pub const COLOR: Style = Style { color: true };

    /// `s` in `look` when colour is on, else as it is.
    pub(crate) fn paint(&self, s: &str, look: anstyle::Style) -> String {
        if self.color {
            format!("{look}{s}{look:#}")
        } else {
            s.to_string()
        }
    }
}

/// The looks of the terminal renderers, in one place so that a symbol is one colour everywhere.
pub(crate) mod look {
    use anstyle::{AnsiColor, Color, Style};

    const fn fg(c: AnsiColor) -> Style {
        Style::new().fg_color(Some(Color::Ansi(c)))
    }

    pub const BOLD: Style = Style::new().bold();
    pub const DIM: Style = Style::new().dimmed();
    pub const RED: Style = fg(AnsiColor::Red);
    pub const GREEN: Style = fg(AnsiColor::Green);
    pub const YELLOW: Style = fg(AnsiColor::Yellow);
    pub const CYAN: Style = fg(AnsiColor::Cyan);
}

/// Characters Markdown or HTML would read as markup, escaped (and control characters shown).
pub(crate) fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in shown(s).chars() {
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
