//! Word-level changes inside one clause, with the normalisations a user may switch on.
//!
//! Both texts are split by [`crate::text::tokenize`] (words, numbers, spaces, single marks, split
//! at script and digit boundaries). Each token gets a comparison key — the token itself, or its
//! NFKC form, a single space for any whitespace, its Latin twin inside a UN symbol — and `similar`
//! diffs the keys. Output keeps the original text, so a user who ignores presentation forms still
//! reads them as written.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use similar::{Algorithm, DiffOp, capture_diff_slices};
use unicode_normalization::UnicodeNormalization;

use super::DiffOptions;
use crate::text::{TokenKind, is_content, latin_twin, token_kind, tokenize};

/// One run of inline text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// A run of text and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub op: Op,
    pub text: String,
}

fn side(runs: &[Segment], drop: Op) -> String {
    runs.iter()
        .filter(|r| r.op != drop)
        .map(|r| r.text.as_str())
        .collect()
}

/// The old text of marked runs: equal and deleted runs.
pub fn old_text(runs: &[Segment]) -> String {
    side(runs, Op::Insert)
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
            vec![Segment {
                op: Op::Equal,
                text: new.to_string(),
            }]
        };
    }
    let (ot, nt) = (tokenize(old), tokenize(new));
    let ok: Vec<Cow<str>> = (0..ot.len()).map(|i| key(&ot, i, opts)).collect();
    let nk: Vec<Cow<str>> = (0..nt.len()).map(|i| key(&nt, i, opts)).collect();
    let mut raw: Vec<(Op, String)> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &ok, &nk) {
        match op {
            DiffOp::Equal { new_index, len, .. } => {
                // Equal by key: show the new text.
                raw.push((Op::Equal, nt[new_index..new_index + len].concat()));
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => raw.push((Op::Delete, ot[old_index..old_index + old_len].concat())),
            DiffOp::Insert {
                new_index, new_len, ..
            } => raw.push((Op::Insert, nt[new_index..new_index + new_len].concat())),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                raw.push((Op::Delete, ot[old_index..old_index + old_len].concat()));
                raw.push((Op::Insert, nt[new_index..new_index + new_len].concat()));
            }
        }
    }
    tidy(raw)
}

/// Joins changes separated only by a space or a mark into one deletion and one insertion, so
/// "(غوادالاخارا، 2010)" -> "(بوسان، 2014)" reads as one replaced citation, not four fragments.
fn tidy(raw: Vec<(Op, String)>) -> Vec<Segment> {
    let weak = |s: &str| s.chars().count() <= 2 && tokenize(s).iter().all(|t| !is_content(t));
    let mut out: Vec<Segment> = Vec::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let mut pending_equal: Option<String> = None;
    let flush = |out: &mut Vec<Segment>, del: &mut String, ins: &mut String| {
        for (op, text) in [(Op::Delete, del), (Op::Insert, ins)] {
            if !text.is_empty() {
                out.push(Segment {
                    op,
                    text: std::mem::take(text),
                });
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
                if in_change && weak(&text) && pending_equal.is_none() {
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
                    del.push_str(&p);
                    ins.push_str(&p);
                }
                if op == Op::Delete {
                    del.push_str(&text);
                } else {
                    ins.push_str(&text);
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

fn push_equal(out: &mut Vec<Segment>, text: String) {
    match out.last_mut() {
        Some(last) if last.op == Op::Equal => last.text.push_str(&text),
        _ => out.push(Segment {
            op: Op::Equal,
            text,
        }),
    }
}

/// The old text, rebuilt from segments (equal + deleted).
pub fn old_side(segments: &[Segment]) -> String {
    segments
        .iter()
        .filter(|s| s.op != Op::Insert)
        .map(|s| s.text.as_str())
        .collect()
}

/// The new text, rebuilt from segments (equal + inserted).
pub fn new_side(segments: &[Segment]) -> String {
    segments
        .iter()
        .filter(|s| s.op != Op::Delete)
        .map(|s| s.text.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(old: &str, new: &str, opts: &DiffOptions) -> Vec<(Op, String)> {
        diff_text(old, new, opts)
            .into_iter()
            .map(|s| (s.op, s.text))
            .collect()
    }

    #[test]
    fn citation_update_reads_as_one_replacement() {
        let old = "بالقرار 71 (المراجَع في غوادالاخارا، 2010) لمؤتمر";
        let new = "بالقرار 71 (المراجَع في بوسان، 2014) لمؤتمر";
        let got = ops(old, new, &DiffOptions::default());
        assert_eq!(
            got,
            [
                (Op::Equal, "بالقرار 71 (المراجَع في ".to_string()),
                (Op::Delete, "غوادالاخارا، 2010".to_string()),
                (Op::Insert, "بوسان، 2014".to_string()),
                (Op::Equal, ") لمؤتمر".to_string()),
            ]
        );
    }

    #[test]
    fn sides_rebuild_both_texts() {
        let old = "(دبي، 2014)، إذ يذكّر";
        let new = "(بوينس آيرس، 2017)، إذ يذكر";
        let segs = diff_text(old, new, &DiffOptions::default());
        assert_eq!(old_side(&segs), old);
        assert_eq!(new_side(&segs), new);
    }

    #[test]
    fn normalisations_are_switches() {
        let plain = DiffOptions::default();
        let lenient = DiffOptions {
            ignore_whitespace: true,
            ignore_presentation_forms: true,
            ignore_lookalikes: true,
            ..DiffOptions::default()
        };
        let cases = [
            ("قرار\u{a0}في", "قرار في"),
            ("\u{feeb}ذا", "هذا"),
            ("لقراري А/70/125 و", "لقراري A/70/125 و"),
        ];
        for (a, b) in cases {
            assert!(
                ops(a, b, &plain).iter().any(|(op, _)| *op != Op::Equal),
                "{a}"
            );
            assert!(
                ops(a, b, &lenient).iter().all(|(op, _)| *op == Op::Equal),
                "{a}"
            );
        }
        // A Cyrillic word outside a symbol stays a difference.
        assert!(
            ops("Аnd", "And", &lenient)
                .iter()
                .any(|(op, _)| *op != Op::Equal)
        );
    }
}
