//! `resdiff serve`: the corpus pages and the compare-your-files form over HTTP, on axum.
//!
//! axum on tokio is the Rust server stack most used and best kept (tokio-rs maintains both,
//! with hyper underneath), so nothing of HTTP is written here: routing, multipart and body
//! limits are axum's, panics and headers tower-http's. The corpus is read once at start into
//! memory; rendered pages are kept (the corpus does not change while the server runs), so a
//! page costs one diff the first time and a lookup after. Uploads stay in memory.
//! What one client may hold (connections, time, upload slots, workers) is bounded in
//! `limits.rs` and `server.rs`, so that no client keeps the others waiting.
//!
//! Nothing leaves the machine: the pages link only to themselves and `style.css`, and the
//! Content-Security-Policy forbids anything else (no script at all, no outside font, style and
//! forms from this server only).

mod error;
mod fields;
mod limits;
mod multipart;
pub mod pages;
mod server;
pub mod site;
mod track_forms;
mod upload;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use limits::{Gates, Limits};
use pages::{Library, Mode, Page, PageError, layout};
use resdiff::render::shown;

use super::{CliError, Result};

/// The largest upload taken, both files and the form together: the largest ITU resolution
/// seen (WTSA Res. 1 with its rules of procedure) is a 230 KB DOCX; 8 MiB is thirty times
/// that, and 32 uploads at once stay far inside the memory of a laptop.
pub const UPLOAD_LIMIT: usize = 8 * 1024 * 1024;

/// At most this many rendered pages are kept (a corpus of n revisions per series has about
/// n² diff pages; beyond the cap pages are rendered each time).
const CACHE_PAGES: usize = 4096;

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
                   base-uri 'none'; frame-ancestors 'none'";

/// What every request shares: the corpus and the pages rendered so far.
pub struct App {
    library: Library,
    /// Pages as bytes, so a hit is a reference count, not a copy.
    cache: Mutex<HashMap<Page, Bytes>>,
    /// The limits and the slots they count.
    gates: Gates,
}

impl App {
    pub fn new(library: Library) -> App {
        App::with_limits(library, Limits::default())
    }

    pub fn with_limits(library: Library, limits: Limits) -> App {
        App {
            library,
            cache: Mutex::new(HashMap::new()),
            gates: Gates::new(limits),
        }
    }

    fn cached(&self, page: &Page) -> Option<Bytes> {
        self.cache.lock().ok().and_then(|c| c.get(page).cloned())
    }

    fn page(&self, page: &Page) -> std::result::Result<Bytes, PageError> {
        if let Some(hit) = self.cached(page) {
            return Ok(hit);
        }
        let html = Bytes::from(self.library.render(page, Mode::Server)?);
        if let Ok(mut c) = self.cache.lock()
            && c.len() < CACHE_PAGES
        {
            c.insert(page.clone(), html.clone());
        }
        Ok(html)
    }
}

/// The application: routes, limits, headers, and a 500 page for a panic.
pub fn router(app: Arc<App>) -> Router {
    let routes = Router::new()
        .route("/", get(index))
        .route("/style.css", get(stylesheet))
        .route("/diff", get(pair))
        .route(
            "/compare",
            get(upload::form)
                .post(upload::compare)
                .layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route(
            "/outcome",
            get(track_forms::outcome_form)
                .post(track_forms::outcome_post)
                .layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route(
            "/compile",
            get(track_forms::compile_form)
                .post(track_forms::compile_post)
                .layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route("/{page}", get(page));
    #[cfg(test)]
    let routes = routes.route(
        "/test-panic",
        get(|| async {
            let v: Vec<u8> = Vec::new();
            // An index out of range, as a bug would make one.
            v[usize::from(v.is_empty())].to_string()
        }),
    );
    #[cfg(test)]
    let routes = routes.route(
        "/test-slow/{ms}",
        get(
            |State(app): State<Arc<App>>, UrlPath(ms): UrlPath<u64>| async move {
                // Stands for a long import: a blocking thread busy for `ms`.
                app.blocking(move |_| {
                    std::thread::sleep(std::time::Duration::from_millis(ms));
                    "done".into_response()
                })
                .await
            },
        ),
    );
    routes
        .fallback(|| async { error_page(StatusCode::NOT_FOUND, "No such page.") })
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            limits::guard,
        ))
        .with_state(app)
        .layer(CatchPanicLayer::custom(|_| {
            error_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "resdiff failed on this request (a bug: please report it). The server goes on.",
            )
        }))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
}

