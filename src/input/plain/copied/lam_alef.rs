//! Lam-alef ligatures (`لا`, `لأ`, `لإ`, `لآ`) as `pdftotext` gives LibreOffice's Arabic: every
//! one taken apart alef first (`االتصاالت` for `الاتصالات`). Where the text shows that hand, a
//! lam never stands before an alef in it: the font draws the two as one glyph. What is certain
//! is put back; what only the words of the text can tell (`ألغراض`: the article's `ال` is
//! `أل` nowhere, but `ألف` is a word) is put back where they tell it. The caller
//! ([`super::repair`]) says each, with the paragraph's line.

use super::{alef, arabic_letter};
use std::collections::HashSet;

/// Whether `text` shows the hand: an alef before a lam-alef taken apart (`االتصاالت`,
/// `األمين`), which Arabic never writes: two alefs do not run.
pub(super) fn in_hand(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0] == 'ا' && alef(w[1]) && w[2] == 'ل')
}

/// The first word of `text` that [`in_hand`] goes by.
fn word_in_hand(text: &str) -> Option<&str> {
    text.split(|c: char| !arabic_letter(c)).find(|w| in_hand(w))
}

/// The first word of `text` with a lam before an alef and no lam after them (`الأطراف`,
/// `الاتصالات`, `ولا`): what the hand never writes. It draws `لا` as one glyph, which
/// `pdftotext` gives alef first; a lam before an alef in it is a lam before a ligature taken
/// apart, so a lam follows (`لألمم` for `للأمم`).
fn word_against_hand(text: &str) -> Option<&str> {
    text.split(|c: char| !arabic_letter(c)).find(|w| {
        let chars: Vec<char> = w.chars().collect();
        (0..chars.len()).any(|i| {
            chars[i] == 'ل'
                && chars.get(i + 1).copied().is_some_and(alef)
                && chars.get(i + 2) != Some(&'ل')
        })
    })
}

/// Whether the whole of a text (`texts`, each with its line: body and notes alike) is in the
/// hand: some word shows it ([`in_hand`]) and none writes a lam-alef as the hand never does
/// ([`word_against_hand`]). Where both are seen the text is mixed (a paragraph pasted from
/// elsewhere): only what [`certain`] puts back whatever the hand is is put back, and that is
/// said, naming both words.
pub(super) fn decide<'a>(
    texts: impl Iterator<Item = (&'a str, usize)>,
    warnings: &mut Vec<crate::input::Warning>,
) -> bool {
    let mut shown = None;
    let mut against = None;
    for (text, line) in texts {
        if shown.is_none() {
            shown = word_in_hand(text).map(|w| (w, line));
        }
        if against.is_none() {
            against = word_against_hand(text).map(|w| (w, line));
        }
    }
    match (shown, against) {
        (Some(_), None) => true,
        (Some((seen, line)), Some((word, other))) => {
            warnings.push(crate::input::Warning {
                chosen: None,
                line,
                message: format!(
                    "`{seen}` shows lam-alef ligatures taken apart as `pdftotext` gives LibreOffice's Arabic, but `{word}` (line {other}) writes a lam-alef as that hand never does: the text is taken as mixed, and only ligatures after an alef are put back"
                ),
            });
            false
        }
        _ => false,
    }
}

/// What [`certain`] put back, by kind: each word as seen and as read.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Certain {
    /// After an alef: `االتصاالت` as `الاتصالات`.
    pub after_alef: Vec<[String; 2]>,
    /// After a lam, in a text in the hand: `لالتحاد` as `للاتحاد`, `لألمم` as `للأمم` (a lam
    /// before an alef is drawn joined to it, so `لال` is what the hand makes of `للا`).
    pub after_lam: Vec<[String; 2]>,
    /// Standing alone, in a text in the hand: `ال يتجزأ` as `لا يتجزأ`, `وال سيما` as
    /// `ولا سيما` (the article never stands alone).
    pub alone: Vec<String>,
}

/// The ligatures of `text` put back where the letters around them leave no doubt; those after
/// a lam and those standing alone only where `hand` (see [`decide`]): elsewhere `خلال` is a
/// word as written.
pub(super) fn certain(text: &str, hand: bool) -> (String, Certain) {
    let mut done = Certain::default();
    // Every letter the repairs look at is a letter of the word: they go word by word.
    let out = word_by_word(text, |word| {
        let (read, alefs, lams) = in_word(word, hand);
        if alefs > 0 {
            done.after_alef.push([word.to_string(), read.clone()]);
        }
        if lams > 0 {
            done.after_lam.push([word.to_string(), read.clone()]);
        }
        read
    });
    if !hand {
        return (out, done);
    }
    let mut words: Vec<String> = Vec::new();
    for (k, w) in out.split(' ').enumerate() {
        let read = match w {
            "ال" => Some("لا"),
            "وال" => Some("ولا"),
            "فال" => Some("فلا"),
            _ => None,
        };
        if k > 0 {
            words.push(" ".into());
        }
        match read {
            Some(r) => {
                done.alone.push(w.to_string());
                words.push(r.into());
            }
            None => words.push(w.into()),
        }
    }
    (words.concat(), done)
}

