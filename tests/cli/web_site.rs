//! `resdiff site OUT/`: the static site opens from disk with no broken link. Every page is
//! read, every `href` and `src` followed (relative file, and the `#anchor` in it).

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use crate::common;
use common::resdiff;

/// `href="..."` and `src="..."` values of a page (the pages write attributes in double quotes).
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\"", "action=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].replace("&amp;", "&"));
                rest = &rest[end..];
            }
        }
    }
    out
}

fn ids(html: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        rest = &rest[i + 5..];
        if let Some(end) = rest.find('"') {
            out.insert(rest[..end].to_string());
        }
    }
    out
}

#[test]
fn every_link_of_the_static_site_leads_somewhere() {
    let out = tempfile::tempdir().expect("tmp");
    let site = out.path().join("site");
    resdiff().arg("site").arg(&site).assert().code(0);
    let pages: HashMap<String, String> = std::fs::read_dir(&site)
        .expect("site folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| {
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("read page"))
        })
        .collect();
    // The index, a series page each for Res. 30 and WTSA Res. 1, a text and a blame per
    // revision (4), two layouts of each of the two Res. 30 steps...
    assert!(pages.contains_key("index.html"));
    assert!(pages.contains_key("diff_wtdc_30_dubai-2014_rcc-wtdc17_ar.html"));
    assert!(pages.contains_key("sbs_wtdc_30_dubai-2014_atu-fixture_ar.html"));
    assert!(pages.contains_key("blame_wtdc_30_rcc-wtdc17_ar.html"));
    assert!(pages.contains_key("res_wtdc_30_ar.html"));
    assert!(pages.contains_key("compile_wtdc_30_dubai-2014_ar.html"));
    // ... and the synoptic table of the two Res. 30 proposals to Dubai 2014.
    let itu = pages
        .keys()
        .filter(|n| *n == "index.html" || n.contains("_wtdc_") || n.contains("_wtsa_"))
        .filter(|n| !n.starts_with("para_"))
        .count();
    assert_eq!(itu, 1 + 2 + 2 * 4 + 2 * 2 + 1);
    // Issue 26: each paragraph's own page, linked from the text, diff and history pages as
    // the server's are (each page is reached: checked below).
    let paragraphs = pages.keys().filter(|n| n.starts_with("para_")).count();
    assert!(paragraphs > 1000, "{paragraphs} paragraph pages");
    for page in [
        "text_unga_ict4sd_80-118_ar.html",
        "diff_unga_ict4sd_79-194_80-118_ar.html",
        "sbs_wtdc_30_dubai-2014_rcc-wtdc17_ar.html",
        "blame_unga_ict4sd_80-118_en.html",
    ] {
        assert!(
            links(&pages[page]).iter().any(|l| l.starts_with("para_")),
            "{page} links no paragraph page"
        );
    }
    // The UN series (issue 12) have their pages too, named by series.
    assert!(pages.contains_key("res_unga_ict4sd_en.html"));
    assert!(pages.contains_key("res_ecosoc_wsis_zh.html"));
    // Issue 15: each UN revision in its six languages side by side, from the library's parallel
    // check; linked from each language's text page; Arabic right to left; 80/118's
    // disagreements (docs/un_data_findings.md) marked, 78/132's versions agreeing.
    let parallel = &pages["parallel_unga_ict4sd_80-118.html"];
    // (Issue 26: the clause table first, then the footnotes side by side, six columns.)
    let (clauses, notes) = parallel.split_once("</table>").expect("the clause table");
    assert_eq!(
        clauses.matches("<th>").count(),
        7,
        "findings and six languages"
    );
    assert_eq!(
        notes.matches("<th>").count(),
        6,
        "the footnotes, six languages"
    );
    assert!(parallel.contains("<td dir=\"rtl\" lang=\"ar\">"));
    // Each row is the anchor the summary of findings links to.
    assert!(parallel.contains("<tr class=\"bad\" id=\"c"));
    assert!(
        parallel.contains("79/277"),
        "the Arabic text's missing citation"
    );
    assert!(!pages["parallel_ecosoc_wsis_2023-3.html"].contains("The versions agree"));
    assert!(pages["parallel_unga_ict4sd_78-132.html"].contains("The versions agree"));
    assert!(!pages["parallel_unga_ict4sd_78-132.html"].contains("class=\"bad\""));
    for lang in ["en", "ar", "zh", "fr", "ru", "es"] {
        let text = &pages[&format!("text_unga_ict4sd_80-118_{lang}.html")];
        assert!(
            text.contains("href=\"parallel_unga_ict4sd_80-118.html\""),
            "{lang}"
        );
    }
    assert_eq!(
        pages.keys().filter(|n| n.starts_with("parallel_")).count(),
        12,
        "one page per UN revision, none for Res. 30 (Arabic only)"
    );
    let mut followed = 0;
    let mut reached = BTreeSet::from(["index.html".to_string()]);
    // Each page's ids read once: five thousand pages link into one another's anchors.
    let mut anchors: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for (name, html) in &pages {
        assert!(
            !html.contains("href=\"compare\""),
            "{name}: the upload form needs a server"
        );
        for link in links(html) {
            assert!(
                !link.starts_with('/') && !link.contains("://") && !link.starts_with("//"),
                "{name}: `{link}` is not relative"
            );
            let (file, anchor) = link.split_once('#').unwrap_or((&link, ""));
            let file = if file.is_empty() { name.as_str() } else { file };
            assert!(
                pages.contains_key(file) || Path::new(&site).join(file).is_file(),
                "{name}: `{link}` leads nowhere"
            );
            if !anchor.is_empty() {
                let (file, target) = pages.get_key_value(file).expect("anchors are in pages");
                let target = anchors.entry(file).or_insert_with(|| ids(target));
                assert!(target.contains(anchor), "{name}: no #{anchor} in {file}");
            }
            reached.insert(file.to_string());
            followed += 1;
        }
    }
    assert!(followed > 100, "only {followed} links");
    // Every page is reachable from some page.
    for name in pages.keys() {
        assert!(reached.contains(name), "{name} is linked from nowhere");
    }
}

