//! Word-level changes inside one clause, with the normalisations a user may switch on.
//!
//! Both texts are split by [`crate::model::text::tokenize`] (words, numbers, spaces, single marks, split
//! at script and digit boundaries). Each token gets a comparison key — the token itself, or its
//! NFKC form, a single space for any whitespace, its Latin twin inside a UN symbol — and `similar`
//! diffs the keys. Output keeps the original text, so a user who ignores presentation forms still
//! reads them as written. Without normalisations, the equal start and end of the two texts are
//! cut at a token boundary and never tokenized (`runs`).

use std::borrow::Cow;
use std::hash::Hash;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use similar::{Algorithm, DiffOp, capture_diff_slices, capture_diff_slices_deadline};
use unicode_normalization::UnicodeNormalization;

mod runs;
mod semantic;

use super::DiffOptions;
use crate::model::text::{TokenKind, is_arabic_mark, kind_of, latin_twin, token_kind, tokenize};
use runs::{Runs, common_ends, offsets};

/// One run of inline text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Text both sides have.
    Equal,
    /// Text only the new side has.
    Insert,
    /// Text only the old side has.
    Delete,
}

/// A run of text and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Whether the run is kept, inserted or deleted.
    pub op: Op,
    /// The run's text, spaces included.
    pub text: String,
    /// On a kept run that is one footnote mark (`[^6]`), renumbered because the notes before it
    /// came or went: the note's mark in the old text (`4`). Footnotes pair by their words
    /// ([`super::NotePairing`]), so the mark is the same note and the run is no change; it is
    /// there to be shown, "6 (was 4)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub was: Option<String>,
}

impl Segment {
    /// A run with no renumbered mark.
    pub fn new(op: Op, text: impl Into<String>) -> Segment {
        Segment {
            op,
            text: text.into(),
            was: None,
        }
    }

    /// The run as the old text wrote it: a renumbered mark with its old number.
    pub fn old_side(&self) -> Cow<'_, str> {
        match &self.was {
            Some(m) => Cow::Owned(format!("[^{m}]")),
            None => Cow::Borrowed(&self.text),
        }
    }
}

fn side(runs: &[Segment], drop: Op) -> String {
    runs.iter()
        .filter(|r| r.op != drop)
        .map(|r| {
            if drop == Op::Insert {
                r.old_side()
            } else {
                Cow::Borrowed(r.text.as_str())
            }
        })
        .collect()
}

/// The old text of marked runs: equal and deleted runs (a renumbered mark with its old number).
pub fn old_text(runs: &[Segment]) -> String {
    side(runs, Op::Insert)
}

/// The runs with each renumbered footnote mark written as the change it is on paper, the old
/// mark deleted and the new one inserted: for a tracked-changes proposal, whose rejected
/// changes must give back the old text.
pub fn as_written(runs: &[Segment]) -> Vec<Segment> {
    let mut out = Vec::with_capacity(runs.len());
    for r in runs {
        match &r.was {
            Some(m) => {
                out.push(Segment::new(Op::Delete, format!("[^{m}]")));
                out.push(Segment::new(Op::Insert, r.text.clone()));
            }
            None => out.push(r.clone()),
        }
    }
    out
}

/// The new text of marked runs: equal and inserted runs.
pub fn new_text(runs: &[Segment]) -> String {
    side(runs, Op::Delete)
}

fn key<'t>(tokens: &[&'t str], i: usize, opts: &DiffOptions) -> Cow<'t, str> {
    let t = tokens[i];
    let kind = token_kind(t);
    if opts.ignore_whitespace && kind == TokenKind::Space {
        return Cow::Borrowed(" ");
    }
    let mut k: Cow<'t, str> = if opts.ignore_presentation_forms && !t.is_ascii() {
        Cow::Owned(t.nfkc().collect())
    } else {
        Cow::Borrowed(t)
    };
    if opts.ignore_diacritics && !t.is_ascii() {
        k = Cow::Owned(k.chars().filter(|c| !is_arabic_mark(*c)).collect());
    }
    if opts.ignore_lookalikes && kind == TokenKind::Letters {
        let near_slash = |j: Option<usize>| j.and_then(|j| tokens.get(j)) == Some(&"/");
        if near_slash(i.checked_sub(1)) || near_slash(Some(i + 1)) {
            k = Cow::Owned(k.chars().map(|c| latin_twin(c).unwrap_or(c)).collect());
        }
    }
    k
}

/// The inline changes from `old` to `new`.
pub fn diff_text(old: &str, new: &str, opts: &DiffOptions) -> Vec<Segment> {
    // Most clauses of a revision are unchanged; they need no tokens.
    if old == new {
        return if old.is_empty() {
            Vec::new()
        } else {
            vec![Segment::new(Op::Equal, new)]
        };
    }
    // A key may depend on the neighbouring tokens (a look-alike next to "/"), so only the plain
    // comparison leaves the equal ends out of tokenizing.
    let ends = if opts.normalises_words() {
        (0, 0)
    } else {
        common_ends(old, new)
    };
    diff_between(old, new, opts, ends)
}

/// [`diff_text`] with `head` bytes at the start and `tail` bytes at the end taken as equal
/// without tokenizing them.
fn diff_between(old: &str, new: &str, opts: &DiffOptions, ends: (usize, usize)) -> Vec<Segment> {
    let raw = runs(old, new, opts, ends);
    tidy(raw.0.into_iter().map(|(op, range)| {
        let text = if op == Op::Delete { old } else { new };
        (op, &text[range])
    }))
}

