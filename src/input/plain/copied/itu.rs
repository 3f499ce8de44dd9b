//! The parts of a long ITU text in a copied text, as LibreOffice prints ITU's DOCX (WTSA Res. 1)
//! and `pdftotext` writes it: `SECTION 1` over its title, centred on lines of their own, an
//! appendix's number over `(to Resolution 1 …)` and its title, numbered headings
//! (`1bis.1 General principles`) on a line of their own over their text, figure captions and
//! notes between the clauses. The PDF reader reads them by the page's geometry
//! ([`crate::input::pdf`]); a copied text keeps only the lines, their indents (with `-layout`)
//! and their widths. Read here as the PDF reader reads them: a `SECTION` and an appendix one
//! paragraph with their titles, and the tree by the numbering ([`crate::input::pdf::flat`]).

use std::collections::HashSet;

use super::join::{PARAGRAPH, append, ends_paragraph, label_start, width};
use super::pages::Line;
use crate::input::Warning;
use crate::input::pdf::flat::{by_numbering, is_title};
use crate::input::pdf::nesting::{is_appendix, section_number};
use crate::model::text::excerpt;
use crate::model::{Label, Scheme};

/// Lines at most this share of the page's full lines (in tenths) are short: a title's, a
/// paragraph's last.
const SHORT: usize = 8;

/// What reach (indent and text, in characters) the page's full lines have: the 90th percentile.
pub fn full_reach(lines: &[Line]) -> usize {
    let mut widths: Vec<usize> = lines.iter().map(reach).collect();
    widths.sort_unstable();
    widths.get(widths.len() * 9 / 10).copied().unwrap_or(0)
}

/// A line's reach from the margin: its indent and its text.
pub fn reach(l: &Line) -> usize {
    l.indent() + width(l.body())
}

/// A paragraph of its own: the line made to open one (see [`PARAGRAPH`]).
fn opening(l: &mut Line) {
    if !l.text.starts_with(PARAGRAPH) {
        l.text.insert(0, PARAGRAPH);
    }
}

/// The lines with the parts of ITU's layout made paragraphs of their own, and the line numbers
/// of the parts (`SECTION`s and appendices, each with its title) for [`levels`]. Each guess
/// said, naming its line.
pub fn parts(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> (Vec<Line>, HashSet<usize>) {
    let lines = spaced_hyphens(labels_alone(lines, warnings), warnings);
    let full = full_reach(&lines);
    let short = |l: &Line| reach(l) * 10 < full * SHORT;
    let flat = lines.iter().all(|l| l.indent() == 0);
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
            let n = title_at(i + 1, 3);
            (n > 0).then(|| (number.to_string(), i + 1, n))
        } else if is_appendix(body) && !ends_paragraph(body) {
            // `APPENDIX I` over `(to Resolution 1 (Rev. Hammamet, 2016))` over its title.
            let refers = lines
                .get(i + 1)
                .is_some_and(|r| r.body().starts_with("(to ") && r.body().ends_with(')'));
            let caps = body.starts_with("APPENDIX ") || body.starts_with("ANNEX ");
            let from = i + 1 + usize::from(refers);
            let n = title_at(from, 2);
            (n > 0 && (refers || caps)).then(|| {
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
        if let Some(label) = decimal {
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
        let heading = decimal_heading(&body) && short(&line);
        let caption = body.starts_with("Figure ") && body.contains(" – ");
        let note = (body.starts_with("NOTE – ") || note_numbered(&body))
            && out.last().is_some_and(|p| ends_paragraph(p.body()));
        if heading {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "read `{}` as a heading, a paragraph of its own: a numbered line, short, with no closing stop",
                    excerpt(&body, 60)
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
        // `-layout` (no line indented), a short line opening with the caption's dash.
        if caption
            && let Some(next) = lines.get(i)
            && !next.break_before
            && short(next)
            && ((next.indent() >= 10 && out.last().is_some_and(|c| c.indent() >= 10))
                || (flat && next.body().starts_with("– ") && reach(next) * 2 < full))
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

/// A label alone on its line, its text on the next: `pdftotext` without `-layout` writes the
/// label of ITU's `label<TAB>text` apart (`1.1`, then `The World Telecommunication …`; `a)`,
/// an empty line, `If an existing …`). Put back before its text, warned.
fn labels_alone(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut lines = lines.into_iter().peekable();
    while let Some(l) = lines.next() {
        let t = l.body();
        let alone = !t.contains(char::is_whitespace)
            && t.chars().count() <= 12
            && (label_start(&format!("{t} x"), false) || t == "\u{2212}" || t == "\u{f02d}");
        if alone
            && let Some(next) = lines.next_if(|n| !n.break_before && !label_start(n.body(), false))
        {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "label `{t}` alone on its line: read as the label of line {}, `{}`",
                    next.number,
                    excerpt(next.body(), 30)
                ),
            });
            let mut joined = l.clone();
            joined.text = format!("{}{t} {}", " ".repeat(l.indent()), next.body());
            out.push(joined);
            continue;
        }
        out.push(l);
    }
    out
}

/// Whether decimal label `next` may follow `prev` in ITU's numbering: its first child (`.0`,
/// `.1`), or the next at one of its levels, by number (`4.4` after `4.3bis`) or suffix
/// (`4.3bis` after `4.3`, `1bis` after `1.13`).
fn follows(prev: &str, next: &str) -> bool {
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

/// `ITU -T`: `pdftotext` sets a space before the no-break hyphen of a justified line (WTSA
/// Res. 1, 9.3.4). Taken out where the text writes the word whole elsewhere (`ITU-T`, 100
/// times), warned.
fn spaced_hyphens(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let trim = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_string()
    };
    let whole: HashSet<String> = lines
        .iter()
        .flat_map(|l| l.body().split(' ').map(trim).collect::<Vec<_>>())
        .filter(|w| w.contains('-'))
        .collect();
    for l in &mut lines {
        let mut at = 0;
        while let Some(k) = l.text[at..].find(" -").map(|k| at + k) {
            at = k + 2;
            let before = l.text[..k].rsplit(' ').next().unwrap_or_default();
            let after = l.text[k + 2..].split(' ').next().unwrap_or_default();
            let word = format!("{}-{}", trim(before), trim(after));
            if before.is_empty() || after.is_empty() || !whole.contains(&word) {
                continue;
            }
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "`{before} -{after}`: read as `{word}`, written whole elsewhere in the text (a space the extractor set before the hyphen)"
                ),
            });
            l.text.replace_range(k..k + 1, "");
        }
    }
    lines
}

