//! Where a document's text starts and what heads it: the resolution's number (`ResNo`), else a
//! Recommendation's (`RecNo`), and the title after it; what comes before the number is skipped,
//! said.

use super::text::{shown_refs, squeeze, without_refs};
use super::{is_apparatus, warn};
use crate::input::Warning;
use crate::input::recommendation::{self as rec, Places, RecNo};
use crate::model::ResNumber;

/// The head of the text, as read.
pub(super) struct Head {
    /// The `ResNo` paragraph read as the number.
    pub resno: Option<usize>,
    /// The `RecNo` paragraph and what it says, when the text is a Recommendation.
    pub recno: Option<(usize, RecNo)>,
    /// The first paragraph of the text: the number's.
    pub start: usize,
    /// The `Restitle` paragraph read as a resolution's title.
    pub restitle: Option<usize>,
    pub header: Option<(ResNumber, Option<String>)>,
    /// A Recommendation's number and title as read, to tell their repeats by.
    pub firsts: rec::Firsts,
}

/// Finds the head of `paras`, saying in `warnings` what it skips and how it read a `RecNo`.
pub(super) fn read(
    paras: &[(String, String)],
    places: &Places,
    warnings: &mut Vec<Warning>,
) -> Head {
    let resno = paras
        .iter()
        .position(|(s, t)| s == "ResNo" && t.chars().any(|c| c.is_ascii_digit()));
    // A Recommendation is read only where no resolution number is: a resolution quoting one
    // stays a resolution.
    let recno = resno
        .is_none()
        .then(|| {
            paras
                .iter()
                .enumerate()
                .find_map(|(i, (s, t))| Some((i, rec::read(t).filter(|_| s == "RecNo")?)))
        })
        .flatten();
    let start = resno.or(recno.as_ref().map(|(i, _)| *i)).unwrap_or(0);
    let skipped = paras[..start]
        .iter()
        .filter(|(s, t)| !t.trim().is_empty() && !is_apparatus(s))
        .count();
    if skipped > 0 {
        warn(
            warnings,
            0,
            format!(
                "{} ({skipped} with text: cover page, foreword) come before the {} number and were not imported",
                places.upto(start),
                if recno.is_some() {
                    "Recommendation's"
                } else {
                    "resolution"
                }
            ),
        );
    }
    // The title: the first paragraph with text in the title's style after the number.
    let title = resno
        .map(|i| (i, "Restitle"))
        .or(recno.as_ref().map(|(i, _)| (*i, "Rectitle")))
        .and_then(|(i, style)| {
            (i + 1..paras.len()).find(|&j| paras[j].0 == style && !paras[j].1.trim().is_empty())
        });
    let header = match (resno, &recno) {
        (Some(i), _) => crate::input::resolution_number(&paras[i].1)
            .map(|(number, _)| ResNumber::Number(number)),
        (None, Some((_, r))) => Some(r.number.clone()),
        (None, None) => None,
    }
    .map(|number| (number, title.map(|j| squeeze(&without_refs(&paras[j].1)))));
    if let Some((i, r)) = &recno
        && let Some(said) = rec::reading(paras[*i].1.trim(), r)
    {
        warn(warnings, *i, format!("{}: {said}", places.at(i + 1)));
    }
    let shown = |i: usize| (i, squeeze(&shown_refs(&paras[i].1)));
    let firsts = rec::Firsts {
        number: recno.as_ref().map(|(i, _)| shown(*i)),
        title: title.filter(|_| recno.is_some()).map(shown),
    };
    Head {
        resno,
        restitle: title.filter(|_| resno.is_some()),
        recno,
        start,
        header,
        firsts,
    }
}

/// What is said of a `ResNo` or `Restitle` paragraph other than the one read as the number or
/// the title: a file holds one resolution, so a second one's head (a compilation of several, or
/// the number printed again over a page) is no clause text, and what follows it is read on as
/// the first's.
pub(super) fn second_head(style: &str, text: &str, read: Option<usize>, places: &Places) -> String {
    let what = if style == "ResNo" { "number" } else { "title" };
    let shown = squeeze(&shown_refs(text));
    match read {
        Some(first) => format!(
            "`{shown}` ({style}) is a second resolution {what} after the one read ({}); skipped, and the paragraphs after it are read as part of the first resolution",
            places.at(first + 1)
        ),
        None => format!("`{shown}` ({style}) was not read as the resolution {what}; skipped"),
    }
}
