//! Changes a reader cannot see. A no-break space for a space (`أيلول/سبتمبر`), a zero-width
//! space, joiner or non-joiner, a byte-order mark left in the text, a tatweel, a diacritic
//! added to a word: each is a real difference, and a diff that prints it as written shows
//! something replaced by what looks the same. Where such characters are the whole change,
//! renderers name them (`⟨NBSP⟩`, a title giving the full name in HTML), and a word that gained
//! or lost a diacritic or tatweel carries a note (`⟨shadda added⟩`); docs/tricky_cases.md has
//! the list.

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;

/// The characters named where they change: the short name printed between `⟨⟩`, the full
/// name for a tooltip.
const NAMED: [(char, &str, &str); 16] = [
    ('\u{00A0}', "NBSP", "no-break space"),
    ('\u{202F}', "NNBSP", "narrow no-break space"),
    ('\u{2007}', "FIGSP", "figure space"),
    ('\u{2009}', "THINSP", "thin space"),
    ('\u{200A}', "HAIRSP", "hair space"),
    ('\u{3000}', "IDSP", "ideographic space"),
    ('\u{200B}', "ZWSP", "zero-width space"),
    ('\u{200C}', "ZWNJ", "zero-width non-joiner"),
    ('\u{200D}', "ZWJ", "zero-width joiner"),
    ('\u{2060}', "WJ", "word joiner"),
    (
        '\u{FEFF}',
        "BOM",
        "zero-width no-break space (byte-order mark)",
    ),
    ('\u{00AD}', "SHY", "soft hyphen"),
    ('\u{200E}', "LRM", "left-to-right mark"),
    ('\u{200F}', "RLM", "right-to-left mark"),
    ('\u{061C}', "ALM", "Arabic letter mark"),
    ('\u{0640}', "TATWEEL", "Arabic tatweel (kashida)"),
];

/// The short and full names of a character a reader cannot see, if it is one.
pub fn invisible_name(c: char) -> Option<(&'static str, &'static str)> {
    NAMED
        .iter()
        .find(|(n, _, _)| *n == c)
        .map(|(_, short, long)| (*short, *long))
}

/// The character a short name (`NBSP`) names.
pub fn named_char(short: &str) -> Option<char> {
    NAMED
        .iter()
        .find(|(_, s, _)| *s == short)
        .map(|(c, _, _)| *c)
}

/// A piece of changed text as shown: text as it is, or a named character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'t> {
    /// Visible text.
    Text(Cow<'t, str>),
    /// A character named: `NBSP`, `no-break space`, the character.
    Named(&'static str, &'static str, char),
}

/// Changed text in pieces: invisible characters named (a tatweel only where the run has no
/// letter it stretches), and a combining mark at the start, which would sit on the text before
/// the change, on a dotted circle (◌ّ).
pub fn pieces(s: &str) -> Vec<Piece<'_>> {
    let letters = s
        .chars()
        .any(|c| c.is_alphabetic() && c != '\u{0640}' && !is_combining_mark(c));
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let named = invisible_name(c).filter(|_| c != '\u{0640}' || !letters);
        if let Some((short, long)) = named {
            if start < i {
                out.push(Piece::Text(Cow::Borrowed(&s[start..i])));
            }
            out.push(Piece::Named(short, long, c));
            start = i + c.len_utf8();
        } else if i == 0 && is_combining_mark(c) {
            out.push(Piece::Text(Cow::Owned(format!("\u{25CC}{c}"))));
            start = c.len_utf8();
        }
    }
    if start < s.len() {
        out.push(Piece::Text(Cow::Borrowed(&s[start..])));
    }
    out
}