/// A note called a second time before it (WTSA Res. 1, 2.1.5: `study group2, in consultation`
/// and, two lines on, `study group2. In this case`): ITU's DOCX types the second call in the
/// note reference's style, which LibreOffice prints raised as the first. The notes are matched
/// to one mark each, in order; a second mark glued to a word (not spaced: `Study Group 3` is a
/// name) between the first and the note is read as a call of that note too, warned.
pub fn called_again(
    lines: &mut [Line],
    notes: &[(crate::model::Footnote, usize)],
    warnings: &mut Vec<Warning>,
) {
    for (note, at) in notes {
        let Ok(n) = note.mark.parse::<u32>() else {
            continue;
        };
        let mark = format!("[^{n}]");
        let Some(first) = lines.iter().position(|l| l.text.contains(&mark)) else {
            continue;
        };
        for l in lines[first..].iter_mut().take_while(|l| l.number < *at) {
            let from = l.text.find(&mark).map_or(0, |k| k + mark.len());
            let Some((s, e, false)) = super::note_marks::find_mark(&l.text, from, n, false) else {
                continue;
            };
            let shown = excerpt(&l.text[l.text[..s].rfind(' ').map_or(0, |k| k + 1)..e], 30);
            l.text.replace_range(s..e, &mark);
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "read the digits of `{shown}` as a second call of footnote {n}, glued to its word as the first (the note is at line {at})"
                ),
            });
        }
    }
}