#[test]
fn site_refuses_to_write_through_a_link_planted_under_a_page_name() {
    let (_dir, site) = site_with_planted_link("style.css");
    assert!(
        std::fs::symlink_metadata(site.join("style.css"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
}

/// A one-text corpus and a site folder holding a link, under `page`, to a file outside it
/// ("victim", holding "keep me"); `site` run on it must refuse, naming the page.
fn site_with_planted_link(page: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = one_text_corpus();
    let site = dir.path().join("site");
    std::fs::create_dir(&site).expect("site folder");
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "keep me\n").expect("victim");
    std::os::unix::fs::symlink(&victim, site.join(page)).expect("symlink");
    resdiff()
        .arg("--corpus")
        .arg(dir.path().join("corpus"))
        .arg("site")
        .arg(&site)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(format!(
            "{page} is not a regular file"
        )));
    assert_eq!(
        std::fs::read_to_string(&victim).expect("victim"),
        "keep me\n"
    );
    (dir, site)
}

/// A corpus of one text (Res. 30, Dubai 2014, Arabic) in a new temporary folder.
fn one_text_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    let corpus = dir.path().join("corpus/wtdc/030");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/resolutions/wtdc/030/dubai-2014.ar.toml"
        ),
        corpus.join("dubai-2014.ar.toml"),
    )
    .expect("copy a text");
    dir
}

/// Issue 27, finding 26: a link planted under a later page's name was refused only after the
/// pages before it were replaced. Every target is checked before anything is written.
#[test]
fn site_checks_every_page_before_writing_any() {
    let (_dir, site) = site_with_planted_link("index.html");
    assert!(
        !site.join("style.css").exists(),
        "style.css was written before the planted index.html was refused"
    );
}

/// Issue 27, finding 26: OUT naming a file gave "File exists (os error 17)".
#[test]
fn site_into_a_file_is_refused_in_words() {
    let dir = one_text_corpus();
    let out = dir.path().join("site");
    std::fs::write(&out, "not a folder\n").expect("file");
    resdiff()
        .arg("--corpus")
        .arg(dir.path().join("corpus"))
        .arg("site")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "site is a file, not a folder; site writes its pages into a folder",
        ));
    assert_eq!(
        std::fs::read_to_string(&out).expect("kept"),
        "not a folder\n"
    );
}

/// A page new to the folder is written in place, an earlier one replaced whole: a second run over
/// the first run's site gives the same pages, with no temporary file left beside them, and a
/// page the site does not make is left alone.
#[test]
fn site_written_again_over_itself_gives_the_same_pages() {
    let dir = one_text_corpus();
    let out = dir.path().join("site");
    let run = || {
        resdiff()
            .arg("--corpus")
            .arg(dir.path().join("corpus"))
            .arg("site")
            .arg(&out)
            .assert()
            .code(0);
        let mut pages: Vec<(String, Vec<u8>)> = std::fs::read_dir(&out)
            .expect("site folder")
            .map(|e| {
                let p = e.expect("entry").path();
                let name = p.file_name().expect("name").to_string_lossy().into_owned();
                (name, std::fs::read(&p).expect("read page"))
            })
            .collect();
        pages.sort();
        pages
    };
    std::fs::create_dir_all(&out).expect("site folder");
    std::fs::write(out.join("notes.txt"), "mine\n").expect("a file of the user's");
    let first = run();
    assert!(first.iter().any(|(n, _)| n == "index.html"), "{first:?}");
    assert!(
        first.iter().all(|(n, _)| !n.starts_with('.')),
        "a temporary file was left: {:?}",
        first.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    assert_eq!(run(), first);
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).expect("kept"),
        "mine\n"
    );
}
