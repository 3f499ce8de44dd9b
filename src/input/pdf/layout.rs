//! The lines of every page as the plain text the plain-text reader takes: one paragraph a line
//! (`label<TAB>text` where the label stands apart), footnotes as `[^N]` marks and `[^N]: text`
//! definitions, and the page furniture (running headers and footers, page numbers) left out.

use std::collections::HashMap;

use super::breaks;
use super::furniture::Printings;
use super::glyphs::Rule;
use super::lines::{Line, SUP_CLOSE, SUP_OPEN};
use super::nesting;
use super::notes::{
    footnote_start, marks_again, read_footnotes, undoubled, unruled_footnote_start, with_marks,
};
use super::paragraphs::paragraphs;
use super::said;
use super::stops::{Stops, with_tabs};
use crate::input::plain::copied::{PARAGRAPH, append};

/// A page's lines and what the reader needs of its geometry.
pub struct PageLines {
    pub height: f64,
    pub lines: Vec<Line>,
    pub rules: Vec<Rule>,
}

/// What the layout made: the text, and what it left out or guessed (page, message).
pub struct Laid {
    pub text: String,
    /// The page each line of `text` starts on.
    pub pages: Vec<usize>,
    /// The level of each line of `text` where the layout shows the tree by its indentation
    /// (see [`nesting`]); shorter than the lines (footnotes, the UN layout): none.
    pub levels: Vec<Option<usize>>,
    /// The ITU style of each line of a Recommendation (see [`recommendation`]), its footnotes
    /// [`FOOTNOTE`]; empty for any other text.
    pub styles: Vec<String>,
    pub notes: Vec<(usize, String)>,
}

/// The style of a footnote's line (`[^N]: text`) among a Recommendation's [`Laid::styles`].
pub const FOOTNOTE: &str = "footnote";

/// A page number alone: `3`, `- 3 -`, `3/12`, `Page 3`.
pub fn is_page_number(text: &str) -> bool {
    let t: String = text
        .chars()
        .filter(|&c| c != SUP_OPEN && c != SUP_CLOSE)
        .collect();
    let t = t
        .trim()
        .trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' '));
    let t = t
        .strip_prefix("Page ")
        .or_else(|| t.strip_prefix("page "))
        .unwrap_or(t);
    !t.is_empty() && t.chars().all(|c| c.is_numeric() || c == '/' || c == ' ')
}

/// Whether a line sits in the top or bottom band of its page, where furniture is printed.
pub fn in_margin(line: &Line, height: f64) -> bool {
    line.y < 0.1 * height || line.y > 0.9 * height
}

