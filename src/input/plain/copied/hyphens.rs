//! Hyphens an extractor dropped at line ends, put back. `pdftotext` (without `-layout`) joins
//! a line that ends in a hyphen to the next and drops the hyphen: `follow-` `up to` comes out
//! as one line twice the width of the others, `followup to`; at a page's foot the next line is
//! the job number (`multi25-16680 (E)`). UN texts do not hyphenate words that have none, so
//! every such hyphen was the text's own (`follow-up`).
//!
//! Where the join was is read from the text: a line twice as wide holds it about one line's
//! width in, inside a word; of the words there, the one written elsewhere in the text with a
//! hyphen at that place (`follow-up`), or whose halves say it (`TwentyYear`), or, failing
//! those, whose halves are each a word of the text and which the text writes joined nowhere
//! else (`femmeshommes`: `femmes` and `hommes` are words of A/RES/80/118 in French,
//! `femmes-hommes` and `femmeshommes` written nowhere else), is the one. The line is split there, the hyphen back at the end of its first half, and the
//! paragraph reader joins the halves as it joins any word broken at its hyphen. Each repair is
//! said, and a long line where no join could be told is said too.

use std::collections::{HashMap, HashSet};

use super::digits::year;
use super::join::width;
use super::pages::{Line, job_number};
use crate::input::Warning;

/// A line this much wider than the text's full lines may hold two (the first of them short,
/// when the word broken was long: `… сектора информационно-`); at `SURELY` it does.
const DOUBLE: f64 = 1.2;
const SURELY: f64 = 1.5;

/// The lines with each dropped hyphen put back (see the module doc).
pub fn restore(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut widths: Vec<usize> = lines.iter().map(|l| width(l.body())).collect();
    widths.sort_unstable();
    // Most lines of a copied text run the full width; the widest tenth or more may be doubled.
    let full = widths.get(widths.len() * 8 / 10).copied().unwrap_or(0);
    // A text of one line a paragraph (typed, or exported from Word) has no line width to go by.
    let median = widths.get(widths.len() / 2).copied().unwrap_or(0);
    if full < 40 || median * 10 < full * 7 {
        return lines;
    }
    let known = hyphenated(&lines);
    let firsts: HashSet<String> = known.iter().map(|(a, _)| a.clone()).collect();
    let words = word_counts(lines.iter().map(Line::body));
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        if let Some((head, tail)) = at_job_number(&l.text) {
            warnings.push(Warning {
                chosen: None,
                line: l.number,
                message: format!(
                    "`{}` joined to the job number at the page's foot: a line ending in a hyphen, which the extractor dropped; read as `{}-`, continued on the next page",
                    last_word(&head),
                    last_word(&head)
                ),
            });
            out.push(Line {
                text: format!("{head}-"),
                ..l.clone()
            });
            out.push(Line {
                text: tail,
                blank_before: false,
                ..l
            });
            continue;
        }
        if (width(l.body()) as f64) < DOUBLE * full as f64 {
            out.push(l);
            continue;
        }
        match join_point(&l.text, full, &known, &firsts, &words) {
            Some((k, why)) => {
                let (a, b) = l.text.split_at(k);
                let after: String = b.chars().take_while(|c| c.is_alphanumeric()).collect();
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!(
                        "a line as wide as two, `{0}{1}` in it: the extractor joined a line ending in a hyphen to the next and dropped the hyphen; read as `{0}-{1}` ({why})",
                        last_word(a),
                        after
                    ),
                });
                out.push(Line {
                    text: format!("{a}-"),
                    ..l.clone()
                });
                out.push(Line {
                    text: b.to_string(),
                    blank_before: false,
                    ..l
                });
            }
            None if (width(l.body()) as f64) < SURELY * full as f64 => out.push(l),
            None => {
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: "a line as wide as two: an extractor may have joined a line ending in a hyphen to the next and dropped the hyphen, but no word in it tells where; read as it stands".to_string(),
                });
                out.push(l);
            }
        }
    }
    out
}

