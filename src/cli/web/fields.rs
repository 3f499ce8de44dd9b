//! The fields of the upload forms, filled in with what was sent and marked where a refusal
//! names them: a form that is refused comes back as it was filled in.

use resdiff::render::escape_html as esc;

use super::error::{WebError, label};
use super::upload::Form;

/// A text field of a form, filled with what was sent, marked when it is the one to fill.
pub fn input(form: &Form, name: &str, size: u8, placeholder: &str, e: Option<&WebError>) -> String {
    let value = match name {
        "language" => &form.language,
        "body" => &form.body,
        "number" => &form.number,
        "title" => &form.title,
        "proposer" => &form.proposer,
        "doc" => &form.doc,
        _ => &None,
    };
    let value = value
        .as_deref()
        .map_or_else(String::new, |v| format!(" value=\"{}\"", esc(v)));
    let placeholder = if placeholder.is_empty() {
        String::new()
    } else {
        format!(" placeholder=\"{placeholder}\"")
    };
    let fill = if e.is_some_and(|e| e.fill.contains(&name)) {
        " class=\"fill\" aria-invalid=\"true\" autofocus"
    } else {
        ""
    };
    format!(
        "<label>{} <input name=\"{name}\" size=\"{size}\"{placeholder}{value}{fill}></label>",
        label(name)
    )
}

/// What went wrong, above a form sent back as it was filled in.
pub fn refusal(e: Option<&WebError>) -> String {
    e.map_or_else(String::new, |e| {
        // A browser never fills a file input in for the page, so the files are asked for again.
        format!(
            "<p class=\"error\" role=\"alert\">{}</p>\n<p>The fields below are as you sent them; \
             choose the files again.</p>\n",
            esc(&e.told())
        )
    })
}
