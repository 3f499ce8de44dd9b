//! Compare your own files: two uploads (plain text, DOCX with or without tracked changes, or
//! Akoma Ntoso XML), or one DOCX with tracked changes, read in memory (never written to disk)
//! by the importers the command line uses, and the diff shown or the proposal downloaded. A
//! file that cannot be read gets the message `resdiff diff` would print for it. The outcome
//! and compile forms (`track_forms`) read their uploads through the same functions.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, PreEscaped, html};

use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::corpus::parse_document;
use resdiff::input::source::{
    SourceError, defaults_from, import_akn_to_show, revision_from_file_name,
};
use resdiff::input::{ImportError, ImportOptions, Imported, import_bytes, import_docx};
use resdiff::markup::{MarkupOptions, amend};
use resdiff::model::{Document, UnSymbol};
use resdiff::render::diff_html::{self, Layout, Links};
use resdiff::render::{amend_text, diff_json, shown};

use super::super::args::MarkupFormat;
use super::super::markup::{Who, meta, proposal_bytes};
use super::super::{CliError, Result};
use super::pages::{Library, Mode, layout};
use super::{App, UPLOAD_LIMIT, error_page, html};

/// One uploaded file: the name the browser gave (its last part only) and the bytes.
pub(super) struct File {
    pub(super) name: PathBuf,
    bytes: Vec<u8>,
}

/// What a form sends: its files by field name (a field may carry several), and the fields
/// that fill what the texts do not say.
#[derive(Default)]
pub(super) struct Form {
    files: Vec<(String, File)>,
    language: Option<String>,
    body: Option<String>,
    number: Option<String>,
    title: Option<String>,
    proposer: Option<String>,
    doc: Option<String>,
    pub(super) format: Option<String>,
}

impl Form {
    /// The first file sent under `field`.
    pub(super) fn file(&self, field: &str) -> Option<&File> {
        self.files.iter().find(|(f, _)| f == field).map(|(_, f)| f)
    }

    /// Every file sent under `field`, in the order sent.
    pub(super) fn files(&self, field: &str) -> Vec<&File> {
        self.files
            .iter()
            .filter(|(f, _)| f == field)
            .map(|(_, f)| f)
            .collect()
    }
}

/// What the file inputs offer to choose.
pub(super) const ACCEPT: &str = ".txt,.docx,.xml,.toml,text/plain";

pub async fn form() -> Response {
    html(StatusCode::OK, page(Markup::default(), Markup::default()))
}

fn page(result: Markup, note: Markup) -> String {
    let body = html! {
        (result)
        h2 { "Compare your own files" } "\n"
        (note)
        p {
            "Plain text (UTF-8, as Word's plain-text export gives it), Word (.docx) or Akoma Ntoso \
             (.xml, as the UN publishes its resolutions), or a corpus file (.toml, as `resdiff import` \
             writes it). A .docx with tracked changes alone is \
             compared base against proposal. Files stay in this program's \
             memory and are never written to disk; up to " (UPLOAD_LIMIT) " bytes in all."
        }
        "\n"
        form class="upload" method="post" action="compare" enctype="multipart/form-data" {
            "\n"
            fieldset {
                legend { "Texts" }
                label { "Old text (base) " input type="file" name="old" accept=(ACCEPT); }
                label { "New text (proposal) " input type="file" name="new" accept=(ACCEPT); }
            }
            "\n"
            fieldset {
                legend { "When the texts do not say" }
                label { "Language " input name="language" size="3" placeholder="ar"; }
                label { "Body " input name="body" size="8" placeholder="wtdc"; }
                label { "Number " input name="number" size="4" placeholder="30"; }
                label { "Title " input name="title" size="40"; }
                label { "Proposer " input name="proposer" size="8" placeholder="RCC"; }
                label { "Conference document " input name="doc" size="4" placeholder="23"; }
            }
            "\n"
            button type="submit" name="format" value="page" { "Show the diff" } " "
            button type="submit" name="format" value="docx" { "Proposal (DOCX)" } " "
            button type="submit" name="format" value="html" { "Proposal (HTML)" } " "
            button type="submit" name="format" value="md" { "Proposal (Markdown)" } " "
            button type="submit" name="format" value="un" { "UN instructions" } " "
            button type="submit" name="format" value="json" { "Diff (JSON)" } "\n"
        }
        "\n"
    };
    layout("resdiff: compare files", body, Mode::Server)
}

