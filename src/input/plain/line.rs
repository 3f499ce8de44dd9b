//! One line of a plain-text resolution: export artifacts removed, footnotes pulled out, and the
//! label split from the text.
//!
//! Word's plain-text export writes a clause as `label<TAB>text`; ITU English texts are also seen
//! with `a) text`. A bare number needs the tab ("2030 Agenda ..." is text, not clause 2030).

use crate::model::{Label, Scheme};

/// What was removed from a line, so the importer can say so.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub text: String,
    pub artifacts: Vec<String>,
    /// Footnote references found as `[footnoteRef:N]N`, rewritten to `[^N]`.
    pub refs: Vec<String>,
    /// Footnote bodies found as `[N: N<TAB>text]` or a line `[^N]: text`.
    pub footnotes: Vec<(String, String)>,
}

/// Removes `[bookmark: ...]`, rewrites `[footnoteRef:1]1` to `[^1]` and extracts `[1: 1\ttext]`.
pub fn clean(line: &str) -> Cleaned {
    let mut out = Cleaned::default();
    let mut rest = line;
    if let Some(def) = rest.trim_start().strip_prefix("[^")
        && let Some((mark, body)) = def.split_once("]:")
    {
        out.footnotes
            .push((mark.to_string(), body.trim().to_string()));
        return out;
    }
    while let Some(open) = rest.find('[') {
        out.text.push_str(&rest[..open]);
        let tail = &rest[open..];
        let Some(close) = tail.find(']') else {
            out.text.push_str(tail);
            rest = "";
            break;
        };
        let inner = &tail[1..close];
        let after = &tail[close + 1..];
        if inner.starts_with("bookmark:") {
            out.artifacts.push(tail[..=close].to_string());
            rest = after;
        } else if let Some(mark) = inner.strip_prefix("footnoteRef:") {
            let mark = mark.trim().to_string();
            // Word repeats the printed mark right after the reference.
            rest = after.strip_prefix(mark.as_str()).unwrap_or(after);
            out.text.push_str(&format!("[^{mark}]"));
            out.refs.push(mark);
        } else if let Some((mark, body)) = inner.split_once(':')
            && out.refs.iter().any(|r| r == mark.trim())
        {
            let body = body.trim();
            let body = body.strip_prefix(mark.trim()).map_or(body, str::trim_start);
            out.footnotes
                .push((mark.trim().to_string(), body.to_string()));
            rest = after;
        } else {
            out.text.push('[');
            rest = &tail[1..];
        }
    }
    out.text.push_str(rest);
    out.text = out.text.trim_end().to_string();
    out
}

const SPACE: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// Invisible and bidi control characters, by name: a label holding one would not read as a
/// label, and nobody sees it.
fn invisible(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{00AD}' => "SOFT HYPHEN",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => return None,
    })
}

/// A line split into its label and text, with what a person should hear about the label.
#[derive(Debug)]
pub struct Split {
    pub label: Label,
    pub text: String,
    pub notes: Vec<String>,
}

/// Splits `label<TAB>text`, `a) text`, `(a) text`, `- text`, `'1' text`. The label is none for a
/// plain paragraph. Invisible or bidi controls in a label are removed and named in a note; a
/// field before the tab that is not a label (too long, a number past any ordinal) is said so.
pub fn split_label(line: &str) -> Split {
    let trimmed = line.trim_matches(|c: char| c.is_whitespace());
    let mut notes = Vec::new();
    if let Some((head, text)) = trimmed.split_once('\t') {
        let head = head.trim_matches(|c: char| c.is_whitespace());
        let hidden: Vec<char> = head.chars().filter(|c| invisible(*c).is_some()).collect();
        let visible: String = head.chars().filter(|c| invisible(*c).is_none()).collect();
        let parsed = Label::parse(&visible).map_err(|e| e.to_string());
        match parsed {
            Ok(label) if visible.chars().count() <= 12 && label.scheme() != Scheme::None => {
                for c in hidden {
                    notes.push(format!(
                        "label `{visible}` held U+{:04X} {} (invisible); removed",
                        u32::from(c),
                        invisible(c).unwrap_or_default()
                    ));
                }
                return Split {
                    label,
                    text: text.trim().to_string(),
                    notes,
                };
            }
            _ if visible.chars().count() > 12 && looks_like_label(&visible) => {
                notes.push(format!(
                    "the {} characters before the tab are too long for a label; the line is read as a paragraph",
                    visible.chars().count()
                ))
            }
            Err(e) if looks_like_label(&visible) => notes.push(format!(
                "{e}; the line is read as a paragraph without a label"
            )),
            _ => {}
        }
    }
    if let Some((label, text)) = spaced_label(trimmed) {
        return Split { label, text, notes };
    }
    Split {
        label: Label::none(),
        text: trimmed.to_string(),
        notes,
    }
}

