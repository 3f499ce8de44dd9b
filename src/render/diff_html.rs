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
//! names ("A/RES/79/194 (2024)"). A changed title is the first row (class `title`), as the text
//! formats' `title:` line: the page names the texts by symbol only, so nowhere else would it
//! show. An unlabelled preambular paragraph of a UN text is numbered as the UN counts them (PP3).

use maud::{Markup, html};

use super::diff_notes::{notes, runs};
use super::head_lines::head_lines;
use super::html::{clause_path, isolated, paragraph_link};
use super::tree_html::anchor;
use super::{names, shown};
use crate::diff::{Change, ClauseChange, DocDiff, Op, Segment};
use crate::model::{ClausePath, Language};

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
#[derive(Clone, Copy, Default)]
pub struct Links<'a> {
    /// The old text's page.
    pub old: Option<&'a str>,
    /// The new text's page.
    pub new: Option<&'a str>,
    /// A paragraph's own page, given the side (`true` for the old text) and its place there.
    pub paragraph: Option<&'a ParagraphLink<'a>>,
}

/// Names a paragraph's own page: given the side (`true` for the old text) and the
/// paragraph's place there.
pub type ParagraphLink<'a> = dyn Fn(bool, &ClausePath) -> Option<String> + 'a;

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
    let pp = super::diff_text::preambular_starts(diff);
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
            @for (head, l) in head_lines(diff) {
                (Row {
                    change: l.change,
                    label: Markup::default(),
                    runs: &l.inline,
                    depth: 0,
                    href: None,
                    note: String::new(),
                    rtl,
                    own: None,
                }
                .render(layout, head.name()))
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

/// The ITU symbols and what they mean, for a page of English texts (see [`legend_in`]).
pub fn legend() -> String {
    legend_in(Language::En)
}

/// The ITU symbols and what they mean, for a page of texts in `lang`. The symbols are ITU's,
/// written the same in every language; their explanations are not, and one stands here in a
/// language only where a term for it has been read in a source. None has been for a language
/// but English (ITU's proposal conventions, `../shared/README.md`), so a page in another
/// language explains them in English, marked `lang="en"` and saying so: a term of our own
/// making would read as ITU's.
pub fn legend_in(lang: Language) -> String {
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
    // English where the page's language has no sourced term (every language but English).
    let english = (lang != Language::En).then_some("en");
    html! {
        dl class="legend" dir="ltr" {
            @for (c, meaning) in MEANINGS {
                dt class=(change_class(c)) { (c.symbol()) }
                dd lang=[english] { (meaning) }
            }
            dt { ins lang=[english] { "underlined" } } dd lang=[english] { "words inserted" }
            dt { del lang=[english] { "struck through" } } dd lang=[english] { "words deleted" }
        }
        "\n"
        @if english.is_some() {
            p class="legend-note" lang="en" dir="ltr" {
                "The symbols are ITU's, the same in every language; their explanations are in \
                 English, as no " (lang.english_name()) " term for them has been read in a source."
            }
            "\n"
        }
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
        let number = super::diff_text::preambular_label(c, at.pp);
        let label = match (&c.old_label, &c.new_label, number) {
            (_, _, Some(n)) => html! { (n) },
            (Some(o), Some(n), None) if c.relabeled && !c.moved => {
                html! { del { (shown(o)) } " " ins { (shown(n)) } }
            }
            _ => html! { (shown(written.as_deref().unwrap_or(""))) },
        };
        let note = c.move_note().unwrap_or_default();
        let own = self.links.paragraph.and_then(|link| {
            let p = clause_path(section?, path)?;
            link(on_old || c.new_index.is_none(), &p)
        });
        html! {
            (Row {
                change: c.change,
                label,
                runs: &c.inline,
                depth,
                href: target,
                note,
                rtl: self.rtl,
                own,
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

/// A clause with nothing changed in it or below it, and no renumbered note mark to show.
fn unchanged(c: &ClauseChange) -> bool {
    !c.touched() && !c.renumbers_notes()
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
    /// The paragraph's own page.
    own: Option<String>,
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
                        (paragraph_link(self.own.clone()))
                    }
                    Layout::SideBySide => {
                        div class="old" { (side(Op::Delete)) }
                        div class="new" { (side(Op::Insert)) (note) (paragraph_link(self.own.clone())) }
                    }
                }
            }
            "\n"
        }
    }
}
