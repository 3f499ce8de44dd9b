//! Diff tests on the Res. 30 pair (Dubai 2014 -> RCC proposal) and on small cases.

use std::path::Path;

use super::*;
use crate::input::corpus::load_file;

fn res30() -> (Document, Document) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    (
        load_file(&dir.join("dubai-2014.ar.toml")).expect("dubai"),
        load_file(&dir.join("rcc-wtdc17.ar.toml")).expect("rcc"),
    )
}

fn section(d: &DocDiff, kind: SectionKind) -> &SectionChange {
    d.sections
        .iter()
        .find(|s| s.kind == kind)
        .unwrap_or_else(|| panic!("no {kind}"))
}

fn changes(s: &SectionChange) -> Vec<(Change, Option<String>, Option<String>)> {
    s.clauses
        .iter()
        .map(|c| (c.change, c.old_label.clone(), c.new_label.clone()))
        .collect()
}

fn l(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn res30_recalling_follows_rcc_clause_by_clause() {
    let (old, new) = res30();
    let d = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
    use Change::*;
    assert_eq!(
        changes(section(&d, SectionKind::Recalling)),
        [
            (Add, None, l("أ)")),
            (Add, None, l("ب)")),
            (Add, None, l("ج)")),
            (Add, None, l("د)")),
            (Editorial, l("أ)"), l("ه)")),
            (Editorial, l("ب)"), l("و)")),
            (Add, None, l("ز)")),
            (Editorial, l("ج)"), l("ح)")),
            (Editorial, l("د)"), l("ط)")),
            (Sup, l("ه)"), None),
            (Sup, l("و)"), None),
            (Sup, l("ز)"), None),
            (Sup, l("ح)"), None),
            (Add, None, l("ي)")),
        ]
    );
    let relabeled = &section(&d, SectionKind::Recalling).clauses[4];
    assert!(relabeled.relabeled && !relabeled.moved);
    assert_eq!(
        (relabeled.old_index, relabeled.new_index),
        (Some(1), Some(5))
    );
    // Guadalajara 2010 struck, Busan 2014 inserted, the rest equal.
    let del: Vec<&str> = relabeled
        .inline
        .iter()
        .filter(|s| s.op == Op::Delete)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(del, ["غوادالاخارا، 2010"]);
}

#[test]
fn res30_noting_suppresses_b_and_relabels_c() {
    let (old, new) = res30();
    let d = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
    let noting = changes(section(&d, SectionKind::Noting));
    assert_eq!(noting[1], (Change::Sup, l("ب)"), None));
    assert_eq!(noting[2], (Change::Mod, l("ج)"), l("ب)")));
    // The suppressed clause's bullets go with it.
    let b = &section(&d, SectionKind::Noting).clauses[1];
    assert_eq!(
        b.children.iter().map(|c| c.change).collect::<Vec<_>>(),
        [Change::Sup; 2]
    );
}

#[test]
fn res30_further_instructs_inserts_4_and_renumbers_the_rest() {
    let (old, new) = res30();
    let d = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
    let fi = changes(section(&d, SectionKind::InstructsFurther));
    use Change::*;
    let got: Vec<(Change, Option<String>, Option<String>)> = fi.into_iter().skip(3).collect();
    assert_eq!(
        got,
        [
            (Add, None, l("4")),
            (Editorial, l("4"), l("5")),
            (Editorial, l("5"), l("6")),
            // Renumbered; its words are unchanged (its items' changes are theirs).
            (Editorial, l("6"), l("7")),
            (Add, None, l("8")),
            (Add, None, l("9")),
        ]
    );
}

#[test]
fn res30_summary_and_formula() {
    let (old, new) = res30();
    let d = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
    let f = d.formula.as_ref().expect("formula");
    assert_eq!(f.change, Change::Editorial);
    assert!(d.has_changes());
    let total: usize = d.summary.total();
    assert_eq!(
        total,
        old.clause_count().max(new.clause_count()) + d.summary[Change::Sup]
    );
    assert_eq!(
        d.summary[Change::AddMoved] + d.summary[Change::SupMoved],
        0,
        "RCC moved nothing"
    );
}

#[test]
fn identical_texts_have_no_changes() {
    let (old, _) = res30();
    let d = diff_documents(&old, &old, &DiffOptions::default()).expect("diff");
    assert!(!d.has_changes());
    assert_eq!(d.summary[Change::Noc], old.clause_count());
}

#[test]
fn ignore_labels_turns_relabel_only_into_noc() {
    let (old, _) = res30();
    let mut new = old.clone();
    // Renumber recognizing a)-d) to e)-h) without touching the text.
    for (c, label) in new.sections[1]
        .clauses
        .iter_mut()
        .zip(["ه)", "و)", "ز)", "ح)"])
    {
        c.label = crate::model::Label::parse(label).expect("label");
    }
    let strict = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
    assert_eq!(strict.summary[Change::Editorial], 4);
    let lenient = DiffOptions {
        ignore_labels: true,
        ..DiffOptions::default()
    };
    let d = diff_documents(&old, &new, &lenient).expect("diff");
    assert!(!d.has_changes());
    assert!(d.sections[1].clauses.iter().all(|c| c.relabeled));
}

#[test]
fn different_resolutions_and_languages_are_refused() {
    let (old, new) = res30();
    let mut other = new.clone();
    other.resolution.number = Some(31.into());
    let err = diff_documents(&old, &other, &DiffOptions::default()).expect_err("31");
    assert!(err.to_string().contains("different resolutions"), "{err}");
    let mut english = new;
    english.language = Language::En;
    let err = diff_documents(&old, &english, &DiffOptions::default()).expect_err("en");
    assert!(err.to_string().contains("in `ar`"), "{err}");
}

/// Each SUP* row and its ADD* row share a `move_id`, whether the clause moved to another
/// section or within one, at the top level or among items; no other row has one.
#[test]
fn move_ids_link_each_sup_moved_row_to_its_add_moved_row() {
    let load = crate::input::diff_fixture;
    fn rows<'d>(cs: &'d [ClauseChange], section: usize, out: &mut Vec<(usize, &'d ClauseChange)>) {
        for c in cs {
            out.push((section, c));
            rows(&c.children, section, out);
        }
    }
    for (case, moves) in [("moves", 2), ("nested", 1)] {
        let (old, new) = (load(case, "old"), load(case, "new"));
        let d = diff_documents(&old, &new, &DiffOptions::default()).expect("diff");
        let mut all = Vec::new();
        for s in &d.sections {
            rows(&s.clauses, s.old_index.unwrap_or(0), &mut all);
        }
        let ids = |change: Change| -> Vec<usize> {
            let mut v: Vec<usize> = all
                .iter()
                .filter(|(_, c)| c.change == change)
                .map(|(_, c)| c.move_id.expect("a moved row has a move_id"))
                .collect();
            v.sort_unstable();
            v
        };
        let want: Vec<usize> = (1..=moves).collect();
        assert_eq!(ids(Change::SupMoved), want, "{case}");
        assert_eq!(ids(Change::AddMoved), want, "{case}");
        assert!(
            all.iter().all(|(_, c)| c.move_id.is_some() == c.moved),
            "{case}"
        );
        // The two rows of a move name the same old clause.
        for id in want {
            let row = |change| {
                all.iter()
                    .find(|(_, c)| c.change == change && c.move_id == Some(id))
                    .expect("both rows")
            };
            let ((sup_section, sup), (_, add)) = (row(Change::SupMoved), row(Change::AddMoved));
            assert_eq!(
                (&sup.old_label, sup.old_index),
                (&add.old_label, add.old_index)
            );
            assert_eq!(add.old_section, Some(*sup_section), "{case} {id}");
        }
    }
}

/// Every clause text of `doc` changed by `f`.
fn map_texts(doc: &Document, f: &dyn Fn(&str) -> String) -> Document {
    fn walk(clauses: &mut [crate::model::Clause], f: &dyn Fn(&str) -> String) {
        for c in clauses {
            c.text = f(&c.text);
            walk(&mut c.children, f);
        }
    }
    let mut d = doc.clone();
    for s in &mut d.sections {
        walk(&mut s.clauses, f);
    }
    d
}

#[test]
fn nfd_and_nfc_of_one_text_are_the_same_text() {
    use unicode_normalization::UnicodeNormalization;
    let (dubai, _) = res30();
    // Arabic with shadda and hamza forms, and Latin with accents (which NFD splits into a
    // letter and a combining mark, once read as SUP + ADD).
    let latin = map_texts(&dubai, &|t| {
        format!("{t} Côte d'Ivoire, Conférence, São Tomé")
    });
    for doc in [&dubai, &latin] {
        let nfd = map_texts(doc, &|t| t.nfd().collect());
        assert_ne!(&nfd, doc);
        let d = diff_documents(doc, &nfd, &DiffOptions::default()).expect("diff");
        assert!(!d.has_changes(), "{:?}", d.summary);
    }
}

#[test]
fn arabic_diacritics_count_unless_ignored() {
    let (dubai, _) = res30();
    // A translator's vowelling: fatha after every ba, tanween on a final alef, a tatweel.
    let vowelled = map_texts(&dubai, &|t| {
        t.replace('ب', "بَ")
            .replace("ا ", "اً ")
            .replace("الاتصالات", "الاتصـالات")
    });
    let exact = diff_documents(&dubai, &vowelled, &DiffOptions::default()).expect("diff");
    assert!(
        exact.summary[Change::Editorial] + exact.summary[Change::Mod] > 20,
        "{:?}",
        exact.summary
    );
    let ignoring = DiffOptions {
        ignore_diacritics: true,
        ..DiffOptions::default()
    };
    let d = diff_documents(&dubai, &vowelled, &ignoring).expect("diff");
    assert!(!d.has_changes(), "{:?}", d.summary);
    // A real word change still shows through.
    let changed = map_texts(&vowelled, &|t| t.replacen("القرار", "المقرر", 1));
    let d = diff_documents(&dubai, &changed, &ignoring).expect("diff");
    assert!(d.has_changes());
}

/// `note_changes` compares notes as written in an exact diff (no word diff per pair of notes):
/// the answer the word diff gave, on every pair of notes of the shipped UN series.
#[test]
fn exact_notes_read_the_same_only_when_written_the_same() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/unga/ict4sd");
    let notes: Vec<Footnote> = ["78-132", "79-194", "80-118"]
        .iter()
        .flat_map(|r| {
            load_file(&dir.join(format!("{r}.en.toml")))
                .expect("loads")
                .footnotes
        })
        .collect();
    assert!(notes.len() > 10, "the series' notes: {}", notes.len());
    let opts = DiffOptions::default();
    assert!(!opts.normalises_words());
    for a in &notes {
        for b in &notes {
            let kept = inline::diff_text(&a.text, &b.text, &opts)
                .iter()
                .all(|s| s.op == Op::Equal);
            assert_eq!(kept, a.text == b.text, "{:?} / {:?}", a.text, b.text);
        }
    }
}
