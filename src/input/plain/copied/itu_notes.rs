//! The notes of a long ITU text in a copied text that the numbered-on reading of notes
//! ([`super::notes`]) does not take: a note called twice, a note numbered with a suffix
//! (`1bis`). Left to right only.

use super::join::append;
use super::pages::Line;
use crate::input::Warning;
use crate::model::text::excerpt;
use crate::model::{SUFFIXES, numbered_suffix};

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
    unmatched_calls(lines, notes, warnings);
}

/// `year3.`, `countries4,`: digits glued to a word in lower case, as ITU's note calls print,
/// where no note of that number was read (`pdftotext` without `-layout` writes LibreOffice's
/// note numbers among the labels it sets apart, and the note's text, unnumbered, is read as a
/// paragraph). Left as written, said at the call.
fn unmatched_calls(
    lines: &[Line],
    notes: &[(crate::model::Footnote, usize)],
    warnings: &mut Vec<Warning>,
) {
    let mut told = Vec::new();
    for l in lines {
        for w in l.body().split_whitespace() {
            // Trimmed as `glued_call` trims it: the warning names the call as read.
            let w = w.trim_end_matches([',', '.', ';', ':', ')']);
            let Some((_, n)) = glued_call(w) else {
                continue;
            };
            if !notes.iter().any(|(note, _)| note.mark == n) {
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!(
                        "`{w}`: digits glued to a word as ITU's note calls print, but no footnote {n} was read to match them; left as written (the note's text may be read as a paragraph where its page ends)"
                    ),
                });
                if !told.contains(&n) {
                    told.push(n);
                    foot_text(lines, l, w, n, warnings);
                }
            }
        }
    }
}

/// The note an unmatched call (`w`, footnote `n`, on `call`) may have: the first run of at
/// most three lines on the call's page that an empty line sets apart and the page's end closes,
/// as LibreOffice prints its notes. Its number may stand alone on the line above it, or among
/// the labels `pdftotext` wrote apart; either way it is read as text, so the paragraph it falls
/// in is read split (WTSA Res. 1, 5.4) or run on. Said at the run's first line.
fn foot_text(lines: &[Line], call: &Line, w: &str, n: &str, warnings: &mut Vec<Warning>) {
    let Some(from) = lines.iter().position(|l| l.number == call.number) else {
        return;
    };
    let Some((k, e)) = foot_block(lines, from) else {
        return;
    };
    let number = lines[k - 1].body() == n;
    // Not above it: among the labels of the page, read as a label's text (`7.2 4`).
    let apart = lines
        .iter()
        .find(|l| !number && l.page == call.page && l.body() == n)
        .map_or(String::new(), |l| {
            format!(", its number perhaps the `{n}` alone on line {}", l.number)
        });
    let first = lines[k].number;
    let last = lines[e - 1].number;
    let span = if first == last {
        format!("line {first}")
    } else {
        format!("lines {first}-{last}")
    };
    warnings.push(Warning {
        chosen: None,
        line: if number { lines[k - 1].number } else { first },
        message: format!(
            "{span} (`{}`), set apart by an empty line at the foot of the page of the call `{w}` (line {}){}: may be the text of footnote {n}, whose number `pdftotext` wrote apart; read as text of the paragraph around it, which it may split",
            excerpt(lines[k].body(), 30),
            call.number,
            if number {
                format!(", under `{n}` alone on its line")
            } else {
                apart
            },
        ),
    });
}

/// The first run of at most three lines on the page of line `from` after it that an empty
/// line sets apart and the page's end closes, as `start..end`.
fn foot_block(lines: &[Line], from: usize) -> Option<(usize, usize)> {
    let page = lines[from].page;
    let page_end = |k: usize| {
        lines
            .get(k)
            .is_none_or(|l| l.break_before || l.page != page)
    };
    (from + 1..lines.len())
        .take_while(|&k| lines[k].page == page && !lines[k].break_before)
        .filter(|&k| lines[k].blank_before)
        .find_map(|k| {
            let e = (k + 1..lines.len()).find(|&e| page_end(e) || lines[e].blank_before)?;
            (page_end(e) && e - k <= 3).then_some((k, e))
        })
}

/// `year3.`, `countries4,`: a note call as ITU prints them, glued to a word in lower case:
/// the word and the call's number.
fn glued_call(w: &str) -> Option<(&str, &str)> {
    let w = w.trim_end_matches([',', '.', ';', ':', ')']);
    let digits = w.len() - w.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let word = &w[..w.len() - digits];
    ((1..=2).contains(&digits)
        && word.chars().count() >= 3
        && word.chars().all(|c| c.is_lowercase()))
    .then(|| (word, &w[w.len() - digits..]))
}

