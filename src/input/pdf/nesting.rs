//! The tree a page shows by its indentation, and the parts of ITU's rules printed on two lines.
//!
//! resdiff's DOCX (and so LibreOffice's print of it) indents each level of the tree one step
//! further: a labelled clause `d` levels down hangs its label at `d` steps from the column's
//! edge, an unlabelled paragraph `d` levels down starts at `d + 1` steps, where its labelled
//! siblings' text does. The plain-text reader nests by label schemes only, which cannot put an
//! unlabelled paragraph under the clause above it (`1.13 Voting`, then its text) nor `1.11.1`
//! under `1.11`; the indentation says both. A layout indented on three levels or more is read
//! so: each paragraph gets its level (in steps), and the reader places it under the nearest
//! paragraph above it that stands less deep. ITU's own layout (every decimal clause at the
//! edge) is not indented so, and is left to the labels.
//!
//! `SECTION 3` and its title, and `Appendix I (to Resolution 1 …)` and its title, are one
//! paragraph each, as the DOCX reader reads ITU's SectionNo and AppendixNo styles: the clause
//! labelled 3, and the paragraph `Appendix I (…) – title`.

use super::paragraphs::Para;
use crate::model::text::excerpt;
use crate::model::{Label, Scheme};

/// A line of the laid-out text, its level where the layout gives one, and the page it starts on.
pub type Levelled = (String, Option<usize>, usize);

/// The paragraphs' texts (each through `text`, which writes its marks), the parts of the rules
/// joined, and their levels where the layout is indented by depth; what was guessed in
/// `notes` (page, message).
pub fn levelled(
    paras: &[Para],
    text: impl Fn(&str) -> String,
    notes: &mut Vec<(usize, String)>,
) -> Vec<Levelled> {
    let (left, right) = column(paras);
    let indent = |p: &Para| {
        if p.first.rtl {
            right - p.first.x1
        } else {
            p.first.x0 - left
        }
    };
    // Centred: set in from both edges by more than a tenth of the column, alike.
    let centred = |p: &Para| {
        let (l, r) = (p.first.x0 - left, right - p.first.x1);
        let far = 0.1 * (right - left);
        l > far && r > far && (l - r).abs() < 0.25 * p.first.size
    };
    // Set in alike from both edges, by a little at least: the title under an appendix's
    // number may be wider than a centred line of its own would be taken for.
    let balanced = |p: &Para| {
        let (l, r) = (p.first.x0 - left, right - p.first.x1);
        l > p.first.size && (l - r).abs() < 0.25 * p.first.size
    };
    let step = step(paras);
    let level = |p: &Para| -> Option<usize> {
        let step = step?;
        let steps = (indent(p) / step).round().max(0.0) as usize;
        Some(if p.text.contains('\t') {
            steps
        } else {
            steps.saturating_sub(1)
        })
    };
    // Indented by depth: labelled paragraphs at three levels or more, two of each at least.
    let mut seen = std::collections::BTreeMap::<usize, usize>::new();
    for p in paras.iter().filter(|p| p.text.contains('\t')) {
        if let Some(l) = level(p) {
            *seen.entry(l).or_default() += 1;
        }
    }
    let by_depth = seen.values().filter(|n| **n >= 2).count() >= 3;
    let mut out: Vec<Levelled> = Vec::with_capacity(paras.len());
    // Which lines are a part of the rules or an appendix, with their titles.
    let mut heads: Vec<bool> = Vec::with_capacity(paras.len());
    let mut i = 0;
    while i < paras.len() {
        let p = &paras[i];
        if let Some(label) = section_number(&p.text)
            && i + 1 < paras.len()
        {
            let n = centred_block(paras, i + 1, &centred);
            let title = joined(&paras[i + 1..i + 1 + n], &text, notes);
            out.push((format!("{label}\t{title}"), Some(0), p.page));
            heads.push(true);
            i += 1 + n;
            continue;
        }
        if let Some(n) = paras.get(i + 1)
            && is_appendix(&p.text)
            && centred(p)
            && centred(n)
        {
            let number = appendix_word(&p.text, p.page, notes);
            // ITU's AppendixNo sets `(to Resolution 1 (…))` on a line of its own under the
            // number, and the title in a paragraph of its own under that.
            let refers = n.text.starts_with('(') && n.text.ends_with(')');
            let title_at = i + 1 + usize::from(refers);
            let has_title = paras
                .get(title_at)
                .is_some_and(|t| t.page == p.page && balanced(t) && !t.text.contains('\t'));
            let (number, title_at) = if refers && has_title {
                (format!("{number} {}", text(&n.text)), title_at)
            } else {
                (number, i + 1)
            };
            let span = centred_block(paras, title_at, &balanced);
            let title = joined(&paras[title_at..title_at + span], &text, notes);
            out.push((format!("{number} – {title}"), Some(0), p.page));
            heads.push(true);
            i = title_at + span;
            continue;
        }
        // A centred paragraph (a figure's caption) says nothing by its indent: it goes with
        // the paragraph before it.
        let (l, span) = if !p.text.contains('\t') && centred(p) {
            (
                out.last().and_then(|l| l.1),
                centred_block(paras, i, &centred),
            )
        } else {
            (level(p), 1)
        };
        out.push((joined(&paras[i..i + span], &text, notes), l, p.page));
        heads.push(false);
        i += span;
    }
    if !by_depth && heads.iter().any(|h| *h) {
        // ITU's own layout, flat: read by the numbering, as its DOCX is.
        super::flat::by_numbering(&mut out, &heads, notes);
    } else if !by_depth {
        for l in &mut out {
            l.1 = None;
        }
    }
    out
}

