//! What the HTML renderers share. They write with maud's `html!`, which escapes every value it
//! splices in; document text goes through [`shown`] first, so control characters are visible.
//! `PreEscaped` wraps only constants of the renderers (CSS) and fragments maud rendered already.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::shown;

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
