//! What went wrong with a form, in the words of the person filling it: the library's message
//! (which names fields and files, never a flag) and the form fields that would fix it. The
//! command line adds its flags to the same errors (`cli::error`); here they become fields.

use std::time::Duration;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use resdiff::CompareError;
use resdiff::input::source::SourceError;
use resdiff::input::{Field, ImportError, Warning, and_list};
use resdiff::markup::amend::AmendError;

use super::super::CliError;
use super::super::error::Unnamed;
use super::error_page;

/// A form refused: what to tell, with which fields to fill.
#[derive(Debug)]
pub struct WebError {
    pub status: StatusCode,
    message: String,
    /// The names of the form fields (`language`, `proposer`, `new`) that would fix it.
    pub fill: Vec<&'static str>,
    /// For a busy server: when to try again (`Retry-After`).
    retry: Option<Duration>,
}

impl WebError {
    /// A refusal that names no field.
    pub fn new(message: impl Into<String>) -> Self {
        WebError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: message.into(),
            fill: Vec::new(),
            retry: None,
        }
    }

    /// Every slot for `what` stayed taken while this request waited `waited` for one.
    pub fn busy(what: &str, waited: Duration) -> Self {
        WebError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            retry: Some(waited),
            ..WebError::new(format!(
                "the server is busy with {what}: no room for this request came free within {} s; \
                 try again in a moment",
                waited.as_secs()
            ))
        }
    }

    /// A body still arriving when its time was up.
    pub fn too_slow_upload(limit: Duration) -> Self {
        WebError {
            status: StatusCode::REQUEST_TIMEOUT,
            ..WebError::new(format!(
                "the upload did not arrive within the {} s this server gives one; nothing was kept",
                limit.as_secs()
            ))
        }
    }

    /// A body cut off by its sender.
    pub fn broken_off() -> Self {
        WebError {
            status: StatusCode::BAD_REQUEST,
            ..WebError::new("the upload broke off before its end; nothing was kept")
        }
    }

    /// A request whose work was still running when its time was up.
    pub fn too_long(limit: Duration) -> Self {
        WebError {
            status: StatusCode::GATEWAY_TIMEOUT,
            ..WebError::new(format!(
                "this request took longer than the {} s this server gives one, and was given up; \
                 smaller or fewer files may go through",
                limit.as_secs()
            ))
        }
    }

    /// Work ended by the server stopping.
    pub fn stopping() -> Self {
        WebError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            ..WebError::new("the server is stopping")
        }
    }

    /// A refusal that one field fixes.
    pub fn fill(message: impl Into<String>, field: &'static str) -> Self {
        WebError {
            fill: vec![field],
            ..WebError::new(message)
        }
    }

    /// The message as shown: what went wrong, then the fields to fill (a file to choose says
    /// so itself).
    pub fn told(&self) -> String {
        let labels: Vec<&str> = self
            .fill
            .iter()
            .filter(|f| !is_file(f))
            .map(|f| label(f))
            .collect();
        match labels.as_slice() {
            [] => self.message.clone(),
            _ => format!("{}: fill in {}", self.message, and_list(&labels)),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let mut response = error_page(self.status, &self.told());
        if let Some(v) = self
            .retry
            .and_then(|after| HeaderValue::from_str(&after.as_secs().max(1).to_string()).ok())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        response
    }
}

/// The label a form field goes by on the page.
pub fn label(field: &str) -> &'static str {
    match field {
        "language" => "Language",
        "body" => "Body",
        "number" => "Number",
        "title" => "Title",
        "proposer" => "Proposer",
        "doc" => "Conference document",
        "old" => "Old text",
        "new" => "New text",
        "base" => "Base",
        "proposal" => "Proposal",
        "adopted" => "Adopted text",
        "proposals" => "Proposals",
        _ => "the form",
    }
}

fn is_file(field: &str) -> bool {
    matches!(
        field,
        "old" | "new" | "base" | "proposal" | "adopted" | "proposals"
    )
}

/// The form field that gives a piece of metadata, where the form has one.
fn field_for(field: Field) -> Option<&'static str> {
    match field {
        Field::Language => Some("language"),
        Field::Body => Some("body"),
        Field::Number | Field::Series => Some("number"),
        Field::Title => Some("title"),
        Field::Proposer => Some("proposer"),
        Field::Year | Field::Revision => None,
    }
}

/// A warning's message, with the field that makes another choice where the importer chose.
pub fn warning(w: &Warning) -> String {
    match w.chosen.and_then(field_for) {
        Some(f) => format!("{}; fill in {} to choose another", w.message, label(f)),
        None => w.message.clone(),
    }
}

impl From<SourceError> for WebError {
    fn from(e: SourceError) -> Self {
        let fill = match &e {
            SourceError::Import { source, .. } => match source {
                ImportError::Missing(fields) => {
                    fields.iter().filter_map(|f| field_for(*f)).collect()
                }
                ImportError::Language { .. } => vec!["language"],
                ImportError::NoSeries { .. } | ImportError::NumberKind { .. } => vec!["number"],
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        WebError {
            fill,
            ..WebError::new(e.to_string())
        }
    }
}

impl From<CompareError> for WebError {
    fn from(e: CompareError) -> Self {
        match e {
            CompareError::Source(e) => e.into(),
            other => WebError::new(other.to_string()),
        }
    }
}

impl From<CliError> for WebError {
    fn from(e: CliError) -> Self {
        match e {
            // The library's own words, without the flag the command line adds.
            CliError::Source(e) => e.into(),
            CliError::Markup(e) => WebError::new(e.to_string()),
            CliError::Amend(e @ AmendError::Section(_)) => WebError::new(format!(
                "{e}: choose Proposal (DOCX), Proposal (HTML) or Proposal (Markdown)"
            )),
            CliError::Unnamed { address, what } => {
                let field = match what {
                    Unnamed::Proposer => "proposer",
                    Unnamed::Doc => "doc",
                };
                WebError::fill(format!("{address} names no {what}"), field)
            }
            CliError::Compare(e) => e.into(),
            other => WebError::new(other.to_string()),
        }
    }
}

impl From<resdiff::diff::DiffError> for WebError {
    fn from(e: resdiff::diff::DiffError) -> Self {
        WebError::new(e.to_string())
    }
}

impl From<AmendError> for WebError {
    fn from(e: AmendError) -> Self {
        CliError::from(e).into()
    }
}
