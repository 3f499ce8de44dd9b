//! Whether a line opening with a preamble call, after a line that may end a paragraph, opens
//! one. Where the call words also run on inside paragraphs (`، وإذ تلاحظ أيضًا`, `，欢迎`), the
//! copied text says it only by what the page left in it: the empty line `pdftotext -layout`
//! sets between paragraphs spaced apart, or the width of the line before, where the script's
//! characters measure it.

use std::collections::HashMap;

use super::calls::opens_with_call;
use super::join::{ends_paragraph, width};
use super::pages::Line;
use crate::input::Warning;
use crate::model::Language;

/// How an Arabic text writes each call where its lines say it for certain, by the call's first
/// three words (`وإذ تلاحظ أيضًا`): how often it opens a paragraph (at a line's start after a
/// short line ending a clause) and how often it runs on in one (after a comma inside a line).
#[derive(Debug, Default)]
pub(super) struct Uses(HashMap<String, (usize, usize)>);

impl Uses {
    /// The uses in `lines`, whose full width is `full`; none outside Arabic.
    pub(super) fn of(lines: &[Line], language: Language, full: usize) -> Uses {
        let mut uses: HashMap<String, (usize, usize)> = HashMap::new();
        if language != Language::Ar {
            return Uses(uses);
        }
        for (i, l) in lines.iter().enumerate() {
            let t = l.body();
            if let Some(p) = i.checked_sub(1).map(|k| lines[k].body())
                && opens_with_call(t, language)
                && ends_paragraph(p)
                && width(p) * 10 < full * 8
            {
                uses.entry(call(t)).or_default().0 += 1;
            }
            for part in t.split('،').skip(1).map(str::trim_start) {
                if opens_with_call(part, language) {
                    uses.entry(call(part)).or_default().1 += 1;
                }
            }
        }
        Uses(uses)
    }

    /// How often `call` opens a paragraph and runs on, where the lines say.
    fn of_call(&self, call: &str) -> (usize, usize) {
        self.0.get(call).copied().unwrap_or_default()
    }
}

/// What the page left in a copied text to say where its paragraphs start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PageSays {
    /// An empty line between paragraphs spaced apart, none inside one (Arabic and Chinese,
    /// whose calls run on).
    EmptyLines,
    /// The first line of each paragraph indented: whether this line is.
    Indent(bool),
    Nothing,
}

/// Whether the text indents the first line of its preamble paragraphs (`pdftotext -layout` of
/// Chromium's UN layout): every line opening with a call after a short line that ends a clause,
/// at least three, is indented. There a call at the margin runs on in its paragraph
/// (`стоимости,` then `принимая при этом во внимание`: Russian calls are in lower case).
pub(super) fn indented_calls(lines: &[Line], language: Language, full: usize, base: usize) -> bool {
    // `pdftotext -layout` pads right-to-left lines to the right margin: no indent is kept.
    if language.is_rtl() {
        return false;
    }
    let opening: Vec<&Line> = lines
        .windows(2)
        .filter(|w| {
            let p = w[0].body();
            !w[1].break_before
                && ends_paragraph(p)
                && width(p) * 10 < full * 8
                && opens_with_call(w[1].body(), language)
        })
        .map(|w| &w[1])
        .collect();
    opening.len() >= 3 && opening.iter().all(|l| l.indent() >= base + 3)
}

