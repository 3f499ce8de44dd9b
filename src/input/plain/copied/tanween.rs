//! A tanween `pdftotext` sets on a line of its own, away from its word: LibreOffice's Arabic
//! print, where the mark is drawn apart from its letter and the extractor breaks the line of
//! the page around it. Two shapes, as A/RES/74/197 and WTDC Res. 30 come out:
//! - with `-layout`, the mark stands at its column, on the line above its word or below it (a
//!   raised `ٌ` or `ً` above, a lowered `ٍ` below, as measured), and the pieces of the page's
//!   line may be spread over the two lines (`بروح من الشراكة والتضامن على` on one, the mark
//!   and `وتهيئة … المستدامة،` on the next);
//! - without it, the mark stands alone before or after the two pieces of the page's line, the
//!   left piece first (`ٌ` `وشرط ال غنى عنه لتحقيق التنمية` `صوره وأبعاده، …`): its word opens
//!   the left piece, at the seam where the line was broken around it.
//!
//! The mark goes back on its word, and the pieces are set on one line as the page shows them,
//! for [`super::pieces::in_order`] to read from the right; each with a warning naming the lines.
//! Only a word that can bear the mark takes it: not one opening with the article, and `ً` only
//! on a final alef, taa marbuta, hamza or alef maqsura.

use std::borrow::Cow;

use super::pieces::word_end;
use super::pieces::{Piece, apart, laid_out, line_pieces, text, word_under, words};
use super::{bears_fathatan, tanween};
use crate::input::Warning;
use crate::model::text::is_bidi_control;

/// A piece that is a tanween alone: the mark.
fn lone(p: &Piece) -> Option<char> {
    match p.chars.as_slice() {
        [(_, c)] if tanween(*c) => Some(*c),
        _ => None,
    }
}

/// Where tanween `m` goes in `word` (a piece's characters between blanks): a byte of the raw
/// line. `None` where the word cannot bear it.
pub(super) fn bears(word: &[(usize, char)], m: char) -> Option<usize> {
    let (at, last, _) = word_end(word)?;
    match (m, last) {
        // `حاليًا`: written before the alef it is drawn over.
        ('\u{064B}', 'ا') => Some(at - last.len_utf8()),
        ('\u{064B}', _) if bears_fathatan(last) => Some(at),
        ('\u{064B}', _) | (_, 'ا' | 'ى') => None,
        _ => Some(at),
    }
}

/// The word of `p` under column `col` that bears `m` (that word, else the one on either side:
/// the columns of a proportional font are approximate): where the mark goes, and the word.
fn under(p: &Piece, col: usize, m: char) -> Option<(usize, String)> {
    word_under(p, col, |w| bears(w, m))
}

