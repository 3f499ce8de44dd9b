//! apply(A, diff(A, B)) == B, through the JSON contract, for the corpus and for random trees;
//! a changeset made against another text is refused.

use std::path::Path;

use proptest::prelude::*;

use super::*;
use crate::diff::{DiffOptions, diff_documents};
use crate::input::corpus::load_file;
use crate::model::{Body, Footnote, Language, SectionKind, Stage};

/// The diff as a user has it: written as JSON and read back.
pub(super) fn changeset(a: &Document, b: &Document) -> DocDiff {
    let diff = diff_documents(a, b, &DiffOptions::default()).expect("diff");
    serde_json::from_str(&serde_json::to_string(&diff).expect("a diff serialises"))
        .expect("the JSON reads back")
}

fn corpus(rev: &str) -> Document {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resolutions/wtdc/030");
    load_file(&dir.join(format!("{rev}.ar.toml"))).expect("corpus")
}

#[test]
fn corpus_changesets_rebuild_their_proposals_exactly() {
    let dubai = corpus("dubai-2014");
    for rev in ["rcc-wtdc17", "atu-fixture"] {
        let p = corpus(rev);
        assert_eq!(
            apply(&dubai, &changeset(&dubai, &p)).expect("applies"),
            p,
            "{rev}"
        );
    }
    // And backwards: a proposal's changes undone.
    let rcc = corpus("rcc-wtdc17");
    assert_eq!(
        apply(&rcc, &changeset(&rcc, &dubai)).expect("applies"),
        dubai
    );
}

#[test]
fn a_changeset_against_another_base_is_refused_clause_by_clause() {
    let (dubai, rcc, atu) = (
        corpus("dubai-2014"),
        corpus("rcc-wtdc17"),
        corpus("atu-fixture"),
    );
    let err = apply(&atu, &changeset(&dubai, &rcc)).expect_err("ATU's text is not Dubai's");
    let ApplyError::OtherBase(list) = err else {
        panic!("expected OtherBase, got {err}");
    };
    assert!(list.len() >= 5, "{list:?}");
    assert!(
        list.iter()
            .any(|m| m.place == "section 1 (recalling), clause 1 (أ))"
                && m.expected.contains("غوادالاخارا")
                && m.found.contains("بوسان")),
        "{list:?}"
    );
}

/// A changeset is a file anyone may edit, and its `"body": "WTDC"` reads as the body `wtdc`, as
/// a body does everywhere else: it names the same resolution as the base, not another one.
#[test]
fn a_changeset_names_its_resolution_by_value_not_by_spelling() {
    let (dubai, rcc) = (corpus("dubai-2014"), corpus("rcc-wtdc17"));
    let diff = diff_documents(&dubai, &rcc, &DiffOptions::default()).expect("diff");
    let json = serde_json::to_string_pretty(&diff).expect("a diff serialises");
    let edited = json.replace("\"body\": \"wtdc\"", "\"body\": \"WTDC\"");
    assert_ne!(edited, json, "the JSON names the body");
    let changes: DocDiff = serde_json::from_str(&edited).expect("the JSON reads back");
    assert_eq!(apply(&dubai, &changes).expect("applies"), rcc);
}

#[test]
fn a_normalised_changeset_is_refused() {
    let (dubai, rcc) = (corpus("dubai-2014"), corpus("rcc-wtdc17"));
    let opts = DiffOptions {
        ignore_presentation_forms: true,
        ..DiffOptions::default()
    };
    let diff = diff_documents(&dubai, &rcc, &opts).expect("diff");
    assert!(matches!(apply(&dubai, &diff), Err(ApplyError::Normalised)));
}

