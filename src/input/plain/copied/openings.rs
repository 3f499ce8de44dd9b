//! A blank `pdftotext` sets after an opening bracket or quotation mark in LibreOffice's Arabic
//! print (`( الموئل الثالث)` for `(الموئل الثالث)`, `مثل ” اليوم الدولي` for `مثل ”اليوم
//! الدولي`): the text sets none there, and Chromium's print of the same text comes out without
//! it. UN Arabic texts open a quotation with `”` and close it with `“`.

use super::arabic_letter;

/// `text` without a blank between an opening `(` or `”` and the Arabic letter after it, where
/// a blank or the text's start stands before the opening; and how many.
pub(super) fn close(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    for (i, &c) in chars.iter().enumerate() {
        let after_opening = c == ' '
            && i > 0
            && matches!(chars[i - 1], '(' | '”')
            && (i < 2 || chars[i - 2] == ' ')
            && chars.get(i + 1).is_some_and(|n| arabic_letter(*n));
        if after_opening {
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

    /// A/RES/74/197's preamble 5 and 29 as `pdftotext` gives LibreOffice's print.
    #[test]
    fn no_blank_after_an_opening() {
        assert_eq!(
            close("المستدامة ( الموئل الثالث)، مثل ” اليوم الدولي“"),
            (
                "المستدامة (الموئل الثالث)، مثل ”اليوم الدولي“".to_string(),
                2
            )
        );
        // A closing quote, and a bracket inside a run: as they are.
        for kept in ["الدولي“ في", "لعام 2030“ الذي", "(E/2025/31 ( 11"] {
            assert_eq!(close(kept).1, 0, "{kept}");
        }
    }
}