/// Changed text with its invisible characters named: `10⟨NBSP⟩to`.
pub fn named(s: &str) -> Cow<'_, str> {
    let ps = pieces(s);
    match ps.as_slice() {
        [Piece::Text(t)] if *t == s => Cow::Borrowed(s),
        [] => Cow::Borrowed(s),
        _ => Cow::Owned(
            ps.iter()
                .map(|p| match p {
                    Piece::Text(t) => t.to_string(),
                    Piece::Named(short, _, _) => format!("⟨{short}⟩"),
                })
                .collect(),
        ),
    }
}

/// The name of a diacritic, for notes: Arabic ones by name, others by code point.
fn mark_name(c: char) -> String {
    let name = match c {
        '\u{064B}' => "tanween fath",
        '\u{064C}' => "tanween damm",
        '\u{064D}' => "tanween kasr",
        '\u{064E}' => "fatha",
        '\u{064F}' => "damma",
        '\u{0650}' => "kasra",
        '\u{0651}' => "shadda",
        '\u{0652}' => "sukun",
        '\u{0653}' => "maddah",
        '\u{0654}' => "hamza above",
        '\u{0655}' => "hamza below",
        '\u{0670}' => "superscript alef",
        '\u{0640}' => "tatweel",
        _ => return format!("diacritic U+{:04X}", u32::from(c)),
    };
    name.to_string()
}

fn hidden_in_word(c: char) -> bool {
    c == '\u{0640}' || is_combining_mark(c)
}

/// For a replaced word that differs from its replacement only by diacritics and tatweel (`تسلم`
/// → `تسلّم`), what changed: `shadda added`, `tanween fath added, damma removed`; None for
/// any other change.
pub fn diacritic_note(old: &str, new: &str) -> Option<String> {
    let bare = |s: &str| -> String { s.chars().filter(|c| !hidden_in_word(*c)).collect() };
    if old == new || bare(old) != bare(new) {
        return None;
    }
    let marks = |s: &str| -> Vec<char> { s.chars().filter(|c| hidden_in_word(*c)).collect() };
    let (mut gone, mut came) = (marks(old), marks(new));
    // What both have is no change: take each of the old marks out of the new ones once.
    gone.retain(|c| match came.iter().position(|n| n == c) {
        Some(i) => {
            came.remove(i);
            false
        }
        None => true,
    });
    let mut parts: Vec<String> = came
        .iter()
        .map(|c| format!("{} added", mark_name(*c)))
        .collect();
    parts.extend(gone.iter().map(|c| format!("{} removed", mark_name(*c))));
    if parts.is_empty() {
        // The same marks on other letters.
        parts.push("diacritics moved".to_string());
    }
    parts.dedup();
    Some(parts.join(", "))
}

/// Whether two texts differ only in what a reader cannot see: the same once each invisible
/// character is dropped and each space-like one read as a space.
pub fn looks_same(a: &str, b: &str) -> bool {
    let seen = |s: &str| -> String {
        s.chars()
            .filter_map(|c| match invisible_name(c) {
                Some(_) if c.is_whitespace() => Some(' '),
                Some(_) => None,
                None => Some(c),
            })
            .collect()
    };
    a != b && seen(a) == seen(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_notes() {
        assert_eq!(named("10\u{a0}to"), "10⟨NBSP⟩to");
        assert_eq!(named("\u{200b}"), "⟨ZWSP⟩");
        assert_eq!(named("\u{0640}"), "⟨TATWEEL⟩");
        assert_eq!(named("الاتصـالات"), "الاتصـالات");
        assert_eq!(named("\u{0651}"), "\u{25CC}\u{0651}");
        assert_eq!(
            diacritic_note("تسلم", "تسلّم").as_deref(),
            Some("shadda added")
        );
        assert_eq!(
            diacritic_note("الاتصـالات", "الاتصالات").as_deref(),
            Some("tatweel removed")
        );
        assert_eq!(diacritic_note("a", "b"), None);
        assert!(looks_same("أيلول/ سبتمبر", "أيلول/\u{a0}سبتمبر"));
        assert!(!looks_same("a", "b"));
    }
}
