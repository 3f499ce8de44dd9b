//! Lam-alef ligatures taken apart inside a word (`تالحظ` for `تلاحظ`, `إعالن` for `إعلان`), in a
//! text already found in LibreOffice's hand ([`super::lam_alef::decide`]), put back by a list of
//! the words of the UN's Arabic texts: `ال` after a letter other than an alef or a lam is as
//! likely the word's own letters (`أعمال`, `مجال`), and only a word written somewhere can tell;
//! at a word's start as well (`الحتياجات` for `لاحتياجات`), where `ال` is as often the article.
//! A word of the UN's texts as seen (`الثالثة` "the third" beside `الثلاثة` "the three") is left
//! as it is, and both readings said.
//!
//! The lists (`data/arabic-lam-alef-words.txt`, `data/arabic-lam-alef-collisions.txt`) are
//! written by `scripts/arabic_lam_alef_words.py` from the General Assembly's 78th session; its
//! header says where from, what is left out and how to write them again. Its `reads` is
//! [`readings`] here: keep the two alike.

use super::{alef, arabic_letter, vowel_mark};
use std::sync::OnceLock;

/// Every word of the UN's texts with a lam before an alef, without marks, sorted, one a line.
const WORDS: &str = include_str!("../../../../data/arabic-lam-alef-words.txt");
/// `seen<TAB>read`, sorted: words of the UN's texts as seen that [`readings`] would read as
/// another.
const COLLISIONS: &str = include_str!("../../../../data/arabic-lam-alef-collisions.txt");

/// The letters a word may open with before the listed word: `و`, `ف`, `ب`, `ك`, `ل`
/// (`ويلاحظ`, listed as `يلاحظ`).
const PREFIXES: [char; 5] = ['و', 'ف', 'ب', 'ك', 'ل'];

/// Places a ligature may have been taken apart, at most: `2^n` readings are tried. No word of
/// the list has more than three lam-alefs.
const MOST_PLACES: usize = 4;

fn words() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| WORDS.lines().collect())
}

fn collisions() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        COLLISIONS
            .lines()
            .filter_map(|l| l.split_once('\t').map(|(seen, _)| seen))
            .collect()
    })
}

/// A mark set on a letter (fathatan to sukun, the dagger alef) or the tatweel: left out when a
/// word is looked up, kept in what is written.
fn mark(c: char) -> bool {
    vowel_mark(c) || matches!(c, '\u{0670}' | '\u{0640}')
}

/// `word` (letters only) after the letters it may open with: none, one of [`PREFIXES`], or a
/// conjunction before a preposition (`ولاستطلاع`, listed as `استطلاع`): at least two letters.
fn stems(word: &str) -> impl Iterator<Item = &str> {
    let one = word.strip_prefix(PREFIXES);
    let two = word
        .strip_prefix(['و', 'ف'])
        .and_then(|w| w.strip_prefix(['ب', 'ك', 'ل']));
    std::iter::once(word)
        .chain(one)
        .chain(two)
        .filter(|stem| stem.chars().count() >= 2)
}

/// The pronouns a word may end with (`لأولوياته`: `ه`, listed as `لأولويات`).
const PRONOUNS: [&str; 7] = ["ه", "ها", "هم", "هما", "هن", "كم", "نا"];

/// The forms of `stem` with another ending, as the list may write the word only so: a pronoun
/// taken off (a taa before it the taa marbuta it was: `ملاحظتها`, `ملاحظة`), or, on a word
/// with none, the feminine's `ة` or the plural's `ات` (`الملاحظ`, listed as `الملاحظات`).
fn other_endings(stem: &str) -> Vec<String> {
    let mut out = Vec::new();
    for p in PRONOUNS {
        if let Some(bare) = stem.strip_suffix(p).filter(|b| b.chars().count() >= 3) {
            out.push(bare.to_string());
            if let Some(t) = bare.strip_suffix('ت') {
                out.push(format!("{t}ة"));
            }
        }
    }
    match stem.strip_suffix('ة') {
        Some(bare) => out.push(format!("{bare}ات")),
        None if !stem.ends_with("ات") => {
            out.push(format!("{stem}ة"));
            out.push(format!("{stem}ات"));
        }
        None => {}
    }
    out
}

