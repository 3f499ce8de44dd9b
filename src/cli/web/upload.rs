//! Compare your own files: two uploads (plain text or DOCX, with or without tracked changes),
//! or one DOCX with tracked changes, read in memory (never written to disk) by the importers
//! the command line uses, and the diff shown or the proposal downloaded. A file that cannot be
//! read gets the message `resdiff diff` would print for it.

use std::path::{Path, PathBuf};

use axum::extract::Multipart;
use axum::extract::multipart::MultipartRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::source::{SourceError, defaults_from, revision_from_file_name};
use resdiff::input::{ImportError, ImportOptions, Imported, import_bytes, import_docx};
use resdiff::markup::{MarkupOptions, amend};
use resdiff::model::Document;
use resdiff::render::diff_html::{self, Layout, Links};
use resdiff::render::{amend_text, diff_json, escape_html as esc};

use super::super::args::MarkupFormat;
use super::super::markup::{Who, meta, proposal_bytes};
use super::super::{CliError, Result};
use super::pages::{Mode, layout};
use super::{UPLOAD_LIMIT, error_page, html};

/// One uploaded file: the name the browser gave (its last part only) and the bytes.
struct File {
    name: PathBuf,
    bytes: Vec<u8>,
}

/// What the form sends.
#[derive(Default)]
struct Form {
    old: Option<File>,
    new: Option<File>,
    language: Option<String>,
    body: Option<String>,
    number: Option<String>,
    title: Option<String>,
    proposer: Option<String>,
    doc: Option<String>,
    format: Option<String>,
}

pub async fn form() -> Response {
    html(StatusCode::OK, page("", ""))
}

fn page(result: &str, note: &str) -> String {
    let body = format!(
        "{result}<h2>Compare your own files</h2>\n{note}\
         <p>Plain text (UTF-8, as Word's plain-text export gives it) or Word (.docx). A .docx with \
         tracked changes alone is compared base against proposal. Files stay in this program's \
         memory and are never written to disk; up to {UPLOAD_LIMIT} bytes in all.</p>\n\
         <form class=\"upload\" method=\"post\" action=\"compare\" enctype=\"multipart/form-data\">\n\
         <fieldset><legend>Texts</legend>\
         <label>Old text (base) <input type=\"file\" name=\"old\" accept=\".txt,.docx,text/plain\"></label>\
         <label>New text (proposal) <input type=\"file\" name=\"new\" accept=\".txt,.docx,text/plain\"></label>\
         </fieldset>\n<fieldset><legend>When the texts do not say</legend>\
         <label>Language <input name=\"language\" size=\"3\" placeholder=\"ar\"></label>\
         <label>Body <input name=\"body\" size=\"8\" placeholder=\"wtdc\"></label>\
         <label>Number <input name=\"number\" size=\"4\" placeholder=\"30\"></label>\
         <label>Title <input name=\"title\" size=\"40\"></label>\
         <label>Proposer <input name=\"proposer\" size=\"8\" placeholder=\"RCC\"></label>\
         <label>Conference document <input name=\"doc\" size=\"4\" placeholder=\"23\"></label>\
         </fieldset>\n\
         <button type=\"submit\" name=\"format\" value=\"page\">Show the diff</button> \
         <button type=\"submit\" name=\"format\" value=\"docx\">Proposal (DOCX)</button> \
         <button type=\"submit\" name=\"format\" value=\"html\">Proposal (HTML)</button> \
         <button type=\"submit\" name=\"format\" value=\"md\">Proposal (Markdown)</button> \
         <button type=\"submit\" name=\"format\" value=\"un\">UN instructions</button> \
         <button type=\"submit\" name=\"format\" value=\"json\">Diff (JSON)</button>\n</form>\n"
    );
    layout("resdiff: compare files", &body, Mode::Server)
}

