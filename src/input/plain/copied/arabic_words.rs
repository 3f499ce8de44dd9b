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

/// `word` (letters only) is in the list, whole or after one of [`PREFIXES`].
fn listed(word: &str) -> bool {
    let found = |w: &str| words().binary_search(&w).is_ok();
    found(word)
        || word
            .strip_prefix(PREFIXES)
            .is_some_and(|stem| stem.chars().count() >= 2 && found(stem))
}

/// `word` (letters only) as seen is a word of the UN's texts that could also be read as taken
/// apart, whole or after one of [`PREFIXES`] (`كالثالثة` as `الثالثة`).
fn collides(word: &str) -> bool {
    let found = |w: &str| collisions().binary_search(&w).is_ok();
    found(word) || word.strip_prefix(PREFIXES).is_some_and(found)
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
    /// One reading, listed: the word with its ligatures put back, marks kept.
    Back(String),
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
    let mut found: Vec<(String, String)> = Vec::new();
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
        if listed(&bare) {
            found.push((bare, marked));
        }
    }
    let seen: String = letters.iter().map(|&i| chars[i]).collect();
    let written = collides(&seen);
    let bearing: Vec<&String> = found
        .iter()
        .filter(|(bare, _)| bears_fathatan(bare))
        .map(|(_, marked)| marked)
        .collect();
    match found.as_slice() {
        [] => None,
        [(_, marked)] if !written => Some(Reading::Back(marked.clone())),
        _ if fathatan && !bears_fathatan(&seen) && bearing.len() == 1 => Some(Reading::ByTanween {
            read: bearing[0].clone(),
            reads: found.iter().map(|(_, m)| m.clone()).collect(),
        }),
        _ => Some(Reading::Both {
            reads: found.into_iter().map(|(_, m)| m).collect(),
            written,
        }),
    }
}