/// Lays out every page.
pub fn lay_out(pages: &[PageLines]) -> Laid {
    let mut notes = Vec::new();
    let stops = Stops::of(pages);
    let resolved: Vec<PageLines> = pages
        .iter()
        .enumerate()
        .map(|(n, p)| PageLines {
            height: p.height,
            lines: undoubled(&with_tabs(&p.lines, &stops), n + 1, &mut notes),
            rules: p.rules.clone(),
        })
        .collect();
    let pages = &resolved[..];
    // A line in the margin band whose text (digits aside) is printed on two pages or more is a
    // running header or footer; a line opening with a raised mark is a footnote.
    let printings = Printings::of(pages);
    let body_size = common_size(pages.iter().flat_map(|p| &p.lines));
    let mut body: Vec<(usize, &Line)> = Vec::new();
    let mut footnotes: Vec<(String, String)> = Vec::new();
    let mut note_pages: Vec<usize> = Vec::new();
    // The notes ran to the foot of the page before: notes gathered at the end of a text (as the
    // UN prints them) go on at the top of the next page, with no rule above them.
    let mut notes_go_on = false;
    for (n, p) in pages.iter().enumerate() {
        let page = n + 1;
        let foot = footnote_start(p).or_else(|| {
            // A running foot is printed at body size under the notes.
            let furniture = |l: &Line| {
                in_margin(l, p.height)
                    && (is_page_number(&l.text)
                        || printings.on(&l.text).is_some_and(|on| on.len() > 1))
            };
            let (y, lines) = unruled_footnote_start(p, furniture)?;
            notes.push((
                page,
                format!(
                    "read the {lines} line{} at the page's foot as its notes, with no rule drawn above them: smaller text than the body's, opening with a raised mark",
                    if lines == 1 { "" } else { "s" }
                ),
            ));
            Some(y)
        });
        let mut note_lines: Vec<&Line> = Vec::new();
        let mut continued = notes_go_on && foot.is_none();
        let mut last_body = true;
        for l in &p.lines {
            // A page number is printed on most pages; a number alone on a few (a label at the
            // top of a page) is text.
            // A running foot printed on most pages is furniture out of the margin too: a
            // table's foot (Chromium repeats it on each page) follows its last row on the last.
            let on = printings.paged(&l.text);
            let repeated = on.as_ref().map_or(0, |on| on.len());
            let most = repeated * 2 >= pages.len();
            // A Recommendation's number, which ITU's template repeats over its first clause, is
            // its text (see `recommendation`), at a page's top or not: the layout reads the first
            // and says each repeat it leaves out (`rec::screen`).
            if pages.len() > 1
                && repeated > 1
                && !l.text.starts_with(SUP_OPEN)
                && crate::input::recommendation::named(&plain(&l.text)).is_none()
                && if in_margin(l, p.height) {
                    !is_page_number(&l.text) || most
                } else {
                    page == pages.len() && most && !is_page_number(&l.text)
                }
            {
                if on.as_ref().is_some_and(|on| on.running(pages.len())) {
                    notes.push((
                        page,
                        format!("left out page furniture `{}`", plain(&l.text)),
                    ));
                    continue;
                }
                // Furniture by its numbers but for how few pages it is on: a guess, said.
                let on_pages = on.map(|on| on.pages()).unwrap_or_default();
                notes.push((
                    page,
                    format!(
                        "kept `{}` as text, not a running head: a line alike but for a number that goes up with the page is at the page's edge on {}, fewer than a quarter of the {} pages",
                        plain(&l.text),
                        said::pages_named(&on_pages),
                        pages.len()
                    ),
                ));
            }
            continued = continued
                && body_size.is_some_and(|b| l.size < 0.92 * b)
                && (!note_lines.is_empty() || l.text.starts_with(SUP_OPEN));
            if continued || foot.is_some_and(|y| l.y > y) {
                note_lines.push(l);
                last_body = false;
            } else {
                body.push((page, l));
                last_body = true;
            }
        }
        if notes_go_on && foot.is_none() && !note_lines.is_empty() {
            notes.push((
                page,
                format!(
                    "{} lines of small text at the top of the page, with no rule above them, read as the notes of the page before going on",
                    note_lines.len()
                ),
            ));
        }
        notes_go_on = !last_body && !note_lines.is_empty();
        read_footnotes(&note_lines, page, &mut footnotes, &mut notes);
        // A note printed on from the page before is joined to it: said on its first page.
        note_pages.resize(footnotes.len(), page);
    }
    let marks: Vec<&str> = footnotes.iter().map(|(m, _)| m.as_str()).collect();
    let mut slash_pages = Vec::new();
    let mut paras = paragraphs(&body, &mut notes, &mut slash_pages);
    // The UN layout is read by the copied-text reader, which matches notes to marks itself:
    // it takes them as a copy from a PDF gives them (the mark's digits after its word, the
    // notes numbered at the end); the ITU layout takes `[^N]` and `[^N]: text`.
    let bare: Vec<String> = paras
        .iter()
        .map(|p| breaks::unsettled(&plain(&p.text)))
        .collect();
    let bare_refs: Vec<&str> = bare.iter().map(String::as_str).collect();
    let un = crate::input::plain::copied::is_un(&bare_refs);
    let mut slash_pages = slash_pages.into_iter();
    for p in &mut paras {
        breaks::settle(&mut p.text, un, &mut slash_pages, &mut notes);
    }
    let mut text = String::new();
    let mut levels = Vec::new();
    let mut styles = Vec::new();
    let mut line_pages = Vec::new();
    let notes_paged = footnotes.iter().zip(&note_pages);
    let recommendation = if un {
        None
    } else {
        super::recommendation::styled(&paras, &mut notes)
    };
    if let Some(paragraph_styles) = recommendation {
        for (p, style) in paras.iter().zip(paragraph_styles) {
            text.push_str(&with_marks(&p.text, &marks));
            text.push('\n');
            styles.push(style.to_string());
            line_pages.push(p.page);
        }
        for ((mark, body), page) in notes_paged {
            text.push_str(&note_line(mark, body, &marks));
            styles.push(FOOTNOTE.to_string());
            line_pages.push(*page);
        }
    } else if un {
        // A note cited again is marked again with its number: the copied-text reader matches
        // each note to the first bare mark after the one before, so a mark seen before is
        // written `[^N]` here, where its being raised says what it is.
        let mut seen: Vec<&str> = Vec::new();
        for p in &paras {
            text.push(PARAGRAPH);
            text.push_str(&marks_again(&p.text, &marks, &mut seen));
            text.push('\n');
            line_pages.push(p.page);
        }
        for ((mark, body), page) in notes_paged {
            text.push_str(&format!("{mark} {}\n", plain(body)));
            line_pages.push(*page);
        }
    } else {
        for (line, level, page) in nesting::levelled(&paras, |t| with_marks(t, &marks), &mut notes)
        {
            text.push_str(&line);
            text.push('\n');
            levels.push(level);
            line_pages.push(page);
        }
        for ((mark, body), page) in notes_paged {
            text.push_str(&note_line(mark, body, &marks));
            line_pages.push(*page);
        }
    }
    Laid {
        text,
        pages: line_pages,
        levels,
        styles,
        notes,
    }
}

