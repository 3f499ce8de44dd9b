//! Arabic vowel marks and spacing as extractors leave them: a mark written before its letter
//! and a space after it (`ُي بذل`), a lam's marks on the letter before it (`تسّلم`), a space
//! before a comma after tanween (`نموًا ،`). Put back where the text shows that hand; the
//! caller ([`super::repair::scripts`]) says each.

/// Whether a vowel mark opens a word (`ما ُي بذل`), which no text as written has: the sign of
/// an extractor that puts marks before their letters. Without it the text's marks are where it
/// wrote them, and `تسلّم بضرورة` (a mark, its letter and a space, as [`marks_on_their_letters`]
/// looks for) is as written: resdiff's own PDF reader places marks by where they are drawn.
pub(super) fn mark_opens_a_word(text: &str) -> bool {
    let mut prev = ' ';
    text.chars().any(|c| {
        let opens = matches!(c, '\u{064B}'..='\u{0652}') && prev.is_whitespace();
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

fn vowel_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}')
}

fn arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}')
}

/// The word around `chars[i]`, from `from` to the next blank or punctuation.
fn word_at(chars: &[char], i: usize) -> (usize, usize) {
    let inside = |c: &char| arabic_letter(*c) || vowel_mark(*c);
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

/// `ُي بذل` for `يُبذل`: a vowel mark an extractor put before its letter, and a space after the
/// letter. A mark never opens a word, nor stands between a letter and a space-ended letter in
/// text as written. The marks of a lam, which that extractor writes with no space after it, are
/// moved onto it ([`lam_marks`]) in the same pass, so that the space after the lam's word
/// stays. The text with each put back, how many, and the lam's words as seen and as read.
pub(super) fn marks_on_their_letters(text: &str) -> (String, usize, Vec<(String, String)>) {
    let mark = vowel_mark;
    let tanween = |c: char| matches!(c, '\u{064B}'..='\u{064D}');
    let letter = arabic_letter;
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut moved = 0;
    let mut lam = Vec::new();
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
            lam.push((chars[start..end].iter().collect(), read));
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
        let displaced = mark(c)
            // `ًا` is how extractors write `اً`: left as they give it.
            && chars.get(i + k).is_some_and(|n| letter(*n) && !(tanween(c) && *n == 'ا'))
            && chars.get(i + k + 1) == Some(&' ')
            && chars.get(i + k + 2).is_some_and(|n| letter(*n) || mark(*n))
            && (i == 0 || chars[i - 1] == ' ' || letter(chars[i - 1]));
        if displaced {
            out.push(chars[i + k]);
            out.extend(&chars[i..i + k]);
            moved += 1;
            // Tanween ends a word, and `ال` opens one: the space is then the text's.
            let article = chars.get(i + k + 2) == Some(&'ا') && chars.get(i + k + 3) == Some(&'ل');
            if tanween(c) || article {
                out.push(' ');
            }
            i += k + 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    (out, moved, lam)
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

    #[test]
    fn arabic_marks_put_back() {
        assert_eq!(
            marks_on_their_letters("ما ُي بذل من"),
            ("ما يُبذل من".to_string(), 1, Vec::new())
        );
        assert_eq!(marks_on_their_letters("اعُت مد").0, "اعتُمد");
        assert_eq!(marks_on_their_letters("يُبذل من").1, 0);
        assert_eq!(marks_on_their_letters("وشرٌط لا").0, "وشرطٌ لا");
        assert_eq!(marks_on_their_letters("فرصًا جديدة").1, 0);
        assert_eq!(marks_on_their_letters("الذي َق ّي مت").0, "الذي قَيّمت");
        assert_eq!(marks_on_their_letters("الذي ُق ِّد م في").0, "الذي قُدِّم في");
        assert_eq!(
            marks_on_their_letters("التقريَر الذي").0,
            "التقرير\u{64e} الذي"
        );
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