/// The characters that end `s` for which `inside` holds: the word before a point. Letters and
/// digits for a hyphen's (`multi25`, `G5`); letters only for a number glued to the word it
/// follows (`report1111`: the number is not the word's).
pub(super) fn word_ending(s: &str, inside: impl Fn(char) -> bool) -> &str {
    s.rsplit(|c: char| !inside(c)).next().unwrap_or_default()
}

/// The letters and digits that end `s`: the word before a hyphen.
fn last_word(s: &str) -> &str {
    word_ending(s, char::is_alphanumeric)
}

/// `Sustainable … the multi25-16680 (E)`: a word glued to the UN's job number, with its
/// language letter, which ends the line: the line before it, and the job number.
fn at_job_number(text: &str) -> Option<(String, String)> {
    let t = text.trim_end();
    let start = t.rfind(" (")?.checked_sub(8)?;
    let job = t.get(start..)?;
    let before = t[..start].chars().next_back()?;
    (job.contains(" (") && job_number(job) && before.is_alphabetic())
        .then(|| (t[..start].to_string(), job.to_string()))
}

/// The words of the text written with a hyphen inside, as (before, the first three letters
/// after), lowercased: `follow-up` as (`follow`, `up`); `информационно-коммуникационных` as
/// (`информационно`, `ком`), which finds the word in another case too.
fn hyphenated(lines: &[Line]) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    for parts in hyphen_split(lines.iter().map(Line::body)) {
        for pair in parts.windows(2) {
            let a = last_word(&pair[0]);
            let b: String = pair[1]
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .take(3)
                .collect();
            if !a.is_empty() && !b.is_empty() {
                out.insert((a.to_string(), b));
            }
        }
    }
    out
}

/// Each word of `texts` written with a hyphen inside (`-`, U+2011 non-breaking, U+2010),
/// lowercased and split at its hyphens: `Follow-up,` as `follow`, `up,`.
pub(super) fn hyphen_split<'a>(
    texts: impl IntoIterator<Item = &'a str>,
) -> impl Iterator<Item = Vec<String>> {
    texts
        .into_iter()
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .filter(|w| w.contains(HYPHENS))
        .map(|w| w.split(HYPHENS).map(str::to_string).collect())
}

/// The hyphens a copied text writes inside a word.
const HYPHENS: [char; 3] = ['-', '\u{2011}', '\u{2010}'];

/// How often each word (letters and digits, lowercased) is written in `texts`.
pub(super) fn word_counts<'a>(texts: impl IntoIterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut out: HashMap<String, usize> = HashMap::new();
    for t in texts {
        for w in t.split(|c: char| !c.is_alphanumeric()) {
            if !w.is_empty() {
                *out.entry(w.to_lowercase()).or_default() += 1;
            }
        }
    }
    out
}

/// Whether `before` and `after` (lowercased) are each a word the text writes, of three letters
/// or more, and the two joined a word it writes only here: a compound whose hyphen the
/// extractor dropped. Digits say nothing (`924 novembre`, a note's `9-24`).
fn compound(before: &str, after: &str, words: &HashMap<String, usize>) -> bool {
    let word = |w: &str| {
        w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && words.get(w).is_some_and(|n| *n > 0)
    };
    word(before)
        && word(after)
        && words
            .get(&format!("{before}{after}"))
            .is_none_or(|n| *n <= 1)
}

/// Whether `before` (lowercased, three letters or more) is written elsewhere in the text as the
/// first part of a word with a hyphen (`firsts`: `non-governmental`, `научно-технический`), and
/// `before` and `after` joined is a word the text writes only here (`nondiscriminatory`,
/// `научноисследовательских`; `intergovernmental` and `internet`, written elsewhere, are
/// words): measured on the copied UN texts, the only places so found are compounds.
fn first_part(
    before: &str,
    after: &str,
    firsts: &HashSet<String>,
    words: &HashMap<String, usize>,
) -> bool {
    let letters = |w: &str| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic);
    letters(before)
        && letters(after)
        && firsts.contains(before)
        && words
            .get(&format!("{before}{after}"))
            .is_none_or(|n| *n <= 1)
}

