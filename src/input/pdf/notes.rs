//! Footnotes on the page: where they start (under a short rule, smaller text beneath it), the
//! notes read from their lines, and the raised marks in the text, as `[^N]` or as the copied
//! text gives them.

use super::layout::{PageLines, common_size, in_margin, is_page_number, join_line, plain};
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

/// Where a page's notes start when no rule is drawn above them (ITU's DOCX printed by
/// LibreOffice: its footnote separator is not drawn): the first line in the page's lower half
/// that opens with a raised mark in smaller text than the body's, right under a line of body
/// text, with only smaller text under it but for `furniture` (a running foot). Its number of
/// lines, for the warning, with the height.
pub fn unruled_footnote_start(
    p: &PageLines,
    furniture: impl Fn(&Line) -> bool,
) -> Option<(f64, usize)> {
    let body = common_size(p.lines.iter())?;
    let text: Vec<&Line> = p.lines.iter().filter(|l| !furniture(l)).collect();
    let small = |l: &Line| l.size < 0.92 * body;
    let at = text.iter().enumerate().position(|(i, l)| {
        l.y > 0.5 * p.height
            && l.text.starts_with(SUP_OPEN)
            && i > 0
            && !small(text[i - 1])
            && text[i..].iter().all(|l| small(l))
    })?;
    Some((text[at].y - 0.5, text.len() - at))
}

/// A page's footnote lines read into `out`, the notes read so far, as (mark, text): a note opens
/// with its mark (raised, or a number before a gap), and a line with no mark goes on with the
/// note above it. At the top of a page's notes that is the last note of a page before (printed
/// on to this page): joined to it, said on `page`; with no note before it, it is left out, said.
/// A mark printed in two parts and read as one (`1 bis`, `2 2`) is said with both readings.
pub fn read_footnotes(
    lines: &[&Line],
    page: usize,
    out: &mut Vec<(String, String)>,
    notes: &mut Vec<(usize, String)>,
) {
    let first = out.len();
    let (mut joined, mut dropped) = (0, Vec::new());
    // Marks read as one from two printed parts: (as printed, as read), by kind.
    let (mut suffixed, mut again) = (Vec::new(), Vec::new());
    // The line before ends with a space drawn (the first goes on from another page: unknown).
    let mut spaced = false;
    for l in lines {
        let t = l.text.trim();
        let opened = t.strip_prefix(SUP_OPEN).and_then(|r| {
            let (mark, rest) = r.split_once(SUP_CLOSE)?;
            let printed = || mark.split_whitespace().collect::<Vec<_>>().join(" ");
            // LibreOffice prints an automatic number in the note's margin and the suffix typed
            // after it (`bis`, as ITU writes note 1bis) past the gap: one mark.
            let mark = match mark.trim().split_once(char::is_whitespace) {
                // ... and the note's own mark again, where the note opens with its reference
                // (ITU's notes 2 to 5 of WTSA Res. 1): one mark.
                Some((number, twice))
                    if twice.trim() == number && number.chars().all(|c| c.is_ascii_digit()) =>
                {
                    again.push((printed(), number.to_string()));
                    number.to_string()
                }
                Some((number, suffix))
                    if number.chars().all(|c| c.is_ascii_digit())
                        && !suffix.trim().is_empty()
                        && suffix.trim().chars().all(|c| c.is_ascii_lowercase()) =>
                {
                    let read = format!("{number}{}", suffix.trim());
                    suffixed.push((printed(), read.clone()));
                    read
                }
                _ => mark.trim().to_string(),
            };
            Some((mark, rest.trim().to_string()))
        });
        let opened = opened.or_else(|| {
            let (mark, rest) = t.split_once(['\t', ' '])?;
            // Three digits at most: a note's second line may open with a year (WTSA Res. 1's
            // note 1 runs on "1976 and 1980, Malaga-Torremolinos, 1984; …").
            let number = mark.chars().all(|c| c.is_ascii_digit()) && (1..=3).contains(&mark.len());
            number.then(|| (mark.to_string(), rest.trim().to_string()))
        });
        let before = out.len() == first;
        match (opened, out.last_mut()) {
            (Some(note), _) if !note.0.is_empty() => out.push(note),
            (_, Some(last)) => {
                joined += usize::from(before);
                join_line(&mut last.1, &t.replace('\t', " "), spaced);
            }
            (_, None) => dropped.push(plain(t)),
        }
        spaced = l.spaced_end;
    }
    for (_, text) in &mut out[first.saturating_sub(1)..] {
        *text = text.replace('\t', " ");
    }
    if joined > 0
        && let Some((mark, _)) = out.get(first.wrapping_sub(1))
    {
        notes.push((
            page,
            format!(
                "{joined} footnote line{} with no mark at the top of the page's notes read as note {mark} going on from the page before",
                if joined == 1 { "" } else { "s" }
            ),
        ));
    }
    let twice = [
        (
            suffixed,
            "a number and a suffix past the gap, as LibreOffice prints a note's automatic number in its margin and the suffix typed after it",
        ),
        (
            again,
            "the note's number, then its own mark again, as LibreOffice prints a note that opens with its typed reference",
        ),
    ];
    for (pairs, why) in twice {
        if let Some(said) = read_as_one(&pairs, why) {
            notes.push((page, said));
        }
    }
    if !dropped.is_empty() {
        notes.push((
            page,
            format!(
                "left out {} footnote line{} with no mark and no note before {}: `{}`",
                dropped.len(),
                if dropped.len() == 1 { "" } else { "s" },
                if dropped.len() == 1 { "it" } else { "them" },
                dropped.join("` `")
            ),
        ));
    }
}

