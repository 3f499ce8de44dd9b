//! The gap LibreOffice sets between a Chinese character and a Latin letter or digit (its
//! "autospace": `的 2018 年 12 月`), which `pdftotext` writes as a space. The UN's Chinese
//! writes none there (`的2018年12月20日第73/218号决议`): where a text sets one at more of those
//! places than not, it is in that hand, and each such space is removed.

use crate::model::text::is_cjk;

/// A Latin letter or digit: what LibreOffice sets apart from a Chinese character.
fn latin(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Whether a space at `i` of `chars` stands between a Chinese character and a Latin letter or
/// digit, either way round.
fn gap_at(chars: &[char], i: usize) -> bool {
    chars[i] == ' '
        && i > 0
        && chars.get(i + 1).is_some_and(|&n| {
            let p = chars[i - 1];
            (is_cjk(p) && latin(n)) || (latin(p) && is_cjk(n))
        })
}

/// How often `texts` set a space between a Chinese character and a Latin letter or digit, and
/// how often they set the two side by side.
pub fn counts<'a>(texts: impl IntoIterator<Item = &'a str>) -> (usize, usize) {
    let (mut spaced, mut tight) = (0, 0);
    for t in texts {
        let chars: Vec<char> = t.chars().collect();
        for i in 0..chars.len() {
            if gap_at(&chars, i) {
                spaced += 1;
            }
            if let Some(&n) = chars.get(i + 1) {
                let c = chars[i];
                if (is_cjk(c) && latin(n)) || (latin(c) && is_cjk(n)) {
                    tight += 1;
                }
            }
        }
    }
    (spaced, tight)
}

/// `text` with each such space removed, and how many.
pub fn remove(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    for (i, &c) in chars.iter().enumerate() {
        if gap_at(&chars, i) {
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

    /// `pdftotext -layout` of LibreOffice's print of A/RES/74/197 in Chinese, its first
    /// paragraph, and as the corpus writes it.
    #[test]
    fn libreoffice_s_gaps_are_counted_and_removed() {
        let seen = "回顾其关于信息和通信技术促进可持续发展的 2018 年 12 月 20 日第 73/218 号决议以及以往关于这一议题的各项决议，[^1]";
        assert_eq!(counts([seen]), (8, 0));
        let (read, removed) = remove(seen);
        assert_eq!(removed, 8);
        assert_eq!(
            read,
            "回顾其关于信息和通信技术促进可持续发展的2018年12月20日第73/218号决议以及以往关于这一议题的各项决议，[^1]"
        );
        assert_eq!(counts([read.as_str()]), (0, 8));
        // A mark's space is the text's (`》[^3] 的基`), and so is one between Latin words.
        assert_eq!(remove("议程》[^3] 的基").1, 0);
        assert_eq!(remove("ICT policy").1, 0);
    }
}
