//! Arabic vowel marks and spacing as extractors leave them: a mark written before its letter
//! and a space after it (`ُي بذل`), a lam's marks on the letter before it (`تسّلم`), a space
//! before a comma after tanween (`نموًا ،`). Put back where the text shows that hand; the
//! caller ([`super::repair::scripts`]) says each.

use super::{arabic_letter, tanween, vowel_mark};

/// Whether a vowel mark opens a word (`ما ُي بذل`), which no text as written has: the sign of
/// an extractor that puts marks before their letters. Without it the text's marks are where it
/// wrote them, and `تسلّم بضرورة` (a mark, its letter and a space, as [`marks_on_their_letters`]
/// looks for) is as written: resdiff's own PDF reader places marks by where they are drawn.
pub(super) fn mark_opens_a_word(text: &str) -> bool {
    let mut prev = ' ';
    text.chars().any(|c| {
        let opens = vowel_mark(c) && prev.is_whitespace();
        prev = c;
        opens
    })
}

/// `تسّلم` for `تسلّم`, `وتكمُلها` for `وتكملُها`: the marks of a lam inside a word, which an
/// extractor that puts each mark before its letter writes before the lam, with no space after
/// it. That extractor writes a mark of the letter before a lam before that letter, with a space
/// after it (`تشّك ل` for `تشكّل`): a mark right after a letter and before a lam is the lam's.
/// How many marks stand at `i` so, if they do.
fn lam_marks(chars: &[char], i: usize) -> Option<usize> {
    let k = chars[i..].iter().take_while(|c| vowel_mark(**c)).count();
    let moved = (1..=2).contains(&k)
        && i > 0
        && arabic_letter(chars[i - 1])
        && chars.get(i + k) == Some(&'ل')
        && chars.get(i + k + 1).copied().is_some_and(arabic_letter);
    moved.then_some(k)
}

/// The word around `chars[i]` (letters and marks, to the blanks or punctuation on either side):
/// where it starts and ends. `i` may be the text's end.
pub(super) fn word_at(chars: &[char], i: usize) -> (usize, usize) {
    let inside = |c: &char| arabic_letter(*c) || vowel_mark(*c);
    let i = i.min(chars.len());
    let start = chars[..i]
        .iter()
        .rposition(|c| !inside(c))
        .map_or(0, |p| p + 1);
    let end = chars[i..]
        .iter()
        .position(|c| !inside(c))
        .map_or(chars.len(), |p| i + p);
    (start, end)
}

/// What [`marks_on_their_letters`] put back in a paragraph.
#[derive(Debug, Default)]
pub(super) struct Put {
    pub text: String,
    /// Marks put back on their letters.
    pub moved: usize,
    /// The lam's words, as seen and as read.
    pub lam: Vec<(String, String)>,
    /// Where the words of the text said whether the space after a marked letter is the
    /// text's: as seen, as read, and why.
    pub spaces: Vec<(String, String, String)>,
    /// Where the space after a marked letter was taken out, two letters or more on each side,
    /// and the text writes the words so joined nowhere else (`تقّل بمقدار` as `تقلّبمقدار`: a word may end there, its space and
    /// the extractor's one blank): as seen, and as read.
    pub guessed: Vec<(String, String)>,
}

/// The words of a text written whole (as skeletons, their marks taken out), with how often:
/// what it says of a word broken by an extractor's displaced mark (`أّن تكلفة`). The pieces
/// around a displaced mark (`ُي`, `بذل`) are not counted.
#[derive(Debug, Default)]
pub(super) struct Words(std::collections::HashMap<String, usize>);

impl Words {
    /// The words of `texts` (as skeletons), but those `piece` says (of a text's tokens, and
    /// which) are pieces of a word an extractor broke.
    pub fn counted<'a>(
        texts: impl Iterator<Item = &'a str>,
        piece: impl Fn(&[&str], usize) -> bool,
    ) -> Words {
        let mut words = std::collections::HashMap::new();
        for text in texts {
            let tokens: Vec<&str> = text.split_whitespace().collect();
            for (j, t) in tokens.iter().enumerate() {
                let w = skeleton(t);
                if !w.is_empty() && !piece(&tokens, j) {
                    *words.entry(w).or_insert(0) += 1;
                }
            }
        }
        Words(words)
    }

    /// The words of a text in the hand that writes marks before their letters: not the pieces
    /// around a displaced mark.
    pub fn of<'a>(texts: impl Iterator<Item = &'a str>) -> Words {
        let head = |tokens: &[&str], j: usize| {
            tokens.get(j + 1).is_some_and(|n| {
                n.starts_with(|c: char| arabic_letter(c) || vowel_mark(c))
                    && ends_displaced(tokens[j])
            })
        };
        Words::counted(texts, |tokens, j| {
            head(tokens, j) || (j > 0 && head(tokens, j - 1)) || tokens[j].starts_with(vowel_mark)
        })
    }

    /// How often the text writes `skeleton` whole.
    pub fn count(&self, skeleton: &str) -> usize {
        self.0.get(skeleton).copied().unwrap_or(0)
    }

    fn has(&self, skeleton: &str) -> bool {
        self.count(skeleton) > 0
    }
}