/// A note numbered with a suffix (`1bis`, WTSA Res. 1's title), whose mark LibreOffice prints
/// as its number with the suffix on a line under it (`1`, the note's first line, `bis`), and
/// whose call ends a line above it (`(Hammamet, 2016)1, 1bis`): taken out of `lines` with its
/// text (the notes are read numbered on, `1bis` is none), its call written `[^1bis]`, warned.
pub fn suffixed_notes(
    lines: &mut Vec<Line>,
    warnings: &mut Vec<Warning>,
) -> Vec<(crate::model::Footnote, usize)> {
    let bare = |t: &str| !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit());
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let n = lines[i].body().to_string();
        let suffix_at = (i + 1..lines.len().min(i + 3)).find(|&j| {
            !lines[j].break_before && matches!(lines[j].body(), "bis" | "ter" | "quater")
        });
        let Some(j) = suffix_at.filter(|_| bare(&n)) else {
            i += 1;
            continue;
        };
        let mark = format!("{n}{}", lines[j].body());
        let call = lines[..i].iter().rposition(|l| {
            l.body().ends_with(&format!(", {mark}")) || l.body().ends_with(&format!("){mark}"))
        });
        let Some(c) = call else {
            i += 1;
            continue;
        };
        let end = (i + 1..lines.len())
            .find(|&k| {
                k != j
                    && (lines[k].break_before
                        || bare(lines[k].body().split(' ').next().unwrap_or_default()))
            })
            .unwrap_or(lines.len());
        let mut text = String::new();
        for (k, l) in lines.iter().enumerate().take(end).skip(i + 1) {
            if k != j {
                append(&mut text, l.body());
            }
        }
        let number = lines[i].number;
        let t = &mut lines[c].text;
        t.truncate(t.len() - mark.len());
        t.push_str(&format!("[^{mark}]"));
        warnings.push(Warning {
            chosen: None,
            line: number,
            message: format!(
                "read `{n}` and `{}` under it (line {}) as the number of footnote {mark}, called at the end of line {}",
                lines[j].body(),
                lines[j].number,
                lines[c].number
            ),
        });
        out.push((crate::model::Footnote { mark, text }, number));
        lines.drain(i..end);
    }
    out
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
    head.contains('.')
        && Label::parse(head).is_ok_and(|l| l.decimal_depth().is_some())
        && is_title(rest)
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

/// The level of each paragraph (`label<TAB>text`), by the numbering as the PDF reader reads
/// ITU's flat layout, where the text has parts (`heads`: the lines they start at): an item
/// one step deeper for each scheme opened since the last numbered clause (`b)`, `i)`, `−`), as
/// the print's indentation would say. `None` for all without parts.
pub fn levels(
    paras: &[(usize, String)],
    heads: &HashSet<usize>,
    warnings: &mut Vec<Warning>,
) -> Vec<Option<usize>> {
    let is_head: Vec<bool> = paras.iter().map(|(n, _)| heads.contains(n)).collect();
    if !is_head.iter().any(|h| *h) {
        return vec![None; paras.len()];
    }
    let mut schemes: Vec<Scheme> = Vec::new();
    let mut last_letter: Option<u32> = None;
    let labels: Vec<Option<Label>> = paras
        .iter()
        .map(|(_, text)| {
            text.split_once('\t')
                .and_then(|(l, _)| Label::parse(l.trim()).ok())
                .filter(|l| l.scheme() != Scheme::None)
        })
        .collect();
    let mut lines: Vec<(String, Option<usize>, usize)> = paras
        .iter()
        .zip(&is_head)
        .enumerate()
        .map(|(i, ((n, text), head))| {
            let steps = match labels[i].clone() {
                Some(l) if !head && l.decimal_depth().is_none() => {
                    // `i)` opening a list (7.1.5's `i) the clear purpose`) is roman where `ii)`
                    // follows it.
                    let then_ii = labels[i + 1..]
                        .iter()
                        .flatten()
                        .next()
                        .is_some_and(|n| n.norm() == "ii");
                    let roman = matches!(l.norm(), "i" | "v" | "x")
                        && l.scheme() == Scheme::LatinLetter
                        && (schemes.contains(&Scheme::Roman)
                            || (l.norm() == "i" && then_ii)
                            || (l.norm() == "i"
                                && schemes.last() == Some(&Scheme::LatinLetter)
                                && last_letter != Some(8)));
                    let scheme = if roman { Scheme::Roman } else { l.scheme() };
                    if scheme == Scheme::LatinLetter {
                        last_letter = l.ordinal();
                    }
                    match schemes.iter().position(|s| *s == scheme) {
                        Some(k) => {
                            schemes.truncate(k + 1);
                            k
                        }
                        None => {
                            schemes.push(scheme);
                            schemes.len() - 1
                        }
                    }
                }
                _ => {
                    schemes.clear();
                    last_letter = None;
                    0
                }
            };
            (text.clone(), Some(steps), *n)
        })
        .collect();
    let mut notes = Vec::new();
    by_numbering(&mut lines, &is_head, &mut notes);
    for (line, message) in notes {
        warnings.push(Warning {
            chosen: None,
            line,
            message,
        });
    }
    lines.into_iter().map(|(_, level, _)| level).collect()
}