const WORDS: &[&str] = &[
    "بالقرار",
    "71",
    "(المراجَع",
    "في",
    "غوادالاخارا،",
    "2010)",
    "لمؤتمر",
    "المندوبين",
    "المفوضين؛",
    "Resolution",
    "140",
    "(Rev.",
    "Busan,",
    "2014)",
    "WSIS",
    "A/70/125",
    "C7",
    "جيم5",
    "ﻫ",
    "the",
    "Plenipotentiary",
    "Conference;",
    "2014بوينس",
    "-",
    "[^1]",
];
const LABELS: &[&str] = &[
    "", "أ)", "ب)", "a)", "b)bis", "1", "2", "'1'", "-", "•", "ii)",
];
const KINDS: &[SectionKind] = &[
    SectionKind::Recalling,
    SectionKind::Considering,
    SectionKind::Noting,
    SectionKind::Resolves,
    SectionKind::Instructs,
    SectionKind::Invites,
];

fn text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(WORDS), 1..12),
        prop::sample::select(&[" ", " ", "  ", "\u{a0}"][..]),
    )
        .prop_map(|(w, sep)| w.join(sep))
}

fn clause(depth: u32) -> BoxedStrategy<Clause> {
    let leaf = (prop::sample::select(LABELS), text()).prop_map(|(l, t)| Clause {
        label: Label::parse(l).expect("label"),
        text: t,
        children: Vec::new(),
        call: None,
    });
    if depth == 0 {
        return leaf.boxed();
    }
    (leaf, prop::collection::vec(clause(depth - 1), 0..3))
        .prop_map(|(mut c, children)| {
            c.children = children;
            c
        })
        .boxed()
}

pub(super) fn document(rev: &'static str) -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(
            (
                prop::sample::select(KINDS),
                prop::collection::vec(clause(2), 0..6),
            ),
            0..5,
        ),
        prop::option::of(text()),
        any::<bool>(),
    )
        .prop_map(move |(sections, formula, note)| {
            loadable(Document {
                resolution: Resolution {
                    body: Some(Body::Wtdc),
                    number: Some(30.into()),
                    title: Some("Role of ITU-D in implementing the outcomes of WSIS".into()),
                },
                revision: Revision {
                    id: rev.parse().ok(),
                    stage: Stage::Proposal("RCC".parse().expect("a proposer")),
                    venue: Some("Dubai".into()),
                    year: Some(2014),
                    date: None,
                    source: None,
                    base: None,
                    symbol: None,
                },
                language: Language::Ar,
                formula,
                revision_line: None,
                sections: sections
                    .into_iter()
                    .map(|(kind, clauses)| Section {
                        kind,
                        heading: kind.as_str().replace('_', " "),
                        clauses,
                    })
                    .collect(),
                footnotes: note
                    .then(|| Footnote {
                        mark: "1".into(),
                        text: "LDCs, SIDS, LLDCs".into(),
                    })
                    .into_iter()
                    .collect(),
            })
        })
}

/// A random tree made into one the corpus loader accepts (which `apply` checks its result
/// against): a section at least, sibling labels unique, a footnote cited and no citation without
/// one.
fn loadable(mut d: Document) -> Document {
    fn unique_labels(clauses: &mut [Clause]) {
        let mut seen = Vec::new();
        for c in clauses {
            if !c.label.scheme().is_repeating() && !c.label.norm().is_empty() {
                if seen.iter().any(|s: &String| s == c.label.norm()) {
                    c.label = Label::none();
                } else {
                    seen.push(c.label.norm().to_string());
                }
            }
            unique_labels(&mut c.children);
        }
    }
    fn cites(clauses: &[Clause]) -> bool {
        clauses
            .iter()
            .any(|c| c.text.contains("[^1]") || cites(&c.children))
    }
    if d.sections.is_empty() {
        d.sections.push(Section {
            kind: SectionKind::Resolves,
            heading: "resolves".into(),
            clauses: Vec::new(),
        });
    }
    for s in &mut d.sections {
        unique_labels(&mut s.clauses);
    }
    let cited = d.sections.iter().any(|s| cites(&s.clauses));
    match (cited, d.footnotes.is_empty()) {
        // The texts follow the footnotes, never the reverse: an edited text keeps its original's
        // footnotes, which UN instructions (no footnote amendments) need.
        (true, true) => {
            fn uncite(clauses: &mut [Clause]) {
                for c in clauses {
                    c.text = c.text.replace("[^1]", "note 1");
                    uncite(&mut c.children);
                }
            }
            for s in &mut d.sections {
                uncite(&mut s.clauses);
            }
        }
        (false, false) => match d.sections.iter_mut().find_map(|s| s.clauses.first_mut()) {
            Some(c) => c.text.push_str(" [^1]"),
            None => d.sections[0].clauses.push(Clause {
                label: Label::none(),
                text: "see [^1]".into(),
                children: Vec::new(),
                call: None,
            }),
        },
        _ => {}
    }
    d
}

