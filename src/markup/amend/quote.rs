//! Which words an instruction quotes. Each word change is quoted with as little of its
//! surroundings as makes the quote occur once, and kept only if [`TextEdit::apply`] gives the
//! new text; a paragraph changed in more places than a reader follows is given whole.

use super::TextEdit;
use crate::diff::{Op, Segment, new_text, old_text};

/// More word changes than this in one paragraph, or less than half of it kept, and the
/// paragraph is given whole: a table of amendments reads better that way.
const MAX_EDITS: usize = 4;

/// The old and the new text around each change: (equal before, deleted, inserted, equal after)
/// as byte ranges are not needed; the pieces are.
struct Hunk {
    /// New text before the hunk (earlier hunks already made).
    before: String,
    deleted: String,
    inserted: String,
    /// Old text after the hunk.
    after: String,
}

fn hunks(runs: &[Segment]) -> Vec<Hunk> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        if runs[i].op == Op::Equal {
            i += 1;
            continue;
        }
        let end = runs[i..]
            .iter()
            .position(|r| r.op == Op::Equal)
            .map_or(runs.len(), |n| i + n);
        let piece = |op: Op| -> String {
            runs[i..end]
                .iter()
                .filter(|r| r.op == op)
                .map(|r| r.text.as_str())
                .collect()
        };
        out.push(Hunk {
            before: new_text(&runs[..i]),
            deleted: piece(Op::Delete),
            inserted: piece(Op::Insert),
            after: old_text(&runs[end..]),
        });
        i = end;
    }
    out
}

/// Suffixes of `s` that start a word, shortest first, then `s` itself.
fn tails(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s
        .char_indices()
        .rev()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| &s[i + 1..])
        .filter(|t| !t.is_empty())
        .collect();
    out.push(s);
    out
}

/// Prefixes of `s` that end a word, shortest first, then `s` itself.
fn heads(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| &s[..i])
        .filter(|h| !h.is_empty())
        .collect();
    out.push(s);
    out
}

/// The edits, in order, that turn the old text of `runs` into the new one.
pub(super) fn text_edits(runs: &[Segment]) -> Vec<TextEdit> {
    let (old, new) = (old_text(runs), new_text(runs));
    if old == new {
        return Vec::new();
    }
    let hs = hunks(runs);
    let kept: usize = runs
        .iter()
        .filter(|r| r.op == Op::Equal)
        .map(|r| r.text.len())
        .sum();
    if hs.len() > MAX_EDITS || kept * 2 < old.len() {
        return vec![TextEdit::Whole(new)];
    }
    let mut current = old;
    let mut edits = Vec::new();
    for h in &hs {
        let expected = format!("{}{}{}", h.before, h.inserted, h.after);
        match candidates(h).find(|e| e.apply(&current).as_deref() == Ok(expected.as_str())) {
            Some(e) => edits.push(e),
            None => return vec![TextEdit::Whole(new)],
        }
        current = expected;
    }
    edits
}

/// Ways to say one hunk, plainest first. Made one at a time: the first that applies is taken,
/// and the quotes with context, a pair of a head and a tail of the paragraph each, are as many
/// as the words before the change times the words after it (built whole, they were most of
/// the time of a UN resolution's instructions).
fn candidates<'h>(h: &'h Hunk) -> impl Iterator<Item = TextEdit> + 'h {
    let (x, y) = (h.deleted.as_str(), h.inserted.as_str());
    let mut out = Vec::new();
    let left = tails(&h.before);
    let right = heads(&h.after);
    match (x.trim().is_empty(), y.trim().is_empty()) {
        (false, false) => {
            out.push(TextEdit::Replace {
                old: x.trim().into(),
                new: y.trim().into(),
            });
            out.push(TextEdit::Replace {
                old: x.into(),
                new: y.into(),
            });
        }
        (false, true) => {
            out.push(TextEdit::Delete(x.trim().into()));
            out.push(TextEdit::Delete(x.into()));
        }
        (true, false) => {
            for anchor in &left {
                out.push(TextEdit::InsertAfter {
                    anchor: anchor.trim_end().into(),
                    text: y.trim().into(),
                });
            }
            for anchor in &right {
                out.push(TextEdit::InsertBefore {
                    anchor: anchor.trim_start().into(),
                    text: y.trim().into(),
                });
            }
        }
        (true, true) => {}
    }
    // With context: the shortest quote that occurs once, and one that neither starts nor ends
    // with a space before one that does. Ordered by that, as the pair (head, tail) they would
    // be made of; ties stay in the order made (heads outer, tails inner).
    let left: Vec<&str> = std::iter::once("").chain(left).collect();
    let right: Vec<&str> = std::iter::once("").chain(right).collect();
    let spaced = |l: &str, m: &str, r: &str| {
        let mut chars = l.chars().chain(m.chars()).chain(r.chars());
        let first = chars.next();
        let last = r
            .chars()
            .rev()
            .chain(m.chars().rev())
            .chain(l.chars().rev())
            .next();
        first == Some(' ') || last == Some(' ')
    };
    let mut context = Vec::new();
    for (i, l) in left.iter().enumerate() {
        for (j, r) in right.iter().enumerate() {
            if !(l.is_empty() && r.is_empty()) {
                let key = (
                    spaced(l, x, r) || spaced(l, y, r),
                    l.len() + x.len() + r.len(),
                );
                context.push((key, i, j));
            }
        }
    }
    context.sort_by_key(|(key, _, _)| *key);
    out.into_iter()
        .chain(context.into_iter().map(move |(_, i, j)| {
            let (l, r) = (left[i], right[j]);
            TextEdit::Replace {
                old: format!("{l}{x}{r}"),
                new: format!("{l}{y}{r}"),
            }
        }))
}