/// Whether `before` is a year (19xx, 20xx) and `after` opens with a later one, any digits after
/// it a note's mark: `20242034` for `2024-2034`, a span no text writes without its hyphen. A
/// mark is one to three digits, or such digits twice (LibreOffice's raised mark and the copy
/// the DOCX types after it, `1313`): longer runs are a number of their own (`199820013470`).
fn years(before: &str, after: &str) -> bool {
    let (Some(first), Some(second)) = (year(before), after.get(..4).and_then(year)) else {
        return false;
    };
    let mark = &after[4..];
    let half = mark.len() / 2;
    second > first
        && mark.chars().all(|c| c.is_ascii_digit())
        && (mark.len() <= 3
            || (mark.len() <= 6 && mark.len().is_multiple_of(2) && mark[..half] == mark[half..]))
}

/// The months, as UN texts in English, French, Spanish and Russian write them after a day.
const MONTHS: [&str; 49] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    "setiembre",
];

/// Whether `before` and `after` are days of a month (1 to 31), the second later, and `rest`
/// (the text after them) opens with a month, the two joined no day: `924 novembre` for
/// `9-24 novembre`.
fn days(before: &str, after: &str, rest: &str) -> bool {
    let day = |s: &str| {
        (1..=2)
            .contains(&s.len())
            .then(|| s.parse::<u8>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    let month = rest
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    // `17 mai` is a day; `924 novembre` none.
    let joined = format!("{before}{after}").parse::<u32>().unwrap_or(0);
    matches!((day(before), day(after)), (Some(a), Some(b)) if b > a)
        && joined > 31
        && MONTHS.contains(&month.as_str())
}

/// Where in `text` (a byte offset) the hyphen was dropped, and why that place: the places
/// inside a word whose first half ends between half a full line and a little past one, scored;
/// the best, if no other place scores as well. A compound of two words of the text, or of a
/// first part the text writes with a hyphen elsewhere (the weakest signs), counts only where
/// the line left after it fits in one line.
fn join_point(
    text: &str,
    full: usize,
    known: &HashSet<(String, String)>,
    firsts: &HashSet<String>,
    words: &HashMap<String, usize>,
) -> Option<(usize, &'static str)> {
    let (lo, hi) = (full / 2, full + full / 20 + 1);
    let second_fits = width(text).saturating_sub(hi);
    let mut best: Vec<(u8, usize, &'static str)> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut col = 0;
    for i in 1..chars.len() {
        col += width(chars[i - 1].1.encode_utf8(&mut [0; 4]));
        let (a, b) = (chars[i - 1].1, chars[i].1);
        if col < lo || !a.is_alphanumeric() || !b.is_alphanumeric() {
            continue;
        }
        // A span of years or days says where wherever it is (a note's lines, in smaller type,
        // are wider); the other signs, only about one full line in.
        let window = col <= hi;
        let k = chars[i].0;
        let before = last_word(&text[..k]).to_lowercase();
        let after: String = text[k..]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        let rest = &text[k + after.len()..];
        let after = after.to_lowercase();
        let after3: String = after.chars().take(3).collect();
        let (score, why) = if window && known.contains(&(before.clone(), after3)) {
            (3, "so written elsewhere in the text")
        } else if window && a.is_lowercase() && b.is_uppercase() {
            (2, "a capital inside a word")
        } else if years(&before, &after) {
            (2, "two years, the second later: a span")
        } else if days(&before, &after, rest) {
            (2, "two days of a month, the second later: a span")
        } else if !window {
            continue;
        } else if col >= second_fits && compound(&before, &after, words) {
            (
                1,
                "each half a word of the text, the two joined written nowhere else",
            )
        } else if col >= second_fits && first_part(&before, &after, firsts, words) {
            (
                0,
                "its first part written with a hyphen elsewhere in the text, the two joined nowhere else",
            )
        } else {
            continue;
        };
        best.push((score, k, why));
    }
    let top = best.iter().map(|b| b.0).max()?;
    let mut at: Vec<&(u8, usize, &'static str)> = best.iter().filter(|b| b.0 == top).collect();
    at.dedup_by_key(|b| b.1);
    (at.len() == 1).then(|| (at[0].1, at[0].2))
}

#[cfg(test)]
mod tests;