/// [`certain`] in one word: the word as read, and how many ligatures it put back after an
/// alef and after a lam.
fn in_word(word: &str, hand: bool) -> (String, usize, usize) {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let (mut alefs, mut lams) = (0, 0);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // Two alefs never stand side by side: the second is a ligature's, after a bare alef
        // or one with its madda or hamza, as read (`اآلالت` for `الآلات`, the madda's own
        // ligature put back first).
        if out.chars().next_back().is_some_and(alef) && alef(c) && chars.get(i + 1) == Some(&'ل') {
            out.push('ل');
            out.push(c);
            alefs += 1;
            i += 2;
            continue;
        }
        if hand
            && c == 'ل'
            && chars.get(i + 1).copied().is_some_and(alef)
            && chars.get(i + 2) == Some(&'ل')
        {
            out.push('ل');
            out.push('ل');
            out.push(chars[i + 1]);
            lams += 1;
            i += 3;
            continue;
        }
        out.push(c);
        i += 1;
    }
    (out, alefs, lams)
}

/// The Arabic words of `texts` (letters only), after [`certain`]: what [`by_words`] asks.
pub(super) fn words_of<'a>(texts: impl Iterator<Item = &'a str>) -> HashSet<String> {
    texts
        .flat_map(|t| t.split(|c: char| !arabic_letter(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `ألغراض` as `لأغراض`, `إلتاحة` as `لإتاحة`: a word opening (after `و` or `ف`) with a hamza's
/// alef and a lam, in a text in the hand, read as the preposition `ل` before the word, where
/// the text writes that word elsewhere, bare or with a prefix (`الأغراض`, `وأقل`); `إلى`,
/// `ألف` and `آلية` (`إى`, `أف` and `آية` written nowhere) stay. Each as seen, as read, and
/// the word written elsewhere.
pub(super) fn by_words(text: &str, words: &HashSet<String>) -> (String, Vec<[String; 3]>) {
    let mut read = Vec::new();
    let out = word_by_word(text, |word| match preposition(word, words) {
        Some((as_read, seen_as)) => {
            read.push([word.to_string(), as_read.clone(), seen_as]);
            as_read
        }
        None => word.to_string(),
    });
    (out, read)
}

/// `text` with each run of Arabic letters (a word, as the repairs see it) replaced by what
/// `read` makes of it, and everything between the runs as it is.
fn word_by_word(text: &str, mut read: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(arabic_letter) {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = tail.find(|c: char| !arabic_letter(c)).unwrap_or(tail.len());
        out.push_str(&read(&tail[..end]));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The word `w` read with `ل` before its hamza, and the word written elsewhere that says so.
/// A bare alef and a lam at a word's start (`العتماد`, `والستمرار`) are the article as often:
/// read so only where the text writes the word after the `ل` elsewhere (`اعتماد`, `الاستمرار`),
/// of five letters or more (`النظر` is no `لانظر` for the notes' `انظر`), not itself opening
/// with the article (`اللذين` is no `لالذين`).
fn preposition(w: &str, words: &HashSet<String>) -> Option<(String, String)> {
    let (prefix, body) = match w.strip_prefix(['و', 'ف']) {
        Some(b) if b.starts_with(['أ', 'إ', 'آ']) || b.starts_with("ال") => {
            (&w[..w.len() - b.len()], b)
        }
        _ => ("", w),
    };
    if let Some(rest) = body.strip_prefix("ال") {
        if rest.chars().count() < 4 || rest.starts_with(alef) || rest.starts_with('ل') {
            return None;
        }
        let stem = format!("ا{rest}");
        let seen = ["", "ال", "وال", "بال", "و", "ب", "ف"]
            .iter()
            .map(|p| format!("{p}{stem}"))
            .find(|s| words.contains(s))?;
        return Some((format!("{prefix}ل{stem}"), seen));
    }
    let mut chars = body.chars();
    let hamza = chars.next().filter(|c| matches!(c, 'أ' | 'إ' | 'آ'))?;
    if chars.next() != Some('ل') {
        return None;
    }
    let rest = chars.as_str();
    if rest.chars().count() < 2 {
        return None;
    }
    let stem = format!("{hamza}{rest}");
    let seen = ["", "ال", "وال", "بال", "و", "ب", "ف"]
        .iter()
        .map(|p| format!("{p}{stem}"))
        .find(|s| words.contains(s))?;
    Some((format!("{prefix}ل{stem}"), seen))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_back_after_an_alef() {
        // `pdftotext` of resdiff's Res. 30 as LibreOffice prints it.
        let after = |t: &str| {
            let (text, done) = certain(t, false);
            (text, done.after_alef.len())
        };
        assert_eq!(after("واالتصاالت"), ("والاتصالات".to_string(), 1));
        assert_eq!(after("األمين واألمن"), ("الأمين والأمن".to_string(), 2));
        assert_eq!(after("اإلقليمي"), ("الإقليمي".to_string(), 1));
        // A/RES/80/118's operative 5: after the madda's alef, itself a ligature's.
        assert_eq!(after("اآلالت"), ("الآلات".to_string(), 1));
        // The article and a word's own `ال` stay.
        assert_eq!(after("الاتصالات أعمال خلال").1, 0);
        let (_, done) = certain("واالتصاالت", false);
        assert_eq!(
            done.after_alef,
            [["واالتصاالت".to_string(), "والاتصالات".to_string()]]
        );
    }

    /// `pdftotext -layout` of A/RES/74/197 and WTDC Res. 30 in Arabic as LibreOffice prints
    /// resdiff's DOCX: the lines as they are.
    #[test]
    fn put_back_after_a_lam_and_alone_in_the_hand() {
        let line = "التي تشكل جزءا ال يتجزأ من خطة التنمية لألمم المتحدة لأللفية وال سيما لالتحاد الدولي لالتصاالت الالزمة";
        assert!(in_hand(line));
        let (text, done) = certain(line, true);
        assert_eq!(
            text,
            "التي تشكل جزءا لا يتجزأ من خطة التنمية للأمم المتحدة للألفية ولا سيما للاتحاد الدولي للاتصالات اللازمة"
        );
        assert_eq!((done.after_alef.len(), done.after_lam.len()), (1, 5));
        assert_eq!(done.alone, ["ال", "وال"]);
        // Without the hand, `لال` and `ال` alone are as written (`خلال`, a quoted article).
        assert!(!in_hand("خلال الاستقلال"));
        let (text, done) = certain("خلال الاستقلال ال", false);
        assert_eq!(text, "خلال الاستقلال ال");
        assert_eq!(done, Certain::default());
    }

    #[test]
    fn the_words_of_the_text_say_where_a_lam_stands_before_a_hamza() {
        let texts = [
            "ألغراض التنمية في الأغراض، ألقل البلدان وأقل ألصحاب المصلحة أصحاب إلتاحة إتاحة",
            "إلى أن ألف وإلى آلية إلمكانية بإمكانية",
        ];
        let words = words_of(texts.iter().copied());
        let (text, read) = by_words(texts[0], &words);
        assert_eq!(
            text,
            "لأغراض التنمية في الأغراض، لأقل البلدان وأقل لأصحاب المصلحة أصحاب لإتاحة إتاحة"
        );
        assert_eq!(
            read[0],
            [
                "ألغراض".to_string(),
                "لأغراض".to_string(),
                "الأغراض".to_string()
            ]
        );
        let (text, read) = by_words(texts[1], &words);
        assert_eq!(text, "إلى أن ألف وإلى آلية لإمكانية بإمكانية");
        assert_eq!(read.len(), 1);
    }

    /// A/RES/74/197's operative 30 and A/RES/80/118's operative 19 as LibreOffice prints them
    /// (`الستمرار` for `لاستمرار`, `العتماد`), and the article where the words say no more.
    #[test]
    fn the_words_of_the_text_say_where_a_lam_stands_before_an_alef() {
        let text = "حاجة الستمرار الحوار استمرار الفجوات، القدرات العتماد التجارة واعتماد \
                    اللغة بالغة النظر انظر اللذين الذين الحوار";
        let words = words_of(std::iter::once(text));
        let (read, said) = by_words(text, &words);
        assert_eq!(
            read,
            "حاجة لاستمرار الحوار استمرار الفجوات، القدرات لاعتماد التجارة واعتماد \
                    اللغة بالغة النظر انظر اللذين الذين الحوار"
        );
        assert_eq!(
            said[1],
            [
                "العتماد".to_string(),
                "لاعتماد".to_string(),
                "واعتماد".to_string()
            ]
        );
    }
}
