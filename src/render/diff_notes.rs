//! The footnotes of an HTML diff ([`super::diff_html`]): the runs of a clause with each mark a
//! superscript link to its note, a renumbered mark as "6 (was 4)", and the notes of both texts
//! listed at the end, each the anchor its marks link to.

use maud::{Markup, html};

use super::diff_html::change_class;
use super::html::{NoteSide, note_id, note_mark, noted, only_mark};
use super::shown;
use crate::diff::{DocDiff, Op, Segment};

/// The notes of both texts at the end of the diff, each with the anchor its marks link to. A
/// note whose words the old text has under another mark carries that mark's anchor too; a
/// note that changed shows its words' changes; one only the old text has is struck through.
pub(super) fn notes(diff: &DocDiff, rtl: bool) -> Markup {
    let (old, new) = (&diff.footnotes.old, &diff.footnotes.new);
    if old.is_empty() && new.is_empty() {
        return Markup::default();
    }
    let changes = diff.note_changes();
    let change_of = |mark: &str, new_side: bool| {
        changes.iter().find(|c| {
            let f = if new_side { c.new } else { c.old };
            f.is_some_and(|f| f.mark == mark)
        })
    };
    html! {
        section class="notes" {
            "\n"
            h3 dir="ltr" { "Notes" } "\n"
            ol class="footnotes" {
                "\n"
                @for f in new {
                    li id=(note_id(NoteSide::New, &f.mark)) {
                        @for o in old.iter().filter(|o| o.text == f.text || change_of(&o.mark, false).is_some_and(|c| c.new.is_some_and(|n| n.mark == f.mark))) {
                            span id=(note_id(NoteSide::Old, &o.mark)) {}
                        }
                        span class="mark" { (shown(&f.mark)) }
                        @if let Some(o) = old.iter().find(|o| o.text == f.text && o.mark != f.mark) {
                            " " span class="was" dir="ltr" { "(was " (shown(&o.mark)) ")" }
                        }
                        " "
                        @match change_of(&f.mark, true) {
                            Some(c) => {
                                span class={ "text " (change_class(c.change())) } { (runs(&c.inline, |_| true, rtl)) }
                            }
                            None => span class="text" { (noted(&f.text, NoteSide::New, rtl)) },
                        }
                    }
                    "\n"
                }
                @for o in old.iter().filter(|o| !new.iter().any(|f| f.text == o.text) && change_of(&o.mark, false).is_none_or(|c| c.new.is_none())) {
                    li id=(note_id(NoteSide::Old, &o.mark)) class="chg-sup" {
                        span class="mark" { (shown(&o.mark)) } " "
                        span class="text" { del { (noted(&o.text, NoteSide::Old, rtl)) } }
                    }
                    "\n"
                }
            }
            "\n"
        }
        "\n"
    }
}

/// Segments as HTML, those `keep` accepts. Marks are whole first (see [`whole_marks`]); a
/// deleted mark right before an inserted one is a renumbered note: "6 (was 4)".
pub(crate) fn runs(segments: &[Segment], keep: impl Fn(Op) -> bool, rtl: bool) -> Markup {
    runs_with(segments, keep, rtl, true)
}

/// As [`runs`]; `linked` false leaves the marks unlinked, for a page that lists no notes.
pub(crate) fn runs_with(
    segments: &[Segment],
    keep: impl Fn(Op) -> bool,
    rtl: bool,
    linked: bool,
) -> Markup {
    let (old_side, new_side) = if linked {
        (NoteSide::Old, NoteSide::New)
    } else {
        (NoteSide::Unlinked, NoteSide::Unlinked)
    };
    // The old column of a side-by-side view: a renumbered mark there reads its old number.
    let old_column = keep(Op::Delete) && !keep(Op::Insert);
    let segs = whole_marks(segments);
    let how = super::visible::shown_runs(&segs);
    let mut out: Vec<Markup> = Vec::with_capacity(segs.len());
    let mut i = 0;
    while i < segs.len() {
        let s = &segs[i];
        if s.op == Op::Delete
            && let Some(next) = segs.get(i + 1)
            && next.op == Op::Insert
            && let (Some(old), Some(new)) = (only_mark(&s.text), only_mark(&next.text))
        {
            out.push(if old_column {
                note_mark(old_side, old)
            } else {
                renumbered(old, new, new_side)
            });
            i += 2;
            continue;
        }
        if keep(s.op) {
            out.push(match (s.op, &s.was, only_mark(&s.text)) {
                // The same note under a new number (the diff paired the notes by their words).
                (Op::Equal, Some(_), _) if old_column => noted(&s.old_side(), old_side, rtl),
                (Op::Equal, Some(was), Some(new)) => renumbered(was, new, new_side),
                (Op::Equal, ..) => noted(&s.text, new_side, rtl),
                (Op::Insert, ..) => {
                    html! { ins { (changed(&s.text, how[i].name, new_side, rtl)) } }
                }
                (Op::Delete, ..) => {
                    html! { del { (changed(&s.text, how[i].name, old_side, rtl)) } }
                }
            });
            if let Some(n) = &how[i].note {
                out.push(html! { " " span class="invisible" { "⟨" (shown(n)) "⟩" } });
            }
        }
        i += 1;
    }
    html! { @for m in out { (m) } }
}

