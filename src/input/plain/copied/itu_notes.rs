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
            }
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
}