/// A field before a tab that a typist meant as a label: short digits or a closing bracket.
fn looks_like_label(head: &str) -> bool {
    !head.is_empty()
        && (head.chars().all(|c| c.is_ascii_digit() || c == '.') || head.ends_with(')'))
}

/// A label followed by a space: only shapes that cannot be the start of a sentence.
fn spaced_label(line: &str) -> Option<(Label, String)> {
    let (head, text) = line.split_once(SPACE)?;
    let shaped = head.ends_with(')')
        || (head.starts_with('(') && head.ends_with(')'))
        || matches!(head, "-" | "–" | "—" | "•")
        || (head.len() >= 3 && head.starts_with('\'') && head.ends_with('\''));
    if !shaped || head.chars().count() > 8 {
        return None;
    }
    let label = Label::parse(head).ok()?;
    Some((label, text.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookmarks_are_dropped_and_reported() {
        let c = clean("[bookmark: _GoBack]ج)\tبالقرار A/70/1");
        assert_eq!(c.text, "ج)\tبالقرار A/70/1");
        assert_eq!(c.artifacts, ["[bookmark: _GoBack]"]);
    }

    #[test]
    fn word_footnotes_become_marks_and_bodies() {
        let c = clean("البلدان النامية[footnoteRef:1]1 في مجال; [1: 1\tتشمل أقل البلدان نمواً.] ");
        assert_eq!(c.text, "البلدان النامية[^1] في مجال;");
        assert_eq!(c.refs, ["1"]);
        assert_eq!(
            c.footnotes,
            [("1".to_string(), "تشمل أقل البلدان نمواً.".to_string())]
        );
        let d = clean("[^2]: These include the least developed countries.");
        assert_eq!(d.footnotes[0].0, "2");
    }

    #[test]
    fn square_brackets_in_text_survive() {
        assert_eq!(clean("the [draft] text").text, "the [draft] text");
    }

    #[test]
    fn labels_with_tab_space_and_brackets() {
        let cases = [
            ("\u{a0}أ\u{a0})\tبالنواتج", "أ", "بالنواتج"),
            ("a)\tResolution 71", "a", "Resolution 71"),
            ("b) the Tunis", "b", "the Tunis"),
            ("(c) that", "c", "that"),
            ("45\tبتشجيع", "45", "بتشجيع"),
            ("'1'\tلخطوط", "'1'", "لخطوط"),
            ("-\tإعلان", "-", "إعلان"),
            ("•\tمشروع", "•", "مشروع"),
            ("b)bis\tthat", "b bis", "that"),
        ];
        for (line, norm, text) in cases {
            let s = split_label(line);
            assert_eq!((s.label.norm(), s.text.as_str()), (norm, text), "{line:?}");
            assert!(s.notes.is_empty(), "{line:?}");
        }
    }

    #[test]
    fn sentences_keep_their_first_word() {
        for line in [
            "2030 Agenda for Sustainable Development",
            "أن الأمين العام للاتحاد قد أنشأ",
            "that the review (2015) will",
            "رفع هذا القرار إلى علم",
        ] {
            let s = split_label(line);
            assert_eq!(s.label.scheme(), Scheme::None, "{line}");
            assert_eq!(s.text, line);
        }
    }

    #[test]
    fn invisible_controls_in_labels_are_named_and_removed() {
        for (line, code) in [
            ("b\u{200b})\tthat", "U+200B ZERO WIDTH SPACE"),
            ("a\u{202e})\tthat", "U+202E RIGHT-TO-LEFT OVERRIDE"),
            ("\u{feff}c)\tthat", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
            ("\u{2066}d)\u{2069}\tthat", "U+2066 LEFT-TO-RIGHT ISOLATE"),
        ] {
            let s = split_label(line);
            assert_eq!(s.label.scheme(), Scheme::LatinLetter, "{line:?}");
            assert!(!s.label.written().chars().any(|c| invisible(c).is_some()));
            assert!(s.notes.iter().any(|n| n.contains(code)), "{:?}", s.notes);
        }
    }

    #[test]
    fn fields_that_are_not_labels_are_said_so() {
        let long = format!("{})\tthat", "a".repeat(10_000));
        let s = split_label(&long);
        assert_eq!(s.label.scheme(), Scheme::None);
        assert!(s.notes[0].contains("10001 characters"), "{:?}", s.notes);
        let s = split_label("4294967296\tthat");
        assert_eq!(s.label.scheme(), Scheme::None);
        assert!(s.notes[0].contains("4294967296"), "{:?}", s.notes);
    }
}
