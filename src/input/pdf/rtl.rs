//! A right-to-left line put back in reading order from its pieces as drawn: read right to left,
//! with runs of Latin letters and digits left to right, as the bidi algorithm reads them.

use super::line_text::{Gap, Piece};
use super::lines::{SUP_CLOSE, SUP_OPEN, is_rtl_letter};

/// Left-to-right inside a right-to-left line: Latin letters and digits.
fn is_ltr_strong(c: char) -> bool {
    c.is_ascii_alphanumeric() || (c.is_alphabetic() && !is_rtl_letter(c)) || c.is_numeric()
}

/// A right-to-left line from its visual pieces: read right to left, except runs of Latin letters
/// and digits (with the spaces and punctuation between them), which read left to right. Brackets
/// are not mirrored: producers map the mirrored glyph to the character typed. `open_above`: the
/// line above, of the same paragraph, ends inside a bracket opened after Latin text (see
/// [`leaves_latin_bracket_open`]). With the text, how many pieces were read by the lines around
/// it (see [`closes_pair_opened_above`] and [`ends_latin_run_at_line_end`]), to be said.
pub(super) fn logical_rtl(pieces: &[Piece], mirrored: bool, open_above: bool) -> (String, usize) {
    // Each piece's gap is to its left neighbour; reading right to left, a piece's gap goes after it.
    let n = pieces.len();
    let ltr = |p: &Piece| p.text.chars().any(is_ltr_strong) && !p.text.chars().any(is_rtl_letter);
    let neutral = |p: &Piece| !p.text.chars().any(|c| is_ltr_strong(c) || is_rtl_letter(c));
    // Each piece in reading order with the gap before it: a visual neighbour's gap belongs to
    // the right one of the pair; where a left-to-right run is read in, its first piece follows
    // the text on the run's right, and the piece after the run is the one on its left.
    let mut order: Vec<(usize, Gap)> = Vec::with_capacity(n);
    // Pieces read in a left-to-right run (not mirrored).
    let mut ltr_run = vec![false; n];
    let mut next_gap = Gap::None;
    let mut read_across = 0;
    let ends = LineEnds::of(pieces);
    let mut i = n;
    while i > 0 {
        i -= 1;
        let (is_ltr, closes_pair) = (ltr(&pieces[i]), closes_latin_pair(pieces, &ends, i));
        let across = !is_ltr
            && !closes_pair
            && ((open_above && closes_pair_opened_above(pieces, i))
                || ends_latin_run_at_line_end(pieces, &ends, i));
        read_across += usize::from(across);
        if across || is_ltr || closes_pair {
            // Numbers read after Arabic letters are Arabic numbers to the bidi algorithm (its
            // rule W2): the first strong letter before the run (on its right) says.
            let after_arabic = pieces[i + 1..]
                .iter()
                .flat_map(|p| p.text.chars())
                .find(|&c| is_ltr_strong(c) || is_rtl_letter(c))
                .is_some_and(is_rtl_letter);
            // Extend left over LTR pieces and neutrals that have LTR on their left.
            let mut start = i;
            while start > 0 {
                let q = &pieces[start - 1];
                // Unless a Latin letter before them in the run (on their left) is nearer.
                let arabic_numbers = after_arabic && !ends.latin_before[start - 1];
                // A space joins a left-to-right run only between Latin words: beside a number
                // it takes the paragraph's direction (`¹⁵ A/74/821.`: the mark, then the text).
                // Pieces are glyphs: what a piece's word is, its nearest letter or digit says.
                let latin = |k: usize, step: isize| {
                    let mut k = k as isize;
                    while k >= 0 && (k as usize) < n && neutral(&pieces[k as usize]) {
                        k += step;
                    }
                    k >= 0
                        && (k as usize) < n
                        && pieces[k as usize].text.chars().any(|c| c.is_alphabetic())
                };
                // Or a number after Latin words, itself left to right (the bidi algorithm's
                // rule W7), before Latin words: `Figures 2024 (Geneva, 2024)` is one run. Not
                // a bracket after a number (`11 (E/2025/31)` after `رقم`: N0 sets it right to
                // left) nor a number after it.
                let latin_number = |k: usize| {
                    let digits = |p: &Piece| {
                        !p.text.is_empty() && p.text.chars().all(|c| c.is_ascii_digit())
                    };
                    // Past the space glyph, if the space is one.
                    let k = (0..=k)
                        .rev()
                        .find(|&j| !pieces[j].text.chars().all(char::is_whitespace));
                    k.is_some_and(|k| digits(&pieces[k]) && !pieces[k].sup && ends.latin_before[k])
                };
                // A number after Latin words is read with them (`Report 2024`), but for a raised
                // mark: the mark of a note opens it.
                let number_after =
                    pieces[start].text.chars().all(|c| c.is_ascii_digit()) && !pieces[start].sup;
                let spaced = pieces[start].gap != Gap::None;
                let joins = mark_beside_number_joins(pieces, start - 1)
                    && (!spaced
                        || ((latin(start - 1, -1) || latin_number(start - 1))
                            && (number_after || latin(start, 1))))
                    && (ltr(q)
                        || (neutral(q)
                            && (joins_ltr(q, &pieces[start], arabic_numbers)
                                || (q.text.chars().all(char::is_whitespace)
                                    && ((latin(start - 1, -1)
                                        && (number_after || latin(start, 1)))
                                        || (latin_number(start - 1) && latin(start, 1)))))
                            && pieces[start - 1].gap != Gap::Tab
                            && pieces[start].gap != Gap::Tab
                            && (0..start - 1)
                                .rev()
                                .take_while(|&k| neutral(&pieces[k]))
                                .count()
                                < 3
                            && (0..start - 1)
                                .rev()
                                .find(|&k| !neutral(&pieces[k]))
                                .is_some_and(|k| ltr(&pieces[k]))));
                if !joins {
                    break;
                }
                start -= 1;
            }
            order.push((start, next_gap));
            order.extend((start + 1..=i).map(|k| (k, pieces[k].gap)));
            ltr_run[start..=i].fill(true);
            next_gap = pieces[start].gap;
            i = start;
        } else {
            order.push((i, next_gap));
            next_gap = pieces[i].gap;
        }
    }
    let mirror = |c: char| match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        c => c,
    };
    let mut s = String::new();
    for (k, &(idx, gap)) in order.iter().enumerate() {
        if k > 0 {
            gap.push_to(&mut s);
        }
        let p = &pieces[idx];
        if p.sup {
            s.push(SUP_OPEN);
        }
        if mirrored && !ltr_run[idx] && !p.typed {
            s.extend(p.text.chars().map(mirror));
        } else {
            s.push_str(&p.text);
        }
        if p.sup {
            s.push(SUP_CLOSE);
        }
    }
    (
        s.replace(&format!("{SUP_CLOSE}{SUP_OPEN}"), ""),
        read_across,
    )
}