pub async fn compare(multipart: std::result::Result<Multipart, MultipartRejection>) -> Response {
    let form = match read(multipart).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    match run(form) {
        Ok(r) => r,
        Err(e) => error_page(StatusCode::UNPROCESSABLE_ENTITY, &e.to_string()),
    }
}

fn too_large() -> Response {
    error_page(
        StatusCode::PAYLOAD_TOO_LARGE,
        &format!("the upload is larger than the {UPLOAD_LIMIT} bytes this server takes"),
    )
}

async fn read(
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
        let file_name = field.file_name().map(|n| {
            // Only the last part of what the browser says, for messages and the revision id.
            PathBuf::from(n.rsplit(['/', '\\']).next().unwrap_or(n))
        });
        let bytes = field
            .bytes()
            .await
            .map_err(|e| bad(e.status(), e.body_text()))?;
        let text =
            || Some(String::from_utf8_lossy(&bytes).trim().to_string()).filter(|s| !s.is_empty());
        match name.as_str() {
            "old" | "new" => {
                let file = file_name
                    .filter(|n| !n.as_os_str().is_empty() || !bytes.is_empty())
                    .map(|name| File {
                        name,
                        bytes: bytes.to_vec(),
                    });
                if name == "old" {
                    form.old = file;
                } else {
                    form.new = file;
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

fn is_docx(name: &Path) -> bool {
    name.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// Which text of a DOCX with tracked changes a side takes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Base,
    Proposal,
}

/// Reads one upload. A DOCX with tracked changes gives the side `want` names, and says so.
fn import(
    f: &File,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
    want: Want,
    notes: &mut Vec<String>,
) -> Result<Imported> {
    let mut fallback = defaults.clone();
    if fallback.revision.is_none() {
        fallback.revision = revision_from_file_name(&f.name);
    }
    let wrap = |source: ImportError| {
        CliError::Source(SourceError::Import {
            path: f.name.clone(),
            source,
        })
    };
    if is_docx(&f.name) {
        let got = import_docx(&f.bytes, overrides, &fallback).map_err(wrap)?;
        Ok(match (want, got.proposal) {
            (Want::Proposal, Some(p)) => {
                notes.push(format!(
                    "{}: tracked changes accepted (the proposal)",
                    f.name.display()
                ));
                p
            }
            (Want::Base, Some(_)) => {
                notes.push(format!(
                    "{}: tracked changes rejected (the base)",
                    f.name.display()
                ));
                got.base
            }
            (_, None) => got.base,
        })
    } else {
        import_bytes(f.bytes.clone(), &f.name, overrides, &fallback).map_err(wrap)
    }
}

fn parse<T: std::str::FromStr>(v: &Option<String>, what: &str) -> Result<Option<T>> {
    v.as_deref()
        .map(|s| {
            s.parse::<T>()
                .map_err(|_| CliError::Usage(format!("`{s}` is not a valid {what}")))
        })
        .transpose()
}

/// Both texts, the old one's and the new one's warnings, and notes on tracked changes.
fn load(form: &Form) -> Result<(Document, Document, Vec<String>)> {
    let overrides = ImportOptions {
        language: parse(&form.language, "language (ar en fr es ru zh)")?,
        body: parse(&form.body, "body (pp wtdc wtsa ra council)")?,
        number: parse(&form.number, "resolution number")?,
        title: form.title.clone(),
        ..ImportOptions::default()
    };
    let none = ImportOptions::default();
    let mut notes = Vec::new();
    let old = form
        .old
        .as_ref()
        .ok_or_else(|| CliError::Usage("choose the old text: a file to compare".into()))?;
    let (old_doc, new_doc) = match &form.new {
        // One DOCX with tracked changes holds both texts.
        None => {
            let base = import(old, &overrides, &none, Want::Base, &mut notes)?;
            let proposal = import(old, &overrides, &none, Want::Proposal, &mut notes)?;
            if notes.is_empty() {
                return Err(CliError::Usage(
                    "choose the new text too (only a .docx with tracked changes holds both)".into(),
                ));
            }
            (base, proposal)
        }
        // A side without metadata borrows the other's, so a DOCX (which carries its own)
        // or else the new text is read first, as `resdiff diff` does.
        Some(new) if is_docx(&new.name) || !is_docx(&old.name) => {
            let n = import(new, &overrides, &none, Want::Proposal, &mut notes)?;
            let o = import(
                old,
                &overrides,
                &defaults_from(&n.document),
                Want::Base,
                &mut notes,
            )?;
            (o, n)
        }
        Some(new) => {
            let o = import(old, &overrides, &none, Want::Base, &mut notes)?;
            let n = import(
                new,
                &overrides,
                &defaults_from(&o.document),
                Want::Proposal,
                &mut notes,
            )?;
            (o, n)
        }
    };
    let warn = |name: &Path, i: &Imported| -> Vec<String> {
        i.warnings
            .iter()
            .map(|w| format!("{}:{}: warning: {}", name.display(), w.line, w.message))
            .collect()
    };
    notes.extend(warn(&old.name, &old_doc));
    if let Some(new) = &form.new {
        notes.extend(warn(&new.name, &new_doc));
    }
    Ok((old_doc.document, new_doc.document, notes))
}

fn run(form: Form) -> Result<Response> {
    let (old, new, notes) = load(&form)?;
    let download = |bytes: Vec<u8>, mime: &'static str, name: &'static str| {
        (
            [
                (header::CONTENT_TYPE, mime),
                (
                    header::CONTENT_DISPOSITION,
                    match name {
                        "proposal.docx" => "attachment; filename=\"proposal.docx\"",
                        "proposal.html" => "attachment; filename=\"proposal.html\"",
                        "proposal.md" => "attachment; filename=\"proposal.md\"",
                        "instructions.txt" => "attachment; filename=\"instructions.txt\"",
                        _ => "attachment; filename=\"diff.json\"",
                    },
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            bytes,
        )
            .into_response()
    };
    let diff = diff_documents(&old, &new, &DiffOptions::default())?;
    let proposal = |format: MarkupFormat| -> Result<Vec<u8>> {
        let doc = parse(&form.doc, "conference document number")?;
        let who = Who {
            proposer: form.proposer.clone(),
            doc,
            annex: None,
            date: None,
        };
        proposal_bytes(
            &diff,
            meta(who, &diff.new)?,
            &MarkupOptions::default(),
            format,
        )
    };
    Ok(match form.format.as_deref().unwrap_or("page") {
        "docx" => download(
            proposal(MarkupFormat::Docx)?,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "proposal.docx",
        ),
        "html" => download(
            proposal(MarkupFormat::Html)?,
            "text/html; charset=utf-8",
            "proposal.html",
        ),
        "md" => download(
            proposal(MarkupFormat::Md)?,
            "text/markdown; charset=utf-8",
            "proposal.md",
        ),
        "un" => {
            // In English where the text's language has no sourced phrasing yet (see README).
            let (text, _) = amend_text::render(&amend::build(&diff)?, old.language);
            download(
                text.into_bytes(),
                "text/plain; charset=utf-8",
                "instructions.txt",
            )
        }
        "json" => download(
            diff_json::render(&diff).into_bytes(),
            "application/json",
            "diff.json",
        ),
        _ => {
            let mut result = format!(
                "<h2>{} → {}</h2>\n",
                esc(&old.address()),
                esc(&new.address())
            );
            if !notes.is_empty() {
                result.push_str("<ul class=\"warnings\">\n");
                for n in &notes {
                    result.push_str(&format!("<li>{}</li>\n", esc(n)));
                }
                result.push_str("</ul>\n");
            }
            result.push_str(&diff_html::render(&diff, Layout::Inline, Links::default()));
            let mut response = html(
                StatusCode::OK,
                page(
                    &result,
                    "<p>To download the proposal, choose the files again and a format.</p>\n",
                ),
            );
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            );
            response
        }
    })
}
