//! A clause label on a line of its own above its text: `pdftotext` without `-layout` writes a
//! label LibreOffice sets apart from its paragraph by a tab (resdiff's DOCX, `1.<TAB>Recognizes`)
//! as a line of its own when the tab's gap is wide (`1.` to `9.`; `10.` and on are closer to
//! their text and stay on its line), and `(a)` so too. Read as the label of the line below.

use super::join::{ends_paragraph, label_start, width};
use super::pages::Line;
use crate::input::Warning;

/// `3.`, `(a)`, `(iv)` or `a)` (French and Spanish items), alone.
fn alone(t: &str) -> bool {
    let number = super::digits::whole;
    let item =
        |x: &str| (1..=5).contains(&x.chars().count()) && x.chars().all(char::is_alphanumeric);
    t.strip_suffix('.').is_some_and(number)
        || t.strip_suffix(')')
            .is_some_and(|x| item(x.strip_prefix('(').unwrap_or(x)))
}

/// Whether `t` may end a paragraph, a note's mark printed twice after it too (`Intelligence,1818`:
/// its notes are not read yet, and `ends_paragraph` takes no more than three digits for a mark).
fn may_end(t: &str) -> bool {
    let stem = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &t[stem.len()..];
    let (a, b) = digits.split_at(digits.len() / 2);
    ends_paragraph(t) || (digits.len() >= 4 && a == b && ends_paragraph(stem))
}

/// Each label alone on its line after a line that may end a paragraph (or opening a page), its
/// text on the next line, put before that text, with a warning naming the label's line. A
/// label alone under a paragraph's first line that does not end one (`pdftotext -layout`, a
/// raised mark lifting the line) is left to `labels_below`.
pub fn put_below(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut i = 0;
    while i + 1 < lines.len() {
        let (l, next) = (&lines[i], &lines[i + 1]);
        let opens = i == 0 || l.break_before || may_end(lines[i - 1].body());
        let text = next.body().to_string();
        if alone(l.body())
            && l.break_before
            && i > 0
            && !may_end(lines[i - 1].body())
            && let Some(k) = after_first_end(&lines, i)
        {
            let label = lines.remove(i);
            let before = lines[i - 1].number;
            lines[i].break_before = true;
            lines[i].blank_before |= label.blank_before;
            let target = &mut lines[k - 1];
            target.text = format!(
                "{}{} {}",
                " ".repeat(label.indent()),
                label.body(),
                target.body()
            );
            warnings.push(Warning {
                chosen: None,
                line: label.number,
                message: format!(
                    "label `{}` alone on its line opening a page, after line {}, which does not end a paragraph: the page's first line goes on with that paragraph; read as the label of line {}, the first on the page after a paragraph's end (`pdftotext` without `-layout` writes a page's labels before its text)",
                    label.body(),
                    before,
                    target.number
                ),
            });
            i += 1;
            continue;
        }
        if alone(l.body())
            && opens
            && !next.break_before
            && !text.is_empty()
            && !alone(&text)
            && !label_start(&text, true)
        {
            let after = match i.checked_sub(1) {
                Some(k) if !l.break_before => {
                    format!(" after line {}, which may end a paragraph", lines[k].number)
                }
                _ => " opening a page".to_string(),
            };
            let label = lines.remove(i);
            let next = &mut lines[i];
            next.text = format!("{}{} {}", " ".repeat(label.indent()), label.body(), text);
            next.break_before |= label.break_before;
            next.blank_before |= label.blank_before;
            warnings.push(Warning {
                chosen: None,
                line: label.number,
                message: format!(
                    "label `{}` alone on its line{after}: read as the label of line {}, below it (`pdftotext` without `-layout` writes a label set apart from its text by a tab on a line of its own)",
                    label.body(),
                    next.number
                ),
            });
        }
        i += 1;
    }
    lines
}

