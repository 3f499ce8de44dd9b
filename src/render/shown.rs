//! Text that is safe to show. A resolution may hold control characters (an ESC from a DOCX's
//! `&#27;`, a NUL from a damaged export): a terminal obeys them (clearing the screen, retitling
//! the window, hiding text) and XML 1.0 forbids them, so Word refuses the file. Every text
//! renderer and the DOCX writer pass document text through [`shown`], which writes them as
//! visible, inert escapes (`\u{1b}`); [`hidden_controls`] finds them so the binary can warn.

use std::borrow::Cow;
use std::fmt::Write;

use crate::model::text::is_bidi_reordering;
use crate::model::{Clause, Document};

/// C0 controls but tab and newline, DEL, C1 controls, and U+FFFE/U+FFFF (which XML forbids).
fn is_hidden_control(c: char) -> bool {
    matches!(
        c,
        '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f'..='\u{9f}' | '\u{fffe}' | '\u{ffff}'
    )
}

/// Whether a byte of `s` is one `suspect` picks. Blocks of bytes are or-ed together without a
/// branch, which the compiler turns into vector compares: looking at every text of both sides
/// a byte at a time was 6% of a diff (callgrind), for texts that almost never hold one.
fn any_byte(s: &str, suspect: impl Fn(u8) -> bool) -> bool {
    s.as_bytes()
        .chunks(32)
        .any(|block| block.iter().fold(false, |any, &b| any | suspect(b)))
}

/// `s` with its control characters written as `\u{1b}`; borrowed when there are none (the
/// usual case, found by a byte scan: C1 controls start with byte C2, U+FFFE/F with EF).
pub fn shown(s: &str) -> Cow<'_, str> {
    let suspect = any_byte(s, |b| {
        (b < 0x20) & (b != b'\t') & (b != b'\n') | (b == 0x7f) | (b == 0xc2) | (b == 0xef)
    });
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

/// What [`hidden_controls`] warns of: the hidden controls, line breaks, and the bidi controls
/// that reorder text (a terminal draws the text around them reordered, so a clause can show
/// words it does not hold; a mark reorders nothing).
fn is_warned(c: char) -> bool {
    is_hidden_control(c) || is_bidi_reordering(c) || c == '\n'
}

/// Text for a terminal line (`show`, `diff`): as [`shown`], and a line break written `\n` and a
/// bidi control as `\u{202e}`, since one draws a line that looks like another clause and the
/// other reorders what is drawn. Borrowed when there are none.
pub fn shown_line(s: &str) -> Cow<'_, str> {
    // Bidi controls are three bytes starting E2 80 or E2 81.
    if !s.contains('\n') && !s.as_bytes().contains(&0xe2) {
        return shown(s);
    }
    if !s.contains(|c: char| c == '\n' || is_bidi_reordering(c)) {
        return shown(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in shown(s).chars() {
        match c {
            '\n' => out.push_str("\\n"),
            c if is_bidi_reordering(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
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
        let what = match self.char {
            '\n' => "a line break (U+000A)".to_string(),
            c if is_bidi_reordering(c) => format!("the bidi control U+{:04X}", u32::from(c)),
            c => format!("the control character U+{:04X}", u32::from(c)),
        };
        write!(
            f,
            "{} holds {what}; text output shows it as {}",
            self.place,
            shown_line(&self.char.to_string())
        )
    }
}

/// Every place of `doc` that holds a control character, in document order.
pub fn hidden_controls(doc: &Document) -> Vec<HiddenControl> {
    let mut found = Vec::new();
    let mut check = |texts: &[&str], place: &dyn Fn() -> String| {
        if let Some(c) = texts
            .iter()
            .filter(|t| {
                // A byte scan first, as in `shown`: most texts hold none of these lead bytes.
                any_byte(t, |b| {
                    (b < 0x20) & (b != b'\t')
                        | (b == 0x7f)
                        | (b == 0xc2)
                        | (b == 0xe2)
                        | (b == 0xef)
                })
            })
            .find_map(|t| t.chars().find(|c| is_warned(*c)))
        {
            found.push(HiddenControl {
                place: place(),
                char: c,
            });
        }
    };
    check(&[doc.resolution.title_shown()], &|| "title".into());
    if let Some(l) = &doc.revision_line {
        check(&[l], &|| "revision line".into());
    }
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
