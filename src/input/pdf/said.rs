//! What the PDF reader says, placed on the pages a reader can turn to: the plain-text reader's
//! warnings moved from the lines of the text it was given (which no one sees) to the pages
//! those lines came from; counts over the whole document with the pages they were found on;
//! and the apparatus lines (`Reasons:`, ITU symbols, where a provision moved) left out, said.

use crate::input::Warning;

/// The page line `line` of a PDF's text (1-based) starts on, `pages[i]` being line `i + 1`'s;
/// `None` for line 0 (the whole text) or a line past the text's end.
pub(crate) fn page_of(pages: &[usize], line: usize) -> Option<usize> {
    line.checked_sub(1).and_then(|i| pages.get(i)).copied()
}

/// `page 4`, `pages 2, 3 and 7`, `pages 1, 2, 3 and 9 more`: the distinct pages of `pages`, the
/// first few named.
pub fn pages_named(pages: &[usize]) -> String {
    const NAMED: usize = 3;
    let mut p: Vec<usize> = pages.to_vec();
    p.sort_unstable();
    p.dedup();
    let names: Vec<String> = p.iter().take(NAMED).map(ToString::to_string).collect();
    match p.len() {
        0 => "no page".to_string(),
        1 => format!("page {}", names[0]),
        n if n <= NAMED + 1 => format!(
            "pages {} and {}",
            names[..names.len().min(n - 1)].join(", "),
            p[n - 1]
        ),
        n => format!("pages {} and {} more", names.join(", "), n - NAMED),
    }
}

/// A count over the document, with the pages it was found on (each page with a count above 0),
/// as a PDF note: (first page, `pages …: message`).
pub fn counted(
    per_page: &[(usize, usize)],
    message: impl FnOnce(usize) -> String,
) -> Option<(usize, String)> {
    let found: Vec<usize> = per_page
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(p, _)| *p)
        .collect();
    let total: usize = per_page.iter().map(|(_, n)| n).sum();
    let first = *found.first()?;
    Some((
        first,
        format!("{}: {}", pages_named(&found), message(total)),
    ))
}

/// A reader's warning on line `w.line` of the text it read (1-based: the plain-text reader's
/// line, the DOCX layout's paragraph), moved to the page that line starts on, and every
/// `line N` / `lines A-B` its message names with it. A message that names its page already
/// (the DOCX layout's, placed by [`Places::Pages`](crate::input::recommendation::Places)) is
/// left as it is. A line the text does not have (0: the whole text) keeps its message, said of
/// the whole PDF.
pub fn on_pages(w: Warning, pages: &[usize]) -> Warning {
    let page = |line: usize| page_of(pages, line);
    let Some(at) = page(w.line).filter(|p| *p > 0) else {
        return w;
    };
    let placed = w
        .message
        .strip_prefix(&format!("page {at}"))
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()));
    if placed {
        return Warning { line: at, ..w };
    }
    let mut message = String::with_capacity(w.message.len() + 16);
    let mut rest = w.message.as_str();
    while let Some(k) = rest.find("line") {
        message.push_str(&rest[..k]);
        let after = &rest[k..];
        // `line 12`, `lines 3-4`, not `lines` or `outline`.
        let word_start = rest[..k]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let (plural, tail) = match after.strip_prefix("lines ") {
            Some(t) => (true, t),
            None => (false, after.strip_prefix("line ").unwrap_or("")),
        };
        let number = |s: &str| -> Option<(usize, usize)> {
            let d = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            Some((s[..d].parse().ok()?, d))
        };
        let found = word_start
            .then(|| number(tail))
            .flatten()
            .and_then(|(a, da)| {
                let (b, used) = match tail[da..].strip_prefix('-').and_then(number) {
                    Some((b, db)) if plural => (b, da + 1 + db),
                    _ => (a, da),
                };
                Some((page(a)?, page(b)?, used))
            });
        match found {
            Some((pa, pb, used)) => {
                let named = if pa == pb {
                    format!("page {pa}")
                } else {
                    format!("pages {pa}-{pb}")
                };
                // `lines 1-7 (7 non-empty) come before`: lines still, now placed on pages.
                if plural {
                    message.push_str(&format!("the lines on {named}"));
                } else {
                    message.push_str(&named);
                }
                let skip = if plural { "lines " } else { "line " }.len() + used;
                rest = &after[skip..];
            }
            None => {
                message.push_str("line");
                rest = &after[4..];
            }
        }
    }
    message.push_str(rest);
    Warning {
        line: at,
        message: format!("page {at}: {message}"),
        chosen: w.chosen,
    }
}