/// A changed run: where invisible characters are the change (`name`), each is a labelled mark
/// (`⟨NBSP⟩`, its full name and code point as the title); otherwise the text with its notes.
fn changed(text: &str, name: bool, side: NoteSide, rtl: bool) -> Markup {
    use super::visible::{Piece, pieces};
    if !name {
        return noted(text, side, rtl);
    }
    html! {
        @for p in pieces(text) {
            @match p {
                Piece::Text(t) => (shown(&t)),
                Piece::Named(short, long, c) => {
                    span class="invisible" title={ (long) " (U+" (format!("{:04X}", u32::from(c))) ")" } {
                        "⟨" (short) "⟩"
                    }
                }
            }
        }
    }
}

/// A footnote renumbered between the texts: its new mark, linking to the note, and the old.
/// (Which notes are the same note is the diff's to say; here a mark replaced by a mark.)
fn renumbered(old: &str, new: &str, side: NoteSide) -> Markup {
    html! {
        (note_mark(side, new))
        sup class="was" dir="ltr" title={ "footnote " (shown(old)) " in the old text" } { "(was " (shown(old)) ")" }
    }
}

/// The segments with no footnote mark cut between them: the word diff may keep `[^` and `]`
/// and change only the number (`[^` `4`→`6` `]`); that becomes the whole old mark deleted and
/// the whole new one inserted, so each renders as one mark.
pub(crate) fn whole_marks(segments: &[Segment]) -> Vec<Segment> {
    closed_after_changes(opened_before_changes(segments))
}