/// How many paragraphs from `at` make one centred paragraph: `paras[at]` and the centred lines
/// right under it, of its size, at its line spacing. A centred title or caption whose lines
/// each end short (`Approval of new and revised Recommendations` / `using the traditional
/// approval process`, SECTION 9's title in ITU's DOCX) is cut by [`super::layout`] at each.
fn centred_block(paras: &[Para], at: usize, centred: &impl Fn(&Para) -> bool) -> usize {
    let Some(first) = paras.get(at).filter(|p| centred(p)) else {
        return 1;
    };
    let mut n = 1;
    while let (Some(prev), Some(next)) = (paras.get(at + n - 1), paras.get(at + n)) {
        let step = next.first.y - prev.first.y;
        let on = next.page == prev.page
            && (next.first.size - first.first.size).abs() < 0.5
            && step > 0.0
            && step <= 1.3 * first.first.size
            && !prev.text.contains('\t')
            && !next.text.contains('\t')
            && centred(next);
        if !on {
            break;
        }
        n += 1;
    }
    n
}

/// The texts of `paras` (each through `text`) as one paragraph, its lines joined as a
/// paragraph's are; more than one said in `notes`.
fn joined(
    paras: &[Para],
    text: &impl Fn(&str) -> String,
    notes: &mut Vec<(usize, String)>,
) -> String {
    let mut out = String::new();
    for p in paras {
        super::layout::join_line(&mut out, &text(&p.text), false);
    }
    if let [first, .., last] = paras {
        notes.push((
            first.page,
            format!(
                "read {} centred lines, `{}` to `{}`, as one paragraph: each is centred under the one before at its line spacing",
                paras.len(),
                excerpt(&super::layout::plain(&first.text), 40),
                excerpt(&super::layout::plain(&last.text), 40)
            ),
        ));
    }
    out
}

/// An appendix's number as ITU types it: its AppendixNo style sets the word in capitals
/// (`APPENDIX I` printed, `Appendix I` typed), said.
fn appendix_word(text: &str, page: usize, notes: &mut Vec<(usize, String)>) -> String {
    for (caps, typed) in [("APPENDIX ", "Appendix "), ("ANNEX ", "Annex ")] {
        if let Some(rest) = text.strip_prefix(caps) {
            notes.push((
                page,
                format!(
                    "read `{}` as `{typed}{rest}`: ITU's appendix style prints in capitals the word its texts type `{}`",
                    excerpt(text, 40),
                    typed.trim()
                ),
            ));
            return format!("{typed}{rest}");
        }
    }
    text.to_string()
}

/// The column's edges over the whole text: where the least indented lines start, and where
/// the longest end, but for a few reaching far past the rest (a landscape page's caption, 40
/// points past the portrait pages' edge, made every centred heading read as off centre).
fn column(paras: &[Para]) -> (f64, f64) {
    let left = paras
        .iter()
        .map(|p| p.first.x0)
        .fold(f64::INFINITY, f64::min);
    let mut ends: Vec<f64> = paras.iter().map(|p| p.first.x1).collect();
    ends.sort_by(f64::total_cmp);
    let most = ends
        .get(ends.len() * 9 / 10)
        .copied()
        .unwrap_or(f64::NEG_INFINITY);
    let right = ends
        .iter()
        .copied()
        .filter(|x| *x <= most + 12.0)
        .fold(f64::NEG_INFINITY, f64::max);
    (left, right)
}

/// The indentation step: the most common hang of a label (from the label's start to its
/// text's), to the half point.
fn step(paras: &[Para]) -> Option<f64> {
    let mut hangs = std::collections::HashMap::<i64, usize>::new();
    for p in paras {
        if let Some(at) = p.first.label_at {
            let hang = if p.first.rtl {
                p.first.x1 - at
            } else {
                at - p.first.x0
            };
            if hang > 1.0 {
                *hangs.entry((hang * 2.0).round() as i64).or_default() += 1;
            }
        }
    }
    hangs
        .into_iter()
        .max_by_key(|&(h, n)| (n, -h))
        .map(|(h, _)| h as f64 / 2.0)
}

/// `SECTION 1bis` (English and French, as ITU and resdiff's DOCX print a part of the rules;
/// ITU's own documents put a no-break space after the word): its number.
pub(crate) fn section_number(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("SECTION")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let number = rest.trim();
    let label = Label::parse(number).ok()?;
    (label.scheme() == Scheme::Number && !number.contains(char::is_whitespace)).then_some(number)
}