#[cfg(test)]
mod tests {
    use super::super::join::paragraphs;
    use super::super::pages;
    use super::*;
    use crate::model::Language;

    /// `pdftotext -layout` of LibreOffice's print of ITU's DOCX of WTSA Res. 1 (lines 108-116,
    /// 236-242 and 1318-1325, shortened): a part's number over its title, a numbered heading
    /// over its text, an appendix over its reference and title. They were read as
    /// `SECTION 1 World …` (a paragraph with no label), `1bis.1 General principles In 1bis.1.1
    /// …` (a heading run into its text) and `APPENDIX I (to …)` then `Information …`.
    #[test]
    fn parts_and_headings_are_paragraphs_of_their_own() {
        let text = "\
and meetings of the Union (in that order) shall prevail over this resolution.



                                               SECTION 1

                   World Telecommunication Standardization Assembly
1.1      The World Telecommunication Standardization Assembly (WTSA), in undertaking the duties
assigned to it in Article 18 of the ITU Constitution, Article 13 of the ITU Convention and the General Rules
to consider other specific matters if required.
1bis.1 General principles
In 1bis.1.1 and 1bis.1.2 below, the term \"texts\" is used for ITU-T resolutions, Questions, opinions,
and reports.
                                            APPENDIX I
                               (to Resolution 1 (Rev. Hammamet, 2016))

                        Information for submission of a Question

•         Source";
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = pages::read(&lines, 1, &mut warnings);
        let (read, heads) = parts(read, &mut warnings);
        let paras =
            super::super::join::paragraphs(&read, crate::model::Language::En, false, &mut warnings);
        let got: Vec<(usize, String)> = paras.iter().map(|p| (p.line, p.text.clone())).collect();
        let lines: Vec<usize> = got.iter().map(|(n, _)| *n).collect();
        assert_eq!(lines, [1, 5, 8, 11, 12, 14, 19], "{got:#?}");
        assert!(
            got[1].1.starts_with("1 World Telecommunication"),
            "{got:#?}"
        );
        assert!(
            got[5]
                .1
                .starts_with("Appendix I (to Resolution 1 (Rev. Hammamet, 2016)) – Information"),
            "{got:#?}"
        );
        assert_eq!(heads, HashSet::from([5, 14]));
        let said: Vec<usize> = warnings.iter().map(|w| w.line).collect();
        assert_eq!(said, [5, 11, 14], "{warnings:#?}");
        // The tree by the numbering: the part at the top, the heading under it, its text
        // under the heading, the appendix at the top, its item under it.
        let paras: Vec<(usize, String)> = paras
            .into_iter()
            .map(|p| (p.line, super::super::with_tab(&p.text)))
            .collect();
        let levels = levels(&paras, &heads, &mut warnings);
        assert_eq!(
            levels,
            [
                Some(0),
                Some(0),
                Some(1),
                Some(1),
                Some(2),
                Some(0),
                Some(1)
            ]
        );
    }

    /// WTSA Res. 1, 7.1.5: `i)` opens the list, under a numbered clause, and `ii)` follows:
    /// roman numerals, one level. Read as a letter, `ii)` went a level under it.
    #[test]
    fn a_space_before_a_words_hyphen_goes_where_the_text_writes_it_whole() {
        let raw = [
            "the author's guide for drafting ITU -T",
            "Recommendations of ITU-T and a list - not a word.",
        ];
        let mut warnings = Vec::new();
        let lines = spaced_hyphens(pages::read(&raw, 1, &mut warnings), &mut warnings);
        assert_eq!(lines[0].body(), "the author's guide for drafting ITU-T");
        assert_eq!(lines[1].body(), raw[1]);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }

