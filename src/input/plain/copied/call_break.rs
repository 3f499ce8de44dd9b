//! Whether a line opening with a preamble call, after a line that may end a paragraph, opens
//! one. Where the call words also run on inside paragraphs (`، وإذ تلاحظ أيضًا`, `，欢迎`), the
//! copied text says it only by what the page left in it: the empty line `pdftotext -layout`
//! sets between paragraphs spaced apart, or the width of the line before, where the script's
//! characters measure it.

use std::cmp::Ordering;
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
/// - Chinese: a full line goes on (`，欢迎` at a line's start); its characters take one or two
///   columns each, so a line of the full width is one the paragraph fills.
/// - Arabic: as the text writes that call (its first three words) where its lines say for
///   certain ([`Uses`]): opening a paragraph after a short line, or after a comma inside a
///   line; where it writes it as often each way, as the width says, as Chinese. Each is
///   warned, naming the call's line: the copied text keeps nothing to tell. Its letters do not
///   measure a line (marks take no room, letters differ in width: in Chromium's print of
///   A/RES/80/118 the lines that fill the width hold 92 to 136 letters, and paragraphs end on
///   lines of up to 125 characters, its 90th percentile), and `pdftotext` without `-layout`
///   keeps no indent and sets its empty lines inside paragraphs too. In that print, 16 calls
///   open a line after a clause's end on a line of 80% of the width or more: 3 run on in their
///   paragraph, 13 open one, at every width; read by the width, 4 were wrong, by the text's
///   uses 1 (`وإذ تشدد على` after a line of 88%, which the text writes twice opening a
///   paragraph and once running on).
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
            let opens = !full && !and;
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
                    } else if full {
                        "as the line before runs the full width (Chinese calls run on inside paragraphs too)"
                    } else {
                        "as the line before stops short of the full width"
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
            let opens = match opening.cmp(&running) {
                Ordering::Greater => true,
                Ordering::Less => false,
                Ordering::Equal => !full,
            };
            let why = if opening == running {
                format!(
                    "as the width says (the text writes it {} opening a paragraph, {} after a comma inside one)",
                    times(opening),
                    times(running)
                )
            } else if opens {
                format!(
                    "as the text writes it {} opening a paragraph, {} after a comma inside one",
                    times(opening),
                    times(running)
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
mod tests {
    use super::super::join::paragraphs;
    use super::super::pages;
    use super::*;

    /// The paragraphs' first words and the warnings of lines `text` (numbered from `first`).
    fn read(text: &str, first: usize, language: Language) -> (Vec<String>, Vec<Warning>) {
        let lines: Vec<&str> = text.lines().collect();
        let mut warnings = Vec::new();
        let read = pages::read(&lines, first, &mut warnings);
        let paras = paragraphs(&read, language, true, &mut warnings);
        let starts = paras
            .iter()
            .map(|p| p.text.split(' ').take(4).collect::<Vec<_>>().join(" "))
            .collect();
        (starts, warnings)
    }

    /// LibreOffice's `أيضًا` comes out of `pdftotext` as `أيضا ً`: a call of its own, not
    /// `وإذ تلاحظ أيضا` (A/RES/80/118 writes the first running on twice, the second opening
    /// paragraph 51).
    #[test]
    fn a_mark_set_apart_is_its_word_s_in_a_call() {
        assert_eq!(call("وإذ تلاحظ أيضا ً أن الاتحاد"), "وإذ تلاحظ أيضا\u{64B}");
        assert_eq!(call("وإذ تلاحظ أيضا أن التغير"), "وإذ تلاحظ أيضا");
    }

    /// `pdftotext` (without `-layout`) of A/RES/80/118 in Arabic as Chromium prints it, lines
    /// 30-42, 86-92, 189-194, 202-211 and 300-303 (numbered from 1 here). Line 11's
    /// `وإذ تؤكد من جديد` follows a paragraph ending on a line as long (in characters) as the
    /// fullest, and line 24's `وإذ تلاحظ أيضًا` runs on after a shorter one: read by the width,
    /// the first was joined to the paragraph before and the second split from it, unsaid. The
    /// text writes the first opening a paragraph after a short line (line 18), the second after
    /// a comma inside a line (line 39).
    #[test]
    fn an_arabic_call_after_a_clause_s_end_is_read_as_the_text_writes_it_and_warned() {
        let text = include_str!("../../../../fixtures/copied/unga-80-118.ar.pdftotext.excerpt.txt");
        let (starts, warnings) = read(text, 1, Language::Ar);
        assert!(starts.iter().any(|s| s == "وإذ تؤكد من جديد"), "{starts:?}");
        assert!(
            !starts.iter().any(|s| s.starts_with("وإذ تلاحظ أيضًا")),
            "{starts:?}"
        );
        let said = |line: usize| -> &str {
            warnings
                .iter()
                .find(|w| {
                    w.line == line && w.message.contains("nothing in the copied text says which")
                })
                .map_or("", |w| w.message.as_str())
        };
        assert!(
            said(11).starts_with(
                "`وإذ تؤكد من` opens a line after line 9, which ends a clause and runs 100% of the text's full width: read as opening a paragraph (it may run on in the paragraph before), as the text writes it once opening a paragraph, never after a comma inside one"
            ),
            "{warnings:?}"
        );
        assert!(
            said(24).contains(
                "read as running on in its paragraph (it may open one), as the text writes it once after a comma inside a paragraph, never opening one"
            ),
            "{warnings:?}"
        );
    }

    /// `pdftotext -layout` of A/RES/80/118 in Chinese as LibreOffice prints resdiff's DOCX
    /// (lines 221-225): `并承认` ("and recognizes") opens a line after a full line ending in a
    /// comma, which stops short of the text's fullest (those with a hanging comma). Read by
    /// the width, it split its paragraph; `并` joins it to the clause before.
    #[test]
    fn a_chinese_call_after_and_runs_on() {
        let text = "展的经济、社会和环境方面的影响，
关切地注意到国家之间和国家内部的数字鸿沟、包括与人工智能有关的数字鸿沟继续扩大，
发展中国家、特别是特殊处境国家在跟上人工智能发展迅速加快的步伐方面面临重大挑战，
并承认需要更好地实现人工智能的惠益，特别是在发展中国家，同时认识到人工智能和人工
智能生成的内容的潜在负面影响对可持续发展造成障碍，比如对劳动力市场造成障碍，
政策问题合作工作组结构和组成形式的提议，组建了该工作组，并表示注意到工作组的工作，";
        let (starts, warnings) = read(text, 221, Language::Zh);
        assert_eq!(starts.len(), 2, "{starts:?}");
        let said: Vec<&Warning> = warnings.iter().filter(|w| w.line == 224).collect();
        assert_eq!(said.len(), 1, "{warnings:?}");
        assert!(said[0].message.starts_with("`并承认需` opens a line after line 223, which ends a clause and runs 97% of the text's full width: read as running on in its paragraph (it may open one), as `并` (\"and\") joins it"), "{said:?}");
    }

    /// `pdftotext -layout` of A/RES/74/197 in Russian as Chromium prints it (lines 120-156):
    /// the text indents its paragraphs' first lines, and `принимая при этом во внимание` (line
    /// 152 there, 33 here) opens a line at the margin after a full line ending in a comma: it
    /// runs on. Read as opening a paragraph, it split one (Russian calls are in lower case).
    #[test]
    fn a_call_at_the_margin_of_an_indented_text_runs_on() {
        let text =
            include_str!("../../../../fixtures/copied/unga-74-197.ru.pdftotext-layout.excerpt.txt");
        let (starts, warnings) = read(text, 1, Language::Ru);
        assert_eq!(
            starts,
            [
                "международного сотрудничества в области",
                "принимая к сведению подготовленный",
                "отмечая проведение Форума Всемирной",
                "принимая к сведению доклад",
                "учитывая, что информационно-коммуникационные технологии,",
                "принимая к сведению доклад",
                "отмечая проблемы в области",
            ]
        );
        let said: Vec<&Warning> = warnings
            .iter()
            .filter(|w| w.message.contains("not indented"))
            .collect();
        assert_eq!(said.len(), 1, "{warnings:?}");
        assert_eq!(said[0].line, 33);
        assert!(said[0].message.starts_with("`принимая при этом` opens a line after line 32, which ends a clause: read as running on in its paragraph"));
    }
}
