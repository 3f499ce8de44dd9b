//! ITU item labels on lines of their own in a right-to-left text copied without `-layout`
//! (`أ)`, `ز)`, `3`): LibreOffice's Arabic print sets an item's label apart at the right margin
//! of its first line, and `pdftotext` writes a page line's pieces left first, so the label comes
//! out after that line (`أن القمة العالمية … لالتصالات` `أ)`). Where an empty line stands
//! before it, or after it and the line before is not its item's first (`… المعلومات؛` `و)`,
//! empty line, `بالوثائق …`), it is the label of the line after it; labels in a run (`5` `6`,
//! then an empty line) go to the lines after the run, in order.

use super::dashes::dash_alone;
use super::join::{ends_paragraph, label_start};
use super::pages::Line;
use crate::input::Warning;
use crate::input::heading::heading_kind;
use crate::model::Language;

/// `أ)`, `ز)`, `ب)bis`, `12`: an item label and nothing else.
pub(super) fn label_alone(t: &str) -> bool {
    let digits = (1..=2).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit());
    let head = t.strip_suffix("bis").unwrap_or(t);
    let lettered = head.strip_suffix(')').is_some_and(|name| {
        (1..=2).contains(&name.chars().count()) && name.chars().all(char::is_alphanumeric)
    });
    // `'1'`, `'ii'`: ITU's Arabic items of the third level, quoted (WTDC Res. 30 as Chromium
    // prints it, each on a line of its own between empty lines).
    let quoted = t
        .strip_prefix('\'')
        .and_then(|x| x.strip_suffix('\''))
        .is_some_and(|x| {
            (1..=4).contains(&x.len())
                && (x.chars().all(|c| c.is_ascii_digit())
                    || x.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
        });
    // `-`, `•`: ITU's Arabic list items, their dash or bullet set apart at the right margin.
    let dash = dash_alone(t);
    digits || lettered || quoted || dash
}

/// Whether the text is `pdftotext`'s reading order: no line indented (`-layout` pads every
/// right-to-left line to the right margin, and sets a label on its line).
pub fn reading_order(lines: &[Line]) -> bool {
    !lines.iter().any(|l| l.indent() > 0)
}

/// Whether line `k` opens an item: the first, after an empty line or a page break, or after a
/// line that ends a clause or is a heading.
fn opens_item(lines: &[Line], k: usize, language: Language) -> bool {
    let l = &lines[k];
    let Some(before) = k.checked_sub(1).map(|p| lines[p].body()) else {
        return true;
    };
    l.blank_before
        || l.break_before
        || ends_paragraph(before)
        || heading_kind(before, language).is_some()
}

/// Each label alone on a line put before the line it opens, with a warning naming both.
pub fn put_back(
    mut lines: Vec<Line>,
    language: Language,
    warnings: &mut Vec<Warning>,
) -> Vec<Line> {
    let free = |l: &Line| !label_start(l.body(), false) && !label_alone(l.body());
    let dashed = lines.iter().any(|l| dash_alone(l.body()));
    let mut i = 0;
    while i < lines.len() {
        if !label_alone(lines[i].body()) {
            i += 1;
            continue;
        }
        // The run of labels from `i`, each on a line of its own, none after an empty line.
        let mut end = i + 1;
        while end < lines.len()
            && label_alone(lines[end].body())
            && !lines[end].blank_before
            && !lines[end].break_before
        {
            end += 1;
        }
        let mut moves: Vec<(usize, usize)> = Vec::new();
        let mut from = i;
        // The first is the label of the line before it (that line's piece written first),
        // unless an empty line stands before it, or after the run where that line is not its
        // item's first (`… المعلومات؛` `و)`, empty line, `بالوثائق …`).
        let spaced_after = lines
            .get(end)
            .is_none_or(|l| l.blank_before || l.break_before);
        let back = !lines[i].blank_before
            && !lines[i].break_before
            && i.checked_sub(1).is_some_and(|p| {
                free(&lines[p]) && (!spaced_after || opens_item(&lines, p, language))
            });
        if back {
            moves.push((i, i - 1));
            from += 1;
        }
        // The rest, in order, to the lines after the run, on its page.
        for (n, label) in (from..end).enumerate() {
            let to = end + n;
            let fits = lines.get(to).is_some_and(|l| {
                free(l)
                    && (to == end || !l.break_before)
                    && lines[end..=to].iter().skip(1).all(|l| !l.break_before)
            });
            if !fits {
                break;
            }
            moves.push((label, to));
        }
        for &(label, to) in &moves {
            let (at, line) = (lines[label].number, lines[to].number);
            let text = lines[label].body().to_string();
            warnings.push(Warning {
                chosen: None,
                line: at,
                message: format!(
                    "label `{text}` on a line of its own, {}: read as the label of line {line}, as `pdftotext` writes a right-to-left line's pieces left first",
                    if to < label {
                        format!("after line {line}, the first of its item")
                    } else {
                        "before lines that open items".to_string()
                    }
                ),
            });
            lines[to].text = format!("{text} {}", lines[to].body());
        }
        // The labels moved go, highest first; the line after a run takes its empty line.
        let mut gone: Vec<usize> = moves.iter().map(|m| m.0).collect();
        gone.sort_unstable();
        for &g in gone.iter().rev() {
            let removed = lines.remove(g);
            if let Some(next) = lines.get_mut(g) {
                next.blank_before |= removed.blank_before;
                next.break_before |= removed.break_before;
            }
        }
        i = end - gone.len();
        if gone.is_empty() {
            i = end;
        }
    }
    if dashed {
        lost_dashes(&mut lines, warnings);
    }
    lines
}

