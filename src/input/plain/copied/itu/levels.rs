//! The tree of a long ITU text in a copied text, by its numbering, as the PDF reader reads
//! ITU's flat layout.

use std::collections::HashSet;

use crate::input::Warning;
use crate::input::pdf::flat::by_numbering;
use crate::model::{Label, Scheme};

/// The level of each paragraph (`label<TAB>text`), by the numbering as the PDF reader reads
/// ITU's flat layout, where the text has parts (`heads`: the lines they start at): an item
/// one step deeper for each scheme opened since the last numbered clause (`b)`, `i)`, `−`), as
/// the print's indentation would say. `None` for all without parts.
pub fn levels(
    paras: &[(usize, String)],
    heads: &HashSet<usize>,
    warnings: &mut Vec<Warning>,
) -> Vec<Option<usize>> {
    let is_head: Vec<bool> = paras.iter().map(|(n, _)| heads.contains(n)).collect();
    if !is_head.iter().any(|h| *h) {
        return vec![None; paras.len()];
    }
    let mut schemes: Vec<Scheme> = Vec::new();
    let mut last_letter: Option<u32> = None;
    let labels: Vec<Option<Label>> = paras
        .iter()
        .map(|(_, text)| {
            text.split_once('\t')
                .and_then(|(l, _)| Label::parse(l.trim()).ok())
                .filter(|l| l.scheme() != Scheme::None)
        })
        .collect();
    let mut lines: Vec<(String, Option<usize>, usize)> = paras
        .iter()
        .zip(&is_head)
        .enumerate()
        .map(|(i, ((n, text), head))| {
            let steps = match labels[i].clone() {
                Some(l) if !head && l.decimal_depth().is_none() => {
                    // `i)` opening a list (7.1.5's `i) the clear purpose`) is roman where `ii)`
                    // follows it.
                    let then_ii = labels[i + 1..]
                        .iter()
                        .flatten()
                        .next()
                        .is_some_and(|n| n.norm() == "ii");
                    let roman = matches!(l.norm(), "i" | "v" | "x")
                        && l.scheme() == Scheme::LatinLetter
                        && (schemes.contains(&Scheme::Roman)
                            || (l.norm() == "i" && then_ii)
                            || (l.norm() == "i"
                                && schemes.last() == Some(&Scheme::LatinLetter)
                                && last_letter != Some(8)));
                    let scheme = if roman { Scheme::Roman } else { l.scheme() };
                    if scheme == Scheme::LatinLetter {
                        last_letter = l.ordinal();
                    }
                    match schemes.iter().position(|s| *s == scheme) {
                        Some(k) => {
                            schemes.truncate(k + 1);
                            k
                        }
                        None => {
                            schemes.push(scheme);
                            schemes.len() - 1
                        }
                    }
                }
                _ => {
                    schemes.clear();
                    last_letter = None;
                    0
                }
            };
            (text.clone(), Some(steps), *n)
        })
        .collect();
    let mut notes = Vec::new();
    by_numbering(&mut lines, &is_head, &mut notes);
    for (line, message) in notes {
        warnings.push(Warning {
            chosen: None,
            line,
            message,
        });
    }
    lines.into_iter().map(|(_, level, _)| level).collect()
}
