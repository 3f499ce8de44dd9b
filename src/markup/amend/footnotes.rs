//! Footnotes in UN amendment instructions. The UN numbers a resolution's footnotes in the order
//! they are cited and renumbers them every year, so most paragraphs of a revision cite their
//! note under another number than last year. Written as they stand, those numbers would make
//! every such paragraph an amendment ("replace “`[^5]`” with “`[^6]`”"). Instead the instructions
//! name each footnote by its number in the old text, as a table of amendments names
//! paragraphs:
//!
//! - a footnote kept (same text, or the note of the same place) keeps its old mark in the
//!   paragraphs quoted, and "In footnote 11, replace “A/79/62” with “A/80/62”" amends its words;
//! - a new footnote is cited as `[^new4]` (its number in the new text) and given by "Insert
//!   footnote [^new4] reading: “…”";
//! - an old footnote cited nowhere any more is "Delete footnote 7";
//! - "Renumber the footnotes accordingly" then numbers every mark in the order it is cited
//!   ([`renumber_footnotes`]), which is how the new text numbers them.

use std::borrow::Cow;
use std::collections::HashMap;

use super::quote::text_edits;
use super::{AmendError, Amendment, Place};
use crate::diff::inline::diff_text;
use crate::diff::{ClauseChange, DocDiff, NotePairing, Op, new_text, old_text};
pub use crate::diff::{cited, remark};
use crate::model::Footnote;

/// A new footnote's mark in the instructions: `new` and its number in the new text.
pub const NEW_MARK: &str = "new";

/// The first number renumbering gives: the old text's lowest numeric mark, else 1.
pub fn first_number(old: &[Footnote]) -> usize {
    old.iter()
        .filter_map(|f| f.mark.parse::<usize>().ok())
        .min()
        .unwrap_or(1)
}

/// "Renumber the footnotes accordingly": each mark of `texts` (in reading order), at its first
/// citation, takes the next number from `start`. Returns the old mark → new number map.
pub fn renumber_footnotes(texts: &[&str], start: usize) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for text in texts {
        for mark in cited(text) {
            let next = (start + map.len()).to_string();
            map.entry(mark.to_string()).or_insert(next);
        }
    }
    map
}

/// Every text of the diff's new side in reading order (title, formula, paragraphs depth-first),
/// through `f`.
fn new_side<'d>(diff: &'d DocDiff) -> Vec<Cow<'d, str>> {
    fn clauses<'d>(out: &mut Vec<Cow<'d, str>>, cs: &'d [ClauseChange]) {
        for c in cs {
            if c.change.whole() == Some(Op::Delete) {
                continue;
            }
            out.push(Cow::Owned(new_text(&c.inline)));
            clauses(out, &c.children);
        }
    }
    let mut out = vec![Cow::Borrowed(diff.new.title_shown())];
    if let Some(f) = &diff.formula {
        out.push(Cow::Owned(new_text(&f.inline)));
    }
    for s in &diff.sections {
        if s.change.whole() != Some(Op::Delete) {
            clauses(&mut out, &s.clauses);
        }
    }
    out
}

/// Pairs new footnotes with old ones: by the same text, then by citation in the same place of a
/// paragraph kept (the same note with its words amended).
fn pair(diff: &DocDiff) -> HashMap<String, String> {
    let (old, new) = (&diff.footnotes.old, &diff.footnotes.new);
    let by_words = NotePairing::new(old, new, &Default::default());
    let mut to_old: HashMap<String, String> = HashMap::new();
    let mut taken: Vec<bool> = vec![false; old.len()];
    for (i, f) in old.iter().enumerate() {
        if let Some(n) = by_words.new_mark(&f.mark) {
            taken[i] = true;
            to_old.insert(n.to_string(), f.mark.clone());
        }
    }
    fn by_place(
        cs: &[ClauseChange],
        to_old: &mut HashMap<String, String>,
        old: &[Footnote],
        taken: &mut [bool],
    ) {
        for c in cs {
            if c.change.whole().is_none() {
                let free_old: Vec<usize> = cited(&old_text(&c.inline))
                    .into_iter()
                    .filter_map(|m| (0..old.len()).find(|&i| old[i].mark == m && !taken[i]))
                    .collect();
                let new_text = new_text(&c.inline);
                let free_new: Vec<&str> = cited(&new_text)
                    .into_iter()
                    .filter(|m| !to_old.contains_key(*m))
                    .collect();
                if free_old.len() == free_new.len() {
                    for (i, m) in free_old.into_iter().zip(free_new) {
                        taken[i] = true;
                        to_old.insert(m.to_string(), old[i].mark.clone());
                    }
                }
            }
            by_place(&c.children, to_old, old, taken);
        }
    }
    for s in &diff.sections {
        by_place(&s.clauses, &mut to_old, old, &mut taken);
    }
    to_old
}