    /// WTSA Res. 1, 2.1.5, as `pdftotext -layout` writes LibreOffice's print (lines 443-453;
    /// its note 2 numbered 1 here, the text's first).
    #[test]
    fn a_note_called_again_before_it_is_read_so() {
        let raw = [
            "WTSA shall appoint the chairman and vice-chairman of the study group1, in consultation with the",
            "interest and appoints the chairman and vice-chairman of the study group1. In this case, ITU-R shall be",
            "invited by Study Group 2 to nominate",
            "1   1",
            "     In special cases, WTSA may appoint the chairman.",
        ];
        let mut warnings = Vec::new();
        let (mut lines, notes) =
            super::super::notes::extract(pages::read(&raw, 443, &mut warnings), &mut warnings);
        called_again(&mut lines, &notes, &mut warnings);
        let marks: Vec<usize> = lines
            .iter()
            .map(|l| l.text.matches("[^1]").count())
            .collect();
        assert_eq!(marks, [1, 1, 0]);
        assert!(
            warnings
                .iter()
                .any(|w| w.line == 444 && w.message.contains("second call")),
            "{warnings:#?}"
        );
    }

    /// `pdftotext` (no `-layout`) of the same print (lines 1496-1497): Figure 9.1's caption
    /// on two lines, no indent to say the second is centred under the first.
    #[test]
    fn a_captions_second_line_opening_with_its_dash_is_the_caption() {
        let raw = [
            "NOTE 10 – DIRECTOR'S NOTIFICATION: The Director notifies whether the draft Recommendation is approved or not.",
            "Figure 9.1 – Approval of new and revised Recommendations using TAP",
            "– Sequence of events",
        ];
        let mut warnings = Vec::new();
        let (lines, _) = parts(pages::read(&raw, 1, &mut warnings), &mut warnings);
        assert_eq!(lines.len(), 2, "{lines:#?}");
        assert!(lines[1].body().ends_with("using TAP – Sequence of events"));
    }

    /// `pdftotext -layout` of the same print (lines 45 and 91-99, shortened): the title's
    /// notes 1 and 1bis, 1bis's number printed `1` over the note's first line and `bis` under
    /// it. Read numbered on, `1bis` was taken into note 1's text.
    #[test]
    fn a_note_numbered_with_a_suffix_is_read_with_its_call() {
        let raw = [
            "                                             (Hammamet, 2016)1, 1bis",
            "1",
            "      Previously published (Geneva, 1956 and 1958).",
            "1",
            "       This Hammamet, 2016 edition was initially published in 2016 and then republished to move",
            "     bis",
            "",
            "     the contents of Annex A (ITU-T Documentation) to Section 1bis.",
            "\u{c}        resolves",
        ];
        let mut warnings = Vec::new();
        let mut lines = pages::read(&raw, 45, &mut warnings);
        let notes = suffixed_notes(&mut lines, &mut warnings);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].0.mark, "1bis");
        assert!(
            notes[0].0.text.starts_with("This Hammamet")
                && notes[0].0.text.ends_with("Section 1bis.")
        );
        assert_eq!(lines[0].body(), "(Hammamet, 2016)1, [^1bis]");
        let left: Vec<&str> = lines.iter().map(Line::body).collect();
        assert_eq!(left.len(), 4, "{left:?}");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }

    #[test]
    fn decimal_labels_follow_by_the_numbering() {
        for (a, b) in [
            ("9.5.3", "9.5.4"),
            ("1.13", "1bis"),
            ("4.3", "4.3bis"),
            ("4.3bis", "4.4"),
            ("7.1", "7.1.0"),
            ("7.1.11", "7.2"),
            ("2", "2.1"),
            ("1bis.9.3", "2"),
        ] {
            assert!(follows(a, b), "{a} {b}");
        }
        for (a, b) in [("9.5.3", "9.5.5"), ("1bis.1", "1bis.2.1"), ("9.1.1", "9.3")] {
            assert!(!follows(a, b), "{a} {b}");
        }
    }

    #[test]
    fn an_i_that_ii_follows_is_roman() {
        let paras: Vec<(usize, String)> = [
            "7\tDevelopment and approval of Questions",
            "7.1.5\tEach study group shall consider the proposed new or revised Questions:",
            "i)\tthe clear purpose of each proposed Question;",
            "ii)\tthe priority and urgency of new Recommendation(s) desired;",
            "7.1.6\tAgreement by a study group is achieved by consensus.",
            "a)\tthrough a study group;",
            "b)\tthrough WTSA;",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| (i + 1, t.to_string()))
        .collect();
        let mut warnings = Vec::new();
        let levels = levels(&paras, &HashSet::from([1]), &mut warnings);
        let want = [0, 2, 3, 3, 2, 3, 3].map(Some);
        assert_eq!(levels, want);
    }

    /// `pdftotext -layout` of LibreOffice's print of ITU's DOCX of WTSA Res. 1 (1.5 a)): the
    /// item's lines hang 8 columns in, so its third, ending `(TSAG)`, was shorter than 80% of
    /// the page's lines and read as ending the item.
    #[test]
    fn an_items_lines_hung_in_run_the_width_from_the_margin() {
        let text = "\
1.5       In addition to the steering, budget control and editorial committees, the two following committees
are set up:
a)      The \"Committee on Working Methods of ITU-T\", which submits to the plenary meeting reports
        including proposals on the ITU-T working methods for implementation of the ITU-T work
        programme, on the basis of the Telecommunication Standardization Advisory Group (TSAG)
        reports submitted to the assembly and the proposals of ITU Member States and ITU-T Sector
        Members.
