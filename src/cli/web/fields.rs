//! The fields of the upload forms, filled in with what was sent and marked where a refusal
//! names them: a form that is refused comes back as it was filled in.

use maud::{Markup, html};
use resdiff::render::shown;

use super::error::{WebError, label};
use super::upload::Form;

/// A text field of a form, filled with what was sent, marked when it is the one to fill.
pub fn input(form: &Form, name: &str, size: u8, placeholder: &str, e: Option<&WebError>) -> Markup {
    let value = match name {
        "language" => &form.language,
        "body" => &form.body,
        "number" => &form.number,
        "title" => &form.title,
        "proposer" => &form.proposer,
        "doc" => &form.doc,
        _ => &None,
    };
    let value = value.as_deref().map(shown);
    let placeholder = (!placeholder.is_empty()).then_some(placeholder);
    let fill = e.is_some_and(|e| e.fill.contains(&name));
    html! {
        label {
            (label(name)) " "
            input name=(name) size=(size) placeholder=[placeholder] value=[value]
                class=[fill.then_some("fill")] aria-invalid=[fill.then_some("true")] autofocus[fill];
        }
    }
}

/// What went wrong, above a form sent back as it was filled in.
pub fn refusal(e: Option<&WebError>) -> Markup {
    html! {
        @if let Some(e) = e {
            p class="error" role="alert" { (shown(&e.told())) } "\n"
            // A browser never fills a file input in for the page, so the files are asked for
            // again.
            p { "The fields below are as you sent them; choose the files again." } "\n"
        }
    }
}