/// How the list has a word read with its ligatures put back.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Listed {
    /// As it is, or after the letters it may open with ([`stems`]).
    Whole,
    /// Only with another ending ([`other_endings`]): the form listed.
    As(String),
}

/// Whether and how `word` (letters only) is in the list.
fn listed(word: &str) -> Option<Listed> {
    let found = |w: &str| words().binary_search(&w).is_ok();
    if stems(word).any(found) {
        return Some(Listed::Whole);
    }
    stems(word)
        .flat_map(other_endings)
        .find(|form| found(form))
        .map(Listed::As)
}

/// `word` (letters only) as seen is a word of the UN's texts that could also be read as taken
/// apart, whole or after one of [`PREFIXES`] (`كالثالثة` as `الثالثة`).
fn collides(word: &str) -> bool {
    let found = |w: &str| collisions().binary_search(&w).is_ok();
    stems(word).any(found)
}

/// The fathatan (`ً`), written on a word's final alef (`عملاً`), or with no alef on a final taa
/// marbuta, hamza or alef maqsura: never on a lam.
const FATHATAN: char = '\u{064B}';

/// Whether a word (letters only) can end in a fathatan ([`super::bears_fathatan`]).
fn bears_fathatan(word: &str) -> bool {
    word.chars().next_back().is_some_and(super::bears_fathatan)
}

/// What the list makes of a word as seen.
#[derive(Debug, PartialEq, Eq)]
enum Reading {
    /// One reading, listed: the word with its ligatures put back, marks kept, and the form
    /// listed where only one with another ending is.
    Back(String, Option<String>),
    /// A word of the UN's texts as seen, or one with more than one reading listed, followed by
    /// a fathatan that it cannot bear and only one of its readings can (`عمال ً`, `عملا ً`):
    /// that reading, and every reading listed.
    ByTanween { read: String, reads: Vec<String> },
    /// The word as seen is a word too (`written`), or more than one reading is listed: every
    /// reading listed, the word left as it is.
    Both { reads: Vec<String>, written: bool },
}

