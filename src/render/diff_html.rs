//! `diff` as HTML: the diff as an HTML fragment for the web app and the static site, inline (one
//! column, `<del>` and `<ins>` in place) or side by side (old and new columns).
//!
//! Every clause is a row with its ITU symbol; the symbol links to the provision in the text it
//! stands in (the new text, or the old one for SUP and SUP*), at the anchor
//! [`super::tree_html`] gives it. A run of two or more unchanged provisions folds into a
//! `<details>` (no script needed). Arabic is `dir="rtl"`, so the old column stands at the right.
//! Deleted and inserted runs of clause text are the diff's segments one to one, so counting
//! `.text del` and `.text ins` gives the JSON diff's delete and insert runs; only a footnote
//! mark that was renumbered shows as one superscript, "6 (was 4)", not as a change.
//!
//! Footnote marks are superscript links to the notes listed at the end of the diff: the new
//! text's notes (`#fn-6`), and the old text's under their old marks (`#fno-4`, on the same
//! note where its words are unchanged). Side by side, the columns are headed by the texts'
//! names ("A/RES/79/194 (2024)"). An unlabelled preambular paragraph of a UN text is numbered
//! as the UN counts them (PP3).

use maud::{Markup, html};

use super::html::{NoteSide, isolated, next_mark, note_id, note_mark, noted};
use super::tree_html::anchor;
use super::{names, shown};
use crate::diff::{Change, ClauseChange, DocDiff, Op, SectionChange, Segment};
use crate::model::Part;

/// One column or two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// One column, deletions and insertions in place.
    Inline,
    /// The old text at the start side, the new one beside it.
    SideBySide,
}

/// Where the two texts' pages are, for the links from each change to its provision; `None`
/// leaves the symbols unlinked (texts that have no page, such as uploads).
#[derive(Debug, Clone, Copy, Default)]
pub struct Links<'a> {
    /// The old text's page.
    pub old: Option<&'a str>,
    /// The new text's page.
    pub new: Option<&'a str>,
}

/// The diff as a `<div class="diff">`.
pub fn render(diff: &DocDiff, layout: Layout, links: Links<'_>) -> String {
    let lang = diff.new.language;
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    let class = match layout {
        Layout::Inline => "inline",
        Layout::SideBySide => "sbs",
    };
    let rtl = lang.is_rtl();
    let w = Writer { layout, links, rtl };
    let pp = preambular_offsets(diff);
    html! {
        div class={ "diff " (class) } lang=(lang) dir=(dir) {
            "\n"
            (summary(diff))
            @if !diff.has_changes() {
                p class="same" dir="ltr" { "No changes." } "\n"
            }
            @if layout == Layout::SideBySide {
                div class="row head" {
                    span class="sym" {}
                    div class="old" { (names::heading(&diff.old)) }
                    div class="new" { (names::heading(&diff.new)) }
                }
                "\n"
            }
            @if let Some(f) = &diff.formula {
                (Row {
                    change: f.change,
                    label: Markup::default(),
                    runs: &f.inline,
                    depth: 0,
                    href: None,
                    note: String::new(),
                    rtl,
                }
                .render(layout, "formula"))
            }
            @for (s, pp) in diff.sections.iter().zip(pp) {
                section class=(change_class(s.change)) {
                    "\n"
                    h3 {
                        span class="sym" dir="ltr" { (s.change.symbol()) }
                        " "
                        @match (&s.old_heading, &s.new_heading) {
                            (Some(o), Some(n)) if o != n => {
                                del { (isolated(o, rtl)) } " " ins { (isolated(n, rtl)) }
                            }
                            (o, n) => (isolated(n.as_ref().or(o.as_ref()).map_or("", String::as_str), rtl)),
                        }
                        " "
                        span class="kind" dir="ltr" { (s.kind) }
                    }
                    "\n"
                    (w.clauses(&s.clauses, &Place {
                        old_section: s.old_index,
                        new_section: s.new_index,
                        old: Vec::new(),
                        new: Vec::new(),
                        pp,
                    }, 0))
                }
                "\n"
            }
            (notes(diff, rtl))
        }
        "\n"
    }
    .into_string()
}

/// Where each section's top-level paragraphs start in the UN's count of preambular paragraphs
/// (old side, new side); `None` for operative sections and ITU texts.
fn preambular_offsets(diff: &DocDiff) -> Vec<Option<(usize, usize)>> {
    let un = diff.new.body.is_some_and(crate::model::Body::is_un);
    let (mut old, mut new) = (0, 0);
    diff.sections
        .iter()
        .map(|s: &SectionChange| {
            (un && s.kind.part() == Part::Preamble).then(|| {
                let at = (old, new);
                old += s.clauses.iter().filter(|c| c.old_index.is_some()).count();
                new += s.clauses.iter().filter(|c| c.new_index.is_some()).count();
                at
            })
        })
        .collect()
}

