//! Whether a line opening with a preamble call, after a line that may end a paragraph, opens
//! one. Where the call words also run on inside paragraphs (`، وإذ تلاحظ أيضًا`, `，欢迎`), the
//! copied text says it only by what the page left in it: the empty line `pdftotext -layout`
//! sets between paragraphs spaced apart, or the width of the line before, where the script's
//! characters measure it.

use super::pages::Line;
use crate::input::Warning;
use crate::model::Language;

/// Whether line `l`, opening with a call after `p`, which may end a paragraph and runs `share`
/// percent of the text's full width, opens one.
///
/// - Where the text's paragraphs are `spaced` apart by empty lines (Arabic and Chinese, whose
///   calls run on), the empty line says, and where it says otherwise than the width, that is
///   warned of.
/// - Chinese: a full line goes on (`，欢迎` at a line's start); its characters take one or two
///   columns each, so a line of the full width is one the paragraph fills.
/// - Arabic: as Chinese, but each is warned, naming the call's line: the copied text keeps
///   nothing to tell. Its letters do not measure a line (marks take no room, letters differ in
///   width: in Chromium's print of A/RES/80/118 the lines that fill the width hold 92 to 136
///   letters, and paragraphs end on lines of up to 125 characters, its 90th percentile), and
///   `pdftotext` without `-layout` keeps no indent and sets its empty lines inside paragraphs
///   too. In that print, 16 calls open a line after a clause's end on a line of 80% of the
///   width or more: 3 run on in their paragraph, 13 open one, whatever the width.
/// - Other languages: opens (their calls open with a capital, or run on only in lower case).
pub(super) fn call_opens(
    p: &Line,
    l: &Line,
    language: Language,
    spaced: bool,
    share: usize,
    warnings: &mut Vec<Warning>,
) -> bool {
    let full = share >= 100;
    if spaced && !l.break_before {
        if l.blank_before == full {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: if l.blank_before {
                    format!(
                        "a line opening with a call after a full line {} ending a clause: read as opening a paragraph, as an empty line stands before it, as between the text's paragraphs",
                        p.number
                    )
                } else {
                    format!(
                        "a line opening with a call after line {} ending a clause: read as running on in its paragraph, as no empty line stands before it, as between the text's paragraphs",
                        p.number
                    )
                },
            });
        }
        return l.blank_before;
    }
    match language {
        Language::Zh => !full,
        Language::Ar => {
            let opens = !full;
            let call: Vec<&str> = l.body().split_whitespace().take(3).collect();
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "`{}` opens a line after line {}, which ends a clause and runs {share}% of the text's full width: read as {}; nothing in the copied text says which ({}, and Arabic letters do not measure a line's width)",
                    call.join(" "),
                    p.number,
                    if opens {
                        "opening a paragraph (it may run on in the paragraph before)"
                    } else {
                        "running on in its paragraph (it may open one)"
                    },
                    if l.break_before {
                        "the call opens a page"
                    } else {
                        "no empty line or indent marks the text's paragraphs"
                    }
                ),
            });
            opens
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::super::join::paragraphs;
    use super::super::pages;
    use super::*;

    /// The paragraphs' first words and the warnings of lines `text` (numbered from `first`).
    fn read(text: &str, first: usize, language: Language) -> (Vec<String>, Vec<Warning>) {
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = pages::read(&lines, first, &mut warnings);
        let paras = paragraphs(&read, language, true, false, &mut warnings);
        let starts = paras
            .iter()
            .map(|p| p.text.split(' ').take(4).collect::<Vec<_>>().join(" "))
            .collect();
        (starts, warnings)
    }

    /// `pdftotext` (without `-layout`) of A/RES/80/118 in Arabic as Chromium prints it, lines
    /// 30-42 and 202-211 (lines 1-13 and 14-23 here): two paragraphs ending on a line as long (in characters) as the
    /// text's fullest, before `وإذ تؤكد من جديد` and `وإذ تشير إلى الرؤية`; and
    /// read as running on, and joined to them. Which paragraph each opens was guessed unsaid.
    #[test]
    fn each_arabic_call_after_a_clause_s_end_is_a_guess_warned_on_its_line() {
        let text = include_str!("../../../../fixtures/copied/unga-80-118.ar.pdftotext.excerpt.txt");
        let (_, warnings) = read(text, 1, Language::Ar);
        let said: Vec<(usize, &str)> = warnings
            .iter()
            .filter(|w| w.message.contains("nothing in the copied text says which"))
            .map(|w| (w.line, w.message.as_str()))
            .collect();
        let lines: Vec<usize> = said.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [11, 20], "{said:?}");
        assert!(
            said[0].1.starts_with(
                "`وإذ تؤكد من` opens a line after line 9, which ends a clause and runs 100% of the text's full width: read as running on in its paragraph (it may open one)"
            ),
            "{said:?}"
        );
        assert!(
            said[1]
                .1
                .starts_with("`وإذ تشير إلى` opens a line after line 18"),
            "{said:?}"
        );
    }
}
