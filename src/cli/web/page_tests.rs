//! A paragraph's own page (issue 26, item 7), reached from the text, diff and paragraph
//! history pages.

use axum::http::StatusCode;

use super::tests::{corpus_app, get};

/// The paragraph pages a page links to.
fn paragraph_links(page: &str) -> Vec<String> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|link| link.starts_with("para_"))
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn every_paragraph_links_to_its_own_page_with_each_revision() {
    let app = corpus_app();
    for uri in [
        "/text_unga_ict4sd_80-118_en.html",
        "/blame_unga_ict4sd_80-118_en.html",
        "/diff_unga_ict4sd_79-194_80-118_en.html",
        "/sbs_unga_ict4sd_79-194_80-118_ar.html",
        "/text_wtdc_30_rcc-wtdc17_ar.html",
    ] {
        let (s, _, page) = get(&app, uri).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert!(paragraph_links(&page).len() > 50, "{uri}");
    }
    // PP1 of A/RES/80/118 ("Recalling its resolution 79/194 ...") stands in all seven
    // revisions; its page shows each, and the change of the cited symbol at each step.
    let (_, _, text) = get(&app, "/text_unga_ict4sd_80-118_en.html").await;
    let first = paragraph_links(&text).remove(0);
    let (s, _, page) = get(&app, &format!("/{first}")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains("PP1, A/RES/80/118 (English), in every revision"),
        "{page}"
    );
    for symbol in [
        "A/RES/74/197 (2019)",
        "A/RES/79/194 (2024)",
        "A/RES/80/118 (2025)",
    ] {
        assert!(page.contains(symbol), "{symbol}");
    }
    assert_eq!(page.matches("<tr class=").count(), 7, "{page}");
    assert!(page.contains("<del>") && page.contains("<ins>"), "{page}");
    // Names are strict: no leading zeros, no index past the lineage.
    assert_eq!(
        get(&app, "/para_unga_ict4sd_01_en.html").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&app, "/para_unga_ict4sd_99999_en.html").await.0,
        StatusCode::NOT_FOUND
    );
}
