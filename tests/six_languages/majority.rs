//! `parallel` by majority (issue 23, finding 5): with three texts or more a disagreement is the
//! odd one's, whatever order the texts come in; two paragraphs swapped in one language are one
//! `order` finding; a paragraph nested elsewhere in one language is one `nesting`.

use super::{common, un};
use common::{repo, resdiff};
use resdiff::model::Document;
use resdiff::track::parallel::{Finding, Kind, check};

const LANGS: [&str; 6] = ["en", "ar", "zh", "fr", "ru", "es"];

fn six(series: &str, rev: &str) -> Vec<Document> {
    LANGS.iter().map(|l| un(series, rev, l).clone()).collect()
}

/// Several orders of `docs`: every rotation, and each reversed.
fn orders(docs: &[Document]) -> Vec<Vec<Document>> {
    let mut out = Vec::new();
    for k in 0..docs.len() {
        let mut v = docs.to_vec();
        v.rotate_left(k);
        out.push(v.clone());
        v.reverse();
        out.push(v);
    }
    out
}

/// The findings of `docs`, the same in every order of [`orders`] (all of them, or every
/// `step`-th: a debug build checks six texts in a few tenths of a second).
fn in_orders(docs: &[Document], step: usize) -> Vec<Finding> {
    let first = check(docs).findings;
    for (k, v) in orders(docs).iter().enumerate().step_by(step) {
        assert_eq!(check(v).findings, first, "order {k}");
    }
    first
}

fn summary(f: &[Finding]) -> Vec<(&'static str, &'static str, String)> {
    f.iter()
        .map(|x| (x.kind.as_str(), x.language.as_str(), x.label.clone()))
        .collect()
}

/// E/RES/2022/15 as the UN publishes it, the six files given Arabic first (first by name): the
/// Arabic footnote 10 alone cites `A/C.2/59`, so it is one finding in Arabic, not five in the
/// other languages; and the Spanish footnote 7 alone has a 41.
#[test]
fn e_res_2022_15_arabic_first_blames_the_arabic() {
    let dir = repo().join("fixtures/akn/ecosoc-wsis");
    let files: Vec<String> = ["A", "C", "E", "F", "R", "S"]
        .iter()
        .map(|l| {
            dir.join(format!("E_RES_2022_15-2211664{l}.xml"))
                .display()
                .to_string()
        })
        .collect();
    let run = |files: &[String]| {
        let out = resdiff()
            .arg("parallel")
            .args(files)
            .args(["--format", "json"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(1));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        v["findings"].clone()
    };
    let findings = run(&files);
    let said: Vec<(String, String, String)> = findings
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap_or("").to_string(),
                f["language"].as_str().unwrap_or("").to_string(),
                f["label"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want = [("citation", "ar", "[^10]"), ("number", "es", "[^7]")]
        .map(|(k, l, p)| (k.to_string(), l.to_string(), p.to_string()));
    assert_eq!(said, want, "{findings:#}");
    assert!(
        findings[0]["detail"]
            .as_str()
            .is_some_and(|d| d.contains("`A/C.2/59` in ar, not in en/zh/fr/ru/es")),
        "{findings:#}"
    );
    let mut reversed = files.clone();
    reversed.reverse();
    assert_eq!(run(&reversed), findings);
    let mut rotated = files.clone();
    rotated.rotate_left(3);
    assert_eq!(run(&rotated), findings);
}

/// The twelve shipped revisions give the same findings in every order, each in the language
/// that differs from the other five.
#[test]
fn the_same_findings_in_every_order() {
    for (series, rev) in [
        ("ecosoc/wsis", "2022-15"),
        ("unga/ict4sd", "80-118"),
        ("unga/ict4sd", "75-202"),
    ] {
        let f = in_orders(&six(series, rev), 1);
        assert!(!f.is_empty(), "{rev}");
        // Each of these is one language against five, so none is told from the English side.
        assert!(
            f.iter().all(|x| x.language.as_str() != "en"),
            "{rev}: {f:?}"
        );
    }
}

fn operative(doc: &Document) -> usize {
    doc.sections
        .iter()
        .position(|s| s.kind.as_str() == "operative")
        .expect("operative")
}

/// `docs` with a change made to the text in `lang`.
fn injected(docs: &[Document], lang: &str, f: impl Fn(&mut Document)) -> Vec<Document> {
    let mut out = docs.to_vec();
    let d = out
        .iter_mut()
        .find(|d| d.language.as_str() == lang)
        .expect("language");
    f(d);
    out
}

/// Operative 5 and 6 of 78/132 swapped in one language, labels and all: one `order` finding in
/// that language, in any order, the reference's language included.
#[test]
fn swapped_paragraphs_are_one_order_finding() {
    let base = six("unga/ict4sd", "78-132");
    assert!(check(&base).agrees());
    for lang in ["fr", "en", "ar", "zh"] {
        let docs = injected(&base, lang, |d| {
            let op = operative(d);
            d.sections[op].clauses.swap(4, 5);
        });
        let f = in_orders(&docs, 3);
        let said = summary(&f);
        assert_eq!(said.len(), 1, "{lang}: {f:?}");
        assert_eq!(
            (said[0].0, said[0].1),
            ("order", lang_static(lang)),
            "{f:?}"
        );
        assert!(["5.", "6."].contains(&said[0].2.as_str()), "{f:?}");
        assert!(f[0].detail.contains("swapped in"), "{f:?}");
    }
}

/// Two operative paragraphs with other marks swapped: a figure and a footnote mark travel with
/// them, so the swap is one finding, not four marks in the wrong place.
#[test]
fn swapped_paragraphs_with_marks() {
    let base = six("unga/ict4sd", "78-132");
    let docs = injected(&base, "ru", |d| {
        let op = operative(d);
        d.sections[op].clauses.swap(2, 3);
    });
    let f = in_orders(&docs, 3);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].kind, f[0].language.as_str()), (Kind::Order, "ru"));
}

/// A paragraph put under the one before it, in one language and then in the reference's: one
/// `nesting` finding in that language.
#[test]
fn a_nesting_slip_is_the_odd_language_s() {
    let base = six("unga/ict4sd", "78-132");
    for lang in ["es", "en"] {
        let docs = injected(&base, lang, |d| {
            let op = operative(d);
            let c = d.sections[op].clauses.remove(6);
            d.sections[op].clauses[5].children.push(c);
        });
        let f = in_orders(&docs, 3);
        assert_eq!(f.len(), 1, "{lang}: {f:?}");
        assert_eq!((f[0].kind, f[0].language.as_str()), (Kind::Nesting, lang));
    }
}

fn lang_static(l: &str) -> &'static str {
    LANGS.into_iter().find(|x| *x == l).unwrap_or("")
}
