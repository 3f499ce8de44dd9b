//! Footnote numbers `pdftotext` (without `-layout`) writes away from their place, put back
//! before the notes are read, each with a warning naming the lines:
//! - a mark on a line of its own, above the short line it ends (`…的报` `11` `告，`);
//! - a note's number written at the foot of the page after later notes (`… 26` `E/HLPF/2025/6。`
//!   `19`), its text at the top of the next page, before the note that follows it;
//! - a note made of numbers taken out of its text (`、 、 、 …72/200、` left in place, its number,
//!   its first word and the numbers written after the page's last note): the numbers put back
//!   in the holes, in order;
//! - before those, a mark printed with its typed copy and split by a line end (`الدولي116`
//!   `6،`, either mode): see [`super::copies`].
//!
//! Each is matched by the sequence of notes alone: a number out of order is put where the
//! notes around it say it belongs, and only where the lines there have no number of their own.

use super::pages::Line;
use crate::input::Warning;
use crate::model::text::is_cjk;

/// A line of 1 to 3 digits and nothing else.
fn lone(t: &str) -> Option<u32> {
    let t = t.trim();
    super::digits::whole(t).then(|| t.parse().ok()).flatten()
}

/// Whether `t` opens as a note does: its number, then its text (or the number alone).
fn numbered(t: &str) -> Option<u32> {
    let digits = super::digits::opening(t)?;
    t[..digits].parse().ok()
}

/// Puts back what this module's header lists, in that order.
pub fn repair(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let lines = super::copies::rejoin(lines, warnings);
    let lines = marks_above(lines, warnings);
    let lines = numbers_after_the_page(lines, warnings);
    let lines = numbers_after_their_text(lines, warnings);
    numbers_taken_out(lines, warnings)
}

/// `…的报` `11` `告，`: a mark between a Chinese line that runs on and a short line that ends
/// a clause is that short line's mark, moved to its end.
fn marks_above(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut i = 1;
    while i + 1 < lines.len() {
        let (before, next) = (lines[i - 1].body(), lines[i + 1].body());
        let runs_on = before.chars().next_back().is_some_and(is_cjk);
        let short_end = next.chars().count() <= 4
            && next.ends_with(['，', '。', '；', '：'])
            && next.chars().next().is_some_and(is_cjk);
        let same_page = !lines[i].break_before && !lines[i + 1].break_before;
        if let Some(n) = lone(lines[i].body())
            && runs_on
            && short_end
            && same_page
        {
            let message = format!(
                "`{n}` on a line of its own, between `{}` and `{next}`, read as that short line's mark and put at its end",
                tail(before)
            );
            let moved = lines.remove(i);
            lines[i].text.push_str(&n.to_string());
            warnings.push(Warning {
                chosen: None,
                line: moved.number,
                message,
            });
        }
        i += 1;
    }
    lines
}

/// The last characters of `t`, to name a line in a warning.
pub(super) fn tail(t: &str) -> String {
    let n = t.chars().count();
    t.chars().skip(n.saturating_sub(8)).collect()
}

/// `第70/1号决议。` `20` … `26` `E/HLPF/2025/6。` `19` (page ends): a number alone at a page's
/// foot, lower than a note number before it on that page, where the page opens with
/// unnumbered text and then note `n + 1`: that text is note `n`'s, and the number goes before it.
fn numbers_after_the_page(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    for i in 0..lines.len() {
        let Some(n) = lone(lines[i].body()) else {
            continue;
        };
        // Asked first: only a page's last line pays for the search back to the page's start.
        if !lines.get(i + 1).is_none_or(|l| l.break_before) {
            continue;
        }
        let Some(start) = lines[..i].iter().rposition(|l| l.break_before) else {
            continue;
        };
        let later_before = lines[start..i]
            .iter()
            .any(|l| lone(l.body()).is_some_and(|m| m > n));
        let opens = (start..(start + 4).min(i))
            .find(|&k| numbered(lines[k].body()).is_some())
            .filter(|&k| k > start && numbered(lines[k].body()) == Some(n + 1));
        let Some(k) = opens else { continue };
        if !later_before {
            continue;
        }
        move_before(&mut lines, (i, n), start, k, "the page's first,", warnings);
    }
    lines
}

/// `…有商定。` `第56/183、…、64/` `决议。` `2` `…` `1` (page ends): as
/// [`numbers_after_the_page`], a number alone at a page's foot, after note `n + 1`'s number
/// alone on that page, where unnumbered text stands just before that number, after a line
/// ending a sentence (the text's last, which the notes gathered at its end follow): that text
/// is note `n`'s, and the number goes before it (Chromium's Chinese 74/197, note 1, without
/// `-layout`).
fn numbers_after_their_text(mut lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let ends = |l: &Line| l.body().ends_with(['。', '.', '；', ';']);
    for i in 0..lines.len() {
        let Some(n) = lone(lines[i].body()) else {
            continue;
        };
        if !lines.get(i + 1).is_none_or(|l| l.break_before) || lines[i].break_before {
            continue;
        }
        let start = lines[..i].iter().rposition(|l| l.break_before).unwrap_or(0);
        let Some(k) = (start..i)
            .rev()
            .find(|&k| lone(lines[k].body()) == Some(n + 1))
        else {
            continue;
        };
        // The note's text: up to four lines back from its number, to a sentence's end.
        let Some(j) = (k.saturating_sub(4).max(start + 1)..k)
            .rev()
            .take_while(|&j| numbered(lines[j].body()).is_none())
            .find(|&j| ends(&lines[j - 1]))
        else {
            continue;
        };
        if (j..k).any(|m| ends(&lines[m]) && m + 1 < k) || lines[j].break_before {
            continue;
        }
        move_before(
            &mut lines,
            (i, n),
            j,
            k,
            "after the text's last sentence and",
            warnings,
        );
    }
    lines
}