/// The notes of both texts at the end of the diff, each with the anchor its marks link to. A
/// note whose words the old text has under another mark carries that mark's anchor too; a
/// note that changed shows its words' changes; one only the old text has is struck through.
fn notes(diff: &DocDiff, rtl: bool) -> Markup {
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

/// The ITU symbols and what they mean, for a page that shows them.
pub fn legend() -> String {
    const MEANINGS: [(Change, &str); 7] = [
        (Change::Add, "added: only in the new text"),
        (Change::Sup, "suppressed: only in the old text"),
        (Change::Mod, "modified: words changed"),
        (
            Change::Editorial,
            "editorial: punctuation, numbering or a cited text's revision only",
        ),
        (Change::Noc, "no change"),
        (Change::AddMoved, "moved here from elsewhere in the text"),
        (Change::SupMoved, "moved from here to elsewhere in the text"),
    ];
    html! {
        dl class="legend" dir="ltr" {
            @for (c, meaning) in MEANINGS {
                dt class=(change_class(c)) { (c.symbol()) }
                dd { (meaning) }
            }
            dt { ins { "underlined" } } dd { "words inserted" }
            dt { del { "struck through" } } dd { "words deleted" }
        }
        "\n"
    }
    .into_string()
}

fn summary(diff: &DocDiff) -> Markup {
    html! {
        table class="summary" dir="ltr" {
            tr {
                @for c in Change::ALL {
                    th class=(change_class(c)) { (c.symbol()) }
                }
            }
            tr {
                @for c in Change::ALL {
                    td { (diff.summary[c]) }
                }
            }
        }
        "\n"
    }
}

/// A CSS class per ITU symbol.
pub fn change_class(c: Change) -> &'static str {
    match c {
        Change::Noc => "chg-noc",
        Change::Editorial => "chg-edit",
        Change::Mod => "chg-mod",
        Change::Add => "chg-add",
        Change::Sup => "chg-sup",
        Change::AddMoved => "chg-addm",
        Change::SupMoved => "chg-supm",
    }
}

/// Where a clause list stands in each text: section and path of 1-based places.
struct Place {
    old_section: Option<usize>,
    new_section: Option<usize>,
    old: Vec<usize>,
    new: Vec<usize>,
    /// The section's start in the UN's count of preambular paragraphs (old, new).
    pp: Option<(usize, usize)>,
}

struct Writer<'a> {
    layout: Layout,
    links: Links<'a>,
    rtl: bool,
}

impl Writer<'_> {
    fn clauses(&self, cs: &[ClauseChange], at: &Place, depth: usize) -> Markup {
        html! {
            @for run in folds(cs) {
                @if run.len() >= 2 {
                    details class="fold" {
                        summary dir="ltr" {
                            (run.iter().map(count).sum::<usize>()) " unchanged provisions"
                        }
                        "\n"
                        @for c in run {
                            (self.clause(c, at, depth))
                        }
                    }
                    "\n"
                } @else {
                    @for c in run {
                        (self.clause(c, at, depth))
                    }
                }
            }
        }
    }

    fn clause(&self, c: &ClauseChange, at: &Place, depth: usize) -> Markup {
        let mut old = at.old.clone();
        let mut new = at.new.clone();
        let here = Place {
            old_section: at.old_section,
            new_section: at.new_section,
            pp: None,
            old: match c.old_index {
                Some(i) => {
                    old.push(i);
                    old
                }
                None => Vec::new(),
            },
            new: match c.new_index {
                Some(i) => {
                    new.push(i);
                    new
                }
                None => Vec::new(),
            },
        };
        let on_old = matches!(c.change, Change::Sup | Change::SupMoved);
        let (href, section, path) = if on_old {
            (self.links.old, here.old_section, &here.old)
        } else {
            (self.links.new, here.new_section, &here.new)
        };
        let target = match (href, section) {
            (Some(h), Some(s)) if path.len() == depth + 1 => {
                Some(format!("{h}#{}", anchor(s, path)))
            }
            _ => None,
        };
        let written = super::diff_text::shown_label(c, &c.old_label, &c.new_label);
        let number = match at.pp {
            Some((old_at, new_at)) if written.as_deref().is_none_or(|l| l.trim().is_empty()) => {
                match (c.old_index, c.new_index) {
                    (_, Some(n)) if !on_old => Some(names::preambular(new_at + n)),
                    (Some(o), _) => Some(names::preambular(old_at + o)),
                    _ => None,
                }
            }
            _ => None,
        };
        let label = match (&c.old_label, &c.new_label, number) {
            (_, _, Some(n)) => html! { (n) },
            (Some(o), Some(n), None) if c.relabeled && !c.moved => {
                html! { del { (shown(o)) } " " ins { (shown(n)) } }
            }
            _ => html! { (shown(written.as_deref().unwrap_or(""))) },
        };
        let note = c.move_note().unwrap_or_default();
        html! {
            (Row {
                change: c.change,
                label,
                runs: &c.inline,
                depth,
                href: target,
                note,
                rtl: self.rtl,
            }
            .render(self.layout, "clause"))
            (self.clauses(&c.children, &here, depth + 1))
        }
    }
}

