//! The parts of a long ITU text in a copied text, as LibreOffice prints ITU's DOCX (WTSA Res. 1)
//! and `pdftotext` writes it: `SECTION 1` over its title, centred on lines of their own, an
//! appendix's number over `(to Resolution 1 …)` and its title, numbered headings
//! (`1bis.1 General principles`) on a line of their own over their text, figure captions and
//! notes between the clauses. The PDF reader reads them by the page's geometry
//! ([`crate::input::pdf`]); a copied text keeps only the lines, their indents (with `-layout`)
//! and their widths. Read here as the PDF reader reads them: a `SECTION` and an appendix one
//! paragraph with their titles, and the tree by the numbering ([`crate::input::pdf::flat`]).

use std::collections::HashSet;

use super::itu_lines::{dropped_hyphens, labels_alone, spaced_hyphens, stray_words};
use super::join::{PARAGRAPH, append, ends_paragraph, label_start, ninetieth, reach, short};
use super::pages::Line;
use crate::input::Warning;
use crate::input::pdf::flat::is_title;
use crate::input::pdf::nesting::{is_appendix, section_number};
use crate::model::Label;
use crate::model::text::excerpt;

mod levels;
pub use levels::levels;

/// A numbered line at least this share (in tenths) of the unlabelled line under it is that
/// paragraph's first line, not a heading over it (headings over text reach half as far).
const RUNS_ON: usize = 7;

/// A part's title too long to be short (`SECTION 9` over `Approval of new and revised
/// Recommendations using the traditional approval process`; `Appendix II (to …)` over
/// `Suggested text of the note to be included in the circular`, centred): one line, no label
/// nor closing stop, on the part's page, a labelled line under it or one set out to the left
/// of it (`-layout` keeps the centring). Its length in lines (0 or 1).
fn long_title(lines: &[Line]) -> usize {
    match lines {
        [t, next, ..] => usize::from(
            !t.break_before
                && !label_start(t.body(), false)
                && !ends_paragraph(t.body())
                && !next.break_before
                && (label_start(next.body(), false) || next.indent() < t.indent()),
        ),
        _ => 0,
    }
}

/// What reach (indent and text, in characters) the page's full lines have: the 90th percentile.
pub fn full_reach(lines: &[Line]) -> usize {
    ninetieth(lines, reach)
}

/// A paragraph of its own: the line made to open one (see [`PARAGRAPH`]).
pub(super) fn opening(l: &mut Line) {
    if !l.text.starts_with(PARAGRAPH) {
        l.text.insert(0, PARAGRAPH);
    }
}