/// The diff with the new side's marks in the instructions' terms, and the footnote
/// instructions; the diff unchanged and no instructions when the footnotes are the same.
pub(super) fn prepare(diff: &DocDiff) -> Result<(Cow<'_, DocDiff>, Vec<Amendment>), AmendError> {
    let (old, new) = (&diff.footnotes.old, &diff.footnotes.new);
    if old == new {
        return Ok((Cow::Borrowed(diff), Vec::new()));
    }
    let to_old = pair(diff);
    let refused = |why: String| Err(AmendError::Footnotes(why));
    let new_mark = |m: &str| format!("{NEW_MARK}{m}");
    if let Some(f) = old.iter().find(|f| f.mark.starts_with(NEW_MARK)) {
        return refused(format!("old footnote [^{}] looks like a new one", f.mark));
    }
    let map = |m: &str| Some(to_old.get(m).cloned().unwrap_or_else(|| new_mark(m)));
    let mut out = Vec::new();
    for f in old {
        match new.iter().find(|n| to_old.get(&n.mark) == Some(&f.mark)) {
            Some(n) if n.text != f.text => {
                let runs = diff_text(&f.text, &n.text, &Default::default());
                for edit in text_edits(&runs) {
                    out.push(Amendment::Edit {
                        place: Place::Footnote(f.mark.clone()),
                        edit,
                    });
                }
            }
            Some(_) => {}
            None => out.push(Amendment::DeleteFootnote(f.mark.clone())),
        }
    }
    for f in new.iter().filter(|f| !to_old.contains_key(&f.mark)) {
        out.push(Amendment::AddFootnote {
            mark: new_mark(&f.mark),
            text: f.text.clone(),
        });
    }
    // The marks as the instructions leave them, in reading order, against the new text's.
    let texts = new_side(diff);
    let written: Vec<&str> = texts.iter().flat_map(|t| cited(t)).collect();
    let kept: Vec<String> = written.iter().filter_map(|m| map(m)).collect();
    let new_marks: Vec<&str> = new.iter().map(|f| f.mark.as_str()).collect();
    let left: Vec<&str> = old
        .iter()
        .map(|f| f.mark.as_str())
        .filter(|m| kept.iter().any(|k| k == m))
        .collect();
    if left != new_marks || kept != written {
        let start = first_number(old);
        let counted: Vec<String> = (start..start + new.len()).map(|n| n.to_string()).collect();
        if written != counted || new_marks != counted {
            return refused(format!(
                "the new text's footnotes are not numbered {start}, {}, … in the order they are cited, so renumbering them accordingly would not give its numbers",
                start + 1
            ));
        }
        out.push(Amendment::RenumberFootnotes);
    }
    let mut diff = diff.clone();
    diff.new.title = diff.new.title.as_deref().map(|t| remark(t, &map));
    if let Some(f) = &mut diff.formula {
        f.inline = diff_text(
            &old_text(&f.inline),
            &remark(&new_text(&f.inline), &map),
            &Default::default(),
        );
    }
    fn clauses(cs: &mut [ClauseChange], map: &dyn Fn(&str) -> Option<String>) {
        for c in cs {
            let new = new_text(&c.inline);
            if c.change.whole() != Some(Op::Delete) && new.contains("[^") {
                c.inline = diff_text(
                    &old_text(&c.inline),
                    &remark(&new, map),
                    &Default::default(),
                );
            }
            clauses(&mut c.children, map);
        }
    }
    for s in &mut diff.sections {
        clauses(&mut s.clauses, &map);
    }
    Ok((Cow::Owned(diff), out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renumbering_follows_the_order_of_citation() {
        let texts = ["Recalling,[^1] and[^new3]", "", "Notes[^2] and[^1] again"];
        let map = renumber_footnotes(&texts, 1);
        let got: Vec<String> = texts
            .iter()
            .map(|t| remark(t, &|m| map.get(m).cloned()))
            .collect();
        assert_eq!(
            got,
            ["Recalling,[^1] and[^2]", "", "Notes[^3] and[^1] again"]
        );
        assert_eq!(cited("a [^x y] b[^7]"), ["7"]);
    }
}
