//! The labels of a page written as a column before its text: `pdftotext` without `-layout`
//! writes the decimal labels LibreOffice sets apart from their paragraphs by a tab (resdiff's
//! DOCX of WTSA Res. 1, `1.1<TAB>The World …`) as lines of their own, all of a page's together
//! (`1.1`, `1.2`, `1.3`, `1.4`), then the paragraphs (`The World …`, `It shall establish …`).
//! Read back in order: each label to the next line on its page that opens an unlabelled
//! paragraph, warned.

use super::itu::{follows, full_reach};
use super::itu_lines::label_alone;
use super::join::{ends_paragraph, ends_sentence, label_start, reach, short};
use super::pages::Line;
use crate::input::Warning;
use crate::input::pdf::nesting::section_number;
use crate::model::Label;
use crate::model::text::excerpt;

/// `1.2`, `2.1.3`: a decimal label alone on its line.
fn decimal_alone(t: &str) -> bool {
    t.contains('.')
        && !t.contains(char::is_whitespace)
        && !t.ends_with('.')
        && Label::parse(t).is_ok_and(|l| l.decimal_depth().is_some())
}

/// A column of labels `pdftotext` without `-layout` wrote apart at a page's top (or under its
/// `SECTION` line), an empty line after one of them (`9.4`, empty, `9.3.8.1`; `7.2`, empty, `4`,
/// the number of a note, empty, `7.1.11`): which of the page's paragraphs each label opens,
/// and where those start, is read by the numbering and the short lines, a guess that may be
/// wrong (WTSA Res. 1's `9.4` read on `9.3.8.1`, its title run into 9.4.1). Said once per column,
/// naming the lines it may have read wrong: the column's page.
fn columns_said(lines: &[Line], warnings: &mut Vec<Warning>) {
    let lone = |t: &str| decimal_alone(t) || super::digits::whole(t) && t.len() <= 2;
    let mut i = 0;
    while i < lines.len() {
        let under_part = i
            .checked_sub(1)
            .is_some_and(|k| section_number(lines[k].body()).is_some());
        let top = lines[i].break_before || under_part;
        let j = (i..lines.len())
            .take_while(|&k| (k == i || !lines[k].break_before) && lone(lines[k].body()))
            .last()
            .map_or(i, |k| k + 1);
        let apart = (i..j).any(|k| {
            lines
                .get(k + 1)
                .is_some_and(|n| n.blank_before && !n.break_before)
        });
        // One label over a title is a heading's number, set apart as any (Chromium's print
        // sets an empty line after every label); over the rest of a paragraph the page broke
        // (`9.8`, `inconsistencies and …`), it stands apart from its own.
        let broken = lines
            .get(j)
            .is_some_and(|l| l.body().starts_with(char::is_lowercase));
        let column = j - i > 1 || under_part || broken;
        if !top || !decimal_alone(lines[i].body()) || !apart || !column {
            i += 1;
            continue;
        }
        let end = (j..lines.len())
            .find(|&k| lines[k].break_before)
            .unwrap_or(lines.len());
        let labels: Vec<String> = lines[i..j]
            .iter()
            .map(|l| format!("`{}`", l.body()))
            .collect();
        warnings.push(Warning {
            chosen: None,
            line: lines[i].number,
            message: format!(
                "labels {} (lines {}-{}) written as a column apart from their paragraphs, as `pdftotext` without `-layout` writes hanging labels: which paragraphs of lines {}-{} they open, and where those start, is a guess (by the numbering and the short lines) and may be wrong; copy with `pdftotext -layout` to keep labels beside their paragraphs",
                labels.join(", "),
                lines[i].number,
                lines[j - 1].number,
                lines[i].number,
                lines[end - 1].number,
            ),
        });
        i = j;
    }
}

