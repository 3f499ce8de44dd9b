//! What the HTML renderers share. They write with maud's `html!`, which escapes every value it
//! splices in; document text goes through [`shown`] first, so control characters are visible.
//! `PreEscaped` wraps only constants of the renderers (CSS) and fragments maud rendered already.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::shown;
use crate::model::text::is_right_to_left;

/// Text whose lines are kept apart by `<br>`.
pub(crate) fn lines(text: &str) -> Markup {
    html! {
        @for (i, line) in shown(text).split('\n').enumerate() {
            @if i > 0 { br; }
            (line)
        }
    }
}

/// A page of its own for a report: its title, inline CSS, the `<h1>` heading and `body` below.
/// `dir` is `None` for pages that leave the direction to each element.
pub(crate) fn page(
    dir: Option<&str>,
    title: &str,
    heading: &str,
    css: &str,
    body: Markup,
) -> String {
    html! {
        (DOCTYPE) "\n"
        html dir=[dir] {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                title { (shown(title)) } "\n"
                // A constant of the renderer, not text of a document.
                style { (PreEscaped(css)) }
                "\n"
            }
            "\n"
            body {
                "\n"
                h1 { (shown(heading)) } "\n"
                (body)
            }
            "\n"
        }
        "\n"
    }
    .into_string()
}

/// A clause's place from a renderer's 1-based section and path (as anchors count them).
pub(crate) fn clause_path(section: usize, path: &[usize]) -> Option<crate::model::ClausePath> {
    let (first, rest) = path.split_first()?;
    let top = crate::model::ClausePath::top(section.checked_sub(1)?, first.checked_sub(1)?);
    rest.iter()
        .try_fold(top, |p, &i| Some(p.child(i.checked_sub(1)?)))
}

/// The small link from a paragraph to its own page (its text in every revision).
pub(crate) fn paragraph_link(href: Option<String>) -> Markup {
    html! {
        @if let Some(h) = href {
            " " a class="para" dir="ltr" href=(h) title="this paragraph in every revision" { "§" }
        }
    }
}

/// Which text's notes a footnote mark points to: on a diff page the old text's notes have
/// anchors of their own (`fno-4`), the new text's and a lone text's are `fn-4`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NoteSide {
    Old,
    New,
    /// On a page that lists no notes: the mark as a superscript, linking nowhere.
    Unlinked,
}

/// The anchor of a footnote on a page.
pub(crate) fn note_id(side: NoteSide, mark: &str) -> String {
    match side {
        NoteSide::Old => format!("fno-{mark}"),
        NoteSide::New | NoteSide::Unlinked => format!("fn-{mark}"),
    }
}

/// A footnote mark as a reader sees it: a superscript number linking to its note.
pub(crate) fn note_mark(side: NoteSide, mark: &str) -> Markup {
    html! {
        @if side == NoteSide::Unlinked {
            sup class="mark" { (shown(mark)) }
        } @else {
            sup class="fn" { a href={ "#" (note_id(side, mark)) } { (shown(mark)) } }
        }
    }
}

/// `text` cut at its footnote marks, read as [`crate::diff::cited`] reads them: each run of words
/// with the mark after it (`4` of `[^4]`), the last run with none.
pub(crate) fn at_marks(text: &str) -> Vec<(&str, Option<&str>)> {
    let mut out = Vec::new();
    let mut last = 0;
    for (r, m) in crate::diff::marks::cites(text) {
        out.push((&text[last..r.start], Some(m)));
        last = r.end;
    }
    out.push((&text[last..], None));
    out
}

/// The mark, when `text` is one footnote mark and nothing else (`[^4]`).
pub(crate) fn only_mark(text: &str) -> Option<&str> {
    match at_marks(text).as_slice() {
        [("", Some(m)), ("", None)] => Some(m),
        _ => None,
    }
}

/// Document text as HTML: footnote marks as superscript links to their notes, and in a
/// right-to-left text each run of Latin script isolated (`<bdi>`), so that "(WSIS)" or
/// "A/70/125" keep their order among Arabic words.
pub(crate) fn noted(text: &str, side: NoteSide, rtl: bool) -> Markup {
    let pieces = at_marks(text);
    html! {
        @for (before, mark) in pieces {
            (isolated(before, rtl))
            @if let Some(m) = mark { (note_mark(side, m)) }
        }
    }
}

/// `text` with its runs of Latin script in `<bdi>` when it stands in a right-to-left page. A
/// run starts with the word that holds a Latin letter ("(WSIS)", "A/70/125") and goes on up to
/// the next right-to-left letter, less the spaces before it.
pub(crate) fn isolated(text: &str, rtl: bool) -> Markup {
    if !rtl || !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return html! { (shown(text)) };
    }
    let mut parts: Vec<(bool, &str)> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(letter) = text[i..]
            .find(|c: char| c.is_ascii_alphabetic())
            .map(|s| i + s)
        else {
            parts.push((false, &text[i..]));
            break;
        };
        let start = text[i..letter]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || is_right_to_left(c))
            .map_or(i, |(k, c)| i + k + c.len_utf8());
        let end = text[letter..]
            .find(is_right_to_left)
            .map_or(text.len(), |k| letter + k);
        let end = start + latin_run(&text[start..end]).len();
        parts.push((false, &text[i..start]));
        parts.push((true, &text[start..end]));
        i = end;
    }
    html! {
        @for (latin, t) in parts {
            @if latin { bdi { (shown(t)) } } @else { (shown(t)) }
        }
    }
}

/// A run less what ends it without belonging to it: spaces, and the punctuation of the
/// sentence around it (a `.` or `(` before the next Arabic words); a `)` it opened stays.
fn latin_run(run: &str) -> &str {
    let mut run = run.trim_end();
    while let Some(c) = run.chars().last()
        && !c.is_alphanumeric()
    {
        if c == ')' && run.matches('(').count() >= run.matches(')').count() {
            break;
        }
        run = run[..run.len() - c.len_utf8()].trim_end();
    }
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_in_arabic_is_isolated_without_the_sentence_punctuation() {
        let html = |t: &str| isolated(t, true).into_string();
        assert_eq!(html("انظر A/C.2/59/3."), "انظر <bdi>A/C.2/59/3</bdi>.");
        assert_eq!(
            html("القمة (WSIS)؛"),
            "القمة <bdi>(WSIS)</bdi>؛",
            "a bracket it opened closes inside"
        );
        assert_eq!(
            html("تقرير Report 2024 (منشورات"),
            "تقرير <bdi>Report 2024</bdi> (منشورات"
        );
        assert_eq!(
            isolated("plain English", false).into_string(),
            "plain English"
        );
    }

    #[test]
    fn marks_are_links_to_their_notes() {
        let html = noted("a[^4] b [^x y] c[^new5]", NoteSide::Old, false).into_string();
        assert_eq!(
            html,
            "a<sup class=\"fn\"><a href=\"#fno-4\">4</a></sup> b [^x y] c\
             <sup class=\"fn\"><a href=\"#fno-new5\">new5</a></sup>"
        );
    }
}
