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
            let w = w.trim_end_matches([',', '.', ';', ':', ')']);
            let digits = w.len() - w.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let word = &w[..w.len() - digits];
            let call = (1..=2).contains(&digits)
                && word.chars().count() >= 3
                && word.chars().all(|c| c.is_lowercase());
            let n = &w[w.len() - digits..];
            if call && !notes.iter().any(|(note, _)| note.mark == n) {
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
    let page_end = |k: usize| {
        lines
            .get(k)
            .is_none_or(|l| l.break_before || l.page != call.page)
    };
    let Some((k, e)) = (from + 1..lines.len())
        .take_while(|&k| lines[k].page == call.page && !lines[k].break_before)
        .filter(|&k| lines[k].blank_before)
        .find_map(|k| {
            let e = (k + 1..lines.len()).find(|&e| page_end(e) || lines[e].blank_before)?;
            (page_end(e) && e - k <= 3).then_some((k, e))
        })
    else {
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
mod tests {
    use super::*;

    /// `pdftotext` (no `-layout`) of LibreOffice's print of resdiff's DOCX of WTSA Res. 1, line
    /// 648 (4.5): note 3's call, whose number the extractor wrote among the labels of the next
    /// page, no note 3 read. Unsaid before.
    #[test]
    fn a_call_with_no_note_read_is_said() {
        let mut lines = vec![Line::of_test(
            648,
            "meetings. The meetings should take place as necessary, but at least once a year3.",
            0,
        )];
        let mut warnings = Vec::new();
        called_again(&mut lines, &[], &mut warnings);
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert!(warnings[0].line == 648 && warnings[0].message.contains("`year3`"));
    }

    /// Lines of `(number, text, blank_before)`, on one page; the last after a page break.
    fn page(lines: &[(usize, &str, bool)]) -> Vec<Line> {
        let last = lines.len() - 1;
        lines
            .iter()
            .enumerate()
            .map(|(k, &(n, t, blank))| Line {
                blank_before: blank,
                break_before: k == last,
                page: usize::from(k == last),
                ..Line::of_test(n, t, 0)
            })
            .collect()
    }

    /// The same print, lines 648-696 (4.5 to 5.4) and 850-911 (7.2 to 7.1.11): notes 3 and 4,
    /// unread, their texts read as paragraphs (splitting 5.4; after 7.1.11). Said at each
    /// note's text (or the number above it), with the number apart where it stands alone.
    #[test]
    fn a_notes_text_read_as_a_paragraph_is_said() {
        let mut lines = page(&[
            (
                648,
                "meetings. The meetings should take place as necessary, but at least once a year3.",
                false,
            ),
            (
                688,
                "5.4 The Director shall manage the allocation of the ITU-T financial and TSB human",
                false,
            ),
            (
                689,
                "resources required for meetings administered by TSB in a manner that is consistent with",
                false,
            ),
            (690, "3", false),
            (
                692,
                "The Director and the study group chairmen may use the opportunity of these meetings to consider any appropriate",
                true,
            ),
            (
                693,
                "measure related to activities described in 4.4 and 5.5.",
                false,
            ),
            (
                696,
                "the approved strategic and financial plans of the Sector and the budget approved by the",
                false,
            ),
        ]);
        let mut warnings = Vec::new();
        called_again(&mut lines, &[], &mut warnings);
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
        assert!(warnings[1].line == 690, "{warnings:#?}");
        assert!(
            warnings[1]
                .message
                .starts_with("lines 692-693 (`The Director and")
        );
        assert!(
            warnings[1]
                .message
                .contains("may be the text of footnote 3")
        );
        let mut lines = page(&[
            (850, "7.2", false),
            (852, "4", true),
            (854, "7.1.11", true),
            (
                856,
                "in transition, developing countries4, and especially the least developed countries,",
                false,
            ),
            (
                905,
                "will note the text of any new or revised Question already approved.",
                false,
            ),
            (
                907,
                "These include the least developed countries, small island developing states, landlocked developing countries and",
                true,
            ),
            (908, "countries with economies in transition.", false),
            (911, "7.3", false),
        ]);
        let mut warnings = Vec::new();
        called_again(&mut lines, &[], &mut warnings);
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
        assert!(warnings[1].line == 907, "{warnings:#?}");
        assert!(warnings[1].message.contains("footnote 4"));
        assert!(
            warnings[1]
                .message
                .contains("perhaps the `4` alone on line 852")
        );
    }
}