/// Whether a raised mark and the number beside it, `left` and `left + 1`, read as one number
/// (left to right) or as runs of their own (right to left), as both producers set them: the mark
/// follows its number. Chromium sets them as one number (`2015³` drawn so); LibreOffice sets a
/// note's mark as a run of its own (`³2016` drawn for `2016³`), but a mark printed twice (see
/// `notes::undoubled`) with the number before it (`2030¹⁰10`), and after a word the mark and its
/// copy as runs of their own (`11¹¹` drawn for `¹¹11`; split by a line end, `1¹⁶`).
fn mark_beside_number_joins(pieces: &[Piece], left: usize) -> bool {
    let digits =
        |k: usize| !pieces[k].text.is_empty() && pieces[k].text.chars().all(|c| c.is_ascii_digit());
    let (q, p) = (&pieces[left], &pieces[left + 1]);
    if q.sup == p.sup || !digits(left) || !digits(left + 1) || p.gap != Gap::None {
        return true;
    }
    // The glued digits of q's kind ending at `left`, and of p's kind from `left + 1`.
    let mut from = left;
    while from > 0
        && pieces[from - 1].sup == q.sup
        && digits(from - 1)
        && pieces[from].gap == Gap::None
    {
        from -= 1;
    }
    let to = (left + 1..pieces.len())
        .take_while(|&k| {
            pieces[k].sup == p.sup && digits(k) && (k == left + 1 || pieces[k].gap == Gap::None)
        })
        .count();
    let text = |r: std::ops::Range<usize>| -> String {
        pieces[r].iter().map(|p| p.text.as_str()).collect()
    };
    let (l, r) = (text(from..left + 1), text(left + 1..left + 1 + to));
    if q.sup {
        // The mark, then its copy: one number with what is before it.
        l == r
    } else {
        // A copy, or the start of one the line end split, then its mark: runs of their own.
        !(l == r || (from == 0 && r.starts_with(&l)))
    }
}

