//! Uploads the compare form took wrongly (issue 27, finding 24), and UN pairs downloaded as
//! UN amendment instructions (issue 26): each case as a browser sends it.

use std::io::Read;

use axum::http::{StatusCode, header};

use super::tests::{BOUNDARY, corpus_app, fixture, multipart, post_to};

/// A multipart body whose file names are raw bytes, as a browser may send them.
fn raw(files: &[(&str, &[u8], &[u8])], fields: &[(&str, &str)]) -> Vec<u8> {
    let mut body = Vec::new();
    for (field, name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\""
            )
            .as_bytes(),
        );
        body.extend_from_slice(name);
        body.extend_from_slice(b"\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    for (field, value) in fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn compare(body: Vec<u8>) -> (StatusCode, String) {
    let (s, _, page) = post_to(&corpus_app(), "/compare", body).await;
    (s, String::from_utf8_lossy(&page).into_owned())
}

fn corpus(path: &str) -> Vec<u8> {
    std::fs::read(std::path::Path::new("resolutions").join(path)).expect("corpus file")
}

#[tokio::test]
async fn a_toml_in_capitals_is_read_as_a_corpus_file() {
    let old = corpus("wtdc/030/dubai-2014.ar.toml");
    let new = corpus("wtdc/030/rcc-wtdc17.ar.toml");
    let files: [(&str, &str, &[u8]); 2] = [("old", "OLD.TOML", &old), ("new", "NEW.Toml", &new)];
    let (s, page) = compare(multipart(&files, &[("format", "page")])).await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(page.contains("Resolution 30 (Rev. Dubai, 2014)"), "{page}");
}

#[tokio::test]
async fn utf16_is_named_as_such() {
    let text = String::from_utf8(fixture("wtdc-030-dubai-2014.ar.txt")).expect("utf-8");
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let new = fixture("wtdc-030-rcc-wtdc17.ar.txt");
    let files: [(&str, &str, &[u8]); 2] = [("old", "dubai.txt", &utf16), ("new", "rcc.txt", &new)];
    let (s, page) = compare(multipart(&files, &[("format", "page")])).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains("UTF-16"), "{page}");
    assert!(!page.contains("(byte 0)"), "{page}");
}

#[tokio::test]
async fn a_file_whose_name_is_not_utf8_is_still_read() {
    let old = fixture("wtdc-030-dubai-2014.ar.txt");
    let new = fixture("wtdc-030-rcc-wtdc17.ar.txt");
    // `d\xe9but.txt` in Latin-1, as an old browser on Windows may send it.
    let files: [(&str, &[u8], &[u8]); 2] =
        [("old", b"d\xe9but.txt", &old), ("new", b"rcc.txt", &new)];
    let (s, page) = compare(raw(&files, &[("format", "page")])).await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(page.contains("<ins>"), "{page}");
}

#[tokio::test]
async fn a_file_without_a_name_is_named_by_its_field() {
    let new = fixture("wtdc-030-rcc-wtdc17.ar.txt");
    let files: [(&str, &str, &[u8]); 2] = [
        ("old", "", b"no heading at all\n"),
        ("new", "rcc.txt", &new),
    ];
    let (s, page) = compare(multipart(&files, &[("format", "page")])).await;
    assert!(!s.is_success(), "{page}");
    assert!(!page.contains("<p class=\"error\">: "), "{page}");
    assert!(page.contains("the old text"), "{page}");
}

#[tokio::test]
async fn an_empty_toml_is_called_empty() {
    let new = corpus("wtdc/030/rcc-wtdc17.ar.toml");
    let files: [(&str, &str, &[u8]); 2] = [("old", "old.toml", b""), ("new", "new.toml", &new)];
    let (s, page) = compare(multipart(&files, &[("format", "page")])).await;
    assert!(!s.is_success(), "{page}");
    assert!(!page.contains("missing field"), "{page}");
    assert!(page.contains("empty"), "{page}");
}

#[tokio::test]
async fn a_un_pair_downloads_as_un_instructions_in_word_and_text() {
    let old = corpus("unga/ict4sd/79-194.en.toml");
    let new = corpus("unga/ict4sd/80-118.en.toml");
    let files: [(&str, &str, &[u8]); 2] =
        [("old", "79-194.toml", &old), ("new", "80-118.toml", &new)];
    let app = corpus_app();
    let (s, h, docx) = post_to(&app, "/compare", multipart(&files, &[("format", "docx")])).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        h[header::CONTENT_DISPOSITION],
        "attachment; filename=\"instructions.docx\""
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a DOCX package");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("the document part")
        .read_to_string(&mut xml)
        .expect("UTF-8 XML");
    let (s, h, text) = post_to(&app, "/compare", multipart(&files, &[("format", "un")])).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        h[header::CONTENT_DISPOSITION],
        "attachment; filename=\"instructions.txt\""
    );
    let text = String::from_utf8(text).expect("UTF-8");
    assert!(text.contains("preambular paragraph"), "{text}");
    // Every instruction of the text is a paragraph of the Word file, in order.
    let first = text.split("\n\n").next().expect("an instruction");
    let quoted = first.split('“').next().expect("words before a quotation");
    assert!(xml.contains(quoted.trim()), "{quoted}");
    assert_eq!(
        xml.matches("<w:p>").count(),
        text.split("\n\n").filter(|p| !p.trim().is_empty()).count()
    );
    // The HTML and Markdown buttons do not make an ITU proposal of it either.
    let (_, h, _) = post_to(&app, "/compare", multipart(&files, &[("format", "md")])).await;
    assert_eq!(
        h[header::CONTENT_DISPOSITION],
        "attachment; filename=\"instructions.txt\""
    );
}

/// Issue 26 item 8, as issue 24 finding 4 for `import`: an Akoma Ntoso upload whose own symbol
/// the corpus lacks is filed in its predecessor's series by title, as the command line files it,
/// where the web app knew only symbols and named a provisional series.
#[tokio::test]
async fn an_akn_upload_is_filed_by_its_predecessors_title() {
    let dir = std::path::Path::new("fixtures/akn/unga-79-80-series");
    let app = std::sync::Arc::new(super::App::new(
        super::site::load_library(&dir.join("corpus")).expect("corpus loads"),
    ));
    let old = std::fs::read(dir.join("corpus/unga/tax-cooperation/79-235.en.toml")).expect("old");
    let new = fixture("akn/unga-79-80-series/A_RES_80_128-2520741E.xml");
    let files: [(&str, &str, &[u8]); 2] = [
        ("old", "79-235.en.toml", &old),
        ("new", "A_RES_80_128.xml", &new),
    ];
    let (s, _, page) = post_to(&app, "/compare", multipart(&files, &[("format", "page")])).await;
    let page = String::from_utf8_lossy(&page);
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        page.contains("<code>unga/tax-cooperation@80-128:en</code>"),
        "{page}"
    );
    assert!(
        page.contains("series `tax-cooperation` proposed: same title as A/RES/79/235"),
        "{page}"
    );
    assert!(!page.contains("for this run"), "{page}");
}
