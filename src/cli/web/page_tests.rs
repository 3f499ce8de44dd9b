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

/// Issue 26, item 2: the legend speaks the language of the page's texts where a term for its
/// explanations has been read in a source. None has but English, so an Arabic, Chinese or
/// French page explains the symbols in English, marked `lang="en"` (a screen reader reads it
/// as English) and saying why; an English page has its own legend and no such note.
#[tokio::test]
async fn the_legend_falls_back_to_english_marked_and_said() {
    let app = corpus_app();
    let legend = |page: &str| -> String {
        let from = page.find("<dl class=\"legend\"").expect("a legend");
        let to = page[from..].find("</details>").expect("its end") + from;
        page[from..to].to_string()
    };
    for uri in [
        "/diff_unga_ict4sd_79-194_80-118_ar.html",
        "/sbs_unga_ict4sd_79-194_80-118_zh.html",
        "/res_unga_ict4sd_fr.html",
        "/compile_wtdc_30_dubai-2014_ar.html",
    ] {
        let (s, _, page) = get(&app, uri).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        let l = legend(&page);
        assert_eq!(l.matches("<dd lang=\"en\">").count(), 9, "{uri}: {l}");
        assert_eq!(l.matches("<dd>").count(), 0, "{uri}: {l}");
        assert!(
            l.contains("<p class=\"legend-note\" lang=\"en\" dir=\"ltr\">")
                && l.contains("no ")
                && l.contains(" term for them has been read in a source"),
            "{uri}: {l}"
        );
    }
    let (_, _, page) = get(&app, "/diff_unga_ict4sd_79-194_80-118_en.html").await;
    let l = legend(&page);
    assert_eq!(l.matches("<dd>").count(), 9, "{l}");
    assert!(!l.contains("lang=") && !l.contains("legend-note"), "{l}");
}
