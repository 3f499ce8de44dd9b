//! The compare form reads what `resdiff diff` reads, alike; and every refusal a form can get
//! says it in the form's words (a field to fill, never a command-line flag) above the form as
//! it was sent.

use std::path::Path;

use axum::http::StatusCode;

use resdiff::diff::{DiffOptions, diff_documents};
use resdiff::render::diff_json;

use super::tests::{corpus_app, fixture, multipart, post_to};

/// What `resdiff diff OLD NEW --format json` prints, through the command line's own loader.
fn cli_json(old: &str, new: &str) -> String {
    let (old, new) = super::super::load_pair(
        old,
        new,
        &super::super::args::TextMeta::default(),
        &std::sync::Arc::new(resdiff::input::source::series_finder(Path::new(
            "resolutions",
        ))),
    )
    .expect("the command line compares them");
    diff_json::render(&diff_documents(&old, &new, &DiffOptions::default()).expect("comparable"))
}

#[tokio::test]
async fn header_less_texts_give_the_command_lines_diff_either_way_round() {
    let app = corpus_app();
    let (a, b) = ("dubai-2014.ar.txt", "rcc-wtdc17.ar.txt");
    let bytes = |n: &str| fixture(&format!("headerless/{n}"));
    for (old, new) in [(a, b), (b, a)] {
        let files: [(&str, &str, &[u8]); 2] =
            [("old", old, &bytes(old)), ("new", new, &bytes(new))];
        let (s, _, json) =
            post_to(&app, "/compare", multipart(&files, &[("format", "json")])).await;
        let json = String::from_utf8_lossy(&json);
        assert_eq!(s, StatusCode::OK, "{old} against {new}: {json}");
        let cli = cli_json(
            &format!("fixtures/headerless/{old}"),
            &format!("fixtures/headerless/{new}"),
        );
        assert_eq!(json, cli, "{old} against {new}");
    }
}

/// Files, fields, what the page must say, and the field marked to fill.
type Case<'a> = (
    Vec<(&'a str, &'a str, &'a [u8])>,
    Vec<(&'a str, &'a str)>,
    &'a str,
    Option<&'a str>,
);

/// A refusal page: its status, and the page.
async fn refused(uri: &str, files: &[(&str, &str, &[u8])], fields: &[(&str, &str)]) -> String {
    let app = corpus_app();
    let (s, _, page) = post_to(&app, uri, multipart(files, fields)).await;
    let page = String::from_utf8_lossy(&page).into_owned();
    assert!(!s.is_success(), "{uri} {fields:?}: answered {s}");
    assert!(
        !page.contains("--"),
        "{uri} {fields:?}: a page shows flag text: {page}"
    );
    page
}

#[tokio::test]
async fn no_refusal_speaks_in_flags_and_each_names_its_field() {
    let dubai = fixture("headerless/dubai-2014.ar.txt");
    let rcc = fixture("headerless/rcc-wtdc17.ar.txt");
    let docx = fixture("docx/T-RES-T.1-2016-MSW-E.docx");
    let akn = fixture("akn/unga-ict4sd/A_RES_78_132-2325902E.xml");
    let sections_old = fixture("diff/sections/old.txt");
    let sections_new = fixture("diff/sections/new.txt");
    let two: [(&str, &str, &[u8]); 2] = [("old", "dubai.txt", &dubai), ("new", "rcc.txt", &rcc)];
    // (files, fields, what the page must say, the field marked to fill)
    let cases: Vec<Case> = vec![
        (vec![], vec![], "choose the old text", Some("old")),
        (vec![two[0]], vec![], "choose the new text too", Some("new")),
        (
            vec![("old", "wtsa1.docx", &docx)],
            vec![],
            "choose the new text too",
            Some("new"),
        ),
        (
            vec![("old", "letter.docx", b"Dear delegate"), two[1]],
            vec![],
            "not a DOCX",
            None,
        ),
        (
            two.to_vec(),
            vec![("language", "xx")],
            "fill in Language",
            Some("language"),
        ),
        (
            two.to_vec(),
            vec![("body", "nobody")],
            "fill in Body",
            Some("body"),
        ),
        (
            two.to_vec(),
            vec![("format", "docx")],
            "names no proposer: fill in Proposer",
            Some("proposer"),
        ),
        (
            two.to_vec(),
            vec![("format", "docx"), ("proposer", "RCC")],
            "names no conference document: fill in Conference document",
            Some("doc"),
        ),
        (
            two.to_vec(),
            vec![("format", "html"), ("proposer", "RCC"), ("doc", "x")],
            "fill in Conference document",
            Some("doc"),
        ),
        (
            vec![
                ("old", "old.txt", &sections_old),
                ("new", "new.txt", &sections_new),
            ],
            vec![("format", "un")],
            "needs the ITU form: choose Proposal (DOCX)",
            None,
        ),
        (
            vec![("old", "78-132.xml", &akn), ("new", "78-132b.xml", &akn)],
            vec![("number", "30")],
            "fill in Number",
            Some("number"),
        ),
        (
            vec![two[0], ("new", "78-132.xml", &akn)],
            vec![],
            "different resolutions",
            None,
        ),
        (
            vec![two[0], ("new", "empty.txt", b"")],
            vec![],
            "empty",
            None,
        ),
    ];
    for (files, mut fields, says, fill) in cases {
        fields.push(("title", "Rôle \"de\" <l'UIT>"));
        let page = refused("/compare", &files, &fields).await;
        assert!(
            page.contains(says),
            "{fields:?}: expected {says:?} in {page}"
        );
        // The form comes back as it was sent, escaped as any text the page shows.
        assert!(
            page.contains("name=\"title\" size=\"40\" value=\"Rôle &quot;de&quot; &lt;l'UIT&gt;\""),
            "{fields:?}: the title is not kept: {page}"
        );
        if let Some(field) = fill {
            let marked = format!("name=\"{field}\"");
            let is_file = matches!(field, "old" | "new");
            assert!(
                is_file
                    || page
                        .split("<input")
                        .any(|i| i.contains(&marked) && i.contains("class=\"fill\"")),
                "{fields:?}: {field} is not marked: {page}"
            );
        }
    }
    for (uri, files) in [
        ("/outcome", vec![two[0]]),
        ("/compile", vec![("base", "dubai.txt", &dubai[..])]),
        (
            "/outcome",
            vec![
                ("base", "a.txt", &dubai[..]),
                ("proposal", "b.txt", &rcc[..]),
                ("adopted", "c.txt", b""),
            ],
        ),
    ] {
        let files: Vec<_> = files
            .into_iter()
            .map(|(f, n, b)| (if f == "old" { "base" } else { f }, n, b))
            .collect();
        let page = refused(uri, &files, &[("language", "ar")]).await;
        assert!(
            page.contains("value=\"ar\""),
            "{uri}: the form is not kept: {page}"
        );
    }
    // A request that is no form at all, and one too large.
    let app = corpus_app();
    let (s, _, page) = post_to(&app, "/compare", b"not multipart".to_vec()).await;
    assert!(!s.is_success() && !String::from_utf8_lossy(&page).contains("--"));
    let big = vec![b'a'; super::UPLOAD_LIMIT + 1];
    let (s, _, page) = post_to(
        &app,
        "/compare",
        multipart(&[("old", "big.txt", &big)], &[]),
    )
    .await;
    assert!(!s.is_success() && !String::from_utf8_lossy(&page).contains("--"));
}