/// Where the label alone at `lines[i]` (opening a page whose first line goes on with the
/// paragraph before the break) goes: the first line of the page after one that may end a
/// paragraph and stops short, the next line's first word fitting on it (a comma at the end of
/// a full line ends nothing: `… aux sources scientifiques,`), itself no label.
fn after_first_end(lines: &[Line], i: usize) -> Option<usize> {
    let first = lines.get(i + 1)?;
    if first.body().is_empty() || alone(first.body()) || label_start(first.body(), true) {
        return None;
    }
    let page: Vec<usize> = (i + 1..lines.len())
        .take_while(|&k| k == i + 1 || !lines[k].break_before)
        .collect();
    // The paragraph's lines so far, the one before the break among them, give its width
    // (the page's other lines may be wider: an item's are indented).
    let short = |k: usize| {
        let widest = (i - 1..=k)
            .filter(|&j| j != i)
            .map(|j| width(lines[j].body()))
            .max()
            .unwrap_or(0);
        let next = lines[k + 1].body().split_whitespace().next().unwrap_or("");
        width(lines[k].body()) + 1 + width(next) < widest
    };
    page.iter()
        .skip(1)
        .take_while(|&&k| !alone(lines[k].body()))
        .copied()
        .find(|&k| may_end(lines[k - 1].body()) && short(k - 1))
        .filter(|&k| !lines[k].body().is_empty() && !label_start(lines[k].body(), true))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pdftotext` (no `-layout`) of LibreOffice's print of A/RES/74/197 in English, lines
    /// 255-260 and 308-312 (the page's furniture `23(Add.1)-E` dropped before `8.`).
    #[test]
    fn a_label_above_its_text_goes_to_it() {
        let mut lines = vec![
            Line::of_test(
                257,
                "peoples and for all segments of society, and recommitting",
                1,
            ),
            Line::of_test(258, "first,", 1),
            Line::of_test(259, "1.", 1),
            Line::of_test(260, "Recognizes that information and communications", 1),
            Line::of_test(308, "Resolution 70/1.", 3),
            Line::of_test(311, "8.", 4),
            Line::of_test(312, "Notes the progress that has been made", 4),
        ];
        lines[5].break_before = true;
        let mut warnings = Vec::new();
        let read = put_below(lines, &mut warnings);
        let bodies: Vec<&str> = read.iter().map(Line::body).collect();
        assert_eq!(
            bodies,
            [
                "peoples and for all segments of society, and recommitting",
                "first,",
                "1. Recognizes that information and communications",
                "Resolution 70/1.",
                "8. Notes the progress that has been made",
            ]
        );
        assert!(read[4].break_before);
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings[0].message.starts_with(
                "label `1.` alone on its line after line 258, which may end a paragraph: read as the label of line 260"
            ),
            "{warnings:?}"
        );
        assert!(
            warnings[1]
                .message
                .contains("`8.` alone on its line opening a page")
        );
    }

    /// `pdftotext` (no `-layout`) of LibreOffice's print of A/RES/80/118 in French, lines
    /// 940-954 but 942, 944-946 and 948 (the page's furniture `23(Add.1)-F` dropped): item a) runs on over the page
    /// break, and the page's label `b)` comes before the page's text. It was read as the label
    /// of line 949, joined into item a) (`naissantes et b) l’innovation`).
    #[test]
    fn a_label_opening_a_page_that_goes_on_with_a_paragraph_goes_to_the_next() {
        let mut lines = vec![
            Line::of_test(940, "a)", 1),
            Line::of_test(
                941,
                "Donner aux pays en développement, en particulier aux pays les moins avancés, les",
                1,
            ),
            Line::of_test(
                943,
                "aux avantages que peuvent procurer les technologies nouvelles et naissantes et",
                1,
            ),
            Line::of_test(947, "b)", 2),
            Line::of_test(
                949,
                "l’innovation en matière d’intelligence artificielle pour atteindre les 17 objectifs de",
                2,
            ),
            Line::of_test(
                950,
                "développement durable, notamment en intensifiant le recours aux sources scientifiques,",
                2,
            ),
            Line::of_test(
                951,
                "aux technologies abordables et à la recherche et au développement, y compris au moyen",
                2,
            ),
            Line::of_test(952, "de partenariats renforcés ;", 2),
            Line::of_test(
                953,
                "Créer des environnements internationaux propices à l’innovation afin d’améliorer la",
                2,
            ),
            Line::of_test(
                954,
                "capacité des pays en développement d’étoffer leur expertise et leurs capacités",
                2,
            ),
        ];
        lines[3].break_before = true;
        let mut warnings = Vec::new();
        let read = put_below(lines, &mut warnings);
        let bodies: Vec<&str> = read.iter().map(Line::body).collect();
        assert_eq!(
            bodies[0],
            "a) Donner aux pays en développement, en particulier aux pays les moins avancés, les"
        );
        assert!(bodies[2].starts_with("l’innovation"), "{bodies:?}");
        assert!(read[2].break_before);
        assert!(
            bodies[6].starts_with("b) Créer des environnements"),
            "{bodies:?}"
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(warnings[1].line, 947);
        assert!(
            warnings[1].message.starts_with(
                "label `b)` alone on its line opening a page, after line 943, which does not end a paragraph: the page's first line goes on with that paragraph; read as the label of line 953"
            ),
            "{warnings:?}"
        );
    }

    /// `pdftotext -layout` of Chromium's Chinese: the label under its paragraph's first line,
    /// which ends no paragraph (see `labels_below`): left.
    #[test]
    fn a_label_under_a_line_that_runs_on_is_left() {
        let lines = vec![
            Line::of_test(
                1,
                "确认信息和通信技术有潜力推动实现《议程》19 和国际商定的其",
                1,
            ),
            Line::of_test(2, "3.", 1),
            Line::of_test(3, "他发展目标，", 1),
        ];
        let mut warnings = Vec::new();
        assert_eq!(put_below(lines, &mut warnings).len(), 3);
        assert!(warnings.is_empty());
    }
}