/// What is said of marks printed in two parts and read as one, `pairs` (as printed, as read),
/// `why` they are one; nothing when there are none.
fn read_as_one(pairs: &[(String, String)], why: &str) -> Option<String> {
    if pairs.is_empty() {
        return None;
    }
    let named = |side: fn(&(String, String)) -> &str| {
        let named: Vec<String> = pairs.iter().map(|p| format!("`{}`", side(p))).collect();
        named.join(", ")
    };
    Some(format!(
        "footnote mark{} printed {} read as {}: {why}",
        if pairs.len() == 1 { "" } else { "s" },
        named(|p| &p.0),
        named(|p| &p.1),
    ))
}

/// A piece of a line's text: plain, or a raised run (`closed`: its [`SUP_CLOSE`] was found;
/// an open run goes to the end of the line).
enum Piece<'t> {
    Plain(&'t str),
    Raised { text: &'t str, closed: bool },
}

/// A line's text cut into its plain pieces and raised runs, in order: the one scan of
/// [`SUP_OPEN`]...[`SUP_CLOSE`] every reading of the marks goes through.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(SUP_OPEN) {
        if open > 0 {
            out.push(Piece::Plain(&rest[..open]));
        }
        let tail = &rest[open + SUP_OPEN.len_utf8()..];
        match tail.split_once(SUP_CLOSE) {
            Some((sup, after)) => {
                out.push(Piece::Raised {
                    text: sup,
                    closed: true,
                });
                rest = after;
            }
            None => {
                out.push(Piece::Raised {
                    text: tail,
                    closed: false,
                });
                rest = "";
            }
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Plain(rest));
    }
    out
}

/// Superscript runs that name a footnote become `[^N]`; any other is kept as its text.
pub fn with_marks(text: &str, marks: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in pieces(text) {
        match piece {
            Piece::Plain(t) => out.push_str(t),
            Piece::Raised { text, .. } if marks.contains(&text.trim()) => {
                out.push_str(&format!("[^{}]", text.trim()));
            }
            // Marks listed in one raised run, as ITU prints two notes on a title
            // (`(Hammamet, 2016)¹, ¹ᵇⁱˢ`).
            Piece::Raised { text, .. }
                if text.contains(',') && text.split(',').all(|m| marks.contains(&m.trim())) =>
            {
                let listed: Vec<String> = text
                    .split(',')
                    .map(|m| format!("[^{}]", m.trim()))
                    .collect();
                out.push_str(&listed.join(", "));
            }
            Piece::Raised { text, .. } => out.push_str(text),
        }
    }
    out
}