/// The clauses in runs: each changed clause alone, unchanged ones together (a run of two or
/// more folds).
fn folds(cs: &[ClauseChange]) -> Vec<&[ClauseChange]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let run = cs[i..].iter().take_while(|c| unchanged(c)).count().max(1);
        out.push(&cs[i..i + run]);
        i += run;
    }
    out
}

/// A clause with nothing changed in it or below it.
fn unchanged(c: &ClauseChange) -> bool {
    !c.touched()
}

fn count(c: &ClauseChange) -> usize {
    1 + c.children.iter().map(count).sum::<usize>()
}

struct Row<'a> {
    change: Change,
    label: Markup,
    runs: &'a [Segment],
    depth: usize,
    href: Option<String>,
    note: String,
    rtl: bool,
}

impl Row<'_> {
    fn render(&self, layout: Layout, kind: &str) -> Markup {
        let side = |keep: Op| {
            let text = runs(self.runs, |op| op == Op::Equal || op == keep, self.rtl);
            html! {
                @if !text.0.is_empty() {
                    span class="label" { (self.label) }
                    span class="text" { (text) }
                }
            }
        };
        let note = html! {
            @if !self.note.is_empty() {
                " " span class="note" dir="ltr" { "(" (shown(&self.note)) ")" }
            }
        };
        html! {
            div class={ "row " (kind) " " (change_class(self.change)) " depth-" (self.depth.min(4)) } {
                @match &self.href {
                    Some(h) => a class="sym" dir="ltr" href=(shown(h)) { (self.change.symbol()) },
                    None => span class="sym" dir="ltr" { (self.change.symbol()) },
                }
                @match layout {
                    Layout::Inline => {
                        span class="label" { (self.label) }
                        span class="text" { (runs(self.runs, |_| true, self.rtl)) }
                        (note)
                    }
                    Layout::SideBySide => {
                        div class="old" { (side(Op::Delete)) }
                        div class="new" { (side(Op::Insert)) (note) }
                    }
                }
            }
            "\n"
        }
    }
}

/// Segments as HTML, those `keep` accepts. Marks are whole first (see [`whole_marks`]); a
/// deleted mark right before an inserted one is a renumbered note: "6 (was 4)".
fn runs(segments: &[Segment], keep: impl Fn(Op) -> bool, rtl: bool) -> Markup {
    let segs = whole_marks(segments);
    fn only_mark(t: &str) -> Option<&str> {
        next_mark(t)
            .filter(|(r, _)| *r == (0..t.len()))
            .map(|(_, m)| m)
    }
    let mut out: Vec<Markup> = Vec::with_capacity(segs.len());
    let mut i = 0;
    while i < segs.len() {
        let s = &segs[i];
        if s.op == Op::Delete
            && let Some(next) = segs.get(i + 1)
            && next.op == Op::Insert
            && let (Some(old), Some(new)) = (only_mark(&s.text), only_mark(&next.text))
        {
            out.push(renumbered(old, new));
            i += 2;
            continue;
        }
        if keep(s.op) {
            out.push(match s.op {
                Op::Equal => noted(&s.text, NoteSide::New, rtl),
                Op::Insert => html! { ins { (noted(&s.text, NoteSide::New, rtl)) } },
                Op::Delete => html! { del { (noted(&s.text, NoteSide::Old, rtl)) } },
            });
        }
        i += 1;
    }
    html! { @for m in out { (m) } }
}

/// A footnote renumbered between the texts: its new mark, linking to the note, and the old.
/// (Which notes are the same note is the diff's to say; here a mark replaced by a mark.)
fn renumbered(old: &str, new: &str) -> Markup {
    html! {
        (note_mark(NoteSide::New, new))
        sup class="was" dir="ltr" { "(was " (shown(old)) ")" }
    }
}

/// The segments with no footnote mark cut between them: the word diff may keep `[^` and `]`
/// and change only the number (`[^` `4`→`6` `]`); that becomes the whole old mark deleted and
/// the whole new one inserted, so each renders as one mark.
fn whole_marks(segments: &[Segment]) -> Vec<Segment> {
    let mut segs = segments.to_vec();
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    let seg = |op, text: String| Segment { op, text };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn s(op: Op, text: &str) -> Segment {
        Segment {
            op,
            text: text.to_string(),
        }
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

    fn runs_html(segs: &[Segment]) -> String {
        runs(segs, |_| true, true).into_string()
    }
}