/// What [`by_list`] did: each word as seen and as read, and each word left as seen.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct ByList {
    pub put_back: Vec<[String; 2]>,
    /// Put back where a fathatan after the word decides: as seen, as read, and every reading
    /// listed.
    pub by_tanween: Vec<([String; 2], Vec<String>)>,
    /// `الثالثة` read as `الثلاثة` after a word that is no feminine singular: as seen, as
    /// read, and the word before.
    pub by_agreement: Vec<[String; 3]>,
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
            Some(Reading::Back(read)) => {
                out.push_str(&read);
                done.put_back.push([word.to_string(), read]);
            }
            Some(Reading::ByTanween { read, reads }) => {
                out.push_str(&read);
                done.by_tanween.push(([word.to_string(), read], reads));
            }
            Some(Reading::Both { reads, written }) => {
                match by_agreement(word, &reads, before.as_deref()) {
                    Some(read) => {
                        out.push_str(&read);
                        done.by_agreement.push([
                            word.to_string(),
                            read,
                            before.clone().unwrap_or_default(),
                        ]);
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
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_and_unique() {
        let strictly = |l: &[&str]| l.windows(2).all(|w| w[0] < w[1]);
        assert!(words().len() > 3000);
        assert!(strictly(words()));
        assert!(!collisions().is_empty());
        assert!(strictly(collisions()));
        // Every word has a lam before an alef, and no marks.
        assert!(words().iter().all(|w| {
            let c: Vec<char> = w.chars().collect();
            c.windows(2).any(|p| p[0] == 'ل' && alef(p[1])) && !c.iter().any(|&c| mark(c))
        }));
        // Each collision is what the reader would read otherwise.
        for line in COLLISIONS.lines() {
            let (seen, read) = line.split_once('\t').expect("seen<TAB>read");
            assert!(
                matches!(readings(seen, false), Some(Reading::Both { reads, written: true }) if reads.iter().any(|r| r == read)),
                "{line}"
            );
        }
    }

    /// `pdftotext -layout` of A/RES/74/197 in Arabic as LibreOffice prints resdiff's DOCX,
    /// after the ligatures after an alef and after a lam are put back: lines as they are.
    #[test]
    fn put_back_inside_a_word_by_the_list() {
        let line = "وإذ تالحظ أيضا انعقاد الدورة الثانية والعشرين للجنة المعنية بتسخير العلم والتكنولوجيا ألغراض";
        let (text, done) = by_list(line);
        assert!(text.starts_with("وإذ تلاحظ أيضا انعقاد"), "{text}");
        // At the word's start as well, where the words of the text did not say (Res. 30
        // writes `أغراض` nowhere else): `لأغراض` is listed, `ألغراض` is no word.
        assert_eq!(
            done.put_back,
            [
                ["تالحظ".to_string(), "تلاحظ".to_string()],
                ["ألغراض".to_string(), "لأغراض".to_string()]
            ]
        );
        assert!(done.left.is_empty());
        // The article, and a word of the UN's texts as seen that may be either.
        let (text, done) = by_list("التنمية الحق في الحتياجات ألن");
        assert_eq!(text, "التنمية الحق في لاحتياجات لأن");
        assert_eq!(done.left.len(), 1);
        assert_eq!(done.left[0].reads, ["لاحق"]);
        let (text, done) = by_list(
            "وداخلها، بما في ذلك ما يُالحظ من وجود 122 اشتراكا في خدمات النطاق العريض للأجهزة المتنقلة",
        );
        assert!(text.contains("ما يُلاحظ من"), "{text}");
        assert_eq!(done.put_back.len(), 1);
        // After a prefix letter, by the listed word after it.
        let (text, _) = by_list("والتنمية في جميع القطاعات الأخرى، وتالحظ في الوقت ذاته");
        assert!(text.ends_with("وتلاحظ في الوقت ذاته"), "{text}");
        let (text, done) = by_list(
            "خالل سياسات وإجراءات عملية، وإذ تؤكد من جديد الالتزام السياسي القوي بالتصدي لتحدي التمويل",
        );
        assert!(text.starts_with("خلال سياسات"), "{text}");
        // `عملية`, `السياسي` and `الالتزام` have no alef before a lam inside.
        assert_eq!(done.put_back.len(), 1);
    }

    /// Words of the UN's texts as seen stay, with every reading: `الثالثة` (A/RES/74/197, "the
    /// third session"), `بالغ` (`بقلق بالغ`), `وفعال` (`بشكل كامل وفعال`); and the word's own
    /// `ال` where nothing is listed (`أعمال`, `إعمال`, `المجال`).
    #[test]
    fn words_as_written_stay() {
        let (text, done) = by_list("انعقاد الدورة الثالثة وإذ تالحظ بقلق بالغ بشكل كامل وفعال");
        assert!(text.contains("الدورة الثالثة وإذ تلاحظ بقلق بالغ"), "{text}");
        let left: Vec<&str> = done.left.iter().map(|l| l.seen.as_str()).collect();
        assert_eq!(left, ["الثالثة", "بالغ", "وفعال"]);
        assert_eq!(done.left[0].reads, ["الثلاثة"]);
        assert!(done.left.iter().all(|l| l.written));
        // After a word that is no feminine singular, the cardinal (A/RES/74/197's preamble 3
        // and operative 42): said.
        let (text, done) = by_list("بأبعادها الثالثة - الاقتصادي، العناصر الثالثة لآلية");
        assert_eq!(text, "بأبعادها الثلاثة - الاقتصادي، العناصر الثلاثة لآلية");
        assert_eq!(done.by_agreement.len(), 2);
        assert_eq!(done.by_agreement[0][2], "بأبعادها");
        assert!(done.left.is_empty());
        let line = "أعمال إعمال في المجال مجال";
        assert_eq!(by_list(line), (line.to_string(), ByList::default()));
    }

    /// WTDC Res. 30 in Arabic as LibreOffice prints it, through `pdftotext`: `عملاً` and
    /// `فعلاً` with their ligature taken apart and their fathatan set apart (`عمال ً`). A
    /// fathatan is written on the final alef, never on a lam: `عملا`, not `عمال`. Without it,
    /// or where it could go on either, both stay.
    #[test]
    fn a_fathatan_after_the_word_decides() {
        let (text, done) = by_list("برنامج عمل تونس عمال ً بمضمون الفقرة");
        assert_eq!(text, "برنامج عمل تونس عملا ً بمضمون الفقرة");
        assert_eq!(
            done.by_tanween,
            [(
                ["عمال".to_string(), "عملا".to_string()],
                vec!["عملا".to_string()]
            )]
        );
        assert!(done.left.is_empty());
        let (text, done) = by_list("الصلة الذي أنجز فعالً و/أو الذي");
        assert!(text.contains("أنجز فعلاً و/أو"), "{text}");
        assert_eq!(done.by_tanween.len(), 1);
        // No fathatan, or one on the letter after: left, as before.
        for line in ["أولوية عالية عمال بما يلي", "عمال ًا"] {
            let (text, done) = by_list(line);
            assert_eq!(text, line);
            assert!(done.by_tanween.is_empty() && done.left.len() == 1, "{line}");
        }
        // `الثالثة` ends in a taa marbuta, which bears it: left, as before.
        let (_, done) = by_list("الدورة الثالثة ً");
        assert!(done.by_tanween.is_empty() && done.left.len() == 1);
    }
}
