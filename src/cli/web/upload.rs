//! Compare your own files: two uploads (plain text, DOCX with or without tracked changes,
//! Akoma Ntoso XML or PDF), or one DOCX with tracked changes, read in memory (never written to disk)
//! by [`resdiff::Comparison`], as `resdiff diff` reads files, and the diff shown or the
//! proposal downloaded. A file that cannot be read gets the message `resdiff diff` would print
//! for it, and a field that would fix it is named; the form comes back filled in as it was
//! sent. The outcome and compile forms (`track_forms`) read their uploads through the same
//! functions.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, PreEscaped, html};

use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::read::{self, Format, Loaded, Reading, Take};
use resdiff::input::{ImportError, ImportOptions, Side};
use resdiff::markup::{MarkupOptions, amend};
use resdiff::model::Document;
use resdiff::render::diff_html::{self, Layout, Links};
use resdiff::render::names as named;
use resdiff::render::{amend_docx, amend_text, diff_json, shown};
use resdiff::{CompareError, Comparison, Input};

use super::super::args::MarkupFormat;
use super::super::markup::{Who, meta, proposal_bytes};
use super::error::WebError;
use super::fields::{input, refusal};
pub(super) use super::multipart::read;
use super::pages::{Library, Mode, layout, legend};
use super::{App, UPLOAD_LIMIT, html};

type Result<T> = std::result::Result<T, WebError>;

/// One uploaded file: the name the browser gave (its last part only) and the bytes.
pub(super) struct File {
    pub(super) name: PathBuf,
    pub(super) bytes: Vec<u8>,
}

