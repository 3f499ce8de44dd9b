//! The lines of every page as the plain text the plain-text reader takes: one paragraph a line
//! (`label<TAB>text` where the label stands apart), footnotes as `[^N]` marks and `[^N]: text`
//! definitions, and the page furniture (running headers and footers, page numbers) left out.

use std::collections::HashMap;

use super::glyphs::Rule;
use super::lines::{Line, SUP_CLOSE, SUP_OPEN, is_cjk};

/// A page's lines and what the reader needs of its geometry.
pub struct PageLines {
    pub height: f64,
    pub lines: Vec<Line>,
    pub rules: Vec<Rule>,
}

/// What the layout made: the text, and what it left out or guessed (page, message).
pub struct Laid {
    pub text: String,
    pub notes: Vec<(usize, String)>,
}

/// A line's text with its digits made one, to find a running header or footer whose page number
/// changes from page to page.
fn furniture_key(text: &str) -> String {
    let mut key = String::new();
    for c in text.chars() {
        if c.is_numeric() {
            if !key.ends_with('#') {
                key.push('#');
            }
        } else if c != SUP_OPEN && c != SUP_CLOSE {
            key.push(c);
        }
    }
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A page number alone: `3`, `- 3 -`, `3/12`, `Page 3`.
fn is_page_number(text: &str) -> bool {
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
fn in_margin(line: &Line, height: f64) -> bool {
    line.y < 0.1 * height || line.y > 0.9 * height
}

/// Lays out every page.
pub fn lay_out(pages: &[PageLines]) -> Laid {
    let mut notes = Vec::new();
    // A line in the margin band whose text (digits aside) is printed on two pages or more is a
    // running header or footer.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for p in pages {
        let mut keys: Vec<String> = p
            .lines
            .iter()
            .filter(|l| in_margin(l, p.height))
            .map(|l| furniture_key(&l.text))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let mut body: Vec<(usize, &Line)> = Vec::new();
    let mut footnotes: Vec<(String, String)> = Vec::new();
    for (n, p) in pages.iter().enumerate() {
        let page = n + 1;
        let foot = footnote_start(p);
        let mut note_lines: Vec<&Line> = Vec::new();
        for l in &p.lines {
            // A page number is printed on most pages; a number alone on a few (a label at the
            // top of a page) is text.
            let repeated = seen.get(&furniture_key(&l.text)).copied().unwrap_or(0);
            if in_margin(l, p.height)
                && pages.len() > 1
                && repeated > 1
                && (!is_page_number(&l.text) || repeated * 2 >= pages.len())
            {
                notes.push((
                    page,
                    format!("left out page furniture `{}`", plain(&l.text)),
                ));
                continue;
            }
            if foot.is_some_and(|y| l.y > y) {
                note_lines.push(l);
            } else {
                body.push((page, l));
            }
        }
        footnotes.extend(read_footnotes(&note_lines));
    }
    let marks: Vec<&str> = footnotes.iter().map(|(m, _)| m.as_str()).collect();
    let paras = paragraphs(&body);
    // The UN layout is read by the copied-text reader, which matches notes to marks itself:
    // it takes them as a copy from a PDF gives them (the mark's digits after its word, the
    // notes numbered at the end); the ITU layout takes `[^N]` and `[^N]: text`.
    let bare: Vec<String> = paras.iter().map(|p| plain(p)).collect();
    let bare_refs: Vec<&str> = bare.iter().map(String::as_str).collect();
    let un = crate::input::plain::copied::is_un(&bare_refs);
    let mut text = String::new();
    if un {
        for p in &bare {
            text.push_str(p);
            text.push('\n');
        }
        for (mark, body) in &footnotes {
            text.push_str(&format!("{mark} {}\n", plain(body)));
        }
    } else {
        for para in &paras {
            text.push_str(&with_marks(para, &marks));
            text.push('\n');
        }
        for (mark, body) in &footnotes {
            text.push_str(&format!("[^{mark}]: {}\n", with_marks(body, &marks)));
        }
    }
    Laid { text, notes }
}

/// The height below which a page's lines are footnotes: under a short rule in the lower part of
/// the page, with smaller text beneath it.
fn footnote_start(p: &PageLines) -> Option<f64> {
    let body = p
        .lines
        .iter()
        .map(|l| l.size)
        .fold(HashMap::<i64, usize>::new(), |mut m, s| {
            *m.entry((s * 2.0).round() as i64).or_default() += 1;
            m
        })
        .into_iter()
        // Ties to the larger size: the order of a hash map's entries is not the same twice.
        .max_by_key(|&(s, n)| (n, s))
        .map(|(s, _)| s as f64 / 2.0)?;
    p.rules
        .iter()
        .filter(|r| r.y > 0.4 * p.height && r.x1 - r.x0 > 20.0)
        .filter(|r| {
            let below: Vec<&Line> = p.lines.iter().filter(|l| l.y > r.y).collect();
            !below.is_empty()
                && below
                    .iter()
                    .filter(|l| !in_margin(l, p.height) || !is_page_number(&l.text))
                    .all(|l| l.size < 0.92 * body)
        })
        .map(|r| r.y)
        .fold(None, |acc: Option<f64>, y| {
            Some(acc.map_or(y, |a| a.min(y)))
        })
}

/// Footnote lines as (mark, text): a note opens with its mark (raised, or a number before a gap).
fn read_footnotes(lines: &[&Line]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for l in lines {
        let t = l.text.trim();
        let opened = t.strip_prefix(SUP_OPEN).and_then(|r| {
            let (mark, rest) = r.split_once(SUP_CLOSE)?;
            Some((mark.trim().to_string(), rest.trim().to_string()))
        });
        let opened = opened.or_else(|| {
            let (mark, rest) = t.split_once(['\t', ' '])?;
            (mark.chars().all(|c| c.is_ascii_digit()) && !mark.is_empty())
                .then(|| (mark.to_string(), rest.trim().to_string()))
        });
        match (opened, out.last_mut()) {
            (Some(note), _) => out.push(note),
            (None, Some(last)) => join_line(&mut last.1, t),
            (None, None) => out.push((String::new(), t.to_string())),
        }
    }
    out.retain(|(m, _)| !m.is_empty());
    for (_, text) in &mut out {
        *text = text.replace('\t', " ");
    }
    out
}

/// Superscript runs that name a footnote become `[^N]`; any other is kept as its text.
fn with_marks(text: &str, marks: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(SUP_OPEN) {
        out.push_str(&rest[..open]);
        let tail = &rest[open + SUP_OPEN.len_utf8()..];
        let (sup, after) = tail.split_once(SUP_CLOSE).unwrap_or((tail, ""));
        let mark = sup.trim();
        if marks.contains(&mark) {
            out.push_str(&format!("[^{mark}]"));
        } else {
            out.push_str(sup);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// A line's text without superscript marks, for messages.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, &SUP_OPEN | &SUP_CLOSE))
        .collect()
}

/// Appends a line to a paragraph: a hyphen at a line end is kept with no space after it
/// (`post-` `conflict`), a soft hyphen is dropped, and Chinese joins with no space.
fn join_line(para: &mut String, next: &str) {
    let next = next.trim();
    if para.is_empty() {
        para.push_str(next);
        return;
    }
    if para.ends_with('\u{AD}') {
        para.pop();
        para.push_str(next);
        return;
    }
    let last = para.chars().last();
    let hyphen = para.ends_with('-')
        && para.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_alphabetic);
    let cjk = last.is_some_and(is_cjk) || next.chars().next().is_some_and(is_cjk);
    if !(hyphen || cjk) {
        para.push(' ');
    }
    para.push_str(next);
}

/// Body lines grouped into paragraphs, one string each: a paragraph ends where the next line
/// stands apart (more space above it than the lines of a paragraph have), changes size, opens
/// with a label (a wide gap after its first word), or follows a short line.
fn paragraphs(body: &[(usize, &Line)]) -> Vec<String> {
    // The column's edges on each page: where most body lines start and end (not the outermost
    // ink: a cover block or a wide table may reach past the column).
    let mut spans: HashMap<usize, (Vec<f64>, Vec<f64>)> = HashMap::new();
    for (page, l) in body {
        let e = spans.entry(*page).or_default();
        e.0.push(l.x0);
        e.1.push(l.x1);
    }
    let edges: HashMap<usize, (f64, f64)> = spans
        .into_iter()
        .map(|(page, (mut lefts, mut rights))| {
            lefts.sort_by(f64::total_cmp);
            rights.sort_by(f64::total_cmp);
            let left = lefts[lefts.len() / 10];
            let right = rights[rights.len() - 1 - rights.len() / 10];
            (page, (left, right))
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<(usize, &Line)> = None;
    for &(page, l) in body {
        let labelled = l.text.contains('\t');
        let new = match prev {
            None => true,
            Some((pp, p)) => {
                let (left, right) = edges[&pp];
                let slack = if p.rtl { p.x0 - left } else { right - p.x1 };
                // Short: the next line's first word (and a space) would have fitted at its end,
                // so the line ended because its paragraph did. Widths are estimated from the
                // next line's mean glyph width.
                let chars = l.text.chars().count().max(1) as f64;
                let per_char = (l.x1 - l.x0) / chars;
                let first_word = l
                    .text
                    .split([' ', '\t'])
                    .next()
                    .map_or(0, |w| w.chars().count()) as f64;
                let short = slack > (first_word + 1.0) * per_char + 0.5 * p.size;
                let apart = pp == page && l.y - p.y > 1.45 * p.size.max(l.size);
                let resized = (l.size - p.size).abs() > 0.12 * p.size;
                labelled || short || apart || resized
            }
        };
        if new || out.is_empty() {
            out.push(first_line(&l.text));
        } else if let Some(last) = out.last_mut() {
            join_line(last, &l.text.replace('\t', " "));
        }
        prev = Some((page, l));
    }
    out
}

/// A paragraph's first line: its first tab (after the label) kept, any other a space.
fn first_line(text: &str) -> String {
    match text.split_once('\t') {
        Some((label, rest)) if label.chars().count() <= 12 => {
            format!("{}\t{}", label.trim(), rest.replace('\t', " ").trim())
        }
        _ => text.replace('\t', " "),
    }
}