b)      The \"Committee on the ITU-T Work Programme and Organization\", which submits to the plenary
        meeting reports including proposals on the programme and organization of the work of ITU-T
        consistent with ITU-T strategy and priorities. It shall specifically:";
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = pages::read(&lines, 1, &mut warnings);
        let paras = paragraphs(&read, Language::En, false, &mut warnings);
        let starts: Vec<usize> = paras.iter().map(|p| p.line).collect();
        assert_eq!(starts, [1, 3, 8], "{paras:?}");
    }

    /// `pdftotext -layout` of the same print (lines 1010-1013, 1318-1330, 947-951, shortened):
    /// in ITU's layout a line opening with a call word (`According to`) runs on, items after
    /// short lines open paragraphs (`•  Source`), a paragraph opens after an empty line, a
    /// bracket's end (`AAP) are`) is no label, and ITU's dash `−` is one.
    #[test]
    fn itus_layout_opens_paragraphs_by_its_own_signs() {
        let text = "\
9.1.1     Procedures for approval of new or revised Recommendations which require formal consultation of
Member States (traditional approval process, TAP) are found in this section of WTSA Resolution 1.
According to No. 246B of the Convention, draft new or revised ITU-T Recommendations are adopted by a
study group in accordance with procedures established by WTSA, and Recommendations which do not
require formal consultation of Member States for their approval are considered approved. Procedures for
such approval of Recommendations (alternative approval process, AAP) are found in the relevant texts of
the Union, and those that do not (alternative approval process, which is specified in the annex of this
AAP) are specified in Recommendation ITU-T A.8.
•         Source
•         Short title
•         Relationship of this study activity to other:
          \u{2212}     Recommendations
          \u{2212}     relevant standardization organizations

Guidelines for drafting Question text are available on the ITU-T website.";
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = pages::read(&lines, 1, &mut warnings);
        let paras = paragraphs(&read, Language::En, false, &mut warnings);
        let starts: Vec<usize> = paras.iter().map(|p| p.line).collect();
        assert_eq!(starts, [1, 9, 10, 11, 12, 13, 15], "{paras:#?}");
    }

    /// `pdftotext` (no `-layout`) of the same print (lines 104-107, 114-118): ITU's
    /// `label<TAB>text` written as the label on a line of its own, an empty line between
    /// them or not. Read as paragraphs with no label, the label a paragraph of its own.
    #[test]
    fn a_label_alone_on_its_line_goes_before_its_text() {
        let text = "SECTION 1\nWorld Telecommunication Standardization Assembly\n1.1\nThe World Telecommunication Standardization Assembly (WTSA), in undertaking the duties\nto consider other specific matters if required.\na)\n\nIf an existing resolution identifies a priority issue, the need for a similar\nWTSA resolution should be questioned.";
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = pages::read(&lines, 1, &mut warnings);
        let (read, heads) = parts(read, &mut warnings);
        let bodies: Vec<&str> = read.iter().map(|l| l.body()).collect();
        assert_eq!(
            bodies[0],
            "1 World Telecommunication Standardization Assembly"
        );
        assert!(bodies[1].starts_with("1.1 The World"), "{bodies:?}");
        assert!(bodies[3].starts_with("a) If an existing"), "{bodies:?}");
        assert_eq!(heads, HashSet::from([1]));
        let said = warnings
            .iter()
            .filter(|w| w.message.contains("alone on its line"))
            .count();
        assert_eq!(said, 2, "{warnings:#?}");
    }
}
