//! Renderers: one module per output format, the last stage. Each takes values from the stages
//! before it (the clause tree, the diff, the proposal markup, and in [`report`] the tracking
//! commands' values) and returns a `String`, or for DOCX the bytes or a [`RenderError`]; none
//! prints or decides exit codes. The CLI, the web app and the static site share them.

use crate::diff::{Op, Segment};

pub mod amend_docx;
pub mod amend_text;
pub mod csv;
pub mod diff_akn;
pub mod diff_html;
pub mod diff_json;
pub mod diff_markdown;
mod diff_notes;
pub mod diff_text;
mod docx_package;
mod head_lines;
mod html;
pub mod json;
pub mod names;
pub mod proposal_docx;
pub mod proposal_html;
pub mod proposal_md;
#[cfg(test)]
mod proposal_shape_tests;
pub mod report;
mod shown;
pub mod tree_akn;
pub mod tree_html;
pub mod tree_json;
pub mod tree_lines;
pub mod tree_text;
mod visible;

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

pub use shown::{HiddenControl, hidden_controls, shown, shown_line};

/// Text escaped for XML. The characters XML 1.0 forbids (C0 controls but tab, line feed and
/// carriage return; U+FFFE, U+FFFF) are written as [`shown`] writes them (`\u{1b}`): one raw
/// makes the whole file ill-formed, and no reference can stand for it. A carriage return is
/// `&#13;`, which a reader keeps (a raw one it reads as a line feed); C1 controls are XML and
/// stay, so that resdiff's reader gives them back.
pub(crate) fn xml_escape(s: &str) -> std::borrow::Cow<'_, str> {
    let special = |c: char| {
        matches!(
            c,
            '<' | '>' | '&' | '"' | '\'' | '\r' | '\u{fffe}' | '\u{ffff}'
        ) || (c < ' ' && c != '\t' && c != '\n')
    };
    if !s.contains(special) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            c if special(c) => out.push_str(&shown(&c.to_string())),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

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
/// A line break is `<br>`: a raw one would end the list item or paragraph the text is in, and
/// the words after it could open a list or a heading of their own.
pub(crate) fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in shown(s).chars() {
        match c {
            '\n' => out.push_str("<br>"),
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

/// Markdown that starts a line, with what would open a list, a thematic break or a setext
/// heading there escaped: `- x`, `+ x`, `1. x`, `1) x`, `---`, `===`, `~~~`. Only a line start
/// needs it (within a line `1. ` is text), and [`escape_md`] leaves no line start inside.
pub(crate) fn line_start_md(s: String) -> String {
    let indent = s.len() - s.trim_start_matches(' ').len();
    if indent > 3 {
        // Four spaces would be a code block: a no-break space keeps the indent as text.
        return format!("&nbsp;{}", &s[1..]);
    }
    let rest = &s[indent..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[digits..].chars().next();
    let spaced = |next: Option<char>| next.is_none_or(|c| c == ' ' || c == '\t');
    let marker = match rest.chars().next() {
        Some(m @ ('-' | '+' | '=' | '~')) => {
            // A list item, a rule or underline of repeated marks, or a `~~~` fence.
            spaced(rest[1..].chars().next())
                || rest.trim_end().chars().all(|c| c == m || c == ' ')
                || rest.starts_with("~~~")
        }
        _ => false,
    };
    let at = if digits > 0 && digits < 10 && matches!(after, Some('.' | ')')) {
        // An ordered list item: up to nine digits, `.` or `)`, then a space or the end.
        spaced(rest[digits + 1..].chars().next()).then_some(indent + digits)
    } else {
        marker.then_some(indent)
    };
    match at {
        Some(i) => format!("{}\\{}", &s[..i], &s[i..]),
        None => s,
    }
}

/// A kept run as a reader sees it: a renumbered footnote mark with its old number,
/// `[^6 (was 4)]` (docs/tricky_cases.md), any other run as it is.
pub(crate) fn kept(s: &Segment) -> std::borrow::Cow<'_, str> {
    match &s.was {
        Some(was) => {
            let mark = s.text.strip_suffix(']').unwrap_or(&s.text);
            format!("{mark} (was {was})]").into()
        }
        None => s.text.as_str().into(),
    }
}

/// Marked runs as Markdown: `<del>old</del>`, `<ins>new</ins>`, invisible changes named
/// (`<ins>⟨NBSP⟩</ins>`, `<ins>تسلّم</ins> ⟨shadda added⟩`).
pub(crate) fn marked_md(runs: &[Segment]) -> String {
    runs.iter()
        .zip(visible::shown_runs(runs))
        .map(|(s, how)| {
            let text = if how.name {
                visible::named(&s.text)
            } else {
                s.text.as_str().into()
            };
            let run = match s.op {
                Op::Equal => escape_md(&kept(s)),
                Op::Delete => format!("<del>{}</del>", escape_md(&text)),
                Op::Insert => format!("<ins>{}</ins>", escape_md(&text)),
            };
            match how.note {
                Some(n) => format!("{run} ⟨{}⟩", escape_md(&n)),
                None => run,
            }
        })
        .collect()
}
