//! The multipart body of an upload form read into a [`Form`]: its files by field, named as the
//! browser named them (a name that is not UTF-8 read as well as it can be, a nameless file
//! called by its field), and its fields.

use std::path::PathBuf;

use axum::extract::Multipart;
use axum::extract::multipart::MultipartRejection;
use axum::http::{StatusCode, header};
use axum::response::Response;

use super::upload::{File, Form};
use super::{UPLOAD_LIMIT, error_page};

pub(super) fn too_large() -> Response {
    error_page(
        StatusCode::PAYLOAD_TOO_LARGE,
        &format!("the upload is larger than the {UPLOAD_LIMIT} bytes this server takes"),
    )
}

pub(super) async fn read(
    multipart: std::result::Result<Multipart, MultipartRejection>,
) -> std::result::Result<Form, Response> {
    let bad = |status: StatusCode, message: String| {
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            too_large()
        } else {
            error_page(StatusCode::BAD_REQUEST, &message)
        }
    };
    let mut mp = multipart.map_err(|e| bad(e.status(), e.body_text()))?;
    let mut form = Form::default();
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(bad(e.status(), e.body_text())),
        };
        let name = field.name().unwrap_or("").to_string();
        // Only the last part of what the browser says, for messages and the revision id. A
        // name that is not UTF-8 is read as well as it can be, not dropped with its file; a
        // file sent with no name is named by its field (issue 27, finding 24).
        let file_name = field
            .file_name()
            .map(str::to_string)
            .or_else(|| raw_file_name(field.headers()))
            .map(|n| {
                n.rsplit(['/', '\\'])
                    .next()
                    .unwrap_or(&n)
                    .trim()
                    .to_string()
            });
        let bytes = field
            .bytes()
            .await
            .map_err(|e| bad(e.status(), e.body_text()))?;
        let text =
            || Some(String::from_utf8_lossy(&bytes).trim().to_string()).filter(|s| !s.is_empty());
        match name.as_str() {
            "old" | "new" | "base" | "proposal" | "adopted" | "proposals" => {
                // A file input left empty still sends a part, with no name and no bytes.
                if let Some(file_name) = file_name.filter(|n| !n.is_empty() || !bytes.is_empty()) {
                    let file_name = if file_name.is_empty() {
                        PathBuf::from(unnamed(&name))
                    } else {
                        PathBuf::from(file_name)
                    };
                    form.files.push((
                        name,
                        File {
                            name: file_name,
                            bytes: bytes.to_vec(),
                        },
                    ));
                }
            }
            "language" => form.language = text(),
            "body" => form.body = text(),
            "number" => form.number = text(),
            "title" => form.title = text(),
            "proposer" => form.proposer = text(),
            "doc" => form.doc = text(),
            "format" => form.format = text(),
            _ => {}
        }
    }
    Ok(form)
}

/// The file name of a part whose `filename` is not UTF-8, as well as it reads.
fn raw_file_name(headers: &axum::http::HeaderMap) -> Option<String> {
    let value = headers.get(header::CONTENT_DISPOSITION)?.as_bytes();
    let key = b"filename=\"";
    let at = value.windows(key.len()).position(|w| w == key)? + key.len();
    let end = value[at..].iter().position(|&b| b == b'"')?;
    Some(String::from_utf8_lossy(&value[at..at + end]).into_owned())
}

/// What a file sent with no name is called in messages: what its field asks for.
fn unnamed(field: &str) -> &'static str {
    match field {
        "old" => "the old text",
        "new" => "the new text",
        "base" => "the base text",
        "proposal" => "the proposal",
        "adopted" => "the adopted text",
        _ => "a proposal",
    }
}