/// The items under a list's head (a line ending in `:`) in a text whose items' dashes or
/// bullets were found alone on their lines: `pdftotext` without `-layout` drops some of them
/// (WTDC Res. 30 as LibreOffice prints it: 5 of its 8 dashes). The head's first item, each
/// ending in `؛`, takes the dash of the item after it, where that one has one (ITU's lists mark
/// their items alike); where none has, nothing in the copied text says what the items are:
/// each is said, read unlabelled (the first runs on after the head).
fn lost_dashes(lines: &mut [Line], warnings: &mut Vec<Warning>) {
    let labelled = |l: &Line| label_start(l.body(), false) || label_alone(l.body());
    let ends_item = |l: &Line| l.body().trim_end().ends_with('؛');
    for head in 0..lines.len() {
        if !lines[head].body().trim_end().ends_with(':') {
            continue;
        }
        // The items under the head: each from the line after the last's end, up to a line
        // ending in `؛`, a few lines each, until a labelled line.
        let mut items: Vec<usize> = Vec::new();
        let mut k = head + 1;
        while k < lines.len() && !labelled(&lines[k]) && !lines[k].blank_before {
            let Some(end) = (k..lines.len().min(k + 4)).find(|&e| ends_item(&lines[e])) else {
                break;
            };
            if (k + 1..=end).any(|e| labelled(&lines[e])) {
                break;
            }
            items.push(k);
            k = end + 1;
        }
        let Some(&first) = items.first() else {
            continue;
        };
        let next = lines.get(k).and_then(|l| {
            let mark = l.body().split_whitespace().next()?;
            (dash_alone(mark) && items.len() == 1).then(|| mark.to_string())
        });
        let head_number = lines[head].number;
        match next {
            Some(mark) => {
                let l = &mut lines[first];
                l.text = format!("{mark} {}", l.body());
                warnings.push(Warning {
                    chosen: None,
                    line: l.number,
                    message: format!(
                        "the first item under line {head_number} (a list's head, ending in `:`) has no label, where the item after it has `{mark}`: read with `{mark}`, as ITU's lists mark their items alike and `pdftotext` without `-layout` drops some of LibreOffice's dashes"
                    ),
                });
            }
            None => {
                for &i in &items {
                    warnings.push(Warning {
                        chosen: None,
                        line: lines[i].number,
                        message: format!(
                            "line {} opens with no label under line {head_number} (a list's head, ending in `:`), and its text ends in `؛` as an item's does: read as {}; it may be an item of that list whose dash or bullet `pdftotext` without `-layout` dropped, as it drops some of LibreOffice's in this text, and nothing in the copied text says",
                            lines[i].number,
                            if i == first {
                                "running on after the head"
                            } else {
                                "a paragraph with no label"
                            }
                        ),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
