//! The word diff's raw runs as byte ranges, and the equal ends of two texts that need no
//! tokens: most edits touch a few words of a long clause, and tokenizing the rest was a third of
//! the inline diff's time.

use std::ops::Range;

use super::Op;
use crate::model::text::{TokenKind, joins, kind_of};

/// Runs of text as byte ranges (of the old text for deletions, of the new one otherwise), with
/// neighbouring equal runs joined as the word diff would have given them.
pub(super) struct Runs(pub(super) Vec<(Op, Range<usize>)>);

impl Runs {
    pub(super) fn push(&mut self, op: Op, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        match self.0.last_mut() {
            Some((Op::Equal, last)) if op == Op::Equal && last.end == range.start => {
                last.end = range.end;
            }
            _ => self.0.push((op, range)),
        }
    }

    /// Moves a lone insertion or deletion that starts with spacing one token to the right when
    /// the equal text after it starts with the same spacing: "، <ins>مع … الحسبان، </ins>وأن"
    /// rather than "،<ins> مع … الحسبان،</ins> وأن". Both are minimal; word processors and ITU
    /// texts mark whole words with the space after them, and the word diff picks either
    /// depending on where it was asked to start.
    pub(super) fn slide_spaces(&mut self, old: &str, new: &str) {
        // One pass, building the result: removing an emptied run from the middle and starting
        // again was quadratic in runs. A run that slid starts with a letter, so it never slides
        // twice, and the pass goes on from it as a fresh start would.
        let mut out: Vec<(Op, Range<usize>)> = Vec::with_capacity(self.0.len());
        let mut rest = std::mem::take(&mut self.0).into_iter();
        let Some(mut run) = rest.next() else {
            return;
        };
        for mut next in rest {
            let lone = run.0 != Op::Equal
                && next.0 == Op::Equal
                && out.last().is_some_and(|(op, _)| *op == Op::Equal);
            if lone {
                let text = if run.0 == Op::Delete {
                    &old[run.1.clone()]
                } else {
                    &new[run.1.clone()]
                };
                let space = text.len() - text.trim_start().len();
                if space > 0
                    && space < text.len()
                    && new[next.1.clone()].starts_with(&text[..space])
                {
                    // The spacing also ends the run after the move: for an insertion it is the
                    // next equal text's start; for a deletion the old text goes on as the new
                    // one does.
                    if let Some((_, before)) = out.last_mut() {
                        before.end += space;
                    }
                    run.1 = run.1.start + space..run.1.end + space;
                    next.1.start += space;
                    if next.1.is_empty() {
                        continue;
                    }
                }
            }
            out.push(run);
            run = next;
        }
        out.push(run);
        self.0 = out;
    }
}

/// Lengths in bytes of the equal start and end of `old` and `new`, each cut where both texts
/// have a token boundary, so that tokenizing what lies between gives the tokens the whole texts
/// would have there. Most edits touch a few words of a long clause: the rest need no tokens.
pub(super) fn common_ends(old: &str, new: &str) -> (usize, usize) {
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let mut p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    // Equal bytes have equal character boundaries.
    while !old.is_char_boundary(p) {
        p -= 1;
    }
    let head = last_boundary(&old[..p]);
    let (a, b) = (&a[head..], &b[head..]);
    let mut s = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    while !old.is_char_boundary(old.len() - s) {
        s -= 1;
    }
    let tail = s - first_boundary(&old[old.len() - s..]);
    (head, tail)
}

/// The last token boundary of `text` with a character of `text` on both sides, or 0.
fn last_boundary(text: &str) -> usize {
    let mut next: Option<TokenKind> = None;
    for (i, c) in text.char_indices().rev() {
        let k = kind_of(c);
        if next.is_some_and(|n| !joins(Some(k), n)) {
            return i + c.len_utf8();
        }
        next = Some(k);
    }
    0
}

/// The first token boundary of `text` with a character of `text` on both sides, or its length.
fn first_boundary(text: &str) -> usize {
    let mut prev: Option<TokenKind> = None;
    for (i, c) in text.char_indices() {
        let k = kind_of(c);
        if prev.is_some() && !joins(prev, k) {
            return i;
        }
        prev = Some(k);
    }
    text.len()
}

/// Byte offset of each token in the whole text, the tokens starting at `start`, and the end of
/// the last one.
pub(super) fn offsets(tokens: &[&str], start: usize) -> Vec<usize> {
    let mut at = start;
    let mut out = Vec::with_capacity(tokens.len() + 1);
    out.push(start);
    for t in tokens {
        at += t.len();
        out.push(at);
    }
    out
}