/// The readings of `word` (letters and marks) with ligatures put back where an alef stands
/// before a lam after a letter other than an alef or a lam, or opens a word of three letters or
/// more, listed; `None` where none is.
/// `fathatan`: a fathatan follows the word, on it or set apart by a space (`عمال ً`).
fn readings(word: &str, fathatan: bool) -> Option<Reading> {
    let chars: Vec<char> = word.chars().collect();
    // Each letter's place in `chars`; marks and tatweel go with the letter before them.
    let letters: Vec<usize> = (0..chars.len()).filter(|&i| !mark(chars[i])).collect();
    let at = |k: usize| chars[letters[k]];
    // At a word's start too (`الحتياجات` for `لاحتياجات`, `ألن` for `لأن`), where the article
    // is as often the word's own: only the list says, and its words as seen that may be
    // either (`الحق`, `لاحق`) are collisions.
    let places: Vec<usize> = (0..letters.len().saturating_sub(1))
        .filter(|&k| {
            let after = if k == 0 {
                letters.len() >= 3
            } else {
                !alef(at(k - 1)) && at(k - 1) != 'ل'
            };
            alef(at(k)) && at(k + 1) == 'ل' && after
        })
        .collect();
    if places.is_empty() || places.len() > MOST_PLACES {
        return None;
    }
    let cluster = |k: usize| {
        let end = letters.get(k + 1).copied().unwrap_or(chars.len());
        &chars[letters[k]..end]
    };
    let mut found: Vec<(String, String, Listed)> = Vec::new();
    for chosen in 1..1u32 << places.len() {
        let swapped = |k: usize| {
            places
                .iter()
                .enumerate()
                .any(|(n, &p)| p == k && chosen & (1 << n) != 0)
        };
        let (mut bare, mut marked) = (String::new(), String::new());
        marked.extend(&chars[..letters[0]]);
        let mut k = 0;
        while k < letters.len() {
            if swapped(k) && k + 2 == letters.len() {
                // The word's last two letters, a ligature taken apart: the marks after its lam
                // (`فعالً`) are the ligature's, on its alef (`فعلاً`).
                let lam = cluster(k + 1);
                bare.extend([at(k + 1), at(k)]);
                marked.push(lam[0]);
                marked.extend(cluster(k));
                marked.extend(&lam[1..]);
                break;
            }
            let order: &[usize] = if swapped(k) { &[k + 1, k] } else { &[k] };
            for &j in order {
                bare.push(at(j));
                marked.extend(cluster(j));
            }
            k += order.len();
        }
        if let Some(how) = listed(&bare) {
            found.push((bare, marked, how));
        }
    }
    // A reading the list has as it is goes before one it has only with another ending.
    if found.iter().any(|(_, _, how)| *how == Listed::Whole) {
        found.retain(|(_, _, how)| *how == Listed::Whole);
    }
    let seen: String = letters.iter().map(|&i| chars[i]).collect();
    let written = collides(&seen);
    let bearing: Vec<&String> = found
        .iter()
        .filter(|(bare, _, _)| bears_fathatan(bare))
        .map(|(_, marked, _)| marked)
        .collect();
    let by_ending = found.iter().all(|(_, _, how)| *how != Listed::Whole);
    match found.as_slice() {
        [] => None,
        // A word as seen beside a reading the list has only with another ending (`العالم`,
        // "the world", and `العلامات`): the word as seen.
        _ if written && by_ending => None,
        [(_, marked, how)] if !written => Some(Reading::Back(
            marked.clone(),
            match how {
                Listed::Whole => None,
                Listed::As(form) => Some(form.clone()),
            },
        )),
        _ if fathatan && !bears_fathatan(&seen) && bearing.len() == 1 => Some(Reading::ByTanween {
            read: bearing[0].clone(),
            reads: found.iter().map(|(_, m, _)| m.clone()).collect(),
        }),
        _ => Some(Reading::Both {
            reads: found.into_iter().map(|(_, m, _)| m).collect(),
            written,
        }),
    }
}

/// What [`by_list`] did: each word as seen and as read, and each word left as seen.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct ByList {
    pub put_back: Vec<[String; 2]>,
    /// Put back where the list has the word only with another ending: as seen, as read, and
    /// the form listed.
    pub by_form: Vec<[String; 3]>,
    /// Put back where a fathatan after the word decides: as seen, as read, and every reading
    /// listed.
    pub by_tanween: Vec<([String; 2], Vec<String>)>,
    /// `الثالثة` read as `الثلاثة` after a word that is no feminine singular: as seen, as
    /// read, and the word before.
    pub by_agreement: Vec<[String; 3]>,
    /// An active participle as seen (`العالقة`) read as the noun listed (`العلاقة`) after
    /// `ذو` or one of its forms: as seen, as read, and the word before.
    pub by_construct: Vec<[String; 3]>,
    pub left: Vec<Left>,
}

/// `الثالثة` ("the third", the ordinal) agrees with a feminine singular noun, which ends in a
/// taa marbuta (`الدورة الثالثة`); `الثلاثة` ("the three") follows the masculine plural it
/// counts (`بأبعادها الثلاثة`, `العناصر الثلاثة`), which does not. After a word ending in
/// another letter, the cardinal: where `reads` is that pair, the reading, else `None`.
fn by_agreement(seen: &str, reads: &[String], before: Option<&str>) -> Option<String> {
    let letters: String = seen.chars().filter(|c| arabic_letter(*c)).collect();
    let before = before?;
    let ordinal = letters == "الثالثة" && reads.len() == 1 && reads[0] == "الثلاثة";
    let feminine = before.ends_with(['ة', 'ى']);
    (ordinal && !feminine && before.chars().count() >= 2).then(|| reads[0].clone())
}