/// Marks cut after their opening: `[^` kept, then the changed runs, then the rest.
fn opened_before_changes(segments: &[Segment]) -> Vec<Segment> {
    let mut segs = segments.to_vec();
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    let seg = |op, text: String| Segment::new(op, text);
    let plain = |t: &str| !t.contains(['[', ']']) && !t.contains(char::is_whitespace);
    let mut i = 0;
    while i < segs.len() {
        let open = (segs[i].op == Op::Equal)
            .then(|| segs[i].text.rfind("[^"))
            .flatten()
            .filter(|&k| !segs[i].text[k..].contains(']'));
        // The changed runs after the opening, up to the next kept run.
        let j = segs[i + 1..]
            .iter()
            .position(|t| t.op == Op::Equal)
            .map_or(segs.len(), |p| i + 1 + p);
        let Some(k) = open.filter(|&k| j > i + 1 && plain(&segs[i].text[k + 2..])) else {
            out.push(segs[i].clone());
            i += 1;
            continue;
        };
        let changed = |op| -> String {
            segs[i + 1..j]
                .iter()
                .filter(|t| t.op == op)
                .map(|t| t.text.as_str())
                .collect()
        };
        let (del, ins) = (changed(Op::Delete), changed(Op::Insert));
        let head = segs[i].text[k..].to_string();
        match (del.find(']'), ins.find(']')) {
            // Only the number changed: the kept run after closes both marks.
            (None, None) if j < segs.len() && plain(&del) && plain(&ins) => {
                let Some(close) = segs[j]
                    .text
                    .find(']')
                    .filter(|&c| plain(&segs[j].text[..c]))
                else {
                    out.push(segs[i].clone());
                    i += 1;
                    continue;
                };
                let tail = segs[j].text[..=close].to_string();
                if k > 0 {
                    out.push(seg(Op::Equal, segs[i].text[..k].to_string()));
                }
                out.push(seg(Op::Delete, format!("{head}{del}{tail}")));
                out.push(seg(Op::Insert, format!("{head}{ins}{tail}")));
                segs[j].text.replace_range(..=close, "");
                i = if segs[j].text.is_empty() { j + 1 } else { j };
            }
            // Each side closes its own mark, and goes on with words of its own.
            (Some(cd), Some(ci)) if plain(&del[..cd]) && plain(&ins[..ci]) => {
                if k > 0 {
                    out.push(seg(Op::Equal, segs[i].text[..k].to_string()));
                }
                out.push(seg(Op::Delete, format!("{head}{}", &del[..=cd])));
                out.push(seg(Op::Insert, format!("{head}{}", &ins[..=ci])));
                if cd + 1 < del.len() {
                    out.push(seg(Op::Delete, del[cd + 1..].to_string()));
                }
                if ci + 1 < ins.len() {
                    out.push(seg(Op::Insert, ins[ci + 1..].to_string()));
                }
                i = j;
            }
            _ => {
                out.push(segs[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// Marks opened inside the changed runs on both sides (`[^18` deleted, `… [^23` inserted)
/// and closed by the kept run after them (`]`): the close goes into both sides.
fn closed_after_changes(mut segs: Vec<Segment>) -> Vec<Segment> {
    let plain = |t: &str| !t.contains(['[', ']']) && !t.contains(char::is_whitespace);
    let unclosed = |t: &str| {
        t.rfind("[^")
            .is_some_and(|k| !t[k..].contains(']') && plain(&t[k + 2..]))
    };
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    let mut i = 0;
    while i < segs.len() {
        if segs[i].op == Op::Equal {
            out.push(segs[i].clone());
            i += 1;
            continue;
        }
        let j = segs[i..]
            .iter()
            .position(|t| t.op == Op::Equal)
            .map_or(segs.len(), |p| i + p);
        let side = |op| -> String {
            segs[i..j]
                .iter()
                .filter(|t| t.op == op)
                .map(|t| t.text.as_str())
                .collect()
        };
        let (del, ins) = (side(Op::Delete), side(Op::Insert));
        let close = segs
            .get(j)
            .and_then(|e| e.text.find(']').filter(|&c| plain(&e.text[..c])));
        match close {
            Some(c) if unclosed(&del) && unclosed(&ins) => {
                let tail = segs[j].text[..=c].to_string();
                out.push(Segment::new(Op::Delete, format!("{del}{tail}")));
                out.push(Segment::new(Op::Insert, format!("{ins}{tail}")));
                segs[j].text.replace_range(..=c, "");
                if segs[j].text.is_empty() {
                    i = j + 1;
                    continue;
                }
            }
            _ => out.extend(segs[i..j].iter().cloned()),
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(op: Op, text: &str) -> Segment {
        Segment::new(op, text)
    }

    /// The runs as text, each op's marker before it: `=` kept, `-` deleted, `+` inserted.
    fn shown(segs: &[Segment]) -> Vec<String> {
        segs.iter()
            .map(|x| {
                let m = match x.op {
                    Op::Equal => '=',
                    Op::Delete => '-',
                    Op::Insert => '+',
                };
                format!("{m}{}", x.text)
            })
            .collect()
    }

    #[test]
    fn a_renumbered_mark_becomes_whole_marks() {
        // As the word diff cuts A/RES/79/194 -> 80/118 (Arabic, PP9): two marks in a row.
        let runs = [
            s(Op::Equal, "2003[^"),
            s(Op::Delete, "4"),
            s(Op::Insert, "6"),
            s(Op::Equal, "]، وأقرتها[^"),
            s(Op::Delete, "5"),
            s(Op::Insert, "7"),
            s(Op::Equal, "]،"),
        ];
        assert_eq!(
            shown(&whole_marks(&runs)),
            [
                "=2003",
                "-[^4]",
                "+[^6]",
                "=، وأقرتها",
                "-[^5]",
                "+[^7]",
                "=،"
            ]
        );
        let html = runs_html(&runs);
        assert!(!html.contains("[^"), "{html}");
        assert!(html.contains("href=\"#fn-6\""), "{html}");
        assert!(html.contains("(was 4)"), "{html}");
    }

    #[test]
    fn a_mark_closed_inside_changed_words_is_whole_too() {
        let runs = [
            s(Op::Equal, "2020[^"),
            s(Op::Delete, "12]، فضلا عن "),
            s(Op::Insert, "15]،"),
            s(Op::Equal, " المشتركة"),
        ];
        assert_eq!(
            shown(&whole_marks(&runs)),
            [
                "=2020",
                "-[^12]",
                "+[^15]",
                "-، فضلا عن ",
                "+،",
                "= المشتركة"
            ]
        );
    }

    #[test]
    fn a_mark_opened_inside_changed_words_is_closed_on_both_sides() {
        // A/RES/79/194 -> 80/118 (Arabic): a new phrase and a renumbered note before one `]`.
        let runs = [
            s(Op::Equal, "التنمية"),
            s(Op::Delete, "[^18"),
            s(Op::Insert, "، والتزام إشبيلية[^23"),
            s(Op::Equal, "]؛"),
        ];
        assert_eq!(
            shown(&whole_marks(&runs)),
            ["=التنمية", "-[^18]", "+، والتزام إشبيلية[^23]", "=؛"]
        );
        assert!(!runs_html(&runs).contains("[^"));
    }

    fn runs_html(segs: &[Segment]) -> String {
        runs(segs, |_| true, true).into_string()
    }
}