/// `Appendix I (to Resolution 1 (Rev. Hammamet, 2016))`, `Annex A`: an appendix's number line.
pub(crate) fn is_appendix(text: &str) -> bool {
    ["Appendix ", "Annex ", "APPENDIX ", "ANNEX "]
        .iter()
        .any(|w| text.starts_with(w))
        && text.chars().count() <= 120
        && !text.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::super::paragraphs::Para;
    use super::super::tests::line;
    use super::{levelled, section_number};

    /// A paragraph whose first line is printed from `x0` to `x1` at `y`, `size` points.
    fn para(text: &str, (x0, x1, y, size): (f64, f64, f64, f64), page: usize) -> Para {
        let first = line(text, (x0, x1, y, size));
        Para {
            text: text.to_string(),
            first,
            page,
            hangs: false,
        }
    }

    /// WTSA Res. 1 as LibreOffice prints ITU's DOCX (pages 25, 21, 31 and 32, where each line
    /// stands): SECTION 9's title on two centred lines, a caption broken before its dash, an
    /// appendix's number, reference and title on three, in capitals, and a landscape page's
    /// caption reaching 40 points past the column. They were read as a heading, a dash item,
    /// and three unlabelled paragraphs.
    #[test]
    fn centred_titles_and_captions_on_more_lines_than_one_read_as_one() {
        let body = (56.8, 538.8, 0.0, 11.0);
        let at = |y| (56.8, 538.8, y, 11.0);
        let paras = [
            para("9.0\tThe selection may not be changed.", at(219.9), 25),
            para("SECTION\u{a0}9", (263.0, 332.6, 285.5, 14.0), 25),
            para(
                "Approval of new and revised Recommendations",
                (153.1, 442.2, 319.5, 14.0),
                25,
            ),
            para(
                "using the traditional approval process",
                (184.6, 410.8, 335.5, 14.0),
                25,
            ),
            para("9.1\tGeneral", (56.8, 137.8, 369.5, 12.0), 25),
            para(
                "Figure 7.1a – Approval of new or revised Questions",
                (260.2, 581.6, 364.4, 11.0),
                21,
            ),
            para(
                "Figure\u{a0}9.1 – Approval of new and revised Recommendations using TAP",
                (129.9, 465.5, 642.3, 11.0),
                31,
            ),
            para("– Sequence of events", (248.3, 347.2, 656.3, 11.0), 31),
            para("APPENDIX I", (259.1, 336.4, 93.8, 14.0), 32),
            para(
                "(to Resolution 1 (Rev. Hammamet, 2016))",
                (185.8, 409.8, 109.9, 14.0),
                32,
            ),
            para(
                "Information for submission of a Question",
                (153.0, 442.2, 139.9, 14.0),
                32,
            ),
            para("•\tSource", (56.8, 127.0, 169.2, 11.0), 32),
            para("APPENDIX II", (256.8, 338.7, 455.1, 14.0), 32),
            para(
                "(to Resolution 1 (Rev. Hammamet, 2016))",
                (185.8, 409.8, 471.2, 14.0),
                32,
            ),
            para(
                "Suggested text of the note to be included in the circular",
                (102.7, 492.5, 501.1, 14.0),
                32,
            ),
            para(
                "TSB has received a statement(s) indicating that the use",
                (body.0, body.1, 529.5, 11.0),
                32,
            ),
        ];
        let mut notes = Vec::new();
        let got: Vec<String> = levelled(&paras, str::to_string, &mut notes)
            .into_iter()
            .map(|(t, ..)| t)
            .collect();
        assert_eq!(
            got,
            [
                "9.0\tThe selection may not be changed.",
                "9\tApproval of new and revised Recommendations using the traditional approval process",
                "9.1\tGeneral",
                "Figure 7.1a – Approval of new or revised Questions",
                "Figure\u{a0}9.1 – Approval of new and revised Recommendations using TAP – Sequence of events",
                "Appendix I (to Resolution 1 (Rev. Hammamet, 2016)) – Information for submission of a Question",
                "•\tSource",
                "Appendix II (to Resolution 1 (Rev. Hammamet, 2016)) – Suggested text of the note to be included in the circular",
                "TSB has received a statement(s) indicating that the use",
            ]
        );
        // Each join and each capital word said, on its page.
        let pages: Vec<usize> = notes.iter().map(|(p, _)| *p).collect();
        assert_eq!(pages, [25, 31, 32, 32, 25], "{notes:?}");
    }

    #[test]
    fn a_part_of_the_rules_is_read_with_its_number() {
        assert_eq!(section_number("SECTION 1bis"), Some("1bis"));
        // As ITU's own DOCX of WTSA Res. 1 prints it (`SECTION` U+00A0 `1`).
        assert_eq!(section_number("SECTION\u{a0}1"), Some("1"));
        assert_eq!(section_number("SECTIONS 1"), None);
        assert_eq!(section_number("SECTION 1 below"), None);
    }
}
