//! Footnote marks across two revisions. The UN numbers a resolution's footnotes in the order
//! they are cited and renumbers them every year: when 80/118 cites two more notes early on,
//! "Recalling the Declaration of Principles …,`[^4]` … endorsed by the General Assembly,`[^5]`"
//! of 79/194 reads `[^6]` and `[^7]`, with the same notes. Footnotes therefore pair by their
//! words ([`NotePairing`]), and a clause whose marks only took their notes' new numbers reads
//! the same: NOC in `diff`, unchanged in `blame`, carried in `project`, no change in `outcome`.
//! The renumbering stays visible: each such mark is a kept run that knows its old number
//! ([`Segment::was`]), shown "6 (was 4)".

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use super::DiffOptions;
use super::inline::{Op, Segment, diff_text};
use crate::model::Footnote;

/// The marks cited in `text` (`[^1]`, `[^new4]`), in order.
pub fn cited(text: &str) -> Vec<&str> {
    cites(text).into_iter().map(|(_, m)| m).collect()
}

/// The citations of `text`: where each `[^mark]` stands, and its mark.
pub(crate) fn cites(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find("[^") {
        let start = at + found;
        at = start + 2;
        let rest = &text[at..];
        // Only as far as the next `[`: a mark holding one is no mark, and searching on for
        // `]` after each `[^` was quadratic in a text of them.
        let end = rest.find([']', '[']);
        crate::work::steps(end.unwrap_or(rest.len()) + 1);
        if let Some(end) = end.filter(|&end| rest[end..].starts_with(']')) {
            let mark = &rest[..end];
            if !mark.is_empty() && !mark.contains(char::is_whitespace) {
                out.push((start..at + end + 1, mark));
                at += end + 1;
            }
        }
    }
    out
}

/// `text` with each cited mark put through `to`; a mark `to` leaves alone stays.
pub fn remark(text: &str, to: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (range, mark) in cites(text) {
        out.push_str(&text[last..range.start]);
        match to(mark) {
            Some(m) => out.push_str(&format!("[^{m}]")),
            None => out.push_str(&text[range.clone()]),
        }
        last = range.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Footnotes of one text whose words are those of others: which was paired with which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameWords {
    /// The words they share.
    pub text: String,
    /// Their marks in the old text, in order.
    pub old: Vec<String>,
    /// Their marks in the new text, in order.
    pub new: Vec<String>,
}

/// "footnote 11 of the old text and footnotes 7 and 12 of the new read the same (…): …".
impl fmt::Display for SameWords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |ms: &[String]| match ms {
            [one] => format!("footnote {one}"),
            [init @ .., last] => format!("footnotes {} and {last}", init.join(", ")),
            [] => String::new(),
        };
        write!(
            f,
            "{} of the old text and {} of the new read the same (“{}”): a paragraph citing them on both sides pairs them in the order it cites them; elsewhere they pair in the order they are numbered, ",
            list(&self.old),
            list(&self.new),
            self.text
        )?;
        let n = self.old.len().max(self.new.len());
        let pairs: Vec<String> = (0..n)
            .map(|i| match (self.old.get(i), self.new.get(i)) {
                (Some(o), Some(m)) => format!("old {o} with new {m}"),
                (Some(o), None) => format!("old {o} with none"),
                (None, Some(m)) => format!("new {m} with none"),
                (None, None) => String::new(),
            })
            .collect();
        write!(f, "{}", pairs.join("; "))
    }
}

/// How the old text's footnotes pair with the new text's: by their words (under the diff's
/// normalisations), each new note in order taking the first old one with its words not yet
/// taken. The one pairing `diff`, `blame`, `project`, `outcome` and UN amendments use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotePairing {
    /// Old mark → new mark.
    to_new: HashMap<String, String>,
    same_words: Vec<SameWords>,
}

