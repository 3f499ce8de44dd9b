//! The lam-alef ligatures of a copied text put back, each kind said on its line with the words
//! changed: after an alef, and in LibreOffice's hand after a lam, standing alone, at a word's
//! start by the words of the text ([`lam_alef`]), and inside a word by the word list of the
//! UN's Arabic texts ([`arabic_words`]).

use super::arabic_words;
use super::lam_alef;
use super::quoted;
use crate::input::Warning;

/// The lam-alef ligatures of `texts` (each with its line) put back (see [`lam_alef`]), each
/// kind said on its line with the words changed.
pub(super) fn lam_alef_said<'a>(
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
                quoted(&done.alone, ", ")
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
                    "lam-alef ligature{} found taken apart inside a word or at its start (after a letter other than an alef or a lam, or opening the word, where `ال` may be the word's own letters or the article) in a text whose ligatures are all so taken apart: put back by the word list of the UN's Arabic texts: {}",
                    plural(done.put_back.len()),
                    listed(&done.put_back)
                ),
            });
        }
        for [seen, read, form] in &done.by_form {
            warnings.push(Warning {
                chosen: None,
                line: *line,
                message: format!(
                    "`{seen}` read as `{read}`: lam-alef ligature taken apart in a text whose ligatures are all so taken apart; the word list of the UN's Arabic texts has neither, but writes `{form}`, the same word with another ending (a pronoun, the feminine's `ة` or the plural's `ات`), and no other reading"
                ),
            });
        }
        for [seen, read, before] in &done.by_construct {
            warnings.push(Warning {
                chosen: None,
                line: *line,
                message: format!(
                    "`{seen}` read as `{read}`: it may be as seen (an active participle, an adjective) or, by the word list of the UN's Arabic texts, `{read}` with a lam-alef ligature taken apart; the word before, `{before}`, takes a noun after it, never an adjective"
                ),
            });
        }
        for ([seen, read], reads) in &done.by_tanween {
            warnings.push(Warning {
                chosen: None,
                line: *line,
                message: format!(
                    "`{seen}` read as `{read}`: it may be as seen or, by the word list of the UN's Arabic texts, {} with a lam-alef ligature taken apart, and the fathatan after it says which: it is written on a word's final alef (or taa marbuta, hamza, alef maqsura), never on `{}`",
                    quoted(reads, " or "),
                    seen.chars()
                        .rfind(|c| super::arabic_letter(*c))
                        .unwrap_or_default()
                ),
            });
        }
        for [seen, read, before] in &done.by_agreement {
            warnings.push(Warning {
                chosen: None,
                line: *line,
                message: format!(
                    "`{seen}` read as `{read}`: it may be as seen (\"the third\") or, by the word list of the UN's Arabic texts, `{read}` (\"the three\") with a lam-alef ligature taken apart; the word before, `{before}`, is no feminine singular (no taa marbuta) for the ordinal to agree with, and the cardinal follows the plural it counts"
                ),
            });
        }
        for left in &done.left {
            let reads = quoted(&left.reads, " or ");
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