/// Superscript runs as their text, except a footnote's mark met before in `seen`: `[^N]`.
pub fn marks_again<'m>(text: &str, marks: &[&'m str], seen: &mut Vec<&'m str>) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in pieces(text) {
        let sup = match piece {
            Piece::Plain(t) => {
                out.push_str(t);
                continue;
            }
            Piece::Raised { text, .. } => text,
        };
        match marks.iter().find(|m| **m == sup.trim()) {
            Some(m) if seen.contains(m) => out.push_str(&format!("[^{m}]")),
            Some(m) => {
                seen.push(m);
                out.push_str(sup);
            }
            None => out.push_str(sup),
        }
    }
    out
}

/// A footnote mark printed twice, raised and then again at the size of the text (`Group,¹⁴14
/// which`): LibreOffice prints a DOCX reference whose mark is typed after it
/// (`customMarkFollows`) with its own number too. Read once, said on the page's notes.
///
/// The copy may be split by the line end (`الدولي¹⁶1` and `6،` opening the next line, as
/// LibreOffice breaks it in A/RES/74/197 in Arabic): both parts are dropped.
pub fn undoubled(lines: &[Line], page: usize, notes: &mut Vec<(usize, String)>) -> Vec<Line> {
    let mut marks: Vec<String> = Vec::new();
    // What of a split copy opens the next line.
    let mut carried: Option<String> = None;
    let out = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut text = String::with_capacity(l.text.len());
            let mut line = l.text.as_str();
            if let Some(tail) = carried.take() {
                line = line.strip_prefix(tail.as_str()).unwrap_or(line);
            }
            // The mark of the raised run just read, looked for again at the start of the text
            // after it.
            let mut last_mark: Option<&str> = None;
            for piece in pieces(line) {
                match piece {
                    Piece::Raised { text: sup, closed } => {
                        text.push(SUP_OPEN);
                        text.push_str(sup);
                        if closed {
                            text.push(SUP_CLOSE);
                        }
                        last_mark = Some(sup.trim()).filter(|_| closed);
                    }
                    Piece::Plain(after) => {
                        let mark = last_mark.take().unwrap_or_default();
                        let again = after.trim_start_matches([' ', '\t']);
                        let is_mark = !mark.is_empty() && mark.chars().all(|c| c.is_ascii_digit());
                        match again.strip_prefix(mark) {
                            Some(next)
                                if is_mark && !next.starts_with(|c: char| c.is_ascii_digit()) =>
                            {
                                marks.push(mark.to_string());
                                // Kept: the gap between a note's raised mark and its text.
                                if after.len() != again.len() && !next.starts_with([' ', '\t']) {
                                    text.push(' ');
                                }
                                text.push_str(next);
                            }
                            // The line ends in the copy's first digits, the next opens with
                            // the rest.
                            _ if is_mark
                                && !again.is_empty()
                                && mark.len() > again.len()
                                && mark.starts_with(again)
                                && lines.get(i + 1).is_some_and(|n| {
                                    n.text
                                        .strip_prefix(&mark[again.len()..])
                                        .is_some_and(|next| {
                                            !next.starts_with(|c: char| c.is_ascii_digit())
                                        })
                                }) =>
                            {
                                marks.push(mark.to_string());
                                carried = Some(mark[again.len()..].to_string());
                                // Broken inside a word: joined to the next line as at a soft
                                // hyphen.
                                text.push('\u{AD}');
                            }
                            _ => text.push_str(after),
                        }
                    }
                }
            }
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
