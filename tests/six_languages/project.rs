//! The projection: carried paragraphs for every consecutive UN pair and language, Arabic drift,
//! the JSON contract. Its XLIFF is tested in [`super::xliff`].

use std::collections::HashSet;

use super::{common, un};
use common::resdiff;
use resdiff::model::{Clause, Document};
use resdiff::track::project::{DriftKind, Status, project};

fn texts(doc: &Document) -> Vec<String> {
    fn walk(c: &[Clause], out: &mut Vec<String>) {
        for c in c {
            out.push(c.text.clone());
            walk(&c.children, out);
        }
    }
    let mut out = Vec::new();
    for s in &doc.sections {
        walk(&s.clauses, &mut out);
    }
    out
}

const PAIRS: [(&str, &str, &str); 10] = [
    ("unga/ict4sd", "74-197", "75-202"),
    ("unga/ict4sd", "75-202", "76-189"),
    ("unga/ict4sd", "76-189", "77-150"),
    ("unga/ict4sd", "77-150", "78-132"),
    ("unga/ict4sd", "78-132", "79-194"),
    ("unga/ict4sd", "79-194", "80-118"),
    ("ecosoc/wsis", "2021-28", "2022-15"),
    ("ecosoc/wsis", "2022-15", "2023-3"),
    ("ecosoc/wsis", "2023-3", "2024-13"),
    ("ecosoc/wsis", "2024-13", "2025-18"),
];

/// Carried over are the paragraphs whose English did not change: every paragraph the same word
/// for word, and those that only cite their footnotes under new numbers (issue 23, finding 4)
/// where the translation cites the same marks; each carried text is the old translation, its
/// marks renumbered as the English ones were.
#[test]
fn carried_paragraphs_are_those_whose_english_did_not_change() {
    for (series, old, new) in PAIRS {
        let (en_old, en_new) = (un(series, old, "en"), un(series, new, "en"));
        let notes = resdiff::diff::NotePairing::new(
            &en_old.footnotes,
            &en_new.footnotes,
            &Default::default(),
        );
        let exact: HashSet<String> = texts(en_old).into_iter().collect();
        let reads_same = |t: &String| texts(en_old).iter().any(|o| notes.reads_same(o, t));
        let unchanged = texts(en_new).iter().filter(|t| reads_same(t)).count();
        let same = texts(en_new).iter().filter(|t| exact.contains(*t)).count();
        for lang in ["ar", "zh", "fr", "ru", "es"] {
            let (t_old, t_new) = (un(series, old, lang), un(series, new, lang));
            let p = project(en_old, en_new, t_old, Some(t_new));
            let target_texts: HashSet<String> = texts(t_old).into_iter().collect();
            let new_rows: Vec<_> = p
                .clauses
                .iter()
                .filter(|c| c.status != Status::Suppressed)
                .collect();
            assert_eq!(
                new_rows.len(),
                en_new.clause_count(),
                "{new} {lang}: every NEW clause has a row"
            );
            let carried: Vec<_> = new_rows
                .iter()
                .filter(|c| c.status == Status::Carried)
                .collect();
            assert!(
                (same..=unchanged).contains(&carried.len()),
                "{old}->{new} {lang}: {} carried, {same} the same, {unchanged} with renumbered notes",
                carried.len()
            );
            for c in &carried {
                assert!(
                    reads_same(&c.source),
                    "{new} {lang} {}: English changed",
                    c.label
                );
                let t = c.target.as_ref().expect("carried text");
                // The old translation, its marks those of the new English in order.
                let marks = |t: &str| resdiff::diff::remark(t, &|_| Some("n".into()));
                assert!(
                    target_texts.iter().any(|o| marks(o) == marks(t))
                        && resdiff::diff::cited(t) == resdiff::diff::cited(&c.source),
                    "{new} {lang} {}: not the old translation",
                    c.label
                );
            }
            for c in new_rows.iter().filter(|c| c.status == Status::Translate) {
                assert!(
                    !exact.contains(&c.source) || c.target.is_none(),
                    "{new} {lang} {}",
                    c.label
                );
                assert!(!c.source_diff.is_empty());
            }
        }
    }
}

