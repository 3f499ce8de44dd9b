//! Where LibreOffice's prints break a paragraph or a line, as the glyphs show it: a page break
//! before the UN's Arabic label `50 -`, and a space drawn at a Chinese line's end.

use super::super::glyphs::Glyph;
use super::super::layout::lay_out;
use super::page_of;

/// A glyph of `text` at `x`, `w` wide, at size 12 on baseline `y`.
fn glyph(text: &str, x: f64, y: f64, w: f64) -> Glyph {
    Glyph {
        x,
        y,
        w,
        size: 12.0,
        text: text.to_string(),
        typed: false,
        bold: false,
    }
}

/// A line of Arabic from the right edge (538.6) to 100, as LibreOffice prints A/RES/80/118:
/// `label` (`49 -`: the number, a space glyph, the dash) and its tab to the stop at 510, or
/// none; then `text`, its letters spread evenly (a full line).
fn arabic_line(label: &str, text: &str, y: f64) -> Vec<Glyph> {
    let mut g = Vec::new();
    let mut right = 538.6;
    if let Some((number, dash)) = label.split_once(' ') {
        let n = number.chars().count() as f64;
        for (i, d) in number.chars().enumerate() {
            g.push(glyph(&d.to_string(), right - 6.0 * (n - i as f64), y, 6.0));
        }
        g.push(glyph(" ", right - 6.0 * n - 3.0, y, 3.0));
        g.push(glyph(dash, right - 6.0 * n - 7.0, y, 4.0));
        right = 510.1;
    }
    let letters: Vec<char> = text.chars().collect();
    let w = (right - 100.0) / letters.len() as f64;
    for (i, c) in letters.iter().enumerate() {
        if *c != ' ' {
            g.push(glyph(&c.to_string(), right - w * (i + 1) as f64, y, w));
        }
    }
    g
}

/// Operative paragraph 49 of A/RES/80/118 in Arabic ends with a full line at a page's foot, and
/// 50 opens the next page at the same edge: only its label tells. The label is two words
/// (`50 -`) and its tab follows the dash; read as a label's only after the first word, the
/// gap was a space, and paragraph 50 was read into 49.
#[test]
fn the_un_arabic_label_at_the_top_of_a_page_opens_its_paragraph() {
    let words = "تلاحظ أنه على الرغم من أن أساسا متينا لبناء القدرات";
    let mut foot = arabic_line("49 -", words, 662.3);
    foot.extend(arabic_line(
        "",
        "والمنظمات والكيانات المعنية بالمسائل المتصلة؛",
        676.1,
    ));
    let top = arabic_line("50 -", "تسلم بأهمية مساعدة البلدان النامية ولا سيما", 82.1);
    let (foot, top) = (page_of(&foot), page_of(&top));
    assert_eq!(
        top.lines[0].text.split_once('\u{3}').map(|s| s.0),
        Some("50 -")
    );
    let laid = lay_out(&[foot, top]);
    let paragraphs: Vec<&str> = laid.text.lines().collect();
    assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
    assert!(paragraphs[1].starts_with("50 -\tتسلم"), "{paragraphs:?}");
}

/// A/RES/74/197 in Chinese cites note 9 again as a digit at the size of the text, a space after
/// it (`报告9 所述`); LibreOffice broke the line at that space and drew it at the line's end.
/// Chinese joins lines with no space, and a digit before a Chinese character is one of its
/// numbers (`2025年7` `月`): the space drawn says one was typed.
#[test]
fn a_space_drawn_at_a_chinese_lines_end_is_kept() {
    let mut g: Vec<Glyph> = "进展报告"
        .chars()
        .enumerate()
        .map(|(i, c)| glyph(&c.to_string(), 100.0 + 12.0 * i as f64, 100.0, 12.0))
        .collect();
    g.push(glyph("9", 150.4, 100.0, 6.0));
    g.push(glyph(" ", 156.4, 100.0, 3.0));
    g.extend(
        "所述区域"
            .chars()
            .enumerate()
            .map(|(i, c)| glyph(&c.to_string(), 100.0 + 12.0 * i as f64, 117.3, 12.0)),
    );
    assert_eq!(lay_out(&[page_of(&g)]).text, "进展报告9 所述区域\n");
    // With no space drawn, none: a number broken from its character.
    g.retain(|g| g.text != " ");
    assert_eq!(lay_out(&[page_of(&g)]).text, "进展报告9所述区域\n");
}

/// A right-to-left line as Chromium draws one: `text`'s characters from `right` leftwards to
/// `left`, a space 2.75 wide, the letters sharing the rest evenly.
fn chromium_rtl(text: &str, right: f64, left: f64, y: f64) -> Vec<Glyph> {
    let spaces = text.chars().filter(|c| *c == ' ').count() as f64;
    let letters = text.chars().count() as f64 - spaces;
    let w = (right - left - 2.75 * spaces) / letters;
    let mut x = right;
    text.chars()
        .map(|c| {
            let cw = if c == ' ' { 2.75 } else { w };
            x -= cw;
            glyph(&c.to_string(), x, y, cw)
        })
        .collect()
}

/// WTDC Res. 30 in Arabic, printed by Chromium: resolves 3 breaks its first line after the
/// slash of `للاتصالات/تكنولوجيا` (page 3, the line's ends as drawn), with no space glyph at
/// the line's end, as at the end of every right-to-left line; read `للاتصالات/ تكنولوجيا`.
#[test]
fn a_line_broken_after_a_slash_joins_with_no_space() {
    let first = "مواصلة تسهيل قيام بيئة تمكينية لتشجيع أعضاء قطاع التنمية على إعطاء الأولوية لتنمية البنى التحتية للاتصالات/";
    let second = "تكنولوجيا المعلومات والاتصالات بحيث تشمل المناطق الريفية والمناطق المعزولة والنائية باستعمال مختلف التقنيات؛";
    let mut g = chromium_rtl(first, 498.9, 56.7, 75.0);
    g.extend(chromium_rtl(second, 538.58, 95.41, 89.25));
    let laid = lay_out(&[page_of(&g)]);
    assert_eq!(laid.text, format!("{first}{second}\n"));
    assert!(
        laid.notes
            .iter()
            .any(|(p, n)| *p == 1 && n.contains("broken after a slash")),
        "{:?}",
        laid.notes
    );
    // With a space glyph drawn at the line's end (as LibreOffice draws one at a left-to-right
    // line's), the space it shows.
    g.push(glyph(" ", 53.95, 75.0, 2.75));
    assert_eq!(lay_out(&[page_of(&g)]).text, format!("{first} {second}\n"));
}
