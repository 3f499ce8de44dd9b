//! The outcome and synoptic-table forms: a set of your own files (a base, proposals, the adopted
//! text) uploaded, read by the importers `resdiff outcome` and `resdiff compile` use, and the
//! library's own HTML table shown (`render::report::{outcome_html, compile_html}`), or its JSON
//! downloaded. Files stay in memory, as on the compare form.

use std::sync::Arc;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, PreEscaped, html};

use resdiff::input::source::defaults_from;
use resdiff::input::{ImportOptions, Side};
use resdiff::model::Document;
use resdiff::render::json;
use resdiff::render::report::{compile_html, outcome_html};
use resdiff::track::compile::compile;
use resdiff::track::outcome::outcome;

use super::super::CliError;
use super::error::WebError;
use super::fields::{input, refusal};
use super::limits::Limits;
use super::pages::{Library, Mode, layout, legend};
use super::upload::{self, ACCEPT, File, Form, says_what_it_is, warning_list, warnings};
use super::{App, UPLOAD_LIMIT, html};

/// Which form: what it asks for and what it shows.
#[derive(Clone, Copy)]
enum Kind {
    Outcome,
    Compile,
}

impl Kind {
    fn action(self) -> &'static str {
        match self {
            Kind::Outcome => "outcome",
            Kind::Compile => "compile",
        }
    }
}

type Result<T> = std::result::Result<T, WebError>;

/// The fields for what the texts do not say, filled in with what `form` sent.
fn fields(form: &Form, e: Option<&WebError>) -> Markup {
    html! {
        fieldset {
            legend { "When the texts do not say" }
            (input(form, "language", 3, "ar", e))
            (input(form, "body", 8, "wtdc", e))
            (input(form, "number", 4, "30", e))
        }
        "\n"
    }
}

/// The form, filled in with what `form` sent, under `result` or the error `e`.
fn page(kind: Kind, result: Markup, form: &Form, e: Option<&WebError>) -> String {
    let (title, intro) = match kind {
        Kind::Outcome => (
            "What became of a proposal",
            "For each change a proposal made to its base: whether the adopted text made it \
             (adopted, partly, not adopted, adopted differently).",
        ),
        Kind::Compile => (
            "Synoptic table of proposals",
            "Proposals against one base side by side: a row per provision, a column per \
             proposal, provisions two proposals amend differently marked as conflicts.",
        ),
    };
    let files = html! {
        @match kind {
            Kind::Outcome => {
                label {
                    "Base (the text the proposal amends) "
                    input type="file" name="base" accept=(ACCEPT);
                }
                label { "Proposal " input type="file" name="proposal" accept=(ACCEPT); }
                label { "Adopted text " input type="file" name="adopted" accept=(ACCEPT); }
            }
            Kind::Compile => {
                label { "Base " input type="file" name="base" accept=(ACCEPT); }
                label {
                    "Proposals (choose several) "
                    input type="file" name="proposals" multiple accept=(ACCEPT);
                }
            }
        }
    };
    let body = html! {
        (result)
        (refusal(e))
        h2 { (title) } "\n"
        p {
            (intro) " Plain text, Word (.docx), Akoma Ntoso (.xml) or corpus files (.toml); \
            files stay in this program's memory and are never written to disk; up to "
            (UPLOAD_LIMIT) " bytes in all."
        }
        "\n"
        form class="upload" method="post" action=(kind.action()) enctype="multipart/form-data" {
            "\n"
            fieldset { legend { "Texts" } (files) } "\n"
            (fields(form, e))
            button type="submit" name="format" value="page" { "Show the table" } " "
            button type="submit" name="format" value="json" { "JSON" } "\n"
        }
        "\n"
    };
    layout(&format!("resdiff: {}", kind.action()), body, Mode::Server)
}

pub async fn outcome_form() -> Response {
    html(
        StatusCode::OK,
        page(Kind::Outcome, Markup::default(), &Form::default(), None),
    )
}

pub async fn compile_form() -> Response {
    html(
        StatusCode::OK,
        page(Kind::Compile, Markup::default(), &Form::default(), None),
    )
}

pub async fn outcome_post(
    State(app): State<Arc<App>>,
    multipart: std::result::Result<Multipart, MultipartRejection>,
) -> Response {
    post(Kind::Outcome, app, multipart).await
}

pub async fn compile_post(
    State(app): State<Arc<App>>,
    multipart: std::result::Result<Multipart, MultipartRejection>,
) -> Response {
    post(Kind::Compile, app, multipart).await
}

async fn post(
    kind: Kind,
    app: Arc<App>,
    multipart: std::result::Result<Multipart, MultipartRejection>,
) -> Response {
    let form = match upload::read(multipart).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    app.blocking(
        move |app| match run(kind, &form, &app.library, &app.gates.limits) {
            Ok(r) => r,
            Err(e) => html(e.status, page(kind, Markup::default(), &form, Some(&e))),
        },
    )
    .await
}