/// 76/189 -> 77/150 in Arabic: paragraphs the English kept, re-typed with other diacritics, are
/// told from those reworded.
#[test]
fn arabic_drift_76_189_to_77_150() {
    let s = "unga/ict4sd";
    let p = project(
        un(s, "76-189", "en"),
        un(s, "77-150", "en"),
        un(s, "76-189", "ar"),
        Some(un(s, "77-150", "ar")),
    );
    let of = |k: DriftKind| p.drift.iter().filter(|d| d.kind == k).collect::<Vec<_>>();
    // Spacing is read inside words too (`فيما` / `في ما`, issue 23), so the texts are compared
    // with no whitespace at all.
    let strip = |t: &str| {
        t.chars()
            .filter(|c| !('\u{64B}'..='\u{652}').contains(c) && !c.is_whitespace())
            .collect::<String>()
    };
    let diacritics = of(DriftKind::Diacritics);
    assert!(!diacritics.is_empty());
    for d in &diacritics {
        assert_ne!(d.old, d.new);
        assert_eq!(strip(&d.old), strip(&d.new), "{}", d.label);
    }
    let wording = of(DriftKind::Wording);
    assert!(!wording.is_empty());
    let letters = |t: &str| {
        strip(t)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    for d in &wording {
        assert_ne!(letters(&d.old), letters(&d.new), "{}", d.label);
    }
    assert!(diacritics.iter().any(|d| d.label == "¶3"));
}

/// 79/194 -> 80/118 in Arabic: paragraphs the English kept whose Arabic changed only by a split
/// word (`فيما` -> `في ما`, 5.), a space and a no-break space (39.) or a comma (¶38) are
/// told by what changed, not called `wording` with those whose words changed (¶12, ¶54, 24.).
#[test]
fn arabic_drift_kinds_79_194_to_80_118() {
    let s = "unga/ict4sd";
    let p = project(
        un(s, "79-194", "en"),
        un(s, "80-118", "en"),
        un(s, "79-194", "ar"),
        Some(un(s, "80-118", "ar")),
    );
    let kind = |label: &str| {
        p.drift
            .iter()
            .find(|d| d.label == label)
            .map(|d| d.kind.as_str())
    };
    let said: Vec<(&str, &str)> = p
        .drift
        .iter()
        .map(|d| (d.label.as_str(), d.kind.as_str()))
        .collect();
    assert_eq!(kind("5."), Some("spacing"), "{said:?}");
    assert_eq!(kind("39."), Some("spacing"), "{said:?}");
    assert_eq!(kind("¶38"), Some("punctuation"), "{said:?}");
    assert_eq!(kind("45."), Some("diacritics"), "{said:?}");
    for wording in ["¶12", "¶54", "24."] {
        assert_eq!(kind(wording), Some("wording"), "{said:?}");
    }
    assert_eq!(p.drift.len(), 7, "{said:?}");
    // 78/132 -> 79/194: tanween and a split word together (58.: `مجددا ًالالتزام` ->
    // `من جديد الالتزام`) are still words; a dropped word (¶50: `أيضا`) is wording.
    let p = project(
        un(s, "78-132", "en"),
        un(s, "79-194", "en"),
        un(s, "78-132", "ar"),
        Some(un(s, "79-194", "ar")),
    );
    let wording: Vec<&str> = p
        .drift
        .iter()
        .filter(|d| d.kind == DriftKind::Wording)
        .map(|d| d.label.as_str())
        .collect();
    assert_eq!(wording, ["¶50", "26.", "58."]);
}

#[test]
fn json_contract_and_lang_shortcut() {
    let out = resdiff()
        .args([
            "project",
            "unga/ict4sd@79-194:en",
            "unga/ict4sd@80-118:en",
            "--lang",
            "fr",
            "--format",
            "json",
        ])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let clauses = v["clauses"].as_array().expect("clauses");
    for st in ["carried", "translate", "new", "suppressed"] {
        assert!(clauses.iter().any(|c| c["status"] == st), "no {st}");
    }
    assert!(
        clauses.iter().any(|c| c["depth"] == 1),
        "nested clauses listed"
    );
    assert!(
        v["drift"]
            .as_array()
            .is_some_and(|d| d.iter().all(|d| d["kind"].is_string()))
    );
}

/// The Markdown and HTML skeletons list the title first and the footnotes after the clauses,
/// a renumbered note by both its marks.
#[test]
fn markdown_and_html_list_the_title_and_the_footnotes() {
    for format in ["md", "html"] {
        let out = resdiff()
            .args([
                "project",
                "unga/ict4sd@79-194:en",
                "unga/ict4sd@80-118:en",
                "--lang",
                "fr",
                "--format",
                format,
            ])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0), "{format}");
        let text = String::from_utf8_lossy(&out.stdout);
        let at = |what: &str| {
            let cell = match format {
                "md" => format!("**{what}**"),
                _ => format!("<td>{what}</td>"),
            };
            text.find(&cell)
                .unwrap_or_else(|| panic!("{format}: {cell}"))
        };
        let (title, first) = (at("title"), at("1 preambular ¶1"));
        let (last, note) = (at("2 operative 74."), at("footnote 6 (was 4)"));
        assert!(title < first && last < note, "{format}");
        assert!(
            text.contains("Les technologies de l’information et des communications au service"),
            "{format}"
        );
        assert_eq!(
            text.matches("footnote ").count(),
            26 + 1,
            "{format}: 26, and 79/194's 16"
        );
    }
}