/// `ذو` ("having") and its forms take a noun after them, never an adjective (`ذات العلاقة`,
/// "relevant"; Arabic's grammars: `ذو` is annexed to a noun of kind, not to an attribute). Where
/// the word as seen is an active participle (the article, a letter, an alef, two letters, and a
/// feminine's `ة` or none: `العالقة`, "pending") and its one reading listed is not (`العلاقة`),
/// after such a word: the reading, else `None`.
fn by_construct(seen: &str, reads: &[String], before: Option<&str>) -> Option<String> {
    const OWNER: [&str; 6] = ["ذو", "ذا", "ذي", "ذات", "ذوي", "ذوات"];
    let before = before?;
    let bare = before.strip_prefix(['و', 'ف']).unwrap_or(before);
    let participle = |w: &str| {
        let l: Vec<char> = w.chars().filter(|c| arabic_letter(*c)).collect();
        l.starts_with(&['ا', 'ل'])
            && matches!(l.len(), 6 | 7)
            && l[3] == 'ا'
            && l.get(6).is_none_or(|c| *c == 'ة')
    };
    let [read] = reads else { return None };
    (OWNER.contains(&bare) && participle(seen) && !participle(read)).then(|| read.clone())
}

/// A word left as seen, though the list has a reading of it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Left {
    pub seen: String,
    /// The readings listed, marks kept.
    pub reads: Vec<String>,
    /// Whether the word as seen is a word of the UN's texts (else: more than one reading).
    pub written: bool,
}

/// The ligatures of `text` taken apart inside a word put back by the list (see [`readings`]).
/// For a text in LibreOffice's hand only: elsewhere `خلال` is a word as written.
pub(super) fn by_list(text: &str) -> (String, ByList) {
    let mut done = ByList::default();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let in_word = |c: char| arabic_letter(c) || mark(c);
    // The word before, when only a blank stands between the two.
    let mut before: Option<String> = None;
    while let Some(start) = rest.find(arabic_letter) {
        if rest[..start] != *" " {
            before = None;
        }
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = tail.find(|c: char| !in_word(c)).unwrap_or(tail.len());
        let word = &tail[..end];
        // `عملاً`, or `عمال ً` as `pdftotext` sets LibreOffice's tanween apart.
        let apart = tail[end..]
            .strip_prefix(' ')
            .and_then(|r| r.strip_prefix(FATHATAN))
            .is_some_and(|r| !r.starts_with(|c: char| arabic_letter(c) || mark(c)));
        let fathatan = word.ends_with(FATHATAN) || apart;
        match readings(word, fathatan) {
            Some(Reading::Back(read, None)) => {
                out.push_str(&read);
                done.put_back.push([word.to_string(), read]);
            }
            Some(Reading::Back(read, Some(form))) => {
                out.push_str(&read);
                done.by_form.push([word.to_string(), read, form]);
            }
            Some(Reading::ByTanween { read, reads }) => {
                out.push_str(&read);
                done.by_tanween.push(([word.to_string(), read], reads));
            }
            Some(Reading::Both { reads, written }) => {
                let prior = before.as_deref();
                let (read, by) = match by_agreement(word, &reads, prior) {
                    Some(read) => (Some(read), &mut done.by_agreement),
                    None => (by_construct(word, &reads, prior), &mut done.by_construct),
                };
                match read {
                    Some(read) => {
                        out.push_str(&read);
                        by.push([word.to_string(), read, prior.unwrap_or_default().into()]);
                    }
                    None => {
                        out.push_str(word);
                        done.left.push(Left {
                            seen: word.to_string(),
                            reads,
                            written,
                        });
                    }
                }
            }
            None => out.push_str(word),
        }
        before = Some(word.chars().filter(|c| arabic_letter(*c)).collect());
        rest = &tail[end..];
    }
    out.push_str(rest);
    (out, done)
}

#[cfg(test)]
mod tests;
