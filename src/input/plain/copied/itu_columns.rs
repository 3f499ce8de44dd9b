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
        // part's title): the `SECTION` line says it, dropped.
        let part = i
            .checked_sub(1)
            .and_then(|k| section_number(lines[k].body()))
            .map(str::to_string);
        if let Some(n) = &part
            && let Some(k) = (i..lines.len().min(i + 3))
                .take_while(|&k| k == i || !lines[k].break_before)
                .find(|&k| lines[k].body() == n.as_str())
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
        // One label at a page's top whose titles are more than one: the title over the first
        // line labelled under it (`Consultation` over `9.4.1 …`; `Deletion of Recommendations`
        // over its text, then `9.8.1 …`), which the numbering says it heads.
        let child = format!("{}.", lines[i].body());
        let over_child = (page_top && part.is_none() && !by_titles)
            .then(|| {
                let c = (j..lines.len())
                    .take_while(|&m| m == j || !lines[m].break_before)
                    .find(|&m| lines[m].body().starts_with(&child))?;
                headings.iter().copied().rfind(|&h| h < c)
            })
            .flatten();
        let openers = if by_titles {
            headings
        } else if let Some(h) = over_child {
            vec![h]
        } else if page_top && part.is_none() {
            i = j;
            continue;
        } else if openers.len() >= j - i {
            openers.truncate(j - i);
            openers
        } else if counted {
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
            let guess = if counted && maybe.contains(&m) {
                ", a capital after a full line ending a sentence, counted as opening a paragraph to match the labels"
            } else if over_child.is_some() {
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
mod tests {
    use super::*;
    use crate::input::plain::copied::pages;

    /// Each label of the column and the line it was put before, as `(label, line)`.
    fn labelled(text: &str, first: usize) -> (Vec<(String, usize)>, Vec<Warning>) {
        let raw: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let lines = read(pages::read(&raw, first, &mut warnings), &mut warnings);
        let got = lines
            .iter()
            .filter_map(|l| {
                let (head, _) = l.body().split_once(' ')?;
                decimal_alone(head).then(|| (head.to_string(), l.number))
            })
            .collect();
        (got, warnings)
    }

    /// `pdftotext` (no `-layout`) of LibreOffice's print of resdiff's DOCX of WTSA Res. 1,
    /// lines 112-180: labels 1.5 to 1.9 at the page's top, over their paragraphs and the items
    /// of 1.5 (`a)` alone over its text, lines of items ending short inside their clause).
    #[test]
    fn a_column_of_labels_goes_to_its_pages_paragraphs_in_order() {
        let (got, warnings) = labelled(include_str!("itu/labels_column.txt"), 112);
        let want = [
            ("1.5", 129),
            ("1.6", 165),
            ("1.7", 168),
            ("1.8", 170),
            ("1.9", 175),
        ];
        let want: Vec<(String, usize)> = want.iter().map(|(l, n)| (l.to_string(), *n)).collect();
        assert_eq!(got, want, "{warnings:#?}");
        let said: Vec<usize> = warnings.iter().map(|w| w.line).collect();
        assert_eq!(said, [118, 120, 121, 122, 124], "{warnings:#?}");
    }

    /// The same, lines 960-1012: labels 8.2 and 8.3 over 8.1's paragraphs, some unlabelled,
    /// and the titles of 8.2 and 8.3 further down the page.
    #[test]
    fn a_column_of_labels_goes_to_as_many_titles() {
        let (got, _) = labelled(include_str!("itu/labels_column_headings.txt"), 960);
        let heads: Vec<(String, usize)> = got.into_iter().filter(|(l, _)| l.len() == 3).collect();
        assert_eq!(
            heads,
            [("8.2".to_string(), 1001), ("8.3".to_string(), 1008)]
        );
    }

    /// The same, lines 75-115: `SECTION 1`, labels 1.1 to 1.4, the title, then four
    /// paragraphs, 1.3's after a full line ending a sentence (`… created by the assembly.`).
    /// Left as written before (three paragraphs open for certain), the labels ran together.
    #[test]
    fn a_column_of_labels_counts_a_capital_after_a_sentence_where_that_makes_the_count() {
        let (got, warnings) = labelled(include_str!("itu/labels_column_counted.txt"), 75);
        let want = [("1.1", 84), ("1.2", 90), ("1.3", 92), ("1.4", 107)];
        let want: Vec<(String, usize)> = want.iter().map(|(l, n)| (l.to_string(), *n)).collect();
        assert_eq!(got, want, "{warnings:#?}");
        assert!(
            warnings
                .iter()
                .any(|w| w.line == 79 && w.message.contains("counted"))
        );
    }

    /// The same, lines 380-420: `SECTION 2`, then `2.1` and `2` (the part's number again)
    /// alone, then the part's title and 2.1's. Read before as one paragraph, `SECTION 2 2.1 2
    /// Study groups …`, run into the clause before.
    #[test]
    fn a_label_under_a_parts_number_goes_under_its_title() {
        let (got, warnings) = labelled(include_str!("itu/labels_under_part.txt"), 380);
        let want = [("2.1".to_string(), 414)];
        assert_eq!(
            got.into_iter()
                .filter(|(l, _)| l == "2.1")
                .collect::<Vec<_>>(),
            want
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.line == 411 && w.message.contains("dropped"))
        );
    }

    /// The same, lines 1182-1200: `9.5` alone at its page's top (the running foot above it
    /// dropped), over the end of 9.4.5 that the page broke, its title `Procedure at study group
    /// meetings` under 9.4.7. Read before as the label of `authorization given by …`.
    #[test]
    fn a_label_at_a_pages_top_over_a_broken_paragraph_goes_to_its_title() {
        let raw: Vec<&str> = include_str!("itu/label_page_top.txt").lines().collect();
        let mut warnings = Vec::new();
        let mut lines = pages::read(&raw, 1182, &mut warnings);
        lines[0].break_before = true;
        let lines = read(lines, &mut warnings);
        let at = lines.iter().find(|l| l.number == 1194).map(Line::body);
        assert_eq!(
            at,
            Some("9.5 Procedure at study group meetings"),
            "{warnings:#?}"
        );
    }

    /// The same, lines 1125-1160: `9.4`, empty, `9.3.8.1` at the page's top; `9.4` was read on
    /// `9.3.8.1` and its title `Consultation` run into 9.4.1, unsaid. Said at the column, with
    /// the page's lines; not so a heading's number over its title with an empty line between,
    /// as Chromium's print sets every label (its lines 1091-1093, `8.2`).
    #[test]
    fn a_column_of_labels_set_apart_is_said_with_its_page() {
        let raw: Vec<&str> = include_str!("itu/labels_column_9_4.txt").lines().collect();
        let mut warnings = Vec::new();
        let mut lines = pages::read(&raw, 1125, &mut warnings);
        lines[0].break_before = true;
        columns_said(&lines, &mut warnings);
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert_eq!(warnings[0].line, 1125);
        assert!(
            warnings[0]
                .message
                .starts_with("labels `9.4`, `9.3.8.1` (lines 1125-1127) written as a column apart")
                && warnings[0]
                    .message
                    .contains("paragraphs of lines 1125-1160")
                && warnings[0]
                    .message
                    .contains("copy with `pdftotext -layout`"),
            "{warnings:#?}"
        );
        let raw = [
            "8.2",
            "",
            "Notification of the selection",
            "8.2.1 Once a study group",
        ];
        let mut warnings = Vec::new();
        let mut lines = pages::read(&raw, 1091, &mut warnings);
        lines[0].break_before = true;
        columns_said(&lines, &mut warnings);
        assert!(warnings.is_empty(), "{warnings:#?}");
    }

    /// The same, lines 1125-1160 and 1295-1312: `9.4` over `9.3.8.1` alone, read as its
    /// label, its title `Consultation` run into 9.4.1; `9.8` over the rest of 9.7's paragraph,
    /// read as the label of `inconsistencies and …`, its title `Deletion of Recommendations`
    /// run into its text. Each to the title over the first line labelled under it.
    #[test]
    fn a_label_at_a_pages_top_goes_to_the_title_over_its_first_child() {
        for (text, first, label, at) in [
            (include_str!("itu/labels_column_9_4.txt"), 1125, "9.4", 1153),
            (include_str!("itu/labels_column_9_8.txt"), 1295, "9.8", 1304),
        ] {
            let raw: Vec<&str> = text.lines().collect();
            let mut warnings = Vec::new();
            let mut lines = pages::read(&raw, first, &mut warnings);
            lines[0].break_before = true;
            let lines = read(lines, &mut warnings);
            let got = lines.iter().find(|l| l.number == at).map(Line::body);
            assert!(
                got.is_some_and(|t| t.starts_with(&format!("{label} "))),
                "{got:?} {warnings:#?}"
            );
            let said = format!("read as the label of line {at}");
            assert!(
                warnings
                    .iter()
                    .any(|w| w.line == first && w.message.contains(&said))
            );
        }
    }
}