/// `n` times, in words.
fn times(n: usize) -> String {
    match n {
        0 => "never".into(),
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

/// A call as [`Uses`] keys it: the first three words of `t`, each with the marks an extractor
/// set apart after it (`أيضا ً`, LibreOffice's `أيضًا`: not the call `وإذ تلاحظ أيضا` without
/// its tanween, which 80/118 writes opening a paragraph where it writes the other running on).
fn call(t: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in t.split_whitespace() {
        if let Some(last) = words.last_mut()
            && w.chars().all(super::vowel_mark)
        {
            last.push_str(w);
        } else if words.len() == 3 {
            break;
        } else {
            words.push(w.to_string());
        }
    }
    words.join(" ")
}

/// Whether line `l`, opening with a call after `p`, which may end a paragraph and runs `share`
/// percent of the text's full width, opens one.
///
/// - Where the text's paragraphs are spaced apart by empty lines ([`PageSays::EmptyLines`]:
///   Arabic and Chinese, whose calls run on), the empty line says, and where it says otherwise than the width, that is
///   warned of.
/// - Chinese: opens, unless it opens with `并` ("and"). A call runs on at a line's start only
///   after a full line, and a paragraph ends on a full line as seldom (one line in the count
///   of characters a line holds, 40 in LibreOffice's A4): there, calls open far more often
///   than they run on (the corpus's Chinese preambles open 395 paragraphs with a call and run
///   one on after a comma 128 times, `并` aside). Read as the width said (a line of 100% goes
///   on), the three such calls in the Chinese prints of A/RES/74/197 and 80/118 were wrong
///   (`注意到信`, `十分关切`, `确认实现` open paragraphs); after lines as full but for a hanging
///   comma (97%), 3 of 4 open.
/// - Arabic: opens, unless the text writes that call (its first three words), where its lines
///   say for certain ([`Uses`]), after a comma inside a line more than twice as often as
///   opening a paragraph after a short line; where it writes it neither way, as the width
///   says, as Chinese. Each is
///   warned, naming the call's line: the copied text keeps nothing to tell. Its letters do not
///   measure a line (marks take no room, letters differ in width: in Chromium's print of
///   A/RES/80/118 the lines that fill the width hold 92 to 136 letters, and paragraphs end on
///   lines of up to 125 characters, its 90th percentile), and `pdftotext` without `-layout`
///   keeps no indent and sets its empty lines inside paragraphs too. In that print, 16 calls
///   open a line after a clause's end on a line of 80% of the width or more: 3 run on in their
///   paragraph, 13 open one, at every width; read by the width, 4 were wrong, by the text's
///   uses 1 (`وإذ تشدد على` after a line of 88%, which the text writes twice opening a
///   paragraph and once running on). Calls there open far more often than they run on: read
///   as running on wherever the text writes the call more often after a comma than opening a
///   paragraph, 3 of 13 were wrong in Chromium's print of A/RES/74/197 without `-layout`
///   (`وإذ تشير إلى`, which it writes twice after a comma and once opening, opens twice), 2 of 8
///   in LibreOffice's (`وإذ تلاحظ أيضا`, once and twice, opens); as here, 1 and 1.
/// - Where the text indents the first line of its paragraphs (`indented`, the line's own), the
///   indent says; a call at the margin running on is warned.
/// - Russian: opens, warned (its calls are in lower case and run on inside paragraphs too, at
///   every width: in LibreOffice's print of A/RES/80/118 three run on after lines of 90 to 100%
///   of the width, and calls open paragraphs after lines of 85 to 100%).
/// - Other languages: opens (their calls open with a capital, or run on only in lower case).
pub(super) fn call_opens(
    p: &Line,
    l: &Line,
    language: Language,
    page: PageSays,
    share: usize,
    uses: &Uses,
    warnings: &mut Vec<Warning>,
) -> bool {
    let full = share >= 100;
    if let PageSays::Indent(indented) = page
        && !l.break_before
    {
        if !indented {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "`{}` opens a line after line {}, which ends a clause: read as running on in its paragraph, as the line is not indented and the text indents the first line of its paragraphs",
                    call(l.body()),
                    p.number
                ),
            });
        }
        return indented;
    }
    if page == PageSays::EmptyLines && !l.break_before {
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
        Language::Zh => {
            // `并` ("and") joins a clause to the one before: no Chinese preamble paragraph of
            // the corpus opens with it (`，并承认`, `，并强调` run on), where `又` and `还`
            // ("also") open paragraphs.
            let and = l.body().starts_with('并');
            let opens = !and;
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "`{}` opens a line after line {}, which ends a clause and runs {share}% of the text's full width: read as {}, {}; nothing in the copied text says which ({})",
                    l.body().chars().take(4).collect::<String>(),
                    p.number,
                    if opens {
                        "opening a paragraph (it may run on in the paragraph before)"
                    } else {
                        "running on in its paragraph (it may open one)"
                    },
                    if and {
                        "as `并` (\"and\") joins it to the clause before and opens no paragraph"
                    } else {
                        "as a call at a line's start after a clause's end opens a paragraph far more often than it runs on (Chinese calls run on inside paragraphs too, after a full line)"
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
        Language::Ar => {
            let call = call(l.body());
            let (opening, running) = uses.of_call(&call);
            // At a line's start after a clause's end, a call opens a paragraph far more often
            // than it runs on: the text's uses of it say otherwise only where it writes it
            // after a comma more than twice as often as opening one.
            let undecided = opening == 0 && running == 0;
            let opens = if undecided {
                !full
            } else {
                running <= opening * 2
            };
            let why = if undecided {
                format!(
                    "as the width says (the text writes it {} opening a paragraph, {} after a comma inside one)",
                    times(opening),
                    times(running)
                )
            } else if opens {
                format!(
                    "as the text writes it {} opening a paragraph, {} after a comma inside one{}",
                    times(opening),
                    times(running),
                    if running > opening {
                        " (a call at a line's start after a clause's end opens a paragraph far more often than it runs on)"
                    } else {
                        ""
                    }
                )
            } else {
                format!(
                    "as the text writes it {} after a comma inside a paragraph, {} opening one",
                    times(running),
                    times(opening)
                )
            };
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "`{call}` opens a line after line {}, which ends a clause and runs {share}% of the text's full width: read as {}, {why}; nothing in the copied text says which ({}, and Arabic letters do not measure a line's width)",
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
        Language::Ru => {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "`{}` opens a line after line {}, which ends a clause and runs {share}% of the text's full width: read as opening a paragraph (it may run on in the paragraph before: Russian calls are in lower case and run on inside paragraphs too); nothing in the copied text says which ({})",
                    call(l.body()),
                    p.number,
                    if l.break_before {
                        "the call opens a page"
                    } else {
                        "no empty line or indent marks the text's paragraphs"
                    }
                ),
            });
            true
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests;
