//! The upload forms beyond compare: Akoma Ntoso files on the compare form, and the outcome and
//! synoptic-table forms. Each answer is checked against what the library gives for the same
//! texts from the corpus, so the forms are known to read uploads as the command line does.

use axum::http::{StatusCode, header};
use serde_json::Value;

use super::tests::{corpus_app, fixture, get, multipart, post_to};
use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::input::corpus::{Address, Corpus, load_file};
use resdiff::model::Document;
use resdiff::render::{diff_json, json};

fn corpus(address: &str) -> Document {
    let corpus = Corpus::open(std::path::Path::new("resolutions")).expect("corpus");
    let address: Address = address.parse().expect("address");
    corpus.load(&address).expect("corpus text")
}

fn value(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("JSON")
}

#[tokio::test]
async fn akn_uploads_are_compared_in_their_series() {
    let app = corpus_app();
    let old = fixture("akn/ecosoc-wsis/E_RES_2024_13-2414121E.xml");
    let new = fixture("akn/ecosoc-wsis/E_RES_2025_18-2513008E.xml");
    let files: [(&str, &str, &[u8]); 2] = [
        ("old", "E_RES_2024_13.xml", &old),
        ("new", "E_RES_2025_18.xml", &new),
    ];
    let (s, _, page) = post_to(&app, "/compare", multipart(&files, &[("format", "page")])).await;
    let page = String::from_utf8_lossy(&page);
    assert_eq!(s, StatusCode::OK, "{page}");
    // The series comes from the corpus revision with the same symbol.
    assert!(
        page.contains("<code>ecosoc/wsis@2024-13:en</code> → <code>ecosoc/wsis@2025-18:en</code>"),
        "{page}"
    );
    assert!(page.contains("E/RES/2024/13 → E/RES/2025/18"), "{page}");
    let (s, _, got) = post_to(&app, "/compare", multipart(&files, &[("format", "json")])).await;
    assert_eq!(s, StatusCode::OK);
    let expected = diff_documents(
        &corpus("ecosoc/wsis@2024-13:en"),
        &corpus("ecosoc/wsis@2025-18:en"),
        &DiffOptions::default(),
    )
    .expect("diff");
    assert_eq!(value(&got), value(diff_json::render(&expected).as_bytes()));
}

#[tokio::test]
async fn the_outcome_form_gives_the_commands_verdicts() {
    let app = corpus_app();
    let (s, _, form) = get(&app, "/outcome").await;
    assert_eq!(s, StatusCode::OK);
    assert!(form.contains("name=\"adopted\""));
    let adopted = fixture("tracking/wtdc-030-adopted-fixture.ar.toml");
    let files: [(&str, &str, &[u8]); 3] = [
        ("base", "dubai.txt", &fixture("wtdc-030-dubai-2014.ar.txt")),
        (
            "proposal",
            "rcc.txt",
            &fixture("wtdc-030-rcc-wtdc17.ar.txt"),
        ),
        ("adopted", "adopted.ar.toml", &adopted),
    ];
    let expected = resdiff::track::outcome::outcome(
        &corpus("wtdc/30@dubai-2014:ar"),
        &corpus("wtdc/30@rcc-wtdc17:ar"),
        &load_file(std::path::Path::new(
            "fixtures/tracking/wtdc-030-adopted-fixture.ar.toml",
        ))
        .expect("fixture"),
    )
    .expect("outcome");
    let (s, h, got) = post_to(&app, "/outcome", multipart(&files, &[("format", "json")])).await;
    assert_eq!(s, StatusCode::OK, "{}", String::from_utf8_lossy(&got));
    assert_eq!(h[header::CACHE_CONTROL], "no-store");
    assert_eq!(value(&got), value(json::render(&expected).as_bytes()));
    let (s, _, page) = post_to(&app, "/outcome", multipart(&files, &[("format", "page")])).await;
    assert_eq!(s, StatusCode::OK);
    let page = String::from_utf8_lossy(&page);
    assert!(page.contains("dir=\"rtl\""));
    // One row per change, each with its verdict's class, as many as the command counts.
    for (verdict, class) in [
        ("adopted", "adopted"),
        ("partly", "partly"),
        ("not adopted", "not-adopted"),
        ("adopted differently", "adopted-differently"),
    ] {
        let rows = page.matches(&format!("<tr class=\"{class}\">")).count();
        assert_eq!(rows, expected.summary[verdict], "{verdict}");
    }
    assert!(expected.items.len() > 3, "a real outcome, not an empty one");
}

#[tokio::test]
async fn the_compile_form_tables_several_proposals() {
    let app = corpus_app();
    let atu = std::fs::read("resolutions/wtdc/030/atu-fixture.ar.toml").expect("corpus file");
    let files: [(&str, &str, &[u8]); 3] = [
        (
            "base",
            "dubai<2014>.txt",
            &fixture("wtdc-030-dubai-2014.ar.txt"),
        ),
        (
            "proposals",
            "rcc.txt",
            &fixture("wtdc-030-rcc-wtdc17.ar.txt"),
        ),
        ("proposals", "atu-fixture.ar.toml", &atu),
    ];
    let expected = resdiff::track::compile::compile(
        &corpus("wtdc/30@dubai-2014:ar"),
        &[
            corpus("wtdc/30@rcc-wtdc17:ar"),
            corpus("wtdc/30@atu-fixture:ar"),
        ],
    )
    .expect("compile");
    let (s, _, got) = post_to(&app, "/compile", multipart(&files, &[("format", "json")])).await;
    assert_eq!(s, StatusCode::OK, "{}", String::from_utf8_lossy(&got));
    assert_eq!(value(&got), value(json::render(&expected).as_bytes()));
    let (s, _, page) = post_to(&app, "/compile", multipart(&files, &[("format", "page")])).await;
    assert_eq!(s, StatusCode::OK);
    let page = String::from_utf8_lossy(&page);
    // The base's column is named by its file (escaped), beside the proposers'.
    assert!(
        page.contains("<th>dubai&lt;2014&gt;.txt</th><th>RCC</th>"),
        "{page}"
    );
    assert!(expected.conflicts() > 0);
    assert!(page.contains(&format!(
        "{} conflicting provision(s) highlighted",
        expected.conflicts()
    )));
}

#[tokio::test]
async fn a_form_without_its_files_says_which_is_missing() {
    let app = corpus_app();
    let base = fixture("wtdc-030-dubai-2014.ar.txt");
    let files: [(&str, &str, &[u8]); 1] = [("base", "dubai.txt", &base)];
    let (s, _, page) = post_to(&app, "/outcome", multipart(&files, &[])).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(String::from_utf8_lossy(&page).contains("choose the proposal"));
    let (s, _, page) = post_to(&app, "/compile", multipart(&files, &[])).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(String::from_utf8_lossy(&page).contains("choose at least one proposal"));
}
