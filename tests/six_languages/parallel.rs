//! The parallel check: the twelve UN revisions and Res. 30, exit codes, injected disagreements,
//! labels across scripts.

use std::collections::HashMap;

use super::{common, un};
use common::resdiff;
use resdiff::model::{Document, Label};
use resdiff::track::parallel::{Finding, Kind, check};

fn six(series: &str, rev: &str) -> Vec<Document> {
    ["en", "ar", "zh", "fr", "ru", "es"]
        .iter()
        .map(|l| un(series, rev, l).clone())
        .collect()
}

fn has(f: &[Finding], kind: Kind, label: &str, detail: &str) -> bool {
    f.iter()
        .any(|x| x.kind == kind && x.label == label && x.detail.contains(detail))
}

const GA: [&str; 7] = [
    "74-197", "75-202", "76-189", "77-150", "78-132", "79-194", "80-118",
];
const ECOSOC: [&str; 5] = ["2021-28", "2022-15", "2023-3", "2024-13", "2025-18"];

#[test]
fn the_twelve_un_revisions_and_res30() {
    let mut found: HashMap<&str, Vec<Finding>> = HashMap::new();
    for (series, revs) in [("unga/ict4sd", &GA[..]), ("ecosoc/wsis", &ECOSOC[..])] {
        for rev in revs {
            let r = check(&six(series, rev));
            assert_eq!(r.texts.len(), 6, "{rev}");
            found.insert(rev, r.findings);
        }
    }
    let total: usize = found.values().map(Vec::len).sum();
    // Each of these was read in the UN's XML (docs/un_data_findings.md).
    let f = &found["75-202"];
    assert!(has(f, Kind::Citation, "[^15]", "`E/FFDF/2019/3` in ru"));
    assert!(has(f, Kind::Citation, "[^15]", "`E/FFDF/2019/3` in es"));
    let f = &found["76-189"];
    assert!(has(f, Kind::Citation, "[^17]", "`E/HLPF/2021/16` in zh"));
    let f = &found["80-118"];
    assert!(has(
        f,
        Kind::Citation,
        "66.",
        "`79/277` in en/zh/fr/ru/es, not in ar"
    ));
    assert!(has(f, Kind::Citation, "[^26]", "`E/HLPF/2024/7` in ar"));
    let f = &found["74-197"];
    assert!(has(f, Kind::Number, "¶18", "`20198` in es"));
    let f = &found["2022-15"];
    assert!(has(f, Kind::Citation, "[^10]", "`A/C.2/59` in ar"));
    let f = &found["2025-18"];
    assert!(has(
        f,
        Kind::Number,
        "73.",
        "`1014` in en/zh/fr/ru/es, not in ar"
    ));
    for agree in ["77-150", "78-132", "79-194"] {
        assert!(found[agree].is_empty(), "{agree}: {:?}", found[agree]);
    }
    assert!(
        total < 40,
        "{total} findings: the alignment has slipped somewhere"
    );
    // Res. 30 is in Arabic only: the check of one text still looks for look-alike letters.
    // Dubai 2014 cites no UN symbol; RCC's proposal writes A/70/125 and A/70/1 with a Cyrillic А
    // (the seed's), each one finding.
    assert!(check(&[common::res30("dubai-2014")]).agrees());
    let f = check(&[common::res30("rcc-wtdc17")]).findings;
    let symbols: Vec<&str> = f
        .iter()
        .filter(|x| x.kind == Kind::Lookalike && x.language.as_str() == "ar")
        .map(|x| x.detail.split('`').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(symbols, ["А/70/125", "А/70/1"], "{f:?}");
    assert_eq!(f.len(), 2, "{f:?}");
}

#[test]
fn versions_that_agree_exit_0_and_findings_exit_1() {
    let out = resdiff()
        .args(["parallel", "unga/ict4sd@78-132", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["texts"].as_array().map(Vec::len), Some(6));
    let out = resdiff()
        .args(["parallel", "unga/ict4sd@80-118:en", "unga/ict4sd@80-118:ar"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("79/277"));
    let out = resdiff()
        .args(["parallel", "unga/ict4sd@80-118", "--format", "html"])
        .output()
        .expect("run");
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(
        html.contains("<td dir=\"rtl\" lang=\"ar\">"),
        "Arabic column right to left"
    );
    // The clause table (findings, six languages), then the footnotes side by side (issue 26).
    let (clauses, notes) = html.split_once("</table>").expect("the clause table");
    assert_eq!(clauses.matches("<th>").count(), 7);
    assert_eq!(notes.matches("<th>").count(), 6);
}

/// One disagreement of each kind put into a copy of the Arabic 78/132 (which agrees with the
/// English), each found where it was put.
#[test]
fn each_injected_disagreement_is_found() {
    let en = un("unga/ict4sd", "78-132", "en");
    let ar = un("unga/ict4sd", "78-132", "ar");
    assert!(check(&[en.clone(), ar.clone()]).agrees());
    let op = en
        .sections
        .iter()
        .position(|s| s.kind.as_str() == "operative")
        .expect("operative");
    let inject = |f: &dyn Fn(&mut Document)| {
        let mut copy = ar.clone();
        f(&mut copy);
        check(&[en.clone(), copy]).findings
    };

    let f = inject(&|d| {
        d.sections[op].clauses.remove(4);
    });
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(has(&f, Kind::Missing, "5.", "no counterpart in ar"));

    let f = inject(&|d| {
        let c = d.sections[0]
            .clauses
            .iter_mut()
            .find(|c| c.text.contains("77/150"))
            .expect("77/150");
        c.text = c.text.replace("77/150", "77/15");
    });
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(has(
        &f,
        Kind::Citation,
        "¶1",
        "`77/150` in en, not in ar; citation `77/15` in ar"
    ));

    let f = inject(&|d| {
        let p = &mut d.sections[0].clauses;
        p[0].text = p[0].text.replace("[^1]", "");
        p[1].text.push_str("[^1]");
    });
    assert!(has(&f, Kind::Footnote, "¶1", "`1` in en, not in ar"));
    assert!(has(&f, Kind::Footnote, "¶2", "`1` in ar, not in en"));

    let f = inject(&|d| {
        let c = &mut d.sections[op].clauses;
        let (a, b) = (c[2].label.clone(), c[3].label.clone());
        c[2].label = b;
        c[3].label = a;
    });
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(
        has(&f, Kind::Label, "3.", "`3.` in en, `4 -` in ar"),
        "{f:?}"
    );

    let f = inject(&|d| {
        let n = d
            .footnotes
            .iter_mut()
            .find(|n| n.text.contains("A/"))
            .expect("a symbol");
        n.text = n.text.replacen("A/", "А/", 1);
    });
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].kind, f[0].language.as_str()), (Kind::Lookalike, "ar"));

    let f = inject(&|d| {
        let c = d.sections[0]
            .clauses
            .iter_mut()
            .find(|c| c.text.contains("2030"))
            .expect("2030");
        c.text = c.text.replacen("2030", "2031", 1);
    });
    assert!(
        f.iter()
            .any(|x| x.kind == Kind::Number && x.detail.contains("`2031` in ar")),
        "{f:?}"
    );

    let f = inject(&|d| {
        let c = d.sections[op].clauses.remove(6);
        d.sections[op].clauses[5].children.push(c);
    });
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].kind, Kind::Nesting);

    let f = inject(&|d| {
        d.footnotes.pop();
    });
    assert!(
        f.iter()
            .any(|x| x.kind == Kind::Missing && x.section == "footnotes")
    );
}