pub async fn compare(
    State(app): State<Arc<App>>,
    multipart: std::result::Result<Multipart, MultipartRejection>,
) -> Response {
    let form = match read(multipart).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    match run(form, &app.library) {
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
            "old" | "new" | "base" | "proposal" | "adopted" | "proposals" => {
                // A file input left empty still sends a part, with no name and no bytes.
                if let Some(file_name) =
                    file_name.filter(|n| !n.as_os_str().is_empty() || !bytes.is_empty())
                {
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

fn is_docx(name: &Path) -> bool {
    name.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

fn is_xml(name: &Path) -> bool {
    name.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xml"))
}

/// A corpus file (`resdiff import`'s output), lowercase as the corpus loader wants it.
fn is_toml(name: &Path) -> bool {
    name.extension().is_some_and(|e| e == "toml")
}

/// Whether a file carries its own metadata (body, number, language), so that it is read
/// first and lends them to a plain text beside it.
pub(super) fn says_what_it_is(f: &File) -> bool {
    is_docx(&f.name) || is_xml(&f.name) || is_toml(&f.name)
}

/// Which text of a DOCX with tracked changes a side takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Want {
    Base,
    Proposal,
}

/// Reads one upload. A DOCX with tracked changes gives the side `want` names, and says so. An
/// Akoma Ntoso file takes its series from the corpus revision with its symbol or one it
/// recalls, as `resdiff diff FILE.xml` does.
pub(super) fn import(
    f: &File,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
    want: Want,
    notes: &mut Vec<String>,
    library: &Library,
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
    } else if is_xml(&f.name) || is_toml(&f.name) {
        let text = std::str::from_utf8(&f.bytes).map_err(|e| {
            wrap(ImportError::NotUtf8 {
                path: f.name.clone(),
                offset: e.valid_up_to(),
            })
        })?;
        if is_toml(&f.name) {
            // A corpus file says everything itself: the form's fields do not apply.
            let document = parse_document(text, &f.name).map_err(SourceError::Load)?;
            return Ok(Imported {
                document,
                warnings: Vec::new(),
            });
        }
        let xml = text;
        let series_of = |body, symbol: &UnSymbol| library.series_of(body, symbol);
        import_akn_to_show(xml, overrides, &fallback, &series_of).map_err(wrap)
    } else {
        import_bytes(f.bytes.clone(), &f.name, overrides, &fallback).map_err(wrap)
    }
}

pub(super) fn parse<T: std::str::FromStr>(v: &Option<String>, what: &str) -> Result<Option<T>> {
    v.as_deref()
        .map(|s| {
            s.parse::<T>()
                .map_err(|_| CliError::Usage(format!("`{s}` is not a valid {what}")))
        })
        .transpose()
}

/// What the form's fields say of the texts, to override what the texts say.
pub(super) fn overrides(form: &Form) -> Result<ImportOptions> {
    Ok(ImportOptions {
        language: parse(&form.language, "language (ar en fr es ru zh)")?,
        body: parse(&form.body, "body (pp wtdc wtsa ra council unga ecosoc)")?,
        number: parse(&form.number, "resolution number or series")?,
        title: form.title.clone(),
        ..ImportOptions::default()
    })
}

/// An import's warnings as lines naming the file.
pub(super) fn warnings(name: &Path, i: &Imported) -> Vec<String> {
    i.warnings
        .iter()
        .map(|w| format!("{}:{}: warning: {}", name.display(), w.line, w.message))
        .collect()
}

/// Both texts, the old one's and the new one's warnings, and notes on tracked changes.
fn load(form: &Form, library: &Library) -> Result<(Document, Document, Vec<String>)> {
    let overrides = overrides(form)?;
    let none = ImportOptions::default();
    let mut notes = Vec::new();
    let old = form
        .file("old")
        .ok_or_else(|| CliError::Usage("choose the old text: a file to compare".into()))?;
    let import = |f: &File, d: &ImportOptions, want: Want, notes: &mut Vec<String>| {
        import(f, &overrides, d, want, notes, library)
    };
    let (old_doc, new_doc) = match form.file("new") {
        // One DOCX with tracked changes holds both texts.
        None => {
            let base = import(old, &none, Want::Base, &mut notes)?;
            let proposal = import(old, &none, Want::Proposal, &mut notes)?;
            if notes.is_empty() {
                return Err(CliError::Usage(
                    "choose the new text too (only a .docx with tracked changes holds both)".into(),
                ));
            }
            (base, proposal)
        }
        // A side without metadata borrows the other's, so a DOCX (which carries its own)
        // or else the new text is read first, as `resdiff diff` does.
        Some(new) if says_what_it_is(new) || !says_what_it_is(old) => {
            let n = import(new, &none, Want::Proposal, &mut notes)?;
            let o = import(old, &defaults_from(&n.document), Want::Base, &mut notes)?;
            (o, n)
        }
        Some(new) => {
            let o = import(old, &none, Want::Base, &mut notes)?;
            let n = import(new, &defaults_from(&o.document), Want::Proposal, &mut notes)?;
            (o, n)
        }
    };
    notes.extend(warnings(&old.name, &old_doc));
    if let Some(new) = form.file("new") {
        notes.extend(warnings(&new.name, &new_doc));
    }
    Ok((old_doc.document, new_doc.document, notes))
}

fn run(form: Form, library: &Library) -> Result<Response> {
    let (old, new, notes) = load(&form, library)?;
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
            // In English where the text's language has no sourced phrasing yet (docs/manual.md).
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
            let result = html! {
                h2 { (shown(&old.address())) " → " (shown(&new.address())) } "\n"
                @if !notes.is_empty() {
                    ul class="warnings" {
                        "\n"
                        @for n in &notes {
                            li { (shown(n)) } "\n"
                        }
                    }
                    "\n"
                }
                // Rendered (and escaped) by the library's maud template.
                (PreEscaped(diff_html::render(&diff, Layout::Inline, Links::default())))
            };
            let mut response = html(
                StatusCode::OK,
                page(
                    result,
                    html! {
                        p { "To download the proposal, choose the files again and a format." } "\n"
                    },
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