/// What a form sends: its files by field name (a field may carry several), and the fields
/// that fill what the texts do not say.
#[derive(Default)]
pub(super) struct Form {
    pub(super) files: Vec<(String, File)>,
    pub(super) language: Option<String>,
    pub(super) body: Option<String>,
    pub(super) number: Option<String>,
    pub(super) title: Option<String>,
    pub(super) proposer: Option<String>,
    pub(super) doc: Option<String>,
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
pub(super) const ACCEPT: &str = ".txt,.docx,.xml,.toml,.pdf,text/plain,application/pdf";

pub async fn form() -> Response {
    html(
        StatusCode::OK,
        page(&Form::default(), Markup::default(), Markup::default(), None),
    )
}

/// The form, filled in with what `form` sent, under `result` or the error `e`.
fn page(form: &Form, result: Markup, note: Markup, e: Option<&WebError>) -> String {
    let field = |name, size, placeholder| input(form, name, size, placeholder, e);
    let body = html! {
        (result)
        (refusal(e))
        h2 { "Compare your own files" } "\n"
        (note)
        p {
            "Plain text (UTF-8, as Word's plain-text export gives it), Word (.docx) or Akoma Ntoso \
             (.xml, as the UN publishes its resolutions), a PDF with a text layer (.pdf, as ITU and \
             the UN publish adopted texts), or a corpus file (.toml, as `resdiff import` \
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
                (field("language", 3, "ar"))
                (field("body", 8, "wtdc"))
                (field("number", 4, "30"))
                (field("title", 40, ""))
                (field("proposer", 8, "RCC"))
                (field("doc", 4, "23"))
            }
            "\n"
            button type="submit" name="format" value="page" { "Show the diff" } " "
            button type="submit" name="format" value="docx" { "Proposal (Word)" } " "
            button type="submit" name="format" value="html" { "Proposal (HTML)" } " "
            button type="submit" name="format" value="md" { "Proposal (Markdown)" } " "
            button type="submit" name="format" value="un" { "UN instructions (text)" } "\n"
            p class="legend" {
                "A pair of UN texts downloads as UN amendment instructions (Word or text), \
                 whichever button: the UN tables amendments as instructions, not as an ITU \
                 proposal."
            }
            "\n"
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
    app.blocking(move |app| match run(&form, &app.library) {
        Ok(r) => r,
        Err(e) => html(
            e.status,
            page(&form, Markup::default(), Markup::default(), Some(&e)),
        ),
    })
    .await
}

/// Whether a file carries its own metadata (body, number, language), so that it lends them
/// to the plain texts beside it.
pub(super) fn says_what_it_is(f: &File) -> bool {
    Format::of(&f.name) != Format::Plain
}

/// Reads one upload through the reader its name chooses (as `resdiff` reads a file of that
/// name). A DOCX with tracked changes gives the side `take` prefers; an Akoma Ntoso file takes
/// its series from the corpus as `resdiff import` does: that of the revision with its symbol,
/// else its predecessor's by title.
pub(super) fn read_one(
    f: &File,
    overrides: &ImportOptions,
    defaults: &ImportOptions,
    take: Side,
    library: &Library,
) -> Result<Loaded> {
    let how = Reading {
        overrides,
        defaults,
        take: Take::Prefer(take),
        series_of: Some(library),
        to_compare: true,
    };
    Ok(read::read(&f.name, f.bytes.clone(), &how)?)
}

pub(super) fn parse<T: std::str::FromStr>(
    v: &Option<String>,
    what: &str,
    field: &'static str,
) -> Result<Option<T>> {
    v.as_deref()
        .map(|s| {
            s.parse::<T>()
                .map_err(|_| WebError::fill(format!("`{s}` is not a valid {what}"), field))
        })
        .transpose()
}

/// What the form's fields say of the texts, to override what the texts say. As on the command
/// line, what neither the fields nor the texts say stays unknown: comparing needs none of it.
pub(super) fn overrides(form: &Form) -> Result<ImportOptions> {
    Ok(ImportOptions {
        language: parse(&form.language, "language (ar en fr es ru zh)", "language")?,
        body: parse(
            &form.body,
            "body (pp wtdc wtsa ra council unga ecosoc)",
            "body",
        )?,
        number: parse(&form.number, "resolution number or series", "number")?,
        title: form.title.clone(),
        allow_unknown: true,
        ..ImportOptions::default()
    })
}

/// The notes of a read, as a list above the result (nothing when there are none).
pub(super) fn warning_list(notes: &[String]) -> Markup {
    html! {
        @if !notes.is_empty() {
            ul class="warnings" {
                "\n"
                @for n in notes {
                    li { (shown(n)) } "\n"
                }
            }
            "\n"
        }
    }
}

/// A read's notes: the side taken of tracked changes, and the importer's warnings, as lines
/// naming the file.
pub(super) fn warnings(name: &Path, l: &Loaded) -> Vec<String> {
    let side = l.tracked.as_ref().map(|t| match t.side {
        Side::Proposal => format!(
            "{}: tracked changes accepted (the proposal)",
            name.display()
        ),
        Side::Base => format!("{}: tracked changes rejected (the base)", name.display()),
    });
    side.into_iter()
        .chain(l.warnings.iter().map(|w| {
            format!(
                "{}:{}: warning: {}",
                name.display(),
                w.line,
                super::error::warning(w)
            )
        }))
        .collect()
}

fn bytes(f: &File, take: Take) -> Input<'_> {
    Input::Bytes {
        name: &f.name,
        bytes: &f.bytes,
        take,
    }
}

/// Both texts, read by [`Comparison`] as `resdiff diff` reads two files, and what to tell of
/// them. One DOCX with tracked changes alone is its base against its proposal, as
/// `resdiff diff FILE.docx#base FILE.docx#proposal`.
fn load(form: &Form, library: &Library) -> Result<(Document, Document, Vec<String>)> {
    let choose_new = || {
        WebError::fill(
            "choose the new text too (only a .docx with tracked changes holds both)",
            "new",
        )
    };
    let old = form
        .file("old")
        .ok_or_else(|| WebError::fill("choose the old text: a file to compare", "old"))?;
    let compare = Comparison::new().given(overrides(form)?).series_of(library);
    let (o, n) = match form.file("new") {
        None if Format::of(&old.name) != Format::Docx => return Err(choose_new()),
        None => compare
            .pair(
                bytes(old, Take::Side(Side::Base)),
                bytes(old, Take::Side(Side::Proposal)),
            )
            .map_err(|e| match e {
                CompareError::Source(resdiff::input::source::SourceError::Import {
                    source: ImportError::NoTrackedChanges,
                    ..
                }) => choose_new(),
                e => e.into(),
            })?,
        Some(new) => compare.pair(
            bytes(old, Take::Prefer(Side::Base)),
            bytes(new, Take::Prefer(Side::Proposal)),
        )?,
    };
    let mut notes = warnings(&old.name, &o);
    match form.file("new") {
        Some(new) => notes.extend(warnings(&new.name, &n)),
        None => notes.extend(warnings(&old.name, &n).into_iter().take(1)),
    }
    Ok((o.document, n.document, notes))
}

/// The names of the files sent, as the browser gave them: `dubai.txt → rcc.txt`.
fn upload_names(form: &Form) -> String {
    let name = |f: Option<&File>| f.map(|f| f.name.display().to_string());
    match (name(form.file("old")), name(form.file("new"))) {
        (Some(o), Some(n)) => format!("{o} → {n}"),
        (Some(o), None) => o,
        _ => String::new(),
    }
}

fn run(form: &Form, library: &Library) -> Result<Response> {
    let (old, new, notes) = load(form, library)?;
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
                        "instructions.docx" => "attachment; filename=\"instructions.docx\"",
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
        let doc = parse(&form.doc, "conference document number", "doc")?;
        let who = Who {
            proposer: form.proposer.clone(),
            doc,
            annex: None,
            date: None,
        };
        Ok(proposal_bytes(
            &diff,
            meta(who, &diff.new)?,
            &MarkupOptions::default(),
            format,
        )?)
    };
    // A UN text is amended by instructions, not by an ITU proposal: its pair downloads as
    // them, in Word or as text (issue 26).
    let un = old.resolution.is_un() || new.resolution.is_un();
    let instructions = || -> Result<String> {
        // In English where the text's language has no sourced phrasing yet (docs/manual.md).
        Ok(amend_text::render(&amend::build(&diff)?, old.language).0)
    };
    let format = match form.format.as_deref().unwrap_or("page") {
        "html" | "md" if un => "un",
        f => f,
    };
    Ok(match format {
        "docx" if un => download(
            amend_docx::render(&instructions()?).map_err(super::super::CliError::from)?,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "instructions.docx",
        ),
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
        "un" => download(
            instructions()?.into_bytes(),
            "text/plain; charset=utf-8",
            "instructions.txt",
        ),
        "json" => download(
            diff_json::render(&diff).into_bytes(),
            "application/json",
            "diff.json",
        ),
        _ => {
            let result = html! {
                h2 {
                    (shown(&named::document(&old))) " → " (shown(&named::document(&new)))
                    " (" (new.language.english_name()) ")"
                }
                "\n"
                p class="address" {
                    "files: " (upload_names(form)) " · address: "
                    code { (shown(&old.address())) } " → " code { (shown(&new.address())) }
                }
                "\n"
                (warning_list(&notes))
                (legend(new.language))
                // Rendered (and escaped) by the library's maud template.
                (PreEscaped(diff_html::render(&diff, Layout::Inline, Links::default())))
            };
            let mut response = html(
                StatusCode::OK,
                page(
                    form,
                    result,
                    html! {
                        p { "To download the proposal, choose the files again and a format." } "\n"
                    },
                    None,
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
