//! The lines of a copied text as pages: bidi controls taken out, form feeds read as page breaks,
//! and the page furniture (job numbers, page numbers, the symbol and running headers repeated on
//! every page) dropped, with a warning for each kind dropped.

use std::collections::{HashMap, HashSet};

use crate::input::Warning;
use crate::model::text::is_bidi_control;

mod numbers_below;

/// One line of the text, as read.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line of the input.
    pub number: usize,
    /// The line without bidi controls or trailing blanks; leading blanks kept for the indent.
    pub text: String,
    /// Page (0-based): a form feed starts the next one.
    pub page: usize,
    /// A page break, or dropped page furniture, stands between this line and the one before.
    pub break_before: bool,
    /// An empty line stands between this line and the one before, on the same page
    /// (`pdftotext -layout` sets one between paragraphs spaced apart on the page).
    pub blank_before: bool,
}

impl Line {
    /// Line `number` of a test, on `page`, with no break or empty line before it.
    #[cfg(test)]
    pub(super) fn of_test(number: usize, text: &str, page: usize) -> Line {
        Line {
            number,
            text: text.into(),
            page,
            break_before: false,
            blank_before: false,
        }
    }

    /// The blanks before the text, in characters (`pdftotext -layout` keeps indents).
    pub fn indent(&self) -> usize {
        self.text.chars().take_while(|c| c.is_whitespace()).count()
    }

    /// The text without leading or trailing blanks.
    pub fn body(&self) -> &str {
        self.text.trim()
    }
}