/// The word diff's runs, before [`tidy`] joins them.
fn runs(old: &str, new: &str, opts: &DiffOptions, (head, tail): (usize, usize)) -> Runs {
    let normalised = opts.normalises_words();
    let (old_mid, new_mid) = (&old[head..old.len() - tail], &new[head..new.len() - tail]);
    let (ot, nt) = (tokenize(old_mid), tokenize(new_mid));
    let ops = if normalised {
        let ok: Vec<Cow<str>> = (0..ot.len()).map(|i| key(&ot, i, opts)).collect();
        let nk: Vec<Cow<str>> = (0..nt.len()).map(|i| key(&nt, i, opts)).collect();
        word_ops(&ok, &nk)
    } else {
        word_ops(&ot, &nt)
    };
    let ops = semantic::cleanup(ops, &ot, &nt);
    // Tokens are consecutive slices of their text: a run of them is one byte range, found by
    // offsets. Equal runs are ranges of `new`.
    let (os, ns) = (offsets(&ot, head), offsets(&nt, head));
    let mut raw = Runs(Vec::with_capacity(ops.len() + 2));
    raw.push(Op::Equal, 0..head);
    for op in ops {
        match op {
            // Equal by key: show the new text.
            DiffOp::Equal { new_index, len, .. } => {
                raw.push(Op::Equal, ns[new_index]..ns[new_index + len]);
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => raw.push(Op::Delete, os[old_index]..os[old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => raw.push(Op::Insert, ns[new_index]..ns[new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                raw.push(Op::Delete, os[old_index]..os[old_index + old_len]);
                raw.push(Op::Insert, ns[new_index]..ns[new_index + new_len]);
            }
        }
    }
    raw.push(Op::Equal, new.len() - tail..new.len());
    if !normalised {
        // Under a normalisation the equal text shown is the new one, which may differ from the
        // old: sliding a deletion over it would change the old side.
        raw.slide_spaces(old, new);
    }
    raw
}

/// Tokens (both sides, equal ends cut) up to which the word diff is Myers' minimal one. A long
/// resolution's longest clause has a few thousand; a 400k-word pair took Myers 18 s.
const MINIMAL_TOKENS: usize = 20_000;

/// The time a longer pair may take, per token: a pair of 800k tokens gets 0.2 s.
const NANOS_PER_TOKEN: u64 = 250;

/// The word diff's operations. Past [`MINIMAL_TOKENS`], the histogram diff (anchored on rare
/// tokens, as git's) under a deadline in proportion to the size, so that cost stays linear in
/// the text; when the deadline passes, what is left is given as one deletion and one insertion.
/// Either way both texts are recoverable from the runs (docs/tricky_cases.md).
fn word_ops<T: Eq + Hash>(old: &[T], new: &[T]) -> Vec<DiffOp> {
    word_ops_within(old, new, MINIMAL_TOKENS, NANOS_PER_TOKEN)
}

/// [`word_ops`] with its two limits as arguments, so tests can take the long path cheaply.
fn word_ops_within<T: Eq + Hash>(
    old: &[T],
    new: &[T],
    minimal_tokens: usize,
    nanos_per_token: u64,
) -> Vec<DiffOp> {
    let tokens = old.len() + new.len();
    if tokens <= minimal_tokens {
        return capture_diff_slices(Algorithm::Myers, old, new);
    }
    let budget = Duration::from_nanos(nanos_per_token.saturating_mul(tokens as u64));
    let deadline = Instant::now().checked_add(budget);
    capture_diff_slices_deadline(Algorithm::Histogram, old, new, deadline)
}

/// Spacing or punctuation only, and short: what may stand between two changes that read as one.
fn weak(s: &str) -> bool {
    // A token is content when its first character is; spacing and punctuation tokens hold
    // nothing else, so checking characters is checking tokens.
    s.chars().count() <= 2
        && s.chars()
            .all(|c| matches!(kind_of(c), TokenKind::Space | TokenKind::Punct))
}

/// Joins changes separated only by a space or a mark into one deletion and one insertion, so
/// "(غوادالاخارا، 2010)" -> "(بوسان، 2014)" reads as one replaced citation, not four fragments.
fn tidy<'t>(raw: impl Iterator<Item = (Op, &'t str)>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let mut pending_equal: Option<&str> = None;
    let flush = |out: &mut Vec<Segment>, del: &mut String, ins: &mut String| {
        for (op, text) in [(Op::Delete, del), (Op::Insert, ins)] {
            if !text.is_empty() {
                out.push(Segment::new(op, std::mem::take(text)));
            }
        }
    };
    for (op, text) in raw {
        if text.is_empty() {
            continue;
        }
        match op {
            Op::Equal => {
                let in_change = !del.is_empty() || !ins.is_empty();
                if in_change && weak(text) && pending_equal.is_none() {
                    pending_equal = Some(text);
                    continue;
                }
                if let Some(p) = pending_equal.take() {
                    flush(&mut out, &mut del, &mut ins);
                    push_equal(&mut out, p);
                }
                flush(&mut out, &mut del, &mut ins);
                push_equal(&mut out, text);
            }
            Op::Delete | Op::Insert => {
                if let Some(p) = pending_equal.take() {
                    del.push_str(p);
                    ins.push_str(p);
                }
                if op == Op::Delete {
                    del.push_str(text);
                } else {
                    ins.push_str(text);
                }
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    if let Some(p) = pending_equal {
        push_equal(&mut out, p);
    }
    out
}

fn push_equal(out: &mut Vec<Segment>, text: &str) {
    match out.last_mut() {
        Some(last) if last.op == Op::Equal => last.text.push_str(text),
        _ => out.push(Segment::new(Op::Equal, text)),
    }
}

#[cfg(test)]
mod tests;
