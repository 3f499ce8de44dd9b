//! Hostile and ordinary requests against the router itself (no socket, no browser): tower's
//! `oneshot` sends one request through every layer the server uses.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use super::pages::Library;
use super::{App, UPLOAD_LIMIT, router};

pub(super) fn corpus_app() -> Arc<App> {
    Arc::new(App::new(Library::new(corpus_texts().clone())))
}

/// The corpus's texts, read once for every test: reading them is seconds in a test build, and
/// twenty tests (one of them eighteen times) ask. Each app still gets a library of its own, with
/// nothing worked out or cached yet, as a freshly started server has.
fn corpus_texts() -> &'static Vec<resdiff::model::Document> {
    static TEXTS: OnceLock<Vec<resdiff::model::Document>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let library = super::site::load_library(Path::new("resolutions")).expect("corpus loads");
        library.series.into_iter().flat_map(|(_, v)| v).collect()
    })
}

pub(super) async fn get(app: &Arc<App>, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = router(app.clone())
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
        .await
        .expect("infallible");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

pub(super) const BOUNDARY: &str = "resdiff-test-boundary";

/// A multipart form: files as (field, file name, bytes), then text fields.
pub(super) fn multipart(files: &[(&str, &str, &[u8])], fields: &[(&str, &str)]) -> Vec<u8> {
    let mut body = Vec::new();
    for (field, name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    for (field, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn post(app: &Arc<App>, body: Vec<u8>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    post_to(app, "/compare", body).await
}

/// Sends a multipart form to `uri`.
pub(super) async fn post_to(
    app: &Arc<App>,
    uri: &str,
    body: Vec<u8>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let req = Request::post(uri)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(body))
        .expect("request");
    let res = router(app.clone()).oneshot(req).await.expect("infallible");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (status, headers, bytes.to_vec())
}

pub(super) fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new("fixtures").join(name)).expect("fixture")
}

#[tokio::test]
async fn every_response_has_the_strict_headers() {
    let app = corpus_app();
    for uri in ["/", "/style.css", "/no-such-page.html", "/compare"] {
        let (_, h, _) = get(&app, uri).await;
        assert_eq!(
            h[header::CONTENT_SECURITY_POLICY],
            super::CSP,
            "{uri}: content-security-policy"
        );
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{uri}");
        assert_eq!(h[header::REFERRER_POLICY], "no-referrer", "{uri}");
    }
}

#[tokio::test]
async fn the_corpus_pages_are_served() {
    let app = corpus_app();
    let (s, _, index) = get(&app, "/").await;
    assert_eq!(s, StatusCode::OK);
    assert!(index.contains("res_wtdc_30_ar.html"));
    let (s, _, diff) = get(&app, "/diff_wtdc_30_dubai-2014_rcc-wtdc17_ar.html").await;
    assert_eq!(s, StatusCode::OK);
    assert!(diff.contains("<div class=\"diff inline\" lang=\"ar\" dir=\"rtl\">"));
    assert!(diff.contains("href=\"text_wtdc_30_rcc-wtdc17_ar.html#p"));
    let (s, _, history) = get(&app, "/res_wtdc_30_ar.html").await;
    assert_eq!(s, StatusCode::OK);
    assert!(history.contains("<svg"));
    // The synoptic table of the proposals to Dubai 2014; a proposal has none of its own.
    let (s, _, table) = get(&app, "/compile_wtdc_30_dubai-2014_ar.html").await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        table.contains("<th>RCC</th>") && table.contains("<th>ATU</th>"),
        "{table}"
    );
    let (s, _, _) = get(&app, "/compile_wtdc_30_rcc-wtdc17_ar.html").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // The any-pair form lands on the pair's page.
    let (s, h, _) = get(
        &app,
        "/diff?series=wtdc_30_ar&old=rcc-wtdc17&new=atu-fixture&sbs=1",
    )
    .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(
        h[header::LOCATION],
        "sbs_wtdc_30_rcc-wtdc17_atu-fixture_ar.html"
    );
}

#[tokio::test]
async fn path_traversal_is_refused() {
    let app = corpus_app();
    for uri in [
        "/..%2F..%2F..%2Fetc%2Fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/text_wtdc_30_..%2F..%2F..%2Fetc%2Fpasswd_ar.html",
        "/text_wtdc_30_..%2F030%2Fdubai-2014_ar.html",
        "/resolutions/wtdc/030/dubai-2014.ar.toml",
        "/diff?series=wtdc_30_ar&old=../../etc/passwd&new=dubai-2014",
    ] {
        let (s, _, body) = get(&app, uri).await;
        assert!(
            s == StatusCode::NOT_FOUND || s == StatusCode::BAD_REQUEST,
            "{uri}: {s}"
        );
        assert!(!body.contains("root:"), "{uri}");
        assert!(!body.contains("[revision]"), "{uri}: a corpus file leaked");
    }
}

#[tokio::test]
async fn an_oversize_upload_is_refused_with_a_page() {
    let app = corpus_app();
    let big = vec![b'a'; UPLOAD_LIMIT + 1];
    let (s, h, body) = post(&app, multipart(&[("old", "big.txt", &big)], &[])).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        h[header::CONTENT_TYPE]
            .to_str()
            .is_ok_and(|t| t.starts_with("text/html"))
    );
    let body = String::from_utf8_lossy(&body);
    assert!(
        body.contains(&format!("larger than the {UPLOAD_LIMIT} bytes")),
        "{body}"
    );
}