impl NotePairing {
    /// Pairs `old`'s notes with `new`'s.
    pub fn new(old: &[Footnote], new: &[Footnote], opts: &DiffOptions) -> NotePairing {
        let same = |a: &Footnote, b: &Footnote| {
            a.text == b.text
                || (opts.normalises_words()
                    && diff_text(&a.text, &b.text, opts)
                        .iter()
                        .all(|r| r.op == Op::Equal))
        };
        let mut taken = vec![false; old.len()];
        let mut to_new = HashMap::new();
        for n in new {
            if let Some(i) = (0..old.len()).find(|&i| !taken[i] && same(&old[i], n)) {
                taken[i] = true;
                to_new.insert(old[i].mark.clone(), n.mark.clone());
            }
        }
        // Notes with the same words: the pairing is by order, which a reader should know.
        let mut same_words: Vec<SameWords> = Vec::new();
        for o in old {
            if same_words.iter().any(|s| s.old.contains(&o.mark)) {
                continue;
            }
            let olds: Vec<String> = old
                .iter()
                .filter(|x| same(x, o))
                .map(|x| x.mark.clone())
                .collect();
            let news: Vec<String> = new
                .iter()
                .filter(|x| same(o, x))
                .map(|x| x.mark.clone())
                .collect();
            if !news.is_empty() && olds.len() + news.len() > 2 {
                same_words.push(SameWords {
                    text: o.text.clone(),
                    old: olds,
                    new: news,
                });
            }
        }
        NotePairing { to_new, same_words }
    }

    /// The new mark of the old text's note `old`, where a new note has its words.
    pub fn new_mark(&self, old: &str) -> Option<&str> {
        self.to_new.get(old).map(String::as_str)
    }

    /// The old mark of the new text's note `new`, where an old note has its words.
    pub fn old_mark(&self, new: &str) -> Option<&str> {
        self.to_new
            .iter()
            .find(|(_, n)| *n == new)
            .map(|(o, _)| o.as_str())
    }

    /// The groups of notes that share their words, paired by order.
    pub fn same_words(&self) -> &[SameWords] {
        &self.same_words
    }

    /// An old text with each paired mark under its note's new number.
    pub fn renumbered<'t>(&self, old: &'t str) -> Cow<'t, str> {
        self.renumbered_against(old, None)
    }

    /// [`Self::renumbered`], for the paragraph that reads `new` in the new text: a note whose
    /// words several notes share takes the number of the one the paragraph cites there (the
    /// first it cites of them for the first it cited, and so on).
    fn renumbered_against<'t>(&self, old: &'t str, new: Option<&str>) -> Cow<'t, str> {
        if !old.contains("[^") {
            return Cow::Borrowed(old);
        }
        let seen: std::cell::RefCell<HashMap<usize, usize>> = Default::default();
        let moves = |m: &str| {
            let local = new.and_then(|new| {
                let g = self
                    .same_words
                    .iter()
                    .position(|g| g.old.iter().any(|o| o == m))?;
                let mut cites: Vec<&str> = cited(new)
                    .into_iter()
                    .filter(|n| self.same_words[g].new.iter().any(|x| x == n))
                    .collect();
                cites.dedup();
                let mut seen = seen.borrow_mut();
                let k = seen.entry(g).or_insert(0);
                *k += 1;
                cites.get(*k - 1).map(|n| n.to_string())
            });
            local
                .or_else(|| self.new_mark(m).map(str::to_string))
                .filter(|n| n != m)
        };
        let out = remark(old, &moves);
        if out == old {
            Cow::Borrowed(old)
        } else {
            Cow::Owned(out)
        }
    }

    /// Whether a clause reads the same in both texts, its marks taken as the notes they cite.
    pub fn reads_same(&self, old: &str, new: &str) -> bool {
        old == new || self.renumbered_against(old, Some(new)) == new
    }

    /// The inline changes from `old` to `new` with renumbered marks kept (their old number in
    /// [`Segment::was`]), and the old text under the new numbers, which is what the runs were
    /// classified against. Where a renumbered mark falls across runs (a note changed as well
    /// as its number), the plain diff of the texts as written.
    pub fn runs<'o>(
        &self,
        old: &'o str,
        new: &str,
        opts: &DiffOptions,
    ) -> (Vec<Segment>, Cow<'o, str>) {
        let moved = self.renumbered_against(old, Some(new));
        if matches!(moved, Cow::Borrowed(_)) {
            return (diff_text(old, new, opts), moved);
        }
        let runs = diff_text(&moved, new, opts);
        match restore(&runs, &cited(old)) {
            Some(runs) => (runs, moved),
            None => (diff_text(old, new, opts), Cow::Borrowed(old)),
        }
    }
}