/// The Arabic letters of `t`, its marks and punctuation left out.
pub(super) fn skeleton(t: &str) -> String {
    t.chars().filter(|c| arabic_letter(*c)).collect()
}

/// `أّن`: a token ending in a displaced mark and its letter.
fn ends_displaced(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    let n = chars.len();
    let Some(&last) = chars.last() else {
        return false;
    };
    let marks = chars[..n - 1]
        .iter()
        .rev()
        .take_while(|c| vowel_mark(**c))
        .count();
    let tanween_alef = last == 'ا'
        && matches!(
            n.checked_sub(2).and_then(|k| chars.get(k)),
            Some(c) if tanween(*c)
        );
    arabic_letter(last) && (1..=2).contains(&marks) && !tanween_alef
}

/// `ُي بذل` for `يُبذل`: a vowel mark an extractor put before its letter, and a space after the
/// letter. A mark never opens a word, nor stands between a letter and a space-ended letter in
/// text as written. The marks of a lam, which that extractor writes with no space after it, are
/// moved onto it ([`lam_marks`]) in the same pass, so that the space after the lam's word
/// stays.
///
/// The space after the letter is the extractor's inside a word (`ُي بذل`), but the text's after
/// a word whose last letter bears the mark (`أّن تكلفة`, `أنّ تكلفة`): kept after tanween, and
/// where the `words` of the text say so: the word before and the word after are written whole
/// elsewhere in it and the two joined are not. Before `ال` the space is kept (the article opens
/// a word) unless the words joined are written whole elsewhere and the piece after is not
/// (`الفّع ال`, `الفعّال`).
pub(super) fn marks_on_their_letters(text: &str, words: &Words) -> Put {
    let mark = vowel_mark;
    let letter = arabic_letter;
    let chars: Vec<char> = text.chars().collect();
    let mut put = Put {
        text: String::with_capacity(text.len()),
        ..Put::default()
    };
    let out = &mut put.text;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(k) = lam_marks(&chars, i) {
            let (start, end) = word_at(&chars, i);
            let read: String = chars[start..i]
                .iter()
                .chain(&['ل'])
                .chain(&chars[i..i + k])
                .chain(&chars[i + k + 1..end])
                .collect();
            put.lam.push((chars[start..end].iter().collect(), read));
            out.push('ل');
            out.extend(&chars[i..i + k]);
            i += k + 1;
            continue;
        }
        // One or two marks (`ِّ`), their letter, a space, and more of the word.
        let k = if chars.get(i + 1).is_some_and(|n| mark(*n)) {
            2
        } else {
            1
        };
        // Before a number (`لكّل 100`), the space is the text's: a word ends there.
        let number = chars.get(i + k + 2).is_some_and(char::is_ascii_digit);
        let displaced = mark(c)
            // `ًا` is how extractors write `اً`: left as they give it.
            && chars.get(i + k).is_some_and(|n| letter(*n) && !(tanween(c) && *n == 'ا'))
            && chars.get(i + k + 1) == Some(&' ')
            && (number || chars.get(i + k + 2).is_some_and(|n| letter(*n) || mark(*n)))
            && (i == 0 || chars[i - 1] == ' ' || letter(chars[i - 1]));
        if displaced {
            let word_start = out
                .rfind(|c: char| !(letter(c) || mark(c)))
                .map_or(0, |p| p + out[p..].chars().next().map_or(1, char::len_utf8));
            let before = format!("{}{}", skeleton(&out[word_start..]), chars[i + k]);
            let (_, after_end) = word_at(&chars, i + k + 2);
            let after_raw: String = chars[i + k + 2..after_end].iter().collect();
            let after = skeleton(&after_raw);
            let joined = format!("{before}{after}");
            let (seen_start, _) = word_at(&chars, i);
            let seen: String = chars[seen_start..after_end].iter().collect();
            out.push(chars[i + k]);
            out.extend(&chars[i..i + k]);
            put.moved += 1;
            let article = after.starts_with("ال");
            let space = if tanween(c) || number {
                true
            } else if article {
                let join = words.has(&joined) && !words.has(&after);
                if join {
                    put.spaces.push((
                        seen.clone(),
                        format!("{}{after_raw}", &out[word_start..]),
                        format!(
                            "`{joined}` is written whole elsewhere in the text, `{after}` is not"
                        ),
                    ));
                }
                !join
            } else {
                let keep = words.has(&before) && words.has(&after) && !words.has(&joined);
                if keep {
                    put.spaces.push((
                        seen.clone(),
                        format!("{} {after_raw}", &out[word_start..]),
                        format!("`{before}` and `{after}` are written whole elsewhere in the text, `{joined}` is not"),
                    ));
                }
                keep
            };
            if space {
                out.push(' ');
            } else if !words.has(&joined)
                // A letter alone is no word (but `و`, which marks do not bear so): joined.
                && before.chars().count() > 1
                && after.chars().count() > 1
            {
                put.guessed
                    .push((seen, format!("{}{after_raw}", &out[word_start..])));
            }
            i += k + 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    put
}

/// `نموا ً` for `نموًا`: a fathatan alone after a word ending in alef, as `pdftotext` gives
/// LibreOffice's Arabic (the mark drawn over the letter before the alef, set apart after the
/// word). A mark never stands as a word of its own: put back before the alef, as the text
/// writes it. The words, as read.
pub(super) fn tanween_after_alef(text: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut read = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let alone = chars[i] == 'ا'
            && i > 0
            && arabic_letter(chars[i - 1])
            && chars.get(i + 1) == Some(&' ')
            && chars.get(i + 2) == Some(&'\u{064B}')
            && chars
                .get(i + 3)
                .is_none_or(|c| !(arabic_letter(*c) || vowel_mark(*c)));
        if alone {
            out.push('\u{064B}');
            out.push('ا');
            let start = out
                .rfind(|c: char| !(arabic_letter(c) || vowel_mark(c)))
                .map_or(0, |p| p + out[p..].chars().next().map_or(1, char::len_utf8));
            read.push(out[start..].to_string());
            i += 3;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    (out, read)
}

/// `نموًا ؛` for `نموًا؛`: a space between a word ending in `ًا` (or `اً`) and `،` or `؛`
/// removed; and how many.
pub(super) fn space_before_comma(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut rest = text;
    while let Some(k) = rest.find(" ،").into_iter().chain(rest.find(" ؛")).min() {
        let head = &rest[..k];
        out.push_str(head);
        if head.ends_with("ًا") || head.ends_with("اً") {
            removed += 1;
        } else {
            out.push(' ');
        }
        rest = &rest[k + 1..];
    }
    out.push_str(rest);
    (out, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(text: &str) -> Put {
        marks_on_their_letters(text, &Words::default())
    }

    #[test]
    fn arabic_marks_put_back() {
        assert_eq!(put("ما ُي بذل من").text, "ما يُبذل من");
        assert_eq!(put("ما ُي بذل من").moved, 1);
        assert_eq!(put("اعُت مد").text, "اعتُمد");
        assert_eq!(put("يُبذل من").moved, 0);
        assert_eq!(put("وشرٌط لا").text, "وشرطٌ لا");
        assert_eq!(put("فرصًا جديدة").moved, 0);
        assert_eq!(put("الذي َق ّي مت").text, "الذي قَيّمت");
        assert_eq!(put("الذي ُق ِّد م في").text, "الذي قُدِّم في");
        assert_eq!(put("التقريَر الذي").text, "التقرير\u{64e} الذي");
    }

    /// Clauses 26 and 59 of A/RES/80/118 in Arabic, Chromium's print through `pdftotext`: a
    /// shadda on a word's last letter (`أّن تكلفة`), and on a letter before `ال` inside a word
    /// (`الفّع ال`). The words written whole elsewhere in the text tell them from `ُي بذل`.
    #[test]
    fn the_words_of_the_text_say_whose_space_it_is() {
        let text = [
            "أّن تكلفة الحصول على هذه الخدمات ما ُي بذل من جهود",
            "التنفيذ الفّع ال للأطر",
            "أن الوصول بتكلفة ميسورة، وخفض تكلفة الخدمات، والتنفيذ الفعال لنتائج القمة",
        ];
        let words = Words::of(text.into_iter());
        let got = marks_on_their_letters(text[0], &words);
        assert_eq!(got.text, "أنّ تكلفة الحصول على هذه الخدمات ما يُبذل من جهود");
        assert_eq!(
            got.spaces[0].2,
            "`أن` and `تكلفة` are written whole elsewhere in the text, `أنتكلفة` is not"
        );
        let got = marks_on_their_letters(text[1], &words);
        assert_eq!(got.text, "التنفيذ الفعّال للأطر");
        assert_eq!(got.spaces[0].0, "الفّع ال");
        // Without those words, as before: joined, and kept before `ال`.
        assert_eq!(
            put(text[0]).text,
            "أنّتكلفة الحصول على هذه الخدمات ما يُبذل من جهود"
        );
        assert_eq!(put(text[1]).text, "التنفيذ الفعّ ال للأطر");
        // The pieces around a displaced mark are not words of the text.
        assert!(!words.has("ي") && !words.has("بذل") && words.has("تكلفة"));
        // A one-letter token, a lone mark.
        assert!(!ends_displaced("و") && !ends_displaced("\u{651}") && !ends_displaced(""));
    }

    /// A/RES/74/197 in Arabic, Chromium's print through `pdftotext` (operative 16 and 20): a
    /// lam's shadda before it at a word's end, a number after (`لكّل 100`: the space is the
    /// text's); and before a word neither side of which the text writes whole elsewhere
    /// (`تقّل بمقدار`): joined, and named as a guess.
    #[test]
    fn before_a_number_the_space_is_the_text_s() {
        let got = put("المتنقلة لكّل 100 شخص");
        assert_eq!(got.text, "المتنقلة لكلّ 100 شخص");
        assert!(got.guessed.is_empty());
        let got = put("من النساء تقّل بمقدار 17 في المائة");
        assert_eq!(got.text, "من النساء تقلّبمقدار 17 في المائة");
        assert_eq!(
            got.guessed,
            [("تقّل بمقدار".to_string(), "تقلّبمقدار".to_string())]
        );
        // A letter alone on either side is no word: not a guess.
        assert!(put("ما ُي بذل من الميّس ر الوحيد").guessed.is_empty());
    }

    /// A/RES/74/197 and WTDC Res. 30 in Arabic as LibreOffice prints resdiff's DOCX, through
    /// `pdftotext` (operative 20 and 33 of 74/197, Res. 30's recognizing b)).
    #[test]
    fn a_tanween_set_apart_after_its_alef() {
        let (text, read) = tanween_after_alef(
            "ولا سيما في أقل البلدان نموا ً وفي أفريقيا، مجتمع متمكن رقميا ً واقتصاد بعد أن كان شريكا ً فقط؛",
        );
        assert_eq!(
            text,
            "ولا سيما في أقل البلدان نموًا وفي أفريقيا، مجتمع متمكن رقميًا واقتصاد بعد أن كان شريكًا فقط؛"
        );
        assert_eq!(read, ["نموًا", "رقميًا", "شريكًا"]);
        // Before a comma, at the end; not a mark of the next word's, nor another mark.
        assert_eq!(tanween_after_alef("نموا ً، و").0, "نموًا، و");
        assert_eq!(tanween_after_alef("نموا ً").0, "نموًا");
        for t in ["نموا ًو", "نموا ٌ و", "2030 ً و", "ا ً و"] {
            assert_eq!(tanween_after_alef(t), (t.to_string(), Vec::new()), "{t}");
        }
    }

    /// Clauses 1 and 37 of A/RES/80/118 in Arabic, Chromium's print through `pdftotext`.
    #[test]
    fn no_space_before_an_arabic_comma_after_tanween() {
        assert_eq!(
            space_before_comma("وخاصة أقل البلدان نموًا ؛ ولا سيما أقل البلدان نموًا ، والبلدان"),
            (
                "وخاصة أقل البلدان نموًا؛ ولا سيما أقل البلدان نموًا، والبلدان".to_string(),
                2
            )
        );
        assert_eq!(space_before_comma("التكلفة ، باستخدام").1, 0);
    }
}