/// What kind of a proposal's apparatus a line is, left out as the DOCX reader leaves it out:
/// the Reasons (`Reasons:`, `الأسباب:`), the ITU symbol lines (`MOD RCC/23A1/2`, `NOC`) and
/// the notes of where a provision moved. `None`: text.
fn apparatus(l: &str) -> Option<usize> {
    let symbol = |l: &str| {
        let mut words = l.split_whitespace();
        let first = words.next().unwrap_or("");
        let first = first.trim_end_matches('*');
        let is_symbol = matches!(
            first,
            "ADD" | "MOD" | "(MOD)" | "SUP" | "NOC" | "(SUP)" | "(ADD)"
        );
        is_symbol && words.next().is_none_or(|id| id.contains('/')) && words.next().is_none()
    };
    let t = l.trim();
    // Where a moved provision went or came from (`moved to 4.4bis`), as `markup` notes it.
    let move_note = t == "moved"
        || ((t.starts_with("moved to ") || t.starts_with("moved from "))
            && t.split_whitespace().count() <= 4);
    if t.starts_with("Reasons:") || t.starts_with("الأسباب:") {
        Some(0)
    } else if symbol(t) {
        Some(1)
    } else if move_note {
        Some(2)
    } else {
        None
    }
}

/// The apparatus lines left out of a PDF's text, counted by kind with their pages, to be said.
#[derive(Default)]
pub struct Apparatus {
    counts: [usize; 3],
    pages: Vec<usize>,
}

impl Apparatus {
    /// Whether `line` (on `page`) is apparatus, to be left out; counted if so.
    pub fn left_out(&mut self, line: &str, page: usize) -> bool {
        let Some(kind) = apparatus(line) else {
            return false;
        };
        self.counts[kind] += 1;
        self.pages.push(page);
        true
    }

    /// The note saying what was left out, on which pages: (first page, message).
    pub fn said(self) -> Option<(usize, String)> {
        let first = *self.pages.iter().min()?;
        let names = [
            ("Reasons line", "Reasons lines"),
            (
                "ITU symbol line (MOD, ADD, SUP, NOC)",
                "ITU symbol lines (MOD, ADD, SUP, NOC)",
            ),
            (
                "note of where a provision moved",
                "notes of where a provision moved",
            ),
        ];
        let what: Vec<String> = self
            .counts
            .iter()
            .zip(names)
            .filter(|(n, _)| **n > 0)
            .map(|(n, (one, many))| format!("{n} {}", if *n == 1 { one } else { many }))
            .collect();
        Some((
            first,
            format!(
                "{}: left out {}, a proposal's apparatus (as for a DOCX)",
                pages_named(&self.pages),
                what.join(", ")
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_named_first_few_and_a_count() {
        assert_eq!(pages_named(&[4, 4]), "page 4");
        assert_eq!(pages_named(&[7, 2, 3]), "pages 2, 3 and 7");
        assert_eq!(pages_named(&[1, 2, 3, 4]), "pages 1, 2, 3 and 4");
        assert_eq!(
            pages_named(&(1..=12).collect::<Vec<_>>()),
            "pages 1, 2, 3 and 9 more"
        );
    }

    #[test]
    fn line_numbers_become_pages() {
        let pages = [1, 1, 1, 2, 2, 13];
        let w = |line, message: &str| Warning {
            line,
            message: message.to_string(),
            chosen: None,
        };
        let moved = on_pages(
            w(
                4,
                "read the digits of `issue,1` as the mark of footnote 1 (the note is at line 6)",
            ),
            &pages,
        );
        assert_eq!(moved.line, 2);
        assert_eq!(
            moved.message,
            "page 2: read the digits of `issue,1` as the mark of footnote 1 (the note is at page 13)"
        );
        let head = on_pages(
            w(1, "lines 1-2 (2 non-empty) come before the title"),
            &pages,
        );
        assert_eq!(
            head.message,
            "page 1: the lines on page 1 (2 non-empty) come before the title"
        );
        assert_eq!(
            on_pages(w(2, "lines 2-5 come first; an outline"), &pages).message,
            "page 1: the lines on pages 1-2 come first; an outline"
        );
        assert_eq!(on_pages(w(0, "no language"), &pages).message, "no language");
        // The DOCX layout's, said of their page already (a Recommendation's print).
        for message in ["page 2: `A` (RecNo) repeats", "page 2 (`A`): style `X`"] {
            let placed = on_pages(w(5, message), &pages);
            assert_eq!((placed.line, placed.message.as_str()), (2, message));
        }
        assert_eq!(
            on_pages(w(6, "page 1 is blank"), &pages).message,
            "page 13: page 1 is blank"
        );
    }

    #[test]
    fn apparatus_left_out_is_said_with_its_pages() {
        let lines = [
            ("MOD\tEUR/38/1", 1),
            ("considering", 1),
            ("Reasons: to update.", 2),
            ("moved to 4.4bis", 3),
            ("recognizing", 3),
        ];
        let mut a = Apparatus::default();
        let kept: Vec<&str> = lines
            .iter()
            .filter(|(l, page)| !a.left_out(l, *page))
            .map(|(l, _)| *l)
            .collect();
        assert_eq!(kept, ["considering", "recognizing"]);
        let (page, message) = a.said().expect("said");
        assert_eq!(page, 1);
        assert_eq!(
            message,
            "pages 1, 2 and 3: left out 1 Reasons line, 1 ITU symbol line (MOD, ADD, SUP, NOC), 1 note of where a provision moved, a proposal's apparatus (as for a DOCX)"
        );
        assert!(Apparatus::default().said().is_none());
    }
}