/// `lines` (numbered from `first`) as non-empty lines with their pages.
pub fn read(lines: &[&str], first: usize, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut out = Vec::new();
    let mut page = 0;
    let mut bidi: Option<(usize, usize)> = None;
    let mut blank = false;
    // `pdftotext -layout` indents; its reading order never does. Asked once, for the passes
    // that read columns (`-layout`) or pieces set apart (without).
    let layout = lines.iter().any(|l| l.starts_with(' '));
    let lines = super::tanween::put_back(lines, first, layout, warnings);
    let lines = super::mark_letter::put_back(lines, layout, warnings);
    let lines = super::rows::join(lines, layout, warnings);
    let lines = super::seams::join(lines, layout, warnings);
    let lines = super::shadda::put_back(lines, layout, warnings);
    for (number, raw) in lines {
        for (k, part) in raw.split('\u{c}').enumerate() {
            if k > 0 {
                page += 1;
            }
            let (logical, reordered) = super::runs::in_reading_order(part);
            if !reordered.is_empty() {
                warnings.push(Warning {
                    chosen: None,
                    line: number,
                    message: format!(
                        "left-to-right text inside Arabic, which `pdftotext` writes in the order the page shows it, read right to left by the bidi rules: {}",
                        reordered
                            .iter()
                            .map(|r| format!("`{}` as `{}`", r.seen, r.read))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                });
            }
            let mut text: String = logical.chars().filter(|c| !is_bidi_control(*c)).collect();
            let removed = part.chars().count() - text.chars().count();
            if removed > 0 {
                bidi.get_or_insert((number, 0)).1 += removed;
            }
            if let Some(read) = super::pieces::in_order(&logical) {
                warnings.push(Warning {
                    chosen: None,
                    line: number,
                    message: format!(
                        "an Arabic line `pdftotext` wrote in pieces, left to right as the page shows them, read from the right: `{}`",
                        read.trim()
                    ),
                });
                text = read;
            }
            text.truncate(text.trim_end().len());
            // `pdftotext -layout` spreads a justified line with runs of spaces.
            let indent = text.len() - text.trim_start().len();
            let words: Vec<&str> = text[indent..]
                .split(' ')
                .filter(|w| !w.is_empty())
                .collect();
            text = format!("{}{}", &text[..indent], words.join(" "));
            if text.trim().is_empty() {
                blank = true;
                continue;
            }
            let break_before = out.last().is_some_and(|l: &Line| l.page != page);
            out.push(Line {
                number,
                text,
                page,
                break_before,
                blank_before: blank && !break_before && !out.is_empty(),
            });
            blank = false;
        }
    }
    if let Some((line, count)) = bidi {
        warnings.push(Warning {
            chosen: None,
            line,
            message: format!(
                "{count} directional control characters (left-to-right and right-to-left marks and embeddings, as PDF extractors leave them) removed, the first here"
            ),
        });
    }
    numbers_below::put_back(out, warnings)
}

/// `25-16680 (E)`: the UN's job number at the foot of each page (the language letter may be
/// on a line of its own). The letter is one of the six languages' (`(A)`, `(C)`, `(E)`, `(F)`,
/// `(R)`, `(S)`: the only ones in the copied texts and data of the project).
pub(super) fn job_number(t: &str) -> bool {
    let (digits, rest) = t.split_at(
        t.find(|c: char| !c.is_ascii_digit() && c != '-')
            .unwrap_or(t.len()),
    );
    let shaped = digits.len() == 8
        && digits.as_bytes().get(2) == Some(&b'-')
        && digits.chars().filter(|c| *c == '-').count() == 1;
    shaped && (rest.trim().is_empty() || language_letter(rest.trim()))
}

fn language_letter(t: &str) -> bool {
    matches!(t, "(A)" | "(C)" | "(E)" | "(F)" | "(R)" | "(S)")
}

/// `2/12`, `- 3 -`, `3`: a page number.
fn page_number(t: &str) -> bool {
    let t = t.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    match t.split_once('/') {
        Some((a, b)) => all_digits(a.trim()) && all_digits(b.trim()),
        None => all_digits(t),
    }
}

/// A bare page number that fits the page it stands on (a footnote's number on a line of its
/// own, at the top of a page, does not).
fn numbered(t: &str, page: usize) -> bool {
    let t = t.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    t.parse::<usize>().is_ok_and(|n| n.abs_diff(page + 1) <= 1)
}

/// `2/12`: page 2 of 12, where the page it stands on is `page` (when the text's form feeds
/// say). Not a resolution's number on a line of its own (`56/183`, LibreOffice's Chinese
/// note 1 as `pdftotext -layout` writes it: dropped, it ended the note there, `第`).
fn of_pages(t: &str, page: Option<usize>) -> bool {
    let t = t.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let Some((n, of)) = t.split_once('/') else {
        return false;
    };
    match (n.trim().parse::<usize>(), of.trim().parse::<usize>()) {
        (Ok(n), Ok(of)) => n <= of && page.is_none_or(|p| n.abs_diff(p + 1) <= 1),
        _ => false,
    }
}

/// `A/RES/80/118`, `E/RES/2025/18`: a document symbol alone on a line.
fn symbol(t: &str) -> bool {
    let prefix = ["A/", "E/", "S/", "A/HRC/", "E/CN."]
        .iter()
        .any(|p| t.starts_with(p));
    prefix
        && t.len() <= 40
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-'))
        && !t.ends_with('.')
}

/// A barcode's text (`*2516680*`) or the recycling line of UN documents.
fn stamp(t: &str) -> bool {
    (t.len() > 2
        && t.starts_with('*')
        && t.ends_with('*')
        && t[1..t.len() - 1].chars().all(|c| c.is_ascii_digit()))
        || t.eq_ignore_ascii_case("please recycle")
        || t == "♲"
}

/// `23(Add.1)-A`, `WTDC-17/23(Add.1)-A`: a document's symbol in Latin letters and digits, one
/// word, as LibreOffice prints a Word document's running head. A single word repeated at the
/// edge of three pages is furniture only in this shape: a word of the text (`NOC`, a label) may
/// stand alone on a line as often.
fn symbol_like(t: &str) -> bool {
    !t.contains(' ')
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().any(|c| c.is_ascii_alphabetic())
        && t.chars().all(|c| c.is_ascii_graphic())
}

/// A running head or foot as it repeats: without the page number it carries
/// (`2 WTSA-16 – Resolution 1`, `WTSA-16 – Resolution 1 3`).
fn running_key(t: &str) -> String {
    t.split_whitespace()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Drops the page furniture from `lines`, marking a break where it stood, and says what went.
/// `keep_first` lines (the head of the text, before the title) are left for the caller.
pub fn drop_furniture(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let pages = lines.last().map_or(0, |l| l.page + 1);
    // A short line on three pages or more is a running header or footer.
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for l in &lines {
        let t = l.body();
        if t.chars().count() <= 120 {
            let at = seen.entry(running_key(t)).or_default();
            if at.last() != Some(&l.page) {
                at.push(l.page);
            }
        }
    }
    let repeated: HashSet<String> = seen
        .into_iter()
        .filter(|(t, at)| {
            at.len() >= 3 && pages >= 3 && !t.ends_with([',', ';', '.', '،', '，', '；', '。'])
        })
        .map(|(t, _)| t)
        .filter(|t| {
            t.chars().any(char::is_alphabetic) && (t.split(' ').count() >= 2 || symbol_like(t))
        })
        .collect();
    let last_of_page: Vec<bool> = (0..lines.len())
        .map(|i| lines.get(i + 1).is_none_or(|n| n.page != lines[i].page))
        .collect();
    // A running head or foot is written at a page's edge on one page at least; a line of the
    // text broken alike on three pages (`осуществления решений … по вопросам`) never is.
    let at_edge: HashSet<String> = lines
        .iter()
        .enumerate()
        .filter(|(i, l)| l.break_before || *i == 0 || last_of_page[*i])
        .map(|(_, l)| running_key(l.body()))
        .filter(|k| repeated.contains(k))
        .collect();
    let edge_run = edge_runs(&lines, &repeated);
    let mut dropped: Vec<(String, Vec<usize>)> = Vec::new();
    let mut out: Vec<Line> = Vec::new();
    let mut pending_break = false;
    let mut after_job = false;
    for (i, l) in lines.into_iter().enumerate() {
        let t = l.body();
        let first_of_page = l.break_before || i == 0;
        let edge = pages > 1 && (first_of_page || last_of_page[i]);
        let (job, page_no) = (job_number(t), page_number(t));
        let key = running_key(t);
        let running = repeated.contains(&key);
        let furniture = job
            || (after_job && language_letter(t))
            || (page_no
                && (of_pages(t, (pages > 1).then_some(l.page))
                    || (edge && numbered(t, l.page))
                    || (pages <= 1 && pending_break)))
            || symbol(t)
            || stamp(t)
            || (running
                && (edge || pages <= 1 || (key == t && t.contains(' ') && at_edge.contains(&key))))
            || edge_run[i];
        after_job = job;
        if furniture {
            let name = if page_no {
                "page number".to_string()
            } else if running {
                format!("`{key}` (a running head or foot)")
            } else {
                format!("`{t}`")
            };
            match dropped.iter_mut().find(|(n, _)| *n == name) {
                Some((_, at)) => at.push(l.number),
                None => dropped.push((name, vec![l.number])),
            }
            pending_break = true;
            continue;
        }
        let mut l = l;
        l.break_before = l.break_before || (pending_break && !out.is_empty());
        pending_break = false;
        out.push(l);
    }
    for (name, at) in dropped {
        let shown: Vec<String> = at.iter().take(5).map(usize::to_string).collect();
        let more = if at.len() > 5 {
            format!(" and {} more", at.len() - 5)
        } else {
            String::new()
        };
        warnings.push(Warning {
            chosen: None,
            line: at[0],
            message: format!(
                "dropped page furniture {name} (line{} {}{more})",
                if at.len() > 1 { "s" } else { "" },
                shown.join(", ")
            ),
        });
    }
    out
}

/// The lines of a run at a page's top or foot made of a running head or foot of two words or
/// more (`WTSA-16 – Resolution 1`) and bare page numbers, which `pdftotext` writes on lines of
/// their own (`WTSA-16 – Resolution 1` then `3`; on a landscape page `18` then the foot): the
/// number is the page's as printed, which `numbered` cannot match to the extractor's count of
/// pages (the cover and foreword are pages too).
fn edge_runs(lines: &[Line], repeated: &HashSet<String>) -> Vec<bool> {
    let shaped = |l: &Line| {
        let t = l.body();
        // Not the UN's job number (`25-16680 (C)`): the numbers by it are notes' and labels'
        // that `pdftotext` moved to the page's foot (see `detached`).
        let running = repeated.contains(&running_key(t))
            && t.split(' ').count() >= 2
            && !job_number(t)
            && !symbol(t);
        (running, running || (page_number(t) && !t.contains('/')))
    };
    let mut out = vec![false; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        let end = (start + 1..lines.len())
            .find(|k| lines[*k].page != lines[start].page)
            .unwrap_or(lines.len());
        let page: Vec<(bool, bool)> = lines[start..end].iter().map(shaped).collect();
        let top = page.iter().take_while(|s| s.1).count();
        let foot = page.iter().rev().take_while(|s| s.1).count();
        for (from, to) in [(0, top), (page.len() - foot, page.len())] {
            if to - from >= 2 && page[from..to].iter().any(|s| s.0) {
                out[start + from..start + to]
                    .iter_mut()
                    .for_each(|o| *o = true);
            }
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests;
