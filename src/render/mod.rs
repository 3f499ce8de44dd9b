//! Renderers: one module per output format. Each takes values from the modules before it (the
//! clause tree, later the diff) and returns a `String`; none prints or decides exit codes.

pub mod diff_json;
pub mod diff_markdown;
pub mod diff_text;
pub mod tree_json;
pub mod tree_text;

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
