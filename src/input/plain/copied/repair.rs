//! What extractors do to words and scripts, undone where the text shows it: a word broken at its
//! hyphen and left with a space (`post- conflict`), Arabic vowel marks put before their letter,
//! spaces between Chinese characters. Each repair is said, with the paragraph's line.

use super::arabic_words;
use super::join::Para;
use super::lam_alef;
use super::marks::{Words, mark_opens_a_word, marks_on_their_letters, space_before_comma};
use crate::input::Warning;
use crate::model::text::is_cjk;
use crate::model::{Footnote, Language};

/// The repairs of what extractors do to a script, on each paragraph, each said.
/// `hand`: whether the whole text (body and notes) shows LibreOffice's lam-alef hand, as
/// [`lam_alef::decide`] says.
pub fn scripts(paras: &mut [Para], language: Language, hand: bool, warnings: &mut Vec<Warning>) {
    let displaced_marks = paras.iter().any(|p| mark_opens_a_word(&p.text));
    let words = if language == Language::Ar && displaced_marks {
        Words::of(paras.iter().map(|p| p.text.as_str()))
    } else {
        Words::default()
    };
    if language == Language::Ar {
        lam_alef_said(
            paras.iter_mut().map(|p| (&mut p.text, p.line)),
            hand,
            warnings,
        );
    }
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
                        "{moved} Arabic vowel mark{} found before {} letter and a space (`ُي بذل`), as extractors leave them: put back on the letter (`يُبذل`)",
                        if moved > 1 { "s" } else { "" },
                        if moved > 1 { "their" } else { "its" }
                    ),
                });
            }
        }
        if language == Language::Ar {
            let (text, removed) = space_before_comma(&p.text);
            if removed > 0 {
                p.text = text;
                warnings.push(Warning {
                    chosen: None,
                    line: p.line,
                    message: format!(
                        "{removed} space{} after `ًا` and before `،` or `؛` removed (`نموًا ؛`: an extractor's, which takes the tanween's width for a gap; Arabic sets no space before its comma)",
                        if removed > 1 { "s" } else { "" }
                    ),
                });
            }
        }
        if language == Language::Zh {
            let (text, removed) = cjk_spaces(&p.text);
            if removed > 0 {
                p.text = text;
                warnings.push(Warning {
                    chosen: None,
                    line: p.line,
                    message: format!(
                        "{removed} space{} between Chinese characters removed (an extractor's, not the text's)",
                        if removed > 1 { "s" } else { "" }
                    ),
                });
            }
        }
        let (text, fixed) = close_broken_hyphens(&p.text);
        if !fixed.is_empty() {
            p.text = text;
            warnings.push(Warning {
                chosen: None,
                line: p.line,
                message: format!(
                    "a word broken at its hyphen, read whole: {}",
                    fixed
                        .iter()
                        .map(|f| format!("`{f}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
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

/// [`scripts`] of the notes, as read with their lines: the lam-alef ligatures put back.
pub fn notes(
    notes: &mut [(Footnote, usize)],
    language: Language,
    hand: bool,
    warnings: &mut Vec<Warning>,
) {
    if language == Language::Ar {
        lam_alef_said(
            notes.iter_mut().map(|(n, l)| (&mut n.text, *l)),
            hand,
            warnings,
        );
    }
}

/// The lam-alef ligatures of `texts` (each with its line) put back (see [`lam_alef`]), each
/// kind said on its line with the words changed.
fn lam_alef_said<'a>(
    texts: impl Iterator<Item = (&'a mut String, usize)>,
    hand: bool,
    warnings: &mut Vec<Warning>,
) {
    let mut texts: Vec<(&mut String, usize)> = texts.collect();
    let listed = |words: &[[String; 2]]| {
        words
            .iter()
            .map(|[seen, read]| format!("`{seen}` as `{read}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let plural = |n: usize| if n > 1 { "s" } else { "" };
    for (text, line) in texts.iter_mut() {
        let (fixed, done) = lam_alef::certain(text, hand);
        **text = fixed;
        let said = |message: String| Warning {
            chosen: None,
            line: *line,
            message,
        };
        if !done.after_alef.is_empty() {
            warnings.push(said(format!(
                "lam-alef ligature{} found taken apart in the wrong order after an alef, as `pdftotext` gives LibreOffice's Arabic: put back: {}",
                plural(done.after_alef.len()),
                listed(&done.after_alef)
            )));
        }
        if !done.after_lam.is_empty() {
            warnings.push(said(format!(
                "lam-alef ligature{} found taken apart after a lam in a text whose ligatures are all so taken apart: put back: {}",
                plural(done.after_lam.len()),
                listed(&done.after_lam)
            )));
        }
        if !done.alone.is_empty() {
            warnings.push(said(format!(
                "{} lam-alef ligature{} found taken apart standing alone (`ال يتجزأ`: the article never stands alone) in a text whose ligatures are all so taken apart: read as `لا` ({})",
                done.alone.len(),
                plural(done.alone.len()),
                done.alone
                    .iter()
                    .map(|w| format!("`{w}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    }
    if !hand {
        return;
    }
    let words = lam_alef::words_of(texts.iter().map(|(t, _)| t.as_str()));
    for (text, line) in texts.iter_mut() {
        let (fixed, read) = lam_alef::by_words(text, &words);
        if read.is_empty() {
            continue;
        }
        **text = fixed;
        warnings.push(Warning {
            chosen: None,
            line: *line,
            message: format!(
                "lam-alef ligature{} found taken apart at a word's start in a text whose ligatures are all so taken apart, read as `ل` before the word the text writes elsewhere: {}",
                plural(read.len()),
                read.iter()
                    .map(|[seen, as_read, word]| format!("`{seen}` as `{as_read}` (`{word}`)"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    for (text, line) in texts.iter_mut() {
        let (fixed, done) = arabic_words::by_list(text);
        **text = fixed;
        if !done.put_back.is_empty() {
            warnings.push(Warning {
                chosen: None,
                line: *line,
                message: format!(
                    "lam-alef ligature{} found taken apart inside a word (after a letter other than an alef or a lam, where `ال` may be the word's own letters) in a text whose ligatures are all so taken apart: put back by the word list of the UN's Arabic texts: {}",
                    plural(done.put_back.len()),
                    listed(&done.put_back)
                ),
            });
        }
        for left in &done.left {
            let reads = left
                .reads
                .iter()
                .map(|r| format!("`{r}`"))
                .collect::<Vec<_>>()
                .join(" or ");
            let seen = &left.seen;
            warnings.push(Warning {
                chosen: None,
                line: *line,
                message: if left.written {
                    format!(
                        "`{seen}` left as seen: it is a word of the UN's Arabic texts as written, and by the word list of the UN's Arabic texts it may also be {reads} with a lam-alef ligature taken apart; this text, whose ligatures are all so taken apart, cannot say which"
                    )
                } else {
                    format!(
                        "`{seen}` left as seen: by the word list of the UN's Arabic texts it may be {reads} with lam-alef ligatures taken apart; this text, whose ligatures are all so taken apart, cannot say which"
                    )
                },
            });
        }
    }
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
mod tests {
    use super::*;

    #[test]
    fn spaces_beside_chinese_quotes_removed() {
        let (t, n) = cjk_spaces("秘书长关于 “ 人工智能 ” 的报告，[^1] 《议程》");
        assert_eq!(
            (t.as_str(), n),
            ("秘书长关于“人工智能”的报告，[^1] 《议程》", 4)
        );
        assert_eq!(cjk_spaces("“The age” of").1, 0);
    }

    /// A/RES/74/197 in Arabic as resdiff's PDF reader reads it: a shadda on the letter before
    /// a word's last, as written. Repaired as an extractor's mark before this fix
    /// (`تسلمّبضرورة`, the space lost).
    #[test]
    fn marks_as_written_are_left_where_they_are() {
        let para = |text: &str| Para {
            line: 1,
            text: text.into(),
        };
        let mut paras = [para("وإذ تسلّم بضرورة أن تتوافر لدى الناس المهارات")];
        let mut warnings = Vec::new();
        scripts(&mut paras, Language::Ar, false, &mut warnings);
        assert_eq!(
            paras[0].text,
            "وإذ تسلّم بضرورة أن تتوافر لدى الناس المهارات"
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        // A mark opening a word elsewhere says an extractor wrote the text.
        let mut paras = [para("ما ُي بذل من")];
        scripts(&mut paras, Language::Ar, false, &mut warnings);
        assert_eq!(paras[0].text, "ما يُبذل من");
    }

    /// `pdftotext` of A/RES/80/118 in Arabic as Chromium prints it: the marks of a lam written
    /// on the letter before it (8 clauses), beside marks before their letter and a space.
    #[test]
    fn marks_before_a_lam_are_the_lam_s() {
        let para = |text: &str| Para {
            line: 7,
            text: text.into(),
        };
        let mut paras = [
            para("التي تقِّد م لمحة عامة، وإذ تسّلم بأن وتدعُم ها وتكمُلها"),
            para("تسلم بأن ما توَّلد عن التكنولوجيا وتتطّلع إلى واستحداثها تشِّك ل فجوة وما ُي لاحظ من"),
        ];
        let mut warnings = Vec::new();
        scripts(&mut paras, Language::Ar, false, &mut warnings);
        assert_eq!(
            paras[0].text,
            "التي تقدِّم لمحة عامة، وإذ تسلّم بأن وتدعمُها وتكملُها"
        );
        assert_eq!(
            paras[1].text,
            "تسلم بأن ما تولَّد عن التكنولوجيا وتتطلّع إلى واستحداثها تشكِّل فجوة وما يُلاحظ من"
        );
        assert!(
            warnings[0]
                .message
                .contains("read as the lam's: `تسّلم` as `تسلّم`, `وتكمُلها` as `وتكملُها`"),
            "{warnings:?}"
        );
        assert_eq!(warnings[0].line, 7);
        // Without that extractor's hand, a mark before a lam is where the text wrote it.
        let mut paras = [para("المشغِّلين وتعامُل")];
        let mut warnings = Vec::new();
        scripts(&mut paras, Language::Ar, false, &mut warnings);
        assert_eq!(paras[0].text, "المشغِّلين وتعامُل");
        assert!(warnings.is_empty());
    }

    /// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX: a
    /// ligature taken apart inside a word put back by the list, a word the list's texts write
    /// as seen left, each said on the paragraph's line. Both stood as seen before the list.
    #[test]
    fn ligatures_inside_a_word_put_back_by_the_list_and_said() {
        let mut paras = [Para {
            line: 12,
            text:
                "وإذ تالحظ أيضا انعقاد الدورة الثانية والعشرين، وإذ تتطلع إلى انعقاد الدورة الثالثة"
                    .into(),
        }];
        let mut warnings = Vec::new();
        scripts(&mut paras, Language::Ar, true, &mut warnings);
        assert_eq!(
            paras[0].text,
            "وإذ تلاحظ أيضا انعقاد الدورة الثانية والعشرين، وإذ تتطلع إلى انعقاد الدورة الثالثة"
        );
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
        assert!(warnings.iter().all(|w| w.line == 12));
        assert!(
            warnings[0]
                .message
                .contains("put back by the word list of the UN's Arabic texts: `تالحظ` as `تلاحظ`")
        );
        assert!(warnings[1].message.starts_with("`الثالثة` left as seen"));
        assert!(warnings[1].message.contains("`الثلاثة`"));
        // Not in the hand: `تالحظ` is left to the reader, as written.
        let mut paras = [Para {
            line: 12,
            text: "وإذ تالحظ".into(),
        }];
        let mut warnings = Vec::new();
        scripts(&mut paras, Language::Ar, false, &mut warnings);
        assert_eq!(paras[0].text, "وإذ تالحظ");
        assert!(warnings.is_empty());
    }

    #[test]
    fn broken_hyphens_inside_a_line() {
        let (t, fixed) = close_broken_hyphens("in post- conflict and pre- and post-crisis");
        assert_eq!(t, "in post-conflict and pre- and post-crisis");
        assert_eq!(fixed, ["post-conflict"]);
    }
}