/// The lines with the parts of ITU's layout made paragraphs of their own, and the line numbers
/// of the parts (`SECTION`s and appendices, each with its title) for [`levels`]. Each guess
/// said, naming its line.
pub fn parts(
    lines: Vec<Line>,
    notes: &[(crate::model::Footnote, usize)],
    warnings: &mut Vec<Warning>,
) -> (Vec<Line>, HashSet<usize>) {
    let lines = super::itu_columns::read(lines, warnings);
    let lines = spaced_hyphens(labels_alone(lines, warnings), warnings);
    // The notes write words too (`task‑oriented`, note 5).
    let noted: Vec<&str> = notes.iter().map(|(n, _)| n.text.as_str()).collect();
    let lines = dropped_hyphens(stray_words(lines, warnings), &noted, warnings);
    let full = full_reach(&lines);
    let short = |l: &Line| short(reach(l), full);
    // A line made to open a paragraph (Appendix I's bullets) is no indented one.
    let flat = lines.iter().all(|l| {
        l.text
            .trim_start_matches(PARAGRAPH)
            .starts_with(|c: char| !c.is_whitespace())
    });
    let mut heads = HashSet::new();
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut i = 0;
    // The line after a part, heading or caption opens a paragraph.
    let mut open_next = false;
    // The last decimal label or part's number read.
    let mut last: Option<String> = None;
    while i < lines.len() {
        let l = &lines[i];
        let body = l.body();
        // A title's lines: short, on the part's page, no label, no closing stop.
        let title_at = |from: usize, most: usize| {
            lines[from..]
                .iter()
                .take(most)
                .take_while(|t| {
                    !t.break_before
                        && short(t)
                        && !label_start(t.body(), false)
                        && !ends_paragraph(t.body())
                })
                .count()
        };
        let part = if let Some(number) = section_number(body) {
            let n = match title_at(i + 1, 3) {
                0 => long_title(&lines[i + 1..]),
                n => n,
            };
            (n > 0).then(|| (number.to_string(), i + 1, n))
        } else if is_appendix(body)
            && (!ends_paragraph(body) || (body.contains(" (to ") && body.ends_with(')')))
        {
            // `APPENDIX I` over `(to Resolution 1 (Rev. Hammamet, 2016))` over its title; or
            // `Appendix I (to Resolution 1 (Rev. Hammamet, 2016))` on one line, as LibreOffice
            // prints resdiff's DOCX.
            let refers = lines
                .get(i + 1)
                .is_some_and(|r| r.body().starts_with("(to ") && r.body().ends_with(')'));
            let inline = body.contains(" (to ") && body.ends_with(')');
            let caps = body.starts_with("APPENDIX ") || body.starts_with("ANNEX ");
            let from = i + 1 + usize::from(refers);
            let n = match title_at(from, 2) {
                0 => long_title(&lines[from.min(lines.len())..]),
                n => n,
            };
            (n > 0 && (refers || caps || inline)).then(|| {
                let mut number = appendix_word(body);
                if refers {
                    number = format!("{number} {}", lines[i + 1].body());
                }
                (number, from, n)
            })
        } else {
            None
        };
        if let Some((number, from, n)) = part {
            let mut title = String::new();
            for t in &lines[from..from + n] {
                append(&mut title, t.body());
            }
            let text = if section_number(body).is_some() {
                format!("{number} {title}")
            } else {
                format!("{number} – {title}")
            };
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "read lines {}-{} as one heading of a part, as ITU prints its parts and appendices, its number over its title: `{}`",
                    l.number,
                    lines[from + n - 1].number,
                    excerpt(&text, 60)
                ),
            });
            let mut head = l.clone();
            head.text = format!("{PARAGRAPH}{text}");
            heads.insert(head.number);
            if section_number(body).is_some() {
                last = Some(number.clone());
            }
            out.push(head);
            open_next = true;
            i = from + n;
            continue;
        }
        let mut line = l.clone();
        if let Some(rest) = body.strip_prefix('\u{f02d}') {
            // ITU's list dash, drawn in the Symbol font: `pdftotext` writes its private code.
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: "read U+F02D, the Symbol font's dash ITU's DOCX draws its list items with, as the dash `−`".into(),
            });
            line.text = format!("{}\u{2212}{rest}", " ".repeat(l.indent()));
        }
        let body = line.body().to_string();
        // `9.5.5 and 9.5.6). See No. 239` opening a line after `(but see 9.5.4, regarding
        // reservations,`: a reference, not the label the numbering expects next.
        let decimal = body.split_whitespace().next().filter(|h| {
            h.contains('.') && Label::parse(h).is_ok_and(|l| l.decimal_depth().is_some())
        });
        // `7.2.2 and 7.2.3 below.` opening a line inside a paragraph (the line before runs
        // the width and does not end one): a reference, which the numbering does not follow.
        let inside = out
            .last()
            .is_some_and(|p| !open_next && !ends_paragraph(p.body()) && !short(p));
        if let Some(label) = decimal.filter(|_| !inside) {
            let expected = last.as_deref().is_none_or(|l| follows(l, label));
            if let Some(prev) = out
                .last_mut()
                .filter(|p| !expected && !p.body().ends_with(['.', ':']))
            {
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!(
                        "`{label}` opening line {} after `{}` is not the label the numbering expects next: read on in the paragraph of the line before",
                        l.number,
                        last.as_deref().unwrap_or_default()
                    ),
                });
                append(&mut prev.text, &body);
                i += 1;
                continue;
            }
            last = Some(label.to_string());
        }
        // `4.1 In accordance with …, the Telecommunication` over `Standardization Advisory
        // Group …`: short only beside the text's widest lines (deeper clauses reach further),
        // its paragraph's next line, hanging in under it (`-layout` of LibreOffice's print)
        // and no wider by much, runs it on. (Chromium's print hangs nothing: its headings run
        // near the width, `8.1 ITU-T Recommendation approval processes …`.)
        let runs_on = lines.get(i + 1).filter(|n| {
            !n.break_before
                && n.indent() > line.indent()
                && !label_start(n.body(), false)
                && reach(&line) * 10 >= reach(n) * RUNS_ON
        });
        // `8.1   ITU-T Recommendation approval processes and selection of the approval
        // process` ending a page, its text on the next set in deeper than the heading's own
        // text (a line of its paragraph would hang under that): a heading, however wide.
        let text_column = line.text.len()
            - body
                .split_once(' ')
                .map_or("", |(_, r)| r.trim_start())
                .len();
        let over_page = lines.get(i + 1).filter(|n| {
            n.break_before
                && !label_start(n.body(), false)
                && !flat
                && n.indent() >= text_column + 4
        });
        // Without `-layout` (no indent to say), the same line ending its page, the next page
        // opening with a capital: read as a heading, a guess (a paragraph's first line the
        // page broke before a name would look the same), said.
        let page_end = lines.get(i + 1).filter(|n| {
            n.break_before
                && flat
                && n.body().starts_with(char::is_uppercase)
                && !label_start(n.body(), false)
        });
        let heading = decimal_heading(&body)
            && ((short(&line) && runs_on.is_none()) || over_page.is_some() || page_end.is_some());
        if let Some(n) = runs_on.filter(|_| decimal_heading(&body) && short(&line)) {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "read `{}` as a paragraph's first line, not a heading: line {} runs it on, near as wide",
                    excerpt(&body, 60),
                    n.number
                ),
            });
        }
        let caption = body.starts_with("Figure ") && body.contains(" – ");
        let note = (body.starts_with("NOTE – ") || note_numbered(&body))
            && out.last().is_some_and(|p| ends_paragraph(p.body()));
        if heading {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: match over_page {
                    Some(n) if !short(&line) => format!(
                        "read `{}` as a heading, a paragraph of its own: a numbered line with no closing stop ending its page, line {} on the next set in deeper than its text",
                        excerpt(&body, 60),
                        n.number
                    ),
                    None if !short(&line) && let Some(n) = page_end => format!(
                        "read `{}` as a heading, a paragraph of its own: a numbered line with no closing stop ending its page, the next page opening with a capital (line {}); it may be a paragraph's first line the page broke",
                        excerpt(&body, 60),
                        n.number
                    ),
                    _ => format!(
                        "read `{}` as a heading, a paragraph of its own: a numbered line, short, with no closing stop",
                        excerpt(&body, 60)
                    ),
                },
            });
        }
        if caption || note {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "read `{}` as a paragraph of its own: a {}",
                    excerpt(&body, 60),
                    if caption {
                        "figure's caption (`Figure N – …`)"
                    } else {
                        "note (`NOTE – …`) after a line ending a paragraph"
                    }
                ),
            });
        }
        if open_next || heading || caption || note {
            opening(&mut line);
        }
        open_next = heading || caption;
        out.push(line);
        i += 1;
        // A caption's second line, centred under it (`– Sequence of events`); without
        // `-layout` (no line indented), a short line opening with the caption's dash, or after it
        // where the caption's line ends with it (`… using TAP –` over `Sequence of events`).
        if caption
            && let Some(next) = lines.get(i)
            && !next.break_before
            && short(next)
            && ((next.indent() >= 10 && out.last().is_some_and(|c| c.indent() >= 10))
                || (flat
                    && (next.body().starts_with("– ") || body.ends_with(" –"))
                    && reach(next) * 2 < full))
        {
            if let Some(c) = out.last_mut() {
                append(&mut c.text, next.body());
            }
            warnings.push(Warning {
                chosen: None,
                line: next.number,
                message: format!(
                    "read `{}`, centred under the caption of line {}, as the rest of that caption",
                    excerpt(next.body(), 40),
                    l.number
                ),
            });
            i += 1;
        }
    }
    (out, heads)
}