/// An HTML page saying what went wrong, with its status.
pub fn error_page(status: StatusCode, message: &str) -> Response {
    let body = maud::html! {
        h2 { (status) } "\n"
        p class="error" { (shown(message)) } "\n"
        p { a href="index.html" { "corpus" } } "\n"
    };
    html(status, layout("resdiff: error", body, Mode::Server))
}

fn html(status: StatusCode, body: impl Into<axum::body::Body>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body.into(),
    )
        .into_response()
}

async fn index(State(app): State<Arc<App>>) -> Response {
    show(&app, Page::Index).await
}

async fn page(State(app): State<Arc<App>>, UrlPath(name): UrlPath<String>) -> Response {
    match Page::parse(&name) {
        Some(p) => show(&app, p).await,
        None => error_page(StatusCode::NOT_FOUND, "No such page."),
    }
}

/// A page kept is answered here; one to render (a diff, a history) waits for a worker.
async fn show(app: &Arc<App>, page: Page) -> Response {
    match app.cached(&page) {
        Some(body) => html(StatusCode::OK, body),
        None => app.rendering(move |app| rendered(app, &page)).await,
    }
}

fn rendered(app: &App, page: &Page) -> Response {
    match app.page(page) {
        Ok(body) => html(StatusCode::OK, body),
        Err(PageError::NotFound) => error_page(StatusCode::NOT_FOUND, "No such page."),
        Err(e) => error_page(StatusCode::BAD_REQUEST, &e.to_string()),
    }
}

async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        pages::CSS,
    )
        .into_response()
}

/// The form on a series page: any two revisions, sent on to their diff page.
#[derive(serde::Deserialize)]
struct Pair {
    series: String,
    old: String,
    new: String,
    #[serde(default)]
    sbs: Option<String>,
}

async fn pair(Query(p): Query<Pair>) -> Response {
    let kind = if p.sbs.is_some() { "sbs" } else { "diff" };
    let Some((res, lang)) = p.series.rsplit_once('_') else {
        return error_page(StatusCode::BAD_REQUEST, "No such series.");
    };
    let name = format!("{kind}_{res}_{}_{}_{lang}.html", p.old, p.new);
    match Page::parse(&name) {
        Some(page @ Page::Diff(..)) => Redirect::to(&page.name()).into_response(),
        _ => error_page(StatusCode::BAD_REQUEST, "No such pair of revisions."),
    }
}

/// Runs the server until Ctrl-C.
pub fn serve(host: IpAddr, port: u16, corpus_root: &std::path::Path) -> Result<u8> {
    let library = site::load_library(corpus_root)?;
    let app = Arc::new(App::new(library));
    if !host.is_loopback() {
        super::note(format_args!(
            "resdiff: warning: serving on {host}, which other machines can reach; the corpus and \
             every upload are visible to anyone who can connect"
        ));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| CliError::Write {
            path: "<server>".into(),
            source,
        })?;
    let served = runtime.block_on(async move {
        let addr = SocketAddr::new(host, port);
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| CliError::Write {
                path: format!("{addr}").into(),
                source,
            })?;
        let bound = listener.local_addr().map_err(|source| CliError::Write {
            path: format!("{addr}").into(),
            source,
        })?;
        super::note(format_args!(
            "resdiff: serving the corpus on http://{bound}/ (Ctrl-C stops)"
        ));
        let limits = app.gates.limits.clone();
        server::run(listener, router(app), &limits, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
        Ok::<(), CliError>(())
    });
    // Work given up on (over its time) may still be running: it is not waited for.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    served?;
    Ok(super::exit_codes::SAME)
}

#[cfg(test)]
mod form_tests;
#[cfg(test)]
mod limit_tests;
#[cfg(test)]
mod page_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod track_tests;
#[cfg(test)]
mod upload_tests;
