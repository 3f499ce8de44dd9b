//! The gap LibreOffice sets between a Chinese character and a Latin letter or digit (its
//! "autospace": `的 2018 年 12 月`), which `pdftotext` writes as a space. The UN's Chinese
//! writes none there (`的2018年12月20日第73/218号决议`): where a text sets one at more of those
//! places than not, it is in that hand, and each such space is removed.
//!
//! But one: the UN writes a note's mark called again as its digits and a space
//! (`日内瓦阶段4 和突尼斯阶段6 的成果`, `报告9 所述`, `《信息社会突尼斯议程》6 第72段`: A/RES/74/197),
//! which LibreOffice sets as `阶段 4 和` like any number. In the corpus's Chinese texts, every
//! other number between Chinese characters is an ordinal (`第72段`) or has its counter after
//! it (`年`, `月`, `个`, `段` …), and none is followed by a space: a note's number, called in
//! the text, after a Chinese character and before one that is no counter, is read as that
//! mark, its space after it kept (see [`remove`]).

use std::collections::HashSet;

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

/// What Chinese writes after a number (a counter, a unit, a range's `至`): a number before one
/// is no note's mark (`有17个`, `和16日`, `第34至`). As the corpus's Chinese texts write them.
fn counter(c: char) -> bool {
    "年月日号段个项次名人亿万周多届条款章节岁倍元天时分秒点位家国种份页期至%％".contains(c)
}

/// The notes whose marks `texts` call (`[^9]`): the numbers a mark written again may have.
pub fn called<'a>(texts: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    let mut out = HashSet::new();
    for t in texts {
        for (k, _) in t.match_indices("[^") {
            if let Some((mark, _)) = t[k + 2..].split_once(']') {
                out.insert(mark.to_string());
            }
        }
    }
    out
}

/// At `chars[s..]`, a note's mark written again ([`called`] in `marks`): its digits (one to
/// three) after a Chinese character (a space between) other than the ordinal's `第`, and a
/// Chinese character no [`counter`] after them (a space between, or none where a line ended
/// there). Where the digits end, and where the character after them is.
fn mark_again(chars: &[char], s: usize, marks: &HashSet<String>) -> Option<(usize, usize)> {
    let e = s + chars[s..].iter().take_while(|c| c.is_ascii_digit()).count();
    let p = s.checked_sub(1 + usize::from(s > 0 && chars[s - 1] == ' '))?;
    let n = e + usize::from(chars.get(e) == Some(&' '));
    let digits: String = chars[s..e].iter().collect();
    let next = *chars.get(n)?;
    ((1..=3).contains(&(e - s))
        && is_cjk(chars[p])
        && chars[p] != '第'
        && is_cjk(next)
        && !counter(next)
        && marks.contains(&digits))
    .then_some((e, n))
}

/// `text` with each such space removed, how many, and the marks written again read as such
/// (`报告9 所`), the space after each kept (put back where a line ended after it).
pub fn remove(text: &str, marks: &HashSet<String>) -> (String, usize, Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut again = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts = c.is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_ascii_alphanumeric() || "/.,".contains(chars[i - 1])));
        if starts && let Some((e, n)) = mark_again(&chars, i, marks) {
            let digits: String = chars[i..e].iter().collect();
            again.push(format!(
                "{}{digits} {}",
                chars[i - 1 - usize::from(chars[i - 1] == ' ')],
                chars[n]
            ));
            out.push_str(&digits);
            out.push(' ');
            i = n;
            continue;
        }
        if gap_at(&chars, i) {
            removed += 1;
        } else {
            out.push(c);
        }
        i += 1;
    }
    (out, removed, again)
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
        let (read, removed, _) = remove(seen, &called([seen]));
        assert_eq!(removed, 8);
        assert_eq!(
            read,
            "回顾其关于信息和通信技术促进可持续发展的2018年12月20日第73/218号决议以及以往关于这一议题的各项决议，[^1]"
        );
        assert_eq!(counts([read.as_str()]), (0, 8));
        // A mark's space is the text's (`》[^3] 的基`), and so is one between Latin words.
        let none = HashSet::new();
        assert_eq!(remove("议程》[^3] 的基", &none).1, 0);
        assert_eq!(remove("ICT policy", &none).1, 0);
    }

    /// `pdftotext` of LibreOffice's print of A/RES/74/197 in Chinese: paragraphs 6, 21 and 24
    /// (21's `9` ended its line: the line after is joined with no space), and as the corpus
    /// writes them. Was read `阶段4和突尼斯阶段6的成果`, the marks as numbers.
    #[test]
    fn a_note_s_mark_written_again_keeps_its_space() {
        let marks: HashSet<String> = ["4", "6", "9", "12", "17"].map(String::from).into();
        let (read, removed, again) = remove(
            "信息社会世界峰会日内瓦阶段 4 和突尼斯阶段 6 的成果，为此",
            &marks,
        );
        assert_eq!(
            read,
            "信息社会世界峰会日内瓦阶段4 和突尼斯阶段6 的成果，为此"
        );
        assert_eq!(
            (removed, again),
            (2, vec!["段4 和".to_string(), "段6 的".to_string()])
        );
        let (read, _, again) = remove("世界峰会成果进展报告 9所述区域一级", &marks);
        assert_eq!(read, "世界峰会成果进展报告9 所述区域一级");
        assert_eq!(again, ["告9 所"]);
        let (read, _, again) = remove("确认如《信息社会突尼斯议程》6 第 72 段所述", &marks);
        assert_eq!(read, "确认如《信息社会突尼斯议程》6 第72段所述");
        assert_eq!(again, ["》6 第"]);
        // A number with its counter, or an ordinal, is a number, a note's or not.
        let (read, _, again) = remove("有 17 个、第 12 段和第 17 和 18 段", &marks);
        assert_eq!(read, "有17个、第12段和第17和18段");
        assert!(again.is_empty());
    }
}