/// The lines with each column of two or more decimal labels that follow by the numbering put
/// before the paragraphs it labels: the lines after it on its page that open an unlabelled
/// paragraph (a capital after a short line that may end one, or under a part's title), in order,
/// or its headings' titles where they are as many as the labels. Left as it is when its page
/// has fewer such lines than labels.
pub fn read(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    columns_said(&lines, warnings);
    let full = full_reach(&lines);
    let short = |l: &Line| short(reach(l), full);
    let mut i = 0;
    while i < lines.len() {
        // Under `SECTION 2` the column may hold the part's own number (`2.1`, `2`, then the
        // part's title): the `SECTION` line says it, dropped. Only among labels: a `2` right
        // under `SECTION 2`, no column there, is some other line's.
        let part = i
            .checked_sub(1)
            .and_then(|k| section_number(lines[k].body()))
            .map(str::to_string);
        if let Some(n) = &part
            && let Some(k) = (i..lines.len().min(i + 3))
                .take_while(|&k| k == i || !lines[k].break_before)
                .find(|&k| lines[k].body() == n.as_str())
            && k > i
            && (i..k).all(|m| decimal_alone(lines[m].body()))
        {
            warnings.push(Warning {
                chosen: None,
                line: lines[k].number,
                message: format!(
                    "`{n}` alone under `SECTION {n}`, among the labels written before the part's title: the part's number again, dropped"
                ),
            });
            lines.remove(k);
        }
        let mut j = i;
        while j < lines.len()
            && (j == i || !lines[j].break_before)
            && decimal_alone(lines[j].body())
            && (j == i || follows(lines[j - 1].body(), lines[j].body()))
        {
            j += 1;
        }
        // One label alone is read as a column under a part's number, where its title stands
        // between them (`SECTION 7`, `7.1`, `Development and approval of Questions`).
        // Or at a page's top over a line of the paragraph the page broke (`9.5`, then
        // `authorization given by …`): a heading's number whose title comes further down the
        // page, taken only by a title (`Procedure at study group meetings`).
        let page_top = j == i + 1
            && lines[i].break_before
            && lines.get(j).is_some_and(|n| {
                n.body().starts_with(char::is_lowercase)
                    || label_start(n.body(), false)
                    // `9.4` over `9.3.8.1` alone, the numbering before it going on.
                    || (decimal_alone(n.body()) && !follows(lines[i].body(), n.body()))
            });
        if j - i < 2 && (j == i || (part.is_none() && !page_top)) {
            i += 1;
            continue;
        }
        // The line before each line looked at, and whether that one is a part's title (the
        // line under `SECTION 1`, which the column may stand between).
        let mut prev = i.checked_sub(1).map(|k| lines[k].clone());
        let mut after_title = false;
        let (mut openers, mut headings, mut maybe) = (Vec::new(), Vec::new(), Vec::new());
        for (m, l) in lines.iter().enumerate().skip(j) {
            let t = l.body();
            // The column labels its page's clauses of the part it stands in.
            if m > j && (l.break_before || section_number(t).is_some()) {
                break;
            }
            let title = prev
                .as_ref()
                .is_some_and(|p| section_number(p.body()).is_some());
            let may = t.starts_with(char::is_uppercase)
                && !label_start(t, false)
                && !label_alone(t)
                && section_number(t).is_none()
                && !t.starts_with("Figure ")
                && !title;
            let opens = may
                && (after_title
                    || prev.as_ref().is_none_or(|p| {
                        short(p) && ends_paragraph(p.body()) && !label_alone(p.body())
                    }));
            // `Notification of the selection` over its text: a heading's title.
            let heading = may
                && !after_title
                && short(l)
                && !ends_paragraph(t)
                && prev.as_ref().is_some_and(|p| ends_paragraph(p.body()))
                && lines.get(m + 1).is_some_and(|n| {
                    !n.break_before
                        && (n.body().starts_with(char::is_uppercase)
                            || label_start(n.body(), false))
                });
            if opens {
                openers.push(m);
            }
            // A capital after a full line ending a sentence: a paragraph may open there, or the
            // sentence before ended at the line's end (`… created by the assembly.` over
            // `WTSA shall establish resolutions …`, 1.3).
            if may && !opens && prev.as_ref().is_some_and(|p| ends_sentence(p.body())) {
                maybe.push(m);
            }
            if heading {
                headings.push(m);
            }
            after_title = title;
            prev = Some(l.clone());
        }
        // The column labels headings where its page has as many titles as it has labels
        // (`8.2`, `8.3` over `Notification of the selection`, `Reconsideration of the
        // selection`, the paragraphs under `8.1.1` unlabelled); else the paragraphs in order;
        // else, where the paragraphs that open for certain are too few and the lines that may
        // open one make up the count exactly, those too (`1.1` to `1.4`).
        let (first, last) = (lines[i].number, lines[j - 1].number);
        let by_titles = headings.len() == j - i;
        let counted = !by_titles && openers.len() < j - i && openers.len() + maybe.len() == j - i;
        // Under a part's title, more such lines than make up the count (`3.1` to `3.4` over
        // `Appointment of …` and `The mandate of …`, both after a full line's stop): nothing
        // in the text says which; the first taken, a guess said, as the labels left alone
        // ran the part into the clause before it.
        let guessed = (!by_titles
            && part.is_some()
            && openers.len() < j - i
            && openers.len() + maybe.len() > j - i)
            .then(|| maybe.split_off(j - i - openers.len()));
        // A label at a page's top, or a column its page's paragraphs do not count out: each
        // label to the title over the first line labelled under it (`Consultation` over
        // `9.4.1 …`; `Deletion of Questions`, its text, then `7.4.1 …`), which the numbering
        // says it heads: a heading found above, or a line with no label nor closing stop
        // after a paragraph's end or a caption, short unless the child follows it.
        let title_like = |m: usize, c: usize| {
            let t = lines[m].body();
            let prev = lines[m - 1].body();
            t.starts_with(char::is_uppercase)
                && !label_start(t, false)
                && !label_alone(t)
                && !t.starts_with("Figure ")
                && section_number(t).is_none()
                // `… (see Figure 7.1b)`: a bracket closes no title.
                && !ends_sentence(t)
                && !t.ends_with([',', ';'])
                && (m + 1 == c || short(&lines[m]))
                && (m == j || ends_paragraph(prev) || prev.starts_with("Figure "))
                && lines[m + 1]
                    .body()
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        };
        let end = (j..lines.len())
            .find(|&m| m > j && lines[m].break_before)
            .unwrap_or(lines.len());
        let by_children =
            (!by_titles && part.is_none() && (page_top || (openers.len() < j - i && !counted)))
                .then(|| {
                    let mut after = j;
                    let mut titles = Vec::new();
                    for k in i..j {
                        let child = format!("{}.", lines[k].body());
                        let c = (after..end).find(|&m| lines[m].body().starts_with(&child))?;
                        let t = headings
                            .iter()
                            .copied()
                            .rfind(|&h| (after..c).contains(&h))
                            .or_else(|| (after..c).rev().find(|&m| title_like(m, c)))?;
                        titles.push(t);
                        after = c;
                    }
                    Some(titles)
                })
                .flatten();
        let openers = if by_titles {
            headings
        } else if let Some(titles) = &by_children {
            titles.clone()
        } else if page_top && part.is_none() {
            i = j;
            continue;
        } else if openers.len() >= j - i {
            openers.truncate(j - i);
            openers
        } else if counted || guessed.is_some() {
            if let Some(rest) = &guessed {
                let lines_of = |ms: &[usize]| {
                    let n: Vec<String> = ms.iter().map(|&m| lines[m].number.to_string()).collect();
                    format!(
                        "line{} {}",
                        if n.len() > 1 { "s" } else { "" },
                        n.join(", ")
                    )
                };
                warnings.push(Warning {
                    chosen: None,
                    line: first,
                    message: format!(
                        "a column of {} labels (lines {first}-{last}) under a part's title, over {} paragraphs that open for certain and {} lines that may open one (a capital after a full line ending a sentence): taken in order, {} read as opening one and {} not: a guess (nothing in the text says which), the labels between going with it",
                        j - i,
                        openers.len(),
                        maybe.len() + rest.len(),
                        lines_of(&maybe),
                        lines_of(rest),
                    ),
                });
            }
            openers.extend(&maybe);
            openers.sort_unstable();
            openers
        } else {
            warnings.push(Warning {
                chosen: None,
                line: first,
                message: format!(
                    "a column of {} labels (lines {first}-{last}) written before their page's text, which opens {} paragraphs for certain and {} more perhaps: the labels left where they are",
                    j - i,
                    openers.len(),
                    maybe.len()
                ),
            });
            i = j;
            continue;
        };
        for (k, &m) in openers.iter().enumerate() {
            let label = lines[i + k].body().to_string();
            let guess = if (counted || guessed.is_some()) && maybe.contains(&m) {
                ", a capital after a full line ending a sentence, counted as opening a paragraph to match the labels"
            } else if by_children.is_some() {
                ", the title over the first line the numbering puts under it"
            } else {
                ""
            };
            warnings.push(Warning {
                chosen: None,
                line: lines[i + k].number,
                message: format!(
                    "label `{label}` in a column of labels (lines {first}-{last}) written before their page's text: read as the label of line {}, `{}`{guess}",
                    lines[m].number,
                    excerpt(lines[m].body(), 30)
                ),
            });
            let body = lines[m].body().to_string();
            lines[m].text = format!("{label} {body}");
        }
        let break_before = lines[i].break_before;
        lines.drain(i..j);
        if let Some(l) = lines.get_mut(i) {
            l.break_before |= break_before;
        }
    }
    lines
}

#[cfg(test)]
#[path = "itu/columns_tests.rs"]
mod tests;