/// Whether decimal label `next` may follow `prev` in ITU's numbering: its first child (`.0`,
/// `.1`), or the next at one of its levels, by number (`4.4` after `4.3bis`) or suffix
/// (`4.3bis` after `4.3`, `1bis` after `1.13`).
pub(super) fn follows(prev: &str, next: &str) -> bool {
    let split = |p: &str| -> Option<(u32, String)> {
        let digits = p.len() - p.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        Some((p[..digits].parse().ok()?, p[digits..].to_string()))
    };
    let (Some(a), Some(b)) = (
        prev.split('.').map(split).collect::<Option<Vec<_>>>(),
        next.split('.').map(split).collect::<Option<Vec<_>>>(),
    ) else {
        return true;
    };
    if b.len() == a.len() + 1 && b[..a.len()] == a[..] {
        return b[a.len()].0 <= 1 && b[a.len()].1.is_empty();
    }
    (1..=a.len()).any(|k| {
        b.len() == k && b[..k - 1] == a[..k - 1] && {
            let (x, y) = (&a[k - 1], &b[k - 1]);
            (y.0 == x.0 && x.1.is_empty() && !y.1.is_empty()) || (y.0 == x.0 + 1 && y.1.is_empty())
        }
    })
}

/// `NOTE 1 – Exceptionally`: a numbered note of a figure.
fn note_numbered(t: &str) -> bool {
    t.strip_prefix("NOTE ")
        .and_then(|r| r.split_once(" – "))
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// `1bis.1 General principles`, `1.13 Voting`: a decimal label and a title (short, with no
/// closing stop).
fn decimal_heading(t: &str) -> bool {
    let Some((head, rest)) = t.split_once(' ') else {
        return false;
    };
    // `9.8.2.1 At a study group meeting it may be agreed to delete a`: a title does not end
    // on an article or a preposition; a paragraph's first line, broken there, does.
    let runs_on = rest.rsplit(' ').next().is_some_and(|w| {
        matches!(
            w,
            "a" | "an" | "the" | "of" | "to" | "and" | "or" | "in" | "for" | "by" | "with"
        )
    });
    head.contains('.')
        && Label::parse(head).is_ok_and(|l| l.decimal_depth().is_some())
        && is_title(rest)
        && !runs_on
        && rest.trim_start().starts_with(char::is_uppercase)
}

/// `APPENDIX I` as ITU's texts type it (`Appendix I`): its style prints the word in capitals.
fn appendix_word(t: &str) -> String {
    for (caps, typed) in [("APPENDIX ", "Appendix "), ("ANNEX ", "Annex ")] {
        if let Some(rest) = t.strip_prefix(caps) {
            return format!("{typed}{rest}");
        }
    }
    t.to_string()
}

#[cfg(test)]
mod hanging_tests;
#[cfg(test)]
mod tests;