/// B made from A by edits a drafter makes: a clause reworded, dropped, added, moved.
pub(super) fn edited(a: Document) -> impl Strategy<Value = (Document, Document)> {
    let n = a.sections.len().max(1);
    (
        prop::collection::vec((0..n, 0usize..8, 0u8..4, text()), 0..6),
        Just(a),
    )
        .prop_map(|(edits, a)| {
            let mut b = a.clone();
            b.revision.id = "edited".parse().ok();
            for (s, i, what, t) in edits {
                let Some(section) = b.sections.get_mut(s) else {
                    continue;
                };
                let len = section.clauses.len();
                match what {
                    0 if len > 0 => section.clauses[i % len].text.push_str(&format!(" {t}")),
                    1 if len > 0 => {
                        section.clauses.remove(i % len);
                    }
                    2 => section.clauses.insert(
                        i % (len + 1),
                        Clause {
                            label: Label::none(),
                            text: t,
                            children: Vec::new(),
                            call: None,
                        },
                    ),
                    _ if len > 1 => {
                        let c = section.clauses.remove(i % len);
                        section.clauses.push(c);
                    }
                    _ => {}
                }
            }
            (a, loadable(b))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn applying_a_diff_gives_the_new_text(a in document("a"), b in document("b")) {
        let c = changeset(&a, &b);
        // The old side alone gives back A: the changeset says exactly what it was made against.
        prop_assert_eq!(&expected_base(&c).expect("old side").sections, &a.sections);
        prop_assert_eq!(apply(&a, &c).expect("applies"), b);
    }

    #[test]
    fn another_base_is_never_applied_silently(a in document("a"), b in document("b"), extra in text()) {
        prop_assume!(a.sections.iter().any(|s| !s.clauses.is_empty()));
        let mut other = a.clone();
        if let Some(s) = other.sections.iter_mut().find(|s| !s.clauses.is_empty()) {
            s.clauses[0].text.push_str(&format!(" {extra}"));
        }
        prop_assert!(matches!(apply(&other, &changeset(&a, &b)), Err(ApplyError::OtherBase(_))));
    }

    #[test]
    fn applying_an_edit_gives_the_edited_text((a, b) in document("a").prop_flat_map(edited)) {
        prop_assert_eq!(apply(&a, &changeset(&a, &b)).expect("applies"), b);
    }
}

#[test]
fn merging_rcc_and_atu_keeps_agreements_and_lists_real_conflicts() {
    let (dubai, rcc, atu) = (
        corpus("dubai-2014"),
        corpus("rcc-wtdc17"),
        corpus("atu-fixture"),
    );
    let merged = crate::track::merge::merge(&dubai, &rcc, &atu);
    let places: Vec<&str> = merged.conflicts.iter().map(|c| c.place.as_str()).collect();
    // Both update the PP citations of recalling a)-d) alike: no conflict there.
    assert!(!places.contains(&"recalling, أ)"), "{places:?}");
    // RCC suppresses recalling e) (PP Res. 172) while ATU updates its citation: the one real
    // conflict between the two; the base text stays for the secretariat to decide.
    assert_eq!(places, ["recalling, ه)"]);
    let c = &merged.conflicts[0];
    assert_eq!(c.first, None);
    assert!(
        c.second
            .as_deref()
            .is_some_and(|t| t.contains("(المراجَع في بوسان، 2014)"))
    );
    assert!(
        merged.document.sections[0]
            .clauses
            .iter()
            .any(|k| k.text.starts_with("بالقرار 172 (غوادالاخارا، 2010)"))
    );
    // The merged text is a valid corpus text (labels numbered again, footnotes referred to).
    let toml = crate::input::corpus::to_toml(&merged.document);
    crate::input::corpus::parse_document_with(
        &toml,
        Path::new("merged.toml"),
        crate::input::corpus::Check::Full,
    )
    .expect("the merged text loads");
    // Additions of both proposals are in: RCC's new recalling clauses and ATU's A/RES/70/1.
    let recalling = &merged.document.sections[0].clauses;
    assert!(recalling.iter().any(|c| c.text.contains("A/RES/70/1")));
    assert!(recalling.iter().any(|c| c.text.contains("(WSIS)؛")));
}

/// A header-less plain text names no body, number, title or year: they are `None` in the model,
/// not stand-ins a caller could take for values. The changeset's JSON still writes them as it
/// always has (`unknown`, `0`) and reads them back as `None`.
#[test]
fn unknown_metadata_is_none_and_the_json_keeps_its_stand_ins() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/wtdc-030-dubai-2014.ar.txt");
    let text = std::fs::read_to_string(path).expect("fixture");
    let at = text.find("إذ يذكّر").expect("the first heading");
    let opts = crate::input::ImportOptions {
        allow_unknown: true,
        revision: Some("old".into()),
        ..Default::default()
    };
    let doc = crate::input::import_text(&text[at..], &opts)
        .expect("imports")
        .document;
    let r = &doc.resolution;
    assert_eq!(
        (r.body, &r.number, &r.title, doc.revision.year),
        (None, &None, &None, None)
    );
    assert_eq!(doc.address(), "unknown/unknown@old:ar");
    let diff = diff_documents(&doc, &doc, &DiffOptions::default()).expect("diff");
    let json = serde_json::to_string_pretty(&diff).expect("a diff serialises");
    for stand_in in [
        "\"body\": \"unknown\"",
        "\"number\": 0",
        "\"title\": \"unknown\"",
        "\"year\": 0",
    ] {
        assert!(json.contains(stand_in), "{stand_in} in {json}");
    }
    let back: DocDiff = serde_json::from_str(&json).expect("reads back");
    let old = &back.old;
    assert_eq!(
        (old.body, &old.number, &old.title, old.year),
        (None, &None, &None, None)
    );
}

/// The changeset's revision ids are read as ids: `unknown` is none, text that is no id does not
/// read, and a new side's is refused as the text it gives would be.
#[test]
fn a_changeset_reads_its_revision_ids_as_ids() {
    let json = serde_json::to_value(changeset(&corpus("dubai-2014"), &corpus("rcc-wtdc17")))
        .expect("a diff serialises");
    let read = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut cs = json.clone();
        edit(&mut cs);
        read_changeset(&cs.to_string())
    };
    let cs = read(&|_| {}).expect("reads");
    assert_eq!(
        cs.new.revision.as_ref().map(|r| r.as_str()),
        Some("rcc-wtdc17")
    );
    assert_eq!(cs.new.base.as_ref().map(|r| r.as_str()), Some("dubai-2014"));
    let cs = read(&|cs| {
        cs["new"]["revision"] = "unknown".into();
        cs["new"]["base"] = "unknown".into();
    })
    .expect("reads");
    assert_eq!((cs.new.revision, cs.new.base), (None, None));
    match read(&|cs| cs["new"]["revision"] = "../../etc/passwd".into()) {
        Err(ReadError::Apply(ApplyError::NotLoadable(msg))) => {
            assert!(
                msg.contains("id `../../etc/passwd` must be lowercase"),
                "{msg}"
            )
        }
        other => panic!("{other:?}"),
    }
    for (side, field) in [("old", "revision"), ("new", "base")] {
        match read(&|cs| cs[side][field] = "../x".into()) {
            Err(ReadError::Json(e)) => assert!(e.to_string().contains("id `../x`"), "{e}"),
            other => panic!("{side}.{field}: {other:?}"),
        }
    }
}
