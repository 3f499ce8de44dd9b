//! What extractors do to words and scripts, undone where the text shows it: a word broken at its
//! hyphen and left with a space (`post- conflict`), Arabic vowel marks put before their letter,
//! spaces between Chinese characters. Each repair is said, with the paragraph's line.

use super::join::Para;
use super::latin_gaps;
use super::ligatures::lam_alef_said;
use super::marks::{
    Words, mark_opens_a_word, marks_on_their_letters, space_before_comma, tanween_after_alef,
};
use super::quoted;
use super::set_apart::{
    Glued, Whole, blank_after_opening, blank_after_slash, blank_before_number, blanks_after_marks,
    marks_after_blanks, marks_left, shadda_after_short_word,
};
use crate::input::Warning;
use crate::model::text::is_cjk;
use crate::model::{Footnote, Language};

/// [`scripts_by`] with every paragraph prose.
#[cfg(test)]
fn scripts(paras: &mut [Para], language: Language, hand: bool, warnings: &mut Vec<Warning>) {
    let prose = paras.len();
    scripts_by(paras, prose, language, hand, warnings);
}

/// The words a space was taken out between, where the text writes them joined nowhere else:
/// named in the warning as a guess (a word may end there).
fn guessed(joined: &[(String, String)]) -> String {
    if joined.is_empty() {
        return String::new();
    }
    format!(
        "; the word after joined where the text writes the two joined nowhere else, a guess (a word may end there, its blank and the extractor's one): {}",
        joined
            .iter()
            .map(|(seen, read)| format!("`{seen}` as `{read}`"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The repairs of what extractors do to a script, on each paragraph, each said. `hand`:
/// whether the whole text (body and notes) shows LibreOffice's lam-alef hand, as
/// [`lam_alef::decide`] says. The hand of the vowel marks, and the words that say where a
/// space is the text's ([`Words`]), are those of the first `prose` paragraphs: a note's
/// abbreviations (`(د-3)`, a session) are no words of the text (`حدّ د` was read as two words
/// for it).
fn scripts_by(
    paras: &mut [Para],
    prose: usize,
    language: Language,
    hand: bool,
    warnings: &mut Vec<Warning>,
) {
    // The ligatures first: the words the repairs after go by are the text's as read.
    if language == Language::Ar {
        lam_alef_said(
            paras.iter_mut().map(|p| (&mut p.text, p.line)),
            hand,
            warnings,
        );
    }
    let prose = &paras[..prose.min(paras.len())];
    // LibreOffice's print (its lam-alef hand) comes out of `pdftotext` with each mark after
    // its letter, as written (`فتوفّر بذلك`, `تسلّم`): the marks of the extractor that writes
    // them before their letters (`ُي بذل`, Chromium's print) are not in it, though a mark set
    // apart may open a word there (`وي ُسر`), and that repair made `فتوفرّبذلك` of it.
    let displaced_marks = !hand && prose.iter().any(|p| mark_opens_a_word(&p.text));
    let glued = if language == Language::Ar && hand {
        Glued::of(prose.iter().map(|p| p.text.as_str()))
    } else {
        Glued::default()
    };
    let whole = if language == Language::Ar && hand {
        Whole::of(prose.iter().map(|p| p.text.as_str()))
    } else {
        Whole::default()
    };
    let words = if language == Language::Ar && displaced_marks {
        Words::of(prose.iter().map(|p| p.text.as_str()))
    } else {
        Words::default()
    };
    // LibreOffice's gap between a Chinese character and a Latin letter or digit, where the text
    // sets one at more such places than not (see `latin_gaps`).
    let (gaps, tight) = if language == Language::Zh {
        latin_gaps::counts(prose.iter().map(|p| p.text.as_str()))
    } else {
        (0, 0)
    };
    let called = latin_gaps::called(prose.iter().map(|p| p.text.as_str()));
    for p in paras.iter_mut() {
        if language == Language::Ar && displaced_marks {
            let put = marks_on_their_letters(&p.text, &words);
            if !put.lam.is_empty() {
                warnings.push(Warning {
                    chosen: None,
                    line: p.line,
                    message: format!(
                        "Arabic vowel mark{} found on the letter before a lam, where the extractor that wrote this text puts a mark (before its letter, as in `ُي بذل`): read as the lam's: {}",
                        if put.lam.len() > 1 { "s" } else { "" },
                        put.lam
                            .iter()
                            .map(|(seen, read)| format!("`{seen}` as `{read}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                });
            }
            for (seen, read, why) in &put.spaces {
                warnings.push(Warning {
                    chosen: None,
                    line: p.line,
                    message: format!(
                        "`{seen}`, a vowel mark before its letter and a space, read as `{read}`: {why}"
                    ),
                });
            }
            let moved = put.moved;
            if moved > 0 || !put.lam.is_empty() {
                p.text = put.text;
            }
            if moved > 0 {
                warnings.push(Warning {
                    chosen: None,
                    line: p.line,
                    message: format!(
                        "{moved} Arabic vowel mark{} found before {} letter and a space (`ُي بذل`), as extractors leave them: put back on the letter (`يُبذل`){}",
                        if moved > 1 { "s" } else { "" },
                        if moved > 1 { "their" } else { "its" },
                        guessed(&put.guessed)
                    ),
                });
            }
        }
        if language == Language::Ar {
            let (text, read) = tanween_after_alef(&p.text);
            keep(p, warnings, text, !read.is_empty(), || {
                format!(
                    "tanween `ً` set apart after its word's final alef (`نموا ً`, as `pdftotext` gives LibreOffice's Arabic) put back before the alef: {}",
                    quoted(&read, ", ")
                )
            });
            if hand {
                let (text, read) = blanks_after_marks(&p.text, &whole);
                keep(p, warnings, text, !read.is_empty(), || {
                    format!(
                        "blank{} after a marked letter inside a word removed (`ومؤمَّ نة`, as `pdftotext` gives LibreOffice's Arabic), where the text writes the piece after it nowhere else as a word: {}",
                        if read.len() > 1 { "s" } else { "" },
                        read.iter()
                            .map(|[seen, as_read]| format!("`{seen}` as `{as_read}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                });
                let (text, read) = marks_after_blanks(&p.text);
                keep(p, warnings, text, !read.is_empty(), || {
                    format!(
                        "Arabic vowel mark{} found after a blank (`وي ُسر`), as `pdftotext` gives LibreOffice's Arabic, which writes each mark after its letter: put back on the letter before the blank (on a hamza's alef opening the word after it, on the first of a doubled letter after it): {}",
                        if read.len() > 1 { "s" } else { "" },
                        read.iter()
                            .map(|[seen, as_read]| format!("`{seen}` as `{as_read}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                });
            }
            if hand {
                let (text, read) = shadda_after_short_word(&p.text, &whole);
                keep(p, warnings, text, !read.is_empty(), || {
                    format!(
                        "a shadda alone between blanks after a short word, as `pdftotext` sets LibreOffice's apart, put on that word's last letter (a doubled root's: `سدّ`): {}",
                        quoted(&read, ", ")
                    )
                });
            }
            if hand {
                let left = marks_left(&p.text);
                if !left.is_empty() {
                    warnings.push(Warning {
                        chosen: None,
                        line: p.line,
                        message: format!(
                            "vowel mark{} set apart after a blank left where {} (each one's word broken, its rest elsewhere in the line, and nothing says which letter bears the mark): {}",
                            if left.len() > 1 { "s" } else { "" },
                            if left.len() > 1 { "they stand" } else { "it stands" },
                            quoted(&left, ", ")
                        ),
                    });
                }
            }
            if hand {
                let (text, read) = blank_before_number(&p.text, &glued);
                keep(p, warnings, text, !read.is_empty(), || {
                    format!(
                        "blank between a word and its number removed, as the text writes that word glued to its numbers more often than not (`جيم5`; an extractor's, at a line's break or a left-to-right run's start): {}",
                        quoted(&read, ", ")
                    )
                });
            }
            let (text, read) = blank_after_slash(&p.text);
            keep(p, warnings, text, !read.is_empty(), || {
                format!(
                    "blank after a slash between two Arabic words removed (the corpus's Arabic texts write one only before a month's Latin name, where it stays; an extractor's): {}",
                    quoted(&read, ", ")
                )
            });
            let (text, read) = blank_after_opening(&p.text);
            keep(p, warnings, text, !read.is_empty(), || {
                format!(
                    "blank after an opening bracket or quotation mark removed (Arabic writes none; an extractor's, which takes the mark's width for a gap): {}",
                    quoted(&read, ", ")
                )
            });
            let (text, removed) = space_before_comma(&p.text);
            keep(p, warnings, text, removed > 0, || {
                format!(
                    "{removed} space{} after `ًا` and before `،` or `؛` removed (`نموًا ؛`: an extractor's, which takes the tanween's width for a gap; Arabic sets no space before its comma)",
                    if removed > 1 { "s" } else { "" }
                )
            });
        }
        if language == Language::Zh {
            let (text, removed) = cjk_spaces(&p.text);
            keep(p, warnings, text, removed > 0, || {
                format!(
                    "{removed} space{} between Chinese characters removed (an extractor's, not the text's)",
                    if removed > 1 { "s" } else { "" }
                )
            });
        }
        if gaps > tight {
            let (text, removed, again) = latin_gaps::remove(&p.text, &called);
            for seen in again {
                warnings.push(Warning {
                    chosen: None,
                    line: p.line,
                    message: format!(
                        "`{seen}`: the digits read as a note's mark written again (the UN writes one as its digits and a space: `阶段4 和`), not a number: the text calls that note, and no counter (`年`, `个`, `段` …) follows; the space after them kept"
                    ),
                });
            }
            keep(p, warnings, text, removed > 0, || {
                format!(
                    "{removed} space{} between a Chinese character and a Latin letter or digit removed (`的 2018 年`: LibreOffice sets a gap there, which the extractor wrote as a space; the text sets one at {gaps} such places and none at {tight}, and Chinese writes none)",
                    if removed > 1 { "s" } else { "" }
                )
            });
        }
        if language == Language::Ar {
            let alone = marks_alone(&p.text);
            if !alone.is_empty() {
                warnings.push(Warning {
                    chosen: None,
                    line: p.line,
                    message: format!(
                        "Arabic vowel mark set apart from any letter, as `pdftotext` sets a mark drawn apart, that no repair put back on its letter: left where it stands ({}); the words around it, and the order of its page line's pieces, may be misread",
                        quoted(&alone, ", ")
                    ),
                });
            }
        }
        let (text, fixed) = close_broken_hyphens(&p.text);
        keep(p, warnings, text, !fixed.is_empty(), || {
            format!(
                "a word broken at its hyphen, read whole: {}",
                quoted(&fixed, ", ")
            )
        });
    }
}

/// Keeps a repair's text where it changed something, and says what it did, at the paragraph's
/// line.
fn keep(
    p: &mut Para,
    warnings: &mut Vec<Warning>,
    text: String,
    changed: bool,
    message: impl FnOnce() -> String,
) {
    if changed {
        p.text = text;
        warnings.push(Warning {
            chosen: None,
            line: p.line,
            message: message(),
        });
    }
}

/// `post- conflict` inside a line (a viewer turned the line end into a space): the hyphenated
/// word, joined, and where; `pre- and post-conflict` is left as written.
pub fn close_broken_hyphens(text: &str) -> (String, Vec<String>) {
    const SUSPENDED: &[&str] = &["and", "or", "et", "ou", "y", "o", "u", "и", "или", "e"];
    let mut out = String::with_capacity(text.len());
    let mut fixed = Vec::new();
    let mut rest = text;
    while let Some(k) = rest.find("- ") {
        let (head, tail) = rest.split_at(k);
        let before = head.chars().next_back();
        let after = &tail[2..];
        let next_word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
        let broken = before.is_some_and(char::is_alphabetic)
            && next_word.chars().next().is_some_and(char::is_lowercase)
            && !SUSPENDED.contains(&next_word.as_str());
        out.push_str(head);
        if broken {
            let word_start = head
                .rfind(|c: char| !c.is_alphanumeric())
                .map_or(0, |p| p + 1);
            fixed.push(format!("{}-{}", &head[word_start..], next_word));
            out.push('-');
        } else {
            out.push_str("- ");
        }
        rest = after;
    }
    out.push_str(rest);
    (out, fixed)
}

/// [`scripts`] of a whole copied text, as one text: its head (symbol, title, formula: each a
/// line before the paragraphs), its paragraphs and its notes (each with its line): no line is
/// left out (the title once kept `االتصاالت` that the paragraphs had put back), and the words
/// the lam-alef repairs go by are the whole text's.
pub fn text(
    head: &mut [Para],
    paras: &mut [Para],
    notes: &mut [(Footnote, usize)],
    language: Language,
    hand: bool,
    warnings: &mut Vec<Warning>,
) {
    let mut all: Vec<Para> = paras.iter().chain(head.iter()).cloned().collect();
    all.extend(notes.iter().map(|(n, line)| Para {
        line: *line,
        text: n.text.clone(),
    }));
    scripts_by(&mut all, paras.len(), language, hand, warnings);
    let texts = paras
        .iter_mut()
        .chain(head.iter_mut())
        .map(|p| &mut p.text)
        .chain(notes.iter_mut().map(|(n, _)| &mut n.text));
    for (text, read) in texts.zip(all) {
        *text = read.text;
    }
}

/// The vowel marks of `text` standing alone between blanks, each with the word before and
/// after it (`المصلحة ٍ وتحقيق`): what the repairs of marks set apart left unplaced.
fn marks_alone(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..words.len())
        .filter(|&i| words[i].chars().all(super::vowel_mark))
        .map(|i| words[i.saturating_sub(1)..(i + 2).min(words.len())].join(" "))
        .collect()
}

/// `认识到 《支援`: a space between two Chinese characters, which Chinese never writes, removed;
/// and how many. A space after a footnote mark (`、[^12] 《`) is the text's and stays.
fn cjk_spaces(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    // Chinese sets its quotation marks `“ ” ‘ ’` full width, and an extractor that sees their
    // width as a gap puts a space beside them (`关于 “ 人工智能`).
    let chinese = |c: char| is_cjk(c) || matches!(c, '“' | '”' | '‘' | '’');
    for (i, &c) in chars.iter().enumerate() {
        let between = c == ' '
            && i > 0
            && chinese(chars[i - 1])
            && chars.get(i + 1).is_some_and(|n| chinese(*n))
            && (is_cjk(chars[i - 1]) || chars.get(i + 1).is_some_and(|n| is_cjk(*n)));
        if between {
            removed += 1;
        } else {
            out.push(c);
        }
    }
    (out, removed)
}

#[cfg(test)]
mod tests;
