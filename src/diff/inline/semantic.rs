//! Semantic clean-up of the word diff, after diff-match-patch's `diff_cleanupSemantic`: an
//! equality no longer than the changes on both sides of it is folded into them.
//!
//! Chinese is written without spaces, so each Han character is a token, and a minimal diff of
//! two different place names keeps whatever characters they share: Riyadh (利雅得) and
//! Lillestrøm (利勒斯特伦) came out as "{+挪威+}利[-雅得…-]{+勒斯特伦…+}", 利 unchanged, and 不迟于
//! against 关于 kept 于. A reader takes such an island for a word both texts have. Only
//! equalities of Han characters (with their punctuation) are folded: in other scripts a token is a
//! whole word, and an unchanged word between two changes is one the texts share.
//!
//! An equality's length is its tokens other than spacing; a change's is its Han characters on the
//! longer side, since only Chinese words replaced by Chinese words make such islands: a date
//! whose numbers changed keeps its units ("[-2021-]{+2022+}年[-12-]{+11+}月"), which both texts
//! do share.

use similar::DiffOp;

use crate::model::text::{TokenKind, token_kind};

/// A stretch of the diff: equal tokens, or a change (old tokens for new ones, either may be none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Equal {
        old: usize,
        new: usize,
        len: usize,
    },
    Change {
        old: usize,
        old_len: usize,
        new: usize,
        new_len: usize,
    },
}

/// Tokens of the kinds `counts` takes before each index, so a range's count is one subtraction.
fn prefix(tokens: &[&str], counts: impl Fn(TokenKind) -> bool) -> Vec<usize> {
    let mut out = Vec::with_capacity(tokens.len() + 1);
    let mut n = 0;
    out.push(0);
    for t in tokens {
        if counts(token_kind(t)) {
            n += 1;
        }
        out.push(n);
    }
    out
}

/// `ops` with every Han equality that is no longer than the changes on both sides of it folded
/// into them; `ops` itself when there is none, so texts in other scripts diff as before.
pub(super) fn cleanup(ops: Vec<DiffOp>, old: &[&str], new: &[&str]) -> Vec<DiffOp> {
    if !new.iter().any(|t| token_kind(t) == TokenKind::Han) {
        return ops;
    }
    let han = |k: TokenKind| k == TokenKind::Han;
    let (old_han, new_han) = (prefix(old, han), prefix(new, han));
    let new_content = prefix(new, |k| k != TokenKind::Space);
    let size = |c: &Chunk| match *c {
        Chunk::Equal { new: n, len, .. } => new_content[n + len] - new_content[n],
        Chunk::Change {
            old: o,
            old_len,
            new: n,
            new_len,
        } => (old_han[o + old_len] - old_han[o]).max(new_han[n + new_len] - new_han[n]),
    };
    let han_only = |n: usize, len: usize| {
        let kinds = new[n..n + len].iter().map(|t| token_kind(t));
        kinds.clone().any(|k| k == TokenKind::Han)
            && kinds
                .into_iter()
                .all(|k| matches!(k, TokenKind::Han | TokenKind::Punct | TokenKind::Space))
    };
    let mut out: Vec<Chunk> = Vec::with_capacity(ops.len());
    let mut folded = false;
    for chunk in ops.iter().map(chunk_of) {
        push(&mut out, chunk);
        // A change just grew or arrived: the equality before it may now be an island, and
        // folding it grows the change again, so look back until one stays.
        while let [
            ..,
            a @ Chunk::Change { .. },
            e @ Chunk::Equal { new: n, len, .. },
            b @ Chunk::Change { .. },
        ] = out[..]
        {
            if !(han_only(n, len) && size(&e) <= size(&a) && size(&e) <= size(&b)) {
                break;
            }
            let (
                Chunk::Change { old, new, .. },
                Chunk::Change {
                    old_len,
                    new_len,
                    old: bo,
                    new: bn,
                },
            ) = (a, b)
            else {
                break;
            };
            out.truncate(out.len() - 3);
            out.push(Chunk::Change {
                old,
                old_len: bo + old_len - old,
                new,
                new_len: bn + new_len - new,
            });
            folded = true;
        }
    }
    if !folded {
        return ops;
    }
    out.into_iter().map(op_of).collect()
}

fn chunk_of(op: &DiffOp) -> Chunk {
    match *op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => Chunk::Equal {
            old: old_index,
            new: new_index,
            len,
        },
        DiffOp::Delete {
            old_index,
            old_len,
            new_index,
        } => Chunk::Change {
            old: old_index,
            old_len,
            new: new_index,
            new_len: 0,
        },
        DiffOp::Insert {
            old_index,
            new_index,
            new_len,
        } => Chunk::Change {
            old: old_index,
            old_len: 0,
            new: new_index,
            new_len,
        },
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => Chunk::Change {
            old: old_index,
            old_len,
            new: new_index,
            new_len,
        },
    }
}

/// Appends a chunk, joining a change to the change before it (a deletion then an insertion).
fn push(out: &mut Vec<Chunk>, chunk: Chunk) {
    if let (
        Some(Chunk::Change {
            old_len, new_len, ..
        }),
        Chunk::Change {
            old_len: more_old,
            new_len: more_new,
            ..
        },
    ) = (out.last_mut(), chunk)
    {
        *old_len += more_old;
        *new_len += more_new;
        return;
    }
    out.push(chunk);
}

fn op_of(chunk: Chunk) -> DiffOp {
    match chunk {
        Chunk::Equal { old, new, len } => DiffOp::Equal {
            old_index: old,
            new_index: new,
            len,
        },
        Chunk::Change {
            old,
            old_len,
            new,
            new_len: 0,
        } => DiffOp::Delete {
            old_index: old,
            old_len,
            new_index: new,
        },
        Chunk::Change {
            old,
            old_len: 0,
            new,
            new_len,
        } => DiffOp::Insert {
            old_index: old,
            new_index: new,
            new_len,
        },
        Chunk::Change {
            old,
            old_len,
            new,
            new_len,
        } => DiffOp::Replace {
            old_index: old,
            old_len,
            new_index: new,
            new_len,
        },
    }
}