/// Moves note `n`'s number alone on line `i` (a page's last) before its text at line `to`,
/// ahead of the next note's number at line `next`, said with `place`, where that text stands.
/// At the page's first line the number opens the page in its stead.
fn move_before(
    lines: &mut Vec<Line>,
    (i, n): (usize, u32),
    to: usize,
    next: usize,
    place: &str,
    warnings: &mut Vec<Warning>,
) {
    let (text_line, note_line) = (lines[to].number, lines[next].number);
    let mut moved = lines.remove(i);
    let at = moved.number;
    if lines[to].break_before {
        moved.break_before = true;
        lines[to].break_before = false;
    }
    if let Some(after) = lines.get_mut(i) {
        after.break_before = true;
    }
    lines.insert(to, moved);
    warnings.push(Warning {
        chosen: None,
        line: at,
        message: format!(
            "note number `{n}` written at the page's foot after later notes: read as the number of the text at line {text_line}, {place} before note {} at line {note_line}",
            n + 1
        ),
    });
}

/// A line opening with a list's separator (`、 、 、 …64/187、`): a note's text with its
/// numbers taken out, where each blank-separated piece opening without a digit lost one.
fn holes(t: &str) -> Option<usize> {
    if !t.starts_with('、') {
        return None;
    }
    Some(
        t.split_whitespace()
            .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
            .count(),
    )
}

/// How far back and ahead of a note's number its text's holes, note `n + 1` and the page's
/// end are looked for: they are on its page, and a page holds far fewer lines. Bounded so that
/// a long text of lone numbers (a table, a text with no form feeds) is read in linear time.
const PAGE_REACH: usize = 200;

/// `、 、 …` `、 、 和 号决议。` `2` … `18` `…` `1` `第` `56/183 …` `73/218 …` (page ends): note
/// 1's text left before note 2 with holes, its number, first word and numbers written after the
/// page's last note. Put back as one note where the holes and the numbers agree in count.
fn numbers_taken_out(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    numbers_taken_out_counted(lines, warnings, &mut 0)
}

/// [`numbers_taken_out`], counting in `work` the lines it looks at.
fn numbers_taken_out_counted(
    mut lines: Vec<Line>,
    warnings: &mut Vec<Warning>,
    work: &mut usize,
) -> Vec<Line> {
    let mut i = 0;
    while i < lines.len() {
        let Some(n) = lone(lines[i].body()) else {
            i += 1;
            continue;
        };
        // Its text: the lines with holes just before note n + 1, on this page.
        let mut next = None;
        for k in (i.saturating_sub(PAGE_REACH)..i).rev() {
            *work += 1;
            if numbered(lines[k].body()) == Some(n + 1) {
                next = Some(k);
                break;
            }
            if lines[k].break_before {
                break;
            }
        }
        let Some(next) = next else {
            i += 1;
            continue;
        };
        let reach = next.saturating_sub(PAGE_REACH);
        let first_hole = lines[reach..next]
            .iter()
            .rposition(|l| {
                *work += 1;
                holes(l.body()).is_none()
            })
            .map_or(reach, |k| reach + k + 1);
        let holed = &lines[first_hole..next];
        let count: usize = holed.iter().filter_map(|l| holes(l.body())).sum();
        // After the number: words with no digit (the text's start), then the numbers, to the
        // page's end.
        let Some(end) = (i + 1..lines.len().min(i + 1 + PAGE_REACH))
            .find(|&k| {
                *work += 1;
                lines[k].break_before
            })
            .or((lines.len() <= i + 1 + PAGE_REACH).then_some(lines.len()))
        else {
            i += 1;
            continue;
        };
        let after = &lines[i + 1..end];
        let lead = after
            .iter()
            .take_while(|l| !l.body().contains(|c: char| c.is_ascii_digit()))
            .count();
        let numbers: Vec<&str> = after[lead..]
            .iter()
            .flat_map(|l| l.body().split_whitespace())
            .collect();
        let all_numbers = numbers
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit() || c == '/'));
        if holed.is_empty() || count == 0 || count != numbers.len() || !all_numbers {
            i += 1;
            continue;
        }
        let mut text: String = after[..lead].iter().map(|l| l.body()).collect();
        let mut fill = numbers.iter();
        for l in holed {
            for w in l.body().split_whitespace() {
                if !w.starts_with(|c: char| c.is_ascii_digit())
                    && let Some(number) = fill.next()
                {
                    text.push_str(number);
                }
                text.push_str(w);
            }
        }
        let (from, to) = (holed[0].number, lines[end - 1].number);
        warnings.push(Warning {
            chosen: None,
            line: lines[i].number,
            message: format!(
                "note {n}: its number and {} numbers written after the page's last note (lines {}-{to}) put back, in order, in the {count} holes of the text at lines {from}-{}",
                numbers.len(),
                lines[i].number,
                holed[holed.len() - 1].number
            ),
        });
        let mut note = holed[0].clone();
        note.text = format!("{n} {text}");
        lines.drain(i..end);
        lines.splice(first_hole..next, [note]);
        i = first_hole + 1;
    }
    lines
}

#[cfg(test)]
mod tests;