/// Whether a neutral piece stays inside a left-to-right run ending with `next`: between Latin
/// letters any neutral does; between numbers only the separators of the bidi algorithm (ES and
/// CS: `+ - , . / :`), so `2015‑2012` (a non-breaking hyphen) reads right to left as Arabic does;
/// between `arabic_numbers` (after Arabic letters) only its common separators (CS: `, . / :`),
/// so `2022-2025` after `للفترة` is drawn, and read, as two numbers right to left.
fn joins_ltr(neutral: &Piece, next: &Piece, arabic_numbers: bool) -> bool {
    let letters = next.text.chars().any(|c| c.is_alphabetic());
    letters
        || neutral.text.chars().all(|c| {
            // Control characters are a proposal's marks (see `marks`), not text.
            matches!(c, ',' | '.' | '/' | ':' | '\u{a0}')
                || (matches!(c, '+' | '-') && !arabic_numbers)
                || c.is_control()
        })
}

/// Whether `i` is the closing bracket of a pair with Latin letters inside and Latin before it
/// (on its left): the bidi algorithm's rule N0 sets both brackets left to right then, so the
/// bracket ends the run on its left (`Figures 2024 (Geneva, 2024)` at the end of an Arabic
/// note) instead of being read, mirrored, before it.
fn closes_latin_pair(pieces: &[Piece], ends: &LineEnds, i: usize) -> bool {
    if pieces[i].text != ")" || pieces[i].sup {
        return false;
    }
    let mut latin_inside = false;
    for j in (0..i).rev() {
        let t = &pieces[j].text;
        if t.chars().any(is_rtl_letter) || t == ")" {
            return false;
        }
        if t == "(" {
            return latin_inside && j > 0 && ends.latin_before[j - 1];
        }
        latin_inside |= t.chars().any(|c| c.is_alphabetic());
    }
    false
}

/// Whether `i` is a closing bracket at the start of the line (nothing but blanks on its right)
/// closing a bracket opened after Latin text on the line above, with Latin letters or digits
/// and no Arabic between the line's start and it. The producer ran the bidi algorithm over the
/// paragraph, not the line: rule N0 set the pair left to right (Latin inside and before it), so
/// the bracket ends the run on its left (`(New York,` then `2025).`, drawn `.2025)`), where the
/// line alone would read it first, mirrored.
fn closes_pair_opened_above(pieces: &[Piece], i: usize) -> bool {
    if pieces[i].text != ")" || pieces[i].sup {
        return false;
    }
    let blank = |p: &Piece| p.text.chars().all(char::is_whitespace);
    if !pieces[i + 1..].iter().all(blank) {
        return false;
    }
    // The run on its left, up to the first Arabic letter: Latin or digits, and no `(` of its own.
    let inside: Vec<&Piece> = pieces[..i]
        .iter()
        .rev()
        .take_while(|p| !p.text.chars().any(is_rtl_letter))
        .collect();
    inside.iter().all(|p| !p.text.contains('('))
        && inside
            .first()
            .is_some_and(|p| p.text.chars().any(is_ltr_strong))
}

/// Whether the text of a right-to-left line, read, leaves a bracket open that it opened after
/// Latin text, with Latin inside and no Arabic: `… Snapshot 2025 (New York,`.
pub(super) fn leaves_latin_bracket_open(text: &str) -> bool {
    let Some(k) = text.rfind('(') else {
        return false;
    };
    let (before, inside) = (&text[..k], &text[k + 1..]);
    !inside.contains(')')
        && !inside.chars().any(is_rtl_letter)
        && inside.chars().any(|c| c.is_alphabetic())
        && before
            .chars()
            .rev()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| !is_rtl_letter(c))
}

