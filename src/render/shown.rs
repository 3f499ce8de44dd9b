//! Text that is safe to show. A resolution may hold control characters (an ESC from a DOCX's
//! `&#27;`, a NUL from a damaged export): a terminal obeys them (clearing the screen, retitling
//! the window, hiding text) and XML 1.0 forbids them, so Word refuses the file. Every text
//! renderer and the DOCX writer pass document text through [`shown`], which writes them as
//! visible, inert escapes (`\u{1b}`); [`hidden_controls`] finds them so the binary can warn.

use std::borrow::Cow;
use std::fmt::Write;

use crate::model::{Clause, Document};

/// C0 controls but tab and newline, DEL, C1 controls, and U+FFFE/U+FFFF (which XML forbids).
fn is_hidden_control(c: char) -> bool {
    matches!(
        c,
        '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f'..='\u{9f}' | '\u{fffe}' | '\u{ffff}'
    )
}

/// `s` with its control characters written as `\u{1b}`; borrowed when there are none (the
/// usual case, found by a byte scan: C1 controls start with byte C2, U+FFFE/F with EF).
pub fn shown(s: &str) -> Cow<'_, str> {
    let suspect = s
        .bytes()
        .any(|b| (b < 0x20 && b != b'\t' && b != b'\n') || matches!(b, 0x7f | 0xc2 | 0xef));
    if !suspect || !s.chars().any(is_hidden_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_hidden_control(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A control character in a document, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiddenControl {
    /// `title`, `section resolves heading`, `section resolves clause 1) a)`, `footnote 2`.
    pub place: String,
    /// The first control character there.
    pub char: char,
}

impl std::fmt::Display for HiddenControl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} holds the control character U+{:04X}; text output shows it as {}",
            self.place,
            u32::from(self.char),
            shown(&self.char.to_string())
        )
    }
}

/// Every place of `doc` that holds a control character, in document order.
pub fn hidden_controls(doc: &Document) -> Vec<HiddenControl> {
    let mut found = Vec::new();
    let mut check = |texts: &[&str], place: &dyn Fn() -> String| {
        if let Some(c) = texts
            .iter()
            .find_map(|t| t.chars().find(|c| is_hidden_control(*c)))
        {
            found.push(HiddenControl {
                place: place(),
                char: c,
            });
        }
    };
    check(&[doc.resolution.title_shown()], &|| "title".into());
    if let Some(f) = &doc.formula {
        check(&[f], &|| "formula".into());
    }
    for s in &doc.sections {
        let section = || format!("section {}", s.kind);
        check(&[&s.heading], &|| format!("{} heading", section()));
        walk(&s.clauses, &mut Vec::new(), &section, &mut check);
    }
    for f in &doc.footnotes {
        check(&[&f.mark, &f.text], &|| {
            format!("footnote {}", shown(&f.mark))
        });
    }
    found
}

/// Clauses, depth first; `labels` holds the labels above, for naming a clause only when needed.
fn walk<'d>(
    clauses: &'d [Clause],
    labels: &mut Vec<&'d str>,
    section: &dyn Fn() -> String,
    check: &mut impl FnMut(&[&str], &dyn Fn() -> String),
) {
    for c in clauses {
        let label = c.label.written().trim();
        labels.push(if label.is_empty() { "¶" } else { label });
        check(&[label, &c.text], &|| {
            format!("{} clause {}", section(), shown(&labels.join(" ")))
        });
        walk(&c.children, labels, section, check);
        labels.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_everything_else_borrowed() {
        assert_eq!(
            shown("a\u{1b}[2Jb\u{0}\u{7}\r"),
            "a\\u{1b}[2Jb\\u{0}\\u{7}\\u{d}"
        );
        assert_eq!(shown("\u{9b}\u{7f}\u{fffe}"), "\\u{9b}\\u{7f}\\u{fffe}");
        // tab and newline stay; so do text that shares lead bytes with C1 (°, é) and Arabic
        for clean in [
            "a\tb\nc",
            "45° é",
            "بالقرار 71 (المراجَع في غوادالاخارا، 2010)",
        ] {
            assert!(matches!(shown(clean), Cow::Borrowed(_)), "{clean}");
        }
    }
}
