//! How UN amendment instructions quote clause text so that no text can end its quotation early
//! or start an instruction of its own (issue 27, finding 15).
//!
//! Instructions are paragraphs with blank lines between, and the reader cuts a quotation where
//! the fixed words around it stand (`” with “`, `”, insert “`, the closing `”.`). A clause
//! holding a blank line and `Delete operative paragraph 2.` would otherwise be read as a second
//! instruction, and one holding `” with “` would make its own instruction ambiguous. So inside
//! a quotation:
//!
//! - a backslash is written `\\`;
//! - a newline is `\n`, a tab `\t` (a tab also separates a new paragraph's label from its text),
//!   any other control character `\u{1b}` (the file is meant to be read: an ESC would be obeyed
//!   by a terminal, and a bare one would not survive an editor);
//! - a `”` that the fixed words after a quotation could be read from is `\”`.
//!
//! - where the change is one a reader cannot see (a no-break space for a space, a zero-width
//!   character), [`quote_named`] writes each invisible character as its name, `⟨NBSP⟩`
//!   ([`crate::model::text::invisible`]); a `⟨NAME⟩` standing in the text itself is then `\⟨NAME⟩`.
//!
//! Everything else, ordinary “quotations” included, is written as it is, so the usual text
//! reads as the UN writes it. [`unquote`] reverses [`quote`] exactly; the reader looks for the
//! fixed words only where their `”` is not escaped ([`find_unescaped`]).

use std::fmt::Write;

use crate::markup::vocabulary::WORDS;
use crate::model::text::invisible::{invisible_name, named_char};

/// The fixed words that may follow a quotation and go on to another: a `”` in quoted text that
/// starts one of them is escaped. (`”.` ends the instruction and is found from the end, so a
/// `”.` within the text is harmless and stays as it is.)
fn after_quote() -> [String; 8] {
    let w = &WORDS;
    let q = |s: &str| format!("”{s}");
    [
        w.with.to_string(),
        w.insert_words.to_string(),
        w.under_heading_insert.to_string(),
        q(w.whole_with),
        q(w.replace),
        q(w.delete_words),
        q(w.after_words),
        q(w.before_words),
    ]
}

/// Control characters, with U+FFFE/U+FFFF (which XML forbids), are written as escapes.
fn escaped_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// `s` as it stands between quotation marks in an instruction.
pub fn quote(s: &str) -> String {
    quote_as(s, false)
}

/// [`quote`] with each invisible character named, `⟨NBSP⟩`: for an instruction whose words
/// would otherwise read the same on both sides.
pub fn quote_named(s: &str) -> String {
    quote_as(s, true)
}

/// The `⟨NAME⟩` at the start of `s`, if it names an invisible character: the character and the
/// length.
fn name_at(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix('⟨')?;
    let end = body.find('⟩')?;
    let c = named_char(&body[..end])?;
    Some((c, '⟨'.len_utf8() + end + '⟩'.len_utf8()))
}

fn quote_as(s: &str, named: bool) -> String {
    let stops = after_quote();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            '⟨' if name_at(&s[i..]).is_some() => out.push_str("\\⟨"),
            c if named && let Some((short, _)) = invisible_name(c) => {
                let _ = write!(out, "⟨{short}⟩");
            }
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '”' if stops.iter().any(|w| s[i..].starts_with(w.as_str())) => out.push_str("\\”"),
            c if escaped_char(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// Quoted text as it was before [`quote`]. A backslash before anything else is kept as it is
/// (instructions written by hand need not double every backslash), as is a `\u{…}` that names
/// no character.
pub fn unquote(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find(['\\', '⟨']) {
        out.push_str(&rest[..at]);
        if rest[at..].starts_with('⟨') {
            match name_at(&rest[at..]) {
                Some((c, len)) => {
                    out.push(c);
                    rest = &rest[at + len..];
                }
                None => {
                    out.push('⟨');
                    rest = &rest[at + '⟨'.len_utf8()..];
                }
            }
            continue;
        }
        let tail = &rest[at + 1..];
        let mut cs = tail.chars();
        let (char, used) = match cs.next() {
            Some('\\') => (Some('\\'), 1),
            Some('n') => (Some('\n'), 1),
            Some('t') => (Some('\t'), 1),
            Some('”') => (Some('”'), '”'.len_utf8()),
            Some('⟨') => (Some('⟨'), '⟨'.len_utf8()),
            Some('u') => unicode(tail),
            _ => (None, 0),
        };
        match char {
            Some(c) => {
                out.push(c);
                rest = &tail[used..];
            }
            None => {
                out.push('\\');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `u{1b}…` → (ESC, 5).
fn unicode(tail: &str) -> (Option<char>, usize) {
    let Some(body) = tail.strip_prefix("u{") else {
        return (None, 0);
    };
    let Some(end) = body.find('}') else {
        return (None, 0);
    };
    match u32::from_str_radix(&body[..end], 16)
        .ok()
        .and_then(char::from_u32)
    {
        Some(c) => (Some(c), 2 + end + 1),
        None => (None, 0),
    }
}

/// Where `sep` stands in `s` with its first character not escaped by a backslash (an odd run of
/// backslashes before it).
pub fn find_unescaped(s: &str, sep: &str) -> Vec<usize> {
    s.match_indices(sep)
        .map(|(i, _)| i)
        .filter(|&i| {
            let run = s[..i].bytes().rev().take_while(|&b| b == b'\\').count();
            run % 2 == 0
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_is_reversed_exactly() {
        for s in [
            "plain “quoted” words”.",
            "”.\n\nDelete operative paragraph 2.\n\nReplace the text of",
            "a” with “b",
            "ends in a backslash \\",
            "\\u{1b} written out, and \u{1b} itself, \t and \u{9f}",
            "\\”, insert “",
            "أيلول/\u{a0}سبتمبر and a written ⟨NBSP⟩, ⟨ alone",
        ] {
            let q = quote(s);
            assert!(!q.contains('\n') && !q.contains('\u{1b}'), "{q}");
            assert_eq!(unquote(&q), s, "{q}");
            assert_eq!(unquote(&quote_named(s)), s, "{q}");
        }
        assert_eq!(quote_named("10\u{a0}to"), "10⟨NBSP⟩to");
        assert_eq!(quote("a” with “b"), "a\\” with “b");
        assert_eq!(
            find_unescaped(&quote("a” with “b"), WORDS.with),
            Vec::<usize>::new()
        );
    }
}