/// `lines` (numbered from `first`) with each tanween set on a line of its own put back on its
/// word, the lines it leaves empty gone, and the pieces of a page's line on one line.
pub fn put_back<'a>(
    lines: &[&'a str],
    first: usize,
    columns: bool,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Cow<'a, str>)> {
    let mut out: Vec<(usize, Cow<'a, str>)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (first + i, Cow::Borrowed(*l)))
        .collect();
    if !lines.iter().any(|l| l.contains(tanween)) {
        return out;
    }
    let width = lines
        .iter()
        .map(|l| l.chars().filter(|c| !is_bidi_control(*c)).count())
        .max()
        .unwrap_or(0);
    let mut i = 0;
    while i < out.len() {
        let done = if columns {
            by_column(&mut out, i, warnings) || at_seam(&mut out, i, warnings)
        } else {
            by_seam(&mut out, i, width, warnings)
        };
        if !done {
            i += 1;
        }
    }
    out
}

/// `-layout`: the mark on line `i` put on the word at its column on the line below it (above,
/// for `ٍ`), the rest of line `i` set beside that line's pieces where it fits between them.
fn by_column(
    lines: &mut Vec<(usize, Cow<'_, str>)>,
    i: usize,
    warnings: &mut Vec<Warning>,
) -> bool {
    let Some(ps) = line_pieces(lines, i) else {
        return false;
    };
    let Some((k, m)) = ps.iter().enumerate().find_map(|(k, p)| Some((k, lone(p)?))) else {
        return false;
    };
    let col = ps[k].from;
    let below = m != '\u{064D}';
    let t = if below { i + 1 } else { i.wrapping_sub(1) };
    let Some(target) = line_pieces(lines, t) else {
        return false;
    };
    let Some((at, word)) = target
        .iter()
        .filter(|p| p.from <= col + 1 && col <= p.to)
        .find_map(|p| under(p, col, m))
    else {
        return false;
    };
    let rest = all_but(&ps, k);
    if !apart(&rest, &target) {
        return false;
    }
    let raw_i = lines[i].1.to_string();
    let others: Vec<(&str, Piece)> = rest.iter().map(|p| (raw_i.as_str(), p.clone())).collect();
    let merged = laid_out(&lines[t].1, &target, Some((m, at)), &others);
    let (mark_line, word_line) = (lines[i].0, lines[t].0);
    let moved = if rest.is_empty() {
        String::new()
    } else {
        format!(
            "; the rest of line {mark_line} (`{}`) read as that line's, beside it on the page",
            rest.iter()
                .map(|p| text(&p.chars).trim().to_string())
                .collect::<Vec<_>>()
                .join(" … ")
        )
    };
    warnings.push(Warning {
        chosen: None,
        line: mark_line,
        message: format!(
            "a tanween `{m}` on a line of its own, as `pdftotext -layout` sets a mark drawn apart from its letter: put on `{word}`, the word at its column on line {word_line} {}{moved}",
            if below { "below" } else { "above" }
        ),
    });
    lines[t].1 = Cow::Owned(merged);
    lines.remove(i);
    true
}

/// `-layout`: the mark in a piece of its own glued to the end of the piece before it on line
/// `i`, the page's line written in pieces around it (80/118's `وشرط ال غنى عنه لتحقيق` `ٌ`,
/// blanks, then `بجميع صوره … يواجهه العالم`). The mark stands at that piece's right end as the
/// page shows it, where its first word stands and the line was broken around the mark: it goes
/// on that word (`وشرطٌ`), as [`by_seam`] puts it without `-layout`, not on the word it is
/// written after, which the page shows at the piece's far end (`لتحقيق`, a genitive after `ل`).
fn at_seam(lines: &mut [(usize, Cow<'_, str>)], i: usize, warnings: &mut Vec<Warning>) -> bool {
    let Some(ps) = line_pieces(lines, i) else {
        return false;
    };
    let Some((k, m)) = (1..ps.len()).find_map(|k| {
        let m = lone(&ps[k])?;
        (ps[k - 1].to == ps[k].from && lone(&ps[k - 1]).is_none()).then_some((k, m))
    }) else {
        return false;
    };
    let glued = &ps[k - 1];
    let all = words(glued);
    let (Some(&(s, e)), Some(&(ls, le))) = (all.first(), all.last()) else {
        return false;
    };
    let Some(at) = bears(&glued.chars[s..e], m) else {
        return false;
    };
    let (word, after) = (text(&glued.chars[s..e]), text(&glued.chars[ls..le]));
    let rest = all_but(&ps, k);
    let merged = laid_out(&lines[i].1, &rest, Some((m, at)), &[]);
    warnings.push(Warning {
        chosen: None,
        line: lines[i].0,
        message: format!(
            "a tanween `{m}` in a piece of its own, written right after `{after}` with no blank, as `pdftotext -layout` breaks a line of LibreOffice's Arabic print around a mark drawn apart: put on `{word}`, the word at the seam (that piece's right end as the page shows it, where the mark stands), not on `{after}`"
        ),
    });
    lines[i].1 = Cow::Owned(merged);
    true
}

/// Reading order: the mark on line `i` alone, before or after two lines as wide as one line of
/// the page together, the left piece of that line first: the mark put on the left piece's first
/// word, and the two pieces set on one line as the page shows them.
fn by_seam(
    lines: &mut Vec<(usize, Cow<'_, str>)>,
    i: usize,
    width: usize,
    warnings: &mut Vec<Warning>,
) -> bool {
    let Some(ps) = line_pieces(lines, i) else {
        return false;
    };
    let m = match ps.as_slice() {
        [p] if p.from == 0 => match lone(p) {
            Some(m) => m,
            None => return false,
        },
        _ => return false,
    };
    for (a, b) in [(i + 1, i + 2), (i.wrapping_sub(2), i.wrapping_sub(1))] {
        let (Some(pa), Some(pb)) = (line_pieces(lines, a), line_pieces(lines, b)) else {
            continue;
        };
        let cols = |ps: &[Piece]| ps.last().map_or(0, |p| p.to);
        if cols(&pa) + 1 + cols(&pb) > width {
            continue;
        }
        let Some(opening) = pa.first() else { continue };
        let Some(&(s, e)) = words(opening).first() else {
            continue;
        };
        let Some(at) = bears(&opening.chars[s..e], m) else {
            continue;
        };
        let word = text(&opening.chars[s..e]);
        let raw_b = lines[b].1.to_string();
        let shift = cols(&pa) + 1;
        let others: Vec<(&str, Piece)> = pb
            .iter()
            .map(|p| {
                let mut p = p.clone();
                p.from += shift;
                p.to += shift;
                (raw_b.as_str(), p)
            })
            .collect();
        let merged = laid_out(&lines[a].1, &pa, Some((m, at)), &others);
        let (n, na, nb) = (lines[i].0, lines[a].0, lines[b].0);
        warnings.push(Warning {
            chosen: None,
            line: n,
            message: format!(
                "a tanween `{m}` on a line of its own, beside lines {na} and {nb}, which `pdftotext` wrote as the two pieces of one line of the page (left piece first, the two as wide as a line): put on `{word}`, the word at their seam, and the pieces read as one line"
            ),
        });
        lines[a].1 = Cow::Owned(merged);
        // Highest first, so the lower indices stay.
        let mut gone = [i, b];
        gone.sort_unstable();
        for g in gone.into_iter().rev() {
            lines.remove(g);
        }
        return true;
    }
    false
}

/// Every piece of `ps` but the `k`-th: the row as it reads without the piece being moved.
fn all_but(ps: &[Piece], k: usize) -> Vec<Piece> {
    ps.iter()
        .enumerate()
        .filter(|(j, _)| *j != k)
        .map(|(_, p)| p.clone())
        .collect()
}

#[cfg(test)]
mod tests;