/// `runs` (of the renumbered old text against the new) with each renumbered mark given back its
/// old number: a kept mark as a run of its own with [`Segment::was`], a deleted one as written.
/// `marks`: the old text's marks in order. None when a renumbered mark is not whole in one run.
fn restore(runs: &[Segment], marks: &[&str]) -> Option<Vec<Segment>> {
    // The old side, as the runs give it: equal and deleted runs (an equal run under a
    // normalisation shows the new words, but a mark is ASCII and equal as it is).
    let mut stream = String::new();
    let mut spans: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, r) in runs.iter().enumerate().filter(|(_, r)| r.op != Op::Insert) {
        let start = stream.len();
        stream.push_str(&r.text);
        spans.push((i, start..stream.len()));
    }
    let found = cites(&stream);
    if found.len() != marks.len() {
        return None;
    }
    // Per run: (range in the run, old mark) of each renumbered mark in it.
    let mut edits: Vec<Vec<(Range<usize>, &str)>> = vec![Vec::new(); runs.len()];
    for ((range, mark), old) in found.into_iter().zip(marks) {
        if mark == *old {
            continue;
        }
        let number = range.start + 2..range.end - 1;
        let within = |r: &Range<usize>| {
            spans
                .iter()
                .find(|(_, s)| s.start <= r.start && r.end <= s.end)
        };
        let (i, span) = match within(&range) {
            Some((i, s)) => (*i, s.clone()),
            // Only its number changed hands: the brackets are kept around a replaced number.
            None => match within(&number) {
                Some((i, s)) if runs[*i].op == Op::Delete => (*i, s.clone()),
                _ => return None,
            },
        };
        let local = |r: &Range<usize>| r.start - span.start..r.end - span.start;
        let whole = span.start <= range.start && range.end <= span.end;
        edits[i].push((if whole { local(&range) } else { local(&number) }, old));
    }
    let mut out = Vec::with_capacity(runs.len() + 2 * marks.len());
    for (r, edits) in runs.iter().zip(edits) {
        if edits.is_empty() {
            out.push(r.clone());
            continue;
        }
        let mut last = 0;
        let mut deleted = String::new();
        for (range, old) in edits {
            let before = &r.text[last..range.start];
            if r.op == Op::Delete {
                deleted.push_str(before);
                let mark = &r.text[range.clone()];
                deleted.push_str(&if mark.starts_with("[^") {
                    format!("[^{old}]")
                } else {
                    old.to_string()
                });
            } else {
                if !before.is_empty() {
                    out.push(Segment::new(Op::Equal, before));
                }
                out.push(Segment {
                    was: Some(old.to_string()),
                    ..Segment::new(Op::Equal, &r.text[range.clone()])
                });
            }
            last = range.end;
        }
        if r.op == Op::Delete {
            deleted.push_str(&r.text[last..]);
            out.push(Segment::new(Op::Delete, deleted));
        } else if last < r.text.len() {
            out.push(Segment::new(Op::Equal, &r.text[last..]));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(mark: &str, text: &str) -> Footnote {
        Footnote {
            mark: mark.into(),
            text: text.into(),
        }
    }

    #[test]
    fn a_mark_straddling_runs_is_given_back_as_written() {
        let pairing = NotePairing::new(
            &[note("4", "See A/C.2/59/3, annex.")],
            &[note("6", "See A/C.2/59/3, annex."), note("7", "Other.")],
            &DiffOptions::default(),
        );
        let old = "Recalling,[^4] and more";
        let (runs, moved) = pairing.runs(old, "Recalling,[^7] and more", &Default::default());
        assert_eq!(moved, "Recalling,[^6] and more");
        assert_eq!(super::super::old_text(&runs), old);
        assert!(runs.iter().all(|r| r.was.is_none()));
        let (runs, _) = pairing.runs(old, "Recalling,[^6] and more", &Default::default());
        assert_eq!(super::super::old_text(&runs), old);
        assert!(runs.iter().all(|r| r.op == Op::Equal));
        assert_eq!(runs[1].was.as_deref(), Some("4"));
    }
}
