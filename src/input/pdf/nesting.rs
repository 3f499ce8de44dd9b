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

use super::layout::Para;
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
        let next = paras.get(i + 1);
        if let Some(n) = next
            && let Some(label) = section_number(&p.text)
        {
            out.push((format!("{label}\t{}", text(&n.text)), Some(0), p.page));
            heads.push(true);
            i += 2;
            continue;
        }
        if let Some(n) = next
            && is_appendix(&p.text)
            && centred(p)
            && centred(n)
        {
            out.push((
                format!("{} – {}", text(&p.text), text(&n.text)),
                Some(0),
                p.page,
            ));
            heads.push(true);
            i += 2;
            continue;
        }
        // A centred paragraph (a figure's caption) says nothing by its indent: it goes with
        // the paragraph before it.
        let l = if !p.text.contains('\t') && centred(p) {
            out.last().and_then(|l| l.1)
        } else {
            level(p)
        };
        out.push((text(&p.text), l, p.page));
        heads.push(false);
        i += 1;
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

/// The column's edges over the whole text: where the least indented lines start and the
/// longest end.
fn column(paras: &[Para]) -> (f64, f64) {
    let left = paras
        .iter()
        .map(|p| p.first.x0)
        .fold(f64::INFINITY, f64::min);
    let right = paras
        .iter()
        .map(|p| p.first.x1)
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
fn section_number(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("SECTION")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let number = rest.trim();
    let label = Label::parse(number).ok()?;
    (label.scheme() == Scheme::Number && !number.contains(char::is_whitespace)).then_some(number)
}

/// `Appendix I (to Resolution 1 (Rev. Hammamet, 2016))`, `Annex A`: an appendix's number line.
fn is_appendix(text: &str) -> bool {
    ["Appendix ", "Annex ", "APPENDIX ", "ANNEX "]
        .iter()
        .any(|w| text.starts_with(w))
        && text.chars().count() <= 120
        && !text.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::section_number;

    #[test]
    fn a_part_of_the_rules_is_read_with_its_number() {
        assert_eq!(section_number("SECTION 1bis"), Some("1bis"));
        // As ITU's own DOCX of WTSA Res. 1 prints it (`SECTION` U+00A0 `1`).
        assert_eq!(section_number("SECTION\u{a0}1"), Some("1"));
        assert_eq!(section_number("SECTIONS 1"), None);
        assert_eq!(section_number("SECTION 1 below"), None);
    }
}