#[tokio::test]
async fn a_docx_that_is_not_one_gets_the_message_the_cli_gives() {
    let dir = tempfile::tempdir().expect("tmp");
    let fake = dir.path().join("letter.docx");
    let bytes = b"Dear delegate, this is plain text.";
    std::fs::write(&fake, bytes).expect("write");
    // What `resdiff diff .../letter.docx ...` prints after `resdiff: `, through the CLI's own
    // loader; the upload names the file without a folder.
    let cli_message = super::super::load_text(
        fake.to_str().expect("utf-8 path"),
        &resdiff::input::source::series_finder(Path::new("resolutions")),
        &super::super::args::TextMeta::default(),
    )
    .expect_err("refused")
    .to_string()
    .replacen(&format!("{}/", dir.path().display()), "", 1);
    assert!(cli_message.contains("not a DOCX file"), "{cli_message}");
    let app = corpus_app();
    let (s, _, body) = post(
        &app,
        multipart(
            &[
                ("old", "letter.docx", bytes),
                ("new", "rcc.txt", &fixture("wtdc-030-rcc-wtdc17.ar.txt")),
            ],
            &[("format", "page")],
        ),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let body = String::from_utf8_lossy(&body);
    assert!(
        body.contains(&maud::html! { (cli_message) }.into_string()),
        "expected {cli_message:?} in {body}"
    );
}

#[tokio::test]
async fn html_in_a_clause_is_shown_escaped() {
    let mut docs: Vec<resdiff::model::Document> = ["dubai-2014", "rcc-wtdc17"]
        .iter()
        .map(|r| {
            resdiff::input::corpus::load_file(
                &Path::new("resolutions/wtdc/030").join(format!("{r}.ar.toml")),
            )
            .expect("loads")
        })
        .collect();
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\"";
    docs[1].sections[0].clauses[0].text = hostile.to_string();
    docs[1].resolution.title = docs[0].resolution.title.clone();
    let app = Arc::new(App::new(Library::new(docs)));
    for uri in [
        "/text_wtdc_30_rcc-wtdc17_ar.html",
        "/diff_wtdc_30_dubai-2014_rcc-wtdc17_ar.html",
        "/sbs_wtdc_30_dubai-2014_rcc-wtdc17_ar.html",
        "/blame_wtdc_30_rcc-wtdc17_ar.html",
        "/res_wtdc_30_ar.html",
        "/compile_wtdc_30_dubai-2014_ar.html",
    ] {
        let (s, _, body) = get(&app, uri).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert!(!body.contains("<script"), "{uri}: a script tag got through");
        assert!(!body.contains("<img"), "{uri}: an img tag got through");
        assert!(
            body.contains("&lt;script&gt;"),
            "{uri}: the text is not shown"
        );
    }
    // And in an upload.
    let mut text = String::from_utf8(fixture("wtdc-030-rcc-wtdc17.ar.txt")).expect("utf-8");
    text = text.replacen("بالقرار", "<script>alert(3)</script> بالقرار", 1);
    let app = corpus_app();
    let (s, _, body) = post(
        &app,
        multipart(
            &[
                ("old", "dubai.txt", &fixture("wtdc-030-dubai-2014.ar.txt")),
                ("new", "rcc.txt", text.as_bytes()),
            ],
            &[("format", "page")],
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let body = String::from_utf8_lossy(&body);
    assert!(!body.contains("<script"));
    assert!(body.contains("&lt;script&gt;alert(3)"));
}

#[tokio::test]
async fn two_uploads_give_the_diff_and_the_proposal() {
    let app = corpus_app();
    let files: [(&str, &str, &[u8]); 2] = [
        ("old", "dubai.txt", &fixture("wtdc-030-dubai-2014.ar.txt")),
        ("new", "rcc.txt", &fixture("wtdc-030-rcc-wtdc17.ar.txt")),
    ];
    let (s, h, page) = post(&app, multipart(&files, &[("format", "page")])).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CACHE_CONTROL], "no-store");
    let page = String::from_utf8_lossy(&page);
    assert!(
        page.contains("Resolution 30 (Rev. Dubai, 2014) → Resolution 30, RCC proposal"),
        "the texts by their names (issue 26)"
    );
    assert!(page.contains("files: dubai.txt → rcc.txt"));
    assert!(page.contains("<ins>"));
    let (s, h, docx) = post(&app, multipart(&files, &[("format", "docx")])).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        h[header::CONTENT_DISPOSITION],
        "attachment; filename=\"proposal.docx\""
    );
    let read = resdiff::input::import_docx(
        &docx,
        &resdiff::input::ImportOptions::default(),
        &resdiff::input::ImportOptions::default(),
    )
    .expect("the download is a DOCX resdiff reads");
    let proposal = read.proposal.expect("with tracked changes");
    assert_eq!(
        proposal
            .document
            .revision
            .stage
            .proposer()
            .map(|p| p.as_str()),
        Some("RCC")
    );
    let (s, h, un) = post(&app, multipart(&files, &[("format", "un")])).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        h[header::CONTENT_DISPOSITION],
        "attachment; filename=\"instructions.txt\""
    );
    assert!(!un.is_empty());
    let (s, _, json) = post(&app, multipart(&files, &[("format", "json")])).await;
    assert_eq!(s, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&json).expect("json");
    assert!(v["summary"]["MOD"].as_u64().is_some_and(|n| n > 0));
}

#[tokio::test]
async fn a_panic_answers_500_and_the_server_goes_on() {
    let app = corpus_app();
    let (s, h, body) = get(&app, "/test-panic").await;
    assert_eq!(s, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(body.contains("The server goes on"));
    let (s, _, _) = get(&app, "/").await;
    assert_eq!(s, StatusCode::OK);
}