/// Labels read across scripts: (أ) is (a), and `b)bis` is `ب) مكرراً`.
#[test]
fn labels_across_scripts() {
    let en = un("unga/ict4sd", "80-118", "en");
    let ar = un("unga/ict4sd", "80-118", "ar");
    let base = check(&[en.clone(), ar.clone()]).findings;
    assert!(base.iter().all(|f| f.kind != Kind::Label), "{base:?}");
    let mut copy = ar.clone();
    let nested = copy
        .sections
        .iter_mut()
        .flat_map(|s| s.clauses.iter_mut())
        .find(|c| c.children.len() >= 2)
        .expect("a list");
    nested.children[1].label = Label::parse("(ج)").expect("label");
    let f = check(&[en.clone(), copy]).findings;
    assert_eq!(f.len(), base.len() + 1, "{f:?}");
    assert!(
        f.iter()
            .any(|x| x.kind == Kind::Label && x.detail.contains("`(b)` in en, `(ج)` in ar")),
        "{f:?}"
    );
    let bis = |s: &str| Label::parse(s).expect("label");
    assert!(resdiff::track::parallel::same_label(
        &bis("b)bis"),
        &bis("ب) مكرراً")
    ));
    assert!(!resdiff::track::parallel::same_label(
        &bis("b)bis"),
        &bis("ب)")
    ));
}