/// The texts in the order given, each with what it lacks filled from the first text that
/// says what it is (a DOCX or AKN file, or else the first), as `resdiff outcome` borrows the
/// base's; and every warning.
fn load(form: &Form, files: &[&File], library: &Library) -> Result<(Vec<Document>, Vec<String>)> {
    let overrides = upload::overrides(form)?;
    let mut notes = Vec::new();
    let first = files
        .iter()
        .position(|f| says_what_it_is(f))
        .unwrap_or_default();
    let lead = upload::read_one(
        files[first],
        &overrides,
        &ImportOptions::default(),
        Side::Proposal,
        library,
    )?;
    let defaults = defaults_from(&lead.document);
    let mut docs = Vec::with_capacity(files.len());
    for (i, f) in files.iter().enumerate() {
        let imported = if i == first {
            lead.clone()
        } else {
            // A base given as a DOCX with tracked changes is its base side, anything else the
            // proposal side: the text as its author meant it.
            let take = if i == 0 { Side::Base } else { Side::Proposal };
            upload::read_one(f, &overrides, &defaults, take, library)?
        };
        notes.extend(warnings(&f.name, &imported));
        docs.push(imported.document);
    }
    Ok((docs, notes))
}

fn run(kind: Kind, form: &Form, library: &Library, limits: &Limits) -> Result<Response> {
    let missing = |what: &str, field| WebError::fill(format!("choose {what}: a file"), field);
    let base = form
        .file("base")
        .ok_or_else(|| missing("the base", "base"))?;
    let mut files = vec![base];
    match kind {
        Kind::Outcome => {
            files.push(
                form.file("proposal")
                    .ok_or_else(|| missing("the proposal", "proposal"))?,
            );
            files.push(
                form.file("adopted")
                    .ok_or_else(|| missing("the adopted text", "adopted"))?,
            );
        }
        Kind::Compile => {
            let proposals = form.files("proposals");
            if proposals.is_empty() {
                return Err(missing("at least one proposal", "proposals"));
            }
            too_many_proposals(proposals.len(), limits)?;
            files.extend(proposals);
        }
    }
    let (docs, notes) = load(form, &files, library)?;
    let (table, value) = match kind {
        Kind::Outcome => {
            let o = outcome(&docs[0], &docs[1], &docs[2]).map_err(CliError::from)?;
            (outcome_html::table(&o), json::render(&o))
        }
        Kind::Compile => {
            let mut s = compile(&docs[0], &docs[1..]).map_err(CliError::from)?;
            too_many_cells(&s, limits)?;
            let value = json::render(&s);
            // Uploads that name no proposer are told apart by their file names, not by the
            // one address they all share (issue 26).
            for (who, f) in s.proposers.iter_mut().zip(&files[1..]) {
                if who.is_none() {
                    *who = Some(f.name.display().to_string());
                }
            }
            (
                compile_html::table(&s, &files[0].name.display().to_string()),
                value,
            )
        }
    };
    let mut response = if form.format.as_deref() == Some("json") {
        let name = match kind {
            Kind::Outcome => "attachment; filename=\"outcome.json\"",
            Kind::Compile => "attachment; filename=\"synopsis.json\"",
        };
        (
            [
                (header::CONTENT_TYPE, "application/json"),
                (header::CONTENT_DISPOSITION, name),
            ],
            value,
        )
            .into_response()
    } else {
        let dir = if docs[0].language.is_rtl() {
            "rtl"
        } else {
            "ltr"
        };
        let result = html! {
            (warning_list(&notes))
            (legend(docs[0].language))
            div class=(kind.action()) lang=(docs[0].language) dir=(dir) {
                // Rendered (and escaped) by the library's maud template.
                (PreEscaped(table))
            }
            "\n"
        };
        html(StatusCode::OK, page(kind, result, form, None))
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// A synoptic table grows with its proposals times its provisions (1,200 tiny proposals once
/// made 177 MB of HTML): their number is refused before anything is read.
fn too_many_proposals(sent: usize, limits: &Limits) -> Result<()> {
    if sent <= limits.proposals {
        return Ok(());
    }
    Err(WebError::fill(
        format!(
            "{sent} files chosen under Proposals: a synoptic table here takes at most {} \
             proposals; choose fewer, or run `resdiff compile` on your own machine",
            limits.proposals
        ),
        "proposals",
    ))
}

/// ... and the table's size before it is written out.
fn too_many_cells(s: &resdiff::track::compile::Synopsis, limits: &Limits) -> Result<()> {
    let cells = s.rows.len().saturating_mul(s.proposals.len());
    if cells <= limits.cells {
        return Ok(());
    }
    Err(WebError::fill(
        format!(
            "the synoptic table of these files has {cells} cells ({} provisions × {} proposals), \
             more than the {} this server makes; choose fewer files under Proposals, or run \
             `resdiff compile` on your own machine",
            s.rows.len(),
            s.proposals.len(),
            limits.cells
        ),
        "proposals",
    ))
}
