//! Footnotes on the page: where they start (under a short rule, smaller text beneath it), the
//! notes read from their lines, and the raised marks in the text, as `[^N]` or as the copied
//! text gives them.

use super::layout::{PageLines, common_size, in_margin, is_page_number, join_line};
use super::lines::{Line, SUP_CLOSE, SUP_OPEN};

/// The height below which a page's lines are footnotes: under a short rule in the lower part of
/// the page, with smaller text beneath it.
pub fn footnote_start(p: &PageLines) -> Option<f64> {
    let body = common_size(p.lines.iter())?;
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
pub fn read_footnotes(lines: &[&Line]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for l in lines {
        let t = l.text.trim();
        let opened = t.strip_prefix(SUP_OPEN).and_then(|r| {
            let (mark, rest) = r.split_once(SUP_CLOSE)?;
            Some((mark.trim().to_string(), rest.trim().to_string()))
        });
        let opened = opened.or_else(|| {
            let (mark, rest) = t.split_once(['\t', ' '])?;
            // Three digits at most: a note's second line may open with a year (WTSA Res. 1's
            // note 1 runs on "1976 and 1980, Malaga-Torremolinos, 1984; …").
            let number = mark.chars().all(|c| c.is_ascii_digit()) && (1..=3).contains(&mark.len());
            number.then(|| (mark.to_string(), rest.trim().to_string()))
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
pub fn with_marks(text: &str, marks: &[&str]) -> String {
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

/// Superscript runs as their text, except a footnote's mark met before in `seen`: `[^N]`.
pub fn marks_again<'m>(text: &str, marks: &[&'m str], seen: &mut Vec<&'m str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(SUP_OPEN) {
        out.push_str(&rest[..open]);
        let tail = &rest[open + SUP_OPEN.len_utf8()..];
        let (sup, after) = tail.split_once(SUP_CLOSE).unwrap_or((tail, ""));
        match marks.iter().find(|m| **m == sup.trim()) {
            Some(m) if seen.contains(m) => out.push_str(&format!("[^{m}]")),
            Some(m) => {
                seen.push(m);
                out.push_str(sup);
            }
            None => out.push_str(sup),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// A footnote mark printed twice, raised and then again at the size of the text (`Group,¹⁴14
/// which`): LibreOffice prints a DOCX reference whose mark is typed after it
/// (`customMarkFollows`) with its own number too. Read once, said on the page's notes.
pub fn undoubled(lines: &[Line], page: usize, notes: &mut Vec<(usize, String)>) -> Vec<Line> {
    let mut marks: Vec<String> = Vec::new();
    let out = lines
        .iter()
        .map(|l| {
            let mut text = String::with_capacity(l.text.len());
            let mut rest = l.text.as_str();
            while let Some(open) = rest.find(SUP_OPEN) {
                let tail = &rest[open + SUP_OPEN.len_utf8()..];
                let Some((sup, after)) = tail.split_once(SUP_CLOSE) else {
                    break;
                };
                text.push_str(&rest[..open + SUP_OPEN.len_utf8()]);
                text.push_str(sup);
                text.push(SUP_CLOSE);
                let mark = sup.trim();
                let again = after.trim_start_matches([' ', '\t']);
                rest = match again.strip_prefix(mark) {
                    Some(next)
                        if !mark.is_empty()
                            && mark.chars().all(|c| c.is_ascii_digit())
                            && !next.starts_with(|c: char| c.is_ascii_digit()) =>
                    {
                        marks.push(mark.to_string());
                        // Kept: the gap between a note's raised mark and its text.
                        if after.len() != again.len() && !next.starts_with([' ', '\t']) {
                            text.push(' ');
                        }
                        next
                    }
                    _ => after,
                };
            }
            text.push_str(rest);
            Line { text, ..l.clone() }
        })
        .collect();
    if !marks.is_empty() {
        notes.push((
            page,
            format!(
                "footnote mark{} {} printed twice, raised and then at the size of the text (as LibreOffice prints a Word reference with a typed mark): read once",
                if marks.len() == 1 { "" } else { "s" },
                marks.join(", ")
            ),
        ));
    }
    out
}