/// The notes `pdftotext` without `-layout` wrote with their numbers apart from their texts, as
/// it writes LibreOffice's print of an ITU text (WTSA Res. 1, notes 2 to 5): the next note's
/// call glued to its word (`study group2`), no note of that number read, and on the call's page
/// a run of at most three lines that an empty line sets apart and the page's end closes (the
/// note's text, unnumbered), its number alone on the line above it (`3`) or elsewhere on the
/// page, among the labels written apart (`7.2`, `4`, `7.1.11`). Read as that note, its number's
/// line dropped, its calls on the page before it marked; the numbers follow on from the notes
/// read before. Each said.
pub fn apart(
    lines: &mut Vec<Line>,
    notes: &mut Vec<(crate::model::Footnote, usize)>,
    warnings: &mut Vec<Warning>,
) {
    let mut c = 0;
    while c < lines.len() {
        let expected = notes
            .iter()
            .filter_map(|(n, _)| n.mark.parse::<u32>().ok())
            .max()
            .map_or(1, |n| n + 1)
            .to_string();
        let call = lines[c].body().split_whitespace().find_map(|w| {
            glued_call(w)
                .filter(|(_, n)| *n == expected)
                .map(|(word, _)| word.to_string())
        });
        let (Some(word), Some((k, e))) = (call, foot_block(lines, c)) else {
            c += 1;
            continue;
        };
        let page = lines[c].page;
        let number = if lines[k - 1].body() == expected {
            Some(k - 1)
        } else {
            lines
                .iter()
                .position(|l| l.page == page && l.body() == expected)
                .filter(|&m| m < k)
        };
        let Some(number) = number else {
            c += 1;
            continue;
        };
        let mut text = String::new();
        for l in &lines[k..e] {
            append(&mut text, l.body());
        }
        let (first, last) = (lines[k].number, lines[e - 1].number);
        let number_line = lines[number].number;
        warnings.push(Warning {
            chosen: None,
            line: first,
            message: format!(
                "read line{} (`{}`), set apart by an empty line at the foot of the page of the call `{word}{expected}` (line {}), as footnote {expected}, its number the `{expected}` alone on line {number_line}{}: `pdftotext` wrote the note's number apart from its text",
                if first == last {
                    format!(" {first}")
                } else {
                    format!("s {first}-{last}")
                },
                excerpt(lines[k].body(), 30),
                lines[c].number,
                if number == k - 1 {
                    ""
                } else {
                    ", among the labels written apart"
                },
            ),
        });
        // Each call of it on the page before the note: `group2` twice in 2.1.5.
        for l in lines[c..k].iter_mut().filter(|l| l.page == page) {
            let mut marked = false;
            let words: Vec<String> = l
                .text
                .split(' ')
                .map(|w| match glued_call(w).filter(|(_, n)| *n == expected) {
                    Some((word, _)) => {
                        marked = true;
                        w.replacen(
                            &format!("{word}{expected}"),
                            &format!("{word}[^{expected}]"),
                            1,
                        )
                    }
                    None => w.to_string(),
                })
                .collect();
            if marked {
                l.text = words.join(" ");
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!(
                        "read the digits glued to `{word}` as the mark of footnote {expected} (the note is at line {first})"
                    ),
                });
            }
        }
        notes.push((
            crate::model::Footnote {
                mark: expected,
                text,
            },
            first,
        ));
        lines.drain(k..e);
        lines.remove(number);
        c += 1;
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
    let bare = super::digits::whole;
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let n = lines[i].body().to_string();
        let suffix_at = (i + 1..lines.len().min(i + 3))
            .find(|&j| !lines[j].break_before && SUFFIXES.contains(&lines[j].body()));
        // Chromium's print keeps the number whole: `1bis` alone on its line over the note.
        let whole = numbered_suffix(&n).is_some_and(|(number, _)| bare(number));
        let (mark, j) = match suffix_at.filter(|_| bare(&n)) {
            Some(j) => (format!("{n}{}", lines[j].body()), j),
            // No line of the suffix: `j` stands for none of the note's lines.
            None if whole => (n.clone(), i),
            None => {
                i += 1;
                continue;
            }
        };
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
        let message = if j == i {
            format!(
                "read `{n}` alone on its line as the number of footnote {mark}, called at the end of line {}",
                lines[c].number
            )
        } else {
            format!(
                "read `{n}` and `{}` under it (line {}) as the number of footnote {mark}, called at the end of line {}",
                lines[j].body(),
                lines[j].number,
                lines[c].number
            )
        };
        warnings.push(Warning {
            chosen: None,
            line: number,
            message,
        });
        out.push((crate::model::Footnote { mark, text }, number));
        lines.drain(i..end);
    }
    out
}

#[cfg(test)]
#[path = "notes/itu_tests.rs"]
mod tests;