/// Whether `i` is punctuation glued to the right end of a Latin run that ends the line (no Arabic
/// on its left), with a blank between it and the Arabic on its right: `York,` in
/// `والاجتماعية، Progress … (New York,` drawn so. The producer set it left to right by what follows
/// on the next line (the bidi algorithm reads the paragraph); read by the line alone it would sit
/// on the run's left, and is drawn there when it is right to left. Glued to the Latin word and
/// apart from the Arabic, it is the word's.
fn ends_latin_run_at_line_end(pieces: &[Piece], ends: &LineEnds, i: usize) -> bool {
    if !is_end_neutral(&pieces[i]) {
        return false;
    }
    // The punctuation glued together, then the Latin piece it is glued to.
    let Some(j) = ends.glued_to[i] else {
        return false;
    };
    let glued = ends.gapped[i].is_none_or(|k| k <= j);
    // A number's punctuation after Arabic letters only stays with the Arabic (`عام 2030,`).
    let latin = pieces[j].text.chars().any(is_ltr_strong)
        && !pieces[j].text.chars().any(is_rtl_letter)
        && !pieces[j].sup
        && ends.latin_before[j];
    let apart = pieces
        .get(i + 1)
        .is_some_and(|p| p.gap != Gap::None || p.text.chars().all(char::is_whitespace));
    glued && latin && apart && !ends.rtl_before[j] && ends.rtl_after[i + 1]
}

/// What follows a word in [`ends_latin_run_at_line_end`]: a bracket glued there opens what
/// comes after it (`11 (E/2025/31)`).
fn is_end_neutral(p: &Piece) -> bool {
    // Counted in tests: asked of each piece once per line, not once per piece before it.
    crate::work::steps(1);
    !p.sup
        && !p.text.is_empty()
        && p.text
            .chars()
            .all(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?'))
}

/// What [`ends_latin_run_at_line_end`] asks of the pieces around each, found in one pass over
/// the line each way: asked of each piece, it was a search of the line (quadratic in a line
/// of dot leaders).
struct LineEnds {
    /// The nearest piece before `i` not [`is_end_neutral`].
    glued_to: Vec<Option<usize>>,
    /// The last piece up to `i` with a gap before it.
    gapped: Vec<Option<usize>>,
    /// Whether the first letter at or left of each piece, past digits and neutrals, is a Latin
    /// one.
    latin_before: Vec<bool>,
    /// Whether the pieces before `i` have an Arabic letter.
    rtl_before: Vec<bool>,
    /// Whether the pieces from `i` on have an Arabic letter (`n + 1` entries).
    rtl_after: Vec<bool>,
}

impl LineEnds {
    fn of(pieces: &[Piece]) -> LineEnds {
        let n = pieces.len();
        let rtl = |p: &Piece| p.text.chars().any(is_rtl_letter);
        let mut ends = LineEnds {
            glued_to: Vec::with_capacity(n),
            gapped: Vec::with_capacity(n),
            latin_before: Vec::with_capacity(n),
            rtl_before: Vec::with_capacity(n),
            rtl_after: vec![false; n + 1],
        };
        let (mut word, mut gapped, mut letter, mut any_rtl) = (None, None, None, false);
        for (k, p) in pieces.iter().enumerate() {
            ends.glued_to.push(word);
            if !is_end_neutral(p) {
                word = Some(k);
            }
            if p.gap != Gap::None {
                gapped = Some(k);
            }
            ends.gapped.push(gapped);
            if let Some(c) = p.text.chars().rev().find(|c| c.is_alphabetic()) {
                letter = Some(c);
            }
            ends.latin_before
                .push(letter.is_some_and(|c| !is_rtl_letter(c)));
            ends.rtl_before.push(any_rtl);
            any_rtl |= rtl(p);
        }
        for k in (0..n).rev() {
            ends.rtl_after[k] = ends.rtl_after[k + 1] || rtl(&pieces[k]);
        }
        ends
    }
}