/// A note in ITU's layout, `[^N]: text`, its spaces as the DOCX reader reads them, no-break ones
/// too (ITU's notes type `Mar del Plata, 1968` with them): one space. A Recommendation's and
/// a resolution's alike.
fn note_line(mark: &str, body: &str, marks: &[&str]) -> String {
    let body = with_marks(body, marks);
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("[^{mark}]: {body}\n")
}

/// The most common size of `lines`, to the half point.
pub fn common_size<'l>(lines: impl Iterator<Item = &'l Line>) -> Option<f64> {
    lines
        .map(|l| l.size)
        .fold(HashMap::<i64, usize>::new(), |mut m, s| {
            *m.entry((s * 2.0).round() as i64).or_default() += 1;
            m
        })
        .into_iter()
        // Ties to the larger size: the order of a hash map's entries is not the same twice.
        .max_by_key(|&(s, n)| (n, s))
        .map(|(s, _)| s as f64 / 2.0)
}

/// A line's text without superscript marks, for messages.
pub fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, &SUP_OPEN | &SUP_CLOSE))
        .collect()
}

/// Appends a line to a paragraph as a copied text's lines are joined (a hyphen at a line end
/// kept with no space after it, `post-` `conflict`; `9–` `24` a range; Chinese with no space),
/// and a soft hyphen dropped; but with a space where the line before ends with one drawn
/// (`spaced`, see [`Line::spaced_end`]): `报告9 ` then `所述`.
pub fn join_line(para: &mut String, next: &str, spaced: bool) {
    let next = next.trim_matches([' ', '\t']);
    if para.is_empty() {
        para.push_str(next);
        return;
    }
    if para.ends_with('\u{AD}') {
        para.pop();
        para.push_str(next);
        return;
    }
    // A no-break space at a line's end or start (Chromium breaks a line before one after a
    // dash, `dimensions –` ` économique`) is the space between the lines.
    if para.ends_with('\u{a0}') || next.starts_with('\u{a0}') {
        para.push_str(next.trim_start_matches(|c: char| c.is_whitespace() && c != '\u{a0}'));
        return;
    }
    let at = para.len();
    append(para, next);
    if spaced && !para[at..].starts_with(' ') {
        para.insert(at, ' ');
    }
}
